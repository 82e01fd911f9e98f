// The "You said, we did" report as a document (Yjs, the editor's schema), so the export pipeline
// makes it a PDF or a Word file like any draft: the title is the export's own heading; then
// what was asked, and each paragraph with what people said, what the group decided and what the
// paragraph became.
import * as Y from 'yjs';
import type { ConsultationReport, NextText } from './consultation-report.ts';
import { outcomeSentence } from './consultation-report.ts';

/** A paragraph or heading of the editor's schema holding plain text. */
export function reportBlock(
  name: 'paragraph' | 'heading',
  text: string,
  level?: number,
): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (level !== undefined) element.setAttribute('level', level as unknown as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function nextSentence(next: NextText, versionName: string | null): string | null {
  const name = versionName ? `“${versionName}”` : 'the next version';
  switch (next.kind) {
    case 'same':
      return `In ${name} this paragraph did not change.`;
    case 'changed':
      return `In ${name} this paragraph now says: “${next.text}”`;
    case 'removed':
      return `In ${name} this paragraph was taken out.`;
    case 'none':
      return null;
  }
}

/** The report as an encoded Yjs state of the editor's content. */
export function consultationReportState(report: ConsultationReport): Uint8Array {
  const doc = new Y.Doc();
  try {
    const blocks: Y.XmlElement[] = [
      reportBlock(
        'paragraph',
        `${report.workspaceName} asked people what they thought of this draft. ${report.when}.`,
      ),
      reportBlock('paragraph', report.introduction),
    ];
    for (const paragraph of report.paragraphs.filter((p) => p.comments.length > 0)) {
      blocks.push(reportBlock('heading', `Paragraph ${paragraph.number}`, 2));
      blocks.push(reportBlock('paragraph', `“${paragraph.text}”`));
      for (const comment of paragraph.comments) {
        const who = comment.name ?? 'someone who did not give their name';
        blocks.push(reportBlock('paragraph', `You said (${who}): ${comment.body}`));
        blocks.push(
          reportBlock('paragraph', outcomeSentence(comment.outcome, comment.outcomeReason)),
        );
      }
      const next = nextSentence(paragraph.next, report.nextVersionName);
      if (next) blocks.push(reportBlock('paragraph', next));
    }
    if (report.questions.length > 0)
      blocks.push(reportBlock('heading', 'Answers to our questions', 2));
    for (const question of report.questions) {
      const counts = question.counts.map((c) => `${c.label}: ${c.count}`).join('; ');
      blocks.push(reportBlock('paragraph', `${question.title} (${counts})`));
    }
    doc.getXmlFragment('default').insert(0, blocks);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
