import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * The verdict stage (utils/analysis/verdict.ts) answers two questions in turn: is the draft a
 * rejection, and does it give a job-related reason? Example sentences are written for these tests.
 */
const generic = (f: { kind: string }) => f.kind === 'generic';

describe('Is it a rejection? — stock language that only rejections use', () => {
  it.each([
    [
      'en',
      'Dear Sam,\n\nThank you for applying. Your profile does not fully meet the requirements of this position.\n\nRegards,\nAnn',
    ],
    [
      'sv',
      'Hej Sam,\n\nTack för din ansökan. Din bakgrund motsvarar tyvärr inte helt kraven för tjänsten.\n\nHälsningar\nAnna',
    ],
    [
      'de',
      'Hallo Herr Lind,\n\nvielen Dank für Ihre Bewerbung. Ihr Profil entspricht leider nicht ganz den Anforderungen der Stelle.\n\nViele Grüße\nAnna',
    ],
    [
      'nb',
      'Hei Sam,\n\nTakk for søknaden. Ikke se dette som en vurdering av dine evner, men profilen din oppfyller ikke helt kravene til stillingen.\n\nHilsen Anne',
    ],
  ])('an unmet, unnamed requirement is a generic rejection (%s)', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
  });

  it('… even with no decision phrase at all: the stock language decides', () => {
    const r = analyzeDraft(
      'Hallo Herr Lind,\n\nvielen Dank für Ihre Bewerbung. Ihr Profil entspricht leider nicht ganz den Anforderungen der Stelle. Bitte verstehen Sie das nicht als Urteil über Ihre Fähigkeiten.\n\nViele Grüße\nAnna',
    );
    expect(r.checklist.decision).toBe(false);
    expect(r.verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nIt was an incredibly close call and the competition was fierce. We wish you every success in your job search.\n\nBest,\nAnn',
    ],
    [
      'da',
      'Hej Sam\n\nDet var et meget tæt løb, og vi ønsker dig held og lykke med jobsøgningen.\n\nMvh Anne',
    ],
  ])('two softeners (close call + a job-search closer) make a rejection (%s)', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nThanks for applying! We have received a large number of applications, so it may take two weeks before you hear from us.\n\nBest,\nAnn',
    ],
    [
      'nb',
      'Hei Sam,\n\nTakk for søknaden! Vi har fått svært mange søknader, så det kan ta tre uker før du hører fra oss.\n\nHilsen Anne',
    ],
  ])(
    'one softener alone (a receipt with a timeline) is no rejection and gets no generic underline (%s)',
    (_lang, text) => {
      const r = analyzeDraft(text);
      expect(r.verdict).toBe('not-rejection');
      expect(r.flags.filter(generic)).toEqual([]);
    },
  );
});

