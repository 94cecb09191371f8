import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';

/**
 * A note to a colleague that the post is filled and the job ad can come down is about the vacancy,
 * not a message to a candidate: no rejection verdict. The same "position filled" sentence to an
 * applicant stays a generic rejection.
 */
const COLLEAGUE_NOTES: Record<string, string> = {
  sv: 'Hej Maria,\n\nLagertjänsten är tillsatt nu, Johan börjar den 1 mars. Kan du ta ner annonsen på Jobbsafari?\n\nTack!\nPer',
  da: 'Hej Søren\n\nStillingen som lagermedarbejder er besat, Mette starter 1. marts. Kan du lukke opslaget på Jobnet?\n\nHilsen\nLone',
  nb: 'Hei Kari,\n\nLagerstillingen er besatt, Ola begynner 1. mars. Kan du fjerne annonsen på NAV?\n\nHilsen\nPer',
  en: 'Hi Tom,\n\nThe warehouse role has been filled, Priya starts on 1 March. Can you take down the ad on Reed?\n\nThanks,\nAmy',
  de: 'Hallo Jonas,\n\ndie Lagerstelle ist besetzt, Herr Kaya beginnt am 1. März. Kannst du bitte die Stellenanzeige auf Indeed löschen?\n\nDanke\nPetra',
  fi: 'Hei Mikko,\n\nVarastotyöntekijän paikka on täytetty, Laura aloittaa 1.3. Voisitko poistaa ilmoituksen Oikotieltä?\n\nKiitos\nSari',
};

describe('a colleague note about a filled post', () => {
  for (const [lang, text] of Object.entries(COLLEAGUE_NOTES)) {
    it(`${lang}: asking to take the ad down is not a rejection`, () => {
      expect(detectDraft(text).verdict).toBe('not-rejection');
    });
  }

  it('its own news is not underlined as boilerplate (the note quotes no template)', () => {
    for (const text of Object.values(COLLEAGUE_NOTES)) {
      expect(detectDraft(text).flags.filter((f) => f.kind === 'generic')).toEqual([]);
    }
  });

  it('a colleague note still gets the template it quotes underlined, and only that', () => {
    const text =
      "Hi Tom,\n\nThe warehouse role has been filled. Can you send the others our usual 'unfortunately we have decided to go with another candidate' email?\n\nThanks,\nAmy";
    const d = detectDraft(text);
    expect(d.verdict).toBe('not-rejection');
    const generic = d.flags.filter((f) => f.kind === 'generic').map((f) => text.slice(f.start, f.end));
    expect(generic).toHaveLength(1);
    expect(generic[0]).toContain('unfortunately we have decided to go with another candidate');
    expect(generic[0]).not.toContain('filled');
  });

  it('the same news to an applicant is still a generic rejection', () => {
    const text =
      'Dear Sam,\n\nThank you for applying. Unfortunately the position has been filled.\n\nKind regards,\nHR';
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});

describe('German "absagen" outside recruiting', () => {
  it('cancelling a Sunday visit with friends is no rejection', () => {
    const text =
      'Hallo ihr zwei,\n\nwir müssen leider für Sonntag absagen, die Kleine ist krank. Holen wir das bald nach?\n\nLiebe Grüße\nAnja';
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it('declining an applicant is a generic rejection, with or without "Ihnen"', () => {
    for (const text of [
      'Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung als Lagerhelferin. Leider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nPersonal',
      'Hallo Tim,\n\ndanke für deine Bewerbung als Koch. Wir müssen leider absagen.\n\nGruß\nRestaurant Linde',
    ]) {
      expect(detectDraft(text).verdict).toBe('generic-rejection');
    }
  });
});
