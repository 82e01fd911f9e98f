// Turns what a person types as a link into a safe web address, or says why it cannot.
// Only web pages and e-mail addresses are allowed: never "javascript:" or other schemes.

export type LinkAddress = { ok: true; href: string } | { ok: false; message: string };

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function toLinkAddress(raw: string): LinkAddress {
  const typed = raw.trim();
  if (!typed) return { ok: false, message: 'Please type a web address.' };
  let candidate = typed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(typed)) {
    candidate = /^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(typed)
      ? `mailto:${typed}`
      : `https://${typed}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return {
      ok: false,
      message: 'That does not look like a web address. Try something like www.example.org',
    };
  }
  if (!ALLOWED.has(url.protocol)) {
    return { ok: false, message: 'Links can only go to web pages or e-mail addresses.' };
  }
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return {
      ok: false,
      message: 'That does not look like a web address. Try something like www.example.org',
    };
  }
  return { ok: true, href: url.href };
}
