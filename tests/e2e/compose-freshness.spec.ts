/**
 * Issue 12, item 5: open tabs pick up new team data (an import, a team sync) within 2 s, without a
 * reload. The options page writes to IndexedDB; the write is announced through storage.local
 * (utils/data-revision.ts) and the Gmail tab re-reads its detection context.
 */
import {
  EDITOR_SELECTORS,
  expect,
  highlightTexts,
  openFixture,
  selectBodyLine,
  statusOf,
  test,
} from './harness';

const BUNDLE = {
  format: 'klarsvar-bundle',
  version: 1,
  name: 'Team wording rules',
  profiles: [],
  phrasebooks: [
    {
      id: 'team-wording-en',
      name: 'Team wording',
      language: 'en',
      phrases: [],
      rules: [
        {
          id: 'team-no-shelf',
          kind: 'generic',
          pattern: 'on our shelf',
          message: 'Say what happens with the application instead.',
        },
      ],
    },
  ],
};

test('a team rule imported in the options page takes effect in an open Gmail tab within 2 s', async ({
  context,
  openExtensionPage,
}) => {
  const gmail = await openFixture(
    context,
    'https://mail.google.com/mail/u/0/#inbox?compose=new',
    'gmail/inbox-compose-new.html',
  );
  const editor = EDITOR_SELECTORS.gmail;
  await expect(gmail.locator('html')).toHaveAttribute('data-klarsvar-context', 'background', {
    timeout: 15_000,
  });
  expect(await selectBodyLine(gmail, editor)).toBe(true);
  await gmail.keyboard.type(
    'Thank you for your application. We keep your CV on our shelf until the next opening.',
  );
  await expect.poll(() => statusOf(gmail, editor)).toMatchObject({ verdict: 'not-rejection', flags: 0 });

  const options = await openExtensionPage('options.html#/import-export');
  await options.getByTestId('import-bundle').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(BUNDLE)),
  });
  await expect(options.getByTestId('import-status')).toContainText('is valid');
  await options.getByTestId('import-confirm').click();
  await expect(options.getByTestId('import-status')).toContainText('1 added');
  const written = Date.now();

  // The Gmail tab was not touched: the new rule reaches it on its own, within 2 s of the write.
  await expect
    .poll(() => highlightTexts(gmail, 'generic'), { timeout: 2000, intervals: [50] })
    .toContain('on our shelf');
  expect(Date.now() - written).toBeLessThanOrEqual(2000);
  expect(await statusOf(gmail, editor)).toMatchObject({ flags: 1 });
});
