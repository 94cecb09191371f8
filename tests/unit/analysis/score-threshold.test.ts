import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';
import { below, type Num, numbersOf } from '@/utils/analysis/score-threshold';
import { tokenise } from '@/utils/analysis/tokenise';

/**
 * A test score below the bar stated beside it is a decision with its reason (utils/analysis/score-threshold.ts).
 * Example texts written for these tests.
 */
const num = (v: number, max = 0, pct = false): Num => ({ v, max, pct, w: 0, we: 0, s: 0, e: 0 });

describe('below: a score and a bar of one kind', () => {
  it.each([
    ['48/100 under 65/100', num(48, 100), num(65, 100), true],
    ['72/100 over 65/100', num(72, 100), num(65, 100), false],
    ['65/100 at 65/100 is a pass', num(65, 100), num(65, 100), false],
    ['12/20 under 16 points', num(12, 20), num(16), true],
    ['12/20 against 30 points (more than the maximum)', num(12, 20), num(30), false],
    ['52 % under 68 %', num(52, 0, true), num(68, 0, true), true],
    ['52 % under 70/100', num(52, 0, true), num(70, 100), true],
    ['52 % against a plain 70', num(52, 0, true), num(70), false],
    ['8/10 against 65/100 (another maximum)', num(8, 10), num(65, 100), false],
    ['31 points under 40 points', num(31), num(40), true],
  ])('%s', (_name, score, bar, expected) => {
    expect(below(score, bar)).toBe(expected);
  });
});

describe('numbersOf: N/M, N %, decimals', () => {
  it('reads N/M, N % and a decimal percentage', () => {
    const t = tokenise('Score 48/100, then 52 % and 61,5% later; year 2026 is no score.');
    const ns = numbersOf(t, []).map((n) => [n.v, n.max, n.pct]);
    expect(ns).toEqual([
      [48, 100, false],
      [52, 0, true],
      [61.5, 0, true],
    ]);
  });
});

describe('a score below the bar is a specific rejection', () => {
  it.each([
    [
      'en',
      'Assessment outcome – Stores Supervisor\n\nYour result: 39/100\nMinimum to progress to interview: 55/100\n\nThank you for taking part.\n\nThis is an automated message.',
    ],
    [
      'en',
      'Dear Ola,\n\nThank you for sitting the numerical test for the trainee accountant role. You scored 49 %, and the pass mark for the next stage was 62 %.\n\nRecruitment',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för att du gjorde truckprovet för jobbet på lagret. Du fick 9 av 15 poäng, och för att gå vidare krävs minst 12 poäng.\n\nHälsningar\nAnna',
    ],
    [
      'da',
      'Resultat: Regnetest – Butiksassistent\n\nDin score: 51/100\nFor at gå videre skulle du have 65/100.\n\nTak fordi du deltog.',
    ],
    [
      'nb',
      'Hei Siri,\n\nTakk for at du tok språktesten til stillingen i kundesenteret. Du fikk 28 poeng, og det kreves minst 35 poeng for å gå videre.\n\nHilsen\nRekruttering',
    ],
    [
      'de',
      'Ergebnis: Logiktest – Sachbearbeitung\n\nIhre Punktzahl: 44/100\nFür die nächste Runde waren mindestens 60/100 erforderlich.\n\nVielen Dank für Ihre Teilnahme.',
    ],
    [
      'fi',
      'Hei Aino,\n\nkiitos, että teit soveltuvuustestin myyjän tehtävään. Pisteesi olivat 41/100, ja jatkoon pääsyn raja oli 60/100.\n\nTerveisin\nRekrytointi',
    ],
    [
      'de',
      'Ergebnis: Konzentrationstest – Kommissionierer\n\nIhre Punktzahl: 48/100\nLeider waren 70 Punkte erforderlich.\n\nVielen Dank für Ihre Teilnahme.',
    ],
  ])('%s: %#', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('specific-rejection');
  });
});

