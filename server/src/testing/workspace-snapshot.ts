// Everything in workspace B a person could notice, and what A's meetings lock, read from the
// store: the cross-workspace tests compare it before and after A's attempts on B's ids.
import * as Y from 'yjs';
import { lockedDocuments } from '@roundtable/shared/domain/meeting/meeting';
import type { Ids } from '../http/cross-workspace-cases.ts';
import type { TestServer } from './harness.ts';

/**
 * Everything in B a person could notice, and what A's meetings lock, read from the store (the
 * REST rate limit is not what this test is about).
 */
export async function snapshotOfB(server: TestServer, a: Ids, b: Ids): Promise<unknown> {
  const store = server.store;
  const stored = await store.updates.loadDocument(b.document);
  const draft = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(draft, update);
  const meetingA = (await store.meetings.getMeeting(a.meeting))!.state;
  const meetingsOfA = await store.meetings.listMeetings(a.workspace);
  return {
    workspace: await store.workspaces.getWorkspace(b.workspace),
    settings: await store.workspaces.getSettings(b.workspace),
    documents: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: false }),
    bin: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: true }),
    draft: draft.getXmlFragment('default').toString(),
    versions: await store.versions.listVersions(b.document),
    proposals: await store.proposals.listProposals(b.document),
    decisions: await store.suggestions.listDecisions(b.document),
    inReview: await store.suggestions.isInReview(b.document),
    comments: await store.comments.listThreads(b.document),
    hardWords: await store.hardWords.listHardWords(b.workspace),
    pictures: await store.pictures.listPictures(b.workspace),
    checks: await store.easyReadChecks.latestCheckRound(b.easyRead),
    answers: await store.easyReadChecks.listCheckAnswers(b.checkRound),
    publicPage: await store.publicPages.getPublicPage(b.workspace),
    joinRequests: await store.joinRequests.listJoinRequests(b.workspace),
    mail: await store.outbox.getMail(b.mail),
    consultations: await store.consultations.listConsultations(b.workspace),
    consultationComments: await store.consultations.listComments(b.consultation),
    consultationQuestions: await store.consultationQuestions.listQuestions(b.consultation),
    consultationAnswers: await store.consultationQuestions.listAnswers(b.consultation),
    meetings: await store.meetings.listMeetings(b.workspace),
    event: await store.events.getEvent(b.event),
    bookings: await store.events.listBookings(b.event),
    members: (await store.identity.listMembers(b.workspace)).map(({ userId, role }) => ({
      userId,
      role,
    })),
    invites: await store.identity.listInvites(b.workspace),
    memberTokens: (await store.identity.listApiTokens(b.member)).map(({ id, revokedAt }) => ({
      id,
      revokedAt,
    })),
    audit: (await store.identity.listAudit({ workspaceId: b.workspace, limit: 1000 })).length,
    lockedByB: await server.app.meetings.lockReason(b.workspace, b.document),
    lockedByA: meetingsOfA.flatMap((m) => lockedDocuments(m)).includes(b.document),
    meetingsOfA: meetingsOfA.filter((m) => m.documentIds.includes(b.document)).length,
    agendaOfA: meetingA.agenda.filter((i) => i.link?.documentId === b.document).length,
    followOfA: meetingA.follow,
    pollsOfA: meetingA.polls.filter(
      (p) => p.versionId === b.version || p.suggestion?.documentId === b.document,
    ).length,
  };
}
