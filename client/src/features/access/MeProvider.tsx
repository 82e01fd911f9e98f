// Who is using this browser, from GET /api/me, for the whole app. "open" means the server
// has no sign-in (it answered 404): then people just type a name, kept on this device.
import { createContext, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Actor } from '@roundtable/shared/domain/policy';
import type { Me } from '@roundtable/shared/protocol/people';
import { getMe } from './api.ts';

export type MeState =
  | { status: 'loading' }
  | { status: 'signed-in'; me: Me; actor: Actor }
  | { status: 'signed-out' }
  | { status: 'open' }
  | { status: 'unreachable'; message: string };

interface MeContextValue {
  state: MeState;
  refresh(): Promise<void>;
  signedIn(me: Me): void;
  signedOut(): void;
}

const MeContext = createContext<MeContextValue | null>(null);

export function actorFrom(me: Me): Actor {
  return {
    kind: 'user',
    userId: me.profile.id,
    isAdmin: me.profile.isAdmin,
    roles: new Map(me.memberships.map((membership) => [membership.workspaceId, membership.role])),
  };
}

export function MeProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<MeState>({ status: 'loading' });

  const signedIn = useCallback((me: Me) => {
    setState({ status: 'signed-in', me, actor: actorFrom(me) });
  }, []);

  const signedOut = useCallback(() => setState({ status: 'signed-out' }), []);

  const refresh = useCallback(async () => {
    const result = await getMe();
    if (result.ok) signedIn(result.data);
    else if (result.problem.status === 401) setState({ status: 'signed-out' });
    else if (result.problem.status === 404) setState({ status: 'open' });
    else setState({ status: 'unreachable', message: result.problem.message });
  }, [signedIn]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ state, refresh, signedIn, signedOut }),
    [state, refresh, signedIn, signedOut],
  );
  return <MeContext value={value}>{children}</MeContext>;
}

export function useMe(): MeContextValue {
  const value = use(MeContext);
  if (!value) throw new Error('useMe needs a MeProvider above it');
  return value;
}
