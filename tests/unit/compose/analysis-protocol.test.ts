import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis';
import {
  applySplice,
  DraftSender,
  diffParagraphs,
  FrameDraft,
  type FromFrame,
  parseFromFrame,
  parseToFrame,
} from '@/utils/compose/analysis-protocol';
import { serveAnalysis } from '@/utils/compose/analysis-server';
import { defaultContext } from '@/utils/compose/context';

const GENERIC =
  'Unfortunately, after careful consideration, we have decided to move forward with other candidates.';

describe('paragraph splices', () => {
  it('sends nothing for an unchanged draft and only the edited paragraph for an edit', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ at: 3, remove: 0, insert: [] });
    expect(
      diffParagraphs(
        ['Hi Sam,', 'First.', 'Second.', 'Best, Alex'],
        ['Hi Sam,', 'First, edited.', 'Second.', 'Best, Alex'],
      ),
    ).toEqual({
      at: 1,
      remove: 1,
      insert: ['First, edited.'],
    });
  });

  it('sends an inserted or removed paragraph alone, not the paragraphs after it', () => {
    expect(diffParagraphs(['a', 'b', 'c', 'd'], ['a', 'b', 'new', 'c', 'd'])).toEqual({
      at: 2,
      remove: 0,
      insert: ['new'],
    });
    expect(diffParagraphs(['a', 'b', 'c', 'd'], ['a', 'd'])).toEqual({ at: 1, remove: 2, insert: [] });
  });

  it('turns any paragraph list into any other', () => {
    const lines = fc.array(fc.constantFrom('', 'a', 'b', 'Hi,', 'other candidates'), { maxLength: 8 });
    fc.assert(
      fc.property(lines, lines, (prev, next) => {
        const copy = [...prev];
        expect(applySplice(copy, diffParagraphs(prev, next))).toBe(true);
        expect(copy).toEqual(next);
      }),
    );
  });
});

describe('the frame rebuilds the whole draft from splices', () => {
  it('reassembles exactly the text the content script read, edit after edit', () => {
    const sender = new DraftSender();
    const frame = new FrameDraft();
    const texts = [
      'Hi Sam,\n\nThanks for applying.',
      'Hi Sam,\n\nThanks for applying.\nUnfortunately we went with others.',
      'Hi Sam,\nA new line.\n\nThanks for applying.\nUnfortunately we went with others.',
      'Hi Sam,\n\nThanks for applying!\nUnfortunately we went with others.',
      '',
      'Hi again',
    ];
    for (const text of texts) {
      const update = sender.update(text, 'Subject', 1, 7);
      expect(frame.apply(update)).toBe(text);
    }
  });

  it('the second update carries only the changed paragraph', () => {
    const sender = new DraftSender();
    sender.update('Hi Sam,\nOne.\nTwo.\nThree.', '', 1, 1);
    const update = sender.update('Hi Sam,\nOne.\nTwo, edited.\nThree.', '', 1, 1);
    expect(update.splice).toEqual({ at: 2, remove: 1, insert: ['Two, edited.'] });
    expect(update.base).toBe(1);
  });

  it('refuses an update that does not build on what it holds, and takes the whole draft after a resync', () => {
    const sender = new DraftSender();
    const frame = new FrameDraft();
    frame.apply(sender.update('a\nb', '', 1, 1));
    // The frame was reloaded: it holds nothing, the next update builds on update 1.
    const fresh = new FrameDraft();
    expect(fresh.apply(sender.update('a\nb\nc', '', 1, 1))).toBeNull();
    sender.resync();
    expect(fresh.apply(sender.update('a\nb\nc', '', 1, 1))).toBe('a\nb\nc');
  });

  it('always takes a whole draft (base 0), also over a copy it still holds (the sender started over after a late answer)', () => {
    const sender = new DraftSender();
    const frame = new FrameDraft();
    frame.apply(sender.update('a\nb', '', 1, 1));
    frame.apply(sender.update('a\nb\nc', '', 1, 1));
    // The answer was late on the content script's side: it starts over with the whole draft.
    sender.resync();
    const whole = sender.update('a\nx', '', 1, 1);
    expect(whole.base).toBe(0);
    expect(frame.apply(whole)).toBe('a\nx');
    // …and the splices after it build on it again.
    expect(frame.apply(sender.update('a\nx\ny', '', 1, 1))).toBe('a\nx\ny');
  });

  it('refuses an update whose reassembled text has another length than the one read', () => {
    const frame = new FrameDraft();
    expect(
      frame.apply({ seq: 1, base: 0, splice: { at: 0, remove: 0, insert: ['abc'] }, length: 4 }),
    ).toBeNull();
  });
});

describe('stale answers are dropped', () => {
  it('only the answer to the latest update counts, and only once', () => {
    const sender = new DraftSender();
    const first = sender.update('Hi,\nWe went with others.', '', 1, 1);
    const second = sender.update('Hi,\nWe went with other candidates.', '', 1, 1);
    expect(sender.take(first.seq)).toBe(false);
    expect(sender.take(second.seq)).toBe(true);
    expect(sender.take(second.seq)).toBe(false);
  });
});

