// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSignatureLine } from '@/utils/compose/adapter';
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

  it('a draft without a signature has none', () => {
    const editor = editorIn('gmail/inbox-compose-new.html', '[g_editable="true"]');
    editor.querySelector('.gmail_signature')?.remove();
    expect(gmailAdapter.signatureBlock(editor)).toBeNull();
    expect(firstSignatureLine(null)).toBe('');
  });
});
