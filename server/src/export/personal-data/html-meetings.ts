// One meeting in a copy of a person's data: their reply, access needs, votes, and what names them.
import { list, pairs, part, quoted, text, when } from './html-parts.ts';
import type { PersonalData } from './types.ts';
import { rsvpWords } from './words.ts';

export function renderMeeting(meeting: PersonalData['meetings'][number]): string {
  const votes = meeting.votes.map(
    (v) =>
      `${quoted(v.question)}: ${v.answer === null ? 'you voted (this poll was anonymous, so your answer is only in your own copy)' : `you answered ${quoted(v.answer)}`}` +
      (v.reason ? `, because ${quoted(v.reason)}` : '') +
      ` on ${when(v.votedAt)}`,
  );
  return `${part(`${meeting.title} (${meeting.workspaceName})`, [
    pairs([
      ['When', when(meeting.startsAt)],
      ['Where', meeting.place],
      ['Are you coming', meeting.rsvp ? rsvpWords(meeting.rsvp.answer) : null],
      ['What you need to take part', meeting.rsvp ? meeting.rsvp.needs.join(', ') : null],
      ['Your notes', meeting.rsvp ? meeting.rsvp.notes : null],
      ['You were there', meeting.attendedFrom ? `Yes, from ${when(meeting.attendedFrom)}` : 'No'],
    ]),
    votes.length > 0 ? `<p><strong>Your votes</strong></p>\n${list(votes)}` : '',
    meeting.decisionsRecorded.length > 0
      ? `<p><strong>Decisions you wrote down</strong></p>\n${list(meeting.decisionsRecorded.map((d) => `${quoted(d.text)}, ${when(d.recordedAt)}`))}`
      : '',
    meeting.actionsNamingYou.length > 0
      ? `<p><strong>Actions with your name</strong></p>\n${list(meeting.actionsNamingYou.map((a) => `${quoted(a.what)} (${text(a.status)})${a.due ? `, by ${text(a.due)}` : ''}`))}`
      : '',
  ])}`;
}
