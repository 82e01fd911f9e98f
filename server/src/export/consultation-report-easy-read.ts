// The "You said, we did" report in Easy Read, as a document (Yjs, the editor's schema) for the
// export pipeline's Easy Read layout: short sentences, one idea a line, and a picture beside the
// lines that say what people said and what the group did. The words are plain text; each
// renderer escapes them.
import * as Y from 'yjs';
import type { CommentOutcome } from '@roundtable/shared/protocol/consultations';
import { reportBlock } from './consultation-report-document.ts';
import type {
  ConsultationReport,
  NextText,
  ReportParagraph,
  ReportQuestion,
} from './consultation-report.ts';

interface Picture {
  ref: string;
  alt: string;
}

const PICTURES = {
  people: { ref: 'openmoji:1F465', alt: 'A group of people' },
  said: { ref: 'openmoji:1F5E3', alt: 'A person speaking' },
  changed: { ref: 'openmoji:1F4DD', alt: 'A pen writing on paper' },
  covered: { ref: 'openmoji:2705', alt: 'A tick' },
  'not-taken': { ref: 'openmoji:274C', alt: 'A cross' },
  open: { ref: 'openmoji:23F3', alt: 'An egg timer' },
  asked: { ref: 'openmoji:2753', alt: 'A question mark' },
} satisfies Record<string, Picture>;

type Line = { text: string; picture?: Picture };

/** What the group did about a comment, in Easy Read lines. */
export function easyReadOutcome(outcome: CommentOutcome | null, reason: string | null): Line[] {
  const more: Line[] = reason ? [{ text: `More about this: ${reason}` }] : [];
  switch (outcome) {
    case 'changed':
      return [{ text: 'We did: we changed the plan.', picture: PICTURES.changed }, ...more];
    case 'covered':
      return [
        {
          text: 'We did not need to change the plan. It already says this.',
          picture: PICTURES.covered,
        },
        ...more,
      ];
    case 'not-taken':
      return [
        {
          text: reason
            ? `We did not change the plan, because: ${reason}`
            : 'We did not change the plan.',
          picture: PICTURES['not-taken'],
        },
      ];
    case null:
      return [{ text: 'We have not decided yet.', picture: PICTURES.open }];
  }
}

function nextLine(next: NextText): Line[] {
  switch (next.kind) {
    case 'same':
      return [{ text: 'This part of the plan is the same now.' }];
    case 'changed':
      return [{ text: `Now this part says: “${next.text}”` }];
    case 'removed':
      return [{ text: 'We took this part out of the plan.' }];
    case 'none':
      return [];
  }
}

function paragraphLines(paragraph: ReportParagraph): Line[] {
  return [
    { text: `The plan said: “${paragraph.text}”` },
    ...paragraph.comments.flatMap((comment) => [
      { text: `You said: ${comment.body}`, picture: PICTURES.said },
      ...easyReadOutcome(comment.outcome, comment.outcomeReason),
    ]),
    ...nextLine(paragraph.next),
  ];
}

function questionLines(question: ReportQuestion): Line[] {
  return [
    { text: `We asked: ${question.prompt}`, picture: PICTURES.asked },
    ...question.counts.map((c) => ({
      text: `${c.count} ${c.count === 1 ? 'person' : 'people'} said: ${c.label}`,
    })),
  ];
}

function line({ text, picture }: Line): Y.XmlElement {
  const element = reportBlock('paragraph', text);
  if (picture) {
    element.setAttribute('picture', picture.ref);
    element.setAttribute('pictureAlt', picture.alt);
  }
  return element;
}

/** The Easy Read report as an encoded Yjs state of the editor's content. */
export function consultationReportEasyReadState(report: ConsultationReport): Uint8Array {
  const doc = new Y.Doc();
  try {
    const blocks: Y.XmlElement[] = [
      line({
        text: `${report.workspaceName} asked people what they think of this plan.`,
        picture: PICTURES.people,
      }),
      line({ text: `${report.when}.` }),
      line({ text: 'This is what people said, and what we did.' }),
    ];
    for (const paragraph of report.paragraphs.filter((p) => p.comments.length > 0)) {
      blocks.push(reportBlock('heading', `Part ${paragraph.number} of the plan`, 2));
      blocks.push(...paragraphLines(paragraph).map(line));
    }
    if (report.questions.length > 0) {
      blocks.push(reportBlock('heading', 'What people answered', 2));
      blocks.push(...report.questions.flatMap(questionLines).map(line));
    }
    doc.getXmlFragment('default').insert(0, blocks);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
