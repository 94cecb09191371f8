import {
  type Criterion,
  type CriterionCategory,
  type CriterionPhrasing,
  type JobProfile,
  LANGUAGES,
  type Language,
  type Requirement,
} from '@/utils/schema';

/**
 * Built-in requirement profiles: realistic starting points that recruiters duplicate and adapt.
 * One profile per role and language (en, sv, da, nb, de, fi); ids are `builtin-<role>-<lang>`,
 * criterion ids are the same in every language. Source 'builtin': read-only, shipped in code, never
 * stored. Criteria describe job-related requirements only — nothing about age, family, health, origin
 * or other protected grounds.
 *
 * Every criterion carries its wording for letters in all six languages (`phrasings`): the label, what
 * we looked for (`sought`: the object of "we were looking for …") and what was missing (`lacking`: a
 * noun phrase). So a letter reads as one language whichever profile it starts from, and sentences
 * about one criterion read as written, not as a label slotted into a frame.
 */
type PerLanguage<T> = Record<Language, T>;

/** Label, sought, lacking — see `CriterionPhrasing`. */
type Wording = readonly [label: string, sought: string, lacking: string];

interface CriterionSpec {
  id: string;
  category: CriterionCategory;
  requirement: Requirement;
  text: PerLanguage<Wording>;
}

interface RoleSpec {
  role: string;
  title: PerLanguage<string>;
  aliases: PerLanguage<string[]>;
  criteria: CriterionSpec[];
}

const c = (
  id: string,
  category: CriterionCategory,
  requirement: Requirement,
  text: PerLanguage<Wording>,
): CriterionSpec => ({ id, category, requirement, text });

