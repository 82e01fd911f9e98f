// Journey: comments. Ada selects words and comments on them by keyboard; Sam sees it live (and
// hears it), replies, edits and deletes his reply; Ada resolves, Sam reopens; when the words are
// deleted the thread stays, with its quote, marked "Text removed". A comment made offline is
// kept on the device and sent on reconnect. An observer sees comments, and gets the Comment
// button only once the workspace allows it. Every screen passes axe-core.
import type { Page } from '@playwright/test';
import {
  createDocument,
  createInvite,
  createWorkspace,
  documentText,
  expect,
  expectNoAxeViolations,
  memberSession,
  openDocument,
  personInBrowser,
  test,
  wordsIn,
} from './fixtures/test.ts';

const panel = (page: Page) => page.getByTestId('comments-panel');
const thread = (page: Page, quote: string) =>
  panel(page).getByTestId('comment-thread').filter({ hasText: quote });
const announcer = (page: Page) => page.getByTestId('announcer');

/** Selects `count` characters after `skip` in the first paragraph, by keyboard. */
async function selectByKeyboard(page: Page, skip: number, count: number): Promise<void> {
  await documentText(page).focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < skip; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowRight');
  // The editor reads the selection when the browser reports it changed. A remote change (the
  // other person's cursor) arriving in between can put back the selection the editor last saw,
  // so the last step is lost, as it would be for a person: check, and step on as they would.
  const selected = () => page.evaluate(() => document.getSelection()?.toString().length ?? 0);
  for (let tries = 0; tries < 5; tries++) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    const missing = count - (await selected());
    if (missing <= 0) break;
    for (let i = 0; i < missing; i++) await page.keyboard.press('Shift+ArrowRight');
  }
  expect(await selected()).toBe(count);
}

