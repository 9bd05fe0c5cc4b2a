import type { Preview } from '@storybook/react-vite';
import { splitControlWords } from '../../scripts/split-words';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story's test, not just the panel.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  // After the play function, in every story: no control label has a short word broken across lines.
  afterEach: () => {
    const split = splitControlWords();
    if (split.length > 0) throw new Error(`Words broken across lines: ${split.join('; ')}`);
  },
};
export default preview;