const ROLES: RoleSpec[] = [
  {
    role: 'backend-developer',
    title: {
      en: 'Backend developer',
      sv: 'Backendutvecklare',
      da: 'Backend-udvikler',
      nb: 'Backend-utvikler',
      de: 'Backend-Entwickler (m/w/d)',
      fi: 'Backend-kehittäjä',
    },
    aliases: {
      en: ['Backend engineer', 'Back-end developer', 'Server-side developer', 'Software engineer, backend'],
      sv: ['Backend-utvecklare', 'Systemutvecklare backend', 'Backendingenjör', 'Mjukvaruutvecklare backend'],
      da: ['Backendudvikler', 'Systemudvikler backend', 'Softwareudvikler backend'],
      nb: ['Backendutvikler', 'Systemutvikler backend', 'Programvareutvikler backend'],
      de: [
        'Backend-Entwickler',
        'Backend-Entwicklerin',
        'Softwareentwickler Backend',
        'Softwareentwicklerin Backend',
      ],
      fi: ['Backend-ohjelmistokehittäjä', 'Taustajärjestelmäkehittäjä', 'Ohjelmistokehittäjä (backend)'],
    },
    criteria: [
      c('backend-experience', 'experience', 'must', {
        en: [
          'At least three years’ experience building and running backend services in production',
          'someone with at least three years’ experience building and running backend services in production',
          'at least three years’ experience building and running backend services in production',
        ],
        sv: [
          'Minst tre års erfarenhet av att bygga och driva backendtjänster i produktion',
          'någon med minst tre års erfarenhet av att bygga och driva backendtjänster i produktion',
          'minst tre års erfarenhet av att bygga och driva backendtjänster i produktion',
        ],
        da: [
          'Mindst tre års erfaring med at bygge og drive backend-tjenester i produktion',
          'en kandidat med mindst tre års erfaring med at bygge og drive backend-tjenester i produktion',
          'mindst tre års erfaring med at bygge og drive backend-tjenester i produktion',
        ],
        nb: [
          'Minst tre års erfaring med å bygge og drifte backend-tjenester i produksjon',
          'en kandidat med minst tre års erfaring med å bygge og drifte backend-tjenester i produksjon',
          'minst tre års erfaring med å bygge og drifte backend-tjenester i produksjon',
        ],
        de: [
          'Mindestens drei Jahre Erfahrung mit Aufbau und Betrieb von Backend-Diensten im Produktivbetrieb',
          'jemanden mit mindestens drei Jahren Erfahrung mit Aufbau und Betrieb von Backend-Diensten im Produktivbetrieb',
          'Erfahrung von mindestens drei Jahren mit Aufbau und Betrieb von Backend-Diensten im Produktivbetrieb',
        ],
        fi: [
          'Vähintään kolmen vuoden kokemus backend-palvelujen rakentamisesta ja ylläpidosta tuotannossa',
          'henkilöä, jolla on vähintään kolmen vuoden kokemus backend-palvelujen rakentamisesta ja ylläpidosta tuotannossa',
          'vähintään kolmen vuoden kokemus backend-palvelujen rakentamisesta ja ylläpidosta tuotannossa',
        ],
      }),
      c('api-design', 'skill', 'must', {
        en: [
          'Designing and documenting REST or GraphQL APIs',
          'someone who has designed and documented REST or GraphQL APIs',
          'experience of designing and documenting REST or GraphQL APIs',
        ],
        sv: [
          'Design och dokumentation av REST- eller GraphQL-API:er',
          'någon som har designat och dokumenterat REST- eller GraphQL-API:er',
          'erfarenhet av att designa och dokumentera REST- eller GraphQL-API:er',
        ],
        da: [
          'Design og dokumentation af REST- eller GraphQL-API’er',
          'en, der har designet og dokumenteret REST- eller GraphQL-API’er',
          'erfaring med at designe og dokumentere REST- eller GraphQL-API’er',
        ],
        nb: [
          'Design og dokumentasjon av REST- eller GraphQL-API-er',
          'en som har designet og dokumentert REST- eller GraphQL-API-er',
          'erfaring med å designe og dokumentere REST- eller GraphQL-API-er',
        ],
        de: [
          'Entwurf und Dokumentation von REST- oder GraphQL-APIs',
          'jemanden, der REST- oder GraphQL-APIs entworfen und dokumentiert hat',
          'Erfahrung mit Entwurf und Dokumentation von REST- oder GraphQL-APIs',
        ],
        fi: [
          'REST- tai GraphQL-rajapintojen suunnittelu ja dokumentointi',
          'henkilöä, joka on suunnitellut ja dokumentoinut REST- tai GraphQL-rajapintoja',
          'kokemus REST- tai GraphQL-rajapintojen suunnittelusta ja dokumentoinnista',
        ],
      }),
      c('sql-databases', 'skill', 'must', {
        en: [
          'Data modelling and query tuning in a relational database such as PostgreSQL',
          'someone who can model data and tune queries in a relational database such as PostgreSQL',
          'data modelling and query tuning in a relational database such as PostgreSQL',
        ],
        sv: [
          'Datamodellering och frågeoptimering i en relationsdatabas (t.ex. PostgreSQL)',
          'någon som behärskar datamodellering och frågeoptimering i en relationsdatabas som PostgreSQL',
          'datamodellering och frågeoptimering i en relationsdatabas som PostgreSQL',
        ],
        da: [
          'Datamodellering og optimering af forespørgsler i en relationsdatabase (fx PostgreSQL)',
          'en, der mestrer datamodellering og optimering af forespørgsler i en relationsdatabase som PostgreSQL',
          'datamodellering og optimering af forespørgsler i en relationsdatabase som PostgreSQL',
        ],
        nb: [
          'Datamodellering og spørringsoptimalisering i en relasjonsdatabase (f.eks. PostgreSQL)',
          'en som behersker datamodellering og spørringsoptimalisering i en relasjonsdatabase som PostgreSQL',
          'datamodellering og spørringsoptimalisering i en relasjonsdatabase som PostgreSQL',
        ],
        de: [
          'Datenmodellierung und Abfrageoptimierung in einer relationalen Datenbank wie PostgreSQL',
          'jemanden, der Datenmodellierung und Abfrageoptimierung in einer relationalen Datenbank wie PostgreSQL beherrscht',
          'Erfahrung mit Datenmodellierung und Abfrageoptimierung in einer relationalen Datenbank wie PostgreSQL',
        ],
        fi: [
          'Tietomallinnus ja kyselyjen optimointi relaatiotietokannassa (esim. PostgreSQL)',
          'henkilöä, joka hallitsee tietomallinnuksen ja kyselyjen optimoinnin relaatiotietokannassa, kuten PostgreSQL:ssä',
          'tietomallinnuksen ja kyselyjen optimoinnin osaaminen relaatiotietokannassa, kuten PostgreSQL:ssä',
        ],
      }),
      c('automated-testing', 'skill', 'must', {
        en: [
          'Automated testing and continuous integration as part of daily work',
          'someone who works with automated tests and continuous integration every day',
          'day-to-day experience of automated testing and continuous integration',
        ],
        sv: [
          'Automatiserade tester och kontinuerlig integration i det dagliga arbetet',
          'någon som arbetar med automatiserade tester och kontinuerlig integration i det dagliga arbetet',
          'vana vid automatiserade tester och kontinuerlig integration i det dagliga arbetet',
        ],
        da: [
          'Automatiserede test og kontinuerlig integration i det daglige arbejde',
          'en, der arbejder med automatiserede test og kontinuerlig integration i det daglige',
          'erfaring med automatiserede test og kontinuerlig integration i det daglige arbejde',
        ],
        nb: [
          'Automatiserte tester og kontinuerlig integrasjon i det daglige arbeidet',
          'en som jobber med automatiserte tester og kontinuerlig integrasjon i det daglige',
          'erfaring med automatiserte tester og kontinuerlig integrasjon i det daglige arbeidet',
        ],
        de: [
          'Automatisierte Tests und Continuous Integration im Arbeitsalltag',
          'jemanden, der im Arbeitsalltag mit automatisierten Tests und Continuous Integration arbeitet',
          'Routine mit automatisierten Tests und Continuous Integration im Arbeitsalltag',
        ],
        fi: [
          'Automaattitestaus ja jatkuva integraatio osana päivittäistä työtä',
          'henkilöä, joka tekee automaattitestausta ja jatkuvaa integraatiota osana päivittäistä työtään',
          'kokemus automaattitestauksesta ja jatkuvasta integraatiosta päivittäisessä työssä',
        ],
      }),
      c('cloud-operations', 'practical', 'merit', {
        en: [
          'Running services on a cloud platform with containers (Docker, Kubernetes)',
          'someone who has run services on a cloud platform with containers (Docker, Kubernetes)',
          'experience of running services on a cloud platform with containers (Docker, Kubernetes)',
        ],
        sv: [
          'Drift av tjänster på en molnplattform med containrar (Docker, Kubernetes)',
          'någon som har drivit tjänster på en molnplattform med containrar (Docker, Kubernetes)',
          'erfarenhet av att driva tjänster på en molnplattform med containrar (Docker, Kubernetes)',
        ],
        da: [
          'Drift af tjenester på en cloudplatform med containere (Docker, Kubernetes)',
          'en, der har drevet tjenester på en cloudplatform med containere (Docker, Kubernetes)',
          'erfaring med drift af tjenester på en cloudplatform med containere (Docker, Kubernetes)',
        ],
        nb: [
          'Drift av tjenester på en skyplattform med containere (Docker, Kubernetes)',
          'en som har driftet tjenester på en skyplattform med containere (Docker, Kubernetes)',
          'erfaring med drift av tjenester på en skyplattform med containere (Docker, Kubernetes)',
        ],
        de: [
          'Betrieb von Diensten auf einer Cloud-Plattform mit Containern (Docker, Kubernetes)',
          'jemanden, der Dienste auf einer Cloud-Plattform mit Containern (Docker, Kubernetes) betrieben hat',
          'Erfahrung im Betrieb von Diensten auf einer Cloud-Plattform mit Containern (Docker, Kubernetes)',
        ],
        fi: [
          'Palvelujen ylläpito pilvialustalla konttien avulla (Docker, Kubernetes)',
          'henkilöä, joka on ylläpitänyt palveluja pilvialustalla konttien avulla (Docker, Kubernetes)',
          'kokemus palvelujen ylläpidosta pilvialustalla konttien avulla (Docker, Kubernetes)',
        ],
      }),
      c('security-practice', 'skill', 'merit', {
        en: [
          'Secure coding and handling of personal data (GDPR)',
          'someone with secure coding practice and experience of handling personal data (GDPR)',
          'secure coding practice and experience of handling personal data (GDPR)',
        ],
        sv: [
          'Säker kodning och hantering av personuppgifter (GDPR)',
          'någon som kan säker kodning och hantering av personuppgifter (GDPR)',
          'kunskap om säker kodning och hantering av personuppgifter (GDPR)',
        ],
        da: [
          'Sikker kodning og håndtering af personoplysninger (GDPR)',
          'en, der kan sikker kodning og håndtering af personoplysninger (GDPR)',
          'kendskab til sikker kodning og håndtering af personoplysninger (GDPR)',
        ],
        nb: [
          'Sikker koding og behandling av personopplysninger (GDPR)',
          'en som kan sikker koding og behandling av personopplysninger (GDPR)',
          'kunnskap om sikker koding og behandling av personopplysninger (GDPR)',
        ],
        de: [
          'Sichere Programmierung und Umgang mit personenbezogenen Daten (DSGVO)',
          'jemanden, der sicher programmiert und mit personenbezogenen Daten (DSGVO) umgehen kann',
          'Erfahrung mit sicherer Programmierung und dem Umgang mit personenbezogenen Daten (DSGVO)',
        ],
        fi: [
          'Tietoturvallinen ohjelmointi ja henkilötietojen käsittely (GDPR)',
          'henkilöä, joka hallitsee tietoturvallisen ohjelmoinnin ja henkilötietojen käsittelyn (GDPR)',
          'kokemus tietoturvallisesta ohjelmoinnista ja henkilötietojen käsittelystä (GDPR)',
        ],
      }),
      c('cs-degree', 'education', 'merit', {
        en: [
          'A degree in computer science or software engineering (or equivalent experience)',
          'someone with a degree in computer science or software engineering, or equivalent experience',
          'a degree in computer science or software engineering, or equivalent experience',
        ],
        sv: [
          'Examen inom datavetenskap eller mjukvaruteknik (eller motsvarande erfarenhet)',
          'någon med examen inom datavetenskap eller mjukvaruteknik, eller motsvarande erfarenhet',
          'en examen inom datavetenskap eller mjukvaruteknik, eller motsvarande erfarenhet',
        ],
        da: [
          'Uddannelse i datalogi eller softwareudvikling (eller tilsvarende erfaring)',
          'en kandidat med en uddannelse i datalogi eller softwareudvikling eller tilsvarende erfaring',
          'en uddannelse i datalogi eller softwareudvikling eller tilsvarende erfaring',
        ],
        nb: [
          'Utdanning innen informatikk eller programvareutvikling (eller tilsvarende erfaring)',
          'en kandidat med utdanning innen informatikk eller programvareutvikling, eller tilsvarende erfaring',
          'utdanning innen informatikk eller programvareutvikling, eller tilsvarende erfaring',
        ],
        de: [
          'Studium der Informatik oder Softwaretechnik (oder vergleichbare Erfahrung)',
          'jemanden mit einem Studium der Informatik oder Softwaretechnik oder vergleichbarer Erfahrung',
          'ein Studium der Informatik oder Softwaretechnik oder vergleichbare Erfahrung',
        ],
        fi: [
          'Tietojenkäsittelytieteen tai ohjelmistotekniikan tutkinto (tai vastaava kokemus)',
          'henkilöä, jolla on tietojenkäsittelytieteen tai ohjelmistotekniikan tutkinto tai vastaava kokemus',
          'tietojenkäsittelytieteen tai ohjelmistotekniikan tutkinto tai vastaava kokemus',
        ],
      }),
    ],
  },
  {
    role: 'registered-nurse',
    title: {
      en: 'Registered nurse',
      sv: 'Sjuksköterska',
      da: 'Sygeplejerske',
      nb: 'Sykepleier',
      de: 'Pflegefachkraft',
      fi: 'Sairaanhoitaja',
    },
    aliases: {
      en: ['Nurse', 'RN', 'Staff nurse', 'Ward nurse'],
      sv: [
        'Legitimerad sjuksköterska',
        'Leg. sjuksköterska',
        'Avdelningssjuksköterska',
        'Grundutbildad sjuksköterska',
      ],
      da: ['Autoriseret sygeplejerske', 'Afdelingssygeplejerske', 'Klinisk sygeplejerske'],
      nb: ['Autorisert sykepleier', 'Offentlig godkjent sykepleier', 'Sykepleier i sengepost'],
      de: [
        'Pflegefachfrau',
        'Pflegefachmann',
        'Gesundheits- und Krankenpfleger',
        'Gesundheits- und Krankenpflegerin',
      ],
      fi: ['Laillistettu sairaanhoitaja', 'Osaston sairaanhoitaja', 'Vuodeosaston sairaanhoitaja'],
    },
    criteria: [
      c('nursing-licence', 'education', 'must', {
        en: [
          'A nursing licence valid in the country of employment',
          'someone with a nursing licence valid in the country of employment',
          'a nursing licence valid in the country of employment',
        ],
        sv: [
          'Svensk legitimation som sjuksköterska',
          'någon med svensk legitimation som sjuksköterska',
          'svensk legitimation som sjuksköterska',
        ],
        da: [
          'Dansk autorisation som sygeplejerske',
          'en med dansk autorisation som sygeplejerske',
          'dansk autorisation som sygeplejerske',
        ],
        nb: [
          'Norsk autorisasjon som sykepleier',
          'en med norsk autorisasjon som sykepleier',
          'norsk autorisasjon som sykepleier',
        ],
        de: [
          'Abgeschlossene Pflegeausbildung mit Berufserlaubnis in Deutschland',
          'jemanden mit abgeschlossener Pflegeausbildung und Berufserlaubnis in Deutschland',
          'eine abgeschlossene Pflegeausbildung mit Berufserlaubnis in Deutschland',
        ],
        fi: [
          'Laillistus sairaanhoitajana (Valvira)',
          'henkilöä, jolla on Valviran myöntämä laillistus sairaanhoitajana',
          'Valviran myöntämä laillistus sairaanhoitajana',
        ],
      }),
      c('clinical-experience', 'experience', 'must', {
        en: [
          'At least one year of clinical experience on an inpatient ward',
          'someone with at least one year of clinical experience on an inpatient ward',
          'at least one year of clinical experience on an inpatient ward',
        ],
        sv: [
          'Minst ett års klinisk erfarenhet från slutenvård',
          'någon med minst ett års klinisk erfarenhet från slutenvård',
          'minst ett års klinisk erfarenhet från slutenvård',
        ],
        da: [
          'Mindst ét års klinisk erfaring fra et sengeafsnit',
          'en med mindst ét års klinisk erfaring fra et sengeafsnit',
          'mindst ét års klinisk erfaring fra et sengeafsnit',
        ],
        nb: [
          'Minst ett års klinisk erfaring fra sengepost',
          'en med minst ett års klinisk erfaring fra sengepost',
          'minst ett års klinisk erfaring fra sengepost',
        ],
        de: [
          'Mindestens ein Jahr Berufserfahrung in der stationären Pflege',
          'jemanden mit mindestens einem Jahr Berufserfahrung in der stationären Pflege',
          'mindestens ein Jahr Berufserfahrung in der stationären Pflege',
        ],
        fi: [
          'Vähintään vuoden kokemus vuodeosastotyöstä',
          'henkilöä, jolla on vähintään vuoden kokemus vuodeosastotyöstä',
          'vähintään vuoden kokemus vuodeosastotyöstä',
        ],
      }),
      c('medication-handling', 'skill', 'must', {
        en: [
          'Safe medication management and documentation in the electronic patient record',
          'someone who manages medication safely and documents in the electronic patient record',
          'safe medication management and documentation in the electronic patient record',
        ],
        sv: [
          'Säker läkemedelshantering och dokumentation i journalsystem',
          'någon som hanterar läkemedel säkert och dokumenterar i journalsystem',
          'säker läkemedelshantering och dokumentation i journalsystem',
        ],
        da: [
          'Sikker medicinhåndtering og dokumentation i den elektroniske patientjournal',
          'en, der håndterer medicin sikkert og dokumenterer i den elektroniske patientjournal',
          'sikker medicinhåndtering og dokumentation i den elektroniske patientjournal',
        ],
        nb: [
          'Sikker legemiddelhåndtering og dokumentasjon i elektronisk pasientjournal',
          'en som håndterer legemidler sikkert og dokumenterer i elektronisk pasientjournal',
          'sikker legemiddelhåndtering og dokumentasjon i elektronisk pasientjournal',
        ],
        de: [
          'Sicherer Umgang mit Medikamenten und Dokumentation in der elektronischen Patientenakte',
          'jemanden, der sicher mit Medikamenten umgeht und in der elektronischen Patientenakte dokumentiert',
          'der sichere Umgang mit Medikamenten einschließlich der Dokumentation in der elektronischen Patientenakte',
        ],
        fi: [
          'Turvallinen lääkehoito ja kirjaaminen sähköiseen potilastietojärjestelmään',
          'henkilöä, joka hallitsee turvallisen lääkehoidon ja kirjaamisen sähköiseen potilastietojärjestelmään',
          'turvallisen lääkehoidon ja kirjaamisen osaaminen',
        ],
      }),
      c('local-language', 'language', 'must', {
        en: [
          'Fluent spoken and written English with patients and colleagues',
          'someone who speaks and writes English fluently with patients and colleagues',
          'fluent spoken and written English',
        ],
        sv: [
          'Goda kunskaper i svenska i tal och skrift',
          'någon med goda kunskaper i svenska i tal och skrift',
          'goda kunskaper i svenska i tal och skrift',
        ],
        da: [
          'Flydende dansk i skrift og tale',
          'en, der taler og skriver flydende dansk',
          'flydende dansk i skrift og tale',
        ],
        nb: [
          'Gode norskkunnskaper muntlig og skriftlig',
          'en med gode norskkunnskaper muntlig og skriftlig',
          'gode norskkunnskaper muntlig og skriftlig',
        ],
        de: [
          'Sehr gute Deutschkenntnisse in Wort und Schrift',
          'jemanden mit sehr guten Deutschkenntnissen in Wort und Schrift',
          'sehr gutes Deutsch in Wort und Schrift',
        ],
        fi: [
          'Sujuva suomen kielen taito suullisesti ja kirjallisesti',
          'henkilöä, joka puhuu ja kirjoittaa suomea sujuvasti',
          'sujuva suomen kielen taito',
        ],
      }),
      c('shift-work', 'practical', 'must', {
        en: [
          'Availability for rotating shifts (including evenings and weekends)',
          'someone who can work rotating shifts, including evenings and weekends',
          'availability for rotating shifts, including evenings and weekends',
        ],
        sv: [
          'Möjlighet att arbeta rotationsschema (även kvällar och helger)',
          'någon som kan arbeta rotationsschema, även kvällar och helger',
          'möjlighet att arbeta rotationsschema, även kvällar och helger',
        ],
        da: [
          'Mulighed for at arbejde i skiftende vagter (også aften og weekend)',
          'en, der kan arbejde i skiftende vagter, også aften og weekend',
          'mulighed for at arbejde i skiftende vagter, også aften og weekend',
        ],
        nb: [
          'Mulighet til å jobbe turnus (også kvelder og helger)',
          'en som kan jobbe turnus med kvelder og helger',
          'mulighet til å jobbe turnus med kvelder og helger',
        ],
        de: [
          'Bereitschaft zum Schichtdienst (auch abends und am Wochenende)',
          'jemanden, der im Schichtdienst arbeiten kann, auch abends und am Wochenende',
          'die Bereitschaft zum Schichtdienst, auch abends und am Wochenende',
        ],
        fi: [
          'Mahdollisuus tehdä vuorotyötä (myös iltaisin ja viikonloppuisin)',
          'henkilöä, joka voi tehdä vuorotyötä myös iltaisin ja viikonloppuisin',
          'mahdollisuus tehdä vuorotyötä myös iltaisin ja viikonloppuisin',
        ],
      }),
      c('specialist-training', 'education', 'merit', {
        en: [
          'Specialist training (e.g. in acute, intensive or elderly care)',
          'someone with specialist training, e.g. in acute, intensive or elderly care',
          'specialist training, e.g. in acute, intensive or elderly care',
        ],
        sv: [
          'Specialistutbildning (t.ex. inom akutsjukvård, intensivvård eller vård av äldre)',
          'någon med specialistutbildning, till exempel inom akutsjukvård, intensivvård eller vård av äldre',
          'en specialistutbildning, till exempel inom akutsjukvård, intensivvård eller vård av äldre',
        ],
        da: [
          'Specialuddannelse (fx i akutsygepleje, intensiv sygepleje eller ældrepleje)',
          'en med en specialuddannelse, for eksempel i akutsygepleje, intensiv sygepleje eller ældrepleje',
          'en specialuddannelse, for eksempel i akutsygepleje, intensiv sygepleje eller ældrepleje',
        ],
        nb: [
          'Videreutdanning (f.eks. i akuttsykepleie, intensivsykepleie eller geriatrisk sykepleie)',
          'en med videreutdanning, for eksempel i akuttsykepleie, intensivsykepleie eller geriatrisk sykepleie',
          'videreutdanning, for eksempel i akuttsykepleie, intensivsykepleie eller geriatrisk sykepleie',
        ],
        de: [
          'Fachweiterbildung (z. B. in Notfall-, Intensiv- oder Altenpflege)',
          'jemanden mit einer Fachweiterbildung, etwa in Notfall-, Intensiv- oder Altenpflege',
          'eine Fachweiterbildung, etwa in Notfall-, Intensiv- oder Altenpflege',
        ],
        fi: [
          'Erikoistumiskoulutus (esim. akuutti-, teho- tai vanhustyöhön)',
          'henkilöä, jolla on erikoistumiskoulutus esimerkiksi akuutti-, teho- tai vanhustyöhön',
          'erikoistumiskoulutus esimerkiksi akuutti-, teho- tai vanhustyöhön',
        ],
      }),
      c('supervising-students', 'experience', 'merit', {
        en: [
          'Experience of supervising nursing students or new colleagues',
          'someone who has supervised nursing students or new colleagues',
          'experience of supervising nursing students or new colleagues',
        ],
        sv: [
          'Erfarenhet av att handleda studenter eller nya kollegor',
          'någon som har handlett studenter eller nya kollegor',
          'erfarenhet av att handleda studenter eller nya kollegor',
        ],
        da: [
          'Erfaring med at vejlede studerende eller nye kolleger',
          'en, der har vejledt studerende eller nye kolleger',
          'erfaring med at vejlede studerende eller nye kolleger',
        ],
        nb: [
          'Erfaring med veiledning av studenter eller nye kolleger',
          'en som har veiledet studenter eller nye kolleger',
          'erfaring med veiledning av studenter eller nye kolleger',
        ],
        de: [
          'Erfahrung in der Praxisanleitung von Auszubildenden oder neuen Kolleginnen und Kollegen',
          'jemanden mit Erfahrung in der Praxisanleitung von Auszubildenden oder neuen Kolleginnen und Kollegen',
          'Erfahrung in der Praxisanleitung von Auszubildenden oder neuen Kolleginnen und Kollegen',
        ],
        fi: [
          'Kokemus opiskelijoiden tai uusien työntekijöiden ohjaamisesta',
          'henkilöä, joka on ohjannut opiskelijoita tai uusia työntekijöitä',
          'kokemus opiskelijoiden tai uusien työntekijöiden ohjaamisesta',
        ],
      }),
    ],
  },
  {
    role: 'warehouse-worker',
    title: {
      en: 'Warehouse worker',
      sv: 'Lagerarbetare',
      da: 'Lagermedarbejder',
      nb: 'Lagermedarbeider',
      de: 'Lagermitarbeiter (m/w/d)',
      fi: 'Varastotyöntekijä',
    },
    aliases: {
      en: ['Warehouse operative', 'Warehouse associate', 'Order picker', 'Forklift operator'],
      sv: ['Lagermedarbetare', 'Lagerpersonal', 'Truckförare', 'Plockare', 'Orderplockare'],
      da: ['Lagerarbejder', 'Lagerassistent', 'Truckfører', 'Pluk- og pakmedarbejder'],
      nb: ['Lagerarbeider', 'Lagermedarbeider', 'Truckfører', 'Plukker'],
      de: [
        'Lagerarbeiter',
        'Lagermitarbeiterin',
        'Kommissionierer',
        'Staplerfahrer',
        'Fachkraft für Lagerlogistik',
      ],
      fi: ['Keräilijä', 'Trukinkuljettaja', 'Logistiikkatyöntekijä', 'Varastotyöntekijä'],
    },
    criteria: [
      c('forklift-licence', 'education', 'must', {
        en: [
          'A forklift licence (counterbalance and reach truck)',
          'someone with a forklift licence for counterbalance and reach trucks',
          'a forklift licence for counterbalance and reach trucks',
        ],
        sv: ['Truckkort A och B', 'någon med truckkort A och B', 'truckkort A och B'],
        da: [
          'Truckcertifikat (gaffeltruck og skubmaster)',
          'en med truckcertifikat til gaffeltruck og skubmaster',
          'truckcertifikat til gaffeltruck og skubmaster',
        ],
        nb: [
          'Truckførerbevis (T1 og T4)',
          'en med truckførerbevis for T1 og T4',
          'truckførerbevis for T1 og T4',
        ],
        de: [
          'Staplerschein (Gabel- und Schubmaststapler)',
          'jemanden mit Staplerschein für Gabel- und Schubmaststapler',
          'ein Staplerschein für Gabel- und Schubmaststapler',
        ],
        fi: [
          'Trukkikortti (vastapaino- ja työntömastotrukki)',
          'henkilöä, jolla on voimassa oleva trukkikortti',
          'voimassa oleva trukkikortti',
        ],
      }),
      c('warehouse-experience', 'experience', 'must', {
        en: [
          'Experience of picking, packing or goods receiving in a warehouse',
          'someone with experience of picking, packing or goods receiving in a warehouse',
          'experience of picking, packing or goods receiving in a warehouse',
        ],
        sv: [
          'Erfarenhet av plock, pack eller godsmottagning i lager',
          'någon med erfarenhet av plock, pack eller godsmottagning i lager',
          'erfarenhet av plock, pack eller godsmottagning i lager',
        ],
        da: [
          'Erfaring med pluk, pak eller varemodtagelse på lager',
          'en med erfaring med pluk, pak eller varemodtagelse på lager',
          'erfaring med pluk, pak eller varemodtagelse på lager',
        ],
        nb: [
          'Erfaring med plukking, pakking eller varemottak på lager',
          'en med erfaring med plukking, pakking eller varemottak på lager',
          'erfaring med plukking, pakking eller varemottak på lager',
        ],
        de: [
          'Erfahrung in Kommissionierung, Verpackung oder Wareneingang im Lager',
          'jemanden mit Erfahrung in Kommissionierung, Verpackung oder Wareneingang',
          'Erfahrung in Kommissionierung, Verpackung oder Wareneingang',
        ],
        fi: [
          'Kokemus keräilystä, pakkaamisesta tai tavaran vastaanotosta varastossa',
          'henkilöä, jolla on kokemusta keräilystä, pakkaamisesta tai tavaran vastaanotosta varastossa',
          'kokemus keräilystä, pakkaamisesta tai tavaran vastaanotosta varastossa',
        ],
      }),
      c('wms-handheld', 'skill', 'merit', {
        en: [
          'Using a warehouse management system and a handheld scanner',
          'someone used to a warehouse management system and a handheld scanner',
          'experience with a warehouse management system and a handheld scanner',
        ],
        sv: [
          'Vana av lagersystem (WMS) och handdator',
          'någon som är van vid lagersystem och handdator',
          'vana vid lagersystem och handdator',
        ],
        da: [
          'Kendskab til lagerstyringssystem (WMS) og håndscanner',
          'en, der er vant til lagerstyringssystem og håndscanner',
          'erfaring med lagerstyringssystem og håndscanner',
        ],
        nb: [
          'Erfaring med lagerstyringssystem (WMS) og håndterminal',
          'en som er vant til lagerstyringssystem og håndterminal',
          'erfaring med lagerstyringssystem og håndterminal',
        ],
        de: [
          'Erfahrung mit Lagerverwaltungssystem (LVS) und Handscanner',
          'jemanden, der mit Lagerverwaltungssystem und Handscanner vertraut ist',
          'Erfahrung mit Lagerverwaltungssystem und Handscanner',
        ],
        fi: [
          'Varastonhallintajärjestelmän (WMS) ja käsipäätteen käyttö',
          'henkilöä, joka osaa käyttää varastonhallintajärjestelmää ja käsipäätettä',
          'kokemus varastonhallintajärjestelmän ja käsipäätteen käytöstä',
        ],
      }),
      c('safety-routines', 'practical', 'must', {
        en: [
          'Following safety procedures and reporting incidents',
          'someone who follows safety procedures and reports incidents',
          'consistently following safety procedures and reporting incidents',
        ],
        sv: [
          'Följsamhet till säkerhetsrutiner och rapportering av avvikelser',
          'någon som följer säkerhetsrutiner och rapporterar avvikelser',
          'följsamhet till säkerhetsrutiner och rapportering av avvikelser',
        ],
        da: [
          'Overholdelse af sikkerhedsregler og indrapportering af afvigelser',
          'en, der følger sikkerhedsreglerne og melder afvigelser',
          'overholdelse af sikkerhedsregler og indrapportering af afvigelser',
        ],
        nb: [
          'Etterlevelse av sikkerhetsrutiner og melding av avvik',
          'en som følger sikkerhetsrutiner og melder avvik',
          'etterlevelse av sikkerhetsrutiner og melding av avvik',
        ],
        de: [
          'Einhaltung der Sicherheitsvorschriften und Meldung von Abweichungen',
          'jemanden, der Sicherheitsvorschriften einhält und Abweichungen meldet',
          'die konsequente Einhaltung der Sicherheitsvorschriften',
        ],
        fi: [
          'Turvallisuusohjeiden noudattaminen ja poikkeamien raportointi',
          'henkilöä, joka noudattaa turvallisuusohjeita ja raportoi poikkeamat',
          'turvallisuusohjeiden noudattaminen ja poikkeamien raportointi',
        ],
      }),
      c('shift-availability', 'practical', 'must', {
        en: [
          'Availability for two-shift work (including some weekends)',
          'someone who can work a two-shift pattern, including some weekends',
          'availability for two-shift work, including some weekends',
        ],
        sv: [
          'Möjlighet att arbeta tvåskift (även vissa helger)',
          'någon som kan arbeta tvåskift, även vissa helger',
          'möjlighet att arbeta tvåskift, även vissa helger',
        ],
        da: [
          'Mulighed for at arbejde i toholdsskift (også nogle weekender)',
          'en, der kan arbejde i toholdsskift, også nogle weekender',
          'mulighed for at arbejde i toholdsskift, også nogle weekender',
        ],
        nb: [
          'Mulighet til å jobbe toskift (også enkelte helger)',
          'en som kan jobbe toskift, også enkelte helger',
          'mulighet til å jobbe toskift, også enkelte helger',
        ],
        de: [
          'Bereitschaft zur Arbeit im Zweischichtbetrieb (auch an einzelnen Wochenenden)',
          'jemanden, der im Zweischichtbetrieb arbeiten kann, auch an einzelnen Wochenenden',
          'die Bereitschaft zur Arbeit im Zweischichtbetrieb',
        ],
        fi: [
          'Mahdollisuus tehdä kaksivuorotyötä (myös joinakin viikonloppuina)',
          'henkilöä, joka voi tehdä kaksivuorotyötä, myös joinakin viikonloppuina',
          'mahdollisuus tehdä kaksivuorotyötä, myös joinakin viikonloppuina',
        ],
      }),
      c('accuracy-pace', 'personal', 'must', {
        en: [
          'Accurate picking at a steady pace (shown in a work sample)',
          'someone who picks accurately at a steady pace, as the work sample asked for',
          'accurate picking at a steady pace in the work sample',
        ],
        sv: [
          'Noggrann plockning i jämnt tempo (visat i arbetsprov)',
          'någon som plockar noggrant i jämnt tempo, som arbetsprovet krävde',
          'noggrann plockning i jämnt tempo i arbetsprovet',
        ],
        da: [
          'Præcis pluk i et stabilt tempo (vist i en arbejdsprøve)',
          'en, der plukker præcist i et stabilt tempo, som arbejdsprøven krævede',
          'præcis pluk i et stabilt tempo i arbejdsprøven',
        ],
        nb: [
          'Nøyaktig plukking i jevnt tempo (vist i arbeidsprøve)',
          'en som plukker nøyaktig i jevnt tempo, slik arbeidsprøven krevde',
          'nøyaktig plukking i jevnt tempo i arbeidsprøven',
        ],
        de: [
          'Genaues Kommissionieren in gleichmäßigem Tempo (beim Probearbeiten gezeigt)',
          'jemanden, der genau und in gleichmäßigem Tempo kommissioniert, wie es das Probearbeiten verlangte',
          'genaues Kommissionieren in gleichmäßigem Tempo beim Probearbeiten',
        ],
        fi: [
          'Tarkka keräily tasaisella tahdilla (näytetty työnäytteessä)',
          'henkilöä, joka kerää tarkasti ja tasaisella tahdilla, kuten työnäytteessä edellytettiin',
          'tarkka keräily tasaisella tahdilla työnäytteessä',
        ],
      }),
      c('driving-licence', 'practical', 'merit', {
        en: [
          'Driving licence (category B)',
          'someone with a category B driving licence',
          'a category B driving licence',
        ],
        sv: ['B-körkort', 'någon med B-körkort', 'B-körkort'],
        da: [
          'Kørekort (kategori B)',
          'en med almindeligt kørekort (kategori B)',
          'almindeligt kørekort (kategori B)',
        ],
        nb: ['Førerkort klasse B', 'en med førerkort klasse B', 'førerkort klasse B'],
        de: ['Führerschein Klasse B', 'jemanden mit Führerschein Klasse B', 'ein Führerschein Klasse B'],
        fi: ['B-ajokortti', 'henkilöä, jolla on B-ajokortti', 'B-ajokortti'],
      }),
    ],
  },
  {
    role: 'sales-representative',
    title: {
      en: 'Sales representative',
      sv: 'Säljare',
      da: 'Sælger',
      nb: 'Selger',
      de: 'Vertriebsmitarbeiter (m/w/d)',
      fi: 'Myyntiedustaja',
    },
    aliases: {
      en: ['Account executive', 'Sales executive', 'Business developer', 'Key account manager'],
      sv: ['Innesäljare', 'Utesäljare', 'Account manager', 'Affärsutvecklare', 'Företagssäljare'],
      da: ['Salgskonsulent', 'Key account manager', 'Forretningsudvikler', 'Account manager'],
      nb: ['Salgskonsulent', 'Key account manager', 'Forretningsutvikler', 'Account manager'],
      de: [
        'Außendienstmitarbeiter',
        'Vertriebsmitarbeiterin',
        'Kundenbetreuer im Vertrieb',
        'Vertriebsberater',
      ],
      fi: ['Myyjä', 'Myyntineuvottelija', 'Myyntipäällikkö', 'Asiakkuuspäällikkö'],
    },
    criteria: [
      c('b2b-sales', 'experience', 'must', {
        en: [
          'At least two years of B2B sales against personal targets',
          'someone with at least two years of B2B sales against personal targets',
          'at least two years of B2B sales against personal targets',
        ],
        sv: [
          'Minst två års erfarenhet av B2B-försäljning med egna mål',
          'någon med minst två års erfarenhet av B2B-försäljning med egna mål',
          'minst två års erfarenhet av B2B-försäljning med egna mål',
        ],
        da: [
          'Mindst to års erfaring med B2B-salg med egne mål',
          'en kandidat med mindst to års erfaring med B2B-salg med egne mål',
          'mindst to års erfaring med B2B-salg med egne mål',
        ],
        nb: [
          'Minst to års erfaring med B2B-salg med egne mål',
          'en kandidat med minst to års erfaring med B2B-salg med egne mål',
          'minst to års erfaring med B2B-salg med egne mål',
        ],
        de: [
          'Mindestens zwei Jahre Erfahrung im B2B-Vertrieb mit eigenen Zielen',
          'jemanden mit mindestens zwei Jahren Erfahrung im B2B-Vertrieb mit eigenen Zielen',
          'Vertriebserfahrung von mindestens zwei Jahren im B2B-Bereich mit eigenen Zielen',
        ],
        fi: [
          'Vähintään kahden vuoden kokemus B2B-myynnistä omilla tavoitteilla',
          'henkilöä, jolla on vähintään kahden vuoden kokemus B2B-myynnistä omilla myyntitavoitteilla',
          'vähintään kahden vuoden kokemus B2B-myynnistä omilla myyntitavoitteilla',
        ],
      }),
      c('new-business', 'experience', 'must', {
        en: [
          'A track record of winning new customers (from prospecting to signed deal)',
          'someone with a track record of winning new customers, from prospecting to signed deal',
          'a track record of winning new customers, from prospecting to signed deal',
        ],
        sv: [
          'Dokumenterad förmåga att vinna nya kunder (från prospektering till avslut)',
          'någon med dokumenterad förmåga att vinna nya kunder, från prospektering till avslut',
          'dokumenterad förmåga att vinna nya kunder, från prospektering till avslut',
        ],
        da: [
          'Dokumenteret evne til at vinde nye kunder (fra prospektering til lukket aftale)',
          'en kandidat med dokumenteret evne til at vinde nye kunder, fra prospektering til lukket aftale',
          'dokumenteret evne til at vinde nye kunder, fra prospektering til lukket aftale',
        ],
        nb: [
          'Dokumentert evne til å vinne nye kunder (fra prospektering til signert avtale)',
          'en kandidat med dokumentert evne til å vinne nye kunder, fra prospektering til signert avtale',
          'dokumentert evne til å vinne nye kunder, fra prospektering til signert avtale',
        ],
        de: [
          'Nachweisbare Erfolge in der Neukundengewinnung (von der Akquise bis zum Abschluss)',
          'jemanden mit nachweisbaren Erfolgen in der Neukundengewinnung, von der Akquise bis zum Abschluss',
          'nachweisbarer Erfolg in der Neukundengewinnung, von der Akquise bis zum Abschluss',
        ],
        fi: [
          'Todistettu kokemus uusasiakashankinnasta (prospektoinnista kaupan päättämiseen)',
          'henkilöä, jolla on todistettua kokemusta uusasiakashankinnasta prospektoinnista kaupan päättämiseen',
          'todistettu kokemus uusasiakashankinnasta prospektoinnista kaupan päättämiseen',
        ],
      }),
      c('crm', 'skill', 'must', {
        en: [
          'Keeping deals and customer notes up to date in a CRM (e.g. Salesforce, HubSpot)',
          'someone who keeps deals and customer notes up to date in a CRM such as Salesforce or HubSpot',
          'a habit of keeping deals and customer notes up to date in a CRM',
        ],
        sv: [
          'Noggrann uppföljning av affärer och kunder i CRM-system (t.ex. Salesforce, HubSpot)',
          'någon som följer upp affärer och kunder noggrant i ett CRM-system som Salesforce eller HubSpot',
          'noggrann uppföljning av affärer och kunder i CRM-system',
        ],
        da: [
          'Systematisk opfølgning på salgsmuligheder og kunder i CRM (fx Salesforce, HubSpot)',
          'en, der følger systematisk op på salgsmuligheder og kunder i et CRM-system som Salesforce eller HubSpot',
          'systematisk opfølgning på salgsmuligheder og kunder i CRM',
        ],
        nb: [
          'Systematisk oppfølging av salgsmuligheter og kunder i CRM (f.eks. Salesforce, HubSpot)',
          'en som følger opp salgsmuligheter og kunder systematisk i et CRM-system som Salesforce eller HubSpot',
          'systematisk oppfølging av salgsmuligheter og kunder i CRM',
        ],
        de: [
          'Sorgfältige Pflege von Verkaufschancen und Kundennotizen im CRM (z. B. Salesforce, HubSpot)',
          'jemanden, der Verkaufschancen und Kundennotizen sorgfältig im CRM pflegt, etwa in Salesforce oder HubSpot',
          'die sorgfältige Pflege von Verkaufschancen und Kundennotizen im CRM',
        ],
        fi: [
          'Myyntimahdollisuuksien ja asiakastietojen huolellinen ylläpito CRM-järjestelmässä (esim. Salesforce, HubSpot)',
          'henkilöä, joka pitää myyntimahdollisuudet ja asiakastiedot huolellisesti ajan tasalla CRM-järjestelmässä',
          'myyntimahdollisuuksien ja asiakastietojen huolellinen ylläpito CRM-järjestelmässä',
        ],
      }),
      c('negotiation', 'skill', 'must', {
        en: [
          'Presenting, negotiating and handling objections (shown in the sales exercise)',
          'someone who presents, negotiates and handles objections convincingly',
          'convincing presenting, negotiating and handling of objections',
        ],
        sv: [
          'Presentation, förhandling och invändningshantering (visat i säljövningen)',
          'någon som presenterar, förhandlar och hanterar invändningar på ett övertygande sätt',
          'övertygande presentation, förhandling och invändningshantering',
        ],
        da: [
          'Præsentation, forhandling og håndtering af indvendinger (vist i salgsøvelsen)',
          'en, der præsenterer, forhandler og håndterer indvendinger overbevisende',
          'overbevisende præsentation, forhandling og håndtering af indvendinger',
        ],
        nb: [
          'Presentasjon, forhandling og håndtering av innvendinger (vist i salgsøvelsen)',
          'en som presenterer, forhandler og håndterer innvendinger på en overbevisende måte',
          'overbevisende presentasjon, forhandling og håndtering av innvendinger',
        ],
        de: [
          'Präsentation, Verhandlung und Einwandbehandlung (in der Verkaufsübung gezeigt)',
          'jemanden, der überzeugend präsentiert, verhandelt und mit Einwänden umgeht',
          'überzeugendes Auftreten in Präsentation, Verhandlung und Einwandbehandlung',
        ],
        fi: [
          'Esiintyminen, neuvottelu ja vastaväitteiden käsittely (näytetty myyntiharjoituksessa)',
          'henkilöä, joka esiintyy, neuvottelee ja käsittelee vastaväitteitä vakuuttavasti',
          'vakuuttava esiintyminen, neuvottelu ja vastaväitteiden käsittely',
        ],
      }),
      c('sales-language', 'language', 'must', {
        en: [
          'Fluent spoken and written English with customers',
          'someone who speaks and writes fluent English with customers',
          'fluent spoken and written English with customers',
        ],
        sv: [
          'Flytande svenska och god engelska i kundkontakt',
          'någon som talar flytande svenska och god engelska med kunder',
          'flytande svenska och god engelska i kundkontakt',
        ],
        da: [
          'Flydende dansk og godt engelsk i kundekontakt',
          'en, der taler flydende dansk og godt engelsk med kunder',
          'flydende dansk og godt engelsk i kundekontakt',
        ],
        nb: [
          'Flytende norsk og god engelsk i kundekontakt',
          'en som snakker flytende norsk og god engelsk med kunder',
          'flytende norsk og god engelsk i kundekontakt',
        ],
        de: [
          'Verhandlungssicheres Deutsch und gutes Englisch im Kundenkontakt',
          'jemanden, der im Kundenkontakt verhandlungssicher Deutsch und gut Englisch spricht',
          'die Verhandlungssicherheit in Deutsch und Englisch im Kundenkontakt',
        ],
        fi: [
          'Sujuva suomi ja hyvä englanti asiakastyössä',
          'henkilöä, joka puhuu asiakkaiden kanssa sujuvaa suomea ja hyvää englantia',
          'sujuva suomen ja hyvä englannin kielen taito asiakastyössä',
        ],
      }),
      c('industry-knowledge', 'experience', 'merit', {
        en: [
          'Knowledge of our industry and its buyers',
          'someone who knows our industry and its buyers',
          'knowledge of our industry and its buyers',
        ],
        sv: [
          'Kunskap om vår bransch och dess kunder',
          'någon som känner vår bransch och dess kunder',
          'kunskap om vår bransch och dess kunder',
        ],
        da: [
          'Kendskab til vores branche og dens kunder',
          'en, der kender vores branche og dens kunder',
          'kendskab til vores branche og dens kunder',
        ],
        nb: [
          'Kjennskap til bransjen vår og kundene der',
          'en som kjenner bransjen vår og kundene der',
          'kjennskap til bransjen vår og kundene der',
        ],
        de: [
          'Kenntnis unserer Branche und ihrer Kunden',
          'jemanden, der unsere Branche und ihre Kunden kennt',
          'Kenntnis unserer Branche und ihrer Kunden',
        ],
        fi: [
          'Toimialamme ja sen asiakkaiden tuntemus',
          'henkilöä, joka tuntee toimialamme ja sen asiakkaat',
          'toimialamme ja sen asiakkaiden tuntemus',
        ],
      }),
      c('driving-licence', 'practical', 'merit', {
        en: [
          'Driving licence for customer visits',
          'someone with a driving licence for customer visits',
          'a driving licence for customer visits',
        ],
        sv: ['B-körkort för kundbesök', 'någon med B-körkort för kundbesök', 'B-körkort för kundbesök'],
        da: ['Kørekort til kundebesøg', 'en med kørekort til kundebesøg', 'kørekort til kundebesøg'],
        nb: [
          'Førerkort klasse B for kundebesøk',
          'en med førerkort klasse B for kundebesøk',
          'førerkort klasse B for kundebesøk',
        ],
        de: [
          'Führerschein Klasse B für Kundenbesuche',
          'jemanden mit Führerschein Klasse B für Kundenbesuche',
          'ein Führerschein Klasse B für Kundenbesuche',
        ],
        fi: [
          'B-ajokortti asiakaskäyntejä varten',
          'henkilöä, jolla on B-ajokortti asiakaskäyntejä varten',
          'B-ajokortti asiakaskäyntejä varten',
        ],
      }),
    ],
  },
  {
    role: 'teacher',
    title: { en: 'Teacher', sv: 'Lärare', da: 'Lærer', nb: 'Lærer', de: 'Lehrkraft', fi: 'Opettaja' },
    aliases: {
      en: ['Qualified teacher', 'Secondary school teacher', 'Primary school teacher', 'Subject teacher'],
      sv: ['Legitimerad lärare', 'Grundskollärare', 'Ämneslärare', 'Gymnasielärare', 'Lärare i grundskolan'],
      da: ['Folkeskolelærer', 'Faglærer', 'Gymnasielærer', 'Underviser'],
      nb: ['Lektor', 'Adjunkt', 'Kontaktlærer', 'Faglærer', 'Grunnskolelærer'],
      de: ['Lehrer', 'Lehrerin', 'Fachlehrer', 'Fachlehrerin', 'Lehrkraft Sekundarstufe'],
      fi: ['Aineenopettaja', 'Luokanopettaja', 'Lehtori'],
    },
    criteria: [
      c('teaching-qualification', 'education', 'must', {
        en: [
          'A teaching qualification for the age group and subjects',
          'someone qualified to teach the age group and subjects',
          'a teaching qualification for the age group and subjects',
        ],
        sv: [
          'Lärarlegitimation med behörighet i aktuella ämnen och årskurser',
          'någon med lärarlegitimation och behörighet i aktuella ämnen och årskurser',
          'lärarlegitimation med behörighet i aktuella ämnen och årskurser',
        ],
        da: [
          'Læreruddannelse med undervisningskompetence i de aktuelle fag',
          'en med læreruddannelse og undervisningskompetence i de aktuelle fag',
          'læreruddannelse med undervisningskompetence i de aktuelle fag',
        ],
        nb: [
          'Godkjent lærerutdanning med undervisningskompetanse i aktuelle fag',
          'en med godkjent lærerutdanning og undervisningskompetanse i aktuelle fag',
          'godkjent lærerutdanning med undervisningskompetanse i aktuelle fag',
        ],
        de: [
          'Lehramtsbefähigung für die Schulstufe und die Fächer',
          'jemanden mit Lehramtsbefähigung für die Schulstufe und die Fächer',
          'die Lehramtsbefähigung für die Schulstufe und die Fächer',
        ],
        fi: [
          'Opettajan kelpoisuus kyseisiin aineisiin ja luokka-asteille',
          'henkilöä, jolla on opettajan kelpoisuus kyseisiin aineisiin ja luokka-asteille',
          'opettajan kelpoisuus kyseisiin aineisiin ja luokka-asteille',
        ],
      }),
      c('subject-depth', 'skill', 'must', {
        en: [
          'In-depth knowledge of the subjects taught',
          'someone with in-depth knowledge of the subjects taught',
          'in-depth knowledge of the subjects taught',
        ],
        sv: [
          'Fördjupade ämneskunskaper i de ämnen tjänsten omfattar',
          'någon med fördjupade ämneskunskaper i de ämnen tjänsten omfattar',
          'fördjupade ämneskunskaper i de ämnen tjänsten omfattar',
        ],
        da: [
          'Solid faglig viden i stillingens fag',
          'en med solid faglig viden i de fag, stillingen omfatter',
          'solid faglig viden i de fag, stillingen omfatter',
        ],
        nb: [
          'Solid faglig kunnskap i fagene stillingen omfatter',
          'en med solid faglig kunnskap i fagene stillingen omfatter',
          'solid faglig kunnskap i fagene stillingen omfatter',
        ],
        de: [
          'Fundierte Fachkenntnisse in den Unterrichtsfächern',
          'jemanden mit fundierten Fachkenntnissen in den Unterrichtsfächern',
          'fundiertes Fachwissen in den Unterrichtsfächern',
        ],
        fi: [
          'Vahva aineenhallinta opetettavissa aineissa',
          'henkilöä, jolla on vahva osaaminen opetettavissa aineissa',
          'vahva osaaminen opetettavissa aineissa',
        ],
      }),
      c('assessment', 'skill', 'must', {
        en: [
          'Planning lessons and assessing against the curriculum',
          'someone who plans teaching and assesses pupils against the curriculum',
          'experience of planning teaching and assessing against the curriculum',
        ],
        sv: [
          'Planering av undervisning och bedömning utifrån läroplanen',
          'någon som planerar undervisning och bedömer utifrån läroplanen',
          'planering av undervisning och bedömning utifrån läroplanen',
        ],
        da: [
          'Planlægning af undervisning og evaluering ud fra Fælles Mål',
          'en, der planlægger undervisning og evaluerer ud fra Fælles Mål',
          'planlægning af undervisning og evaluering ud fra Fælles Mål',
        ],
        nb: [
          'Planlegging av undervisning og vurdering etter læreplanverket',
          'en som planlegger undervisning og vurderer etter læreplanverket',
          'planlegging av undervisning og vurdering etter læreplanverket',
        ],
        de: [
          'Unterrichtsplanung und Leistungsbewertung nach dem Lehrplan',
          'jemanden, der Unterricht plant und Leistungen nach dem Lehrplan bewertet',
          'Erfahrung in Unterrichtsplanung und Leistungsbewertung nach dem Lehrplan',
        ],
        fi: [
          'Opetuksen suunnittelu ja arviointi opetussuunnitelman mukaisesti',
          'henkilöä, joka suunnittelee opetuksen ja arvioi opetussuunnitelman mukaisesti',
          'opetuksen suunnittelu ja arviointi opetussuunnitelman mukaisesti',
        ],
      }),
      c('classroom-leadership', 'personal', 'must', {
        en: [
          'Clear classroom leadership and a safe learning environment',
          'someone who leads the classroom clearly and creates a safe learning environment',
          'clear classroom leadership and a safe learning environment',
        ],
        sv: [
          'Tydligt ledarskap i klassrummet och en trygg studiemiljö',
          'någon som har ett tydligt ledarskap i klassrummet och skapar en trygg studiemiljö',
          'ett tydligt ledarskap i klassrummet och en trygg studiemiljö',
        ],
        da: [
          'Tydelig klasseledelse og et trygt læringsmiljø',
          'en, der udøver tydelig klasseledelse og skaber et trygt læringsmiljø',
          'tydelig klasseledelse og et trygt læringsmiljø',
        ],
        nb: [
          'Tydelig klasseledelse og et trygt læringsmiljø',
          'en som utøver tydelig klasseledelse og skaper et trygt læringsmiljø',
          'tydelig klasseledelse og et trygt læringsmiljø',
        ],
        de: [
          'Klare Klassenführung und eine sichere Lernumgebung',
          'jemanden, der die Klasse klar führt und eine sichere Lernumgebung schafft',
          'eine klare Klassenführung, die eine sichere Lernumgebung schafft',
        ],
        fi: [
          'Selkeä luokanhallinta ja turvallinen oppimisympäristö',
          'henkilöä, joka hallitsee luokan selkeästi ja luo turvallisen oppimisympäristön',
          'selkeä luokanhallinta ja turvallinen oppimisympäristö',
        ],
      }),
      c('guardian-contact', 'experience', 'merit', {
        en: [
          'Experience of working with parents and guardians',
          'someone experienced in working with parents and guardians',
          'experience of working with parents and guardians',
        ],
        sv: [
          'Erfarenhet av samarbete med vårdnadshavare',
          'någon med erfarenhet av samarbete med vårdnadshavare',
          'erfarenhet av samarbete med vårdnadshavare',
        ],
        da: [
          'Erfaring med forældresamarbejde',
          'en med erfaring med forældresamarbejde',
          'erfaring med forældresamarbejde',
        ],
        nb: [
          'Erfaring med foreldresamarbeid',
          'en med erfaring med foreldresamarbeid',
          'erfaring med foreldresamarbeid',
        ],
        de: [
          'Erfahrung in der Zusammenarbeit mit Eltern',
          'jemanden mit Erfahrung in der Zusammenarbeit mit Eltern',
          'Erfahrung in der Zusammenarbeit mit Eltern',
        ],
        fi: [
          'Kokemus yhteistyöstä huoltajien kanssa',
          'henkilöä, jolla on kokemusta yhteistyöstä huoltajien kanssa',
          'kokemus yhteistyöstä huoltajien kanssa',
        ],
      }),
      c('digital-tools', 'skill', 'merit', {
        en: [
          'Using digital learning platforms in teaching',
          'someone who uses digital learning platforms in teaching',
          'experience of digital learning platforms in teaching',
        ],
        sv: [
          'Vana av digitala lärplattformar i undervisningen',
          'någon som är van att använda digitala lärplattformar i undervisningen',
          'vana vid digitala lärplattformar i undervisningen',
        ],
        da: [
          'Erfaring med digitale læringsplatforme i undervisningen',
          'en, der er vant til at bruge digitale læringsplatforme i undervisningen',
          'erfaring med digitale læringsplatforme i undervisningen',
        ],
        nb: [
          'Erfaring med digitale læringsplattformer i undervisningen',
          'en som er vant til å bruke digitale læringsplattformer i undervisningen',
          'erfaring med digitale læringsplattformer i undervisningen',
        ],
        de: [
          'Erfahrung mit digitalen Lernplattformen im Unterricht',
          'jemanden, der digitale Lernplattformen im Unterricht einsetzt',
          'Erfahrung mit digitalen Lernplattformen im Unterricht',
        ],
        fi: [
          'Digitaalisten oppimisalustojen käyttö opetuksessa',
          'henkilöä, joka käyttää digitaalisia oppimisalustoja opetuksessa',
          'kokemus digitaalisten oppimisalustojen käytöstä opetuksessa',
        ],
      }),
      c('special-needs', 'experience', 'merit', {
        en: [
          'Experience of adapting teaching for pupils who need extra support',
          'someone who has adapted teaching for pupils who need extra support',
          'experience of adapting teaching for pupils who need extra support',
        ],
        sv: [
          'Erfarenhet av att anpassa undervisningen för elever i behov av stöd',
          'någon som har anpassat undervisningen för elever i behov av stöd',
          'erfarenhet av att anpassa undervisningen för elever i behov av stöd',
        ],
        da: [
          'Erfaring med at tilpasse undervisningen til elever med særlige behov',
          'en, der har tilpasset undervisningen til elever med særlige behov',
          'erfaring med at tilpasse undervisningen til elever med særlige behov',
        ],
        nb: [
          'Erfaring med tilpasset opplæring for elever som trenger ekstra støtte',
          'en som har jobbet med tilpasset opplæring for elever som trenger ekstra støtte',
          'erfaring med tilpasset opplæring for elever som trenger ekstra støtte',
        ],
        de: [
          'Erfahrung in der Förderung von Schülerinnen und Schülern mit besonderem Förderbedarf',
          'jemanden, der den Unterricht für Schülerinnen und Schüler mit besonderem Förderbedarf angepasst hat',
          'Erfahrung in der Förderung von Schülerinnen und Schülern mit besonderem Förderbedarf',
        ],
        fi: [
          'Kokemus opetuksen eriyttämisestä tukea tarvitseville oppilaille',
          'henkilöä, joka on eriyttänyt opetusta tukea tarvitseville oppilaille',
          'kokemus opetuksen eriyttämisestä tukea tarvitseville oppilaille',
        ],
      }),
    ],
  },
  {
    role: 'accountant',
    title: {
      en: 'Accountant',
      sv: 'Redovisningsekonom',
      da: 'Bogholder',
      nb: 'Regnskapsmedarbeider',
      de: 'Buchhalter (m/w/d)',
      fi: 'Kirjanpitäjä',
    },
    aliases: {
      en: ['Financial accountant', 'Bookkeeper', 'Accounting officer', 'Staff accountant'],
      sv: ['Ekonomiassistent', 'Redovisningskonsult', 'Redovisare', 'Bokföringsansvarig', 'Ekonom'],
      da: ['Regnskabsmedarbejder', 'Regnskabsassistent', 'Revisorassistent', 'Økonomimedarbejder'],
      nb: ['Regnskapsfører', 'Autorisert regnskapsfører', 'Økonomimedarbeider', 'Regnskapskonsulent'],
      de: [
        'Finanzbuchhalter',
        'Finanzbuchhalterin',
        'Buchhalterin',
        'Bilanzbuchhalter',
        'Mitarbeiter Rechnungswesen',
      ],
      fi: ['Taloushallinnon asiantuntija', 'Kirjanpidon asiantuntija', 'Reskontranhoitaja'],
    },
    criteria: [
      c('accounting-education', 'education', 'must', {
        en: [
          'A degree or vocational qualification in accounting',
          'someone with a degree or vocational qualification in accounting',
          'a degree or vocational qualification in accounting',
        ],
        sv: [
          'Eftergymnasial utbildning inom redovisning eller ekonomi',
          'någon med eftergymnasial utbildning inom redovisning eller ekonomi',
          'eftergymnasial utbildning inom redovisning eller ekonomi',
        ],
        da: [
          'Uddannelse inden for regnskab (fx finansøkonom eller HD(R))',
          'en med en uddannelse inden for regnskab, for eksempel som finansøkonom eller HD(R)',
          'en uddannelse inden for regnskab, for eksempel som finansøkonom eller HD(R)',
        ],
        nb: [
          'Utdanning innen regnskap (f.eks. bachelor i økonomi eller autorisasjon som regnskapsfører)',
          'en med utdanning innen regnskap, for eksempel bachelor i økonomi eller autorisasjon som regnskapsfører',
          'utdanning innen regnskap, for eksempel bachelor i økonomi eller autorisasjon som regnskapsfører',
        ],
        de: [
          'Kaufmännische Ausbildung oder Studium mit Schwerpunkt Rechnungswesen',
          'jemanden mit kaufmännischer Ausbildung oder Studium mit Schwerpunkt Rechnungswesen',
          'eine kaufmännische Ausbildung oder ein Studium mit Schwerpunkt Rechnungswesen',
        ],
        fi: [
          'Taloushallinnon tai laskentatoimen koulutus',
          'henkilöä, jolla on taloushallinnon tai laskentatoimen koulutus',
          'taloushallinnon tai laskentatoimen koulutus',
        ],
      }),
      c('month-end-close', 'experience', 'must', {
        en: [
          'Experience of month-end and year-end closing',
          'someone who has handled month-end and year-end closing',
          'experience of month-end and year-end closing',
        ],
        sv: [
          'Erfarenhet av månads- och årsbokslut',
          'någon som har arbetat med månads- och årsbokslut',
          'erfarenhet av månads- och årsbokslut',
        ],
        da: [
          'Erfaring med måneds- og årsafslutning',
          'en, der har arbejdet med måneds- og årsafslutning',
          'erfaring med måneds- og årsafslutning',
        ],
        nb: [
          'Erfaring med måneds- og årsavslutning',
          'en som har jobbet med måneds- og årsavslutning',
          'erfaring med måneds- og årsavslutning',
        ],
        de: [
          'Erfahrung mit Monats- und Jahresabschlüssen',
          'jemanden, der Monats- und Jahresabschlüsse erstellt hat',
          'Erfahrung mit Monats- und Jahresabschlüssen',
        ],
        fi: [
          'Kokemus kuukausi- ja tilinpäätöksistä',
          'henkilöä, jolla on kokemusta kuukausi- ja tilinpäätöksistä',
          'kokemus kuukausi- ja tilinpäätöksistä',
        ],
      }),
      c('vat-tax', 'skill', 'must', {
        en: [
          'VAT returns and tax reconciliations',
          'someone who handles VAT returns and tax reconciliations',
          'experience of VAT returns and tax reconciliations',
        ],
        sv: [
          'Momsredovisning och skatteavstämningar',
          'någon som kan momsredovisning och skatteavstämningar',
          'erfarenhet av momsredovisning och skatteavstämningar',
        ],
        da: [
          'Momsindberetning og skatteafstemninger',
          'en, der kan momsindberetning og skatteafstemninger',
          'erfaring med momsindberetning og skatteafstemninger',
        ],
        nb: [
          'Mva-rapportering og skatteavstemminger',
          'en som kan mva-rapportering og skatteavstemminger',
          'erfaring med mva-rapportering og skatteavstemminger',
        ],
        de: [
          'Umsatzsteuervoranmeldungen und Steuerabstimmungen',
          'jemanden, der Umsatzsteuervoranmeldungen und Steuerabstimmungen sicher beherrscht',
          'Erfahrung mit Umsatzsteuervoranmeldungen und Steuerabstimmungen',
        ],
        fi: [
          'Arvonlisäveroilmoitukset ja verotäsmäytykset',
          'henkilöä, joka hallitsee arvonlisäveroilmoitukset ja verotäsmäytykset',
          'kokemus arvonlisäveroilmoituksista ja verotäsmäytyksistä',
        ],
      }),
      c('erp-system', 'skill', 'must', {
        en: [
          'Daily work in an accounting system (e.g. Visma, Fortnox, Dynamics)',
          'someone used to working daily in an accounting system such as Visma, Fortnox or Dynamics',
          'day-to-day experience of an accounting system such as Visma, Fortnox or Dynamics',
        ],
        sv: [
          'Vana av affärssystem (t.ex. Visma, Fortnox eller Dynamics)',
          'någon som är van vid affärssystem som Visma, Fortnox eller Dynamics',
          'vana vid affärssystem som Visma, Fortnox eller Dynamics',
        ],
        da: [
          'Erfaring med økonomisystemer (fx e-conomic, Navision eller Dynamics)',
          'en, der er vant til økonomisystemer som e-conomic, Navision eller Dynamics',
          'erfaring med økonomisystemer som e-conomic, Navision eller Dynamics',
        ],
        nb: [
          'Erfaring med økonomisystem (f.eks. Visma, Tripletex eller Dynamics)',
          'en som er vant til økonomisystemer som Visma, Tripletex eller Dynamics',
          'erfaring med økonomisystemer som Visma, Tripletex eller Dynamics',
        ],
        de: [
          'Sicherer Umgang mit Buchhaltungssoftware (z. B. DATEV, SAP, Dynamics)',
          'jemanden, der täglich mit Buchhaltungssoftware wie DATEV, SAP oder Dynamics arbeitet',
          'Routine mit Buchhaltungssoftware wie DATEV, SAP oder Dynamics',
        ],
        fi: [
          'Taloushallintojärjestelmän päivittäinen käyttö (esim. Netvisor, Procountor, Dynamics)',
          'henkilöä, joka on tottunut käyttämään taloushallintojärjestelmää, kuten Netvisoria, Procountoria tai Dynamicsia',
          'kokemus taloushallintojärjestelmistä, kuten Netvisorista, Procountorista tai Dynamicsista',
        ],
      }),
      c('excel-analysis', 'skill', 'merit', {
        en: [
          'Advanced spreadsheet skills for reconciliations and reports',
          'someone with advanced spreadsheet skills for reconciliations and reports',
          'advanced spreadsheet skills for reconciliations and reports',
        ],
        sv: [
          'Goda kunskaper i Excel för avstämningar och rapporter',
          'någon med goda kunskaper i Excel för avstämningar och rapporter',
          'goda kunskaper i Excel för avstämningar och rapporter',
        ],
        da: [
          'Gode Excel-kompetencer til afstemninger og rapporter',
          'en med gode Excel-kompetencer til afstemninger og rapporter',
          'gode Excel-kompetencer til afstemninger og rapporter',
        ],
        nb: [
          'Gode Excel-ferdigheter for avstemminger og rapporter',
          'en med gode Excel-ferdigheter for avstemminger og rapporter',
          'gode Excel-ferdigheter for avstemminger og rapporter',
        ],
        de: [
          'Sehr gute Excel-Kenntnisse für Abstimmungen und Berichte',
          'jemanden mit sehr guten Excel-Kenntnissen für Abstimmungen und Berichte',
          'ein sicherer Umgang mit Excel für Abstimmungen und Berichte',
        ],
        fi: [
          'Hyvä Excel-osaaminen täsmäytyksiin ja raportointiin',
          'henkilöä, jolla on hyvä Excel-osaaminen täsmäytyksiin ja raportointiin',
          'hyvä Excel-osaaminen täsmäytyksiin ja raportointiin',
        ],
      }),
      c('accuracy', 'personal', 'must', {
        en: [
          'Accurate, structured work to deadlines',
          'someone who works accurately and methodically and meets deadlines',
          'accurate, structured work to deadlines',
        ],
        sv: [
          'Noggrant och strukturerat arbete inom givna tidsramar',
          'någon som arbetar noggrant och strukturerat och håller tidsramar',
          'noggrant och strukturerat arbete inom givna tidsramar',
        ],
        da: [
          'Omhyggeligt og struktureret arbejde inden for fastsatte frister',
          'en, der arbejder omhyggeligt og struktureret og overholder frister',
          'omhyggeligt og struktureret arbejde inden for fastsatte frister',
        ],
        nb: [
          'Nøyaktig og strukturert arbeid innenfor gitte frister',
          'en som jobber nøyaktig og strukturert og overholder frister',
          'nøyaktig og strukturert arbeid innenfor gitte frister',
        ],
        de: [
          'Genaues und strukturiertes Arbeiten mit Termintreue',
          'jemanden, der genau und strukturiert arbeitet und Termine einhält',
          'genaues und strukturiertes Arbeiten mit Termintreue',
        ],
        fi: [
          'Tarkka ja järjestelmällinen työote sekä aikataulujen pitäminen',
          'henkilöä, joka työskentelee tarkasti ja järjestelmällisesti ja pitää aikataulut',
          'tarkka ja järjestelmällinen työote sekä aikataulujen pitäminen',
        ],
      }),
      c('auditor-contact', 'experience', 'merit', {
        en: [
          'Experience of working with external auditors',
          'someone who has worked with external auditors',
          'experience of working with external auditors',
        ],
        sv: [
          'Erfarenhet av samarbete med revisorer',
          'någon som har samarbetat med revisorer',
          'erfarenhet av samarbete med revisorer',
        ],
        da: [
          'Erfaring med samarbejde med revisorer',
          'en, der har samarbejdet med revisorer',
          'erfaring med samarbejde med revisorer',
        ],
        nb: [
          'Erfaring med samarbeid med revisor',
          'en som har samarbeidet med revisor',
          'erfaring med samarbeid med revisor',
        ],
        de: [
          'Erfahrung in der Zusammenarbeit mit Wirtschaftsprüfern',
          'jemanden mit Erfahrung in der Zusammenarbeit mit Wirtschaftsprüfern',
          'Erfahrung in der Zusammenarbeit mit Wirtschaftsprüfern',
        ],
        fi: [
          'Kokemus yhteistyöstä tilintarkastajien kanssa',
          'henkilöä, jolla on kokemusta yhteistyöstä tilintarkastajien kanssa',
          'kokemus yhteistyöstä tilintarkastajien kanssa',
        ],
      }),
    ],
  },
  {
    role: 'customer-service-agent',
    title: {
      en: 'Customer service agent',
      sv: 'Kundtjänstmedarbetare',
      da: 'Kundeservicemedarbejder',
      nb: 'Kundeservicemedarbeider',
      de: 'Kundenservice-Mitarbeiter (m/w/d)',
      fi: 'Asiakaspalvelija',
    },
    aliases: {
      en: [
        'Customer support agent',
        'Customer service representative',
        'Support agent',
        'Contact centre agent',
      ],
      sv: ['Kundservicemedarbetare', 'Kundtjänsthandläggare', 'Kundsupport', 'Supportmedarbetare'],
      da: ['Kundeservicekonsulent', 'Kundesupporter', 'Supportmedarbejder'],
      nb: ['Kundebehandler', 'Kundeservicerådgiver', 'Kundestøtte', 'Supportmedarbeider'],
      de: ['Kundenberater', 'Kundenberaterin', 'Servicemitarbeiter', 'Mitarbeiterin Kundenservice'],
      fi: ['Asiakaspalveluneuvoja', 'Asiakasneuvoja', 'Asiakastukihenkilö'],
    },
    criteria: [
      c('service-experience', 'experience', 'must', {
        en: [
          'Experience of answering customers by phone, chat or email',
          'someone with experience of answering customers by phone, chat or email',
          'experience of answering customers by phone, chat or email',
        ],
        sv: [
          'Erfarenhet av kundkontakt via telefon, chatt eller e-post',
          'någon med erfarenhet av kundkontakt via telefon, chatt eller e-post',
          'erfarenhet av kundkontakt via telefon, chatt eller e-post',
        ],
        da: [
          'Erfaring med kundekontakt via telefon, chat eller e-mail',
          'en med erfaring med kundekontakt via telefon, chat eller e-mail',
          'erfaring med kundekontakt via telefon, chat eller e-mail',
        ],
        nb: [
          'Erfaring med kundekontakt på telefon, chat eller e-post',
          'en med erfaring med kundekontakt på telefon, chat eller e-post',
          'erfaring med kundekontakt på telefon, chat eller e-post',
        ],
        de: [
          'Erfahrung im Kundenkontakt per Telefon, Chat oder E-Mail',
          'jemanden mit Erfahrung im Kundenkontakt per Telefon, Chat oder E-Mail',
          'Erfahrung im Kundenkontakt per Telefon, Chat oder E-Mail',
        ],
        fi: [
          'Kokemus asiakaspalvelusta puhelimessa, chatissa tai sähköpostitse',
          'henkilöä, jolla on kokemusta asiakaspalvelusta puhelimessa, chatissa tai sähköpostitse',
          'kokemus asiakaspalvelusta puhelimessa, chatissa tai sähköpostitse',
        ],
      }),
      c('written-language', 'language', 'must', {
        en: [
          'Clear and correct written English',
          'someone who writes clear and correct English',
          'clear and correct written English',
        ],
        sv: [
          'Tydlig och korrekt svenska i skrift',
          'någon som skriver tydlig och korrekt svenska',
          'tydlig och korrekt svenska i skrift',
        ],
        da: [
          'Klart og korrekt skriftligt dansk',
          'en, der skriver klart og korrekt dansk',
          'klart og korrekt skriftligt dansk',
        ],
        nb: [
          'Klar og korrekt skriftlig norsk',
          'en som skriver klar og korrekt norsk',
          'klar og korrekt skriftlig norsk',
        ],
        de: [
          'Klares und korrektes schriftliches Deutsch',
          'jemanden, der klares und korrektes Deutsch schreibt',
          'klares und korrektes schriftliches Deutsch',
        ],
        fi: [
          'Selkeä ja virheetön kirjallinen suomi',
          'henkilöä, jolla on vahvat taidot kirjoittaa selkeää ja virheetöntä suomea',
          'selkeä ja virheetön kirjallinen suomen kielen taito',
        ],
      }),
      c('second-language', 'language', 'merit', {
        en: [
          'A second language (e.g. another Nordic language or German)',
          'someone who also speaks another language, such as a Nordic language or German',
          'a second language, such as a Nordic language or German',
        ],
        sv: [
          'Ytterligare ett språk (t.ex. engelska, norska eller finska)',
          'någon som också talar ett annat språk, till exempel engelska, norska eller finska',
          'kunskaper i ytterligare ett språk, till exempel engelska, norska eller finska',
        ],
        da: [
          'Et ekstra sprog (fx engelsk, svensk eller tysk)',
          'en, der også taler et andet sprog, for eksempel engelsk, svensk eller tysk',
          'kendskab til et ekstra sprog, for eksempel engelsk, svensk eller tysk',
        ],
        nb: [
          'Et ekstra språk (f.eks. engelsk, svensk eller tysk)',
          'en som også snakker et annet språk, for eksempel engelsk, svensk eller tysk',
          'kunnskaper i et ekstra språk, for eksempel engelsk, svensk eller tysk',
        ],
        de: [
          'Weitere Sprache (z. B. Englisch oder eine skandinavische Sprache)',
          'jemanden, der eine weitere Sprache spricht, etwa Englisch oder eine skandinavische Sprache',
          'eine weitere Sprache, etwa Englisch oder eine skandinavische Sprache',
        ],
        fi: [
          'Lisäkielitaito (esim. ruotsi, englanti tai saksa)',
          'henkilöä, joka puhuu myös jotakin muuta kieltä, esimerkiksi ruotsia, englantia tai saksaa',
          'jonkin muun kielen taito, esimerkiksi ruotsi, englanti tai saksa',
        ],
      }),
      c('systems', 'skill', 'must', {
        en: [
          'Working in several systems at once (ticketing, CRM)',
          'someone who can work in several systems at once, such as ticketing and CRM',
          'working smoothly in several systems at once',
        ],
        sv: [
          'Arbete i flera system samtidigt (ärendehantering, CRM)',
          'någon som kan arbeta i flera system samtidigt, till exempel ärendehantering och CRM',
          'vana att arbeta i flera system samtidigt',
        ],
        da: [
          'Arbejde i flere systemer på én gang (sagsstyring, CRM)',
          'en, der kan arbejde i flere systemer på én gang, for eksempel sagsstyring og CRM',
          'erfaring med at arbejde i flere systemer på én gang',
        ],
        nb: [
          'Arbeid i flere systemer samtidig (saksbehandling, CRM)',
          'en som kan jobbe i flere systemer samtidig, for eksempel saksbehandling og CRM',
          'vane med å jobbe i flere systemer samtidig',
        ],
        de: [
          'Arbeiten in mehreren Systemen gleichzeitig (Ticketsystem, CRM)',
          'jemanden, der sicher in mehreren Systemen gleichzeitig arbeitet, etwa Ticketsystem und CRM',
          'Routine im gleichzeitigen Arbeiten mit mehreren Systemen',
        ],
        fi: [
          'Työskentely useassa järjestelmässä yhtä aikaa (tiketöinti, CRM)',
          'henkilöä, joka pystyy työskentelemään useassa järjestelmässä yhtä aikaa',
          'kokemus työskentelystä useassa järjestelmässä yhtä aikaa',
        ],
      }),
      c('problem-solving', 'personal', 'must', {
        en: [
          'Solving the customer’s problem and following up (shown in the role play)',
          'someone who solves the customer’s problem and follows up',
          'solving the customer’s problem and following up',
        ],
        sv: [
          'Problemlösning och uppföljning i kundärenden (visat i rollspelet)',
          'någon som löser kundens problem och följer upp',
          'problemlösning och uppföljning i kundärenden',
        ],
        da: [
          'Problemløsning og opfølgning på kundens henvendelse (vist i rollespillet)',
          'en, der løser kundens problem og følger op',
          'problemløsning og opfølgning på kundens henvendelse',
        ],
        nb: [
          'Problemløsning og oppfølging av kundens henvendelse (vist i rollespillet)',
          'en som løser kundens problem og følger opp',
          'problemløsning og oppfølging av kundens henvendelse',
        ],
        de: [
          'Lösungsorientierung und Nachverfolgung von Kundenanliegen (im Rollenspiel gezeigt)',
          'jemanden, der das Anliegen der Kundschaft löst und nachfasst',
          'lösungsorientiertes Arbeiten bis zur Nachverfolgung von Kundenanliegen',
        ],
        fi: [
          'Asiakkaan ongelman ratkaiseminen ja asian seuranta (näytetty roolipelissä)',
          'henkilöä, joka ratkaisee asiakkaan ongelman ja huolehtii jatkosta',
          'asiakkaan ongelman ratkaiseminen ja asian seuranta',
        ],
      }),
      c('schedule', 'practical', 'merit', {
        en: [
          'Availability for scheduled evening shifts',
          'someone who can work scheduled evening shifts',
          'availability for scheduled evening shifts',
        ],
        sv: [
          'Möjlighet att arbeta schemalagda kvällspass',
          'någon som kan arbeta schemalagda kvällspass',
          'möjlighet att arbeta schemalagda kvällspass',
        ],
        da: [
          'Mulighed for at tage planlagte aftenvagter',
          'en, der kan tage planlagte aftenvagter',
          'mulighed for at tage planlagte aftenvagter',
        ],
        nb: [
          'Mulighet til å jobbe planlagte kveldsvakter',
          'en som kan jobbe planlagte kveldsvakter',
          'mulighet til å jobbe planlagte kveldsvakter',
        ],
        de: [
          'Bereitschaft zu geplanten Spätschichten',
          'jemanden, der geplante Spätschichten übernehmen kann',
          'die Bereitschaft zu geplanten Spätschichten',
        ],
        fi: [
          'Mahdollisuus tehdä sovittuja iltavuoroja',
          'henkilöä, joka voi tehdä sovittuja iltavuoroja',
          'mahdollisuus tehdä sovittuja iltavuoroja',
        ],
      }),
    ],
  },
];

