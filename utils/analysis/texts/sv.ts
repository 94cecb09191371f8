import type { LangTexts } from '../langdata';

/** sv: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const sv: LangTexts = {
  decision: [
    'Beskedet står utan motivering.',
    'Kandidaten får veta att det blev nej men inte varför, och kan inte lära sig något inför nästa ansökan.',
    'Säg vilket krav i kravprofilen som avgjorde och hur kandidaten låg till, t.ex. ”Vi sökte någon med erfarenhet av X, och din erfarenhet är främst från Y.”',
  ],
  stock: [
    'Standardfras som passar alla kandidater.',
    'Fraser som ”många kvalificerade sökande” eller ”efter noggrant övervägande” säger inget om kandidatens egen ansökan och känns som ett massutskick.',
    'Stryk frasen eller ersätt den med ett konkret skäl kopplat till kravprofilen.',
  ],
  closer: [
    'Formell standardavslutning.',
    'En mallhälsning förstärker känslan av massutskick.',
    'Avsluta personligt: erbjud ett samtal, ge ett tips inför nästa ansökan eller en plats i talangnätverket.',
  ],
  vague: [
    'Magkänsla, ”kemi” eller ”passform” som skäl.',
    'Ett omdöme utan koppling till kravprofilen går inte att förstå eller förbättra, och kan dölja diskriminering.',
    'Beskriv vad ni faktiskt såg i intervjun eller testet, kopplat till ett krav – eller stryk meningen.',
  ],
  risky: [
    'Nämner {ground} – en diskrimineringsgrund.',
    'Att väga in {ground} i ett anställningsbeslut kan vara diskriminering enligt diskrimineringslagen och skadar förtroendet för er.',
    'Stryk meningen. Motivera beslutet bara med krav i kravprofilen som ni faktiskt har bedömt.',
  ],
  grounds: {
    age: 'ålder',
    family: 'familjesituation eller föräldraledighet',
    pregnancy: 'graviditet',
    sex: 'kön',
    'gender-identity': 'könsidentitet',
    orientation: 'sexuell läggning',
    ethnicity: 'etnicitet, modersmål eller brytning',
    religion: 'religion',
    disability: 'funktionsnedsättning eller hälsa',
  },
};

export default sv;
