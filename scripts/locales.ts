import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const UI_LANGUAGES = ['en', 'sv', 'da', 'nb'] as const;
const root = join(import.meta.dirname, '..', 'locales');

export type MessageFile = Record<string, { message: string; description?: string }>;

/** All message files of one UI language, merged; a key defined twice is an error. */
export function mergedMessages(lang: string): MessageFile {
  const merged: MessageFile = {};
  for (const name of readdirSync(join(root, lang))
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(root, lang, name), 'utf8')) as MessageFile;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`locales/${lang}/${name}: key "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * The _locales folders of the build. Chrome names Norwegian Bokmål `no`, Firefox `nb`:
 * the Bokmål strings are shipped under both names.
 */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  const dirs: [string, string][] = [...UI_LANGUAGES.map((l) => [l, l] as [string, string]), ['no', 'nb']];
  return dirs.map(([dir, lang]) => ({
    relativeDest: `_locales/${dir}/messages.json`,
    contents: `${JSON.stringify(mergedMessages(lang), null, 2)}\n`,
  }));
}
