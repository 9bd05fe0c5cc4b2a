/**
 * The one place that says how every test tool starts a browser: Debian's Chromium, never a downloaded one.
 */
export const CHROMIUM_PATH = process.env.PADDOCK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
