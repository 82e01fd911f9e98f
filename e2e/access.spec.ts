/// <reference lib="dom" />
// Journeys for people, invitations and signing in (issue 3): a facilitator invites people in
// the browser, they join by typing a name and write together; an observer reads only; a removed
// member's editor stops with a reason; a profile name change reaches "Who is here"; signing in
// works by keyboard alone; and every new page passes axe-core. The last test saves pictures of
// each new page to test-results/screenshots/.
import type { Locator, Page } from '@playwright/test';
import {
  createInvite,
  createWorkspace,
  documentText,
  expect,
  expectNoAxeViolations,
  memberSession,
  personInBrowser,
  test,
  type Session,
} from './fixtures/test.ts';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after 40 presses. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function makeInviteInBrowser(page: Page, role: 'Member' | 'Observer'): Promise<string> {
  await page.getByLabel('They will join as').selectOption(role.toLowerCase());
  await page.getByRole('button', { name: 'Make an invite link' }).click();
  const link = page.getByRole('textbox', { name: 'Your new invite link' });
  await expect(link).toHaveValue(/\/join\//);
  const url = await link.inputValue();
  await page.getByTestId('one-time-secret').getByRole('button', { name: 'Done' }).click();
  return new URL(url).pathname;
}

async function joinInBrowser(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Join /);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

test('a facilitator invites people who join, write, read only, and are removed', async ({
  browser,
  server,
  admin,
}) => {
  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;

  // Ada makes a workspace and a document in the browser.
  await page.goto('/');
  await page.getByLabel('Workspace name').fill('Carers Forum');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const section = page.getByRole('region', { name: 'Carers Forum' });
  await section.getByLabel('Title').fill('Respite plan');
  await section.getByRole('button', { name: /Create document/ }).click();
  await expect(documentText(page)).toBeVisible();
  const documentPath = new URL(page.url()).pathname;

  // Members and invites: Ada makes a member invite and an observer invite.
  await page.goto('/');
  await page.getByRole('link', { name: 'Members and invites of “Carers Forum”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Members and invites: Carers Forum',
  );
  const memberInvite = await makeInviteInBrowser(page, 'Member');
  const observerInvite = await makeInviteInBrowser(page, 'Observer');
  await expect(page.getByTestId('invite')).toHaveCount(2);
  // As an administrator, Ada also reviews who has not signed in for a long time: nobody yet.
  await expect(
    page.getByRole('region', { name: 'People who have not signed in for a long time' }),
  ).toContainText('Everyone in this workspace has signed in recently.');
  await expectNoAxeViolations(page, 'members and invites (facilitator)');

  // Sam opens the link in another browser, types a name, and writes in the document.
  const samContext = await browser.newContext({ baseURL: server.url });
  const sam = await samContext.newPage();
  await joinInBrowser(sam, memberInvite, 'Sam');
  await sam.goto(documentPath);
  await page.goto(documentPath);
  await documentText(sam).click();
  await sam.keyboard.type('Breaks for carers every month.');
  await expect(documentText(page)).toContainText('Breaks for carers every month.');
  await documentText(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' And at weekends.');
  await expect(documentText(sam)).toContainText('And at weekends.');

  // Sam sees the members list read-only.
  await sam.goto('/');
  await sam.getByRole('link', { name: 'Members of “Carers Forum”' }).click();
  await expect(sam.getByTestId('member')).toHaveCount(2);
  await expect(sam.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(sam.getByText('Invite links')).toHaveCount(0);
  await expectNoAxeViolations(sam, 'members (member, read-only)');

  // Sam changes their name on the profile page; Ada sees the new name in "Who is here".
  await sam.getByRole('link', { name: 'My profile' }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText('My profile');
  await sam.getByRole('textbox', { name: 'Your name' }).fill('Samira');
  await sam.getByRole('button', { name: 'Save my profile' }).click();
  await expect(sam.getByText('Saved.', { exact: true })).toBeVisible();
  await expect(sam.getByText('Signed in as Samira')).toBeVisible();
  await sam.goto(documentPath);
  await expect(page.getByTestId('who-is-here').getByRole('listitem')).toHaveText([
    'Ada(you)',
    'Samira',
  ]);

  // Olu joins as an observer: the editor is read-only and says why.
  const oluContext = await browser.newContext({ baseURL: server.url });
  const olu = await oluContext.newPage();
  await joinInBrowser(olu, observerInvite, 'Olu');
  await olu.goto(documentPath);
  await expect(documentText(olu)).toContainText('Breaks for carers every month.');
  await expect(olu.getByText('You can read this document but not change it.')).toBeVisible();
  await expect(documentText(olu)).toHaveAttribute('contenteditable', 'false');

  // Ada removes Samira; Samira's open editor stops with a reason, and nothing is lost for Ada.
  await page.goto('/');
  await page.getByRole('link', { name: 'Members and invites of “Carers Forum”' }).click();
  await expect(page.getByTestId('member')).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove Samira' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Samira?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'remove member dialog');
  await dialog.getByRole('button', { name: 'Yes, remove Samira' }).click();
  await expect(page.getByTestId('member')).toHaveCount(2);
  await expect(page.getByTestId('announcer')).toHaveText(/Samira was removed/);
  await expect(sam.getByRole('alert')).toContainText(
    'You are no longer a member of this workspace',
  );
  await expect(documentText(sam)).toHaveAttribute('contenteditable', 'false');

  // The "at least one facilitator" rule is explained in words.
  const adaItem = page.getByTestId('member').filter({ hasText: 'Ada (you)' });
  await adaItem.getByLabel('Role for Ada').selectOption('member');
  await adaItem.getByRole('button', { name: 'Save role for Ada' }).click();
  await expect(adaItem.getByRole('alert')).toContainText('at least one facilitator');

  // Withdrawing the observer invite: it shows as withdrawn and the link stops working.
  const observerItem = page.getByTestId('invite').filter({ hasText: 'observers' });
  await observerItem.getByRole('button', { name: 'Withdraw this link' }).click();
  await page
    .getByRole('dialog', { name: 'Withdraw this invite link?' })
    .getByRole('button', { name: 'Yes, withdraw it' })
    .click();
  await expect(observerItem).toContainText('Withdrawn');
  await expect(observerItem).toContainText('Joined with this link: Olu.');

  await Promise.all([ada.context.close(), samContext.close(), oluContext.close()]);
});

test('signing in by keyboard alone: a one-time link, then email and password', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Advisory Group');
  const invitePath = await createInvite(admin, workspaceId);
  const token = invitePath?.split('/').pop() ?? '';
  // Bea joins with an email address (through the API: the journey here is coming back).
  const bea: Session = await memberSession(server, null, 'Bea');
  const joined = await bea.api.post(`/api/invites/${token}/join`, {
    data: { name: 'Bea', email: 'bea@example.org' },
  });
  expect(joined.status(), await joined.text()).toBe(200);
  const beaId = ((await joined.json()) as { profile: { id: string } }).profile.id;

  // Ada makes Bea a sign-in link on the members page.
  const ada = await personInBrowser(browser, server, admin);
  await ada.page.goto(`/workspaces/${workspaceId}/members`);
  await ada.page.getByRole('button', { name: 'Make a sign-in link for Bea' }).click();
  const linkBox = ada.page.getByRole('textbox', { name: 'Sign-in link for Bea' });
  await expect(linkBox).toHaveValue(/\/sign-in\//);
  await expect(ada.page.getByTestId('one-time-secret')).toContainText(
    /Works until .* \(7 days from now\)/,
  );
  const signInPath = new URL(await linkBox.inputValue()).pathname;
  expect(beaId).toBeTruthy();

  // Bea opens it in a fresh browser and signs in with the keyboard.
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto(signInPath);
  await expectNoAxeViolations(page, 'one-time sign-in link page');
  await tabTo(page, page.getByRole('checkbox', { name: /Remember this device/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /Remember this device/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Signed in as Bea', { exact: true })).toBeVisible();

  // On her profile she chooses a password (pasting is allowed), with the keyboard.
  await tabTo(page, page.getByRole('link', { name: 'My profile' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My profile');
  await expectNoAxeViolations(page, 'profile page');
  const passwordField = page.getByLabel('Choose a password');
  await expect(passwordField).toHaveAttribute('autocomplete', 'new-password');
  await tabTo(page, passwordField);
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await passwordField.evaluate((element) => {
    // Paste: what a password manager does.
    const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    if (event.defaultPrevented) throw new Error('Pasting into the password field was blocked');
  });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('purple kettle on the moon');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your password is saved.')).toBeVisible();

  // Signed out, she finds her way back from the notice and signs in with email and password.
  await tabTo(page, page.getByRole('button', { name: 'Sign out', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-out')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'All the ways to sign in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByRole('heading', { name: 'Ask for a sign-in link' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page');
  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('autocomplete', 'username');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
    'autocomplete',
    'current-password',
  );
  await tabTo(page, email);
  await page.keyboard.type('bea@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong password here');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('do not match');
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('purple kettle on the moon');
  await tabTo(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Signed in as Bea', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workspaces and documents');

  await Promise.all([context.close(), ada.context.close(), bea.api.dispose()]);
});

test('personal API tokens: made once, listed, used, revoked', async ({
  browser,
  server,
  admin,
}) => {
  const ada = await personInBrowser(browser, server, admin);
  const { page } = ada;
  await page.goto('/');
  await page.getByRole('link', { name: 'My profile' }).click();
  await page.getByRole('link', { name: 'My API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API tokens');
  await page.getByRole('button', { name: 'Make token' }).click();
  await expect(page.getByText('Please name the token')).toBeVisible();
  await page.getByLabel('Token name').fill('Minutes script');
  await page.getByRole('button', { name: 'Make token' }).click();
  const tokenBox = page.getByRole('textbox', { name: 'Your new token “Minutes script”' });
  await expect(tokenBox).not.toHaveValue('');
  await expect(page.getByTestId('one-time-secret')).toContainText('You will only see this once.');
  const token = await tokenBox.inputValue();
  await expectNoAxeViolations(page, 'tokens page');

  // The token works for a script, and the list then shows when it was last used.
  const used = await fetch(`${server.url}/api/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(used.status).toBe(200);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(tokenBox).toHaveCount(0);
  await page.reload();
  const item = page
    .getByTestId('tokens')
    .getByRole('listitem')
    .filter({ hasText: 'Minutes script' });
  await expect(item).toContainText('Last used on');

  await item.getByRole('button', { name: 'Revoke “Minutes script”' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke “Minutes script”?' })
    .getByRole('button', { name: 'Yes, revoke it' })
    .click();
  await expect(page.getByText('You have no tokens.')).toBeVisible();
  const refused = await fetch(`${server.url}/api/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(refused.status).toBe(401);
  await ada.context.close();
});

test('profile: how I like information pre-sets the Display menu', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Easy Read Group');
  const cai = await memberSession(server, await createInvite(admin, workspaceId), 'Cai');
  const person = await personInBrowser(browser, server, cai);
  const { page } = person;
  await page.goto('/profile');
  await page.getByRole('radio', { name: 'Teal' }).check();
  await page.getByRole('radio', { name: 'I am a family carer' }).check();
  await expect(page.getByRole('checkbox', { name: /Show this next to my name/ })).not.toBeChecked();
  await page.getByRole('checkbox', { name: /Larger text/ }).check();
  await page.getByRole('checkbox', { name: /Read aloud/ }).check();
  await page.getByLabel('Anything else (optional)').fill('Please send papers a week before.');
  await page.getByRole('button', { name: 'Save my profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(
    'the text is now larger',
  );
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Read aloud' })).toBeVisible();

  // The facilitator sees how Cai likes information; "how I take part" stays private.
  const ada = await personInBrowser(browser, server, admin);
  await ada.page.goto(`/workspaces/${workspaceId}/members`);
  const caiItem = ada.page.getByTestId('member').filter({ hasText: 'Cai' });
  await expect(caiItem).toContainText(
    'Larger text. Things read aloud. “Please send papers a week before.”',
  );
  await expect(caiItem).not.toContainText('Family carer');
  await Promise.all([person.context.close(), ada.context.close()]);
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, textSize: 'standard' },
  { name: 'phone', width: 390, height: 844, textSize: 'standard' },
  { name: 'desktop-largest', width: 1280, height: 800, textSize: 'largest' },
] as const;

test('screenshots of the new pages', async ({ browser, server, admin }) => {
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const invitePath = await createInvite(admin, workspaceId);
  const sam = await memberSession(server, invitePath, 'Sam');
  await sam.api.patch('/api/me', {
    data: {
      pronouns: 'he/him',
      takePart: 'lived_experience',
      showTakePart: true,
      information: { easyRead: true, supporter: true, notes: 'My supporter is Jo.' },
    },
  });
  await createInvite(admin, workspaceId, 'observer');
  await admin.api.post('/api/tokens', { data: { name: 'Minutes script' } });

  for (const viewport of VIEWPORTS) {
    for (const who of ['admin', 'signed-out'] as const) {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: viewport.width, height: viewport.height },
        ...(who === 'admin' ? { storageState: admin.storageState } : {}),
      });
      await context.addInitScript((textSize) => {
        window.localStorage.setItem('roundtable.display', JSON.stringify({ textSize }));
      }, viewport.textSize);
      const page = await context.newPage();
      const pages =
        who === 'admin'
          ? [
              { name: 'members', path: `/workspaces/${workspaceId}/members`, ready: 'Sam' },
              { name: 'profile', path: '/profile', ready: 'How I like information' },
              { name: 'tokens', path: '/tokens', ready: 'Minutes script' },
            ]
          : [{ name: 'sign-in', path: '/sign-in', ready: 'Ask for a sign-in link' }];
      for (const shot of pages) {
        await page.goto(shot.path);
        await expect(page.getByText(shot.ready).first()).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(
          overflow,
          `${shot.name} at ${viewport.name} is wider than the screen`,
        ).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/access-${shot.name}-${viewport.name}.png`,
          fullPage: true,
        });
      }
      await context.close();
    }
  }
  await sam.api.dispose();
});
