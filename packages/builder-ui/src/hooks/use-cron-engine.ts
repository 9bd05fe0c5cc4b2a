import { useEffect, useSyncExternalStore } from 'react';
import { getCronEngine, loadCronEngine, subscribeCronEngine, type CronEngine } from '../core/cron.js';

/**
 * The cron engine (croner + cronstrue), loaded on first use; `undefined` until it is ready, then the component
 * re-renders. Views show a short loading state for cron-derived text meanwhile.
 */
export function useCronEngine(): CronEngine | undefined {
  const engine = useSyncExternalStore(subscribeCronEngine, getCronEngine, getCronEngine);
  useEffect(() => {
    // A failed chunk load is not cached; the next mount tries again.
    if (!engine) loadCronEngine().catch(() => undefined);
  }, [engine]);
  return engine;
}
