// The start page: every workspace with its documents, and a form to make a new workspace.
// When there is nothing yet, it explains what a workspace is and what to do first.
import { useCallback, useEffect, useState } from 'react';
import type { Workspace } from '@roundtable/shared/protocol/workspaces';
import { Button, useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { createWorkspace, listWorkspaces } from './api.ts';
import { CreateForm } from './CreateForm.tsx';
import { WorkspaceSection } from './WorkspaceSection.tsx';
import './workspaces.css';

type PageState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; workspaces: Workspace[] };

const NEW_WORKSPACE_ID = 'new-workspace';

export function StartPage() {
  usePageTitle('Workspaces and documents');
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [createdId, setCreatedId] = useState<string | null>(null);
  const { announce } = useAnnouncer();
  const { state: me } = useMe();
  const may = useCan();
  const mayLoad = me.status !== 'loading' && me.status !== 'signed-out';

  const load = useCallback(async () => {
    const result = await listWorkspaces();
    setState(
      result.ok
        ? { kind: 'ready', workspaces: result.data }
        : { kind: 'failed', message: result.problem.message },
    );
  }, []);

  useEffect(() => {
    if (mayLoad) void load();
  }, [load, mayLoad]);
  const mayCreate = may('workspace:create');

  return (
    <div className="rt-start">
      <h1 className="rt-page-title" tabIndex={-1}>
        Workspaces and documents
      </h1>
      <p className="rt-lead">
        A workspace is a place for one group, like a partnership board. Each workspace keeps its own
        documents, which everyone can write together.
      </p>

      {state.kind === 'ready' && mayCreate && state.workspaces.length > 1 ? (
        // With several workspaces the form is far down the page: a way straight to it.
        <p>
          <a href={`#${NEW_WORKSPACE_ID}`}>Skip to “Make a new workspace”</a>
        </p>
      ) : null}

      {me.status === 'signed-out' ? <SignedOutNotice /> : null}
      {mayLoad && state.kind === 'loading' ? (
        <p className="rt-muted">Loading your workspaces…</p>
      ) : null}

      {state.kind === 'failed' ? (
        <div className="rt-card rt-problem" role="alert">
          <p>{state.message}</p>
          <Button variant="primary" onClick={() => void load()}>
            Try again
          </Button>
        </div>
      ) : null}

      {state.kind === 'ready' && state.workspaces.length === 0 ? (
        <div className="rt-card rt-empty-state">
          <h2>There are no workspaces yet</h2>
          <p>
            Start by making a workspace for your group. Then you can write documents in it together.
          </p>
        </div>
      ) : null}

      {state.kind === 'ready'
        ? state.workspaces.map((workspace) => (
            <WorkspaceSection
              key={workspace.id}
              workspace={workspace}
              justCreated={workspace.id === createdId}
              onRenamed={() => void load()}
            />
          ))
        : null}

      {state.kind === 'ready' && mayCreate ? (
        <div className="rt-card rt-card--form" id={NEW_WORKSPACE_ID} tabIndex={-1}>
          <CreateForm
            heading={
              state.workspaces.length === 0 ? 'Make your first workspace' : 'Make a new workspace'
            }
            headingLevel={2}
            label="Workspace name"
            hint="For example: Learning Disability Partnership Board"
            submitLabel="Create workspace"
            field="name"
            onSubmit={createWorkspace}
            onCreated={(workspace) => {
              setCreatedId(workspace.id);
              announce(
                `The workspace “${workspace.name}” is ready. Now give its first document a title.`,
              );
              void load();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
