// Optional passwords for those who prefer them, hashed with argon2id.

/** argon2id with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane. */
const options = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Loaded at the first password set or checked: most people sign in by link, and a server
 *  nobody signs in to with a password never needs the native module. */
const argon2 = () => import('@node-rs/argon2');

export const hashPassword = async (password: string): Promise<string> =>
  (await argon2()).hash(password, options);

/** A fixed hash checked when no account matches, so a wrong email takes as long as a wrong password. */
let dummy: Promise<string> | undefined;

export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  const { verify } = await argon2();
  if (stored === null) {
    dummy ??= hashPassword('no account has this password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
