import type { BenchResults } from './lib/results.ts';
export function renderReport(results: BenchResults): string {
  return `<!doctype html><pre>${JSON.stringify(results, null, 2).replace(/</g, '&lt;')}</pre>`;
}
