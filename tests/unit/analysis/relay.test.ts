import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';
import { parseCorpus } from '@/utils/analysis/evaluate';
import { ownTextOnly } from '@/utils/analysis/own-text';
import { asReader, forwardedPart, greetingName, mentions } from '@/utils/analysis/relay';

const COVER =
  "Hi Sara,\n\nI'm passing on the answer from Northfield below. Sorry it isn't better news.\n\nAnna\n\n";
const CLIENT = "Hi Anna,\n\nThanks for introducing Sara. We've decided not to take her further.\n\nKaren";
const GMAIL = `${COVER}---------- Forwarded message ---------\nFrom: Karen <k@northfield.co.uk>\nDate: Tue, 3 Dec 2024 at 14:12\nSubject: Re: candidate\nTo: Anna <a@bright.co.uk>\n\n${CLIENT}`;

describe('the forwarded part (relay.ts)', () => {
  it('skips a divider and its header lines, and ends at the next marker', () => {
    const part = forwardedPart(
      `${GMAIL}\n\nOn Mon, 2 Dec 2024 at 09:00, Anna <a@bright.co.uk> wrote:\n> Here is Sara's CV.`,
    );
    expect(part?.start).toBe(COVER.length);
    expect(part?.body.trim()).toBe(CLIENT);
  });

  it('reads an Outlook block and a quoted reply with its ">" marks off', () => {
    const outlook = `${COVER}From: Karen <k@northfield.co.uk>\nSent: Tuesday, 3 December 2024 14:12\nTo: Anna\nSubject: RE: candidate\n\n${CLIENT}`;
    expect(forwardedPart(outlook)?.body.trim()).toBe(CLIENT);
    const reply = `${COVER}On Tue, 3 Dec 2024 at 10:05, Karen <k@northfield.co.uk> wrote:\n> Hi Anna,\n> We went with someone else.`;
    expect(forwardedPart(reply)?.body).toBe('Hi Anna,\nWe went with someone else.');
    expect(forwardedPart('Hi Sara,\n\nSee you on Monday.')).toBeNull();
  });

  it('takes the greeted name, not a title, a family word or a sentence', () => {
    expect(greetingName('Hi Sara,\n\nText', 12)).toBe('Sara');
    expect(greetingName('Sehr geehrte Frau Weber,\n\nText', 30)).toBe('Weber');
    expect(greetingName('Hej mamma,\n\nText', 15)).toBeNull();
    expect(greetingName('Thanks for the quick reply on the invoice yesterday.', 40)).toBeNull();
  });

  it('takes the greeting of a one-line cover note, up to its dash or comma', () => {
    expect(greetingName('Hi Sara – see the note below. Call me if you want to talk.', 60)).toBe('Sara');
    expect(greetingName('Hej Jonas, se nedenstående fra Karsten. Ring hvis du vil.', 60)).toBe('Jonas');
    expect(greetingName('Thanks for the quick reply – see the invoice below.', 50)).toBeNull();
  });

  it("keeps the forwarded mail's subject line apart from its body", () => {
    const part = forwardedPart(GMAIL);
    expect(part?.subject).toBe('Re: candidate');
    expect(part?.body).not.toContain('Subject');
  });

  it('finds the name with a short ending (possessive, Finnish case) but not inside a longer word', () => {
    expect(mentions("We reviewed Omar's application", 'Omar')).toBe(true);
    expect(mentions('emme jatka Lauran kanssa', 'Laura')).toBe(true);
    expect(mentions('Saraswati and Sarajevo', 'Sara')).toBe(false);
    // Finnish stems: Joonas → Joonaksen, Virtanen → Virtasen
    expect(mentions('Joonaksen kanssa ei jatketa', 'Joonas')).toBe(true);
    expect(mentions('emme jatka Virtasen kanssa', 'Virtanen')).toBe(true);
    expect(mentions('Joonatan ja Joonaksenkin', 'Joonas')).toBe(false);
  });
});

