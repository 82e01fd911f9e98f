// Agreeing a version between meetings. A facilitator proposes a version with a closing date;
// everyone who may take part responds, and may change their response until the close; at the
// close the workspace's agreement rule decides, and an agreed version is marked agreed (and so
// frozen) with a record of the proposal. A proposal is decided when it is next read after its
// closing time, and by a periodic sweep, whichever comes first; the store makes sure it is
// decided once.
import type { AgreementResponseKind, AgreementRule } from '@roundtable/shared/domain/agreement';
import {
  ProposalRuleBroken,
  checkClosingDate,
  decide,
  isAcceptingResponses,
  isDue,
  makeResponse,
  withdraw,
  type Proposal,
} from '@roundtable/shared/domain/proposals';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import type { DocumentUse } from '@roundtable/shared/domain/policy';
import type { DocumentRecord, DocumentStore } from '../storage/ports.ts';
import type { ProposalStore } from '../storage/proposal-ports.ts';
import type { VersionStore } from '../storage/version-ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface ProposalServiceOptions {
  proposals: ProposalStore;
  versions: VersionStore;
  documents: DocumentStore;
  /** Resolves versions and documents named by their ids, and authorizes in their workspace. */
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  /** The workspace's rule for agreeing a version, as it is at the close. */
  agreementRule: (workspaceId: string) => Promise<AgreementRule>;
  /** Marks the version agreed in this workspace (VersionService.markAgreed), recording how. */
  markAgreed: (
    workspaceId: string,
    versionId: string,
    how: Record<string, unknown>,
  ) => Promise<boolean>;
}

export class ProposalService {
  constructor(private readonly options: ProposalServiceOptions) {}

  async propose(auth: AuthContext, versionId: string, closesAt: string): Promise<ProposalSummary> {
    const userId = signedIn(auth);
    const { version, document } = await this.options.scope.versionFor(
      auth,
      versionId,
      'agreement:propose',
    );
    if (version.agreement) {
      throw new ServiceError('conflict', 'The group has already agreed this version.');
    }
    const now = this.options.now();
    const proposal: Proposal = {
      id: newId(),
      documentId: document.id,
      versionId,
      proposedBy: userId,
      createdAt: now.toISOString(),
      closesAt: this.ruled(() => checkClosingDate(closesAt, now)),
      state: 'open',
      responses: [],
      decidedAt: null,
      withdrawnBy: null,
      outcome: null,
    };
    // A proposal still open past its closing time must not block a new one.
    await this.closeDueFor(document.id);
    if (!(await this.options.proposals.createProposal(proposal))) {
      throw new ServiceError(
        'conflict',
        'The group is already being asked to agree a version of this document. Wait for it to close, or withdraw it first.',
      );
    }
    await this.options.audit.record({
      actorId: userId,
      workspaceId: document.workspaceId,
      action: 'proposal.opened',
      subject: proposal.id,
      details: { documentId: document.id, versionId, closesAt: proposal.closesAt },
    });
    return present(proposal, userId);
  }

  /** A document's proposals, newest first; any past their closing time are decided first. */
  async list(auth: AuthContext, documentId: string): Promise<ProposalSummary[]> {
    const userId = signedIn(auth);
    await this.documentFor(auth, documentId);
    await this.closeDueFor(documentId);
    const proposals = await this.options.proposals.listProposals(documentId);
    return proposals.map((p) => present(p, userId));
  }

  async get(auth: AuthContext, proposalId: string): Promise<ProposalSummary> {
    const userId = signedIn(auth);
    const { proposal } = await this.find(auth, proposalId);
    return present(proposal, userId);
  }

  async respond(
    auth: AuthContext,
    proposalId: string,
    input: { kind: AgreementResponseKind; reason: string },
  ): Promise<ProposalSummary> {
    const userId = signedIn(auth);
    const { proposal, document } = await this.find(auth, proposalId, 'change');
    authorize(auth, 'meeting:take-part', { workspaceId: document.workspaceId });
    const now = this.options.now();
    if (!isAcceptingResponses(proposal, now)) throw closedForResponses();
    const response = this.ruled(() => makeResponse(proposal, { userId, ...input }, now));
    if (!(await this.options.proposals.putResponse(proposalId, response, now.toISOString()))) {
      throw closedForResponses();
    }
    await this.options.audit.record({
      actorId: userId,
      workspaceId: document.workspaceId,
      action: 'proposal.responded',
      subject: proposalId,
      details: { documentId: document.id, kind: response.kind },
    });
    return this.get(auth, proposalId);
  }

