// The keys of the query cache in one place, so a page that changes data and a page that shows it
// name the same entry. Keys nest: invalidating a document's key also re-reads its versions.
export const queryKeys = {
  document: (documentId: string) => ['documents', documentId] as const,
  versions: (documentId: string) => ['documents', documentId, 'versions'] as const,
  proposals: (documentId: string) => ['documents', documentId, 'proposals'] as const,
  content: (documentId: string, id: string) => ['documents', documentId, 'content', id] as const,
  review: (documentId: string) => ['documents', documentId, 'review'] as const,
  commentThreads: (documentId: string) => ['documents', documentId, 'comments'] as const,
  easyReadLinks: (documentId: string) => ['documents', documentId, 'easy-read'] as const,
  checkRound: (documentId: string) => ['documents', documentId, 'check-round'] as const,
  checkResults: (roundId: string) => ['check-rounds', roundId, 'results'] as const,
  version: (versionId: string) => ['versions', versionId] as const,
  workspace: (workspaceId: string) => ['workspaces', workspaceId] as const,
  meetings: (workspaceId: string) => ['workspaces', workspaceId, 'meetings'] as const,
  workspaceActions: (workspaceId: string) => ['workspaces', workspaceId, 'actions'] as const,
  workspaceDocuments: (workspaceId: string) => ['workspaces', workspaceId, 'documents'] as const,
  invites: (workspaceId: string) => ['workspaces', workspaceId, 'invites'] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  workspaceSettings: (workspaceId: string) => ['workspaces', workspaceId, 'settings'] as const,
  hardWords: (workspaceId: string) => ['workspaces', workspaceId, 'hard-words'] as const,
  notice: (kind: string) => ['notices', kind] as const,
  inactivePeople: () => ['inactive-people'] as const,
};
