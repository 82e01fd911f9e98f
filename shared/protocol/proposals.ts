// REST contract for agreeing a version between meetings: propose it with a closing date, respond,
// withdraw. While a proposal is open each person sees how many have responded and their own
// response; once it closes everyone sees the outcome and every response.
import { z } from 'zod';
import { agreementResponseKinds } from '../domain/agreement.ts';
import { proposalStates } from '../domain/proposals.ts';
import { Id } from './ids.ts';
import { AgreementRuleSchema } from './workspaces.ts';

export const ProposeBody = z
  .object({
    /** When voting closes: an ISO 8601 date and time with its offset, e.g. 2026-12-01T17:00:00Z. */
    closesAt: z.iso.datetime({
      offset: true,
      message: 'Please give the closing date and time as an ISO 8601 date and time',
    }),
  })
  .strict();
export type ProposeBody = z.infer<typeof ProposeBody>;

export const RespondBody = z
  .object({
    kind: z.enum(agreementResponseKinds, {
      message: 'Choose one of: agree, concerns, disagree, more-time',
    }),
    reason: z.string().max(1000, 'A reason can be at most 1000 characters').default(''),
  })
  .strict();
export type RespondBody = z.infer<typeof RespondBody>;

export const ProposalResponseSummary = z.object({
  userId: z.string(),
  kind: z.enum(agreementResponseKinds),
  reason: z.string(),
  respondedAt: z.string(),
});
export type ProposalResponseSummary = z.infer<typeof ProposalResponseSummary>;

export const ProposalSummary = z.object({
  id: Id,
  documentId: Id,
  versionId: Id,
  proposedBy: z.string(),
  createdAt: z.string(),
  closesAt: z.string(),
  state: z.enum(proposalStates),
  responseCount: z.number().int().min(0),
  /** The asking person's own response, if they gave one. */
  myResponse: ProposalResponseSummary.nullable(),
  /** Everyone's responses: empty while the proposal is open. */
  responses: z.array(ProposalResponseSummary),
  decidedAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  outcome: z
    .object({
      agreed: z.boolean(),
      because: z.string(),
      counts: z.object({
        agree: z.number().int(),
        concerns: z.number().int(),
        disagree: z.number().int(),
        'more-time': z.number().int(),
      }),
      rule: AgreementRuleSchema,
    })
    .nullable(),
});
export type ProposalSummary = z.infer<typeof ProposalSummary>;

export const ProposalList = z.array(ProposalSummary);
