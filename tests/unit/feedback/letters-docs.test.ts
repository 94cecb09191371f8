/**
 * docs/letters/<lang>.md shows a native reviewer what Klarsvar writes. Below the generated marker the
 * committed files must equal a fresh `npm run letters` (regenerate them whenever a phrasebook or a
 * built-in profile changes); above it, each file carries its review verdict and fixes.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/schema';
import { committedLetters, GENERATED_MARKER, generatedLetters, lettersPath } from '../../../scripts/letters';

describe('docs/letters', () => {
  for (const language of LANGUAGES) {
    it(`${language}.md is current with the phrasebooks (run \`npm run letters\`)`, () => {
      expect(committedLetters(language)).toBe(generatedLetters(language));
    });

    it(`${language}.md records a native review above the generated letters`, () => {
      const text = readFileSync(lettersPath(language), 'utf8');
      const review = text.slice(0, text.indexOf(GENERATED_MARKER));
      expect(review).toMatch(/## Native review/);
      expect(review).toMatch(/\*\*Verdict:\*\*/);
      expect(review).toMatch(/\*\*Fixed\*\*/);
      expect(review).not.toMatch(/Not reviewed yet/);
    });
  }
});
