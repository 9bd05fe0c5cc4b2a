import { useCallback, useEffect, useRef, useState } from 'react';
import { isDevelopment } from './env.js';

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop: T | undefined;
  defaultProp: T;
  onChange?: ((value: T) => void) | undefined;
  /** Component name used in the development warning. */
  caller: string;
}

type SetStateFn<T> = (next: T | ((prev: T) => T)) => void;

/**
 * One implementation of the `value` / `defaultValue` / `onValueChange` triplet. In development it warns when
 * a component switches between controlled and uncontrolled, which is always a host bug.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllableStateParams<T>): [T, SetStateFn<T>] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? prop : uncontrolled;

  const wasControlled = useRef(isControlled);
  useEffect(() => {
    if (wasControlled.current !== isControlled && isDevelopment) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled';
      const to = isControlled ? 'controlled' : 'uncontrolled';
      console.warn(
        `${caller} is changing from ${from} to ${to}. Components should not switch from controlled to uncontrolled (or vice versa).`,
      );
    }
    wasControlled.current = isControlled;
  }, [isControlled, caller]);

  // Functional updates must see the latest value even between renders (two toggles in one event).
  const latest = useRef(value);
  const propRef = useRef(prop);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    latest.current = value;
    propRef.current = prop;
    onChangeRef.current = onChange;
  });

  const setValue = useCallback<SetStateFn<T>>(
    (next) => {
      const resolved = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
      if (isControlled) {
        latest.current = resolved;
        // Controlled: report every request that differs from what the host currently passes.
        if (!Object.is(resolved, propRef.current)) onChangeRef.current?.(resolved);
        return;
      }
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      setUncontrolled(resolved);
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );

  return [value, setValue];
}
