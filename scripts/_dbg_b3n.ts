import { analyzeDraft } from '@/utils/analysis';
const text = process.argv[2].replace(/\\n/g, '\n');
const a: any = analyzeDraft(text, {} as any);
console.log(a.verdict, a.score, JSON.stringify(a.checklist));
