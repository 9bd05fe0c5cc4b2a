import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '@paddock/client-sdk';
import { classifyDraftError } from '../../core/agent-draft-store.js';
import { enUS } from '../../i18n/en-US.js';
import { formatFieldValue } from './agent-composer-conflict.js';
import { draftErrorText } from './agent-composer-text.js';
import { aroundValue, runErrorText } from './agent-composer-test-text.js';

/* The SDK errors go through the store's own classifier, as they do in the composer. */
const textFor = (error: unknown) => draftErrorText(enUS, enUS, classifyDraftError(error));

describe('draftErrorText', () => {
  it('names the missing permission of a 403, and asks a 401 to sign in again', () => {
    const denied = new PermissionDeniedError({
      status: 403,
      body: { error: 'Forbidden', message: 'Missing required permission: stored-agents:write' },
    });
    expect(textFor(denied)).toBe('You can view agents but not change them. Ask an admin for edit rights.');
    expect(textFor(new AuthenticationError({ status: 401, body: { error: 'No session' } }))).toBe(
      'You are signed out or your session has expired. Sign in again.',
    );
  });

  it('gives each kind its own sentence, never the server text', () => {
    const raw = { error: 'raw server words' };
    const status = (code: number, body: unknown = raw) => ({ status: code, body });
    expect(
      textFor(
        new UnprocessableEntityError(
          status(422, { error: { code: 'MODEL_NOT_ALLOWED', message: 'raw server words' } }),
        ),
      ),
    ).toBe('The server does not allow this model for this agent. Choose another model.');
    // A 422 that is not the model policy is not reported as one.
    expect(textFor(new UnprocessableEntityError(status(422)))).toBe(
      'The server refused the draft as invalid. Check the fields and try again.',
    );
    expect(textFor(new BadRequestError(status(400)))).toBe(
      'The server refused the draft as invalid. Check the fields and try again.',
    );
    expect(textFor(new ConflictError(status(409)))).toBe(
      'An agent with this name already exists. Choose another name.',
    );
    expect(textFor(new NotFoundError(status(404)))).toBe(
      'This no longer exists, or you are not allowed to see it.',
    );
    expect(textFor(new APIConnectionError('Failed to fetch'))).toBe(
      'The server could not be reached. Check your connection; your work is kept.',
    );
    expect(textFor(new InternalServerError(status(500)))).toBe(
      'The server ran into a problem. Try again; if it keeps happening, tell your admin.',
    );
    const malformed = new ResponseValidationError({ path: '/stored/agents/x', issues: [], body: {} });
    expect(textFor(malformed)).toBe('The server sent an answer this page cannot read. Tell your admin.');
    expect(textFor(new Error('raw server words'))).toBe('Something unexpected went wrong. Try again.');
  });
});

describe('formatFieldValue', () => {
  it('lists every memory option in one sentence, so a conflict on any of them shows a difference', () => {
    const base = { enabled: true, lastMessages: 10, semanticRecall: false, generateTitle: false };
    expect(formatFieldValue(enUS, base)).toBe('Remember the conversation: 10 messages of history');
    expect(formatFieldValue(enUS, { ...base, semanticRecall: true, generateTitle: true })).toBe(
      'Remember the conversation: 10 messages of history, recall related older messages, title new conversations',
    );
    expect(formatFieldValue(enUS, { ...base, enabled: false })).toBe('(empty)');
  });
});

describe('aroundValue', () => {
  it('splits a message around its value, wherever the translation puts it', () => {
    expect(aroundValue(enUS['agentComposer.test.trace'])).toEqual(['Trace ', '']);
    expect(aroundValue((id) => `Ablaufverfolgung ${id} ansehen`)).toEqual(['Ablaufverfolgung ', ' ansehen']);
    expect(aroundValue(() => 'no value')).toEqual(['no value', '']);
  });
});

describe('runErrorText', () => {
  it('quotes the server reason when there is one, and has a whole sentence when there is none', () => {
    expect(runErrorText(enUS, enUS, { kind: 'blocked', message: 'PII detected' })).toBe(
      'Blocked: PII detected',
    );
    expect(runErrorText(enUS, enUS, { kind: 'blocked', message: '' })).toBe(
      'A processor blocked this run without giving a reason.',
    );
    expect(runErrorText(enUS, enUS, { kind: 'model', message: '' })).toBe(
      'The model failed without giving a reason.',
    );
    expect(runErrorText(enUS, enUS, { kind: 'permission', message: '' })).toBe(
      'You are not allowed to do this. Ask an admin for access.',
    );
    expect(runErrorText(enUS, enUS, { kind: 'unknown', message: '' })).toBe(
      'Something unexpected went wrong. Try again.',
    );
    expect(runErrorText(enUS, enUS, { kind: 'aborted', message: '' })).toBe('Stopped.');
  });
});
