import { describe, expect, it } from 'vitest';
import { outlookHeaderStart, ownTextOnly, ownTextRanges } from '@/utils/analysis/own-text';

/** The own text as the concatenation of its ranges. */
const own = (text: string) =>
  ownTextRanges(text)
    .map(([a, b]) => text.slice(a, b))
    .join('');

const BODY = 'Hi Sam,\n\nThanks for your time. We went with another candidate.\n\n';

describe('own text of a plain-text mail', () => {
  it('a draft without signature or history is all own text', () => {
    const text = `${BODY}Best regards,\nJo`;
    expect(ownTextRanges(text)).toEqual([[0, text.length]]);
    expect(ownTextOnly(text)).toBe(text);
  });

  it('leaves out the signature after a "-- " line, keeps a sign-off and lines of dashes', () => {
    const text = `${BODY}-----\nBest regards,\nJo\n-- \nJo Lind | Recruiter\nWe regret to inform you that we went with others.\n`;
    expect(own(text)).toBe(`${BODY}-----\nBest regards,\nJo\n`);
    expect(own(`${BODY}--\nJo Lind`)).toBe(BODY);
  });

  it('leaves out quoted lines, keeps inline answers between them', () => {
    const text = `On Tue, Mar 5, 2024 at 9:12 AM Sam <sam@example.com> wrote:\n> Did I get the job?\nNot this time, I am afraid.\n> Why not?\nThe role needs a forklift licence.\n`;
    expect(own(text)).toBe('Not this time, I am afraid.\nThe role needs a forklift licence.\n');
  });

  it.each([
    ['en', 'On Tue, Mar 5, 2024 at 9:12 AM Sam Berg <sam@example.com> wrote:'],
    ['sv', 'Den tis 5 mars 2024 kl 09:12 skrev Sam Berg <sam@example.se>:'],
    ['da', 'Den 5. mar. 2024 kl. 09.12 skrev Sam Berg <sam@example.dk>:'],
    ['nb', 'tir. 5. mar. 2024 kl. 09:12 skrev Sam Berg <sam@example.no>:'],
    ['de', 'Am Di., 5. März 2024 um 09:12 Uhr schrieb Sam Berg <sam@example.de>:'],
    ['fi', 'ti 5. maalisk. 2024 klo 9.12 Sam Berg (sam@example.fi) kirjoitti:'],
  ])('leaves out the history after a reply header (%s)', (_lang, header) => {
    const text = `${BODY}${header}\nThank you for the interview. Unfortunately we have chosen another candidate.\n`;
    expect(own(text)).toBe(BODY);
  });

  it('a reply header wrapped onto two lines', () => {
    const text = `${BODY}On Tue, Mar 5, 2024 at 9:12 AM Sam Berg <\nsam@example.com> wrote:\nOld text.\n`;
    expect(own(text)).toBe(BODY);
  });

  it.each([
    '-----Original Message-----',
    '-----Ursprungligt meddelande-----',
    '-----Oprindelig meddelelse-----',
    '-----Opprinnelig melding-----',
    '-----Ursprüngliche Nachricht-----',
    '-----Alkuperäinen viesti-----',
    '---------- Forwarded message ---------',
    '---------- Weitergeleitete Nachricht ---------',
    '---------- Videresendt besked ----------',
    '---------- Vidarebefordrat mejl ----------',
    'Begin forwarded message:',
  ])('leaves out the history after "%s"', (marker) => {
    const text = `${BODY}${marker}\nFrom: Sam\nWe have decided to go with other candidates.\n`;
    expect(own(text)).toBe(BODY);
  });

  it('leaves out an Outlook header block and the separator above it (any language)', () => {
    const sv = `${BODY}________________________________\nFrån: Sam Berg <sam@example.se>\nSkickat: den 5 mars 2024 09:12\nTill: Jo\nÄmne: Ansökan\n\nTyvärr går vi inte vidare.\n`;
    expect(own(sv)).toBe(BODY);
    const de = `${BODY}Von: Sam Berg\nGesendet: Dienstag, 5. März 2024 09:12\nAn: Jo\nBetreff: Bewerbung\n\nLeider nicht.\n`;
    expect(own(de)).toBe(BODY);
  });

  it('a "From:" line without the rest of a header block stays', () => {
    const text = 'From: the hiring team\nWe loved meeting you.\n';
    expect(own(text)).toBe(text);
  });

  it('a sentence that mentions writing is not a reply header', () => {
    const text = 'Hi Sam,\nOn Monday you wrote:\nthat you can start in May. Great!\n';
    expect(own(text)).toBe(text);
  });

  it('ownTextOnly keeps offsets and blanks the rest behind a sentence stop', () => {
    const text = `${BODY}> quoted rejection: we went with other candidates\nmore own text\n-- \nsig`;
    const masked = ownTextOnly(text);
    expect(masked.length).toBe(text.length);
    expect(masked.startsWith(BODY)).toBe(true);
    expect(masked).not.toContain('quoted');
    expect(masked).not.toContain('sig');
    expect(masked).toContain('more own text');
    expect(masked.indexOf('more own text')).toBe(text.indexOf('more own text'));
    expect(masked.split('\n').length).toBe(text.split('\n').length);
  });
});

describe('outlookHeaderStart (task lookalike4: the analyzer reads an Outlook header block as history)', () => {
  it('finds a From line followed by Sent and Subject lines, in each language', () => {
    for (const [from, sent, subject] of [
      ['From', 'Sent', 'Subject'],
      ['Från', 'Skickat', 'Ämne'],
      ['Fra', 'Sendt', 'Emne'],
      ['Von', 'Gesendet', 'Betreff'],
      ['Lähettäjä', 'Lähetetty', 'Aihe'],
    ]) {
      const head = `${BODY}Regards\nAnna\n\n`;
      const text = `${head}${from}: Lisa Holm\n${sent}: 3 March 2027 09:12\n${subject}: My application\n\nAny news?`;
      expect(outlookHeaderStart(text)).toBe(head.length);
    }
  });
  it('is the text length without one (a From line alone, or none)', () => {
    const text = `${BODY}From: the team at Nordbygg\nBest wishes`;
    expect(outlookHeaderStart(text)).toBe(text.length);
    expect(outlookHeaderStart(BODY)).toBe(BODY.length);
  });
});
