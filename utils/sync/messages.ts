import { z } from 'zod';
import { Subscription } from '@/utils/schema/subscription';

/**
 * Messages from the options page to the background's sync service. A channel of its own, so the
 * listener answers only these and leaves every other message to the other listeners.
 */
export const SYNC_CHANNEL = 'klarsvar-sync';

export const SyncRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add'),
    url: z.string().max(2000),
    name: z.string().max(200).optional(),
    intervalMinutes: z.number().optional(),
  }),
  z.object({
    type: z.literal('update'),
    id: z.string().max(200),
    name: z.string().max(200).optional(),
    intervalMinutes: z.number().optional(),
    enabled: z.boolean().optional(),
  }),
  z.object({ type: z.literal('remove'), id: z.string().max(200) }),
  z.object({ type: z.literal('sync'), id: z.string().max(200) }),
]);
export type SyncRequest = z.infer<typeof SyncRequest>;

export const SyncReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), subscription: Subscription.optional() }),
  z.object({ ok: z.literal(false), problem: z.string(), message: z.string().optional() }),
]);
export type SyncReply = z.infer<typeof SyncReply>;

type Send = (message: unknown) => Promise<unknown>;

/** Asks the background; a missing or malformed answer becomes `{ ok: false, problem: 'no-answer' }`. */
export async function sendSyncRequest(request: SyncRequest, send: Send): Promise<SyncReply> {
  try {
    const raw = await send({ channel: SYNC_CHANNEL, ...request });
    const reply = SyncReply.safeParse(raw);
    return reply.success ? reply.data : { ok: false, problem: 'no-answer' };
  } catch (error) {
    return {
      ok: false,
      problem: 'no-answer',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
