export * from './catalog-search.js';
export * from './catalog-filters.js';
export * from './selection.js';
export * from './list-navigation.js';
export * from './picker-results.js';
export * from './picker-store.js';
export * from './schema-preview.js';
export * from './store.js';
