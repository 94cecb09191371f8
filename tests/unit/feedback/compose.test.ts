import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASEBOOKS, builtinPhrasebook } from '@/utils/builtin/phrasebooks';
import {
  composeFeedback,
  cycleAlternative,
  type FeedbackDocument,
  LOCALES,
  renderMarkdown,
  renderPlainText,
} from '@/utils/feedback';
import { LANGUAGES } from '@/utils/schema';
import { backend, book, controller, input, underskoterska } from './profiles';

const sentences = (doc: FeedbackDocument) => doc.sections.flatMap((s) => s.sentences);
const slots = (doc: FeedbackDocument) => sentences(doc).map((s) => s.slot);
const firstWord = (text: string) =>
  text
    .trim()
    .split(/[\s,.:;!?]+/)[0]
    ?.toLowerCase();

describe('composeFeedback — structure', () => {
  it('reads in a natural order: greeting, thanks, decision, reasons, comparison, tip, next steps, closing', () => {
    const doc = composeFeedback(
      input({
        sections: {
          comparison: { hiredProfile: 'five years of running Go services in production' },
          tip: { text: 'show concrete examples of query tuning' },
          talentNetwork: { months: 6 },
          callOffer: { phone: '+46 70 123 45 67' },
          processFeedback: { url: 'https://example.com/survey' },
        },
      }),
    );
    expect(doc.sections.map((s) => s.kind)).toEqual([
      'greeting',
      'intro',
      'reasons',
      'comparison',
      'tip',
      'next-steps',
      'process-feedback',
      'closing',
      'sign-off',
    ]);
    // The partly met must-have (PostgreSQL) is the decision's own reason, so it is not repeated below.
    expect(sentences(doc).find((s) => s.slot === 'decision')?.criteria).toEqual(['pg']);
    expect(slots(doc)).toEqual([
      'opening',
      'thanks',
      'decision',
      // The decision's reason was only partly met: a short follow-up says so without repeating it.
      'criterion-partial',
      'criterion-met',
      'criterion-missing',
      'comparison',
      'tip',
      'talent-network',
      'call-offer',
      'process-feedback',
      // The warm closing line, then the sign-off (both from the closing phrase).
      'closing',
      'closing',
    ]);
    expect(doc.missing).toEqual([]);
  });

  it('puts what we valued before where it fell short', () => {
    const doc = composeFeedback(
      input({
        assessments: {
          go: { outcome: 'met' },
          pg: { outcome: 'missing' },
          oncall: { outcome: 'partial' },
          swedish: { outcome: 'missing' },
        },
      }),
    );
    const outcomes = sentences(doc)
      .filter((s) => s.outcome)
      .map((s) => s.outcome);
    expect(outcomes).toEqual(['met', 'partial', 'missing']);
  });

  it('lists criteria that share an outcome in one sentence, and gives noted criteria their own', () => {
    const doc = composeFeedback(
      input({
        assessments: {
          go: { outcome: 'missing', note: 'We needed five years; you have two' },
          pg: { outcome: 'met' },
          oncall: { outcome: 'missing' },
          swedish: { outcome: 'missing' },
        },
      }),
    );
    const missing = sentences(doc).filter((s) => s.slot === 'criterion-missing');
    expect(missing.map((s) => s.criteria)).toEqual([['oncall', 'swedish']]);
    // Both are merits: one sentence that words them as merits, not as requirements.
    expect(missing.map((s) => s.key)).toEqual(['criterion-missing-merit']);
    // The missing must-have (Go) is the decision's reason; its note follows the decision sentence.
    const decision = sentences(doc).find((s) => s.slot === 'decision');
    expect(decision?.criteria).toEqual(['go']);
    const text = renderPlainText(doc);
    expect(text).toContain('on-call experience and professional Swedish');
    expect(text).toMatch(/experience building services in Go\. We needed five years; you have two\./);
  });

  it('leaves criteria that were not assessed out of the message', () => {
    const doc = composeFeedback(
      input({ assessments: { go: { outcome: 'met' }, pg: { outcome: 'not-assessed', note: 'skip me' } } }),
    );
    const text = renderPlainText(doc);
    expect(text).not.toMatch(/PostgreSQL|skip me|on-call|Swedish/);
    expect(
      sentences(doc)
        .filter((s) => s.criteria)
        .flatMap((s) => s.criteria),
    ).toEqual(['go']);
  });

  it('leaves out greeting and sign-off when the draft already has them, and keeps the warm closing line', () => {
    const doc = composeFeedback(input({ greeting: false, signOff: false }));
    expect(slots(doc)).not.toContain('opening');
    expect(doc.sections.map((s) => s.kind)).not.toContain('sign-off');
    expect(renderPlainText(doc)).not.toContain('Lisa Holm');
    // The letter still ends warmly, never on its reasons.
    expect(doc.sections.at(-1)?.kind).toBe('closing');
    expect(renderPlainText(doc)).toMatch(/Good luck[^\n]*$/);
  });

  it('drops only the closing line when the draft has one of its own, and keeps the sign-off', () => {
    const doc = composeFeedback(input({ closing: false }));
    expect(doc.sections.map((s) => s.kind)).not.toContain('closing');
    expect(renderPlainText(doc)).toMatch(/\n\nKind regards,\nLisa Holm$/);
  });

  it('takes the sign-off from the same closing phrase as the closing line, and cycles them together', () => {
    for (const closing of [0, 1, 2]) {
      const doc = composeFeedback(input({ alternatives: { closing } }));
      const line = sentences(doc).find((s) => s.key === 'closing');
      const signOff = sentences(doc).find((s) => s.key === 'sign-off');
      expect(signOff?.phraseId).toBe(line?.phraseId);
      expect(signOff?.alternativeCount).toBe(1);
    }
  });

  it('picks stage-specific thanks and decision phrases', () => {
    for (const stage of ['application', 'interview', 'final'] as const) {
      const doc = composeFeedback(input({ stage }));
      const decision = sentences(doc).find((s) => s.slot === 'decision');
      expect(decision?.phraseId).toContain(`-decision-${stage}-`);
      expect(sentences(doc).find((s) => s.slot === 'thanks')?.phraseId).toContain(`-thanks-${stage}-`);
    }
  });
});

