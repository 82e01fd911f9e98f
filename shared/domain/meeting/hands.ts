// The queue of raised hands: first raised, first heard; the facilitator marks who is speaking.

export interface RaisedHand {
  userId: string;
  raisedAt: number;
}

export interface HandQueue {
  queue: RaisedHand[];
  speaking: string | null;
}

export const emptyQueue: HandQueue = { queue: [], speaking: null };

export function raiseHand(hands: HandQueue, userId: string, now: number): HandQueue {
  if (hands.speaking === userId || hands.queue.some((h) => h.userId === userId)) return hands;
  return { ...hands, queue: [...hands.queue, { userId, raisedAt: now }] };
}

export function lowerHand(hands: HandQueue, userId: string): HandQueue {
  return { ...hands, queue: hands.queue.filter((h) => h.userId !== userId) };
}

/** Marks a person as now speaking (the first in the queue when none is named). */
export function nowSpeaking(hands: HandQueue, userId?: string): HandQueue {
  const next = userId ?? hands.queue[0]?.userId;
  if (next === undefined) return { ...hands, speaking: null };
  return { queue: hands.queue.filter((h) => h.userId !== next), speaking: next };
}

/** Takes a person out of the queue, and off the floor if they had it (they left the group). */
export function withoutPerson(hands: HandQueue, userId: string): HandQueue {
  const speaking = hands.speaking === userId ? null : hands.speaking;
  const queue = hands.queue.filter((h) => h.userId !== userId);
  return queue.length === hands.queue.length && speaking === hands.speaking
    ? hands
    : { queue, speaking };
}

export function doneSpeaking(hands: HandQueue): HandQueue {
  return { ...hands, speaking: null };
}

/** 1 for first in the queue; undefined when not in it. */
export function placeInQueue(hands: HandQueue, userId: string): number | undefined {
  const index = hands.queue.findIndex((h) => h.userId === userId);
  return index < 0 ? undefined : index + 1;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
