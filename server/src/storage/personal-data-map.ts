// The data map: every table, what in it is about a person, and where that shows in a copy of
// their data (services/personal-data.ts) or why it does not. personal-data-map.test.ts checks it
// against the schema, so a new table, or a new column that names a person, must be thought
// about here (and in docs/operate/data-map.md) before the tests pass.

export interface TableInDataMap {
  /** Columns that name a person, or hold person ids inside (JSON, Yjs content): what they say. */
  person: Readonly<Record<string, string>>;
  /** Columns whose names look like a person's but are not about one. */
  notPerson?: Readonly<Record<string, string>>;
  /** Where it is in the download, or why it is left out. */
  download: string;
}

const YJS_CONTENT =
  'document content (Yjs): every character carries the client id that wrote it, and each suggestion mark the person id of its author';

export const personalDataMap: Readonly<Record<string, TableInDataMap>> = {
  users: {
    person: {
      id: 'the person',
      name: 'their name',
      email: 'their email address',
      pronouns: 'their pronouns',
      take_part: 'how they take part',
      name_in_record: 'whether their name may appear in the co-production record of exports',
      information: 'how they like information (their communication profile)',
      password_hash: 'their password, hashed',
      last_signed_in_at: 'when they last signed in',
    },
    download:
      'Profile (with whether they may be named in exports) and communication profile; of the password only whether one is set; the last sign-in under Signing in.',
  },
  memberships: {
    person: { user_id: 'a workspace they are in, their role, when they joined, which invite' },
    download: 'Workspaces and roles, with the invite link they joined with.',
  },
  membership_removals: {
    person: { user_id: 'when they were removed from (or left) a workspace' },
    download: 'Workspaces and roles: when they left.',
  },
  sessions: {
    person: { user_id: 'a sign-in on a device: when it started and until when it lasts' },
    download: 'Sign-in history (never the secret). Only in the whole download.',
  },
  one_time_links: {
    person: {
      user_id: 'a sign-in link for them: when made, when used',
      created_by: 'a sign-in link they made for someone else',
    },
    download: 'Sign-in history (never the secret). Only in the whole download.',
  },
  api_tokens: {
    person: { user_id: 'a personal API token of theirs' },
    notPerson: { name: 'the name they gave the token (in the download)' },
    download: 'Sign-in history: API tokens (never the secret). Only in the whole download.',
  },
  invites: {
    person: { created_by: 'an invite link they made' },
    download: 'Invite links they made; the one they joined with, under workspaces.',
  },
  audit_log: {
    person: {
      actor_id: 'something they did',
      subject: 'something done to them (or to a thing of theirs)',
      details: 'other ids, such as a new role',
    },
    download: 'Audit entries about them or done by them (one workspace’s, in its download).',
  },
  meetings: {
    person: {
      state:
        'JSON: RSVPs with access needs and notes (removed ACCESS_NEEDS_KEEP_DAYS after the meeting), attendance, poll votes with reasons, raised hands, cards, decisions recorded, who invited others to follow; actions name people in free text',
    },
    download:
      'Meetings: RSVP and access needs, attendance, votes (how they voted in an anonymous poll only in their own download), decisions they recorded, actions naming them.',
  },
  public_events: {
    person: {},
    notPerson: {
      title: 'the public event’s title (no person)',
      cancel_message: 'what facilitators told bookers when they took the event down (no person)',
    },
    download: 'Not about a person; shown with each booking.',
  },
  event_bookings: {
    person: {
      name: 'the name given when booking (removed BOOKING_KEEP_DAYS after the event)',
      email: 'the email address given when booking (removed BOOKING_KEEP_DAYS after the event)',
      phone: 'the phone number given when booking (removed BOOKING_KEEP_DAYS after the event)',
      access_needs: 'access needs (removed ACCESS_NEEDS_KEEP_DAYS after the event)',
      person_id: 'the member who kept the booking with their account, from its own link',
    },
    download:
      'Bookings of public events linked to them: event, places, status, access needs, attended.',
  },
  comment_threads: {
    person: { created_by: 'who started the thread', resolved_by: 'who resolved it' },
    download: 'Comments: the threads they started or resolved.',
  },
  comments: {
    person: { author_id: 'who wrote a comment or reply' },
    download: 'Comments and replies, with the words they commented on.',
  },
  suggestion_decisions: {
    person: {
      suggested_by: 'who made the suggestion',
      how: 'JSON: who accepted or rejected it, or the meeting poll that did',
    },
    download: 'Suggestions: their decided suggestions and the outcome; the ones they decided.',
  },
  version_proposals: {
    person: { proposed_by: 'who asked the group to agree', withdrawn_by: 'who withdrew it' },
    download: 'Proposals: the ones they made or withdrew.',
  },
  version_proposal_responses: {
    person: { user_id: 'an answer to a proposal, with its reason' },
    download: 'Proposals: their answers and reasons.',
  },
  document_versions: {
    person: { created_by: 'who saved the version', state: YJS_CONTENT },
    notPerson: { name: 'the version’s name' },
    download:
      'Versions they saved. Their words in older versions are the group’s history and are not copied out.',
  },
  document_client_authors: {
    person: { user_id: 'the person each Yjs client id in a document belongs to' },
    download: 'Writing: the share of each document they wrote.',
  },
  document_snapshots: {
    person: { state: YJS_CONTENT },
    download:
      'Writing (their share) and pending suggestions (marks with them as author). The text itself belongs to the group’s document.',
  },
  document_updates: {
    person: { data: YJS_CONTENT },
    download: 'As document_snapshots: read together as the document’s current state.',
  },
  document_quarantine: {
    person: { data: `stored updates that failed to apply: ${YJS_CONTENT}` },
    download:
      'Left out: broken content an administrator inspects; it cannot be read as a document.',
  },
  easy_read_rounds: {
    person: { started_by: 'who asked the group to check an Easy Read version' },
    notPerson: { pages: 'the pages as they read when the check started (the group’s text)' },
    download: 'Checking Easy Read versions: the checks they started.',
  },
  easy_read_answers: {
    person: { user_id: 'their answer to a page, and the words they said were hard' },
    download: 'Checking Easy Read versions: their answers, page by page.',
  },
  hard_words: {
    person: { added_by: 'who added a hard word and its explanation' },
    download: 'Hard words you added, with what you said they mean.',
  },
  workspace_pictures: {
    person: { uploaded_by: 'who uploaded a picture (forgotten when their account is erased)' },
    notPerson: {
      data: 'the picture, with its hidden details removed when it was uploaded',
      name: 'the file name the picture had, shown to the group',
    },
    download:
      'Left out: the pictures belong to the group’s documents; who uploaded each is not yet copied.',
  },
  consultations: {
    person: { created_by: 'the facilitator who published a draft for public comment' },
    notPerson: {
      title: 'the draft’s title when it was published',
      blocks: 'the words of the published version',
    },
    download:
      'Left out: publishing is the group’s act, kept in the audit log; forgotten when the account is erased.',
  },
  consultation_comments: {
    person: {
      name: 'the name a member of the public chose to give with their comment (optional)',
      contact: 'how to reach them, if they gave it (removed after CONSULTATION_CONTACT_KEEP_DAYS)',
      body: 'their words, which may say something about them',
      moderated_by: 'the facilitator who approved or rejected it',
      outcome_by: 'the facilitator who marked what it led to',
    },
    download:
      'Left out: commenters have no account; a facilitator erases one comment’s name and contact (and words, if asked) on request. What facilitators did is in the audit log.',
  },
  consultation_questions: {
    person: {},
    download: 'Nothing about a person: a question the group asks about a paragraph.',
  },
  consultation_answers: {
    person: { reason: 'the words someone gave with their answer (no name is asked)' },
    download: 'Left out: answers are anonymous and belong to no account.',
  },
  erasures: {
    person: {},
    notPerson: {
      reference: 'a one-way hash of an erased person’s id: never their name, email or id',
      pseudonym_id: 'the pseudonym that took their place ("Former member 3")',
    },
    download: 'Nothing about a living account: the erasure log, for replaying after a restore.',
  },
  workspaces: {
    person: {},
    notPerson: { name: 'the workspace’s name' },
    download: 'Nothing about a person; names the workspaces in the download.',
  },
  documents: {
    person: {},
    download: 'Nothing about a person; titles name the documents in the download.',
  },
  notices: {
    person: {
      updated_by: 'the administrator who last changed a public page (privacy, accessibility)',
    },
    notPerson: { body: 'the page’s words, public to everyone' },
    download:
      'Left out: the public pages belong to the organisation. Who last changed one is forgotten when their account is erased.',
  },
  public_pages: {
    person: {},
    notPerson: { content: 'what the group wrote about itself, public to everyone' },
    download: 'Nothing about a person: the page belongs to the group.',
  },
  join_requests: {
    person: {
      name: 'the name of someone who asked to join',
      contact:
        'how to reach them (email, phone, postal address, or a supporter’s name and contact)',
      needs: 'their communication and access needs',
      reason: 'why they want to join, in their own words',
      message: 'the last message the group sent them (an invite link, a question, a kind no)',
      person_id: 'the person they became once they joined',
    },
    download:
      'Join requests, once linked to the person who joined; before that, a facilitator downloads one request as a file. Erased by a facilitator; declined or unanswered ones removed after JOIN_REQUEST_KEEP_DAYS.',
  },
  outbox_mails: {
    person: {
      recipient: 'the email address a mail goes to',
      body: 'the words of a mail to someone who asked to join (or booked)',
    },
    notPerson: { subject: 'the mail’s subject line, e.g. "You are invited to join …"' },
    download:
      'Left out: copies of what was sent are in the join request’s message; erased with the request it is about.',
  },
  workspace_settings: { person: {}, download: 'Nothing about a person.' },
  document_reviews: { person: {}, download: 'Nothing about a person.' },
};

/** Column names that usually name a person: each one must be in the map, one way or the other. */
export const looksLikeAPerson =
  /(^|_)(users?|author|actor|person|people|member|email|name|by|who|subject|voter)(_|$)/;
