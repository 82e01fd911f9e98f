// Routes for the public notices: anyone reads them, signed in or not; only an administrator
// changes them, or puts a page back to Roundtable's template.
import { ErrorBody } from '../errors.ts';
import { Notice, NoticeParams, SaveNoticeBody } from '../notices.ts';
import { route } from './spec.ts';

export const getNotice = route({
  method: 'get',
  path: '/api/notices/:kind',
  tag: 'notices',
  summary: 'Read the privacy notice or the accessibility statement (public)',
  params: NoticeParams,
  responses: { 200: { description: 'The page', schema: Notice } },
});

const adminOnly = {
  401: { description: 'Not signed in', schema: ErrorBody },
  403: { description: 'Not an administrator', schema: ErrorBody },
};

export const saveNotice = route({
  method: 'put',
  path: '/api/notices/:kind',
  tag: 'notices',
  summary: 'Change the privacy notice or the accessibility statement (administrators)',
  params: NoticeParams,
  body: SaveNoticeBody,
  responses: {
    200: { description: 'The page as saved', schema: Notice },
    400: { description: 'Empty or too long', schema: ErrorBody },
    ...adminOnly,
  },
});

export const resetNotice = route({
  method: 'delete',
  path: '/api/notices/:kind',
  tag: 'notices',
  summary: 'Put a page back to the template Roundtable fills in (administrators)',
  params: NoticeParams,
  responses: { 200: { description: 'The template', schema: Notice }, ...adminOnly },
});
