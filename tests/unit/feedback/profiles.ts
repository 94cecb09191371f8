import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import type { FeedbackInput } from '@/utils/feedback';
import type { JobProfile, Phrasebook } from '@/utils/schema';

/** Small test profiles (independent of the built-in job profiles). */
export const backend: JobProfile = {
  id: 'test-backend',
  title: 'Backend developer',
  aliases: [],
  language: 'en',
  criteria: [
    { id: 'go', label: 'Experience building services in Go', category: 'experience', requirement: 'must' },
    { id: 'pg', label: 'PostgreSQL performance tuning', category: 'skill', requirement: 'must' },
    { id: 'oncall', label: 'On-call experience', category: 'practical', requirement: 'merit' },
    { id: 'swedish', label: 'Professional Swedish', category: 'language', requirement: 'merit' },
  ],
};

export const underskoterska: JobProfile = {
  id: 'test-usk',
  title: 'Undersköterska',
  aliases: [],
  language: 'sv',
  criteria: [
    { id: 'exam', label: 'Undersköterskeexamen', category: 'education', requirement: 'must' },
    { id: 'elder', label: 'Erfarenhet av äldreomsorg', category: 'experience', requirement: 'must' },
    { id: 'licence', label: 'B-körkort', category: 'practical', requirement: 'must' },
    { id: 'collab', label: 'Samarbetsförmåga', category: 'personal', requirement: 'merit' },
    { id: 'sv', label: 'Svenska i tal och skrift', category: 'language', requirement: 'must' },
  ],
};

export const controller: JobProfile = {
  id: 'test-controller',
  title: 'Controller',
  aliases: [],
  language: 'de',
  criteria: [
    { id: 'degree', label: 'Studium der Betriebswirtschaft', category: 'education', requirement: 'must' },
    { id: 'sap', label: 'SAP FI/CO', category: 'skill', requirement: 'must' },
    { id: 'ifrs', label: 'Erfahrung mit IFRS-Abschlüssen', category: 'experience', requirement: 'merit' },
  ],
};

export function input(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return {
    profile: backend,
    language: 'en',
    stage: 'final',
    assessments: {
      go: { outcome: 'met' },
      pg: { outcome: 'partial' },
      oncall: { outcome: 'missing' },
      swedish: { outcome: 'missing' },
    },
    values: { candidate: 'Anna Berg', company: 'Acme', sender: 'Lisa Holm' },
    phrasebooks: BUILTIN_PHRASEBOOKS,
    ...overrides,
  };
}

export function book(
  partial: Partial<Phrasebook> & Pick<Phrasebook, 'id' | 'language' | 'phrases'>,
): Phrasebook {
  return { name: partial.id, rules: [], ...partial };
}
