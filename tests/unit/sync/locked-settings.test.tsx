// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnnounceProvider } from '@/components/options/announce';
import { DetectionView } from '@/components/options/DetectionView';
import { SETTINGS_KEY } from '@/utils/settings';

afterEach(() => cleanup());

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

describe('locked settings in the options page', () => {
  it('shows policy-locked settings with the policy value, disabled and marked; others stay editable', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { warnBeforeSend: false, sites: { gmail: false, outlook: true } },
    });
    await fakeBrowser.storage.managed.set({
      lockedSettings: { warnBeforeSend: true, sites: { outlook: false } },
      processFeedbackUrl: 'https://acme.example.com/feedback',
    });
    render(
      <AnnounceProvider>
        <DetectionView />
      </AnnounceProvider>,
    );
    await screen.findByTestId('warn-before-send');
    await waitFor(() => expect(input('warn-before-send').disabled).toBe(true));
    expect(input('warn-before-send').checked).toBe(true);
    expect(input('site-outlook').disabled).toBe(true);
    expect(input('site-outlook').checked).toBe(false);
    expect(input('process-url').disabled).toBe(true);
    expect(input('process-url').value).toBe('https://acme.example.com/feedback');
    // Not locked: the user's own value, editable.
    expect(input('site-gmail').disabled).toBe(false);
    expect(input('site-gmail').checked).toBe(false);
    expect(input('detect-lang-sv').disabled).toBe(false);
    expect(screen.getAllByTestId('locked-note')).toHaveLength(3);
    expect(input('warn-before-send').getAttribute('aria-describedby')).toBe('locked-warn');
    expect(document.getElementById('locked-warn')?.textContent).toMatch(/organisation|syncLockedBySetting/);
  });

  it('follows a policy change while the page is open', async () => {
    render(
      <AnnounceProvider>
        <DetectionView />
      </AnnounceProvider>,
    );
    await screen.findByTestId('warn-before-send');
    expect(input('warn-before-send').disabled).toBe(false);
    await act(() => fakeBrowser.storage.managed.set({ lockedSettings: { warnBeforeSend: true } }));
    await waitFor(() => expect(input('warn-before-send').disabled).toBe(true));
  });
});
