// People: profiles, "how I take part" (special-category data) and "how I like information".
import { z } from 'zod';
import { roles } from '../domain/policy.ts';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';

export const takePartOptions = ['lived_experience', 'family_carer', 'staff', 'partner'] as const;
export type TakePart = (typeof takePartOptions)[number];

export const PersonName = shownText({
  min: 1,
  max: 80,
  tooShort: 'Please type your name',
  tooLong: 'A name can be at most 80 characters',
});

export const Email = z.email('Please type an email address like name@example.org').max(254);

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a6b3c');

/** Accessible Information Standard: how a person likes to get information. */
export const InformationPreferences = z
  .object({
    largerText: z.boolean().default(false),
    easyRead: z.boolean().default(false),
    readAloud: z.boolean().default(false),
    supporter: z.boolean().default(false),
    notes: z.string().trim().max(500).default(''),
  })
  .strict();
export type InformationPreferences = z.infer<typeof InformationPreferences>;

export const Profile = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  colour: z.string(),
  pronouns: z.string().nullable(),
  takePart: z.enum(takePartOptions).nullable(),
  showTakePart: z.boolean(),
  /** Whether their name may appear in the co-production record of exports. */
  nameInRecord: z.boolean(),
  information: InformationPreferences,
  isAdmin: z.boolean(),
  hasPassword: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const UpdateProfileBody = z
  .object({
    name: PersonName,
    /** Optional: needed for a password or emailed sign-in links; null removes it. */
    email: Email.nullable(),
    colour: Colour,
    pronouns: shownText({
      min: 0,
      max: 40,
      tooShort: '',
      tooLong: 'Pronouns can be at most 40 characters',
    }).nullable(),
    takePart: z.enum(takePartOptions).nullable(),
    showTakePart: z.boolean(),
    nameInRecord: z.boolean(),
    information: InformationPreferences,
  })
  .partial()
  .strict();
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const Membership = z.object({
  workspaceId: Id,
  workspaceName: z.string(),
  role: z.enum(roles),
});

export const Me = z.object({ profile: Profile, memberships: z.array(Membership) });
export type Me = z.infer<typeof Me>;

/** A member as other people in the workspace see them. */
export const Member = z.object({
  userId: Id,
  name: z.string(),
  colour: z.string(),
  pronouns: z.string().nullable(),
  role: z.enum(roles),
  joinedAt: z.string(),
  inviteId: Id.nullable(),
  /** Only when the person chose to show it. */
  takePart: z.enum(takePartOptions).nullable(),
  /** Only for facilitators of the workspace. */
  information: InformationPreferences.nullable(),
});
export type Member = z.infer<typeof Member>;

export const ChangeRoleBody = z.object({ role: z.enum(roles) }).strict();

/** An administrator erases a person (a data-protection request). */
export const EraseBody = z
  .object({
    /** Also take out their suggestions still waiting for a decision (the text they would add). */
    removePendingSuggestions: z.boolean().default(false),
  })
  .strict();
export type EraseBody = z.infer<typeof EraseBody>;

export const Erased = z.object({
  /** What everything that named them now says, e.g. "Former member 3". */
  pseudonym: z.string(),
});
export type Erased = z.infer<typeof Erased>;