test('comment, reply, resolve and reopen live, by keyboard, surviving deleted text', async ({
  browser,
  server,
  admin,
}) => {
  // A long journey (many steps, live between two people): more than a minute on a busy machine.
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Housing Strategy');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin);
  const samInBrowser = await personInBrowser(browser, server, sam);
  await openDocument(ada, documentId);
  await openDocument(samInBrowser, documentId);
  const adaPage = ada.page;
  const samPage = samInBrowser.page;

  await documentText(adaPage).focus();
  await adaPage.keyboard.type('We want independent living for everyone.');
  await expect(documentText(samPage)).toContainText('independent living');

  // The Comment button says its shortcut; with nothing selected, the shortcut explains itself.
  const commentButton = adaPage.getByRole('button', { name: 'Comment', exact: true });
  await expect(commentButton).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+M');
  await expect(commentButton).toHaveAttribute('title', 'Comment (Ctrl+Alt+M)');

  // Ada selects "independent living" and comments, all by keyboard.
  await selectByKeyboard(adaPage, 8, 18);
  await adaPage.keyboard.press('Control+Alt+M');
  const dialog = adaPage.getByRole('dialog', { name: 'Comment on the text' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText('independent living');
  await expect(dialog.getByLabel('Your comment')).toBeFocused();
  await expectNoAxeViolations(adaPage, 'the new comment dialog');
  // Sending nothing says what is wrong, and keeps focus in the box.
  await adaPage.keyboard.press('Tab');
  await adaPage.keyboard.press('Enter');
  await expect(dialog.getByText('Please write something first.')).toBeVisible();
  await expect(dialog.getByLabel('Your comment')).toBeFocused();
  await adaPage.keyboard.type('Who decides what independent means?');
  await adaPage.keyboard.press('Tab');
  await adaPage.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(documentText(adaPage)).toBeFocused();
  await expect(thread(adaPage, 'independent living')).toContainText(
    'Who decides what independent means?',
  );
  await expect(announcer(adaPage)).toHaveText(/Your comment was added/);

  // Sam sees it live, hears it politely, and sees the words highlighted in the text.
  const samThread = thread(samPage, 'independent living');
  await expect(samThread).toContainText('Ada');
  await expect(samThread).toContainText('Who decides what independent means?');
  await expect(announcer(samPage)).toHaveText(/Ada commented on “independent living”\./);
  await expect(samPage.locator('.rt-comment-highlight')).toHaveText('independent living');
  await expectNoAxeViolations(samPage, 'the document with a comment');

  // Sam replies by keyboard; focus comes back to the Reply button.
  await samThread.getByRole('button', { name: 'Reply' }).focus();
  await samPage.keyboard.press('Enter');
  await expect(samThread.getByLabel('Your reply')).toBeFocused();
  await samPage.keyboard.type('People who use the services.');
  await samPage.keyboard.press('Tab');
  await samPage.keyboard.press('Enter');
  await expect(samThread.getByRole('button', { name: 'Reply' })).toBeFocused();
  const adaThread = thread(adaPage, 'independent living');
  await expect(adaThread).toContainText('People who use the services.');
  await expect(announcer(adaPage)).toHaveText(/Sam replied about “independent living”\./);

  // Only your own comments have Edit and Delete.
  await expect(adaThread.getByRole('button', { name: 'Edit your comment' })).toHaveCount(1);
  await expect(samThread.getByRole('button', { name: 'Edit your comment' })).toHaveCount(1);

  // Sam changes his reply, then deletes it: the thread keeps a mark.
  await samThread.getByRole('button', { name: 'Edit your comment' }).focus();
  await samPage.keyboard.press('Enter');
  const editBox = samThread.getByLabel('Change your comment');
  await expect(editBox).toBeFocused();
  await samPage.keyboard.press('Control+A');
  await samPage.keyboard.type('People who use the services, and their carers.');
  await samPage.keyboard.press('Tab');
  await samPage.keyboard.press('Enter');
  await expect(samThread.getByRole('button', { name: 'Edit your comment' })).toBeFocused();
  await expect(adaThread).toContainText('and their carers. ');
  await expect(adaThread).toContainText('(changed)');
  await samThread.getByRole('button', { name: 'Delete your comment' }).focus();
  await samPage.keyboard.press('Enter');
  const confirm = samPage.getByRole('dialog', { name: 'Delete your comment?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete comment' }).focus();
  await samPage.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(samThread.getByRole('heading')).toBeFocused();
  await expect(adaThread.getByText('Comment deleted')).toBeVisible();
  await expect(adaThread).not.toContainText('their carers');

  // Ada resolves; focus goes to the Resolved list's button, and Sam sees the counts change.
  await adaThread.getByRole('button', { name: /^Resolve/ }).focus();
  await adaPage.keyboard.press('Enter');
  const adaResolved = panel(adaPage).getByRole('button', { name: 'Resolved (1)' });
  await expect(adaResolved).toBeFocused();
  await expect(panel(adaPage).getByText('No open comments.')).toBeVisible();
  await adaPage.keyboard.press('Enter');
  await expect(adaThread).toContainText('Resolved by Ada');
  await expect(panel(samPage).getByRole('button', { name: 'Resolved (1)' })).toBeVisible();
  await expect(announcer(samPage)).toHaveText(/Ada resolved the comments on/);
  await expect(samPage.locator('.rt-comment-highlight--resolved')).toHaveCount(1);
  await expectNoAxeViolations(adaPage, 'the resolved comments');

  // Sam reopens it.
  await panel(samPage).getByRole('button', { name: 'Resolved (1)' }).focus();
  await samPage.keyboard.press('Enter');
  await samThread.getByRole('button', { name: /^Reopen/ }).focus();
  await samPage.keyboard.press('Enter');
  await expect(panel(samPage).getByRole('button', { name: 'Open (1)' })).toBeFocused();
  await samPage.keyboard.press('Enter');
  await expect(samThread).toBeVisible();
  await expect(panel(adaPage).getByRole('button', { name: 'Open (1)' })).toBeVisible();

  // "Show in text" selects the words and puts focus in the text.
  await panel(adaPage).getByRole('button', { name: 'Open (1)' }).focus();
  await adaPage.keyboard.press('Enter');
  await adaThread.getByRole('button', { name: 'Show in text' }).focus();
  await adaPage.keyboard.press('Enter');
  await expect(documentText(adaPage)).toBeFocused();
  expect(await adaPage.evaluate(() => window.getSelection()?.toString())).toBe(
    'independent living',
  );

  // Ada deletes the words: the thread stays with its quote, marked "Text removed", for both.
  await adaPage.keyboard.press('Delete');
  await expect.poll(() => wordsIn(samPage)).toBe('We want  for everyone.');
  for (const page of [adaPage, samPage]) {
    const card = thread(page, 'independent living');
    await expect(card.getByText('Text removed.')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Show in text' })).toHaveCount(0);
  }
  await expectNoAxeViolations(samPage, 'a thread whose text was removed');

  await ada.context.close();
  await samInBrowser.context.close();
});

test('a comment made offline is kept on the device and sent on reconnect', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Respite plan');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin);
  const samInBrowser = await personInBrowser(browser, server, sam);
  await openDocument(ada, documentId);
  await documentText(ada.page).focus();
  await ada.page.keyboard.type('Short breaks for carers.');
  await openDocument(samInBrowser, documentId);
  await expect(documentText(samInBrowser.page)).toContainText('Short breaks');

  await samInBrowser.context.setOffline(true);
  await selectByKeyboard(samInBrowser.page, 0, 12);
  await samInBrowser.page.keyboard.press('Control+Alt+M');
  await samInBrowser.page.getByLabel('Your comment').fill('How many a year?');
  await samInBrowser.page.getByRole('button', { name: 'Add comment' }).click();
  const card = thread(samInBrowser.page, 'Short breaks');
  await expect(card.getByText('Not sent yet — kept on this device')).toBeVisible();
  await expect(panel(samInBrowser.page)).toContainText('1 change to comments is not sent yet');
  await expect(panel(ada.page).getByText('No open comments.')).toBeVisible();

  await samInBrowser.context.setOffline(false);
  await expect(thread(ada.page, 'Short breaks')).toContainText('How many a year?');
  await expect(card.getByText('Not sent yet — kept on this device')).toHaveCount(0);
  await ada.context.close();
  await samInBrowser.context.close();
});

test('observers read comments, and comment only when the workspace allows it', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Autism Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'All-age strategy');
  const olu = await memberSession(
    server,
    await createInvite(admin, workspaceId, 'observer'),
    'Olu',
  );
  const ada = await personInBrowser(browser, server, admin);
  await openDocument(ada, documentId);
  await documentText(ada.page).focus();
  await ada.page.keyboard.type('Quiet spaces in every library.');
  await selectByKeyboard(ada.page, 0, 12);
  await ada.page.getByRole('button', { name: 'Comment', exact: true }).click();
  await ada.page.getByLabel('Your comment').fill('Which libraries?');
  await ada.page.getByRole('button', { name: 'Add comment' }).click();

  const oluInBrowser = await personInBrowser(browser, server, olu);
  await openDocument(oluInBrowser, documentId);
  const oluPage = oluInBrowser.page;
  await expect(thread(oluPage, 'Quiet spaces')).toContainText('Which libraries?');
  await expect(oluPage.getByRole('button', { name: 'Comment', exact: true })).toHaveCount(0);
  await expect(thread(oluPage, 'Quiet spaces').getByRole('button')).toHaveText(['Show in text']);
  await expect(panel(oluPage)).toContainText('observers cannot add comments');

  // A facilitator allows it on the meetings page; the observer now may comment.
  await ada.page.goto(`/workspaces/${workspaceId}/meetings`);
  await ada.page.getByLabel('Observers may comment').check();
  await expect(ada.page.getByText('Saved. Observers can now comment.')).toBeVisible();
  await expectNoAxeViolations(ada.page, 'the meetings page with the comment setting');
  await oluPage.reload();
  await expect(oluPage.getByRole('button', { name: 'Comment', exact: true })).toBeVisible();
  await thread(oluPage, 'Quiet spaces').getByRole('button', { name: 'Reply' }).click();
  await oluPage.getByLabel('Your reply').fill('The big ones first.');
  await oluPage.getByRole('button', { name: 'Send reply' }).click();
  await ada.page.goto(`/documents/${documentId}`);
  await expect(thread(ada.page, 'Quiet spaces')).toContainText('The big ones first.');
  await ada.context.close();
  await oluInBrowser.context.close();
});

