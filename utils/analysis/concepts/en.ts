import type { ConceptData } from '../langdata';

/**
 * English concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts).
 * Words, not sentences: each class names one part a decision is made of, in its inflections.
 */
const en: ConceptData = {
  regret: [
    '(unfortunately|regrettably|regretfully|sadly|unluckily)',
    // common misspellings (the tolerances cover doubled consonants and diacritics, not a dropped vowel)
    '(unfortunatly|unfortunatley|unfortunetly|unfortunetely|unfortunally)',
    '(regret|regrets|sorry|afraid)',
    'with regret',
  ],
  neg: [
    "(not|n't|no|never|unable|cannot|can't|won't|couldn't|wouldn't|didn't|don't|doesn't|haven't|hasn't|weren't|wasn't|aren't|isn't|shan't|nor)",
    '(neither|none)',
  ],
  select: [
    // task choice9: a choice said as an ending up ('ended up with', 'landed on', 'plumped for')
    '(ended up with|ended up choosing|landed on|plumped for|went for|gone for|going for)',
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(present|presenting|presented|submit|submitting|submitted|propose|proposing|proposed|recommend|recommending|recommended|forward|forwarding|forwarded) (you|your profile|your cv|your candidacy|your details|your application) (to|for) [this|the|that|our|their] [*] (client|clients|assignment|contract|engagement|role|position|vacancy|hiring manager|opportunity)',
    // task decline8: a candidate moved on to the next step, the object between the verb and its particle ('moving you and your
    // application on to the next stage')
    '(move|moving|moved|put|putting) ** (on) (to|into)',
    '(in favour of|in favor of)',
    '(proceed|proceeding|proceeded|progress|progressing|progressed|advance|advancing|advanced)',
    '(continue|continuing|continued|pursue|pursuing|pursued)',
    '(select|selecting|selected|selection|choose|choosing|chose|chosen|pick|picked|opt|opted)',
    '(shortlist|shortlisting|shortlisted)',
    '(hire|hiring|hired|employ|employing|employed|appoint|appointing|appointed|recruit|recruiting|recruited)',
    '(offer|offering|offered|extend|extending|extended)',
    '(consider|considering|considered|consideration)',
    '(prioritise|prioritised|prioritize|prioritized|prioritising|prioritizing|favour|favoured|favor|favored)',
    '(move|moving|moved|go|going|gone|went|take|taking|taken|took|put|putting|carry|carrying|bring|bringing) ** (forward|further|ahead)',
    '(take|taking|taken|took) (you|them|her|him) on',
    '(go|went|gone|going) with',
    // task informal6: 'we won't carry on with it' after a trial shift
    '(carry|carrying|carried) on',
    '(settle|settled) on',
    '(keep|keeping|kept) (you|your application) (in the running|in the process)',
    // "our choice fell on a candidate whose …"
    '(choice|decision) (fell|has fallen|had fallen) (on|to)',
    // 'we will be focusing on other candidates'
    '(focus|focusing|focussing|concentrate|concentrating) (on) (other|the other|another|others)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // 'give' with its object ('can't give you the job'), not 'don't give up'
    '(give|gives|giving) (you|her|him|them|it|the|this|that|a|an|your)',
    // the post going to someone, said in the present ('the position goes to', 'is going to')
    '(goes|is going) (to)',
    '(gave|given|offer|offers|offering|offered|award|awards|awarding|awarded|grant|grants|granting|granted|transfer|transfers|transferring|transferred|entrust|entrusts|entrusted|assign|assigns|assigned|allocate|allocated|extend|extending|extended)',
    '(hand|hands|handing|handed) (over)',
  ],
  invite: ['(invite|inviting|invited|invitation)', '(call|calling) (you|back)'],
  decide: [
    '(decide|decided|deciding|decision|decisions)',
    '(conclude|concluded|concluding)',
    '(determine|determined)',
  ],
  cand: [
    '(your|the) [job] (application|applications|candidacy|candidature|cv|resume|résumé|profile|submission|portfolio|background)',
    '(yours)',
    '(your) (speculative|unsolicited|open|spontaneous|recent) (application|enquiry|inquiry|cv|approach)',
    // task wish: thanked for applying ('Thanks for applying. We won't be taking it further'): the candidacy (it-refers.ts)
    '(thanks|thank you|cheers|many thanks) (for) (applying)',
  ],
  you: [
    '(you|yourself)',
    '(for your part|on your side|in your case)',
    // the candidate's own process ('close your application process with us')
    '(your) (process|application process|recruitment process|selection process|candidacy|candidature)',
  ],
  others: [
    // task choice9: someone from one of our own sites ('a candidate from our Bristol office')
    '(someone|somebody|a candidate|an applicant|a person|a colleague|one of our colleagues|an internal candidate) (from|at|in) (our|the) ** (office|site|branch|team|department|store|plant|depot|unit|location|region|division|hospital|school)',
    // task choice9: a third party taken from outside or from another site ('pick an external applicant', 'someone from the Leeds branch')
    '(an|another|a|one) (external|outside|internal|in-house) (applicant|candidate|hire|person|recruit|appointment)',
    '(external|outside) (applicants|candidates|hires|recruits)',
    '(someone|somebody|a candidate|an applicant|a person|a colleague|one of our colleagues) (from) (outside|another|a different|the other|elsewhere|one of our other)',
    '(someone|somebody) (external|from outside)',
    // the other two (finalists) by their number ('proceed with the other two')
    '(with) (the other) (two|three|four|five|#)',
    '(other|another|different|alternative|stronger|stronger-matching|more suitable|more qualified|more experienced|better-suited|better suited|better-matched) (candidate~|applicant~|person|people|individual~|profile~|finalist~|contender~|application~)',
    '(someone|somebody|anyone) else',
    // task risky3: someone described by a comparison ('we've gone with someone a bit younger')
    '(someone|somebody) [a bit|a little|slightly|somewhat|much|a few years|a lot|far] (younger|older|more experienced|more senior|more junior)',
    // 'we have decided to pursue other options for this position'
    '(other|alternative) (options|avenues)',
    '(others)',
    '(hire|hired|hiring|appoint|appointed|employ|employed|chose|chosen|selected|picked|offered it to|given it to|gave it to) (another|someone else|somebody else|a different|one of the others)',
    '(the other|one of the other|an internal|internal|a different) (candidate~|applicant~|person|finalist~|one)',
    '(candidates|applicants|a candidate|an applicant|a finalist|finalists) (who|whose|that|with|better|more)',
    '(another|a different|a new|other) direction',
    // "we have decided to go another way"
    '(go|going|went|gone|take|taking|took) (another|a different|a separate) (way|route|path)',
    '(keep|keeping|continue|continuing|carry on|resume|resuming|reopen~|re-open~|re-advertis~|readvertis~) (looking|searching|our search|the search|recruiting|the role|the position|the vacancy)',
    '(taken on|take on|took on|taking on|went with|gone with|going with|settled on|brought in|bring in|bringing in) (another|a different|someone else|somebody else|one of the others|one of the other)',
  ],
  peoplewho: [
    '(people|individuals|persons|profiles|someone|somebody|a person|an individual|a profile|those) (who|whose|that|with)',
  ],
  better: [
    '(better|stronger|closer|more closely|more suitable|more suited|better-suited|more relevant|preferred|stronger-matching|edge)',
    'more experience',
  ],
  position: [
    '(role|roles|position|positions|job|jobs|post|posts|vacancy|vacancies|opening|openings|opportunity|assignment|placement|internship|apprenticeship|traineeship)',
    // task h11a: a small business's word for a job ('going another way with the bartender spot')
    '(bartender|barista|waiter|waitress|bar|kitchen|chef|cook|driver|cleaner|weekend|summer|saturday|sunday|evening|morning) (spot|spots|gig|gigs)',
    // task scope: a job whose name holds a topic word ('the squad coordinator role'): runs through the topic (verdict.ts topicVetoes)
    '(squad|squads) * [*] (role|job|position|post|vacancy)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('we sorted the bar job with someone else')
    '(sorted|sorted out)',
    '(filled|occupied|appointed)',
    '(found|identified) (the right person|the right candidate|our new|someone who|the person we)',
    '(appointment|hire|selection|offer) (has been|was|have been|is now) (made|accepted)',
    '(made|completed) (an|the|our) (appointment|hire)',
  ],
  ended: [
    '(end|ends|ended|ending|close|closes|closed|closing|conclude|concludes|concluded|stop|stops|stopped|over|finished|complete|completed)',
    'come to an end',
  ],
  process: [
    '(process|recruitment|selection|search|procedure|campaign|competition|application|candidacy|candidature)',
    '(here|now) for you',
    'for your part',
    // task score: a bar "required for progression" names the step it guards (score-threshold.ts)
    '(progression|next stage|next round|interview stage)',
  ],
  success: [
    '(successful|succeed|succeeded)',
    '(work|worked|working) out',
    '(make|made) it',
    '(get|got|gotten) (through|the job|the role|the position)',
  ],
  fail: ['(unsuccessful)'],
  match: [
    '(match|matches|matched|matching|fit|fits|fitted|suit|suits|suited|meet|meets|met|align|aligns|aligned|correspond|corresponds|satisfy|satisfies|fulfil|fulfils|fulfill|fulfills)',
    '(in line|in keeping) with',
    '(line up|lines up|tally|tallies|measure up|measures up|live up|lives up)',
  ],
  require: [
    '(requirement|requirements|criteria|criterion|specification|prerequisite~|qualifications|needs|expectations|profile)',
    "(what|who) (we|we're|we are|the team is|the client is) (looking for|seeking|need|needs)",
    '(job|role|position) (description|profile|spec)',
    // "we need a cook who can …": the need a not-workable decision follows
    '(we|i) (need|needed|require|required) (a|an|someone|somebody|people|staff) ** (who|with|that)',
  ],
  refusal: [
    '(reject|rejects|rejected|rejecting|rejection|decline|declining|declined|turn down|turning down|turned down)',
    '(the answer is no|a no from us|a no this time|a no for now)',
    // "we'll pass on it", not "we'll pass your CV on to the hiring manager" (forwarding)
    "(going to|have to|decided to|will|'ll|must|gonna) pass (on|for now|this time|at this stage|at this time)",
    '(pass|passing) on (you|your)',
    "(not|n't) (among|one of) (those|them|the ones|the people|the candidates)",
    // an application screened out ('we had to screen your application out')
    '(screened|sifted|filtered|weeded) ** (out)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    "(the|our) [new] * [that|who|whom] (we|i|we've|we have|we had|i've|i have) [finally|eventually|now|ultimately] (hired|chosen|chose|selected|appointed|recruited|picked|took on|taken on|went with|gone with)",
    // task chosen2: 'the candidate we offered the role to', 'the person we ended up with'
    "(the|our) [new] * [that|who|whom] (we|i|we've|we have|we had|i've|i have) [finally|eventually|now|ultimately|in the end] (offered|have offered|gave|have given) (the role|the job|the post|the position|it|the place) (to)",
    "(the|our) [new] * [that|who|whom] (we|i|we've|we have|we had|i've|i have) [finally|eventually|now|ultimately|in the end] (ended up with|ended up going with|ended up choosing|settled on|landed on)",
    '(the person|the candidate|the applicant|the one) (who|that) (got|has got|was offered|has been offered|accepted|has accepted) the (job|role|post|position)',
    "(we|we've|we have|i|i've|i have) (hired|appointed|recruited|taken on|took on) (a|an|someone) ** (who|with)",
    // 'the appointed candidate', 'the successful applicant'
    '(the) (appointed|successful|chosen|selected|preferred) (candidate|applicant|person)',
    // task reasons6: the participle after its noun ('the person appointed has led …')
    '(the person|the candidate|the applicant) (appointed|selected|chosen|hired|recruited|taken on) (has|had|is|was|will|brings|brought|holds|held|led|leads|ran|runs|managed|manages|can|could)',
    '(offered|given) (to) (a|an) (candidate|applicant|person) (who|with)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(we|i) (needed|were looking for|wanted|required) (someone|somebody|a person|a candidate) (with|who)',
    // 'the post went to a candidate who …'
    '(went|has gone|had gone|was offered|was given|has been offered|has been given) (to) (a|an) (candidate|applicant|person) (who|with)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Your experience is limited to …'), beside the hire's
    '(your) (experience|background|exposure|knowledge|training) (is|was|has been) [so far|mostly|mainly|largely|currently|unfortunately] (limited) (to)',
    // task namedlack: 'you have no experience with …', 'you don't yet have / hold …'
    '(you) (have|had) (no)',
    "you (don't|do not|didn't|did not) (yet|currently|actually) (have|hold)",
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(but) [has|have|had|with|rather] (less|fewer|limited|little) ** (experience|exposure|background)',
    '(whereas|while|whilst) (you|your)',
    'compared (with|to) (you|yours|your)',
    'you (lack|are lacking|are missing)',
    "you (don't|do not|didn't|did not) (have|hold)",
    "you (haven't|have not) (got|held|worked|used|done|taken)",
    // 'you are not yet chartered': a named status the addressee does not hold
    "(you are|you're|you were) (not yet|still not|not) (chartered|qualified|registered|certified|licensed|accredited|eligible|fluent|authorised|authorized)",
    "(you're|you are) (still) (on|at) (level|a|an)",
    // the addressee's level was not enough ('din tyska räckte inte')
    "(your) * (wasn't|was not|isn't|is not|weren't|were not) [yet|quite] (at|up to|enough|sufficient|good enough|strong enough)",
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    "(you) (have|had|'ve) ** (rather than|not in|not on|instead of)",
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['than (you|yours|your)'],
  thistime: [
    '(this time|this round|on this occasion|at this time|at this stage|this go round|for now|this particular|at the moment|at present|currently|right now)',
  ],
  competition: ['(competition|contest|race|field)'],
  intense: [
    '(tough|strong|fierce|stiff|high|intense|hard|competitive|close|tight|exceptional|exceptionally strong|impressive|talented|deep)',
  ],
  hard: [
    '(difficult|tough|toughest|hardest|tricky|trickiest|agonising|agonizing|challenging)',
    '(a|was|is|been|very|really|so|incredibly|extremely|genuinely) (hard|close|tight)',
    "(not easy|wasn't easy|no easy|not an easy|not a simple|not straightforward)",
  ],
  many: [
    '(many|numerous|hundreds|dozens|lots|plenty|record|overwhelming|volume|number|a lot|great many|large|huge|high|so many|strong|impressive|excellent)',
    '(over|more than|nearly|almost|some|around|about|close to|well over|upwards of|in excess of) #',
  ],
  pool: ['(applicants|applications|candidates|cvs|resumes|responses|interest|candidacies|people applied)'],
  feedback: [
    '(feedback|explanation|explanations)',
    '(individual|personal|personalised|personalized|detailed) (responses|response|replies|reply)',
  ],
  individual: [
    '(individual|individually|personal|personalised|personalized|detailed|specific|each applicant|every applicant)',
  ],
  two: ['(two|another|one more|a second|more than one|second)'],
  counterfactual: ['(if|had|were|would have|could have)'],
  // vetoes
  pending: ['(yet|still)'],
  cond: [
    '(if|unless|whether|provided|once|in case|as soon as|should you|should we)',
    // task offers7: the one offered the role answering first ('Should they decline, we would like to offer it to you')
    '(should) (they|he|she|the candidate|the successful candidate|our first choice) (decline|turn|say|not|withdraw|change)',
    // task implied: advice so a letter does not land in the no pile: only avoided, no decision
    "(no pile|'no' pile|no-pile|reject pile|rejection pile|no heap)",
    // a rule for every application ('Applications without a supporting statement will not be considered')
    "(applications|applicants|candidates|cvs|submissions) (without|lacking|missing|received after|submitted after|that arrive after|that do not include|that don't include)",
  ],
  until: ['(until|till|pending receipt|as long as)', 'before (you|we|your|they|the hiring|the interview)'],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    '(we|i) (managed|got round|got around|got the chance|had the chance|had a chance|were able)',
    // task decisions9: the news made public or told after 'before' ('… before we announce it on Friday'): the decision is done
    '(announce|publish|publicise|publicize|make public|go public with|share) (it|this|the news|the decision|the appointment|the name)',
    "(it|it's|the news|the decision|the appointment|the name) [is|gets|has been|goes] [officially] (announced|made public|published|public)",
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(your) [current|present|existing] (notice|notice period|contract|fixed-term contract|job|role|post|position|employer|placement|course|studies|exams)',
  ],
  negveto: [
    '(hesitate|forget|worry|worries|miss|mind|need|needed|necessary|required|problem|sure|able to attend)',
    '(no matter|no later|no longer than|no need|not just|not only)',
    // "you don't have to …": no lack, an instruction
    '(have to|has to)',
  ],
  cancel: [
    '(cancel|cancelled|canceled|cancelling|canceling|cancellation|reschedul~|rearrang~|postpon~|delay|delayed|push back|pushed back|slot|slots|time slot|time slots|available times)',
  ],
  offtopic: [
    '(deleted|delete|retention|personal data|gdpr|consent|refund~|invoice~|delivery|deliveries|quote|quotes|quotation~|payment~|booking~|ticket~|subscription~|warranty|tender|bid|bids|supplier~|vendor~|purchase~|shipment~|parcel~|membership~|loan~)',
    '(third party|third parties|third-party)',
    '(fill|filled|filling) (in|out)',
  ],
  good: [
    '(pleased|delighted|glad|happy|excited|thrilled|congratulat~|welcome|welcoming)',
    '(great|good) news',
  ],
  withdraw: [
    '(withdraw|withdrew|withdrawn|withdrawing|withdrawal|pull out|pulled out)',
    '(accepted|accepting|accept) (another|an|a) (offer|role|position|job)',
    '(you|you have|you have decided to|you decided to) (declined|decline|turned down)',
  ],
  withdrew: [
    // closed at the candidate's own request ('we've closed your application as requested')
    '(closed|withdrawn|removed|archived|deleted|cancelled|canceled) (your application|your candidacy|your profile|your account|it) (as requested|at your request|as you requested|per your request|as you asked)',
    "(you|you've|you have|you are|you're|you had) (withdrawn|withdrew|withdrawing|pulled out|decided to withdraw|decided to pull out|chosen to withdraw)",
    '(withdraw|withdrawing|withdrew|withdrawn) (your|the|this) (application|candidacy|candidature)',
    '(your) (withdrawal)',
    // task board3o: the candidate turned down the invitation or offer ('You've declined the interview invitation for …')
    "(you've|you have|you) (declined|turned down|rejected) (the|our|an|this|your) [*] (invitation|interview invitation|offer|job offer|interview|invite)",
  ],
  future: [
    '(will|shall|expect|expected|expecting|plan|planned|planning|aim|aiming|hope|hoping|anticipate~|intend~|by the end|may be|could be|might be|can be)',
    "('ll)",
  ],
  // "we are looking for someone with more experience": looking for people is no choice made
  seek: ['(are looking for|am looking for|are seeking|are searching for|seek|we look for)'],
  concede: ['(although|though|even though|even if|whilst|albeit|notwithstanding)'],
  coord: ['(and|and then)'],
  among: ['(along with|together with|alongside|among|amongst|as well as|in addition to)'],
  decline: [
    "(have to|must|need to|going to have to|forced to|will have to|'ll have to|obliged to) [respectfully|regretfully|reluctantly|unfortunately|sadly] (decline|say no)",
    '(say no|saying no)',
  ],
  // "… that unfortunately doesn't work for us": a need the candidate cannot meet (not-workable)
  workable: [
    // task spec2: "… which doesn't fit with your notice period"
    "(doesn't|does not|won't|will not|wouldn't|would not|didn't|did not) [really|quite] (fit|fit in) (with) (your|you|yours)",
    "(doesn't|does not|won't|will not|wouldn't|would not|didn't|did not|can't|cannot|isn't going to|is not going to) [really|quite] (work)",
    // task spec3: "so it's not going to work for us this time"
    "(it's|it is|that's|that is) (not) (going to) (work)",
  ],
  hardfit: [
    "(that|it|which) (makes it|will be|would be|is|'s) [probably|going to be] (difficult|hard|tricky|impossible)",
  ],
  only: ['(only|solely|exclusively)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: [
    '(reason|reasons|grounds) [for] [the|this|our] [decision|rejection|outcome]',
    '(feedback|comments|comment)',
  ],
  // a relative clause between subject and verb ("The role, which you applied for in May, has …"):
  // concepts.ts measures distances across it
  relative: ['(which|who|whom|whose)', '(for|to|in|on|with|about|of|from|at|by) (which|whom)'],
  // our own invitation ('took up our invitation'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(our)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(thank you|thanks|thank-you) (for) (taking part|participating|sitting|completing|doing|taking) [in] (our|the|this|your) [online] (test|assessment|assessments|tests|exercise)',
    // task h11b: the test named by its subject ('thanks for doing the online spreadsheet test')
    '(thank you|thanks|thank-you) (for) (taking part|participating|sitting|completing|doing|taking) [in] (our|the|this|your) [online] * (test|assessment|exercise|screening)',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N of M", percent words
  yourscore: [
    '(your) [overall|total|final|test|assessment] (score|result|mark|marks|total|percentage|points)',
    '(your) (overall|total|final) (test|assessment|exam) (score|result|mark|marks|percentage)',
    // 'you got 23 of the 40 questions right', 'you answered 23 correctly'
    '(you) (had|got|answered) # [of|out of] [the] [#] [questions|answers|items|tasks] (right|correct|correctly)',
    '(you) [have|had] (scored|achieved|got|obtained|reached|received|attained|earned|gained|managed)',
  ],
  passmark: [
    '(threshold|pass mark|passmark|pass score|passing score|pass level|cut-off|cutoff|cut off|benchmark|qualifying score|minimum score|minimum mark|minimum)',
    '(at least|no less than|required|needed|need|needs|require|requires)',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(more than|over|above|upwards of) #',
    '# (or more|or above|or higher|and above|and over|or better|points or more|marks or more)',
  ],
  outof: ['(of|out of|of a possible|of a maximum of|from a possible|from a maximum of) #'],
  percent: ['(percent|per cent|pct)'],
  // task person: a person, trade or role noun (no firm: a caterer, supplier or vendor is another business)
  another: ['(another|a different|a new|one of the other|one of our other|some other)'],
  worker: [
    // task roles: a coach, conductor or club manager a board takes on
    '(coach|coaches|head coach|conductor|conductors|trainer|trainers|musical director|club manager|bandmaster|choirmaster)',
    '(~ician|~icians|~tioner|~tioners|~worker|~workers|~keeper|~keepers)',
    '(candidate|candidates|applicant|applicants|person|persons|lad|lads|girl|girls|guy|guys|bloke|blokes|chap|chaps|fella|fellas|lass|lasses|woman|women|man|men|boy|boys|lady|ladies|chef|chefs|cook|cooks|baker|bakers|barista|baristas|waiter|waiters|waitress|waitresses|barman|barmans|barmaid|barmaids|bartender|bartenders|driver|drivers|courier|couriers|nurse|nurses|carer|carers|cleaner|cleaners|welder|welders|electrician|electricians|sparky|sparkies|plumber|plumbers|carpenter|carpenters|joiner|joiners|chippy|chippies|plasterer|plasterers|roofer|roofers|bricklayer|bricklayers|brickie|brickies|mechanic|mechanics|receptionist|receptionists|porter|porters|labourer|labourers|fitter|fitters|technician|technicians|painter|painters|hairdresser|hairdressers|stylist|stylists|barber|barbers|butcher|butchers|gardener|gardeners|groundsman|groundsmans|apprentice|apprentices|trainee|trainees|teacher|teachers|tutor|tutors|nanny|nannies|childminder|childminders|assistant|assistants|operator|operators|picker|pickers|packer|packers|cashier|cashiers|housekeeper|housekeepers|dishwasher|dishwashers|bookkeeper|bookkeepers|accountant|accountants|developer|developers|designer|designers|engineer|engineers|tiler|tilers|glazier|glaziers|scaffolder|scaffolders|landscaper|landscapers|mover|movers|handyman|handymans|caretaker|caretakers|guard|guards|steward|stewards|stewardess|stewardesses|lifeguard|lifeguards|instructor|instructors|commis|commises|temp|temps|locum|locums|midwife|midwifes|paramedic|paramedics|pharmacist|pharmacists|hygienist|hygienists|vet|vets|groomer|groomers|merchandiser|merchandisers|stocker|stockers|chauffeur|chauffeurs|tradesman|tradesmans|tradie|tradies|worker|workers|colleague|colleagues|starter|starters|hire|hires)',
    '(au pair|au pairs|pot washer|pot washers|security guard|dog walker|shop assistant|sales assistant|warehouse operative|forklift driver|van driver|delivery driver|kitchen porter|sous chef|dental nurse)',
  ],
  // past or perfect only: "we will hire another nurse next year" is a plan, "we've invited another applicant" an invitation
  acquire: [
    // task choice9: formal designation ('has confirmed Mr Peter Walsh as', 'named', 'nominated')
    '(confirmed|designated|nominated|installed|instated|chosen)',
    // task choice9: the past forms of giving a post ('awarded the contract to', 'handed the role to')
    '(awarded|granted|transferred|entrusted|assigned|allocated) [the|this|that|our|it]',
    '(handed) [over]',
    // task roles: a board's decision to take on another coach ('has decided to engage another head coach'): the choice is made
    '(decided to|voted to|chosen to|opted to) (engage|appoint|hire|bring in|take on)',
    '(ended|end) up (hiring|taking|picking|choosing|giving|offering|going|bringing|signing|getting|appointing)',
    '(got|gotten|took|taken|brought|signed|grabbed|found|hired|recruited|appointed|employed|engaged|picked|chose|chosen|selected|gave|given|booked|secured|landed|snapped|roped|offered|filled|settled|opted|went|gone|nabbed|bagged)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(our) ** (system|software|platform)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(rota|rotas|on-call|on call|call-out|rotation|rotations|response time|callout)',
    '(licence|license|licences|licenses|certificate|certificates|certification|ticket|tickets|card|permit|cscs|cpcs)',
    '# (years|year)',
    '(two|three|four|five|six|seven|eight|nine|ten) (years|year)',
    '(shifts|shift|weekends|nights|evenings|mornings|lates|earlies)',
    '(fluent|bilingual)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(choose|chooses|choosing|chose|chosen|pick|picks|picking|picked|select|selects|selecting|selected|elect|elected)',
    '(take|takes|taking|took|taken|hire|hires|hiring|hired|employ|employs|employing|employed|engage|engaging|engaged)',
    '(appoint|appoints|appointing|appointed|recruit|recruits|recruiting|recruited|accept|accepts|accepting|accepted)',
    '(sign|signing|signed|bring|bringing|brought|nominate|nominating|nominated|shortlist|shortlisting|shortlisted)',
    // task decide10b: a use or a place for the reader ('we have no use for you', 'we can't fit you in', 'put you on the rota')
    '(use for)',
  ],
  settled: [
    '(gone|went|go|going|opted) for',
    '(end|ends|ended|ending) up (with|going with|choosing|picking|taking|hiring|offering it to|giving it to)',
    '(landed|settled|decided) on',
    '(offered|given|gave|handed|passed|awarded) (it|the job|the role|the post|the position|the place|the spot|the shifts|the work|the contract|the vacancy|the apprenticeship|the placement|the internship|the traineeship|the slot|the weekend shifts) [instead|in the end] (to)',
    // task decide10b: secured or grabbed a person ('secured another girl', 'snapped up someone else')
    '(secured|snapped up|grabbed|nabbed)',
    '(the) (job|role|post|position|place|spot|shifts|contract|vacancy) (went|has gone|have gone|is going|has been given|was given|has been offered|was offered) (to)',
  ],
  nothingof: [
    // task decide11: 'no joy on the gig'
    // ('had no luck / no joy with the job' is the candidate's own or a third person's news: not read)
    '(no joy|no dice|no go) (on|re|for|about)',
    "(it's|it is|that's|that is|it was|the answer is|answer's|it'll be|it will be) [going to be] [a] (no|no-go|non-starter)",
    "(not going to|isn't going to|won't|will not|didn't|did not|doesn't|does not) (happen|pan out|come off|come together)",
    '(nothing) (came|comes|will come|has come) (of it)',
    // task decide11: 'it didn't work out', said of the whole matter ('it didn't work out this time', 'that one didn't pan out')
    "(it|that|this|that one|it just|it sadly|it unfortunately) (didn't|did not|hasn't|has not|won't|will not|isn't going to|is not going to|aint|ain't) [quite|really|end up|ever] (work out|worked out|working out|pan out|land|come through)",
  ],
  someoneelse: [
    '(someone|somebody|some one) (else)',
    '(another) (one|person|guy|girl|lad|chap|bloke|applicant|candidate)',
  ],
  youobj: ['(you)'],
  jobword: [
    '(job|gig|shifts|shift|role|post|position|apprenticeship|placement|traineeship|internship)',
    '(the place|the post|the role|the position) (as)',
  ],
  receive: [
    '(be getting|be receiving|be offered|be given)',
    "(won't|will not|cannot|can't|not going to) (get)",
  ],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(has|had|have) (nothing|nothing at all|not anything) (to do with)',
    "(is|was|isn't|wasn't) (not|in no way|nothing) [at all] (about|related to|connected to|down to|because of|a reflection on|a reflection of) (you|your)",
    "(isn't|wasn't) (about|related to|connected to|down to|because of|a reflection on|a reflection of) (you|your)",
    '(says|said|tells us) (nothing) (about) (you|your)',
    '(no|not a) (reflection|judgement|judgment|comment) (on|of) (you|your)',
    '(not|nothing) (personal)',
    "(doesn't|does not|did not|didn't|won't|will not) (affect|reflect on|change) (you|your)",
    '(unrelated to) (you|your)',
    '(any|a|no) (comment|judgement|judgment|reflection|verdict|statement) (on|of|about) (you|your)',
    '(read|take|see|view) (this|it) (as) [any|a] (comment|judgement|judgment|reflection|verdict|criticism) (on|of) (you|your)',
    // task nobody11: a decision not against you ('this is not a decision against you personally')
    '(no|not a|not any) (decision|verdict|judgement|judgment) (against|about) (you|your)',
    '(not|in no way) (directed|aimed|targeted) (at|against) (you|your)',
  ],
  agreement: [
    '(offer|job offer|offer of employment|contract|employment contract|agreement|appointment|your place|your post|your role|terms)',
  ],
  holds: [
    '(still|of course|naturally|certainly) (stands|holds|applies)',
    '(stands|holds|applies) (as before|as agreed|unchanged)',
    '(remains|remain|is still|are still|stays) [fully|of course|entirely] (valid|in place|in force|unchanged|open|the same|binding)',
    '(is|are) (unaffected|not affected|unchanged)',
    '(stands|remains)',
    '(holds|applies|stands)',
  ],
  reapply: [
    '(apply|submit|send) ** (again|a second time|once more)',
    '(reapply|re-apply|resubmit|re-submit)',
  ],
  keptapp: [
    '(applications|application) (already) (received|submitted|sent|made)',
    '(already) (received|submitted|sent) (applications|application)',
    '(remain|remains|stay|stays|will remain|is still|are still) (in the process|under consideration|in the running)',
    '(considered|assessed|processed|kept) (as they are|as it is|as submitted|as they stand|as is)',
    "(don't|do not|won't|will not|needn't|need not) (need to|have to) (do) (anything|a thing)",
    '(nothing|nothing more|nothing else) (you) (need|have) (to do)',
    '(no need|no action) (for you) (to)',
  ],
  allscope: [
    '(all|every|each) [of the] (applicants|applicant|candidates|candidate|those who applied)',
    '(everyone|everybody|all of you) [who applied|who has applied|who have applied]',
    '(no one|nobody|none of the applicants|none of the candidates) (has|have) [yet] (been) (selected|chosen|appointed|hired|offered)',
    '(no) (selection|decision|appointment|choice) (has|have) [yet] (been) (made|taken)',
    '(regardless of) (who|the applicant|the candidate)',
  ],
  noone: [
    '(none|no one|nobody) (of you|of the applicants|of the candidates|of our applicants|of our candidates)',
  ],
  timeshift: [
    '(postpone~|delay~|extend~|interrupt~|suspend~|pause~|halt~|reschedul~|push~ back|pushed back|moved back|moving back|move back|put on hold|putting on hold|brought forward|start~ later|begin~ later)',
    '(move|moved|moving|shift|shifted|shifting) (your|the|our) [*] (start|start date|date|deadline|timeline)',
    '(pushed|pushing|push|pushes|slipped|slipping)',
    '(on ice|on hold)',
  ],
  timeobj: [
    '(start date|starting date|start|your start|first day|date|deadline|closing date|application period|application deadline|timeline|schedule|funding|budget|funding decision|budget decision|recruitment|hiring process|recruitment process|project|client project)',
  ],
  myhunt: [
    '(my) (application|interview|job interview|cv|trial shift|trial day|assessment centre|assessment center)',
    "(i|i'd|i've) [had|have|also] (applied|interviewed)",
    "(i|i've|i'm) (have|had|got|'ve got|am going to|going to) [an|a|my|another|the|second] [*] (interview|trial shift|trial day)",
    "(i) (didn't|did not|never) (get) (the) (job|position|role|post)",
    "(i've|i have|i'm|i am) (got|been invited to|invited to|going for|off to|heading to) [an|a|my|another|the|second] [*] (interview|trial shift|trial day)",
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(include|includes|included|including|inclusion)',
    '(take|takes|taking|took|taken|bring|bringing|brought) [you] (along|with us)',
    '(fit|fits|fitting|fitted|squeeze|squeezing|squeezed) [you] (in|into|onto|on)',
    '(room|space|place|spot|seat|slot|a place|a spot|a seat|a slot) (for) (you)',
    '(make|making|made|find|finding|found) (room|space) [for you]',
    '(add|adding|added) [you] (to)',
    '(put|putting) [you] (on|onto|in|into)',
    '(accommodate|accommodating|accommodated)',
    '(admit|admitting|admitted)',
    '(place|placing|placed) [you] (on|in|into)',
    // membership said as being on the list, among the names, part of the group, making the team
    '(appear|appears|appeared|appearing|feature|features|featured|featuring|be listed|been listed|be named|been named)',
    '(among) (the|those|them|our)',
    '(part of) (the|this|our|next)',
    '(make|makes|made|making) (the cut|it onto|it into|it through|it to|the team|the squad|the list|the shortlist|the final)',
    '(get|gets|got|getting|gotten) [you] (onto|into|on to|through to|in on)',
    '(slot|slots|slotting|slotted|count|counting|counted|let|letting|pencil|pencilled|penciled) (you) (in|into|through)',
    '(put|putting|carry|carrying|carried|take|taking|taken|took) (you|your name) (forward)',
  ],
  slate: [
    '(list|lists|shortlist|slate|ballot|nominees|nomination|nominations|finalists|line-up|lineup|roster|recommendation|proposal)',
    '(round|final round|next round|final stage|next stage|final|finals)',
    '(intake|cohort|programme|program|team|squad|group|pool|places|seats)',
    '(this year|this season|this cycle|this intake|this term)',
    "(this year's|this season's|next season's|candidates|shortlisted|final interviews|assessment centre|assessment center|election)",
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(leave|leaves|leaving|left) (you|your name) (out|off)',
    '(left out|left off|excluded|omitted|passed over|dropped from|cut from|missed out)',
    '(exclude|excluding|omit|omitting)',
    '(fell|falls|fall|fallen) (outside)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: ['(your name)'],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: ['(seats|places|posts|positions|vacancies|spots|slots|chairs|openings)'],
  scarce: [
    '(limited|few|fewer|scarce|outstripped|outstrips|outnumbered|outnumber|outnumbers|exceeded|exceeds|more than|not enough)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(require|requires|required|requirement|requirements|must|need|needs|needed|mandatory|compulsory|essential|condition|prerequisite|expect|expected|insist|insists)',
    '(have to|has to|is a must)',
  ],
  credential: [
    '(~licence|~licences|~license|~licenses|~certificate|~certificates|~certification|~qualification|~exam|~examination|~test|~card|~permit|~registration|~clearance|~award|~ticket|~cert|~diploma|~badge|~accreditation|~endorsement)',
  ],
  credbare: [
    '(licence|licences|license|licenses|certificate|certificates|certification|qualification|exam|examination|test|card|permit|registration|clearance|award|ticket|cert|diploma|badge|accreditation|endorsement)',
  ],
  shortof: ['(only|yet|earliest|until|later|next|instead|lack|lacks|missing|without|expired|lapsed)'],
  // task reason9: expense administration (admin-aside.ts)
  expense: [
    '(expenses|expense|reimburse|reimbursed|reimbursement|mileage|fares|per mile|a mile|pence per|claim form|expenses form)',
  ],
  // task decide11: 'already' in a text's spellings, and an indefinite person (rule got-one)
  already: ['(already|allready|alredy|alrdy|aleady|alraedy)', '(in the meantime|meanwhile|in the end)'],
  anyone: [
    '(someone|somebody|some1|sum1|somone|someome|sombody)',
    '(a|one) (guy|lad|girl|bloke|chap|fella|person)',
  ],
  hasone: [
    "(have|has|'ve|got|'ve got|have got|had) [now|already|got|just] [got] (someone|somebody|some1|sum1|a guy|a lad|a girl|a person|one lined up|someone lined up)",
  ],
};

export default en;
