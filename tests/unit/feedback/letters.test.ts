/**
 * Every letter the builder starts with — each language × stage × outcome mix × built-in profile, on its
 * own and as inserted into a draft that already greets, thanks and signs — has the parts of a good
 * letter, in one language, with nothing left to fill in. (Whether the analyzer reads them as specific,
 * with no flag, is pinned in passes-analyzer.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  composeFeedback,
  type FeedbackDocument,
  type FeedbackInput,
  LOCALES,
  renderPlainText,
} from '@/utils/feedback';
import { LANGUAGES, type Language, STAGES } from '@/utils/schema';
import { SAMPLE_MIXES, SAMPLE_ROLES, SAMPLE_TEXT, sampleInput } from '../../../scripts/letters';

/**
 * Function words that mark a language: a letter may use none of another language's (words both
 * languages share, like "for" in English and Danish, are left out of these lists).
 */
const STOP_WORDS: Record<Language, readonly string[]> = {
  sv: [
    'och',
    'att',
    'inte',
    'jag',
    'är',
    'någon',
    'också',
    'från',
    'hade',
    'till',
    'när',
    'där',
    'här',
    'gärna',
    'även',
    'eftersom',
    'tyvärr',
    'kunde',
    'vill',
    'dina',
  ],
  da: [
    'af',
    'havde',
    'nogen',
    'hvad',
    'meget',
    'gerne',
    'vores',
    'jer',
    'blev',
    'desværre',
    'ansøgning',
    'ansøgere',
    'nået',
    'længere',
    'fremmest',
    'søgte',
    'tak',
  ],
  nb: [
    'hadde',
    'noen',
    'hva',
    'mye',
    'gjerne',
    'dere',
    'ble',
    'etter',
    'meg',
    'deg',
    'takk',
    'vennlig',
    'dessverre',
    'trenger',
    'trengte',
    'lenger',
    'søknaden',
    'søkere',
  ],
  en: [
    'the',
    'and',
    'with',
    'you',
    'your',
    'we',
    'our',
    'of',
    'that',
    'have',
    'has',
    'were',
    'not',
    'is',
    'are',
    'this',
    'would',
    'will',
    'who',
    'which',
    'been',
    'from',
    'than',
    'but',
    'also',
    'because',
  ],
  de: [
    'und',
    'nicht',
    'wir',
    'ihre',
    'ihnen',
    'ist',
    'sind',
    'haben',
    'wurde',
    'für',
    'von',
    'auf',
    'zu',
    'des',
    'ein',
    'eine',
    'einen',
    'auch',
    'bei',
    'nach',
    'aber',
    'noch',
    'wenn',
    'dass',
    'uns',
    'leider',
    'sich',
  ],
  fi: [
    'että',
    'ei',
    'oli',
    'olla',
    'sinun',
    'sinulla',
    'tämä',
    'tässä',
    'kanssa',
    'mutta',
    'myös',
    'jos',
    'koska',
    'tai',
    'olet',
    'emme',
    'kiitos',
  ],
};

/** Words of other languages a letter in `language` must not contain. */
function foreignWords(language: Language): Set<string> {
  const own = new Set(STOP_WORDS[language]);
  const out = new Set<string>();
  for (const other of LANGUAGES) {
    if (other === language) continue;
    for (const word of STOP_WORDS[other]) if (!own.has(word)) out.add(word);
  }
  return out;
}

/** Opening words of a greeting and of a sign-off, per language. */
const GREETING: Record<Language, RegExp> = {
  sv: /^Hej /,
  da: /^(Kære|Hej) /,
  nb: /^Hei /,
  en: /^(Dear|Hi) /,
  de: /^(Guten Tag|Hallo) /,
  fi: /^(Hei|Hyvä) /,
};
const SIGN_OFF: Record<Language, RegExp> = {
  sv: /^(Med )?[Vv]änliga hälsningar$/,
  da: /^(Med )?[Vv]enlig hilsen$/,
  nb: /^(Med )?[Vv]ennlig hilsen$/,
  en: /^(Kind|Best) regards,$/,
  de: /^(Mit freundlichen Grüßen|Freundliche Grüße)$/,
  fi: /^(Ystävällisin|Parhain) terveisin$/,
};
/** Words that belittle what the candidate has ("only partly", "bara delvis"). */
const BELITTLING: Record<Language, RegExp> = {
  sv: /\b(bara|endast|enbart) (delvis|lite|ett)\b/i,
  da: /\b(kun|bare|blot) (delvist|lidt|et)\b/i,
  nb: /\b(bare|kun) (delvis|litt|ett)\b/i,
  en: /\b(only|merely|just) (partly|partially|a little|one)\b/i,
  de: /\b(nur|bloß|lediglich) (teilweise|wenig|ein)\b/i,
  fi: /\b(vain|ainoastaan|pelkästään) (osittain|vähän)\b/i,
};

