/// <reference lib="dom" />
// Journey: Bea, a member, comments in a draft, then downloads her data from My profile. The zip
// holds the web page and the JSON file, and her comment is in the JSON. axe-core checks the
// profile page before and after, and the web page from the zip, opened from disk.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Download } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  createDocument,
  createInvite,
  createWorkspace,
  expect,
  expectNoAxeViolations,
  memberSession,
  personInBrowser,
  test,
} from './fixtures/test.ts';
import { anchor } from '@roundtable/server/testing/anchors';

const COMMENT = 'Bea asks for the minutes in Easy Read, please';

test('a member downloads her data from My profile', async ({ browser, server, admin }) => {
  test.setTimeout(90_000);
  const workspaceId = await createWorkspace(admin, 'Data Forum');
  const documentId = await createDocument(admin, workspaceId, 'Day Services Plan');
  const bea = await memberSession(server, await createInvite(admin, workspaceId), 'Bea');
  const commented = await bea.api.post(`/api/documents/${documentId}/comments`, {
    data: {
      id: 'bea-thread',
      commentId: 'bea-comment',
      anchor,
      quote: 'day services',
      body: COMMENT,
    },
  });
  expect(commented.status(), await commented.text()).toBe(201);
  const { context, page } = await personInBrowser(browser, server, bea, {
    viewport: { width: 1280, height: 800 },
  });

  await page.goto('/');
  await page.getByRole('link', { name: 'My profile' }).click();
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section).toBeVisible();
  await expectNoAxeViolations(page, 'my profile with your data');

  const downloaded: Promise<Download> = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download my data' }).click();
  const event = await downloaded;
  expect(event.suggestedFilename()).toMatch(/^roundtable-data-bea-\d{4}-\d\d-\d\d\.zip$/);
  await expect(section.getByRole('status')).toContainText(
    `Your file is ready: ${event.suggestedFilename()}`,
  );
  await expectNoAxeViolations(page, 'my profile after the download');
  await page.screenshot({ path: 'test-results/screenshots/my-data-ready.png', fullPage: true });

  const path = test.info().outputPath('my-data.zip');
  await event.saveAs(path);
  const files = unzipSync(new Uint8Array(await readFile(path)));
  expect(Object.keys(files).sort()).toEqual(['your-data.html', 'your-data.json']);
  const json = JSON.parse(strFromU8(files['your-data.json']!)) as {
    profile: { name: string };
    comments: { text: string }[];
  };
  expect(json.profile.name).toBe('Bea');
  expect(json.comments.map((comment) => comment.text)).toContain(COMMENT);

  // The web page in the zip opens offline in a browser, and passes axe-core too.
  const webPage = test.info().outputPath('your-data.html');
  await writeFile(webPage, files['your-data.html']!);
  await page.goto(pathToFileURL(webPage).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data in Roundtable');
  await expect(page.getByRole('heading', { level: 2, name: 'Comments and replies' })).toBeVisible();
  await expect(page.getByText(COMMENT)).toBeVisible();
  await expectNoAxeViolations(page, 'your-data.html');
  await Promise.all([context.close(), bea.api.dispose()]);
});
