// Plain English: the helper on a generated 200-page strategy, in this process. The browser runs
// the analysis in a Web Worker; here the same worker loop runs in process (so the postMessage hop
// is left out), and the page's part runs on an EditorState with the helper's marks plugin, as
// in the editor but without drawing. Measured: the first check of the whole document, and then,
// after a word is typed into one paragraph, the whole recheck: reading the changed blocks,
// analysing the changed paragraph, putting the document's findings together and updating the
// marks. Roundtable only; no server is started.
import { EditorState } from '@tiptap/pm/state';
import { createDocumentSchema } from '../../server/src/export/document-model.ts';
import { BlockReader } from '../../client/src/features/plain-english/editor/blocks.ts';
import { documentView } from '../../client/src/features/plain-english/editor/document-view.ts';
import {
  createPlainEnglishMarks,
  plainEnglishMarksKey,
  updateMarks,
} from '../../client/src/features/plain-english/editor/marks.ts';
import { PlainEnglishChecker } from '../../client/src/features/plain-english/worker/checker.ts';
import { inProcessWorker } from '../../client/src/features/plain-english/worker/in-process-worker.ts';
import { percentile } from '../stats.ts';
import { generateStrategy } from './strategy-text.ts';
import { ScenarioSkipped, metric, type Scenario } from './types.ts';

const EDITS = 40;
const options = { easyRead: false, workspaceWords: [] };

export const plainEnglishScenario: Scenario = {
  name: 'plain-english',
  describe: (config) =>
    `plain English: the helper on a generated ${config.quick ? '20' : '200'}-page strategy (Roundtable only, in process)`,
  async run(context) {
    if (context.kind === 'reference')
      throw new ScenarioSkipped('the reference server has no plain-English helper');
    const sections = context.config.quick ? 6 : 60;
    const schema = createDocumentSchema();
    const generated = generateStrategy({ sections });
    let state = EditorState.create({
      doc: schema.nodeFromJSON({
        type: 'doc',
        content: generated.map((block) =>
          block.kind === 'heading'
            ? {
                type: 'heading',
                attrs: { level: 2 },
                content: [{ type: 'text', text: block.text }],
              }
            : { type: 'paragraph', content: [{ type: 'text', text: block.text }] },
        ),
      }),
      plugins: [createPlainEnglishMarks()],
    });
    const worker = inProcessWorker({
      yieldToOthers: () => new Promise((resolve) => setImmediate(resolve)),
    });
    const checker = new PlainEnglishChecker(worker.port);
    checker.setOptions(options);
    const reader = new BlockReader();
    /** One recheck as the page does it: read, analyse what changed, rebuild the view and marks. */
    const recheck = async () => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const blocks = reader.read(state.doc);
      checker.check(blocks.map((block) => block.text));
      await worker.idle();
      const analysed = performance.now();
      const view = documentView(blocks, (text) => checker.analysisOf(text), options);
      const current = plainEnglishMarksKey.getState(state);
      if (current) {
        const marks = updateMarks(current, state.doc, view.blocks);
        state = state.apply(state.tr.setMeta(plainEnglishMarksKey, marks));
      }
      const cpu = process.cpuUsage(cpuBefore);
      return {
        total: performance.now() - started,
        cpu: (cpu.user + cpu.system) / 1000,
        analyse: analysed - started,
        view,
      };
    };

    context.progress(`checking ${generated.length} blocks for the first time`);
    const first = await recheck();
    const words = generated.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0);

    context.progress(`${EDITS} edits, each followed by a recheck`);
    const totals: number[] = [];
    const cpus: number[] = [];
    const analyses: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const block = first.view.blocks[(edit * 37) % first.view.blocks.length];
      if (!block) continue;
      // A person types a word into the middle of a paragraph; the marks move with the text.
      const space = block.text.indexOf(' ', Math.floor(block.text.length / 2));
      const at = block.start + (space < 0 ? block.text.length : space);
      state = state.apply(state.tr.insertText(' also', at));
      const timing = await recheck();
      totals.push(timing.total);
      cpus.push(timing.cpu);
      analyses.push(timing.analyse);
    }
    return {
      metrics: [
        metric('first check of the whole document', 'ms', first.total, false),
        metric('recheck after an edit: p50', 'ms', percentile(totals, 50), false),
        metric('recheck after an edit: p95', 'ms', percentile(totals, 95), false),
        metric('recheck after an edit: max', 'ms', Math.max(...totals), false),
        // CPU time, which a busy machine inflates less than the time on the clock.
        metric('recheck after an edit: CPU p50', 'ms', percentile(cpus, 50), false),
      ],
      problems: [],
      details: {
        blocks: generated.length,
        words,
        findings: first.view.total,
        summary: first.view.summary,
        recheckMs: totals,
        recheckCpuMs: cpus,
        readAndAnalyseMs: analyses,
      },
    };
  },
};
