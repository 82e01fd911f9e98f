// Who may do what: the one rule, used by REST, /collab and the meeting channel alike. Pure: it
// answers from the actor and the target, and does no I/O.

export const roles = ['facilitator', 'member', 'observer'] as const;
export type Role = (typeof roles)[number];

export type Action =
  | 'workspace:create'
  | 'workspace:read'
  | 'workspace:rename'
  | 'workspace:manage-members'
  | 'workspace:read-audit'
  /** Write the workspace's public page (issue 14). */
  | 'workspace:recruit'
  /**
   * See, answer, download or erase join requests (contact, needs, reason): only the workspace's
   * facilitators, like access needs. Not an administrator who is not one.
   */
  | 'join-request:answer'
  | 'document:create'
  | 'document:read'
  | 'document:edit'
  | 'document:rename'
  | 'document:bin'
  /** Mark a draft in review, or end the review. */
  | 'document:review'
  /** Be in a meeting: see it, say whether you are coming. */
  | 'meeting:attend'
  /** Raise a hand, show a card, vote. */
  | 'meeting:take-part'
  /** Schedule and run meetings: agenda, timer, follow, polls, the decision and action log. */
  | 'meeting:run'
  /**
   * See the access needs and notes people gave with their RSVP (health information): only the
   * workspace's facilitators, who arrange the day. Not an administrator who is not one.
   */
  | 'meeting:read-access-needs'
  /** Ask the group to agree a version between meetings, with a closing date; withdraw it. */
  | 'agreement:propose'
  /** Start a comment thread, reply, resolve or reopen one. Observers only if the workspace allows. */
  | 'comment:write'
  /** Edit or delete a comment: only its author, whatever their role. */
  | 'comment:change'
  /**
   * Download everything Roundtable holds about a person: anyone their own (all of it); a
   * workspace's facilitators a member's part in that workspace, never what is in another one.
   */
  | 'person:download-data'
  /** Add, change or remove one of the workspace's hard words: whoever may write there. */
  | 'hard-words:change'
  /** Make an Easy Read version of a draft (issue 12). */
  | 'easy-read:make'
  /**
   * Answer a check of an Easy Read version, page by page. Everyone who may read takes part,
   * observers too: an Easy Read version is checked by the people it is written for.
   */
  | 'easy-read:check'
  /** Ask the group to check an Easy Read version, and see what they said. */
  | 'easy-read:run-check'
  /**
   * Publish a draft's version for public comment, close it, moderate the comments (the queue
   * of comments not yet public is theirs alone: it may hold abuse or personal details), mark
   * what each comment led to, and erase a commenter's personal data. Members and observers
   * read the approved comments and the results. Not an administrator who is not one.
   */
  | 'consultation:run'
  | 'installation:administer';

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      isAdmin: boolean;
      /** The person's role in each workspace they belong to. */
      roles: ReadonlyMap<string, Role>;
    };

export interface Target {
  workspaceId?: string;
  /** The workspace lets observers comment (its `observersMayComment` setting). */
  observersMayComment?: boolean;
  /** Who wrote the comment being changed. */
  authorId?: string;
  /** Whose data is asked for. */
  personId?: string;
}

const allowed: Record<Role, ReadonlySet<Action>> = {
  observer: new Set(['workspace:read', 'document:read', 'meeting:attend', 'easy-read:check']),
  member: new Set([
    'workspace:read',
    'document:read',
    'document:create',
    'document:edit',
    'document:rename',
    'meeting:attend',
    'meeting:take-part',
    'comment:write',
    'hard-words:change',
    'easy-read:check',
  ]),
  facilitator: new Set([
    'workspace:read',
    'workspace:rename',
    'workspace:manage-members',
    'workspace:read-audit',
    'workspace:recruit',
    'join-request:answer',
    'document:read',
    'document:create',
    'document:edit',
    'document:rename',
    'document:bin',
    'document:review',
    'meeting:attend',
    'meeting:take-part',
    'meeting:run',
    'meeting:read-access-needs',
    'agreement:propose',
    'comment:write',
    'person:download-data',
    'hard-words:change',
    'easy-read:make',
    'easy-read:check',
    'easy-read:run-check',
    'consultation:run',
  ]),
};

export function roleIn(actor: Actor, workspaceId: string): Role | undefined {
  return actor.kind === 'user' ? actor.roles.get(workspaceId) : undefined;
}

/**
 * How a person shows in a workspace (a meeting's roster): their role there, else 'admin' for an
 * administrator who is not a member (can() lets them do anything), else nothing.
 */
