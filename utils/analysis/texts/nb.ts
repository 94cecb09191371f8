import type { LangTexts } from '../langdata';

/** nb: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const nb: LangTexts = {
  decision: [
    'Avslaget står uten begrunnelse.',
    'Kandidaten får vite at svaret er nei, men ikke hvorfor – og kan ikke bruke det til neste søknad.',
    'Skriv hvilket krav som var avgjørende og hvordan kandidaten lå an, for eksempel: «Vi søkte en med erfaring fra X, og din erfaring er hovedsakelig fra Y.»',
  ],
  stock: [
    'Standardformulering som passer på alle kandidater.',
    'Fraser som «mange kvalifiserte søkere» eller «etter en helhetsvurdering» sier ingenting om kandidatens egen søknad og virker som et masseutsendt brev.',
    'Stryk frasen, eller bytt den ut med en konkret, jobbrelatert begrunnelse fra kravprofilen.',
  ],
  closer: [
    'Formell standardavslutning.',
    'En malhilsen forsterker inntrykket av et masseutsendt brev.',
    'Avslutt personlig: tilby en samtale, et råd til neste søknad eller en plass i talentnettverket.',
  ],
  vague: [
    'Magefølelse, «kjemi» eller «culture fit» som begrunnelse.',
    'En vurdering uten kobling til kravene kan verken forstås eller forbedres, og kan skjule forskjellsbehandling.',
    'Beskriv hva dere faktisk så i intervjuet eller testen opp mot et krav – eller stryk setningen.',
  ],
  risky: [
    'Nevner {ground} – et diskrimineringsgrunnlag.',
    'Å legge vekt på {ground} i en ansettelsesbeslutning kan være ulovlig diskriminering og svekker tilliten til dere.',
    'Stryk setningen. Begrunn beslutningen bare med krav dere faktisk har vurdert.',
  ],
  grounds: {
    age: 'alder',
    family: 'familiesituasjon eller foreldrepermisjon',
    pregnancy: 'graviditet',
    sex: 'kjønn',
    'gender-identity': 'kjønnsidentitet',
    orientation: 'seksuell orientering',
    ethnicity: 'etnisitet, morsmål eller aksent',
    religion: 'religion',
    disability: 'funksjonsnedsettelse eller helse',
  },
};

export default nb;
