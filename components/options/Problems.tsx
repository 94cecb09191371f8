import { useId } from 'react';
import { t } from '@/utils/i18n';
import type { ValidationProblem } from '@/utils/schema';
import { explainFormProblem, type ShownProblem } from './problem-text';

/** Either a form's schema problem (explained here) or one the caller has already put into words. */
export type ProblemInput = ValidationProblem | (ShownProblem & { shown: true });

function shown(problem: ProblemInput): ShownProblem {
  return 'shown' in problem ? problem : explainFormProblem(problem);
}

/**
 * The problems that stopped a save or an import, as an error: red, with an icon, announced
 * (role=alert). Each names its field; the technical text stays behind "Show details".
 */
export function Problems({
  problems,
  heading,
  testId,
}: {
  problems: readonly ProblemInput[];
  heading: string;
  testId?: string;
}) {
  const headingId = useId();
  if (!problems.length) return null;
  const list = problems.map(shown);
  const details = list.filter((p) => p.detail);
  return (
    <div className="problems" role="alert" aria-labelledby={headingId} data-testid={testId}>
      <p className="problems-heading" id={headingId}>
        <span className="error-icon" role="img" aria-label={t('optErrorLabel')} />
        {heading}
      </p>
      <ul>
        {list.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share a path and a message.
          <li key={i}>
            {p.path && (
              <>
                <code>{p.path}</code>:{' '}
              </>
            )}
            {p.message}
          </li>
        ))}
      </ul>
      {details.length > 0 && (
        <details className="problem-details">
          <summary>{t('optShowDetails')}</summary>
          <ul>
            {details.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: details may repeat.
              <li key={i} className="mono">
                {p.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
