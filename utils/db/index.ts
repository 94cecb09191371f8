export * from './builtin';
export * from './bundle-io';
export * from './database';
export * from './import';
export * from './repository';
