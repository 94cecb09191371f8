// @vitest-environment jsdom
// jsdom, not happy-dom: happy-dom 21 collapses a Range whose start and end are in the same text node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  endPoint,
  type OwnTextRules,
  ownTextEnd,
  rangeFor,
  readOwnText,
  startPoint,
} from '@/utils/compose/dom-text';
import { gmailOwnText } from '@/utils/compose/gmail';
import { greetingName } from '@/utils/compose/greeting';
import { outlookOwnText } from '@/utils/compose/outlook';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function load(path: string): Document {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

interface Case {
  file: string;
  editor: string;
  rules: OwnTextRules;
  own: string[];
  absent: string[];
}

const GMAIL_EDITOR = '[g_editable="true"]';
const OUTLOOK_EDITOR = '[id^="editorParent_"] [role="textbox"]';

const CASES: Case[] = [
  {
    file: 'gmail/inbox-compose-new.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hi Sam,',
      'Thank you for your application for the Backend Developer role (ref. 2025-114) and for the interview last Tuesday.',
    ],
    absent: ['--', 'Alex Example', '+46 8 555 010 00'],
  },
  {
    file: 'gmail/thread-inline-reply.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hi Jordan,',
      'Thanks for asking. I will go through the interview notes with the hiring manager and send you concrete feedback by Friday.',
    ],
    absent: ['other candidates', 'wrote:', 'Alex Example', 'Jordan Lee'],
  },
  {
    file: 'gmail/compose-popout.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hi Sam,',
      'Thank you for your application and for the time you spent on the take-home assignment.',
    ],
    absent: ['--', 'Alex Example'],
  },
  {
    file: 'gmail-sv/thread-inline-reply.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hej Jordan,',
      'Tack för att du frågar. Jag går igenom intervjuanteckningarna med den rekryterande chefen och skickar konkret återkoppling senast på fredag.',
    ],
    absent: ['andra kandidater', 'skrev', 'Alex Example'],
  },
  {
    file: 'gmail-da/inbox-compose-new.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hej Sam,',
      'Tak for din ansøgning til stillingen som backendudvikler (ref. 2025-114) og for samtalen i tirsdags.',
    ],
    absent: ['--', 'Alex Example'],
  },
  {
    file: 'gmail-variant/thread-inline-reply.html',
    editor: GMAIL_EDITOR,
    rules: gmailOwnText,
    own: [
      'Hi Jordan,',
      'Thanks for asking. I will go through the interview notes with the hiring manager and send you concrete feedback by Friday.',
      'PS: I attached the interview notes.',
    ],
    absent: ['other candidates', 'schrieb', 'Alex Example', 'ExampleTracker', '--'],
  },
  {
    file: 'outlook/compose-new.html',
    editor: OUTLOOK_EDITOR,
    rules: outlookOwnText,
    own: [
      'Hi Sam,',
      'Thank you for your application for the Backend Developer role (ref. 2025-114) and for the interview last Tuesday.',
    ],
    absent: ['Alex Example', 'Talent Acquisition'],
  },
  {
    file: 'outlook/reading-pane-reply.html',
    editor: OUTLOOK_EDITOR,
    rules: outlookOwnText,
    own: [
      'Hi Jordan,',
      'Thanks for asking. I will go through the interview notes with the hiring manager and send you concrete feedback by Friday.',
    ],
    absent: ['other candidates', 'From:', 'Alex Example', 'Jordan Lee'],
  },
  {
    file: 'outlook-sv/reading-pane-reply.html',
    editor: OUTLOOK_EDITOR,
    rules: outlookOwnText,
    own: [
      'Hej Jordan,',
      'Tack för att du frågar. Jag går igenom intervjuanteckningarna med den rekryterande chefen och skickar konkret återkoppling senast på fredag.',
    ],
    absent: ['andra kandidater', 'Från:', 'Alex Example'],
  },
  {
    file: 'outlook-da/reading-pane-reply.html',
    editor: OUTLOOK_EDITOR,
    rules: outlookOwnText,
    own: [
      'Hej Jordan,',
      'Tak fordi du spørger. Jeg gennemgår noterne fra samtalen med den ansættende leder og sender dig konkret feedback senest fredag.',
    ],
    absent: ['andre kandidater', 'Fra:', 'Alex Example'],
  },
  {
    file: 'outlook-variant/reading-pane-reply.html',
    editor: OUTLOOK_EDITOR,
    rules: outlookOwnText,
    own: [
      'Hi Jordan,',
      'Thanks for asking. I will go through the interview notes with the hiring manager and send you concrete feedback by Friday.',
    ],
    absent: ['other candidates', 'Fra:', 'Alex Example'],
  },
];

