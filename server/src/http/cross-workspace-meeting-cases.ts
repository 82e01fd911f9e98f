// Cross-workspace cases for meetings: the REST routes, and every /meeting command that names an
// id.
import type { EventCase, RestCase } from './cross-workspace-ids.ts';

const meetingBody = (extra: Record<string, unknown>) => ({
  title: 'Workshop',
  startsAt: '2026-12-01T10:00:00Z',
  ...extra,
});

export const meetingRestCases: Record<string, RestCase[]> = {
  'POST /api/workspaces/{id}/meetings': [
    {
      what: 'schedule a meeting in B',
      request: (_a, b) => ['POST', `/api/workspaces/${b.workspace}/meetings`, meetingBody({})],
    },
    {
      what: 'schedule a meeting in A on B’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/meetings`,
        meetingBody({ documentIds: [a.document, b.document] }),
      ],
    },
    {
      what: 'schedule a meeting in A whose agenda links to B’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/meetings`,
        meetingBody({
          agenda: [{ title: 'Theirs', minutes: 5, link: { documentId: b.document, heading: 'H' } }],
        }),
      ],
    },
  ],
  'GET /api/workspaces/{id}/meetings': [
    {
      what: 'list B’s meetings',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/meetings`],
    },
  ],
  'GET /api/meetings/{id}': [
    { what: 'read B’s meeting', request: (_a, b) => ['GET', `/api/meetings/${b.meeting}`] },
  ],
  'GET /api/workspaces/{id}/actions': [
    {
      what: 'read B’s actions',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/actions`],
    },
  ],
  'PATCH /api/meetings/{id}/actions/{actionId}': [
    {
      what: 'mark B’s action done',
      request: (_a, b) => [
        'PATCH',
        `/api/meetings/${b.meeting}/actions/${b.action}`,
        { status: 'done' },
      ],
    },
    {
      what: 'mark B’s action done through A’s meeting',
      mixed: true,
      request: (a, b) => [
        'PATCH',
        `/api/meetings/${a.meeting}/actions/${b.action}`,
        { status: 'done' },
      ],
    },
  ],
};

/** Every meeting command that names an id, by its type. */
export const commandCases: Record<string, EventCase[]> = {
  'agenda:add': [
    {
      what: 'link an agenda item to B’s document',
      command: (_a, b) => ({
        type: 'agenda:add',
        title: 'Theirs',
        minutes: 5,
        link: { documentId: b.document, heading: 'H' },
      }),
    },
  ],
  'agenda:edit': [
    {
      what: 'edit B’s agenda item',
      command: (_a, b) => ({
        type: 'agenda:edit',
        itemId: b.agendaItem,
        title: 'Taken',
        minutes: 5,
        link: null,
      }),
    },
    {
      what: 'link A’s agenda item to B’s document',
      command: (a, b) => ({
        type: 'agenda:edit',
        itemId: a.agendaItem,
        title: 'Theirs',
        minutes: 5,
        link: { documentId: b.document, heading: 'H' },
      }),
    },
  ],
  'agenda:move': [
    {
      what: 'move B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:move', itemId: b.agendaItem, direction: 'up' }),
    },
  ],
  'agenda:remove': [
    {
      what: 'remove B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:remove', itemId: b.agendaItem }),
    },
  ],
  'agenda:go': [
    {
      what: 'go to B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:go', itemId: b.agendaItem }),
    },
  ],
  'hand:speak': [
    {
      what: 'call a member of B to speak',
      command: (_a, b) => ({ type: 'hand:speak', userId: b.member }),
    },
  ],
  'poll:open': [
    {
      what: 'ask A’s meeting to agree (and lock) B’s version',
      command: (_a, b) => ({
        type: 'poll:open',
        question: 'Agree theirs?',
        kind: 'agreement',
        versionId: b.version,
        locksDraft: true,
      }),
    },
    {
      what: 'put B’s suggestion to A’s meeting',
      command: (_a, b) => ({
        type: 'poll:open',
        question: 'Reject theirs?',
        kind: 'agree',
        suggestion: { documentId: b.document, suggestionId: b.suggestion, summary: 'theirs' },
      }),
    },
  ],
  'poll:vote': [
    {
      what: 'vote in B’s poll',
      command: (_a, b) => ({ type: 'poll:vote', pollId: b.poll, optionId: 'agree' }),
    },
  ],
  'poll:close': [
    { what: 'close B’s poll', command: (_a, b) => ({ type: 'poll:close', pollId: b.poll }) },
  ],
  'follow:invite': [
    {
      what: 'bring everyone to B’s document',
      command: (_a, b) => ({ type: 'follow:invite', documentId: b.document, heading: 'H' }),
    },
  ],
  'decision:record': [
    {
      what: 'record a decision on B’s poll',
      command: (_a, b) => ({ type: 'decision:record', text: 'Decided', pollId: b.poll }),
    },
    {
      what: 'record a decision on B’s agenda item',
      command: (_a, b) => ({
        type: 'decision:record',
        text: 'Decided',
        agendaItemId: b.agendaItem,
      }),
    },
  ],
  'action:update': [
    {
      what: 'mark B’s action done',
      command: (_a, b) => ({ type: 'action:update', actionId: b.action, status: 'done' }),
    },
  ],
};
