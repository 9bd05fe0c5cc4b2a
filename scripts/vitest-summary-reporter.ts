// A Vitest reporter for scripts/test-all.mjs: counts per project (from Vitest's own project of each module, not
// from file-name guesses), so a project whose glob silently matches nothing shows up as 0 tests, and errors
// raised outside any test (load errors, failing hooks, unhandled rejections) are counted too.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import type { SerializedError } from 'vitest';

export interface ProjectCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface VitestSummary {
  projects: Record<string, ProjectCounts>;
  /** Errors that belong to no test: a file that fails to load, a failing beforeAll/afterAll. */
  moduleErrors: number;
  /** Errors Vitest reports after the run (an unhandled rejection in a test file, a crashed worker). */
  unhandledErrors: number;
}

/**
 * A browser project runs as one instance per browser, named `<project> (<browser>)`; the configured project
 * itself never runs a module. Counting under the configured name keeps one row per project.
 */
function projectName(name: string): string {
  return name.replace(/ \((?:chromium|firefox|webkit)\)$/, '');
}

export default class SummaryReporter implements Reporter {
  private projectNames: string[] = [];

  onInit(vitest: Vitest): void {
    this.projectNames = [...new Set(vitest.projects.map((project) => projectName(project.name)))];
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const file = process.env.PADDOCK_VITEST_SUMMARY;
    if (!file) return;
    const summary: VitestSummary = { projects: {}, moduleErrors: 0, unhandledErrors: unhandledErrors.length };
    const counts = (name: string): ProjectCounts =>
      (summary.projects[name] ??= { passed: 0, failed: 0, skipped: 0 });
    for (const name of this.projectNames) counts(name);
    for (const testModule of testModules) {
      const project = counts(projectName(testModule.project.name));
      let failedTests = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') project.passed += 1;
        else if (state === 'failed') {
          project.failed += 1;
          failedTests += 1;
        } else project.skipped += 1;
      }
      // A module can fail with every test green (an afterAll that throws) or with no test at all (a load error).
      if (testModule.state() === 'failed' && failedTests === 0) {
        summary.moduleErrors += 1;
        project.failed += 1;
      }
    }
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  }
}
