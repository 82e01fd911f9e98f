// The web page in a copy of a person's data: one heading for each kind of thing Roundtable keeps,
// in plain words, readable offline in any browser. It has no scripts and loads nothing (its
// Content-Security-Policy says so), and every piece of text in it is escaped.
import {
  STYLESHEET,
  list,
  pairs,
  part,
  quoted,
  section,
  table,
  text,
  when,
  yesNo,
} from './html-parts.ts';
import { bookingsSection } from './html-bookings.ts';
import { easyReadChecksParts } from './html-easy-read.ts';
import { joinRequestsSection } from './html-join-requests.ts';
import { renderMeeting } from './html-meetings.ts';
import type { PersonalData } from './types.ts';
import { actionWords, madeByWords, takePartWords } from './words.ts';

/** Each kind, in the order of the page, with its heading: tests check every one is there. */
export const PAGE_SECTIONS = [
  ['profile', 'About you'],
  ['communication', 'How you like information'],
  ['workspaces', 'Workspaces and roles'],
  ['invites', 'Invite links you made'],
  ['sign-ins', 'Signing in'],
  ['meetings', 'Meetings and access needs'],
  ['comments', 'Comments and replies'],
  ['suggestions', 'Suggestions'],
  ['proposals', 'Answers to proposals'],
  ['versions', 'Versions you saved'],
  ['easy-read-checks', 'Checking Easy Read versions'],
  ['writing', 'Your writing'],
  ['hard-words', 'Hard words you added'],
  ['bookings', 'Bookings of public events'],
  ['join-requests', 'Asking to join'],
  ['audit', 'Records of what happened'],
] as const;

type SectionId = (typeof PAGE_SECTIONS)[number][0];

const titleOf = (id: SectionId): string => PAGE_SECTIONS.find(([key]) => key === id)?.[1] ?? id;

