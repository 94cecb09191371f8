/**
 * The keyboard command `open-builder` (manifest `commands`, Alt+Shift+K by default, changeable in
 * the browser's shortcut settings). Runs in the background: asks the active tab's content script
 * to open the builder for the focused or last-focused compose.
 */
import type { OpenBuilderMessage } from '@/utils/compose/sidebar-protocol';

export const OPEN_BUILDER_COMMAND = 'open-builder';

/** The slice of the extension API used here (structural, so tests can pass `fakeBrowser`). */
interface Api {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
interface CommandsApi extends Api {
  commands?: { onCommand: { addListener(callback: (command: string) => void): void } };
}

/** Sends the request to the active tab; resolves false when there is no tab or no content script there. */
export async function openBuilderInActiveTab(api: Api): Promise<boolean> {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return false;
  const message: OpenBuilderMessage = { channel: 'klarsvar', type: 'open-builder' };
  try {
    await api.tabs.sendMessage(tab.id, message);
    return true;
  } catch {
    return false; // not a webmail tab (no content script listening)
  }
}

export function registerOpenBuilderCommand(api: CommandsApi): void {
  api.commands?.onCommand.addListener((command: string) => {
    if (command === OPEN_BUILDER_COMMAND) void openBuilderInActiveTab(api);
  });
}
