// Checking an Easy Read version with the group (issue 12). A facilitator starts a check: the
// pages are kept as they read at that moment, so every answer refers to a known text. Everyone
// in the workspace who may read answers, page by page: "I understand this", "I am not sure" or
// "I don't understand", and which words were hard. A new check replaces the last one. The
// facilitator sees the answers per page; an export carries the "Checked by" line made from the
// latest check. The bin rule is per document: a check of an Easy Read version in the bin waits
// for it to be restored, while one whose draft is in the bin goes ahead (the version stands on
// its own, and the draft may be restored or erased without touching it).
import { checkedStamp, completeCheckers } from '@roundtable/shared/domain/easy-read/stamp';
import { can } from '@roundtable/shared/domain/policy';
import {
  MAX_CHECK_PAGES,
  type CheckAnswerKind,
  type CheckResults,
  type CheckRound,
  type PageResult,
} from '@roundtable/shared/protocol/easy-read';
import type {
  CheckAnswerRecord,
  CheckRoundRecord,
  EasyReadCheckStore,
} from '../storage/easy-read-ports.ts';
import type { MembershipStore } from '../storage/identity-ports.ts';
import type { DocumentRecord, DocumentStore, WorkspaceStore } from '../storage/ports.ts';
import type { DocumentWork } from '../export/document-work.ts';
import type { AuditLog } from './audit.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface EasyReadCheckServiceOptions {
  checks: EasyReadCheckStore;
  documents: Pick<DocumentStore, 'getDocument'>;
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  /** Who belongs to the workspace now: only they count in the "Checked by" line. */
  members: Pick<MembershipStore, 'listMembers'>;
  scope: WorkspaceScope;
  currentState: (auth: AuthContext, documentId: string) => Promise<Uint8Array>;
  audit: AuditLog;
  now: () => Date;
  /** Where the pages are read: in a worker thread when the version is large. */
  work: DocumentWork;
}

const noCheck = () => new ServiceError('not_found', 'There is no such check');

export class EasyReadCheckService {
  constructor(private readonly options: EasyReadCheckServiceOptions) {}

  async start(auth: AuthContext, documentId: string): Promise<CheckRound> {
    const userId = signedIn(auth);
    const document = await this.options.scope.documentFor(auth, documentId, 'easy-read:run-check');
    if (document.deletedAt !== null) {
      throw new ServiceError('conflict', 'This document is in the bin. Restore it first.');
    }
    if (document.easyReadOf === null) {
      throw new ServiceError(
        'conflict',
        'Only an Easy Read version is checked page by page. Make one from the full draft first.',
      );
    }
    const state = await this.options.currentState(auth, documentId);
    const pages = await this.options.work.pagesOf({ state, title: document.title });
    if (pages.length === 0) {
      throw new ServiceError('conflict', 'This Easy Read version has no pages yet.');
    }
    if (pages.length > MAX_CHECK_PAGES) {
      throw new ServiceError(
        'conflict',
        `This Easy Read version has ${pages.length} pages. A check can have at most ${MAX_CHECK_PAGES}: make it shorter first.`,
      );
    }
    const round: CheckRoundRecord = {
      id: newId(),
      documentId,
      startedBy: userId,
      startedAt: this.options.now().toISOString(),
      pages,
    };
    await this.options.checks.createCheckRound(round);
    await this.options.audit.record({
      actorId: userId,
      workspaceId: document.workspaceId,
      action: 'easy-read.check-started',
      subject: round.id,
      details: { documentId, pages: pages.length },
    });
    return present(round, []);
  }

  /** The latest check of a document, with this person's answers; null when there is none. */
  async current(auth: AuthContext, documentId: string): Promise<CheckRound | null> {
    const userId = signedIn(auth);
    await this.options.scope.documentFor(auth, documentId, 'easy-read:check');
    const round = await this.options.checks.latestCheckRound(documentId);
    if (!round) return null;
    return present(round, await this.answersOf(round.id, userId));
  }

