// How a /meeting event is called, checked in one place before any handler runs. A client calls
// `emit(event, payload, ack)`: exactly one payload, then the acknowledgement. Whatever else it
// sends (an unknown event, no payload, extra arguments, a payload its schema refuses) is
// answered with a `bad_request` error ack, so a client never waits for an answer that will not
// come. A call without an ack cannot be answered and is not acted on.
import type { z } from 'zod';
import {
  meetingClientEventNames,
  type Ack,
  type MeetingClientEvents,
} from '@roundtable/shared/protocol/meeting';
import { ServiceError } from '../services/errors.ts';

export type EventName = keyof MeetingClientEvents;
/** The acknowledgement a client sent with an event. */
export type AckOf<E extends EventName> = Parameters<MeetingClientEvents[E]>[1];

/** An event's schema, and what is done with a payload that passes it. */
export interface EventHandler<E extends EventName, S extends z.ZodType = z.ZodType> {
  schema: S;
  /** May answer before it finishes; whatever it throws is answered as an error ack. */
  handle: (input: z.infer<S>, ack: AckOf<E>) => Promise<void>;
}

export type EventHandlers = { [E in EventName]: EventHandler<E> };

/** Declares one event's handler, keeping its schema's type for the handler's input. */
export const handler = <E extends EventName, S extends z.ZodType>(
  schema: S,
  handle: (input: z.infer<S>, ack: AckOf<E>) => Promise<void>,
): EventHandler<E, S> => ({ schema, handle });

/** Any event's ack: whatever it is answered with, it sends on. */
type AnyAck = (result: Ack<unknown>) => void;

export function fail(error: unknown): Ack<never> {
  if (error instanceof ServiceError)
    return { ok: false, error: { code: error.code, message: error.message } };
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong. Please try again.' },
  };
}

export const badRequest = (message: string): Ack<never> => ({
  ok: false,
  error: { code: 'bad_request', message },
});

/**
 * Why this call is malformed, or null for `[payload, ack]` of a known event (one of `names`:
 * /meeting's by default, or another channel's).
 */
export function malformed(
  event: unknown,
  args: unknown[],
  names: readonly string[] = meetingClientEventNames,
): string | null {
  if (!(names as readonly unknown[]).includes(event)) {
    return 'There is no such event';
  }
  if (args.length === 1) return 'message: a payload is required';
  if (args.length > 2) return 'message: send one payload, then the acknowledgement';
  return null;
}

function parse<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ServiceError(
    'bad_request',
    issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'Invalid message',
  );
}

/**
 * Answers one incoming event (as `socket.onAny` hears it: the event name, then every argument
 * the client sent, its ack last). `onInternal` hears errors that are not the client's fault.
 */
export async function answerCall(
  handlers: EventHandlers,
  event: unknown,
  args: unknown[],
  onInternal: (error: unknown) => void,
): Promise<void> {
  const ack = args.at(-1);
  if (typeof ack !== 'function') return;
  const answer = ack as AnyAck;
  const refusal = malformed(event, args);
  if (refusal !== null) {
    answer(badRequest(refusal));
    return;
  }
  const { schema, handle } = handlers[event as EventName] as EventHandler<EventName>;
  try {
    await handle(parse(schema, args[0]), answer);
  } catch (error) {
    if (!(error instanceof ServiceError)) onInternal(error);
    answer(fail(error));
  }
}
