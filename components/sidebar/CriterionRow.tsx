import { OUTCOMES, type Outcome } from '@/utils/feedback';
import type { Criterion } from '@/utils/schema';
import { t } from './i18n';
import { NOTE_PLACEHOLDER, OUTCOME_LABEL } from './labels';

interface Props {
  criterion: Criterion;
  index: number;
  outcome: Outcome;
  note: string;
  onOutcome(outcome: Outcome): void;
  onNote(note: string): void;
}

/** One criterion: four outcome radios in a fieldset (legend = the criterion) and an optional note. */
export function CriterionRow({ criterion, index, outcome, note, onOutcome, onNote }: Props) {
  const name = `ks-outcome-${index}`;
  const noteId = `ks-note-${index}`;
  return (
    <div
      className="criterion"
      data-testid="criterion-row"
      data-criterion-id={criterion.id}
      data-outcome={outcome}
    >
      <fieldset>
        <legend>
          <span className="criterion-label">{criterion.label}</span>{' '}
          <span className={`req req-${criterion.requirement}`}>
            {t(criterion.requirement === 'must' ? 'sidebarMust' : 'sidebarMerit')}
          </span>
        </legend>
        <div className="outcomes">
          {OUTCOMES.map((value) => (
            <label key={value} className={`outcome outcome-${value}`}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={outcome === value}
                onChange={() => onOutcome(value)}
              />
              <span>{t(OUTCOME_LABEL[value])}</span>
            </label>
          ))}
        </div>
        <div className="note">
          <label htmlFor={noteId}>{t('sidebarNote')}</label>
          <input
            id={noteId}
            type="text"
            value={note}
            maxLength={500}
            autoComplete="off"
            placeholder={t(NOTE_PLACEHOLDER[criterion.category])}
            onChange={(event) => onNote(event.target.value)}
          />
        </div>
      </fieldset>
    </div>
  );
}
