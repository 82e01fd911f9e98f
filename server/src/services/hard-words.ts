// A workspace's hard words: everyone in the workspace reads them; whoever may write there adds,
// changes or removes one. A word named by its id must be one of the path's workspace, or it is
// answered like a word that does not exist. Every change goes to the audit log and is reported,
// so everyone with a document of the workspace open sees it at once.
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import {
  HARD_WORDS_PER_WORKSPACE,
  type AddHardWordBody,
  type ChangeHardWordBody,
  type HardWordView,
} from '@roundtable/shared/protocol/hard-words';
import type { HardWordRecord, HardWordStore } from '../storage/hard-word-ports.ts';
import type { AuditLog } from './audit.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface HardWordServiceOptions {
  store: HardWordStore;
  scope: Pick<WorkspaceScope, 'workspaceFor'>;
  audit: AuditLog;
  now: () => Date;
  /** The workspace's words changed: tell everyone who has one of its documents open. */
  onChanged?: (workspaceId: string, actorId: string | null) => void;
  /** How many words a workspace may keep (tests lower it). */
  limit?: number;
}

const noWord = () => new ServiceError('not_found', 'There is no such hard word in this workspace');

const duplicate = (word: string) =>
  new ServiceError(
    'conflict',
    `“${word}” is already a hard word here. Change its explanation in the list instead.`,
    'word',
  );

const toView = (record: HardWordRecord): HardWordView => ({ ...record });

export class HardWordService {
  private readonly limit: number;

  constructor(private readonly options: HardWordServiceOptions) {
    this.limit = options.limit ?? HARD_WORDS_PER_WORKSPACE;
  }

  async list(auth: AuthContext, workspaceId: string): Promise<HardWordView[]> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:read');
    return (await this.options.store.listHardWords(workspaceId)).map(toView);
  }

  /** The words with their explanations, for exports and the editor; asks no one's permission. */
  async wordsOf(workspaceId: string): Promise<HardWord[]> {
    return (await this.options.store.listHardWords(workspaceId)).map(({ word, explanation }) => ({
      word,
      explanation,
    }));
  }

  async add(auth: AuthContext, workspaceId: string, body: AddHardWordBody): Promise<HardWordView> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'hard-words:change');
    const userId = signedIn(auth);
    const at = this.options.now().toISOString();
    const record: HardWordRecord = {
      id: newId(),
      workspaceId,
      word: body.word,
      explanation: body.explanation,
      addedBy: userId,
      createdAt: at,
      updatedAt: at,
    };
    const result = await this.options.store.addHardWord(record, this.limit);
    if (result === 'duplicate') throw duplicate(body.word);
    if (result === 'full') {
      throw new ServiceError(
        'conflict',
        `This workspace has ${this.limit} hard words, which is the most it can have. ` +
          'Remove a word you no longer need, then add this one.',
      );
    }
    await this.changed(auth, 'hard-word.added', record);
    return toView(record);
  }

  async change(
    auth: AuthContext,
    workspaceId: string,
    wordId: string,
    body: ChangeHardWordBody,
  ): Promise<HardWordView> {
    await this.wordIn(auth, workspaceId, wordId);
    const result = await this.options.store.changeHardWord(wordId, {
      word: body.word,
      explanation: body.explanation,
      updatedAt: this.options.now().toISOString(),
    });
    if (result === undefined) throw noWord();
    if (result === 'duplicate') throw duplicate(body.word ?? '');
    await this.changed(auth, 'hard-word.changed', result);
    return toView(result);
  }

  async remove(auth: AuthContext, workspaceId: string, wordId: string): Promise<void> {
    const record = await this.wordIn(auth, workspaceId, wordId);
    if (!(await this.options.store.removeHardWord(wordId))) throw noWord();
    await this.changed(auth, 'hard-word.removed', record);
  }

  /** A word of this workspace, which this person may change. */
  private async wordIn(
    auth: AuthContext,
    workspaceId: string,
    wordId: string,
  ): Promise<HardWordRecord> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'hard-words:change');
    const record = await this.options.store.getHardWord(wordId);
    if (!record || record.workspaceId !== workspaceId) throw noWord();
    return record;
  }

  private async changed(auth: AuthContext, action: string, record: HardWordRecord) {
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: record.workspaceId,
      action,
      subject: record.id,
      details: { word: record.word },
    });
    this.options.onChanged?.(record.workspaceId, auth.userId);
  }
}