describe('Is it a rejection? — good news, colleague talk and history veto it', () => {
  it.each([
    [
      'en',
      'Hi Sam,\n\nWe received many strong applications, and we are delighted to invite you to a second interview on Friday.\n\nBest,\nAnn',
    ],
    [
      'sv',
      'Hej Sam,\n\nVi har fått många starka ansökningar och vill gärna bjuda in dig till en andra intervju på fredag.\n\nHälsningar\nAnna',
    ],
    [
      'fi',
      'Hei Sami,\n\nSaimme paljon hyviä hakemuksia, ja haluamme kutsua sinut haastatteluun ensi viikolla.\n\nTerveisin\nAnna',
    ],
  ])(
    'an invitation that mentions many applications: not a rejection, no generic underline (%s)',
    (_lang, text) => {
      const r = analyzeDraft(text);
      expect(r.verdict).toBe('not-rejection');
      expect(r.flags.filter(generic)).toEqual([]);
    },
  );

  it.each([
    [
      'en',
      'Dear Sam,\n\nWe are pleased to offer you the role. If you decline the offer, we will offer the position to another candidate on our reserve list.\n\nBest,\nAnn',
    ],
    [
      'de',
      'Liebe Frau Lind,\n\nwir freuen uns, Ihnen die Stelle anbieten zu können. Falls Sie absagen, bieten wir die Stelle einer anderen Bewerberin an.\n\nViele Grüße\nAnna',
    ],
  ])(
    'an offer that mentions giving the job to someone else if declined is no rejection (%s)',
    (_lang, text) => {
      expect(analyzeDraft(text).verdict).toBe('not-rejection');
    },
  );

  it.each([
    [
      'en',
      'Dear Anna,\n\nUnfortunately we are not able to move forward with the recruitment until the budget is approved. We will be in touch.\n\nBest,\nHR',
    ],
    [
      'sv',
      'Hej Anna,\n\nVi går inte vidare med rekryteringen förrän i augusti, eftersom budgeten inte är klar. Din ansökan finns kvar hos oss.\n\nHälsningar\nHR',
    ],
  ])('a pause for everyone ("not … until the budget is approved") is no rejection (%s)', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it('a colleague forwarding a template for review: not a rejection, the template keeps its underline', () => {
    const r = analyzeDraft(
      'Hej Lotte\n\nKan du kigge på mit udkast, før jeg sender det?\n\n---------- Videresendt besked ----------\nHej Jonas\n\nVi har valgt at gå videre med en anden kandidat.\n\nMvh Martin',
    );
    expect(r.verdict).toBe('not-rejection');
    expect(r.flags.some((f) => f.kind === 'generic' && f.text.includes('en anden kandidat'))).toBe(true);
  });

  it.each([
    [
      'en',
      'Hi Maria,\n\nThanks for sending the case. We have now made our decision and unfortunately we have chosen another candidate.\n\nBest,\nAnn\n\n-----Original Message-----\nFrom: Maria\nSent: 3 March 2025 09:12\n\nThank you for the invitation, I will be happy to come to the second interview on Friday.',
    ],
    [
      'sv',
      'Hej Maria,\n\nTack för caset. Vi har nu fattat beslut och har tyvärr valt en annan kandidat.\n\nHälsningar\nAnna\n\nDen mån 3 mars 2025 kl 09:12 skrev Maria <maria@example.com>:\n> Tack för inbjudan, jag kommer gärna på den andra intervjun på fredag.',
    ],
  ])('good news in the quoted history does not veto the rejection above it (%s)', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a decision in the quoted history does not make the reply a rejection', () => {
    const r = analyzeDraft(
      'Hi Ann,\n\nThanks, I have added your notes to the file and booked the call for Monday at 10.\n\nBest,\nSam\n\n-----Original Message-----\nFrom: Ann\nSent: 3 March 2025 09:12\n\nUnfortunately we have decided to go with another candidate.',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('Is there a job-related reason?', () => {
  it("a decision's own words are no evidence ('nicht berücksichtigt')", () => {
    const r = analyzeDraft(
      'Sehr geehrte Frau Lind,\n\nnach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass Ihre Bewerbung leider nicht berücksichtigt werden konnte.\n\nMit freundlichen Grüßen\nAnna Berg',
    );
    expect(r.verdict).toBe('generic-rejection');
    expect(r.checklist.reason).toBe(false);
  });

  it('what the hire brings, inside a long decision phrase, is a reason', () => {
    const r = analyzeDraft(
      'Hallo Herr Lind,\n\ndanke für das Gespräch. Wir haben uns für jemanden mit mehrjähriger Erfahrung in SAP und Lagerlogistik entschieden. Sie haben bisher nur mit Excel-Listen gearbeitet.\n\nViele Grüße\nAnna',
    );
    expect(r.verdict).toBe('specific-rejection');
  });

  it.each([
    [
      'sv',
      'Hej Sam!\n\nDin presentation var riktigt genomarbetad och vi gillade verkligen ditt case, men den här gången blev det inte du.\n\nVarma hälsningar\nAnna',
    ],
    [
      'en',
      'Hi Sam,\n\nWe were really impressed by your portfolio and your presentation was excellent, but we have decided to go with another candidate.\n\nBest,\nAnn',
    ],
    [
      'da',
      'Hej Sam\n\nVi var imponerede over din præsentation, og din opgave var virkelig gennemarbejdet, men vi har valgt en anden kandidat.\n\nMvh Anne',
    ],
  ])('praise is warmth, not a reason (%s)', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nThanks for the trial shift. The accuracy test showed 91% correct picks against the 98% we require, so we will not be taking your application further.\n\nBest,\nAnn',
    ],
    [
      'fi',
      'Hei Sami,\n\nkiitos haastattelusta. Tehtävässä tarvitaan hygieniapassi ensimmäisestä vuorosta alkaen, eikä sinulla ole sitä vielä. Siksi valitsimme toisen hakijan.\n\nTerveisin\nAnna',
    ],
  ])(
    'a measured result or a missing licence against a stated requirement is specific (%s)',
    (_lang, text) => {
      expect(analyzeDraft(text).verdict).toBe('specific-rejection');
    },
  );
});

describe('Is there a job-related reason? — a frame must be filled', () => {
  it.each([
    [
      'en',
      'Dear Kim,\n\nThank you for applying. As the post calls for a specific skill set that we do not think your background matches, we have decided not to proceed with your application.\n\nRegards,\nAnn',
    ],
    [
      'sv',
      'Hej Kim,\n\nTack för din ansökan. Eftersom rollen kräver en särskild profil som vi inte tycker att du har, har vi beslutat att inte gå vidare med din ansökan.\n\nHälsningar\nAnna',
    ],
    [
      'da',
      'Hej Kim\n\nTak for din ansøgning. Da jobbet stiller helt særlige krav, som vi ikke mener, du opfylder, har vi besluttet ikke at gå videre med dig.\n\nHilsen\nAnne',
    ],
  ])(
    "an unnamed requirement said in the decision's own sentence is a pseudo-reason: generic, and the underline takes it in (%s)",
    (lang, text) => {
      const r = analyzeDraft(text);
      expect(r.lang).toBe(lang);
      expect(r.verdict).toBe('generic-rejection');
      const flag = r.flags.find(generic);
      expect(flag?.text.length ?? 0).toBeGreaterThan(
        text.indexOf(',', text.indexOf('. ') + 2) - text.indexOf('. ') - 2,
      );
    },
  );

  it('the same frame filled with a named licence is a reason', () => {
    const r = analyzeDraft(
      'Dear Kim,\n\nThank you for applying. As the post calls for a category C driving licence, which you told us you do not have, we have decided not to proceed with your application.\n\nRegards,\nAnn',
    );
    expect(r.verdict).toBe('specific-rejection');
  });

  it('the candidate\'s own "not yet" is a reason, not a decision still to come', () => {
    const r = analyzeDraft(
      "Hi Sam,\n\nThanks for applying for the warehouse job. The job needs a forklift licence from day one and you don't hold one yet, so we won't be taking your application further.\n\nBest,\nLaura",
    );
    expect(r.verdict).toBe('specific-rejection');
    const pending = analyzeDraft(
      "Hi Sam,\n\nThanks for applying for the warehouse job. We haven't made a decision yet and will be in touch next week.\n\nBest,\nLaura",
    );
    expect(pending.verdict).toBe('not-rejection');
  });

  it('travel the role involves, against what the candidate can do, is a reason (sv)', () => {
    const r = analyzeDraft(
      'Hej Kim,\n\nJobbet som säljare innebär resor två nätter i veckan. På intervjun berättade du att du inte kan vara borta över natten, så vi har valt att gå vidare med en annan sökande.\n\nHälsningar\nAnna',
    );
    expect(r.verdict).toBe('specific-rejection');
  });

  it('Danish "at present" is no rescheduling: the rejection stands', () => {
    const r = analyzeDraft(
      'Kære Kim\n\nTak for din ansøgning til stillingen som kok. Vi kan desværre ikke tilbyde dig stillingen på nuværende tidspunkt.\n\nVenlig hilsen\nAnne',
    );
    expect(r.verdict).toBe('generic-rejection');
  });
});

describe('Is it a rejection? — a doubt "whether you would cope" is no condition on the decision', () => {
  it.each([
    [
      'sv',
      'Hej Kim,\n\nTack för intervjun. Arbetet är fysiskt tungt och vi tvivlar på om du klarar det i din ålder, så vi har valt en annan sökande.\n\nHälsningar\nAnna',
    ],
    [
      'de',
      'Hallo Herr Kim,\n\ndanke für das Gespräch. Die Arbeit ist körperlich schwer, und wir bezweifeln, ob Sie das in Ihrem Alter noch schaffen, daher haben wir uns für einen anderen Bewerber entschieden.\n\nGrüße\nAnna',
    ],
  ])('the rejection stands, generic, and the remark is flagged risky (%s)', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
    expect(r.flags.some((f) => f.kind === 'risky')).toBe(true);
  });

  it('a sentence that opens with the condition still holds the decision back (a receipt)', () => {
    const r = analyzeDraft(
      'Hej Kim,\n\nTack för din ansökan. Om du inte har hört något från oss senast den 1 juni, så har du tyvärr inte gått vidare.\n\nHälsningar\nAnna',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('Is there a job-related reason? — a requirement that names nothing, in a sentence of its own', () => {
  it.each([
    [
      'en',
      'Dear Kim,\n\nThank you for applying. The post calls for a rather particular skill set, which did not come through in your application. For that reason we will not be taking your application further.\n\nRegards,\nAnn',
      'generic-rejection',
    ],
    [
      'en',
      'Dear Kim,\n\nThank you for applying. The post calls for three years of experience in clinical coding, which did not come through in your application. For that reason we will not be taking your application further.\n\nRegards,\nAnn',
      'specific-rejection',
    ],
    [
      'nb',
      'Hei Kim,\n\nTakk for søknaden. Vi ser etter riktig erfaring og kvalifikasjoner, og det fant vi ikke i søknaden din. Derfor går vi ikke videre.\n\nHilsen Anne',
      'generic-rejection',
    ],
  ])('%s: %#', (lang, text, verdict) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe(verdict);
  });
});

describe('A risky or vague remark does not hide a real reason in the same sentence', () => {
  it.each([
    [
      'sv',
      'Hej Kim,\n\nTack för intervjun. Det kändes inte riktigt rätt, och du saknar dessutom truckkortet som jobbet kräver, så vi går inte vidare med din ansökan.\n\nHälsningar\nAnna',
    ],
    [
      'en',
      "Hi Kim,\n\nThanks for the interview. It just didn't feel right, and you also don't hold the forklift licence the job requires, so we won't be progressing your application.\n\nBest,\nAnn",
    ],
  ])(
    'a gut-feeling remark beside a licence the candidate lacks: specific, and the remark is flagged (%s)',
    (lang, text) => {
      const r = analyzeDraft(text);
      expect(r.lang).toBe(lang);
      expect(r.verdict).toBe('specific-rejection');
      expect(r.flags.some((f) => f.kind === 'vague' || f.kind === 'risky')).toBe(true);
    },
  );

  it('a protected ground with the requirement only as its backdrop stays generic', () => {
    const r = analyzeDraft(
      'Hallo Frau Kim,\n\ndanke für das Gespräch. Da Sie alleinerziehend sind, sehen wir Probleme bei den Wochenenddiensten und haben uns deshalb für eine andere Bewerberin entschieden.\n\nGrüße\nAnna',
    );
    expect(r.verdict).toBe('generic-rejection');
    expect(r.flags.some((f) => f.kind === 'risky')).toBe(true);
  });
});

describe('Is it a rejection? — a need stated in the reason is no "you need not" veto', () => {
  it.each([
    [
      'sv',
      'Hej Olle,\n\nTack för samtalet. Eftersom det är nattpass vi behöver täcka går vi inte vidare med din ansökan.\n\nHälsningar\nKarin',
    ],
    [
      'en',
      'Hi Olle,\n\nThanks for the call. Night shifts are what we need covered, so we are not moving forward with your application.\n\nBest,\nKarin',
    ],
  ])('a decision after "since we need …" stays a rejection (%s)', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).not.toBe('not-rejection');
  });

  it('"you need not do anything" next to the negation still is no decision', () => {
    const r = analyzeDraft(
      'Hej Olle,\n\nTack för din ansökan. Du behöver inte göra något mer med din ansökan just nu, vi hör av oss i mars.\n\nHälsningar\nKarin',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('Is it a rejection? — the post is advertised again, and the application stays in', () => {
  it.each([
    [
      'da',
      'Hej Sara,\n\nVi har besluttet at genopslå stillingen som bogholder med et lidt bredere fokus. Din ansøgning er stadig med i processen, så du behøver ikke søge igen.\n\nVenlig hilsen\nMette',
    ],
    [
      'nb',
      'Hei Sara,\n\nVi har bestemt oss for å lyse ut stillingen som regnskapsfører på nytt med litt bredere profil. Søknaden din er fortsatt med i prosessen, så du trenger ikke søke på nytt.\n\nHilsen\nMette',
    ],
    [
      'de',
      'Hallo Frau Berg,\n\nwir haben uns entschieden, die Stelle als Buchhalterin mit etwas breiterem Profil neu auszuschreiben. Ihre Bewerbung bleibt im Verfahren, Sie müssen sich also nicht erneut bewerben.\n\nViele Grüße\nMaria',
    ],
    [
      'en',
      'Hi Sara,\n\nWe have decided to re-advertise the bookkeeper role with a slightly broader focus. Your application stays in the process, so you do not need to apply again.\n\nBest,\nMary',
    ],
  ])('is no rejection (%s)', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('quoted history', () => {
  it("a rejection above the candidate's quoted question is still a rejection", () => {
    const nb =
      'Hei Jonas,\n\nTakk for at du spør. Vi har dessverre valgt en annen kandidat til stillingen.\n\nHilsen Kari\n\n-----Opprinnelig melding-----\nFra: Jonas Berg\nEmne: Lagermedarbeider\nHei! Har dere tatt en avgjørelse etter intervjuet? Mvh Jonas';
    expect(analyzeDraft(nb).verdict).toBe('generic-rejection');
    const en =
      'Hi Jonas,\n\nThanks for checking in. Unfortunately we have decided to go with another candidate.\n\nBest,\nKari\n\nOn Tue, 10 Nov 2026 at 08:41, Jonas Berg wrote:\n> Hi Kari, have you made a decision yet? I received your invitation last week. Best, Jonas';
    expect(analyzeDraft(en).verdict).toBe('generic-rejection');
  });
});
