export * from './types.ts';
export * from './schema.ts';
export * from './dates.ts';
export * from './periods.ts';
export * from './validate.ts';
