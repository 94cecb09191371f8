/**
 * The readable body of a raw RFC 822 message (for the ordinary-mail false-alarm evaluation): headers
 * off, MIME multiparts walked, quoted-printable / base64 decoded with the part's charset, and the
 * text/plain part preferred over its text/html alternative (HTML is reduced to its visible text).
 * Attachments and non-text parts are left out. Never throws: a malformed part reads as its raw text.
 */
import { htmlToText } from './html-text';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Split a message (or a MIME part) into unfolded headers and the raw body. */
function splitPart(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const c = line.indexOf(':');
    if (c <= 0) continue;
    last = line.slice(0, c).trim().toLowerCase();
    headers.set(last, line.slice(c + 1).trim());
  }
  return { headers, body };
}

/** A parameter of a structured header value (`boundary`, `charset`). */
function param(value: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

function bytesToString(bytes: Uint8Array, charset: string): string {
  const cs = charset.toLowerCase().replace(/^(?:x-|cp)/, (p) => (p === 'cp' ? 'windows-' : ''));
  try {
    return new TextDecoder(cs || 'utf-8', { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Raw body text (8-bit bytes as code units 0–255) to bytes. */
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export function decodeQuotedPrintable(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  return Uint8Array.from(Buffer.from(clean, 'base64'));
}

function decodeBody(part: Part): string {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const charset = param(type, 'charset') ?? 'utf-8';
  const enc = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  let bytes: Uint8Array;
  if (enc === 'quoted-printable') bytes = decodeQuotedPrintable(part.body);
  else if (enc === 'base64') bytes = decodeBase64(part.body);
  else bytes = latin1Bytes(part.body);
  return bytesToString(bytes, charset).replace(/\r\n?/g, '\n');
}

/** Text of one part, or '' for attachments and parts that are not text. */
function partText(part: Part, depth: number): string {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
  if (disposition.startsWith('attachment')) return '';
  if (type.startsWith('multipart/')) {
    const boundary = param(part.headers.get('content-type') ?? '', 'boundary');
    if (!boundary || depth > 8) return part.body;
    const children = splitMultipart(part.body, boundary).map(splitPart);
    if (type.startsWith('multipart/alternative')) {
      const plain = children.find((c) =>
        (c.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'),
      );
      const pick = plain ?? children[children.length - 1];
      return pick ? partText(pick, depth + 1) : '';
    }
    return children
      .map((c) => partText(c, depth + 1))
      .filter((t) => t.trim())
      .join('\n\n');
  }
  if (type.startsWith('message/rfc822')) return partText(splitPart(part.body), depth + 1);
  if (!type.startsWith('text/')) return '';
  const text = decodeBody(part);
  return type.startsWith('text/html') ? htmlToText(text).text : text;
}

function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let cur: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith(`--${boundary}`)) {
      if (cur) parts.push(cur.join('\n'));
      if (line.startsWith(`--${boundary}--`)) {
        cur = null;
        break;
      }
      cur = [];
      continue;
    }
    if (cur) cur.push(line);
  }
  if (cur) parts.push(cur.join('\n'));
  return parts;
}

/** The Subject header (decoded only when plain), for reports. */
export function mailSubject(raw: string): string {
  return splitPart(raw).headers.get('subject') ?? '';
}

/** The readable body of a raw message: what its author typed, plus any quoted history and signature. */
export function mailBody(raw: string): string {
  try {
    const text = partText(splitPart(raw), 0);
    return text.replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    return raw;
  }
}
