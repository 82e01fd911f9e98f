// Join requests (issue 14): anyone sends one from a workspace's public page; only the
// workspace's facilitators see them and answer (invite, ask a question, or decline kindly), by
// mail through the outbox when the person gave an email address and mail is set up, or else by
// a printed letter. A request invited with a link becomes "joined" when that link is used.
// Everything facilitators do is audited, with ids only.
import type {
  AnswerJoinRequestBody,
  JoinLetter,
  JoinRequest,
  JoinRequestBody,
  JoinRequestData,
  JoinRequestList,
} from '@roundtable/shared/protocol/recruiting';
import { qrCodeSvg } from '../export/qr-code.ts';
import {
  aboutJoinRequest,
  type JoinRequestRecord,
  type JoinRequestStore,
} from '../storage/recruiting-ports.ts';
import type { MembershipStore, PeopleStore } from '../storage/identity-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import type { DurableOutbox } from './durable-outbox.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { answerSubject, answerText, letterAddress } from './join-request-words.ts';
import type { MemberService } from './members.ts';
import type { PublicPageService } from './public-pages.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

/** How long the invite link in an answer works. */
export const INVITE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface JoinRequestServiceOptions {
  store: JoinRequestStore;
  pages: PublicPageService;
  outbox: DurableOutbox;
  members: Pick<MemberService, 'createInvite' | 'withdrawInvite'>;
  memberships: Pick<MembershipStore, 'getMembership'>;
  /** To mark a request whose email address already has an account (for facilitators only). */
  people: Pick<PeopleStore, 'findUserByEmail'>;
  workspaceName: (workspaceId: string) => Promise<string>;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  /** A workspace's requests changed: its facilitators' pages read them again. */
  onChanged: (workspaceId: string) => void;
}

export class JoinRequestService {
  constructor(private readonly options: JoinRequestServiceOptions) {}

  /** Anyone: a request from the public page at `slug`. A robot's (honeypot filled) is dropped. */
  async receive(slug: string, body: JoinRequestBody): Promise<{ workspaceName: string }> {
    const page = await this.options.pages.publishedAt(slug);
    const workspaceName = await this.options.workspaceName(page.workspaceId);
    if (body.website !== '') return { workspaceName };
    const id = newId();
    await this.options.store.createJoinRequest({
      id,
      workspaceId: page.workspaceId,
      name: body.name,
      contact: body.contact,
      needs: body.needs,
      reason: body.reason,
      state: 'new',
      receivedAt: this.options.now().toISOString(),
      answeredAt: null,
      message: null,
      inviteId: null,
      personId: null,
    });
    await this.options.audit.record({
      actorId: null,
      workspaceId: page.workspaceId,
      action: 'join-request.received',
      subject: id,
    });
    this.options.onChanged(page.workspaceId);
    return { workspaceName };
  }

