/**
 * How long editors wait for the analysis frame before analysing in the page. Analysing in the page
 * is cheap once the page's engine is built, but the first time it builds it (loading the program
 * compiled at build time, ≈ 0.1 s on the webmail's main thread; ≈ 0.8 s, a visible freeze, if it has
 * to compile the patterns because that file is missing). While the frame is starting, or loading new team data
 * (its thread is the extension's, which the options page that just wrote that data may keep busy),
 * a late answer is expected: editors wait for it, up to a deadline, rather than compile in the page. Once
 * the frame has answered under the current data, an answer is due within ANSWER_MS again.
 */

/** A typing pause's answer later than this is dropped and the pause analysed in the page instead. */
export const ANSWER_MS = 80;

export class FrameWait {
  /** Date.now() until which a late answer is expected (0: the frame is settled). */
  private until = 0;
  private waiters: (() => void)[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The frame starts, or loads new data: editors wait up to `ms` from now (never less than an
   * earlier wait still running), `join` queues them until `ready` or the deadline.
   */
  begin(ms: number): void {
    const until = Math.max(this.until, Date.now() + ms);
    this.until = until;
    this.waiters ??= [];
    clearTimeout(this.timer);
    this.timer = setTimeout(this.release, until - Date.now());
  }

  /** True while waiting: `then` runs once the frame is ready, has failed or the deadline passed. */
  join(then: () => void): boolean {
    if (!this.waiters) return false;
    this.waiters.push(then);
    return true;
  }

  /** The frame holds the current data: the waiting editors send their requests now. */
  ready(): void {
    this.release();
  }

  /** The frame answered under the current data: answers are due within ANSWER_MS again. */
  answered(): void {
    this.until = 0;
  }

  /** The frame is gone: nothing is waited for any more (the waiting editors analyse in the page). */
  fail(): void {
    this.until = 0;
    this.release();
  }

  /** How long the answer to a request sent now may take before the page analyses instead. */
  budget(): number {
    return Math.max(ANSWER_MS, this.until - Date.now());
  }

  private readonly release = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const all = this.waiters ?? [];
    this.waiters = null;
    for (const then of all) then();
  };
}
