import type { Language } from '@/utils/schema';
import { assessedCriteria, criterionWording, DEFAULT_TALENT_NETWORK_MONTHS } from './compose';
import { capitalise, LOCALES } from './locale';
import { escapeMarkdown } from './render';
import type { FeedbackInput } from './types';

/** "Prepare a call": the feedback as short points, plus prepared answers to what candidates ask. */
export interface TalkingPoints {
  language: Language;
  title: string;
  /** What to say, in order: thanks, decision, reasons, hired profile, tip, next steps. */
  points: string[];
  /** Answers to: what did I lack compared with the person hired; what should I do differently; what impression did I give. */
  answers: { question: string; answer: string[] }[];
  /** Stay on the profile; no gut feeling, nothing touching protected grounds. */
  reminder: string;
  markdown: string;
  text: string;
}

/**
 * The same feedback as `composeFeedback` would write, as talking points for a phone call, in the input's
 * language, with prepared answers drawn from the outcomes and notes. Where nothing is on record, the
 * answer says so (and what to do) instead of inventing one.
 */
export function renderTalkingPoints(input: FeedbackInput): TalkingPoints {
  const locale = LOCALES[input.language];
  const t = locale.talkingPoints;
  const sections = input.sections ?? {};
  const assessed = assessedCriteria(input);
  // One language: labels in the letter's language when the profile has them.
  const labelOf = (c: (typeof assessed)[number]['criterion']) =>
    capitalise(criterionWording(c, input.profile.language, input.language).label);
  const list = (outcome: string, only?: (a: (typeof assessed)[number]) => boolean) =>
    assessed
      .filter((a) => a.outcome === outcome && (!only || only(a)))
      .map((a) => (a.note ? `${labelOf(a.criterion)} – ${a.note}` : labelOf(a.criterion)));
  const met = list('met');
  const partial = list('partial');
  const missing = list('missing');
  const notAssessed = input.profile.criteria
    .filter((c) => (input.assessments[c.id]?.outcome ?? 'not-assessed') === 'not-assessed')
    .map(labelOf);
  const hired = sections.comparison?.hiredProfile?.trim() ?? '';
  const tip = sections.tip?.text?.trim() ?? '';
  const line = (label: string, items: string[]) => `${label}: ${items.join('; ')}`;

  const points: string[] = [t.thank, t.decision[input.stage]];
  if (met.length) points.push(line(t.valued, met));
  if (partial.length) points.push(line(t.partly, partial));
  if (missing.length) points.push(line(t.lacked, missing));
  if (notAssessed.length) points.push(line(t.notAssessed, notAssessed));
  if (sections.comparison && hired) points.push(line(t.hired, [hired]));
  if (sections.tip && tip) points.push(line(t.tip, [tip]));
  if (sections.talentNetwork) {
    const months = sections.talentNetwork.months ?? DEFAULT_TALENT_NETWORK_MONTHS;
    points.push(t.talentNetwork.replace('{months}', String(months)));
  }
  if (sections.callOffer) points.push(t.callOffer);
  if (sections.processFeedback) points.push(t.processFeedback);

  const lack: string[] = [];
  if (hired) lack.push(line(t.hired, [hired]));
  if (missing.length) lack.push(line(t.lacked, missing));
  if (partial.length) lack.push(line(t.partly, partial));
  if (!hired) lack.push(t.noComparison);

  const next: string[] = [];
  if (tip) next.push(line(t.tip, [tip]));
  const shortfall = assessed
    .filter((a) => a.outcome === 'missing' || a.outcome === 'partial')
    .map((a) => labelOf(a.criterion));
  if (shortfall.length) next.push(line(t.develop, shortfall));
  if (next.length === 0) next.push(t.noTip);

  const impression: string[] = [];
  if (met.length) impression.push(line(t.strengths, met));
  const lessClear = [...partial, ...list('missing', (a) => a.criterion.category === 'personal')];
  if (lessClear.length) impression.push(line(t.lessClear, lessClear));
  if (impression.length === 0) impression.push(t.noImpression);

  const [q1, q2, q3] = t.questions;
  const answers = [
    { question: q1, answer: lack },
    { question: q2, answer: next },
    { question: q3, answer: impression },
  ];
  const role = input.values?.role?.trim() || input.profile.title;
  const title = t.title.replace('{role}', role);

  const markdown = [
    `### ${escapeMarkdown(title)}`,
    `**${t.pointsHeading}**`,
    points.map((p) => `- ${escapeMarkdown(p)}`).join('\n'),
    `**${t.questionsHeading}**`,
    answers
      .map(
        (a) =>
          `*${escapeMarkdown(a.question)}*\n\n${a.answer.map((x) => `- ${escapeMarkdown(x)}`).join('\n')}`,
      )
      .join('\n\n'),
    `> ${escapeMarkdown(t.reminder)}`,
  ].join('\n\n');
  const text = [
    title,
    `${t.pointsHeading}:\n${points.map((p) => `- ${p}`).join('\n')}`,
    `${t.questionsHeading}:\n${answers.map((a) => `${a.question}\n${a.answer.map((x) => `- ${x}`).join('\n')}`).join('\n\n')}`,
    t.reminder,
  ].join('\n\n');

  return { language: input.language, title, points, answers, reminder: t.reminder, markdown, text };
}
