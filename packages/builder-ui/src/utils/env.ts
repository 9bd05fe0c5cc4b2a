// Declared locally so the library does not depend on Node types.
declare const process: { env: { NODE_ENV?: string } };

function readDevelopment(): boolean {
  try {
    // Written exactly as `process.env.NODE_ENV` so bundlers (Vite, webpack, esbuild `define`, Rollup replace)
    // substitute the literal; guarding with `typeof process` would stay false in browsers, where no `process`
    // exists after substitution, and the warnings would never fire.
    return process.env.NODE_ENV !== 'production';
  } catch {
    // Unbundled in a browser: no `process` and nothing replaced. Stay quiet rather than throw.
    return false;
  }
}

/** True unless the host's bundler says production. */
export const isDevelopment = /* @__PURE__ */ readDevelopment();
