import { loadAnalyzer } from '@/utils/analysis/lazy';
import { boot, fetchData } from '@/utils/compose/boot';
import { outlookAdapter } from '@/utils/compose/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.klarsvar = 'outlook';
    // Only the user's enabled languages are fetched (plus the small identification lexicon of all six).
    // Analysis stays on the page's thread here: the frame client does not fit Outlook's script in
    // its 40 KB gzip budget yet (see README, "In the webmail").
    boot(outlookAdapter, (languages) => loadAnalyzer(fetchData, { languages }), { ctx });
  },
});
