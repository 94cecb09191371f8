import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';

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
