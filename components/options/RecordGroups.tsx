import { type ReactNode, useId } from 'react';
import { type MessageKey, t, tp } from '@/utils/i18n';
import type { Source } from '@/utils/schema';
import type { Group, Grouped } from './grouping';
import { routeHref } from './hooks';
import { languageLabel } from './labels';

type Kind = 'profiles' | 'phrasebooks';

const HEADINGS: Record<Kind, Record<Source, MessageKey>> = {
  profiles: {
    personal: 'optGroupProfilesPersonal',
    team: 'optGroupProfilesTeam',
    builtin: 'optGroupProfilesBuiltin',
  },
  phrasebooks: {
    personal: 'optGroupPhrasebooksPersonal',
    team: 'optGroupPhrasebooksTeam',
    builtin: 'optGroupPhrasebooksBuiltin',
  },
};

const EMPTY: Record<Kind, Partial<Record<Source, MessageKey>>> = {
  profiles: { personal: 'optGroupEmptyPersonalProfiles', team: 'optGroupEmptyTeam' },
  phrasebooks: { personal: 'optGroupEmptyPersonalPhrasebooks', team: 'optGroupEmptyTeam' },
};

function GroupList<T>({
  kind,
  group,
  searching,
  hidden,
  keyOf,
  renderItem,
}: {
  kind: Kind;
  group: Group<T>;
  searching: boolean;
  hidden: number;
  keyOf(record: T): string;
  renderItem(record: T): ReactNode;
}) {
  const headingId = useId();
  const empty = EMPTY[kind][group.source];
  if (group.count === 0 && (searching || !empty) && !hidden) return null;
  const byLanguage = group.sections.length > 1;
  return (
    <div className="record-group" data-testid={`${kind}-group-${group.source}`}>
      <h3 id={headingId} className="group-heading">
        {t(HEADINGS[kind][group.source])} <span className="group-count">({group.count})</span>
      </h3>
      {group.count === 0 && empty && !searching && <p className="hint">{t(empty)}</p>}
      {group.sections.map((section) => (
        <div key={section.language ?? group.source}>
          {byLanguage && section.language && (
            <h4 className="section-heading" id={`${headingId}-${section.language}`}>
              {languageLabel(section.language)}
            </h4>
          )}
          <ul
            className="record-list"
            aria-labelledby={byLanguage && section.language ? `${headingId}-${section.language}` : headingId}
          >
            {section.items.map((record) => (
              <li key={keyOf(record)}>{renderItem(record)}</li>
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <p className="hint" data-testid={`${kind}-hidden`}>
          {tp(kind === 'profiles' ? 'countHiddenProfiles' : 'countHiddenPhrasebooks', hidden)}{' '}
          <a href={routeHref('detection')}>{t('optChangeLanguages')}</a>
        </p>
      )}
    </div>
  );
}

/** The list pane's records, grouped: mine, my team's, built in (by language). */
export function RecordGroups<T>({
  kind,
  grouped,
  searching,
  keyOf,
  renderItem,
}: {
  kind: Kind;
  grouped: Grouped<T>;
  searching: boolean;
  keyOf(record: T): string;
  renderItem(record: T): ReactNode;
}) {
  return (
    <div
      className="record-groups"
      id={`${kind}-list`}
      data-testid={kind === 'profiles' ? 'profile-list' : 'phrasebook-list'}
    >
      {grouped.groups.map((group) => (
        <GroupList
          key={group.source}
          kind={kind}
          group={group}
          searching={searching}
          hidden={group.source === 'builtin' ? grouped.hiddenBuiltins : 0}
          keyOf={keyOf}
          renderItem={renderItem}
        />
      ))}
    </div>
  );
}
