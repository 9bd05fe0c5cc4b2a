// The method bodies of every resource that loads on first call (`lazyImpl`), in one module so that a host's
// bundler emits one chunk for all of them. One chunk per resource cost more than it saved: each bundler moves
// what two lazy chunks share with each other and with the page into chunks of their own, so ten of them split the
// schemas, zod and the request helpers a page loads up front into many small files, gzipped apart (esbuild with
// code splitting: 15 up-front files for `MastraClient` + `agents.list`, 2 with one lazy module). A page that
// calls one of these resources usually calls several (builder-ui's catalog, stored agents, auth, system…), so
// loading all of their bodies with the first call costs one request, not one per resource.
export { authImpl } from './auth-impl.js';
export { builderImpl } from './builder-impl.js';
export { catalogImpl } from './catalog-impl.js';
export { datasetsImpl } from './datasets-impl.js';
export { observabilityImpl } from './observability-impl.js';
export { schedulesImpl } from './schedules-impl.js';
export { storedAgentVersionsImpl, storedAgentsImpl } from './stored-agents-impl.js';
export { systemImpl } from './system-impl.js';
export { toolsImpl } from './tools-impl.js';
export { workflowsImpl } from './workflows-impl.js';
