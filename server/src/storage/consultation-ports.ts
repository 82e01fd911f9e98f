// The storage port for public consultations on a draft (issue 14) and the comments people send.
import type {
  CommentOutcome,
  CommentState,
  ConsultationBlock,
  ConsultationEasyReadPage,
} from '@roundtable/shared/protocol/consultations';

export interface ConsultationRecord {
  id: string;
  workspaceId: string;
  documentId: string;
  versionId: string;
  title: string;
  introduction: string;
  blocks: ConsultationBlock[];
  easyRead: ConsultationEasyReadPage[] | null;
  closesAt: string;
  /** Closed early by a facilitator; null when it runs to its closing date. */
  closedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  /** When the retention sweep removed the commenters' contact details. */
  contactsRemovedAt: string | null;
}

export interface ConsultationCommentRecord {
  id: string;
  consultationId: string;
  /** The index of the paragraph in the consultation's blocks. */
  paragraph: number;
  body: string;
  name: string | null;
  contact: string | null;
  state: CommentState;
  rejectReason: string | null;
  moderatedBy: string | null;
  moderatedAt: string | null;
  outcome: CommentOutcome | null;
  outcomeReason: string | null;
  outcomeBy: string | null;
  /** When a facilitator erased the commenter's personal data. */
  erasedAt: string | null;
  createdAt: string;
}

export interface ConsultationStore {
  /** False, and nothing stored, when the version already has a consultation. */
  createConsultation(record: ConsultationRecord): Promise<boolean>;
  getConsultation(id: string): Promise<ConsultationRecord | undefined>;
  /** A workspace's consultations, newest first. */
  listConsultations(workspaceId: string): Promise<ConsultationRecord[]>;
  /** Closes it now unless it is closed already; false when it was. */
  closeConsultation(id: string, at: string): Promise<boolean>;
  /** Stores a comment unless the consultation holds `limit` comments already. */
  addComment(record: ConsultationCommentRecord, limit: number): Promise<boolean>;
  getComment(id: string): Promise<ConsultationCommentRecord | undefined>;
  /** A consultation's comments, oldest first. */
  listComments(consultationId: string): Promise<ConsultationCommentRecord[]>;
  moderateComment(
    id: string,
    change: { state: CommentState; rejectReason: string | null; by: string; at: string },
  ): Promise<ConsultationCommentRecord | undefined>;
  markOutcome(
    id: string,
    change: { outcome: CommentOutcome; reason: string | null; by: string },
  ): Promise<ConsultationCommentRecord | undefined>;
  /** Removes the name and contact (and the words, replaced by `words`, when given). */
  eraseComment(
    id: string,
    change: { at: string; words?: string },
  ): Promise<ConsultationCommentRecord | undefined>;
  /**
   * Removes the contact details of every comment on consultations that closed before `cutoff`
   * (early or at their date), once; answers how many consultations it did.
   */
  removeContactsClosedBefore(cutoff: string, at: string): Promise<number>;
}
