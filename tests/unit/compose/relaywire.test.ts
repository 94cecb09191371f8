// @vitest-environment jsdom
/**
 * Task relaywire: the browser reads a rejection passed on in a forward as the CLI does. The adapters
 * give the quoted/forwarded history (with line breaks, bounded), the frame protocol carries it, the
 * detector hands it to the analyzer as `quoted`; flags stay in the own text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis';
import {
  DraftSender,
  FrameDraft,
  type FromFrame,
  MAX_QUOTED,
  parseFromFrame,
  parseToFrame,
} from '@/utils/compose/analysis-protocol';
import { serveAnalysis } from '@/utils/compose/analysis-server';
import { defaultContext } from '@/utils/compose/context';
import { makeDetector } from '@/utils/compose/detector';
import { historyText, readOwnText } from '@/utils/compose/dom-text';
import { gmailAdapter } from '@/utils/compose/gmail';
import { outlookAdapter } from '@/utils/compose/outlook';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A cover note to the candidate, and one to a colleague (own wording). */
const TO_CANDIDATE =
  "Hi Sara,\n\nI'm passing on the client's answer below. I'm sorry it isn't better news.\n\nBest,\nAlex";
const TO_COLLEAGUE = 'Hi Josh,\n\nFYI, see below. Can you update the ATS?\n\nThanks,\nAlex';
const CLIENT_BODY = [
  'Hi Alex,',
  '',
  "Thanks for sending Sara's profile. After the second interview we have decided not to take Sara further in the process.",
  '',
  'Best regards,',
  'Jens',
];

function html(lines: string[]): string {
  return lines.map((l) => (l ? `<div>${l.replace(/'/g, '&#39;')}</div>` : '<div><br></div>')).join('');
}

function gmailEditor(note: string): HTMLElement {
  document.body.innerHTML =
    '<div class="M9"><div class="Ar Au"><div id="e" g_editable="true" role="textbox" contenteditable="true">' +
    `<div dir="ltr">${html(note.split('\n'))}</div><br>` +
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' +
    'From: <strong class="gmail_sendername" dir="auto">Jens Holm</strong> <span dir="auto">&lt;jens@nordbygg.example&gt;</span><br>' +
    'Date: Mon, Mar 3, 2025 at 10:12 AM<br>Subject: Re: Candidate for the site manager role<br>' +
    'To: Alex Example &lt;alex@example.com&gt;<br></div><br><br>' +
    `<div dir="ltr">${html(CLIENT_BODY)}</div></div>` +
    '<div contenteditable="false">Tracked – we decided to go with other candidates</div>' +
    '</div></div></div>';
  return document.getElementById('e') as HTMLElement;
}

function outlookEditor(note: string): HTMLElement {
  document.body.innerHTML =
    '<div id="editorParent_1"><div id="e" role="textbox" contenteditable="true" aria-multiline="true">' +
    html(note.split('\n')) +
    '<div id="Signature"><div>Alex Example</div></div><div id="appendonsend"></div>' +
    '<hr style="display:inline-block;width:98%" tabindex="-1">' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Jens Holm &lt;jens@nordbygg.example&gt;<br>' +
    '<b>Sent:</b> Monday, March 3, 2025 10:12 AM<br><b>To:</b> Alex Example &lt;alex@example.com&gt;<br>' +
    '<b>Subject:</b> Re: Candidate for the site manager role</font><div>&nbsp;</div></div>' +
    `<div>${html(CLIENT_BODY)}</div></div></div>`;
  return document.getElementById('e') as HTMLElement;
}

