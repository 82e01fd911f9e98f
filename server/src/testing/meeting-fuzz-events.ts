// Meeting fuzz events: random ids, commands and payloads for the events a client may send.
import { meetingCommandTypes } from '@roundtable/shared/protocol/meeting';
import { arbitraryValue, pick, type Random } from './fuzz-values.ts';
import type { Fixture } from './meeting-fuzz-people.ts';

/** An id a command might carry: real ones from both workspaces, made-up and malformed ones. */
export const someId = (random: Random, seen: string[], home: Fixture, other: Fixture): unknown =>
  pick(random, [
    () => pick(random, seen),
    () => pick(random, [home.documentId, home.versionId, home.meetingId, ...home.userIds]),
    () => pick(random, [other.documentId, other.versionId, other.meetingId, other.workspaceId]),
    () => 'a'.repeat(1 + Math.floor(random() * 80)),
    () => '../../etc/passwd',
    () => '',
    () => arbitraryValue(random, 2),
  ])();

/** A command of the given type, valid in shape, with one field sometimes spoiled. */
export const commandOf = (
  random: Random,
  type: string,
  seen: string[],
  home: Fixture,
  other: Fixture,
): Record<string, unknown> => {
  const text = (): unknown =>
    random() < 0.8 ? `words ${Math.floor(random() * 1000)}` : arbitraryValue(random, 2);
  const fields: Record<string, () => unknown> = {
    title: text,
    question: text,
    heading: text,
    text,
    what: text,
    who: text,
    notes: text,
    reason: text,
    summary: text,
    minutes: () => pick(random, [1, 5, 480, 0, -1, 1.5, 1e308, '5']),
    link: () =>
      random() < 0.5 ? null : { documentId: someId(random, seen, home, other), heading: 'Housing' },
    itemId: () => someId(random, seen, home, other),
    pollId: () => someId(random, seen, home, other),
    actionId: () => someId(random, seen, home, other),
    userId: () => someId(random, seen, home, other),
    documentId: () => someId(random, seen, home, other),
    versionId: () => someId(random, seen, home, other),
    agendaItemId: () => someId(random, seen, home, other),
    direction: () => pick(random, ['up', 'down', 'sideways']),
    kind: () => pick(random, ['agree', 'consent', 'agreement', 'custom', 'stop', 'slow', 'x']),
    options: () => (random() < 0.7 ? ['Yes', 'No', 'Later'] : arbitraryValue(random, 2)),
    anonymous: () => random() < 0.5,
    results: () => pick(random, ['live', 'on-close', 'never']),
    locksDraft: () => random() < 0.5,
    suggestion: () =>
      random() < 0.5
        ? null
        : {
            documentId: someId(random, seen, home, other),
            suggestionId: someId(random, seen, home, other),
            summary: 'adds words',
          },
    optionId: () =>
      pick(random, ['agree', 'not-sure', 'disagree', 'concerns', 'more-time', 'consent', 'x']),
    status: () => pick(random, ['open', 'done', 'closed']),
    due: () => pick(random, [null, '2026-12-24', 'tomorrow']),
    answer: () => pick(random, ['yes', 'no', 'maybe', 'perhaps']),
    needs: () => (random() < 0.7 ? ['step-free access'] : arbitraryValue(random, 2)),
  };
  const command: Record<string, unknown> = { type };
  for (const [name, make] of Object.entries(fields)) if (random() < 0.35) command[name] = make();
  return command;
};

export const payloadFor = (
  random: Random,
  event: string,
  seen: string[],
  home: Fixture,
  other: Fixture,
): unknown => {
  const meetingId = random() < 0.85 ? home.meetingId : someId(random, seen, home, other);
  switch (random() < 0.75 ? event : 'garbage') {
    case 'meeting:join':
    case 'meeting:leave':
      return random() < 0.9 ? { meetingId } : { meetingId, extra: arbitraryValue(random, 2) };
    case 'meeting:command':
      return {
        meetingId,
        command:
          random() < 0.9
            ? commandOf(
                random,
                pick(random, [...meetingCommandTypes, 'meeting:explode']),
                seen,
                home,
                other,
              )
            : arbitraryValue(random, 4),
      };
    default:
      return arbitraryValue(random, 6);
  }
};
