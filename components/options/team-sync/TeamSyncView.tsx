import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb, type PhrasebookRow, type ProfileRow } from '@/utils/db/database';
import { DEFAULT_INTERVAL_MINUTES, type Subscription } from '@/utils/schema/subscription';
import { type SyncReply, type SyncRequest, sendSyncRequest } from '@/utils/sync/messages';
import { listSubscriptions } from '@/utils/sync/subscriptions';
import { urlProblem } from '@/utils/sync/url';
import { useAnnounce } from '../announce';
import { useLive } from '../hooks';
import { relativeTime, type SyncKey, ts } from './i18n';
import { usePolicy } from './policy';
import { describeStatus, originPattern } from './status';
import { malformedUrlText } from './url-problem';

const INTERVALS: [number, SyncKey][] = [
  [15, 'syncEvery15m'],
  [30, 'syncEvery30m'],
  [60, 'syncEvery1h'],
  [180, 'syncEvery3h'],
  [360, 'syncEvery6h'],
  [720, 'syncEvery12h'],
  [1440, 'syncEvery24h'],
];

const PROBLEM_KEYS: Record<string, SyncKey> = {
  'invalid-url': 'syncProblemInvalidUrl',
  'malformed-url': 'syncProblemMalformedUrl',
  'insecure-url': 'syncProblemInsecureUrl',
  'credentials-url': 'syncProblemCredentialsUrl',
  duplicate: 'syncProblemDuplicate',
  'invalid-interval': 'syncProblemInterval',
  'invalid-name': 'syncProblemName',
  managed: 'syncProblemManaged',
  'not-found': 'syncProblemNotFound',
};

function problemText(reply: Extract<SyncReply, { ok: false }>): string {
  const key = PROBLEM_KEYS[reply.problem];
  return key ? ts(key) : ts('syncProblemOther', { detail: reply.message ?? reply.problem });
}

const send = (request: SyncRequest) => sendSyncRequest(request, (m) => browser.runtime.sendMessage(m));

function IntervalSelect({
  id,
  value,
  disabled,
  onChange,
}: {
  id: string;
  value: number;
  disabled?: boolean;
  onChange: (minutes: number) => void;
}) {
  const options = INTERVALS.some(([m]) => m === value)
    ? INTERVALS
    : [...INTERVALS, [value, 'syncEveryMinutes'] as const];
  return (
    <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
      {options.map(([minutes, key]) => (
        <option key={minutes} value={minutes}>
          {ts(key, { minutes })}
        </option>
      ))}
    </select>
  );
}

/** Shown when the host refused a cross-origin read: asks for that one origin, from the click itself. */
function PermissionOffer({ sub, onGranted }: { sub: Subscription; onGranted: () => void }) {
  const [granted, setGranted] = useState<boolean | undefined>();
  const [denied, setDenied] = useState(false);
  const pattern = originPattern(sub.url);
  const host = new URL(sub.url).host;
  const whyId = useId();

  useEffect(() => {
    let alive = true;
    Promise.resolve(browser.permissions?.contains({ origins: [pattern] }))
      .then((has) => alive && setGranted(Boolean(has)))
      .catch(() => alive && setGranted(false));
    return () => {
      alive = false;
    };
  }, [pattern]);

  if (granted !== false) return null;
  return (
    <div className="note" data-testid="permission-offer">
      <p id={whyId}>{ts('syncPermissionWhy', { host })}</p>
      <button
        type="button"
        className="secondary"
        aria-describedby={whyId}
        onClick={() => {
          // The request must be the first thing the click does (it needs the user gesture).
          browser.permissions
            .request({ origins: [pattern] })
            .then((ok) => {
              setGranted(ok);
              setDenied(!ok);
              if (ok) onGranted();
            })
            .catch(() => setDenied(true));
        }}
        data-testid="permission-allow"
      >
        {ts('syncPermissionAllow', { host })}
      </button>
      {denied && <p className="field-error">{ts('syncPermissionDenied')}</p>}
    </div>
  );
}

