// REST calls for versions, a version's content (an encoded Yjs update) and the workspace's
// agreement rule. Every JSON answer is checked against the shared schema.
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import type { ProposalSummary, RespondBody } from '@roundtable/shared/protocol/proposals';
import * as routes from '@roundtable/shared/protocol/routes';
import type {
  WorkspaceSettings,
  WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import { call, fetchRoute, pathOf, type ApiResult } from '../../app/http.ts';

export function listVersions(documentId: string): Promise<ApiResult<VersionSummary[]>> {
  return call(routes.listVersions, { params: { id: documentId } });
}

export function getVersion(versionId: string): Promise<ApiResult<VersionSummary>> {
  return call(routes.getVersion, { params: { id: versionId } });
}

export function saveVersion(documentId: string, name: string): Promise<ApiResult<VersionSummary>> {
  return call(routes.saveVersion, { params: { id: documentId }, body: { name } });
}

export function renameVersion(versionId: string, name: string): Promise<ApiResult<VersionSummary>> {
  return call(routes.renameVersion, { params: { id: versionId }, body: { name } });
}

export function deleteVersion(versionId: string): Promise<ApiResult<unknown>> {
  return call(routes.deleteVersion, { params: { id: versionId } });
}

export function restoreVersion(versionId: string): Promise<ApiResult<VersionSummary>> {
  return call(routes.restoreVersion, { params: { id: versionId } });
}

export function listProposals(documentId: string): Promise<ApiResult<ProposalSummary[]>> {
  return call(routes.listProposals, { params: { id: documentId } });
}

export function proposeVersion(
  versionId: string,
  closesAt: string,
): Promise<ApiResult<ProposalSummary>> {
  return call(routes.proposeVersion, { params: { id: versionId }, body: { closesAt } });
}

export function respondToProposal(
  proposalId: string,
  response: RespondBody,
): Promise<ApiResult<ProposalSummary>> {
  return call(routes.respondToProposal, { params: { id: proposalId }, body: response });
}

export function withdrawProposal(proposalId: string): Promise<ApiResult<ProposalSummary>> {
  return call(routes.withdrawProposal, { params: { id: proposalId } });
}

export function getWorkspaceSettings(workspaceId: string): Promise<ApiResult<WorkspaceSettings>> {
  return call(routes.getWorkspaceSettings, { params: { id: workspaceId } });
}

const PROBLEM = 'We could not do that just now. Check your internet connection, then try again.';

/** Changes only the settings given (PATCH), so forms for different settings cannot clash. */
export async function putWorkspaceSettings(
  workspaceId: string,
  settings: WorkspaceSettingsChange,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetchRoute(routes.changeWorkspaceSettings, {
      params: { id: workspaceId },
      body: settings,
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
      ? pathOf(routes.getVersionContent, { params: { id: source.versionId } })
      : pathOf(routes.getDraftContent, { params: { id: source.documentId } });
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
