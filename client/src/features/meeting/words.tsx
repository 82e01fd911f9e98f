// The words and pictures the meeting uses in more than one place: the four cards, the phases,
// dates, and a person's role.
import type { CardKind, MeetingPhase } from '@roundtable/shared/domain/meeting/meeting';
import type { RosterEntry } from '@roundtable/shared/domain/meeting/view';
import { CupIcon, SlowDownIcon, StopSignIcon, TickIcon } from '../../ui/index.ts';

export const cardWords: Record<CardKind, { label: string; short: string; icon: React.ReactNode }> =
  {
    stop: {
      label: 'Stop, I don’t understand',
      short: 'Stop',
      icon: <StopSignIcon />,
    },
    slow: {
      label: 'Slow down',
      short: 'Slow down',
      icon: <SlowDownIcon />,
    },
    agree: {
      label: 'I agree',
      short: 'I agree',
      icon: <TickIcon />,
    },
    break: {
      label: 'I need a break',
      short: 'Break',
      icon: <CupIcon />,
    },
  };

export function phaseWords(phase: MeetingPhase['phase']): string {
  switch (phase) {
    case 'scheduled':
      return 'Not started yet';
    case 'live':
      return 'Happening now';
    case 'ended':
      return 'Finished';
    default: {
      const unreachable: never = phase;
      return unreachable;
    }
  }
}

export const isFacilitator = (role: RosterEntry['role']): boolean =>
  role === 'facilitator' || role === 'admin';

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Tuesday 3 March 2026, 10:30" */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : whenFormat.format(date);
}

export const minutesWords = (minutes: number): string =>
  minutes === 1 ? '1 minute' : `${minutes} minutes`;
