import { ts } from './i18n';

/** "Set by your organisation" beside a control the enterprise policy locks (link it with aria-describedby). */
export function LockedNote({ id, locked }: { id: string; locked: boolean }) {
  if (!locked) return null;
  return (
    <span className="locked-note badge badge-team" id={id} data-testid="locked-note">
      {ts('syncLockedBySetting')}
    </span>
  );
}