export function renderPersonalDataHtml(data: PersonalData): string {
  const { about, profile } = data;
  const scope =
    about.scope.kind === 'workspace'
      ? ` in the workspace ${quoted(about.scope.workspaceName)}`
      : '';
  const sections: Record<SectionId, string> = {
    profile: section('profile', titleOf('profile'), [
      pairs([
        ['Name', profile.name],
        ['Email address', profile.email],
        ['Pronouns', profile.pronouns],
        ['Colour of your cursor', profile.colour],
        ['How you take part', profile.takePart ? takePartWords(profile.takePart) : null],
        ['Shown next to your name', yesNo(profile.showTakePart)],
        ['Your name in the co-production record of exports', yesNo(profile.nameInRecord)],
        ['Administrator of this Roundtable', yesNo(profile.isAdmin)],
        ['Password set', yesNo(profile.hasPassword)],
        ['Joined Roundtable', when(profile.createdAt)],
      ]),
    ]),
    communication: section('communication', titleOf('communication'), [
      pairs([
        ['Larger text', yesNo(data.communication.largerText)],
        ['Easy Read', yesNo(data.communication.easyRead)],
        ['Read aloud', yesNo(data.communication.readAloud)],
        ['I have a supporter with me', yesNo(data.communication.supporter)],
        ['Anything else', data.communication.notes],
      ]),
    ]),
    workspaces: section('workspaces', titleOf('workspaces'), [
      list(
        data.workspaces.map(
          (w) =>
            `<strong>${text(w.workspaceName)}</strong>: ${w.role ? `${text(w.role)} since ${when(w.joinedAt)}` : 'you are no longer in it'}` +
            (w.leftAt ? `. Left or removed on ${when(w.leftAt)}` : '') +
            (w.joinedWith
              ? `. You joined with an invite link made on ${when(w.joinedWith.madeAt)}`
              : ''),
        ),
      ),
    ]),
    invites: section('invites', titleOf('invites'), [
      list(
        data.invitesMade.map(
          (i) =>
            `For ${text(i.workspaceName)}, as ${text(i.role)}: made on ${when(i.createdAt)}, ` +
            (i.withdrawnAt ? `withdrawn on ${when(i.withdrawnAt)}` : `until ${when(i.expiresAt)}`),
        ),
      ),
    ]),
    'sign-ins': section(
      'sign-ins',
      titleOf('sign-ins'),
      data.signIns
        ? [
            part('Where you are signed in', [
              list([
                `You last signed in on ${when(data.signIns.lastSignedInAt, 'a day not recorded')}`,
                ...data.signIns.sessions.map(
                  (s) =>
                    `Signed in on ${when(s.createdAt)}, until ${when(s.expiresAt)}${s.remember ? ' (remembered on that device)' : ''}`,
                ),
              ]),
            ]),
            part('Sign-in links', [
              list(
                data.signIns.links.map(
                  (l) =>
                    `${l.forYou ? 'A link to sign you in' : 'A link you made for someone else'}, made on ${when(l.createdAt)}: ${l.usedAt ? `used on ${when(l.usedAt)}` : 'not used'}`,
                ),
              ),
            ]),
            part('API tokens', [
              list(
                data.signIns.apiTokens.map(
                  (t) =>
                    `${quoted(t.name)}, made on ${when(t.createdAt)}, last used ${when(t.lastUsedAt)}${t.revokedAt ? `, stopped on ${when(t.revokedAt)}` : ''}`,
                ),
              ),
            ]),
          ]
        : [],
      data.signIns ? '' : 'Signing in is not part of one workspace, so it is not in this copy.',
    ),
    meetings: section('meetings', titleOf('meetings'), data.meetings.map(renderMeeting)),
    comments: section('comments', titleOf('comments'), [
      list(
        data.comments.map(
          (c) =>
            `${c.kind === 'reply' ? 'Reply' : 'Comment'} in ${quoted(c.documentTitle)} on ${quoted(c.onWords)}, ${when(c.createdAt)}: ` +
            (c.deletedAt ? `<em>deleted on ${when(c.deletedAt)}</em>` : quoted(c.text)) +
            (c.editedAt && !c.deletedAt ? ` (changed on ${when(c.editedAt)})` : ''),
        ),
      ),
      data.threadsResolved.length > 0
        ? part('Comments you marked as resolved', [
            list(
              data.threadsResolved.map(
                (t) =>
                  `In ${quoted(t.documentTitle)}, on ${quoted(t.onWords)}: ${when(t.resolvedAt)}`,
              ),
            ),
          ])
        : '',
    ]),
    suggestions: section('suggestions', titleOf('suggestions'), [
      part('Your suggestions still waiting', [
        list(
          data.suggestions.pending.map(
            (s) =>
              `In ${quoted(s.documentTitle)}: ${text(s.summary)}${s.suggestedAt ? `, suggested on ${when(s.suggestedAt)}` : ''}`,
          ),
        ),
      ]),
      part('Your suggestions that were decided', [
        list(
          data.suggestions.decided.map(
            (s) =>
              `In ${quoted(s.documentTitle)}: ${text(s.summary)}. ${s.outcome === 'accepted' ? 'Accepted' : 'Turned down'} by ${text(s.decidedBy)} on ${when(s.decidedAt)}`,
          ),
        ),
      ]),
      part('Suggestions you decided', [
        list(
          data.suggestions.decidedByYou.map(
            (s) =>
              `In ${quoted(s.documentTitle)}: ${text(s.summary)}. You ${s.outcome === 'accepted' ? 'accepted' : 'turned down'} it on ${when(s.decidedAt)}`,
          ),
        ),
      ]),
    ]),
    proposals: section('proposals', titleOf('proposals'), [
      list(
        data.proposals.answers.map(
          (a) =>
            `${quoted(a.documentTitle)}: you answered ${quoted(a.answer)} on ${when(a.respondedAt)}` +
            (a.reason ? `, because ${quoted(a.reason)}` : ''),
        ),
      ),
      data.proposals.made.length > 0
        ? part('Proposals you made', [
            list(
              data.proposals.made.map(
                (p) =>
                  `${quoted(p.documentTitle)}: asked on ${when(p.createdAt)}, closing ${when(p.closesAt)}; now ${text(p.state)}${p.withdrawnByYou ? ' (you withdrew it)' : ''}`,
              ),
            ),
          ])
        : '',
    ]),
    versions: section('versions', titleOf('versions'), [
      list(
        data.versions.map(
          (v) => `${quoted(v.name)} of ${quoted(v.documentTitle)}, saved on ${when(v.createdAt)}`,
        ),
      ),
    ]),
    'easy-read-checks': section(
      'easy-read-checks',
      titleOf('easy-read-checks'),
      easyReadChecksParts(data.easyReadChecks),
    ),
    writing: section(
      'writing',
      titleOf('writing'),
      [
        table(
          'How much of each document you wrote',
          ['Document', 'Workspace', 'Your share', 'Letters you wrote', 'Letters in all'],
          data.writing.map((w) => [
            w.documentTitle,
            w.workspaceName,
            `${Math.round(w.share * 100)}%`,
            String(w.charactersByYou),
            String(w.charactersInAll),
          ]),
        ),
      ],
      'The words you wrote belong to the group’s documents, so this copy says how much you wrote, not the words.',
    ),
    'hard-words': section('hard-words', titleOf('hard-words'), [
      list(
        data.hardWords.map(
          (h) =>
            `<strong>${text(h.word)}</strong> (${text(h.workspaceName)}): ${quoted(h.explanation)}, added on ${when(h.addedAt)}`,
        ),
      ),
    ]),
    bookings: bookingsSection('bookings', titleOf('bookings'), data.bookings),
    'join-requests': joinRequestsSection(data.joinRequests, titleOf('join-requests')),
    audit: section(
      'audit',
      titleOf('audit'),
      [
        table(
          'Records about you or of what you did',
          ['When', 'What happened', 'Who'],
          data.audit.map((e) => [
            when(e.at),
            actionWords(e.action),
            e.byYou ? (e.aboutYou ? 'You, about yourself' : 'You') : 'Someone else, about you',
          ]),
        ),
      ],
      'Roundtable keeps a record of important things people do, such as joining, changing roles and making files.',
    ),
  };
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Your data in Roundtable</title>
<style>${STYLESHEET}</style>
</head>
<body>
<main>
<h1>Your data in Roundtable</h1>
<p>This is a copy of everything Roundtable keeps about ${text(profile.name)}${scope}. It was made on ${when(about.madeAt)}, ${text(madeByWords(about.madeBy))}.</p>
<p>The same information is in the file your-data.json, for computer programs.</p>
<nav aria-label="Contents">
<h2 id="contents">Contents</h2>
${list(PAGE_SECTIONS.map(([id, title]) => `<a href="#${id}">${text(title)}</a>`))}
</nav>
${PAGE_SECTIONS.map(([id]) => sections[id]).join('\n')}
</main>
</body>
</html>
`;
}
