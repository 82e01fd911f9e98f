// Schema steps for public events and their bookings (issue 14). A meeting has at most one public
// event, with its own unguessable id; bookings keep their queue order (`seq`), the hash of the
// secret in their link, and the person they were linked to when that person joined.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { timestamp: string; json: string; flag: string; false: string }) => string;

export const eventMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE public_events (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    starts_at ${t.timestamp} NOT NULL,
    ends_at ${t.timestamp} NOT NULL,
    place TEXT NOT NULL,
    venue ${t.json} NOT NULL,
    what_to_expect TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    updated_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX public_events_by_workspace ON public_events(workspace_id, ends_at);
  CREATE TABLE event_bookings (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES public_events(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    access_needs TEXT,
    places INTEGER NOT NULL,
    status TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    person_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    booked_at ${t.timestamp} NOT NULL,
    moved_up_at ${t.timestamp},
    cancelled_at ${t.timestamp},
    attended_at ${t.timestamp},
    reminded_at ${t.timestamp},
    contact_removed ${t.flag} NOT NULL DEFAULT ${t.false}
  );
  CREATE UNIQUE INDEX event_bookings_in_order ON event_bookings(event_id, seq);
  CREATE INDEX event_bookings_by_person ON event_bookings(person_id);
  CREATE INDEX event_bookings_by_email ON event_bookings(lower(email));
  `,
];
