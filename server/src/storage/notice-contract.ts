// The notices and consent contract: a saved page is kept as typed (markup and all, since it is
// only ever shown as text), one per kind, replaced whole and forgotten on reset; and a person's
// choice about being named in the co-production record is kept and changed like their profile.
import { expect, it } from 'vitest';
import { identityFixtures } from './identity-fixtures.ts';
import type { Store } from './ports.ts';

const at = (minute: number): string => new Date(Date.UTC(2026, 11, 7, 9, minute)).toISOString();

export function noticeContract(current: () => Store): void {
  const { newUser } = identityFixtures(current);

  it('keeps each notice as typed, one per kind, and replaces it whole', async () => {
    const { notices } = current();
    const ada = await newUser({ name: 'Ada', isAdmin: true });
    expect(await notices.getNotice('privacy')).toBeUndefined();
    const typed = '## Who we are\n<script>alert("x")</script> **Council** & “friends”';
    await notices.putNotice({ kind: 'privacy', text: typed, updatedAt: at(1), updatedBy: ada.id });
    await notices.putNotice({
      kind: 'accessibility',
      text: 'We aim for WCAG 2.2 AA.',
      updatedAt: at(2),
      updatedBy: null,
    });
    expect(await notices.getNotice('privacy')).toEqual({
      kind: 'privacy',
      text: typed,
      updatedAt: at(1),
      updatedBy: ada.id,
    });
    await notices.putNotice({
      kind: 'privacy',
      text: 'Shorter.',
      updatedAt: at(3),
      updatedBy: null,
    });
    expect(await notices.getNotice('privacy')).toMatchObject({
      text: 'Shorter.',
      updatedAt: at(3),
    });
    expect(await notices.getNotice('accessibility')).toMatchObject({
      text: 'We aim for WCAG 2.2 AA.',
    });
  });

  it('forgets a notice on reset, so the template shows again', async () => {
    const { notices } = current();
    await notices.putNotice({ kind: 'privacy', text: 'Ours.', updatedAt: at(1), updatedBy: null });
    expect(await notices.deleteNotice('privacy')).toBe(true);
    expect(await notices.getNotice('privacy')).toBeUndefined();
    expect(await notices.deleteNotice('privacy')).toBe(false);
  });

  it('keeps who last changed a notice until their account is erased', async () => {
    const { notices, identity } = current();
    const ada = await newUser({ name: 'Ada', isAdmin: true });
    await notices.putNotice({
      kind: 'privacy',
      text: 'Ours.',
      updatedAt: at(1),
      updatedBy: ada.id,
    });
    await identity.eraseUser(ada.id);
    expect(await notices.getNotice('privacy')).toMatchObject({ text: 'Ours.', updatedBy: null });
  });

  it('keeps whether a person may be named in the record of exports, and changes it', async () => {
    const { identity } = current();
    const sam = await newUser({ name: 'Sam', nameInRecord: true });
    const bea = await newUser({ name: 'Bea' });
    expect((await identity.getUser(sam.id))?.nameInRecord).toBe(true);
    expect((await identity.getUser(bea.id))?.nameInRecord).toBe(false);
    expect((await identity.updateUser(sam.id, { nameInRecord: false }))?.nameInRecord).toBe(false);
    expect((await identity.getUser(sam.id))?.nameInRecord).toBe(false);
    const members = await identity.updateUser(bea.id, { nameInRecord: true });
    expect(members).toMatchObject({ name: 'Bea', nameInRecord: true });
  });
}
