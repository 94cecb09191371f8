import type { Language } from '@/utils/schema';
import type { Ground, LangTexts, Texts } from './langdata';
import type { Analysis, Detection, DraftLanguage, Flag, FlagTexts, LeanFlag } from './types';

/** Flag texts per language: all six in Node (texts/index.ts), the loaded ones in the content script. */
export type TextTable = Partial<Record<Language, LangTexts>>;

const EMPTY: FlagTexts = { message: '', why: '', fix: '' };

/**
 * message / why / fix for a flag from `detectDraft`, in `lang` (the draft's language,
 * `Detection.lang`). Team-rule flags keep their own message / fix when the rule has one.
 */
export function describeFlag(
  flag: Pick<LeanFlag, 'kind' | 'rule' | 'cat' | 'message' | 'fix'>,
  lang: DraftLanguage,
  texts: TextTable,
): FlagTexts {
  const t = lang === 'unknown' ? undefined : texts[lang];
  if (!t) return { ...EMPTY };
  let x: Texts;
  switch (flag.cat) {
    case 'risky': {
      const g = t.grounds[flag.rule.slice(flag.rule.indexOf('.') + 1) as Ground] ?? '';
      x = [
        t.risky[0].replace('{ground}', g),
        t.risky[1].replace('{ground}', g),
        t.risky[2].replace('{ground}', g),
      ];
      break;
    }
    case 'team': {
      // the kind picks the default texts (a risky team rule names no ground); the rule's own win
      const base: Texts =
        flag.kind === 'risky'
          ? [t.risky[0].replace('{ground}', ''), t.risky[1], t.risky[2]]
          : flag.kind === 'vague'
            ? t.vague
            : t.stock;
      x = [flag.message || base[0], base[1], flag.fix || base[2]];
      break;
    }
    default:
      x = t[flag.cat];
  }
  return { message: x[0], why: x[1], fix: x[2] };
}

/** A detection with every flag's message / why / fix in the draft's language (the full `Analysis`). */
export function describeDetection(d: Detection, texts: TextTable): Analysis {
  const flags: Flag[] = d.flags.map((f) => {
    const { message, why, fix } = describeFlag(f, d.lang, texts);
    return { kind: f.kind, rule: f.rule, start: f.start, end: f.end, text: f.text, message, why, fix };
  });
  return { lang: d.lang, verdict: d.verdict, score: d.score, checklist: d.checklist, flags };
}
