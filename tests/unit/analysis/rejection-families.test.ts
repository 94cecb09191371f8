import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Rejection families that name no "other candidates" (issue 11, round 5), each with the twin that
 * shares its words and is no rejection. Example sentences are written for these tests (own wording;
 * the labelled drafts are tests/corpus/families2.jsonl).
 */
const generic = (f: { kind: string }) => f.kind === 'generic';
const verdict = (text: string) => analyzeDraft(text).verdict;

describe('"we have to decline / say no" (concept rule declined)', () => {
  it.each([
    [
      'sv',
      'Hej Elsa,\n\nTack för provdagen i bageriet. Vi får tyvärr tacka nej den här gången.\n\nHälsningar\nMia',
    ],
    [
      'da',
      'Hej Elsa,\n\nTak for samtalet om jobbet som tjener. Vi er desværre nødt til at sige nej denne gang.\n\nHilsen\nMia',
    ],
    [
      'nb',
      'Hei Elsa,\n\nTakk for intervjuet om jobben i resepsjonen. Vi må dessverre takke nei denne gangen.\n\nHilsen\nMia',
    ],
    [
      'en',
      'Hi Elsa,\n\nThanks for your interview for the barista role. Sadly we have to say no this time.\n\nBest,\nMia',
    ],
    [
      'de',
      'Hallo Elsa,\n\ndanke für das Vorstellungsgespräch. Leider müssen wir dir diesmal absagen.\n\nGrüße\nMia',
    ],
    [
      'fi',
      'Hei Elsa,\n\nkiitos haastattelusta. Joudumme valitettavasti kieltäytymään tällä kertaa.\n\nTerveisin\nMia',
    ],
  ])('is a generic rejection in a draft about a job (%s)', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
    expect(r.flags.some(generic)).toBe(true);
  });

  it.each([
    [
      'sv',
      'Hej Elsa,\n\nTack för inbjudan till grillfesten på lördag! Vi måste tyvärr tacka nej den här gången, vi är bortresta.\n\nKram\nMia',
    ],
    [
      'en',
      'Hi Elsa,\n\nThanks for the invitation to the barbecue. Sadly we have to say no this time, we are away that weekend.\n\nBest,\nMia',
    ],
  ])('is no rejection in a mail to a friend (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags).toEqual([]);
  });

  it('the candidate\'s own "no" to an offer is no rejection (nb)', () => {
    expect(
      verdict(
        'Hei Elsa,\n\nHvis du velger å takke nei til tilbudet, gir vi stillingen til neste kandidat på listen. Gi oss svar innen fredag.\n\nHilsen\nMia',
      ),
    ).toBe('not-rejection');
  });
});

describe('no longer under consideration, not on the list', () => {
  it.each([
    [
      'sv',
      'Hej Omar,\n\nTack för intervjun. Efter andra omgången är du tyvärr inte längre aktuell för tjänsten som lärare.\n\nHälsningar\nEva',
    ],
    [
      'da',
      'Kære Omar\n\nTak for din ansøgning. Du er desværre ikke længere i betragtning til stillingen som pædagog.\n\nHilsen\nEva',
    ],
    [
      'nb',
      'Hei Omar,\n\nTakk for søknaden. Etter første runde er du dessverre ikke lenger aktuell for stillingen som lærer.\n\nHilsen\nEva',
    ],
    [
      'sv',
      'Hej Omar,\n\nTack för din ansökan. Du kom tyvärr inte med på listan över dem vi intervjuar.\n\nHälsningar\nEva',
    ],
  ])('is a generic rejection (%s)', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it('"still under consideration" is no rejection (da)', () => {
    const r = analyzeDraft(
      'Kære Omar\n\nTak for din ansøgning. Du er stadig i betragtning til stillingen som pædagog, og vi vender tilbage i næste uge.\n\nHilsen\nEva',
    );
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some(generic)).toBe(false);
  });

  it('"those we call to interview" in a rejection is no colleague talk (sv)', () => {
    expect(
      verdict(
        'Hej Omar,\n\nTack för din ansökan. Du är tyvärr inte bland dem vi kallar till intervju den här gången.\n\nHälsningar\nEva',
      ),
    ).toBe('generic-rejection');
  });
});

