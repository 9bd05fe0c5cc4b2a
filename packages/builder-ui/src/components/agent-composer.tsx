import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { BindingKind } from '../core/agent-draft.js';
import type { TestRunTransport } from '../core/draft-test-run.js';
import * as AgentComposerPrimitive from '../primitives/agent-composer/index.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { cn } from '../utils/cn.js';
import { agentComposerCss } from '../styles/agent-composer.js';

// The binding pickers are picker parts, styled by the picker's sheet (injected by the deferred picker body);
// the composer's sheet only tightens them.
const STYLESHEETS = { 'agent-composer': agentComposerCss };

// The test panel, the binding picker and the conflict resolver load in one chunk, fetched as the composer
// mounts (see agent-composer-deferred.ts): after first paint, not before.
const loadDeferred = () => import('./agent-composer-deferred.js');
const TestPanelBody = lazy(() => loadDeferred().then((m) => ({ default: m.TestPanelBody })));
const BindingPickerBody = lazy(() => loadDeferred().then((m) => ({ default: m.BindingPickerBody })));
const ConflictResolverBody = lazy(() => loadDeferred().then((m) => ({ default: m.ConflictResolverBody })));

export interface AgentComposerProps extends Omit<AgentComposerPrimitive.RootProps, 'asChild' | 'children'> {
  /** Replaces the test panel's SDK transport (stories, tests). */
  testTransport?: TestRunTransport | undefined;
  /** Links each test run's trace id into the host app (e.g. its trace viewer page). @default text only */
  traceHref?: ((traceId: string) => string | undefined) | undefined;
}

function BindingSection({ kind }: { kind: BindingKind }) {
  const composer = AgentComposerPrimitive.useAgentComposer((c) => ({
    messages: c.messages,
    readOnly: c.readOnly,
    locked: !!c.state.locks[kind],
  }));
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Set when the picker closes itself (Escape, Enter): its unmount would otherwise drop focus to <body>.
  const returnFocus = useRef(false);
  const m = composer.messages;
  const { locked } = composer;

  useEffect(() => {
    if (open) {
      searchRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      toggleRef.current?.focus();
    }
  }, [open]);

  return (
    <AgentComposerPrimitive.Section section={kind}>
      <AgentComposerPrimitive.SectionTitle section={kind} />
      <AgentComposerPrimitive.BindingList kind={kind}>
        {(id) => (
          <AgentComposerPrimitive.BindingRow kind={kind} id={id}>
            <AgentComposerPrimitive.BindingName />
            <AgentComposerPrimitive.BindingId />
            <AgentComposerPrimitive.BindingRisk />
            <AgentComposerPrimitive.BindingApproval />
            <AgentComposerPrimitive.BindingReason />
            <AgentComposerPrimitive.BindingRemove data-paddock-button="" data-variant="ghost" />
          </AgentComposerPrimitive.BindingRow>
        )}
      </AgentComposerPrimitive.BindingList>
      <AgentComposerPrimitive.FieldIssues field={kind} />
      <AgentComposerPrimitive.LockReason field={kind} />
      {composer.readOnly || locked ? null : (
        <>
          <button
            ref={toggleRef}
            type="button"
            data-paddock-button=""
            data-slot="paddock-composer-add"
            data-state={open ? 'open' : 'closed'}
            data-kind={kind}
            aria-expanded={open}
            onClick={() => setOpen((value) => !value)}
          >
            {m[`agentComposer.bindingsAdd.${kind}`]}
          </button>
          {open ? (
            <Suspense fallback={null}>
              <BindingPickerBody
                kind={kind}
                searchRef={searchRef}
                onClose={() => {
                  returnFocus.current = true;
                  setOpen(false);
                }}
              />
            </Suspense>
          ) : null}
        </>
      )}
    </AgentComposerPrimitive.Section>
  );
}

