import { type ReactNode, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { languageLabel } from '@/components/options/labels';
import { usePolicy } from '@/components/options/team-sync/policy';
import { type MessageKey, t } from '@/utils/i18n';
import { LANGUAGES, type Language, type Settings } from '@/utils/schema';
import { getSettings, getStoredSettings, saveSettings, watchSettings } from '@/utils/settings';

/** How to pin the toolbar button: browsers do not let an extension pin itself. */
function pinInstructions(): MessageKey {
  if (import.meta.env.FIREFOX) return 'welcomePinFirefox';
  return /\bEdg\//.test(navigator.userAgent) ? 'welcomePinEdge' : 'welcomePinChrome';
}

function Languages() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; warning?: boolean }>({ text: '' });
  const { locked } = usePolicy();
  const hintId = useId();
  const isLocked = locked.has('detectionLanguages');

  useEffect(() => {
    let alive = true;
    // Stored settings at once; then with the organisation's policy on top (it may answer slowly).
    void getStoredSettings()
      .then((s) => alive && setSettings((current) => current ?? s))
      .then(() => getSettings())
      .then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  if (!settings) return <div aria-busy="true" />;
  const chosen = settings.detectionLanguages;

  const toggle = async (language: Language, on: boolean) => {
    const set = new Set(chosen);
    if (on) set.add(language);
    else set.delete(language);
    if (set.size === 0) {
      setStatus({ text: t('welcomeLanguagesNeedOne'), warning: true });
      return;
    }
    const languages = LANGUAGES.filter((l) => set.has(l));
    // Show the choice at once; the saved (and policy-checked) settings follow.
    setSettings({ ...settings, detectionLanguages: languages });
    const next = await saveSettings({ detectionLanguages: languages });
    setSettings(next);
    setStatus({
      text: t('welcomeLanguagesSaved', { languages: next.detectionLanguages.map(languageLabel).join(', ') }),
    });
  };

  return (
    <fieldset className="languages" aria-describedby={hintId}>
      <legend className="visually-hidden">{t('welcomeLanguagesHeading')}</legend>
      <div className="language-grid">
        {LANGUAGES.map((language) => (
          <label key={language} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(language)}
              disabled={isLocked}
              onChange={(e) => void toggle(language, e.target.checked)}
              data-testid={`welcome-lang-${language}`}
            />
            <span lang={language}>{languageLabel(language)}</span>
          </label>
        ))}
      </div>
      <p className="hint" id={hintId}>
        {isLocked ? t('welcomeLanguagesLocked') : t('welcomeLanguagesHint')}
      </p>
      <p
        className={status.warning ? 'status status-warning' : 'status'}
        role="status"
        data-testid="welcome-languages-status"
      >
        {status.text}
      </p>
    </fieldset>
  );
}

function Step({ n, heading, children }: { n: number; heading: MessageKey; children: ReactNode }) {
  const id = useId();
  return (
    <section className="step" aria-labelledby={id}>
      <span className="step-number" aria-hidden="true">
        {n}
      </span>
      <div>
        <h2 id={id}>{t(heading)}</h2>
        {children}
      </div>
    </section>
  );
}

export function Welcome() {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void Promise.resolve(browser.commands?.getAll?.())
      .then((commands) => setShortcut(commands?.find((c) => c.name === 'open-builder')?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);

  return (
    <>
      <header className="welcome-header">
        <img src="/icon/96.png" alt="" width="56" height="56" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <ul className="lead" data-testid="welcome-lead">
            <li>{t('welcomeLead1')}</li>
            <li>{t('welcomeLead2')}</li>
            <li>{t('welcomeLead3')}</li>
          </ul>
        </div>
      </header>
      <main className="welcome-main">
        <Step n={1} heading="welcomeLanguagesHeading">
          <Languages />
        </Step>
        <Step n={2} heading="welcomePinHeading">
          <p data-testid="welcome-pin">{t(pinInstructions())}</p>
          <p className="hint">{t('welcomePinWhy')}</p>
        </Step>
        <Step n={3} heading="welcomePrivacyHeading">
          <p>{t('welcomePrivacy')}</p>
        </Step>
        <Step n={4} heading="welcomeTryHeading">
          <p>{t('welcomeTryText')}</p>
          <p className="actions">
            <a className="button primary" href="/practice.html" data-testid="welcome-try">
              {t('welcomeTryButton')}
            </a>
            <button
              type="button"
              className="secondary"
              onClick={() => void browser.runtime.openOptionsPage()}
              data-testid="welcome-settings"
            >
              {t('welcomeSettings')}
            </button>
          </p>
          {shortcut && <p className="hint">{t('welcomeShortcut', { shortcut })}</p>}
        </Step>
      </main>
    </>
  );
}
