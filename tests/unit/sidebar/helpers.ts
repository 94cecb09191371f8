import { vi } from 'vitest';
import type { HostLink, HostSnapshot, InsertResult } from '@/components/sidebar/connection';
import type { SidebarData } from '@/components/sidebar/data';
import type { ComposeContext } from '@/utils/compose/sidebar-protocol';
import { builtinPhrasebooks, builtinProfiles } from '@/utils/db/builtin';
import { DEFAULT_SETTINGS, JobProfile, type Settings } from '@/utils/schema';

export function fakeData(settings: Partial<Settings> = {}): SidebarData & { saved: unknown[] } {
  const saved: unknown[] = [];
  const personal: JobProfile[] = [];
  return {
    saved,
    load: async () => ({
      profiles: [...personal, ...builtinProfiles()],
      phrasebooks: builtinPhrasebooks(),
      settings: { ...structuredClone(DEFAULT_SETTINGS), ...settings },
    }),
    saveProfile: vi.fn(async (input) => {
      saved.push(input);
      const profile = JobProfile.parse({ ...input, source: 'personal' });
      personal.push(profile);
      return profile;
    }),
  };
}

/** A host that records what the sidebar sends and lets the test push draft contexts. */
export class FakeHost implements HostLink {
  snapshot: HostSnapshot = { connected: true, context: null };
  listeners = new Set<() => void>();
  inserts: { html: string; text: string }[] = [];
  closed = 0;
  result: InsertResult = { ok: true };

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;
  setContext(context: ComposeContext) {
    this.snapshot = { connected: true, context };
    for (const l of this.listeners) l();
  }
  insert = async (html: string, text: string) => {
    this.inserts.push({ html, text });
    return this.result;
  };
  close = () => {
    this.closed++;
  };
  /** Calls `granted` at once unless `grantFocus` is false (the user went on in the draft). */
  grantFocus = true;
  focusAsked = 0;
  readyForFocus = (granted: () => void) => {
    this.focusAsked++;
    if (this.grantFocus) granted();
  };
}

export function context(overrides: Partial<ComposeContext> = {}): ComposeContext {
  return {
    site: 'gmail',
    lang: 'en',
    subject: 'Your application for Backend developer',
    recipientName: 'Sam Lee',
    greetingName: '',
    ownText:
      'Thank you for your application. Unfortunately we have decided to move forward with other candidates.',
    analysis: null,
    ...overrides,
  };
}
