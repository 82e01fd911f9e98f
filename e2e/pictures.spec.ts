// Journey: a picture for a paragraph. Sam, a member, adds a picture to his paragraph by
// keyboard only: the toolbar's "Add a picture", a picture suggested from his words, and alt
// text in his own words. Ada, in another browser, sees the picture appear live, on the left of
// the words, with its alt text. Every screen passes axe-core.
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
} from './fixtures/test.ts';

test('a member chooses a picture by keyboard; another person sees it live with its alt text', async ({
  browser,
  server,
  admin,
}) => {
  // Two browsers and three axe checks: on a loaded machine this takes two minutes.
  test.setTimeout(180_000);
  const workspaceId = await createWorkspace(admin, 'Learning Disability Partnership Board');
  const documentId = await createDocument(admin, workspaceId, 'Housing Strategy');
  const sam = await personInBrowser(
    browser,
    server,
    await memberSession(server, await createInvite(admin, workspaceId), 'Sam'),
  );
  const ada = await personInBrowser(browser, server, admin);
  await openDocument(sam, documentId);
  await openDocument(ada, documentId);
  const samPage = sam.page;

  await documentText(samPage).focus();
  await samPage.keyboard.type('We want to live in our own house.');
  await expect(documentText(ada.page)).toContainText('our own house');

  // Alt+F10 reaches the toolbar; arrow keys move to "Add a picture".
  await samPage.keyboard.press('Alt+F10');
  const addPicture = samPage.getByRole('button', { name: 'Add a picture' });
  for (let step = 0; step < 12; step++) {
    if (await addPicture.evaluate((button) => button === document.activeElement)) break;
    await samPage.keyboard.press('ArrowRight');
  }
  await expect(addPicture).toBeFocused();
  await samPage.keyboard.press('Enter');

  const dialog = samPage.getByRole('dialog', { name: 'Add a picture' });
  await expect(dialog.getByRole('searchbox', { name: 'Find a picture' })).toBeFocused();
  // Before anything is typed, pictures for the paragraph's words; the count is said.
  await expect(dialog.getByRole('status')).toHaveText(
    /pictures that may fit the words of this paragraph/,
  );
  const pictures = dialog.getByRole('listbox', { name: 'Pictures' });
  await expect(pictures.getByRole('option', { name: 'house', exact: true })).toBeVisible();
  await expectNoAxeViolations(samPage, 'the picture picker');

  await samPage.keyboard.type('house');
  await expect(dialog.getByRole('status')).toHaveText(/pictures found for “house”/);
  await samPage.keyboard.press('Tab');
  const house = pictures.getByRole('option', { name: 'house', exact: true });
  await expect(house).toBeFocused();
  await samPage.keyboard.press('Enter');
  await expect(house).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByText('Chosen picture: house')).toBeVisible();

  // The alt text starts as the picture's name; Sam says it in his own words.
  const alt = dialog.getByRole('textbox', { name: 'Say what the picture shows' });
  await expect(alt).toHaveValue('House');
  await alt.focus();
  await samPage.keyboard.press('Control+A');
  await samPage.keyboard.type('A house of our own');
  await expectNoAxeViolations(samPage, 'the picture picker with a picture chosen');
  await samPage.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Save picture' })).toBeFocused();
  await samPage.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Sam's paragraph has its picture on the left, and the toolbar now offers to change it.
  const samsPicture = documentText(samPage).getByRole('img', { name: 'A house of our own' });
  await expect(samsPicture).toBeVisible();
  await expect(samPage.getByRole('button', { name: 'Change picture' })).toBeVisible();

  // Ada sees it appear live, with the alt text, drawn (the picture loaded) left of the words.
  const adasPicture = documentText(ada.page).getByRole('img', { name: 'A house of our own' });
  await expect(adasPicture).toBeVisible();
  await expect(adasPicture).toHaveAttribute('src', '/openmoji/1F3E0.svg');
  expect(
    await adasPicture.evaluate((image: HTMLImageElement) => image.naturalWidth),
  ).toBeGreaterThan(0);
  const words = documentText(ada.page).getByText('We want to live in our own house.');
  const [pictureBox, wordsBox] = [await adasPicture.boundingBox(), await words.boundingBox()];
  expect(pictureBox!.x + pictureBox!.width).toBeLessThanOrEqual(wordsBox!.x);
  await expectNoAxeViolations(ada.page, 'a paragraph with a picture');
});
