import { createContext, useContext, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { createActionButton, type ActionState } from './create-action-button.js';

let current: ActionState = { action: null, reason: null };
const useCurrent = () => current;

const Focusable = createActionButton('Test.Focusable', 'test-focusable', useCurrent);
const Native = createActionButton('Test.Native', 'test-native', useCurrent, { unavailable: 'native' });
const HiddenContext = createContext(false);

function Reason() {
  return <span id="why">Save the draft first.</span>;
}

describe('createActionButton', () => {
  it('focusable: an unavailable action stays in the tab order, says why and ignores clicks', async () => {
    const action = vi.fn();
    // Disabled by the consumer while the behaviour has a callback: the guard, not a null callback, stops it.
    current = { action, reason: 'Save the draft first.', reasonId: 'why', label: 'Confirm' };
    const { rerender } = render(
      <>
        <input aria-label="before" />
        <Focusable disabled />
        <Reason />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Confirm' });
    expect(button).not.toHaveAttribute('disabled');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-disabled', '');
    expect(button).toHaveAttribute('data-state', 'disabled');
    expect(button).toHaveAccessibleDescription('Save the draft first.');
    screen.getByRole('textbox', { name: 'before' }).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    button.click();
    expect(action).not.toHaveBeenCalled();

    current = { action, reason: null, reasonId: 'why', label: 'Confirm' };
    rerender(
      <>
        <input aria-label="before" />
        <Focusable />
        <Reason />
      </>,
    );
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAttribute('aria-describedby');
    expect(button).toHaveAttribute('data-state', 'enabled');
    await userEvent.click(button);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('native: an unavailable action is disabled (out of the tab order) and still points at its visible reason', async () => {
    current = { action: null, reason: 'Save the draft first.', reasonId: 'why', label: 'Request review' };
    render(
      <>
        <input aria-label="before" />
        <Native />
        <input aria-label="after" />
        <Reason />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Request review' });
    expect(button).toBeDisabled();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveAccessibleDescription('Save the draft first.');
    screen.getByRole('textbox', { name: 'before' }).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'after' }));
  });

  it('puts props, ref and className on the one element; consumer props win over the behaviour’s attributes', async () => {
    const action = vi.fn();
    const onClick = vi.fn();
    current = {
      action,
      reason: null,
      state: 'idle',
      label: '×',
      attributes: { 'aria-label': 'Remove crm', title: 'from the behaviour' },
    };
    let element: HTMLButtonElement | null = null;
    render(
      <Native
        className="host"
        title="from the host"
        onClick={onClick}
        ref={(el) => {
          element = el;
        }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Remove crm' });
    expect(element).toBe(button);
    expect(button).toHaveClass('host');
    expect(button).toHaveAttribute('title', 'from the host');
    expect(button).toHaveAttribute('data-slot', 'test-native');
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveTextContent('×');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('lets the consumer cancel the action with preventDefault, renders nothing when hidden, merges into a child with asChild', async () => {
    const action = vi.fn();
    const Hideable = createActionButton('Test.Hideable', 'test-hideable', () => ({
      action,
      reason: null,
      label: 'Go',
      hidden: useContext(HiddenContext),
    }));
    function Host() {
      const [hidden, setHidden] = useState(false);
      return (
        <HiddenContext value={hidden}>
          <Hideable onClick={(event) => event.preventDefault()} />
          <Hideable asChild>
            <a href="#go" className="link">
              Go there
            </a>
          </Hideable>
          <button type="button" onClick={() => setHidden(true)}>
            hide
          </button>
        </HiddenContext>
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(action).not.toHaveBeenCalled();
    const link = screen.getByRole('link', { name: 'Go there' });
    expect(link).toHaveAttribute('data-slot', 'test-hideable');
    expect(link).toHaveClass('link');
    expect(link).not.toHaveAttribute('type');
    await userEvent.click(link);
    expect(action).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'hide' }));
    expect(screen.queryByRole('button', { name: 'Go' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Go there' })).toBeNull();
  });
});
