import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Settings } from '@/utils/schema';
import { getSettings, getStoredSettings, watchSettings } from '@/utils/settings';

/** Subscribes to a Dexie live query; re-runs whenever the tables it read change (any page). */
export function useLive<T>(query: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Klarsvar: live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, [query]);
  return value;
}

function subscribeHash(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The route in the hash: `#/profiles/some-id` → ['profiles', 'some-id']. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

export function navigate(...parts: string[]): void {
  window.location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
}

export function routeHref(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/**
 * The settings in effect, kept current: the stored ones at once, then with the organisation's
 * policy on top (storage.managed can take a moment to answer).
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getStoredSettings()
      .then((s) => alive && setSettings((current) => current ?? s))
      .then(() => getSettings())
      .then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}
