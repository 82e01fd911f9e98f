// How consultations and their comments are shown: to the public (approved comments only, with
// the name the commenter chose to give) and to the workspace (the contact and the reason for
// rejecting only to those who run the consultation).
import { isOpen } from '@roundtable/shared/domain/consultations';
import type { TextBlock } from '@roundtable/shared/domain/easy-read/sections';
import type {
  ConsultationBlock,
  ConsultationSummary,
  MemberComment,
  PublicComment,
} from '@roundtable/shared/protocol/consultations';
import type {
  ConsultationCommentRecord,
  ConsultationRecord,
} from '../storage/consultation-ports.ts';

export const summaryOf = (record: ConsultationRecord, now: Date): ConsultationSummary => ({
  id: record.id,
  workspaceId: record.workspaceId,
  documentId: record.documentId,
  versionId: record.versionId,
  title: record.title,
  introduction: record.introduction,
  closesAt: record.closesAt,
  closedAt: record.closedAt,
  status: isOpen(record, now) ? 'open' : 'closed',
  createdAt: record.createdAt,
});

export const publicCommentOf = (record: ConsultationCommentRecord): PublicComment => ({
  id: record.id,
  paragraph: record.paragraph,
  body: record.body,
  name: record.name,
  createdAt: record.createdAt,
  outcome: record.outcome,
  outcomeReason: record.outcomeReason,
});

export const memberCommentOf = (
  record: ConsultationCommentRecord,
  runs: boolean,
): MemberComment => ({
  ...publicCommentOf(record),
  state: record.state,
  contact: runs ? record.contact : null,
  rejectReason: runs ? record.rejectReason : null,
  erased: record.erasedAt !== null,
});

/** The blocks worth showing: headings and paragraphs with words, trimmed. */
export function consultationBlocks(blocks: readonly TextBlock[]): ConsultationBlock[] {
  return blocks.flatMap((block): ConsultationBlock[] => {
    const text = block.text.trim();
    if (text === '') return [];
    return block.kind === 'heading'
      ? [{ kind: 'heading', level: block.level, text }]
      : [{ kind: 'paragraph', text }];
  });
}