function TeamContent({ profiles, phrasebooks }: { profiles: ProfileRow[]; phrasebooks: PhrasebookRow[] }) {
  const headingId = useId();
  if (!profiles.length && !phrasebooks.length) return null;
  return (
    <section aria-labelledby={headingId} className="team-content" data-testid="team-content">
      <h4 id={headingId}>{ts('syncContentHeading')}</h4>
      <p className="hint">{ts('syncContentReadOnly')}</p>
      {profiles.length > 0 && (
        <>
          <h5>{ts('syncContentProfiles')}</h5>
          <ul data-testid="team-profiles">
            {profiles.map((p) => (
              <li key={p.id} lang={p.language}>
                {p.title} <span className="lang-tag">{p.language}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {phrasebooks.length > 0 && (
        <>
          <h5>{ts('syncContentPhrasebooks')}</h5>
          <ul data-testid="team-phrasebooks">
            {phrasebooks.map((p) => (
              <li key={p.id} lang={p.language}>
                {p.name} <span className="lang-tag">{p.language}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SubscriptionItem({
  sub,
  profiles,
  phrasebooks,
}: {
  sub: Subscription;
  profiles: ProfileRow[];
  phrasebooks: PhrasebookRow[];
}) {
  const announce = useAnnounce();
  const ids = { heading: useId(), interval: useId(), managed: useId() };
  const [running, setRunning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [, setTick] = useState(0);

  // Relative times ("5 minutes ago") stay true while the page is open.
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);

  const act = async (request: SyncRequest, done?: string) => {
    setMessage('');
    const reply = await send(request);
    if (!reply.ok) setMessage(problemText(reply));
    else if (done) announce(done);
    return reply;
  };

  const syncNow = async () => {
    setRunning(true);
    try {
      const reply = await act({ type: 'sync', id: sub.id });
      if (reply.ok && reply.subscription)
        announce(describeStatus(reply.subscription, ts, (iso) => relativeTime(iso)));
    } finally {
      setRunning(false);
    }
  };

  const status = running ? ts('syncRunning') : describeStatus(sub, ts, (iso) => relativeTime(iso));
  return (
    <li className="panel subscription" data-testid="subscription" data-subscription-id={sub.id}>
      <article aria-labelledby={ids.heading}>
        <div className="editor-header">
          <h3 id={ids.heading}>{sub.name}</h3>
          {sub.managed && (
            <span className="badge badge-team" id={ids.managed} data-testid="subscription-managed">
              {ts('syncManaged')}
            </span>
          )}
        </div>
        <p className="mono subscription-url">{sub.url}</p>
        {sub.managed && <p className="hint">{ts('syncManagedHint')}</p>}
        <p
          className={sub.lastError ? 'field-warning' : 'muted'}
          data-testid="subscription-status"
          data-state={running ? 'running' : sub.lastError ? 'error' : sub.lastSuccessAt ? 'ok' : 'never'}
          data-error-code={sub.lastError?.code}
          aria-live="polite"
        >
          {status}
        </p>
        {sub.lastError?.code === 'unreachable' && (
          <PermissionOffer sub={sub} onGranted={() => void syncNow()} />
        )}
        <div className="row">
          <label className="check">
            <input
              type="checkbox"
              role="switch"
              aria-checked={sub.enabled}
              checked={sub.enabled}
              disabled={sub.managed}
              aria-describedby={sub.managed ? ids.managed : undefined}
              onChange={(e) =>
                void act({ type: 'update', id: sub.id, enabled: e.target.checked }, ts('syncSaved'))
              }
              data-testid="subscription-enabled"
            />
            {ts('syncEnabled')}
          </label>
          <div className="field narrow">
            <label htmlFor={ids.interval}>{ts('syncIntervalLabel')}</label>
            <IntervalSelect
              id={ids.interval}
              value={sub.intervalMinutes}
              disabled={sub.managed}
              onChange={(minutes) =>
                void act({ type: 'update', id: sub.id, intervalMinutes: minutes }, ts('syncSaved'))
              }
            />
          </div>
        </div>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => void syncNow()}
            disabled={running}
            aria-busy={running}
            data-testid="sync-now"
          >
            {ts('syncNow')}
          </button>
          {!sub.managed && !confirming && (
            <button
              type="button"
              className="danger"
              onClick={() => setConfirming(true)}
              data-testid="subscription-remove"
            >
              {ts('syncRemove')}
            </button>
          )}
          {confirming && (
            <span className="confirm">
              <span>{ts('syncRemoveConfirm', { name: sub.name })}</span>
              <button
                type="button"
                className="danger"
                onClick={() => void act({ type: 'remove', id: sub.id }, ts('syncRemoved'))}
                data-testid="subscription-remove-confirm"
              >
                {ts('syncRemoveYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {ts('syncCancel')}
              </button>
            </span>
          )}
          {message && (
            <span className="field-error" role="alert">
              {message}
            </span>
          )}
        </div>
        <TeamContent profiles={profiles} phrasebooks={phrasebooks} />
      </article>
    </li>
  );
}

function AddForm() {
  const announce = useAnnounce();
  const ids = {
    url: useId(),
    urlHint: useId(),
    problem: useId(),
    name: useId(),
    interval: useId(),
    heading: useId(),
  };
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [interval, setInterval] = useState(DEFAULT_INTERVAL_MINUTES);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  const submit = async () => {
    setStatus('');
    const local = urlProblem(url);
    if (local) {
      // An address that starts like one but does not parse (`https://%zz`) gets its own words.
      const malformed = local === 'invalid-url' || !PROBLEM_KEYS[local] ? malformedUrlText(url) : null;
      setProblem(malformed ?? ts(PROBLEM_KEYS[local] ?? 'syncProblemInvalidUrl'));
      return;
    }
    setProblem('');
    setBusy(true);
    setStatus(ts('syncAdding'));
    try {
      const reply = await send({
        type: 'add',
        url: url.trim(),
        intervalMinutes: interval,
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      if (!reply.ok) {
        setStatus('');
        setProblem(problemText(reply));
        return;
      }
      setUrl('');
      setName('');
      setStatus(ts('syncAdded'));
      announce(ts('syncAdded'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel"
      aria-labelledby={ids.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h3 id={ids.heading}>{ts('syncAddHeading')}</h3>
      <div className="field">
        <label htmlFor={ids.url}>{ts('syncUrlLabel')}</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          required
          value={url}
          aria-describedby={problem ? `${ids.urlHint} ${ids.problem}` : ids.urlHint}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setUrl(e.target.value)}
          data-testid="subscription-url"
        />
        <p className="hint" id={ids.urlHint}>
          {ts('syncUrlHint')}
        </p>
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor={ids.name}>{ts('syncNameLabel')}</label>
          <input
            id={ids.name}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="subscription-name"
          />
        </div>
        <div className="field narrow">
          <label htmlFor={ids.interval}>{ts('syncIntervalLabel')}</label>
          <IntervalSelect id={ids.interval} value={interval} onChange={setInterval} />
        </div>
      </div>
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={busy}
          aria-busy={busy}
          data-testid="subscription-add"
        >
          {ts('syncAdd')}
        </button>
        <span className="status" role="status" data-testid="subscription-add-status">
          {status}
        </span>
        {problem && (
          <span className="field-error" role="alert" id={ids.problem} data-testid="subscription-add-problem">
            {problem}
          </span>
        )}
      </div>
    </form>
  );
}

const subscriptionsQuery = () => listSubscriptions(getDb());
const teamContentQuery = async () => {
  const db = getDb();
  const [profiles, phrasebooks] = await Promise.all([
    db.profiles.where('source').equals('team').toArray(),
    db.phrasebooks.where('source').equals('team').toArray(),
  ]);
  return { profiles, phrasebooks };
};

/**
 * The options page's "Team sync" view (`#/team`). Live queries: what the background writes (alarm
 * syncs included) shows up here at once (Dexie broadcasts changes between extension pages).
 */
export function TeamSyncView() {
  const subs = useLive(subscriptionsQuery);
  const team = useLive(teamContentQuery);
  const policy = usePolicy();
  const headingId = useId();
  const listId = useId();

  return (
    <section className="view stack" aria-labelledby={headingId} data-testid="team-sync-view">
      <div>
        <h2 id={headingId}>{ts('syncHeading')}</h2>
        <p className="intro">{ts('syncIntro')}</p>
        {policy.ignored.length > 0 && (
          <p className="field-warning">{ts('syncPolicyIgnored', { list: policy.ignored.join('; ') })}</p>
        )}
      </div>
      <AddForm />
      <section aria-labelledby={listId}>
        <h3 id={listId}>{ts('syncListHeading')}</h3>
        {subs && subs.length === 0 && <p className="empty">{ts('syncEmpty')}</p>}
        <ul className="stack subscription-list" aria-busy={subs === undefined}>
          {(subs ?? []).map((sub) => (
            <SubscriptionItem
              key={sub.id}
              sub={sub}
              profiles={(team?.profiles ?? []).filter((p) => p.sourceId === sub.id)}
              phrasebooks={(team?.phrasebooks ?? []).filter((p) => p.sourceId === sub.id)}
            />
          ))}
        </ul>
      </section>
    </section>
  );
}
