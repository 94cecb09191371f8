import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { usePolicy } from '@/components/options/team-sync/policy';
import type { OpenBuilderMessage } from '@/utils/compose/sidebar-protocol';
import { TAB_STATUS_TYPE } from '@/utils/compose/tab-status';
import { type MessageKey, t, tp } from '@/utils/i18n';
import type { Settings } from '@/utils/schema';
import { getSettings, getStoredSettings, saveSettings, watchSettings } from '@/utils/settings';
import { asTabStatus, type TabState, tabStateOf, type Webmail } from './tab-state';

interface Tab {
  id?: number;
  url?: string;
  windowId?: number;
  lastAccessed?: number;
}

const SITE_LABEL: Record<Webmail, MessageKey> = { gmail: 'optSiteGmail', outlook: 'optSiteOutlook' };
const siteName = (site: Webmail) => t(SITE_LABEL[site]);

/**
 * The tab the popup is about: the active tab of its window. Opened as a page in a tab of its own
 * (popup.html in a tab, as the end-to-end tests do), it is about the tab used most recently before.
 */
async function targetTab(): Promise<Tab | undefined> {
  const self = (await browser.tabs.getCurrent?.()) as Tab | undefined;
  if (!self) {
    const [active] = (await browser.tabs.query({ active: true, currentWindow: true })) as Tab[];
    return active;
  }
  const others = ((await browser.tabs.query({ windowId: self.windowId })) as Tab[]).filter(
    (tab) => tab.id !== self.id,
  );
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function ask(tabId: number | undefined, message: unknown): Promise<unknown> {
  if (tabId === undefined) return null;
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return null; // no content script in that tab
  }
}

const statusRequest = { channel: 'klarsvar', type: TAB_STATUS_TYPE } as const;
const openBuilderRequest: OpenBuilderMessage = { channel: 'klarsvar', type: 'open-builder' };

function describe(state: TabState): string {
  switch (state.kind) {
    case 'other':
      return t('popupStateOther');
    case 'not-loaded':
      return t('popupStateNotLoaded');
    case 'paused':
      return t('popupStatePaused', { site: siteName(state.site) });
    case 'running':
      return t('popupStateActive', { site: siteName(state.site) });
  }
}

export function Popup() {
  const [tab, setTab] = useState<Tab | undefined>();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const { locked } = usePolicy();

  const refresh = useCallback(async (current?: Settings) => {
    const found = await targetTab();
    const reply = asTabStatus(await ask(found?.id, statusRequest));
    const show = (effective: Settings) => {
      setTab(found);
      setSettings(effective);
      setState(tabStateOf(found?.url, reply, effective.sites));
    };
    if (current) return show(current);
    // The stored settings answer at once; the organisation's policy on top may take a moment.
    show(await getStoredSettings());
    show(await getSettings());
  }, []);

  useEffect(() => {
    void refresh();
    void Promise.resolve(browser.commands?.getAll?.())
      .then((commands) => setShortcut(commands?.find((c) => c.name === 'open-builder')?.shortcut ?? ''))
      .catch(() => undefined);
    return watchSettings((next) => void refresh(next));
  }, [refresh]);

  if (!state || !settings) return <main className="popup" aria-busy="true" />;

  const site = state.kind === 'other' ? null : state.site;
  const siteLocked = site !== null && locked.has(`sites.${site}`);

  const toggle = async () => {
    if (!site) return;
    setBusy(true);
    setMessage('');
    try {
      const on = !settings.sites[site];
      const next = await saveSettings({ sites: { ...settings.sites, [site]: on } });
      setMessage(t(on ? 'popupResumedDone' : 'popupPausedDone', { site: siteName(site) }));
      await refresh(next);
      // The content script restarts after it hears of the change: ask again once it has.
      setTimeout(() => void refresh(next), 600);
    } finally {
      setBusy(false);
    }
  };

  const openBuilder = async () => {
    setMessage('');
    const reply = (await ask(tab?.id, openBuilderRequest)) as { opened?: boolean } | null;
    if (reply?.opened) window.close();
    else setMessage(t('popupNoCompose'));
  };

  const openSettings = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  const openPractice = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
    window.close();
  };

  const reload = async () => {
    if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
    window.close();
  };

  return (
    <main className="popup" data-testid="popup" data-state={state.kind}>
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width="24" height="24" />
        <h1>Klarsvar</h1>
      </header>
      <section className={`state state-${state.kind}`} aria-labelledby="popup-state">
        <span className="state-dot" aria-hidden="true" />
        <div>
          <p id="popup-state" className="state-text" data-testid="popup-state">
            {describe(state)}
          </p>
          {state.kind === 'running' && (
            <p className="muted" data-testid="popup-composes">
              {state.composes === 0 ? t('popupNoComposes') : tp('popupComposes', state.composes)}
            </p>
          )}
        </div>
      </section>
      <div className="popup-actions">
        {state.kind === 'running' && (
          <div className="action">
            <button
              type="button"
              className="primary"
              onClick={() => void openBuilder()}
              aria-describedby="open-builder-hint"
              data-testid="popup-open-builder"
            >
              {t('popupOpenBuilder')}
            </button>
            <p id="open-builder-hint" className="hint">
              {shortcut ? t('popupOpenBuilderHint', { shortcut }) : t('popupOpenBuilderHintNoShortcut')}
            </p>
          </div>
        )}
        {state.kind === 'not-loaded' && (
          <button type="button" className="primary" onClick={() => void reload()} data-testid="popup-reload">
            {t('popupReload')}
          </button>
        )}
        {site && (
          <div className="action">
            <button
              type="button"
              className="secondary"
              onClick={() => void toggle()}
              disabled={busy || siteLocked}
              aria-describedby={siteLocked ? 'site-locked' : undefined}
              data-testid="popup-toggle-site"
            >
              {settings.sites[site]
                ? t('popupPause', { site: siteName(site) })
                : t('popupResume', { site: siteName(site) })}
            </button>
            {siteLocked && (
              <p id="site-locked" className="hint">
                {t('popupLocked')}
              </p>
            )}
          </div>
        )}
        {state.kind === 'other' && (
          <button
            type="button"
            className="secondary"
            onClick={() => void openPractice()}
            data-testid="popup-practice"
          >
            {t('popupPractice')}
          </button>
        )}
        <p className="message" role="status" data-testid="popup-message">
          {message}
        </p>
      </div>
      <footer className="popup-footer">
        <button
          type="button"
          className="link"
          onClick={() => void openSettings()}
          data-testid="popup-settings"
        >
          {t('popupOpenSettings')}
        </button>
        <span className="muted">{t('popupPrivacy')}</span>
      </footer>
    </main>
  );
}
