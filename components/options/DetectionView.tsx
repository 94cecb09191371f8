import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import {
  describeIssues,
  LANGUAGES,
  type Language,
  Settings,
  STAGES,
  type Stage,
  type ValidationProblem,
} from '@/utils/schema';
import { getSettings, saveSettings, watchSettings } from '@/utils/settings';
import { useAnnounce } from './announce';
import { languageLabel, stageLabel } from './labels';
import { Problems } from './Problems';
import { LockedNote } from './team-sync/LockedNote';
import { usePolicy } from './team-sync/policy';

export function DetectionView() {
  const announce = useAnnounce();
  const [form, setForm] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [status, setStatus] = useState('');
  // Settings the organisation locks (enterprise policy): shown, disabled, and marked as such.
  const { locked } = usePolicy();

  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setForm(s));
    const stop = watchSettings((s) => alive && setForm((current) => current ?? s));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  if (!form) return <section className="view" aria-busy="true" aria-label={t('optDetectionHeading')} />;

  const change = (patch: Partial<Settings>) => {
    setForm({ ...form, ...patch });
    setStatus('');
  };
  const toggleLanguage = (language: Language, on: boolean) => {
    const set = new Set(form.detectionLanguages);
    if (on) set.add(language);
    else set.delete(language);
    change({ detectionLanguages: LANGUAGES.filter((l) => set.has(l)) });
  };

  const save = async () => {
    const parsed = Settings.safeParse({ ...form, processFeedbackUrl: form.processFeedbackUrl.trim() });
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error));
      setStatus(t('optFixProblems'));
      return;
    }
    setProblems([]);
    setForm(await saveSettings(parsed.data));
    setStatus(t('optSettingsSaved'));
    announce(t('optSettingsSaved'));
  };

  const noLanguage = form.detectionLanguages.length === 0;
  return (
    <section className="view" aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t('optDetectionHeading')}</h2>
      <p className="intro">{t('optDetectionIntro')}</p>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset aria-describedby="languages-hint">
          <legend>
            {t('optDetectionLanguages')}{' '}
            <LockedNote id="locked-languages" locked={locked.has('detectionLanguages')} />
          </legend>
          <div className="checkbox-grid">
            {LANGUAGES.map((l) => (
              <label key={l} className="check">
                <input
                  type="checkbox"
                  checked={form.detectionLanguages.includes(l)}
                  onChange={(e) => toggleLanguage(l, e.target.checked)}
                  disabled={locked.has('detectionLanguages')}
                  data-testid={`detect-lang-${l}`}
                />
                {languageLabel(l)}
              </label>
            ))}
          </div>
          <p className={noLanguage ? 'field-warning' : 'hint'} id="languages-hint">
            {t('optDetectionLanguagesHint')}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('optSites')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={form.sites.gmail}
              onChange={(e) => change({ sites: { ...form.sites, gmail: e.target.checked } })}
              disabled={locked.has('sites.gmail')}
              aria-describedby={locked.has('sites.gmail') ? 'locked-gmail' : undefined}
              data-testid="site-gmail"
            />
            {t('optSiteGmail')} <LockedNote id="locked-gmail" locked={locked.has('sites.gmail')} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={form.sites.outlook}
              onChange={(e) => change({ sites: { ...form.sites, outlook: e.target.checked } })}
              disabled={locked.has('sites.outlook')}
              aria-describedby={locked.has('sites.outlook') ? 'locked-outlook' : undefined}
              data-testid="site-outlook"
            />
            {t('optSiteOutlook')} <LockedNote id="locked-outlook" locked={locked.has('sites.outlook')} />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optSending')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={form.warnBeforeSend}
              onChange={(e) => change({ warnBeforeSend: e.target.checked })}
              disabled={locked.has('warnBeforeSend')}
              aria-describedby={locked.has('warnBeforeSend') ? 'locked-warn' : undefined}
              data-testid="warn-before-send"
            />
            {t('optWarnBeforeSend')} <LockedNote id="locked-warn" locked={locked.has('warnBeforeSend')} />
          </label>
        </fieldset>
        <fieldset aria-describedby="ui-language-hint">
          <legend>{t('optUiLanguage')}</legend>
          {(['draft', 'browser'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="ui-language"
                value={value}
                checked={form.uiLanguage === value}
                onChange={() => change({ uiLanguage: value })}
                data-testid={`ui-language-${value}`}
              />
              {t(value === 'draft' ? 'optUiLanguageDraft' : 'optUiLanguageBrowser')}
            </label>
          ))}
          <p className="hint" id="ui-language-hint">
            {t('optUiLanguageHint')}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('optFeedbackDefaults')}</legend>
          <div className="field">
            <label htmlFor="sender-name">{t('optSenderName')}</label>
            <input
              id="sender-name"
              autoComplete="name"
              value={form.senderName}
              maxLength={200}
              onChange={(e) => change({ senderName: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="company">{t('optCompany')}</label>
            <input
              id="company"
              autoComplete="organization"
              value={form.company}
              maxLength={200}
              onChange={(e) => change({ company: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="process-url">{t('optProcessFeedbackUrl')}</label>
            <input
              id="process-url"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={form.processFeedbackUrl}
              aria-describedby={
                locked.has('processFeedbackUrl') ? 'process-url-hint locked-process-url' : 'process-url-hint'
              }
              disabled={locked.has('processFeedbackUrl')}
              onChange={(e) => change({ processFeedbackUrl: e.target.value })}
              data-testid="process-url"
            />
            <p className="hint" id="process-url-hint">
              {t('optProcessFeedbackUrlHint')}
            </p>
            <LockedNote id="locked-process-url" locked={locked.has('processFeedbackUrl')} />
          </div>
          <div className="field narrow">
            <label htmlFor="default-stage">{t('optDefaultStage')}</label>
            <select
              id="default-stage"
              value={form.defaultStage}
              onChange={(e) => change({ defaultStage: e.target.value as Stage })}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <Problems problems={problems} heading={t('optFixProblems')} />
        <div className="actions">
          <button type="submit" className="primary" data-testid="settings-save">
            {t('optSave')}
          </button>
          <span
            className="status"
            data-tone={problems.length ? 'error' : undefined}
            role="status"
            data-testid="settings-status"
          >
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
