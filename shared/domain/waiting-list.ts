// Who moves up from a waiting list when places come free. First come, first served, strictly:
// the waiting bookings are taken in the order they were made while the next one fits; a booking
// that needs more places than are free waits, and nobody behind it moves up past it (not even
// a smaller booking that would fit). So a family of four is never overtaken again and again by
// people booking one place; the places stay free until enough come free for them, or a
// facilitator moves or cancels a booking by hand.

export interface QueuedBooking {
  id: string;
  places: number;
}

/** The waiting bookings (in queue order) that the free places now take, in order. */
export function whoMovesUp<B extends QueuedBooking>(free: number, waiting: readonly B[]): B[] {
  const moved: B[] = [];
  let left = free;
  for (const booking of waiting) {
    if (booking.places > left) break;
    moved.push(booking);
    left -= booking.places;
  }
  return moved;
}

/**
 * Why an event may not shrink to `capacity` places: the confirmed bookings take more (`booked`),
 * or a waiting booking needs more (`waiting`: it could never move up). Null when it may.
 */
export type CapacityCut = { kind: 'booked'; places: number } | { kind: 'waiting'; places: number };

export function capacityCut(
  bookings: readonly { status: string; places: number }[],
  capacity: number,
): CapacityCut | null {
  const booked = bookings
    .filter((b) => b.status === 'confirmed')
    .reduce((sum, b) => sum + b.places, 0);
  if (capacity < booked) return { kind: 'booked', places: booked };
  const largest = Math.max(
    0,
    ...bookings.filter((b) => b.status === 'waiting').map((b) => b.places),
  );
  if (capacity < largest) return { kind: 'waiting', places: largest };
  return null;
}

/** Whether a new booking of `places` is confirmed now: it fits and nobody is waiting before it. */
export function fitsNow(free: number, waitingCount: number, places: number): boolean {
  return waitingCount === 0 && places <= free;
}
