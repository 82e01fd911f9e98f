// Links in a document: StarterKit's link, whose address may only be a web page (http, https),
// an email address (mailto) or a place relative to the page. Never `javascript:`, `data:` or any
// other scheme a browser might run or open in a surprising way.
import type { Attributes } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { nullOr } from './attribute-rules.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** The longest address kept. */
export const LINK_HREF_MAX_LENGTH = 2048;

/** Whether `href` is an address a link may have. */
export function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string' || href.length > LINK_HREF_MAX_LENGTH) return false;
  // Browsers ignore control characters and spaces around and inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const squeezed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(squeezed)?.[1];
  if (scheme !== undefined) return SAFE_SCHEMES.has(scheme.toLowerCase());
  // No scheme: an address relative to the page ("/plan", "#housing", "page.html").
  return true;
}

/** StarterKit's link, with the rule on its address. */
export const SafeLink = Link.extend({
  addAttributes() {
    const parent: Attributes = this.parent?.() ?? {};
    return {
      ...parent,
      href: {
        ...parent.href,
        default: null,
        validate: nullOr(isSafeHref, 'a web or email address'),
      },
    };
  },
});
