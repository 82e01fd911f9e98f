// Export: the time to turn a generated 200-page strategy (60 sections of headings, paragraphs
// and lists) into each format, from its stored Yjs state, as the server does for
// GET /api/documents/:id/export. Roundtable only: the reference server has no export.
import {
  renderExport,
  yjsStateToProseMirrorJSON,
  EXPORT_FORMATS,
} from '../../server/src/export/index.ts';
import { createSampleDocumentState } from '../../server/src/export/sample-document.ts';
import { ScenarioSkipped, metric, type Scenario } from './types.ts';

export const exportScenario: Scenario = {
  name: 'export',
  describe: (config) =>
    `export: a generated ${config.quick ? '20' : '200'}-page document to DOCX, PDF, HTML and Markdown (Roundtable only)`,
  async run(context) {
    if (context.kind === 'reference')
      throw new ScenarioSkipped('the reference server has no export');
    const sections = context.config.quick ? 6 : 60;
    const state = createSampleDocumentState({ sections });
    const metrics = [];
    const details: Record<string, unknown> = { sections, stateBytes: state.byteLength };
    let started = performance.now();
    const doc = yjsStateToProseMirrorJSON(state);
    const readMs = performance.now() - started;
    metrics.push(metric('read the Yjs state', 'ms', readMs, false));
    for (const format of EXPORT_FORMATS) {
      for (const easyRead of [false, true]) {
        context.progress(`rendering ${format}${easyRead ? ' (Easy Read)' : ''}`);
        started = performance.now();
        const body = await renderExport(format, doc, {
          title: 'Learning Disability Strategy',
          easyRead,
        });
        const ms = performance.now() - started;
        const name = `${format}${easyRead ? ', Easy Read' : ''}`;
        metrics.push(metric(`${name}: state to file`, 'ms', readMs + ms, false));
        details[name] = {
          ms,
          bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
        };
      }
    }
    // A word with no spaces, as a pasted link or a held-down key makes: pdfkit's own wrapping
    // took quadratic time on it (22 s for 100,000 characters), see export/long-words.ts.
    const wordLength = context.config.quick ? 20_000 : 100_000;
    context.progress(`rendering pdf with a ${wordLength}-character word`);
    started = performance.now();
    await renderExport(
      'pdf',
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(wordLength) }] }],
      },
      { title: 'One long word', easyRead: false },
    );
    metrics.push(
      metric(`pdf: one ${wordLength}-character word`, 'ms', performance.now() - started, false),
    );
    return { metrics, problems: [], details };
  },
};
