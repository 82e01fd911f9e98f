// A phone number as people type it: digits, with spaces and + ( ) - . if they like, and enough
// digits to be a number. Shared by every form that asks for one.
import { z } from 'zod';

export const PHONE_CHARACTERS = /^[0-9+(). -]*$/;
export const PHONE_MIN_DIGITS = 6;
export const PHONE_MAX_LENGTH = 40;

const digitsIn = (phone: string): number => phone.replace(/[^0-9]/g, '').length;

/** A phone number that must be given. */
export const PhoneNumber = z
  .string()
  .trim()
  .max(PHONE_MAX_LENGTH, `A phone number can be at most ${PHONE_MAX_LENGTH} characters`)
  .regex(
    PHONE_CHARACTERS,
    'Please type a phone number with digits only (spaces and + ( ) - . are fine)',
  )
  .refine(
    (phone) => digitsIn(phone) >= PHONE_MIN_DIGITS,
    `A phone number needs at least ${PHONE_MIN_DIGITS} digits`,
  );
