/// <reference lib="dom" />
// Journey: a live workshop with three people. Ada (the facilitator) schedules a meeting, starts
// it, runs the agenda and the timer, lets people speak from the queue, asks a poll with hidden
// results, and records a decision and an action. Sam takes part by keyboard alone (raises a
// hand, shows a card, votes); Jo uses the mouse. The room screen shows it all, and every page
// passes axe-core. Screenshots go to test-results/screenshots/ for a person to look at.
import type { Locator, Page } from '@playwright/test';
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

const shots = 'test-results/screenshots';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a facilitator runs a workshop with two members', async ({ browser, server, admin }) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Housing Forum');
  await createDocument(admin, workspaceId, 'Housing Strategy');
  const invite = await createInvite(admin, workspaceId);
  const samSession = await memberSession(server, invite, 'Sam');
  const joSession = await memberSession(server, await createInvite(admin, workspaceId), 'Jo');

  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 800 },
  });
  const sam = await personInBrowser(browser, server, samSession);
  const jo = await personInBrowser(browser, server, joSession);

  // The start page leads to the workspace's meetings.
  await ada.page.goto('/');
  await ada.page
    .getByRole('region', { name: 'Housing Forum' })
    .getByRole('link', { name: /Meetings/ })
    .click();
  await expect(ada.page.getByRole('heading', { level: 1 })).toHaveText('Meetings: Housing Forum');
  await expectNoAxeViolations(ada.page, 'meetings list');

  // Ada schedules a meeting with two agenda items, then puts the second first.
  await ada.page.getByRole('button', { name: 'Schedule a meeting' }).click();
  const form = ada.page.getByRole('form', { name: 'Schedule a meeting' });
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await form.getByLabel('Title', { exact: true }).fill('Housing workshop');
  await form.getByLabel('Date').fill('2031-03-04');
  await form.getByLabel('Start time').fill('10:30');
  await form.getByLabel('Place or link').fill('Room 2, County Hall');
  await expect(form.getByRole('checkbox', { name: 'Housing Strategy' })).toBeChecked();
  await form.getByLabel('Item 1: title').fill('Homes near friends');
  await form.getByRole('button', { name: 'Add an agenda item' }).click();
  await expect(form.getByLabel('Item 2: title')).toBeFocused();
  await ada.page.keyboard.type('Welcome');
  await form.getByLabel('Minutes for Welcome').fill('2');
  await form.getByRole('button', { name: 'Up : item 2' }).click();
  await expect(form.getByLabel('Item 1: title')).toHaveValue('Welcome');
  await expectNoAxeViolations(ada.page, 'scheduling form');
  await form.getByRole('button', { name: 'Schedule the meeting' }).click();
  const meetingLink = ada.page.getByRole('link', { name: 'Housing workshop', exact: true });
  await expect(meetingLink).toBeVisible();
  const meetingPath = new URL((await meetingLink.getAttribute('href')) ?? '', server.url).pathname;

  // Sam says he is coming and needs Easy Read papers; Ada sees his answer.
  await sam.page.goto(`/workspaces/${workspaceId}/meetings`);
  await sam.page.getByRole('button', { name: /Say if you are coming/ }).click();
  await sam.page.getByRole('radio', { name: 'Yes, I am coming' }).check();
  await sam.page.getByRole('checkbox', { name: 'Easy Read papers' }).check();
  await sam.page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(sam.page.getByText('Thank you. We have your answer.')).toBeVisible();
  await ada.page.getByRole('button', { name: /Who is coming/ }).click();
  await expect(ada.page.getByTestId('rsvp-answers')).toContainText(
    'Sam: Yes, I am coming. Needs: Easy Read papers',
  );

  // Everyone opens the meeting; Ada starts it.
  for (const person of [ada, sam, jo]) await person.page.goto(meetingPath);
  await expect(ada.page.getByTestId('meeting-roster').getByRole('listitem')).toHaveCount(3);
  await expect(sam.page.getByTestId('meeting-roster')).toContainText('AdaFacilitator');
  await ada.page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(sam.page.getByTestId('agenda-now')).toHaveText('Now: Welcome');
  await expect(sam.page.getByTestId('announcer')).toContainText('The meeting has started.');

  // The agenda moves on and back.
  await ada.page.getByRole('button', { name: 'Next item' }).click();
  await expect(jo.page.getByTestId('agenda-now')).toHaveText('Now: Homes near friends');
  await ada.page.getByRole('button', { name: 'Back' }).click();
  await expect(jo.page.getByTestId('agenda-now')).toHaveText('Now: Welcome');

  // The timer: Ada starts it; everyone's clock counts down from 2 minutes.
  await expect(sam.page.getByTestId('timer-clock')).toHaveText('02:00');
  await ada.page.getByRole('button', { name: 'Start the timer' }).click();
  await expect(sam.page.getByTestId('timer-clock')).toHaveText(/^01:[0-5]\d$/);
  await ada.page.getByRole('button', { name: 'Pause' }).click();
  await expect(jo.page.getByText('Paused')).toBeVisible();
  await ada.page.getByRole('button', { name: 'Add a minute' }).click();
  await expect(jo.page.getByTestId('timer-clock')).toHaveText(/^02:[0-5]\d$/);
  await ada.page.getByRole('button', { name: 'Carry on' }).click();

  // Sam raises his hand by keyboard; Jo raises hers and is 2nd.
  const raise = sam.page.getByRole('button', { name: 'Raise my hand' });
  await tabTo(sam.page, raise);
  await sam.page.keyboard.press('Enter');
  await expect(sam.page.getByTestId('my-hand')).toHaveText('You are 1st in the queue.');
  await jo.page.getByRole('button', { name: 'Raise my hand' }).click();
  await expect(jo.page.getByTestId('my-hand')).toHaveText('You are 2nd in the queue.');
  await expect(ada.page.getByTestId('hand-queue').getByRole('listitem')).toHaveText([/Sam/, /Jo/]);

  // Ada lets the next person speak: Sam is told it is his turn, on screen and out loud.
  await ada.page.getByRole('button', { name: 'Next speaker' }).click();
  await expect(sam.page.getByTestId('my-hand')).toContainText('It’s your turn');
  await expect(sam.page.getByTestId('announcer')).toContainText('It’s your turn to speak.');
  await expect(jo.page.getByTestId('my-hand')).toHaveText('You are 1st in the queue.');
  await expect(jo.page.getByTestId('now-speaking')).toHaveText('Now speaking: Sam');

  // Sam shows the "Slow down" card by keyboard; Ada sees his name, Jo sees the count.
  const slow = sam.page.getByRole('button', { name: 'Slow down' });
  await tabTo(sam.page, slow);
  await sam.page.keyboard.press('Space');
  await expect(slow).toHaveAttribute('aria-pressed', 'true');
  await expect(ada.page.getByTestId('card-names')).toHaveText('Sam: Slow down');
  await expect(jo.page.getByTestId('card-counts')).toContainText('Slow down: 1');
  await expect(jo.page.getByTestId('card-names')).toHaveCount(0);

  // A poll with results hidden until it closes.
  await ada.page.getByLabel('Question').fill('Do we agree with the Housing section?');
  await ada.page.getByRole('button', { name: 'Open the poll' }).click();
  await expect(sam.page.getByTestId('announcer')).toContainText(
    'New poll: Do we agree with the Housing section?',
  );
  // Sam votes by keyboard: Tab to the first answer, Space to choose it, Tab on to Send.
  const agree = sam.page.getByRole('radio', { name: /^Agree/ });
  await tabTo(sam.page, agree);
  await sam.page.keyboard.press('Space');
  await expect(agree).toBeChecked();
  await expect(sam.page.getByText('I am happy with this.')).toBeVisible();
  await tabTo(sam.page, sam.page.getByRole('button', { name: 'Send my vote' }));
  await sam.page.keyboard.press('Enter');
  await expect(sam.page.getByTestId('my-vote')).toContainText('Your vote: Agree.');
  // Jo disagrees and answers the prompt.
  await jo.page.getByRole('radio', { name: /^Disagree/ }).check();
  await jo.page.getByLabel('What would you change?').fill('More homes near buses');
  await jo.page.getByRole('button', { name: 'Send my vote' }).click();
  await expect(ada.page.getByTestId('poll-hidden')).toContainText('2 people have voted.');
  await expect(sam.page.getByTestId('poll-hidden')).toContainText('2 people have voted.');
  await expect(sam.page.getByTestId('poll-results')).toHaveCount(0);

  await expectNoAxeViolations(sam.page, 'meeting page (member)');
  await expectNoAxeViolations(ada.page, 'meeting page (facilitator)');
  await ada.page.evaluate(() => window.scrollTo(0, 0));
  await ada.page.screenshot({ path: `${shots}/meeting-desktop.png` });

  await ada.page.getByRole('button', { name: /Close the poll/ }).click();
  const samResults = sam.page.getByTestId('poll-results');
  await expect(samResults).toContainText('Agree: 1 of 2');
  await expect(samResults).toContainText('Disagree: 1 of 2');

  // The decision and action log, live for everyone.
  await ada.page.getByLabel('What did the group decide?').fill('We ask for homes near buses.');
  await ada.page.getByRole('button', { name: 'Record the decision' }).click();
  await ada.page.getByLabel('What will be done?').fill('Write to the housing team');
  await ada.page.getByLabel('Who will do it?').fill('Ada');
  await ada.page.getByLabel('By when? (you can leave this)').fill('2031-04-01');
  await ada.page.getByRole('button', { name: 'Record the action' }).click();
  await expect(sam.page.getByTestId('decisions')).toContainText('We ask for homes near buses.');
  await expect(sam.page.getByTestId('actions')).toContainText(
    'Who: Ada. By: 1 April 2031. Not done yet',
  );
  await ada.page.getByRole('button', { name: /Mark as done.*Write to the housing team/ }).click();
  await expect(jo.page.getByTestId('actions')).toContainText('Done');

  // The room screen shows the meeting in large print.
  const room = await ada.context.newPage();
  await room.setViewportSize({ width: 1280, height: 720 });
  await room.goto(`${meetingPath}/room`);
  await expect(room.getByTestId('room-item')).toHaveText('Welcome');
  await expect(room.getByTestId('room-speaking')).toHaveText('Sam');
  await expect(room.getByTestId('room-queue')).toHaveText('Jo');
  await expect(room.getByTestId('room-cards')).toContainText('Slow down: 1');
  await expect(room.getByTestId('poll-results')).toContainText('Agree: 1 of 2');
  await expect(room.getByTestId('room-timer')).toContainText(/\d\d:\d\d/);
  await expect(room.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(room, 'room screen');
  await room.screenshot({ path: `${shots}/room-screen.png` });

  // Phone and largest text, for a person to look at.
  await jo.page.setViewportSize({ width: 390, height: 844 });
  await jo.page.evaluate(() => window.scrollTo(0, 0));
  await jo.page.screenshot({ path: `${shots}/meeting-phone.png` });
  await jo.page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'largest'));
  await jo.page.screenshot({ path: `${shots}/meeting-phone-largest-text.png` });
  await jo.page.evaluate(() => document.documentElement.removeAttribute('data-text-size'));

  // Ada ends the meeting: everyone sees the summary.
  await ada.page.getByRole('button', { name: 'End the meeting' }).click();
  await ada.page.getByRole('button', { name: 'Yes, end the meeting' }).click();
  const summary = sam.page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('This meeting has finished.');
  await expect(summary.getByTestId('summary-attendance')).toContainText('Sam');
  await expect(summary).toContainText('We ask for homes near buses.');
  await expect(summary).toContainText('Agree: 1 of 2');
  await expect(room.getByText('Finished')).toBeVisible();

  for (const person of [ada, sam, jo]) await person.context.close();
});