describe('own text on the fixtures', () => {
  for (const c of CASES) {
    it(`reads only the user's text in ${c.file}`, () => {
      const doc = load(c.file);
      const editor = doc.querySelector(c.editor);
      expect(editor).not.toBeNull();
      const own = readOwnText(editor as Element, c.rules);
      expect(lines(own.text)).toEqual(c.own);
      for (const a of c.absent) expect(own.text).not.toContain(a);
    });

    it(`maps every own-text span back to the same DOM text in ${c.file}`, () => {
      const doc = load(c.file);
      const editor = doc.querySelector(c.editor) as Element;
      const own = readOwnText(editor, c.rules);
      for (const line of c.own) {
        const start = own.text.indexOf(line);
        expect(start).toBeGreaterThanOrEqual(0);
        const range = rangeFor(own, start, start + line.length, doc);
        expect(range?.toString()).toBe(line);
        // Every word inside the line maps too.
        for (const match of line.matchAll(/\S+/g)) {
          const s = start + (match.index ?? 0);
          expect(rangeFor(own, s, s + match[0].length, doc)?.toString()).toBe(match[0]);
        }
      }
    });
  }
});

describe('text building', () => {
  function own(html: string, rules: OwnTextRules = gmailOwnText) {
    const doc = new DOMParser().parseFromString(`<div id="e">${html}</div>`, 'text/html');
    return { doc, own: readOwnText(doc.getElementById('e') as Element, rules) };
  }

  it('puts block boundaries and <br> on their own lines, and collapses whitespace', () => {
    const { own: o } = own('<div>Hi  Sam,</div><div><br></div><div>One\n two<br>three</div>');
    expect(o.text).toBe('Hi Sam,\n\nOne two\nthree\n');
  });

  it('reads no-break spaces as spaces, one to one', () => {
    const { doc, own: o } = own('<div>We\u00a0decided&nbsp;to</div>');
    expect(o.text).toBe('We decided to\n');
    expect(rangeFor(o, 3, 10, doc)?.toString()).toBe('decided');
  });

  it('maps ranges across element boundaries and collapsed whitespace', () => {
    const { doc, own: o } = own('<div>We have <b>decided</b>   to go</div><div>with other candidates.</div>');
    const text = 'decided to go\nwith other';
    const start = o.text.indexOf(text);
    expect(start).toBeGreaterThan(0);
    const range = rangeFor(o, start, start + text.length, doc);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('decided to gowith other'); // a Range's text has no block line breaks;
  });

  it('gives start and end points at run edges', () => {
    const { own: o } = own('<div>ab</div><div>cd</div>');
    expect(o.text).toBe('ab\ncd\n');
    expect(startPoint(o, 2)).toMatchObject({ offset: 0 }); // the newline starts at the next run
    expect(startPoint(o, 2)?.node.data).toBe('cd');
    expect(endPoint(o, 3)?.node.data).toBe('ab');
    expect(endPoint(o, 3)?.offset).toBe(2);
    expect(ownTextEnd(o)?.node.data).toBe('cd');
  });

  it('skips other extensions, pixels, images and hidden nodes', () => {
    const { own: o } = own(
      '<div>Hi</div><div hspace="streak-pt-mark"><img src="x"></div><span contenteditable="false">Widget</span><div style="display:none">hidden</div>',
    );
    expect(lines(o.text)).toEqual(['Hi']);
  });

  it('keeps text typed below a Gmail quote, in split-quote containers', () => {
    const { own: o } = own(
      '<div>Top</div><div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On … wrote:</div><blockquote class="gmail_quote">old text</blockquote><div class="gmail_quote gmail_quote_container"><div>Below</div></div></div>',
    );
    expect(lines(o.text)).toEqual(['Top', 'Below']);
  });

  it('stops at Outlook history even when the marker is wrapped', () => {
    const { own: o } = own(
      '<div>Mine</div><div id="Signature">Sig</div><div><div><div id="appendonsend"></div></div></div><div>Theirs</div>',
      outlookOwnText,
    );
    expect(lines(o.text)).toEqual(['Mine']);
  });

  it('stops at #divRplyFwdMsg and at #mail-editor-reference-message-container', () => {
    expect(
      lines(own('<div>A</div><div id="divRplyFwdMsg">From: x</div><div>B</div>', outlookOwnText).own.text),
    ).toEqual(['A']);
    expect(
      lines(
        own('<div>A</div><div id="mail-editor-reference-message-container">B</div>', outlookOwnText).own.text,
      ),
    ).toEqual(['A']);
  });

  it('does not treat the other party’s x_-prefixed ids as markers', () => {
    const { own: o } = own(
      '<div>A</div><div id="x_Signature">B</div><div id="x_appendonsend"></div><div>C</div>',
      outlookOwnText,
    );
    expect(lines(o.text)).toEqual(['A', 'B', 'C']);
  });

  it('drops a plain "-- " line before a Gmail signature', () => {
    const { own: o } = own('<div>Hi</div>-- <br><div class="gmail_signature">Alex</div>');
    expect(lines(o.text)).toEqual(['Hi']);
  });
});

