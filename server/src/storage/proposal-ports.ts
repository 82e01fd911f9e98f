// The storage port for proposals to agree a version between meetings. A document has at most one
// open proposal (the store enforces it); a response is stored only while its proposal is open and
// before it closes; settling reads the responses and ends the proposal in one step, so no response
// can slip in between what was counted and the close.
import type { Proposal, ProposalResponse, Settlement } from '@roundtable/shared/domain/proposals';

export interface ProposalStore {
  /** Stores a new open proposal; false when the document already has an open one. */
  createProposal(proposal: Proposal): Promise<boolean>;
  getProposal(id: string): Promise<Proposal | undefined>;
  /** A document's proposals, newest first. */
  listProposals(documentId: string): Promise<Proposal[]>;
  /** Open proposals whose closing time is at or before `now`, for the sweep. */
  listDue(now: string): Promise<Proposal[]>;
  /**
   * Records one person's response, replacing their earlier one (which keeps its place in the
   * order), only while the proposal is open and `now` is before its close; false otherwise.
   */
  putResponse(proposalId: string, response: ProposalResponse, now: string): Promise<boolean>;
  /**
   * Ends an open proposal with what `decide` makes of it as stored, atomically with respect to
   * putResponse and to another settle. Undefined when it was not open (or does not exist).
   */
  settle(
    proposalId: string,
    decide: (proposal: Proposal) => Settlement,
  ): Promise<Proposal | undefined>;
}
