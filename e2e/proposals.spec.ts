/// <reference lib="dom" />
// Journey: the group agrees a version between meetings. Ada (the facilitator) saves a version and
// asks the group to agree it, with a closing date half a minute away. Sam and Lucy each answer
// from the versions page (Lucy's concerns need a reason); everyone sees how many have answered.
// When voting closes the server decides by the workspace's rule, and all three see "Agreed" with
// every answer, and the version's badge. axe-core checks the form, the open vote and the outcome.
import type { Page } from '@playwright/test';
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

const CLOSES_IN_MS = 30_000;

function proposalAbout(page: Page, versionName: string) {
  return page.getByTestId('proposal').filter({
    has: page.getByRole('heading', { name: `Do we agree the version “${versionName}”?` }),
  });
}

test('agree a version between meetings, by a closing date', async ({ browser, server, admin }) => {
  test.setTimeout(120_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Carers Strategy');
  const ada = await personInBrowser(browser, server, admin);
  const sam = await personInBrowser(
    browser,
    server,
    await memberSession(server, await createInvite(admin, workspaceId), 'Sam'),
  );
  const lucy = await personInBrowser(
    browser,
    server,
    await memberSession(server, await createInvite(admin, workspaceId), 'Lucy'),
  );
  const versionsPath = `/documents/${documentId}/versions`;

  // Ada saves a version and asks the group to agree it.
  await ada.page.goto(versionsPath);
  await ada.page.getByLabel('Name of the version').fill('Draft for the forum');
  await ada.page.getByRole('button', { name: 'Save a version' }).click();
  await expect(
    ada.page.getByText('The group is not being asked to agree a version right now.'),
  ).toBeVisible();
  await ada.page.getByRole('button', { name: /Ask the group to agree this version/ }).click();
  const form = ada.page.getByRole('form', { name: 'Ask the group to agree “Draft for the forum”' });
  const closes = form.getByLabel('Voting closes on');
  await expect(closes).toBeFocused();
  await expect(form).toContainText('When voting closes, the group');
  await expectNoAxeViolations(ada.page, 'asking the group to agree a version');
  // The field takes minutes; a closing time half a minute away (to the second) keeps this short.
  const soon = await ada.page.evaluate((ms) => {
    const at = new Date(Date.now() + ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  }, CLOSES_IN_MS);
  await closes.fill(soon);
  await form.getByRole('button', { name: 'Ask the group' }).click();
  const adaProposal = proposalAbout(ada.page, 'Draft for the forum');
  await expect(adaProposal).toContainText('You asked the group today at');
  await expect(adaProposal).toContainText('Voting closes today at');
  await expect(ada.page.getByTestId('announcer')).toContainText(
    'You asked the group to agree “Draft for the forum”.',
  );
  await expect(
    ada.page.getByRole('button', { name: /Ask the group to agree this version/ }),
  ).toHaveCount(0);

  // Sam answers by keyboard: the same four answers as the meeting's agreement poll.
  await sam.page.goto(versionsPath);
  const samProposal = proposalAbout(sam.page, 'Draft for the forum');
  await expect(samProposal.getByTestId('response-count')).toHaveText('Nobody has responded yet.');
  for (const label of ['Agree', 'Agree, with concerns', 'Disagree', 'I need more time']) {
    await expect(
      samProposal.getByRole('radio', { name: new RegExp(`^${label}\\s*I `) }),
    ).toBeVisible();
  }
  await samProposal.getByRole('radio', { name: /^Agree\s*I agree/ }).focus();
  await sam.page.keyboard.press('Space');
  await samProposal.getByRole('button', { name: 'Send my answer' }).focus();
  await sam.page.keyboard.press('Enter');
  await expect(samProposal.getByTestId('my-answer')).toHaveText(
    'Thank you. Your answer: Agree. You can change it until voting closes.',
  );
  await expect(samProposal.getByTestId('response-count')).toHaveText(
    '1 person has responded so far.',
  );

  // Lucy agrees with concerns, which needs a reason.
  await lucy.page.goto(versionsPath);
  const lucyProposal = proposalAbout(lucy.page, 'Draft for the forum');
  await lucyProposal.getByRole('radio', { name: /^Agree, with concerns/ }).check();
  await lucyProposal.getByRole('button', { name: 'Send my answer' }).click();
  await expect(lucyProposal.getByRole('alert')).toHaveText(
    'Please say why you chose “Agree, with concerns”.',
  );
  await lucyProposal.getByLabel(/What worries you/).fill('Buses at night are missing.');
  await lucyProposal.getByRole('button', { name: 'Send my answer' }).click();
  await expect(lucyProposal.getByTestId('response-count')).toHaveText(
    '2 people have responded so far.',
  );
  await expectNoAxeViolations(lucy.page, 'an open vote between meetings');

  // Voting closes: everyone sees the outcome and every answer, without reloading the page.
  for (const page of [ada.page, sam.page, lucy.page]) {
    const proposal = proposalAbout(page, 'Draft for the forum');
    await expect(proposal.getByTestId('agreement-outcome')).toHaveText(
      'Agreed: nobody disagreed (2 responded).',
      { timeout: CLOSES_IN_MS + 20_000 },
    );
    await expect(proposal).toContainText('Voting closed today at');
    await expect(proposal.getByTestId('proposal-responses')).toContainText('Agree');
    await expect(proposal.getByTestId('proposal-responses')).toContainText(
      'Agree, with concerns – “Buses at night are missing.”',
    );
    await expect(page.getByTestId('agreed-badge')).toHaveText(/Agreed on \d+ \w+ \d{4}$/);
  }
  await expect(sam.page.getByTestId('announcer')).toContainText(
    'Voting has closed: the group agreed “Draft for the forum”.',
  );
  await expect(sam.page.getByTestId('version')).toContainText(
    'Between meetings, by a vote with a closing date.',
  );
  await expectNoAxeViolations(sam.page, 'the outcome of a vote between meetings');
  for (const person of [ada, sam, lucy]) await person.context.close();
});
