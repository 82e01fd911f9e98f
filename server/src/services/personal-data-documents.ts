// What one document's records hold about a person, for a copy of their data: their comments and
// replies, threads they resolved, their suggestions that were decided and the ones they decided,
// their answers to proposals and the proposals they made, the versions they saved, and the Yjs
// client ids recorded as theirs (so the content can be read for their share of it).
import type { DocumentRecord, Store } from '../storage/ports.ts';
import type { PersonalData } from '../export/personal-data/types.ts';
import { readyMadeOptions } from '@roundtable/shared/domain/meeting/polls';

export type DocumentParts = Pick<
  PersonalData,
  'comments' | 'threadsResolved' | 'suggestions' | 'proposals' | 'versions'
>;

export const emptyDocumentParts = (): DocumentParts => ({
  comments: [],
  threadsResolved: [],
  suggestions: { decided: [], decidedByYou: [], pending: [] },
  proposals: { answers: [], made: [] },
  versions: [],
});

type DocumentStores = Pick<
  Store,
  'comments' | 'suggestions' | 'proposals' | 'versions' | 'updates'
>;

const answerLabels = new Map(readyMadeOptions.agreement.map((o) => [o.id, o.label]));

/** Adds what the document holds about the person to `parts`; returns their client ids in it. */
export async function gatherDocument(
  stores: DocumentStores,
  document: DocumentRecord,
  personId: string,
  parts: DocumentParts,
): Promise<number[]> {
  const documentTitle = document.title;
  for (const { thread, comments } of await stores.comments.listThreads(document.id)) {
    comments.forEach((comment, index) => {
      if (comment.authorId !== personId) return;
      parts.comments.push({
        commentId: comment.id,
        threadId: thread.id,
        documentId: document.id,
        documentTitle,
        kind: index === 0 && thread.suggestionId === null ? 'comment' : 'reply',
        onWords: thread.quote,
        onSuggestion: thread.suggestionId !== null,
        text: comment.body,
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        deletedAt: comment.deletedAt,
      });
    });
    if (thread.resolvedBy === personId && thread.resolvedAt !== null) {
      parts.threadsResolved.push({
        threadId: thread.id,
        documentTitle,
        onWords: thread.quote,
        resolvedAt: thread.resolvedAt,
      });
    }
  }

  for (const decision of await stores.suggestions.listDecisions(document.id)) {
    const byThem = decision.how.kind === 'direct' && decision.how.by === personId;
    if (decision.suggestedBy === personId) {
      parts.suggestions.decided.push({
        suggestionId: decision.suggestionId,
        documentTitle,
        summary: decision.summary,
        outcome: decision.outcome,
        suggestedAt: decision.suggestedAt,
        decidedAt: decision.decidedAt,
        decidedBy:
          decision.how.kind === 'poll' ? 'a meeting poll' : byThem ? 'you' : 'someone else',
      });
    } else if (byThem) {
      parts.suggestions.decidedByYou.push({
        suggestionId: decision.suggestionId,
        documentTitle,
        summary: decision.summary,
        outcome: decision.outcome,
        decidedAt: decision.decidedAt,
      });
    }
  }

  for (const proposal of await stores.proposals.listProposals(document.id)) {
    const response = proposal.responses.find((r) => r.userId === personId);
    if (response) {
      parts.proposals.answers.push({
        proposalId: proposal.id,
        documentTitle,
        answer: answerLabels.get(response.kind) ?? response.kind,
        reason: response.reason,
        respondedAt: response.respondedAt,
        state: proposal.state,
      });
    }
    if (proposal.proposedBy === personId || proposal.withdrawnBy === personId) {
      parts.proposals.made.push({
        proposalId: proposal.id,
        documentTitle,
        createdAt: proposal.createdAt,
        closesAt: proposal.closesAt,
        state: proposal.state,
        withdrawnByYou: proposal.withdrawnBy === personId,
      });
    }
  }

  for (const version of await stores.versions.listVersions(document.id)) {
    if (version.createdBy !== personId) continue;
    parts.versions.push({
      versionId: version.id,
      documentTitle,
      name: version.name,
      kind: version.kind,
      createdAt: version.createdAt,
    });
  }

  return (await stores.updates.listClientAuthors(document.id))
    .filter((author) => author.userId === personId)
    .map((author) => author.clientId);
}