  async answer(
    auth: AuthContext,
    roundId: string,
    input: { page: number; answer: CheckAnswerKind; words: string },
  ): Promise<CheckRound> {
    const userId = signedIn(auth);
    const { round, document } = await this.find(auth, roundId, 'easy-read:check');
    const latest = await this.options.checks.latestCheckRound(document.id);
    if (latest?.id !== round.id) {
      throw new ServiceError(
        'conflict',
        'A newer check of this Easy Read version has started. Please open the page again.',
      );
    }
    if (input.page > round.pages.length) {
      throw new ServiceError('bad_request', `This check has no page ${input.page}.`, 'page');
    }
    await this.options.checks.putCheckAnswer({
      roundId,
      page: input.page,
      userId,
      answer: input.answer,
      words: input.words,
      answeredAt: this.options.now().toISOString(),
    });
    return present(round, await this.answersOf(roundId, userId));
  }

  async results(auth: AuthContext, roundId: string): Promise<CheckResults> {
    const { round, document } = await this.find(auth, roundId, 'easy-read:run-check');
    const answers = await this.options.checks.listCheckAnswers(roundId);
    return {
      roundId,
      startedAt: round.startedAt,
      answered: new Set(answers.map((a) => a.userId)).size,
      completed: completeCheckers(round.pages.length, answers).size,
      pages: round.pages.map((page, index) => pageResult(index + 1, page.title, answers)),
      stamp: await this.stampOf(round, document, answers),
    };
  }

  /**
   * The "Checked by" line for an export of this document, from its latest check, or null. The
   * export has already checked that the person may read the document.
   */
  async stampFor(documentId: string): Promise<string | null> {
    const round = await this.options.checks.latestCheckRound(documentId);
    const document = await this.options.documents.getDocument(documentId);
    if (!round || !document) return null;
    return this.stampOf(round, document, await this.options.checks.listCheckAnswers(round.id));
  }

  private async stampOf(
    round: CheckRoundRecord,
    document: Pick<DocumentRecord, 'workspaceId'>,
    answers: readonly CheckAnswerRecord[],
  ): Promise<string | null> {
    const workspace = await this.options.workspaces.getWorkspace(document.workspaceId);
    return checkedStamp({
      pageCount: round.pages.length,
      answers,
      workspaceName: workspace?.name ?? '',
      checkers: await this.checkersOf(document.workspaceId),
    });
  }

  /**
   * The people who may answer a check in the workspace now: its members in a role that may take
   * part. Someone removed after answering, or an administrator who is not a member, is not "a
   * member of" the group the stamp names.
   */
  private async checkersOf(workspaceId: string): Promise<Set<string>> {
    const members = await this.options.members.listMembers(workspaceId);
    return new Set(
      members
        .filter(({ userId, role }) =>
          can(
            { kind: 'user', userId, isAdmin: false, roles: new Map([[workspaceId, role]]) },
            'easy-read:check',
            {
              workspaceId,
            },
          ),
        )
        .map((member) => member.userId),
    );
  }

  private async find(
    auth: AuthContext,
    roundId: string,
    action: 'easy-read:check' | 'easy-read:run-check',
  ): Promise<{ round: CheckRoundRecord; document: DocumentRecord }> {
    const round = await this.options.checks.getCheckRound(roundId);
    if (!round) throw noCheck();
    const document = await this.options.scope.documentFor(auth, round.documentId, action);
    return { round, document };
  }

  private async answersOf(roundId: string, userId: string): Promise<CheckRound['myAnswers']> {
    const answers = await this.options.checks.listCheckAnswers(roundId);
    return answers
      .filter((a) => a.userId === userId)
      .map(({ page, answer, words }) => ({ page, answer, words }));
  }
}

function present(round: CheckRoundRecord, myAnswers: CheckRound['myAnswers']): CheckRound {
  return {
    id: round.id,
    documentId: round.documentId,
    startedAt: round.startedAt,
    pages: round.pages.map((page, index) => ({ number: index + 1, ...page })),
    myAnswers,
  };
}

function pageResult(
  number: number,
  title: string,
  answers: readonly CheckAnswerRecord[],
): PageResult {
  const onPage = answers.filter((a) => a.page === number);
  const count = (kind: CheckAnswerKind) => onPage.filter((a) => a.answer === kind).length;
  const words = new Map<string, { text: string; count: number }>();
  for (const { words: text } of onPage) {
    const key = text.trim().toLowerCase();
    if (key === '') continue;
    const seen = words.get(key);
    if (seen) seen.count += 1;
    else words.set(key, { text: text.trim(), count: 1 });
  }
  return {
    number,
    title,
    understand: count('understand'),
    notSure: count('not-sure'),
    doNotUnderstand: count('do-not-understand'),
    words: [...words.values()],
  };
}
