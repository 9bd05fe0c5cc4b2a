export * from './catalog-search';
export * from './catalog-filters';
export * from './selection';
export * from './list-navigation';
export * from './picker-results';
export * from './picker-store';
export * from './schema-preview';
export * from './store';
