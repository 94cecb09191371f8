import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Svenska: varm, saklig rekryterarton, du-tilltal. `{sought}` är objektet till "vi sökte"
 * ("någon som har …"), `{lacking}` en nominalfras ("erfarenhet av …"); en etikett (`{criterion}`)
 * står bara efter kolon.
 */
export const sv: Phrasebook = buildPhrasebook('sv', 'Klarsvar – svenska fraser', {
  opening: ['Hej {candidate},', 'Hej {candidate}!'],
  thanks: {
    application: [
      'Tack för att du sökte tjänsten som {role} hos {company} och för tiden du lade på din ansökan.',
      'Tack för ditt intresse för tjänsten som {role} hos {company}.',
    ],
    interview: [
      'Tack för att du tog dig tid att träffa oss i rekryteringen till tjänsten som {role} hos {company}.',
      'Tack för din tid och för ett givande samtal om tjänsten som {role}.',
    ],
    final: [
      'Tack för ditt engagemang och för all tid du har lagt på rekryteringen till tjänsten som {role} hos {company}.',
      'Stort tack för att du har varit med hela vägen i rekryteringen till tjänsten som {role}.',
    ],
  },
  decision: {
    application: {
      sought: [
        'Vi har valt att gå vidare med andra kandidater, främst eftersom vi sökte {sought}.',
        'Din ansökan går tyvärr inte vidare den här gången, framför allt eftersom vi behöver {sought}.',
      ],
      must: [
        'Vi har valt att gå vidare med andra kandidater, främst på grund av ett av kraven för tjänsten: {criterion}.',
        'Din ansökan går tyvärr inte vidare den här gången, framför allt på grund av det här kravet: {criterion}.',
      ],
      merit: [
        'Vi har valt att gå vidare med andra kandidater, som hade mer av det som var meriterande för tjänsten, framför allt {lacking}.',
        'Din ansökan går tyvärr inte vidare den här gången, eftersom andra sökande hade mer av det som var meriterande, framför allt {lacking}.',
        'Vi har valt att gå vidare med andra kandidater, som hade mer att visa upp på det som var meriterande: {criterion}.',
        'Din ansökan går tyvärr inte vidare den här gången, eftersom andra sökande hade fler meriter utöver grundkraven, främst på den här punkten: {criterion}.',
      ],
      plain: [
        'Vi har valt att inte gå vidare med din ansökan den här gången.',
        'Vi har valt att gå vidare med andra kandidater i den här rekryteringen.',
      ],
    },
    interview: {
      sought: [
        'Vi har valt att gå vidare till nästa steg med andra kandidater, främst eftersom vi sökte {sought}.',
        'Du går tyvärr inte vidare till nästa steg, framför allt eftersom vi behöver {sought}.',
      ],
      must: [
        'Vi har valt att gå vidare till nästa steg med andra kandidater, främst på grund av ett av kraven för tjänsten: {criterion}.',
        'Du går tyvärr inte vidare till nästa steg, framför allt på grund av det här kravet: {criterion}.',
      ],
      merit: [
        'Vi har valt att gå vidare till nästa steg med andra kandidater, som hade mer av det som var meriterande för tjänsten, framför allt {lacking}.',
        'Du går tyvärr inte vidare till nästa steg, eftersom andra kandidater hade mer av det som var meriterande, framför allt {lacking}.',
        'Vi har valt att gå vidare till nästa steg med andra kandidater, som hade mer att visa upp på det som var meriterande: {criterion}.',
        'Du går tyvärr inte vidare till nästa steg, eftersom andra kandidater hade fler meriter utöver grundkraven, främst på den här punkten: {criterion}.',
      ],
      plain: [
        'Vi har valt att inte gå vidare med dig till nästa steg i rekryteringen.',
        'Vi har nu träffat alla kandidater och valt att gå vidare med andra till nästa steg.',
      ],
    },
    final: {
      sought: [
        'Vi har valt att erbjuda tjänsten till en annan kandidat, främst eftersom vi sökte {sought}.',
        'Valet föll på en annan kandidat, framför allt eftersom vi behöver {sought}.',
      ],
      must: [
        'Vi har valt att erbjuda tjänsten till en annan kandidat, främst på grund av ett av kraven för tjänsten: {criterion}.',
        'Valet föll på en annan kandidat, framför allt på grund av det här kravet: {criterion}.',
      ],
      merit: [
        'Vi har valt att erbjuda tjänsten till en annan kandidat, som hade mer av det som var meriterande, framför allt {lacking}.',
        'Valet föll på en annan kandidat, som hade mer av det som var meriterande för tjänsten, framför allt {lacking}.',
        'Valet föll på en annan kandidat, som hade mer att visa upp på det som var meriterande: {criterion}.',
        'Vi har valt att erbjuda tjänsten till en annan kandidat, som hade mer att visa upp på det som var meriterande: {criterion}.',
      ],
      plain: [
        'Vi har nu fattat vårt beslut och erbjudit tjänsten till en annan kandidat.',
        'Vi har valt en annan kandidat till tjänsten.',
      ],
    },
  },
  'criterion-met': {
    sought: [
      'Vi sökte {sought}, och där stämde din profil väl.',
      'För tjänsten behövde vi {sought}, och det motsvarade du väl.',
      'Det vi sökte var {sought}, och där stämde din profil väl.',
    ],
    list: [
      'Här motsvarade du väl det vi sökte: {criterion}.',
      'Det här var styrkor i din profil: {criterion}.',
      'Vi uppskattade särskilt det här i din profil: {criterion}.',
    ],
    personal: [
      'Under processen gav du tydliga exempel på det här: {criterion}.',
      'I det du berättade såg vi konkreta exempel på det här: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'För tjänsten behövde vi {sought}. Där har du en bra grund, men inte fullt ut på den nivå tjänsten kräver.',
        'Vi letade efter {sought}, och det kravet uppfyllde du delvis.',
      ],
      lacking: [
        'När det gäller {lacking} har du en bra grund, men inte riktigt på den nivå tjänsten kräver.',
        'Ett av kraven för tjänsten är {lacking}. Där har du en bra grund, men inte fullt ut på den nivå vi behövde.',
      ],
      list: [
        'Här har du en bra grund, men inte fullt ut på den nivå tjänsten kräver: {criterion}.',
        'Kraven för tjänsten uppfyllde du delvis här: {criterion}.',
      ],
      personal: [
        'Vi såg exempel på det här, men inte lika tydligt som rollen kräver: {criterion}.',
        'Här fick vi en delvis bild, men inte tillräckligt många konkreta exempel: {criterion}.',
      ],
      followUp: [
        'Där har du en bra grund, men inte fullt ut på den nivå tjänsten kräver.',
        'Det kravet uppfyllde du delvis, men inte fullt ut.',
      ],
    },
    merit: {
      lacking: [
        'Meriterande var också {lacking}, och där har du en god grund, även om andra sökande hade kommit längre.',
        'Vi värdesatte också {lacking}. Där har du en god grund, men andra sökande hade kommit längre.',
      ],
      list: [
        'Det här var meriterande, och där har du en god grund, även om andra sökande hade kommit längre: {criterion}.',
        'Bland det som var meriterande har du en god grund här, men andra sökande hade mer att visa: {criterion}.',
      ],
      followUp: [
        'Där har du en god grund, men andra sökande hade kommit längre.',
        'Det har du en del av, men andra sökande hade mer att visa.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'För tjänsten behövde vi {sought}, och där räckte din bakgrund inte till den här gången.',
        'Vi letade efter {sought}, och det kunde vi inte se i din bakgrund.',
      ],
      lacking: [
        'Det som saknades i förhållande till kravprofilen var {lacking}.',
        'Ett av kraven för tjänsten är {lacking}, och där räckte din profil inte till den här gången.',
      ],
      list: [
        'Här räckte din profil inte till i förhållande till kraven för tjänsten: {criterion}.',
        'Det här är krav för tjänsten som vi inte kunde se uppfyllda: {criterion}.',
      ],
      personal: [
        'Här fick vi inte tillräckligt många konkreta exempel under processen: {criterion}.',
        'Vi hade behövt se tydligare exempel på det här: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'Meriterande var också {lacking}, och där hade andra sökande mer att visa.',
        'Vi värdesatte även {lacking}, och där hade andra sökande mer att visa den här gången.',
      ],
      list: [
        'Det här var meriterande, och där hade andra sökande mer att visa: {criterion}.',
        'Bland meriterna hade andra sökande mer att visa här: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: ['Den vi valde hade {note}.', 'Det som gjorde skillnaden var att den vi valde hade {note}.'],
      list: [
        'Den vi valde hade mer att visa upp här: {criterion}.',
        'Det som främst skilde den vi valde från dig var det här: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'De kandidater vi gick vidare med hade {note}.',
        'Det som gjorde skillnaden var att de vi gick vidare med hade {note}.',
      ],
      list: [
        'De kandidater vi gick vidare med hade mer att visa upp här: {criterion}.',
        'Det som främst skilde dem vi gick vidare med från dig var det här: {criterion}.',
      ],
    },
  },
  tip: [
    'Ett tips inför framtida ansökningar: {note}.',
    'Mitt råd inför nästa gång: {note}.',
    'Om du söker en liknande tjänst framöver är det främst här du kan stärka din profil: {criterion}.',
    'Inför nästa ansökan kan det löna sig att bygga vidare på det här och visa det tydligt: {criterion}.',
    'Beskriv gärna med konkreta exempel hur din erfarenhet motsvarar kraven i annonsen – då blir det lättare för den som rekryterar att se vad du kan.',
    'Ett tips inför nästa ansökan: lyft fram konkreta resultat och exempel från tidigare uppdrag, så att det blir tydligt hur du motsvarar kraven.',
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
