import type { MastraCore } from '../core-client.js';
import { APIConnectionError } from './errors.js';

/** What a lazily loaded method body sees as `this`. */
export interface ImplContext<R> {
  /** The request pipeline of the client the resource was made with. */
  readonly client: MastraCore;
  /** The public resource, for calls to its other methods (they go through the same loader). */
  readonly resource: R;
}

/**
 * The bodies of a resource's async methods, typed from the public class so that the two cannot drift: same
 * parameters, same result, with an `ImplContext` as `this`. Synchronous members stay in the class.
 */
export type ResourceImpl<R> = {
  [K in keyof R as R[K] extends (...args: never[]) => Promise<unknown> ? K : never]: R[K] extends (
    ...args: infer A
  ) => infer T
    ? (this: ImplContext<R>, ...args: A) => T
    : never;
};

/** Calls one lazily loaded method: `(resource, client, 'list', params, options)`. */
export type LazyCall<R> = <K extends keyof ResourceImpl<R>>(
  resource: R,
  client: MastraCore,
  name: K,
  ...args: Parameters<ResourceImpl<R>[K]>
) => ReturnType<ResourceImpl<R>[K]>;

/**
 * The method bodies of a resource, loaded with its first call. Every method that talks to the server is async,
 * so a host's bundler can move the resources a page never uses (and their schemas) out of the page, into the one
 * lazily loaded chunk of `resources/impls.ts`; the class itself stays small and synchronous, so
 * `client.workflows` and its types are unchanged.
 *
 * The first call starts the load and concurrent calls share it; once loaded, calls only pay a microtask. A
 * failed load (a chunk the network could not deliver) rejects every waiting call with `APIConnectionError`
 * (`kind: 'connection'`, retryable) carrying the loader's error as `cause`, and is not cached: the next call
 * loads again. Nothing is sent before the load succeeds, so a call that fails this way never reached the server.
 *
 * @param what - the resource, for the error message (`'workflows'`)
 * @param load - `() => import('./impls.js').then((m) => m.workflowsImpl)`
 */
export function lazyImpl<R>(what: string, load: () => Promise<ResourceImpl<R>>): LazyCall<R> {
  let pending: Promise<ResourceImpl<R>> | undefined;
  const loaded = (): Promise<ResourceImpl<R>> =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw new APIConnectionError(
        `Could not load the SDK's ${what} code (a separately loaded chunk): ${
          error instanceof Error ? error.message : String(error)
        }`,
        { cause: error },
      );
    }));
  return ((resource: R, client: MastraCore, name: keyof ResourceImpl<R>, ...args: unknown[]) =>
    loaded().then((impl) =>
      (impl[name] as (this: ImplContext<R>, ...a: unknown[]) => Promise<unknown>).apply(
        { client, resource },
        args,
      ),
    )) as unknown as LazyCall<R>;
}
