// The page's side of the plain-English worker: it keeps each paragraph's analysis by its text,
// sends only the texts it has not analysed yet, and drops answers made with options (Easy Read,
// the workspace's words) that have changed since. One per open document or version.
import type { AnalysisOptions, DocumentSummary, ParagraphAnalysis } from '../analysis/index.ts';
import type { SummaryBlock, WorkerReply, WorkerRequest } from './protocol.ts';

/** The little of a Worker used here, so tests can give a stand-in. */
export interface WorkerPort {
  postMessage(request: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  /** The worker's script could not be loaded or run (offline before it was ever fetched). */
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

export function startPlainEnglishWorker(): WorkerPort {
  return new Worker(new URL('./plain-english.worker.ts', import.meta.url), {
    type: 'module',
    name: 'plain-english',
  }) as WorkerPort;
}

const optionsKey = (options: AnalysisOptions): string =>
  JSON.stringify([options.easyRead, options.workspaceWords.map((w) => [w.word, w.explanation])]);

type Listener = () => void;

export class PlainEnglishChecker {
  private readonly cache = new Map<string, ParagraphAnalysis>();
  private options: AnalysisOptions = { easyRead: false, workspaceWords: [] };
  private key = optionsKey(this.options);
  private generation = 0;
  /** Answers to generations before this one were made with other options. */
  private firstGenerationOfOptions = 0;
  private waiting = false;
  private broken = false;
  private summaryId = 0;
  private readonly summaries = new Map<number, (summary: DocumentSummary | null) => void>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly worker: WorkerPort) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', () => {
      this.broken = true;
      this.waiting = false;
      for (const answer of this.summaries.values()) answer(null);
      this.summaries.clear();
      this.emit();
    });
  }

  /** True once the worker has failed: nothing more will come back. */
  get failed(): boolean {
    return this.broken;
  }

  /** True while texts sent to the worker have not all come back. */
  get checking(): boolean {
    return this.waiting;
  }

  setOptions(options: AnalysisOptions): void {
    const key = optionsKey(options);
    if (key === this.key) return;
    this.options = options;
    this.key = key;
    this.cache.clear();
    this.generation += 1;
    this.firstGenerationOfOptions = this.generation;
  }

  /** Asks for every text not analysed yet, and forgets texts no longer in the document. */
  check(texts: readonly string[]): void {
    const wanted = new Set(texts);
    for (const text of this.cache.keys()) if (!wanted.has(text)) this.cache.delete(text);
    const missing = [...wanted].filter((text) => !this.cache.has(text));
    this.generation += 1;
    if (missing.length === 0) {
      this.waiting = false;
      this.emit();
      return;
    }
    this.waiting = true;
    this.worker.postMessage({
      type: 'analyse',
      generation: this.generation,
      options: this.options,
      texts: missing,
    });
  }

  analysisOf(text: string): ParagraphAnalysis | undefined {
    return this.cache.get(text);
  }

  /** The summary of a whole document (a version), worked out in the worker; null if it failed. */
  summarise(
    blocks: readonly SummaryBlock[],
    options: AnalysisOptions,
  ): Promise<DocumentSummary | null> {
    this.summaryId += 1;
    const id = this.summaryId;
    const answer = new Promise<DocumentSummary | null>((resolve) =>
      this.summaries.set(id, resolve),
    );
    this.worker.postMessage({ type: 'summarise', id, options, blocks: [...blocks] });
    return answer;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.summaries.clear();
    this.worker.terminate();
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'summary') {
      this.summaries.get(reply.id)?.(reply.summary);
      this.summaries.delete(reply.id);
      return;
    }
    if (reply.generation < this.firstGenerationOfOptions) return;
    // An older generation's results are still right for their texts: keep them.
    for (const [text, analysis] of reply.results) this.cache.set(text, analysis);
    if (reply.done && reply.generation === this.generation) this.waiting = false;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
