// The worker's loop, apart from the Worker itself so it can be tested: it analyses paragraphs in
// slices of a few milliseconds, sending each slice's results as it goes, and between slices it
// lets newer requests in. A newer "analyse" request ends an older one (its results would be
// stale); a newer "summarise" request ends an older summary.
import { ParagraphAnalyser, combineParagraphs } from '../analysis/index.ts';
import type { AnalysedBlock, ParagraphAnalysis } from '../analysis/index.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const SLICE_MS = 25;

export interface RunnerOptions {
  post: (reply: WorkerReply) => void;
  /** Waits until other messages have had their turn (a macrotask in the worker). */
  yieldToOthers: () => Promise<void>;
  now?: () => number;
}

export class AnalysisRunner {
  private readonly analyser = new ParagraphAnalyser();
  private latestGeneration = -1;
  private latestSummary = -1;
  private readonly now: () => number;

  constructor(private readonly options: RunnerOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  handle(request: WorkerRequest): Promise<void> {
    if (request.type === 'analyse') {
      this.latestGeneration = request.generation;
      return this.analyse(request);
    }
    this.latestSummary = request.id;
    return this.summarise(request);
  }

  private async analyse(request: Extract<WorkerRequest, { type: 'analyse' }>): Promise<void> {
    const stale = () => request.generation !== this.latestGeneration;
    let results: Array<[string, ParagraphAnalysis]> = [];
    let sliceStart = this.now();
    for (const text of request.texts) {
      if (stale()) return;
      results.push([text, this.analyser.analyse(text, request.options)]);
      if (this.now() - sliceStart >= SLICE_MS) {
        this.options.post({
          type: 'analysed',
          generation: request.generation,
          results,
          done: false,
        });
        results = [];
        await this.options.yieldToOthers();
        sliceStart = this.now();
      }
    }
    if (stale()) return;
    this.options.post({ type: 'analysed', generation: request.generation, results, done: true });
  }

  private async summarise(request: Extract<WorkerRequest, { type: 'summarise' }>): Promise<void> {
    const analysed: AnalysedBlock[] = [];
    let sliceStart = this.now();
    for (const { text, heading } of request.blocks) {
      if (request.id !== this.latestSummary) return;
      analysed.push({ analysis: this.analyser.analyse(text, request.options), heading });
      if (this.now() - sliceStart >= SLICE_MS) {
        await this.options.yieldToOthers();
        sliceStart = this.now();
      }
    }
    const { summary } = combineParagraphs(analysed, request.options.easyRead);
    this.options.post({ type: 'summary', id: request.id, summary });
  }
}
