/// <reference lib="dom" />
// Journey: an Easy Read version keeps in step with its full draft, and the group checks it. Ada
// (the facilitator) writes a draft with two sections and makes its Easy Read version. The draft
// changes, and the Easy Read version says its "Housing" part may be out of date, shows what
// changed, and "Mark as checked" clears it. Ada asks the group to check it; Sam goes through
// the pages in the browser and Ben through the REST API; Ada reads what they said, and the
// export carries "Checked by 2 members of …". axe-core checks every state. The check page goes
// to docs/guide/images/ for the guide and the README; the rest to test-results/screenshots/ at
// desktop and phone size and with the largest text.
import type { Page } from '@playwright/test';
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

const shots = 'test-results/screenshots';

/**
 * The page as it is, at desktop size, then at phone size in the standard look and with the
 * largest text (set as the Display menu sets it), checking nothing is wider than the screen.
 */
async function pictures(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const textSize of ['standard', 'largest'] as const) {
    await page.evaluate((size) => (document.documentElement.dataset.textSize = size), textSize);
    await page.screenshot({ path: `${shots}/${name}-phone-${textSize}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} (${textSize}) is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'standard'));
  await page.setViewportSize(desktop);
}

test('an Easy Read version keeps in step, and the group checks it', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(240_000);
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const draftId = await createDocument(admin, workspaceId, 'Learning Disability Strategy');
  const invite = await createInvite(admin, workspaceId);
  const samSession = await memberSession(server, invite, 'Sam');
  const benSession = await memberSession(server, invite, 'Ben');
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 800 },
  });

  // Ada writes the full draft: two sections.
  await openDocument(ada, draftId);
  await documentText(ada.page).click();
  for (const line of ['## Housing', 'We want homes near friends.', '## Transport']) {
    await ada.page.keyboard.type(line);
    await ada.page.keyboard.press('Enter');
  }
  await ada.page.keyboard.type('Buses should run late.');
  await expect(connectionStatus(ada.page)).toHaveText('Saved');

  // She makes its Easy Read version: one section per section, each heading with room below.
  await ada.page.getByRole('button', { name: 'Make an Easy Read version' }).click();
  await expect(ada.page.getByRole('heading', { level: 1 })).toHaveText(
    'Easy Read: Learning Disability Strategy',
  );
  const easyReadId = new URL(ada.page.url()).pathname.split('/').pop()!;
  const easyText = documentText(ada.page);
  await expect(easyText.getByRole('heading')).toHaveText(['Housing', 'Transport']);
  await expect(
    ada.page.getByRole('link', { name: '“Learning Disability Strategy”' }).first(),
  ).toBeVisible();
  const summary = ada.page.getByTestId('keep-in-step-summary');
  await expect(summary).toHaveText('Every part is up to date with the full draft.');
  for (const [heading, words] of [
    ['Housing', 'You choose where you live.'],
    ['Transport', 'Buses run late at night.'],
  ] as const) {
    await easyText.getByRole('heading', { name: heading }).click();
    await ada.page.keyboard.press('End');
    await ada.page.keyboard.press('ArrowDown');
    await ada.page.keyboard.type(words);
  }
  await expect(connectionStatus(ada.page)).toHaveText('Saved');
  await expectNoAxeViolations(ada.page, 'Easy Read version');

  // The full draft changes, in another tab.
  const draftTab = await ada.context.newPage();
  await draftTab.goto(`/documents/${draftId}`);
  await documentText(draftTab).getByText('We want homes near friends.').click();
  await draftTab.keyboard.press('End');
  await draftTab.keyboard.type(' and family');
  await expect(connectionStatus(draftTab)).toHaveText('Saved');
  await draftTab.close();

  // The Easy Read version says so: in the text under "Housing", beside it, and out loud.
  await expect(easyText.getByText('May be out of date: the full draft changed.')).toHaveCount(1);
  await expect(summary).toHaveText('1 part may be out of date.');
  await expect(ada.page.getByTestId('announcer')).toContainText(
    '“Housing” may be out of date: the full draft changed.',
  );
  await ada.page.getByRole('button', { name: 'Show what changed in “Housing”' }).click();
  await expect(ada.page.getByTestId('draft-changes').locator('ins')).toHaveText(
    'Added: and family (end of added words)',
  );
  await expectNoAxeViolations(ada.page, 'Easy Read version, out of date');
  await pictures(ada.page, 'easy-read-out-of-date');

  // "Mark as checked" clears it.
  await ada.page.getByRole('button', { name: /^Mark as checked\s*: “Housing”/ }).click();
  await expect(summary).toHaveText('Every part is up to date with the full draft.');
  await expect(easyText.getByText('May be out of date')).toHaveCount(0);

  // Ada asks the group to check it.
  await ada.page.getByRole('link', { name: 'What the group said' }).click();
  await ada.page.getByRole('button', { name: 'Ask the group to check it' }).click();
  await ada.page.getByRole('dialog').getByRole('button', { name: 'Ask the group' }).click();
  await expect(ada.page.getByTestId('check-stamp')).toContainText('nobody has answered');

  // Sam checks both pages in his browser.
  const sam = await personInBrowser(browser, server, samSession, {
    viewport: { width: 1280, height: 800 },
  });
  await sam.page.goto(`/documents/${easyReadId}/check`);
  await expect(sam.page.getByTestId('check-progress')).toHaveText('Page 1 of 2');
  await expect(sam.page.getByRole('heading', { level: 2 })).toHaveText('Housing');
  await expect(sam.page.getByText('You choose where you live.')).toBeVisible();
  await sam.page.getByRole('radio', { name: 'I understand this' }).check();
  await sam.page.getByRole('button', { name: 'Next page' }).click();
  await expect(sam.page.getByTestId('check-progress')).toHaveText('Page 2 of 2');
  await expect(sam.page.getByRole('heading', { name: 'Transport' })).toBeFocused();
  await sam.page.getByRole('radio', { name: "I don't understand" }).check();
  await sam.page.getByLabel('Which words are hard?').fill('run late');
  await expectNoAxeViolations(sam.page, 'check page');
  await sam.page.screenshot({ path: 'docs/guide/images/easy-read-check.png', fullPage: true });
  await pictures(sam.page, 'easy-read-check');
  await sam.page.getByRole('button', { name: 'Finish' }).click();
  await expect(sam.page.getByText('You have checked every page.')).toBeVisible();

  // Ben answers too, through the REST API.
  const current = await benSession.api.get(`/api/documents/${easyReadId}/check-rounds/current`);
  const roundId = ((await current.json()) as { round: { id: string } }).round.id;
  for (const page of [1, 2]) {
    const answer = await benSession.api.put(`/api/check-rounds/${roundId}/answers`, {
      data: { page, answer: page === 1 ? 'understand' : 'not-sure' },
    });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  // Ada reads what they said: the page people did not understand first, flagged in words.
  await ada.page.reload();
  const rows = ada.page.getByTestId('check-results').getByRole('row');
  await expect(rows.nth(1).getByRole('rowheader')).toContainText(
    /^Page 2: Transport.*Needs another look$/,
  );
  await expect(rows.nth(1)).toContainText('“run late”');
  const stamp = ada.page.getByTestId('check-stamp');
  await expect(stamp).toContainText(
    /Checked by 2 members of the Learning Disability Partnership Board on \d{1,2} \w+ \d{4}/,
  );
  await expectNoAxeViolations(ada.page, 'check results');
  await pictures(ada.page, 'easy-read-results');

  // The export carries the line.
  const line = /“(Checked by .*)”/.exec((await stamp.textContent()) ?? '')?.[1] ?? '';
  const exported = await admin.api.get(`/api/documents/${easyReadId}/export?format=html`);
  expect(await exported.text()).toContain(line);
});
