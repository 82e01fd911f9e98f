// What each role may do, once, next to a role choice (so the choice itself can stay short).
import { roles } from '@roundtable/shared/domain/policy';
import { ROLE_HINTS, ROLE_NAMES } from './words.ts';

export function RoleHints({ id }: { id: string }) {
  return (
    <p className="rt-field__hint rt-role-hints" id={id}>
      {roles.map((role) => `${ROLE_NAMES[role]}: ${ROLE_HINTS[role]}.`).join(' ')}
    </p>
  );
}
