import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MicroResult } from '../lib/results.ts';

interface VitestBenchJson {
  files: {
    filepath: string;
    groups: { benchmarks: { name: string; hz: number; mean: number; p99: number; sampleCount: number }[] }[];
  }[];
}

/** The existing vitest micro-benchmarks (`packages/*\/src/**\/*.bench.ts`), run as they always were. */
export function benchMicro(root: string): MicroResult {
  const output = join(root, 'bench', '.build', 'vitest-bench.json');
  rmSync(output, { force: true });
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'bench', '--run', '-c', 'vitest.bench.config.ts', '--outputJson', output],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 },
  );
  if (result.status !== 0 || !existsSync(output)) throw new Error(`vitest bench exited ${result.status ?? result.signal}`);
  const data = JSON.parse(readFileSync(output, 'utf8')) as VitestBenchJson;
  return {
    rows: data.files.flatMap((file) =>
      file.groups.flatMap((group) =>
        group.benchmarks.map((b) => ({
          file: relative(root, file.filepath),
          name: b.name,
          hz: b.hz,
          mean: b.mean,
          p99: b.p99,
          samples: b.sampleCount,
        })),
      ),
    ),
  };
}
