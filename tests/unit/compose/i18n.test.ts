import { afterEach, describe, expect, it } from 'vitest';
import { issues, setUiLanguageMode, t, uiLanguageFor, uiLanguageOf } from '@/utils/compose/i18n';

afterEach(() => setUiLanguageMode('draft'));

describe("Klarsvar's language beside a draft", () => {
  it("is the draft's when the interface has it, else the browser's", () => {
    expect(uiLanguageFor('sv', 'draft', 'en-GB')).toBe('sv');
    expect(uiLanguageFor('nb', 'draft', 'de')).toBe('nb');
    // German and Finnish drafts get analysed and letters, but the interface is en/sv/da/nb only.
    expect(uiLanguageFor('fi', 'draft', 'sv-SE')).toBe('sv');
    expect(uiLanguageFor('de', 'draft', 'fr')).toBe('en');
    expect(uiLanguageFor('unknown', 'draft', 'da')).toBe('da');
    expect(uiLanguageFor('sv', 'browser', 'en-US')).toBe('en');
    expect(uiLanguageOf('no')).toBe('nb');
    expect(uiLanguageOf('nn-NO')).toBe('nb');
    expect(uiLanguageOf(undefined)).toBeUndefined();
  });

  it('speaks the draft language on the chip and in the tooltip, and follows the setting', () => {
    expect(t('contentChipGeneric', undefined, 'sv')).not.toBe(t('contentChipGeneric', undefined, 'en'));
    expect(t('contentBuildFeedback', undefined, 'en')).toBe('Build feedback');
    expect(issues(3, 'en')).toBe('3 issues');
    expect(issues(3, 'da')).toContain('3');
    expect(issues(3, 'da')).not.toContain('issues');
    setUiLanguageMode('browser');
    // The browser's language: with no extension messages here, the English fallback.
    expect(t('contentChipGeneric', undefined, 'sv')).toBe('Generic rejection');
    expect(issues(2, 'sv')).toBe('2 issues');
  });
});
