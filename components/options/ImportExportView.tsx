import { type DragEvent, useId, useMemo, useRef, useState } from 'react';
import { checkSize, type ImportProblem, parseBundleText, serialiseBundle } from '@/utils/db/bundle-io';
import {
  actionsFor,
  applyImport,
  checkImportRules,
  type ImportAction,
  type ImportItem,
  ImportRefused,
  planImport,
} from '@/utils/db/import';
import { listPhrasebooks, listProfiles } from '@/utils/db/repository';
import { type MessageKey, t } from '@/utils/i18n';
import { type Bundle, MAX_BUNDLE_BYTES, type ValidationProblem } from '@/utils/schema';
import { useAnnounce } from './announce';
import { useLive } from './hooks';
import { languageLabel, sourceLabel } from './labels';
import { Problems } from './Problems';
import { SourceBadge } from './SourceBadge';

export function ImportExportView() {
  return (
    <section className="view" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{t('optNavImportExport')}</h2>
      <div className="stack">
        <ImportPanel />
        <ExportPanel />
      </div>
    </section>
  );
}

/** Problems in the user's language: our own checks are localised, schema messages keep their path. */
function localise(problem: ImportProblem): ValidationProblem {
  switch (problem.code) {
    case 'too-large':
      return {
        path: problem.path,
        message: t('optImportProblemTooLarge', { max: MAX_BUNDLE_BYTES / 1024 / 1024 }),
      };
    case 'invalid-json':
      return {
        path: problem.path,
        message: `${t('optImportProblemJson')} (${problem.message.replace(/^This is not valid JSON: /, '')})`,
      };
    case 'forbidden-key':
      return { path: problem.path, message: t('optImportProblemForbidden') };
    case 'duplicate-id':
      return { path: problem.path, message: t('optImportProblemDuplicate') };
    default:
      return { path: problem.path, message: problem.message };
  }
}

const ACTION_LABEL: Record<ImportAction, MessageKey> = {
  add: 'optImportActionAdd',
  replace: 'optImportActionReplace',
  'keep-both': 'optImportActionKeepBoth',
  skip: 'optImportActionSkip',
};

interface Pending {
  bundle: Bundle;
  plan: ImportItem[];
  decisions: Record<string, ImportAction>;
}

