/**
 * The PrimitivePicker's strings (`picker.*`), merged under the host's overrides by
 * `useMessages(primitivePickerMessages)`; hosts override them like any other key through
 * `<BuilderProvider messages>`.
 */
export const primitivePickerMessages = {
  'picker.label': 'Primitive catalog',
  'picker.trigger': 'Add primitives',
  'picker.dialogTitle': 'Add primitives',
  'picker.dialogDescription': 'Choose the tools, agents, workflows and models this agent may use.',
  'picker.searchLabel': 'Search primitives',
  'picker.searchPlaceholder': 'Search by name, id, description or tag',
  'picker.filtersLabel': 'Filter primitives',
  'picker.filterGroup.kind': 'Kind',
  'picker.filterGroup.risk': 'Risk',
  'picker.filterGroup.owner': 'Owner',
  'picker.clearFilters': 'Clear filters',
  'picker.listLabel': 'Primitives',
  'picker.kind.tool': 'Tool',
  'picker.kind.agent': 'Agent',
  'picker.kind.workflow': 'Workflow',
  'picker.kind.model': 'Model',
  'picker.risk.low': 'Low risk',
  'picker.risk.medium': 'Medium risk',
  'picker.risk.high': 'High risk',
  'picker.risk.unknown': 'Risk not declared',
  'picker.requiresApproval': 'Requires approval',
  'picker.sideEffects': (effects: readonly string[]) => `Side effects: ${effects.join(', ')}`,
  'picker.owner': (owner: string) => `Owner: ${owner}`,
  'picker.ownerUnknown': 'No owner declared',
  'picker.contact': (contact: string) => `Contact: ${contact}`,
  'picker.schemaMore': (count: number) => `+${count} more`,
  'picker.schema': (fields: string | null) => `Input: ${fields ?? 'No input'}`,
  'picker.modelStatus': (provider: string, connected: boolean, isDefault: boolean) =>
    `${provider}: ${connected ? 'Provider connected' : 'Provider not connected'}${isDefault ? ' · Default model' : ''}`,
  'picker.unavailable.not-allow-listed': 'Not on the allow-list',
  'picker.unavailable.model-policy': 'Blocked by the model policy',
  'picker.unavailable.provider-disconnected': 'Provider not connected',
  'picker.unavailable.policy-unknown': 'The allow-lists could not be loaded',
  'picker.unavailable.unknown': 'Unavailable',
  'picker.results': (count: number) => (count === 1 ? '1 primitive' : `${count} primitives`),
  'picker.selected': (count: number) =>
    count === 0 ? 'Nothing selected' : count === 1 ? '1 selected' : `${count} selected`,
  'picker.loading': 'Loading the catalog…',
  'picker.empty': 'No primitive matches your search or filters.',
  'picker.emptyCatalog': 'No primitives are available to you.',
  'picker.errorTitle': 'The catalog could not be loaded',
  'picker.confirm': 'Add selected',
  'picker.confirmNeedsSelection': 'Select at least one primitive first.',
  'picker.clearSelection': 'Clear selection',
};

export type PrimitivePickerMessages = typeof primitivePickerMessages;
