/**
 * The analysis frame: a hidden extension page the content script embeds once per tab
 * (utils/compose/analysis-frame.ts), so that analysis runs on the extension's thread, not the
 * webmail's. It holds the analyzer (the same language data files as the content script's
 * `loadAnalyzer`), the team data the content script hands it, and each draft's paragraphs.
 */
import { loadAnalyzer } from '@/utils/analysis/lazy';
import { CONNECT } from '@/utils/compose/analysis-protocol';
import { serveAnalysis } from '@/utils/compose/analysis-server';
import type { Language } from '@/utils/schema';

// The secret the content script put in our URL (the page cannot read it): only its connect counts.
const secret = location.hash.slice(1);

const fetchText = async (path: string): Promise<string> => {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};
const fetchJson = async (path: string): Promise<unknown> => JSON.parse(await fetchText(path));

let bound = false;
window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port) return;
  const data = event.data as { type?: unknown; secret?: unknown } | null;
  const ours =
    !bound &&
    secret.length >= 32 &&
    event.source === window.parent &&
    data?.type === CONNECT &&
    data.secret === secret;
  if (!ours) {
    port.close();
    return;
  }
  bound = true;
  serveAnalysis(port, (languages: readonly Language[]) => loadAnalyzer(fetchJson, { languages, fetchText }));
});
