// Routes for Easy Read versions: make one of a draft, see the link both ways, and check it with
// the group page by page (start a check, answer a page, see the results).
import { DocumentSummary } from '../documents.ts';
import {
  AnswerCheckBody,
  CheckResults,
  CheckRound,
  CurrentCheckRound,
  EasyReadLinks,
} from '../easy-read.ts';
import { ErrorBody } from '../errors.ts';
import { ById, route } from './spec.ts';

const TAG = 'easy-read';
const notAllowed = { description: 'Not allowed', schema: ErrorBody };
const noDocument = { description: 'No such document', schema: ErrorBody };
const noCheck = { description: 'No such check', schema: ErrorBody };

export const makeEasyReadVersion = route({
  method: 'post',
  path: '/api/documents/:id/easy-read',
  tag: TAG,
  summary:
    'Make an Easy Read version of a draft (facilitators): a new document with one section per section of the draft',
  params: ById,
  responses: {
    201: { description: 'The Easy Read version', schema: DocumentSummary },
    403: notAllowed,
    404: noDocument,
    409: {
      description: 'The draft already has one, is itself an Easy Read version, or is in the bin',
      schema: ErrorBody,
    },
  },
});

export const getEasyReadLinks = route({
  method: 'get',
  path: '/api/documents/:id/easy-read',
  tag: TAG,
  summary: "A draft's Easy Read version, or an Easy Read version's full draft",
  params: ById,
  responses: { 200: { description: 'The links', schema: EasyReadLinks }, 404: noDocument },
});

export const startCheckRound = route({
  method: 'post',
  path: '/api/documents/:id/check-rounds',
  tag: TAG,
  summary:
    'Ask the group to check an Easy Read version page by page, as it reads now (facilitators); a new check replaces the last',
  params: ById,
  responses: {
    201: { description: 'The check', schema: CheckRound },
    403: notAllowed,
    404: noDocument,
    409: {
      description: 'Not an Easy Read version, in the bin, or too many pages',
      schema: ErrorBody,
    },
  },
});

export const getCurrentCheckRound = route({
  method: 'get',
  path: '/api/documents/:id/check-rounds/current',
  tag: TAG,
  summary: 'The latest check of an Easy Read version, with your own answers (null when none)',
  params: ById,
  responses: { 200: { description: 'The check', schema: CurrentCheckRound }, 404: noDocument },
});

export const answerCheckPage = route({
  method: 'put',
  path: '/api/check-rounds/:id/answers',
  tag: TAG,
  summary:
    'Say whether you understand one page: understand, not-sure or do-not-understand, and which words (may be changed)',
  params: ById,
  body: AnswerCheckBody,
  responses: {
    200: { description: 'Your answers so far', schema: CheckRound },
    400: { description: 'The request is not valid', schema: ErrorBody },
    403: notAllowed,
    404: noCheck,
    409: { description: 'A newer check has started', schema: ErrorBody },
  },
});

export const getCheckResults = route({
  method: 'get',
  path: '/api/check-rounds/:id/results',
  tag: TAG,
  summary: 'What the group said, page by page, and the "Checked by" line (facilitators)',
  params: ById,
  responses: {
    200: { description: 'The results', schema: CheckResults },
    403: notAllowed,
    404: noCheck,
  },
});
