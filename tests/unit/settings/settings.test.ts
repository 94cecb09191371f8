import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/schema';
import { getSettings, SETTINGS_KEY, saveSettings, settingsFrom, watchSettings } from '@/utils/settings';

describe('settings', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to storage.sync and reads back', async () => {
    await saveSettings({ senderName: 'Anna Berg', sites: { gmail: false, outlook: true } });
    const stored = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toMatchObject({ senderName: 'Anna Berg', sites: { gmail: false } });
    const read = await getSettings();
    expect(read.senderName).toBe('Anna Berg');
    expect(read.sites).toEqual({ gmail: false, outlook: true });
    expect(read.company).toBe('');
  });

  it('falls back field by field when stored data is invalid, and never throws', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: {
        detectionLanguages: ['sv', 'klingon', 'da'],
        warnBeforeSend: 'yes',
        sites: { gmail: 'no', outlook: false },
        senderName: 'Per',
        company: 42,
        processFeedbackUrl: 'javascript:alert(1)',
        defaultStage: 'interview',
        unknownField: true,
      },
    });
    const read = await getSettings();
    expect(read).toEqual({
      ...DEFAULT_SETTINGS,
      detectionLanguages: ['sv', 'da'],
      sites: { gmail: true, outlook: false },
      senderName: 'Per',
      defaultStage: 'interview',
    });
  });

  it('copes with any stored shape', () => {
    for (const raw of [null, 'text', 12, [], { sites: null }, { detectionLanguages: [] }]) {
      expect(settingsFrom(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('refuses an invalid change and keeps what was stored', async () => {
    await saveSettings({ company: 'Acme' });
    await expect(saveSettings({ processFeedbackUrl: 'ftp://example.com' })).rejects.toThrow();
    expect((await getSettings()).company).toBe('Acme');
    expect((await getSettings()).processFeedbackUrl).toBe('');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.company));
    await saveSettings({ company: 'Acme' });
    stop();
    await saveSettings({ company: 'Other' });
    expect(seen).toEqual(['Acme']);
  });
});
