/**
 * Dependency-free checks for the sidebar messages, for the content script (its size budget has no
 * room for a schema library). `sidebar-protocol.ts` holds the zod schemas these agree with; a unit
 * test keeps the two in step.
 */
import type { FromSidebar } from './sidebar-protocol';

export const CONNECT_TYPE = 'klarsvar:connect';
const MAX = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message if it is a valid sidebar → content message, else null. */
export function parseFromSidebar(data: unknown): FromSidebar | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'ready-for-focus':
      return { type: 'ready-for-focus' };
    case 'close':
      return { type: 'close' };
    case 'insert':
      if (typeof data.html !== 'string' || typeof data.text !== 'string') return null;
      if (data.html.length > MAX || data.text.length > MAX) return null;
      return { type: 'insert', html: data.html, text: data.text };
    default:
      return null;
  }
}

/** `{ channel: 'klarsvar', type: 'open-builder' }` from the background (the keyboard command). */
export function isOpenBuilderMessage(message: unknown): boolean {
  return isRecord(message) && message.channel === 'klarsvar' && message.type === 'open-builder';
}
