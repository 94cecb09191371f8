import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlarsvarDB } from '@/utils/db/database';
import { replaceTeamRecords, savePersonalPhrasebook } from '@/utils/db/repository';
import { MessagingError, sendMessage } from '@/utils/messaging';
import {
  activeRules,
  buildDetectionContext,
  defaultHandlers,
  handleMessage,
} from '@/utils/messaging/handlers';
import type { Phrasebook } from '@/utils/schema';
import { saveSettings } from '@/utils/settings';

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-msg-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const book = (id: string, language: Phrasebook['language'], rules: Phrasebook['rules']): Phrasebook => ({
  id,
  name: id,
  language,
  phrases: [],
  rules,
});

describe('detection-context', () => {
  it('has settings, active rules in the detection languages, and profile summaries', async () => {
    await saveSettings({ detectionLanguages: ['sv', 'en'], company: 'Acme' });
    await savePersonalPhrasebook(
      book('mine-sv', 'sv', [
        { id: 'r-sv', kind: 'generic', pattern: 'vi har valt att gå vidare med andra' },
      ]),
      db,
    );
    await savePersonalPhrasebook(
      book('mine-da', 'da', [{ id: 'r-da', kind: 'generic', pattern: 'vi har valgt' }]),
      db,
    );
    await replaceTeamRecords(
      'team',
      {
        profiles: [],
        phrasebooks: [
          book('team-en', 'en', [
            { id: 'r-en', kind: 'vague', pattern: 'not a good fit' },
            { id: 'r-de', kind: 'risky', pattern: 'zu alt', language: 'de' },
          ]),
        ],
      },
      db,
    );
    const context = await buildDetectionContext(db);
    expect(context.settings.company).toBe('Acme');
    expect(context.rules.map((r) => [r.id, r.language]).sort()).toEqual([
      ['r-en', 'en'],
      ['r-sv', 'sv'],
    ]);
    const nurse = context.profiles.find((p) => p.id === 'builtin-registered-nurse-sv');
    expect(nurse?.title).toBe('Sjuksköterska');
    expect(Object.keys(nurse ?? {}).sort()).toEqual(['aliases', 'criteria', 'id', 'language', 'title']);
  });

  it('activeRules takes the rule language over the phrasebook language', () => {
    const rules = activeRules(
      [book('x', 'sv', [{ id: 'r', kind: 'allow', pattern: 'auf Wiedersehen', language: 'de' }])],
      ['de'],
    );
    expect(rules).toEqual([{ id: 'r', kind: 'allow', pattern: 'auf Wiedersehen', language: 'de' }]);
  });
});

describe('message round trip', () => {
  const transport = (message: unknown) => handleMessage(defaultHandlers(db), message);

  it('sendMessage gets a validated detection context through the handler', async () => {
    const context = await sendMessage('detection-context', {}, transport);
    expect(context.profiles.length).toBeGreaterThan(0);
    expect(context.settings.sites.gmail).toBe(true);
  });

  it('the receiving end refuses unknown types and malformed payloads', async () => {
    expect(await transport({ channel: 'klarsvar', type: 'drop-tables' })).toEqual({
      ok: false,
      error: 'unknown message type "drop-tables"',
    });
    expect(
      await transport({ channel: 'klarsvar', type: 'open-options', payload: { view: 'evil' } }),
    ).toMatchObject({
      ok: false,
    });
    expect(await transport({ hello: 'world' })).toBeUndefined();
    expect(await transport('detection-context')).toBeUndefined();
  });

  it('sendMessage throws MessagingError on refusals and malformed answers', async () => {
    await expect(
      sendMessage('detection-context', {}, async () => ({ ok: false, error: 'db closed' })),
    ).rejects.toThrow(MessagingError);
    await expect(
      sendMessage('detection-context', {}, async () => ({ ok: true, data: { settings: {}, rules: 'x' } })),
    ).rejects.toThrow(/unexpected answer/);
    await expect(sendMessage('detection-context', {}, async () => undefined)).rejects.toThrow(
      /no valid answer/,
    );
  });
});
