// Routes for recruiting (issue 14): the public page anyone reads and the join form anyone may
// send, without signing in; the page's settings, the join requests and their mail, for the
// workspace's facilitators.
import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import {
  AnswerJoinRequestBody,
  JoinLetter,
  JoinRequest,
  JoinRequestBody,
  JoinRequestData,
  JoinRequestList,
  JoinRequestParams,
  JoinRequestReceived,
  MailParams,
  PublicPage,
  PublicPageSettings,
  SavePublicPageBody,
  SlugParams,
} from '../recruiting.ts';
import { route } from './spec.ts';

const InWorkspace = z.object({ id: Id });
const forbidden = { description: 'Not a facilitator of this workspace', schema: ErrorBody };
const notFound = { description: 'No such request in this workspace', schema: ErrorBody };

export const getPublicPage = route({
  method: 'get',
  path: '/api/public-pages/:slug',
  tag: 'recruiting',
  summary: "A workspace's public page (anyone; 404 while it is off)",
  params: SlugParams,
  responses: {
    200: { description: 'The page', schema: PublicPage },
    404: { description: 'No public page at this address', schema: ErrorBody },
  },
});

export const sendJoinRequest = route({
  method: 'post',
  path: '/api/public-pages/:slug/join-requests',
  tag: 'recruiting',
  summary: 'Ask to join the group (anyone; rate-limited per address)',
  params: SlugParams,
  body: JoinRequestBody,
  responses: {
    201: { description: 'Received', schema: JoinRequestReceived },
    400: { description: 'Something in the form needs changing', schema: ErrorBody },
    404: { description: 'No public page at this address', schema: ErrorBody },
    429: { description: 'Too many requests from this address', schema: ErrorBody },
  },
});

export const getPublicPageSettings = route({
  method: 'get',
  path: '/api/workspaces/:id/public-page',
  tag: 'recruiting',
  summary: "The workspace's public page as its facilitators write it",
  params: InWorkspace,
  responses: { 200: { description: 'The page', schema: PublicPageSettings }, 403: forbidden },
});

export const savePublicPage = route({
  method: 'put',
  path: '/api/workspaces/:id/public-page',
  tag: 'recruiting',
  summary: 'Write the public page, choose its address, and turn it on or off',
  params: InWorkspace,
  body: SavePublicPageBody,
  responses: {
    200: { description: 'Saved', schema: PublicPageSettings },
    400: { description: 'Something needs changing', schema: ErrorBody },
    403: forbidden,
    409: { description: 'Another workspace uses this address', schema: ErrorBody },
  },
});

export const listJoinRequests = route({
  method: 'get',
  path: '/api/workspaces/:id/join-requests',
  tag: 'recruiting',
  summary: 'Join requests, newest first, with the state of the mail sent to each',
  params: InWorkspace,
  responses: { 200: { description: 'The queue', schema: JoinRequestList }, 403: forbidden },
});

export const answerJoinRequest = route({
  method: 'post',
  path: '/api/workspaces/:id/join-requests/:requestId/answers',
  tag: 'recruiting',
  summary: 'Invite, ask a question, or decline with a kind message (sent by their chosen way)',
  params: JoinRequestParams,
  body: AnswerJoinRequestBody,
  responses: {
    200: { description: 'Answered', schema: JoinRequest },
    403: forbidden,
    404: notFound,
  },
});

export const getJoinLetter = route({
  method: 'get',
  path: '/api/workspaces/:id/join-requests/:requestId/letter',
  tag: 'recruiting',
  summary: 'The printable letter with the last message (and the invite link as a QR code)',
  params: JoinRequestParams,
  responses: {
    200: { description: 'The letter', schema: JoinLetter },
    403: forbidden,
    404: notFound,
  },
});

export const downloadJoinRequest = route({
  method: 'get',
  path: '/api/workspaces/:id/join-requests/:requestId/data',
  tag: 'recruiting',
  summary: "One request's personal data, as a JSON file (audited)",
  params: JoinRequestParams,
  responses: {
    200: { description: 'The data', schema: JoinRequestData },
    403: forbidden,
    404: notFound,
  },
});

export const eraseJoinRequest = route({
  method: 'delete',
  path: '/api/workspaces/:id/join-requests/:requestId',
  tag: 'recruiting',
  summary: 'Erase a request and its mail (audited without personal data)',
  params: JoinRequestParams,
  responses: { 204: { description: 'Erased' }, 403: forbidden, 404: notFound },
});

export const retryMail = route({
  method: 'post',
  path: '/api/workspaces/:id/mails/:mailId/retry',
  tag: 'recruiting',
  summary: 'Try sending a waiting mail again now',
  params: MailParams,
  responses: { 204: { description: 'Tried' }, 403: forbidden, 404: notFound },
});
