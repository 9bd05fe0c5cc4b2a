import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { QueueFilter } from '../core/review-state.js';
import { BuilderProvider } from '../provider/builder-provider.js';
import { createReviewMockServer } from '../testing/review-mock-server.js';
import { ReviewQueue } from './review-queue.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

// This file renders only the queue: the review panel's sheet must then never reach the page.
describe('ReviewQueue on a page of its own', () => {
  it('injects its own sheet, not the review panel’s, reads the host’s strings, and merges className', async () => {
    const server = createReviewMockServer();
    const { container } = render(
      <BuilderProvider
        client={server.client('reviewer')}
        theme="light"
        messages={{ 'reviewQueue.label': 'File de revue', 'reviewQueue.filter.all': 'Toutes' }}
      >
        <ReviewQueue hrefFor={(id) => `/reviews/${id}`} className="host-class" />
      </BuilderProvider>,
    );
    const queue = await screen.findByRole('region', { name: 'File de revue' });
    expect(queue).toHaveAttribute('data-slot', 'paddock-queue-root');
    expect(queue.className).toContain('host-class');
    expect(screen.getByRole('radio', { name: 'Toutes' })).toBeChecked();
    expect(document.querySelectorAll('style[data-href="paddock-review-queue"]')).toHaveLength(1);
    expect(document.querySelector('style[data-href="paddock-publish-review"]')).toBeNull();
    // The live version went out without review: listed as drift, in the queue's own styles.
    await waitFor(() =>
      expect(container.querySelector('[data-slot="paddock-queue-unreviewed"]')).toHaveTextContent(
        'Escalation Assistant',
      ),
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('controlled filter: the host owns it, arrow keys ask for the next one', async () => {
    const server = createReviewMockServer();
    const changes: QueueFilter[] = [];
    function Host() {
      const [filter, setFilter] = useState<QueueFilter>('high-risk');
      return (
        <ReviewQueue
          hrefFor={(id) => `/reviews/${id}`}
          filter={filter}
          onFilterChange={(next) => {
            changes.push(next);
            setFilter(next);
          }}
        />
      );
    }
    render(
      <BuilderProvider client={server.client('reviewer')} theme="light">
        <Host />
      </BuilderProvider>,
    );
    const highRisk = await screen.findByRole('radio', { name: 'High risk' });
    expect(highRisk).toBeChecked();
    highRisk.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(changes).toEqual(['mine']);
    expect(screen.getByRole('radio', { name: 'My requests' })).toBeChecked();
  });
});
