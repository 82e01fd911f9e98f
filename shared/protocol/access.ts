// Joining and signing in without memory tests: invite links, one-time sign-in links, the first
// administrator's setup link, optional passwords, and personal API tokens for scripts.
import { z } from 'zod';
import { roles } from '../domain/policy.ts';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';
import { Email, PersonName } from './people.ts';

export const SESSION_COOKIE = 'rt_session';
export const REMEMBER_DAYS = 180;

export const CreateInviteBody = z
  .object({
    role: z.enum(roles).default('member'),
    expiresInDays: z.coerce.number().int().min(1).max(90).default(14),
  })
  .strict();

export const Invite = z.object({
  id: Id,
  workspaceId: Id,
  role: z.enum(roles),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  joined: z.array(z.object({ userId: Id, name: z.string(), joinedAt: z.string() })),
});
export type Invite = z.infer<typeof Invite>;

/** Returned once, when the invite is made: the link holds a secret that is stored hashed. */
export const CreatedInvite = Invite.extend({ url: z.string() });

export const InvitePreview = z.object({
  workspaceName: z.string(),
  role: z.enum(roles),
  expiresAt: z.string(),
});

export const JoinBody = z
  .object({
    name: PersonName.optional(),
    email: Email.optional(),
    remember: z.boolean().default(false),
    /** Whether their name may appear in the co-production record of exports; asked on joining. */
    nameInRecord: z.boolean().optional(),
  })
  .strict();

export const SignInLinkBody = z.object({ remember: z.boolean().default(false) }).strict();

/** "Sign out everywhere"; with `revokeTokens`, every personal API token stops working too. */
export const SignOutEverywhereBody = z
  .object({ revokeTokens: z.boolean().default(false) })
  .strict();

export const CreatedLink = z.object({ url: z.string(), expiresAt: z.string() });

export const SetupBody = z
  .object({ name: PersonName, email: Email.optional(), remember: z.boolean().default(true) })
  .strict();

export const PasswordSignInBody = z
  .object({
    email: Email,
    password: z.string().min(1).max(1000),
    remember: z.boolean().default(false),
  })
  .strict();

export const SetPasswordBody = z
  .object({ password: z.string().min(10, 'Use at least 10 characters').max(1000) })
  .strict();

export const CreateTokenBody = z
  .object({
    name: shownText({
      min: 1,
      max: 100,
      tooShort: 'Please name the token',
      tooLong: 'A token name can be at most 100 characters',
    }),
  })
  .strict();

export const CreatedToken = z.object({ id: Id, token: z.string() });

export const TokenSummary = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const TokenList = z.array(TokenSummary);

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  workspaceId: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const EmailLinkBody = z.object({ email: Email }).strict();

export const SignInOptions = z.object({
  /** True when the server can email sign-in links (SMTP_URL is set). */
  email: z.boolean(),
  password: z.boolean(),
});
