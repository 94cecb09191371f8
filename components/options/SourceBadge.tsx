import type { Source } from '@/utils/schema';
import { sourceLabel } from './labels';

export function SourceBadge({ source }: { source: Source | undefined }) {
  const s = source ?? 'builtin';
  return <span className={`badge badge-${s}`}>{sourceLabel(s)}</span>;
}
