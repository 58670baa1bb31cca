export * from './groups';
export * from './api-tokens';
export * from './rate-limits';
export * from './tools';
