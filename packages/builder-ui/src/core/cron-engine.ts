/**
 * croner and cronstrue in one module, loaded by `loadCronEngine` (core/cron.ts) with a dynamic import. Importing
 * them here, not from cron.ts, keeps cronstrue's CommonJS interop inside this lazy chunk: a page's main chunk then
 * needs no bundler runtime shared with it (which every bundler would split into a chunk of its own).
 */
import { Cron } from 'croner';
import cronstrue from 'cronstrue';

export const cronEngine = { Cron, cronstrue };
