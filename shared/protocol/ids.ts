// Identifiers that travel in URLs: short, URL-safe, and checked wherever they enter.
import { z } from 'zod';

export const ID_MAX_LENGTH = 64;
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, 'may contain only letters, digits, "-" and "_"');

export function isValidId(value: string): boolean {
  return Id.safeParse(value).success;
}
