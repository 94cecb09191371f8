/**
 * The smaller stages, each on its own: language identification, quotes, the flag helpers, criteria
 * stems and the word table (the verdict stages have verdict.test.ts). (Tokenise, segment, word forms and the matcher have
 * their own files; behaviour.test.ts pins the whole analyzer.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldString } from '@/utils/analysis/chars';
import { criterionStems } from '@/utils/analysis/criteria';
import { detectDraft } from '@/utils/analysis/detect';
import { mergeGeneric, type Span, trimSpan, withoutAllowed } from '@/utils/analysis/flags';
import da from '@/utils/analysis/lang/da';
import de from '@/utils/analysis/lang/de';
import en from '@/utils/analysis/lang/en';
import fi from '@/utils/analysis/lang/fi';
import nb from '@/utils/analysis/lang/nb';
import sv from '@/utils/analysis/lang/sv';
import { buildLexicon, identify, orthography, sentenceScores } from '@/utils/analysis/language';
import { quotedRanges } from '@/utils/analysis/quotes';
import { segment } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';
import { WordTable } from '@/utils/analysis/word-table';
import type { Language } from '@/utils/schema';

const ALL: Language[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];
const lexicon = buildLexicon({ sv, da, nb, en, de, fi });

function languages(text: string, allowed: Language[] = ALL) {
  const t = tokenise(text);
  const seg = segment(t);
  const lex = Array.from({ length: t.n }, (_, j) => {
    const raw = text.slice(t.start[j], t.end[j]);
    return lexicon.get(raw === 'å' || raw === 'Å' ? 'å' : foldString(raw));
  });
  const ortho = Array.from({ length: t.n }, (_, j) => orthography(text.slice(t.start[j], t.end[j])));
  return identify(sentenceScores(t, seg, lex, ortho), new Set(allowed));
}

describe('language: sentences vote, the Scandinavian languages come as a group', () => {
  it('the draft’s language and the languages whose patterns run', () => {
    expect(languages('Hej! Tyvärr går vi inte vidare med din ansökan.')).toEqual({
      doc: 'sv',
      active: new Set(['sv', 'da', 'nb']),
    });
    const mixed = languages(
      'Hej Thomas\n\nTak for en god samtale i går. Vi har besluttet at gå videre med en anden kandidat. We wish you the best of luck in your job search.\n\nMvh Sofie',
    );
    expect(mixed.doc).toBe('da');
    expect(mixed.active).toEqual(new Set(['da', 'sv', 'nb', 'en']));
  });

  it('a language that is not allowed is recognised but runs nothing; no words, no language', () => {
    expect(languages('Leider haben wir uns für eine andere Kandidatin entschieden.', ['sv', 'en'])).toEqual({
      doc: 'de',
      active: new Set(),
    });
    expect(languages('12345 !!! ???').doc).toBeNull();
  });

  it('letters vote too (æ ø å ä ö ü ß)', () => {
    expect(orthography('søknaden')?.[2]).toBeGreaterThan(0);
    expect(orthography('hello')).toBeUndefined();
  });
});

describe('quotes', () => {
  it('double quotes within a line, single quotes around at least six characters', () => {
    const text =
      'Skicka "vi har valt en annan" och \'vi har valt en annan\' men inte \'ok\' eller "öppen\nrad"';
    const got = quotedRanges(tokenise(text)).map(([a, b]) => text.slice(a, b));
    expect(got).toEqual(['"vi har valt en annan', " 'vi har valt en annan'"]);
  });

  it('an apostrophe inside a word does not close a single quote', () => {
    const text = "Send her the usual 'unfortunately we won't be moving forward' email, it's fine.";
    const got = quotedRanges(tokenise(text)).map(([a, b]) => text.slice(a, b));
    expect(got).toEqual([" 'unfortunately we won't be moving forward'"]);
  });

  it('lines quoted with ">" are quoted, to the end of the line', () => {
    const text = 'Is this OK?\n\n> Dear Jo,\n  > we went with another applicant.\nThanks';
    const got = quotedRanges(tokenise(text)).map(([a, b]) => text.slice(a, b));
    expect(got).toEqual(['> Dear Jo,', '> we went with another applicant.']);
  });
});

const span = (s: number, e: number, cat: Span['cat'] = 'stock', sent = 0): Span => ({
  kind: 'generic',
  cat,
  lang: 'en',
  id: cat,
  s,
  e,
  sent,
});

describe('flag helpers', () => {
  it('trimSpan drops separators, quotes and sentence punctuation at both ends (not /)', () => {
    const text = ' "– hello/ world." ';
    const [a, b] = trimSpan(text, 0, text.length);
    expect(text.slice(a, b)).toBe('hello/ world');
  });

  it('generic spans of one sentence merge when they touch or only "and"/"but" joins them', () => {
    const text = 'we went with others, and we wish you luck but we also said no';
    const merged = mergeGeneric([span(0, 19), span(25, 41, 'decision'), span(46, 62, 'closer', 1)], text);
    expect(merged.map((m) => [text.slice(m.s, m.e), m.cat])).toEqual([
      ['we went with others, and we wish you luck', 'decision'],
      ['we also said no', 'closer'],
    ]);
  });

  it('an allow range removes every built-in span it overlaps', () => {
    const spans = [span(0, 10), span(20, 30), span(40, 50)];
    expect(withoutAllowed(spans, [[25, 45]]).map((s) => s.s)).toEqual([0]);
    expect(withoutAllowed(spans, [])).toBe(spans);
  });
});

describe('criteria stems', () => {
  it('stop words, numbers and job-title words are left out; long words lose two letters', () => {
    expect(
      criterionStems(
        [
          { label: 'At least 3 years of Kubernetes experience' },
          { label: 'Backend development' },
          { label: 'C++' },
        ],
        'Backend Developer',
      ),
    ).toEqual([['kubernet'], [], ['c++']]);
  });
});

describe('word table', () => {
  it('finds words straight from the text and keeps at most two generations', () => {
    const table = new WordTable<string>(2, 1);
    const text = 'alfa beta gamma alfa';
    const t = tokenise(text);
    const at = (j: number) => [text, t.start[j] as number, t.end[j] as number, t.hash[j] as number] as const;
    const add = (j: number, x: number) => {
      const r = table.add(...at(j), text.slice(t.start[j], t.end[j]));
      table.data[r] = x;
    };
    expect(table.find(...at(0))).toBe(-1);
    add(0, 1);
    add(1, 2);
    const alfa = table.find(...at(3));
    expect(table.data[alfa]).toBe(1);
    expect(table.value(alfa)).toBe('alfa');
    add(2, 3);
    expect(table.size).toBeLessThanOrEqual(4);
    const gamma = table.find(...at(2));
    expect(table.data[gamma]).toBe(3);
    expect(table.value(gamma)).toBe('gamma');
    // an odd and an even length, a prefix of a held word: not found
    expect(table.find('alf', 0, 3, tokenise('alf').hash[0] as number)).toBe(-1);
  });
});

describe('team rules after a relayed part was read', () => {
  it('match the draft’s own words, not those of the part read in between', () => {
    // a forward whose cover is read again with the history (relay.ts): the team rule's hits must lie on its words
    const row = readFileSync('tests/corpus/forward.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .find((r) => r.id === 'fw-sv-003');
    expect(row).toBeDefined();
    const text = (row as { text: string }).text;
    const rules = [{ id: 't1', kind: 'generic' as const, pattern: 'andra kandidater' }];
    const team = detectDraft(text, { rules }).flags.filter((f) => f.cat === 'team');
    expect(team.length).toBeGreaterThan(0);
    for (const f of team) expect(text.slice(f.start, f.end).toLowerCase()).toContain('kandidater');
  });
});
