/**
 * The practice draft's text: a typical generic rejection, one per analyzer language, written for
 * this page (the analyzer flags each as a generic rejection; tests/unit/welcome/practice.test.ts).
 * Content, not UI: the draft is in the language the user checks drafts in, which need not be the
 * UI language.
 */
import type { Language } from '@/utils/schema';

export interface PracticeSample {
  to: string;
  subject: string;
  /** Paragraphs of the user's own text; '' is an empty line. */
  lines: string[];
  signature: string[];
}

export const PRACTICE_SAMPLES: Record<Language, PracticeSample> = {
  en: {
    to: 'Alex Morgan <alex.morgan@example.com>',
    subject: 'Your application: Backend developer',
    lines: [
      'Hi Alex,',
      '',
      'Thank you for applying for the backend developer position. Unfortunately, we have decided to go with other candidates whose profiles better match our needs. We wish you the best of luck in your job search.',
      '',
      'Kind regards,',
    ],
    signature: ['Maria Lind', 'Nordljus AB'],
  },
  sv: {
    to: 'Alex Berg <alex.berg@example.com>',
    subject: 'Din ansökan: Backendutvecklare',
    lines: [
      'Hej Alex,',
      '',
      'Tack för din ansökan till tjänsten som backendutvecklare. Tyvärr har vi beslutat att gå vidare med andra kandidater vars profiler bättre matchar våra behov. Vi önskar dig lycka till i ditt fortsatta jobbsökande.',
      '',
      'Vänliga hälsningar',
    ],
    signature: ['Maria Lind', 'Nordljus AB'],
  },
  da: {
    to: 'Alex Holm <alex.holm@example.com>',
    subject: 'Din ansøgning: Backend-udvikler',
    lines: [
      'Hej Alex,',
      '',
      'Tak for din ansøgning til stillingen som backend-udvikler. Desværre har vi besluttet at gå videre med andre kandidater, hvis profiler bedre matcher vores behov. Vi ønsker dig held og lykke med jobsøgningen.',
      '',
      'Venlig hilsen',
    ],
    signature: ['Maria Lind', 'Nordljus ApS'],
  },
  nb: {
    to: 'Alex Dahl <alex.dahl@example.com>',
    subject: 'Søknaden din: Backend-utvikler',
    lines: [
      'Hei Alex,',
      '',
      'Takk for søknaden din på stillingen som backend-utvikler. Dessverre har vi bestemt oss for å gå videre med andre kandidater som passer bedre til behovene våre. Vi ønsker deg lykke til videre med jobbsøkingen.',
      '',
      'Vennlig hilsen',
    ],
    signature: ['Maria Lind', 'Nordljus AS'],
  },
  de: {
    to: 'Alex Morgan <alex.morgan@example.com>',
    subject: 'Ihre Bewerbung als Backend-Entwickler',
    lines: [
      'Hallo Alex Morgan,',
      '',
      'vielen Dank für Ihre Bewerbung als Backend-Entwickler. Leider haben wir uns für andere Kandidaten entschieden, deren Profil besser zu unseren Anforderungen passt. Wir wünschen Ihnen für Ihre weitere Jobsuche alles Gute.',
      '',
      'Mit freundlichen Grüßen',
    ],
    signature: ['Maria Lind', 'Nordljus GmbH'],
  },
  fi: {
    to: 'Alex Virtanen <alex.virtanen@example.com>',
    subject: 'Hakemuksesi: backend-kehittäjä',
    lines: [
      'Hei Alex,',
      '',
      'Kiitos hakemuksestasi backend-kehittäjän tehtävään. Valitettavasti päätimme jatkaa rekrytointia muiden hakijoiden kanssa, joiden profiili vastaa paremmin tarpeitamme. Toivotamme sinulle onnea työnhakuun.',
      '',
      'Ystävällisin terveisin',
    ],
    signature: ['Maria Lind', 'Nordljus Oy'],
  },
};

/** The sample in the UI language when drafts in it are checked, else the first checked language. */
export function sampleLanguage(uiLanguage: string, checked: readonly Language[]): Language {
  const ui = uiLanguage.toLowerCase().split('-')[0] === 'no' ? 'nb' : uiLanguage.toLowerCase().split('-')[0];
  const preferred: Language[] = ['en', 'sv', 'da', 'nb', 'de', 'fi'];
  if (checked.includes(ui as Language)) return ui as Language;
  return preferred.find((l) => checked.includes(l)) ?? 'en';
}
