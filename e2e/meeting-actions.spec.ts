/// <reference lib="dom" />
// Journey: "You said, we did", and an agenda that changes as the meeting goes. Ada (the
// facilitator) adds an agenda item during the meeting, moves it up, goes to it, and records an
// action. After the meeting the action waits on the meetings page, and in the next meeting's
// panel, until Ada marks it done. Every page passes axe-core.
import {
  createWorkspace,
  expect,
  expectNoAxeViolations,
  personInBrowser,
  test,
  type Session,
} from './fixtures/test.ts';

async function scheduleMeeting(
  session: Session,
  workspaceId: string,
  title: string,
  startsAt: string,
  agenda: { title: string; minutes: number }[],
): Promise<string> {
  const response = await session.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: { title, startsAt, agenda: agenda.map((item) => ({ ...item, link: null })) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('agenda changes live, and actions stay open until done', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Actions Forum');
  const firstId = await scheduleMeeting(
    admin,
    workspaceId,
    'March workshop',
    '2031-03-04T10:30:00Z',
    [
      { title: 'Welcome', minutes: 5 },
      { title: 'Buses', minutes: 20 },
    ],
  );
  const secondId = await scheduleMeeting(
    admin,
    workspaceId,
    'April workshop',
    '2031-04-08T10:30:00Z',
    [{ title: 'Welcome back', minutes: 5 }],
  );

  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 800 },
  });
  const { page } = ada;

  await page.goto(`/meetings/${firstId}`);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.getByTestId('agenda-now')).toHaveText('Now: Welcome');

  // Ada adds "Housing" to the end of the agenda during the meeting.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const items = agenda.getByTestId('agenda-items').locator(':scope > li');
  await agenda.getByRole('button', { name: 'Add an agenda item' }).click();
  await expect(agenda.getByLabel('Agenda item title')).toBeFocused();
  await page.keyboard.type('Housing');
  await agenda.getByLabel('How many minutes?').fill('15');
  await agenda.getByRole('button', { name: 'Add the item' }).click();
  await expect(items.locator('.rt-meeting-agenda__title')).toHaveText([
    'Welcome',
    'Buses',
    'Housing',
  ]);
  await expect(items.nth(2)).toContainText('15 minutes');

  // She moves it up, by keyboard: focus stays on the button, so she can press it again.
  const up = agenda.getByRole('button', { name: 'Move “Housing” up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(items.locator('.rt-meeting-agenda__title')).toHaveText([
    'Welcome',
    'Housing',
    'Buses',
  ]);
  await expect(up).toBeFocused();
  await expect(page.getByTestId('announcer')).toContainText('“Housing” moved up.');

  // She changes its minutes, then goes straight to it.
  await agenda.getByRole('button', { name: 'Change “Housing”' }).click();
  await agenda.getByLabel('How many minutes?').fill('25');
  await agenda.getByRole('button', { name: 'Save the changes' }).click();
  await expect(items.nth(1)).toContainText('25 minutes');
  await agenda.getByRole('button', { name: 'Go to this item “Housing”' }).click();
  await expect(page.getByTestId('agenda-now')).toHaveText('Now: Housing');

  // Removing an item asks first.
  await agenda.getByRole('button', { name: 'Remove “Buses”' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(items.locator('.rt-meeting-agenda__title')).toHaveText(['Welcome', 'Housing']);
  await expectNoAxeViolations(page, 'meeting page with agenda tools');

  // An action, then the end of the meeting.
  await page.getByLabel('What will be done?').fill('Ask about bus passes');
  await page.getByLabel('Who will do it?').fill('Ada');
  await page.getByLabel('By when? (you can leave this)').fill('2031-05-01');
  await page.getByRole('button', { name: 'Record the action' }).click();
  await expect(page.getByTestId('actions')).toContainText('Ask about bus passes');
  await page.getByRole('button', { name: 'End the meeting' }).click();
  await page.getByRole('button', { name: 'Yes, end the meeting' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();

  // The next meeting's panel shows it, still open from the earlier meeting.
  await page.goto(`/meetings/${secondId}`);
  const earlier = page.getByTestId('earlier-actions');
  await expect(earlier).toContainText('Ask about bus passes');
  await expect(earlier).toContainText('Who: Ada. By: 1 May 2031.');
  await expect(earlier).toContainText('From: March workshop');

  // The meetings page lists it until it is done.
  await page.goto(`/workspaces/${workspaceId}/meetings`);
  const actions = page.getByRole('region', { name: 'Actions from our meetings' });
  const open = actions.getByTestId('workspace-actions-open');
  await expect(open).toContainText('Ask about bus passes');
  await expect(open).toContainText('Who: Ada. By: 1 May 2031.');
  await expect(open).toContainText('From the meeting: March workshop, 4 March 2031');
  await expectNoAxeViolations(page, 'meetings page with open actions');

  await actions.getByRole('button', { name: 'Mark done “Ask about bus passes”' }).click();
  await expect(actions.getByText('No actions are waiting to be done.')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText(
    'Marked as done: Ask about bus passes.',
  );
  const done = actions.getByTestId('workspace-actions-done');
  await expect(done).toBeHidden();
  await actions.getByText('Done (1)').click();
  await expect(done).toContainText('Ask about bus passes');
  await expectNoAxeViolations(page, 'meetings page with done actions');

  // Opening it again puts it back on the list.
  await actions.getByRole('button', { name: 'Open again “Ask about bus passes”' }).click();
  await expect(open).toContainText('Ask about bus passes');

  await ada.context.close();
});
