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
import { OpenBuilderMessage } from './sidebar-protocol';
import type { Detector } from './types';

export type AnalyzeDraft = (text: string, options?: AnalyzeOptions) => Analysis;

export function makeDetector(context: DetectionContext, analyzeDraft: AnalyzeDraft): Detector {
  const { settings, rules, profiles } = context;
  return {
    warnBeforeSend: settings.warnBeforeSend,
    analyze(text, subject) {
      const match = profiles.length ? matchProfile(profiles, subject, text) : null;
      return analyzeDraft(text, {
        rules,
        languages: settings.detectionLanguages,
        ...(match ? { criteria: match.profile.criteria } : {}),
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

export function boot(adapter: ComposeAdapter, analyzeDraft: AnalyzeDraft): void {
  let context = defaultContext();
  let detector = makeDetector(context, analyzeDraft);
  let assistant: Assistant | null = null;

  const apply = (next: DetectionContext) => {
    context = next;
    detector = makeDetector(context, analyzeDraft);
    const enabled = context.settings.sites[adapter.site];
    if (!enabled && assistant) {
      assistant.stop();
      assistant = null;
    } else if (enabled && !assistant) {
      assistant = startAssistant({ adapter, detector: () => detector });
    } else assistant?.refresh();
  };

  // Start at once with the defaults (a compose may already be open); refine when the answer comes.
  assistant = startAssistant({ adapter, detector: () => detector });
  const reload = async () => {
    const fetched = await fetchContext();
    if (fetched) {
      apply(fetched);
      // Debug signal (tests wait for it): settings, rules and profiles came from the background.
      document.documentElement.setAttribute('data-klarsvar-context', 'background');
    }
  };
  void reload();
  // The keyboard command (manifest `commands.open-builder`): the background asks the active tab.
  try {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (OpenBuilderMessage.safeParse(message).success) assistant?.openBuilder();
    });
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
}
