// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localise, looksLike } from '@/components/options/ImportExportView';
import { Problems } from '@/components/options/Problems';
import { explainMessage, fieldName } from '@/components/options/problem-text';
import { malformedUrl } from '@/components/options/team-sync/url-problem';
import { parseBundleText } from '@/utils/db/bundle-io';
import { describeIssues, JobProfile } from '@/utils/schema';

afterEach(cleanup);

describe('problems in plain words, the parser’s text behind “Show details”', () => {
  it('turns a CSV file into a sentence that says so, keeping the parser’s words as details', () => {
    const text = 'name,email\nAlex,alex@example.com\n';
    const result = parseBundleText(text);
    if (result.ok) throw new Error('a CSV file must not parse');
    const [problem] = result.problems.map((p) => localise(p, text));
    expect(problem && 'shown' in problem && problem.message).toBe(
      'optImportProblemJson optImportProblemLooksCsv',
    );
    expect(problem && 'detail' in problem && problem.detail).toMatch(/JSON|Unexpected/);
    expect(looksLike('<!DOCTYPE html><html>')).toBe('html');
    expect(looksLike('{"format": "klarsvar-bundle"')).toBeNull();
  });

  it('explains schema messages by kind and names form fields by their label', () => {
    expect(explainMessage('required field is missing (expected string)')).toBe('optProblemMissing');
    expect(explainMessage('Too small: expected string to have >=1 characters')).toBe('optProblemEmpty');
    expect(explainMessage('Too big: expected string to have <=200 characters')).toBe('optProblemTooLong');
    expect(explainMessage('Invalid URL')).toBe('optProblemUrl');
    expect(explainMessage('something new from zod')).toBe('optProblemInvalid');
    expect(fieldName('title')).toBe('optProfileTitle');
    expect(fieldName('criteria[1].label')).toBe('optProblemCriterion');
    expect(fieldName('profiles[0].title')).toBe('profiles[0].title');
  });

  it('renders an alert with an error icon, and the raw text only inside the details', () => {
    const parsed = JobProfile.safeParse({ id: 'x', title: '', aliases: [], language: 'sv', criteria: [] });
    if (parsed.success) throw new Error('an empty title must not pass');
    render(<Problems problems={describeIssues(parsed.error)} heading="Not saved" testId="p" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('optProfileTitle: optProblemEmpty');
    expect(screen.getByRole('img', { name: 'optErrorLabel' })).toBeTruthy();
    const details = alert.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('optShowDetails');
    expect(details?.textContent).toMatch(/title: must not be empty/);
    expect(alert.textContent?.replace(details?.textContent ?? '', '')).not.toMatch(/must not be empty/);
  });
});

describe('a malformed team-sync address gets a plain message', () => {
  it('names the damaged part of https://%zz', () => {
    expect(malformedUrl('https://%zz')).toEqual({ key: 'optUrlBadPercent', vars: { part: '%zz' } });
    expect(malformedUrl('https://example.com/a b.json')).toEqual({ key: 'optUrlHasSpace' });
    expect(malformedUrl('https://')).toEqual({ key: 'optUrlNoHost' });
    expect(malformedUrl('https://exa[mple.com')).toEqual({ key: 'optUrlMalformed' });
    // Not an address at all: the general "starting with https://" message fits that.
    expect(malformedUrl('team bundle')).toBeNull();
  });
});
