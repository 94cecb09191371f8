import type { JobProfile, Language } from '@/utils/schema';
import { criterionWording } from './compose';
import { capitalise, LOCALES, labelMidSentence } from './locale';
import { escapeMarkdown } from './render';

export interface HiringManagerRequestOptions {
  /** The candidate's name; shown as `[candidate]` when missing. */
  candidate?: string;
  /** The hiring manager's first name; without it the greeting has no name. */
  manager?: string;
  /** Signs the request; left out when missing (the mail client adds a signature). */
  sender?: string;
  /** Defaults to the profile's title. */
  role?: string;
}

export interface HiringManagerRequest {
  subject: string;
  markdown: string;
  text: string;
  /** Values shown as `[name]` because they were not given. */
  missing: string[];
}

/**
 * A short request to the hiring manager to rate the candidate against each criterion of the profile
 * (met / partly / not met, with a comment), and to say what the hired person had and one tip — to paste
 * into a new draft, so the recruiter gets more than "it didn't feel right".
 */
export function composeHiringManagerRequest(
  profile: JobProfile,
  language: Language,
  options: HiringManagerRequestOptions = {},
): HiringManagerRequest {
  const m = LOCALES[language].managerRequest;
  const missing: string[] = [];
  const values: Record<string, string | undefined> = {
    candidate: options.candidate?.trim(),
    manager: options.manager?.trim(),
    role: labelMidSentence(options.role?.trim() || profile.title, language),
  };
  const fill = (template: string, markdown: boolean) =>
    template.replace(/\{([a-z]+)\}/g, (token, name: string) => {
      const value = values[name];
      if (value) return markdown ? escapeMarkdown(value) : value;
      if (!(name in values)) return token;
      if (!missing.includes(name)) missing.push(name);
      return markdown ? `**\\[${name}\\]**` : `[${name}]`;
    });

  const build = (markdown: boolean) => {
    const esc = (s: string) => (markdown ? escapeMarkdown(s) : s);
    const greeting = values.manager ? fill(m.greeting, markdown) : m.greetingNoName;
    const items = profile.criteria.map((c, i) => {
      // One language: the criterion's name in the request's language when the profile has it.
      const name = capitalise(criterionWording(c, profile.language, language).label);
      const label = markdown ? `**${esc(name)}**` : name;
      const lines = [`${i + 1}. ${label} (${c.requirement === 'must' ? m.must : m.merit})`];
      if (c.description?.trim()) lines.push(`   ${esc(c.description.trim())}`);
      lines.push(`   ${m.scale} – ${m.comment}:`);
      return lines.join('\n');
    });
    const blocks = [
      greeting,
      fill(m.intro, markdown),
      items.join('\n'),
      [m.questionsHeading, `- ${fill(m.hired, markdown)}`, `- ${fill(m.tip, markdown)}`].join('\n'),
      m.why,
      options.sender?.trim() ? `${m.thanks}\n${esc(options.sender.trim())}` : m.thanks,
    ];
    return blocks.join('\n\n');
  };

  const text = build(false);
  const markdown = build(true);
  const subject = fill(m.subject.replace('{role}', options.role?.trim() || profile.title), false);
  return { subject, markdown, text, missing };
}
