// The first administrator's setup link: printed at first start, it works only while nobody
// has an account.
import type { OneTimeLinkStore, PeopleStore } from '../storage/identity-ports.ts';
import type { AuditLog } from './audit.ts';
import { ServiceError } from './errors.ts';
import { createPerson } from './new-person.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { DAY_MS, type Sessions, type StartedSession } from './sign-in-sessions.ts';

const SETUP_LINK_MS = 7 * DAY_MS;

export interface InstallationSetupOptions {
  identity: PeopleStore & OneTimeLinkStore;
  sessions: Sessions;
  audit: AuditLog;
  now: () => Date;
}

export class InstallationSetup {
  constructor(private readonly options: InstallationSetupOptions) {}

  /** On first start, with nobody signed up yet: a link that creates the first administrator. */
  async createSetupLinkIfNoUsers(): Promise<string | undefined> {
    if ((await this.options.identity.countUsers()) > 0) return undefined;
    const now = this.options.now();
    const secret = newSecret();
    await this.options.identity.createLink({
      tokenHash: hashSecret(secret),
      purpose: 'setup',
      userId: null,
      createdBy: null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SETUP_LINK_MS).toISOString(),
      usedAt: null,
    });
    return secret;
  }

  async setUp(input: {
    secret: string;
    name: string;
    email?: string;
    remember: boolean;
  }): Promise<StartedSession> {
    // The setup link is for an installation nobody has signed up to yet. Once anyone has an
    // account (the first administrator, or one made with the admin CLI) it stops working.
    if ((await this.options.identity.countUsers()) > 0) {
      throw new ServiceError(
        'not_found',
        'This installation is already set up. Ask an administrator for a sign-in link.',
      );
    }
    const link = await this.options.identity.consumeLink(
      hashSecret(input.secret),
      this.options.now().toISOString(),
    );
    if (!link || link.purpose !== 'setup') {
      throw new ServiceError('not_found', 'This setup link has been used already or has expired.');
    }
    const user = await createPerson(this.options, {
      name: input.name,
      email: input.email ?? null,
      isAdmin: true,
    });
    await this.options.audit.record({
      actorId: user.id,
      action: 'installation.set-up',
      subject: user.id,
    });
    return this.options.sessions.startSession(user.id, input.remember);
  }
}
