// Who may open a document over /collab, decided by the same can() as REST, and how access
// changes reach live connections: removed people are disconnected (4403), ended sign-ins and
// revoked tokens close with 4401, and a changed role changes what the connection may write. A
// change to a workspace's hard words is told to everyone with one of its documents open.
import type { IncomingMessage } from 'node:http';
import { can } from '@roundtable/shared/domain/policy';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { credentialsOf } from '../edge/credentials.ts';
import type { AccessChange } from '../bus/ports.ts';
import type { AccessEvents } from '../services/access-events.ts';
import { ServiceError } from '../services/errors.ts';
import type { WorkspaceScope } from '../services/workspace-scope.ts';
import type { DocumentRecord } from '../storage/ports.ts';
import type { SignInService } from '../services/sign-in.ts';
import { encodeHardWordsNotice } from './codec.ts';
import type { CollabConnection } from './connection.ts';
import type { CollabAccess } from './endpoint.ts';
import type { DocumentRooms } from './rooms.ts';

export function collabAuthorizer(options: {
  signIn: SignInService;
  /** Resolves the document and authorizes in its workspace; one in the bin is never opened. */
  scope: WorkspaceScope;
  /** The person's display name, shown to others in "Who is here". */
  nameOf: (userId: string) => Promise<string | null>;
}): (request: IncomingMessage, documentId: string, url: URL) => Promise<CollabAccess> {
  return async (request, documentId, url) => {
    const auth = await options.signIn.resolve(
      credentialsOf(request, url.searchParams.get('token')),
    );
    if (auth.actor.kind === 'anonymous') {
      return { ok: false, code: CloseCode.unauthorized, reason: 'Please sign in again' };
    }
    let document: DocumentRecord;
    try {
      document = await options.scope.documentFor(auth, documentId, 'document:read', 'open-live');
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      return error.code === 'forbidden'
        ? { ok: false, code: CloseCode.forbidden, reason: 'You are not a member of this workspace' }
        : {
            ok: false,
            code: CloseCode.notFound,
            reason: 'This document does not exist or is in the bin',
          };
    }
    const workspaceId = document.workspaceId;
    return {
      ok: true,
      mayWrite: can(auth.actor, 'document:edit', { workspaceId }),
      principal: {
        userId: auth.userId,
        name: auth.userId === null ? null : await options.nameOf(auth.userId),
        sessionHash: auth.sessionHash,
        tokenId: auth.tokenId,
        workspaceId: document.workspaceId,
      },
    };
  };
}

export function enforceAccessChanges(options: {
  events: AccessEvents;
  rooms: DocumentRooms;
  signIn: SignInService;
}): () => void {
  const matching = (test: (c: CollabConnection) => boolean) =>
    [...options.rooms.connections()].filter(test);
  return options.events.subscribe(async (change: AccessChange) => {
    switch (change.kind) {
      case 'membership': {
        const affected = matching(
          (c) =>
            c.principal.userId === change.userId && c.principal.workspaceId === change.workspaceId,
        );
        if (affected.length === 0) return;
        const { actor } = await options.signIn.contextFor(change.userId, {
          sessionHash: null,
          tokenId: null,
        });
        const target = { workspaceId: change.workspaceId };
        for (const connection of affected) {
          if (!can(actor, 'document:read', target)) {
            // Frames already on their way are still read while the socket closes: drop them.
            connection.mayWrite = false;
            connection.close(CloseCode.forbidden, 'You are no longer a member of this workspace');
          } else {
            connection.mayWrite = can(actor, 'document:edit', target);
          }
        }
        return;
      }
      case 'sessions-ended': {
        const ended = new Set(change.sessionHashes);
        for (const c of matching(
          (c) => c.principal.sessionHash !== null && ended.has(c.principal.sessionHash),
        )) {
          c.close(CloseCode.unauthorized, 'You signed out');
        }
        return;
      }
      case 'token-revoked':
        for (const c of matching((c) => c.principal.tokenId === change.tokenId)) {
          c.close(CloseCode.unauthorized, 'This API token was revoked');
        }
        return;
      case 'person-erased':
        for (const c of matching((c) => c.principal.userId === change.userId)) {
          // Frames already on their way would store their id after the erasure read the draft.
          c.mayWrite = false;
          c.close(CloseCode.forbidden, 'This account was removed');
        }
        return;
      case 'person-renamed':
        // Their next awareness update (the browser sends one when the name changes) shows it.
        for (const c of matching((c) => c.principal.userId === change.userId)) {
          c.principal = { ...c.principal, name: change.name };
        }
        return;
      case 'document-lock':
        options.rooms.setLock(change.documentId, change.reason);
        return;
      case 'document-review':
        options.rooms.setSuggestionsOnly(change.documentId, change.reason);
        return;
      case 'hard-words': {
        const frame = encodeHardWordsNotice({
          workspaceId: change.workspaceId,
          actorId: change.actorId,
        });
        for (const c of matching(
          (c) => c.wantsAcks && c.principal.workspaceId === change.workspaceId,
        )) {
          c.send(frame);
        }
        return;
      }
      default: {
        const unreachable: never = change;
        return unreachable;
      }
    }
  });
}
