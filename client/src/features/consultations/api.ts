// The REST calls behind public consultations, one function each.
import type { z } from 'zod';
import type {
  AskQuestionBody,
  QuestionResults,
} from '@roundtable/shared/protocol/consultation-questions';
import type {
  CommentOutcomeBody,
  ConsultationDetails,
  ConsultationSummary,
  MemberComment,
  ModerateCommentBody,
  PublicCommentAnswer,
  PublicConsultation,
  PublishConsultationBody,
} from '@roundtable/shared/protocol/consultations';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export const listConsultations = (workspaceId: string): Promise<ApiResult<ConsultationSummary[]>> =>
  call(routes.listConsultations, { params: { id: workspaceId } });

export const publishConsultation = (
  workspaceId: string,
  body: PublishConsultationBody,
): Promise<ApiResult<ConsultationSummary>> =>
  call(routes.publishConsultation, { params: { id: workspaceId }, body });

export const getPublicConsultation = (id: string): Promise<ApiResult<PublicConsultation>> =>
  call(routes.getPublicConsultation, { params: { id } });

export const sendComment = (
  id: string,
  body: { paragraph: number; body: string; name?: string; contact?: string; website?: string },
): Promise<ApiResult<PublicCommentAnswer>> =>
  call(routes.commentOnConsultation, { params: { id }, body });

export const getConsultation = (id: string): Promise<ApiResult<ConsultationDetails>> =>
  call(routes.getConsultation, { params: { id } });

export const closeConsultation = (id: string): Promise<ApiResult<ConsultationSummary>> =>
  call(routes.closeConsultation, { params: { id } });

export const moderateComment = (
  id: string,
  commentId: string,
  body: z.input<typeof ModerateCommentBody>,
): Promise<ApiResult<MemberComment>> =>
  call(routes.moderateConsultationComment, { params: { id, commentId }, body });

export const markOutcome = (
  id: string,
  commentId: string,
  body: z.input<typeof CommentOutcomeBody>,
): Promise<ApiResult<MemberComment>> =>
  call(routes.markConsultationCommentOutcome, { params: { id, commentId }, body });

export const eraseComment = (
  id: string,
  commentId: string,
  removeWords: boolean,
): Promise<ApiResult<MemberComment>> =>
  call(routes.eraseConsultationComment, { params: { id, commentId }, body: { removeWords } });

export const listPublicQuestions = (id: string): Promise<ApiResult<QuestionResults[]>> =>
  call(routes.listPublicConsultationQuestions, { params: { id } });

export const listQuestions = (id: string): Promise<ApiResult<QuestionResults[]>> =>
  call(routes.listConsultationQuestions, { params: { id } });

export const askQuestion = (
  id: string,
  body: z.input<typeof AskQuestionBody>,
): Promise<ApiResult<QuestionResults>> =>
  call(routes.askConsultationQuestion, { params: { id }, body });

export const answerQuestion = (
  id: string,
  questionId: string,
  body: { answer: string; reason?: string; website?: string },
): Promise<ApiResult<unknown>> =>
  call(routes.answerConsultationQuestion, { params: { id, questionId }, body });

export const eraseAnswerReason = (
  id: string,
  questionId: string,
  answerId: string,
): Promise<ApiResult<null>> =>
  call(routes.eraseConsultationAnswerReason, { params: { id, questionId, answerId } });