  async withdraw(auth: AuthContext, proposalId: string): Promise<ProposalSummary> {
    const userId = signedIn(auth);
    const { document } = await this.find(auth, proposalId, 'change');
    authorize(auth, 'agreement:propose', { workspaceId: document.workspaceId });
    const now = this.options.now();
    const withdrawn = await this.options.proposals.settle(proposalId, () => withdraw(userId, now));
    if (!withdrawn) {
      throw new ServiceError(
        'conflict',
        'This vote has already closed, so it cannot be withdrawn.',
      );
    }
    await this.options.audit.record({
      actorId: userId,
      workspaceId: document.workspaceId,
      action: 'proposal.withdrawn',
      subject: proposalId,
      details: { documentId: document.id, versionId: withdrawn.versionId },
    });
    return present(withdrawn, userId);
  }

  /** The periodic sweep: decides every open proposal whose closing time has come. */
  async closeDue(): Promise<number> {
    const due = await this.options.proposals.listDue(this.options.now().toISOString());
    let closed = 0;
    for (const proposal of due) if (await this.close(proposal)) closed += 1;
    return closed;
  }

  private async closeDueFor(documentId: string): Promise<void> {
    const now = this.options.now();
    const proposals = await this.options.proposals.listProposals(documentId);
    for (const proposal of proposals) if (isDue(proposal, now)) await this.close(proposal);
  }

  /** Decides one due proposal by the rule; true if this call was the one that decided it. */
  private async close(proposal: Proposal): Promise<boolean> {
    const document = await this.options.documents.getDocument(proposal.documentId);
    if (!document) return false;
    const rule = await this.options.agreementRule(document.workspaceId);
    // Decided as of its closing time, however late the sweep or the next reader comes.
    const decided = await this.options.proposals.settle(proposal.id, (stored) =>
      decide(stored, rule, new Date(stored.closesAt)),
    );
    if (!decided?.outcome) return false;
    const { agreed, because, counts } = decided.outcome;
    await this.options.audit.record({
      actorId: null,
      workspaceId: document.workspaceId,
      action: 'proposal.decided',
      subject: proposal.id,
      details: { documentId: document.id, versionId: proposal.versionId, agreed, counts, rule },
    });
    if (agreed) {
      await this.options.markAgreed(document.workspaceId, proposal.versionId, {
        proposalId: proposal.id,
        proposedBy: proposal.proposedBy,
        proposedAt: proposal.createdAt,
        closesAt: proposal.closesAt,
        rule,
        because,
        counts,
        responses: decided.responses.length,
        tookPart: decided.responses.map(({ userId, kind, respondedAt }) => ({
          userId,
          kind,
          respondedAt,
        })),
      });
    }
    return true;
  }

  /** The proposal (decided first if its time has come) and its document, if this person may read it. */
  private async find(
    auth: AuthContext,
    proposalId: string,
    use: DocumentUse = 'read',
  ): Promise<{ proposal: Proposal; document: DocumentRecord }> {
    const found = await this.options.proposals.getProposal(proposalId);
    if (!found) throw new ServiceError('not_found', 'There is no such proposal');
    const document = await this.options.scope.documentFor(
      auth,
      found.documentId,
      'document:read',
      use,
    );
    if (isDue(found, this.options.now())) await this.close(found);
    const proposal = (await this.options.proposals.getProposal(proposalId)) ?? found;
    return { proposal, document };
  }

  private documentFor(auth: AuthContext, documentId: string): Promise<DocumentRecord> {
    return this.options.scope.documentFor(auth, documentId, 'document:read');
  }

  private ruled<T>(rule: () => T): T {
    try {
      return rule();
    } catch (error) {
      if (error instanceof ProposalRuleBroken) {
        throw new ServiceError('bad_request', error.message, error.field);
      }
      throw error;
    }
  }
}

const closedForResponses = (): ServiceError =>
  new ServiceError('conflict', 'This vote has closed, so responses can no longer change.');

/** What one person sees: while open, only how many responded and their own response. */
export function present(proposal: Proposal, viewerId: string): ProposalSummary {
  const { responses, ...rest } = proposal;
  return {
    ...rest,
    responseCount: responses.length,
    myResponse: responses.find((r) => r.userId === viewerId) ?? null,
    responses: proposal.state === 'open' ? [] : responses,
  };
}
