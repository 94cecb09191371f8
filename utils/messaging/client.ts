import { describeIssues } from '@/utils/schema';
import {
  type Envelope,
  MESSAGE_CHANNEL,
  MESSAGES,
  type MessageType,
  Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

type Send = (message: unknown) => Promise<unknown>;

/**
 * Asks the background and returns its validated answer; throws `MessagingError` if the background
 * refused, failed, or answered something that does not fit the schema.
 *
 * ```ts
 * const { settings, rules, profiles } = await sendMessage('detection-context');
 * await sendMessage('open-options', { view: 'profiles' });
 * ```
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  ...[payload, send]: Partial<RequestOf<T>> extends RequestOf<T>
    ? [payload?: RequestOf<T>, send?: Send]
    : [payload: RequestOf<T>, send?: Send]
): Promise<ResponseOf<T>> {
  const envelope: Envelope = { channel: MESSAGE_CHANNEL, type, payload: payload ?? {} };
  const transport: Send = send ?? ((message) => browser.runtime.sendMessage(message));
  let raw: unknown;
  try {
    raw = await transport(envelope);
  } catch (error) {
    throw new MessagingError(`${type}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessagingError(`${type}: the background gave no valid answer`);
  if (!reply.data.ok) throw new MessagingError(`${type}: ${reply.data.error}`);
  const data = MESSAGES[type].response.safeParse(reply.data.data);
  if (!data.success) {
    const first = describeIssues(data.error, 1)[0];
    throw new MessagingError(`${type}: unexpected answer (${first?.path}: ${first?.message})`);
  }
  return data.data as ResponseOf<T>;
}
