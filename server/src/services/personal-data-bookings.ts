// A person's bookings of public events for a copy of their data: those linked to them, of the
// workspaces in the copy; access needs only where the copy may show them.
import type { DataBooking } from '../export/personal-data/types.ts';
import type { Store } from '../storage/ports.ts';

export async function bookingsOf(
  stores: Pick<Store, 'events'>,
  personId: string,
  workspaces: ReadonlyMap<string, string>,
  seesAccessNeedsIn: (workspaceId: string) => boolean,
): Promise<DataBooking[]> {
  const found: DataBooking[] = [];
  for (const booking of await stores.events.bookingsOfPerson(personId)) {
    const event = await stores.events.getEvent(booking.eventId);
    const workspaceName = event && workspaces.get(event.workspaceId);
    if (!event || workspaceName === undefined) continue;
    found.push({
      eventTitle: event.title,
      workspaceName,
      startsAt: event.startsAt,
      bookedAt: booking.bookedAt,
      places: booking.places,
      status: booking.status,
      name: booking.name,
      email: booking.email,
      phone: booking.phone,
      accessNeeds: seesAccessNeedsIn(event.workspaceId) ? booking.accessNeeds : null,
      attended: booking.attendedAt !== null,
    });
  }
  return found;
}