describe('pseudo-reasons stay generic', () => {
  it.each([
    [
      'sv',
      'Hej Omar,\n\nTack för ditt intresse. Den som har anställts bedömdes sammantaget bäst uppfylla kraven i annonsen.\n\nHälsningar\nEva',
    ],
    [
      'de',
      'Hallo Herr Aydin,\n\ndanke für Ihr Interesse. Die ausgewählte Bewerberin entspricht den Anforderungen der Ausschreibung insgesamt am besten. Ausschlaggebend war ein Vergleich aller Bewerbungen.\n\nGrüße\nEva Kurz',
    ],
    [
      'en',
      'Dear Omar,\n\nThank you for your interest. The candidate appointed best met the requirements of the advert overall, based on a comparison of all applicants.\n\nRegards,\nEva',
    ],
    [
      'fi',
      'Hei Omar,\n\nkiitos kiinnostuksestasi. Valitun hakijan katsottiin parhaiten täyttävän hakuilmoituksen vaatimukset.\n\nTerveisin\nEeva',
    ],
  ])('"the person hired best met the advert\'s requirements" is a generic rejection (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('generic-rejection');
    expect(r.checklist.reason).toBe(false);
  });

  it('"below the required standard" names no requirement (da)', () => {
    expect(
      verdict(
        'Kære Omar\n\nTak for din ansøgning. Din ansøgning lever desværre ikke op til det krævede niveau.\n\nHilsen\nEva',
      ),
    ).toBe('generic-rejection');
  });
});

describe('real reasons make the rejection specific', () => {
  it.each([
    [
      'sv',
      'Hej Omar,\n\nTack för intervjun. Vi valde en kandidat med flera års erfarenhet av elinstallationer i industrin, medan du mest har arbetat i villor.\n\nHälsningar\nEva',
    ],
    [
      'da',
      'Hej Omar,\n\nTak for samtalen. Vagterne ligger om natten, og du kan kun arbejde om dagen. Af den grund går vi videre med en anden.\n\nHilsen\nEva',
    ],
    [
      'de',
      'Hallo Herr Aydin,\n\ndanke für das Gespräch. Die Stelle setzt eine abgeschlossene Ausbildung als Elektriker voraus, und aus Ihren Unterlagen geht hervor, dass Sie diese noch machen. Deshalb können wir Ihnen die Stelle nicht anbieten.\n\nGrüße\nEva Kurz',
    ],
    [
      'fi',
      'Hei Omar,\n\nkiitos haastattelusta. Tehtävä edellyttää sujuvaa ruotsin kielen taitoa, ja haastattelun ruotsinkielisessä osassa sinun oli vaikea kertoa työkokemuksestasi. Emme siksi jatka hakemuksesi käsittelyä.\n\nTerveisin\nEeva',
    ],
  ])('%s', (_lang, text) => {
    expect(verdict(text)).toBe('specific-rejection');
  });

  it('the same words as qualification and evidence count once: a thanks for the trial shift is no reason (en)', () => {
    expect(
      verdict(
        'Hi Sam,\n\nThanks for coming in for the trial shift. We decided to offer it to one of the others who did a trial shift too.\n\nBest,\nJo',
      ),
    ).toBe('generic-rejection');
  });
});

describe('not rejections', () => {
  it.each([
    [
      'nb',
      'Hei Omar,\n\nRekrutteringen er satt på pause til etter ferien. Søknaden din er fortsatt aktiv, og du hører fra oss i august.\n\nHilsen\nEva',
    ],
    [
      'de',
      'Hallo Herr Aydin,\n\ndanke für Ihre Nachfrage. Mehr können wir im Moment leider nicht sagen, die Gespräche laufen noch. Sie hören bis Ende März von uns.\n\nGrüße\nEva Kurz',
    ],
  ])('a paused process or "we cannot say more yet" (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some(generic)).toBe(false);
  });
});

describe('another firm is not another candidate', () => {
  it.each([
    [
      'sv',
      'Hej Lars,\n\nTack för offerten. Vi har jämfört tre anbud och har valt att gå vidare med en annan leverantör den här gången.\n\nHälsningar\nEva',
    ],
    [
      'da',
      'Hej Lars,\n\nTak for tilbuddet. Vi har sammenlignet tre tilbud og har valgt at gå videre med en anden leverandør denne gang.\n\nHilsen\nEva',
    ],
  ])('a supplier turned down gets no verdict and no underline (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some(generic)).toBe(false);
  });
});

