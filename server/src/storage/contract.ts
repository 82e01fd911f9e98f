// The storage contract: one suite that every store must pass, each case naming the rule it
// checks. Run by sqlite/sqlite-store.test.ts always and postgres/postgres-store.test.ts when
// DATABASE_URL is set.
import { afterEach, beforeEach, describe } from 'vitest';
import { commentContract } from './comment-contract.ts';
import { consultationContract } from './consultation-contract.ts';
import { hardWordContract } from './hard-word-contract.ts';
import { easyReadContract } from './easy-read-contract.ts';
import { erasureContract } from './erasure-contract.ts';
import { eventContract } from './event-contract.ts';
import { eventChangeContract } from './event-change-contract.ts';
import { meetingContract } from './meeting-contract.ts';
import { noticeContract } from './notice-contract.ts';
import { pictureContract } from './picture-contract.ts';
import { proposalContract } from './proposal-contract.ts';
import { suggestionContract } from './suggestion-contract.ts';
import { versionContract } from './version-contract.ts';
import { identityContract } from './identity-contract.ts';
import { quarantineContract } from './quarantine-contract.ts';
import { recruitingContract } from './recruiting-contract.ts';
import { retentionContract } from './retention-contract.ts';
import type { Store } from './ports.ts';
import { updateLogContract } from './update-log-contract.ts';
import { updateLogPropertyContract } from './update-log-property-contract.ts';
import { updateLogSlowMergeContract } from './update-log-slow-merge-contract.ts';
import { workspaceContract } from './workspace-contract.ts';

export interface StoreFactory {
  open(): Promise<Store>;
  /** Removes whatever `open` created (a file, a schema). */
  dispose(store: Store): Promise<void>;
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`storage contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await factory.dispose(store);
    });
    identityContract(() => store);
    meetingContract(() => store);
    versionContract(() => store);
    proposalContract(() => store);
    suggestionContract(() => store);
    commentContract(() => store);
    hardWordContract(() => store);
    easyReadContract(() => store);
    quarantineContract(() => store);
    pictureContract(() => store);
    noticeContract(() => store);
    recruitingContract(() => store);
    retentionContract(() => store);
    erasureContract(() => store);
    eventContract(() => store);
    eventChangeContract(() => store);
    consultationContract(() => store);
    workspaceContract(() => store);
    updateLogContract(() => store);
    updateLogPropertyContract(() => store);
    updateLogSlowMergeContract(() => store);
  });
}
