// The identity contract, run by every store: people and memberships, then credentials and the
// audit log, then one person's history. Each case names the rule it checks.
import type { Store } from './ports.ts';
import { identityCredentialsContract } from './identity-credentials-contract.ts';
import { identityHistoryContract } from './identity-history-contract.ts';
import { identityPeopleContract } from './identity-people-contract.ts';

export function identityContract(getStore: () => Store): void {
  identityPeopleContract(getStore);
  identityCredentialsContract(getStore);
  identityHistoryContract(getStore);
}
