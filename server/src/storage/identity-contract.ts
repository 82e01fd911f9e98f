// The identity contract, run by every store: people and memberships, then credentials and the
// audit log. Each case names the rule it checks.
import type { Store } from './ports.ts';
import { identityCredentialsContract } from './identity-credentials-contract.ts';
import { identityPeopleContract } from './identity-people-contract.ts';

export function identityContract(getStore: () => Store): void {
  identityPeopleContract(getStore);
  identityCredentialsContract(getStore);
}
