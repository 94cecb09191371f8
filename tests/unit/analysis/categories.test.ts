import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Compositional categories added from set B's diagnoses, one paraphrase per language (written for this test,
 * not taken from a corpus), wrapped in a neutral greeting/thanks/sign-off.
 */
const frame: Record<string, [string, string]> = {
  sv: ['Hej Anna,\n\nTack för din ansökan till tjänsten som ekonom. ', '\n\nVänliga hälsningar\nLisa'],
  da: ['Hej Anna\n\nTak for din ansøgning til stillingen som økonom. ', '\n\nVenlig hilsen\nLise'],
  nb: ['Hei Anna,\n\nTakk for søknaden din til stillingen som økonom. ', '\n\nVennlig hilsen\nLise'],
  en: ['Hi Anna,\n\nThank you for applying for the accountant role. ', '\n\nKind regards,\nLisa'],
  de: [
    'Hallo Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Buchhalterin. ',
    '\n\nMit freundlichen Grüßen\nLisa',
  ],
  fi: ['Hei Anna,\n\nKiitos hakemuksestasi kirjanpitäjän tehtävään. ', '\n\nYstävällisin terveisin\nLiisa'],
};
const draft = (lang: string, body: string) => {
  const [a, b] = frame[lang] as [string, string];
  return a + body + b;
};

const generic: [string, string, string][] = [
  // inverted subject (V2) / object shift / "not along further"
  ['V2 negated progress', 'sv', 'Tyvärr kom du inte vidare den här gången.'],
  ['V2 negated progress', 'da', 'Desværre kom du ikke videre denne gang.'],
  ['V2 negated progress', 'nb', 'Dessverre kom du ikke videre denne gangen.'],
  ['V2 negated progress', 'de', 'Leider kommen Sie diesmal nicht weiter.'],
  ['object shift', 'da', 'Vi ansætter dig desværre ikke.'],
  ['object shift', 'nb', 'Vi tar deg dessverre ikke med videre.'],
  ['object shift', 'sv', 'Vi anställer dig tyvärr inte.'],
  ['not along further', 'nb', 'Du blir dessverre ikke med videre i prosessen.'],
  ['not along further', 'da', 'Du kommer desværre ikke med videre i processen.'],
  ['not along further', 'sv', 'Du är tyvärr inte med vidare i processen.'],
  ['not along further', 'en', 'Your application will not be progressing.'],
  ['not along further', 'de', 'Sie sind leider nicht mehr im Auswahlverfahren.'],
  ['not along further', 'fi', 'Et valitettavasti ole enää mukana rekrytoinnissa.'],
  // position filled, the subject far from the participle
  ['filled', 'sv', 'Tjänsten som ekonom på vårt kontor i Malmö har nu tillsatts.'],
  ['filled', 'da', 'Stillingen som økonom på vores kontor i Aarhus er nu besat.'],
  ['filled', 'nb', 'Stillingen som økonom ved kontoret vårt i Bergen er nå besatt.'],
  ['filled', 'en', 'The accountant role at our Leeds office has now been filled.'],
  ['filled', 'de', 'Die Stelle in unserem Büro in Köln ist inzwischen besetzt.'],
  ['filled', 'fi', 'Tehtävä on nyt täytetty.'],
  // the hire as a pronoun
  ['hire as pronoun', 'sv', 'Vi har därför valt henne.'],
  ['hire as pronoun', 'da', 'Vi går derfor videre med ham.'],
  ['hire as pronoun', 'nb', 'Vi har derfor valgt ham.'],
  ['hire as pronoun', 'en', 'In the end we went with her.'],
  ['hire as pronoun', 'fi', 'Valitsimme hänet.'],
  // went to another / internal
  ['went to another', 'sv', 'Tjänsten har gått till en intern kandidat.'],
  ['went to another', 'en', 'The role has gone to an internal candidate.'],
  ['went to another', 'de', 'Die Wahl ist auf eine andere Bewerberin gefallen.'],
  ['went to another', 'fi', 'Tehtävään on valittu toinen henkilö.'],
  // "pass", "the answer is no", "no room for you"
  ['pass', 'en', "We're going to pass this time."],
  ['answer is no', 'sv', 'Beskedet blir tyvärr nej.'],
  ['answer is no', 'nb', 'Svaret blir dessverre nei.'],
  ['no room', 'nb', 'Vi har dessverre ikke funnet plass til deg blant kandidatene.'],
  ['no room', 'sv', 'Vi har tyvärr inte kunnat hitta plats för dig bland kandidaterna.'],
  [
    'no room',
    'en',
    "Unfortunately we couldn't find a place for you among the candidates we are inviting to interview.",
  ],
  // colloquial Finnish passive = "we"
  ['fi passive', 'fi', 'Päätettiin jatkaa muiden hakijoiden kanssa.'],
];