describe('informal "we went on with someone else" and the shortlist', () => {
  it.each([
    [
      'sv',
      'Hej Kim!\n\nTack för att du kom på intervju. Vi kör vidare med någon annan den här gången.\n\n/Jonna',
    ],
    ['da', 'Hej Kim!\n\nTak fordi du kom til samtale. Vi kører videre med en anden denne gang.\n\n/Jonna'],
    [
      'nb',
      'Hei Kim,\n\nTakk for søknaden. Du kom dessverre ikke med på kortlisten denne gangen.\n\nHilsen Jonna',
    ],
    [
      'de',
      'Hallo Kim,\n\ndanke für deine Bewerbung. Du bist leider nicht auf unserer Shortlist gelandet.\n\nGrüße\nJonna',
    ],
    ['fi', 'Moi Kim,\n\nkiitos koepäivästä. Päätettiin antaa paikka yhdelle muista.\n\nTerkuin\nJonna'],
  ])('%s', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });
});

describe('a more experienced / deselected / "it was a no"', () => {
  it.each([
    [
      'sv',
      'Hej Kim,\n\nTack för intervjun. Vi har anställt en mer erfaren kandidat till tjänsten.\n\nHälsningar\nJonna',
    ],
    [
      'da',
      'Hej Kim,\n\nTak for samtalen. Vi har valgt en mere erfaren kandidat til stillingen.\n\nHilsen\nJonna',
    ],
    [
      'nb',
      'Hei Kim,\n\nTakk for intervjuet. Vi har valgt en mer erfaren kandidat til stillingen.\n\nHilsen\nJonna',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för din ansökan. Vi har tyvärr valt bort din ansökan i det här skedet.\n\nHälsningar\nJonna',
    ],
    ['sv', 'Hej Kim,\n\nTack för intervjun. Tyvärr blev det ett nej den här gången.\n\nHälsningar\nJonna'],
  ])('is a generic rejection (%s)', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it('"we are looking for an experienced candidate" in an invitation is none (sv)', () => {
    expect(
      verdict(
        'Hej Kim,\n\nTack för intervjun. Vi söker en erfaren kandidat till tjänsten, vill du komma på en andra intervju?\n\nHälsningar\nJonna',
      ),
    ).toBe('not-rejection');
  });
});

describe('an informal "I am taking someone else" with no recruiting word but the working hours', () => {
  it.each([
    [
      'de',
      'Hallo Mia,\n\ndanke, dass du vorbeigekommen bist. Ich habe es mir überlegt und nehme jemand anderen für die Küche, die Spätschicht passt bei dir ja nicht.\n\nGruß\nLotte',
    ],
    ['fi', 'Moi Mia,\n\nkiitos eilisestä. Mietin asiaa ja otan myyjäksi jonkun toisen.\n\nt. Jorma'],
  ])('%s', (_lang, text) => {
    expect(verdict(text)).not.toBe('not-rejection');
  });
});

describe('a stated cause makes a named cue a reason (German precision)', () => {
  const de = (body: string) =>
    `Hallo Herr Berg,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter. ${body}\n\nFreundliche Grüße\nAnna Roth`;
  it.each([
    'Wir haben uns gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden, weil Ihnen die Erfahrung in der Lohnbuchhaltung fehlt.',
    'Da Sie keinen Führerschein der Klasse C besitzen, können wir Sie leider nicht berücksichtigen.',
    'Ihnen fehlt die abgeschlossene Ausbildung zur Pflegefachkraft, die wir voraussetzen. Leider können wir Ihnen keine Stelle anbieten.',
    'Wir haben uns für eine Bewerberin entschieden, die fünf Jahre Erfahrung in der Lohnbuchhaltung mitbringt, Sie dagegen zwei.',
    'Die Entscheidung fiel auf eine Kandidatin mit Erfahrung im Projektmanagement nach PRINCE2, die Ihnen fehlt.',
    'Die Stelle verlangt eine Reisebereitschaft von 50 Prozent, und Sie haben angegeben, dass Sie nicht reisen können. Deshalb sagen wir Ihnen leider ab.',
  ])('%s', (body) => {
    expect(verdict(de(body))).toBe('specific-rejection');
  });

  it.each([
    'Wir haben uns für eine Kandidatin mit mehr Erfahrung entschieden.',
    'Aufgrund der Vielzahl an Bewerbungen haben wir uns für andere Kandidaten entschieden.',
  ])('an unnamed "more experience" or the number of applications stays generic: %s', (body) => {
    expect(verdict(de(body))).toBe('generic-rejection');
  });

  it('"Tak fordi du kom" is a thanks, not a cause (da)', () => {
    expect(
      verdict(
        'Hej Freja!\n\nTak fordi du kom forbi og tog en prøvevagt i weekenden. Vi bliver desværre nødt til at sige nej denne gang.\n\nKh Sofie',
      ),
    ).toBe('generic-rejection');
  });
});

describe('found someone who fits better; your part of the process ends; offered to another (passive)', () => {
  it.each([
    [
      'sv',
      'Hej Kim,\n\nTack för att du kom på intervju. Vi har hittat en person som vi tror passar ännu bättre för rollen.\n\nHälsningar\nAnna',
    ],
    [
      'da',
      'Hej Kim,\n\nTak for samtalen. Vi har fundet en kandidat, der passer bedre til stillingen.\n\nHilsen\nAnna',
    ],
    [
      'en',
      'Hi Kim,\n\nThanks for the interview. We have found someone whose experience is a better fit for the role.\n\nBest,\nAnna',
    ],
    [
      'de',
      'Hallo Kim,\n\ndanke für das Gespräch. Wir haben jemanden gefunden, der besser zu der Stelle passt.\n\nGrüße\nAnna',
    ],
    [
      'fi',
      'Hei Kim,\n\nkiitos haastattelusta. Löysimme henkilön, joka sopii tehtävään paremmin.\n\nTerveisin\nAnna',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för din ansökan. Vi har beslutat att avsluta din del av rekryteringsprocessen.\n\nHälsningar\nAnna',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för att du sökte jobbet. Rekryteringen är klar och tjänsten har erbjudits en annan sökande.\n\nHälsningar\nAnna',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för din ansökan. Du är tyvärr inte en av de som kommer att kallas till intervju.\n\nHälsningar\nAnna',
    ],
  ])('is a generic rejection (%s)', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it('a room let to someone who fits better is no rejection (sv)', () => {
    expect(
      verdict(
        'Hej Kim,\n\nVi har hittat en person som passar bättre i vår lägenhet, så du får inte hyra rummet.\n\nHälsningar\nAnna',
      ),
    ).toBe('not-rejection');
  });
});

describe('"we are taking on someone else" needs no recruiting word; "we cannot say more yet" is no decision', () => {
  it.each([
    ['sv', 'Hej Leo!\n\nTack för igår. Vi tar in någon annan i butiken den här gången.\n\n/Sara'],
    ['da', 'Hej Leo!\n\nTak for i går. Vi tager en anden ind i butikken denne gang.\n\n/Sara'],
    ['nb', 'Hei Leo!\n\nTakk for i går. Vi tar inn en annen i butikken denne gangen.\n\n/Sara'],
    ['en', "Hi Leo!\n\nThanks for yesterday. We're taking on someone else in the shop this time.\n\nSara"],
    ['de', 'Hi Leo,\n\ndanke für gestern! Wir nehmen diesmal jemand anderen für den Laden.\n\nSara'],
    ['fi', 'Moi Leo!\n\nKiitos eilisestä. Otetaan kauppaan tällä kertaa joku muu.\n\nSara'],
  ])('%s', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it.each([
    [
      'sv',
      'Hej Sofia,\n\nTyvärr drar rekryteringen ut på tiden eftersom vi fått många ansökningar. Vi kan inte säga mer just nu, men du får besked senast den 30 april.\n\nHälsningar\nPatrik',
    ],
    [
      'nb',
      'Hei Sofie,\n\nDessverre trekker rekrutteringen ut fordi vi har fått veldig mange søknader. Vi kan ikke si mer akkurat nå, men du får svar innen 30. april.\n\nHilsen\nPatrick',
    ],
    [
      'en',
      "Hi Sophie,\n\nUnfortunately the process is taking longer because we had many applications. We can't say more at the moment, but you'll hear from us by 30 April.\n\nBest,\nPatrick",
    ],
  ])('a delay notice gets no verdict and no underline (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some(generic)).toBe(false);
  });
});

describe("the candidate's own availability is no 'until' condition", () => {
  it('"you can\'t start until January, so we have offered it to someone else" is specific (en)', () => {
    expect(
      verdict(
        "Hi Kim,\n\nThanks for the interview. The role needs someone who can start in August, and you can't start until January, so we've offered it to someone else.\n\nBest,\nAnna",
      ),
    ).toBe('specific-rejection');
  });
  it.each([
    "Hi Kim,\n\nThanks for your application. We can't progress your application until you upload your CV.\n\nBest,\nAnna",
    'Hi Kim,\n\nThanks for the interview. Until we have your references, we cannot make you an offer.\n\nBest,\nAnna',
  ])('a condition on the process stays no rejection: %s', (text) => {
    expect(verdict(text)).toBe('not-rejection');
  });
});
