import { useId, useMemo, useState } from 'react';
import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import { phrasingPreview } from '@/utils/feedback';
import { t } from '@/utils/i18n';
import { type Criterion, type CriterionPhrasing, LANGUAGES, type Language } from '@/utils/schema';
import { languageLabel } from './labels';

interface Props {
  criterion: Criterion;
  /** The profile's language: the criterion's own label is its name there. */
  profileLanguage: Language;
  onChange(phrasings: Criterion['phrasings']): void;
}

/**
 * A criterion's wording in letters, per language: what we looked for ("someone who …") and what was
 * missing ("experience of …"), each with the sentence it will appear in, live. In another language
 * than the profile's, also the criterion's name there. Empty fields are left out on save.
 */
export function PhrasingEditor({ criterion, profileLanguage, onChange }: Props) {
  const base = useId();
  const [language, setLanguage] = useState<Language>(profileLanguage);
  const phrasing: CriterionPhrasing = criterion.phrasings?.[language] ?? {};
  const filled = LANGUAGES.filter((l) => {
    const p = criterion.phrasings?.[l];
    return Boolean(p?.sought?.trim() || p?.lacking?.trim());
  });
  const set = (patch: Partial<CriterionPhrasing>) =>
    onChange({ ...criterion.phrasings, [language]: { ...phrasing, ...patch } });
  const preview = useMemo(
    () => ({
      sought: phrasingPreview(BUILTIN_PHRASEBOOKS, language, 'sought', phrasing.sought ?? ''),
      lacking: phrasingPreview(BUILTIN_PHRASEBOOKS, language, 'lacking', phrasing.lacking ?? ''),
    }),
    [language, phrasing.sought, phrasing.lacking],
  );

  return (
    <details className="phrasings" data-testid="criterion-phrasings">
      <summary>
        {t('optPhrasings')}
        {filled.length > 0 && <span className="muted"> ({filled.join(', ')})</span>}
      </summary>
      <p className="hint">{t('optPhrasingsHint')}</p>
      <div className="field narrow">
        <label htmlFor={`${base}-lang`}>{t('optPhrasingLanguage')}</label>
        <select
          id={`${base}-lang`}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(l)}
            </option>
          ))}
        </select>
      </div>
      {language !== profileLanguage && (
        <div className="field">
          <label htmlFor={`${base}-label`}>{t('optPhrasingLabel')}</label>
          <input
            id={`${base}-label`}
            lang={language}
            value={phrasing.label ?? ''}
            maxLength={200}
            onChange={(e) => set({ label: e.target.value })}
          />
        </div>
      )}
      {(['sought', 'lacking'] as const).map((kind) => (
        <div className="field" key={kind}>
          <label htmlFor={`${base}-${kind}`}>
            {t(kind === 'sought' ? 'optPhrasingSought' : 'optPhrasingLacking')}
          </label>
          <input
            id={`${base}-${kind}`}
            lang={language}
            data-testid={`phrasing-${kind}`}
            value={phrasing[kind] ?? ''}
            maxLength={200}
            aria-describedby={`${base}-${kind}-preview`}
            onChange={(e) => set({ [kind]: e.target.value })}
          />
          <p className="phrase-preview" id={`${base}-${kind}-preview`} lang={language}>
            <span className="muted">{t('optPhrasingPreview')}: </span>
            <span data-testid={`phrasing-${kind}-preview`}>{preview[kind]}</span>
          </p>
        </div>
      ))}
    </details>
  );
}

/** Phrasings as they are saved: trimmed, without empty fields or languages. */
export function cleanPhrasings(phrasings: Criterion['phrasings']): Criterion['phrasings'] {
  const out: NonNullable<Criterion['phrasings']> = {};
  for (const language of LANGUAGES) {
    const p = phrasings?.[language];
    if (!p) continue;
    const entry: CriterionPhrasing = {};
    for (const key of ['label', 'sought', 'lacking'] as const) {
      const value = p[key]?.trim();
      if (value) entry[key] = value;
    }
    if (Object.keys(entry).length > 0) out[language] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