describe('decision categories (generic rejections)', () => {
  it.each(generic)('%s (%s): %s', (_cat, lang, body) => {
    const r = analyzeDraft(draft(lang, body));
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
  });
});

describe('reason and boilerplate categories', () => {
  it('"you do not meet the requirements" is a rejection; with a named requirement it is specific', () => {
    expect(
      analyzeDraft(draft('en', 'Unfortunately you do not meet the requirements for this role.')).verdict,
    ).toBe('generic-rejection');
    expect(
      analyzeDraft(
        draft(
          'fi',
          'Tehtävän kelpoisuusvaatimuksena on tilintarkastajan tutkinto, jota sinulla ei ole, joten et täytä vaatimuksia.',
        ),
      ).verdict,
    ).toBe('specific-rejection');
  });

  it.each([
    ['de', 'Bitte sehen Sie diese Entscheidung nicht als Bewertung Ihrer Qualifikation.'],
    ['en', 'This decision is not a reflection on your abilities.'],
    ['nb', 'Det var et veldig jevnt løp.'],
    ['de', 'Die Entscheidung ist uns wirklich nicht leichtgefallen.'],
    ['sv', 'Beslutet var verkligen inte lätt.'],
  ])('stock softener (%s): %s', (lang, sentence) => {
    const r = analyzeDraft(draft(lang, `Wir haben uns für eine andere Kandidatin entschieden. ${sentence}`));
    expect(
      r.flags.some(
        (f) =>
          f.kind === 'generic' &&
          f.text.length >= sentence.length / 2 &&
          sentence.includes(f.text.slice(0, 8)),
      ),
    ).toBe(true);
  });

  it('a fronted-PP closer is flagged from the PP (de)', () => {
    const r = analyzeDraft(
      draft('de', 'Leider müssen wir Ihnen absagen. Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.'),
    );
    expect(r.flags.some((f) => f.text === 'Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg')).toBe(
      true,
    );
  });

  it('a stock lead-in before a reasoned decision does not make it generic', () => {
    const r = analyzeDraft(
      draft(
        'en',
        'It was close between you and one other candidate, and we went with them because they have led a SAP rollout.',
      ),
    );
    expect(r.flags.filter((f) => f.kind === 'generic').map((f) => f.text)).toEqual([
      'It was close between you and one other candidate',
    ]);
  });
});

describe('specific: a requirement plus "which you do not have" (relative-clause evidence)', () => {
  it.each([
    [
      'de',
      'Für die Stelle benötigen wir einen Staplerschein, den Sie nicht haben. Daher haben wir uns für eine andere Bewerberin entschieden.',
    ],
    [
      'de',
      'Die Position erfordert verhandlungssichere Französischkenntnisse. Leider müssen wir Ihnen daher absagen.',
    ],
    [
      'sv',
      'Vi behöver en lagerarbetare som har truckkort, och det har du inte ännu. Därför har vi valt en annan kandidat.',
    ],
    ['fi', 'Tehtävässä vaaditaan trukkikortti, jota sinulla ei ole. Valitsimme siksi toisen hakijan.'],
  ])('%s: %s', (lang, body) => {
    expect(analyzeDraft(draft(lang, body)).verdict).toBe('specific-rejection');
  });
});

describe('risky categories', () => {
  it.each([
    ['da', 'age', 'Vi har besluttet at satse på yngre kræfter, så vi går ikke videre.'],
    [
      'en',
      'age',
      'The scheme is aimed at people in their early twenties, so we will not be progressing your application.',
    ],
    ['de', 'age', 'Wir suchen jemanden Mitte zwanzig und haben uns für eine andere Kandidatin entschieden.'],
    ['en', 'sex', 'We think a man would settle in more easily, so we have chosen another candidate.'],
    ['sv', 'sex', 'Vi tror att en man skulle passa bättre i arbetslaget, så vi går inte vidare.'],
    ['en', 'family', "She's got three kids, so we have chosen another candidate."],
  ])('%s %s: %s', (lang, ground, body) => {
    const r = analyzeDraft(draft(lang, body));
    expect(r.flags.some((f) => f.kind === 'risky' && f.rule.endsWith(`.${ground}`))).toBe(true);
  });
});

