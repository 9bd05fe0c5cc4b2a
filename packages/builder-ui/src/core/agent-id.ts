/**
 * The id a new stored agent is created with. Mastra derives one from the name when none is sent, and answers
 * `400 Could not derive agent ID from name` for names in Arabic, CJK or emoji only: the kit proposes the id
 * itself, a readable slug when the name has Latin letters or digits, else a short random id.
 */

/** Ids the kit proposes and accepts: letters, digits, `-` and `_`, starting with a letter or digit. */
export const AGENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const AGENT_ID_MAX = 64;

/** A readable slug of `name` (`"Café crème!"` → `"cafe-creme"`), or `''` when nothing readable is left. */
export function slugifyAgentName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, AGENT_ID_MAX)
    .replace(/-+$/, '');
}

/** Six base-36 characters: short enough to read out, enough to avoid clashes within one organisation. */
export function randomIdSuffix(random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += Math.floor(random() * 36).toString(36);
  return out;
}

/**
 * The id proposed for a new agent named `name`: its slug, or `agent-<suffix>` when the name has no Latin
 * letters or digits (`suffix` stays the same for one draft, so the proposal does not jump while typing).
 */
export function proposeAgentId(name: string, suffix: string): string {
  const slug = slugifyAgentName(name);
  return slug.length >= 2 ? slug : `agent-${suffix}`;
}

/** `null` when `id` can be sent, else the problem. */
export function agentIdProblem(id: string): 'required' | 'invalid-id' | 'too-long' | null {
  if (id === '') return 'required';
  if (id.length > AGENT_ID_MAX) return 'too-long';
  return AGENT_ID_PATTERN.test(id) ? null : 'invalid-id';
}