/** Fixed so the built-ins are deterministic; bump when the content changes. */
export const BUILTIN_PROFILES_UPDATED = '2026-12-01T00:00:00.000Z';

function phrasingsOf(spec: CriterionSpec): Partial<Record<Language, CriterionPhrasing>> {
  const out: Partial<Record<Language, CriterionPhrasing>> = {};
  for (const language of LANGUAGES) {
    const [label, sought, lacking] = spec.text[language];
    out[language] = { label, sought, lacking };
  }
  return out;
}

/** The order profiles are listed in (the original four first, so existing lists keep their order). */
const PROFILE_ORDER: readonly Language[] = ['en', 'sv', 'da', 'nb', 'de', 'fi'];

export const BUILTIN_PROFILES: JobProfile[] = ROLES.flatMap((spec) => {
  // One phrasings object per criterion, shared by the role's six profiles.
  const phrasings = new Map(spec.criteria.map((criterion) => [criterion.id, phrasingsOf(criterion)]));
  return PROFILE_ORDER.map(
    (language): JobProfile => ({
      id: `builtin-${spec.role}-${language}`,
      title: spec.title[language],
      aliases: spec.aliases[language],
      language,
      criteria: spec.criteria.map(
        (criterion): Criterion => ({
          id: criterion.id,
          label: criterion.text[language][0],
          category: criterion.category,
          requirement: criterion.requirement,
          phrasings: phrasings.get(criterion.id) ?? {},
        }),
      ),
      source: 'builtin',
      updatedAt: BUILTIN_PROFILES_UPDATED,
    }),
  );
});
