/** task spans3: own-wording cases (span-families3.test.ts). */
// Family 1: a "since/because" clause holds a protected-ground remark and the decision follows in a clause of its
// own. The remark is the risky underline; the decision clause after it is the generic one (the remark is not the
// decision's reason that makes it specific, and the decision is still boilerplate).
export const remarkThenDecision: [string, string, string, string][] = [
  [
    'sv',
    'Hej Maja,\ntack för att du kom på intervju i fredags. Eftersom du nämnde att du är gravid och går på föräldraledighet till våren och vi behöver någon som stannar hela högsäsongen, har vi valt att gå vidare med en annan kandidat.\nHälsningar\nKalle, Skidbacken i Orsa',
    'Eftersom du nämnde att du är gravid och går på föräldraledighet till våren',
    'har vi valt att gå vidare med en annan kandidat',
  ],
  [
    'da',
    'Hej Sofie\nTak for samtalen i tirsdags. Da du fortalte, at du er gravid og skal på barsel til efteråret, og vi har brug for en, der er her hele sæsonen, har vi valgt en anden kandidat.\nVenlig hilsen\nJesper, Strandkiosken',
    'Da du fortalte, at du er gravid og skal på barsel til efteråret',
    'har vi valgt en anden kandidat',
  ],
  [
    'nb',
    'Hei Ingrid,\ntakk for praten på mandag. Siden du fortalte at du er gravid og skal ut i permisjon i høst, og vi trenger noen som kan være med gjennom hele sesongen, har vi gått for en annen søker.\nHilsen\nTrond, Fjordkafeen',
    'Siden du fortalte at du er gravid og skal ut i permisjon i høst',
    'har vi gått for en annen søker',
  ],
  [
    'en',
    "Hi Laura,\nThanks for coming in last week. As you told us you're pregnant and due in the spring, and we need someone who can see the whole season through, we've gone with another applicant.\nBest wishes,\nMartin\nHillside Garden Centre",
    "As you told us you're pregnant and due in the spring",
    "we've gone with another applicant",
  ],
  [
    'de',
    'Hallo Frau Krause,\nvielen Dank für das Gespräch am Montag. Da Sie erwähnt haben, dass Sie schwanger sind und im Herbst in Mutterschutz gehen, und wir jemanden für die ganze Saison brauchen, haben wir uns für eine andere Bewerberin entschieden.\nViele Grüße\nUwe Brandt, Eiscafé am Markt',
    'Da Sie erwähnt haben, dass Sie schwanger sind und im Herbst in Mutterschutz gehen',
    'haben wir uns für eine andere Bewerberin entschieden',
  ],
  [
    'fi',
    'Hei Laura,\nkiitos haastattelusta tiistaina. Koska mainitsit olevasi raskaana ja jääväsi äitiyslomalle keväällä, ja tarvitsemme jonkun koko kesäkaudeksi, valitsimme toisen hakijan.\nTerveisin\nPekka, Rantakahvila',
    'Koska mainitsit olevasi raskaana ja jääväsi äitiyslomalle keväällä',
    'valitsimme toisen hakijan',
  ],
];

