import { useEffect } from 'react';
import { type MessageKey, t, uiLanguage } from '@/utils/i18n';
import { AnnounceProvider, Announcer } from './announce';
import { DetectionView } from './DetectionView';
import { routeHref, useRoute } from './hooks';
import { ImportExportView } from './ImportExportView';
import { PhrasebooksView } from './PhrasebooksView';
import { ProfilesView } from './ProfilesView';
import { TeamSyncView } from './team-sync/TeamSyncView';

/**
 * The options page. Views are addressed by the hash (`#/profiles/<id>`, `#/phrasebooks`,
 * `#/detection`, `#/import-export`) so the background can open one directly. Team sync gets its
 * own view (`#/team`) in a later issue: add it to VIEWS and render it below.
 */
const VIEWS: { id: string; label: MessageKey }[] = [
  { id: 'profiles', label: 'optNavProfiles' },
  { id: 'phrasebooks', label: 'optNavPhrasebooks' },
  { id: 'detection', label: 'optNavDetection' },
  { id: 'import-export', label: 'optNavImportExport' },
  { id: 'team', label: 'syncNavTeam' },
];

export function OptionsApp() {
  const [view = 'profiles', selected] = useRoute();
  const current = VIEWS.some((v) => v.id === view) ? view : 'profiles';

  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    document.title = `${t('optPageTitle')} – Klarsvar`;
  }, []);

  useEffect(() => {
    const label = VIEWS.find((v) => v.id === current)?.label;
    if (label) document.title = `${t(label)} – Klarsvar`;
  }, [current]);

  return (
    <AnnounceProvider>
      <a className="skip-link" href="#main">
        {t('optSkipToContent')}
      </a>
      <header className="page-header">
        <div className="brand">
          <img src="/icon/48.png" alt="" width="32" height="32" />
          <div>
            <h1>Klarsvar</h1>
            <p className="tagline">{t('optTagline')}</p>
          </div>
        </div>
        <nav aria-label={t('optNavLabel')} className="tabs">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <a
                  href={routeHref(v.id)}
                  aria-current={v.id === current ? 'page' : undefined}
                  data-testid={`nav-${v.id}`}
                >
                  {t(v.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {current === 'profiles' && <ProfilesView selectedId={selected} />}
        {current === 'phrasebooks' && <PhrasebooksView selectedId={selected} />}
        {current === 'detection' && <DetectionView />}
        {current === 'import-export' && <ImportExportView />}
        {current === 'team' && <TeamSyncView />}
        <Announcer />
      </main>
    </AnnounceProvider>
  );
}
