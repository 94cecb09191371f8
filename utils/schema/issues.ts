import type { z } from 'zod';

/** `profiles[0].criteria[2].label` — the JSON path of an issue, as a person reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole file)';
}

export interface ValidationProblem {
  path: string;
  message: string;
}

/** One plain-language line per problem, naming the field. */
export function describeIssues(error: z.ZodError, limit = 50): ValidationProblem[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: formatPath(issue.path),
    message: plainMessage(issue),
  }));
}

/** zod's default wording, made plainer where it is cryptic (a missing field reads "received undefined"). */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `required field is missing (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    if (received) return `wrong type: expected ${issue.expected}, found ${received}`;
  }
  return issue.message;
}
