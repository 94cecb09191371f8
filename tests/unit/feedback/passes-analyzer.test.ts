/**
 * Klarsvar must not flag its own feedback: every message the composer builds from the built-in
 * phrasebooks and the built-in job profiles, inserted on its own or between a greeting and a
 * signature, reads as a specific rejection to the analyzer, without generic, vague or risky flags.
 * The analyzer is called like the content script calls it (`utils/compose/boot.ts`): with the matched
 * profile's criteria and title.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis';
import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import {
  type CriterionAssessment,
  composeFeedback,
  type FeedbackInput,
  type FeedbackSections,
  renderPlainText,
} from '@/utils/feedback';
import { type JobProfile, LANGUAGES, type Language, STAGES } from '@/utils/schema';

/** Per language: names, a note on a shortfall, a note on a partial match, the hired person, a tip. */
const TEXT: Record<
  Language,
  {
    candidate: string;
    sender: string;
    company: string;
    missingNote: string;
    partialNote: string;
    hired: string;
    tip: string;
    greeting: string;
    signature: string;
  }
> = {
  sv: {
    candidate: 'Anna',
    sender: 'Maria Svensson',
    company: 'Nordvik AB',
    missingNote: 'I ditt CV ser vi ett år av det, och tjänsten kräver tre.',
    partialNote: 'I intervjun gav du ett bra exempel, men bara ett.',
    hired: 'fem års erfarenhet av liknande uppdrag',
    tip: 'lyft fram konkreta resultat från dina tidigare jobb',
    greeting: 'Hej Anna,',
    signature: 'Vänliga hälsningar\nMaria Svensson\nRekryterare, Nordvik AB\n070-123 45 67',
  },
  da: {
    candidate: 'Anne',
    sender: 'Mette Hansen',
    company: 'Nordvik A/S',
    missingNote: 'I dit CV ser vi et år med det, og stillingen kræver tre.',
    partialNote: 'Til samtalen gav du et godt eksempel, men kun ét.',
    hired: 'fem års erfaring med lignende opgaver',
    tip: 'fremhæv konkrete resultater fra dine tidligere job',
    greeting: 'Hej Anne,',
    signature: 'Venlig hilsen\nMette Hansen\nRekrutteringsansvarlig, Nordvik A/S\n20 12 34 56',
  },
  nb: {
    candidate: 'Kari',
    sender: 'Ingrid Berg',
    company: 'Nordvik AS',
    missingNote: 'I CV-en din ser vi ett år med dette, og stillingen krever tre.',
    partialNote: 'I intervjuet ga du et godt eksempel, men bare ett.',
    hired: 'fem års erfaring med lignende oppgaver',
    tip: 'løft fram konkrete resultater fra tidligere jobber',
    greeting: 'Hei Kari,',
    signature: 'Vennlig hilsen\nIngrid Berg\nRekrutterer, Nordvik AS\n912 34 567',
  },
  en: {
    candidate: 'Sam',
    sender: 'Lisa Holm',
    company: 'Nordvik Ltd',
    missingNote: 'Your CV shows one year of this, and the role needs three.',
    partialNote: 'In the interview you gave one good example, but only one.',
    hired: 'five years of similar work',
    tip: 'show concrete results from your previous jobs',
    greeting: 'Hi Sam,',
    signature: 'Best regards\nLisa Holm\nRecruiter, Nordvik Ltd\n+44 20 7946 0123',
  },
  de: {
    candidate: 'Frau Weber',
    sender: 'Jonas Keller',
    company: 'Nordvik GmbH',
    missingNote: 'In Ihrem Lebenslauf sehen wir ein Jahr davon, die Stelle verlangt drei.',
    partialNote: 'Im Gespräch haben Sie ein gutes Beispiel genannt, aber nur eines.',
    hired: 'fünf Jahre Erfahrung mit ähnlichen Aufgaben',
    tip: 'nennen Sie konkrete Ergebnisse aus Ihren bisherigen Stellen',
    greeting: 'Sehr geehrte Frau Weber,',
    signature: 'Mit freundlichen Grüßen\nJonas Keller\nRecruiting, Nordvik GmbH\n+49 30 1234567',
  },
  fi: {
    candidate: 'Aino',
    sender: 'Mikko Virtanen',
    company: 'Nordvik Oy',
    missingNote: 'Ansioluettelossasi näkyy vuosi tätä, ja tehtävä edellyttää kolmea.',
    partialNote: 'Haastattelussa kerroit yhden hyvän esimerkin, mutta vain yhden.',
    hired: 'viiden vuoden kokemus vastaavista tehtävistä',
    tip: 'kerro konkreettisia tuloksia aiemmista töistäsi',
    greeting: 'Hei Aino,',
    signature: 'Ystävällisin terveisin\nMikko Virtanen\nRekrytoija, Nordvik Oy\n040 123 4567',
  },
};