describe('no rejection: a pass, a bar alone, a table, a student, a condition, a question', () => {
  it.each([
    [
      'a pass',
      'Assessment outcome – Stores Supervisor\n\nYour result: 71/100\nMinimum to progress to interview: 55/100\n\nWell done! We will be in touch to arrange your interview.',
    ],
    [
      'an invitation that states the pass mark',
      'Dear Ola,\n\nThanks for applying for the trainee accountant role. Next is a numerical test; the pass mark is 62 %, and everyone who reaches it is invited to interview.\n\nRecruitment',
    ],
    [
      'an internal results table',
      'Hi Mo,\n\nTest scores for the stores shortlist:\nB. Lund – 58/100\nC. Ahmed – 41/100\nThe minimum we set was 55/100, so only Lund goes on. Can you call him?\n\nThanks,\nRita',
    ],
    [
      "a student's exam result",
      'Hi Jamie,\n\nYour mark in the Organic Chemistry exam was 38/100; at least 40/100 is required to pass the module. The resit is in August.\n\nBest,\nDr Lee',
    ],
    [
      'a condition',
      'Dear Ola,\n\nThank you for applying for the trainee accountant role. If your score is 49 % or lower, you will not reach the 62 % required for the interview stage.\n\nRecruitment',
    ],
    [
      'a pub quiz that thanks for taking part',
      "Hi Tom,\n\nThanks for taking part in Friday's quiz! Your score was 31/50, and the winners needed 42/50.\n\nSee you next month,\nJo",
    ],
    [
      'a quiz score in ordinary mail',
      'Hey Tom,\n\nYou scored 12 of 20 at the pub quiz last night, and the winning team needed 17. Better luck next week!\n\nCheers,\nBen',
    ],
  ])('%s', (_name, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });
});

describe('the person hired, by what they hold, as the only decision', () => {
  it('a thanks for applying, then the hire’s licence: specific', () => {
    const r = analyzeDraft(
      'Hi Ben,\n\nThanks for applying for the HGV driver job and for coming in on Monday. The driver we picked holds a C+E licence and an ADR certificate.\n\nAll the best,\nMia',
    );
    expect(r.verdict).toBe('specific-rejection');
  });

  it('a note to a colleague about the hire: no rejection', () => {
    const r = analyzeDraft(
      'Hi Sue,\n\nThe driver we picked holds a C+E licence and starts on Monday. Could you order a fuel card for him?\n\nThanks,\nMia',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('status fields naming an unmet condition, and checks against unnamed criteria', () => {
  it.each([
    [
      'en',
      'Application 5521 – Electrician\n\nStatus: Closed (minimum requirement not met)\n\nThe role requires a completed electrical apprenticeship, which your application does not show.\n\nRecruitment',
    ],
    [
      'de',
      'Bewerbung 5521 – Elektroniker (m/w/d)\n\nMindestanforderung nicht erfüllt: Für die Stelle ist eine abgeschlossene Ausbildung als Elektroniker erforderlich. Diese geht aus Ihren Unterlagen nicht hervor.\n\nIhr Recruiting-Team',
    ],
    [
      'fi',
      'Hakemus 5521 – Sähköasentaja\n\nTila: Suljettu – kelpoisuusehto ei täyty\n\nTehtävä edellyttää sähköpätevyyttä, jota hakemuksestasi ei käy ilmi.\n\nRekrytointi',
    ],
  ])('%s: a status with the reason after it is a specific rejection', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('specific-rejection');
  });

  it('a load test that did not meet its minimum is no rejection', () => {
    const r = analyzeDraft(
      'Hallo Jens,\n\nbeim Lasttest wurde die Mindestanforderung nicht erfüllt: 800 statt 1000 Anfragen pro Sekunde. Kannst du dir das bis Freitag ansehen?\n\nGruß\nTim',
    );
    expect(r.verdict).toBe('not-rejection');
  });

  it.each([
    'Dear Ana,\n\nYour application for the Porter role has been assessed against the essential criteria for the post. Regrettably, you have not been shortlisted.\n\nHR',
    'Dear Ana,\n\nThe panel assessed all applications against the essential and desirable criteria. Unfortunately you have not been selected for interview on this occasion.\n\nHR',
  ])('an assessment against unnamed criteria is no reason: %#', (text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a named requirement checked against is still a reason', () => {
    const r = analyzeDraft(
      'Dear Ana,\n\nWe assessed your application against the requirement for a valid HGV licence, which you do not hold, so we cannot offer an interview.\n\nHR',
    );
    expect(r.verdict).toBe('specific-rejection');
  });
});

describe('a pass keeps a bar named in the past tense from reading as a decision (below-bar family)', () => {
  it.each([
    [
      'fi',
      'Tulos: Päättelytesti – Asiakaspalvelija\n\nHei,\n\nPisteesi: 38/50\nHaastatteluun pääsyn raja oli 30/50.\n\nHienoa, pääset haastatteluun! Olemme yhteydessä ensi viikolla.',
    ],
    [
      'sv',
      'Resultat: Logiktest – Lagerarbetare\n\nHej,\n\nDitt resultat: 41/50\nGränsen för att gå vidare var 30/50.\n\nGrattis, du går vidare! Vi hör av oss inom tre dagar.',
    ],
  ])('%s: the score over the bar is good news', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });
});
