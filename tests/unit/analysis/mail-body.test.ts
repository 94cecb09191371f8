import { describe, expect, it } from 'vitest';
import { evaluateMail } from '@/utils/analysis/evaluate';
import { analyzeDraft } from '@/utils/analysis/index';
import { mailBody } from '../../../scripts/lib/mail-body';

/** The ordinary-mail evaluation reads raw RFC 822 messages: only the readable body is analysed. */
describe('mailBody (raw RFC 822 → the text a person wrote)', () => {
  it('drops the headers, including folded ones', () => {
    const raw =
      'From: a@example.org\nSubject: lunch\nReceived: from x\n\tby y with SMTP\n\nAre we still on for Friday?\n';
    expect(mailBody(raw)).toBe('Are we still on for Friday?');
  });

  it('decodes quoted-printable with the part charset (soft line breaks joined)', () => {
    const raw =
      'Content-Type: text/plain; charset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable\n\n' +
      'Hej! Tr=E4ffas vi p=E5 fredag? Det h=E4r =\nbrevet =C4R kort.\n';
    expect(mailBody(raw)).toBe('Hej! Träffas vi på fredag? Det här brevet ÄR kort.');
  });

  it('decodes base64 parts as UTF-8', () => {
    const b64 = Buffer.from('Grüße aus Köln', 'utf8').toString('base64');
    const raw = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64}\n`;
    expect(mailBody(raw)).toBe('Grüße aus Köln');
  });

  it('prefers the plain alternative of a multipart/alternative message', () => {
    const raw = [
      'Content-Type: multipart/alternative; boundary="XX"',
      '',
      '--XX',
      'Content-Type: text/plain',
      '',
      'Plain version.',
      '--XX',
      'Content-Type: text/html',
      '',
      '<p>HTML <b>version</b>.</p>',
      '--XX--',
    ].join('\n');
    expect(mailBody(raw)).toBe('Plain version.');
  });

  it('reduces an HTML-only body to its visible text and leaves attachments out', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary=b1',
      '',
      '--b1',
      'Content-Type: text/html; charset=us-ascii',
      '',
      '<html><style>p{color:red}</style><p>See you &amp; the kids</p><p>at noon</p></html>',
      '--b1',
      'Content-Type: text/plain; name="notes.txt"',
      'Content-Disposition: attachment; filename="notes.txt"',
      '',
      'attached text that nobody typed into this mail',
      '--b1',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--b1--',
    ].join('\n');
    const body = mailBody(raw);
    expect(body).toContain('See you & the kids');
    expect(body).toContain('at noon');
    expect(body).not.toContain('color:red');
    expect(body).not.toContain('attached text');
  });
});

describe('evaluateMail (false alarms on ordinary mail)', () => {
  it('counts rejections, risky/vague and generic underlines per message, and times each one', () => {
    let clock = 0;
    const messages = [
      { id: 'a', text: 'Hi Tom, the build is green again. Cheers, Ann' },
      {
        id: 'b',
        text: 'Hi Tom,\n\nThank you for applying. Unfortunately we have decided to go with another candidate.\n\nBest, Ann',
      },
    ];
    const { overall } = evaluateMail(
      messages,
      (t) => analyzeDraft(t),
      () => (clock += 2),
    );
    expect(overall.n).toBe(2);
    expect(overall.rejections).toBe(1);
    expect(overall.generic).toBe(1);
    expect(overall.riskyVague).toBe(0);
    expect(overall.maxMs).toBe(2);
    expect(overall.p99Ms).toBe(2);
  });

  it('times a message as the best of its repeated analyses (a GC pause in one run does not count)', () => {
    // each message's first analysis takes 60 ms on this clock, the repeats 5 ms
    const ticks = [0, 60, 100, 105, 200, 205];
    let i = 0;
    const { overall } = evaluateMail(
      [{ id: 'a', text: 'Hi Tom, the build is green again. Cheers, Ann' }],
      (t) => analyzeDraft(t),
      () => ticks[i++] as number,
      3,
    );
    expect(overall.maxMs).toBe(5);
  });
});
