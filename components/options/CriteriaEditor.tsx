import { type DragEvent, useRef, useState } from 'react';
import { t, tp } from '@/utils/i18n';
import {
  CRITERION_CATEGORIES,
  type Criterion,
  type CriterionCategory,
  type Language,
  type Requirement,
} from '@/utils/schema';
import { useAnnounce } from './announce';
import { categoryLabel, requirementLabel } from './labels';
import { PhrasingEditor } from './PhrasingEditor';

export interface CriteriaEditorProps {
  criteria: Criterion[];
  onChange: (criteria: Criterion[]) => void;
  /** The profile's language (for the wording-in-letters preview). */
  language?: Language;
}

function newCriterionId(existing: readonly Criterion[]): string {
  const taken = new Set(existing.map((c) => c.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `c${n}`;
    if (!taken.has(id)) return id;
  }
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/**
 * The criteria of a profile: edit in place, add, remove with undo, reorder with the Move up / Move
 * down buttons (keyboard) or by dragging a row by its handle (mouse).
 */
export function CriteriaEditor({ criteria, onChange, language = 'en' }: CriteriaEditorProps) {
  const announce = useAnnounce();
  const rows = useRef(new Map<string, HTMLLIElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const [removed, setRemoved] = useState<{ criterion: Criterion; index: number } | null>(null);
  const [dragging, setDraggingState] = useState<string | null>(null);
  // The ref is read by the drag handlers (events can outrun React's re-render); the state styles the row.
  const draggingRef = useRef<string | null>(null);
  const setDragging = (id: string | null) => {
    draggingRef.current = id;
    setDraggingState(id);
  };
  const [dropTarget, setDropTarget] = useState<number | null>(null);

  const name = (c: Criterion) => c.label.trim() || t('optUntitled');

  const focusIn = (id: string, selector: string) => {
    requestAnimationFrame(() => {
      const row = rows.current.get(id);
      const target =
        row?.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ??
        row?.querySelector<HTMLElement>('[data-move]:not(:disabled)');
      target?.focus();
    });
  };

  const update = (index: number, patch: Partial<Criterion>) => {
    onChange(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  };

  const moveTo = (from: number, to: number, focusSelector?: string) => {
    const item = criteria[from];
    if (!item || to < 0 || to >= criteria.length || from === to) return;
    onChange(move(criteria, from, to));
    announce(t('optCriterionMoved', { name: name(item), position: to + 1, count: criteria.length }));
    if (focusSelector) focusIn(item.id, focusSelector);
  };

  const remove = (index: number) => {
    const item = criteria[index];
    if (!item) return;
    onChange(criteria.filter((_, i) => i !== index));
    setRemoved({ criterion: item, index });
    announce(t('optCriterionRemoved', { name: name(item) }));
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const undo = () => {
    if (!removed) return;
    const restored = move([...criteria, removed.criterion], criteria.length, removed.index);
    onChange(restored);
    announce(t('optCriterionRestored', { name: name(removed.criterion) }));
    focusIn(removed.criterion.id, '[data-remove]');
    setRemoved(null);
  };

  const add = () => {
    const id = newCriterionId(criteria);
    onChange([...criteria, { id, label: '', category: 'skill', requirement: 'must' }]);
    setRemoved(null);
    focusIn(id, 'input[data-field="label"]');
  };

  const onDragStart = (event: DragEvent, id: string) => {
    setDragging(id);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', id);
    const row = rows.current.get(id);
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
  };
  const onDragOver = (event: DragEvent, index: number) => {
    if (!draggingRef.current) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(index);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const id = draggingRef.current ?? event.dataTransfer.getData('text/plain');
    const from = criteria.findIndex((c) => c.id === id);
    if (from >= 0) moveTo(from, index);
    setDragging(null);
    setDropTarget(null);
  };
  const onDragEnd = () => {
    setDragging(null);
    setDropTarget(null);
  };

  return (
    <fieldset className="criteria">
      <legend>
        {t('optCriteria')} <span className="muted">({tp('countCriteria', criteria.length)})</span>
      </legend>
      <p className="hint">{t('optCriterionReorderHint')}</p>
      {criteria.length === 0 && <p className="empty">{t('optCriterionNoneYet')}</p>}
      <ol className="criteria-list">
        {criteria.map((criterion, index) => {
          const base = `criterion-${index}`;
          const label = name(criterion);
          return (
            <li
              key={criterion.id}
              ref={(el) => {
                if (el) rows.current.set(criterion.id, el);
                else rows.current.delete(criterion.id);
              }}
              className={[
                'criterion-row',
                dragging === criterion.id ? 'is-dragging' : '',
                dropTarget === index && dragging !== criterion.id ? 'is-drop-target' : '',
              ].join(' ')}
              data-testid="criterion-editor-row"
              data-criterion-id={criterion.id}
              onDragOver={(e) => onDragOver(e, index)}
              onDrop={(e) => onDrop(e, index)}
            >
              <div className="criterion-head">
                <span
                  className="drag-handle"
                  draggable
                  onDragStart={(e) => onDragStart(e, criterion.id)}
                  onDragEnd={onDragEnd}
                  title={t('optCriterionDrag')}
                  aria-hidden="true"
                  data-testid="drag-handle"
                >
                  ⋮⋮
                </span>
                <span className="criterion-number" aria-hidden="true">
                  {index + 1}.
                </span>
                <div className="field grow">
                  <label htmlFor={`${base}-label`}>{t('optCriterionLabel')}</label>
                  <input
                    id={`${base}-label`}
                    data-field="label"
                    value={criterion.label}
                    maxLength={200}
                    onChange={(e) => update(index, { label: e.target.value })}
                  />
                </div>
                <div className="criterion-actions">
                  <button
                    type="button"
                    className="icon-button"
                    data-move="up"
                    disabled={index === 0}
                    onClick={() => moveTo(index, index - 1, '[data-move="up"]')}
                    aria-label={`${t('optCriterionMoveUp')}: ${label}`}
                    title={t('optCriterionMoveUp')}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-move="down"
                    disabled={index === criteria.length - 1}
                    onClick={() => moveTo(index, index + 1, '[data-move="down"]')}
                    aria-label={`${t('optCriterionMoveDown')}: ${label}`}
                    title={t('optCriterionMoveDown')}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    data-remove
                    onClick={() => remove(index)}
                    aria-label={`${t('optCriterionRemove')}: ${label}`}
                    title={t('optCriterionRemove')}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </div>
              </div>
              <div className="criterion-body">
                <div className="field">
                  <label htmlFor={`${base}-category`}>{t('optCriterionCategory')}</label>
                  <select
                    id={`${base}-category`}
                    value={criterion.category}
                    onChange={(e) => update(index, { category: e.target.value as CriterionCategory })}
                  >
                    {CRITERION_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {categoryLabel(c)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${base}-requirement`}>{t('optCriterionRequirement')}</label>
                  <select
                    id={`${base}-requirement`}
                    value={criterion.requirement}
                    onChange={(e) => update(index, { requirement: e.target.value as Requirement })}
                  >
                    {(['must', 'merit'] as const).map((r) => (
                      <option key={r} value={r}>
                        {requirementLabel(r)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field grow">
                  <label htmlFor={`${base}-description`}>{t('optCriterionDescription')}</label>
                  <input
                    id={`${base}-description`}
                    value={criterion.description ?? ''}
                    maxLength={2000}
                    onChange={(e) => update(index, { description: e.target.value || undefined })}
                  />
                </div>
              </div>
              <PhrasingEditor
                criterion={criterion}
                profileLanguage={language}
                onChange={(phrasings) => update(index, { phrasings })}
              />
            </li>
          );
        })}
      </ol>
      {removed && (
        <div className="undo-bar">
          <span>{t('optCriterionRemoved', { name: name(removed.criterion) })}</span>
          <button type="button" ref={undoButton} onClick={undo} data-testid="undo-remove">
            {t('optUndo')}
          </button>
        </div>
      )}
      <button type="button" className="secondary" onClick={add} data-testid="add-criterion">
        + {t('optCriterionAdd')}
      </button>
    </fieldset>
  );
}