export function standingIn(actor: Actor, workspaceId: string): Role | 'admin' | undefined {
  const role = roleIn(actor, workspaceId);
  if (role !== undefined) return role;
  return actor.kind === 'user' && actor.isAdmin ? 'admin' : undefined;
}

export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  if (actor.kind === 'anonymous') return false;
  if (action === 'comment:change') {
    // Words are their author's: nobody, not even an administrator, rewrites someone's comment.
    return target.authorId === actor.userId && can(actor, 'comment:write', target);
  }
  if (action === 'person:download-data' && target.personId === actor.userId) return true;
  if (
    action === 'meeting:read-access-needs' ||
    action === 'join-request:answer' ||
    action === 'consultation:run'
  ) {
    // Special-category data (access needs, a stranger's contact, comments not yet read) goes no
    // further than the people who need it.
    return target.workspaceId !== undefined && roleIn(actor, target.workspaceId) === 'facilitator';
  }
  if (actor.isAdmin) return true;
  switch (action) {
    case 'installation:administer':
      return false;
    case 'workspace:create':
      // Facilitators start new forums and boards; so do administrators (above).
      return [...actor.roles.values()].includes('facilitator');
    case 'comment:write': {
      if (target.workspaceId === undefined) return false;
      const role = actor.roles.get(target.workspaceId);
      if (role === 'observer') return target.observersMayComment === true;
      return role !== undefined && allowed[role].has(action);
    }
    default: {
      if (target.workspaceId === undefined) return false;
      const role = actor.roles.get(target.workspaceId);
      return role !== undefined && allowed[role].has(action);
    }
  }
}

/**
 * What is done with a document: reading it (its text, versions, comments, who wrote what, an
 * export), changing anything kept about it (its text or title, a version, a comment, a vote on
 * agreeing it), or opening it live (/collab).
 */
export type DocumentUse = 'read' | 'change' | 'open-live';

/** The use an action on a document is: reading it is reading; anything else changes it. */
export const useOf = (action: Action): DocumentUse =>
  action === 'document:read' ? 'read' : 'change';

export const IN_BIN_MESSAGE =
  'This document is in the bin, so it cannot be changed. Restore it from the bin first.';

/**
 * What a document in the bin allows. It waits there to be restored or erased: whoever may
 * restore it (a facilitator, an administrator) may read it, to decide, and export it; nobody
 * changes it or opens it live until it is restored ('restore-first'). For everyone else it is
 * gone, exactly like a document that does not exist ('not-found'); so it is for a meeting, and
 * for whatever the server does by itself (`actor` null). Asked by every way a document is
 * reached: REST, /collab, the meeting channel and the server's own follow-ups.
 */
export function inBinAllows(
  actor: Actor | null,
  workspaceId: string,
  use: DocumentUse,
): 'allowed' | 'restore-first' | 'not-found' {
  if (actor === null || use === 'open-live') return 'not-found';
  if (!can(actor, 'document:bin', { workspaceId })) return 'not-found';
  return use === 'read' ? 'allowed' : 'restore-first';
}

/** Why an action was refused, in plain words, for the person who tried. */
export function refusal(actor: Actor, action: Action): { status: 401 | 403; message: string } {
  if (actor.kind === 'anonymous') {
    return { status: 401, message: 'Please sign in first.' };
  }
  if (action === 'document:edit') {
    return { status: 403, message: 'You can read this document but not change it.' };
  }
  if (action === 'comment:write') {
    return { status: 403, message: 'Observers cannot comment in this workspace.' };
  }
  if (action === 'comment:change') {
    return { status: 403, message: 'You can only change or delete your own comments.' };
  }
  if (action === 'join-request:answer') {
    return {
      status: 403,
      message: "Only this workspace's facilitators can see and answer its join requests.",
    };
  }
  if (action === 'consultation:run') {
    return {
      status: 403,
      message: "Only this workspace's facilitators can run its consultations.",
    };
  }
  if (action === 'hard-words:change') {
    return { status: 403, message: 'You can read the hard words but not change them.' };
  }
  return { status: 403, message: 'You do not have permission to do this.' };
}

/**
 * Whether `maker` may hand out a one-time sign-in link for `person`: only when everything the
 * person may do lies within what the maker may do. A link is the person's whole account, so an
 * administrator's link needs an administrator, and every workspace the person belongs to (in any
 * role) must be one the maker facilitates.
 */
export function mayMakeSignInLinkFor(maker: Actor, person: Actor): boolean {
  if (maker.kind === 'anonymous' || person.kind === 'anonymous') return false;
  if (maker.isAdmin) return true;
  if (person.isAdmin) return false;
  for (const workspaceId of person.roles.keys()) {
    if (maker.roles.get(workspaceId) !== 'facilitator') return false;
  }
  return true;
}
