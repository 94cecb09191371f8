import type { ValidationProblem } from '@/utils/schema';

/** A list of problems, each with the JSON path it concerns. */
export function Problems({
  problems,
  heading,
  testId,
}: {
  problems: readonly ValidationProblem[];
  heading: string;
  testId?: string;
}) {
  if (!problems.length) return null;
  return (
    <div className="problems" data-testid={testId}>
      <p className="problems-heading">{heading}</p>
      <ul>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share a path and a message.
          <li key={i}>
            <code>{p.path}</code> — {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
