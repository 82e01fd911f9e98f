// Personal API tokens for scripts: shown once, stored hashed, listed with last use, revocable.
import type { ApiTokenStore } from '../storage/identity-ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const TOKEN_PREFIX = 'rt_';

export class TokenService {
  constructor(
    private readonly options: {
      identity: ApiTokenStore;
      audit: AuditLog;
      events: AccessEvents;
      now: () => Date;
    },
  ) {}

  async create(userId: string, name: string): Promise<{ id: string; token: string }> {
    const token = TOKEN_PREFIX + newSecret();
    const id = newId();
    await this.options.identity.createApiToken({
      id,
      userId,
      name,
      tokenHash: hashSecret(token),
      createdAt: this.options.now().toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.options.audit.record({
      actorId: userId,
      action: 'token.created',
      subject: id,
      details: { name },
    });
    return { id, token };
  }

  async list(userId: string) {
    const tokens = await this.options.identity.listApiTokens(userId);
    return tokens.map(({ id, name, createdAt, lastUsedAt }) => ({
      id,
      name,
      createdAt,
      lastUsedAt,
    }));
  }

  async revoke(userId: string, tokenId: string): Promise<void> {
    const revoked = await this.options.identity.revokeApiToken(
      tokenId,
      userId,
      this.options.now().toISOString(),
    );
    if (!revoked) throw new ServiceError('not_found', 'There is no such token');
    await this.options.audit.record({ actorId: userId, action: 'token.revoked', subject: tokenId });
    await this.options.events.publish({ kind: 'token-revoked', tokenId });
  }
}
