// Comments on a document: threads anchored to words in the text, the list beside it, the
// highlights in it, and the settings for observers' comments and erased people's comments.
export { CommentHighlights } from './comment-highlights.ts';
export { CommentsPanel } from './CommentsPanel.tsx';
export {
  COMMENT_SHORTCUT,
  commentDraftOf,
  draftForRange,
  isCommentShortcut,
  newCommentId,
  type CommentDraft,
} from './draft.ts';
export {
  threadsBySuggestion,
  useSuggestionReplies,
  type SuggestionReplies,
  type SuggestionThread,
} from './suggestion-replies.ts';
export { timeInWords } from './words.ts';
export { NewCommentDialog } from './NewCommentDialog.tsx';
export { ObserverCommentsSetting } from './ObserverCommentsSetting.tsx';
export { ErasedCommentsSetting } from './ErasedCommentsSetting.tsx';
export { SettingCheckbox } from './SettingCheckbox.tsx';
export { useComments, type CommentsController } from './useComments.ts';
export { useMayComment } from './useMayComment.ts';
export type { Me as CommentAuthor } from './pending-view.ts';
