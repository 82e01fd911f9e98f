// The in-review rule: only changes that add or withdraw suggestions get through.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { reviewRuleOf } from '../testing/review-rule.ts';

const mark = (id: string) => ({ id, author: 'u-sam', at: '2026-11-23T10:00:00.000Z' });

/** A draft with one paragraph, "We want homes.", and a person's copy of it. */
function draft(): { room: Y.Doc; person: Y.Doc; text: Y.XmlText } {
  const room = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('We want homes.')]);
  room.getXmlFragment(CONTENT_FRAGMENT).insert(0, [paragraph]);
  const person = new Y.Doc();
  Y.applyUpdate(person, Y.encodeStateAsUpdate(room));
  const text = (person.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  return { room, person, text };
}

/** What `change` sends to the server. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
}

describe('the in-review rule', () => {
  it('lets suggested words in, and words marked for removal', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    expect(
      guard.admits(
        updateOf(person, () => text.insert(13, ' near family', { insertion: mark('s1') })),
      ),
    ).toBe(true);
    expect(guard.admits(updateOf(person, () => text.format(3, 4, { deletion: mark('s2') })))).toBe(
      true,
    );
  });

  it('lets someone withdraw their own suggested words', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    expect(
      guard.admits(updateOf(person, () => text.insert(13, ' now', { insertion: mark('s1') }))),
    ).toBe(true);
    expect(guard.admits(updateOf(person, () => text.delete(13, 4)))).toBe(true);
  });

  it('refuses zero-width spaces typed without a suggestion, alone or carrying a link or bold', () => {
    // Attack finding: U+200B was left out of the baseline wherever it was, so invisible text,
    // and a hidden link on it, got into a draft in review.
    const cases: ((text: Y.XmlText) => void)[] = [
      (text) => text.insert(5, '\u200B\u200B\u200B'),
      (text) => text.insert(1, '\u200B', { link: { href: 'https://evil.example' } }),
      (text) => text.insert(1, '\u200B', { bold: {} }),
      (text) => text.insert(14, '\u200B', { link: { href: 'https://evil.example' } }),
    ];
    for (const edit of cases) {
      const { room, person, text } = draft();
      expect(reviewRuleOf(room).admits(updateOf(person, () => edit(text)))).toBe(false);
    }
    // The suggestion library's own markers are part of a suggestion, and pass.
    const { room, person, text } = draft();
    const marker = updateOf(person, () => text.insert(14, '\u200B', { deletion: mark('s9') }));
    expect(reviewRuleOf(room).admits(marker)).toBe(true);
  });

  it('refuses plain typing, deleting outright, and new formatting', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    const typing = updateOf(person, () => text.insert(0, 'Now '));
    expect(guard.admits(typing)).toBe(false);
    const fresh = draft();
    const freshGuard = reviewRuleOf(fresh.room);
    expect(freshGuard.admits(updateOf(fresh.person, () => fresh.text.delete(0, 3)))).toBe(false);
    expect(
      freshGuard.admits(updateOf(fresh.person, () => fresh.text.format(0, 2, { bold: {} }))),
    ).toBe(false);
  });

  it('refuses accepting a suggestion by removing its mark', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    const suggest = updateOf(person, () => text.insert(13, ' soon', { insertion: mark('s1') }));
    expect(guard.admits(suggest)).toBe(true);
    expect(guard.admits(updateOf(person, () => text.format(13, 5, { insertion: null })))).toBe(
      false,
    );
  });

  it('judges a change that waits for a missing earlier one as refused', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    updateOf(person, () => text.insert(13, ' soon', { insertion: mark('s1') }));
    const later = updateOf(person, () => text.insert(18, '!', { insertion: mark('s1') }));
    expect(guard.admits(later)).toBe(false);
  });

  it('follows changes the room takes from elsewhere, such as an acceptance on the server', () => {
    const { room, person, text } = draft();
    const guard = reviewRuleOf(room);
    const suggest = updateOf(person, () => text.insert(13, ' soon', { insertion: mark('s1') }));
    expect(guard.admits(suggest)).toBe(true);
    const accept = updateOf(person, () => text.format(13, 5, { insertion: null }));
    guard.took(accept);
    expect(guard.admits(updateOf(person, () => text.format(0, 2, { deletion: mark('s3') })))).toBe(
      true,
    );
  });

  it("refuses adding, changing or removing a paragraph's picture, but not suggestions beside one", () => {
    const { room, person, text } = draft();
    const paragraph = person.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
    const guard = reviewRuleOf(room);
    const add = updateOf(person, () => {
      paragraph.setAttribute('picture', 'openmoji:1F3E0');
      paragraph.setAttribute('pictureAlt', 'A house');
    });
    expect(guard.admits(add)).toBe(false);

    const withPicture = draft();
    const pictured = withPicture.room.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
    pictured.setAttribute('picture', 'openmoji:1F3E0');
    pictured.setAttribute('pictureAlt', 'A house');
    Y.applyUpdate(withPicture.person, Y.encodeStateAsUpdate(withPicture.room));
    const theirs = withPicture.person.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
    const pictureGuard = reviewRuleOf(withPicture.room);
    const words = (theirs.get(0) as Y.XmlText).toString().length;
    const suggestion = updateOf(withPicture.person, () =>
      (theirs.get(0) as Y.XmlText).insert(words, ' soon', { insertion: mark('s1') }),
    );
    expect(pictureGuard.admits(suggestion)).toBe(true);
    const alt = updateOf(withPicture.person, () => theirs.setAttribute('pictureAlt', 'A home'));
    expect(pictureGuard.admits(alt)).toBe(false);
    const otherPerson = new Y.Doc();
    Y.applyUpdate(otherPerson, Y.encodeStateAsUpdate(withPicture.room));
    Y.applyUpdate(otherPerson, suggestion);
    const theirCopy = otherPerson.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
    const remove = updateOf(otherPerson, () => theirCopy.removeAttribute('picture'));
    expect(pictureGuard.admits(remove)).toBe(false);
    expect(text.toString()).toBe('We want homes.');
  });
});