// Family 2: a second, softer "no" with no decision pattern of its own beside the decision: "it was not meant to be this
// time", "not this time, sadly", "we regret we cannot give you a positive answer". Stock (never a rejection by itself).
export const softNo: [string, string, string][] = [
  [
    'sv',
    'Hej Elin,\n\nVi har bestämt oss för en annan sökande till tjänsten som butiksbiträde. Vi beklagar att vi inte kan ge dig ett positivt besked.\n\nHälsningar\nAnders',
    'Vi beklagar att vi inte kan ge dig ett positivt besked.',
  ],
  [
    'da',
    'Hej Mads\n\nVi har valgt en anden ansøger til stillingen som lagermedarbejder. Det skulle ikke være denne gang.\n\nMvh\nHanne',
    'Det skulle ikke være denne gang.',
  ],
  [
    'nb',
    'Hei Jonas,\n\nVi har valgt en annen kandidat til stillingen som kokk. Vi beklager at vi ikke kan gi deg et positivt svar denne gangen.\n\nHilsen\nSiri',
    'Vi beklager at vi ikke kan gi deg et positivt svar denne gangen.',
  ],
  [
    'en',
    "Hi Tom,\n\nWe've offered the barista job to another applicant. It just wasn't meant to be this time.\n\nCheers,\nJess",
    "It just wasn't meant to be this time.",
  ],
  [
    'de',
    'Sehr geehrte Frau Otto,\n\nwir haben uns für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nMit freundlichen Grüßen\nKarin Vogt',
    'Wir bedauern, Ihnen keine positivere Nachricht geben zu können.',
  ],
  [
    'de',
    'Hallo Lukas,\n\ndiesmal sollte es leider nicht sein. Der Betrieb hat sich für einen anderen Azubi entschieden.\n\nViele Grüße\nSabine',
    'diesmal sollte es leider nicht sein.',
  ],
  [
    'fi',
    'Hei Ville,\n\nvalitsimme varastotyöntekijän paikalle toisen hakijan. Tällä kertaa ei siis valitettavasti onnistunut.\n\nTerveisin\nMarja',
    'Tällä kertaa ei siis valitettavasti onnistunut.',
  ],
  [
    'fi',
    'Hei Sanni,\n\nolemme valinneet tehtävään toisen henkilön. Valitettavasti emme voi antaa sinulle myönteistä vastausta.\n\nTerveisin\nOlli',
    'Valitettavasti emme voi antaa sinulle myönteistä vastausta.',
  ],
  [
    'sv',
    'Hej Oskar,\n\nVi har valt en annan sökande till sommarjobbet på kaféet. Det skulle inte bli du den här gången.\n\nHälsningar\nLena',
    'Det skulle inte bli du den här gången.',
  ],
  [
    'nb',
    'Hei Emil,\n\nVi har gått for en annen søker til lærlingplassen. Dessverre ikke denne gangen.\n\nHilsen\nRune',
    'Dessverre ikke denne gangen.',
  ],
  [
    'en',
    'Hi Priya,\n\nThe panel has chosen another candidate for the PhD studentship. Sadly not this time.\n\nBest wishes,\nDr Hall',
    'Sadly not this time.',
  ],
  [
    'de',
    'Sehr geehrter Herr Beck,\n\ndie Stelle wurde anderweitig besetzt. Wir bedauern sehr, Ihnen keine positive Rückmeldung geben zu können.\n\nMit freundlichen Grüßen\nTina Roth',
    'Wir bedauern sehr, Ihnen keine positive Rückmeldung geben zu können.',
  ],
  [
    'fi',
    'Hei Aino,\n\nvalitsimme kesätyöpaikkaan toisen hakijan. Ei tällä kertaa, ikävä kyllä.\n\nTerveisin\nJuha',
    'Ei tällä kertaa, ikävä kyllä.',
  ],
];

// Guard: the same softer words in mail that rejects nobody get no generic underline.
export const notRejections: [string, string][] = [
  [
    'en',
    "Hi Jess,\n\nThe picnic got rained off again. It just wasn't meant to be this time, we'll try in June.\n\nTom",
  ],
  [
    'de',
    'Hallo Sabine,\n\nder Ausflug fiel ins Wasser – diesmal sollte es leider nicht sein. Nächstes Mal!\n\nLukas',
  ],
  [
    'da',
    'Hej Hanne\n\nVi nåede ikke færgen. Det skulle ikke være denne gang, men vi prøver igen i weekenden.\n\nMads',
  ],
  [
    'en',
    'Hi Ann,\n\nAre you coming to the pub quiz on Friday? Sadly not this time, I am on a late shift.\n\nJo',
  ],
  [
    'sv',
    'Hej Lena,\n\nVi försökte se norrskenet igår. Det skulle inte bli så den här gången, molnen var för tjocka.\n\nOskar',
  ],
  [
    'fi',
    'Hei Marja,\n\nliput myytiin loppuun. Tällä kertaa ei siis valitettavasti onnistunut, ensi vuonna uudestaan.\n\nVille',
  ],
];
