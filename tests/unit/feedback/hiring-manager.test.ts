import { describe, expect, it } from 'vitest';
import { composeHiringManagerRequest, LOCALES } from '@/utils/feedback';
import { LANGUAGES } from '@/utils/schema';
import { backend, underskoterska } from './profiles';

describe('composeHiringManagerRequest', () => {
  it('lists every criterion to rate met / partly / not met with a comment', () => {
    const req = composeHiringManagerRequest(backend, 'en', {
      candidate: 'Anna Berg',
      manager: 'Per',
      sender: 'Lisa',
    });
    expect(req.subject).toBe('Feedback for Anna Berg – Backend developer');
    expect(req.text.startsWith('Hi Per,\n\n')).toBe(true);
    expect(req.text).toContain('specific feedback on the backend developer role');
    expect(req.text).toContain(
      '1. Experience building services in Go (must)\n   met / partly / not met – comment:',
    );
    expect(req.text).toContain('4. Professional Swedish (merit)');
    expect(req.text).toContain('What did the person we hired have that Anna Berg lacked?');
    expect(req.text).toContain('"it did not feel right"');
    expect(req.text.endsWith('Thanks in advance!\nLisa')).toBe(true);
    expect(req.missing).toEqual([]);
  });

  it('bolds and escapes labels in the Markdown version', () => {
    const req = composeHiringManagerRequest(
      {
        ...backend,
        criteria: [{ id: 'x', label: 'C_sharp *fast*', category: 'skill', requirement: 'must' }],
      },
      'en',
      { candidate: 'A' },
    );
    expect(req.markdown).toContain('1. **C\\_sharp \\*fast\\*** (must)');
  });

  it('greets without a name and marks a missing candidate', () => {
    const req = composeHiringManagerRequest(underskoterska, 'sv');
    expect(req.text.startsWith('Hej!\n\n')).toBe(true);
    expect(req.text).toContain('ge [candidate] en konkret återkoppling på tjänsten som undersköterska');
    expect(req.missing).toEqual(['candidate']);
  });

  it('is written in each language', () => {
    for (const language of LANGUAGES) {
      const req = composeHiringManagerRequest(backend, language, { candidate: 'Anna', manager: 'Per' });
      const m = LOCALES[language].managerRequest;
      expect(req.text).toContain(m.scale);
      expect(req.text).toContain(m.why);
      expect(req.text.split('\n').filter((l) => /^\d\. /.test(l))).toHaveLength(backend.criteria.length);
      expect(req.text).not.toMatch(/\{[a-z]+\}/);
    }
  });
});
