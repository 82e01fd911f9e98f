// Comments from the public on a consultation, and what the group does with them: anyone may
// comment on a paragraph while it is open (a program that fills the hidden field is answered as
// if it had succeeded, and nothing is kept; links are refused); the workspace's setting decides
// whether a comment waits for a facilitator. Facilitators approve or reject (with a reason kept
// inside the workspace), mark what each approved comment led to once it has closed, and erase a
// commenter's name and contact on request. Contact details go after the retention period.
import { hasVisibleWords, holdsLink, isOpen } from '@roundtable/shared/domain/consultations';
import { HIDDEN_CHARACTERS_MESSAGE } from '@roundtable/shared/protocol/shown-text';
import {
  REMOVED_WORDS,
  type CommentOutcomeBody,
  type MemberComment,
  type ModerateCommentBody,
  type PublicCommentAnswer,
  type PublicCommentBody,
} from '@roundtable/shared/protocol/consultations';
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type {
  ConsultationCommentRecord,
  ConsultationRecord,
  ConsultationStore,
} from '../storage/consultation-ports.ts';
import type { AuditLog } from './audit.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { memberCommentOf } from './consultation-views.ts';
import type { ConsultationService } from './consultations.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';

/** A control character other than a line break or tab (NUL…), or half of a broken pair. */
function brokenCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true;
    }
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/** The most comments one consultation keeps: a flood stops here. */
export const COMMENTS_PER_CONSULTATION = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConsultationCommentServiceOptions {
  store: ConsultationStore;
  consultations: Pick<ConsultationService, 'forRunning' | 'forPublic'>;
  settingsOf: (
    workspaceId: string,
  ) => Promise<Pick<WorkspaceSettings, 'consultationCommentsModerated'>>;
  audit: AuditLog;
  now: () => Date;
  onChanged?: (workspaceId: string, consultationId: string) => void;
  /** How long contact details are kept after a consultation closes. */
  contactKeepDays: number;
  limit?: number;
}

export class ConsultationCommentService {
  constructor(private readonly options: ConsultationCommentServiceOptions) {}

  /** A comment from anyone, signed in or not. */
  async comment(consultationId: string, body: PublicCommentBody): Promise<PublicCommentAnswer> {
    const record = await this.options.consultations.forPublic(consultationId);
    if (!isOpen(record, this.options.now())) {
      throw new ServiceError(
        'conflict',
        'This consultation has closed, so it does not take comments any more. Thank you for your interest.',
      );
    }
    if (record.blocks[body.paragraph]?.kind !== 'paragraph') {
      throw new ServiceError(
        'bad_request',
        'There is no such paragraph to comment on.',
        'paragraph',
      );
    }
    const { consultationCommentsModerated: moderated } = await this.options.settingsOf(
      record.workspaceId,
    );
    const state = moderated ? 'pending' : 'approved';
    // Only a program fills the hidden field: it is told what a person would be, and nothing kept.
    if (body.website) return { state };
    if (!hasVisibleWords(body.body)) {
      throw new ServiceError('bad_request', 'Please write your comment', 'body');
    }
    for (const [field, text] of [
      ['body', body.body],
      ['name', body.name],
    ] as const) {
      // Control characters (NUL…) and broken characters are nothing a person means to send.
      if (text && brokenCharacters(text)) {
        throw new ServiceError('bad_request', HIDDEN_CHARACTERS_MESSAGE, field);
      }
      if (text && holdsLink(text)) {
        throw new ServiceError(
          'bad_request',
          'Please take out the web address. We cannot take links in comments from people who are not signed in.',
          field,
        );
      }
    }
    const comment: ConsultationCommentRecord = {
      id: newId(),
      consultationId: record.id,
      paragraph: body.paragraph,
      body: body.body,
      name: body.name ?? null,
      contact: body.contact ?? null,
      state,
      rejectReason: null,
      moderatedBy: null,
      moderatedAt: null,
      outcome: null,
      outcomeReason: null,
      outcomeBy: null,
      erasedAt: null,
      createdAt: this.options.now().toISOString(),
    };
    const limit = this.options.limit ?? COMMENTS_PER_CONSULTATION;
    if (!(await this.options.store.addComment(comment, limit))) {
      throw new ServiceError(
        'conflict',
        'This consultation has as many comments as it can take. Please contact the group another way.',
      );
    }
    this.options.onChanged?.(record.workspaceId, record.id);
    return { state };
  }

  async moderate(
    auth: AuthContext,
    consultationId: string,
    commentId: string,
    body: ModerateCommentBody,
  ): Promise<MemberComment> {
    const { record } = await this.commentFor(auth, consultationId, commentId);
    const approve = body.decision === 'approve';
    const changed = await this.options.store.moderateComment(commentId, {
      state: approve ? 'approved' : 'rejected',
      rejectReason: approve ? null : (body.reason ?? null),
      by: signedIn(auth),
      at: this.options.now().toISOString(),
    });
    return this.done(auth, record, changed, approve ? 'comment-approved' : 'comment-rejected');
  }

  async markOutcome(
    auth: AuthContext,
    consultationId: string,
    commentId: string,
    body: CommentOutcomeBody,
  ): Promise<MemberComment> {
    const { record, comment } = await this.commentFor(auth, consultationId, commentId);
    if (isOpen(record, this.options.now())) {
      throw new ServiceError(
        'conflict',
        'You can say what a comment led to once the consultation has closed.',
      );
    }
    if (comment.state !== 'approved') {
      throw new ServiceError('conflict', 'Only approved comments get an outcome.');
    }
    const changed = await this.options.store.markOutcome(commentId, {
      outcome: body.outcome,
      reason: body.reason ?? null,
      by: signedIn(auth),
    });
    return this.done(auth, record, changed, 'comment-outcome', { outcome: body.outcome });
  }

  /** Removes the commenter's name and contact; with `removeWords`, their words too. */
  async erase(
    auth: AuthContext,
    consultationId: string,
    commentId: string,
    removeWords: boolean,
  ): Promise<MemberComment> {
    const { record } = await this.commentFor(auth, consultationId, commentId);
    const changed = await this.options.store.eraseComment(commentId, {
      at: this.options.now().toISOString(),
      ...(removeWords ? { words: REMOVED_WORDS } : {}),
    });
    return this.done(auth, record, changed, 'comment-erased', { removeWords });
  }

  /** Retention: contact details of consultations closed longer ago than kept. */
  removeOldContacts(): Promise<number> {
    const now = this.options.now();
    const cutoff = new Date(now.getTime() - this.options.contactKeepDays * DAY_MS);
    return this.options.store.removeContactsClosedBefore(cutoff.toISOString(), now.toISOString());
  }

  private async commentFor(auth: AuthContext, consultationId: string, commentId: string) {
    const record = await this.options.consultations.forRunning(auth, consultationId);
    const comment = await this.options.store.getComment(commentId);
    if (!comment || comment.consultationId !== record.id) {
      throw new ServiceError('not_found', 'There is no such comment on this consultation.');
    }
    return { record, comment };
  }

  private async done(
    auth: AuthContext,
    record: ConsultationRecord,
    changed: ConsultationCommentRecord | undefined,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<MemberComment> {
    if (!changed)
      throw new ServiceError('not_found', 'There is no such comment on this consultation.');
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: record.workspaceId,
      action: `consultation.${action}`,
      subject: changed.id,
      details: { consultationId: record.id, ...details },
    });
    this.options.onChanged?.(record.workspaceId, record.id);
    return memberCommentOf(changed, true);
  }
}
