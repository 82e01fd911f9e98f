// Structured JSON logs. Never log document content or personal data: log ids, counts, timings
// and route patterns. As a safety net, values under the keys below are replaced wherever they
// appear (one level down too), and so are the details a database error carries (Postgres puts
// the values that clashed in `detail`). server/src/logs.test.ts runs a whole journey at `trace`
// and finds no name, email, secret, access need or document text in the output.
import { pino, type Logger } from 'pino';

const personalKeys = [
  'email',
  'password',
  'token',
  'secret',
  'cookie',
  'authorization',
  'body',
  'needs',
  'notes',
  'reason',
  'text',
];

export const redactedPaths = [
  ...personalKeys.flatMap((key) => [key, `*.${key}`]),
  'headers.cookie',
  'headers.authorization',
  '*.headers.cookie',
  '*.headers.authorization',
  'err.detail',
  'err.parameters',
  'err.where',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'roundtable' },
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
