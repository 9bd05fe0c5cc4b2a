export {
  RunTracePrimitiveRoot as Root,
  useRunTraceViewer,
  type RunTraceContextValue,
  type RunTraceStatus,
  type RunTraceEntity,
} from './run-trace-root.js';
export {
  RunTracePrimitiveTree as Tree,
  RunTracePrimitiveRowToggle as RowToggle,
  RunTracePrimitiveRowName as RowName,
  RunTracePrimitiveRowType as RowType,
  RunTracePrimitiveRowBadges as RowBadges,
  RunTracePrimitiveRowDuration as RowDuration,
  RunTracePrimitiveRowBar as RowBar,
  useRunTraceRow,
  type RunTraceRowState,
} from './run-trace-tree.js';
export {
  RunTracePrimitiveDetail as Detail,
  RunTracePrimitiveJson as Json,
  JSON_PREVIEW_CHARS,
  type RunTraceDetailTab,
} from './run-trace-detail.js';
export {
  RunTracePrimitiveSearch as Search,
  RunTracePrimitiveSearchStatus as SearchStatus,
  RunTracePrimitiveNextError as NextError,
  RunTracePrimitivePreviousError as PreviousError,
  RunTracePrimitiveSummary as Summary,
  RunTracePrimitiveState as State,
} from './run-trace-controls.js';
export type { RunTracePrimitiveRootProps as RootProps } from './run-trace-root.js';
export type { RunTracePrimitiveTreeProps as TreeProps } from './run-trace-tree.js';
export type {
  RunTracePrimitiveDetailProps as DetailProps,
  RunTracePrimitiveJsonProps as JsonProps,
} from './run-trace-detail.js';
