import { createContext as createReactContext, use, type Context } from 'react';

/**
 * A context whose hook fails loudly when a part is rendered outside its root, naming both:
 * "`PrimitivePickerPrimitive.Item` must be used within `PrimitivePickerPrimitive.Root`".
 */
export function createContext<T>(
  rootName: string,
): readonly [Context<T | null>, (consumerName: string) => T, () => T | null] {
  const Ctx = createReactContext<T | null>(null);
  Ctx.displayName = `${rootName}Context`;
  function useRequired(consumerName: string): T {
    const value = use(Ctx);
    if (value === null) throw new Error(`\`${consumerName}\` must be used within \`${rootName}\``);
    return value;
  }
  function useOptional(): T | null {
    return use(Ctx);
  }
  return [Ctx, useRequired, useOptional] as const;
}
