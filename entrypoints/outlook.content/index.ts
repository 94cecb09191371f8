import { loadAnalyzer } from '@/utils/analysis/lazy';
import { boot, fetchData } from '@/utils/compose/boot';
import { outlookAdapter } from '@/utils/compose/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.klarsvar = 'outlook';
    boot(outlookAdapter, () => loadAnalyzer(fetchData), { ctx });
  },
});
