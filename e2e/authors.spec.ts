// Journey: who wrote what. Two people write; one turns on "Show who wrote what" and sees each
// writer's words shaded with their own underline, a legend of names, and the same in words
// ("Paragraph 1: mostly Ada, some Sam"). The choice is remembered after a reload.
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
} from './fixtures/test.ts';

test('the Authors view shows who wrote what, in shading and in words', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Autism Partnership');
  const documentId = await createDocument(admin, workspaceId, 'All-age Autism Strategy');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin);
  const samInBrowser = await personInBrowser(browser, server, sam);
  await openDocument(ada, documentId);
  await openDocument(samInBrowser, documentId);

  await documentText(ada.page).click();
  await ada.page.keyboard.type('People should get a diagnosis within a year.');
  await expect(documentText(samInBrowser.page)).toContainText('within a year.');
  await documentText(samInBrowser.page).click();
  await samInBrowser.page.keyboard.press('Control+End');
  await samInBrowser.page.keyboard.type(' Yes.');
  await expect(documentText(ada.page)).toContainText('a year. Yes.');
  await expect(connectionStatus(samInBrowser.page)).toHaveText('Saved');

  const panel = ada.page.getByRole('region', { name: 'Who wrote what' });
  const toggle = panel.getByRole('button', { name: 'Show who wrote what' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await ada.page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await expect(panel.getByRole('list', { name: 'Writers' }).getByRole('listitem')).toHaveText([
    /Ada$/,
    /Sam$/,
  ]);
  await expect(panel.getByRole('list', { name: 'Each part of the text' })).toContainText(
    'Paragraph 1 (“People should get a diagnosis within a…”): mostly Ada, some Sam',
  );
  const shaded = ada.page.locator('.rt-editor__text .rt-author');
  await expect(shaded.filter({ hasText: 'Yes.' })).toHaveAttribute('data-author', 'Sam');
  await expect(shaded.filter({ hasText: 'diagnosis' })).toHaveAttribute('data-author', 'Ada');
  await expectNoAxeViolations(ada.page, 'document with the Authors view on');
  await ada.page.screenshot({ path: 'test-results/screenshots/authors-desktop.png' });
  await ada.page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await ada.page.screenshot({ path: 'test-results/screenshots/authors-phone.png', fullPage: true });
  await ada.page.setViewportSize({ width: 1280, height: 800 });

  // New words are shaded as they arrive, and the choice is kept for this person.
  await samInBrowser.page.keyboard.type(' Support while waiting.');
  await expect(shaded.filter({ hasText: 'Support while waiting.' })).toHaveAttribute(
    'data-author',
    'Sam',
  );
  await ada.page.reload();
  await expect(
    ada.page
      .getByRole('region', { name: 'Who wrote what' })
      .getByRole('button', { name: 'Show who wrote what' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(ada.page.locator('.rt-editor__text .rt-author').first()).toBeVisible();
  await expect(
    samInBrowser.page.getByRole('button', { name: 'Show who wrote what' }),
  ).toHaveAttribute('aria-pressed', 'false');
  await expect(samInBrowser.page.locator('.rt-editor__text .rt-author')).toHaveCount(0);

  await samInBrowser.context.close();
  await ada.context.close();
});
