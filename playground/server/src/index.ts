export { ROLES, TOKENS, USERS, ROLE_PERMISSIONS, permissionMatches, roleHasPermission } from './roles.js';
export type { Role, DemoUser } from './roles.js';
export {
  DEMO_TOOL_IDS,
  DEMO_AGENT_IDS,
  DEMO_WORKFLOW_IDS,
  DEMO_ALLOWED,
  SEED_STORED_AGENT_IDS,
  MINIMAL_IDS,
  MOCK_PROVIDER,
  MOCK_MODELS,
  MOCK_DEFAULT_MODEL,
} from './ids.js';
export { ANNOTATION_LINE_PREFIX } from './annotations.js';
export type { PaddockAnnotations } from './annotations.js';
