/**
 * Before/after on a trace mount, on a machine whose speed drifts: builds of the bench pages saved side by side,
 * then opened in turn (A, B, A, B, …) so a slow minute slows every build alike. Prints, per build, the median
 * data-in-hand to first-row time and the renderer main thread's CPU up to it (a light trace, as `first-row.ts`
 * with `CPU=1`).
 *
 *   node bench/tools/compare-builds.ts save <name>              build the pages from the working tree as <name>
 *   node bench/tools/compare-builds.ts run <runs> <flow> <name>…  compare saved builds (flow: cold | open | next)
 *
 * `N=50000` and `IMPL=plain` change the trace size and the rendering. Builds live in
 * `.paddock-tmp/bench/builds/<name>` (e.g. save `before`, change the code, save `after`, run 11 open before after).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../lib/stats.ts';
import { openBuiltPages, prepareTracePage, timedTraceMount } from './built-pages.ts';

const root = join(import.meta.dirname, '..', '..');
const builds = join(root, '.paddock-tmp', 'bench', 'builds');
const [command, ...rest] = process.argv.slice(2);

if (command === 'save') {
  const name = rest[0];
  if (!name) throw new Error('usage: compare-builds.ts save <name>');
  execFileSync('pnpm', ['exec', 'vite', 'build', '-c', 'bench/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  rmSync(join(builds, name), { recursive: true, force: true });
  cpSync(join(root, '.paddock-tmp', 'bench', 'pages'), join(builds, name), { recursive: true });
  console.log(`saved ${join(builds, name)}`);
} else if (command === 'run') {
  const [runs = '7', flow = 'open', ...names] = rest;
  if (names.length === 0) throw new Error('usage: compare-builds.ts run <runs> <flow> <name>…');
  for (const name of names) if (!existsSync(join(builds, name))) throw new Error(`no saved build ${name}`);
  const built = await openBuiltPages(builds);
  const figures = new Map(names.map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
  try {
    for (let run = 0; run < Number(runs); run++) {
      for (const name of names) {
        const query = `n=${process.env.N ?? 10000}&impl=${process.env.IMPL ?? 'viewer'}&flow=${flow}`;
        const page = await built.open(`${name}/trace.html?${query}`);
        await prepareTracePage(page);
        await page.waitForTimeout(200);
        const { firstPaint, cpu } = await timedTraceMount(page, true);
        figures.get(name)!.wall.push(firstPaint);
        figures.get(name)!.cpu.push(cpu!);
        await page.close();
      }
    }
  } finally {
    await built.close();
  }
  for (const [name, { wall, cpu }] of figures) {
    console.log(
      `${name}: first row median ${summarize(wall)!.median.toFixed(1)} ms; main-thread CPU median ` +
        `${summarize(cpu)!.median.toFixed(1)} ms (${cpu.map((v) => v.toFixed(1)).join(', ')})`,
    );
  }
} else {
  throw new Error('usage: compare-builds.ts save <name> | run <runs> <flow> <name>…');
}
