// Rows of the public event tables, read into records (see event-ports.ts).
import type { Selectable } from 'kysely';
import type { BookingStatus, VenueAccess } from '@roundtable/shared/protocol/events';
import type { BookingRecord, PublicEventRecord } from '../event-ports.ts';
import type { EventBookingsTable, PublicEventsTable } from './database-events.ts';
import { fromJson, toJson } from './rows.ts';

export const toEvent = (row: Selectable<PublicEventsTable>): PublicEventRecord => ({
  id: row.id,
  meetingId: row.meeting_id,
  workspaceId: row.workspace_id,
  title: row.title,
  startsAt: new Date(row.starts_at).toISOString(),
  endsAt: new Date(row.ends_at).toISOString(),
  place: row.place,
  venue: fromJson<VenueAccess>(row.venue),
  whatToExpect: row.what_to_expect,
  capacity: row.capacity,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const eventRow = (record: PublicEventRecord): Selectable<PublicEventsTable> => ({
  id: record.id,
  meeting_id: record.meetingId,
  workspace_id: record.workspaceId,
  title: record.title,
  starts_at: record.startsAt,
  ends_at: record.endsAt,
  place: record.place,
  venue: toJson(record.venue),
  what_to_expect: record.whatToExpect,
  capacity: record.capacity,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

export const toBooking = (row: Selectable<EventBookingsTable>): BookingRecord => ({
  id: row.id,
  eventId: row.event_id,
  seq: Number(row.seq),
  name: row.name,
  email: row.email,
  phone: row.phone,
  accessNeeds: row.access_needs,
  places: row.places,
  status: row.status as BookingStatus,
  tokenHash: row.token_hash,
  personId: row.person_id,
  bookedAt: row.booked_at,
  movedUpAt: row.moved_up_at,
  cancelledAt: row.cancelled_at,
  attendedAt: row.attended_at,
  remindedAt: row.reminded_at,
});
