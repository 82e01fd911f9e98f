// Every cookie Roundtable sets, by name, with what it is for and how long it lasts. The server
// sets cookies only from this list (edge/cookies.ts), the cookie statement page (/cookies) is
// made from it, and an end-to-end journey fails if the server sets any cookie not named here.
import { REMEMBER_DAYS, SESSION_COOKIE } from './access.ts';

export interface CookieInList {
  name: string;
  /** What it is for, in plain words. */
  purpose: string;
  /** How long it lasts, in plain words. */
  lasts: string;
}

export const STRICTLY_NECESSARY_COOKIES: readonly CookieInList[] = [
  {
    name: SESSION_COOKIE,
    purpose:
      'Keeps you signed in, so the pages know it is you. It holds a random number, not your name.',
    lasts: `Until you close the browser, or ${REMEMBER_DAYS} days if you chose "Remember this device". Signing out removes it.`,
  },
];