describe('composeFeedback — in every language', () => {
  const profiles = [backend, underskoterska, controller];
  const mixes = [
    { name: 'all met', outcome: () => 'met' as const },
    { name: 'all missing', outcome: () => 'missing' as const },
    {
      name: 'mixed',
      outcome: (i: number) => (['met', 'partial', 'missing', 'not-assessed'] as const)[i % 4] ?? 'met',
    },
  ];

  for (const language of LANGUAGES) {
    for (const profile of profiles) {
      for (const mix of mixes) {
        it(`${language}: ${profile.title}, ${mix.name}`, () => {
          const assessments = Object.fromEntries(
            profile.criteria.map((c, i) => [c.id, { outcome: mix.outcome(i) }]),
          );
          const doc = composeFeedback(
            input({
              profile,
              language,
              assessments,
              sections: { tip: {}, callOffer: {}, comparison: { hiredProfile: 'x' } },
            }),
          );
          const text = renderPlainText(doc);
          expect(doc.language).toBe(language);
          expect(doc.missing).toEqual([]);
          expect(text).not.toMatch(/\{[a-z]+\}/);
          expect(text).not.toMatch(/ {2}|\s[,.]|\.\.|\[/);
          // Every phrase comes from the language's own phrasebook.
          for (const s of sentences(doc)) {
            if (s.slot !== 'information-right')
              expect(s.phraseId.startsWith(`builtin-${language}-`)).toBe(true);
          }
          // Every assessed criterion's label appears (lower-cased or not).
          for (const [i, c] of profile.criteria.entries()) {
            if (mix.outcome(i) === 'not-assessed') continue;
            expect(text.toLowerCase()).toContain(c.label.toLowerCase());
          }
          // No two consecutive sentences start with the same word.
          const starts = sentences(doc).map((s) =>
            firstWord(s.parts.map((p) => ('text' in p ? p.text : '')).join('')),
          );
          for (let i = 1; i < starts.length; i++) expect(starts[i], `sentence ${i}`).not.toBe(starts[i - 1]);
        });
      }
    }
  }

  it("adds the right to the hired person's merits to the comparison in Swedish and Norwegian only", () => {
    for (const language of LANGUAGES) {
      const doc = composeFeedback(input({ language, sections: { comparison: { hiredProfile: 'x' } } }));
      const note = sentences(doc).find((s) => s.slot === 'information-right');
      expect(Boolean(note), language).toBe(language === 'sv' || language === 'nb');
    }
    const sv = renderPlainText(composeFeedback(input({ language: 'sv', sections: { comparison: {} } })));
    expect(sv).toContain(
      'rätt att få skriftlig information om vilken utbildning, yrkeserfarenhet och andra meriter den som fick tjänsten har',
    );
    // Before the final stage nobody has been hired yet: no right to speak of, and no "person we hired".
    for (const stage of ['application', 'interview'] as const) {
      const early = composeFeedback(input({ language: 'sv', stage, sections: { comparison: {} } }));
      expect(slots(early), stage).not.toContain('information-right');
      expect(renderPlainText(early), stage).toContain('De kandidater vi gick vidare med');
    }
    const off = composeFeedback(
      input({ language: 'sv', sections: { comparison: {} }, informationRight: false }),
    );
    expect(slots(off)).not.toContain('information-right');
  });

  it('writes a warm Swedish message end to end', () => {
    const doc = composeFeedback(
      input({
        profile: underskoterska,
        language: 'sv',
        stage: 'interview',
        assessments: {
          exam: { outcome: 'met' },
          elder: { outcome: 'met' },
          licence: { outcome: 'missing' },
          collab: { outcome: 'partial', note: 'Du gav ett bra exempel från praktiken, men vi saknade fler' },
        },
        sections: { tip: { text: 'ta körkort innan du söker tjänster med hembesök' }, callOffer: {} },
        values: { candidate: 'Sara', company: 'Solgårdens vård', sender: 'Eva Lund' },
      }),
    );
    const text = renderPlainText(doc);
    expect(doc.missing).toEqual([]);
    expect(doc.sections.map((s) => s.kind)).toEqual([
      'greeting',
      'intro',
      'reasons',
      'tip',
      'next-steps',
      'closing',
      'sign-off',
    ]);
    // The noted criterion keeps its note right after its own sentence; the tip opens with a different word.
    expect(text).toMatch(
      /samarbetsförmåga[^.]*\. Du gav ett bra exempel från praktiken, men vi saknade fler\./,
    );
    expect(sentences(doc).find((s) => s.key === 'tip')?.phraseId).toBe('builtin-sv-tip-1');
    expect(text).toMatchInlineSnapshot(`
      "Hej Sara,

      Tack för att du tog dig tid att träffa oss i rekryteringen till tjänsten som undersköterska hos Solgårdens vård. Vi har valt att gå vidare till nästa steg med andra kandidater, främst på grund av ett av kraven för tjänsten: B-körkort.

      Här motsvarade du väl det vi sökte: undersköterskeexamen och erfarenhet av äldreomsorg. Det här var meriterande, och där har du en god grund, även om andra sökande hade kommit längre: samarbetsförmåga. Du gav ett bra exempel från praktiken, men vi saknade fler.

      Ett tips inför framtida ansökningar: ta körkort innan du söker tjänster med hembesök.

      Hör gärna av dig om du vill prata mer om beslutet eller har frågor.

      Lycka till!

      Vänliga hälsningar
      Eva Lund"
    `);
  });

  it('writes a plain English message end to end', () => {
    const doc = composeFeedback(
      input({
        stage: 'final',
        sections: { comparison: { hiredProfile: 'five years of running Go services in production' } },
      }),
    );
    expect(doc.missing).toEqual([]);
    expect(sentences(doc).find((s) => s.slot === 'comparison')?.phraseId).toBe(
      'builtin-en-comparison-final-note-1',
    );
    expect(slots(doc)).not.toContain('information-right');
    expect(renderPlainText(doc)).toMatchInlineSnapshot(`
      "Dear Anna Berg,

      Thank you for your commitment and for all the time you have given us throughout the recruitment for the backend developer role at Acme. We have offered the role to another candidate, mainly because of one of the requirements for the role: PostgreSQL performance tuning. You have a good foundation there, but not quite at the level the role requires.

      Your profile was strong here: experience building services in Go. Among the desirable qualifications, others in the process had more to show: on-call experience and professional Swedish.

      The person we chose had five years of running Go services in production.

      Good luck!

      Kind regards,
      Lisa Holm"
    `);
  });
});

describe('composeFeedback — placeholders', () => {
  it('shows a missing value as [name] and lists it, never leaving a silent gap', () => {
    const doc = composeFeedback(input({ values: { company: 'Acme' } }));
    expect(doc.missing).toEqual(['candidate', 'sender']);
    const text = renderPlainText(doc);
    expect(text).toContain('Dear [candidate],');
    expect(text).toMatch(/\n\[sender\]$/);
    expect(renderMarkdown(doc)).toContain('Dear **\\[candidate\\]**,');
  });

  it('treats blank values as missing', () => {
    const doc = composeFeedback(input({ values: { candidate: '   ', company: 'Acme', sender: 'Lisa' } }));
    expect(doc.missing).toEqual(['candidate']);
  });

  it('uses the profile title as the role unless one is given', () => {
    expect(renderPlainText(composeFeedback(input()))).toContain('the backend developer role');
    const doc = composeFeedback(
      input({ values: { role: 'Senior Go engineer', candidate: 'A', sender: 'B' } }),
    );
    expect(renderPlainText(doc)).toContain('the senior Go engineer role');
  });

  it('shows a gap for the hired profile when the comparison has nothing to say', () => {
    const doc = composeFeedback(
      input({ assessments: { go: { outcome: 'met' } }, sections: { comparison: { hiredProfile: ' ' } } }),
    );
    expect(doc.missing).toContain('note');
    expect(renderPlainText(doc)).toContain('[note]');
  });

  it('names the criteria that fell short when the comparison has no free text', () => {
    const doc = composeFeedback(input({ sections: { comparison: {} } }));
    const comparison = sentences(doc).find((s) => s.slot === 'comparison');
    expect(comparison?.criteria).toEqual(['oncall', 'swedish']);
    expect(doc.missing).toEqual([]);
  });

  it('draws the tip from partly met criteria when no tip text is given, and falls back to a general tip', () => {
    const withPartial = composeFeedback(input({ sections: { tip: {} } }));
    expect(sentences(withPartial).find((s) => s.slot === 'tip')?.criteria).toEqual(['pg']);
    const allMet = composeFeedback(
      input({ assessments: { go: { outcome: 'met' }, pg: { outcome: 'met' } }, sections: { tip: {} } }),
    );
    const tip = sentences(allMet).find((s) => s.slot === 'tip');
    expect(tip?.parts.every((p) => p.kind === 'text')).toBe(true);
    expect(allMet.missing).toEqual([]);
  });

  it('offers a call with the phone number when there is one, and an open invitation otherwise', () => {
    const withPhone = renderPlainText(
      composeFeedback(input({ sections: { callOffer: { phone: '070-123 45 67' } } })),
    );
    expect(withPhone).toContain('070-123 45 67');
    const without = composeFeedback(input({ sections: { callOffer: {} } }));
    expect(without.missing).toEqual([]);
    expect(renderPlainText(without)).toMatch(/get in touch|contact me/);
  });

  it('states the retention period in the talent-network offer (12 months unless told)', () => {
    expect(renderPlainText(composeFeedback(input({ sections: { talentNetwork: {} } })))).toMatch(/12 months/);
    const sv = renderPlainText(
      composeFeedback(input({ language: 'sv', sections: { talentNetwork: { months: 6 } } })),
    );
    expect(sv).toMatch(/bara om du|med ditt samtycke/);
    expect(sv).toContain('6 månader');
  });

  it('appends the process-feedback URL after the sentence, and refuses anything but http(s)', () => {
    const ok = composeFeedback(
      input({ sections: { processFeedback: { url: 'https://example.com/survey?id=1' } } }),
    );
    expect(renderPlainText(ok)).toMatch(/: https:\/\/example\.com\/survey\?id=1\n/);
    expect(renderMarkdown(ok)).toContain('<https://example.com/survey?id=1>');
    const bad = composeFeedback(input({ sections: { processFeedback: { url: 'javascript:alert(1)' } } }));
    expect(bad.missing).toEqual(['link']);
    expect(renderPlainText(bad)).not.toContain('javascript');
  });

  it('escapes values in Markdown so a name cannot add formatting or links', () => {
    const doc = composeFeedback(
      input({ values: { candidate: 'Anna_*[x](javascript:y)*', sender: 'L', company: 'C' } }),
    );
    expect(renderMarkdown(doc)).toContain('Anna\\_\\*\\[x\\](javascript:y)\\*');
    expect(renderPlainText(doc)).toContain('Anna_*[x](javascript:y)*');
  });

  it('does not double the full stop when a note already ends with one', () => {
    const doc = composeFeedback(
      input({
        sections: { comparison: { hiredProfile: 'five years of Go.' }, tip: { text: 'Show query plans!' } },
      }),
    );
    const text = renderPlainText(doc);
    expect(text).toContain('five years of Go.');
    expect(text).not.toMatch(/\.\.|!\./);
  });
});

describe('composeFeedback — list grammar and labels', () => {
  const two = {
    lead: { outcome: 'missing' as const },
    go: { outcome: 'missing' as const },
    pg: { outcome: 'missing' as const },
  };
  const expected = {
    sv: 'erfarenhet och PostgreSQL',
    da: 'erfarenhet og PostgreSQL',
    nb: 'erfarenhet og PostgreSQL',
    en: 'erfarenhet and PostgreSQL',
    de: 'erfarenhet und PostgreSQL',
    fi: 'erfarenhet ja PostgreSQL',
  } as const;
  const profile = {
    ...backend,
    criteria: [
      // The first missing must-have is named in the decision sentence; the others are listed.
      { id: 'lead', label: 'Ledarskap', category: 'skill' as const, requirement: 'must' as const },
      { id: 'go', label: 'Erfarenhet', category: 'skill' as const, requirement: 'merit' as const },
      { id: 'pg', label: 'PostgreSQL', category: 'skill' as const, requirement: 'merit' as const },
      { id: 'swedish', label: 'Svenska', category: 'skill' as const, requirement: 'merit' as const },
    ],
  };
  for (const language of LANGUAGES) {
    it(`${language}: joins two criteria as "${expected[language]}" after a colon`, () => {
      // The labels are English-profile labels, so they are lower-cased mid-sentence even in German.
      const text = renderPlainText(composeFeedback(input({ profile, language, assessments: two })));
      expect(text).toContain(`: ${expected[language]}.`);
    });
  }

  it('lists three or more criteria as bullets after the colon, ending the paragraph', () => {
    const doc = composeFeedback(
      input({ profile, language: 'sv', assessments: { ...two, swedish: { outcome: 'missing' } } }),
    );
    const text = renderPlainText(doc);
    expect(text).toMatch(/:\n- erfarenhet\n- PostgreSQL\n- svenska\n\n/);
    expect(text).not.toMatch(/svenska\./);
    expect(renderMarkdown(doc)).toMatch(/:\n- erfarenhet\n- PostgreSQL\n- svenska\n\n/);
  });

  it('keeps acronyms, product names and B-körkort intact mid-sentence', () => {
    const text = renderPlainText(
      composeFeedback(
        input({
          profile: underskoterska,
          language: 'sv',
          assessments: { licence: { outcome: 'missing' }, exam: { outcome: 'met' } },
        }),
      ),
    );
    expect(text).toContain('B-körkort');
    expect(text).toContain('undersköterskeexamen');
    expect(renderPlainText(composeFeedback(input()))).toContain('PostgreSQL performance tuning');
  });

  it('keeps German nouns capitalised', () => {
    const text = renderPlainText(
      composeFeedback(
        input({ profile: controller, language: 'de', assessments: { ifrs: { outcome: 'met' } } }),
      ),
    );
    expect(text).toContain('Erfahrung mit IFRS-Abschlüssen');
  });
});

describe('composeFeedback — alternatives', () => {
  it('records for each sentence its phrase, slot and how many alternatives exist', () => {
    for (const s of sentences(composeFeedback(input()))) {
      expect(s.alternativeCount).toBeGreaterThanOrEqual(1);
      expect(s.alternativeIndex).toBeGreaterThanOrEqual(0);
      expect(s.alternativeIndex).toBeLessThan(s.alternativeCount);
      expect(s.phraseId).toBeTruthy();
    }
  });

  it('cycles through every wording of a sentence and wraps around', () => {
    let alternatives: Record<string, number> = {};
    let doc = composeFeedback(input({ alternatives }));
    const decision = () => sentences(doc).find((s) => s.key === 'decision');
    const start = decision();
    const seen = new Set<string>();
    for (let i = 0; i < (start?.alternativeCount ?? 0); i++) {
      const current = decision();
      if (!current) throw new Error('no decision sentence');
      seen.add(current.phraseId);
      alternatives = cycleAlternative(alternatives, current);
      doc = composeFeedback(input({ alternatives }));
    }
    expect(seen.size).toBe(start?.alternativeCount);
    expect(decision()?.phraseId).toBe(start?.phraseId);
    expect(cycleAlternative({}, { key: 'x', alternativeIndex: 0, alternativeCount: 3 }, -1)).toEqual({
      x: 2,
    });
  });

  it('accepts any integer index and wraps it', () => {
    const doc = composeFeedback(input({ alternatives: { thanks: 7 } }));
    const thanks = sentences(doc).find((s) => s.key === 'thanks');
    expect(thanks?.alternativeIndex).toBe(7 % (thanks?.alternativeCount ?? 1));
  });

  it('changes only the sentence that was cycled', () => {
    const before = sentences(composeFeedback(input()));
    const after = sentences(composeFeedback(input({ alternatives: { closing: 1 } })));
    expect(after.find((s) => s.key === 'closing')?.phraseId).not.toBe(
      before.find((s) => s.key === 'closing')?.phraseId,
    );
    expect(after.find((s) => s.key === 'decision')?.phraseId).toBe(
      before.find((s) => s.key === 'decision')?.phraseId,
    );
  });

  it('does not use the same phrase twice for criteria that each have a note', () => {
    const doc = composeFeedback(
      input({
        assessments: {
          go: { outcome: 'missing', note: 'a' },
          pg: { outcome: 'missing', note: 'b' },
          oncall: { outcome: 'missing', note: 'c' },
        },
      }),
    );
    const ids = sentences(doc)
      .filter((s) => s.slot === 'criterion-missing')
      .map((s) => s.phraseId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('composeFeedback — phrasebook precedence', () => {
  const team = book({
    id: 'team-en',
    language: 'en',
    source: 'team',
    phrases: [
      { id: 't-thanks', slot: 'thanks', text: 'Thanks from the team, {candidate}.' },
      { id: 't-missing', slot: 'criterion-missing', text: 'Team: {criterion} was missing. {note}' },
    ],
  });
  const personal = book({
    id: 'mine-en',
    language: 'en',
    source: 'personal',
    phrases: [{ id: 'p-thanks', slot: 'thanks', text: 'Personal thanks, {candidate}.' }],
  });
  const svTeam = book({
    id: 'team-sv',
    language: 'sv',
    source: 'team',
    phrases: [{ id: 'sv-thanks', slot: 'thanks', text: 'Tack!' }],
  });

  it('prefers personal over team over built-in for the same slot, and ignores other languages', () => {
    const doc = composeFeedback(input({ phrasebooks: [...BUILTIN_PHRASEBOOKS, team, personal, svTeam] }));
    const by = (key: string) => sentences(doc).find((s) => s.key === key);
    expect(by('thanks')?.phraseId).toBe('p-thanks');
    expect(by('thanks')?.alternativeCount).toBe(1);
    expect(by('criterion-missing-merit')?.phraseId).toBe('t-missing');
    expect(by('decision')?.phraseId).toMatch(/^builtin-en-/);
  });

  it('fills {note} inside a phrase that asks for it, and leaves notes out of phrases for groups', () => {
    const doc = composeFeedback(
      input({
        phrasebooks: [builtinPhrasebook('en'), team],
        assessments: {
          // The missing must-have (PostgreSQL) becomes the decision's reason; the merits stay reasons.
          pg: { outcome: 'missing' },
          swedish: { outcome: 'missing', note: 'We needed five years.' },
          oncall: { outcome: 'missing' },
        },
      }),
    );
    const text = renderPlainText(doc);
    expect(text).toContain('Team: professional Swedish was missing. We needed five years.');
    expect(text).not.toContain('We needed five years. We needed five years.');
    // The group sentence has no note, so the team phrase shows a visible gap rather than an empty one.
    expect(text).toContain('Team: on-call experience was missing. [note]');
  });

  it('uses a stage-specific team phrase only at its stage', () => {
    const staged = book({
      id: 'team-staged',
      language: 'en',
      source: 'team',
      phrases: [{ id: 't-dec', slot: 'decision', text: 'After the interviews, no.', stages: ['interview'] }],
    });
    const phrasebooks = [...BUILTIN_PHRASEBOOKS, staged];
    const at = (stage: 'interview' | 'final') =>
      sentences(composeFeedback(input({ phrasebooks, stage }))).find((s) => s.key === 'decision')?.phraseId;
    expect(at('interview')).toBe('t-dec');
    expect(at('final')).toMatch(/^builtin-en-decision-final-/);
  });

  it('composes nothing for a slot no active phrasebook covers, rather than inventing text', () => {
    const only = book({
      id: 'only',
      language: 'en',
      phrases: [{ id: 'x', slot: 'thanks', text: 'Thanks.' }],
    });
    const doc = composeFeedback(input({ phrasebooks: [only] }));
    expect(slots(doc)).toEqual(['thanks']);
  });
});

describe('locale data', () => {
  it('has a conjunction for every language', () => {
    for (const language of LANGUAGES) expect(LOCALES[language].and).toBeTruthy();
  });
});
