// The rules written next to each attribute in the editor's own extension list, read through the
// schema the editor and the server both build from it.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { isIsoTime } from './attribute-rules.ts';
import { createDocumentExtensions } from './extensions.ts';
import { isSafeHref } from './link.ts';

const schema = getSchema(createDocumentExtensions());

describe('attribute rules', () => {
  it('lets links go only to web pages, email addresses and places relative to the page', () => {
    for (const href of [
      'https://example.org/x',
      'http://a.example',
      'mailto:a@b.org',
      '#part',
      '/plan',
    ]) {
      expect(isSafeHref(href)).toBe(true);
    }
    for (const href of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
      42,
      'https://x.org/' + 'a'.repeat(3000),
    ]) {
      expect(isSafeHref(href)).toBe(false);
    }
    expect(() => schema.marks.link?.create({ href: 'javascript:alert(1)' })).toThrow();
    expect(schema.marks.link?.create({ href: 'https://example.org' }).attrs.href).toBe(
      'https://example.org',
    );
  });

  it('takes only the pictures, levels and times the editor makes', () => {
    const paragraph = schema.nodes.paragraph;
    const heading = schema.nodes.heading;
    expect(() =>
      paragraph?.create({ picture: 'openmoji:1F3E0', pictureAlt: 'A house' }),
    ).not.toThrow();
    expect(() => paragraph?.create({ picture: 'openmoji:../../etc/passwd' })).toThrow();
    expect(() => paragraph?.create({ pictureAlt: 'a'.repeat(251) })).toThrow();
    expect(() => heading?.create({ level: 2 })).not.toThrow();
    expect(() => heading?.create({ level: 99 })).toThrow();
    expect(() => heading?.create({ level: 2, checkedAt: 'not a date' })).toThrow();
    expect(isIsoTime('2031-03-04T10:00:00.000Z')).toBe(true);
    expect(isIsoTime('4 March 2031')).toBe(false);
  });
});
