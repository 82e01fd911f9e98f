// Routes for public consultations on a draft (issue 14). The public ones (under /api/public,
// and a workspace's open consultations) need no sign-in; the rest are the workspace's own:
// members read, facilitators publish, close, moderate, mark outcomes and erase.
import { z } from 'zod';
import {
  CommentOutcomeBody,
  ConsultationDetails,
  ConsultationSummary,
  ConsultationSummaryList,
  EraseCommentBody,
  MemberComment,
  ModerateCommentBody,
  PublicCommentAnswer,
  PublicCommentBody,
  PublicConsultation,
  PublicConsultationList,
  PublishConsultationBody,
} from '../consultations.ts';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  QuestionResults,
  QuestionResultsList,
} from '../consultation-questions.ts';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import { ById, route } from './spec.ts';

const tag = 'consultations';
const OneComment = z.object({ id: Id, commentId: Id });
const invalid = { description: 'Invalid body', schema: ErrorBody };
const refused = { description: 'Not signed in, or not a facilitator here', schema: ErrorBody };
const missing = { description: 'No such consultation (or comment in it)', schema: ErrorBody };

export const publishConsultation = route({
  method: 'post',
  path: '/api/workspaces/:id/consultations',
  tag,
  summary: 'Publish a saved version of a draft for public comment until a closing date',
  params: ById,
  body: PublishConsultationBody,
  responses: {
    201: { description: 'Published', schema: ConsultationSummary },
    400: invalid,
    403: refused,
    404: { description: 'No such workspace, or no such version in it', schema: ErrorBody },
    409: { description: 'This version is already out for comment', schema: ErrorBody },
  },
});

export const listConsultations = route({
  method: 'get',
  path: '/api/workspaces/:id/consultations',
  tag,
  summary: "A workspace's consultations, newest first (members)",
  params: ById,
  responses: {
    200: { description: 'Consultations', schema: ConsultationSummaryList },
    403: refused,
    404: missing,
  },
});

export const listOpenConsultations = route({
  method: 'get',
  path: '/api/workspaces/:id/open-consultations',
  tag,
  summary:
    "A workspace's open consultations (public, while its public page is on; its members always)",
  params: ById,
  responses: {
    200: { description: 'Open consultations', schema: PublicConsultationList },
    404: { description: 'No such workspace, or its public page is off', schema: ErrorBody },
  },
});

export const getPublicConsultation = route({
  method: 'get',
  path: '/api/public/consultations/:id',
  tag,
  summary: 'A consultation as the public sees it: the words and the approved comments',
  params: ById,
  responses: { 200: { description: 'The consultation', schema: PublicConsultation }, 404: missing },
});

export const commentOnConsultation = route({
  method: 'post',
  path: '/api/public/consultations/:id/comments',
  tag,
  summary: 'Comment on a paragraph (no sign-in needed; limited per address)',
  params: ById,
  body: PublicCommentBody,
  responses: {
    201: { description: 'Received', schema: PublicCommentAnswer },
    400: { description: 'Invalid body, a link, or no such paragraph', schema: ErrorBody },
    404: missing,
    409: { description: 'The consultation has closed', schema: ErrorBody },
    429: { description: 'Too many comments from this address', schema: ErrorBody },
  },
});

export const getConsultation = route({
  method: 'get',
  path: '/api/consultations/:id',
  tag,
  summary: 'A consultation with its comments (the moderation queue for facilitators)',
  params: ById,
  responses: {
    200: { description: 'The consultation', schema: ConsultationDetails },
    403: refused,
    404: missing,
  },
});

export const closeConsultation = route({
  method: 'post',
  path: '/api/consultations/:id/close',
  tag,
  summary: 'Close a consultation before its closing date',
  params: ById,
  responses: {
    200: { description: 'Closed', schema: ConsultationSummary },
    403: refused,
    404: missing,
    409: { description: 'Already closed', schema: ErrorBody },
  },
});

export const moderateConsultationComment = route({
  method: 'post',
  path: '/api/consultations/:id/comments/:commentId/moderation',
  tag,
  summary: 'Approve a comment (it shows publicly) or reject it, with a reason kept inside',
  params: OneComment,
  body: ModerateCommentBody,
  responses: {
    200: { description: 'Moderated', schema: MemberComment },
    400: invalid,
    403: refused,
    404: missing,
  },
});

