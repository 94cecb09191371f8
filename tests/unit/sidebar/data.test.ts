import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messagingData } from '@/components/sidebar/data';
import { getDb } from '@/utils/db';
import { defaultHandlers, handleMessage } from '@/utils/messaging/handlers';

const profile = {
  id: 'personal-barista',
  title: 'Barista',
  aliases: [],
  language: 'sv' as const,
  criteria: [{ id: 'espresso', label: 'Espresso', category: 'skill' as const, requirement: 'must' as const }],
};

function viaBackground(url: string) {
  return messagingData((message) => handleMessage(defaultHandlers(), message, { url }));
}

describe('sidebar data through the background', () => {
  it('loads profiles (with their source), phrasebooks and settings', async () => {
    const content = await viaBackground(fakeBrowser.runtime.getURL('/sidebar.html')).load();
    expect(
      content.profiles.some((p) => p.id === 'builtin-backend-developer-sv' && p.source === 'builtin'),
    ).toBe(true);
    expect(content.phrasebooks.map((b) => b.language)).toEqual(
      expect.arrayContaining(['sv', 'da', 'nb', 'en']),
    );
    expect(content.settings.defaultStage).toBe('application');
  });

  it('saves a quick profile as personal from the sidebar page, and refuses content scripts', async () => {
    await expect(viaBackground('https://mail.google.com/mail/u/0/').saveProfile(profile)).rejects.toThrow(
      /extension pages only/,
    );
    expect(await getDb().profiles.count()).toBe(0);
    const saved = await viaBackground(fakeBrowser.runtime.getURL('/sidebar.html')).saveProfile(profile);
    expect(saved).toMatchObject({ id: 'personal-barista', source: 'personal' });
    const content = await viaBackground(fakeBrowser.runtime.getURL('/sidebar.html')).load();
    expect(content.profiles.find((p) => p.id === 'personal-barista')?.source).toBe('personal');
    await getDb().profiles.clear();
  });
});
