/**
 * Starts the assistant for one webmail: binds the analyzer to the user's settings, the team's
 * rules and the matched job profile's criteria (from the background's `detection-context`), and
 * works with built-in defaults when the background does not answer.
 */
import { browser } from 'wxt/browser';
import type { Analysis, AnalyzeOptions } from '@/utils/analysis/types';
import type { DetectionContext } from '@/utils/messaging';
import { matchProfile } from '@/utils/profiles/match';
import type { ComposeAdapter } from './adapter';
import { type Assistant, startAssistant } from './assistant';
import { CONTEXT_REQUEST, contextFromReply, defaultContext } from './context';
import { setUiLanguageMode } from './i18n';
import { isOpenBuilderMessage } from './sidebar-guard';
import { isTabStatusRequest, type OpenBuilderReply, siteEnabled, type TabStatus } from './tab-status';
import type { Detector } from './types';

export type AnalyzeDraft = (text: string, options?: AnalyzeOptions) => Analysis;

/** How much of the draft's start the job-profile match reads (the role is named early). */
const MATCH_PREFIX = 600;

export function makeDetector(context: DetectionContext, analyzeDraft: AnalyzeDraft): Detector {
  const { settings, rules, profiles } = context;
  // The profile match costs more than the analysis on a long draft (about 1.4 ms for 2,000
  // characters and 28 profiles), and its answer rarely changes per keystroke: match on the subject
  // and the draft's opening, and reuse the answer while those stay the same.
  let lastKey = '';
  let lastMatch: ReturnType<typeof matchProfile<DetectionContext['profiles'][number]>> = null;
  const match = (subject: string, text: string) => {
    if (!profiles.length) return null;
    const key = `${subject}\u0000${text.slice(0, MATCH_PREFIX)}`;
    if (key !== lastKey) {
      lastKey = key;
      lastMatch = matchProfile(profiles, subject, text.slice(0, MATCH_PREFIX));
    }
    return lastMatch;
  };
  return {
    warnBeforeSend: settings.warnBeforeSend,
    analyze(text, subject) {
      const found = match(subject, text);
      return analyzeDraft(text, {
        rules,
        languages: settings.detectionLanguages,
        ...(found ? { criteria: found.profile.criteria, profileTitle: found.profile.title } : {}),
      });
    },
  };
}

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

/**
 * `analyzer`: the analyzer itself, or a promise of it (the content scripts fetch the language data
 * at start; until it resolves nothing is analysed, and a null answer leaves the drafts unanalysed).
 */
export function boot(
  adapter: ComposeAdapter,
  analyzer: AnalyzeDraft | Promise<AnalyzeDraft | null>,
): { openBuilder(): boolean } {
  let context = defaultContext();
  let analyzeDraft: AnalyzeDraft | null = typeof analyzer === 'function' ? analyzer : null;
  const detectorFor = (c: DetectionContext) =>
    analyzeDraft ? makeDetector(c, analyzeDraft) : pendingDetector(c);
  let detector = detectorFor(context);
  let assistant: Assistant | null = null;
  // Nothing starts before we know whether the user paused this site (toolbar popup or settings):
  // the stored settings answer in a few ms, the background's context (with policy) after that.
  let siteKnown = false;

  const apply = (next: DetectionContext) => {
    context = next;
    setUiLanguageMode(context.settings.uiLanguage);
    detector = detectorFor(context);
    if (!siteKnown) return;
    const enabled = siteEnabled(context.settings.sites, adapter.site);
    if (!enabled && assistant) {
      assistant.stop();
      assistant = null;
    } else if (enabled && !assistant) {
      assistant = startAssistant({ adapter, detector: () => detector });
    } else assistant?.refresh();
  };

  // Start at once (a compose may already be open), unless this site is paused in the stored
  // settings; the background's answer refines it when it comes.
  void storedSites().then((sites) => {
    if (siteKnown) return;
    siteKnown = true;
    apply({ ...context, settings: { ...context.settings, sites: { ...context.settings.sites, ...sites } } });
  });
  const reload = async () => {
    const fetched = await fetchContext();
    if (fetched) {
      siteKnown = true;
      apply(fetched);
      // Debug signal (tests wait for it): settings, rules and profiles came from the background.
      document.documentElement.setAttribute('data-klarsvar-context', 'background');
    }
  };
  void reload();
  if (typeof analyzer !== 'function') {
    void analyzer
      .then((loaded) => {
        if (!loaded) return;
        analyzeDraft = loaded;
        apply(context);
      })
      .catch(() => undefined);
  }
  // The keyboard command (manifest `commands.open-builder`) and the toolbar popup ask the active tab.
  try {
    browser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
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
  let pending: ReturnType<typeof setTimeout> | undefined;
  try {
    browser.storage.onChanged.addListener(() => {
      clearTimeout(pending);
      pending = setTimeout(reload, 100);
    });
  } catch {
    // storage events unavailable: settings apply on the next page load
  }
  // For pages that host their own compose (the practice draft's "Open the builder" button).
  return { openBuilder: () => assistant?.openBuilder() ?? false };
}

/** The per-site switches as stored (no policy): `{}` when unreadable, which means "run". */
async function storedSites(): Promise<Record<string, boolean>> {
  try {
    const stored = await browser.storage.sync.get('settings');
    const sites = (stored.settings as { sites?: unknown } | undefined)?.sites;
    if (typeof sites !== 'object' || sites === null) return {};
    return Object.fromEntries(Object.entries(sites).filter(([, on]) => typeof on === 'boolean'));
  } catch {
    return {};
  }
}

/** Fetches one of the extension's own JSON resources (the analyzer's language data). */
export async function fetchData(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`Klarsvar: ${path}: ${response.status}`);
  return response.json();
}
