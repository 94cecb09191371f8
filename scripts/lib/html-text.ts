/**
 * Visible text of an HTML document with a map back to the original offsets, so findings can be
 * reported at line:column of the original file. Block tags become line breaks; script/style and
 * comments are dropped; entities are decoded.
 */
const BLOCK =
  /^(?:p|div|br|li|ul|ol|tr|td|th|h[1-6]|section|article|header|footer|blockquote|pre|table|hr|title)$/i;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  szlig: 'ß',
  eacute: 'é',
  Eacute: 'É',
};

export interface MappedText {
  text: string;
  /** map[i] = offset in the original of text[i]; map[text.length] = original length */
  map: number[];
}

export function htmlToText(html: string): MappedText {
  let text = '';
  const map: number[] = [];
  const n = html.length;
  let i = 0;
  const emit = (s: string, at: number) => {
    for (const ch of s) {
      for (let k = 0; k < ch.length; k++) map.push(at);
      text += ch;
    }
  };
  while (i < n) {
    const c = html[i] as string;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const e = html.indexOf('>', i + 1);
      if (e < 0) {
        emit(c, i);
        i++;
        continue;
      }
      const tag = html.slice(i + 1, e);
      const name = (/^\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1] ?? '').toLowerCase();
      if ((name === 'script' || name === 'style') && !tag.startsWith('/')) {
        const close = html.toLowerCase().indexOf(`</${name}`, e);
        const end = close < 0 ? n : html.indexOf('>', close);
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (BLOCK.test(name)) emit('\n', i);
      i = e + 1;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
      if (m) {
        const body = m[1] as string;
        let out: string | undefined;
        if (body.startsWith('#x') || body.startsWith('#X'))
          out = safeCode(Number.parseInt(body.slice(2), 16));
        else if (body.startsWith('#')) out = safeCode(Number.parseInt(body.slice(1), 10));
        else out = NAMED[body];
        if (out !== undefined) {
          emit(out, i);
          i += m[0].length;
          continue;
        }
      }
    }
    map.push(i);
    text += c;
    i++;
  }
  map.push(n);
  return { text, map };
}

function safeCode(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
  try {
    return String.fromCodePoint(code);
  } catch {
    return undefined;
  }
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineCol(source: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: offset - last };
}
