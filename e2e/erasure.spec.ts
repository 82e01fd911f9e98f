// Journey: erasure. Sam suggests words in a draft. Ada, an administrator, erases Sam from the
// Members page after a confirmation in plain words. Jo, another member, then sees the
// suggestion card and the who-wrote-what view name "Former member" and a number, never Sam.
// axe-core checks the confirmation, the members page after, and Jo's document.
import {
  connectionStatus,
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
  typeAtEnd,
} from './fixtures/test.ts';

const FORMER = /^Former member \d+$/;

test('an administrator erases a member, who then shows as a former member', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Mental Health Forum');
  const documentId = await createDocument(admin, workspaceId, 'Crisis Care Plan');
  const samSession = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const joSession = await memberSession(server, await createInvite(admin, workspaceId), 'Jo');
  const viewport = { width: 1280, height: 900 };

  // Sam writes, then suggests more words, and leaves.
  const sam = await personInBrowser(browser, server, samSession, { viewport });
  await openDocument(sam, documentId);
  await typeAtEnd(sam.page, 'A phone line that answers at night.');
  await sam.page.getByRole('radio', { name: /^Suggesting/ }).check();
  await typeAtEnd(sam.page, ' And a quiet room.');
  await expect(sam.page.getByTestId('suggestion-card')).toContainText('Sam suggests');
  await expect(connectionStatus(sam.page)).toHaveText('Saved');
  await sam.context.close();

  // Ada erases Sam from the Members page.
  const ada = await personInBrowser(browser, server, admin, { viewport });
  await ada.page.goto('/');
  await ada.page
    .getByRole('link', { name: 'Members and invites of “Mental Health Forum”' })
    .click();
  const samItem = ada.page.getByTestId('member').filter({ hasText: 'Sam' });
  await samItem.getByRole('button', { name: 'Erase this person (Sam)' }).click();
  const dialog = ada.page.getByRole('dialog', { name: 'Erase Sam?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog).toContainText('“Former member” and a number');
  await expect(
    dialog.getByRole('checkbox', {
      name: /Also take out their suggestions that nobody has decided yet/,
    }),
  ).not.toBeChecked();
  await expectNoAxeViolations(ada.page, 'confirming an erasure');
  await dialog.getByRole('button', { name: 'Yes, erase Sam' }).click();
  await expect(dialog).toBeHidden();
  await expect(ada.page.getByTestId('announcer')).toContainText(
    /Sam was erased\. Everywhere they appeared, they are now Former member \d+\./,
  );
  await expect(ada.page.getByTestId('member').filter({ hasText: 'Sam' })).toHaveCount(0);
  await expectNoAxeViolations(ada.page, 'members after an erasure');

  // Jo sees the suggestion and the writing under the pseudonym.
  const jo = await personInBrowser(browser, server, joSession, { viewport });
  await openDocument(jo, documentId);
  await expect(documentText(jo.page)).toContainText('A phone line that answers at night.');
  const card = jo.page.getByTestId('suggestion-card').first();
  await expect(card.getByRole('heading', { name: /^Former member \d+ suggests/ })).toBeVisible();
  await expect(card).not.toContainText('Sam');
  await expect(documentText(jo.page).locator('.rt-suggestion-by')).toHaveText(FORMER);
  const panel = jo.page.getByRole('region', { name: 'Who wrote what' });
  await panel.getByRole('button', { name: 'Show who wrote what' }).click();
  const writers = panel.getByRole('list', { name: 'Writers' }).getByRole('listitem');
  await expect(writers.filter({ hasText: /Former member \d+$/ })).toHaveCount(1);
  await expect(writers.filter({ hasText: 'Sam' })).toHaveCount(0);
  await expectNoAxeViolations(jo.page, 'document after an erasure');
  await jo.page.screenshot({ path: 'test-results/screenshots/erasure-former-member.png' });
  await Promise.all([ada.context.close(), jo.context.close()]);
  await Promise.all([samSession.api.dispose(), joSession.api.dispose()]);
});
