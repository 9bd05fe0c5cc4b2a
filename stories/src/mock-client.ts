// Stories use the kit's in-memory Mastra stand-in, served through the SDK's injectable fetch: no network, and
// the same wire shapes as a real server.
export {
  createMockServer,
  type MockRole,
  type MockServerOptions,
} from '../../packages/builder-ui/src/testing/mock-server';
export { makeLargeCatalog } from '../../packages/builder-ui/src/testing/catalog-fixtures';
export {
  createComposerMockServer,
  supportBot,
  type ComposerMockServer,
  type ComposerMockServerOptions,
  type StoredRecord,
} from '../../packages/builder-ui/src/testing/composer-mock-server';
