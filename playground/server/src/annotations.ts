/**
 * Paddock annotations: the facts a builder UI needs about a primitive. See ../ANNOTATIONS.md for the contract.
 */
export interface PaddockAnnotations {
  owner?: string;
  contact?: string;
  risk?: 'low' | 'medium' | 'high';
  sideEffects?: string[];
  requiresApproval?: boolean;
  example?: string;
  tags?: string[];
}

export const ANNOTATION_LINE_PREFIX = 'paddock: ';

/**
 * Appends the portable carrier: a last description line `paddock: {json}`. It survives every Mastra
 * serializer because descriptions always do.
 */
export function describe(text: string, annotations: PaddockAnnotations): string {
  return `${text.trimEnd()}\n${ANNOTATION_LINE_PREFIX}${JSON.stringify(annotations)}`;
}

/** The structured carrier for primitives whose `metadata` Mastra serializes (agents, workflows). */
export function paddockMetadata(annotations: PaddockAnnotations): { paddock: PaddockAnnotations } {
  return { paddock: annotations };
}
