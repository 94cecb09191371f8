import { describe, expect, it } from 'vitest';
import { recruitingContext, recruitingSignals } from '@/utils/analysis/context';
import { historyStart } from '@/utils/analysis/history';
import { analyzeDraft } from '@/utils/analysis/index';
import { emptyMatches, type Match, type Matches } from '@/utils/analysis/match';

/** Risky and vague underlines apply only in recruiting context (context.ts). Own example sentences. */
const hotFlags = (text: string) =>
  analyzeDraft(text).flags.filter((f) => f.kind === 'risky' || f.kind === 'vague');

describe('recruiting context: a mail to a friend gets no red underline', () => {
  it.each([
    [
      'en',
      'Hi Sara,\n\nCongrats on the pregnancy! Mum says the christening will be at the church near grandma.\n\nLove, Tom',
    ],
    [
      'sv',
      'Hej Sara!\n\nGrattis till graviditeten! Mamma säger att dopet blir i kyrkan nära mormor.\n\nKram, Tom',
    ],
    [
      'de',
      'Hallo Sara,\n\nherzlichen Glückwunsch zur Schwangerschaft! Die Taufe ist in der Kirche bei Oma.\n\nLiebe Grüße, Tom',
    ],
    [
      'da',
      'Hej Sara\n\nTillykke med graviditeten! Mor siger, at dåben bliver i kirken ved farmor.\n\nKram, Tom',
    ],
  ])('%s: pregnancy and church among family news', (_lang, text) => {
    expect(hotFlags(text)).toEqual([]);
  });

  it.each([
    [
      'en',
      'Quick debrief after today’s interviews for the warehouse role: Anna was strongest. Maria mentioned she is pregnant, so I would skip her for the second round.',
    ],
    [
      'sv',
      'Kort sammanfattning efter dagens intervjuer till lagerjobbet: Anna var starkast. Maria berättade att hon är gravid, så jag skulle hoppa över henne till andra intervjun.',
    ],
    [
      'de',
      'Kurze Zusammenfassung der heutigen Vorstellungsgespräche: Frau Berg war am stärksten. Frau Lind ist schwanger, deshalb würde ich sie nicht in die zweite Runde nehmen.',
    ],
    [
      'fi',
      'Lyhyt yhteenveto tämän päivän haastatteluista: Anna oli vahvin. Maria kertoi olevansa raskaana, joten jättäisin hänet pois toiselta kierrokselta.',
    ],
  ])('%s: the same remark in a colleague’s interview debrief is risky', (_lang, text) => {
    expect(hotFlags(text).some((f) => f.kind === 'risky')).toBe(true);
  });

  it('a long newsletter: a job ad at the top does not reach a church story ten sentences later', () => {
    const filler = Array.from(
      { length: 10 },
      (_, i) => `Item ${i + 1}: the bridge repairs continue on the north side of town this week.`,
    ).join('\n');
    const text = `We are hiring! Send your CV to jobs@example.org before Friday if the open position interests you.\n${filler}\nOn Sunday the parish choir sang at the old church, and the pastor thanked the volunteers.`;
    expect(hotFlags(text)).toEqual([]);
  });

  it('in a rejection every remark counts, however far from the recruiting words', () => {
    const text =
      'Hi Sam,\n\nThank you for applying. Unfortunately we have decided to go with another candidate.\n\nThe team felt you would not fit in with our culture.\n\nBest,\nAnn';
    expect(hotFlags(text).length).toBeGreaterThan(0);
  });
});

const m = (cat: keyof Matches, s: number, e: number, sent: number): Match =>
  ({ cat, lang: 'en', id: cat, s, e, sent, clause: sent }) as Match;