describe('message shapes', () => {
  const analysis = analyzeDraft(GENERIC);
  const result = { type: 'result', doc: 1, seq: 2, rev: 1, analysis };

  it('takes a well-formed result whose flags lie inside the text sent', () => {
    expect(analysis.flags.length).toBeGreaterThan(0);
    expect(parseFromFrame(result, () => GENERIC.length)).toEqual(result);
  });

  it('refuses results with flags outside the text, unknown verdicts or kinds, or missing fields', () => {
    expect(parseFromFrame(result, () => 10)).toBeNull();
    expect(parseFromFrame({ ...result, analysis: { ...analysis, verdict: 'fine' } }, () => 999)).toBeNull();
    const flag = analysis.flags[0];
    expect(
      parseFromFrame({ ...result, analysis: { ...analysis, flags: [{ ...flag, kind: 'bold' }] } }, () => 999),
    ).toBeNull();
    expect(
      parseFromFrame(
        { ...result, analysis: { ...analysis, flags: [{ ...flag, fix: undefined }] } },
        () => 999,
      ),
    ).toBeNull();
    expect(parseFromFrame({ ...result, seq: -1 }, () => 999)).toBeNull();
    expect(parseFromFrame({ type: 'ready' }, () => 0)).toEqual({ type: 'ready' });
    expect(parseFromFrame({ type: 'loaded', rev: 'x' }, () => 0)).toBeNull();
    expect(parseFromFrame({ type: 'resync', doc: 1 }, () => 0)).toBeNull();
    expect(parseFromFrame('ready', () => 0)).toBeNull();
  });

  it('the frame refuses malformed updates', () => {
    const update = {
      type: 'update',
      doc: 1,
      seq: 1,
      base: 0,
      rev: 1,
      subject: '',
      splice: { at: 0, remove: 0, insert: ['a'] },
      length: 1,
    };
    expect(parseToFrame(update)).toEqual(update);
    expect(parseToFrame({ ...update, splice: { at: 0, remove: 0, insert: [1] } })).toBeNull();
    expect(parseToFrame({ ...update, length: 1e9 })).toBeNull();
    expect(parseToFrame({ ...update, doc: '1' })).toBeNull();
    expect(parseToFrame({ type: 'eval', code: '1' })).toBeNull();
  });
});

describe('the frame side of the channel', () => {
  function connect() {
    const channel = new MessageChannel();
    const received: FromFrame[] = [];
    const loadedRevs: number[] = [];
    let inbox: MessagePort | null = null;
    let wake: () => void = () => undefined;
    channel.port1.onmessage = (event: MessageEvent) => {
      const message = parseFromFrame(event.data, () => 100_000);
      if (message?.type === 'ready') inbox = event.ports[0] ?? null;
      else if (message?.type === 'loaded') loadedRevs.push(message.rev);
      else if (message) received.push(message);
      if (message?.type !== 'loaded') wake();
    };
    const loaded: string[][] = [];
    serveAnalysis(channel.port2, async (languages) => {
      loaded.push([...languages]);
      return analyzeDraft;
    });
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    return { received, loaded, loadedRevs, next, inbox: () => inbox as MessagePort | null };
  }

  it('analyses the whole reassembled draft with the content script context, and leaves a lost draft unanswered', async () => {
    const side = connect();
    await side.next();
    const inbox = side.inbox();
    expect(inbox).not.toBeNull();
    const context = defaultContext();
    inbox?.postMessage({ type: 'context', rev: 1, context: { context, languages: ['en'] } });
    const sender = new DraftSender();
    inbox?.postMessage(sender.update(`Hi Sam,\n${GENERIC}`, 'Your application', 1, 3));
    await side.next();
    // An edit of the greeting alone: the verdict still comes from the whole draft.
    inbox?.postMessage(sender.update(`Hi Sam Lee,\n${GENERIC}`, 'Your application', 1, 3));
    await side.next();
    const [first, second] = side.received;
    expect(side.loaded).toEqual([['en']]);
    // The frame says when it holds the analyzer for a context revision (requests wait for that).
    expect(side.loadedRevs).toEqual([1]);
    expect(first).toMatchObject({ type: 'result', doc: 3, seq: 1, rev: 1 });
    expect(second).toMatchObject({ type: 'result', doc: 3, seq: 2, rev: 1 });
    if (second?.type !== 'result') throw new Error('no result');
    expect(second.analysis.verdict).toBe('generic-rejection');
    expect(second.analysis.flags.map((f) => f.text).join(' ')).toContain('other candidates');
    expect(second.analysis).toEqual(
      analyzeDraft(`Hi Sam Lee,\n${GENERIC}`, { rules: [], languages: context.settings.detectionLanguages }),
    );

    // An update built on one the frame never saw goes unanswered; sent whole, it is answered.
    const lost = new DraftSender();
    lost.update('x', '', 1, 4);
    inbox?.postMessage(lost.update('x\ny', '', 1, 4));
    lost.resync();
    inbox?.postMessage(lost.update('x\ny', '', 1, 4));
    await side.next();
    expect(side.received.slice(2)).toMatchObject([{ type: 'result', doc: 4, seq: 1 }]);
    inbox?.close();
  });
});
