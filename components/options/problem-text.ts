/**
 * Validation problems in the user's language. The schema's own messages are zod's English
 * (utils/schema/issues.ts makes the common ones plainer); here each kind becomes a localised
 * sentence, and the original text is kept for "Show details".
 */
import { type MessageKey, type MessageVars, t } from '@/utils/i18n';
import type { ValidationProblem } from '@/utils/schema';

export interface ShownProblem {
  /** Where: a field name as the user knows it, or the JSON path (`profiles[0].title`). */
  path: string;
  /** What is wrong, localised. */
  message: string;
  /** The technical text behind it (parser or schema message), for "Show details". */
  detail?: string;
}

const KINDS: [RegExp, MessageKey, (m: RegExpExecArray) => MessageVars | undefined][] = [
  [/^required field is missing/, 'optProblemMissing', () => undefined],
  [/^wrong type/, 'optProblemWrongType', () => undefined],
  [
    /^must not be empty|^Too small: expected string to have >=1 characters?/,
    'optProblemEmpty',
    () => undefined,
  ],
  [
    /^at most ([\d,]+) characters/,
    'optProblemTooLong',
    (m) => ({ max: Number((m[1] ?? '').replace(/,/g, '')) }),
  ],
  [/^use 1–128 letters/, 'optProblemId', () => undefined],
  [/^must contain words/, 'optProblemWords', () => undefined],
  [
    /^too many detection rules: ([\d,]+).*at most ([\d,]+) rules/,
    'optProblemTooManyRules',
    (m) => ({ count: m[1] ?? '', max: m[2] ?? '' }),
  ],
  [
    /^Too big: expected string to have <=(\d+) characters?/,
    'optProblemTooLong',
    (m) => ({ max: Number(m[1]) }),
  ],
  [/^Too small: expected array to have >=(\d+) items?/, 'optProblemTooFew', (m) => ({ min: Number(m[1]) })],
  [/^Invalid URL/i, 'optProblemUrl', () => undefined],
  [/^Invalid (?:option|input: expected one of)/, 'optProblemOption', () => undefined],
];

/** The localised sentence for a schema message (unknown ones get a general sentence). */
export function explainMessage(message: string): string {
  for (const [pattern, key, vars] of KINDS) {
    const match = pattern.exec(message);
    if (match) return t(key, vars(match));
  }
  return t('optProblemInvalid');
}

/** Field names of the editors' forms (top-level keys of a profile, phrasebook or the settings). */
const FIELDS: Record<string, MessageKey> = {
  title: 'optProfileTitle',
  name: 'optPhrasebookName',
  aliases: 'optProfileAliasesShort',
  language: 'optLanguage',
  criteria: 'optCriteria',
  phrases: 'optPhrases',
  processFeedbackUrl: 'optProcessFeedbackUrl',
  senderName: 'optSenderName',
  company: 'optCompany',
  detectionLanguages: 'optDetectionLanguages',
};

/** `criteria[1].label` → "Criterion 2"; `title` → "Job title"; anything else stays a path. */
export function fieldName(path: string): string {
  const item = /^(criteria|phrases)\[(\d+)\]/.exec(path);
  if (item) {
    return t(item[1] === 'criteria' ? 'optProblemCriterion' : 'optProblemPhrase', { n: Number(item[2]) + 1 });
  }
  const key = FIELDS[path];
  return key ? t(key) : path;
}

/** A problem from an editor's form: the field by its label, the message localised. */
export function explainFormProblem(problem: ValidationProblem): ShownProblem {
  return {
    path: fieldName(problem.path),
    message: explainMessage(problem.message),
    detail: `${problem.path}: ${problem.message}`,
  };
}