  async list(auth: AuthContext, workspaceId: string): Promise<JoinRequestList> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'join-request:answer');
    const records = await this.options.store.listJoinRequests(workspaceId);
    const requests = await this.present(records);
    return {
      requests,
      waiting: requests.filter((request) => request.state === 'new').length,
      canEmail: this.options.outbox.canSend,
    };
  }

  async answer(
    auth: AuthContext,
    workspaceId: string,
    requestId: string,
    body: AnswerJoinRequestBody,
    /** Where links point: PUBLIC_URL, or the address the facilitator used. */
    origin: string,
  ): Promise<JoinRequest> {
    const request = await this.requestFor(auth, workspaceId, requestId);
    if (request.state === 'joined') {
      throw new ServiceError('conflict', 'This person has already joined.');
    }
    // The earlier link stops working: a new invite replaces it, a decline takes it back, and a
    // question means the group is not sure yet (the person is told only what was written).
    if (request.inviteId) {
      await this.withdrawLink(auth, workspaceId, request.inviteId, 'join-request-answered');
    }
    const group = await this.options.workspaceName(workspaceId);
    let link: string | null = null;
    let inviteId: string | undefined;
    if (body.kind === 'invite') {
      const { invite, secret } = await this.options.members.createInvite(auth, workspaceId, {
        role: 'member',
        expiresInDays: INVITE_DAYS,
        singleUse: true,
      });
      link = `${origin}/join/${secret}`;
      inviteId = invite.id;
    }
    const text = answerText({
      kind: body.kind,
      name: request.name,
      group,
      message: body.message,
      link,
      hasAccount: (await this.emailAccount(request)) !== 'none',
    });
    const state = body.kind === 'invite' ? 'invited' : body.kind === 'ask' ? 'asked' : 'declined';
    const answered = await this.options.store.answerJoinRequest(requestId, {
      state,
      answeredAt: this.options.now().toISOString(),
      message: { text, link },
      ...(inviteId ? { inviteId } : {}),
    });
    const byMail = request.contact.way === 'email' && this.options.outbox.canSend;
    if (byMail && request.contact.way === 'email') {
      await this.options.outbox.enqueue({
        workspaceId,
        about: aboutJoinRequest(requestId),
        to: request.contact.email,
        subject: answerSubject(body.kind, group),
        text,
      });
    }
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: `join-request.${state}`,
      subject: requestId,
      details: { by: byMail ? 'email' : 'letter', ...(inviteId ? { inviteId } : {}) },
    });
    this.options.onChanged(workspaceId);
    const [presented] = await this.present([answered ?? request]);
    return presented!;
  }

  async letter(auth: AuthContext, workspaceId: string, requestId: string): Promise<JoinLetter> {
    const request = await this.requestFor(auth, workspaceId, requestId);
    if (!request.message) {
      throw new ServiceError('not_found', 'Nothing has been written to this person yet.');
    }
    const link = request.message.link;
    return {
      workspaceName: await this.options.workspaceName(workspaceId),
      name: request.name,
      address: letterAddress(request.contact),
      message: request.message.text,
      link,
      qrSvg: link ? await qrCodeSvg(link) : null,
    };
  }

  async download(
    auth: AuthContext,
    workspaceId: string,
    requestId: string,
  ): Promise<JoinRequestData> {
    const request = await this.requestFor(auth, workspaceId, requestId);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'join-request.downloaded',
      subject: requestId,
    });
    const [presented] = await this.present([request]);
    const { emailAccount: _left, ...data } = presented!;
    return { ...data, workspaceName: await this.options.workspaceName(workspaceId) };
  }

  async erase(auth: AuthContext, workspaceId: string, requestId: string): Promise<void> {
    const request = await this.requestFor(auth, workspaceId, requestId);
    if (request.inviteId) {
      await this.withdrawLink(auth, workspaceId, request.inviteId, 'join-request-erased');
    }
    await this.options.store.eraseJoinRequest(requestId);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'join-request.erased',
      subject: requestId,
    });
    this.options.onChanged(workspaceId);
  }

  /**
   * A membership changed (heard by every process, so idempotent): if the person joined with an
   * invite that answered a request, that request is theirs now.
   */
  async membershipChanged(workspaceId: string, personId: string): Promise<void> {
    const membership = await this.options.memberships.getMembership(workspaceId, personId);
    if (membership?.inviteId) await this.joinedWith(membership.inviteId, personId);
  }

  private async joinedWith(inviteId: string, personId: string): Promise<void> {
    const before = (await this.options.store.listJoinRequestsOf(personId)).map((r) => r.id);
    const linked = await this.options.store.linkJoinRequest(inviteId, personId);
    // Already theirs (heard again), or someone else's: nothing changed.
    if (!linked || linked.personId !== personId || before.includes(linked.id)) return;
    await this.options.audit.record({
      actorId: personId,
      workspaceId: linked.workspaceId,
      action: 'join-request.joined',
      subject: linked.id,
    });
    this.options.onChanged(linked.workspaceId);
  }

  /** Retention: declined or unanswered requests older than `keepDays` (and their mail) go. */
  removeOld(keepDays: number): Promise<number> {
    const before = new Date(this.options.now().getTime() - keepDays * DAY_MS).toISOString();
    return this.options.store.removeJoinRequestsBefore(before);
  }

  /** A person's own requests (once linked), for their copy of their data. */
  async ofPerson(personId: string): Promise<JoinRequest[]> {
    return this.present(await this.options.store.listJoinRequestsOf(personId));
  }

  private withdrawLink(
    auth: AuthContext,
    workspaceId: string,
    inviteId: string,
    reason: 'join-request-answered' | 'join-request-erased',
  ): Promise<void> {
    return this.options.members.withdrawInvite(auth, workspaceId, inviteId, reason);
  }

  private async requestFor(auth: AuthContext, workspaceId: string, requestId: string) {
    await this.options.scope.workspaceFor(auth, workspaceId, 'join-request:answer');
    const request = await this.options.store.getJoinRequest(requestId);
    if (!request || request.workspaceId !== workspaceId) {
      throw new ServiceError('not_found', 'There is no such join request in this workspace.');
    }
    return request;
  }

  /**
   * Whether the address they gave already has an account, or is a member's: the request is
   * taken like any other (the public form must not tell), and the facilitators see it marked.
   */
  private async emailAccount(record: JoinRequestRecord): Promise<JoinRequest['emailAccount']> {
    if (record.contact.way !== 'email') return 'none';
    const person = await this.options.people.findUserByEmail(record.contact.email);
    if (!person) return 'none';
    const membership = await this.options.memberships.getMembership(record.workspaceId, person.id);
    return membership ? 'member' : 'account';
  }

  private async present(records: readonly JoinRequestRecord[]): Promise<JoinRequest[]> {
    const mails = await this.options.outbox.statesAbout(records.map((r) => aboutJoinRequest(r.id)));
    const accounts = await Promise.all(records.map((record) => this.emailAccount(record)));
    return records.map((record, index) => ({
      id: record.id,
      name: record.name,
      contact: record.contact,
      needs: record.needs,
      reason: record.reason,
      state: record.state,
      receivedAt: record.receivedAt,
      answeredAt: record.answeredAt,
      personId: record.personId,
      message: record.message?.text ?? null,
      mails: mails.get(aboutJoinRequest(record.id)) ?? [],
      emailAccount: accounts[index] ?? 'none',
    }));
  }
}
