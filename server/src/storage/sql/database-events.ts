// The public event tables as Kysely sees them (see migrations-events.ts); `Database` includes them.

export interface PublicEventsTable {
  id: string;
  meeting_id: string;
  workspace_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  place: string;
  venue: string;
  what_to_expect: string;
  capacity: number;
  created_at: string;
  updated_at: string;
}

export interface EventBookingsTable {
  id: string;
  event_id: string;
  seq: number;
  name: string;
  email: string | null;
  phone: string | null;
  access_needs: string | null;
  places: number;
  status: string;
  token_hash: string | null;
  person_id: string | null;
  booked_at: string;
  moved_up_at: string | null;
  cancelled_at: string | null;
  attended_at: string | null;
  reminded_at: string | null;
  /** 1 once name and contact were removed after the event (BOOKING_KEEP_DAYS). */
  contact_removed: number;
}

export interface EventTables {
  public_events: PublicEventsTable;
  event_bookings: EventBookingsTable;
}
