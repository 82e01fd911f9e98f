// What we say about the connection, in plain words. One place, so the status line, the
// warning panel and the tests all use the same sentences.
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { ConnectionState } from '../../realtime/index.ts';

export type StatusTone = 'good' | 'busy' | 'warning' | 'problem';

export interface StatusWords {
  /** The short status line, always on screen. */
  text: string;
  tone: StatusTone;
}

export const OFFLINE_TEXT =
  'Offline: your changes are kept on this device and will be sent when you reconnect';

/**
 * Why the document stopped. When the server refuses us (4403) it may say why, for example
 * "You are no longer a member of this workspace"; that is shown when it is there. So is its
 * reason for 4413 ("This document has reached its size limit …").
 */
export function stoppedReason(code: number, reason?: string): string {
  const told = reason?.trim() ?? '';
  switch (code) {
    case CloseCode.notFound:
      return 'This document was deleted or moved to the bin, so you cannot change it any more.';
    case CloseCode.forbidden:
      return told !== '' ? told : 'You do not have permission to change this document.';
    case CloseCode.tooLarge:
      return told !== ''
        ? told
        : 'This document has reached its size limit, so your last change was not saved.';
    case CloseCode.malformed:
      return 'Something went wrong with the connection to this document. Reload the page to try again.';
    default:
      return 'The connection to this document was stopped. Reload the page to try again.';
  }
}

export function statusWords(state: ConnectionState): StatusWords {
  switch (state.kind) {
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'saved':
      return { text: 'Saved', tone: 'good' };
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'locked':
      return {
        text: 'Locked: your last change is kept on this device and will be sent when the draft is unlocked',
        tone: 'warning',
      };
    case 'reconnecting':
      return {
        text: state.unsaved
          ? 'Reconnecting… Your changes are kept on this device.'
          : 'Reconnecting…',
        tone: 'warning',
      };
    case 'offline':
      return { text: OFFLINE_TEXT, tone: 'warning' };
    case 'signed-out':
      return {
        text: state.unsaved
          ? 'You are signed out. Sign in again to keep working. Your changes are kept on this device.'
          : 'You are signed out. Sign in again to keep working.',
        tone: 'problem',
      };
    case 'stopped':
      return { text: 'Not connected', tone: 'problem' };
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
