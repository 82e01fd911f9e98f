/// <reference lib="dom" />
// Journey: a person changes how Roundtable looks and has text read aloud. Choices apply to the
// whole app and are remembered after a reload. The browser's speech is replaced by a recorder
// here (headless Chromium has no voices), so the test can check what would be said.
import {
  createDocument,
  createWorkspace,
  documentText,
  expect,
  openDocument,
  personInBrowser,
  test,
} from './fixtures/test.ts';

test('display choices are applied and remembered, and read aloud reads the paragraph', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Self-Advocacy Group');
  const documentId = await createDocument(admin, workspaceId, 'Meeting notes');
  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;
  await ada.context.addInitScript(() => {
    const spoken: string[] = [];
    const utterances: SpeechSynthesisUtterance[] = [];
    let cancelled = 0;
    const recorder = {
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push(utterance.text);
        utterances.push(utterance);
      },
      cancel() {
        cancelled += 1;
      },
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: recorder, configurable: true });
    Object.defineProperty(window, 'spokenForTest', { get: () => ({ spoken, cancelled }) });
    // The browser says when it starts and ends each utterance; here the test says so.
    Object.defineProperty(window, 'speechEventForTest', {
      value: (index: number, event: 'start' | 'end') =>
        utterances[index]?.[event === 'start' ? 'onstart' : 'onend']?.call(
          utterances[index] as SpeechSynthesisUtterance,
          new Event(event) as SpeechSynthesisEvent,
        ),
    });
  });
  const said = () =>
    page.evaluate(
      () => (window as unknown as { spokenForTest: { spoken: string[] } }).spokenForTest.spoken,
    );

  await openDocument(ada, documentId);
  await documentText(page).click();
  await page.keyboard.type('We met on Tuesday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Housing was the main topic. We want homes near friends.');

  // Read aloud, with the cursor in the second paragraph: one sentence at a time, and the
  // sentence being read is highlighted as reading goes on.
  const displayButton = page.getByRole('button', { name: 'Display' });
  await displayButton.click();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(said).toEqual(['Housing was the main topic.', 'We want homes near friends.']);
  await expect(page.getByText('Reading aloud…')).toBeVisible();
  const speechEvent = (index: number, event: 'start' | 'end') =>
    page.evaluate(
      ([at, name]) =>
        (
          window as unknown as { speechEventForTest: (i: number, e: string) => void }
        ).speechEventForTest(at as number, name as string),
      [index, event] as const,
    );
  const reading = documentText(page).locator('.rt-reading-sentence');
  await speechEvent(0, 'start');
  await expect(reading).toHaveText('Housing was the main topic.');
  await speechEvent(1, 'start');
  await expect(reading).toHaveText('We want homes near friends.');
  await speechEvent(1, 'end');
  await expect(reading).toHaveCount(0);
  await expect(page.getByText('Reading aloud…')).toBeHidden();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.getByText('Reading aloud…')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(displayButton).toBeFocused();
  await page.locator('.rt-reading-bar').getByRole('button', { name: 'Stop reading' }).click();
  await expect(page.getByText('Reading aloud…')).toBeHidden();

  // Read aloud the selected words.
  await documentText(page).click();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await displayButton.click();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect
    .poll(said)
    .toEqual([
      'Housing was the main topic.',
      'We want homes near friends.',
      'Housing was the main topic.',
      'We want homes near friends.',
      'We met on Tuesday.',
    ]);
  await page.getByRole('button', { name: 'Stop reading' }).first().click();

  // Text size, contrast, spacing and font apply to the whole page.
  await page.getByLabel('Largest').check();
  await page.getByLabel('High contrast').check();
  await page.getByLabel('Wider line spacing').check();
  await page.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'largest');
  await expect(html).toHaveClass(/rt-high-contrast/);
  await expect(html).toHaveClass(/rt-wide-spacing/);
  await expect(html).toHaveClass(/rt-readable-font/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
    '32px',
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );

  // Remembered on this device, on every page.
  await page.goto('/');
  await expect(html).toHaveAttribute('data-text-size', 'largest');
  await expect(html).toHaveClass(/rt-high-contrast/);
  await page.reload();
  await expect(html).toHaveClass(/rt-readable-font/);
  await ada.context.close();
});

test('a document moved to the bin while open stops, and says why', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Older People’s Forum');
  const documentId = await createDocument(admin, workspaceId, 'Draft to be binned');
  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;
  await openDocument(ada, documentId);
  await expect(page.getByTestId('connection-status')).toHaveText('Saved');

  const response = await admin.api.delete(`/api/documents/${documentId}`);
  expect(response.ok()).toBe(true);

  await expect(page.getByRole('alert')).toContainText(
    'This document was deleted or moved to the bin',
  );
  await expect(page.getByTestId('connection-status')).toHaveText('Not connected');
  await expect(documentText(page)).toHaveAttribute('contenteditable', 'false');
  await ada.context.close();
});