const sentencesOf = (doc: FeedbackDocument) => doc.sections.flatMap((s) => s.sentences);

function checkLetter(input: FeedbackInput, inDraft: boolean): string[] {
  const { language } = input;
  const doc = composeFeedback(input);
  const text = renderPlainText(doc);
  const problems: string[] = [];
  const kinds = doc.sections.map((s) => s.kind);
  const slots = sentencesOf(doc).map((s) => s.slot);

  // Greeting and sign-off: the letter's own, or the draft's (left out, never doubled).
  if (inDraft) {
    if (kinds.includes('greeting') || kinds.includes('sign-off'))
      problems.push('repeats greeting or sign-off');
  } else {
    if (!GREETING[language].test(text)) problems.push('no greeting');
    const lines = text.split('\n');
    if (!SIGN_OFF[language].test(lines.at(-2) ?? '') || lines.at(-1) !== SAMPLE_TEXT[language].sender)
      problems.push('no sign-off with the sender');
  }
  // Thanks unless the draft has it.
  if (slots.includes('thanks') === inDraft) problems.push(inDraft ? 'thanks twice' : 'no thanks');
  // A decision with its reason (every sample mix has something missing or partly met).
  const decision = sentencesOf(doc).find((s) => s.slot === 'decision');
  if (!decision) problems.push('no decision');
  else if (!decision.criteria?.length) problems.push('decision without its reason');
  // A warm closing line, and the letter's body never ends on a deficit.
  const body = doc.sections.filter((s) => s.kind !== 'sign-off');
  if (body.at(-1)?.kind !== 'closing') problems.push(`ends on ${body.at(-1)?.kind}, not on a closing line`);
  // Nothing left to fill in.
  if (doc.missing.length) problems.push(`missing ${doc.missing.join(', ')}`);
  if (/\{[a-zA-Z]+\}|\[[a-z]+\]/.test(text)) problems.push('unreplaced placeholder');
  // One language: no function word of another.
  const foreign = foreignWords(language);
  const names = new Set(
    Object.values(SAMPLE_TEXT[language])
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const strays = [...new Set(words.filter((w) => foreign.has(w) && !names.has(w)))];
  if (strays.length) problems.push(`words of another language: ${strays.join(', ')}`);
  // Merits worded as merits, no belittling.
  if (BELITTLING[language].test(text)) problems.push('belittling adverb');
  if (/ {2}|\s[,.]|\.\.|:\./.test(text)) problems.push('stray spacing or punctuation');
  return problems.length ? [`${problems.join('; ')}\n---\n${text}`] : [];
}

describe('letters from the built-in profiles', () => {
  for (const language of LANGUAGES) {
    for (const stage of STAGES) {
      it(`${language} / ${stage}: greeting, thanks, decision with its reason, closing, sign-off, one language`, () => {
        const failures: string[] = [];
        for (const role of SAMPLE_ROLES) {
          for (const mix of SAMPLE_MIXES) {
            const label = `${role} | ${mix.name}`;
            for (const p of checkLetter(sampleInput(role, language, stage, mix), false))
              failures.push(`${label} (alone)\n${p}`);
            // Inserted into a draft that already greets, thanks and signs off.
            const inDraft = { greeting: false, thanks: false, signOff: false };
            for (const p of checkLetter(sampleInput(role, language, stage, mix, inDraft), true))
              failures.push(`${label} (in a draft)\n${p}`);
          }
        }
        expect(failures.slice(0, 3).join('\n\n======\n\n')).toBe('');
      });
    }
  }

  it('keeps a warm closing line only when the draft has none of its own', () => {
    const input = sampleInput('teacher', 'sv', 'interview', SAMPLE_MIXES[0] as (typeof SAMPLE_MIXES)[0], {
      closing: false,
    });
    const doc = composeFeedback(input);
    expect(doc.sections.map((s) => s.kind)).not.toContain('closing');
    expect(renderPlainText(doc)).toMatch(/\n\nVänliga hälsningar\nMaria Svensson$/);
  });

  it('the stop-word lists tell the six languages apart', () => {
    for (const language of LANGUAGES) {
      // Each list is distinctive: none of its words is in the list of a language it would be confused with.
      const own = STOP_WORDS[language];
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        const shared = own.filter((w) => STOP_WORDS[other].includes(w));
        expect(shared, `${language}/${other}`).toEqual([]);
      }
    }
    expect(foreignWords('sv').has('the')).toBe(true);
    expect(foreignWords('nb').has('och')).toBe(true);
    expect(foreignWords('nb').has('af')).toBe(true);
    expect(LOCALES.sv.and).toBe('och');
  });
});
