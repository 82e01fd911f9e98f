/// <reference lib="dom" />
// Journey: a group keeps versions of its draft and agrees one. Ada (the facilitator) saves a
// version, changes the draft, compares the two (underline, strike-through and words), and
// brings the version back, which Sam sees live. Then, in a meeting, Ada asks the group to agree
// the version with the draft locked: Sam's editor says why it is read-only, Sam votes, Ada
// closes the poll, everyone sees "Agreed", the version has its badge, and Sam can write again.
// axe-core checks the versions page, the comparison and the agreement poll. Pictures go to
// docs/guide/images/ (the comparison, for the exporting guide) and test-results/screenshots/.
import type { Page } from '@playwright/test';
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
  wordsIn,
} from './fixtures/test.ts';

const shots = 'test-results/screenshots';

function versionNamed(page: Page, name: string) {
  return page
    .getByTestId('version')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function replaceText(page: Page, lines: string[]): Promise<void> {
  const editor = documentText(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(lines[0] ?? '');
  for (const line of lines.slice(1)) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await expect(connectionStatus(page)).toHaveText('Saved');
}

test('save, compare, restore and agree a version', async ({ browser, server, admin }) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Housing Forum');
  const documentId = await createDocument(admin, workspaceId, 'Housing Strategy');
  const samSession = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 800 },
  });
  const sam = await personInBrowser(browser, server, samSession);

  // Ada writes the first words; Sam has the document open too.
  await openDocument(ada, documentId);
  await openDocument(sam, documentId);
  await replaceText(ada.page, ['We want homes near friends.']);
  await expect.poll(() => wordsIn(sam.page)).toContain('We want homes near friends.');

  // Ada saves a version.
  await ada.page.getByRole('link', { name: /Versions/ }).click();
  await expect(ada.page.getByRole('heading', { level: 1 })).toHaveText(
    'Versions: Housing Strategy',
  );
  const whatChanged = ada.page.getByRole('button', { name: 'What changed since we last agreed' });
  await expect(whatChanged).toHaveAttribute('aria-disabled', 'true');
  await expect(ada.page.getByText('The group has not agreed a version yet')).toBeVisible();
  await ada.page.getByLabel('Name of the version').fill('After workshop 3');
  await ada.page.getByRole('button', { name: 'Save a version' }).click();
  const saved = versionNamed(ada.page, 'After workshop 3');
  await expect(saved).toContainText('Saved by you today at');
  await expect(ada.page.getByTestId('announcer')).toContainText('Saved the version');
  await expectNoAxeViolations(ada.page, 'versions page');

  // Ada changes the draft: one paragraph reworded, one added.
  await ada.page.getByRole('link', { name: 'Back to the document' }).click();
  await replaceText(ada.page, ['We want safe homes near family.', 'Buses should run late.']);

  // The comparison shows added words underlined and removed ones crossed out, and says so.
  await ada.page.getByRole('link', { name: /Versions/ }).click();
  await saved.getByRole('button', { name: /Compare with the draft now/ }).click();
  const comparison = ada.page.getByTestId('comparison');
  await expect(ada.page.getByTestId('comparison-summary')).toHaveText(
    '2 paragraphs changed: 1 reworded, 1 added.',
  );
  await expect(
    ada.page.getByRole('heading', { name: /What changed: “After workshop 3” compared/ }),
  ).toBeFocused();
  const added = comparison.locator('.rt-diff__text ins');
  const removed = comparison.locator('.rt-diff__text del');
  await expect(added.filter({ hasText: 'safe' })).toHaveText(/^Added: safe/);
  await expect(added.filter({ hasText: 'Buses should run late.' })).toBeVisible();
  await expect(removed).toHaveText(/^Removed: friends\./);
  expect(await added.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
    'underline',
  );
  expect(await removed.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
    'line-through',
  );
  await expectNoAxeViolations(ada.page, 'version comparison');
  await ada.page.screenshot({ path: 'docs/guide/images/version-comparison.png' });

  // Viewing a version shows it read-only, with the editor's own look.
  await saved.getByRole('button', { name: /^View/ }).click();
  const versionText = ada.page.getByRole('document', { name: /The words of “After workshop 3”/ });
  await expect(versionText).toHaveText('We want homes near friends.');
  await expect(versionText).toHaveAttribute('contenteditable', 'false');

  // Ada restores the version; Sam sees the draft change, and the old draft is kept.
  await saved.getByRole('button', { name: /^Restore/ }).click();
  const dialog = ada.page.getByRole('dialog', { name: 'Restore “After workshop 3”?' });
  await expect(dialog).toContainText('The draft as it is now is kept as a version.');
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    ada.page.getByTestId('version').filter({ hasText: 'Before restoring "After workshop 3"' }),
  ).toContainText('Kept automatically before you restored an older version');
  await expect.poll(() => wordsIn(sam.page)).toBe('We want homes near friends.');

  // A meeting on the document; Sam has the document open and the meeting in another tab.
  const meeting = await admin.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: {
      title: 'Workshop 4',
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      documentIds: [documentId],
    },
  });
  expect(meeting.status(), await meeting.text()).toBe(201);
  const meetingPath = `/meetings/${((await meeting.json()) as { id: string }).id}`;
  await ada.page.goto(meetingPath);
  const samMeeting = await sam.context.newPage();
  await samMeeting.goto(meetingPath);
  await ada.page.getByRole('button', { name: 'Start the meeting' }).click();

  // Ada asks the group to agree the version, with the draft locked.
  await ada.page.getByRole('button', { name: 'Ask the group to agree a version' }).click();
  const form = ada.page.getByRole('form', { name: 'Ask the group to agree a version' });
  await expect(form.getByRole('heading')).toBeFocused();
  await form.getByLabel('Which version?').selectOption({ label: 'After workshop 3' });
  await expect(form.getByLabel('Question')).toHaveValue(
    'Do we agree with the version “After workshop 3”?',
  );
  await expect(form.getByLabel('Lock the draft while people decide')).toBeChecked();
  await expectNoAxeViolations(ada.page, 'agreement poll form');
  await form.getByRole('button', { name: 'Open the agreement poll' }).click();

  // Sam's editor becomes read-only and says why, on screen and to his screen reader.
  const locked = sam.page.getByTestId('draft-locked');
  await expect(locked).toContainText('The group is deciding whether to agree this draft');
  await expect(documentText(sam.page)).toHaveAttribute('contenteditable', 'false');
  await expect(sam.page.getByRole('button', { name: 'Bold' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(sam.page.getByTestId('announcer')).toContainText('The draft is locked.');
  await sam.page.screenshot({ path: `${shots}/versions-draft-locked.png` });

  // Sam sees the four answers with their meanings; concerns need a reason.
  const poll = samMeeting.getByRole('article', { name: /Poll: Do we agree/ });
  await expect(poll).toContainText('The version: “After workshop 3”');
  await expect(poll).toContainText('The draft is locked while people decide.');
  for (const label of ['Agree', 'Agree, with concerns', 'Disagree', 'I need more time']) {
    await expect(poll.getByRole('radio', { name: new RegExp(`^${label}\\s*I `) })).toBeVisible();
  }
  await expect(poll).toContainText('I can live with it, but something worries me.');
  await poll.getByRole('radio', { name: /^Agree, with concerns/ }).check();
  await poll.getByRole('button', { name: 'Send my vote' }).click();
  await expect(poll.getByRole('alert')).toHaveText(
    'Please say why you chose “Agree, with concerns”.',
  );
  await poll.getByLabel(/What worries you/).fill('Buses are not in it yet.');
  await poll.getByRole('button', { name: 'Send my vote' }).click();
  await expect(samMeeting.getByTestId('my-vote')).toContainText('Agree, with concerns');
  await expectNoAxeViolations(samMeeting, 'agreement poll (member)');

  // Ada agrees too and closes the poll: everyone sees the outcome with the responses.
  const adaPoll = ada.page.getByRole('article', { name: /Poll: Do we agree/ });
  await adaPoll.getByRole('radio', { name: /^Agree\s*I agree/ }).check();
  await adaPoll.getByRole('button', { name: 'Send my vote' }).click();
  await expect(ada.page.getByTestId('my-vote')).toContainText('Your vote: Agree.');
  await adaPoll.getByRole('button', { name: /Close the poll/ }).click();
  for (const page of [ada.page, samMeeting]) {
    await expect(page.getByTestId('agreement-outcome')).toHaveText(
      'Agreed: nobody disagreed (2 responded).',
    );
  }
  await expect(samMeeting.getByTestId('poll-results')).toContainText(
    'Sam: Agree, with concerns – “Buses are not in it yet.”',
  );
  await expectNoAxeViolations(samMeeting, 'agreement outcome');
  await samMeeting.getByTestId('agreement-outcome').scrollIntoViewIfNeeded();
  await samMeeting.screenshot({ path: `${shots}/versions-agreement-outcome.png` });

  // The lock ends: Sam is told, and can write again.
  await expect(locked).toBeHidden();
  await expect(sam.page.getByTestId('announcer')).toContainText('You can edit again.');
  await expect(documentText(sam.page)).toHaveAttribute('contenteditable', 'true');
  await documentText(sam.page).click();
  await sam.page.keyboard.press('ControlOrMeta+End');
  await sam.page.keyboard.type(' And buses.');
  await expect(connectionStatus(sam.page)).toHaveText('Saved');

  // The version is agreed: a badge in words, and it can no longer be renamed or deleted.
  await sam.page.goto(`/documents/${documentId}/versions`);
  const agreed = versionNamed(sam.page, 'After workshop 3');
  await expect(agreed.getByTestId('agreed-badge')).toHaveText(/Agreed on \d+ \w+ \d{4}$/);
  await expect(agreed.getByRole('button', { name: /Rename/ })).toHaveCount(0);
  await sam.page.getByRole('button', { name: 'What changed since we last agreed' }).click();
  await expect(sam.page.getByTestId('comparison-summary')).toHaveText(
    '1 paragraph changed: 1 reworded.',
  );
  await expect(sam.page.getByTestId('comparison').locator('.rt-diff__text ins')).toHaveText(
    /Added: .*buses\./,
  );
});

test('the versions page at phone size and with the largest text', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Learning Disability Strategy');
  const save = await admin.api.post(`/api/documents/${documentId}/versions`, {
    data: { name: 'After workshop 3' },
  });
  expect(save.status(), await save.text()).toBe(201);
  for (const [name, textSize] of [
    ['phone', 'standard'],
    ['phone-largest-text', 'largest'],
  ] as const) {
    const person = await personInBrowser(browser, server, admin, {
      viewport: { width: 390, height: 844 },
    });
    await person.context.addInitScript((value) => {
      window.localStorage.setItem('roundtable.display', value);
    }, JSON.stringify({ textSize }));
    await person.page.goto(`/documents/${documentId}/versions`);
    await expect(person.page.getByTestId('version')).toHaveCount(1);
    const overflow = await person.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
    await person.page.screenshot({ path: `${shots}/versions-${name}.png`, fullPage: true });
    await person.page.getByRole('button', { name: /Compare with the draft now/ }).click();
    await expect(person.page.getByTestId('comparison-summary')).toBeVisible();
    await person.page.screenshot({
      path: `${shots}/versions-compare-${name}.png`,
      fullPage: true,
    });
    await person.context.close();
  }
});
