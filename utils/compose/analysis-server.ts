/**
 * The analysis frame's side of the channel (entrypoints/analysis/main.ts): keeps each draft's
 * paragraphs, reassembles the whole own text from the splices it receives and analyses that (the
 * verdict and the profile match depend on the whole draft, so a changed paragraph is never analysed
 * alone), with the team data and languages the content script uses in the page.
 */
import type { Language } from '@/utils/schema';
import { FrameDraft, type FromFrame, parseToFrame, type ToFrame } from './analysis-protocol';
import { contextFromReply } from './context';
import { type AnalyzeDraft, makeDetector } from './detector';
import type { Detector } from './types';

/** Performance entry per analysis in the frame (tests/bench/compose-bench.ts reads them). */
export const FRAME_MEASURE = 'klarsvar:frame-analysis';

/** Drafts kept per tab (Gmail keeps a few composes open at most). */
const MAX_DRAFTS = 16;

const LANGUAGES: readonly string[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];

/** Answers on `port` (given by the content script) and listens on a channel of its own. */
export function serveAnalysis(
  port: MessagePort,
  load: (languages: readonly Language[]) => Promise<AnalyzeDraft | null>,
): void {
  const channel = new MessageChannel();
  const inbox = channel.port1;
  const send = (message: FromFrame) => port.postMessage(message);
  const drafts = new Map<number, FrameDraft>();
  const analyzers = new Map<string, Promise<AnalyzeDraft | null>>();
  let rev = -1;
  let detector: Detector | null = null;
  let measured = 0;

  const handle = async (message: ToFrame): Promise<void> => {
    if (message.type === 'context') {
      const wrapped = message.context as { context?: unknown; languages?: unknown } | null;
      const context = contextFromReply({ ok: true, data: wrapped?.context });
      const languages = (Array.isArray(wrapped?.languages) ? wrapped.languages : []).filter(
        (l): l is Language => LANGUAGES.includes(l as string),
      );
      let analyzer: AnalyzeDraft | null = null;
      if (context && languages.length) {
        const key = languages.join(' ');
        let loading = analyzers.get(key);
        if (!loading) {
          // Compiled now (the engine builds at its first analysis), not at the first typing pause.
          loading = load(languages)
            .then((analyze) => {
              analyze?.('Hi,\nthank you.');
              return analyze;
            })
            .catch(() => null);
          analyzers.set(key, loading);
        }
        analyzer = await loading;
      }
      rev = message.rev;
      // No data yet (the page has not loaded its own either): drafts are kept, nothing is answered,
      // and the content script analyses in the page meanwhile.
      detector = context && analyzer ? makeDetector(context, analyzer) : null;
      if (detector) send({ type: 'loaded', rev });
    } else {
      let draft = drafts.get(message.doc);
      if (draft) drafts.delete(message.doc);
      else draft = new FrameDraft();
      // Most recently used last; a tab's closed composes are forgotten beyond MAX_DRAFTS (one
      // still open goes unanswered once and is then sent whole).
      drafts.set(message.doc, draft);
      for (const doc of drafts.keys()) if (drafts.size > MAX_DRAFTS) drafts.delete(doc);
      const text = draft.apply(message);
      // null: not built on what this frame holds; no answer (the content script sends it whole again).
      if (text !== null && detector && message.rev === rev) {
        const start = performance.now();
        const analysis = detector.analyze(text, message.subject, draft.quoted);
        const took = performance.now() - start;
        // The bench reads these in the frame (analysis time off the page's thread); bounded.
        if (++measured % 1000 === 0) performance.clearMeasures(FRAME_MEASURE);
        performance.measure(FRAME_MEASURE, { start, duration: took });
        send({ type: 'result', doc: message.doc, seq: message.seq, rev, analysis });
      }
    }
  };

  // One message at a time, in order: an update waits for the context sent before it.
  let queue = Promise.resolve();
  inbox.onmessage = (event) => {
    const message = parseToFrame(event.data);
    if (message) queue = queue.then(() => handle(message)).catch(() => undefined);
  };
  port.postMessage({ type: 'ready' } satisfies FromFrame, [channel.port2]);
}
