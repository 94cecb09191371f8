import { describe, expect, it } from 'vitest';
import { CONTENT_DEFAULT_SETTINGS, CONTEXT_REQUEST, contextFromReply } from '@/utils/compose/context';
import { isOpenBuilderMessage, parseFromSidebar } from '@/utils/compose/sidebar-guard';
import { FromSidebar, OpenBuilderMessage } from '@/utils/compose/sidebar-protocol';
import { Envelope, MESSAGE_CHANNEL } from '@/utils/messaging';
import { DEFAULT_SETTINGS } from '@/utils/schema/settings';

describe('content-script context without zod', () => {
  it('mirrors the settings defaults', () => {
    expect(CONTENT_DEFAULT_SETTINGS).toEqual(DEFAULT_SETTINGS);
  });

  it('sends the same envelope as sendMessage("detection-context")', () => {
    expect(Envelope.parse(CONTEXT_REQUEST)).toEqual(CONTEXT_REQUEST);
    expect(CONTEXT_REQUEST.channel).toBe(MESSAGE_CHANNEL);
  });

  it('reads a background reply and falls back on anything unusable', () => {
    const reply = {
      ok: true,
      data: {
        settings: { ...DEFAULT_SETTINGS, warnBeforeSend: true, detectionLanguages: ['sv', 'xx'] },
        rules: [{ id: 'r1', kind: 'generic', pattern: 'we regret', language: 'en' }],
        profiles: [{ id: 'p', title: 'Nurse', aliases: [], language: 'en', criteria: [] }, { bad: 1 }],
      },
    };
    const context = contextFromReply(reply);
    expect(context?.settings.warnBeforeSend).toBe(true);
    expect(context?.settings.detectionLanguages).toEqual(['sv']);
    expect(context?.rules).toHaveLength(1);
    expect(context?.profiles).toHaveLength(1);
    expect(contextFromReply({ ok: false, error: 'x' })).toBeNull();
    expect(contextFromReply(undefined)).toBeNull();
  });
});

describe('sidebar message guard agrees with the zod schemas', () => {
  const samples: unknown[] = [
    { type: 'ready' },
    { type: 'ready-for-focus' },
    { type: 'ready-for-focus', extra: 1 },
    { type: 'focus' },
    { type: 'close' },
    { type: 'insert', html: '<p>x</p>', text: 'x' },
    { type: 'insert', html: 1, text: 'x' },
    { type: 'insert', html: 'x'.repeat(100_001), text: 'x' },
    { type: 'other' },
    null,
    'ready',
    [],
  ];
  for (const sample of samples) {
    it(`treats ${JSON.stringify(sample)?.slice(0, 40)} the same`, () => {
      const zod = FromSidebar.safeParse(sample);
      expect(parseFromSidebar(sample)).toEqual(zod.success ? zod.data : null);
    });
  }

  it('recognises the open-builder command like OpenBuilderMessage', () => {
    for (const m of [{ channel: 'klarsvar', type: 'open-builder' }, { type: 'open-builder' }, null]) {
      expect(isOpenBuilderMessage(m)).toBe(OpenBuilderMessage.safeParse(m).success);
    }
  });
});
