/// <reference lib="dom" />
// Journey: asking the public about a draft. Ada (a facilitator) saves a version and publishes it
// for comment. Two people who have no account, each in their own browser, comment on different
// paragraphs. Ada sees both comments arrive in the queue without reloading, approves one and
// rejects the other; only the approved one shows on the public page. She closes the
// consultation and marks what the comment led to; the public page then shows the results. Ada
// also asks whether people agree with a paragraph; one answers, and the counts are in a table;
// she removes the reason given (the answer still counts).
// She downloads the "You said, we did" report.
// axe-core checks the public page, the comment form, the queue and the results.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
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

const FIRST = 'Buses should be free for people who get support.';
const SECOND = 'Every station needs a ramp and staff to help.';

async function anonymousPage(browser: Browser, baseURL: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

async function comment(page: Page, paragraph: number, words: string, name?: string) {
  await page.getByRole('button', { name: `Comment on paragraph ${paragraph}` }).click();
  const form = page.getByRole('form', { name: `Your comment on paragraph ${paragraph}` });
  await expect(form.getByLabel(`Your comment on paragraph ${paragraph}`)).toBeFocused();
  await form.getByLabel(`Your comment on paragraph ${paragraph}`).fill(words);
  if (name) await form.getByLabel(/Your name/).fill(name);
  await expectNoAxeViolations(page, 'the comment form');
  await form.getByRole('button', { name: 'Send my comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
  // The keyboard is back on the button that opened the form.
  await expect(
    page.getByRole('button', { name: `Comment on paragraph ${paragraph}` }),
  ).toBeFocused();
}

test('publish a version, take comments from two people, moderate, close and mark outcomes', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Transport Forum');
  const documentId = await createDocument(admin, workspaceId, 'Getting About Strategy');
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  const page = ada.page;

  // Ada writes two paragraphs and saves a version.
  await openDocument(ada, documentId);
  await documentText(page).click();
  await page.keyboard.type(FIRST);
  await page.keyboard.press('Enter');
  await page.keyboard.type(SECOND);
  await expect(connectionStatus(page)).toHaveText('Saved');
  await page.getByRole('link', { name: /Versions/ }).click();
  await page.getByLabel('Name of the version').fill('For the public');
  await page.getByRole('button', { name: 'Save a version' }).click();

  // She publishes it for comment.
  await page.getByRole('link', { name: /Ask the public about this version/ }).click();
  await page
    .getByLabel('What are you asking people?')
    .fill('We are writing a plan for getting about town. Tell us what you think of each part.');
  await expectNoAxeViolations(page, 'the publish form');
  await page.getByRole('button', { name: 'Publish for comment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Consultation: Getting About Strategy',
  );
  // She asks whether people agree with the first paragraph.
  const ask = page.getByRole('form', { name: 'Ask a question about a paragraph' });
  await ask.getByRole('button', { name: 'Ask the question' }).click();
  const agreeing = page.getByRole('table', { name: /Paragraph 1: Do you agree/ });
  await expect(agreeing).toBeVisible();
  // And how much the second paragraph would help, from 1 to 5.
  await ask
    .getByLabel('Paragraph', { exact: true })
    .selectOption({ label: `Paragraph 2: ${SECOND}` });
  await ask.getByLabel('How people answer').selectOption('scale');
  await ask.getByRole('button', { name: 'Ask the question' }).click();
  await expect(
    page.getByRole('table', { name: 'Paragraph 2: How much would this help you?' }),
  ).toBeVisible();
  const publicPath = new URL(
    (await page.getByRole('link', { name: /\/consultations\// }).textContent()) ?? '',
  ).pathname;

  // Two people without an account comment, each in their own browser.
  const first = await anonymousPage(browser, server.url, publicPath);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Getting About Strategy');
  await expect(first.getByText(FIRST)).toBeVisible();
  await expectNoAxeViolations(first, 'the public consultation page');
  await comment(first, 1, 'Free buses would let me get to my job.', 'Jo');
  const second = await anonymousPage(browser, server.url, publicPath);
  await comment(second, 2, 'This is not what I wanted to say.');
  const question = second.getByRole('form', { name: 'Do you agree with this paragraph?' });
  await question.getByLabel('I disagree').check();
  await question.getByLabel('Why? (you do not have to say)').fill('Buses cost the council a lot.');
  await expectNoAxeViolations(second, 'the question on a paragraph');
  await question.getByRole('button', { name: /Send my answer/ }).click();
  await expect(second.getByText('You answered “Do you agree with this paragraph?”')).toBeVisible();
  await expect(agreeing.getByRole('cell')).toHaveText(['0', '1', '0']);
  await expect(page.getByText('Buses cost the council a lot.')).toBeVisible();
  // A reason that should not be kept goes; the answer still counts.
  await page.getByRole('button', { name: /Remove this reason/ }).click();
  await expect(page.getByText('Buses cost the council a lot.')).toBeHidden();
  await expect(agreeing.getByRole('cell')).toHaveText(['0', '1', '0']);

  // Both arrive in Ada's queue without a reload.
  const waiting = page.getByRole('region', { name: /Waiting to be read/ });
  await expect(waiting.getByTestId('managed-comment')).toHaveCount(2);
  await expectNoAxeViolations(page, 'the moderation queue');
  await waiting.getByRole('button', { name: 'Approve the comment on paragraph 1' }).click();
  await expect(waiting.getByTestId('managed-comment')).toHaveCount(1);
  await waiting.getByLabel(/Reason for rejecting/).fill('Sent by mistake');
  await waiting.getByRole('button', { name: 'Reject the comment on paragraph 2' }).click();
  await expect(waiting.getByTestId('managed-comment')).toHaveCount(0);

  // Only the approved comment shows publicly.
  await first.reload();
  const onFirst = first.getByRole('list', { name: 'Comments on paragraph 1' });
  await expect(onFirst).toContainText('Free buses would let me get to my job.');
  await expect(onFirst).toContainText('From Jo');
  await expect(first.getByText('This is not what I wanted to say.')).toHaveCount(0);
  await first.screenshot({ path: 'docs/guide/images/public-consultation.png', fullPage: true });

  // Ada closes it and marks what the comment led to.
  await page.getByRole('button', { name: 'Close the consultation now' }).click();
  await expect(page.getByText(/Closed on/)).toBeVisible();
  const outcome = page.getByRole('form', { name: 'What the comment on paragraph 1 led to' });
  await outcome.getByLabel('What it led to').selectOption('changed');
  await outcome.getByRole('button', { name: /Save the outcome/ }).click();
  await expect(
    page
      .getByRole('region', { name: /Comments and what they led to/ })
      .locator('strong', { hasText: 'Changed the draft' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the results page for members');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'web page', exact: true }).click();
  const report = await readFile((await (await downloading).path()) ?? '', 'utf8');
  expect(report).toContain('You said, we did: Getting About Strategy');
  expect(report).toContain('Free buses would let me get to my job.');
  expect(report).toContain('We changed the draft');

  // The workspace's list of consultations says it has closed.
  await page.getByRole('link', { name: 'All consultations' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Getting About Strategy' }),
  ).toContainText('Closed on');
  await expectNoAxeViolations(page, 'the list of consultations');

  // The public page says it has closed, takes no comments, and shows the results.
  await second.reload();
  await expect(second.getByText(/Closed on .* It does not take comments any more/)).toBeVisible();
  await expect(second.getByRole('button', { name: /Comment on paragraph/ })).toHaveCount(0);
  const table = second.getByRole('table', { name: /Comments on each paragraph/ });
  await expect(table.getByRole('row', { name: /Paragraph 1/ })).toContainText('1');
  await expect(second.locator('strong', { hasText: 'Changed the draft' })).toBeVisible();
  // Beside each table, a bar chart of the same numbers, each bar with its words and number.
  const bar = (chart: number, words: string) =>
    second.getByTestId('bar-chart').nth(chart).locator('.rt-bar-chart__row', { hasText: words });
  await expect(bar(0, 'Changed the draft')).toHaveText('Changed the draft1');
  await expect(bar(1, 'I disagree')).toHaveText('I disagree1');
  await expect(
    second.getByRole('table', { name: /Paragraph 1: Do you agree/ }).getByRole('cell'),
  ).toHaveText(['0', '1', '0']);
  await expect(second.getByText('Buses cost the council a lot.')).toHaveCount(0);
  await expectNoAxeViolations(second, 'the public results');
  const publicDownload = second.waitForEvent('download');
  await second.getByRole('link', { name: 'web page', exact: true }).click();
  const shared = await readFile((await (await publicDownload).path()) ?? '', 'utf8');
  expect(shared).toContain('Free buses would let me get to my job.');
  expect(shared).not.toContain('This is not what I wanted to say.');
  // The same report in Easy Read: short sentences, each idea with a picture.
  const easyReadDownload = second.waitForEvent('download');
  await second.getByRole('link', { name: 'Easy Read web page' }).click();
  const easyRead = await readFile((await (await easyReadDownload).path()) ?? '', 'utf8');
  expect(easyRead).toContain('You said: Free buses would let me get to my job.');
  expect(easyRead).toContain('We did: we changed the plan.');
});
