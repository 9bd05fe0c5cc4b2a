import type { ComponentType, ReactNode, Ref } from 'react';
import type { GeneratedTrace } from '../lib/trace-generator.ts';

/** What the trace benchmark drives, whatever renders the rows. */
export interface TraceHandle {
  expandAll(): void;
  collapseAll(): void;
  /** Sets the search text as if typed (the empty string clears it). */
  search(query: string): void;
  /** The element that scrolls the rows. */
  scroller(): HTMLElement | null;
}

export interface TraceImplProps {
  /**
   * The trace to show; `null` while it is still on its way (the "open" flow: the rendering is on screen in its
   * loading state before the data is in hand, as a trace pane is while its spans load).
   */
  trace: GeneratedTrace | null;
  handle: Ref<TraceHandle>;
}

export interface TraceImpl {
  id: string;
  label: string;
  /** A CSS selector matching one rendered span row. */
  rowSelector: string;
  Component: ComponentType<TraceImplProps>;
  /**
   * The host's app shell around the rows, mounted at page start, before the data is in hand: what a host has
   * running before it can have a trace at all (for the kit, its `BuilderProvider`). Rendering the rows inside
   * it is what is timed. @default none
   */
  Shell?: ComponentType<{ children?: ReactNode }>;
}
