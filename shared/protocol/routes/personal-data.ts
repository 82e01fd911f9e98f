// Routes for downloading what Roundtable holds about a person (a subject access request): one
// zip with a readable web page and a JSON file. A person downloads all of theirs; a workspace's
// facilitators download a member's part of that workspace.
import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import { EraseBody, Erased } from '../people.ts';
import { route } from './spec.ts';

const responses = {
  200: { description: 'A zip holding your-data.html and your-data.json' },
  401: { description: 'Not signed in', schema: ErrorBody },
  413: { description: 'Too much to put in one file', schema: ErrorBody },
  429: {
    description: 'You already have as many files being made as one person may; with Retry-After',
    schema: ErrorBody,
  },
  503: {
    description:
      'Every export thread is busy (with Retry-After), or making the file took too long and was stopped',
    schema: ErrorBody,
  },
};

export const downloadMyData = route({
  method: 'get',
  path: '/api/me/data',
  tag: 'people',
  summary: 'Download everything Roundtable holds about me, as a zip',
  responses,
});

export const downloadMemberData = route({
  method: 'get',
  path: '/api/workspaces/:id/members/:userId/data',
  tag: 'members',
  summary:
    'Download what this workspace holds about a member (or former member), as a zip; the download is audited',
  params: z.object({ id: Id, userId: Id }),
  responses: {
    ...responses,
    403: { description: 'Not a facilitator of this workspace', schema: ErrorBody },
    404: { description: 'No such workspace, or the person was never in it', schema: ErrorBody },
  },
});

export const erasePerson = route({
  method: 'post',
  path: '/api/people/:id/erasure',
  tag: 'people',
  summary:
    'Erase a person (a data-protection request): everything that named them names a pseudonym such as "Former member 3"; administrators only',
  params: z.object({ id: Id }),
  body: EraseBody,
  responses: {
    200: { description: 'Erased', schema: Erased },
    403: { description: 'Not an administrator, or erasing yourself', schema: ErrorBody },
    404: { description: 'No such person', schema: ErrorBody },
  },
});
