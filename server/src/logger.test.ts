// The log's safety net: values under personal keys, and the values a database error carries in
// its details, are replaced before a line is written, while ids, counts and messages stay.
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('the logger', () => {
  it('replaces personal values and database error details, and keeps the rest', () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => lines.push(line) });
    const clash = Object.assign(new Error('duplicate key value violates unique constraint'), {
      detail: 'Key (lower(email))=(sam@example.org) already exists.',
    });
    logger.warn(
      {
        documentId: 'doc-1',
        count: 3,
        email: 'sam@example.org',
        person: { token: 'secret-token-value', needs: ['A hearing loop'] },
        headers: { cookie: 'roundtable_session=abc' },
        err: clash,
      },
      'storing failed',
    );
    const [line] = lines;
    expect(line).toBeDefined();
    for (const secret of ['sam@example.org', 'secret-token-value', 'A hearing loop', 'abc']) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line!)).toMatchObject({
      documentId: 'doc-1',
      count: 3,
      msg: 'storing failed',
      err: { message: 'duplicate key value violates unique constraint', detail: '[redacted]' },
    });
  });
});
