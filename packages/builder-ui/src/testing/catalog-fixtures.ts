import type { CatalogItem, PrimitiveKind } from '@paddock/client-sdk';

/** A schema-shaped catalog item with sensible defaults, for core tests and large lists. */
export function makeItem(
  overrides: Partial<CatalogItem> & { id: string; kind?: PrimitiveKind },
): CatalogItem {
  const kind = overrides.kind ?? 'tool';
  return {
    key: `${kind}:${overrides.id}`,
    kind,
    name: overrides.id,
    description: '',
    available: true,
    ...overrides,
    annotations: { sideEffects: [], requiresApproval: false, tags: [], ...overrides.annotations },
  };
}

const RISKS = ['low', 'medium', 'high', undefined] as const;
const KINDS: PrimitiveKind[] = ['tool', 'agent', 'workflow', 'model'];

/** `count` varied items: every 7th unavailable, rotating kinds, risks and owners. */
export function makeLargeCatalog(count: number): CatalogItem[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `primitive-${String(index).padStart(5, '0')}`;
    const risk = RISKS[index % RISKS.length];
    return makeItem({
      id,
      kind: KINDS[index % KINDS.length],
      name: `Primitive ${index}`,
      description: `Generated primitive number ${index} for load testing.`,
      available: index % 7 !== 0,
      ...(index % 7 === 0 ? { unavailableReason: 'not-allow-listed' as const } : {}),
      annotations: {
        owner: `Team ${index % 12}`,
        ...(risk ? { risk } : {}),
        sideEffects: [],
        requiresApproval: index % 5 === 0,
        tags: [`group-${index % 20}`],
      },
    });
  });
}
