import { loadAnalyzer } from '@/utils/analysis/lazy';
import { createAnalysisFrame } from '@/utils/compose/analysis-frame';
import { boot, fetchData, fetchText } from '@/utils/compose/boot';
import { outlookAdapter } from '@/utils/compose/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.klarsvar = 'outlook';
    // Only the user's enabled languages are fetched (plus the small identification lexicon of all six).
    boot(outlookAdapter, (languages) => loadAnalyzer(fetchData, { languages, fetchText }), {
      ctx,
      offThread: createAnalysisFrame,
    });
  },
});
