// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSignatureLine } from '@/utils/compose/adapter';
import { readOwnText } from '@/utils/compose/dom-text';
import { gmailAdapter } from '@/utils/compose/gmail';
import { outlookAdapter } from '@/utils/compose/outlook';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function editorIn(path: string, selector: string): HTMLElement {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const editor = doc.querySelector<HTMLElement>(selector);
  if (!editor) throw new Error(`no editor in ${path}`);
  return editor;
}

describe("the sender's name comes from the draft's own signature", () => {
  it('Gmail: the first line of .gmail_signature, without the "-- " line', () => {
    const editor = editorIn('gmail/inbox-compose-new.html', '[g_editable="true"]');
    expect(firstSignatureLine(gmailAdapter.signatureBlock(editor))).toBe('Alex Example');
  });

  it("Outlook: this editor's #Signature, never the quoted #x_Signature", () => {
    const editor = editorIn('outlook/reading-pane-reply.html', '[id^="editorParent_"] > [role="textbox"]');
    const block = outlookAdapter.signatureBlock(editor);
    expect(block?.id).toBe('Signature');
    expect(firstSignatureLine(block)).toBe('Alex Example');
  });

  it('Outlook: text typed at the top of #Signature is not taken for the sender’s name', () => {
    const editor = editorIn('outlook/compose-new.html', '[id^="editorParent_"] > [role="textbox"]');
    readOwnText(editor, outlookAdapter.ownText); // Klarsvar sees the compose as it opens
    const typed = editor.ownerDocument.createElement('div');
    typed.textContent = 'We have decided to go with other candidates.';
    outlookAdapter.signatureBlock(editor)?.prepend(typed);
    expect(outlookAdapter.senderName?.(editor)).toBe('Alex Example');
  });

  it('a draft without a signature has none', () => {
    const editor = editorIn('gmail/inbox-compose-new.html', '[g_editable="true"]');
    editor.querySelector('.gmail_signature')?.remove();
    expect(gmailAdapter.signatureBlock(editor)).toBeNull();
    expect(firstSignatureLine(null)).toBe('');
  });
});
