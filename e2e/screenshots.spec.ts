/// <reference lib="dom" />
// Journey pictures: every page at desktop (1280 × 800) and phone (390 × 844) size, in the
// standard look and with the largest text, saved to test-results/screenshots/ for a person to
// look at. The test also checks that nothing is wider than the screen (no sideways scrolling),
// which is how cut-off or overlapping content usually shows up. `npm test` runs the phone with the
// largest text only; `npm run screenshots` runs every size.
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from './fixtures/server.ts';
import {
  adminSession,
  createDocument,
  createInvite,
  createWorkspace,
  documentText,
  expect,
  memberSession,
  openDocument,
  personInBrowser,
  test,
} from './fixtures/test.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const TEXT_SIZES = ['standard', 'largest'] as const;

async function expectNoSidewaysScrolling(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} is wider than the screen`).toBeLessThanOrEqual(0);
}

// Each picture set gets its own server, so the pages show one workspace, as a new group would.
const fresh = test.extend<{ ownServer: RunningServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  ownServer: async ({}, use) => {
    const server = await startServer();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
});

// `npm test` takes the hardest case for the layout (a phone with the largest text);
// `npm run screenshots` takes every size, for a person to look at the pictures.
const everySize = Boolean(process.env.SCREENSHOTS_ALL);

for (const viewport of VIEWPORTS) {
  for (const textSize of TEXT_SIZES) {
    if (!everySize && (viewport.name !== 'phone' || textSize !== 'largest')) continue;
    fresh(
      `screenshots: ${viewport.name}, ${textSize} text`,
      async ({ browser, ownServer: server }) => {
        // Every page and dialog, twice over, on one server: more than a minute on a busy machine.
        fresh.setTimeout(180_000);
        const admin = await adminSession(server, 'Ada');
        const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
        const documentId = await createDocument(admin, workspaceId, 'Learning Disability Strategy');
        await createDocument(admin, workspaceId, 'Easy Read summary of the plan');
        const binned = await createDocument(admin, workspaceId, 'Old draft from March');
        await admin.api.delete(`/api/documents/${binned}`);
        const invitePath = await createInvite(admin, workspaceId);
        const sam = await memberSession(server, invitePath, 'Sam');
        await admin.api.post(`/api/workspaces/${workspaceId}/hard-words`, {
          data: {
            word: 'learning disability',
            explanation: 'when learning, understanding or doing some things is harder for you',
          },
        });

        const size = { width: viewport.width, height: viewport.height };
        const ada = await personInBrowser(browser, server, admin, { viewport: size });
        const samInBrowser = await personInBrowser(browser, server, sam, { viewport: size });
        const display = JSON.stringify({ textSize });
        for (const person of [ada, samInBrowser]) {
          await person.context.addInitScript((value) => {
            window.localStorage.setItem('roundtable.display', value);
          }, display);
        }
        const { page } = ada;
        // Whole pages, except for things that float over the page (menus, dialogs): those are
        // pictured as the screen shows them.
        const shot = async (name: string, { fullPage = true } = {}) => {
          const label = `${name}-${viewport.name}-${textSize}`;
          await expectNoSidewaysScrolling(page, label);
          await page.screenshot({ path: `test-results/screenshots/${label}.png`, fullPage });
        };

        await page.goto('/');
        await expect(
          page.getByRole('link', { name: 'Learning Disability Strategy' }),
        ).toBeVisible();
        await shot('start');
        await page.getByRole('button', { name: /Show the bin/ }).click();
        await expect(page.getByRole('button', { name: /Restore “Old draft/ })).toBeVisible();
        await shot('start-bin');

        await page.getByRole('button', { name: 'Display' }).click();
        await expect(page.getByRole('region', { name: 'Display choices' })).toBeVisible();
        await shot('display-menu', { fullPage: false });
        await page.getByRole('button', { name: 'Close' }).click();

        await openDocument(ada, documentId);
        await openDocument(samInBrowser, documentId);
        await documentText(page).click();
        await page.keyboard.type('Our strategy');
        await page.keyboard.press('Enter');
        await page.keyboard.type(
          'We want people with learning disabilities to have good jobs, homes near friends, and a say in decisions.',
        );
        await documentText(samInBrowser.page).click();
        await samInBrowser.page.keyboard.press('Control+End');
        await samInBrowser.page.keyboard.type(' Transport matters too.');
        await expect(
          page.locator('.collaboration-carets__label', { hasText: 'Sam' }),
        ).toBeVisible();
        await expect(page.getByTestId('connection-status')).toHaveText('Saved');
        await shot('document');
        await shot('document-screen', { fullPage: false });

        // The cursor in a hard word: what it means shows under it.
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Home');
        for (let i = 0; i < 'We want people with lear'.length; i++) {
          await page.keyboard.press('ArrowRight');
        }
        await expect(page.locator('.rt-hard-word-tip')).toContainText('Learning disability:');
        await shot('hard-word-tip', { fullPage: false });

        await page.getByRole('button', { name: 'Link' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot('link-dialog', { fullPage: false });
        await page.keyboard.press('Escape');

        // The picture picker, and a paragraph with its picture on the left. The pointer moves
        // off the text first: resting on a hard word, its tip covers the words under it.
        await page.mouse.move(0, 0);
        await documentText(page).click();
        await page.getByRole('button', { name: 'Add a picture' }).click();
        const picker = page.getByRole('dialog', { name: 'Add a picture' });
        await picker.getByRole('searchbox', { name: 'Find a picture' }).fill('house');
        await picker.getByRole('option', { name: 'house', exact: true }).click();
        await shot('picture-dialog', { fullPage: false });
        await picker.getByRole('button', { name: 'Save picture' }).click();
        await expect(documentText(page).getByRole('img', { name: 'House' })).toBeVisible();
        await shot('document-with-picture');

        await page.goto(`/workspaces/${workspaceId}/hard-words`);
        await expect(page.getByRole('heading', { name: /Hard words \(1\)/ })).toBeVisible();
        await shot('hard-words');

        const visitor = await browser.newContext({ baseURL: server.url, viewport: size });
        await visitor.addInitScript((value) => {
          window.localStorage.setItem('roundtable.display', value);
        }, display);
        const visitorPage = await visitor.newPage();
        await visitorPage.goto('/');
        await expect(visitorPage.getByRole('heading', { level: 1 })).toBeVisible();
        await visitorPage.screenshot({
          path: `test-results/screenshots/signed-out-${viewport.name}-${textSize}.png`,
          fullPage: true,
        });
        if (invitePath) {
          await visitorPage.goto(invitePath);
          await expect(visitorPage.getByLabel('Your name')).toBeVisible();
          await expectNoSidewaysScrolling(visitorPage, 'join');
          await visitorPage.screenshot({
            path: `test-results/screenshots/join-${viewport.name}-${textSize}.png`,
            fullPage: true,
          });
        }
        await visitor.close();
        await samInBrowser.context.close();
        await ada.context.close();
        await admin.api.dispose();
      },
    );
  }
}
