/**
 * Copies rich text (HTML + plain text) to the clipboard. In an iframe on a webmail page the async
 * Clipboard API may be blocked by permissions policy, so fall back to a selection + `copy` command.
 */
export async function copyToClipboard(
  text: string,
  html?: string,
  doc: Document = document,
): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  try {
    const ClipboardItemCtor = doc.defaultView?.ClipboardItem;
    if (html && nav?.clipboard?.write && ClipboardItemCtor) {
      await nav.clipboard.write([
        new ClipboardItemCtor({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    }
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // blocked (permissions policy, no focus): try the copy command below
  }
  return copyWithCommand(text, html, doc);
}

function copyWithCommand(text: string, html: string | undefined, doc: Document): boolean {
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html) event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  doc.body.append(area);
  area.select();
  doc.addEventListener('copy', onCopy);
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    area.remove();
    active?.focus();
  }
  return ok;
}
