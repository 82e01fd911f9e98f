/// <reference lib="dom" />
// Journey: Ada writes a heading and a list, then exports the draft as Word and as PDF from the
// document page (the PDF and a second Word file in Easy Read, at 21 point), and a saved version
// as a web page (in Easy Read) and as Markdown from the versions page. The downloaded files are
// opened and checked: the Word file's XML has the words and real heading styles (and the Easy
// Read one a two-column table), the PDF's text (pdftotext) has the words in embedded fonts
// (pdffonts), the web page passes axe-core, and the Markdown has a heading and a list. axe-core
// also checks the Export dialog, with and without its Easy Read choices.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Download, Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  connectionStatus,
  createDocument,
  createWorkspace,
  documentText,
  expect,
  expectNoAxeViolations,
  openDocument,
  personInBrowser,
  test,
} from './fixtures/test.ts';

const run = promisify(execFile);

const HEADING = 'What carers told us';
const ITEMS = ['Breaks every month', 'Help at home in the evening'];
const AFTER = 'We will check this plan with the forum.';

/** Chooses a kind of file in the open Export dialog, downloads it and saves it. */
async function download(page: Page, dialog: Locator, format: string, file: string) {
  await dialog.getByRole('radio', { name: format }).check();
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const event = await downloaded;
  const path = test.info().outputPath(file);
  await event.saveAs(path);
  await expect(dialog.getByTestId('export-status')).toHaveText(
    `Your file is ready: ${event.suggestedFilename()}`,
  );
  return { path, name: event.suggestedFilename() };
}

test('export the draft and a version, and check the files', async ({ browser, server, admin }) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Carers Strategy');
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  const { page } = ada;
  await openDocument(ada, documentId);

  // A heading and a bulleted list, typed with the editor's Markdown-like shortcuts.
  const editor = documentText(page);
  await editor.click();
  await page.keyboard.type(`## ${HEADING}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(`- ${ITEMS[0]}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ITEMS[1] ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(AFTER);
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(HEADING);
  await expect(editor.getByRole('listitem')).toHaveText(ITEMS);
  await expect(connectionStatus(page)).toHaveText('Saved');

  // The Export dialog, from the document page.
  await page.getByRole('button', { name: 'Export “Carers Strategy”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Carers Strategy”' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', {
      name: 'Easy Read layout (pictures beside the words, large text)',
    }),
  ).not.toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Easy Read text size' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'export dialog');

  // Word: real heading styles and the words, in word/document.xml.
  const docx = await download(page, dialog, 'Word (DOCX)', 'draft.docx');
  expect(docx.name).toMatch(/\.docx$/);
  const files = unzipSync(new Uint8Array(await readFile(docx.path)));
  const documentXml = files['word/document.xml'];
  expect(documentXml, 'word/document.xml is in the file').toBeDefined();
  const xml = strFromU8(documentXml ?? new Uint8Array());
  expect(xml).toMatch(/w:pStyle w:val="Heading\d"/);
  for (const words of [HEADING, ...ITEMS, AFTER]) expect(xml).toContain(words);
  expect(xml).toContain('<w:numPr>');

  // PDF, in Easy Read at 21 point with the co-production record: the words are real text, in
  // embedded fonts, with the pages numbered.
  await dialog.getByRole('checkbox', { name: /Easy Read layout/ }).check();
  const sizes = dialog.getByRole('group', { name: 'Easy Read text size' });
  await expect(sizes.getByRole('radio', { name: 'Large (16 point)' })).toBeChecked();
  await sizes.getByRole('radio', { name: 'Extra large (21 point)' }).check();
  await expectNoAxeViolations(page, 'export dialog with the Easy Read choices');
  await dialog.getByRole('checkbox', { name: /Add the co-production record/ }).check();
  const pdf = await download(page, dialog, 'PDF', 'draft.pdf');
  expect(pdf.name).toMatch(/\.pdf$/);
  const { stdout: pdfText } = await run('/usr/bin/pdftotext', [pdf.path, '-']);
  const flat = pdfText.replace(/\s+/g, ' ');
  for (const words of [HEADING, ...ITEMS, AFTER, 'Page 1 of']) expect(flat).toContain(words);
  const { stdout: fonts } = await run('/usr/bin/pdffonts', [pdf.path]);
  expect(fonts).toContain('AtkinsonHyperlegibleNext');
  expect(fonts).not.toMatch(/\bno\s+(?:yes|no)\s+(?:yes|no)\s+\d/);
  // A short document: no warning about its length.
  await expect(dialog.getByTestId('export-warning')).toBeEmpty();

  // Word, in Easy Read: the words sit in the right-hand column of a two-column table.
  const easyDocx = await download(page, dialog, 'Word (DOCX)', 'easy-read.docx');
  const easyFiles = unzipSync(new Uint8Array(await readFile(easyDocx.path)));
  const easyXml = strFromU8(easyFiles['word/document.xml'] ?? new Uint8Array());
  expect(easyXml).toMatch(/<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/><\/w:tblGrid>/);
  expect(easyXml).toContain(AFTER);

  // Closing gives focus back to the Export button.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export “Carers Strategy”' })).toBeFocused();

  // A saved version, from the versions page: a web page and Markdown.
  await page.getByRole('link', { name: /Versions/ }).click();
  await page.getByLabel('Name of the version').fill('First draft');
  await page.getByRole('button', { name: 'Save a version' }).click();
  const version = page.getByTestId('version').filter({ hasText: 'First draft' });
  await version.getByRole('button', { name: 'Export “First draft”' }).click();
  const versionDialog = page.getByRole('dialog', { name: 'Export the version “First draft”' });
  await expect(versionDialog).toBeVisible();
  await expectNoAxeViolations(page, 'export dialog for a version');

  // The web page in Easy Read: each paragraph a row of the grid, checked by axe-core below.
  await versionDialog.getByRole('checkbox', { name: /Easy Read layout/ }).check();
  const html = await download(page, versionDialog, 'Web page (HTML)', 'version.html');
  expect(html.name).toMatch(/\.html$/);
  const md = await download(page, versionDialog, 'Markdown', 'version.md');
  const markdown = await readFile(md.path, 'utf8');
  expect(markdown).toMatch(new RegExp(`^#+ ${HEADING}$`, 'm'));
  for (const item of ITEMS) expect(markdown).toMatch(new RegExp(`^[-*] ${item}$`, 'm'));

  // The exported web page stands on its own and passes axe-core.
  const viewer = await ada.context.newPage();
  await viewer.setContent(await readFile(html.path, 'utf8'));
  await expect(viewer.getByRole('heading', { name: HEADING })).toBeVisible();
  await expect(viewer.getByRole('listitem')).toHaveText(ITEMS);
  await expect(viewer.locator('.row').filter({ hasText: AFTER })).toHaveCount(1);
  await expectNoAxeViolations(viewer, 'exported web page, in Easy Read');

  await ada.context.close();
});
