import { type KeyboardEvent, useRef } from 'react';
import {
  type ChecklistEntry,
  type FeedbackDocument,
  type FeedbackSentence,
  type HiringManagerRequest,
  type MissingValue,
  renderSafeHtml,
  sentenceToPlainText,
  type TalkingPoints,
} from '@/utils/feedback';
import { t } from './i18n';
import { CHECK_LABEL, MISSING_FIELD } from './labels';
import type { Tab } from './model';
import { sentenceLead, sentencePreviewHtml } from './render';

const TABS: { id: Tab; key: Parameters<typeof t>[0] }[] = [
  { id: 'feedback', key: 'sidebarTabFeedback' },
  { id: 'call', key: 'sidebarTabCall' },
  { id: 'manager', key: 'sidebarTabManager' },
];

/** WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs({ tab, onTab }: { tab: Tab; onTab(tab: Tab): void }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    let next = -1;
    if (event.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = TABS[next]?.id ?? 'feedback';
    onTab(id);
    refs.current[id]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('sidebarOutput')} onKeyDown={onKeyDown}>
      {TABS.map(({ id, key }) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          id={`ks-tab-${id}`}
          data-testid={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`ks-panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {t(key)}
        </button>
      ))}
    </div>
  );
}

function Sentence({ sentence, onCycle }: { sentence: FeedbackSentence; onCycle(s: FeedbackSentence): void }) {
  const html = sentencePreviewHtml(sentence, window);
  const lead = sentenceLead(sentenceToPlainText(sentence));
  return (
    <span className="sentence" data-key={sentence.key}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: marked output sanitised by DOMPurify (sentencePreviewHtml). */}
      <span dangerouslySetInnerHTML={{ __html: html }} />
      {sentence.alternativeCount > 1 && (
        <button
          type="button"
          className="wording"
          data-testid="another-wording"
          aria-label={t('sidebarAnotherWordingFor', lead)}
          title={`${t('sidebarAnotherWording')} (${t('sidebarWordingOf', String(sentence.alternativeIndex + 1), String(sentence.alternativeCount))})`}
          onClick={() => onCycle(sentence)}
        >
          <span aria-hidden="true">↻</span>
        </button>
      )}{' '}
    </span>
  );
}

interface FeedbackPanelProps {
  doc: FeedbackDocument;
  checklist: ChecklistEntry[];
  onCycle(sentence: FeedbackSentence): void;
  onMissing(value: MissingValue): void;
}

export function FeedbackPanel({ doc, checklist, onCycle, onMissing }: FeedbackPanelProps) {
  const gaps = doc.missing.filter((m) => MISSING_FIELD[m]);
  return (
    <>
      <h3 className="visually-hidden">{t('sidebarPreview')}</h3>
      <div className="preview" data-testid="feedback-preview" lang={doc.language}>
        {doc.sections
          .filter((s) => s.sentences.length > 0)
          .map((section, index) => (
            // A bullet list ends its paragraph, so a kind can have two sections: key by position.
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no identity beyond their order.
            <p key={`${index}-${section.kind}`} data-section={section.kind}>
              {section.sentences.map((sentence) => (
                <Sentence key={sentence.key} sentence={sentence} onCycle={onCycle} />
              ))}
            </p>
          ))}
      </div>
      {gaps.length > 0 && (
        <p className="missing-list" data-testid="missing-values">
          {t('sidebarMissing', '')}
          {gaps.map((m, i) => {
            const field = MISSING_FIELD[m];
            if (!field) return null;
            return (
              <span key={m}>
                {i > 0 ? ', ' : ' '}
                <button type="button" className="link" onClick={() => onMissing(m)}>
                  {t(field.key)}
                </button>
              </span>
            );
          })}
        </p>
      )}
      <h3 className="checklist-heading" id="ks-checklist-h">
        {t('sidebarChecklist')}
      </h3>
      <ul className="checklist" aria-labelledby="ks-checklist-h" data-testid="feedback-checklist">
        {checklist.map((entry) => (
          <li
            key={entry.item}
            data-item={entry.item}
            data-done={entry.done}
            data-where={entry.where ?? ''}
            className={entry.done ? 'done' : 'open'}
          >
            <span className="mark" aria-hidden="true">
              {entry.done ? '✓' : '○'}
            </span>
            <span>{t(CHECK_LABEL[entry.item])}</span>
            {entry.where === 'draft' ? (
              <span className="hint in-draft"> ({t('sidebarCheckInDraft')})</span>
            ) : (
              <span className="visually-hidden">
                : {t(entry.done ? 'sidebarCheckDone' : 'sidebarCheckOpen')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CallPanel({ points }: { points: TalkingPoints }) {
  return (
    <>
      <p className="hint">{t('sidebarCallHint')}</p>
      <Markdown
        className="talking-points"
        testId="talking-points"
        lang={points.language}
        markdown={points.markdown}
      />
    </>
  );
}

interface ManagerPanelProps {
  request: HiringManagerRequest;
  manager: string;
  onManager(name: string): void;
  language: string;
}

export function ManagerPanel({ request, manager, onManager, language }: ManagerPanelProps) {
  return (
    <>
      <p className="hint">{t('sidebarManagerHint')}</p>
      <div className="field">
        <label htmlFor="ks-manager">{t('sidebarManagerName')}</label>
        <input
          id="ks-manager"
          type="text"
          value={manager}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => onManager(event.target.value)}
        />
      </div>
      <p className="subject">
        <strong>{t('sidebarManagerSubject')}:</strong> <span lang={language}>{request.subject}</span>
      </p>
      <Markdown
        className="manager-request"
        testId="manager-request"
        lang={language}
        markdown={request.markdown}
      />
    </>
  );
}

/** Markdown rendered with marked and sanitised with DOMPurify before it reaches the DOM. */
function Markdown({
  markdown,
  className,
  testId,
  lang,
}: {
  markdown: string;
  className: string;
  testId: string;
  lang: string;
}) {
  const html = renderSafeHtml(markdown, window);
  return (
    <div
      className={className}
      data-testid={testId}
      lang={lang}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: `html` is DOMPurify output (renderSafeHtml).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
