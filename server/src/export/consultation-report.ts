// The "You said, we did" report of a consultation as one standalone, accessible web page: what
// the group asked, then, paragraph by paragraph, what people said, what the group decided, and
// what the paragraph became in the next version of the draft. Every piece of text is escaped.
import type { CommentOutcome } from '@roundtable/shared/protocol/consultations';
import { escapeHtml } from './escape-html.ts';

export type NextText =
  | { kind: 'same' }
  | { kind: 'changed'; text: string }
  | { kind: 'removed' }
  /** No later version was saved yet. */
  | { kind: 'none' };

export interface ReportParagraph {
  number: number;
  text: string;
  next: NextText;
  comments: {
    body: string;
    name: string | null;
    outcome: CommentOutcome | null;
    outcomeReason: string | null;
  }[];
}

export interface ConsultationReport {
  title: string;
  workspaceName: string;
  introduction: string;
  /** "Closed on 4 January 2027", or "Open until …". */
  when: string;
  nextVersionName: string | null;
  paragraphs: ReportParagraph[];
  /** The questions on paragraphs, with how many chose each answer. */
  questions: ReportQuestion[];
}

export interface ReportQuestion {
  /** "Paragraph 2: How much would this help you?" */
  title: string;
  /** The question alone: "How much would this help you?" */
  prompt: string;
  counts: { label: string; count: number }[];
}

function questionHtml(question: ReportQuestion): string {
  const rows = question.counts
    .map((c) => `<tr><th scope="row">${escapeHtml(c.label)}</th><td>${c.count}</td></tr>`)
    .join('\n');
  return `<table>
<caption>${escapeHtml(question.title)}</caption>
<thead><tr><th scope="col">Answer</th><th scope="col">People</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

const outcomeWords: Record<CommentOutcome, string> = {
  changed: 'We changed the draft',
  covered: 'The draft already covered this',
  'not-taken': 'We did not take this forward',
};

/** What the group decided about a comment, as one sentence. */
export function outcomeSentence(outcome: CommentOutcome | null, reason: string | null): string {
  if (!outcome) return 'We have not decided about this yet.';
  return reason ? `${outcomeWords[outcome]}: ${reason}` : `${outcomeWords[outcome]}.`;
}

const STYLE = `body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.6;color:#1f2328;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:2rem}h2{margin-top:2rem;border-top:2px solid #cfc9bb;padding-top:1rem}
blockquote{margin:0.5rem 0;padding:0.25rem 1rem;border-left:0.25rem solid #767b84}
.said{border-left:0.25rem solid #1d4f91;padding-left:1rem;margin:1rem 0}
table{border-collapse:collapse}th,td{border:1px solid #767b84;padding:0.25rem 0.75rem;text-align:left}`;

function nextWords(next: NextText, versionName: string | null): string {
  const name = versionName ? `“${escapeHtml(versionName)}”` : 'the next version';
  switch (next.kind) {
    case 'same':
      return `<p>In ${name} this paragraph did not change.</p>`;
    case 'changed':
      return `<p>In ${name} this paragraph now says:</p>\n<blockquote><p>${escapeHtml(next.text)}</p></blockquote>`;
    case 'removed':
      return `<p>In ${name} this paragraph was taken out.</p>`;
    case 'none':
      return '';
  }
}

function paragraphHtml(paragraph: ReportParagraph, versionName: string | null): string {
  const said = paragraph.comments
    .map((comment) => {
      const who = comment.name ? escapeHtml(comment.name) : 'Someone who did not give their name';
      const did = comment.outcome
        ? `<p><strong>${outcomeWords[comment.outcome]}</strong>${
            comment.outcomeReason ? `: ${escapeHtml(comment.outcomeReason)}` : ''
          }</p>`
        : '<p>We have not decided about this yet.</p>';
      return `<div class="said"><p><strong>You said</strong> (${who}):</p>\n<p>${escapeHtml(comment.body)}</p>\n${did}</div>`;
    })
    .join('\n');
  return `<section aria-labelledby="p${paragraph.number}">
<h2 id="p${paragraph.number}">Paragraph ${paragraph.number}</h2>
<blockquote><p>${escapeHtml(paragraph.text)}</p></blockquote>
${said}
${nextWords(paragraph.next, versionName)}
</section>`;
}

export function consultationReportHtml(report: ConsultationReport): string {
  const commented = report.paragraphs.filter((p) => p.comments.length > 0);
  const total = commented.reduce((sum, p) => sum + p.comments.length, 0);
  const count = (outcome: CommentOutcome) =>
    commented.reduce((sum, p) => sum + p.comments.filter((c) => c.outcome === outcome).length, 0);
  const title = `You said, we did: ${report.title}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(report.workspaceName)} asked people what they thought of this draft. ${escapeHtml(report.when)}.</p>
<p>${escapeHtml(report.introduction)}</p>
<table>
<caption>What happened to the ${total} comments</caption>
<tbody>
<tr><th scope="row">${outcomeWords.changed}</th><td>${count('changed')}</td></tr>
<tr><th scope="row">${outcomeWords.covered}</th><td>${count('covered')}</td></tr>
<tr><th scope="row">${outcomeWords['not-taken']}</th><td>${count('not-taken')}</td></tr>
</tbody>
</table>
${commented.map((p) => paragraphHtml(p, report.nextVersionName)).join('\n')}
${
  report.questions.length > 0
    ? `<section aria-labelledby="questions">\n<h2 id="questions">Answers to our questions</h2>\n${report.questions.map(questionHtml).join('\n')}\n</section>`
    : ''
}
</main>
</body>
</html>
`;
}