describe('the adapters give the quoted history (task relaywire)', () => {
  it('Gmail: the forwarded block with its header lines, not the own text, not widgets after it', () => {
    const editor = gmailEditor(TO_CANDIDATE);
    const quoted = gmailAdapter.quotedText?.(editor) ?? '';
    const lines = quoted.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('---------- Forwarded message ---------');
    expect(lines).toContain('From: Jens Holm <jens@nordbygg.example>');
    expect(lines).toContain('Subject: Re: Candidate for the site manager role');
    expect(lines).toContain(CLIENT_BODY[2]);
    expect(quoted).not.toContain('passing on');
    expect(quoted).not.toContain('Tracked');
    // the own text is read as before: the forward is not in it
    expect(readOwnText(editor, gmailAdapter.ownText).text).not.toContain('Jens');
  });

  it('Gmail: a reply quote ("On … wrote:" over a blockquote) on the fixture', () => {
    const doc = new DOMParser().parseFromString(
      readFileSync(join(FIXTURES, 'gmail/thread-inline-reply.html'), 'utf8'),
      'text/html',
    );
    const editor = doc.querySelector('[g_editable="true"]') as HTMLElement;
    const quoted = gmailAdapter.quotedText?.(editor) ?? '';
    expect(quoted.split('\n')[0]).toMatch(/^On Tue, Mar 4, 2025 .* wrote:$/);
    expect(quoted).toContain('Could you tell me what I could improve');
    expect(quoted).not.toContain('Thanks for asking');
    expect(gmailAdapter.quotedText?.(gmailEditorWithout())).toBe('');
  });

  it('Outlook: from the history marker to the end, the From/Sent/To/Subject block on lines of its own', () => {
    const editor = outlookEditor(TO_CANDIDATE);
    const quoted = outlookAdapter.quotedText?.(editor) ?? '';
    const lines = quoted.split('\n').map((l) => l.trim());
    expect(lines.filter(Boolean).slice(0, 4)).toEqual([
      'From: Jens Holm <jens@nordbygg.example>',
      'Sent: Monday, March 3, 2025 10:12 AM',
      'To: Alex Example <alex@example.com>',
      'Subject: Re: Candidate for the site manager role',
    ]);
    expect(lines).toContain(CLIENT_BODY[2]);
    expect(quoted).not.toContain('Alex Example\n');
    expect(quoted).not.toContain('passing on');
  });

  it('Outlook: the reading-pane fixture (nested x_ history read as text, own text and signature left out)', () => {
    const doc = new DOMParser().parseFromString(
      readFileSync(join(FIXTURES, 'outlook/reading-pane-reply.html'), 'utf8'),
      'text/html',
    );
    const editor = doc.querySelector('#editorParent_1 [role="textbox"]') as HTMLElement;
    const quoted = outlookAdapter.quotedText?.(editor) ?? '';
    expect(quoted.trim().startsWith('From: Jordan Lee')).toBe(true);
    expect(quoted).toContain('From: Alex Example');
    expect(quoted).not.toContain('Thanks for asking');
    expect(quoted).not.toContain('Talent Acquisition Partner');
  });

  it('cuts a long history at MAX_QUOTED characters', () => {
    document.body.innerHTML = `<div id="e"><div id="q">${'<div>We have decided. </div>'.repeat(3000)}</div><div>after</div></div>`;
    const root = document.getElementById('e') as HTMLElement;
    const from = document.getElementById('q') as HTMLElement;
    expect(historyText(from, root, true).length).toBe(MAX_QUOTED);
    expect(historyText(from, root, true, 50).length).toBe(50);
    expect(historyText(root.lastElementChild as Element, root, true)).toBe('after\n');
  });
});

function gmailEditorWithout(): HTMLElement {
  document.body.innerHTML = '<div id="e" g_editable="true" contenteditable="true"><div>Hi Sara,</div></div>';
  return document.getElementById('e') as HTMLElement;
}

describe('the detector reads the history as the CLI reads the whole mail', () => {
  const detector = makeDetector(defaultContext(), analyzeDraft);

  for (const [site, make, adapter] of [
    ['Gmail', gmailEditor, gmailAdapter],
    ['Outlook', outlookEditor, outlookAdapter],
  ] as const) {
    it(`${site}: a cover note to the candidate passes the client's rejection on; one to a colleague does not`, () => {
      const editor = make(TO_CANDIDATE);
      const own = readOwnText(editor, adapter.ownText).text;
      const quoted = adapter.quotedText?.(editor) ?? '';
      const passed = detector.analyze(own, '', quoted);
      expect(passed.verdict).toBe('generic-rejection');
      // flags are the own text's: same as without the history, all inside it
      expect(passed.flags).toEqual(detector.analyze(own, '').flags);
      for (const f of passed.flags) expect(f.end).toBeLessThanOrEqual(own.length);
      // without the history (the old browser path) the note alone is no rejection
      expect(detector.analyze(own, '').verdict).toBe('not-rejection');

      const colleague = make(TO_COLLEAGUE);
      const note = readOwnText(colleague, adapter.ownText).text;
      expect(detector.analyze(note, '', adapter.quotedText?.(colleague) ?? '').verdict).toBe('not-rejection');
    });
  }
});

