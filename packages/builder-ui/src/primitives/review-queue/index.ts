export { ReviewQueuePrimitive, QUEUE_FILTERS, type ReviewQueuePrimitiveRootProps } from './review-queue.js';
