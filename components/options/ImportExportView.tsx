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
import { type MessageKey, t, tp, uiLanguage } from '@/utils/i18n';
import { type Bundle, formatPath, MAX_BUNDLE_BYTES } from '@/utils/schema';
import { useAnnounce } from './announce';
import { groupRecords } from './grouping';
import { useLive, useSettings } from './hooks';
import { languageLabel, sourceLabel } from './labels';
import { type ProblemInput, Problems } from './Problems';
import { explainMessage } from './problem-text';
import { RecordGroups } from './RecordGroups';
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

/** What a file that is not JSON looks like, to say so in plain words. */
export function looksLike(text: string): 'csv' | 'html' | null {
  const start = text.trimStart().slice(0, 400);
  if (/^<(?:!doctype|html|head|body|\?xml)\b/i.test(start)) return 'html';
  const firstLine = start.split(/\r?\n/)[0] ?? '';
  if (!/^[[{]/.test(firstLine) && /[,;\t]/.test(firstLine) && start.includes('\n')) return 'csv';
  return null;
}

/**
 * Problems in the user's language: our own checks and the schema's kinds are localised and name
 * the JSON path; the parser's and the schema's own words stay behind "Show details".
 */
export function localise(problem: ImportProblem, text = ''): ProblemInput {
  // A problem with the whole file names no field.
  const base = { shown: true as const, path: problem.path === formatPath([]) ? '' : problem.path };
  switch (problem.code) {
    case 'too-large':
      return { ...base, message: t('optImportProblemTooLarge', { max: MAX_BUNDLE_BYTES / 1024 / 1024 }) };
    case 'invalid-json': {
      const kind = looksLike(text);
      const hint =
        kind === 'csv'
          ? t('optImportProblemLooksCsv')
          : kind === 'html'
            ? t('optImportProblemLooksHtml')
            : '';
      return {
        ...base,
        message: hint ? `${t('optImportProblemJson')} ${hint}` : t('optImportProblemJson'),
        detail: problem.message,
      };
    }
    case 'forbidden-key':
      return { ...base, message: t('optImportProblemForbidden'), detail: problem.message };
    case 'duplicate-id':
      return { ...base, message: t('optImportProblemDuplicate'), detail: problem.message };
    default:
      return explained(problem);
  }
}

/** A schema or limit problem (English) put into words; its own text stays behind "Show details". */
function explained(problem: { path: string; message: string }): ProblemInput {
  return {
    shown: true,
    path: problem.path,
    message: explainMessage(problem.message),
    detail: `${problem.path}: ${problem.message}`,
  };
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
  const [problems, setProblems] = useState<ProblemInput[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const [busy, setBusy] = useState(false);

  const report = (text: string, error = false) => {
    setStatus({ text, error });
    announce(text);
  };
  const reject = (found: ProblemInput[]) => {
    setPending(null);
    setProblems(found);
    // The problems box is the alert; this line says the outcome.
    setStatus({ text: t('optImportRejected', { problems: tp('countProblems', found.length) }), error: true });
  };

  const check = async (text: string, bytes?: number) => {
    setPending(null);
    const result = parseBundleText(text, bytes);
    if (!result.ok) {
      reject(result.problems.map((p) => localise(p, text)));
      return;
    }
    const plan = await planImport(result.bundle);
    const decisions = Object.fromEntries(plan.map((item) => [item.key, item.action]));
    // Limits that depend on what is stored already (rules in all phrasebooks together).
    const tooMany = await checkImportRules(result.bundle, decisions);
    if (tooMany) {
      reject([explained(tooMany)]);
      return;
    }
    setProblems([]);
    setPending({ bundle: result.bundle, plan, decisions });
    setStatus({ text: t('optImportReady', { name: result.bundle.name }) });
  };

  const checkFile = async (file: File) => {
    setBusy(true);
    try {
      // The size is checked before a single byte is read.
      const tooLarge = checkSize(file.size);
      if (tooLarge) {
        reject([localise(tooLarge)]);
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        reject([{ shown: true, path: file.name, message: t('optImportProblemRead'), detail: String(error) }]);
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
      if (error instanceof ImportRefused) {
        reject([explained(error.problem)]);
        return;
      }
      report(t('optImportFailed', { error: error instanceof Error ? error.message : String(error) }), true);
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
      <p
        className="status block"
        data-tone={status.error ? 'error' : undefined}
        role="status"
        data-testid="import-status"
      >
        {status.text}
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
          profiles: tp('countProfiles', bundle.profiles.length),
          phrasebooks: tp('countPhrasebooks', bundle.phrasebooks.length),
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
  const settings = useSettings();
  const [mode, setMode] = useState<'all' | 'selected'>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');

  const own = (source: string | undefined) => source === 'personal' || source === 'team';
  const chosen = (key: string, source: string | undefined) =>
    mode === 'all' ? own(source) : selected.has(key);
  const chosenProfiles = (profiles ?? []).filter((p) => chosen(`profile:${p.id}`, p.source));
  const chosenBooks = (books ?? []).filter((b) => chosen(`phrasebook:${b.id}`, b.source));
  const count = chosenProfiles.length + chosenBooks.length;
  const what = {
    profiles: tp('countProfiles', chosenProfiles.length),
    phrasebooks: tp('countPhrasebooks', chosenBooks.length),
  };
  // What the button will do, or why there is nothing to do, always matching the choice above.
  const summary =
    count > 0
      ? t('optExportSummary', what)
      : mode === 'all'
        ? t('optExportNoneOwn')
        : t('optExportNoneChosen');

  const lists = useMemo(() => {
    const options = { languages: settings?.detectionLanguages ?? [], uiLanguage: uiLanguage() };
    return {
      profiles: groupRecords(profiles ?? [], { ...options, title: (p) => p.title }),
      phrasebooks: groupRecords(books ?? [], { ...options, title: (b) => b.name }),
    };
  }, [profiles, books, settings?.detectionLanguages]);

  const exportNow = () => {
    if (!count) return;
    const text = serialiseBundle({
      name: t('optExportName'),
      profiles: chosenProfiles,
      phrasebooks: chosenBooks,
    });
    download(`klarsvar-bundle-${new Date().toISOString().slice(0, 10)}.json`, text);
    const message = t('optExportDone', what);
    setStatus(message);
    announce(message);
  };

  const toggle = (key: string, on: boolean) => {
    setStatus('');
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  const checkbox = (key: string, label: string, language: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={selected.has(key)}
        onChange={(e) => toggle(key, e.target.checked)}
        data-testid="export-record"
        data-key={key}
      />
      <span>
        <span lang={language}>{label}</span> <span className="lang-tag">{language}</span>
      </span>
    </label>
  );

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
            onChange={() => {
              setMode('all');
              setStatus('');
            }}
            data-testid="export-all"
          />
          {t('optExportAll')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'selected'}
            onChange={() => {
              setMode('selected');
              setStatus('');
            }}
            data-testid="export-selected"
          />
          {t('optExportSelected')}
        </label>
      </fieldset>
      {mode === 'selected' && (
        <fieldset className="export-list">
          <legend>{t('optExportChoose')}</legend>
          <RecordGroups
            kind="profiles"
            grouped={lists.profiles}
            searching
            keyOf={(p) => p.id}
            renderItem={(p) => checkbox(`profile:${p.id}`, p.title, p.language)}
          />
          <RecordGroups
            kind="phrasebooks"
            grouped={lists.phrasebooks}
            searching
            keyOf={(b) => b.id}
            renderItem={(b) => checkbox(`phrasebook:${b.id}`, b.name, b.language)}
          />
        </fieldset>
      )}
      <p className={count ? 'muted' : 'hint'} id={`${base}-summary`} data-testid="export-summary">
        {profiles && books && settings ? summary : ''}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={exportNow}
          disabled={!count}
          aria-describedby={`${base}-summary`}
          data-testid="export-bundle"
        >
          {t('optExportButton')}
        </button>
        <span className="status" role="status" data-testid="export-status">
          {status}
        </span>
      </div>
    </section>
  );
}
