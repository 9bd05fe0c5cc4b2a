import type { Ref, RefCallback } from 'react';

type PossibleRef<T> = Ref<T> | undefined;

function setRef<T>(ref: PossibleRef<T>, value: T | null): (() => void) | void {
  if (typeof ref === 'function') {
    const cleanup = ref(value);
    return typeof cleanup === 'function' ? cleanup : undefined;
  }
  if (ref !== null && ref !== undefined) ref.current = value;
}

/** One callback ref that feeds several refs (React 19 ref cleanups included). */
export function composeRefs<T>(...refs: PossibleRef<T>[]): RefCallback<T> {
  return (node) => {
    const cleanups = refs.map((ref) => setRef(ref, node));
    if (cleanups.some((c) => typeof c === 'function')) {
      return () => {
        cleanups.forEach((cleanup, index) => {
          if (typeof cleanup === 'function') cleanup();
          else setRef(refs[index], null);
        });
      };
    }
  };
}
