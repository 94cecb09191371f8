/**
 * Messaging for content scripts and extension pages. Import from here in content scripts:
 * it pulls in no database code. The background registers the handlers from `./handlers`.
 */
export * from './client';
export * from './protocol';
