import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';
import type { DetectionRule } from '@/utils/schema';

const rule = (r: Partial<DetectionRule> & Pick<DetectionRule, 'kind' | 'pattern'>): DetectionRule => ({
  id: 'team-rule',
  ...r,
});

describe('language detection', () => {
  it.each([
    ['sv', 'Hej Anna! Tack för din ansökan. Tyvärr går vi inte vidare med den.'],
    ['da', 'Hej Anna. Tak for din ansøgning. Desværre går vi ikke videre med den.'],
    ['nb', 'Hei Anna. Takk for søknaden. Dessverre går vi ikke videre med den.'],
    ['en', 'Hi Anna, thanks for applying. Unfortunately we will not be moving forward.'],
    ['de', 'Hallo Anna, vielen Dank für Ihre Bewerbung. Leider können wir Sie nicht berücksichtigen.'],
    ['fi', 'Hei Anna, kiitos hakemuksestasi. Valitettavasti et tullut valituksi.'],
  ])('%s', (lang, text) => {
    expect(analyzeDraft(text).lang).toBe(lang);
  });

  it('short drafts', () => {
    expect(analyzeDraft('Tyvärr, det blev inte du.').lang).toBe('sv');
    expect(analyzeDraft('Desværre ikke denne gang.').lang).toBe('da');
    expect(analyzeDraft('Dessverre ikke denne gangen.').lang).toBe('nb');
  });

  it('a Danish draft with an English boilerplate sentence stays Danish and both parts are checked', () => {
    const text =
      'Hej Thomas\n\nTak for en god samtale i går. Vi har besluttet at gå videre med en anden kandidat. We wish you the best of luck in your job search.\n\nMvh Sofie';
    const r = analyzeDraft(text);
    expect(r.lang).toBe('da');
    expect(r.verdict).toBe('generic-rejection');
    expect(r.flags.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['da.other-candidates', 'en.wish-success']),
    );
    // messages are in the draft's language
    expect(r.flags.every((f) => /[æøå]|ikke|Afslut|Slet|Skriv/.test(f.message + f.fix))).toBe(true);
  });

  it('no language → unknown, not a rejection', () => {
    expect(analyzeDraft('12345 !!! ???')).toMatchObject({
      lang: 'unknown',
      verdict: 'not-rejection',
      flags: [],
    });
  });
});

describe('tolerance', () => {
  it('missing diacritics and typos', () => {
    expect(analyzeDraft('Hej! Tyvarr gar vi inte vidare med din ansokan.').verdict).toBe('generic-rejection');
    expect(analyzeDraft('Hej! Tyvär går vi inte vidare med din ansökan.').verdict).toBe('generic-rejection');
    expect(analyzeDraft('Hej Jonas. Tak for din ansogning. Desvaerre er du ikke gaaet videre.').verdict).toBe(
      'generic-rejection',
    );
    expect(
      analyzeDraft('Hei. Takk for soknaden. Dessverre har du ikke gatt vidre i prosessen.').verdict,
    ).toBe('generic-rejection');
  });

  it('line breaks and casing', () => {
    const r = analyzeDraft('HEJ!\nVI HAR VALT ATT GÅ VIDARE\nMED ANDRA KANDIDATER.');
    expect(r.verdict).toBe('generic-rejection');
  });
});

