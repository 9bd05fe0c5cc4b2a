import { defaultScheduler, offlineRetryDelay, type Scheduler } from './draft-connectivity.js';

/* When the draft store saves: the autosave debounce, the offline retries with their backoff, and one save in
   flight at a time. Knows nothing of drafts: the store decides whether a save may go out and what it sends. */

export interface DraftSaveQueue {
  /** (Re)starts the debounce: `onDue` runs `ms` after the last call. */
  debounce(ms: number): void;
  /** Stops a pending debounce (autosave turned off, or a save starting now). */
  cancelDebounce(): void;
  /** Runs `onDue` after the next offline backoff delay (2 s, 4 s, 8 s, 15 s, then every 30 s). */
  retryLater(): void;
  /** Starts the backoff over: a save went through, or the connection came back. */
  resetBackoff(): void;
  /** Stops both timers (destroy, read-only, local copy discarded). */
  clear(): void;
  /** The save in flight, or `null`. */
  inFlight(): Promise<void> | null;
  /** Asks for one more save once the one in flight settles (an edit arrived meanwhile). */
  again(): void;
  /**
   * Runs `save` as the save in flight and resolves once it settled: `true` when another save was asked for
   * meanwhile, which the caller schedules (it alone knows whether anything is still unsaved).
   */
  run(save: () => Promise<void>): Promise<boolean>;
}

export interface DraftSaveQueueOptions {
  /** What the timers call: the store's "save now, if it may". */
  onDue: () => void;
  /** @default globalThis.setTimeout / clearTimeout */
  scheduler?: Scheduler | undefined;
}

export function createDraftSaveQueue({
  onDue,
  scheduler = defaultScheduler,
}: DraftSaveQueueOptions): DraftSaveQueue {
  let debounceHandle: unknown = null;
  let retryHandle: unknown = null;
  let retryAttempt = 0;
  let current: Promise<void> | null = null;
  let saveAgain = false;

  const queue: DraftSaveQueue = {
    debounce(ms) {
      queue.cancelDebounce();
      debounceHandle = scheduler.setTimeout(() => {
        debounceHandle = null;
        onDue();
      }, ms);
    },
    cancelDebounce() {
      if (debounceHandle === null) return;
      scheduler.clearTimeout(debounceHandle);
      debounceHandle = null;
    },
    retryLater() {
      if (retryHandle !== null) scheduler.clearTimeout(retryHandle);
      const delay = offlineRetryDelay(retryAttempt);
      retryAttempt += 1;
      retryHandle = scheduler.setTimeout(() => {
        retryHandle = null;
        onDue();
      }, delay);
    },
    resetBackoff() {
      retryAttempt = 0;
    },
    clear() {
      queue.cancelDebounce();
      if (retryHandle !== null) scheduler.clearTimeout(retryHandle);
      retryHandle = null;
    },
    inFlight: () => current,
    again() {
      saveAgain = true;
    },
    async run(save) {
      const running = save().finally(() => {
        current = null;
      });
      current = running;
      await running;
      const more = saveAgain;
      saveAgain = false;
      return more;
    },
  };
  return queue;
}
