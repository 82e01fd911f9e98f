// The co-production record as export blocks: who took part, meetings, decisions, actions, poll
// results and authorship. Every format renders these blocks like the document body, so the
// appendix reads the same in DOCX, PDF, HTML and Markdown and its text is escaped the same way.
import { cleanText } from './clean-text.ts';
import type { Block, Inline } from './blocks.ts';
import type { CoProductionRecord } from './types.ts';

export const RECORD_HEADING = 'Co-production record';

export function recordBlocks(record: CoProductionRecord): Block[] {
  const { participants } = record;
  const ways = Object.entries(participants.countsByWay);
  return [
    heading(2, RECORD_HEADING),
    heading(3, 'Who took part'),
    ...(participants.named.length > 0
      ? [paragraph('People named with their permission:'), list(participants.named)]
      : []),
    ...(participants.notNamed
      ? [paragraph(`${peopleCount(participants.notNamed)} chose not to be named.`)]
      : []),
    ...(ways.length > 0
      ? [
          paragraph('People taking part in each way:'),
          list(ways.map(([way, count]) => `${way}: ${count}`)),
        ]
      : []),
    ...(participants.named.length === 0 && ways.length === 0 ? [paragraph(NONE)] : []),
    heading(3, 'Meetings'),
    listOrNone(
      record.meetings.map(
        (meeting) => `${meeting.title}, ${meeting.date}: ${peopleCount(meeting.attended)} attended`,
      ),
    ),
    heading(3, 'Decisions'),
    listOrNone(record.decisions.map((decision) => `${decision.date}: ${decision.text}`)),
    heading(3, 'Actions'),
    listOrNone(
      record.actions.map(
        (action) =>
          `${action.what}. Who: ${action.who}. Due: ${action.due ?? 'no date'}. Status: ${action.status}.`,
      ),
    ),
    heading(3, 'Poll results'),
    ...(record.polls.length > 0
      ? record.polls.flatMap((poll) => [
          paragraph(poll.question, true),
          listOrNone(poll.results.map((result) => `${result.label}: ${result.count}`)),
        ])
      : [paragraph(NONE)]),
    heading(3, 'Who wrote the text'),
    listOrNone(
      record.authorship.map((part) => `${part.way}: ${Math.round(part.share * 100)}% of the text`),
    ),
  ];
}

const NONE = 'None recorded.';

function peopleCount(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

function run(text: string, bold = false): Inline[] {
  return [{ kind: 'text', text: cleanText(text), bold, italic: false, href: null }];
}

function heading(level: number, text: string): Block {
  return { kind: 'heading', level, inlines: run(text) };
}

function paragraph(text: string, bold = false): Block {
  return { kind: 'paragraph', inlines: run(text, bold) };
}

function list(lines: string[]): Block {
  return { kind: 'list', ordered: false, start: 1, items: lines.map((line) => [paragraph(line)]) };
}

function listOrNone(lines: string[]): Block {
  return lines.length > 0 ? list(lines) : paragraph(NONE);
}
