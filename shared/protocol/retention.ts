// Retention (issue 13): the people who have not signed in for a set time, as an administrator
// reviews them. Nothing here deletes anyone; the review offers the actions that already exist.
import { z } from 'zod';
import { Id } from './ids.ts';
import { Membership } from './people.ts';

export const InactivePerson = z.object({
  userId: Id,
  name: z.string(),
  email: z.string().nullable(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
  /** Null when they have not signed in since sign-ins were recorded. */
  lastSignedInAt: z.string().nullable(),
  memberships: z.array(Membership),
});
export type InactivePerson = z.infer<typeof InactivePerson>;

export const InactivePeople = z.object({
  /** INACTIVE_AFTER_DAYS: listed when not signed in for this many days. */
  afterDays: z.number().int().positive(),
  people: z.array(InactivePerson),
  /** True when there were more than the list shows. */
  more: z.boolean(),
});
export type InactivePeople = z.infer<typeof InactivePeople>;
