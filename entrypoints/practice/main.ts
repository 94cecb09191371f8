/**
 * The practice draft: a compose on an extension page where the real assistant (underlines, status
 * chip, tooltips, builder, insert) runs through a small adapter (utils/compose/practice.ts), with
 * the analyzer, settings, team rules and profiles the content scripts use. Nothing is sent.
 */
import { loadAnalyzer } from '@/utils/analysis/lazy';
import { boot, fetchData, fetchText } from '@/utils/compose/boot';
import { practiceAdapter } from '@/utils/compose/practice';
import { el } from '@/utils/compose/ui';
import { t, uiLanguage } from '@/utils/i18n';
import { getStoredSettings } from '@/utils/settings';
import { PRACTICE_SAMPLES, type PracticeSample, sampleLanguage } from './samples';
import '@/components/theme.css';
import './practice.css';

function fillEditor(editor: HTMLElement, sample: PracticeSample): void {
  editor.replaceChildren(
    ...sample.lines.map((line) => el('div', {}, line || el('br'))),
    el('div', {}, el('br')),
    el(
      'div',
      { class: 'practice-signature' },
      ...sample.signature.flatMap((line, i) => (i ? [el('br'), line] : [line])),
    ),
  );
}

function field(name: string, label: string, value: string): HTMLElement {
  const id = `practice-${name}`;
  return el(
    'div',
    { class: 'practice-field' },
    el('label', { for: id }, label),
    Object.assign(el('input', { id, name, autocomplete: 'off' }), { value }),
  );
}

async function main() {
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  document.title = `${t('practiceTitle')} – Klarsvar`;
  // The stored settings answer at once; the organisation's policy (which may lock the languages)
  // can take seconds to answer and only matters for the analysis, which applies it itself.
  const settings = await getStoredSettings();
  const draftLanguage = sampleLanguage(lang, settings.detectionLanguages);
  const sample = PRACTICE_SAMPLES[draftLanguage];

  const editor = el('div', {
    'data-practice-editor': '',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': t('practiceMessage'),
    lang: draftLanguage,
    spellcheck: 'true',
    'data-testid': 'practice-editor',
  });
  fillEditor(editor, sample);
  const sendNote = el('p', { class: 'practice-note', role: 'status', 'data-testid': 'practice-send-note' });
  const send = el(
    'button',
    { type: 'button', class: 'primary', 'data-practice-send': '' },
    t('practiceSend'),
  );
  send.addEventListener('click', () => {
    sendNote.textContent = t('practiceSendNote');
  });
  const compose = el(
    'form',
    { class: 'practice-compose', 'data-practice-compose': '', 'aria-label': t('practiceTitle') },
    field('to', t('practiceTo'), sample.to),
    field('subject', t('practiceSubject'), sample.subject),
    el('div', { class: 'practice-editor-frame' }, editor),
    el('div', { class: 'practice-compose-actions' }, send, sendNote),
  );
  compose.addEventListener('submit', (event) => event.preventDefault());

  const openBuilder = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'practice-open-builder' },
    t('practiceOpenBuilder'),
  );
  const reset = el('button', { type: 'button', 'data-testid': 'practice-reset' }, t('practiceReset'));

  const root = document.getElementById('root') as HTMLElement;
  root.replaceChildren(
    el(
      'header',
      { class: 'practice-header' },
      el('img', { src: '/icon/48.png', alt: '', width: '32', height: '32' }),
      el('div', {}, el('p', { class: 'practice-brand' }, 'Klarsvar'), el('h1', {}, t('practiceTitle'))),
    ),
    el(
      'main',
      { class: 'practice-main' },
      el('p', { class: 'practice-intro' }, t('practiceIntro')),
      el(
        'ol',
        { class: 'practice-steps' },
        el('li', {}, t('practiceStep1')),
        el('li', {}, t('practiceStep2')),
        el('li', {}, t('practiceStep3')),
      ),
      compose,
      el('div', { class: 'practice-tools' }, openBuilder, reset),
    ),
  );

  const assistant = boot(practiceAdapter, (languages) => loadAnalyzer(fetchData, { languages, fetchText }));
  openBuilder.addEventListener('click', () => assistant.openBuilder());
  reset.addEventListener('click', () => {
    fillEditor(editor, sample);
    sendNote.textContent = '';
    editor.focus();
  });
}

void main();
