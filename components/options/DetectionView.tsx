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

export function DetectionView() {
  const announce = useAnnounce();
  const [form, setForm] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [status, setStatus] = useState('');

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
          <legend>{t('optDetectionLanguages')}</legend>
          <div className="checkbox-grid">
            {LANGUAGES.map((l) => (
              <label key={l} className="check">
                <input
                  type="checkbox"
                  checked={form.detectionLanguages.includes(l)}
                  onChange={(e) => toggleLanguage(l, e.target.checked)}
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
              data-testid="site-gmail"
            />
            {t('optSiteGmail')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={form.sites.outlook}
              onChange={(e) => change({ sites: { ...form.sites, outlook: e.target.checked } })}
              data-testid="site-outlook"
            />
            {t('optSiteOutlook')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optSending')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={form.warnBeforeSend}
              onChange={(e) => change({ warnBeforeSend: e.target.checked })}
              data-testid="warn-before-send"
            />
            {t('optWarnBeforeSend')}
          </label>
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
              aria-describedby="process-url-hint"
              onChange={(e) => change({ processFeedbackUrl: e.target.value })}
              data-testid="process-url"
            />
            <p className="hint" id="process-url-hint">
              {t('optProcessFeedbackUrlHint')}
            </p>
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
          <span className="status" role="status" data-testid="settings-status">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
