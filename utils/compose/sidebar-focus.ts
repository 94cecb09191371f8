/**
 * Whether the sidebar may take focus when it has become ready (see `ready-for-focus` in
 * sidebar-protocol.ts). It loads for a moment (storage, profiles through the background); a user
 * who meanwhile clicked back into the draft and went on typing must keep every keystroke there.
 * The draft is the one thing Klarsvar must never disturb, so when in doubt the answer is no.
 * `mayTakeFocus` is pure (plain values; the host gathers them from `document`), so it is unit-tested
 * without a page: tests/unit/compose/sidebar-focus.test.ts.
 */

export interface FocusSituation<T = unknown> {
  /** The page's `document.activeElement` now (a shadow host for focus inside a shadow root). */
  active: T | null;
  /** The page's active element when the sidebar was opened (the chip, a tooltip button, the draft for the keyboard command). */
  opener: T | null;
  /** The sidebar's iframe. */
  frame: T;
  /** `document.body` and `document.documentElement`: focus on nothing in particular. */
  nowhere: readonly (T | null)[];
  /**
   * The user pressed a key or a pointer button in the page (outside Klarsvar's own UI) after the
   * sidebar was opened: they have moved on, even if focus happens to be where it was.
   */
  movedOn: boolean;
}

export function mayTakeFocus<T>(s: FocusSituation<T>): boolean {
  // Already in the frame (clicked into the loading sidebar): placing them on its first control is expected.
  if (s.active !== null && s.active === s.frame) return true;
  if (s.movedOn) return false;
  if (s.active === null || s.nowhere.includes(s.active)) return true;
  return s.opener !== null && s.active === s.opener;
}

/** Klarsvar's own UI in the page: an element inside a `klarsvar-*` shadow host or marked `data-klarsvar-ui`. */
export function isKlarsvarUi(target: EventTarget | null | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[data-klarsvar-ui]') !== null) return true;
  if (target.tagName.startsWith('KLARSVAR-')) return true;
  const root = target.getRootNode();
  return root instanceof ShadowRoot && root.host.tagName.startsWith('KLARSVAR-');
}
