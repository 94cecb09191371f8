/**
 * The background's end of the content scripts' lifecycle port (utils/compose/lifecycle.ts): it is
 * only held open, so that when the extension is reloaded, updated or removed the port's disconnect
 * tells the old content scripts at once that their context is gone.
 */
import { LIFECYCLE_PORT } from '@/utils/compose/lifecycle';

interface RuntimeLike {
  onConnect: { addListener(cb: (port: { name: string }) => void): void };
}

export function acceptLifecyclePorts(runtime: RuntimeLike): void {
  runtime.onConnect.addListener((port) => {
    if (port.name !== LIFECYCLE_PORT) return;
    // Nothing to say: holding the port open is the whole point.
  });
}
