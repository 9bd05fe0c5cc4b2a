import { createContext, useContext } from 'react';
import type { PublishReviewState } from '../../hooks/use-review.js';
import type { PublishReviewMessages } from '../../i18n/publish-review.en-US.js';

export interface PublishReviewContextValue {
  agentId: string;
  state: PublishReviewState;
  messages: PublishReviewMessages;
  /** The version pair the diff compares (`null` from = nothing published). */
  compare: { from?: string | null | undefined; to?: string | null | undefined };
  setCompare: (next: { from?: string | null | undefined; to?: string | null | undefined }) => void;
  /** The note / comment being typed (shared by the action buttons). */
  note: string;
  setNote: (note: string) => void;
}

export const PublishReviewContext = createContext<PublishReviewContextValue | null>(null);

export function usePublishReviewContext(part: string): PublishReviewContextValue {
  const value = useContext(PublishReviewContext);
  if (!value)
    throw new Error(`<PublishReviewPrimitive.${part}> must be inside <PublishReviewPrimitive.Root>.`);
  return value;
}
