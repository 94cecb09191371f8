import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { uiLanguageFor } from '@/utils/compose/i18n';
import { builtinPhrasebooks, builtinProfiles } from '@/utils/db/builtin';
import {
  composeFeedback,
  composeHiringManagerRequest,
  cycleAlternative,
  type FeedbackSentence,
  type MissingValue,
  type Outcome,
  renderPlainText,
  renderTalkingPoints,
} from '@/utils/feedback';
import {
  DEFAULT_SETTINGS,
  type JobProfile,
  LANGUAGES,
  type Language,
  STAGES,
  type Stage,
} from '@/utils/schema';
import { CriterionRow } from './CriterionRow';
import { copyToClipboard } from './clipboard';
import type { HostLink, HostSnapshot } from './connection';
import type { SidebarContent, SidebarData } from './data';
import { setSidebarLanguage, t } from './i18n';
import { LANGUAGE_LABEL, MISSING_FIELD, SOURCE_LABEL, STAGE_LABEL } from './labels';
import {
  applyContext,
  type BuilderState,
  defaultLanguage,
  defaultTab,
  feedbackInput,
  initialState,
  letterPlan,
  type SectionsState,
  type Suggestion,
  siblingProfile,
  suggestProfile,
} from './model';
import { CallPanel, FeedbackPanel, ManagerPanel, Tabs } from './Output';
import { QuickProfile } from './QuickProfile';
import { documentOutput } from './render';

type Loaded = SidebarContent;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'inserted' }
  | { kind: 'insert-failed' }
  | { kind: 'copied' }
  | { kind: 'copy-failed' }
  | { kind: 'saved'; title: string };

/** How long a focus the host granted may take to reach this frame (see the focus effect). */
const FOCUS_WAIT_MS = 1000;
const STANDALONE: HostSnapshot = { connected: false, context: null };
const noSubscribe = () => () => undefined;
const SOURCES = ['personal', 'team', 'builtin'] as const;

export interface SidebarProps {
  data: SidebarData;
  /** The content script's port; null when sidebar.html is opened on its own. */
  host: HostLink | null;
  uiLanguage?: string;
  /** Where "Open as a new draft" goes (window.open by default). */
  openUrl?: (url: string) => void;
}

/** The webmail's own "new message" address with subject and body, or a mailto: link. */
export function newDraftUrl(
  site: string | undefined,
  subject: string,
  body: string,
  outlookOrigin?: string,
): string {
  const q = (s: string) => encodeURIComponent(s);
  if (site === 'gmail') return `https://mail.google.com/mail/?view=cm&fs=1&su=${q(subject)}&body=${q(body)}`;
  if (site === 'outlook') {
    const origin =
      outlookOrigin && /^https:\/\/outlook\.(office|office365|live)\.com$/.test(outlookOrigin)
        ? outlookOrigin
        : 'https://outlook.office.com';
    return `${origin}/mail/deeplink/compose?subject=${q(subject)}&body=${q(body)}`;
  }
  return `mailto:?subject=${q(subject)}&body=${q(body)}`;
}