describe('a cover note that passes on a rejection', () => {
  // the client's note to the recruiter names the candidate in the third person and says only "the other two":
  // its subject line tells what the note is about, as it does for the reader
  const NOTE = (cover: string, subject: string, body: string) =>
    `${cover}\n\n---------- Forwarded message ---------\nFrom: Per <p@firm.example>\nDate: Tue, 3 Dec 2024 at 14:12\nSubject: ${subject}\nTo: Anna <a@agency.example>\n\n${body}`;

  it('reads a one-line cover and a note about "the other two" under a subject about candidates', () => {
    const body = "Anna – we'll pass on Tom and go ahead with the other two. Please thank him from us.\nPer";
    const cover = "Hi Tom – passing on Per's note below. Sorry it isn't better news. – Anna";
    expect(detectDraft(NOTE(cover, 'Re: Warehouse lead candidates', body)).verdict).toBe('generic-rejection');
    // to a colleague, or a note that invites, it stays what it is
    expect(
      detectDraft(NOTE(cover.replace('Hi Tom', 'Hi Jess'), 'Re: Warehouse lead candidates', body)).verdict,
    ).toBe('not-rejection');
    expect(
      detectDraft(
        NOTE(cover, 'Re: Warehouse lead candidates', "Anna – we'd like to meet Tom on Friday at 10.\nPer"),
      ).verdict,
    ).toBe('not-rejection');
  });

  it('is that rejection; the same cover to a colleague or over an invitation is not', () => {
    expect(detectDraft(GMAIL).verdict).toBe('generic-rejection');
    expect(detectDraft(GMAIL.replace('Hi Sara,', 'Hi Josh,')).verdict).toBe('not-rejection');
    expect(
      detectDraft(
        GMAIL.replace("We've decided not to take her further.", "We'd love to meet her on Thursday."),
      ).verdict,
    ).toBe('not-rejection');
  });

  it('gives the CLI (own text + the whole mail as `quoted`) the verdict of the full text on forward.jsonl', () => {
    const rows = parseCorpus(readFileSync('tests/corpus/forward.jsonl', 'utf8'));
    const differ = rows
      .filter(
        (r) => detectDraft(ownTextOnly(r.text), { quoted: r.text }).verdict !== detectDraft(r.text).verdict,
      )
      .map((r) => r.id);
    expect(differ).toEqual([]);
  });

  it('gives the CLI and the browser (history apart) the verdict of the full text on relay3.jsonl', () => {
    const rows = parseCorpus(readFileSync('tests/corpus/relay3.jsonl', 'utf8'));
    const cli = rows
      .filter(
        (r) => detectDraft(ownTextOnly(r.text), { quoted: r.text }).verdict !== detectDraft(r.text).verdict,
      )
      .map((r) => r.id);
    expect(cli).toEqual([]);
    // the browser passes the history alone (from its marker on), not the whole mail
    const browser = rows
      .filter((r) => {
        const part = forwardedPart(r.text);
        if (!part) return false;
        const own = r.text.slice(0, part.start);
        return detectDraft(own, { quoted: r.text.slice(part.start) }).verdict !== detectDraft(r.text).verdict;
      })
      .map((r) => r.id);
    expect(browser).toEqual([]);
  });

  it("reads a cover line's idiom with the history below as its context (history given apart)", () => {
    const own =
      "Hi Sara,\n\nThanks for checking in. It's not going to be a yes from us this time, I'm afraid.\n\nTom\n\n";
    const question =
      'On Tue, 3 Jun 2025 at 09:14, Sara Lind <sara@example.com> wrote:\n> Hi Tom,\n> Is there any news on my application for the office coordinator role? I interviewed with you last week.\n> Sara';
    expect(detectDraft(own.trim(), { quoted: question }).verdict).toBe('generic-rejection');
    // the same line over a question about a delivery names no job
    const parcel =
      'On Tue, 3 Jun 2025 at 09:14, Sara Lind <sara@example.com> wrote:\n> Hi Tom,\n> Could you lend me the van on Saturday?\n> Sara';
    expect(detectDraft(own.trim(), { quoted: parcel }).verdict).toBe('not-rejection');
  });
});

describe('a client pick passed on by "see below" (session 16)', () => {
  const fwd = (cover: string, client: string) =>
    `${cover}\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Per Dahl <per@dahlbygg.se>\nDatum: tis 9 apr. 2024 10:02\nÄmne: Sv: Kandidat Jonas\n\n${client}`;
  const cover = 'Hej Jonas,\n\nSe nedan – jag fick precis besked från kunden.\n\n/Siri';

  it('a named pick "instead" is a pick of the other one; the reader named as the pick is not', () => {
    const other = fwd(cover, 'Hej Siri, vi har valt Lisa istället. Jonas var bra. Hälsa honom och tacka!');
    expect(detectDraft(other).verdict).toBe('generic-rejection');
    const reader = fwd(cover, 'Hej Siri, vi har valt Jonas istället för Lisa. Hälsa honom och tacka!');
    expect(detectDraft(reader).verdict).toBe('not-rejection');
  });

  it('Norwegian "Se under" points to the forwarded part', () => {
    const nb = `Hei Jonas,\n\nSe under – fikk svar fra kunden i dag.\n\nSiri\n\n---------- Videresendt melding ---------\nFra: Per Dahl <per@dahlbygg.no>\nEmne: SV: Kandidater anleggsleder\n\nHei Siri,\nvi går for Lise. Du kan si til Jonas at vi ikke tar ham videre. Takk for innsatsen!\nPer`;
    expect(detectDraft(nb).verdict).toBe('generic-rejection');
  });
});

describe('a relayed decision that names the greeted candidate (task relay5)', () => {
  it('asReader says the named candidate as the reader, in German by preposition and in Finnish by case', () => {
    expect(asReader("Sophie, we won't be offering Daniel the post.", 'Daniel', 'en')).toBe(
      "Sophie, we won't be offering you the post.",
    );
    expect(asReader('Wir haben uns gegen Frau Berger entschieden.', 'Berger', 'de')).toBe(
      'Wir haben uns gegen Sie entschieden.',
    );
    expect(asReader('den Prozess mit Herrn Kaya nicht fortsetzen', 'Kaya', 'de')).toBe(
      'den Prozess mit Ihnen nicht fortsetzen',
    );
    expect(asReader('emme tarjoa Jannelle paikkaa, emme valitse Annia', 'Janne', 'fi')).toBe(
      'emme tarjoa sinulle paikkaa, emme valitse Annia',
    );
    expect(asReader('vi går inte vidare med Elin', 'Elin', 'sv')).toBe('vi går inte vidare med dig');
    // a possessive is left as it is; no mention, no text
    expect(asReader("Daniel's CV", 'Daniel', 'en')).toBeNull();
    expect(asReader('we went with someone else', 'Daniel', 'en')).toBeNull();
  });

  it('the CLI path gives every relay5 row its gold verdict (cover note, forward divider or Outlook block)', () => {
    const rows = parseCorpus(readFileSync('tests/corpus/relay5.jsonl', 'utf8'));
    const wrong = rows
      .filter((r) => {
        const v = detectDraft(ownTextOnly(r.text), { quoted: r.text }).verdict;
        return (v === 'not-rejection') !== (r.label === 'not-rejection');
      })
      .map((r) => r.id);
    expect(wrong).toEqual([]);
  });
});