/** Hundreds of analyses per test on a shared 2-core machine: time, not correctness, is what varies. */
const SLOW_MS = 60_000;

const ROLES = [...new Set(BUILTIN_PROFILES.map((p) => p.id.replace(/-[a-z]{2}$/, '')))];

/** The built-in profile of a role in the language. */
function profileFor(role: string, language: Language): JobProfile {
  const found = BUILTIN_PROFILES.find((p) => p.id === `${role}-${language}`);
  if (!found) throw new Error(`no profile for ${role}`);
  return found;
}

interface Mix {
  name: string;
  assess(profile: JobProfile, language: Language): Record<string, CriterionAssessment>;
}

const musts = (p: JobProfile) => p.criteria.filter((c) => c.requirement === 'must');
const merits = (p: JobProfile) => p.criteria.filter((c) => c.requirement !== 'must');

const MIXES: Mix[] = [
  {
    name: 'one must missing, no notes, the rest met',
    assess: (p) =>
      Object.fromEntries(
        p.criteria.map((c, i) => [
          c.id,
          { outcome: i === p.criteria.indexOf(musts(p)[0] ?? c) ? 'missing' : 'met' },
        ]),
      ),
  },
  {
    name: 'one must missing with a note',
    assess: (p, lang) => {
      const target = musts(p)[0] ?? p.criteria[0];
      return target ? { [target.id]: { outcome: 'missing', note: TEXT[lang].missingNote } } : {};
    },
  },
  {
    name: 'one criterion partly met, no note; others not assessed',
    assess: (p) => {
      const target = musts(p)[1] ?? p.criteria[0];
      return target ? { [target.id]: { outcome: 'partial' } } : {};
    },
  },
  {
    name: 'partly met with a note, merit missing, one met',
    assess: (p, lang) => {
      const out: Record<string, CriterionAssessment> = {};
      const [a, b] = musts(p);
      const [m] = merits(p);
      if (a) out[a.id] = { outcome: 'met' };
      if (b) out[b.id] = { outcome: 'partial', note: TEXT[lang].partialNote };
      if (m) out[m.id] = { outcome: 'missing' };
      return out;
    },
  },
  {
    name: 'two musts missing (one with a note), one partial, rest met',
    assess: (p, lang) => {
      const out: Record<string, CriterionAssessment> = {};
      p.criteria.forEach((c) => {
        out[c.id] = { outcome: 'met' };
      });
      const [a, b, c] = musts(p);
      if (a) out[a.id] = { outcome: 'missing' };
      if (b) out[b.id] = { outcome: 'missing', note: TEXT[lang].missingNote };
      if (c) out[c.id] = { outcome: 'partial' };
      return out;
    },
  },
  {
    name: 'only merits missing and partial',
    assess: (p) => {
      const out: Record<string, CriterionAssessment> = {};
      for (const c of musts(p)) out[c.id] = { outcome: 'met' };
      const [m1, m2] = merits(p);
      if (m1) out[m1.id] = { outcome: 'missing' };
      if (m2) out[m2.id] = { outcome: 'partial' };
      return out;
    },
  },
];

