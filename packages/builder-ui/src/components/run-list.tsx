import * as RunListPrimitive from '../primitives/run-list/index.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { cn } from '../utils/cn.js';

/** Selection, filter and paging props are the headless root's, documented there. */
export type RunListProps = Pick<
  RunListPrimitive.RootProps,
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'filters'
  | 'defaultFilters'
  | 'onFiltersChange'
  | 'perPage'
  | 'pollInterval'
> & {
  /** Class for the list (merged with the kit's). */
  className?: string | undefined;
};

/** Recent runs with filters, paging and live updates; selecting one reports its trace id. */
export function RunList({ className, ...props }: RunListProps) {
  return (
    <PaddockRoot asChild>
      <RunListPrimitive.Root {...props} className={cn(className)}>
        <RunListPrimitive.Filters />
        <RunListPrimitive.State />
        <RunListPrimitive.Items />
        <RunListPrimitive.Pager />
      </RunListPrimitive.Root>
    </PaddockRoot>
  );
}
