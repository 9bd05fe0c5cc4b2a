import { describe, expectTypeOf, it } from 'vitest';
/* Type tests, checked by `pnpm typecheck` (at run time `expectTypeOf` does nothing): the public composer
   hooks as a host imports them. */
import {
  useAgentDraft,
  useAgentTestRun,
  type SavedAgentInfo,
  type UseAgentDraftOptions,
  type UseAgentDraftResult,
  type UseAgentTestRunResult,
} from '../index.js';
import { AgentComposerPrimitive } from '../primitives/index.js';
import type {
  AgentDraft,
  AgentDraftState,
  DraftChange,
  DraftSaveStatus,
  RefusedChange,
  TestRun,
  TestRunTransport,
} from '../core/index.js';

describe('useAgentDraft', () => {
  it('takes its options object and returns the state, the actions and the store', () => {
    expectTypeOf(useAgentDraft).parameters.toEqualTypeOf<[options?: UseAgentDraftOptions]>();
    expectTypeOf(useAgentDraft).returns.toEqualTypeOf<UseAgentDraftResult>();
    expectTypeOf<UseAgentDraftResult['state']>().toEqualTypeOf<AgentDraftState>();
    expectTypeOf<AgentDraftState['status']>().toEqualTypeOf<DraftSaveStatus>();
    expectTypeOf<AgentDraftState['draft']>().toEqualTypeOf<AgentDraft>();
  });

  it('edits with one change or a list and says what was refused; saving is awaited', () => {
    type Change = UseAgentDraftResult['change'];
    expectTypeOf<Change>().toBeCallableWith({ type: 'set', field: 'name', value: 'Support bot' });
    expectTypeOf<Change>().toBeCallableWith([] as readonly DraftChange[]);
    expectTypeOf<Change>().returns.toEqualTypeOf<RefusedChange[]>();
    expectTypeOf<UseAgentDraftResult['save']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<UseAgentDraftResult['retry']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<UseAgentDraftResult['discardLocal']>().toEqualTypeOf<() => Promise<void>>();
  });

  it('checks its options: controlled triplet, callbacks, numbers', () => {
    expectTypeOf(useAgentDraft).toBeCallableWith({});
    expectTypeOf(useAgentDraft).toBeCallableWith({ agentId: null, autosave: false, debounceMs: 200 });
    expectTypeOf<NonNullable<UseAgentDraftOptions['onValueChange']>>().parameters.toEqualTypeOf<
      [AgentDraft, DraftChange[]]
    >();
    expectTypeOf<NonNullable<UseAgentDraftOptions['onSave']>>().parameter(0).toEqualTypeOf<SavedAgentInfo>();
    // @ts-expect-error -- the debounce is a number of milliseconds
    expectTypeOf(useAgentDraft).toBeCallableWith({ debounceMs: '800' });
    // @ts-expect-error -- a draft is a whole AgentDraft, not a partial one
    expectTypeOf(useAgentDraft).toBeCallableWith({ value: { name: 'x' } });
  });
});

describe('useAgentTestRun', () => {
  it('takes an optional transport and returns the runs with their actions', () => {
    expectTypeOf(useAgentTestRun).parameters.toEqualTypeOf<[transport?: TestRunTransport]>();
    expectTypeOf(useAgentTestRun).returns.toEqualTypeOf<UseAgentTestRunResult>();
    expectTypeOf<UseAgentTestRunResult['runs']>().toEqualTypeOf<TestRun[]>();
    expectTypeOf<UseAgentTestRunResult['busy']>().toEqualTypeOf<boolean>();
    expectTypeOf<UseAgentTestRunResult['threadId']>().toEqualTypeOf<string | null>();
    expectTypeOf<UseAgentTestRunResult['abort']>().toEqualTypeOf<() => void>();
    expectTypeOf<UseAgentTestRunResult['reset']>().toEqualTypeOf<() => void>();
    // @ts-expect-error -- a transport object, not a URL
    expectTypeOf(useAgentTestRun).toBeCallableWith('http://localhost:4111');
  });
});

describe('AgentComposerPrimitive.useAgentComposer', () => {
  it('returns the whole value without a selector and exactly the selection with one', () => {
    const { useAgentComposer } = AgentComposerPrimitive;
    expectTypeOf(useAgentComposer).toBeCallableWith();
    expectTypeOf<ReturnType<typeof useAgentComposer<string>>>().toEqualTypeOf<string>();
    expectTypeOf(useAgentComposer).toBeCallableWith((composer) => composer.draft.instructions);
    // @ts-expect-error -- selectors read the composer's value; there is no `text` on it
    expectTypeOf(useAgentComposer).toBeCallableWith((composer) => composer.text);
  });
});
