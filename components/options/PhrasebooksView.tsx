import { useId, useMemo, useState } from 'react';
import {
  deletePersonalPhrasebook,
  duplicatePhrasebook,
  listPhrasebooks,
  savePersonalPhrasebook,
} from '@/utils/db/repository';
import { t, tp, uiLanguage } from '@/utils/i18n';
import {
  describeIssues,
  LANGUAGES,
  type Language,
  PHRASE_SLOTS,
  type Phrase,
  Phrasebook,
  type PhraseSlot,
  type ValidationProblem,
} from '@/utils/schema';
import { useAnnounce } from './announce';
import { groupRecords } from './grouping';
import { navigate, routeHref, useLive, useSettings } from './hooks';
import { languageLabel, ruleKindLabel, slotLabel, sourceLabel } from './labels';
import { PlaceholderPreview } from './PlaceholderPreview';
import { Problems } from './Problems';
import { ReadOnlyHeader } from './ReadOnlyHeader';
import { RecordGroups } from './RecordGroups';
import { SourceBadge } from './SourceBadge';

const query = () => listPhrasebooks();

function newPhrasebook(): Phrasebook {
  const id = `pb-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return { id, name: t('optPhrasebookNewName'), language: 'sv', phrases: [], rules: [], source: 'personal' };
}

export function PhrasebooksView({ selectedId }: { selectedId: string | undefined }) {
  const resolved = useLive(query);
  const settings = useSettings();
  const [draftNew] = useState(newPhrasebook);
  const books = resolved?.records ?? [];
  const languages = settings?.detectionLanguages;
  const grouped = useMemo(
    () => groupRecords(books, { languages: languages ?? [], uiLanguage: uiLanguage(), title: (b) => b.name }),
    [books, languages],
  );
  const isNew = selectedId === 'new';
  const selected = isNew ? draftNew : books.find((b) => b.id === selectedId);
  const conflict = resolved?.conflicts.find((c) => c.id === selected?.id);
  return (
    <section className="view two-pane" aria-labelledby="phrasebooks-heading">
      <div className="pane-list">
        <h2 id="phrasebooks-heading">{t('optPhrasebooksHeading')}</h2>
        <p className="intro">{t('optPhrasebooksIntro')}</p>
        <div className="list-tools">
          <button
            type="button"
            className="secondary"
            onClick={() => navigate('phrasebooks', 'new')}
            data-testid="phrasebook-new"
          >
            + {t('optPhrasebooksNew')}
          </button>
        </div>
        {resolved && settings && (
          <RecordGroups
            kind="phrasebooks"
            grouped={grouped}
            searching={false}
            keyOf={(b) => b.id}
            renderItem={(b) => (
              <a
                href={routeHref('phrasebooks', b.id)}
                className="record-link"
                aria-current={b.id === selectedId ? 'true' : undefined}
                data-testid="phrasebook-item"
                data-phrasebook-id={b.id}
              >
                <span className="record-title">{b.name}</span>
                <span className="record-meta">
                  <SourceBadge source={b.source} />
                  <span className="lang-tag" title={languageLabel(b.language)}>
                    {b.language}
                  </span>
                  <span className="muted">{tp('countPhrases', b.phrases.length)}</span>
                  {b.rules.length > 0 && <span className="muted">{tp('countRules', b.rules.length)}</span>}
                </span>
              </a>
            )}
          />
        )}
      </div>
      <div className="pane-detail">
        {!selected && <p className="empty">{t('optPhrasebooksNoneSelected')}</p>}
        {selected && conflict && (
          <p className="note">
            {t('optOverrides', { source: conflict.shadowed.map((s) => sourceLabel(s.source)).join(', ') })}
          </p>
        )}
        {selected &&
          (selected.source === 'personal' ? (
            <PhrasebookEditor key={selected.id} book={selected} isNew={isNew} />
          ) : (
            <PhrasebookDetails book={selected} />
          ))}
      </div>
    </section>
  );
}

function groupBySlot(phrases: readonly Phrase[]): [PhraseSlot, Phrase[]][] {
  return PHRASE_SLOTS.map(
    (slot) => [slot, phrases.filter((p) => p.slot === slot)] as [PhraseSlot, Phrase[]],
  ).filter(([, list]) => list.length > 0);
}

function PhrasebookDetails({ book }: { book: Phrasebook }) {
  const announce = useAnnounce();
  const duplicate = async () => {
    const copy = await duplicatePhrasebook(book, { name: t('optCopySuffix', { name: book.name }) });
    announce(t('optPhrasebookDuplicated'));
    navigate('phrasebooks', copy.id);
  };
  return (
    <article className="details" aria-labelledby="phrasebook-details-heading">
      <ReadOnlyHeader
        headingId="phrasebook-details-heading"
        title={book.name}
        source={book.source}
        onDuplicate={() => void duplicate()}
      />
      <dl className="facts">
        <dt>{t('optLanguage')}</dt>
        <dd>{languageLabel(book.language)}</dd>
      </dl>
      {groupBySlot(book.phrases).map(([slot, phrases]) => (
        <section key={slot} className="slot-group" aria-label={slotLabel(slot)}>
          <h4>{slotLabel(slot)}</h4>
          <ul className="phrases-readonly">
            {phrases.map((p) => (
              <li key={p.id}>
                <PlaceholderPreview text={p.text} id={`ro-${p.id}`} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h4>{t('optRules')}</h4>
      {book.rules.length === 0 ? (
        <p className="muted">{t('optNoRules')}</p>
      ) : (
        <ul className="rules-readonly">
          {book.rules.map((r) => (
            <li key={r.id}>
              <span className={`rule-kind rule-${r.kind}`}>{ruleKindLabel(r.kind)}</span> “{r.pattern}”
              {r.message && <span className="muted block">{r.message}</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function newPhraseId(phrases: readonly Phrase[]): string {
  const taken = new Set(phrases.map((p) => p.id));
  for (let n = phrases.length + 1; ; n++) if (!taken.has(`ph${n}`)) return `ph${n}`;
}

function PhrasebookEditor({ book, isNew }: { book: Phrasebook; isNew: boolean }) {
  const announce = useAnnounce();
  const base = useId();
  const [name, setName] = useState(book.name);
  const [language, setLanguage] = useState<Language>(book.language);
  const [phrases, setPhrases] = useState<Phrase[]>(book.phrases);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [status, setStatus] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const updatePhrase = (index: number, patch: Partial<Phrase>) => {
    setPhrases((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
    setStatus('');
  };
  const addPhrase = () => {
    const id = newPhraseId(phrases);
    setPhrases((list) => [...list, { id, slot: 'criterion-missing', text: '' }]);
    requestAnimationFrame(() => document.getElementById(`${base}-phrase-${id}`)?.focus());
  };
  const removePhrase = (index: number) => {
    setPhrases((list) => list.filter((_, i) => i !== index));
    announce(t('optPhraseRemoved'));
  };

  const save = async () => {
    const parsed = Phrasebook.safeParse({ ...book, name, language, phrases, source: 'personal' });
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error));
      setStatus(t('optFixProblems'));
      return;
    }
    setProblems([]);
    const stored = await savePersonalPhrasebook(parsed.data);
    setStatus(t('optPhrasebookSaved'));
    announce(t('optPhrasebookSaved'));
    if (isNew) navigate('phrasebooks', stored.id);
  };
  const remove = async () => {
    await deletePersonalPhrasebook(book.id);
    announce(t('optDeleted', { name: book.name }));
    navigate('phrasebooks');
  };

  return (
    <form
      className="editor"
      aria-labelledby={`${base}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="editor-header">
        <h3 id={`${base}-heading`}>{name.trim() || t('optUntitled')}</h3>
        <SourceBadge source="personal" />
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${base}-name`}>{t('optPhrasebookName')}</label>
          <input id={`${base}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field narrow">
          <label htmlFor={`${base}-language`}>{t('optLanguage')}</label>
          <select
            id={`${base}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageLabel(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>
          {t('optPhrases')} <span className="muted">({tp('countPhrases', phrases.length)})</span>
        </legend>
        <p className="hint">{t('optPhrasePlaceholders')}</p>
        <ol className="phrase-list">
          {phrases.map((phrase, index) => (
            <li key={phrase.id} className="phrase-row" data-testid="phrase-editor-row">
              <div className="row">
                <div className="field narrow">
                  <label htmlFor={`${base}-slot-${phrase.id}`}>{t('optPhraseSlot')}</label>
                  <select
                    id={`${base}-slot-${phrase.id}`}
                    value={phrase.slot}
                    onChange={(e) => updatePhrase(index, { slot: e.target.value as PhraseSlot })}
                  >
                    {PHRASE_SLOTS.map((s) => (
                      <option key={s} value={s}>
                        {slotLabel(s)}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  className="icon-button danger align-end"
                  onClick={() => removePhrase(index)}
                  aria-label={`${t('optPhraseRemove')} ${index + 1}`}
                  title={t('optPhraseRemove')}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
              <div className="field">
                <label htmlFor={`${base}-phrase-${phrase.id}`}>{t('optPhraseText')}</label>
                <textarea
                  id={`${base}-phrase-${phrase.id}`}
                  data-testid="phrase-text"
                  rows={2}
                  value={phrase.text}
                  maxLength={2000}
                  aria-describedby={`${base}-preview-${phrase.id}`}
                  onChange={(e) => updatePhrase(index, { text: e.target.value })}
                />
              </div>
              <PlaceholderPreview text={phrase.text} id={`${base}-preview-${phrase.id}`} />
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" onClick={addPhrase} data-testid="add-phrase">
          + {t('optPhraseAdd')}
        </button>
      </fieldset>
      {book.rules.length > 0 && (
        <>
          <h4>{t('optRules')}</h4>
          <ul className="rules-readonly">
            {book.rules.map((r) => (
              <li key={r.id}>
                <span className={`rule-kind rule-${r.kind}`}>{ruleKindLabel(r.kind)}</span> “{r.pattern}”
              </li>
            ))}
          </ul>
        </>
      )}
      <Problems problems={problems} heading={t('optFixProblems')} />
      <div className="actions">
        <button type="submit" className="primary" data-testid="phrasebook-save">
          {t('optSave')}
        </button>
        {!isNew && !confirmingDelete && (
          <button type="button" className="danger" onClick={() => setConfirmingDelete(true)}>
            {t('optDelete')}
          </button>
        )}
        {confirmingDelete && (
          <span className="confirm">
            <span>{t('optDeleteQuestion', { name: book.name })}</span>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('optConfirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              {t('optCancel')}
            </button>
          </span>
        )}
        <span
          className="status"
          data-tone={problems.length ? 'error' : undefined}
          role="status"
          data-testid="phrasebook-status"
        >
          {status}
        </span>
      </div>
    </form>
  );
}
