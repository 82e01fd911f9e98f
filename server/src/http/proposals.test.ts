// REST for agreeing a version between meetings, over a real server: a facilitator proposes, two
// members respond, the closing time passes, and everyone reads the outcome with the responses.
// Bad input gets the project's error shape.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@roundtable/shared/domain/policy';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { ProposalList, ProposalSummary } from '@roundtable/shared/protocol/proposals';
import {
  personApi as memberApi,
  startTestServer,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('REST: proposals to agree a version', () => {
  let server: TestServer;
  let documentId: string;
  let workspaceId: string;
  let versionId: string;

  const personApi = (name: string, role: Role): Promise<TestApi> =>
    memberApi(server, workspaceId, name, role);
  const expectError = (
    response: { status: number; body: unknown },
    status: number,
    code: string,
  ) => {
    expect(response.status).toBe(status);
    expect(ErrorBody.parse(response.body).error.code).toBe(code);
  };

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    versionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, {
        name: 'Draft for agreement',
      })
    ).body.id as string;
  });
  afterEach(async () => {
    await server.close();
  });

  it('proposes, takes responses, closes by time and shows everyone the outcome', async () => {
    const sam = await personApi('Sam', 'member');
    const lucy = await personApi('Lucy', 'member');
    const closesAt = new Date(Date.now() + 2 * DAY).toISOString();

    expectError(
      await sam.request('POST', `/api/versions/${versionId}/proposals`, { closesAt }),
      403,
      'forbidden',
    );
    const created = await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
      closesAt,
    });
    expect(created.status).toBe(201);
    const proposal = ProposalSummary.parse(created.body);
    expect(proposal).toMatchObject({ state: 'open', closesAt, responseCount: 0 });

    const path = `/api/proposals/${proposal.id}`;
    expect((await sam.request('PUT', `${path}/response`, { kind: 'agree' })).status).toBe(200);
    const lucyResponse = await lucy.request('PUT', `${path}/response`, {
      kind: 'concerns',
      reason: 'Buses at night',
    });
    expect(ProposalSummary.parse(lucyResponse.body)).toMatchObject({
      responseCount: 2,
      myResponse: { kind: 'concerns', reason: 'Buses at night' },
      responses: [],
    });

    server.advanceClock(2 * DAY);
    const list = ProposalList.parse(
      (await sam.request('GET', `/api/documents/${documentId}/proposals`)).body,
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      state: 'agreed',
      outcome: { agreed: true, because: 'Nobody disagreed (2 responded).' },
    });
    expect(list[0]?.responses.map((r) => r.kind)).toEqual(['agree', 'concerns']);
    const version = await server.api.request('GET', `/api/versions/${versionId}`);
    expect(version.body.agreement).toMatchObject({ how: { proposalId: proposal.id } });
    expectError(await sam.request('PUT', `${path}/response`, { kind: 'agree' }), 409, 'conflict');
    expectError(await server.api.request('POST', `${path}/withdraw`), 409, 'conflict');
  });

  it('answers bad input with 400 naming the field, and unknown ids with 404', async () => {
    const past = await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
      closesAt: new Date(Date.now() - DAY).toISOString(),
    });
    expectError(past, 400, 'bad_request');
    expect(ErrorBody.parse(past.body).error).toMatchObject({
      field: 'closesAt',
      message: 'The closing date must be in the future.',
    });
    expectError(
      await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
        closesAt: 'next Tuesday',
      }),
      400,
      'bad_request',
    );
    expectError(
      await server.api.request('POST', `/api/versions/missing/proposals`, {
        closesAt: new Date(Date.now() + DAY).toISOString(),
      }),
      404,
      'not_found',
    );
    const { body } = await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
      closesAt: new Date(Date.now() + DAY).toISOString(),
    });
    const path = `/api/proposals/${String(body.id)}`;
    const noReason = await server.api.request('PUT', `${path}/response`, { kind: 'disagree' });
    expectError(noReason, 400, 'bad_request');
    expect(ErrorBody.parse(noReason.body).error.field).toBe('reason');
    const badKind = await server.api.request('PUT', `${path}/response`, { kind: 'maybe' });
    expectError(badKind, 400, 'bad_request');
    expect(ErrorBody.parse(badKind.body).error.field).toBe('kind');
    expectError(await server.api.request('GET', '/api/proposals/missing'), 404, 'not_found');
    expectError(
      await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
        closesAt: new Date(Date.now() + DAY).toISOString(),
      }),
      409,
      'conflict',
    );
    // A version the group is voting on is kept until the vote ends.
    expectError(await server.api.request('DELETE', `/api/versions/${versionId}`), 409, 'conflict');
    const withdrawn = await server.api.request('POST', `${path}/withdraw`);
    expect(ProposalSummary.parse(withdrawn.body).state).toBe('withdrawn');
    expect((await server.api.request('DELETE', `/api/versions/${versionId}`)).status).toBe(204);
  });

  it('describes the proposal routes in the OpenAPI document', async () => {
    const { body } = await server.api.request('GET', '/api/openapi.json');
    const paths = body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/versions/{id}/proposals'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/documents/{id}/proposals'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/proposals/{id}'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/proposals/{id}/response'] ?? {})).toEqual(['put']);
    expect(Object.keys(paths['/api/proposals/{id}/withdraw'] ?? {})).toEqual(['post']);
  });
});