const SECTION_SETS: { name: string; sections: (lang: Language) => FeedbackSections }[] = [
  { name: 'no optional sections', sections: () => ({}) },
  {
    name: 'all sections with texts',
    sections: (lang) => ({
      comparison: { hiredProfile: TEXT[lang].hired },
      tip: { text: TEXT[lang].tip },
      talentNetwork: { months: 6 },
      callOffer: { phone: '+46 70 123 45 67' },
      processFeedback: { url: 'https://example.com/survey' },
    }),
  },
  {
    name: 'all sections without texts',
    sections: () => ({ comparison: {}, tip: {}, talentNetwork: {}, callOffer: {}, processFeedback: {} }),
  },
];

function feedbackInput(
  profile: JobProfile,
  language: Language,
  stage: FeedbackInput['stage'],
  mix: Mix,
  sections: FeedbackSections,
  extra: Partial<FeedbackInput> = {},
): FeedbackInput {
  const text = TEXT[language];
  return {
    profile,
    language,
    stage,
    assessments: mix.assess(profile, language),
    sections,
    values: { candidate: text.candidate, company: text.company, sender: text.sender },
    phrasebooks: BUILTIN_PHRASEBOOKS,
    ...extra,
  };
}

/** What is wrong with the analysis of `text`, or '' when it reads as a clean specific rejection. */
function problems(text: string, profile: JobProfile): string {
  const analysis = analyzeDraft(text, { criteria: profile.criteria, profileTitle: profile.title });
  const out: string[] = [];
  if (analysis.verdict !== 'specific-rejection') out.push(`verdict ${analysis.verdict}`);
  for (const flag of analysis.flags) out.push(`${flag.kind} ${flag.rule}: «${flag.text}»`);
  return out.length ? `${out.join('\n')}\n---\n${text}` : '';
}

describe('built-in feedback passes the analyzer', () => {
  for (const language of LANGUAGES) {
    for (const stage of STAGES) {
      it(
        `${language} / ${stage}: every profile × outcome mix × sections, alone and inside a draft`,
        () => {
          const failures: string[] = [];
          for (const role of ROLES) {
            const profile = profileFor(role, language);
            for (const mix of MIXES) {
              for (const set of SECTION_SETS) {
                const label = `${role} | ${mix.name} | ${set.name}`;
                const alone = renderPlainText(
                  composeFeedback(feedbackInput(profile, language, stage, mix, set.sections(language))),
                );
                const p1 = problems(alone, profile);
                if (p1) failures.push(`${label} (alone)\n${p1}`);

                // As inserted into a draft that already greets and signs: no greeting, no sign-off (the
                // warm closing line stays).
                const body = renderPlainText(
                  composeFeedback(
                    feedbackInput(profile, language, stage, mix, set.sections(language), {
                      greeting: false,
                      signOff: false,
                    }),
                  ),
                );
                const { greeting, signature } = TEXT[language];
                const draft = `${greeting}\n\n${body}\n\n${signature}`;
                const p2 = problems(draft, profile);
                if (p2) failures.push(`${label} (in a draft)\n${p2}`);
              }
            }
          }
          expect(failures.slice(0, 5).join('\n\n======\n\n')).toBe('');
        },
        SLOW_MS,
      );
    }
  }
});

describe('every alternative wording passes the analyzer', () => {
  // The recruiter can cycle any sentence through its alternatives: each of them must pass too.
  const role = 'builtin-backend-developer';
  for (const language of LANGUAGES) {
    for (const stage of STAGES) {
      it(
        `${language} / ${stage}`,
        () => {
          const failures: string[] = [];
          const profile = profileFor(role, language);
          for (const mix of [MIXES[0], MIXES[3], MIXES[4]] as Mix[]) {
            for (const set of SECTION_SETS) {
              const base = feedbackInput(profile, language, stage, mix, set.sections(language));
              const doc = composeFeedback(base);
              for (const sentence of doc.sections.flatMap((s) => s.sentences)) {
                for (let i = 0; i < sentence.alternativeCount; i++) {
                  const text = renderPlainText(
                    composeFeedback({ ...base, alternatives: { [sentence.key]: i } }),
                  );
                  const p = problems(text, profile);
                  if (p) failures.push(`${mix.name} | ${set.name} | ${sentence.key}#${i}\n${p}`);
                }
              }
            }
          }
          expect([...new Set(failures)].slice(0, 5).join('\n\n======\n\n')).toBe('');
        },
        SLOW_MS,
      );
    }
  }
});
