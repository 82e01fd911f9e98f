import { describe, expect, it } from 'vitest';
import { connectionStateFrom, hasUnsentChanges, type ConnectionFacts } from './connection-state.ts';

const base: ConnectionFacts = {
  online: true,
  connected: true,
  synced: true,
  everSynced: true,
  attemptEnded: false,
  signedOut: false,
  saved: true,
  stopped: null,
};

describe('connectionStateFrom', () => {
  it('is saved when in sync and everything is stored', () => {
    expect(connectionStateFrom(base)).toEqual({ kind: 'saved' });
  });

  it('is saving when in sync with changes not yet stored', () => {
    expect(connectionStateFrom({ ...base, saved: false })).toEqual({ kind: 'saving' });
  });

  it('is connecting before the first sync', () => {
    const facts = { ...base, connected: false, synced: false, everSynced: false };
    expect(connectionStateFrom(facts)).toEqual({ kind: 'connecting' });
  });

  it('is reconnecting when the first attempt failed, e.g. after a reload with the server away', () => {
    const facts = {
      ...base,
      connected: false,
      synced: false,
      everSynced: false,
      attemptEnded: true,
      saved: false,
    };
    expect(connectionStateFrom(facts)).toEqual({ kind: 'reconnecting', unsaved: true });
  });

  it('is reconnecting after a drop, and says whether changes wait on this device', () => {
    const facts = { ...base, connected: false, synced: false, saved: false };
    expect(connectionStateFrom(facts)).toEqual({ kind: 'reconnecting', unsaved: true });
  });

  it('says so when the sign-in ended, while it keeps trying', () => {
    const facts = { ...base, connected: false, synced: false, signedOut: true, saved: false };
    expect(connectionStateFrom(facts)).toEqual({ kind: 'signed-out', unsaved: true });
  });

  it('is offline when the browser has no network, whatever the socket says', () => {
    expect(connectionStateFrom({ ...base, online: false })).toEqual({
      kind: 'offline',
      unsaved: false,
    });
  });

  it('is stopped after a terminal close, even offline', () => {
    const facts = { ...base, online: false, stopped: { code: 4404, reason: 'gone' } };
    expect(connectionStateFrom(facts)).toEqual({ kind: 'stopped', code: 4404, reason: 'gone' });
  });
});

describe('hasUnsentChanges', () => {
  it('asks before closing only when work exists only here', () => {
    expect(hasUnsentChanges({ kind: 'saved' })).toBe(false);
    expect(hasUnsentChanges({ kind: 'saving' })).toBe(true);
    expect(hasUnsentChanges({ kind: 'offline', unsaved: true })).toBe(true);
    expect(hasUnsentChanges({ kind: 'offline', unsaved: false })).toBe(false);
    expect(hasUnsentChanges({ kind: 'reconnecting', unsaved: true })).toBe(true);
    expect(hasUnsentChanges({ kind: 'stopped', code: 4403, reason: '' })).toBe(false);
  });
});
