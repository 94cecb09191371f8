import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { LockableSetting } from '@/utils/schema/policy';
import { lockedKeys, type ParsedPolicy, parsePolicy, readManagedPolicy } from '@/utils/sync/policy';

export interface PolicyState extends ParsedPolicy {
  locked: Set<LockableSetting>;
}

const EMPTY: PolicyState = { ...parsePolicy(undefined), locked: new Set() };

/** The organisation's policy (storage.managed), kept current while the page is open. */
export function usePolicy(): PolicyState {
  const [state, setState] = useState<PolicyState>(EMPTY);
  useEffect(() => {
    let alive = true;
    const read = () =>
      void readManagedPolicy().then((parsed) => {
        if (alive) setState({ ...parsed, locked: lockedKeys(parsed.policy) });
      });
    read();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed') read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
