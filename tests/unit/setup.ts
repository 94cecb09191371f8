import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCachedProgram } from '../../scripts/lib/program-cache';

// Every test file gets a fresh module graph, so each one that imports the analyzer compiled the six
// languages' patterns again (≈ 2 s a file). The CLI's on-disk program cache (keyed by a hash of every
// analysis source, so never stale) gives the default engine the same program for a fraction of that.
loadCachedProgram();

beforeEach(() => {
  fakeBrowser.reset();
});
