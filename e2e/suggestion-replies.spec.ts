/// <reference lib="dom" />
// Journey: replies on a suggestion card. Sam suggests more words; Jo, in another browser,
// replies on the card by keyboard, and Sam sees the reply arrive live and hears it announced.
// Sam answers in the same conversation. The Comments list shows it as a thread "On Sam’s
// suggestion"; when Sam's suggestion is accepted, the thread is resolved by itself, saying why.
// Every state passes axe-core.
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
} from './fixtures/test.ts';

const card = (page: Page) => page.getByTestId('suggestion-card').first();
const panel = (page: Page) => page.getByTestId('comments-panel');
const announcer = (page: Page) => page.getByTestId('announcer');

/** Opens the reply form from the Reply button by keyboard, writes, and sends with Enter. */
async function replyByKeyboard(page: Page, words: string): Promise<void> {
  const button = card(page).getByRole('button', { name: /^Reply to Sam’s suggestion/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const field = card(page).getByRole('textbox', { name: 'Your reply to Sam’s suggestion' });
  await expect(field).toBeFocused();
  await page.keyboard.type(words);
  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('button', { name: 'Send reply' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    card(page).getByRole('button', { name: /^Reply to Sam’s suggestion/ }),
  ).toBeFocused();
}

test('reply on a suggestion card by keyboard; others see it live; deciding closes it', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Carers Strategy');
  const samSession = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const joSession = await memberSession(server, await createInvite(admin, workspaceId), 'Jo');
  const viewport = { width: 1280, height: 900 };
  const sam = await personInBrowser(browser, server, samSession, { viewport });
  const jo = await personInBrowser(browser, server, joSession, { viewport });

  await openDocument(sam, documentId);
  await documentText(sam.page).click();
  await sam.page.keyboard.type('We want homes near friends.');
  await sam.page.getByRole('radio', { name: /^Suggesting/ }).check();
  await documentText(sam.page).click();
  await sam.page.keyboard.press('Control+End');
  await sam.page.keyboard.type(' And more support at home.');
  await expect(card(sam.page)).toContainText('Sam suggests');

  await openDocument(jo, documentId);
  await expect(card(jo.page)).toContainText('adds ‘And more support at home.’');

  // Jo opens the form by keyboard; Esc closes it and puts focus back on Reply.
  const joReply = card(jo.page).getByRole('button', { name: /^Reply to Sam’s suggestion/ });
  await joReply.focus();
  await jo.page.keyboard.press('Enter');
  await expect(
    card(jo.page).getByRole('textbox', { name: 'Your reply to Sam’s suggestion' }),
  ).toBeFocused();
  await expectNoAxeViolations(jo.page, 'reply form on a suggestion card');
  await jo.page.keyboard.press('Escape');
  await expect(joReply).toBeFocused();

  await replyByKeyboard(jo.page, 'Who would pay for it?');
  await expect(card(jo.page).getByTestId('suggestion-reply')).toContainText(
    'Who would pay for it?',
  );
  await expect(jo.page.getByTestId('announcer')).toContainText('Your reply to Sam’s suggestion');

  // Sam sees it live, hears it politely, and answers in the same conversation.
  await expect(card(sam.page).getByTestId('suggestion-reply')).toContainText(
    'Who would pay for it?',
  );
  await expect(card(sam.page).getByTestId('suggestion-reply')).toContainText('Jo');
  await expect(announcer(sam.page)).toContainText('Jo commented on “And more support at home.”');
  await expect(card(sam.page).getByRole('heading', { name: /^1 reply/ })).toBeVisible();
  await replyByKeyboard(sam.page, 'The council, as agreed in March.');
  await expect(card(jo.page).getByTestId('suggestion-reply')).toHaveCount(2);
  await expect(card(jo.page).getByRole('heading', { name: /^2 replies/ })).toBeVisible();
  await expect(
    card(jo.page).getByRole('button', { name: /^Reply to Sam’s suggestion \(2 replies\)/ }),
  ).toBeVisible();
  await expectNoAxeViolations(jo.page, 'suggestion card with replies');

  // The Comments list shows the conversation as one thread on Sam's suggestion.
  const thread = panel(jo.page).getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText('On Sam’s suggestion');
  await expect(thread).toContainText('The council, as agreed in March.');

  // Jo accepts it: the card goes, and the thread is resolved for everyone, saying why.
  await card(jo.page)
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(sam.page.getByTestId('suggestion-card')).toHaveCount(0);
  const samResolved = panel(sam.page).getByRole('button', { name: 'Resolved (1)' });
  await expect(samResolved).toBeVisible();
  await samResolved.click();
  await expect(panel(sam.page).getByTestId('comment-thread')).toContainText(
    'Resolved when the suggestion was accepted by Jo',
  );
  await expect(panel(sam.page).getByTestId('comment-thread')).toContainText(
    'Who would pay for it?',
  );
  await expectNoAxeViolations(sam.page, 'resolved thread of a decided suggestion');
});
