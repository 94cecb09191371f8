import { describe, expect, it } from 'vitest';
import { PRACTICE_SAMPLES, sampleLanguage } from '@/entrypoints/practice/samples';
import { analyzeDraft } from '@/utils/analysis';
import { nameFromAddress } from '@/utils/compose/practice';
import { FIRST_RUN_PATH, registerFirstRun } from '@/utils/first-run';
import { LANGUAGES } from '@/utils/schema';

function fakeApi() {
  const opened: string[] = [];
  let listener: ((details: { reason: string }) => void) | undefined;
  return {
    opened,
    fire: (reason: string) => listener?.({ reason }),
    runtime: {
      onInstalled: { addListener: (fn: (details: { reason: string }) => void) => (listener = fn) },
      getURL: (path: string) => `chrome-extension://id${path}`,
    },
    tabs: {
      create: async ({ url }: { url: string }) => {
        opened.push(url);
      },
    },
  };
}

describe('the first-run page', () => {
  it('opens once on install, not on updates or browser updates', () => {
    const api = fakeApi();
    registerFirstRun(api);
    api.fire('update');
    api.fire('chrome_update');
    expect(api.opened).toEqual([]);
    api.fire('install');
    expect(api.opened).toEqual([`chrome-extension://id${FIRST_RUN_PATH}`]);
  });
});

describe('the practice draft', () => {
  it.each(LANGUAGES)('the %s sample is a generic rejection the analyzer flags', (lang) => {
    const sample = PRACTICE_SAMPLES[lang];
    const analysis = analyzeDraft(sample.lines.join('\n'));
    expect(analysis.lang).toBe(lang);
    expect(analysis.verdict).toBe('generic-rejection');
    expect(analysis.flags.filter((f) => f.kind === 'generic').length).toBeGreaterThan(0);
  });

  it('is in the UI language when drafts in it are checked, else in a checked language', () => {
    expect(sampleLanguage('sv-SE', ['sv', 'en'])).toBe('sv');
    expect(sampleLanguage('no', ['nb'])).toBe('nb');
    expect(sampleLanguage('sv', ['en', 'da'])).toBe('en');
    expect(sampleLanguage('en', ['fi'])).toBe('fi');
  });

  it('reads the recipient’s name from the To field', () => {
    expect(nameFromAddress('Alex Morgan <alex.morgan@example.com>')).toBe('Alex Morgan');
    expect(nameFromAddress('"Berg, Alex" <a@example.com>')).toBe('Berg, Alex');
    expect(nameFromAddress('alex@example.com')).toBe('');
  });
});
