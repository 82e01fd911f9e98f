/// <reference lib="dom" />
// Journey: recruiting (issue 14). A facilitator writes the workspace's public page and turns it
// on. A resident with no account (a new browser) opens it, asks to join by post, and sees what
// happens next. The facilitator's "Join requests" page shows the request arrive without a
// reload; they invite the resident and open the letter to print (the link written out, and its
// QR code). The resident opens the link and joins; the request shows "Joined". Someone whose
// email address already has an account asks too: the form answers as for anyone, and only the
// facilitator sees the request marked. Every screen passes axe-core. The filled-in public page is
// saved as docs/guide/images/public-page.png.
import { fileURLToPath } from 'node:url';
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

const GROUP = 'Hill Ward Lived Experience Forum';

test('a resident asks to join from the public page, is invited by letter, and joins', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, GROUP);
  const fran = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  const page = fran.page;

  // The facilitator writes the page and turns it on.
  await page.goto(`/workspaces/${workspaceId}/public-page`);
  await expect(page.getByText('The page is off.')).toBeVisible();
  await page.getByLabel('Show the public page').check();
  await page.getByLabel('Address of the page').fill('hill-ward-forum');
  await page
    .getByLabel('Who we are')
    .fill(
      'We are people in Hill Ward who use health and care services, and the people who support us.',
    );
  await page
    .getByLabel('What we do')
    .fill(
      'We meet once a month with the council. We read their plans and tell them what works and what does not.\n\nWe have a say in how services are designed.',
    );
  await page
    .getByLabel('How to join')
    .fill(
      'You do not need any qualifications, just your own experience. Fill in the form below and we will contact you.',
    );
  await page.getByRole('button', { name: 'Add a sentence' }).click();
  await page.getByLabel('Sentence 1').fill('We are a group of people who use services.');
  await page.getByRole('button', { name: 'Choose a picture for sentence 1' }).click();
  await page.getByLabel('Find a picture').fill('people');
  await page.getByRole('listbox', { name: 'Pictures found' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Add a sentence' }).click();
  await page.getByLabel('Sentence 2').fill('We meet every month.');
  await page.getByRole('button', { name: 'Choose a picture for sentence 2' }).click();
  await page.getByLabel('Find a picture').fill('calendar');
  await page.getByRole('listbox', { name: 'Pictures found' }).getByRole('option').first().click();
  await expectNoAxeViolations(page, 'the public page settings');
  await page.getByRole('button', { name: 'Save the public page' }).click();
  await expect(page.getByText('The page is on.')).toBeVisible();

  // An upcoming event and a draft out for comment, so the page shows what a visitor would see.
  const meeting = await admin.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: { title: 'Launch of the forum', startsAt: '2031-03-04T09:30:00Z' },
  });
  const meetingId = ((await meeting.json()) as { id: string }).id;
  const event = await admin.api.put(`/api/meetings/${meetingId}/public-event`, {
    data: {
      ...{ title: 'Launch of the forum', startsAt: '2031-03-04T10:00:00Z' },
      ...{ endsAt: '2031-03-04T12:00:00Z', place: 'Hill Ward Library, Main Hall', capacity: 30 },
      ...{ whatToExpect: 'Tea, cake and a chat about what the forum will do.' },
      venue: { stepFree: true, hearingLoop: true, quietRoom: true, parking: false, other: '' },
    },
  });
  expect(event.status(), await event.text()).toBe(200);
  const documentId = await createDocument(admin, workspaceId, 'Getting About: our transport plan');
  await openDocument(fran, documentId);
  await documentText(page).click();
  await page.keyboard.type('Buses should stop closer to the day centre.');
  await expect(connectionStatus(page)).toHaveText('Saved');
  const version = await admin.api.post(`/api/documents/${documentId}/versions`, {
    data: { name: 'For the public' },
  });
  const versionId = ((await version.json()) as { id: string }).id;
  const consultation = await admin.api.post(`/api/workspaces/${workspaceId}/consultations`, {
    data: {
      versionId,
      introduction: 'Tell us how you get about, and what would help.',
      closesAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString(),
    },
  });
  expect(consultation.status(), await consultation.text()).toBe(201);

  // The facilitator keeps the join requests page open.
  await page.goto(`/workspaces/${workspaceId}/join-requests`);
  await expect(page.getByText('Nobody has asked to join yet.')).toBeVisible();
  await expect(page.getByText('Email is not set up on this server')).toBeVisible();

  // A resident with no account opens the page.
  const resident = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  const visitor = await resident.newPage();
  await visitor.goto('/p/hill-ward-forum');
  await expect(visitor.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Upcoming events' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: /Launch of the forum/ })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Open consultations' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: /Getting About/ })).toBeVisible();
  await expect(visitor.getByText('You do not need any qualifications to join.')).toBeVisible();
  await expectNoAxeViolations(visitor, 'the public page');
  await visitor.screenshot({
    path: fileURLToPath(new URL('../docs/guide/images/public-page.png', import.meta.url)),
    fullPage: true,
  });
  await visitor.getByRole('button', { name: 'Show the Easy Read version' }).click();
  await expect(visitor.getByText('We meet every month.')).toBeVisible();
  await expectNoAxeViolations(visitor, 'the Easy Read version of the public page');
  await visitor.getByRole('button', { name: 'Show the full page' }).click();

  // They ask to join by post.
  await visitor.getByLabel('Your name').fill('Jo Bloggs');
  await visitor.getByLabel('By post (a letter)').check();
  await visitor.getByLabel('Your postal address').fill('1 High Street\nHill Ward\nHW1 2AB');
  await visitor.getByLabel(/communication and access needs/).fill('Large print, please.');
  await visitor.getByLabel(/Why would you like to join/).fill('I use the day centre.');
  await expectNoAxeViolations(visitor, 'the join form');
  await visitor.getByRole('button', { name: 'Send my request' }).click();
  await expect(
    visitor.getByRole('heading', { name: 'Thank you: we have your request' }),
  ).toBeVisible();
  await expect(visitor.getByText('What happens next')).toBeVisible();
  await expectNoAxeViolations(visitor, 'the confirmation');

  // The facilitator sees it arrive without reloading, and invites Jo.
  const request = page.locator('.rt-join-request', { hasText: 'Jo Bloggs' });
  await expect(request).toBeVisible();
  await expect(page.getByText('1 request is waiting for an answer.')).toBeVisible();
  await expect(request).toContainText('By post: 1 High Street, Hill Ward, HW1 2AB');
  await expectNoAxeViolations(page, 'the join requests page');
  await request.getByRole('button', { name: 'Invite' }).click();
  await request.getByLabel(/A message with the invitation/).fill('We meet on the first Tuesday.');
  await request.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(request).toContainText('Invited');

  // The letter: the link written out and its QR code.
  await request.getByRole('link', { name: /Print the letter/ }).click();
  await expect(page.getByRole('heading', { name: 'Letter to Jo Bloggs' })).toBeVisible();
  const letter = page.getByRole('article', { name: 'Letter to Jo Bloggs' });
  await expect(letter).toContainText('We meet on the first Tuesday.');
  await expect(letter.getByRole('img', { name: /QR code/ })).toBeVisible();
  const link = (await letter.locator('.rt-letter__link').textContent()) ?? '';
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);
  await expectNoAxeViolations(page, 'the letter');

  // Jo opens the link and joins (someone with an account would sign in first).
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByText(/Already have an account\?/)).toBeVisible();
  await visitor.getByLabel('Your name').fill('Jo Bloggs');
  await visitor.getByRole('button', { name: 'Join' }).click();
  await expect(visitor.getByRole('heading', { name: GROUP }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Back to join requests' }).click();
  await expect(page.locator('.rt-join-request', { hasText: 'Jo Bloggs' })).toContainText('Joined');

  // Kim, who has an account in another group, asks to join by email: the form answers as for
  // anyone, and only the facilitator sees that the address has an account.
  const otherGroup = await createWorkspace(admin, 'Another Group');
  const kim = await memberSession(server, await createInvite(admin, otherGroup), 'Kim Known');
  const kimEmail = await kim.api.patch('/api/me', { data: { email: 'kim@example.org' } });
  expect(kimEmail.status(), await kimEmail.text()).toBe(200);
  const stranger = await browser.newContext({ baseURL: server.url });
  const form = await stranger.newPage();
  await form.goto('/p/hill-ward-forum');
  await form.getByLabel('Your name').fill('Kim Known');
  await form.getByLabel('By email').check();
  await form.getByLabel('Your email address').fill('kim@example.org');
  await form.getByRole('button', { name: 'Send my request' }).click();
  await expect(
    form.getByRole('heading', { name: 'Thank you: we have your request' }),
  ).toBeVisible();
  await expect(form.getByText(/already has an account/)).toHaveCount(0);
  const kimRequest = page.locator('.rt-join-request', { hasText: 'Kim Known' });
  await expect(kimRequest).toContainText('This email already has an account.');
  await expectNoAxeViolations(page, 'a join request from an address with an account');
  await stranger.close();
  await resident.close();
  await fran.context.close();
});