describe('not rejections and lexicon collisions', () => {
  it.each([
    ['sv', 'Vi räknar med att tjänsten är tillsatt i slutet av maj och hör av oss senast 15 maj.'],
    ['da', 'Vi forventer at stillingen er besat i løbet af maj.'],
    ['nb', 'Vi regner med at stillingen er besatt i løpet av mai.'],
    ['en', 'We expect the position to have been filled by the end of May.'],
    ['en', "We'll pass your CV on to the hiring manager and get back to you next week."],
    ['de', 'Vielen Dank im Voraus. Wir setzen uns nächste Woche mit Ihnen in Verbindung.'],
  ])('timeline / forwarding (%s): %s', (lang, body) => {
    expect(analyzeDraft(draft(lang, body)).verdict).toBe('not-rejection');
  });

  it('no risky flag for "själv", "Bosse", "beder dig", "boende", childcare experience', () => {
    const texts = [
      draft('sv', 'Vi söker någon som klarar kassan själv. Hälsningar Bosse'),
      draft('da', 'Vi beder dig sende dine eksamensbeviser, og du bedes møde kl. 10.'),
      draft('nb', 'Intervjuet er på boenheten, og boende i nærheten er en fordel.'),
      draft('nb', 'Vi søkte noen med erfaring med barn under tre år og med små barn.'),
    ];
    for (const t of texts) expect(analyzeDraft(t).flags.filter((f) => f.kind === 'risky')).toEqual([]);
  });

  it('German "den" is not the causal "denn"', () => {
    const r = analyzeDraft(draft('de', 'Leider haben wir uns für den anderen Kandidaten entschieden.'));
    expect(r.flags.map((f) => f.rule)).toContain('de.other-candidates');
  });
});

/** Round 5 categories (set C and the composed-feedback report), own paraphrases. */
describe('round 5 categories', () => {
  it.each([
    ['zu-infinitive', 'de', 'Wir haben beschlossen, Sie nicht zum Vorstellungsgespräch einzuladen.'],
    ['zu-infinitive', 'de', 'Wir haben entschieden, Ihre Unterlagen nicht weiterzuleiten.'],
    ['someone else', 'de', 'Wir haben uns am Ende für jemand anderen entschieden.'],
    ['fi present tense', 'fi', 'Hakemuksenne ei valitettavasti etene.'],
    ['fi present tense', 'fi', 'Et valitettavasti pääse seuraavaan vaiheeseen.'],
    ['fi third person', 'fi', 'Asiakas valitsi toisen ehdokkaan.'],
    ['fi offered to another', 'fi', 'Tarjosimme paikkaa toiselle ehdokkaalle.'],
    ['choice fell on', 'sv', 'Valet föll till sist på en annan sökande.'],
    ['choice fell on', 'da', 'Valget faldt denne gang på en anden ansøger.'],
    ['choice fell on', 'nb', 'Valget falt denne gangen på en annen søker.'],
    ['filled, no auxiliary', 'sv', 'Rollen tillsatt, tyvärr.'],
    ['yours further', 'en', 'We have decided not to take yours further.'],
    ['not selected', 'en', "You haven't been shortlisted for the next round."],
    ['not invited', 'da', 'Vi har ikke inviteret dig til samtale.'],
  ])('%s (%s): %s', (_cat, lang, body) => {
    expect(analyzeDraft(draft(lang, body)).verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      "We won't be moving forward with your application. Please share your thoughts on our process here.",
    ],
    ['sv', 'Vi går inte vidare med din ansökan. Vad tycker du om vår process? Svara gärna här.'],
    ['en', "We won't be moving forward with your application. Between us, it was a close call."],
  ])('candidate-facing "your thoughts" / "between us" is not an internal email (%s)', (lang, body) => {
    expect(analyzeDraft(draft(lang, body)).verdict).not.toBe('not-rejection');
  });

  it.each([
    ['sv', 'Vi har valt att inte gå vidare med dig, av de skäl som jag beskriver nedan.'],
    ['da', 'Vi har valgt ikke at gå videre med dig af de grunde, som jeg beskriver nedenfor.'],
    ['nb', 'Vi har valgt å ikke gå videre med deg av de grunnene jeg beskriver nedenfor.'],
  ])('a forward reason link with no reason after it leaves the decision flagged (%s)', (lang, body) => {
    expect(analyzeDraft(draft(lang, body)).flags.some((f) => f.kind === 'generic')).toBe(true);
  });

  it.each([
    ['en', 'We are delighted to offer you the role. Everyone felt you fit in well with the team.'],
    ['sv', 'Vi vill gärna erbjuda dig tjänsten. Alla tyckte att du passar bra in i teamet.'],
    ['da', 'Vi vil gerne tilbyde dig stillingen. Du passer godt ind i teamet.'],
    ['nb', 'Vi vil gjerne tilby deg stillingen. Du passer godt inn i teamet.'],
    ['de', 'Wir möchten Ihnen die Stelle anbieten. Wir sind sicher, dass Sie gut ins Team passen.'],
  ])('a positive fit judgement in an offer is not vague (%s)', (lang, body) => {
    expect(analyzeDraft(draft(lang, body)).flags.filter((f) => f.kind === 'vague')).toEqual([]);
  });

  it('a reschedule notice is not a rejection', () => {
    const r = analyzeDraft(draft('en', 'We regret to inform you that we need to reschedule your interview.'));
    expect(r.verdict).toBe('not-rejection');
  });
});
