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

/** Whether a new booking of `places` is confirmed now: it fits and nobody is waiting before it. */
export function fitsNow(free: number, waitingCount: number, places: number): boolean {
  return waitingCount === 0 && places <= free;
}