describe('verdicts', () => {
  it('specific when a requirement and the gap are named', () => {
    const r = analyzeDraft(
      'Hej Kim, tack för din ansökan. Tjänsten kräver B-körkort eftersom alla besök görs med bil, och det har du inte. Därför går vi inte vidare. Hör av dig om du tar körkort!',
    );
    expect(r.verdict).toBe('specific-rejection');
    expect(r.checklist).toMatchObject({ thanks: true, decision: true, reason: true, nextStep: true });
    expect(r.score).toBeGreaterThanOrEqual(50);
  });

  it('a reason that restates the decision is still generic', () => {
    const r = analyzeDraft('Hi Kim, we felt another candidate was a better match overall. All the best, Dan');
    expect(r.verdict).toBe('generic-rejection');
    expect(r.score).toBeLessThan(30);
  });

  it.each([
    [
      'interview invitation',
      'Hi Jess, thanks for applying! We would love to invite you to an interview on Tuesday.',
    ],
    ['offer', 'Hej Hugo! Vi vill erbjuda dig tjänsten som lagerledare. Avtalet bifogas.'],
    ['receipt with timeline', 'Tak for din ansøgning. Vi har modtaget den og holder samtaler i uge 10.'],
    ['delay notice', 'Unfortunately our process is delayed by two weeks. You are still in the running.'],
    ['withdrawal', 'Hi Liam, thanks for letting me know you have accepted another offer. Congratulations!'],
    ['vendor', 'Hi Mark, thanks for the proposal. We have decided to go with another agency this time.'],
    [
      'internal email quoting the template',
      'Hej Ulla, kan du skicka vårt vanliga mejl ("Vi har valt att gå vidare med andra kandidater") till alla?',
    ],
  ])('not a rejection: %s', (_name, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it('internal emails still get their spans flagged', () => {
    const r = analyzeDraft(
      'Hey Rob, just use the usual template for the rest. Between us, she is probably close to retirement.',
    );
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some((f) => f.kind === 'risky')).toBe(true);
  });
});

describe('flags', () => {
  it('gut feeling is vague; protected grounds are risky; a tested language requirement is not risky', () => {
    const vague = analyzeDraft(
      'Hej Sara, vi har bestämt oss för att inte gå vidare. Kemin stämde inte riktigt.',
    );
    expect(vague.flags.some((f) => f.kind === 'vague')).toBe(true);
    const risky = analyzeDraft(
      'Hi Linda, we have chosen another candidate. We want someone younger for our team.',
    );
    expect(risky.flags.find((f) => f.kind === 'risky')?.rule).toBe('en.age');
    const ok = analyzeDraft(
      'Hi Ella, professional Swedish was required, and your language test showed B1 while the role needs C1, so we cannot take your application further.',
    );
    expect(ok.flags.filter((f) => f.kind === 'risky')).toEqual([]);
    expect(ok.verdict).toBe('specific-rejection');
  });

  it('spans are exact slices with rule ids and messages', () => {
    const text = 'Hej,\nTack för din ansökan. Vi har valt att gå vidare med andra kandidater.\nMvh';
    const [f] = analyzeDraft(text).flags;
    expect(f).toBeDefined();
    expect(f?.text).toBe(text.slice(f?.start, f?.end));
    expect(f?.text).toBe('Vi har valt att gå vidare med andra kandidater');
    expect(f?.rule).toMatch(/^sv\./);
    expect(f?.message && f.why && f.fix).toBeTruthy();
  });
});

describe('team rules', () => {
  const draft = 'Hi Sam, thanks for applying. We went with someone who is a rockstar ninja. Best, Jo';

  it('a generic rule adds a flag with its message', () => {
    const r = analyzeDraft(draft, {
      rules: [rule({ kind: 'generic', pattern: 'rockstar ninja', message: 'Jargon' })],
    });
    const f = r.flags.find((x) => x.text === 'rockstar ninja');
    expect(f).toMatchObject({ kind: 'generic', message: 'Jargon' });
    expect(f?.rule).toBe('en.team-rule');
  });

  it('* stands for exactly one word and matching ignores case and diacritics', () => {
    const r = analyzeDraft('Hej! Tyvärr valde vi en ANNAN Kandidat.', {
      rules: [rule({ kind: 'vague', pattern: 'tyvarr valde vi * annan' })],
    });
    expect(r.flags.some((f) => f.kind === 'vague' && f.text === 'Tyvärr valde vi en ANNAN')).toBe(true);
    const none = analyzeDraft('Hej! Tyvärr valde vi en helt annan.', {
      rules: [rule({ kind: 'vague', pattern: 'tyvarr valde vi * annan' })],
    });
    expect(none.flags.some((f) => f.kind === 'vague')).toBe(false);
  });

  it('regex metacharacters in patterns are literal', () => {
    const text = 'Hi, we chose (a.k.a. picked) someone else [sorry]. Regards';
    const r = analyzeDraft(text, {
      rules: [
        rule({ kind: 'risky', pattern: '(a.k.a. picked)' }),
        rule({ id: 'x', kind: 'risky', pattern: 'a+b.*c' }),
      ],
    });
    expect(r.flags.filter((f) => f.kind === 'risky').map((f) => f.text)).toEqual(['a.k.a. picked']);
  });

  it('allow suppresses built-in flags whose span the phrase matches', () => {
    const text = 'Hej,\nTack för din ansökan. Vi har valt att gå vidare med andra kandidater.\nMvh';
    expect(analyzeDraft(text).flags).toHaveLength(1);
    const r = analyzeDraft(text, { rules: [rule({ kind: 'allow', pattern: 'gå vidare med andra' })] });
    expect(r.flags).toHaveLength(0);
  });

  it('language-bound rules only apply to that language', () => {
    const r = analyzeDraft(draft, {
      rules: [rule({ kind: 'generic', pattern: 'rockstar', language: 'sv' })],
    });
    expect(r.flags.some((f) => f.text === 'rockstar')).toBe(false);
  });
});

describe('options', () => {
  it('naming the active profile criteria makes a draft more specific', () => {
    const text =
      'Hi Ben, thanks for applying. We have moved ahead with other applicants, as your application focuses on Excel and Tableau rather than SQL and dbt.';
    const plain = analyzeDraft(text);
    const withCriteria = analyzeDraft(text, {
      criteria: [
        { label: 'SQL', category: 'skill' },
        { label: 'dbt modelling', category: 'skill' },
      ],
    });
    expect(withCriteria.score).toBeGreaterThan(plain.score);
    expect(withCriteria.verdict).toBe('specific-rejection');
  });

  it('the job title in a thanks line is not a criterion (profile "Backend developer")', () => {
    const text =
      'Hi Sam,\n\nThank you for your application for the Backend Developer role (ref. 2025-114) and for the interview last Tuesday.\nTyvärr har vi valt att gå vidare med andra kandidater vars profiler bättre matchar våra behov. Vi önskar dig lycka till i ditt fortsatta jobbsökande.';
    const criteria = [
      {
        label: 'At least three years building and running backend services in production',
        category: 'experience',
      },
      { label: 'Designing and documenting REST or GraphQL APIs', category: 'skill' },
      {
        label: 'Data modelling and query tuning in a relational database such as PostgreSQL',
        category: 'skill',
      },
    ] as const;
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
    expect(analyzeDraft(text, { criteria: [...criteria] }).verdict).toBe('generic-rejection');
    expect(analyzeDraft(text, { criteria: [...criteria], profileTitle: 'Backend developer' }).verdict).toBe(
      'generic-rejection',
    );
    // the same criteria named where the candidate is assessed still count
    const assessed =
      'Hi Sam,\n\nThanks for the interview. We have decided to go with other candidates. In the technical round you had not yet designed or documented any APIs and your query tuning was limited.';
    expect(
      analyzeDraft(assessed, { criteria: [...criteria], profileTitle: 'Backend developer' }).verdict,
    ).toBe('specific-rejection');
  });

  it('languages outside the selection are detected but left alone', () => {
    const r = analyzeDraft('Hej! Tyvärr går vi inte vidare med din ansökan.', { languages: ['en', 'da'] });
    expect(r).toMatchObject({ lang: 'sv', verdict: 'not-rejection', flags: [] });
  });
});

describe('sentences across German dates', () => {
  it('"zum 1. März" inside a decision keeps the decision one sentence, so it is read', () => {
    const text =
      'Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für Ihre Bewerbung. Wir haben die Stelle zum 1. März mit einer anderen Bewerberin besetzt.\n\nMit freundlichen Grüßen\nPersonalabteilung';
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('generic-rejection');
    expect(r.flags.some((f) => f.kind === 'generic' && text.slice(f.start, f.end).includes('1. März'))).toBe(
      true,
    );
  });
});