export function Sidebar({ data, host, uiLanguage = 'en', openUrl }: SidebarProps) {
  const snapshot = useSyncExternalStore(
    host?.subscribe ?? noSubscribe,
    host?.getSnapshot ?? (() => STANDALONE),
  );
  const context = snapshot.context;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Klarsvar's language around a draft: the draft's (when the UI has it) or the browser's, per settings.
  const ui = uiLanguageFor(context?.lang, loaded?.settings.uiLanguage ?? 'draft', uiLanguage);
  setSidebarLanguage(ui);
  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);
  const [loadFailed, setLoadFailed] = useState(false);
  const [state, setState] = useState<BuilderState | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [quickOpen, setQuickOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [manager, setManager] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const touched = useRef(false);
  /** The recruiter chose the stage: the draft no longer decides it. */
  const stageChosen = useRef(false);
  const contextApplied = useRef(false);
  const profileSelect = useRef<HTMLSelectElement>(null);
  const focusedOnce = useRef(false);

  useEffect(() => {
    let live = true;
    data
      .load()
      .then((value) => live && setLoaded(value))
      .catch(() => {
        if (!live) return;
        // Keep the builder useful: built-in profiles and phrases come from code.
        setLoadFailed(true);
        setLoaded({
          profiles: builtinProfiles(),
          phrasebooks: builtinPhrasebooks(),
          settings: structuredClone(DEFAULT_SETTINGS),
        });
      });
    return () => {
      live = false;
    };
  }, [data]);

  // Start from the draft: language, suggested profile, names. Re-run once when the draft's context
  // arrives after the data, unless the recruiter has already changed something.
  useEffect(() => {
    if (!loaded) return;
    if (state && (contextApplied.current || !context)) return;
    if (state && touched.current) {
      if (context) setState((s) => (s ? applyContext(s, context, !stageChosen.current) : s));
      contextApplied.current = true;
      return;
    }
    let language = defaultLanguage(context, undefined, uiLanguage);
    let found = suggestProfile(loaded.profiles, context, language);
    // An English subject on a Swedish draft: the same built-in role in the draft's language.
    const sibling = found && context ? siblingProfile(loaded.profiles, found.profile, language) : undefined;
    if (found && sibling) found = { ...found, profile: sibling };
    if (!context && found) language = found.profile.language;
    let next = { ...initialState(loaded.settings, language), profileId: found?.profile.id ?? null };
    if (context) {
      next = applyContext(next, context);
      contextApplied.current = true;
    }
    setSuggestion(found);
    setState(next);
  }, [loaded, context, state, uiLanguage]);

  // Keyboard-first: focus lands on the first control when the builder is ready — in a webmail page
  // only if the host says the user is still waiting for it (not typing in the draft meanwhile).
  const connected = snapshot.connected;
  useEffect(() => {
    if (!state || focusedOnce.current) return;
    const focusFirst = () => {
      // Not if the user went to another control here in the meantime.
      const place = () => {
        const here = document.activeElement;
        if (!here || here === document.body) profileSelect.current?.focus();
      };
      if (document.hasFocus()) return place();
      // The host has just focused this frame; in another process that reaches us a moment later.
      // Only then: never pull focus into a frame the user has left again.
      const onFocus = () => {
        clearTimeout(timer);
        place();
      };
      const timer = setTimeout(() => window.removeEventListener('focus', onFocus), FOCUS_WAIT_MS);
      window.addEventListener('focus', onFocus, { once: true });
    };
    if (!host) {
      focusedOnce.current = true;
      profileSelect.current?.focus();
      return;
    }
    if (!connected) return;
    focusedOnce.current = true;
    host.readyForFocus(focusFirst);
  }, [state, host, connected]);

  // Esc closes the sidebar (the host returns focus to the draft).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && host) {
        event.preventDefault();
        // After the key event is done: the host removes this frame, and a frame removed while its
        // keydown is still being handled leaves the browser waiting for that event's answer.
        setTimeout(() => host.close(), 0);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [host]);

  const profile = useMemo(
    () => loaded?.profiles.find((p) => p.id === state?.profileId),
    [loaded, state?.profileId],
  );

  const change = (update: (s: BuilderState) => BuilderState) => {
    touched.current = true;
    setStatus((s) => (s.kind === 'saved' ? s : { kind: 'idle' }));
    setState((s) => (s ? update(s) : s));
  };

  const input = state && profile && loaded ? feedbackInput(state, profile, loaded.phrasebooks) : null;
  const doc = useMemo(() => (input ? composeFeedback(input) : null), [input]);
  const plan = useMemo(() => (state ? letterPlan(state, doc) : null), [state, doc]);
  const checklist = plan?.checklist ?? [];
  const points = useMemo(
    () => (input && state?.tab === 'call' ? renderTalkingPoints(input) : null),
    [input, state?.tab],
  );
  const request = useMemo(
    () =>
      state && profile && state.tab === 'manager'
        ? composeHiringManagerRequest(profile, state.language, {
            candidate: state.values.candidate,
            manager,
            sender: state.values.sender,
            ...(state.values.role.trim() ? { role: state.values.role } : {}),
          })
        : null,
    [state, profile, manager],
  );

  if (!loaded || !state) {
    return (
      <Shell host={host}>
        <p role="status">{t('sidebarLoading')}</p>
      </Shell>
    );
  }

  const setSection = <K extends keyof SectionsState>(key: K, value: Partial<SectionsState[K]>) =>
    change((s) => ({ ...s, sections: { ...s.sections, [key]: { ...s.sections[key], ...value } } }));
  const setValue = (key: keyof BuilderState['values'], value: string) =>
    change((s) => ({ ...s, values: { ...s.values, [key]: value } }));

  /**
   * One language per letter: standalone, the letter follows the chosen profile's language; beside a
   * draft it stays the draft's, and a built-in profile in another language is swapped for its sibling.
   */
  const selectProfile = (id: string, profiles: readonly JobProfile[] = loaded.profiles) =>
    change((s) => {
      const chosen = profiles.find((p) => p.id === id);
      if (!chosen) return { ...s, profileId: id, alternatives: {}, values: { ...s.values, role: '' } };
      const draftLanguage = snapshot.connected && context && isKnownLanguage(context.lang);
      const language = draftLanguage ? s.language : chosen.language;
      const sibling = draftLanguage ? siblingProfile(profiles, chosen, language) : undefined;
      return {
        ...s,
        language,
        profileId: (sibling ?? chosen).id,
        alternatives: {},
        values: { ...s.values, role: '' },
      };
    });

  const setLanguage = (language: Language) =>
    change((s) => {
      const current = loaded.profiles.find((p) => p.id === s.profileId);
      const sibling = current ? siblingProfile(loaded.profiles, current, language) : undefined;
      return { ...s, language, alternatives: {}, ...(sibling ? { profileId: sibling.id } : {}) };
    });

  const setStage = (stage: Stage) => {
    stageChosen.current = true;
    // Beside a draft the written feedback stays in view; standalone, the stage suggests the view.
    change((s) => ({
      ...s,
      stage,
      stageCue: null,
      tab: context ? s.tab : defaultTab(stage),
      alternatives: {},
    }));
  };

  const setOutcome = (id: string, outcome: Outcome) =>
    change((s) => ({
      ...s,
      assessments: { ...s.assessments, [id]: { note: s.assessments[id]?.note ?? '', outcome } },
    }));
  const setNote = (id: string, note: string) =>
    change((s) => {
      const prev = s.assessments[id];
      // Writing a note about a criterion still "not assessed" is almost always about a shortfall
      // the recruiter is about to mark; keep the outcome as chosen.
      return {
        ...s,
        assessments: { ...s.assessments, [id]: { outcome: prev?.outcome ?? 'not-assessed', note } },
      };
    });

  const cycle = (sentence: FeedbackSentence) =>
    change((s) => ({ ...s, alternatives: cycleAlternative(s.alternatives, sentence) }));

  const focusMissing = (value: MissingValue) => {
    const field = MISSING_FIELD[value];
    if (!field) return;
    if (['ks-candidate', 'ks-role', 'ks-company', 'ks-sender'].includes(field.field)) setDetailsOpen(true);
    if (value === 'link' && !state.sections.processFeedback.on) setSection('processFeedback', { on: true });
    requestAnimationFrame(() => document.getElementById(field.field)?.focus());
  };

  const insert = async () => {
    if (!host || !doc) return;
    const { html } = documentOutput(doc, window);
    setStatus({ kind: 'busy' });
    const result = await host.insert(html, renderPlainText(doc));
    setStatus({ kind: result.ok ? 'inserted' : 'insert-failed' });
  };

  const copy = async () => {
    let ok = false;
    if (state.tab === 'call' && points) ok = await copyToClipboard(points.text);
    else if (state.tab === 'manager' && request)
      ok = await copyToClipboard(`${request.subject}\n\n${request.text}`);
    else if (doc) ok = await copyToClipboard(renderPlainText(doc), documentOutput(doc, window).html);
    setStatus({ kind: ok ? 'copied' : 'copy-failed' });
  };

  const openDraft = () => {
    if (!request) return;
    const origin = window.location.ancestorOrigins?.[0];
    const url = newDraftUrl(context?.site, request.subject, request.text, origin);
    if (openUrl) openUrl(url);
    else window.open(url, '_blank', 'noopener');
  };

  const statusText: Record<Status['kind'], string> = {
    idle: '',
    busy: t('sidebarInserting'),
    inserted: t('sidebarInserted'),
    'insert-failed': t('sidebarInsertFailed'),
    copied: t('sidebarCopied'),
    'copy-failed': t('sidebarCopyFailed'),
    saved: status.kind === 'saved' ? t('sidebarQuickSaved', status.title) : '',
  };

  const draftLine = !snapshot.connected
    ? t('sidebarStandalone')
    : context?.analysis?.verdict === 'generic-rejection'
      ? t('sidebarDraftGeneric')
      : context?.analysis?.verdict === 'specific-rejection'
        ? t('sidebarDraftSpecific')
        : t('sidebarDraftOther');
  // The right to know the hired person's merits exists once someone is hired: the final stage.
  const informationRight = (state.language === 'sv' || state.language === 'nb') && state.stage === 'final';
  const byId = new Set(loaded.profiles.map((p) => p.id));

  return (
    <Shell host={host}>
      {loadFailed && (
        <p className="problem" role="alert" data-testid="load-failed">
          {t('sidebarLoadFailed')}
        </p>
      )}
      <p className="draft-line" data-testid="draft-line" data-verdict={context?.analysis?.verdict ?? ''}>
        {draftLine}
      </p>

      <section className="card" aria-labelledby="ks-setup-h">
        <h2 id="ks-setup-h">{t('sidebarSetup')}</h2>
        <div className="field">
          <label htmlFor="ks-profile">{t('sidebarProfile')}</label>
          <div className="row">
            <select
              id="ks-profile"
              ref={profileSelect}
              data-testid="profile-select"
              value={state.profileId ?? ''}
              aria-describedby="ks-profile-hint"
              onChange={(event) => selectProfile(event.target.value)}
            >
              {SOURCES.map((source) => {
                const list = loaded.profiles.filter((p) => (p.source ?? 'personal') === source);
                if (!list.length) return null;
                return (
                  <optgroup key={source} label={t(SOURCE_LABEL[source])}>
                    {list.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title} ({p.language})
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
            <button
              type="button"
              className="secondary"
              data-testid="new-profile"
              aria-expanded={quickOpen}
              onClick={() => setQuickOpen((open) => !open)}
            >
              {t('sidebarNewProfile')}
            </button>
          </div>
          <p id="ks-profile-hint" className="hint" data-testid="profile-hint">
            {profile && profile.language !== state.language
              ? t('sidebarProfileOtherLanguage')
              : profile && suggestion?.term && suggestion.profile.id === profile.id
                ? t('sidebarProfileSuggested', suggestion.term)
                : snapshot.connected && !suggestion?.term
                  ? t('sidebarProfileNoMatch')
                  : ''}
          </p>
        </div>
        {quickOpen && (
          <QuickProfile
            language={state.language}
            takenIds={byId}
            data={data}
            onCancel={() => {
              setQuickOpen(false);
              profileSelect.current?.focus();
            }}
            onSaved={async (saved) => {
              setQuickOpen(false);
              const profiles = await data
                .load()
                .then((content) => content.profiles)
                .catch(() => loaded.profiles);
              setLoaded({
                ...loaded,
                profiles: profiles.some((p) => p.id === saved.id) ? profiles : [...profiles, saved],
              });
              selectProfile(saved.id, [...profiles, saved]);
              setStatus({ kind: 'saved', title: saved.title });
              requestAnimationFrame(() => profileSelect.current?.focus());
            }}
          />
        )}
        <div className="grid2">
          <div className="field">
            <label htmlFor="ks-stage">{t('sidebarStage')}</label>
            <select
              id="ks-stage"
              data-testid="stage-select"
              value={state.stage}
              aria-describedby={state.stageCue ? 'ks-stage-hint' : undefined}
              onChange={(event) => setStage(event.target.value as Stage)}
            >
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(STAGE_LABEL[stage])}
                </option>
              ))}
            </select>
            {state.stageCue && (
              <p id="ks-stage-hint" className="hint" data-testid="stage-hint">
                {t('sidebarStageInferred', state.stageCue)}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="ks-language">{t('sidebarLanguage')}</label>
            <select
              id="ks-language"
              data-testid="language-select"
              value={state.language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {t(LANGUAGE_LABEL[lang])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <details
          open={detailsOpen}
          onToggle={(event) => setDetailsOpen((event.target as HTMLDetailsElement).open)}
        >
          <summary>{t('sidebarDetails')}</summary>
          <div className="grid2">
            {(
              [
                ['candidate', 'ks-candidate', 'sidebarCandidate'],
                ['role', 'ks-role', 'sidebarRole'],
                ['company', 'ks-company', 'sidebarCompany'],
                ['sender', 'ks-sender', 'sidebarSender'],
              ] as const
            ).map(([key, id, label]) => (
              <div className="field" key={key}>
                <label htmlFor={id}>{t(label)}</label>
                <input
                  id={id}
                  data-testid={`value-${key}`}
                  type="text"
                  value={state.values[key]}
                  maxLength={200}
                  autoComplete="off"
                  placeholder={key === 'role' ? profile?.title : undefined}
                  onChange={(event) => setValue(key, event.target.value)}
                />
              </div>
            ))}
          </div>
        </details>
      </section>

      {!profile ? (
        <p className="hint">{t('sidebarNeedProfile')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="ks-criteria-h">
            <h2 id="ks-criteria-h">{t('sidebarCriteria')}</h2>
            <p className="hint">{t('sidebarCriteriaHint')}</p>
            {profile.criteria.map((criterion, index) => (
              <CriterionRow
                key={`${profile.id}:${criterion.id}`}
                criterion={criterion}
                index={index}
                outcome={state.assessments[criterion.id]?.outcome ?? 'not-assessed'}
                note={state.assessments[criterion.id]?.note ?? ''}
                onOutcome={(outcome) => setOutcome(criterion.id, outcome)}
                onNote={(note) => setNote(criterion.id, note)}
              />
            ))}
          </section>

          <section className="card" aria-labelledby="ks-sections-h">
            <h2 id="ks-sections-h">{t('sidebarSections')}</h2>
            <fieldset className="letter-parts" data-testid="letter-parts">
              <legend className="visually-hidden">{t('sidebarLetterParts')}</legend>
              {(
                [
                  ['greeting', 'sidebarGreeting'],
                  ['thanks', 'sidebarThanks'],
                  ['closing', 'sidebarClosingLine'],
                  ['signOff', 'sidebarClosing'],
                ] as const
              ).map(([key, label]) => {
                const part = plan?.parts[key];
                return (
                  <label className="check" key={key} data-testid={`include-${key}`}>
                    <input
                      type="checkbox"
                      checked={part?.included ?? false}
                      aria-describedby={part?.inDraft ? `ks-in-draft-${key}` : undefined}
                      onChange={(event) => change((s) => ({ ...s, [key]: event.target.checked }))}
                    />
                    <span>{t(label)}</span>
                    {part?.inDraft && (
                      <span id={`ks-in-draft-${key}`} className="hint in-draft">
                        {t('sidebarAlreadyInDraft')}
                      </span>
                    )}
                  </label>
                );
              })}
            </fieldset>
            <SectionToggle
              id="comparison"
              label={t(state.stage === 'final' ? 'sidebarComparison' : 'sidebarComparisonEarly')}
              on={state.sections.comparison.on}
              onToggle={(on) => setSection('comparison', { on })}
            >
              <label htmlFor="ks-comparison">{t('sidebarComparisonText')}</label>
              <textarea
                id="ks-comparison"
                rows={2}
                maxLength={500}
                placeholder={t('sidebarComparisonPlaceholder')}
                value={state.sections.comparison.hired}
                onChange={(event) => setSection('comparison', { hired: event.target.value })}
              />
              {informationRight && (
                <p className="hint legal" data-testid="information-right-note">
                  {t('sidebarInformationRight')}
                </p>
              )}
            </SectionToggle>
            <SectionToggle
              id="tip"
              label={t('sidebarTip')}
              on={state.sections.tip.on}
              onToggle={(on) => setSection('tip', { on })}
            >
              <label htmlFor="ks-tip">{t('sidebarTipText')}</label>
              <textarea
                id="ks-tip"
                rows={2}
                maxLength={500}
                value={state.sections.tip.text}
                onChange={(event) => setSection('tip', { text: event.target.value })}
              />
            </SectionToggle>
            <SectionToggle
              id="talent-network"
              label={t('sidebarTalentNetwork')}
              on={state.sections.talentNetwork.on}
              onToggle={(on) => setSection('talentNetwork', { on })}
            >
              <label htmlFor="ks-months">{t('sidebarTalentMonths')}</label>
              <input
                id="ks-months"
                type="number"
                min={1}
                max={36}
                className="short"
                value={state.sections.talentNetwork.months}
                onChange={(event) => setSection('talentNetwork', { months: Number(event.target.value) })}
              />
              <p className="hint">{t('sidebarTalentConsent')}</p>
            </SectionToggle>
            <SectionToggle
              id="call-offer"
              label={t('sidebarCallOffer')}
              on={state.sections.callOffer.on}
              onToggle={(on) => setSection('callOffer', { on })}
            >
              <label htmlFor="ks-phone">{t('sidebarPhone')}</label>
              <input
                id="ks-phone"
                type="tel"
                autoComplete="off"
                value={state.sections.callOffer.phone}
                onChange={(event) => setSection('callOffer', { phone: event.target.value })}
              />
            </SectionToggle>
            <SectionToggle
              id="process-feedback"
              label={t('sidebarProcessFeedback')}
              on={state.sections.processFeedback.on}
              onToggle={(on) => setSection('processFeedback', { on })}
            >
              <label htmlFor="ks-process-url">{t('sidebarProcessUrl')}</label>
              <input
                id="ks-process-url"
                type="url"
                autoComplete="off"
                value={state.sections.processFeedback.url}
                aria-describedby="ks-process-url-hint"
                onChange={(event) => setSection('processFeedback', { url: event.target.value })}
              />
              <p id="ks-process-url-hint" className="hint">
                {t('sidebarProcessUrlHint')}
              </p>
            </SectionToggle>
          </section>

          <section className="card output" aria-labelledby="ks-output-h">
            <h2 id="ks-output-h" className="visually-hidden">
              {t('sidebarOutput')}
            </h2>
            <Tabs tab={state.tab} onTab={(tab) => setState((s) => (s ? { ...s, tab } : s))} />
            <div
              role="tabpanel"
              id={`ks-panel-${state.tab}`}
              aria-labelledby={`ks-tab-${state.tab}`}
              data-testid={`panel-${state.tab}`}
              className="panel"
            >
              {state.tab === 'feedback' && doc && (
                <FeedbackPanel doc={doc} checklist={checklist} onCycle={cycle} onMissing={focusMissing} />
              )}
              {state.tab === 'call' && points && <CallPanel points={points} />}
              {state.tab === 'manager' && request && (
                <ManagerPanel
                  request={request}
                  manager={manager}
                  onManager={setManager}
                  language={state.language}
                />
              )}
            </div>
          </section>
        </>
      )}
      <p className="hint privacy">{t('sidebarPrivacy')}</p>

      <footer className="actions">
        <p className="status" role="status" data-testid="builder-status" data-status={status.kind}>
          {statusText[status.kind]}
        </p>
        <div className="row end">
          {state.tab === 'manager' && (
            <button
              type="button"
              className="secondary"
              disabled={!request}
              onClick={openDraft}
              data-testid="manager-new-draft"
            >
              {t('sidebarManagerNewDraft')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={!doc}
            onClick={copy}
            data-testid="copy-output"
          >
            {t(
              state.tab === 'call'
                ? 'sidebarCopyTalkingPoints'
                : state.tab === 'manager'
                  ? 'sidebarCopyRequest'
                  : 'sidebarCopy',
            )}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="insert-feedback"
            disabled={!host || !snapshot.connected || !doc || status.kind === 'busy'}
            aria-describedby={!snapshot.connected ? 'ks-insert-hint' : undefined}
            onClick={insert}
          >
            {t('sidebarInsert')}
          </button>
        </div>
        {!snapshot.connected && (
          <p id="ks-insert-hint" className="hint">
            {t('sidebarInsertUnavailable')}
          </p>
        )}
      </footer>
    </Shell>
  );
}

function SectionToggle({
  id,
  label,
  on,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  on: boolean;
  onToggle(on: boolean): void;
  children: React.ReactNode;
}) {
  return (
    <div className="section-toggle" data-testid={`section-${id}`}>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(event) => onToggle(event.target.checked)} />
        <span>{label}</span>
      </label>
      {on && <div className="section-body">{children}</div>}
    </div>
  );
}

function Shell({ host, children }: { host: HostLink | null; children: React.ReactNode }) {
  return (
    <div className="app">
      <header className="bar">
        <h1>
          <span className="brand">Klarsvar</span> <span className="title">{t('sidebarTitle')}</span>
        </h1>
        {host && (
          <button
            type="button"
            className="icon"
            aria-label={t('sidebarClose')}
            title={t('sidebarClose')}
            onClick={() => host.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <main>{children}</main>
    </div>
  );
}

function isKnownLanguage(lang: string): boolean {
  return (LANGUAGES as readonly string[]).includes(lang);
}
