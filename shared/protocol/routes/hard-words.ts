// Routes for a workspace's hard words: everyone in the workspace reads them; anyone who may
// write there adds, changes or removes one.
import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { AddHardWordBody, ChangeHardWordBody, HardWordList, HardWordView } from '../hard-words.ts';
import { Id } from '../ids.ts';
import { ById, route } from './spec.ts';

const tag = 'hard words';
const OneWord = z.object({ id: Id, wordId: Id });
const refused = {
  description: 'Not a member, or an observer (who may only read)',
  schema: ErrorBody,
};
const missing = { description: 'No such workspace, or no such word in it', schema: ErrorBody };
const conflict = {
  description: 'The workspace has this word already, or has as many words as it may',
  schema: ErrorBody,
};

export const listHardWords = route({
  method: 'get',
  path: '/api/workspaces/:id/hard-words',
  tag,
  summary: "A workspace's hard words with their easy explanations, in alphabetical order",
  params: ById,
  responses: {
    200: { description: 'Hard words', schema: HardWordList },
    403: refused,
    404: missing,
  },
});

export const addHardWord = route({
  method: 'post',
  path: '/api/workspaces/:id/hard-words',
  tag,
  summary: 'Add a hard word with what it means, in easy words',
  params: ById,
  body: AddHardWordBody,
  responses: {
    201: { description: 'Added', schema: HardWordView },
    400: { description: 'Invalid body', schema: ErrorBody },
    403: refused,
    404: missing,
    409: conflict,
  },
});

export const changeHardWord = route({
  method: 'patch',
  path: '/api/workspaces/:id/hard-words/:wordId',
  tag,
  summary: 'Change a hard word or its explanation',
  params: OneWord,
  body: ChangeHardWordBody,
  responses: {
    200: { description: 'Changed', schema: HardWordView },
    400: { description: 'Invalid body', schema: ErrorBody },
    403: refused,
    404: missing,
    409: conflict,
  },
});

export const removeHardWord = route({
  method: 'delete',
  path: '/api/workspaces/:id/hard-words/:wordId',
  tag,
  summary: 'Remove a hard word',
  params: OneWord,
  responses: { 204: { description: 'Removed' }, 403: refused, 404: missing },
});
