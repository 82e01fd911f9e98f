// The contract of a copy of a person's data: what the JSON file holds, and what the web page
// beside it shows. Times are ISO 8601 (UTC). Other people appear only as "you" or "someone
// else", never by name. No behaviour lives here.

/** Whose request made it, and how much it covers. */
export interface DataAbout {
  madeAt: string;
  /** Everything, or one workspace's part (what a facilitator of that workspace may have). */
  scope: { kind: 'everything' } | { kind: 'workspace'; workspaceId: string; workspaceName: string };
  madeBy: 'you' | 'a facilitator' | 'an administrator';
}

export interface DataProfile {
  id: string;
  name: string;
  email: string | null;
  colour: string;
  pronouns: string | null;
  takePart: string | null;
  showTakePart: boolean;
  /** Whether their name may appear in the co-production record of exports. */
  nameInRecord: boolean;
  isAdmin: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface DataCommunication {
  largerText: boolean;
  easyRead: boolean;
  readAloud: boolean;
  supporter: boolean;
  notes: string;
}

export interface DataWorkspace {
  workspaceId: string;
  workspaceName: string;
  /** Null once they have left. */
  role: string | null;
  joinedAt: string | null;
  leftAt: string | null;
  /** The invite link they joined with, if any. */
  joinedWith: { inviteId: string; role: string; madeAt: string } | null;
}

export interface DataInviteMade {
  inviteId: string;
  workspaceName: string;
  role: string;
  createdAt: string;
  expiresAt: string;
  withdrawnAt: string | null;
}

export interface DataSignIns {
  /** When they last signed in (kept after the session ends); null if never recorded. */
  lastSignedInAt: string | null;
  sessions: { createdAt: string; expiresAt: string; remember: boolean }[];
  links: {
    purpose: string;
    /** True for a link that signs you in; false for one you made for someone else. */
    forYou: boolean;
    createdAt: string;
    expiresAt: string;
    usedAt: string | null;
  }[];
  apiTokens: {
    name: string;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }[];
}

export interface DataMeeting {
  meetingId: string;
  workspaceName: string;
  title: string;
  startsAt: string;
  place: string;
  rsvp: { answer: string; needs: string[]; notes: string } | null;
  /** When they were first seen in the meeting while it was live. */
  attendedFrom: string | null;
  votes: {
    question: string;
    /** Null where the poll was anonymous and the download is not their own. */
    answer: string | null;
    reason: string | null;
    votedAt: string | null;
    anonymous: boolean;
  }[];
  decisionsRecorded: { text: string; recordedAt: string }[];
  actionsNamingYou: { what: string; who: string; due: string | null; status: string }[];
}

export interface DataComment {
  commentId: string;
  threadId: string;
  documentId: string;
  documentTitle: string;
  kind: 'comment' | 'reply';
  /** The words of the document the thread is about. */
  onWords: string;
  onSuggestion: boolean;
  /** Empty once deleted. */
  text: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface DataThreadResolved {
  threadId: string;
  documentTitle: string;
  onWords: string;
  resolvedAt: string;
}

export interface DataSuggestions {
  /** Their suggestions that someone (or a meeting poll) accepted or rejected. */
  decided: {
    suggestionId: string;
    documentTitle: string;
    summary: string;
    outcome: 'accepted' | 'rejected';
    suggestedAt: string | null;
    decidedAt: string;
    decidedBy: 'you' | 'someone else' | 'a meeting poll';
  }[];
  /** Other people's suggestions they accepted or rejected. */
  decidedByYou: {
    suggestionId: string;
    documentTitle: string;
    summary: string;
    outcome: string;
    decidedAt: string;
  }[];
  /** Their suggestions still waiting in a document. */
  pending: {
    suggestionId: string;
    documentId: string;
    documentTitle: string;
    summary: string;
    suggestedAt: string | null;
  }[];
}

export interface DataProposals {
  answers: {
    proposalId: string;
    documentTitle: string;
    answer: string;
    reason: string;
    respondedAt: string;
    /** How the proposal ended, or "open". */
    state: string;
  }[];
  made: {
    proposalId: string;
    documentTitle: string;
    createdAt: string;
    closesAt: string;
    state: string;
    withdrawnByYou: boolean;
  }[];
}

export interface DataVersion {
  versionId: string;
  documentTitle: string;
  name: string;
  kind: string;
  createdAt: string;
}

/** Checks of Easy Read versions: the ones they started, and their answers page by page. */
export interface DataEasyReadChecks {
  started: { documentTitle: string; startedAt: string; pages: number }[];
  answers: {
    documentTitle: string;
    page: number;
    pageTitle: string;
    answer: string;
    words: string;
    answeredAt: string;
  }[];
}

export interface DataWriting {
  documentId: string;
  documentTitle: string;
  workspaceName: string;
  charactersByYou: number;
  charactersInAll: number;
  /** From 0 to 1. */
  share: number;
}

export interface DataHardWord {
  word: string;
  explanation: string;
  workspaceName: string;
  addedAt: string;
}

/** A booking of a public event the person kept with their account (from its own link). */
export interface DataBooking {
  eventTitle: string;
  workspaceName: string;
  startsAt: string;
  bookedAt: string;
  places: number;
  status: 'confirmed' | 'waiting' | 'cancelled';
  name: string;
  email: string | null;
  phone: string | null;
  /** Null when removed after the event, or in a copy made by someone who may not see them. */
  accessNeeds: string | null;
  attended: boolean;
}

export interface DataAuditEntry {
  at: string;
  action: string;
  workspaceId: string | null;
  aboutYou: boolean;
  byYou: boolean;
  details: Record<string, unknown>;
}

/** A request to join a group, sent from its public page before they had an account. */
export interface DataJoinRequest {
  workspaceName: string;
  name: string;
  /** How they asked to be reached, in words. */
  contact: string;
  /** Null in a copy made by someone who may not see access needs in that workspace. */
  needs: string | null;
  reason: string;
  state: string;
  receivedAt: string;
  /** The last message the group sent them. */
  message: string | null;
}

export interface PersonalData {
  about: DataAbout;
  profile: DataProfile;
  communication: DataCommunication;
  workspaces: DataWorkspace[];
  invitesMade: DataInviteMade[];
  /** Only in a download of everything: sign-ins are not any one workspace's. */
  signIns: DataSignIns | null;
  meetings: DataMeeting[];
  comments: DataComment[];
  threadsResolved: DataThreadResolved[];
  suggestions: DataSuggestions;
  proposals: DataProposals;
  versions: DataVersion[];
  easyReadChecks: DataEasyReadChecks;
  writing: DataWriting[];
  hardWords: DataHardWord[];
  bookings: DataBooking[];
  joinRequests: DataJoinRequest[];
  audit: DataAuditEntry[];
}

/** One document as the export thread reads it for a person. */
export interface PersonDocumentTask {
  /** The stored updates (snapshot, then log), applied in order. */
  updates: Uint8Array[];
  personId: string;
  /** The Yjs client ids recorded as theirs in this document. */
  clientIds: number[];
}

export interface PersonDocumentReading {
  charactersByPerson: number;
  charactersInAll: number;
  /** Suggestion marks with the person as author, one per suggestion, in reading order. */
  pending: { suggestionId: string; summary: string; suggestedAt: string | null }[];
}