describe('recruitingSignals / recruitingContext (stage functions)', () => {
  it('needs two different recruiting words; inflections of one word count once', () => {
    // a longer draft: in a short note one recruiting word is enough (next test)
    const text = `candidate candidates interview${' '.repeat(600)}`;
    const one = emptyMatches();
    one.recruiting.push(m('recruiting', 0, 9, 0), m('recruiting', 10, 20, 0));
    expect(recruitingSignals(one, text)).toBe(1);
    expect(recruitingContext(one, text, false)(0)).toBe(false);
    one.recruiting.push(m('recruiting', 21, 30, 0));
    expect(recruitingSignals(one, text)).toBe(2);
    expect(recruitingContext(one, text, false)(0)).toBe(true);
  });

  it('a short note needs one recruiting word, a long draft a second signal (a job word will do)', () => {
    const short = 'candidate';
    const x = emptyMatches();
    x.recruiting.push(m('recruiting', 0, 9, 0));
    expect(recruitingContext(x, short, false)(0)).toBe(true);
    const long = `candidate${' '.repeat(600)}`;
    expect(recruitingContext(x, long, false)(0)).toBe(false);
    x.position.push(m('position', 0, 9, 1));
    expect(recruitingContext(x, long, false)(0)).toBe(true);
  });

  it('choosing someone else in one clause counts as a decision; a job word alone does not', () => {
    const text = `x${' '.repeat(600)}`;
    const x = emptyMatches();
    x.position.push(m('position', 0, 1, 0));
    expect(recruitingContext(x, text, false)(0)).toBe(false);
    x.select.push(m('select', 0, 1, 1));
    x.others.push(m('others', 0, 1, 1));
    expect(recruitingContext(x, text, false)(1)).toBe(true);
  });

  it('a sentence that names a ground harmlessly stays out, also in a rejection', () => {
    const x = emptyMatches();
    x.harmless.push(m('harmless', 0, 1, 2));
    expect(recruitingContext(x, 'x', true)(2)).toBe(false);
    expect(recruitingContext(x, 'x', true)(3)).toBe(true);
  });

  it('a decision phrase or colleague talk counts as one signal', () => {
    const text = 'interview';
    const x = emptyMatches();
    x.recruiting.push(m('recruiting', 0, 9, 0));
    x.internal.push(m('internal', 0, 0, 1));
    expect(recruitingContext(x, text, false)(1)).toBe(true);
  });

  it('outside a rejection, only sentences near a signal are in context — in a draft longer than a note', () => {
    const text = `candidate interview ${'and so on. '.repeat(120)}`;
    const x = emptyMatches();
    x.recruiting.push(m('recruiting', 0, 9, 0), m('recruiting', 10, 19, 1));
    const inContext = recruitingContext(x, text, false);
    expect(inContext(4)).toBe(true);
    expect(inContext(5)).toBe(false);
    expect(recruitingContext(x, text, true)(50)).toBe(true);
    // a note (≤ 1,200 characters) with two signals is about recruiting throughout
    expect(recruitingContext(x, text.slice(0, 1000), false)(5)).toBe(true);
  });

  it('interview notes that list candidates line by line: a remark far below "today\'s interviews" is underlined', () => {
    const note =
      "Hi Jens,\n\nShort summary of today's interviews:\n\n1) Ola: good on the tools. A bit quiet.\n2) Pia: strong answers. Calm. Knows the system well.\n3) Maria: good. She told us she is pregnant and due in March.\n\nCall me.\n/Kari";
    expect(hotFlags(note).map((f) => f.rule)).toEqual(['en.pregnancy']);
  });
});

describe('historyStart (quoted reply / forward history)', () => {
  const marker = (text: string, phrase: string): Match => {
    const s = text.indexOf(phrase);
    return m('history', s, s + phrase.length, 0);
  };

  it('a divider line starts the history at its line', () => {
    const text = 'Reply on top.\n\n-----Original Message-----\nFrom: Ann';
    expect(historyStart([marker(text, 'Original Message')], text)).toBe(text.indexOf('-----'));
  });

  it('an attribution line needs a trailing colon and a date or address', () => {
    const text = 'Reply.\n\nOn Mon, 3 Mar 2025 at 10:12, Ann <ann@example.org> wrote:\n> earlier';
    expect(historyStart([marker(text, 'wrote')], text)).toBe(text.indexOf('On Mon'));
    const prose = 'As you wrote in your letter, the start date is fine.';
    expect(historyStart([marker(prose, 'wrote')], prose)).toBe(prose.length);
  });

  it('the phrase inside a sentence is no divider', () => {
    const text = 'I read the original message again and it is fine.';
    expect(historyStart([marker(text, 'original message')], text)).toBe(text.length);
  });
});