function ConflictResolver() {
  const conflicted = AgentComposerPrimitive.useAgentComposer((c) => c.state.conflict !== null);
  if (!conflicted) return null;
  // The save status already says "Someone else changed this agent" while the resolver loads.
  return (
    <Suspense fallback={null}>
      <ConflictResolverBody />
    </Suspense>
  );
}

function Header() {
  const composer = AgentComposerPrimitive.useAgentComposer((c) => ({
    messages: c.messages,
    reviewEnabled: c.reviewEnabled,
    draft: { name: c.draft.name },
    state: { status: c.state.status },
  }));
  const m = composer.messages;
  return (
    <div data-slot="paddock-composer-header" data-state={composer.state.status}>
      <h2
        data-slot="paddock-composer-title"
        data-state={composer.draft.name.trim() ? 'named' : 'new'}
        // The title is clamped to two lines; the whole name stays available on hover and to assistive tech.
        title={composer.draft.name.trim() ? composer.draft.name : undefined}
      >
        {composer.draft.name.trim() || m['agentComposer.newAgent']}
      </h2>
      <AgentComposerPrimitive.SaveStatus />
      <div data-slot="paddock-composer-actions" data-state={composer.state.status}>
        <AgentComposerPrimitive.Retry data-paddock-button="" />
        <AgentComposerPrimitive.Save data-paddock-button="" />
        {composer.reviewEnabled ? (
          <AgentComposerPrimitive.RequestReview data-paddock-button="" data-variant="primary" />
        ) : null}
      </div>
    </div>
  );
}

