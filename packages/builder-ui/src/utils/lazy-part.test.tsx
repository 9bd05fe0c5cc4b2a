import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { lazyPart, type LazyPart } from './lazy-part.js';

/** An importer the test settles by hand, counting its calls. */
function gatedImporter() {
  const calls: { resolve: (value: { word: string }) => void; reject: (error: Error) => void }[] = [];
  const importer = () =>
    new Promise<{ word: string }>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { importer, calls };
}

function Probe({ part, wanted }: { part: LazyPart<{ word: string }>; wanted: boolean }) {
  const state = part.use(wanted);
  return (
    <p data-testid="probe">{state === undefined ? 'loading' : state === 'failed' ? 'failed' : state.word}</p>
  );
}

describe('lazyPart', () => {
  it('fetches nothing until a part wants it, then renders every instance once loaded', async () => {
    const { importer, calls } = gatedImporter();
    const part = lazyPart(importer);
    const { rerender } = render(<Probe part={part} wanted={false} />);
    expect(screen.getByTestId('probe')).toHaveTextContent('loading');
    expect(calls).toHaveLength(0);
    rerender(<Probe part={part} wanted />);
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]?.resolve({ word: 'ready' }));
    expect(screen.getByTestId('probe')).toHaveTextContent('ready');
    // A second instance renders the loaded module at once, without another fetch or a loading state.
    render(<Probe part={part} wanted={false} />);
    expect(screen.getAllByTestId('probe').map((p) => p.textContent)).toEqual(['ready', 'ready']);
    expect(calls).toHaveLength(1);
  });

  it('a failed load is a state, not a throw, and is retried only when asked', async () => {
    const { importer, calls } = gatedImporter();
    const part = lazyPart(importer);
    render(<Probe part={part} wanted />);
    await act(async () => calls[0]?.reject(new Error('chunk gone')));
    expect(screen.getByTestId('probe')).toHaveTextContent('failed');
    expect(calls).toHaveLength(1);
    let retried: Promise<void> | undefined;
    act(() => {
      retried = part.load();
    });
    expect(screen.getByTestId('probe')).toHaveTextContent('loading');
    expect(calls).toHaveLength(2);
    await act(async () => {
      calls[1]?.resolve({ word: 'second try' });
      await retried;
    });
    expect(screen.getByTestId('probe')).toHaveTextContent('second try');
  });
});
