import type { LangTexts } from '../langdata';

/** da: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const da: LangTexts = {
  decision: [
    'Afslaget står uden begrundelse.',
    'Kandidaten får at vide, at svaret er nej, men ikke hvorfor – og kan ikke bruge det til næste ansøgning.',
    'Skriv, hvilket krav der var afgørende, og hvordan kandidaten matchede det, fx: "Vi søgte en med erfaring i X, og din erfaring er primært fra Y."',
  ],
  stock: [
    'Standardformulering, der passer på alle kandidater.',
    'Vendinger som "mange kvalificerede ansøgninger" eller "efter en samlet vurdering" siger intet om kandidatens egen ansøgning og virker som et masseudsendt brev.',
    'Slet vendingen, eller erstat den med en konkret, jobrelateret begrundelse fra kravprofilen.',
  ],
  closer: [
    'Formel standardafslutning.',
    'En skabelonhilsen forstærker indtrykket af et masseudsendt brev.',
    'Afslut personligt: tilbyd en samtale, et råd til næste ansøgning eller en plads i talentnetværket.',
  ],
  vague: [
    'Mavefornemmelse, "kemi" eller "culture fit" som begrundelse.',
    'En vurdering uden kobling til kravene kan hverken forstås eller forbedres og kan dække over forskelsbehandling.',
    'Beskriv, hvad I konkret så i samtalen eller testen i forhold til et krav – eller slet sætningen.',
  ],
  risky: [
    'Nævner {ground} – et beskyttet diskriminationsgrundlag.',
    'At lægge vægt på {ground} i en ansættelsesbeslutning kan være ulovlig forskelsbehandling og skader tilliden til jer.',
    'Slet sætningen. Begrund kun beslutningen med krav, som I faktisk har vurderet.',
  ],
  grounds: {
    age: 'alder',
    family: 'familiesituation eller barsel',
    pregnancy: 'graviditet',
    sex: 'køn',
    'gender-identity': 'kønsidentitet',
    orientation: 'seksuel orientering',
    ethnicity: 'etnicitet, modersmål eller accent',
    religion: 'religion',
    disability: 'handicap eller helbred',
  },
};

export default da;
