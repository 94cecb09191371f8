import { describe, expect, it } from 'vitest';
import { dockSide } from '@/utils/compose/sidebar-host';

describe('where the sidebar docks', () => {
  it('opens on the left when the draft is on the right (Gmail popup, Outlook reading pane)', () => {
    expect(dockSide({ left: 840, right: 1380 }, 1400)).toBe('left');
    expect(dockSide({ left: 580, right: 1360 }, 1400)).toBe('left');
  });

  it('opens on the right when the draft is on the left or fills the window', () => {
    expect(dockSide({ left: 20, right: 700 }, 1400)).toBe('right');
    expect(dockSide({ left: 0, right: 1400 }, 1400)).toBe('right');
  });
});
