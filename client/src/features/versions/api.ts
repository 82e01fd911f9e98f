// REST calls for versions, a version's content (an encoded Yjs update) and the workspace's
// agreement rule. Every JSON answer is checked against the shared schema.
import { z } from 'zod';
import { VersionSummary } from '@roundtable/shared/protocol/documents';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  ProposalList,
  ProposalSummary,
  type RespondBody,
} from '@roundtable/shared/protocol/proposals';
import {
  WorkspaceSettings,
  type WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import { requestJson, type ApiResult } from '../../app/http.ts';

const path = encodeURIComponent;

export function listVersions(documentId: string): Promise<ApiResult<VersionSummary[]>> {
  return requestJson(z.array(VersionSummary), `/api/documents/${path(documentId)}/versions`);
}

export function getVersion(versionId: string): Promise<ApiResult<VersionSummary>> {
  return requestJson(VersionSummary, `/api/versions/${path(versionId)}`);
}

export function saveVersion(documentId: string, name: string): Promise<ApiResult<VersionSummary>> {
  return requestJson(VersionSummary, `/api/documents/${path(documentId)}/versions`, {
    method: 'POST',
    body: { name },
  });
}

export function renameVersion(versionId: string, name: string): Promise<ApiResult<VersionSummary>> {
  return requestJson(VersionSummary, `/api/versions/${path(versionId)}`, {
    method: 'PATCH',
    body: { name },
  });
}

export function deleteVersion(versionId: string): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), `/api/versions/${path(versionId)}`, { method: 'DELETE' });
}

export function restoreVersion(versionId: string): Promise<ApiResult<VersionSummary>> {
  return requestJson(VersionSummary, `/api/versions/${path(versionId)}/restore`, {
    method: 'POST',
  });
}

export function listProposals(documentId: string): Promise<ApiResult<ProposalSummary[]>> {
  return requestJson(ProposalList, `/api/documents/${path(documentId)}/proposals`);
}

export function proposeVersion(
  versionId: string,
  closesAt: string,
): Promise<ApiResult<ProposalSummary>> {
  return requestJson(ProposalSummary, `/api/versions/${path(versionId)}/proposals`, {
    method: 'POST',
    body: { closesAt },
  });
}

export function respondToProposal(
  proposalId: string,
  response: RespondBody,
): Promise<ApiResult<ProposalSummary>> {
  return requestJson(ProposalSummary, `/api/proposals/${path(proposalId)}/response`, {
    method: 'PUT',
    body: response,
  });
}

export function withdrawProposal(proposalId: string): Promise<ApiResult<ProposalSummary>> {
  return requestJson(ProposalSummary, `/api/proposals/${path(proposalId)}/withdraw`, {
    method: 'POST',
  });
}

export function getWorkspaceSettings(workspaceId: string): Promise<ApiResult<WorkspaceSettings>> {
  return requestJson(WorkspaceSettings, `/api/workspaces/${path(workspaceId)}/settings`);
}

const PROBLEM = 'We could not do that just now. Check your internet connection, then try again.';

/** Changes only the settings given (PATCH), so forms for different settings cannot clash. */
export async function putWorkspaceSettings(
  workspaceId: string,
  settings: WorkspaceSettingsChange,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/api/workspaces/${path(workspaceId)}/settings`, {
      method: 'PATCH',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
      credentials: 'same-origin',
    });
    if (response.ok) return { ok: true };
    const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
    return { ok: false, message: parsed.success ? parsed.data.error.message : PROBLEM };
  } catch {
    return { ok: false, message: PROBLEM };
  }
}

/** What to read: a saved version, or the draft as it is now. */
export type ContentSource =
  { kind: 'version'; versionId: string } | { kind: 'draft'; documentId: string };

export async function fetchContent(
  source: ContentSource,
): Promise<{ ok: true; update: Uint8Array } | { ok: false; message: string }> {
  const url =
    source.kind === 'version'
      ? `/api/versions/${path(source.versionId)}/content`
      : `/api/documents/${path(source.documentId)}/content`;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
      return { ok: false, message: parsed.success ? parsed.data.error.message : PROBLEM };
    }
    return { ok: true, update: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return { ok: false, message: PROBLEM };
  }
}
