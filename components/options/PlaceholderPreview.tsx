import type { PLACEHOLDERS } from '@/utils/feedback/types';
import { t } from '@/utils/i18n';
import { splitPlaceholders, unknownPlaceholders } from './placeholders';

type Known = (typeof PLACEHOLDERS)[number];

function sampleValues(): Record<Known, string> {
  return {
    candidate: t('optSampleCandidate'),
    role: t('optSampleRole'),
    company: t('optSampleCompany'),
    criterion: t('optSampleCriterion'),
    note: t('optSampleNote'),
    sender: t('optSampleSender'),
    phone: t('optSamplePhone'),
    months: t('optSampleMonths'),
    sought: t('optSampleSought'),
    lacking: t('optSampleLacking'),
  };
}

/** The phrase as a candidate would read it, sample values marked; unknown placeholders highlighted. */
export function PlaceholderPreview({ text, id }: { text: string; id: string }) {
  const samples = sampleValues();
  const unknown = unknownPlaceholders(text);
  return (
    <div className="phrase-preview" id={id}>
      <p className="phrase-preview-text" data-testid="phrase-preview">
        <span className="visually-hidden">{t('optPhrasePreview')}: </span>
        {splitPlaceholders(text).map((part, i) => {
          const key = `${i}-${part.kind}`;
          if (part.kind === 'text') return <span key={key}>{part.text}</span>;
          if (part.known) {
            return (
              <mark key={key} className="ph ph-known" title={part.raw}>
                {samples[part.name as Known]}
              </mark>
            );
          }
          return (
            <mark key={key} className="ph ph-unknown" data-testid="unknown-placeholder">
              {part.raw}
            </mark>
          );
        })}
      </p>
      {unknown.length > 0 && (
        <p className="field-warning">{t('optPhraseUnknown', { names: unknown.join(', ') })}</p>
      )}
    </div>
  );
}
