import { PLACEHOLDERS } from '@/utils/feedback/types';

/** PURE: a phrase text split into literal text and `{placeholder}` parts, each known or not. */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; known: boolean; raw: string };

const PLACEHOLDER = /\{([^{}\s]{0,40})\}/g;

export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const name = match[1] ?? '';
    parts.push({
      kind: 'placeholder',
      name,
      known: (PLACEHOLDERS as readonly string[]).includes(name),
      raw: match[0],
    });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The distinct unknown placeholders of a text, as written (`{kandidat}`). */
export function unknownPlaceholders(text: string): string[] {
  const unknown = splitPlaceholders(text).flatMap((p) =>
    p.kind === 'placeholder' && !p.known ? [p.raw] : [],
  );
  return [...new Set(unknown)];
}
