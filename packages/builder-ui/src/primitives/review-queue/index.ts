export {
  Root,
  Counts,
  Filters,
  List,
  type ReviewQueuePrimitiveRootProps as RootProps,
} from './review-queue.js';
