import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Stories use the kit from source, like the tests and the playground.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['@paddock/source', 'module', 'browser', 'development|production'],
    };
    return viteConfig;
  },
};
export default config;
