'use client';

// Provider and theming
export { BuilderProvider, type BuilderProviderProps } from './provider/builder-provider';
export {
  useBuilderContext,
  type BuilderContextValue,
  type PaddockTheme,
  type PaddockLinkComponent,
  type PaddockLinkProps,
  type PaddockErrorContext,
  type PermissionOverride,
} from './provider/builder-context';
export { PaddockRoot, type PaddockRootProps } from './provider/kit-root';
export { paddockCss, ROOT_ATTRIBUTE, TOKEN_NAMES, token, type TokenName, type ThemeTokens } from './styles';

// Messages
export { enUS, type PaddockMessages, type PaddockMessageOverrides } from './i18n/en-US';

// Hooks
export { useBuilderClient, useMessages, useLinkComponent } from './hooks/use-builder';
export { useCapabilities } from './hooks/use-capabilities';
export { useCatalog, type UseCatalogOptions } from './hooks/use-catalog';
export { usePermission, type PermissionState } from './hooks/use-permission';
export { describeError, useErrorDescription, type ErrorDescription } from './hooks/use-error-message';

// Headless primitives
export * as PrimitivePickerPrimitive from './primitives/primitive-picker';

// Styled components
export { PrimitivePicker, type PrimitivePickerProps } from './components/primitive-picker';

// Framework-free logic, for hosts that build their own UI
export {
  createCatalogIndex,
  searchCatalog,
  highlightSegments,
  tokenizeQuery,
  getFacets,
  matchesFilters,
  toggleFilter,
  riskOf,
  ownerOf,
  toggleSelection,
  isSelectable,
  pruneSelection,
  summarizeSchema,
  schemaTypeLabel,
  createListNavigation,
  createPickerQueryStore,
  computePickerResults,
  EMPTY_FILTERS,
  PRIMITIVE_KINDS,
  RISK_LEVELS,
  type CatalogIndex,
  type CatalogMatch,
  type CatalogSearchResult,
  type MatchRange,
  type HighlightSegment,
  type CatalogFilters,
  type CatalogFacet,
  type CatalogFacets,
  type FacetOption,
  type RiskLevel,
  type SchemaField,
  type ListNavigationStore,
  type ListNavigationState,
  type NavigableEntry,
  type MoveDirection,
  type PickerQueryStore,
  type PickerQueryState,
  type Store,
} from './core';

// Building blocks for later components (AgentComposer, PublishReviewPanel, RunTraceViewer)
export { cn } from './utils/cn';
export { composeEventHandlers } from './utils/compose-event-handlers';
export { composeRefs } from './utils/compose-refs';
export { Slot, type SlotProps } from './utils/slot';
export { useControllableState } from './utils/use-controllable-state';
export { createContext } from './utils/create-context';
export {
  createActionButton,
  createActionReason,
  type ActionState,
  type ActionButtonProps,
  type ActionReasonProps,
} from './utils/create-action-button';
