// @vitest-environment happy-dom

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messagingData } from '@/components/sidebar/data';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { getDb } from '@/utils/db';
import { defaultHandlers, handleMessage } from '@/utils/messaging/handlers';
import { readManagedPolicy } from '@/utils/sync/policy';
import { context, FakeHost } from './helpers';

afterEach(cleanup);

/** The background as the sidebar page reaches it (the real handlers, the real DB). */
const extensionData = messagingData((message) =>
  handleMessage(defaultHandlers(), message, { url: fakeBrowser.runtime.getURL('/sidebar.html') }),
);

const CANDIDATE = 'Zebulon';
const NOTE = 'Quokka-note-4711';
const HIRED = 'platypus-hired-0815';

function webStorage(storage: Storage): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) out[key] = storage.getItem(key);
  }
  return out;
}

/** Everything in every IndexedDB database of this origin, and in every storage area, as one string. */
async function everythingStored(): Promise<{
  dump: string;
  idbRows: number;
  areas: Record<string, unknown>;
}> {
  let dump = '';
  let idbRows = 0;
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name as string);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      idbRows += rows.length;
      dump += JSON.stringify(rows);
    }
    db.close();
  }
  const areas = {
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    session: await fakeBrowser.storage.session.get(null),
    localStorage: webStorage(window.localStorage),
    sessionStorage: webStorage(window.sessionStorage),
  };
  dump += JSON.stringify(areas);
  return { dump, idbRows, areas };
}

async function session(host: FakeHost) {
  host.setContext(context({ recipientName: `${CANDIDATE} Example`, greetingName: CANDIDATE }));
  const view = render(<Sidebar data={extensionData} host={host} uiLanguage="en" />);
  const select = (await screen.findByTestId('profile-select')) as HTMLSelectElement;
  await waitFor(() => expect(select.value).toBe('builtin-backend-developer-en'));
  const row = screen.getAllByTestId('criterion-row')[1] as HTMLElement;
  fireEvent.click(within(row).getByRole('radio', { name: 'Not met' }));
  fireEvent.change(within(row).getByLabelText('Note (optional)'), { target: { value: NOTE } });
  fireEvent.click(screen.getByLabelText(/^What the (person hired|candidates we went on with) had/));
  fireEvent.change(screen.getByLabelText(/What they had/), { target: { value: HIRED } });
  expect(screen.getByTestId('feedback-preview').textContent).toContain(NOTE);
  fireEvent.click(screen.getByTestId('insert-feedback'));
  await waitFor(() => expect(host.inserts).toHaveLength(1));
  return view;
}

describe('the sidebar remembers nothing about the candidate', () => {
  it('writes no names, outcomes or notes to IndexedDB or extension storage during and after a session', async () => {
    await getDb().open();
    // the extension reads its policy at start and keeps the answer (utils/sync/policy.ts): that is no
    // candidate data and was written before any session
    await readManagedPolicy();
    const before = await everythingStored();
    const host = new FakeHost();
    const view = await session(host);
    expect(host.inserts[0]?.text).toContain(NOTE);
    view.unmount();
    const after = await everythingStored();
    expect(after.dump.toLowerCase()).not.toContain(CANDIDATE.toLowerCase());
    expect(after.dump.toLowerCase()).not.toContain(NOTE.toLowerCase());
    expect(after.dump.toLowerCase()).not.toContain(HIRED.toLowerCase());
    expect(after.idbRows).toBe(before.idbRows);
    expect(after.areas).toEqual(before.areas);
  });

  it('saving a quick profile stores the profile only (title and criteria), in the options profile store', async () => {
    const host = new FakeHost();
    await session(host);
    fireEvent.click(screen.getByTestId('new-profile'));
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Zoo keeper' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Criterion 1' }), {
      target: { value: 'Experience with large animals' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    });
    await waitFor(() =>
      expect((screen.getByTestId('profile-select') as HTMLSelectElement).value).toBe('personal-zoo-keeper'),
    );
    const rows = await getDb().profiles.toArray();
    expect(rows.map((r) => [r.source, r.id, r.title])).toEqual([
      ['personal', 'personal-zoo-keeper', 'Zoo keeper'],
    ]);
    const after = await everythingStored();
    expect(after.dump.toLowerCase()).not.toContain(CANDIDATE.toLowerCase());
    expect(after.dump.toLowerCase()).not.toContain(NOTE.toLowerCase());
    expect(after.dump.toLowerCase()).not.toContain(HIRED.toLowerCase());
    await getDb().profiles.clear();
  });
});