export const markConsultationCommentOutcome = route({
  method: 'put',
  path: '/api/consultations/:id/comments/:commentId/outcome',
  tag,
  summary: 'Say what an approved comment led to, once the consultation has closed',
  params: OneComment,
  body: CommentOutcomeBody,
  responses: {
    200: { description: 'Marked', schema: MemberComment },
    400: invalid,
    403: refused,
    404: missing,
    409: { description: 'Still open, or the comment is not approved', schema: ErrorBody },
  },
});

export const eraseConsultationComment = route({
  method: 'post',
  path: '/api/consultations/:id/comments/:commentId/erasure',
  tag,
  summary: "Erase a commenter's name and contact (and their words, if asked)",
  params: OneComment,
  body: EraseCommentBody,
  responses: {
    200: { description: 'Erased', schema: MemberComment },
    400: invalid,
    403: refused,
    404: missing,
  },
});

const OneQuestion = z.object({ id: Id, questionId: Id });

export const askConsultationQuestion = route({
  method: 'post',
  path: '/api/consultations/:id/questions',
  tag,
  summary: 'Ask people whether they agree with a paragraph (facilitators, while it is open)',
  params: ById,
  body: AskQuestionBody,
  responses: {
    201: { description: 'Asked', schema: QuestionResults },
    400: { description: 'Invalid body, or no such paragraph', schema: ErrorBody },
    403: refused,
    404: missing,
    409: { description: 'The consultation has closed', schema: ErrorBody },
  },
});

export const listConsultationQuestions = route({
  method: 'get',
  path: '/api/consultations/:id/questions',
  tag,
  summary: 'The questions with the counts of answers and the reasons given (members)',
  params: ById,
  responses: {
    200: { description: 'Questions', schema: QuestionResultsList },
    403: refused,
    404: missing,
  },
});

export const listPublicConsultationQuestions = route({
  method: 'get',
  path: '/api/public/consultations/:id/questions',
  tag,
  summary: 'The questions with the counts of answers (no sign-in needed)',
  params: ById,
  responses: { 200: { description: 'Questions', schema: QuestionResultsList }, 404: missing },
});

export const answerConsultationQuestion = route({
  method: 'post',
  path: '/api/public/consultations/:id/questions/:questionId/answers',
  tag,
  summary: 'Answer agree, disagree or not sure, with a reason if you like (no sign-in needed)',
  params: OneQuestion,
  body: AnswerQuestionBody,
  responses: {
    204: { description: 'Received' },
    400: { description: 'Invalid body, or a link', schema: ErrorBody },
    404: missing,
    409: { description: 'The consultation has closed', schema: ErrorBody },
    429: { description: 'Too many answers from this address', schema: ErrorBody },
  },
});

export const eraseConsultationAnswerReason = route({
  method: 'post',
  path: '/api/consultations/:id/questions/:questionId/answers/:answerId/reason-erasure',
  tag,
  summary: 'Remove the reason given with an answer; the answer still counts (facilitators)',
  params: OneQuestion.extend({ answerId: Id }),
  responses: {
    204: { description: 'Removed' },
    403: refused,
    404: { description: 'No such reason on this consultation', schema: ErrorBody },
    409: { description: 'The draft is in the bin', schema: ErrorBody },
  },
});

/** "1": the report in Easy Read, laid out like the Easy Read exports of a draft. */
const easyRead = z.enum(['0', '1']).optional();
const busy = {
  description: 'Too many files are being made; try again in a minute',
  schema: ErrorBody,
};

export const consultationReport = route({
  method: 'get',
  path: '/api/consultations/:id/report',
  tag,
  summary:
    'The "You said, we did" report (web page, PDF or Word): each comment, its outcome, the change. ' +
    'With easyRead=1, in Easy Read: short sentences, one idea a line, pictures beside them',
  params: ById,
  query: z.object({ format: z.enum(['html', 'pdf', 'docx']).default('html'), easyRead }),
  responses: {
    200: { description: 'The report, to download' },
    400: { description: 'No such format', schema: ErrorBody },
    403: refused,
    404: missing,
    503: busy,
  },
});

export const publicConsultationReport = route({
  method: 'get',
  path: '/api/public/consultations/:id/report',
  tag,
  summary:
    'The "You said, we did" report, once the consultation has closed (no sign-in needed), as a ' +
    'web page or PDF; with easyRead=1, in Easy Read',
  params: ById,
  query: z.object({ format: z.enum(['html', 'pdf']).default('html'), easyRead }),
  responses: {
    200: { description: 'The report (text/html or application/pdf, to download)' },
    400: { description: 'No such format', schema: ErrorBody },
    404: missing,
    409: { description: 'Still open', schema: ErrorBody },
    503: busy,
  },
});
