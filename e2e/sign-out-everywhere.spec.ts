/// <reference lib="dom" />
// Sign out everywhere (issue 10): every sign-in ends, and the person's API tokens too if they
// tick it, with axe on the dialog and a picture of it in test-results/screenshots/.
import {
  createInvite,
  createWorkspace,
  expect,
  expectNoAxeViolations,
  memberSession,
  personInBrowser,
  test,
} from './fixtures/test.ts';

test('sign out everywhere, and stop my API tokens too if I tick it', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Sign-out Forum');
  const bea = await memberSession(server, await createInvite(admin, workspaceId), 'Bea');
  const made = await bea.api.post('/api/tokens', { data: { name: 'Notes script' } });
  expect(made.status(), await made.text()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  const { context, page } = await personInBrowser(browser, server, bea);

  await page.goto('/');
  await page.getByRole('link', { name: 'My profile' }).click();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await dialog.getByRole('checkbox', { name: 'Also stop all my API tokens' }).check();
  await expectNoAxeViolations(page, 'sign out everywhere dialog');
  await page.screenshot({ path: 'test-results/screenshots/sign-out-everywhere-dialog.png' });
  await dialog.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // Every sign-in and the token have stopped: the other device and the script are refused.
  expect((await bea.api.get('/api/me')).status()).toBe(401);
  const script = await fetch(`${server.url}/api/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(script.status).toBe(401);
  await Promise.all([context.close(), bea.api.dispose()]);
});
