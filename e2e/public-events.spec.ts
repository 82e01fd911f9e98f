/// <reference lib="dom" />
// Journey: a public event with booking (issue 14). Ada, a facilitator, makes the launch event
// public with 2 places. Amira, a resident with no account, books both places and downloads the
// calendar file from her confirmation. Ben books and goes on the waiting list. Amira cancels by
// her link; Ben moves up by himself (his page and Ada's live list show it). Ada prints the
// sign-in sheet and marks Ben as here at the door. axe-core checks every page.
import { readFileSync } from 'node:fs';
import {
  createWorkspace,
  expect,
  expectNoAxeViolations,
  personInBrowser,
  test,
} from './fixtures/test.ts';

test('a resident books, the next goes on the waiting list, and moves up on a cancel', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(150_000);
  const workspaceId = await createWorkspace(admin, 'Lived Experience Forum');
  const meeting = await admin.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: { title: 'Launch', startsAt: '2031-05-06T13:00:00Z' },
  });
  expect(meeting.status()).toBe(201);

  // Ada makes the meeting a public event.
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  const { page } = ada;
  await page.goto(`/workspaces/${workspaceId}/meetings`);
  await page.getByRole('link', { name: /Public event and bookings/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public event');
  await page.getByLabel('Title').fill('Launch of the Lived Experience Forum');
  await page.getByLabel('Date').fill('2031-05-06');
  await page.getByLabel('Starts at').fill('14:00');
  await page.getByLabel('Ends at').fill('16:00');
  await page.getByLabel('Place', { exact: true }).fill('Town Hall, Room 2, Market Street');
  await page.getByLabel('Step-free access').check();
  await page.getByLabel('A hearing loop').check();
  await page
    .getByLabel('What to expect')
    .fill(
      'A welcome, tea and cake, and time to talk about what the forum will do. You do not need any qualifications, just lived experience.',
    );
  await page.getByLabel('Places', { exact: true }).fill('2');
  await expectNoAxeViolations(page, 'making an event public');
  await page.getByRole('button', { name: 'Make it public' }).click();
  const publicLink = page.getByRole('link', { name: /The public page/ });
  await expect(publicLink).toBeVisible();
  const eventPath = (await publicLink.getAttribute('href'))!;

  // Amira books both places without an account.
  const amira = await (await browser.newContext({ baseURL: server.url })).newPage();
  await amira.goto(eventPath);
  await expect(amira.getByRole('heading', { level: 1 })).toHaveText(
    'Launch of the Lived Experience Forum',
  );
  await expect(amira.getByText('2 places left of 2.')).toBeVisible();
  await expect(amira.getByText('Step-free access')).toBeVisible();
  await expectNoAxeViolations(amira, 'public event page with the booking form');
  await amira.getByLabel('Your name').fill('Amira');
  await amira.getByLabel('Email address').fill('amira@example.org');
  await amira.getByLabel('How many places?').selectOption('2');
  await amira.getByLabel('Access needs').fill('I come with my support worker.');
  await amira.getByRole('button', { name: 'Book 2 places' }).click();
  await expect(amira.getByRole('heading', { level: 1 })).toHaveText('You have a place');
  await expect(amira.getByText('You have booked 2 places, Amira.')).toBeVisible();
  await expectNoAxeViolations(amira, 'booking confirmation');
  // Not signed in, nothing more shows.
  await expect(
    amira.getByRole('button', { name: 'Keep this booking with my account' }),
  ).toHaveCount(0);
  const [download] = await Promise.all([
    amira.waitForEvent('download'),
    amira.getByRole('link', { name: /Add to my calendar/ }).click(),
  ]);
  const calendar = readFileSync((await download.path())!, 'utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain('DTSTART:20310506T');
  expect(calendar).toContain('SUMMARY:Launch of the Lived Experience Forum');
  const amiraLink = amira.url();

  // Ben finds the event full and joins the waiting list.
  const ben = await (await browser.newContext({ baseURL: server.url })).newPage();
  await ben.goto(eventPath);
  await expect(ben.getByText(/This event is full/)).toBeVisible();
  await ben.getByLabel('Your name').fill('Ben');
  await ben.getByLabel('Phone number').fill('01632 960123');
  await ben.getByRole('button', { name: 'Join the waiting list' }).click();
  await expect(ben.getByRole('heading', { level: 1 })).toHaveText('You are on the waiting list');
  await expect(ben.getByText(/You are number 1 on the list/)).toBeVisible();

  // Ada sees both, with Amira's access needs, on a list that updates by itself.
  await page.goto(`${eventPath}/bookings`);
  const rowOf = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(rowOf('Amira')).toContainText('Has a place');
  await expect(rowOf('Amira')).toContainText('I come with my support worker.');
  await expect(rowOf('Ben')).toContainText('Waiting list, number 1');
  await expectNoAxeViolations(page, 'facilitators’ bookings page');

  // Amira cancels by her link: opening it changes nothing, the button does.
  await amira.goto(amiraLink);
  await expect(amira.getByRole('heading', { level: 1 })).toHaveText('You have a place');
  await expectNoAxeViolations(amira, 'cancel page');
  await amira.getByRole('button', { name: 'Cancel my booking' }).click();
  await amira.getByRole('button', { name: 'Yes, cancel my booking' }).click();
  await expect(amira.getByRole('heading', { level: 1 })).toHaveText('Your booking is cancelled');

  // Ben moved up: Ada's list shows it without reloading, and so does Ben's page.
  await expect(rowOf('Ben')).toContainText('Has a place');
  await ben.reload();
  await expect(ben.getByRole('heading', { level: 1 })).toHaveText('You have a place');

  // The sign-in sheet, large print, as it prints.
  await page.getByRole('link', { name: 'Sign-in sheet to print' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sign-in sheet');
  await expect(page.getByRole('row', { name: /^Ben/ })).toContainText('1 place');
  await expect(page.getByRole('row', { name: /^Amira/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'sign-in sheet');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the sign-in sheet' })).toBeHidden();
  await expect(page.locator('header.rt-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // At the door, on a tablet: find Ben and mark him here.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(`${eventPath}/door`);
  await page.getByLabel('Find a name').fill('be');
  await expectNoAxeViolations(page, 'door page');
  const mark = page.getByRole('button', { name: 'Mark Ben as here' });
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '✓ Ben is here' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('1 of 1 bookings are here.')).toBeVisible();

  // The public page at phone size with the largest text, for the guide.
  const phone = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 390, height: 844 },
  });
  await phone.addInitScript(() => {
    window.localStorage.setItem('roundtable.display', JSON.stringify({ textSize: 'largest' }));
  });
  const visitor = await phone.newPage();
  await visitor.goto(eventPath);
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visitor.getByText('1 place left of 2.')).toBeVisible();
  await visitor.screenshot({ path: 'docs/guide/images/public-event.png', fullPage: true });
  await phone.close();
});

// Ada stops taking bookings for a second event, then takes it down with a kind message of her
// own; Ben, who booked, sees on his page that it is cancelled, and so does anyone on its page.
test('a facilitator stops bookings, then cancels the event, and the pages say so', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const meeting = await admin.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: { title: 'Open day', startsAt: '2031-06-10T09:30:00Z' },
  });
  const meetingId = ((await meeting.json()) as { id: string }).id;
  const saved = await admin.api.put(`/api/meetings/${meetingId}/public-event`, {
    data: {
      ...{ title: 'Open day', startsAt: '2031-06-10T10:00:00Z', endsAt: '2031-06-10T12:00:00Z' },
      ...{ place: 'Library', whatToExpect: 'Tea and a chat.', capacity: 10 },
      venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
    },
  });
  const eventId = ((await saved.json()) as { event: { id: string } }).event.id;
  const anyone = await browser.newContext({ baseURL: server.url });
  const booked = await anyone.request.post(`/api/public/events/${eventId}/bookings`, {
    data: { name: 'Ben', phone: '01632 960123', places: 1 },
  });
  const { token } = (await booked.json()) as { token: string };

  const { page } = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });
  // The meeting starts at 9:30, the public event at 10: Ada is shown they differ.
  await page.goto(`/meetings/${meetingId}/public-event`);
  await expect(
    page.getByRole('heading', { name: 'The meeting and the public event differ' }),
  ).toBeVisible();
  await expect(page.getByText(/everyone who booked is told by email/)).toBeVisible();
  await expectNoAxeViolations(page, 'public event settings, differing from the meeting');

  await page.goto(`/events/${eventId}/bookings`);
  await page.getByRole('button', { name: 'Stop taking bookings' }).click();
  await expect(page.getByText('The event is not taking new bookings.')).toBeVisible();
  const visitor = await anyone.newPage();
  await visitor.goto(`/events/${eventId}`);
  await expect(visitor.getByText('This event is not taking bookings any more.')).toBeVisible();
  await expect(visitor.getByRole('button', { name: /Book/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Cancel the event' }).click();
  const message = page.getByLabel('Your message to the people who booked');
  await expect(message).toHaveValue(/We are very sorry/);
  await expectNoAxeViolations(page, 'cancelling an event, with the message');
  await message.fill('We are very sorry: the library is closed that day. We will find a new date.');
  await page.getByRole('button', { name: 'Cancel the event and tell everyone' }).click();
  await expect(page.getByRole('heading', { name: 'This event is cancelled' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ben/ })).toContainText('Cancelled');

  await visitor.reload();
  await expect(visitor.getByText('This event is cancelled. It will not happen.')).toBeVisible();
  await expect(visitor.getByText(/the library is closed that day/)).toBeVisible();
  await expectNoAxeViolations(visitor, 'a cancelled public event');
  await visitor.goto(`/bookings/${token}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('This event is cancelled');
  await expect(visitor.getByRole('button', { name: 'Cancel my booking' })).toHaveCount(0);
  await expectNoAxeViolations(visitor, 'a booking of a cancelled event');
  // Signed in, the booking's own link offers to keep it with one's account.
  await page.goto(`/bookings/${token}`);
  await page.getByRole('button', { name: 'Keep this booking with my account' }).click();
  await expect(page.getByText('This booking is kept with an account.')).toBeVisible();
  await expectNoAxeViolations(page, 'a booking kept with an account');
  // The group's public page is off, so only its facilitators see the list; the event is not on it.
  const hidden = await anyone.request.get(`/api/public/workspaces/${workspaceId}/events`);
  expect(hidden.status()).toBe(404);
  const upcoming = await admin.api.get(`/api/public/workspaces/${workspaceId}/events`);
  expect(((await upcoming.json()) as { events: unknown[] }).events).toEqual([]);
  await anyone.close();
});
