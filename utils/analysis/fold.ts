/**
 * Folding: lowercase, strip diacritics (æ→ae, ø→o, å→a, ß→ss, ä→a …), unify apostrophes and
 * dashes, collapse whitespace (a run with a line break becomes "\n", any other run " ").
 * `start[i]`/`end[i]` map folded char i back to the UTF-16 range of the original it came from.
 */
export interface Folded {
  s: string;
  start: Int32Array;
  end: Int32Array;
}

const cache = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  œ: 'oe',
  Œ: 'oe',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

function foldChar(code: number): string {
  let r = cache.get(code);
  if (r !== undefined) return r;
  const ch = String.fromCharCode(code);
  const sp = SPECIAL[ch];
  if (sp !== undefined) r = sp;
  else if (code >= 0xd800 && code <= 0xdfff) r = ch;
  else {
    const n = ch
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    r = n.length > 0 ? n : ch;
  }
  cache.set(code, r);
  return r;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function fold(text: string): Folded {
  const n = text.length;
  const cap = n * 2 + 1;
  const out = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      const s = i;
      let nl = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isSpace(d)) break;
        if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) nl = true;
        i++;
      }
      out[k] = nl ? 10 : 32;
      start[k] = s;
      end[k] = i;
      k++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      out[k] = c + 32;
      start[k] = i;
      end[k] = i + 1;
      k++;
    } else if (c < 128) {
      out[k] = c;
      start[k] = i;
      end[k] = i + 1;
      k++;
    } else {
      const f = foldChar(c);
      for (let j = 0; j < f.length; j++) {
        if (k >= cap) break;
        out[k] = f.charCodeAt(j);
        start[k] = i;
        end[k] = i + 1;
        k++;
      }
    }
    i++;
  }
  let s = '';
  for (let p = 0; p < k; p += 4096) {
    s += String.fromCharCode.apply(null, out.subarray(p, Math.min(k, p + 4096)) as unknown as number[]);
  }
  start = start.subarray(0, k);
  end = end.subarray(0, k);
  return { s, start, end };
}

/** Fold a short pattern word (no index map). */
export function foldPlain(text: string): string {
  return fold(text).s;
}
