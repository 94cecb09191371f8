import { useId, useRef, useState } from 'react';
import {
  CRITERION_CATEGORIES,
  type CriterionCategory,
  type JobProfile,
  type Language,
  type Requirement,
} from '@/utils/schema';
import type { SidebarData } from './data';
import { t } from './i18n';
import { CATEGORY_LABEL } from './labels';
import { slugId } from './model';

interface Draft {
  key: number;
  label: string;
  category: CriterionCategory;
  requirement: Requirement;
}

interface Props {
  language: Language;
  takenIds: ReadonlySet<string>;
  data: SidebarData;
  onSaved(profile: JobProfile): void;
  onCancel(): void;
}

/** "New profile" inline: a title and a few criteria, saved as a personal profile. */
export function QuickProfile({ language, takenIds, data, onSaved, onCancel }: Props) {
  const base = useId();
  const nextKey = useRef(3);
  const [title, setTitle] = useState('');
  const [criteria, setCriteria] = useState<Draft[]>([
    { key: 1, label: '', category: 'experience', requirement: 'must' },
    { key: 2, label: '', category: 'skill', requirement: 'must' },
  ]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const update = (key: number, change: Partial<Draft>) =>
    setCriteria((list) => list.map((c) => (c.key === key ? { ...c, ...change } : c)));

  const save = async () => {
    const filled = criteria.filter((c) => c.label.trim());
    if (!title.trim() || filled.length === 0) {
      setProblem(t('sidebarQuickInvalid'));
      titleRef.current?.focus();
      return;
    }
    const criterionIds = new Set<string>();
    const profile = {
      id: slugId(title, takenIds),
      title: title.trim(),
      aliases: [],
      language,
      source: 'personal' as const,
      criteria: filled.map((c) => {
        const id = slugId(c.label, criterionIds, '');
        criterionIds.add(id);
        return { id, label: c.label.trim(), category: c.category, requirement: c.requirement };
      }),
    };
    setSaving(true);
    try {
      onSaved(await data.saveProfile(profile));
    } catch {
      setProblem(t('sidebarQuickFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section
      className="quick"
      aria-labelledby={`${base}-h`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${base}-h`}>{t('sidebarQuickHeading')}</h3>
      <p className="hint">{t('sidebarQuickHint')}</p>
      <div className="field">
        <label htmlFor={`${base}-title`}>{t('sidebarQuickTitle')}</label>
        <input
          id={`${base}-title`}
          ref={titleRef}
          type="text"
          value={title}
          maxLength={200}
          required
          // biome-ignore lint/a11y/noAutofocus: the form opens on an explicit "New profile" click.
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      {criteria.map((c, i) => (
        <fieldset key={c.key} className="quick-criterion">
          <legend>{t('sidebarQuickCriterion', String(i + 1))}</legend>
          <input
            type="text"
            aria-label={t('sidebarQuickCriterion', String(i + 1))}
            value={c.label}
            maxLength={200}
            onChange={(event) => update(c.key, { label: event.target.value })}
          />
          <div className="row">
            <label>
              <span>{t('sidebarQuickCategory')}</span>
              <select
                value={c.category}
                onChange={(event) => update(c.key, { category: event.target.value as CriterionCategory })}
              >
                {CRITERION_CATEGORIES.map((cat) => (
                  <option key={cat} value={cat}>
                    {t(CATEGORY_LABEL[cat])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('sidebarQuickRequirement')}</span>
              <select
                value={c.requirement}
                onChange={(event) => update(c.key, { requirement: event.target.value as Requirement })}
              >
                <option value="must">{t('sidebarMust')}</option>
                <option value="merit">{t('sidebarMerit')}</option>
              </select>
            </label>
            {criteria.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setCriteria((list) => list.filter((x) => x.key !== c.key))}
              >
                {t('sidebarQuickRemoveCriterion', String(i + 1))}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={criteria.length >= 20}
          onClick={() =>
            setCriteria((list) => [
              ...list,
              { key: nextKey.current++, label: '', category: 'skill', requirement: 'merit' },
            ])
          }
        >
          {t('sidebarQuickAddCriterion')}
        </button>
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="row end">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('sidebarQuickCancel')}
        </button>
        <button type="button" className="primary" disabled={saving} onClick={save}>
          {t('sidebarQuickSave')}
        </button>
      </div>
    </section>
  );
}
