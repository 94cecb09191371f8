import { registerOpenBuilderCommand } from '@/components/sidebar/command';
import { registerFirstRun } from '@/utils/first-run';
import { acceptLifecyclePorts } from '@/utils/lifecycle-port';
import { registerMessageHandlers } from '@/utils/messaging/handlers';
import { registerSyncHandlers } from '@/utils/sync/background';

export default defineBackground(() => {
  // Content scripts ask for settings, rules and profiles here (they cannot open the extension's DB).
  // See utils/messaging/protocol.ts for the messages and utils/messaging/client.ts for `sendMessage`.
  registerMessageHandlers();
  // Team sync: alarms per subscription (resumed at every start), 'Sync now' from the options page,
  // subscriptions pushed by enterprise policy (storage.managed).
  registerSyncHandlers();
  // Keyboard command: open the feedback builder for the focused compose in the active tab.
  registerOpenBuilderCommand(browser);
  // Content scripts hold a port here; its disconnect tells them the extension was updated or removed.
  acceptLifecyclePorts(browser.runtime);
  // A fresh install opens the first-run page (what Klarsvar does, languages, pin the button, try it).
  registerFirstRun(browser);
});
