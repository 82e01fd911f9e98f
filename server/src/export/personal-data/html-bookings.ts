// The bookings of public events in a copy of a person's data.
import { list, section, text, when } from './html-parts.ts';
import type { DataBooking } from './types.ts';

const statusWords = {
  confirmed: 'you had a place',
  waiting: 'on the waiting list',
  cancelled: 'cancelled',
};

export function bookingsSection(id: string, title: string, bookings: DataBooking[]): string {
  return section(id, title, [
    list(
      bookings.map(
        (b) =>
          `<strong>${text(b.eventTitle)}</strong> (${text(b.workspaceName)}), ${when(b.startsAt)}: ` +
          `${b.places === 1 ? '1 place' : `${b.places} places`}, ${statusWords[b.status]}, booked on ${when(b.bookedAt)}` +
          (b.name ? `, as ${text(b.name)}` : '') +
          (b.email ? `, email ${text(b.email)}` : '') +
          (b.phone ? `, phone ${text(b.phone)}` : '') +
          (b.accessNeeds !== null ? `, access needs: ${text(b.accessNeeds)}` : '') +
          (b.attended ? ', you came' : ''),
      ),
    ),
  ]);
}
