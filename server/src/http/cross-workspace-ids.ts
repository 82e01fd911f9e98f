// The shapes of the cross-workspace test's cases: the ids of one workspace and the things in it,
// and a request (REST) or command (/meeting) made with them.
/** Ids of one workspace and the things in it. */
export interface Ids {
  workspace: string;
  document: string;
  version: string;
  suggestion: string;
  proposal: string;
  thread: string;
  comment: string;
  meeting: string;
  agendaItem: string;
  poll: string;
  action: string;
  invite: string;
  member: string;
  token: string;
  hardWord: string;
  /** A picture uploaded to the workspace. */
  picture: string;
  /** The document's Easy Read version, and a check of it. */
  easyRead: string;
  checkRound: string;
  /** The meeting's public event, and one booking of it. */
  event: string;
  booking: string;
  /** A join request sent from the workspace's public page, answered by a letter. */
  joinRequest: string;
  /** A mail waiting in the outbox. */
  mail: string;
  /** A consultation on the version, a comment on it from the public, a question on it. */
  consultation: string;
  consultationComment: string;
  /** A question on the consultation, and an answer to it with a reason. */
  consultationQuestion: string;
  consultationAnswer: string;
}

export type Request = [method: string, path: string, body?: unknown];
export interface RestCase {
  /** What is tried, in words. */
  what: string;
  request: (a: Ids, b: Ids) => Request;
  /** Also refused for the administrator: an id of B travels with one of A's. */
  mixed?: boolean;
  /** Refusals other than 403/404 that also change nothing (a client-chosen id already taken). */
  status?: number[];
}

/** A well-formed anchor (see testing/anchors.ts, which http/ may not import). */
export const anchor = {
  start: 'BAABAAAKAQdkZWZhdWx0AA==',
  end: 'BAABBAAKAQdkZWZhdWx0AA==',
};

export type Command = Record<string, unknown> & { type: string };
export interface EventCase {
  what: string;
  /** Sent on A's meeting, which the sender has joined. */
  command: (a: Ids, b: Ids) => Command;
}
