import { registerMessageHandlers } from '@/utils/messaging/handlers';

export default defineBackground(() => {
  // Content scripts ask for settings, rules and profiles here (they cannot open the extension's DB).
  // See utils/messaging/protocol.ts for the messages and utils/messaging/client.ts for `sendMessage`.
  registerMessageHandlers();
  // Later issues add sync scheduling and managed-policy reading.
  browser.runtime.onInstalled.addListener(() => undefined);
});
