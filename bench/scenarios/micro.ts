import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { MicroResult } from '../lib/results.ts';

/**
 * The existing vitest micro-benchmarks (`packages/*\/src/**\/*.bench.ts`), run as they always were
 * (`vitest bench --run -c vitest.bench.config.ts`); their table is read from the output. A bench file's own
 * assertion failing is reported as a note, not as a failed scenario: its figures are still figures.
 */
export function benchMicro(root: string): MicroResult & { exitCode: number | null; failures: string[] } {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'bench', '--run', '-c', 'vitest.bench.config.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 240_000,
    },
  );
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const rows: MicroResult['rows'] = [];
  const failures: string[] = [];
  let file = '';
  let group = '';
  let columns: string[] | null = null;
  for (const line of output.split('\n')) {
    const fileMatch = /\|bench[^|]*\|\s+(\S+\.bench\.ts)/.exec(line);
    if (fileMatch) file = fileMatch[1]!;
    // The benchmark's own name sits on the line before its table ("✓ name 1234ms").
    const task = /^[✓×↓·]\s+(.*?)\s+\d+ms$/.exec(line.trim());
    if (task) group = task[1]!;
    const assertion = /^(AssertionError: .*)$/.exec(line.trim());
    if (assertion) failures.push(`${file}: ${assertion[1]}`);
    const cells = line.trim().split(/\s{2,}/);
    if (cells[0] === 'name' && cells.includes('hz')) {
      columns = cells;
      continue;
    }
    if (!columns) continue;
    if (cells.length < columns.length || Number.isNaN(Number(cells[1]!.replace(/,/g, '')))) {
      if (line.trim() === '' || /^[⎯×✓❯]/.test(line.trim())) columns = null;
      continue;
    }
    const value = (name: string) => Number(cells[columns!.indexOf(name)]?.replace(/[,±%]/g, ''));
    rows.push({
      file,
      name: group ? `${group} › ${cells[0]!}` : cells[0]!,
      hz: value('hz'),
      mean: value('mean'),
      p99: value('p99'),
      samples: value('samples'),
    });
  }
  if (rows.length === 0)
    throw new Error(`vitest bench printed no results (exit ${result.status ?? result.signal})`);
  return { rows, exitCode: result.status, failures };
}
