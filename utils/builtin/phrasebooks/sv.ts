import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/** Svenska: varm, saklig rekryterarton, du-tilltal. */
export const sv: Phrasebook = buildPhrasebook('sv', 'Klarsvar – svenska fraser', {
  opening: ['Hej {candidate},', 'Hej {candidate}!'],
  thanks: {
    application: [
      'Tack för att du sökte tjänsten som {role} hos {company} och för den tid du har lagt på din ansökan.',
      'Stort tack för ditt intresse för tjänsten som {role} hos {company}.',
    ],
    interview: [
      'Tack för att du tog dig tid att träffa oss och berätta om dig själv i intervjun för tjänsten som {role}.',
      'Tack för ett givande samtal och för den tid du lade på intervjun för tjänsten som {role} hos {company}.',
    ],
    final: [
      'Tack för ditt engagemang och all tid du har lagt ner under rekryteringen till tjänsten som {role} hos {company}.',
      'Stort tack för att du har varit med hela vägen i rekryteringsprocessen för tjänsten som {role}.',
    ],
  },
  decision: {
    application: [
      'Vi har valt att gå vidare med andra kandidater, främst eftersom vi sökte någon med {criterion}.',
      'Din ansökan går tyvärr inte vidare, främst eftersom vi behövde någon som har kommit längre när det gäller {criterion}.',
      'Vi har valt att inte gå vidare med din ansökan den här gången.',
      'Vi har valt att gå vidare med andra kandidater i den här rekryteringen.',
    ],
    interview: [
      'Vi har valt att gå vidare till nästa steg med andra kandidater, främst eftersom vi sökte någon med {criterion}.',
      'Du går tyvärr inte vidare till nästa steg, främst eftersom vi behövde någon som har kommit längre när det gäller {criterion}.',
      'Efter intervjuerna har vi valt att inte gå vidare med dig till nästa steg.',
      'Vi har nu träffat alla kandidater och valt att gå vidare med andra till nästa steg.',
    ],
    final: [
      'Vi har valt att erbjuda tjänsten till en annan kandidat, främst eftersom vi sökte någon med {criterion}.',
      'Valet föll på en annan kandidat, främst eftersom vi behövde någon som har kommit längre när det gäller {criterion}.',
      'Vi har nu fattat vårt beslut och erbjudit tjänsten till en annan kandidat.',
      'Vi har valt en annan kandidat till tjänsten.',
    ],
  },
  'criterion-met': {
    any: [
      'När det gäller {criterion} motsvarade du väl det vi sökte.',
      'Du matchade vår kravprofil väl när det gäller {criterion}.',
      'Här var din profil stark: {criterion}.',
    ],
    education: [
      'Du uppfyllde utbildningskraven: {criterion}.',
      'Din utbildningsbakgrund motsvarade väl det vi sökte: {criterion}.',
    ],
    experience: [
      'Din bakgrund motsvarade väl det vi sökte när det gäller {criterion}.',
      'Vi uppskattade det du har med dig när det gäller {criterion}.',
    ],
    language: [
      'Du uppfyllde våra språkkrav: {criterion}.',
      'Språkligt motsvarade du väl det vi sökte: {criterion}.',
    ],
    personal: [
      'Under processen gav du tydliga exempel på {criterion}.',
      'Vi såg konkreta exempel på {criterion} i det du berättade.',
    ],
    practical: [
      'Du uppfyllde de praktiska kraven: {criterion}.',
      'De praktiska förutsättningarna fanns på plats när det gäller {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'När det gäller {criterion} har du en bra grund, men inte fullt ut den nivå vi behövde den här gången.',
      'Du uppfyllde delvis det vi sökte när det gäller {criterion}.',
      'Vi såg goda förutsättningar när det gäller {criterion}, men för den här tjänsten behövde vi mer erfarenhet inom området.',
    ],
    education: [
      'Utbildningskraven uppfyllde du delvis: {criterion}.',
      'Din utbildningsbakgrund ligger nära det vi sökte, men motsvarar inte helt kravet: {criterion}.',
    ],
    experience: [
      'Du har en relevant bakgrund när det gäller {criterion}, men inte i den omfattning vi behövde.',
      'Det du har med dig när det gäller {criterion} är relevant, men vi sökte någon som har arbetat längre med det.',
    ],
    language: [
      'Språkkraven uppfyllde du delvis: {criterion}.',
      'Du har en bra grund när det gäller {criterion}, men rollen kräver en högre nivå i det dagliga arbetet.',
    ],
    personal: [
      'Vi såg exempel på {criterion}, men inte lika tydligt som rollen kräver.',
      'När det gäller {criterion} fick vi en delvis bild, men inte tillräckligt med konkreta exempel.',
    ],
    practical: [
      'De praktiska kraven uppfyllde du bara delvis: {criterion}.',
      'När det gäller {criterion} gick förutsättningarna inte helt ihop med det som tjänsten kräver.',
    ],
  },
  'criterion-missing': {
    any: [
      'Det som saknades i förhållande till kravprofilen var {criterion}.',
      'Vi sökte någon som redan har {criterion}, och där räckte din profil inte riktigt till.',
      'Avgörande för oss var {criterion}, där vi behövde mer än det som framgår av din profil i dag.',
    ],
    education: [
      'Tjänsten kräver {criterion}, vilket vi inte kunde se i din bakgrund.',
      'Utbildningskraven var avgörande för oss, och där saknade vi {criterion}.',
    ],
    experience: [
      'Vi sökte någon med {criterion}, och där räckte din bakgrund inte till den här gången.',
      'Det som avgjorde var att vi behövde {criterion}, vilket vi inte såg i din bakgrund.',
    ],
    language: [
      'I det dagliga arbetet krävs {criterion}, och där nådde du inte riktigt upp till kravet.',
      'Språkkraven var avgörande: vi behövde {criterion}.',
    ],
    personal: [
      'När det gäller {criterion} fick vi inte tillräckligt med konkreta exempel under processen.',
      'Vi behövde se tydligare exempel på {criterion} än vi fick den här gången.',
    ],
    practical: [
      'Ett praktiskt krav för tjänsten är {criterion}, och det var inte uppfyllt.',
      'De praktiska förutsättningarna räckte inte hela vägen: {criterion}.',
    ],
  },
  comparison: [
    'Den kandidat vi valde hade {note}.',
    'Det som gjorde skillnaden var att den vi valde hade {note}.',
    'Den kandidat vi valde hade mer att visa upp när det gäller {criterion}.',
    'Det som främst skilde den vi valde från dig var {criterion}.',
  ],
  tip: [
    'Ett tips inför framtida ansökningar: {note}.',
    'Mitt råd inför nästa gång: {note}.',
    'Om du söker en liknande tjänst framöver är det främst här du kan stärka din profil: {criterion}.',
    'Beskriv gärna med konkreta exempel hur din erfarenhet motsvarar kraven i annonsen – då blir det lättare för den som rekryterar att se vad du kan.',
  ],
  'talent-network': [
    'Vi vill gärna spara dina uppgifter i vårt kandidatnätverk och höra av oss om en liknande tjänst blir aktuell. Vi sparar dem bara om du säger ja, och i högst {months} månader – svara på det här mejlet om du vill vara med.',
    'Vi håller gärna kontakten. Vill du att vi sparar dina uppgifter i vår kandidatbank? Vi gör det bara med ditt samtycke och i högst {months} månader, och du kan när som helst be oss ta bort dem.',
  ],
  'call-offer': [
    'Ring mig gärna på {phone} om du vill prata mer om beslutet.',
    'Om du vill ha mer återkoppling är du välkommen att ringa mig på {phone}.',
    'Hör gärna av dig om du vill prata mer om beslutet eller har frågor.',
    'Om du har frågor eller vill ha mer återkoppling är du varmt välkommen att höra av dig till mig.',
  ],
  'process-feedback': [
    'Vi vill gärna bli bättre och blir glada om du vill berätta hur du upplevde rekryteringsprocessen:',
    'Hur upplevde du vår rekryteringsprocess? Dela gärna dina synpunkter här:',
  ],
  closing: [
    'Lycka till!\n\nVänliga hälsningar\n{sender}',
    'Jag hoppas att återkopplingen kommer till nytta när du söker nästa tjänst.\n\nVänliga hälsningar\n{sender}',
    'Lycka till, och tveka inte att söka hos oss igen.\n\nMed vänliga hälsningar\n{sender}',
  ],
});
