/**
 * Where the sidebar reads profiles, phrasebooks and settings, and saves a quick profile. Inside a
 * webmail tab the sidebar is a third-party frame and Chromium refuses it IndexedDB when third-party
 * storage is blocked, so it always asks the background (the one owner of the database) by typed
 * messages. Injected into the UI so tests can count every write.
 */
import { sendMessage } from '@/utils/messaging/client';
import type { JobProfile, JobProfileInput, Phrasebook, Settings } from '@/utils/schema';

export interface SidebarContent {
  profiles: JobProfile[];
  phrasebooks: Phrasebook[];
  settings: Settings;
}

export interface SidebarData {
  load(): Promise<SidebarContent>;
  /** Saves a personal profile (the same store the options page edits). */
  saveProfile(input: JobProfileInput): Promise<JobProfile>;
}

type Send = (message: unknown) => Promise<unknown>;

/** The background's answers; `send` replaces `browser.runtime.sendMessage` in tests. */
export function messagingData(send?: Send): SidebarData {
  return {
    load: () => sendMessage('sidebar-data', {}, send),
    saveProfile: async (profile) => (await sendMessage('save-profile', { profile }, send)).profile,
  };
}

export const extensionData: SidebarData = messagingData();