describe('the frame protocol carries a bounded `quoted`', () => {
  const update = (extra: Record<string, unknown>) => ({
    type: 'update',
    doc: 1,
    seq: 1,
    base: 0,
    rev: 1,
    subject: '',
    splice: { at: 0, remove: 0, insert: ['Hi'] },
    length: 2,
    ...extra,
  });

  it('accepts a string up to MAX_QUOTED, rejects a longer one or a non-string', () => {
    expect(parseToFrame(update({}))).not.toBeNull();
    expect(parseToFrame(update({ quoted: '' }))).not.toBeNull();
    expect(parseToFrame(update({ quoted: 'x'.repeat(MAX_QUOTED) }))).not.toBeNull();
    expect(parseToFrame(update({ quoted: 'x'.repeat(MAX_QUOTED + 1) }))).toBeNull();
    for (const bad of [42, null, ['a'], { text: 'a' }, true])
      expect(parseToFrame(update({ quoted: bad }))).toBeNull();
  });

  it('sends the history whole with a whole draft and when it changed, not with every update', () => {
    const sender = new DraftSender();
    const first = sender.update('Hi Sara,', '', 1, 1, 'From: x');
    expect(first).toMatchObject({ base: 0, quoted: 'From: x' });
    expect('quoted' in sender.update('Hi Sara,\nMore', '', 1, 1, 'From: x')).toBe(false);
    expect(sender.update('Hi Sara,\nMore', '', 1, 1, '')).toMatchObject({ quoted: '' });
    expect(sender.update('Hi', '', 1, 1, 'y'.repeat(MAX_QUOTED + 5)).quoted?.length).toBe(MAX_QUOTED);
    sender.resync();
    expect(sender.update('Hi', '', 1, 1, 'From: x')).toMatchObject({ base: 0, quoted: 'From: x' });
    expect('quoted' in new DraftSender().update('Hi', '', 1, 1)).toBe(false);
  });

  it('the frame keeps the history across updates that leave it out, and forgets it on a reset', () => {
    const sender = new DraftSender();
    const frame = new FrameDraft();
    expect(frame.apply(sender.update('Hi Sara,', '', 1, 1, 'From: x'))).toBe('Hi Sara,');
    expect(frame.quoted).toBe('From: x');
    expect(frame.apply(sender.update('Hi Sara,\nMore', '', 1, 1, 'From: x'))).toBe('Hi Sara,\nMore');
    expect(frame.quoted).toBe('From: x');
    expect(frame.apply({ seq: 9, base: 7, splice: { at: 0, remove: 0, insert: [] }, length: 0 })).toBeNull();
    expect(frame.quoted).toBe('');
  });

  it('the analysis frame analyses with the history it was sent', async () => {
    const channel = new MessageChannel();
    const received: FromFrame[] = [];
    let inbox: MessagePort | null = null;
    let wake: () => void = () => undefined;
    channel.port1.onmessage = (event: MessageEvent) => {
      const message = parseFromFrame(event.data, () => 100_000);
      if (message?.type === 'ready') inbox = event.ports[0] ?? null;
      else if (message?.type === 'result') received.push(message);
      if (message?.type !== 'loaded') wake();
    };
    serveAnalysis(channel.port2, async () => analyzeDraft);
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    await next();
    const port = inbox as MessagePort | null;
    expect(port).not.toBeNull();
    const context = defaultContext();
    port?.postMessage({ type: 'context', rev: 1, context: { context, languages: ['en'] } });
    const editor = gmailEditor(TO_CANDIDATE);
    const own = readOwnText(editor, gmailAdapter.ownText).text;
    const quoted = gmailAdapter.quotedText?.(editor) ?? '';
    const sender = new DraftSender();
    port?.postMessage(sender.update(own, '', 1, 5, quoted));
    await next();
    // a later update without the history field keeps it
    port?.postMessage(sender.update(`${own}\n`, '', 1, 5, quoted));
    await next();
    expect(received.map((m) => (m.type === 'result' ? m.analysis.verdict : m.type))).toEqual([
      'generic-rejection',
      'generic-rejection',
    ]);
    channel.port1.close();
  });
});
