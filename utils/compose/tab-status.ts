/**
 * The toolbar popup asks the active tab's content script how Klarsvar is doing there, with a
 * runtime message `{ channel: 'klarsvar', type: 'tab-status' }`. Dependency-free (content-script
 * size budget); the popup reads the answer with the same types.
 */
export const TAB_STATUS_TYPE = 'tab-status';

export interface TabStatus {
  /** The adapter's site: 'gmail' | 'outlook' (or 'practice'). */
  site: string;
  /** Whether the assistant runs (false: paused for this site). */
  running: boolean;
  /** Compose editors it is looking after right now. */
  composes: number;
}

/** The content script's answer to the open-builder message. */
export interface OpenBuilderReply {
  opened: boolean;
}

export function isTabStatusRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Record<string, unknown>).channel === 'klarsvar' &&
    (message as Record<string, unknown>).type === TAB_STATUS_TYPE
  );
}

/**
 * Whether the assistant may run on `site` with these settings. Sites without a setting of their
 * own (the built-in practice draft) always run.
 */
export function siteEnabled(sites: Record<string, boolean | undefined>, site: string): boolean {
  return sites[site] !== false;
}
