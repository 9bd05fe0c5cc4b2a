import { useMemo, type ReactNode } from 'react';
import { BuilderProvider, type PaddockTheme, type ThemeTokens } from '@paddock/builder-ui';
import type { ReplayOptions, ReplayServer } from '../fixtures/replay';

/* The provider a story renders in, over a replay of what the real server answered (fixtures/recorded),
   shared by the stories that replay a recording per role. */

export interface ReplayKitProps<Role extends string> {
  /** Whose recording to replay. @default the kit's default person */
  person?: Role;
  options?: ReplayOptions;
  /** @default 'light' */
  theme?: PaddockTheme;
  tokens?: ThemeTokens;
  children: ReactNode;
}

/** A `Kit` component over `replay`, which answers as `defaultPerson` unless a story names someone else. */
export function createReplayKit<Role extends string>(
  replay: (person: Role, options?: ReplayOptions) => ReplayServer,
  defaultPerson: Role,
) {
  return function Kit({
    person = defaultPerson,
    options,
    theme = 'light',
    tokens,
    children,
  }: ReplayKitProps<Role>) {
    // One replay server per mounted story, so stories never share a cache.
    const server = useMemo(() => replay(person, options), [person, options]);
    return (
      <BuilderProvider client={server.client} theme={theme} tokens={tokens}>
        {children}
      </BuilderProvider>
    );
  };
}
