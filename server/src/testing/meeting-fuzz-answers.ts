// Meeting fuzz answers: waiting for an ack, checking its shape, and printing a payload safely.
import { expect } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { MeetingViewSchema } from '@roundtable/shared/protocol/meeting-view';
import { errorCodes } from '@roundtable/shared/protocol/errors';

export const ACK_TIMEOUT_MS = 5_000;

/** Checks one ack; returns the ids found in a state, to reuse in later commands. */
export const checkAck = (
  answers: Map<string, number>,
  knownInternalErrors: Record<string, string>,
  ack: unknown,
  event: string,
  type: string,
  replay: string,
): string[] => {
  const result = ack as Ack<unknown>;
  const code = result?.ok ? 'ok' : String(result?.error?.code);
  answers.set(code, (answers.get(code) ?? 0) + 1);
  expect(typeof result, replay).toBe('object');
  if (result.ok) {
    if (event === 'meeting:leave') expect(result.data, replay).toBeNull();
    else {
      const view = MeetingViewSchema.safeParse(result.data);
      expect(view.error?.issues, replay).toBeUndefined();
      const data = view.data!;
      return [
        ...data.agenda.map((item) => item.id),
        ...data.polls.map((poll) => poll.id),
        ...data.actions.map((action) => action.id),
      ];
    }
  } else {
    expect(result.ok, replay).toBe(false);
    expect(errorCodes, replay).toContain(result.error.code);
    expect(typeof result.error.message, replay).toBe('string');
    if (result.error.code === 'internal' && !(type in knownInternalErrors))
      expect.fail(`internal error for ${event} ${type}: ${replay}`);
  }
  return [];
};

/** The ack, or a failure naming the case if none arrives in time. */
export async function answered(ack: Promise<unknown>, replay: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ack within ${ACK_TIMEOUT_MS} ms: ${replay}`)),
      ACK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([ack, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function safeJson(value: unknown, max = 300): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  } catch {
    return '(unprintable)';
  }
}
