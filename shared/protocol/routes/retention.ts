// Routes for administrators about keeping data no longer than needed (issue 13, retention).
import { ErrorBody } from '../errors.ts';
import { InactivePeople } from '../retention.ts';
import { route } from './spec.ts';

export const listInactivePeople = route({
  method: 'get',
  path: '/api/admin/inactive-people',
  tag: 'people',
  summary:
    'People who have not signed in for INACTIVE_AFTER_DAYS, longest first, for an administrator to review (nothing is deleted)',
  responses: {
    200: { description: 'The people to review', schema: InactivePeople },
    401: { description: 'Not signed in', schema: ErrorBody },
    403: { description: 'Not an administrator', schema: ErrorBody },
  },
});
