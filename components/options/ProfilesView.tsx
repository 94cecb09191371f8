import { useMemo, useState } from 'react';
import { duplicateProfile, listProfiles } from '@/utils/db/repository';
import { t, tp, uiLanguage } from '@/utils/i18n';
import { words } from '@/utils/profiles/fold';
import type { JobProfile } from '@/utils/schema';
import { useAnnounce } from './announce';
import { groupRecords } from './grouping';
import { navigate, routeHref, useLive, useSettings } from './hooks';
import { categoryLabel, languageLabel, requirementLabel, sourceLabel } from './labels';
import { ProfileEditor } from './ProfileEditor';
import { ReadOnlyHeader } from './ReadOnlyHeader';
import { RecordGroups } from './RecordGroups';
import { SourceBadge } from './SourceBadge';

const query = () => listProfiles();

function newProfile(): JobProfile {
  const id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return { id, title: '', aliases: [], language: 'sv', criteria: [], source: 'personal' };
}

/** Every typed word must occur in a word of the title or an alias; case and diacritics are ignored. */
export function profileMatchesSearch(profile: JobProfile, search: string): boolean {
  const wanted = words(search);
  if (!wanted.length) return true;
  const have = [profile.title, ...profile.aliases].flatMap((s) => words(s));
  return wanted.every((w) => have.some((h) => h.includes(w)));
}

export function ProfilesView({ selectedId }: { selectedId: string | undefined }) {
  const resolved = useLive(query);
  const settings = useSettings();
  const [search, setSearch] = useState('');
  const [draftNew] = useState(newProfile);
  const profiles = resolved?.records ?? [];
  const languages = settings?.detectionLanguages;
  const grouped = useMemo(
    () =>
      groupRecords(profiles, {
        languages: languages ?? [],
        uiLanguage: uiLanguage(),
        title: (p) => p.title,
        matches: (p) => profileMatchesSearch(p, search),
      }),
    [profiles, search, languages],
  );
  const isNew = selectedId === 'new';
  const selected = isNew ? draftNew : profiles.find((p) => p.id === selectedId);
  const conflict = resolved?.conflicts.find((c) => c.id === selected?.id);

  return (
    <section className="view two-pane" aria-labelledby="profiles-heading">
      <div className="pane-list">
        <h2 id="profiles-heading">{t('optProfilesHeading')}</h2>
        <p className="intro">{t('optProfilesIntro')}</p>
        <div className="list-tools">
          <div className="field">
            <label htmlFor="profile-search">{t('optProfilesSearch')}</label>
            <input
              id="profile-search"
              type="search"
              data-testid="profile-search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              aria-controls="profiles-list"
            />
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => navigate('profiles', 'new')}
            data-testid="profile-new"
          >
            + {t('optProfilesNew')}
          </button>
        </div>
        <p className="muted" aria-live="polite" data-testid="profile-count">
          {resolved && settings ? tp('countProfiles', grouped.shown) : ''}
        </p>
        {resolved && settings && grouped.shown === 0 && search.trim() && (
          <p className="empty">{t('optProfilesNone', { query: search })}</p>
        )}
        {resolved && settings && (
          <RecordGroups
            kind="profiles"
            grouped={grouped}
            searching={search.trim() !== ''}
            keyOf={(p) => p.id}
            renderItem={(p) => (
              <a
                href={routeHref('profiles', p.id)}
                className="record-link"
                aria-current={p.id === selectedId ? 'true' : undefined}
                data-testid="profile-item"
                data-profile-id={p.id}
              >
                <span className="record-title" lang={p.language}>
                  {p.title}
                </span>
                <span className="record-meta">
                  <SourceBadge source={p.source} />
                  <span className="lang-tag" title={languageLabel(p.language)}>
                    {p.language}
                  </span>
                  <span className="muted">{tp('countCriteria', p.criteria.length)}</span>
                </span>
                {p.aliases.length > 0 && <span className="record-aliases">{p.aliases.join(' · ')}</span>}
              </a>
            )}
          />
        )}
      </div>
      <div className="pane-detail">
        {!selected && <p className="empty">{t('optProfilesNoneSelected')}</p>}
        {selected && conflict && (
          <p className="note">
            {t('optOverrides', { source: conflict.shadowed.map((s) => sourceLabel(s.source)).join(', ') })}
          </p>
        )}
        {selected &&
          (selected.source === 'personal' ? (
            <ProfileEditor key={selected.id} profile={selected} isNew={isNew} />
          ) : (
            <ProfileDetails profile={selected} />
          ))}
      </div>
    </section>
  );
}

function ProfileDetails({ profile }: { profile: JobProfile }) {
  const announce = useAnnounce();
  const duplicate = async () => {
    const copy = await duplicateProfile(profile, { title: t('optCopySuffix', { name: profile.title }) });
    announce(t('optProfileDuplicated'));
    navigate('profiles', copy.id);
  };
  return (
    <article className="details" aria-labelledby="profile-details-heading">
      <ReadOnlyHeader
        headingId="profile-details-heading"
        title={profile.title}
        source={profile.source}
        onDuplicate={() => void duplicate()}
      />
      <dl className="facts">
        <dt>{t('optLanguage')}</dt>
        <dd>{languageLabel(profile.language)}</dd>
        {profile.aliases.length > 0 && (
          <>
            <dt>{t('optProfileAliasesShort')}</dt>
            <dd>{profile.aliases.join(', ')}</dd>
          </>
        )}
      </dl>
      <h4>{t('optCriteria')}</h4>
      <ol className="criteria-readonly">
        {profile.criteria.map((c) => (
          <li key={c.id}>
            <span className="criterion-label">{c.label}</span>
            <span className="record-meta">
              <span className={`req req-${c.requirement}`}>{requirementLabel(c.requirement)}</span>
              <span className="muted">{categoryLabel(c.category)}</span>
            </span>
            {c.description && <span className="muted block">{c.description}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}
