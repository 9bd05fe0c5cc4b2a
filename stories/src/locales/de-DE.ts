import type { PaddockMessageOverrides } from '@paddock/builder-ui';

/**
 * An example second locale: the PrimitivePicker in German. A host translates from `enUS` (every key, with the
 * English default) and passes its dictionary as `<BuilderProvider messages>`; keys it leaves out stay English.
 * Function entries get the values that change word order or plural form.
 */
export const deDE: PaddockMessageOverrides = {
  'common.retry': 'Erneut versuchen',
  'common.close': 'Schließen',
  'common.loading': 'Wird geladen…',
  'picker.label': 'Katalog der Bausteine',
  'picker.trigger': 'Bausteine hinzufügen',
  'picker.dialogTitle': 'Bausteine hinzufügen',
  'picker.searchLabel': 'Bausteine durchsuchen',
  'picker.searchPlaceholder': 'Nach Name, ID, Beschreibung oder Schlagwort suchen',
  'picker.filtersLabel': 'Bausteine filtern',
  'picker.filterGroup.kind': 'Art',
  'picker.filterGroup.risk': 'Risiko',
  'picker.filterGroup.owner': 'Verantwortlich',
  'picker.clearFilters': 'Filter zurücksetzen',
  'picker.listLabel': 'Bausteine',
  'picker.kind.tool': 'Werkzeug',
  'picker.kind.agent': 'Agent',
  'picker.kind.workflow': 'Workflow',
  'picker.kind.model': 'Modell',
  'picker.risk.low': 'Geringes Risiko',
  'picker.risk.medium': 'Mittleres Risiko',
  'picker.risk.high': 'Hohes Risiko',
  'picker.risk.unknown': 'Risiko nicht angegeben',
  'picker.requiresApproval': 'Erfordert Freigabe',
  'picker.owner': (owner: string) => `Verantwortlich: ${owner}`,
  'picker.unavailable.not-allow-listed': 'Nicht freigegeben',
  'picker.results': (count: number) => (count === 1 ? '1 Baustein' : `${count} Bausteine`),
  'picker.selected': (count: number) =>
    count === 0 ? 'Nichts ausgewählt' : count === 1 ? '1 ausgewählt' : `${count} ausgewählt`,
  'picker.confirm': 'Übernehmen',
};
