/**
 * Starts the assistant for one webmail: binds the analyzer to the user's settings, the team's
 * rules and the matched job profile's criteria (from the background's `detection-context`), and
 * works with built-in defaults when the background does not answer.
 */
import { browser } from 'wxt/browser';
import type { DetectionContext } from '@/utils/messaging';
import type { Language } from '@/utils/schema';
import type { ComposeAdapter } from './adapter';
import type { AnalysisFrame } from './analysis-frame';
import { type Assistant, startAssistant } from './assistant';
import { CONTENT_DEFAULT_SETTINGS, CONTEXT_REQUEST, contextFromReply, defaultContext } from './context';
import { type AnalyzeDraft, makeDetector } from './detector';
import { setUiLanguageMode, t } from './i18n';
import { type ScriptContext, watchLifecycle } from './lifecycle';
import { isOpenBuilderMessage } from './sidebar-guard';
import { isTabStatusRequest, type OpenBuilderReply, siteEnabled, type TabStatus } from './tab-status';
import type { Detector } from './types';

export { type AnalyzeDraft, makeDetector } from './detector';

async function fetchContext(): Promise<DetectionContext | null> {
  try {
    // No timeout: the assistant already runs on the defaults; a late answer (the background may be
    // opening its database on a cold start) still applies when it comes.
    const reply = await browser.runtime.sendMessage(CONTEXT_REQUEST);
    return contextFromReply(reply);
  } catch {
    return null; // no background (yet), or it failed: keep the defaults
  }
}

/** Until the analyzer is loaded: nothing is analysed (see Detector.pending). */
function pendingDetector(context: DetectionContext): Detector {
  return {
    warnBeforeSend: context.settings.warnBeforeSend,
    pending: true,
    analyze: () => {
      throw new Error('Klarsvar: analyzer not loaded');
    },
  };
}

/** Loads the analyzer for these languages (the content scripts fetch only their data files). */
export type AnalyzerLoader = (languages: readonly Language[]) => Promise<AnalyzeDraft | null>;

export interface BootOptions {
  /** WXT's content-script context: says when this copy of the script is invalidated. */
  ctx?: ScriptContext | null;
  /**
   * `createAnalysisFrame` (analysis-frame.ts), passed in so that a script without it does not
   * carry its code: analyse at typing pauses in the extension's analysis frame, off the page's thread (the content
   * scripts); the page path stays for send decisions, Insert and whenever the frame cannot answer.
   */
  offThread?: () => AnalysisFrame;
}

/** Same key as utils/settings (SETTINGS_KEY); read here without the schema library (script size). */
const SETTINGS_KEY = 'settings';

/**
 * The stored per-site switches and detection languages, straight from storage.sync: known in a few
 * ms, while the background (which adds the organisation's locked settings) may take a moment to
 * wake up. Unreadable: `{}` sites ("run") and the default languages.
 */
async function storedSettings(): Promise<{ sites: Record<string, boolean>; languages: readonly Language[] }> {
  const known = CONTENT_DEFAULT_SETTINGS.detectionLanguages;
  try {
    const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as
      | { detectionLanguages?: unknown; sites?: unknown }
      | undefined;
    const raw = stored?.sites;
    const sites =
      typeof raw === 'object' && raw !== null
        ? Object.fromEntries(Object.entries(raw).filter(([, on]) => typeof on === 'boolean'))
        : {};
    const wanted = stored?.detectionLanguages;
    const list = Array.isArray(wanted) ? known.filter((l) => wanted.includes(l)) : [];
    return { sites, languages: list.length ? list : known };
  } catch {
    return { sites: {}, languages: known };
  }
}

/**
 * `load` fetches the analyzer for the given languages (the content scripts fetch only the enabled
 * languages' data, at start and again when a language is enabled). Until it resolves nothing is
 * analysed; a null answer leaves the drafts unanalysed rather than wrongly flagged.
 */
