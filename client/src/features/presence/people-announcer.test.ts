import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PeopleAnnouncer } from './people-announcer.ts';

function setRemote(awareness: Awareness, clientId: number, name: string, personId?: string): void {
  awareness.states.set(clientId, { user: { name, color: '#1d4f91', personId } });
  awareness.meta.set(clientId, { clock: 1, lastUpdated: Date.now() });
  awareness.emit('change', [{ added: [clientId], updated: [], removed: [] }, 'remote']);
}

describe('PeopleAnnouncer', () => {
  let awareness: Awareness;
  let connected: boolean;
  let messages: string[];
  let announcer: PeopleAnnouncer;

  beforeEach(() => {
    vi.useFakeTimers();
    awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Me', color: '#b3261e' });
    connected = true;
    messages = [];
    announcer = new PeopleAnnouncer({
      awareness,
      isConnected: () => connected,
      announce: (message) => messages.push(message),
      groupWindowMs: 1000,
      settleMs: 2000,
    });
  });

  afterEach(() => {
    announcer.destroy();
    awareness.destroy();
    vi.useRealTimers();
  });

  it('stays quiet about people already there, then groups a burst of arrivals', () => {
    setRemote(awareness, 11, 'Kim');
    announcer.connected();
    vi.advanceTimersByTime(2000);
    expect(messages).toEqual([]);

    setRemote(awareness, 12, 'Sam');
    setRemote(awareness, 13, 'Alex');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam and Alex joined.']);

    removeAwarenessStates(awareness, [11], 'remote');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam and Alex joined.', 'Kim left.']);
  });

  it('treats more tabs of one signed-in person as that person, not as joining or leaving', () => {
    awareness.setLocalStateField('user', { name: 'Me', color: '#b3261e', personId: 'p-me' });
    announcer.connected();
    vi.advanceTimersByTime(2000);
    setRemote(awareness, 12, 'Sam', 'p-sam');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam joined.']);

    setRemote(awareness, 13, 'Sam', 'p-sam');
    setRemote(awareness, 14, 'Me', 'p-me');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam joined.']);

    removeAwarenessStates(awareness, [12], 'remote');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam joined.']);
    removeAwarenessStates(awareness, [13], 'remote');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Sam joined.', 'Sam left.']);
  });

  it('announces someone leaving even in the first seconds after connecting', () => {
    setRemote(awareness, 11, 'Kim');
    announcer.connected();
    removeAwarenessStates(awareness, [11], 'remote');
    vi.advanceTimersByTime(1000);
    expect(messages).toEqual(['Kim left.']);
  });

  it('does not announce everyone leaving when our own connection drops', () => {
    announcer.connected();
    vi.advanceTimersByTime(2000);
    setRemote(awareness, 12, 'Sam');
    setRemote(awareness, 13, 'Alex');
    vi.advanceTimersByTime(1000);
    messages = [];

    connected = false;
    removeAwarenessStates(awareness, [12, 13], 'provider');
    vi.advanceTimersByTime(5000);
    expect(messages).toEqual([]);

    // Back again: Sam is there, Alex left while we were away.
    connected = true;
    setRemote(awareness, 12, 'Sam');
    announcer.connected();
    vi.advanceTimersByTime(3000);
    expect(messages).toEqual(['Alex left.']);
  });
});
