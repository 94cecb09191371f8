import type { Language } from '@/utils/schema';
import type { LangTexts } from '../langdata';
import da from './da';
import de from './de';
import en from './en';
import fi from './fi';
import nb from './nb';
import sv from './sv';

/**
 * The flag texts of all six languages, for Node, the CLI and the tests. The content scripts do not
 * import this: the build puts each language's texts into its `analysis/<lang>.json` (lazy.ts), so
 * the content-script bundle carries none of them (issue 5 size budget).
 */
export const TEXTS: Record<Language, LangTexts> = { sv, da, nb, en, de, fi };
