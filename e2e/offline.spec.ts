// Journey: a bad connection never loses a word.
//
// 1. Sam's browser goes offline (`context.setOffline(true)`), Sam keeps typing, the status says
//    so in words, and when Sam is back online both screens end up with the same text.
// 2. Sam goes offline again, types, and reloads the page before anything was sent. A reload
//    while truly offline cannot fetch the page itself from the server (there is no service
//    worker yet), so the reload happens with the network back but the collaboration server
//    unreachable: Playwright's `routeWebSocket` refuses every /collab connection for Sam. After
//    the reload the words must still be there, which can only come from this device's
//    IndexedDB copy (the server never had them; Ada's screen proves it). Then the /collab route
//    is let through, and both converge.
import type { WebSocketRoute } from '@playwright/test';
import {
  OFFLINE_TEXT,
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

test('offline edits are kept on the device and reach everyone on reconnect', async ({
  browser,
  server,
  admin,
}) => {
  const workspaceId = await createWorkspace(admin, 'Carers Forum');
  const documentId = await createDocument(admin, workspaceId, 'Short breaks plan');
  const sam = await memberSession(server, await createInvite(admin, workspaceId), 'Sam');
  const ada = await personInBrowser(browser, server, admin);
  const samInBrowser = await personInBrowser(browser, server, sam);
  const samPage = samInBrowser.page;
  // Sam's /collab connections go through a route from the start, so that step 2 can make the
  // server unreachable for them; WebSocket routes reliably cover only pages loaded after them.
  let collabReachable = true;
  await samInBrowser.context.routeWebSocket(/\/collab\//, (socket: WebSocketRoute) => {
    if (collabReachable) socket.connectToServer();
    else void socket.close({ code: 1013, reason: 'Unreachable in this test' });
  });
  await openDocument(ada, documentId);
  await openDocument(samInBrowser, documentId);
  await expect(connectionStatus(samPage)).toHaveText('Saved');

  await documentText(ada.page).click();
  await ada.page.keyboard.type('Ada was here. ');
  await expect(documentText(samPage)).toContainText('Ada was here.');

  // 1. Offline, type, back online.
  await samInBrowser.context.setOffline(true);
  await expect(connectionStatus(samPage)).toHaveText(OFFLINE_TEXT);
  await documentText(samPage).click();
  await samPage.keyboard.press('Control+End');
  await samPage.keyboard.type('Typed on the bus.');
  await expect(documentText(ada.page)).not.toContainText('Typed on the bus.');
  await samInBrowser.context.setOffline(false);
  await expect(documentText(ada.page)).toContainText('Typed on the bus.', { timeout: 30_000 });
  await expect(connectionStatus(samPage)).toHaveText('Saved', { timeout: 30_000 });

  // 2. Offline again, type, reload while the collaboration server cannot be reached.
  collabReachable = false;
  await samInBrowser.context.setOffline(true);
  await expect(connectionStatus(samPage)).toHaveText(OFFLINE_TEXT);
  await samPage.keyboard.type(' Kept on my phone.');
  await expect(documentText(samPage)).toContainText('Kept on my phone.');

  await samInBrowser.context.setOffline(false);
  // Unsent changes: the page asks before it goes away.
  const asked = new Promise<string>((resolveAsked) => {
    samPage.once('dialog', (dialog) => {
      resolveAsked(dialog.type());
      void dialog.accept();
    });
  });
  await samPage.reload();
  expect(await asked).toBe('beforeunload');

  await expect(documentText(samPage)).toContainText('Kept on my phone.');
  await expect(connectionStatus(samPage)).toContainText('Reconnecting…');
  await expect(connectionStatus(samPage)).toContainText('kept on this device');
  await expect(documentText(ada.page)).not.toContainText('Kept on my phone.');

  collabReachable = true;
  await expect(documentText(ada.page)).toContainText('Kept on my phone.', { timeout: 30_000 });
  await expect(connectionStatus(samPage)).toHaveText('Saved', { timeout: 30_000 });
  await expect
    .poll(async () => [await wordsIn(ada.page), await wordsIn(samPage)])
    .toEqual([
      'Ada was here. Typed on the bus. Kept on my phone.',
      'Ada was here. Typed on the bus. Kept on my phone.',
    ]);

  await samInBrowser.context.close();
  await ada.context.close();
});
