// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOwnText } from '@/utils/compose/dom-text';
import { gmailOwnText } from '@/utils/compose/gmail';
import { outlookOwnText } from '@/utils/compose/outlook';
import { OwnTextReader } from '@/utils/compose/own-text-reader';

function editorOf(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e') as HTMLElement;
}

describe('reading only the paragraphs that changed', () => {
  it('gives the same text and runs as a full pass, and re-reads only the changed paragraph', () => {
    const editor = editorOf(
      '<div>Hi Sam,</div><div><br></div><div>First paragraph.</div><div>Second <b>bold</b> one.</div>' +
        '<div class="gmail_signature">Alex</div>',
    );
    const reader = new OwnTextReader(editor, gmailOwnText);
    const first = reader.read();
    expect(first).toEqual(readOwnText(editor, gmailOwnText));
    expect(reader.lastReread).toBe(5);

    // Typing into an existing line changes only that text node's data (no mutation record).
    const text = editor.querySelectorAll('div')[2]?.firstChild as Text;
    text.data = 'First paragraph, edited.';
    const second = reader.read();
    expect(reader.lastReread).toBe(1);
    expect(second).toEqual(readOwnText(editor, gmailOwnText));
    expect(second.text).toContain('First paragraph, edited.');
  });

  it('re-reads a paragraph whose structure changed even when its text did not', () => {
    const editor = editorOf('<div>One two</div><div>Three</div>');
    const reader = new OwnTextReader(editor, gmailOwnText);
    reader.read();
    const line = editor.firstElementChild as HTMLElement;
    const t = line.firstChild as Text;
    const rest = t.splitText(3);
    line.insertBefore(document.createElement('br'), rest);
    reader.touch(line);
    const after = reader.read();
    expect(after.text).toBe('One\ntwo\nThree\n');
    expect(after).toEqual(readOwnText(editor, gmailOwnText));
  });

  it('groups inline children into one unit and keeps lines apart from blocks', () => {
    const editor = editorOf('Hi Sam,<br>typed at the top<div>A block</div>and after');
    const reader = new OwnTextReader(editor, gmailOwnText);
    expect(reader.read()).toEqual(readOwnText(editor, gmailOwnText));
    expect(reader.read().text).toBe('Hi Sam,\ntyped at the top\nA block\nand after');
    editor.append(document.createTextNode(' more'));
    expect(reader.read()).toEqual(readOwnText(editor, gmailOwnText));
  });

  it('marks where a quote or signature sits between own text', () => {
    const editor = editorOf(
      '<div>Above.</div><div class="gmail_quote"><div class="gmail_attr">On … wrote:</div><blockquote class="gmail_quote">Old</blockquote><div>Below.</div></div>',
    );
    const own = new OwnTextReader(editor, gmailOwnText).read();
    expect(own.text).toBe('Above.\nBelow.\n');
    expect(own.breaks.some((b) => b > 0 && b <= own.text.indexOf('Below'))).toBe(true);
  });

  it('stops at Outlook history and never reads the paragraphs after it', () => {
    const editor = editorOf('<div>Mine</div><div id="appendonsend"></div><div>Theirs</div>');
    const own = new OwnTextReader(editor, outlookOwnText).read();
    expect(own.text).toBe('Mine\n');
  });
});
