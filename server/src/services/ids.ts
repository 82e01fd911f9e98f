// New identifiers: 16 URL-safe characters from 96 random bits.
import { randomBytes } from 'node:crypto';

export const newId = (): string => randomBytes(12).toString('base64url');
