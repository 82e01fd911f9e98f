// Routes for agreeing a version between meetings: propose a version with a closing date, list a
// document's proposals, read one, respond (or change a response), withdraw.
import { ErrorBody } from '../errors.ts';
import { ProposalList, ProposalSummary, ProposeBody, RespondBody } from '../proposals.ts';
import { ById, route } from './spec.ts';

const badInput = { description: 'The request is not valid', schema: ErrorBody };
const notAllowed = { description: 'Not allowed', schema: ErrorBody };
const missing = { description: 'No such version, document or proposal', schema: ErrorBody };
const TAG = 'proposals';

export const proposeVersion = route({
  method: 'post',
  path: '/api/versions/:id/proposals',
  tag: TAG,
  summary: 'Ask the group to agree this version between meetings, by a closing date (facilitators)',
  params: ById,
  body: ProposeBody,
  responses: {
    201: { description: 'Proposed', schema: ProposalSummary },
    400: badInput,
    403: notAllowed,
    404: missing,
    409: {
      description: 'The version is already agreed, or the document has an open proposal',
      schema: ErrorBody,
    },
  },
});

export const listProposals = route({
  method: 'get',
  path: '/api/documents/:id/proposals',
  tag: TAG,
  summary: "A document's proposals to agree a version, newest first",
  params: ById,
  responses: { 200: { description: 'Proposals', schema: ProposalList }, 404: missing },
});

export const getProposal = route({
  method: 'get',
  path: '/api/proposals/:id',
  tag: TAG,
  summary: 'A proposal: while open, the count of responses and your own; once closed, all',
  params: ById,
  responses: { 200: { description: 'The proposal', schema: ProposalSummary }, 404: missing },
});

export const respondToProposal = route({
  method: 'put',
  path: '/api/proposals/:id/response',
  tag: TAG,
  summary:
    'Give or change your response: agree, concerns, disagree or more-time (concerns and disagree need a reason)',
  params: ById,
  body: RespondBody,
  responses: {
    200: { description: 'Your response is recorded', schema: ProposalSummary },
    400: badInput,
    403: notAllowed,
    404: missing,
    409: { description: 'The vote has closed', schema: ErrorBody },
  },
});

export const withdrawProposal = route({
  method: 'post',
  path: '/api/proposals/:id/withdraw',
  tag: TAG,
  summary: 'Withdraw an open proposal (facilitators)',
  params: ById,
  responses: {
    200: { description: 'Withdrawn', schema: ProposalSummary },
    403: notAllowed,
    404: missing,
    409: { description: 'The vote has already closed', schema: ErrorBody },
  },
});
