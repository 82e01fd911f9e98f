/// <reference lib="dom" />
import { createDocument, createWorkspace, documentText, expect, openDocument, personInBrowser, test } from './fixtures/test.ts';

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, text: 'standard' },
  { name: 'phone', viewport: { width: 390, height: 844 }, text: 'standard' },
  { name: 'large', viewport: { width: 1280, height: 800 }, text: 'largest' },
];

test('screens', async ({ browser, server, admin }) => {
  test.setTimeout(300_000);
  const workspaceId = await createWorkspace(admin, 'Board');
  const documentId = await createDocument(admin, workspaceId, 'Housing plan');
  for (const size of sizes) {
    const ada = await personInBrowser(browser, server, admin, { viewport: size.viewport });
    const { page } = ada;
    await ada.context.addInitScript((text) => {
      localStorage.setItem('roundtable.display', JSON.stringify({ textSize: text, highContrast: false, wideSpacing: false, readableFont: false }));
      const utterances: SpeechSynthesisUtterance[] = [];
      Object.defineProperty(window, 'speechSynthesis', { value: { speak: (u: SpeechSynthesisUtterance) => utterances.push(u), cancel() {}, getVoices: () => [] }, configurable: true });
      Object.defineProperty(window, 'startForTest', { value: (i: number) => utterances[i]?.onstart?.call(utterances[i] as SpeechSynthesisUtterance, new Event('start') as SpeechSynthesisEvent) });
    }, size.text);
    await openDocument(ada, documentId);
    if (size.name === 'desktop') {
      await documentText(page).click();
      await page.keyboard.type('We met on Tuesday. Housing was the main topic. We want homes near friends.');
    } else {
      await documentText(page).click();
      await page.keyboard.press('End');
    }
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
    await page.screenshot({ path: `/tmp/ee-shots/display-${size.name}.png` });
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await page.evaluate(() => (window as unknown as { startForTest: (i: number) => void }).startForTest(1));
    await page.keyboard.press('Escape');
    await expect(documentText(page).locator('.rt-reading-sentence')).toHaveText('Housing was the main topic.');
    await page.screenshot({ path: `/tmp/ee-shots/reading-${size.name}.png` });
    await page.locator('.rt-reading-bar').getByRole('button', { name: 'Stop reading' }).click();
    await page.route('**/export?**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'roundtable-page-count': '23', 'roundtable-page-count-basis': 'pdf' } });
    });
    await page.getByRole('button', { name: /^Export/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByRole('checkbox', { name: /Easy Read layout/ }).check();
    await page.screenshot({ path: `/tmp/ee-shots/export-${size.name}.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect(dialog.getByTestId('export-warning')).toContainText('23 pages');
    await dialog.getByTestId('export-warning').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/ee-shots/export-warning-${size.name}.png` });
    await ada.context.close();
  }
});
