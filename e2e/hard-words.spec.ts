/// <reference lib="dom" />
// Journey: hard words. Ada writes a sentence, puts the cursor in "advocate" and explains it with
// "Explain a word". Sam, with the same document open, sees the word marked without reloading,
// and when he moves the cursor into it by keyboard, the explanation appears (and is spoken: it is
// a polite live region). The Hard words page lists it. The exported web page and Word file show
// it in bold, with a "Hard words" list at the end. Every screen passes axe-core.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
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

const SENTENCE = 'You can ask an advocate for help.';
const EXPLANATION = 'someone who speaks up for you';

const tip = (page: Page) => page.locator('.rt-hard-word-tip');

/** Puts the cursor after `skip` characters of the first paragraph, by keyboard. */
async function caretAt(page: Page, skip: number): Promise<void> {
  await documentText(page).focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < skip; i++) await page.keyboard.press('ArrowRight');
}

async function download(page: Page, dialog: Locator, format: string, file: string) {
  await dialog.getByRole('radio', { name: format }).check();
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const path = test.info().outputPath(file);
  await (await downloaded).saveAs(path);
  return path;
}

test('explain a word; others see it marked live and explained at the cursor; exports show it', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(240_000);
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Housing Strategy');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  const samInBrowser = await personInBrowser(browser, server, sam);
  await openDocument(ada, documentId);
  await openDocument(samInBrowser, documentId);
  const adaPage = ada.page;
  const samPage = samInBrowser.page;

  await documentText(adaPage).focus();
  await adaPage.keyboard.type(SENTENCE);
  await expect(documentText(samPage)).toContainText('advocate');

  // Ada puts the cursor in "advocate" and explains it.
  await caretAt(adaPage, SENTENCE.indexOf('advocate') + 3);
  await adaPage.getByRole('button', { name: 'Explain a word' }).click();
  const dialog = adaPage.getByRole('dialog', { name: 'Explain a word' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Hard word')).toHaveValue('advocate');
  await expect(dialog.getByLabel('What it means, in easy words')).toBeFocused();
  await expectNoAxeViolations(adaPage, 'the Explain a word dialog');
  await adaPage.keyboard.type(EXPLANATION);
  await dialog.getByRole('button', { name: 'Add the hard word' }).click();
  await expect(dialog).toBeHidden();
  await expect(adaPage.getByTestId('announcer')).toHaveText(/“advocate” is now a hard word/);
  await expect(documentText(adaPage).locator('.rt-hard-word')).toHaveText('advocate');

  // Sam sees it marked without reloading, and the explanation at his cursor, by keyboard.
  // (Ada's caret, drawn inside the word on Sam's screen, cuts the mark in two.)
  const samWord = documentText(samPage).locator('.rt-hard-word');
  await expect.poll(async () => (await samWord.allTextContents()).join('')).toBe('advocate');
  await expect(samWord.first()).toHaveCSS('border-bottom-style', 'dotted');
  await caretAt(samPage, SENTENCE.indexOf('advocate') + 2);
  await expect(tip(samPage)).toHaveText(`Advocate: ${EXPLANATION}`);
  await expect(tip(samPage)).toHaveAttribute('role', 'status');
  await expect(tip(samPage)).toBeVisible();
  await expectNoAxeViolations(samPage, 'the document with a hard word explained');
  // Esc hides it; out of the word there is nothing to explain.
  await samPage.keyboard.press('Escape');
  await expect(tip(samPage)).toHaveText('');
  await samPage.keyboard.press('End');
  await expect(tip(samPage)).toHaveText('');

  // Beside the text, the words in it; and the workspace's list, on its own page.
  const panel = samPage.getByRole('region', { name: 'Hard words' });
  await expect(panel.getByRole('listitem')).toHaveText(`advocate: ${EXPLANATION}`);
  await panel.getByRole('link', { name: 'See, add or change hard words' }).click();
  await expect(samPage.getByRole('heading', { level: 1 })).toHaveText(
    'Hard words: Learning Disability Partnership Board',
  );
  await expect(samPage.getByRole('listitem')).toContainText(['advocate' + EXPLANATION]);
  await expect(samPage.getByRole('button', { name: 'Change “advocate”' })).toBeVisible();
  await expectNoAxeViolations(samPage, 'the Hard words page');

  // Exports: the word in bold, and listed under "Hard words" at the end.
  await expect(connectionStatus(adaPage)).toHaveText('Saved');
  await adaPage.getByRole('button', { name: 'Export “Housing Strategy”' }).click();
  const exportDialog = adaPage.getByRole('dialog', { name: 'Export “Housing Strategy”' });
  const html = await readFile(
    await download(adaPage, exportDialog, 'Web page (HTML)', 'draft.html'),
    'utf8',
  );
  expect(html).toContain('You can ask an <strong>advocate</strong> for help.');
  expect(html).toMatch(/<h2[^>]*>Hard words<\/h2>/);
  expect(html).toContain(`<strong>advocate</strong>: ${EXPLANATION}`);
  const docx = unzipSync(
    new Uint8Array(
      await readFile(await download(adaPage, exportDialog, 'Word (DOCX)', 'draft.docx')),
    ),
  );
  const xml = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
  expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*>advocate<\/w:t>/);
  expect(xml).toContain('>Hard words</w:t>');
  expect(xml).toContain(`>: ${EXPLANATION}</w:t>`);

  await samInBrowser.context.close();
  await ada.context.close();
});
