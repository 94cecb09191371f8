/**
 * Where the sidebar reads profiles, phrasebooks and settings, and saves a quick profile: the
 * extension's own IndexedDB and storage (the sidebar is an extension page). Injected into the UI
 * so tests can count every write.
 */
import { listPhrasebooks, listProfiles, savePersonalProfile } from '@/utils/db';
import type { JobProfile, JobProfileInput, Phrasebook, Settings } from '@/utils/schema';
import { getSettings } from '@/utils/settings';

export interface SidebarData {
  loadProfiles(): Promise<JobProfile[]>;
  loadPhrasebooks(): Promise<Phrasebook[]>;
  loadSettings(): Promise<Settings>;
  /** Saves a personal profile (the same store the options page edits). */
  saveProfile(input: JobProfileInput): Promise<JobProfile>;
}

export const extensionData: SidebarData = {
  loadProfiles: async () => (await listProfiles()).records,
  loadPhrasebooks: async () => (await listPhrasebooks()).records,
  loadSettings: () => getSettings(),
  saveProfile: (input) => savePersonalProfile(input),
};