function Form() {
  const composer = AgentComposerPrimitive.useAgentComposer((c) => ({
    messages: c.messages,
    readOnly: c.readOnly,
    reviewEnabled: c.reviewEnabled,
    state: { load: c.state.load, agentId: c.state.agentId },
  }));
  const m = composer.messages;
  const formRef = useRef<HTMLDivElement>(null);
  const { load } = composer.state;
  // A successful "Try loading again" unmounts the button that had focus: hand focus to the first field
  // instead of leaving keyboard users on <body>.
  const failedBefore = useRef(false);
  useEffect(() => {
    if (load === 'error') failedBefore.current = true;
    else if (load === 'ready' && failedBefore.current) {
      failedBefore.current = false;
      if (document.activeElement === document.body || !document.activeElement) {
        formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
      }
    }
  }, [load]);
  if (load === 'loading') {
    return (
      <div data-slot="paddock-composer-form" data-state="loading" aria-busy="true">
        <AgentComposerPrimitive.Loading />
      </div>
    );
  }
  if (load === 'error') {
    return (
      <div data-slot="paddock-composer-form" data-state="error">
        <AgentComposerPrimitive.LoadError>
          <AgentComposerPrimitive.LoadRetry data-paddock-button="" />
        </AgentComposerPrimitive.LoadError>
      </div>
    );
  }
  return (
    <div
      ref={formRef}
      data-slot="paddock-composer-form"
      data-state={composer.readOnly ? 'readonly' : 'editable'}
    >
      <Header />
      <AgentComposerPrimitive.ReadOnlyNotice />
      <AgentComposerPrimitive.RestoredNotice />
      <AgentComposerPrimitive.DiscardLocal data-paddock-button="" data-variant="ghost" />
      <ConflictResolver />
      <AgentComposerPrimitive.Refusals />
      {composer.reviewEnabled ? <AgentComposerPrimitive.RequestReviewReason /> : null}

      <AgentComposerPrimitive.Section section="profile">
        <AgentComposerPrimitive.Label field="name" />
        <AgentComposerPrimitive.Name />
        <AgentComposerPrimitive.FieldIssues field="name" />
        {composer.state.agentId === null ? (
          <>
            <AgentComposerPrimitive.Label field="id" />
            <AgentComposerPrimitive.AgentId />
            <AgentComposerPrimitive.AgentIdHint />
            <AgentComposerPrimitive.FieldIssues field="id" />
          </>
        ) : null}
        <AgentComposerPrimitive.Label field="description" />
        <AgentComposerPrimitive.Description />
        <AgentComposerPrimitive.FieldIssues field="description" />
      </AgentComposerPrimitive.Section>

      <AgentComposerPrimitive.Section section="instructions">
        <AgentComposerPrimitive.Label field="instructions" />
        <AgentComposerPrimitive.Instructions />
        <AgentComposerPrimitive.InstructionsStats />
        <AgentComposerPrimitive.LockReason field="instructions" />
        <AgentComposerPrimitive.FieldIssues field="instructions" />
      </AgentComposerPrimitive.Section>

      <AgentComposerPrimitive.Section section="model">
        <AgentComposerPrimitive.Label field="model" />
        <AgentComposerPrimitive.ModelSelect />
        <AgentComposerPrimitive.ModelLockReason />
        <AgentComposerPrimitive.FieldIssues field="model" />
      </AgentComposerPrimitive.Section>

      <BindingSection kind="tools" />
      <BindingSection kind="agents" />
      <BindingSection kind="workflows" />

      <AgentComposerPrimitive.Section section="memory">
        <AgentComposerPrimitive.SectionTitle section="memory" />
        <AgentComposerPrimitive.LockReason field="memory" />
        <AgentComposerPrimitive.MemoryOption option="enabled" />
        <AgentComposerPrimitive.MemoryOption option="lastMessages" />
        <AgentComposerPrimitive.MemoryOption option="semanticRecall" />
        <AgentComposerPrimitive.MemoryOption option="generateTitle" />
      </AgentComposerPrimitive.Section>

      <AgentComposerPrimitive.Section section="sharing">
        <AgentComposerPrimitive.SectionTitle section="sharing" />
        <AgentComposerPrimitive.Label field="visibility" />
        <AgentComposerPrimitive.Visibility />
        <span data-slot="paddock-composer-label" data-state="static">
          {m['agentComposer.owner']}
        </span>
        <AgentComposerPrimitive.Owner />
        <AgentComposerPrimitive.Label field="team" />
        <AgentComposerPrimitive.Team />
        <AgentComposerPrimitive.FieldIssues field="team" />
      </AgentComposerPrimitive.Section>

      <p data-slot="paddock-composer-never-publishes" data-state="static">
        {m['agentComposer.neverPublishes']}
      </p>
    </div>
  );
}

function TestPanel(props: {
  transport: TestRunTransport | undefined;
  traceHref: AgentComposerProps['traceHref'];
}) {
  const load = AgentComposerPrimitive.useAgentComposer((c) => c.state.load);
  if (load !== 'ready') return null;
  return (
    <Suspense fallback={null}>
      <TestPanelBody {...props} />
    </Suspense>
  );
}

/**
 * The styled agent composer: profile, instructions, model, tools, sub-agents, workflows, memory and sharing,
 * with autosave status, conflict resolution and a test panel that chats with the draft version. Built only
 * from `AgentComposerPrimitive` parts (and the picker's), inside a themed `PaddockRoot`.
 *
 * @example
 * <AgentComposer agentId="support-bot" onRequestReview={({ versionId }) => openReview(versionId)} />
 */
export function AgentComposer({ className, testTransport, traceHref, ...props }: AgentComposerProps) {
  // Outside a BuilderProvider this throws an error that names the component, not an inner hook.
  useBuilderContext('AgentComposer');
  useEffect(() => {
    void loadDeferred();
  }, []);
  return (
    <PaddockRoot
      stylesheets={STYLESHEETS}
      data-slot="paddock-composer"
      data-state="static"
      className={cn(className)}
    >
      <AgentComposerPrimitive.Root {...props}>
        <Form />
        <TestPanel transport={testTransport} traceHref={traceHref} />
      </AgentComposerPrimitive.Root>
    </PaddockRoot>
  );
}
