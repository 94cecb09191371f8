/**
 * The analyzer bound to the user's settings, the team's rules and the matched job profile: used in
 * the page (boot.ts) and in the analysis frame (entrypoints/analysis), so both give one answer.
 */
import type { Analysis, AnalyzeOptions } from '@/utils/analysis/types';
import type { DetectionContext } from '@/utils/messaging';
import { matchProfile } from '@/utils/profiles/match';
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
    // Whole lines only: the line being typed changes at every pause, the role named in it does not
    // matter until the line is done (and the subject usually names it anyway).
    const opening = text.slice(0, MATCH_PREFIX);
    const lineEnd = opening.lastIndexOf('\n');
    const done = lineEnd >= 0 ? opening.slice(0, lineEnd) : '';
    const key = `${subject}\u0000${done}`;
    if (key !== lastKey) {
      lastKey = key;
      lastMatch = matchProfile(profiles, subject, done);
    }
    return lastMatch;
  };
  return {
    warnBeforeSend: settings.warnBeforeSend,
    analyze(text, subject, quoted) {
      const found = match(subject, text);
      return analyzeDraft(text, {
        rules,
        languages: settings.detectionLanguages,
        ...(found ? { criteria: found.profile.criteria, profileTitle: found.profile.title } : {}),
        // task relaywire: the history as the CLI passes the whole mail (relay.ts finds its first marker)
        ...(quoted ? { quoted } : {}),
      });
    },
  };
}