function ImportPanel() {
  const announce = useAnnounce();
  const base = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [dragOver, setDragOver] = useState(false);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const report = (message: string) => {
    setStatus(message);
    announce(message);
  };

  const check = async (text: string, bytes?: number) => {
    setPending(null);
    const result = parseBundleText(text, bytes);
    if (!result.ok) {
      setProblems(result.problems.map(localise));
      report(t('optImportRejected', { count: result.problems.length }));
      return;
    }
    const plan = await planImport(result.bundle);
    const decisions = Object.fromEntries(plan.map((item) => [item.key, item.action]));
    // Limits that depend on what is stored already (rules in all phrasebooks together).
    const tooMany = await checkImportRules(result.bundle, decisions);
    if (tooMany) {
      setProblems([tooMany]);
      report(t('optImportRejected', { count: 1 }));
      return;
    }
    setProblems([]);
    setPending({ bundle: result.bundle, plan, decisions });
    setStatus(t('optImportReady', { name: result.bundle.name }));
  };

  const checkFile = async (file: File) => {
    setBusy(true);
    try {
      // The size is checked before a single byte is read.
      const tooLarge = checkSize(file.size);
      if (tooLarge) {
        setPending(null);
        setProblems([localise(tooLarge)]);
        report(t('optImportRejected', { count: 1 }));
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setProblems([{ path: file.name, message: t('optImportProblemRead') }]);
        report(t('optImportRejected', { count: 1 }));
        return;
      }
      await check(text, file.size);
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void checkFile(file);
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const outcome = await applyImport(pending.bundle, pending.decisions);
      setPending(null);
      report(
        t('optImportDone', {
          name: pending.bundle.name,
          added: outcome.added,
          replaced: outcome.replaced,
          keptBoth: outcome.keptBoth,
          skipped: outcome.skipped,
        }),
      );
    } catch (error) {
      if (error instanceof ImportRefused) setProblems([error.problem]);
      report(t('optImportFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPending(null);
    report(t('optImportCancelled'));
  };

  return (
    <section className="panel" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`}>{t('optImportHeading')}</h3>
      <p className="intro">{t('optImportIntro')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a mouse shortcut; the file input inside and the paste box do the same by keyboard. */}
      <div
        className={`drop-zone${dragOver ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <div className="field">
          <label htmlFor={`${base}-file`}>{t('optImportFile')}</label>
          <input
            ref={fileInput}
            id={`${base}-file`}
            type="file"
            accept=".json,application/json"
            data-testid="import-bundle"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void checkFile(file);
            }}
          />
        </div>
        <p className="muted">{dragOver ? t('optImportDropActive') : t('optImportDrop')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${base}-paste`}>{t('optImportPaste')}</label>
        <textarea
          id={`${base}-paste`}
          rows={4}
          className="mono"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          data-testid="import-paste"
        />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={busy || !pasted.trim()}
        onClick={() => void check(pasted)}
        data-testid="import-check-paste"
      >
        {t('optImportCheckPasted')}
      </button>

      <Problems problems={problems} heading={t('optImportProblems')} testId="import-problems" />
      {pending && (
        <ImportPreview
          pending={pending}
          busy={busy}
          onDecide={(key, action) =>
            setPending((p) => (p ? { ...p, decisions: { ...p.decisions, [key]: action } } : p))
          }
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      <p className="status block" role="status" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}

function ImportPreview({
  pending,
  busy,
  onDecide,
  onConfirm,
  onCancel,
}: {
  pending: Pending;
  busy: boolean;
  onDecide: (key: string, action: ImportAction) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { bundle, plan, decisions } = pending;
  return (
    <div className="import-preview" data-testid="import-preview">
      <h4>{t('optImportPreviewHeading', { name: bundle.name })}</h4>
      <p>
        {t('optImportPreviewSummary', {
          profiles: bundle.profiles.length,
          phrasebooks: bundle.phrasebooks.length,
        })}
      </p>
      <ul className="import-items">
        {plan.map((item) => (
          <li key={item.key} className="import-item" data-testid="import-item" data-key={item.key}>
            <div className="import-item-head">
              <span className="record-title">{item.label}</span>
              <span className="record-meta">
                <span className="kind-tag">
                  {item.kind === 'profile' ? t('optImportKindProfile') : t('optImportKindPhrasebook')}
                </span>
                <span className="lang-tag" title={languageLabel(item.language)}>
                  {item.language}
                </span>
                <code className="muted">{item.id}</code>
              </span>
              <span className="import-state">
                {!item.existing && t('optImportNew')}
                {item.existing && (
                  <>
                    {t('optImportExists', {
                      source: sourceLabel(item.existing.source),
                      name: item.existing.label,
                    })}{' '}
                    <SourceBadge source={item.existing.source} />
                    {item.identical && <span className="muted"> — {t('optImportIdentical')}</span>}
                  </>
                )}
              </span>
            </div>
            <fieldset className="choice">
              <legend className="visually-hidden">{t('optImportActionFor', { name: item.label })}</legend>
              {actionsFor(item).map((action) => (
                <label key={action} className="check">
                  <input
                    type="radio"
                    name={`action-${item.key}`}
                    value={action}
                    checked={decisions[item.key] === action}
                    onChange={() => onDecide(item.key, action)}
                  />
                  {t(ACTION_LABEL[action])}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={onConfirm}
          data-testid="import-confirm"
        >
          {t('optImportConfirm')}
        </button>
        <button type="button" onClick={onCancel} data-testid="import-cancel">
          {t('optImportCancel')}
        </button>
      </div>
    </div>
  );
}

const profilesQuery = () => listProfiles();
const phrasebooksQuery = () => listPhrasebooks();

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportPanel() {
  const announce = useAnnounce();
  const base = useId();
  const profiles = useLive(profilesQuery)?.records;
  const books = useLive(phrasebooksQuery)?.records;
  const [mode, setMode] = useState<'all' | 'selected'>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');

  const records = useMemo(
    () => [
      ...(profiles ?? []).map((p) => ({
        key: `profile:${p.id}`,
        label: p.title,
        source: p.source,
        language: p.language,
      })),
      ...(books ?? []).map((b) => ({
        key: `phrasebook:${b.id}`,
        label: b.name,
        source: b.source,
        language: b.language,
      })),
    ],
    [profiles, books],
  );
  const own = (source: string | undefined) => source === 'personal' || source === 'team';
  const chosen = (key: string, source: string | undefined) =>
    mode === 'all' ? own(source) : selected.has(key);
  const count = records.filter((r) => chosen(r.key, r.source)).length;

  const exportNow = () => {
    if (!count) {
      setStatus(t('optExportNothing'));
      return;
    }
    const text = serialiseBundle({
      name: t('optExportName'),
      profiles: (profiles ?? []).filter((p) => chosen(`profile:${p.id}`, p.source)),
      phrasebooks: (books ?? []).filter((b) => chosen(`phrasebook:${b.id}`, b.source)),
    });
    download(`klarsvar-bundle-${new Date().toISOString().slice(0, 10)}.json`, text);
    const message = t('optExportDone', { count });
    setStatus(message);
    announce(message);
  };

  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section className="panel" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`}>{t('optExportHeading')}</h3>
      <p className="intro">{t('optExportIntro')}</p>
      <fieldset>
        <legend>{t('optExportWhat')}</legend>
        <label className="check">
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'all'}
            onChange={() => setMode('all')}
            data-testid="export-all"
          />
          {t('optExportAll')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'selected'}
            onChange={() => setMode('selected')}
            data-testid="export-selected"
          />
          {t('optExportSelected')}
        </label>
      </fieldset>
      {mode === 'selected' && (
        <fieldset className="export-list">
          <legend>{t('optExportChoose')}</legend>
          <ul>
            {records.map((r) => (
              <li key={r.key}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={selected.has(r.key)}
                    onChange={(e) => toggle(r.key, e.target.checked)}
                    data-testid="export-record"
                    data-key={r.key}
                  />
                  <span>
                    {r.label} <span className="lang-tag">{r.language}</span> <SourceBadge source={r.source} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={exportNow} data-testid="export-bundle">
          {t('optExportButton')}
        </button>
        <span className="muted">{t('optExportCount', { count })}</span>
        <span className="status" role="status" data-testid="export-status">
          {status}
        </span>
      </div>
    </section>
  );
}
