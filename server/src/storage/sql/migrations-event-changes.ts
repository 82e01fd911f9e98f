// Schema steps for changes to a public event after it is public: taken down (cancelled, with the
// message bookers were sent), closed to new bookings, and the calendar revision (`sequence`,
// raised whenever its time or place changes, so calendars replace the old entry).

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { timestamp: string; flag: string; false: string }) => string;

export const eventChangeMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE public_events ADD COLUMN cancelled_at ${t.timestamp};
  ALTER TABLE public_events ADD COLUMN cancel_message TEXT;
  ALTER TABLE public_events ADD COLUMN bookings_closed ${t.flag} NOT NULL DEFAULT ${t.false};
  ALTER TABLE public_events ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
  `,
];
