/// <reference lib="dom" />
// Journeys for consent and notices (issue 13). Cleo joins from an invite link: she reads what
// Roundtable keeps about her, in Easy Read too, says no to being named in exports, and the
// export leaves her out until she changes her mind on My profile. Anyone, signed in or not,
// reaches the privacy notice, the accessibility statement and the cookie statement from the
// footer; Ada, the administrator, changes the privacy notice with a preview, and what she typed
// shows as words. Last, a whole journey (setup, sign in, a document, a meeting) collects every
// cookie the server sets: each must be on the list the cookie statement is made from. axe-core
// checks every state.
import type { Page } from '@playwright/test';
import {
  createDocument,
  createInvite,
  createWorkspace,
  expect,
  expectNoAxeViolations,
  openDocument,
  test,
} from './fixtures/test.ts';
import { startServer } from './fixtures/server.ts';

test('Cleo joins, reads what is kept in Easy Read, and says no to being named', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(90_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Respite Plan');
  const invite = await createInvite(admin, workspaceId);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto(invite!);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Carers Forum');
  const kept = page.getByRole('region', { name: 'What we keep about you' });
  await expect(kept).toContainText('Your name, so people know who wrote what.');
  await expectNoAxeViolations(page, 'join page');
  await kept.getByRole('button', { name: 'Easy Read' }).click();
  await expect(kept.getByRole('button', { name: 'Easy Read' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(kept).toContainText('We delete what help you need 30 days after the meeting.');
  await expect(kept.locator('img[src="/openmoji/1FAAA.svg"]')).toBeVisible();
  await expectNoAxeViolations(page, 'join page in Easy Read');
  await page.screenshot({ path: 'test-results/screenshots/join-easy-read.png', fullPage: true });

  const question = page.getByRole('group', {
    name: 'Can we show your name in the record of who took part?',
  });
  await expect(question.getByRole('radio', { name: 'No, do not show my name' })).toBeChecked();
  await page.getByLabel('Your name').fill('Cleo Marchbank');
  await question.getByRole('radio', { name: 'Yes, show my name' }).check();
  await question.getByRole('radio', { name: 'No, do not show my name' }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/\/$/);

  const record = async () => {
    const response = await admin.api.get(`/api/documents/${documentId}/export?format=md&record=1`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    return text.slice(text.indexOf('Co-production record'));
  };
  expect(await record()).not.toContain('Cleo');

  await page.getByRole('link', { name: 'My profile' }).click();
  const section = page.getByRole('region', { name: 'Your name in exported drafts' });
  await expect(section.getByRole('radio', { name: 'No, do not show my name' })).toBeChecked();
  await section.getByRole('radio', { name: 'Yes, show my name' }).check();
  await section.getByRole('button', { name: 'Save this choice' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Saved. Your name can be in the record of who took part.',
  );
  await expectNoAxeViolations(page, 'my profile with the choice saved');
  expect(await record()).toContain('Cleo Marchbank');
  await context.close();
});

/** The names in the cookie statement's table, made from the list the server sets cookies from. */
function listedCookies(page: Page) {
  return page.getByRole('table', { name: 'The cookies Roundtable uses' }).getByRole('rowheader');
}

async function visitFromFooter(page: Page, link: string, title: string): Promise<void> {
  await page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: 'About this site' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('anyone reads the notices from the footer; an administrator changes one', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await visitFromFooter(page, 'Privacy', 'Privacy notice');
  await expect(page.getByText('removed 30 days after the meeting')).toBeVisible();
  await expectNoAxeViolations(page, 'privacy notice, signed out');
  await visitFromFooter(page, 'Accessibility', 'Accessibility statement');
  await expect(page.getByRole('heading', { name: 'Known limits' })).toBeVisible();
  await expect(page.getByText(/WCAG\) 2\.2 at level AA/)).toBeVisible();
  await expectNoAxeViolations(page, 'accessibility statement, signed out');
  await visitFromFooter(page, 'Cookies', 'Cookies');
  await expect(listedCookies(page)).toHaveText(['rt_session']);
  await expectNoAxeViolations(page, 'cookie statement');
  await context.close();

  const ada = await browser.newContext({ baseURL: server.url, storageState: admin.storageState });
  const adaPage = await ada.newPage();
  await adaPage.goto('/privacy');
  await adaPage.getByRole('button', { name: 'Change this page' }).click();
  const box = adaPage.getByLabel('The words of the page');
  await box.fill('## Who we are\nHill Ward Council <script>alert(1)</script>\n\n- **Names**');
  const preview = adaPage.getByRole('region', { name: 'Preview: how people will see it' });
  await expect(preview.getByRole('heading', { name: 'Who we are' })).toBeVisible();
  await expectNoAxeViolations(adaPage, 'changing the privacy notice');
  await adaPage.screenshot({ path: 'test-results/screenshots/notice-editor.png', fullPage: true });
  await adaPage.getByRole('button', { name: 'Save the page' }).click();
  await expect(adaPage.getByRole('heading', { level: 2, name: 'Who we are' })).toBeVisible();
  // Saved: the editor closes and the page shows the words as text.
  await expect(adaPage.getByRole('textbox', { name: 'The words of the page' })).toBeHidden();
  await expect(
    adaPage.getByText('Hill Ward Council <script>alert(1)</script>', { exact: true }),
  ).toBeVisible();
  await expect(adaPage.locator('main script')).toHaveCount(0);
  await expectNoAxeViolations(adaPage, 'privacy notice as changed');
  await ada.close();
});

test('the server sets no cookie but those the cookie statement lists', async ({ browser }) => {
  test.setTimeout(120_000);
  const fresh = await startServer();
  const context = await browser.newContext({ baseURL: fresh.url });
  const set = new Set<string>();
  context.on('response', (response) => {
    void response.headerValues('set-cookie').then((values) => {
      for (const value of values) set.add(value.split('=')[0]?.trim() ?? '');
    });
  });
  try {
    const page = await context.newPage();
    await page.goto(fresh.setupPath!);
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('button', { name: 'Start using Roundtable' }).click();
    await expect(page.getByRole('link', { name: 'My profile' })).toBeVisible();
    const made = await page.request.post('/api/workspaces', { data: { name: 'Board' } });
    const workspaceId = ((await made.json()) as { id: string }).id;
    const document = await page.request.post('/api/documents', {
      data: { workspaceId, title: 'Plan' },
    });
    const documentId = ((await document.json()) as { id: string }).id;
    await openDocument({ name: 'Ada', context, page }, documentId);
    const meeting = await page.request.post(`/api/workspaces/${workspaceId}/meetings`, {
      data: { title: 'Workshop', startsAt: '2031-03-04T10:30:00Z', documentIds: [documentId] },
    });
    expect(meeting.status()).toBe(201);
    await page.goto(`/meetings/${((await meeting.json()) as { id: string }).id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Workshop');
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('link', { name: 'My profile' })).toBeHidden();

    const held = (await context.cookies()).map((cookie) => cookie.name);
    expect(set.size, 'the journey saw the sign-in cookie being set').toBeGreaterThan(0);
    await page.goto('/cookies');
    // The statement is rendered after the page loads: read its table once it is there.
    await expect(listedCookies(page).first()).toBeVisible();
    const listed = await listedCookies(page).allTextContents();
    for (const name of [...set, ...held]) expect(listed, `cookie ${name}`).toContain(name);
  } finally {
    await context.close();
    await fresh.stop();
  }
});