test('the comments list at desktop size, phone size and with the largest text', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Screenshots');
  const documentId = await createDocument(admin, workspaceId, 'Day services review');
  const writer = await personInBrowser(browser, server, admin);
  await openDocument(writer, documentId);
  await documentText(writer.page).focus();
  await writer.page.keyboard.type('Day centres should open at weekends. Transport must be free.');
  await selectByKeyboard(writer.page, 0, 11);
  await writer.page.keyboard.press('Control+Alt+M');
  await writer.page.getByLabel('Your comment').fill('Which day centres do people use most?');
  await writer.page.getByRole('button', { name: 'Add comment' }).click();
  await thread(writer.page, 'Day centres').getByRole('button', { name: 'Reply' }).click();
  await writer.page.getByLabel('Your reply').fill('The one on the high street.');
  await writer.page.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread(writer.page, 'Day centres')).toContainText('The one on the high street.');
  await writer.context.close();

  for (const [name, viewport, textSize] of [
    ['desktop', { width: 1280, height: 900 }, 'standard'],
    ['phone', { width: 390, height: 844 }, 'standard'],
    ['phone-largest-text', { width: 390, height: 844 }, 'largest'],
  ] as const) {
    const person = await personInBrowser(browser, server, admin, { viewport });
    await person.context.addInitScript((value) => {
      window.localStorage.setItem('roundtable.display', value);
    }, JSON.stringify({ textSize }));
    await openDocument(person, documentId);
    const { page } = person;
    await expect(thread(page, 'Day centres')).toContainText('The one on the high street.');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`comments-${name}.png`), fullPage: true });
    await person.context.close();
  }
});
