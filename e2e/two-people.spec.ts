// Journey: two people write in one document at the same time. Each sees the other's words,
// the other's name in "Who is here", and the other's coloured caret with their name.
import {
  connectionStatus,
  createDocument,
  createInvite,
  createWorkspace,
  documentText,
  expect,
  memberSession,
  openDocument,
  personInBrowser,
  test,
  wordsIn,
} from './fixtures/test.ts';

test('two people type into one document and see each other', async ({ browser, server, admin }) => {
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Learning Disability Strategy');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');

  const ada = await personInBrowser(browser, server, admin);
  const samInBrowser = await personInBrowser(browser, server, sam);
  await openDocument(ada, documentId);
  await openDocument(samInBrowser, documentId);

  for (const person of [ada, samInBrowser]) {
    await expect(connectionStatus(person.page)).toHaveText('Saved');
  }

  // Who is here: both names, "you" marked, on both screens.
  const adaPanel = ada.page.getByTestId('who-is-here');
  const samPanel = samInBrowser.page.getByTestId('who-is-here');
  await expect(adaPanel.getByRole('listitem')).toHaveText(['Ada(you)', 'Sam']);
  await expect(samPanel.getByRole('listitem')).toHaveText(['Sam(you)', 'Ada']);

  // Ada types; Sam sees it, and the other way round.
  await documentText(ada.page).click();
  await ada.page.keyboard.type('We want good jobs. ');
  await expect(documentText(samInBrowser.page)).toContainText('We want good jobs.');

  await documentText(samInBrowser.page).click();
  await samInBrowser.page.keyboard.press('Control+End');
  await samInBrowser.page.keyboard.type('And homes near our friends.');
  await expect(documentText(ada.page)).toContainText('And homes near our friends.');

  // Each sees the other's caret, labelled with their name and hidden from screen readers.
  const samCaretOnAdasScreen = ada.page.locator('.collaboration-carets__label', { hasText: 'Sam' });
  await expect(samCaretOnAdasScreen).toBeVisible();
  await expect(samCaretOnAdasScreen).toHaveAttribute('aria-hidden', 'true');
  const adaCaretOnSamsScreen = samInBrowser.page.locator('.collaboration-carets__label', {
    hasText: 'Ada',
  });
  await expect(adaCaretOnSamsScreen).toBeVisible();

  // Both end with the same text, stored.
  await expect
    .poll(async () => [await wordsIn(ada.page), await wordsIn(samInBrowser.page)])
    .toEqual([
      'We want good jobs. And homes near our friends.',
      'We want good jobs. And homes near our friends.',
    ]);
  for (const person of [ada, samInBrowser]) {
    await expect(connectionStatus(person.page)).toHaveText('Saved');
  }

  // Undo takes back only your own words: Sam's undo removes Sam's sentence, not Ada's.
  await samInBrowser.page.keyboard.press('Control+z');
  await expect(documentText(ada.page)).not.toContainText('And homes near our friends.');
  await expect(documentText(ada.page)).toContainText('We want good jobs.');
  await expect(documentText(samInBrowser.page)).toContainText('We want good jobs.');

  // Sam opens the document in a second tab: still one Sam in the list.
  const samsSecondTab = await samInBrowser.context.newPage();
  await samsSecondTab.goto(samInBrowser.page.url());
  await expect(samsSecondTab.getByTestId('who-is-here').getByRole('listitem')).toHaveText([
    'Sam(you)',
    'Ada',
  ]);
  await expect(adaPanel.getByRole('listitem')).toHaveText(['Ada(you)', 'Sam']);
  await expect(adaPanel).toContainText('2 people are here, including you.');

  // When Sam leaves, Ada's list updates and the live region says so.
  await samInBrowser.context.close();
  await expect(adaPanel.getByRole('listitem')).toHaveText(['Ada(you)']);
  await expect(ada.page.getByTestId('announcer')).toHaveText(/Sam left\./);
  await ada.context.close();
});
