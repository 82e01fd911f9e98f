/// <reference lib="dom" />
// Journey: the plain-English helper. Sam turns it on by keyboard, asks for the Easy Read length,
// and sees "This sentence has 23 words" in the panel, with the sentence marked in the text.
// "Show in text", pressed by keyboard, selects the sentence in the editor. The versions page
// shows the same kind of summary for a saved version. axe-core checks the panel and the page.
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

const LONG =
  'We will meet people who use our services in the town hall every month to talk about what works well for them now.';
const shots = 'test-results/screenshots';

test('the plain-English helper finds a long sentence and shows it in the text', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Day Services Plan');
  const samSession = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const sam = await personInBrowser(browser, server, samSession, {
    viewport: { width: 1280, height: 800 },
  });
  const { page } = sam;
  await openDocument(sam, documentId);
  await documentText(page).click();
  await page.keyboard.type(`The plan was agreed by the CQC. ${LONG}`);
  await expect(connectionStatus(page)).toHaveText('Saved');

  const panel = page.getByRole('region', { name: 'Plain English' });
  const toggle = panel.getByRole('button', { name: 'Check plain English' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByText('“CQC” is not explained.')).toBeVisible();
  await expect(panel.getByText('This sentence has 23 words.')).toHaveCount(0);
  await panel.getByRole('checkbox', { name: /Check for Easy Read/ }).press('Space');

  const finding = panel
    .getByRole('list', { name: /^Paragraph 1/ })
    .getByRole('listitem')
    .filter({ hasText: 'This sentence has 23 words.' });
  await expect(finding).toContainText('Try to use 15 words or fewer.');
  await expect(panel).toContainText('1 of 2 sentences is long (more than 15 words).');
  await expect(page.getByTestId('announcer')).toContainText('Plain English check:');
  await expect(page.locator('.rt-editor__text .rt-plain-mark--sentence')).toHaveText(LONG);
  await expectNoAxeViolations(page, 'document with the plain-English helper on');
  await page.screenshot({ path: `${shots}/plain-english-desktop.png` });

  // "Show in text" by keyboard: the sentence is selected in the editor, which has the focus.
  const show = finding.getByRole('button', { name: 'Show in text' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(documentText(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(LONG);

  // The versions page gives the summary of a saved version.
  await page.getByRole('link', { name: /Versions/ }).click();
  await page.getByLabel('Name of the version').fill('First plan');
  await page.getByRole('button', { name: 'Save a version' }).click();
  await page.getByRole('button', { name: 'View “First plan”' }).click();
  const summary = page.getByRole('region', { name: 'Plain English' });
  await expect(summary).toContainText('0 of 2 sentences are long (more than 25 words).');
  await expect(summary).toContainText('1 abbreviation is not explained.');
  await expectNoAxeViolations(page, 'a version with its plain-English summary');
});
