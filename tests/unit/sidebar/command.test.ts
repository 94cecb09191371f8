import { describe, expect, it } from 'vitest';
import { openBuilderInActiveTab, registerOpenBuilderCommand } from '@/components/sidebar/command';
import { OpenBuilderMessage } from '@/utils/compose/sidebar-protocol';

function fakeApi(tabs: { id?: number }[], refuse = false) {
  const sent: [number, unknown][] = [];
  let listener: ((command: string) => void) | undefined;
  return {
    sent,
    fire: (command: string) => listener?.(command),
    tabs: {
      query: async (query: { active: boolean; lastFocusedWindow: boolean }) => {
        expect(query).toEqual({ active: true, lastFocusedWindow: true });
        return tabs;
      },
      sendMessage: async (id: number, message: unknown) => {
        if (refuse) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push([id, message]);
      },
    },
    commands: { onCommand: { addListener: (fn: (command: string) => void) => (listener = fn) } },
  };
}

describe('keyboard command open-builder', () => {
  it('asks the active tab to open the builder', async () => {
    const api = fakeApi([{ id: 7 }]);
    expect(await openBuilderInActiveTab(api)).toBe(true);
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]?.[0]).toBe(7);
    expect(OpenBuilderMessage.safeParse(api.sent[0]?.[1]).success).toBe(true);
  });

  it('is quiet on tabs without the content script and without a tab', async () => {
    expect(await openBuilderInActiveTab(fakeApi([{ id: 3 }], true))).toBe(false);
    expect(await openBuilderInActiveTab(fakeApi([]))).toBe(false);
  });

  it('reacts to its own command only', async () => {
    const api = fakeApi([{ id: 9 }]);
    registerOpenBuilderCommand(api);
    api.fire('something-else');
    api.fire('open-builder');
    await new Promise((r) => setTimeout(r, 0));
    expect(api.sent.map(([id]) => id)).toEqual([9]);
  });
});
