import { useId, useState } from 'react';
import { deletePersonalProfile, savePersonalProfile } from '@/utils/db/repository';
import { t } from '@/utils/i18n';
import {
  type Criterion,
  describeIssues,
  JobProfile,
  LANGUAGES,
  type Language,
  type ValidationProblem,
} from '@/utils/schema';
import { useAnnounce } from './announce';
import { CriteriaEditor } from './CriteriaEditor';
import { navigate } from './hooks';
import { languageLabel } from './labels';
import { cleanPhrasings } from './PhrasingEditor';
import { Problems } from './Problems';

interface Draft {
  id: string;
  title: string;
  aliasesText: string;
  language: Language;
  criteria: Criterion[];
}

function toDraft(profile: JobProfile): Draft {
  return {
    id: profile.id,
    title: profile.title,
    aliasesText: profile.aliases.join('\n'),
    language: profile.language,
    criteria: profile.criteria,
  };
}

function aliasesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Editor for a personal profile (new or existing). */
export function ProfileEditor({ profile, isNew }: { profile: JobProfile; isNew: boolean }) {
  const announce = useAnnounce();
  const base = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const [saved, setSaved] = useState<Draft>(() => toDraft(profile));
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [status, setStatus] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const dirty = isNew || JSON.stringify(draft) !== JSON.stringify(saved);

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus('');
  };

  const save = async () => {
    const input = {
      id: draft.id,
      title: draft.title,
      aliases: aliasesOf(draft.aliasesText),
      language: draft.language,
      criteria: draft.criteria.map((c) => ({
        ...c,
        label: c.label.trim(),
        description: c.description?.trim() || undefined,
        phrasings: cleanPhrasings(c.phrasings),
      })),
      source: 'personal' as const,
    };
    const parsed = JobProfile.safeParse(input);
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error));
      setStatus(t('optFixProblems'));
      return;
    }
    setProblems([]);
    const stored = await savePersonalProfile(parsed.data);
    const next = toDraft(stored);
    setDraft(next);
    setSaved(next);
    setStatus(t('optProfileSaved'));
    announce(t('optProfileSaved'));
    if (isNew) navigate('profiles', stored.id);
  };

  const remove = async () => {
    await deletePersonalProfile(profile.id);
    announce(t('optDeleted', { name: profile.title }));
    navigate('profiles');
  };

  return (
    <form
      className="editor"
      aria-labelledby={`${base}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="editor-header">
        <h3 id={`${base}-heading`}>
          {isNew ? t('optProfileNewTitle') : draft.title.trim() || t('optUntitled')}
        </h3>
        {dirty && !isNew && <span className="dirty">{t('optUnsaved')}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${base}-title`}>{t('optProfileTitle')}</label>
        <input
          id={`${base}-title`}
          data-testid="profile-title"
          value={draft.title}
          maxLength={200}
          aria-required="true"
          onChange={(e) => change({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-aliases`}>{t('optProfileAliases')}</label>
        <textarea
          id={`${base}-aliases`}
          data-testid="profile-aliases"
          rows={3}
          value={draft.aliasesText}
          aria-describedby={`${base}-aliases-hint`}
          onChange={(e) => change({ aliasesText: e.target.value })}
        />
        <p className="hint" id={`${base}-aliases-hint`}>
          {t('optProfileAliasesHint')}
        </p>
      </div>
      <div className="field narrow">
        <label htmlFor={`${base}-language`}>{t('optLanguage')}</label>
        <select
          id={`${base}-language`}
          value={draft.language}
          onChange={(e) => change({ language: e.target.value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(l)}
            </option>
          ))}
        </select>
      </div>
      <CriteriaEditor
        criteria={draft.criteria}
        language={draft.language}
        onChange={(criteria) => change({ criteria })}
      />
      <Problems problems={problems} heading={t('optFixProblems')} />
      <div className="actions">
        <button type="submit" className="primary" data-testid="profile-save">
          {t('optSave')}
        </button>
        {!isNew && !confirmingDelete && (
          <button type="button" className="danger" onClick={() => setConfirmingDelete(true)}>
            {t('optDelete')}
          </button>
        )}
        {confirmingDelete && (
          <span className="confirm">
            <span>{t('optDeleteQuestion', { name: profile.title })}</span>
            <button
              type="button"
              className="danger"
              onClick={() => void remove()}
              data-testid="confirm-delete"
            >
              {t('optConfirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              {t('optCancel')}
            </button>
          </span>
        )}
        <span
          className="status"
          data-tone={problems.length ? 'error' : undefined}
          role="status"
          data-testid="profile-status"
        >
          {status}
        </span>
      </div>
    </form>
  );
}
