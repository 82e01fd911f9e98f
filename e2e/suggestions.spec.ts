/// <reference lib="dom" />
// Journey: suggesting changes. Sam writes a sentence, switches to Suggesting and suggests more
// words; Jo, in another browser, sees the suggestion underlined with Sam's name and a card that
// says who, what and when. Jo suggests removing words; Sam rejects that directly. Then, in a
// live meeting, Ada (the facilitator) puts Sam's suggestion to the group as a poll; when she
// closes it, the outcome applies it for everyone, and both decisions are recorded with how
// they were made. Every page passes axe-core; the cards are photographed at desktop and phone
// size in test-results/screenshots/ for a person to look at.
import type { Page } from '@playwright/test';
import {
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
  typeAtEnd,
  wordsIn,
} from './fixtures/test.ts';

const shots = 'test-results/screenshots';

function cards(page: Page) {
  return page.getByTestId('suggestion-card');
}

/** Selects words in the document text, as a person dragging over them would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await documentText(page).click();
  await documentText(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`no "${wanted}" in the text`);
  }, words);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

test('suggest in Suggesting mode, see it elsewhere, decide it directly and by a meeting poll', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Carers Strategy');
  const samSession = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const joSession = await memberSession(server, await createInvite(admin, workspaceId), 'Jo');
  const scheduled = await admin.api.post(`/api/workspaces/${workspaceId}/meetings`, {
    data: {
      title: 'Carers workshop',
      startsAt: '2031-03-04T10:30:00.000Z',
      documentIds: [documentId],
      agenda: [{ title: 'Support at home', minutes: 20 }],
    },
  });
  expect(scheduled.status(), await scheduled.text()).toBe(201);
  const meetingId = ((await scheduled.json()) as { id: string }).id;

  const sam = await personInBrowser(browser, server, samSession, {
    viewport: { width: 1280, height: 900 },
  });
  const jo = await personInBrowser(browser, server, joSession, {
    viewport: { width: 1280, height: 900 },
  });
  const ada = await personInBrowser(browser, server, admin, {
    viewport: { width: 1280, height: 900 },
  });

  // Sam writes a sentence, then switches to Suggesting and suggests more words.
  await openDocument(sam, documentId);
  await typeAtEnd(sam.page, 'We want homes near friends.');
  await sam.page.getByRole('radio', { name: /^Suggesting/ }).check();
  await typeAtEnd(sam.page, ' And more support at home.');
  await expect(cards(sam.page)).toHaveCount(1);
  await expect(cards(sam.page)).toContainText('Sam suggests');
  await expect(cards(sam.page)).toContainText('adds ‘And more support at home.’');
  await expectNoAxeViolations(sam.page, 'document in Suggesting mode');

  // Jo sees it: underlined, with Sam's name, and a card with who, what and when.
  await openDocument(jo, documentId);
  await expect(documentText(jo.page).locator('ins')).toHaveText('And more support at home.');
  await expect(documentText(jo.page).locator('.rt-suggestion-by')).toHaveText('Sam');
  const card = cards(jo.page).first();
  await expect(card.getByRole('heading', { name: 'Sam suggests' })).toBeVisible();
  await expect(card).toContainText('adds ‘And more support at home.’');
  await expect(card.locator('time')).toHaveText(/just now|minute/);

  // Jo suggests removing "near friends"; Sam rejects that by keyboard, so the words stay.
  await jo.page.getByRole('radio', { name: /^Suggesting/ }).check();
  await selectWords(jo.page, ' near friends');
  await jo.page.keyboard.press('Backspace');
  await expect(documentText(jo.page).locator('del')).toHaveText(' near friends');
  const removal = cards(sam.page).filter({ hasText: 'Jo suggests' });
  await expect(removal).toContainText('removes ‘near friends’');
  await expect(sam.page.getByTestId('announcer')).toContainText('New suggestion. Jo suggests');
  await expectNoAxeViolations(jo.page, 'document with two suggestions');
  await jo.page.screenshot({ path: `${shots}/suggestion-cards-desktop.png`, fullPage: true });
  await jo.page.setViewportSize({ width: 390, height: 844 });
  await jo.page.getByTestId('suggestions').scrollIntoViewIfNeeded();
  await jo.page.screenshot({ path: `${shots}/suggestion-cards-phone.png`, fullPage: true });
  await expectNoAxeViolations(jo.page, 'suggestion cards on a phone');
  await jo.page.setViewportSize({ width: 1280, height: 900 });

  const reject = removal.getByRole('button', { name: /^Reject/ });
  await reject.focus();
  await sam.page.keyboard.press('Enter');
  await expect(cards(jo.page)).toHaveCount(1);
  await expect(documentText(jo.page).locator('del')).toHaveCount(0);
  expect(await wordsIn(jo.page)).toContain('We want homes near friends.');

  // The meeting: Ada puts Sam's suggestion to the group; Sam and Jo agree.
  const meetingPath = `/meetings/${meetingId}`;
  for (const person of [ada, sam, jo]) await person.page.goto(meetingPath);
  await ada.page.getByRole('button', { name: 'Start the meeting' }).click();
  const adaCard = cards(ada.page).filter({ hasText: 'Sam suggests' });
  await adaCard.getByRole('button', { name: /^Ask the group/ }).click();
  await expect(adaCard).toContainText('The group is voting on this now.');
  for (const person of [sam, jo]) {
    await expect(person.page.getByRole('heading', { name: /Sam suggests: adds/ })).toBeVisible();
    await person.page.getByRole('radio', { name: /^Agree/ }).check();
    await person.page.getByRole('button', { name: 'Send my vote' }).click();
    await expect(person.page.getByTestId('my-vote')).toContainText('Your vote: Agree.');
  }
  await expectNoAxeViolations(ada.page, 'meeting with a poll on a suggestion');
  await ada.page.getByRole('button', { name: /Close the poll/ }).click();

  // The outcome applies it for everyone: the words are in, no longer a suggestion.
  for (const person of [ada, sam, jo]) {
    await expect(person.page.getByTestId('agreement-outcome').first()).toContainText(
      'the group accepted the suggestion (2 agree, 0 not sure, 0 disagree)',
    );
    await expect(cards(person.page)).toHaveCount(0);
    await expect(documentText(person.page).locator('ins')).toHaveCount(0);
    await expect
      .poll(() => wordsIn(person.page))
      .toContain('We want homes near friends. And more support at home.');
  }

  // Both decisions are recorded with how they were made.
  const decisions = await admin.api.get(`/api/documents/${documentId}/suggestion-decisions`);
  expect(decisions.status()).toBe(200);
  const recorded = (await decisions.json()) as {
    outcome: string;
    summary: string;
    how: { kind: string; counts?: unknown };
  }[];
  expect(recorded.map((d) => [d.outcome, d.summary, d.how.kind])).toEqual([
    ['accepted', 'adds ‘And more support at home.’', 'poll'],
    ['rejected', 'removes ‘near friends’', 'direct'],
  ]);
  expect(recorded[0]?.how.counts).toEqual({ agree: 2, notSure: 0, disagree: 0 });

  // In review, with the workspace's setting on, Jo can only suggest: the editor says why.
  const settings = await admin.api.put(`/api/workspaces/${workspaceId}/settings`, {
    data: { agreementRule: { kind: 'no-one-disagrees' }, reviewTakesOnlySuggestions: true },
  });
  expect(settings.status()).toBe(200);
  await openDocument(ada, documentId);
  await ada.page.getByRole('button', { name: 'Mark as in review' }).click();
  await expect(ada.page.getByTestId('review-state')).toContainText(
    'In review: changes go in as suggestions',
  );
  await openDocument(jo, documentId);
  await expect(jo.page.getByRole('radio', { name: /^Suggesting/ })).toBeChecked();
  await expect(jo.page.getByRole('radio', { name: /^Editing/ })).toBeDisabled();
  await expect(jo.page.getByText('This draft is in review')).toBeVisible();
  await typeAtEnd(jo.page, ' Soon.');
  await expect(cards(jo.page)).toContainText('adds ‘Soon.’');
  await expectNoAxeViolations(jo.page, 'a draft in review');
});
