/**
 * Task segment5: the words the sentence splitter (`segment.ts`) reads around a period, per language. Data only; the
 * splitter merges the six languages once (it runs before the language is known, and a period does not know its
 * language either). Abbreviations of several parts are written with their inner periods ("bl.a", "z.b"); the
 * splitter joins the parts of the draft's abbreviation the same way ("z. B." → "z.b"), folded (lower case, no
 * diacritics).
 */
import type { Language } from '@/utils/schema';

export interface SegmentWords {
  /** Abbreviations that lead into what follows ("bl.a. SAP", "z. B. Erfahrung"): their period ends no sentence. */
  leadIns: string;
  /**
   * Abbreviations that close a list ("osv.", "etc.") and so may end a sentence. One that another language writes as a
   * lead-in ("mm.": fi "muun muassa", da/nb "med mere") ends a sentence only before a sentence opener.
   */
  closers: string;
  /** Words before a day's number that make it a date ("den 3.", "d. 3.", "am 3."): its period ends no sentence. */
  beforeOrdinal: string;
  /**
   * Task edges8: prepositions and articles before an ordinal that a noun follows ("in die 2. Runde", "gegen ein 2.
   * Gespräch", "til 2. Samtale"): the ordinal's period ends no sentence before a capital, unless that capital opens a
   * sentence (`openers`: "… bis 2. Wir …" still ends).
   */
  beforeOrdinalNoun: string;
  /** Month names and their short forms: a day's number before one ends no sentence ("3. Juni–14. Augusti"). */
  months: string;
  /**
   * Words that open a sentence (pronouns, articles, sentence adverbs, thanks and greetings; no conjunction that
   * joins two numbers, no preposition): after a closer that could lead in, after a number inside a quoted title, after
   * a period that a closing quote follows, and after a number in a draft that never capitalises, a new sentence
   * starts only before one of these.
   */
  openers: string;
}

export const SEGMENT_WORDS: Record<Language, SegmentWords> = {
  sv: {
    leadIns: 'bl.a bla t.ex tex ca inkl ang jfr resp dvs d.v.s pga p.g.a fr.o.m t.o.m enl exkl tel pos ref',
    closers: 'osv o.s.v etc m.m mm m.fl mfl o.d',
    beforeOrdinal: 'den',
    beforeOrdinalNoun: 'till i en ett inför',
    months:
      'januari februari mars april maj juni juli augusti september oktober november december feb apr jun jul aug sep sept okt nov dec',
    openers:
      'vi jag du ni han hon hen de den det detta denna dessa där här vår vårt våra min mitt mina din ditt dina er ert era tyvärr dessvärre tack hälsningar vänliga mvh därför så men eftersom om när hej lycka välkommen kan vill ska har hade',
  },
  da: {
    leadIns: 'bl.a f.eks pr ca evt mht inkl jf vedr ang iht ifm i.f.m pga dvs tlf ekskl pos ref',
    closers: 'osv etc mm m.m m.fl o.l',
    beforeOrdinal: 'den d',
    beforeOrdinalNoun: 'til i en et forud',
    months:
      'januar februar marts april maj juni juli august september oktober november december feb apr jun jul aug sep sept okt nov dec',
    openers:
      'vi jeg du han hun de den det dette denne disse der her vores min mit mine din dit dine jeres desværre tak hilsen venlig mvh derfor så men fordi hvis når hej held velkommen kan vil skal har havde',
  },
  nb: {
    leadIns: 'bl.a f.eks pr ca evt mht inkl jf vedr ang iht ifm i.f.m pga dvs tlf ekskl pos ref',
    closers: 'osv etc mm m.m m.fl m.v o.l',
    beforeOrdinal: 'den',
    beforeOrdinalNoun: 'til i en et før',
    months:
      'januar februar mars april mai juni juli august september oktober november desember feb apr jun jul aug sep sept okt nov des',
    openers:
      'vi jeg du dere han hun de den det dette denne disse der her vår vårt våre min mitt mine din ditt dine deres dessverre takk hilsen vennlig mvh derfor så men fordi hvis når hei lykke velkommen kan vil skal har hadde',
  },
  en: {
    leadIns: 'e.g i.e approx incl excl ca cf vs re pos ref req dept',
    closers: 'etc',
    beforeOrdinal: '',
    // no "may" or "march": they open sentences as words of their own
    beforeOrdinalNoun: '',
    months:
      'january february april june july august september october november december feb apr jun jul aug sep sept oct nov dec',
    openers:
      'we you he she they it this that these those there here our my your their unfortunately sadly thank thanks regards best kind sincerely however but so because if when hi hello dear good please can will would should have had',
  },
  de: {
    leadIns: 'z.b u.a ca bzw ggf ggfs evtl inkl exkl zzgl vgl d.h bspw sog abt pos ref',
    closers: 'usw usf etc u.v.m',
    beforeOrdinal: 'am zum vom ab bis im seit zur dem den',
    beforeOrdinalNoun: 'die der das des ein eine einem einen einer eines in ins zu für gegen beim nach vor',
    months:
      'januar jänner februar märz april mai juni juli august september oktober november dezember feb apr jun jul aug sep sept okt nov dez',
    openers:
      'wir ich sie du er es das die der dies diese dieser dort hier unser unsere mein meine ihr ihre ihnen leider danke vielen herzliche freundliche freundlichen beste viele deshalb daher aber weil wenn hallo liebe lieber sehr gerne bitte können möchten haben hatten',
  },
  fi: {
    leadIns: 'esim mm ns ks vrt n puh ref',
    closers: 'jne ym yms ymv etc',
    beforeOrdinal: '',
    beforeOrdinalNoun: '',
    months:
      'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
    openers:
      'me minä sinä te hän he se tämä nämä ne siellä täällä meidän minun sinun teidän heidän sinulla meillä valitettavasti kiitos kiitämme ystävällisin terveisin siksi mutta koska jos kun hei onnea tervetuloa toivotamme voit voimme olemme',
  },
};
