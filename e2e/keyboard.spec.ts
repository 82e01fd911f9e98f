/// <reference lib="dom" />
// Journey: someone who uses only the keyboard makes a workspace and a document, writes, and
// formats text as bold and as a heading with the toolbar (Alt+F10 to reach it, Esc to go back).
import type { Locator, Page } from '@playwright/test';
import { documentText, expect, personInBrowser, test } from './fixtures/test.ts';

/** Presses Tab until `target` has focus, as a keyboard user would (other journeys on the same
 * server may have added many workspaces before it). */
async function tabTo(page: Page, target: Locator, maxPresses = 400): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('create a document and format text with the keyboard alone', async ({
  browser,
  server,
  admin,
}) => {
  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;
  await page.goto('/');

  // Make a workspace.
  const workspaceName = page.getByLabel('Workspace name');
  await tabTo(page, workspaceName);
  await page.keyboard.type('Keyboard Users Forum');
  await page.keyboard.press('Enter');

  // The cursor goes to the new workspace's "Title" field: start a document there.
  const workspace = page.getByRole('region', { name: 'Keyboard Users Forum' });
  await expect(workspace).toBeVisible();
  const title = workspace.getByLabel('Title');
  await expect(title).toBeFocused();
  await page.keyboard.type('Our plan');
  await page.keyboard.press('Enter');

  // The document opens with focus on its title; Tab on to the text and write.
  await expect(page.getByRole('heading', { level: 1, name: 'Our plan' })).toBeFocused();
  const text = documentText(page);
  await tabTo(page, text);
  await page.keyboard.type('Our plan');
  await page.keyboard.press('Enter');
  await page.keyboard.type('We will meet every month. ');

  // Alt+F10 goes to the toolbar; its first button is Bold.
  await page.keyboard.press('Alt+F10');
  const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
  const bold = toolbar.getByRole('button', { name: 'Bold' });
  await expect(bold).toBeFocused();
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  // Only one button in the toolbar is a tab stop.
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Enter');
  // The format applies and the cursor is back in the text.
  await expect(text).toBeFocused();
  await page.keyboard.type('Everyone is welcome.');
  await expect(text.locator('strong')).toHaveText('Everyone is welcome.');

  // Esc from the toolbar returns to the text without changing anything.
  await page.keyboard.press('Alt+F10');
  await expect(bold).toBeFocused();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(text).toBeFocused();

  // Make the first line a heading: up to it, Alt+F10, arrow to "Heading", Enter.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const heading = toolbar.getByRole('button', { name: 'Heading', exact: true });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(text.getByRole('heading', { name: 'Our plan' })).toBeVisible();
  await page.keyboard.press('Alt+F10');
  await expect(heading).toBeFocused();
  await expect(heading).toHaveAttribute('aria-pressed', 'true');

  // Undo (in the toolbar too) takes back only this person's last change.
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(text.getByRole('heading', { name: 'Our plan' })).toHaveCount(0);

  await expect(page.getByTestId('connection-status')).toHaveText('Saved');
  await ada.context.close();
});
