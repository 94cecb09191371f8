import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

// First names and surnames that are also protected-ground words in one of the six languages
const NAMES = ['Christian', 'Christine', 'Christoph', 'Christa', 'Kristen', 'Faith', 'Jude', 'Eid', 'Gay'];

const INVITATIONS: Record<string, (greet: string, sign: string) => string> = {
  en: (g, s) =>
    `Hi ${g},\n\nThanks for applying for the analyst role. We would like to invite you to an interview on Monday.\n\nBest regards,\n${s}\nRecruiter`,
  de: (g, s) =>
    `Hallo Herr ${g},\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Gespräch einladen.\n\nViele Grüße\n${s}\nPersonal`,
  sv: (g, s) =>
    `Hej ${g},\n\nTack för din ansökan. Vi vill gärna bjuda in dig till en intervju på måndag.\n\nHälsningar\n${s}\nHR`,
  da: (g, s) =>
    `Hej ${g},\n\nTak for din ansøgning. Vi vil gerne invitere dig til en samtale på mandag.\n\nMed venlig hilsen\n${s}\nHR`,
  nb: (g, s) =>
    `Hei ${g},\n\nTakk for søknaden. Vi vil gjerne invitere deg til intervju på mandag.\n\nVennlig hilsen\n${s}\nHR`,
  fi: (g, s) =>
    `Hei ${g},\n\nKiitos hakemuksestasi. Haluamme kutsua sinut haastatteluun maanantaina.\n\nTerveisin\n${s}\nHR`,
};

describe('a name is no protected ground', () => {
  for (const [lang, mail] of Object.entries(INVITATIONS)) {
    it(`${lang}: a greeting or signature with such a name gets no underline`, () => {
      for (const name of NAMES) {
        for (const text of [
          mail(name, 'Anna Holm'),
          mail('Sam', `${name} Holm`),
          mail('Sam', `Anna ${name}`),
        ]) {
          expect({ name, flags: analyzeDraft(text).flags }).toEqual({ name, flags: [] });
        }
      }
    });
  }

  it('a company named like a gut feeling ("Kipinä", a spark) signs without a vague underline', () => {
    expect(analyzeDraft(INVITATIONS.fi?.('Sam', 'Mainostoimisto Kipinä') ?? '').flags).toEqual([]);
  });

  it('"wir glauben, dass …" and "in good faith" are no religion', () => {
    const de = analyzeDraft(
      'Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir glauben, dass Sie gut ins Team passen, und laden Sie zum Gespräch ein.\n\nViele Grüße\nJo',
    );
    expect(de.flags).toEqual([]);
    const en = analyzeDraft(
      'Hi Sam,\n\nThanks for your application. We acted in good faith when we moved the interview; Christian will call you tomorrow.\n\nBest\nJo',
    );
    expect(en.flags).toEqual([]);
  });

  it('a remark about the candidate’s faith is still risky', () => {
    const de = analyzeDraft(
      'Hallo Frau Kaya,\n\nvielen Dank für das Gespräch. Leider müssen wir Ihnen absagen: Als gläubige Christin wollen Sie sonntags sicher nicht arbeiten.\n\nGrüße\nJo',
    );
    expect(de.flags.map((f) => f.rule)).toContain('de.religion');
    const en = analyzeDraft(
      'Hi Sam,\n\nUnfortunately we will not move forward. As a devout Christian you may not be comfortable with our Sunday shifts.\n\nBest\nJo',
    );
    expect(en.flags.map((f) => f.rule)).toContain('en.religion');
  });
});
