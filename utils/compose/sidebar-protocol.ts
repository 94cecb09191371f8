/**
 * Messages between the content script and the sidebar iframe (an extension page). PURE: no DOM,
 * no `browser`; imported by both sides. zod/mini keeps the content script small.
 *
 * Handshake: before opening the sidebar the content script asks the background for a nonce
 * (`sidebar-open`; the background keys it by `sender.tab.id`). When the iframe has loaded, it creates
 * a MessageChannel and posts `{ type: 'klarsvar:connect', nonce }` to the iframe's window with the
 * extension's real origin as target (so a frame the page navigated elsewhere never sees the nonce),
 * transferring `port2`. The sidebar checks `event.origin`/`event.source === parent`, then asks the
 * background to accept the nonce (`sidebar-claim`: once, from an extension page in the same tab)
 * and takes the port of the first accepted connect only. A page script can post a connect too, but
 * without the nonce it is refused.
 *   sidebar → content, over that port: `ready`, `ready-for-focus`, `insert`, `close`.
 *   The sidebar answers the connect with `ready`, transferring the port2 of a MessageChannel it
 *   created itself: `connectPort.postMessage({ type: 'ready' }, [own.port2])`. The content script
 *   sends over that port: Chromium 156 does not deliver messages posted on a port created in a
 *   content script's isolated world to the extension frame (seen in the e2e tests).
 *   content → sidebar: `context` (after `ready`, and whenever the draft's analysis changes),
 *   `insert-result` (answer to `insert`), `focus` (answer to `ready-for-focus`, see below).
 *
 * Focus: the builder never takes focus on its own inside a webmail page. When its first control is
 * ready it posts `ready-for-focus` (once); the content script, which sees the page's focus, decides
 * (sidebar-focus.ts): only when the user has not moved on since opening — focus still on the
 * Klarsvar control that opened it, on the frame, or on nothing — it focuses the frame and answers
 * `focus`, and the sidebar focuses its first control. Otherwise there is no answer and the user's
 * draft keeps focus and every keystroke.
 */
import * as z from 'zod/mini';

import { CONNECT_TYPE } from './sidebar-guard';

export { CONNECT_TYPE };

export const ConnectMessage = z.object({
  type: z.literal(CONNECT_TYPE),
  nonce: z.string().check(z.minLength(16), z.maxLength(200)),
});
export type ConnectMessage = z.infer<typeof ConnectMessage>;

export const FlagKindSchema = z.enum(['generic', 'vague', 'risky']);

export const FlagSchema = z.object({
  kind: FlagKindSchema,
  rule: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  message: z.string(),
  why: z.string(),
  fix: z.string(),
});

export const AnalysisSchema = z.object({
  lang: z.string(),
  verdict: z.enum(['not-rejection', 'generic-rejection', 'specific-rejection']),
  score: z.number(),
  checklist: z.object({
    thanks: z.boolean(),
    decision: z.boolean(),
    reason: z.boolean(),
    comparison: z.boolean(),
    tip: z.boolean(),
    nextStep: z.boolean(),
  }),
  flags: z.array(FlagSchema),
});

/** The draft as the sidebar needs it. `ownText` excludes signature and quoted history. */
export const ComposeContext = z.object({
  site: z.enum(['gmail', 'outlook', 'practice']),
  /** The draft's language as detected by the analyzer ('unknown' when unsure). */
  lang: z.string(),
  subject: z.string(),
  /** Display name of the first To recipient, '' if none. */
  recipientName: z.string(),
  /** The name in the draft's greeting ("Hi Sam," → "Sam"), '' if none. */
  greetingName: z.string(),
  /** Optional: the sender's name from the draft's signature (its first line), for `{sender}`. */
  senderName: z.optional(z.string()),
  /**
   * Optional: true when the draft has a signature block below the user's own text (Gmail's
   * `.gmail_signature`, Outlook's `#Signature` / mobile signature — the block `signatureName` reads),
   * even when its first line gives no name. The sidebar then leaves out its own sign-off by default.
   */
  hasSignature: z.optional(z.boolean()),
  ownText: z.string(),
  /** null while the draft is empty. */
  analysis: z.nullable(AnalysisSchema),
});
export type ComposeContext = z.infer<typeof ComposeContext>;

export const ContextMessage = z.object({ type: z.literal('context'), context: ComposeContext });
export const InsertResultMessage = z.object({
  type: z.literal('insert-result'),
  ok: z.boolean(),
  error: z.optional(z.string()),
});
/** The content script focused the frame: the sidebar may focus its first control. */
export const FocusMessage = z.object({ type: z.literal('focus') });
export const ToSidebar = z.discriminatedUnion('type', [ContextMessage, InsertResultMessage, FocusMessage]);
export type ToSidebar = z.infer<typeof ToSidebar>;

export const ReadyMessage = z.object({ type: z.literal('ready') });
/** The builder's first control is ready; the content script decides whether it gets focus. */
export const ReadyForFocusMessage = z.object({ type: z.literal('ready-for-focus') });
/** Replace the flagged generic sentence(s), or insert at the caret when nothing is flagged. */
export const InsertMessage = z.object({
  type: z.literal('insert'),
  html: z.string().check(z.maxLength(100_000)),
  text: z.string().check(z.maxLength(100_000)),
});
export const CloseMessage = z.object({ type: z.literal('close') });
export const FromSidebar = z.discriminatedUnion('type', [
  ReadyMessage,
  ReadyForFocusMessage,
  InsertMessage,
  CloseMessage,
]);
export type FromSidebar = z.infer<typeof FromSidebar>;

/**
 * background → content script (runtime message, not the port): the keyboard command
 * `open-builder` asks the active tab to open the builder for the focused or last-focused compose.
 */
export const OpenBuilderMessage = z.object({
  channel: z.literal('klarsvar'),
  type: z.literal('open-builder'),
});
export type OpenBuilderMessage = z.infer<typeof OpenBuilderMessage>;
