import { t } from '@/utils/i18n';
import type { Source } from '@/utils/schema';
import { SourceBadge } from './SourceBadge';

/**
 * The top of a team or built-in record's read-only view: its name, where it comes from, why it
 * cannot be edited here, and the one way to change it (an editable personal copy).
 */
export function ReadOnlyHeader(props: {
  headingId: string;
  title: string;
  source: Source | undefined;
  onDuplicate: () => void;
}) {
  return (
    <>
      <div className="editor-header">
        <h3 id={props.headingId}>{props.title}</h3>
        <SourceBadge source={props.source} />
      </div>
      <p className="note">{props.source === 'team' ? t('optReadOnlyTeam') : t('optReadOnlyBuiltin')}</p>
      <button type="button" className="primary" onClick={props.onDuplicate} data-testid="duplicate-to-edit">
        {t('optDuplicateToEdit')}
      </button>
    </>
  );
}
