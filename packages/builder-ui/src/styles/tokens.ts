/**
 * The theme contract. Each token is read as `var(--paddock-<name>, var(--paddock-<name>-default))`: the kit
 * defines only the `-default` set (per light/dark theme) on its root, so a host sets `--paddock-<name>` on any
 * ancestor (or through `BuilderProvider`'s `tokens`) and it wins without fighting specificity.
 */
export const TOKEN_NAMES = [
  // Semantic pairs (surface + foreground), shadcn-style.
  'surface',
  'surface-foreground',
  'muted',
  'muted-foreground',
  'accent',
  'accent-foreground',
  'primary',
  'primary-foreground',
  'danger',
  'danger-foreground',
  'border',
  'ring',
  'highlight',
  'highlight-foreground',
  'overlay',
  'radius',
  'font-family',
  'font-family-mono',
  'font-size',
  // Risk levels.
  'risk-low',
  'risk-medium',
  'risk-high',
  'risk-unknown',
  'approval',
  // Run statuses.
  'status-running',
  'status-success',
  'status-error',
  'status-cancelled',
  'status-waiting',
  // Span kinds.
  'span-agent',
  'span-model',
  'span-tool',
  'span-workflow',
  'span-other',
] as const;

export type TokenName = (typeof TOKEN_NAMES)[number];

/** Token overrides a host passes to `BuilderProvider`, e.g. `{ primary: '#0f766e', radius: '4px' }`. */
export type ThemeTokens = Partial<Record<TokenName, string>>;

/** The CSS expression that reads a token with its default. */
export function token(name: TokenName): string {
  return `var(--paddock-${name}, var(--paddock-${name}-default))`;
}

type TokenValues = Record<TokenName, string>;

const shared = {
  radius: '8px',
  'font-family':
    'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-family-mono': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  'font-size': '14px',
} as const;

export const lightTokens: TokenValues = {
  ...shared,
  surface: '#ffffff',
  'surface-foreground': '#0f172a',
  muted: '#f1f5f9',
  'muted-foreground': '#475569',
  accent: '#eef2ff',
  'accent-foreground': '#1e1b4b',
  primary: '#4338ca',
  'primary-foreground': '#ffffff',
  danger: '#b91c1c',
  'danger-foreground': '#ffffff',
  border: '#cbd5e1',
  ring: '#6366f1',
  highlight: '#fde68a',
  'highlight-foreground': '#0f172a',
  overlay: 'rgba(15, 23, 42, 0.45)',
  'risk-low': '#166534',
  'risk-medium': '#854d0e',
  'risk-high': '#b91c1c',
  'risk-unknown': '#475569',
  approval: '#7e22ce',
  'status-running': '#1d4ed8',
  'status-success': '#166534',
  'status-error': '#b91c1c',
  'status-cancelled': '#475569',
  'status-waiting': '#854d0e',
  'span-agent': '#7c3aed',
  'span-model': '#0369a1',
  'span-tool': '#c2410c',
  'span-workflow': '#0f766e',
  'span-other': '#475569',
};

export const darkTokens: TokenValues = {
  ...shared,
  surface: '#0b1120',
  'surface-foreground': '#e2e8f0',
  muted: '#1e293b',
  'muted-foreground': '#a5b4c8',
  accent: '#1e1b4b',
  'accent-foreground': '#e0e7ff',
  primary: '#a5b4fc',
  'primary-foreground': '#0b1120',
  danger: '#fca5a5',
  'danger-foreground': '#0b1120',
  border: '#334155',
  ring: '#818cf8',
  highlight: '#854d0e',
  'highlight-foreground': '#fef9c3',
  overlay: 'rgba(2, 6, 23, 0.7)',
  'risk-low': '#86efac',
  'risk-medium': '#fcd34d',
  'risk-high': '#fca5a5',
  'risk-unknown': '#cbd5e1',
  approval: '#d8b4fe',
  'status-running': '#93c5fd',
  'status-success': '#86efac',
  'status-error': '#fca5a5',
  'status-cancelled': '#cbd5e1',
  'status-waiting': '#fcd34d',
  'span-agent': '#c4b5fd',
  'span-model': '#7dd3fc',
  'span-tool': '#fdba74',
  'span-workflow': '#5eead4',
  'span-other': '#cbd5e1',
};

export function tokenDeclarations(values: TokenValues): string {
  return TOKEN_NAMES.map((name) => `--paddock-${name}-default: ${values[name]};`).join('\n  ');
}

/** Inline custom properties for the host's overrides (set on every kit root, portals included). */
export function tokenOverrideStyle(tokens: ThemeTokens | undefined): Record<string, string> | undefined {
  if (!tokens) return undefined;
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(tokens)) {
    if (value !== undefined) style[`--paddock-${name}`] = value;
  }
  return style;
}
