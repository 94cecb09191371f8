export * from './bundle';
export * from './common';
export * from './issues';
export * from './phrasebook';
export * from './profile';
export * from './settings';
