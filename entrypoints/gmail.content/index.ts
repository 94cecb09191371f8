import { loadAnalyzer } from '@/utils/analysis/lazy';
import { createAnalysisFrame } from '@/utils/compose/analysis-frame';
import { boot, fetchData, fetchText } from '@/utils/compose/boot';
import { gmailAdapter } from '@/utils/compose/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.klarsvar = 'gmail';
    // Only the user's enabled languages are fetched (plus the small identification lexicon of all six).
    boot(gmailAdapter, (languages) => loadAnalyzer(fetchData, { languages, fetchText }), {
      ctx,
      offThread: createAnalysisFrame,
    });
  },
});
