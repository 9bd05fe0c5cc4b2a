import type { PaddockTheme, ThemeTokens } from '@paddock/builder-ui';

/** The console's own themes. `acme` is the host's brand theme, which it also hands to the kit as tokens. */
export type HostTheme = 'light' | 'dark' | 'acme';
export const HOST_THEMES: readonly HostTheme[] = ['light', 'dark', 'acme'];
export const HOST_THEME_LABELS: Record<HostTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  acme: 'Acme brand',
};

const THEME_KEY = 'acme-console-theme';
const MARKERS_KEY = 'acme-console-markers';

export function readTheme(): HostTheme {
  const stored = globalThis.localStorage?.getItem(THEME_KEY);
  if ((HOST_THEMES as readonly string[]).includes(stored ?? '')) return stored as HostTheme;
  // A host that follows the OS on first visit, then remembers the user's choice.
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function writeTheme(theme: HostTheme) {
  localStorage.setItem(THEME_KEY, theme);
}

export function readMarkers(): boolean {
  return globalThis.localStorage?.getItem(MARKERS_KEY) !== 'off';
}

export function writeMarkers(on: boolean) {
  localStorage.setItem(MARKERS_KEY, on ? 'on' : 'off');
}

/**
 * How the console drives the kit from its own theme: the kit's scheme follows the host's (never the OS, so a
 * dark OS cannot turn the kit dark inside a light console), and the brand theme passes the host's colours as
 * kit tokens.
 */
export function kitTheme(theme: HostTheme): { theme: PaddockTheme; tokens?: ThemeTokens } {
  if (theme === 'dark') return { theme: 'dark' };
  if (theme === 'light') return { theme: 'light' };
  return {
    theme: 'light',
    tokens: {
      primary: '#0f5c4d',
      'primary-foreground': '#ffffff',
      ring: '#2f8f7a',
      accent: '#e3f1ec',
      'accent-foreground': '#0b3d33',
      surface: '#fffdf8',
      muted: '#f3efe4',
      border: '#cfc6b0',
      radius: '2px',
      'font-family': 'Georgia, "Times New Roman", serif',
    },
  };
}
