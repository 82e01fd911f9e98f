// Journey: every page and state a person meets passes axe-core (WCAG 2.0, 2.1 and 2.2, A and AA,
// including target size), in the standard look and with high contrast and the largest text.
import {
  createDocument,
  createInvite,
  createWorkspace,
  documentText,
  expect,
  expectNoAxeViolations,
  openDocument,
  personInBrowser,
  test,
} from './fixtures/test.ts';

test('every page passes axe-core', async ({ browser, server, admin }) => {
  // A long journey (axe-core on many pages): more than a minute on a busy machine.
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Self-Advocacy Group');
  const documentId = await createDocument(admin, workspaceId, 'Self-Advocacy Plan');
  const binnedId = await createDocument(admin, workspaceId, 'Old draft');
  await admin.api.delete(`/api/documents/${binnedId}`);
  const invitePath = await createInvite(admin, workspaceId);

  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;

  // Start page, with a workspace, its documents and its bin.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Self-Advocacy Plan' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page');
  // Other journeys on this server have workspaces (and bins) of their own.
  await page.getByRole('button', { name: 'Show the bin of “Self-Advocacy Group”' }).click();
  await expect(page.getByRole('button', { name: 'Restore “Old draft”' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page with the bin open');

  // Renaming a document: the inline form, with an error from the server next to the field.
  await page.getByRole('button', { name: /Rename “Self-Advocacy Plan”/ }).click();
  const titleField = page.getByLabel(/New title for/);
  await titleField.fill('   ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'rename form with an error');
  await page.keyboard.press('Escape');

  // The Display menu, open.
  await page.getByRole('button', { name: 'Display' }).click();
  await expect(page.getByRole('region', { name: 'Display choices' })).toBeVisible();
  await expectNoAxeViolations(page, 'display menu');
  await page.getByRole('button', { name: 'Close' }).click();

  // The document page, then the link and "change your name" dialogs.
  await openDocument(ada, documentId);
  await documentText(page).click();
  await page.keyboard.type('Everyone should have a say.');
  await expectNoAxeViolations(page, 'document page');
  await page.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeVisible();
  await expectNoAxeViolations(page, 'link dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Change my name' }).click();
  await expect(page.getByRole('dialog', { name: 'Change your name' })).toBeVisible();
  await expectNoAxeViolations(page, 'name dialog');
  await page.keyboard.press('Escape');

  // The document page with high contrast, wider spacing, the easier font and the largest text.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByLabel('Largest').check();
  await page.getByLabel('High contrast').check();
  await page.getByLabel('Wider line spacing').check();
  await page.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
  await expectNoAxeViolations(page, 'display menu, high contrast, largest text');
  await page.getByRole('button', { name: 'Close' }).click();
  await expectNoAxeViolations(page, 'document page, high contrast, largest text');
  await ada.context.close();

  // Pages for people who are not signed in yet.
  const visitor = await browser.newContext({ baseURL: server.url });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto('/');
  if (server.setupPath) await expect(visitorPage.getByTestId('signed-out')).toBeVisible();
  else await expect(visitorPage.getByRole('link', { name: 'Self-Advocacy Plan' })).toBeVisible();
  await expectNoAxeViolations(visitorPage, 'start page, signed out');
  if (invitePath) {
    // "What should we call you?" when joining with an invite link.
    await visitorPage.goto(invitePath);
    await expect(visitorPage.getByLabel('Your name')).toBeVisible();
    await expectNoAxeViolations(visitorPage, 'join page');
    await visitorPage.getByRole('button', { name: 'Join' }).click();
    await expect(visitorPage.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(visitorPage, 'join page with an error');
    await visitorPage.goto('/sign-in/not-a-real-link');
    await expectNoAxeViolations(visitorPage, 'sign-in link page');
  } else {
    // Without sign-in, the name form appears on the document page itself.
    await visitorPage.goto(`/documents/${documentId}`);
    await expect(visitorPage.getByLabel('Your name')).toBeVisible();
    await expectNoAxeViolations(visitorPage, 'name form');
  }
  await visitorPage.goto('/no-such-page');
  await expectNoAxeViolations(visitorPage, 'page not found');
  await visitor.close();
});