describe('helpers', () => {
  it('finds the greeting name in several languages', () => {
    expect(greetingName('Hi Sam,\n\nThanks')).toBe('Sam');
    expect(greetingName('\nHej Anna Karlsson!\nTack')).toBe('Anna Karlsson');
    expect(greetingName('Kære Jonas,')).toBe('Jonas');
    expect(greetingName('Thanks for applying.')).toBe('');
  });
});

describe('whose text it is (issue 12, item 4)', () => {
  function editorOf(html: string): HTMLElement {
    document.body.innerHTML = `<div id="e" role="textbox" contenteditable="true">${html}</div>`;
    return document.getElementById('e') as HTMLElement;
  }

  it('leaves a Gmail forward out: header and forwarded mail', () => {
    const editor = editorOf(
      '<div dir="ltr">Sharing this before our call.</div><br>' +
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">HR Team</strong><br>Subject: Your application<br></div><br><br>' +
        '<div dir="ltr"><div>Unfortunately we have decided to go with other candidates.</div></div></div>',
    );
    const own = readOwnText(editor, gmailOwnText);
    expect(lines(own.text)).toEqual(['Sharing this before our call.']);
  });

  it('keeps text the user writes below a Gmail quote, inside div.gmail_quote but outside its blockquote', () => {
    const editor = editorOf(
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Mar 4, 2025 Jordan wrote:<br></div>' +
        '<blockquote class="gmail_quote"><div>Could you tell me what I could improve?</div></blockquote>' +
        '<div>Thanks for asking, here is what I can say.</div></div>',
    );
    expect(lines(readOwnText(editor, gmailOwnText).text)).toEqual([
      'Thanks for asking, here is what I can say.',
    ]);
  });

  it('reads text typed inside Outlook’s #Signature as own text, but not the signature’s own lines', () => {
    const editor = editorOf(
      '<div class="elementToProof">Hi Sam,</div><div id="Signature" class="elementToProof"><div>Alex Example</div><div>Talent Acquisition Partner</div></div>',
    );
    // First sight: what the signature block holds is the signature.
    expect(lines(readOwnText(editor, outlookOwnText).text)).toEqual(['Hi Sam,']);
    // The user clicks into the signature block and types there (Outlook leaves the caret in it).
    const typed = document.createElement('div');
    typed.textContent = 'We have decided to go with other candidates.';
    editor.querySelector('#Signature')?.prepend(typed);
    const own = readOwnText(editor, outlookOwnText);
    expect(lines(own.text)).toEqual(['Hi Sam,', 'We have decided to go with other candidates.']);
    expect(own.text).not.toContain('Alex Example');
    // A flagged sentence there maps back to the typed line only.
    const start = own.text.indexOf('We have');
    expect(rangeFor(own, start, start + 44)?.toString()).toBe('We have decided to go with other candidates.');
  });
});