export function boot(
  adapter: ComposeAdapter,
  load: AnalyzerLoader,
  options: BootOptions = {},
): { openBuilder(): boolean } {
  let context = defaultContext();
  let analyzeDraft: AnalyzeDraft | null = null;
  const detectorFor = (c: DetectionContext) =>
    analyzeDraft ? makeDetector(c, analyzeDraft) : pendingDetector(c);
  let detector = detectorFor(context);
  let assistant: Assistant | null = null;
  const frame = options.offThread?.() ?? null;
  // Resolved now: once the extension is gone, its messages cannot be looked up any more.
  const staleText = t('contentReloadTab');
  const lifecycle = watchLifecycle(options.ctx ?? null, {
    orphaned: () => {
      assistant?.stop(staleText);
      assistant = null;
      frame?.stop();
    },
    superseded: () => {
      assistant?.stop();
      assistant = null;
      frame?.stop();
    },
  });
  const alive = () => lifecycle.alive();
  const start = () => startAssistant({ adapter, detector: () => detector, alive, frame });

  // Nothing starts before we know whether the user paused this site (toolbar popup or settings):
  // the stored settings answer in a few ms, the background's context (with policy) after that.
  let siteKnown = false;

  const apply = (next: DetectionContext) => {
    if (!alive()) return;
    context = next;
    setUiLanguageMode(context.settings.uiLanguage);
    detector = detectorFor(context);
    // The frame analyses with the same context and the same languages' data as the page.
    frame?.setContext({ context, languages: loaded });
    if (!siteKnown) return;
    const enabled = siteEnabled(context.settings.sites, adapter.site);
    if (!enabled && assistant) {
      assistant.stop();
      assistant = null;
    } else if (enabled && !assistant) {
      assistant = start();
    } else assistant?.refresh();
  };

  // The analyzer for the enabled languages; loaded again only when a language is added.
  let loaded: readonly Language[] = [];
  let requested: readonly Language[] = [];
  let loading: Promise<void> | null = null;
  const ensureAnalyzer = (languages: readonly Language[]) => {
    if (languages.every((l) => loaded.includes(l) || requested.includes(l))) return;
    const wanted = [...new Set([...requested, ...languages])];
    requested = wanted;
    const run = async () => {
      try {
        const next = await load(wanted);
        if (!next) return;
        loaded = wanted;
        analyzeDraft = next;
        // Debug signal (tests and the bench wait for it): the languages whose data is loaded.
        document.documentElement.setAttribute('data-klarsvar-analyzer', wanted.join(' '));
        apply(context);
      } catch {
        // no analyzer: drafts stay unanalysed rather than wrongly flagged
      }
    };
    loading = (loading ?? Promise.resolve()).then(run);
  };

  // Start at once (a compose may already be open), unless this site is paused in the stored
  // settings; the background's answer refines it when it comes.
  void storedSettings().then(({ sites, languages }) => {
    ensureAnalyzer(languages);
    if (siteKnown) return;
    siteKnown = true;
    apply({ ...context, settings: { ...context.settings, sites: { ...context.settings.sites, ...sites } } });
  });
  let reloads = 0;
  const reload = async () => {
    const mine = ++reloads;
    const fetched = await fetchContext();
    if (fetched && alive() && mine === reloads) {
      siteKnown = true;
      ensureAnalyzer(fetched.settings.detectionLanguages);
      apply(fetched);
      // Debug signal (tests wait for it): settings, rules and profiles came from the background.
      document.documentElement.setAttribute('data-klarsvar-context', 'background');
    }
  };
  // The keyboard command (manifest `commands.open-builder`) and the toolbar popup ask the active tab.
  try {
    browser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
        if (!alive()) return false;
        // Checked without zod (content-script size); agrees with OpenBuilderMessage in sidebar-protocol.ts.
        if (isOpenBuilderMessage(message)) {
          sendResponse({ opened: assistant?.openBuilder() ?? false } satisfies OpenBuilderReply);
        } else if (isTabStatusRequest(message)) {
          const status: TabStatus = {
            site: adapter.site,
            running: assistant !== null,
            composes: assistant?.trackedCount ?? 0,
          };
          sendResponse(status);
        }
        return false;
      },
    );
  } catch {
    // no runtime messaging (tests without a browser)
  }
  // Settings (storage.sync/managed) and team data (a revision in storage.local that extension pages
  // bump after writing profiles or phrasebooks, utils/data-revision.ts) reach open tabs this way.
  // No timer between the event and the reload: a webmail tab behind the options page is a
  // background tab, whose timers the browser may hold back for up to a second (2 s budget, issue 12).
  // Changes in one task share one reload; only the newest reload's answer is applied.
  let queued = false;
  const requestReload = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void reload();
    });
  };
  requestReload();
  try {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'session' || !alive()) return;
      requestReload();
    });
  } catch {
    // storage events unavailable: settings apply on the next page load
  }
  // For pages that host their own compose (the practice draft's "Open the builder" button).
  return { openBuilder: () => (alive() ? (assistant?.openBuilder() ?? false) : false) };
}

/** Fetches one of the extension's own JSON resources (the analyzer's language data). */
export async function fetchData(path: string): Promise<unknown> {
  return JSON.parse(await fetchText(path));
}

/** Fetches one of the extension's own resources as text (the compiled program, parsed when used). */
export async function fetchText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`Klarsvar: ${path}: ${response.status}`);
  return response.text();
}
