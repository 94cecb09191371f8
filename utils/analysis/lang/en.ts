import concepts from '../concepts/en';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** negation or inability in front of a decision verb */
const NEG =
  "(not|n't|unable to|no longer|cannot|can't|won't|will not|not able to|not in a position to|wouldn't|couldn't|don't|didn't|aren't|isn't|weren't|wasn't)";
/** "proceed with …" verbs */
const PROCEED =
  '(continue|continuing|continued|proceed|proceeding|proceeded|progress|progressing|move forward|moving forward|moved forward|move ahead|moving ahead|moved ahead|go ahead|going ahead|gone ahead|went ahead|go forward|going forward|carry on|carrying on)';
/** a group of other people the decision went to, named so it needs no "other" ("candidates whose …") */
const PEOPLE_WHO =
  '(applicants|candidates|people|individuals|persons|those|profiles|someone|somebody|a candidate|an applicant|a person|an individual|a profile|finalists) (who|whose|that|with|better|more|closer|whom|better-suited|more closely)';
/** other people, explicitly */
const OTHERS =
  '(other|another|different|alternative|more suitable|stronger|more experienced|the other|a different) (applicant~|candidate~|people|person|individual~|profile~|finalist~|application~)';
/** the addressee or their application as an object */
const YOU_OBJ =
  '(you|yours|your application|your candidacy|your candidature|your cv|your resume|your profile|your submission|your application further)';

/** English. */
const en: LangData = {
  code: 'en',
  concepts,
  words:
    'to of is are was were it at in on as be will by from an all this that time role position team best hi dear kind sincerely cheers interview application applying',
  strong:
    'the and you your we our have has been would unfortunately thanks thank with regards which who thx forward candidate candidates applicants not',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      "(not|won't|wont|aren't|weren't|cannot|can't|couldn't|unable to) [be] (putting|put|nominating|nominate|proposing|propose|recommending|recommend) (your name|you|your candidacy) (forward|for election|for re-election|to the agm|to the members|for the board|for a seat|as a trustee|for trustee)",
      "(you're|you are|you were|you've|you have) [unfortunately|sadly|therefore] (not|n't) [been] (on|among|included in|included on) (it|them|the list|the slate|our slate|our list|the ballot|the nominees|the shortlist|the proposed slate|the committee's list|our nominations|the nominations)",
      "(you aren't|you weren't|you haven't been) [unfortunately|sadly] (on|among|included in|included on) (it|them|the list|the slate|our slate|our list|the ballot|the nominees|the proposed slate|our nominations|the nominations)",
      '(find|found|make|made) (room|space|a place|a seat) (for you) (on|in) (the|our) (slate|list|ballot|nominations)',
      "(you have|you've|you were|you are|you're) (not) [been] (nominated|put forward|selected for nomination|shortlisted for election)",
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      "(we've|we have|i've|i have) [already|now|actually] [already] (found|got|taken on|hired) (someone|somebody) [already] (thanks anyway|but thanks|thanks all the same|thanks though|but thank you|thank you anyway|but thanks anyway) (for) (the mail|the email|your email|your mail|your message|the message|your cv|your application|your interest)",
    ],
    // task decisions2: the outcome of an application for a post named in full ('your application for the post of Year 6
    // Class Teacher and Maths Lead has been unsuccessful'): up to fifteen words of title
    'outcome-long-title': [
      '(application|candidacy|candidature) (for|to) [the|this|our|a] (post|position|role|job|vacancy) (of|as) ** ** ** (has|have|had|was|is) [unfortunately|sadly|regrettably|on this occasion] [been] [unfortunately|sadly|regrettably] (unsuccessful|not successful|declined|rejected|not shortlisted|not selected|not progressed)',
      '(application|candidacy|candidature) (for|to) [the|this|our|a] (post|position|role|job|vacancy) (of|as) ** ** ** (has|have|had|was) [unfortunately|sadly|regrettably] (not) [been] (successful|shortlisted|selected|progressed)',
    ],
    // task decisions2: the post filled before the reader wrote, informally ('we ended up filling the spot already')
    'filled-already': [
      "(we|we've|we have|i|i've) (ended up|have ended up|'ve ended up|wound up) (filling|giving away) (the|that|this|our) [*] [*] (job|role|position|post|vacancy|spot|place|opening|shift)",
      '(we|i) (managed to|got to) (fill) (the|that|this|our) [*] [*] (job|role|position|post|vacancy|spot|place|opening)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('so that won't work, unfortunately', 'that's why
    // it's not going to work this time')
    'wont-work-out': [
      // task cross12: 'it's not ending in a yes this time', 'so it won't be yours'
      "(it's|it is|this is) (not) (ending) (in|with) (a yes)",
      "(it|this) (won't|will not|didn't|did not) (end) (in|with) (a yes)",
      "(so) (it|the job|the role|the shift|the place) (won't|will not) (be) (yours)",
      // task kinds8: the decision after the reason said before it, 'unfortunately' first ('…, så tyvärr passar det inte', 'so unfortunately it doesn't fit')
      "(so|which is why|that's why|and so) [unfortunately|sadly|i'm afraid] (it|this|that) [unfortunately|sadly|just] (doesn't|does not|won't|will not|wouldn't|would not) [really|quite] (fit) [for us|this time|on this occasion]",
      // task decisions13: the consequence said of the job offered ('so I'm afraid that one won't work'; a decision only in a draft about a job)
      "(so|that's why|which is why|and so) [unfortunately|sadly|i'm afraid] (that one|this one|that role|this role|that job|this job|that shift|those shifts|that post|that position) (won't|will not|isn't going to|is not going to|doesn't|does not|can't) [really|quite] (work|work out)",
      // task decisions13: no one trained up this season ('can't train anyone up this year I'm afraid')
      "(can't|cannot|can not|won't be able to|not able to|unable to) (train|take on and train) (anyone|anybody|someone|somebody|new people|a beginner|a novice|people) [up] (this year|this season|this summer|right now|at the moment|at the minute|just now)",
      // task cross11: it ended up being the other one ('it ended up being the other candidate'); a cake or a venue has no 'other one/candidate'
      '(ended up) (being|going with|as|with) (the other one|the other candidate|the other applicant|the other person|the other girl|the other guy|the other lad|the other trainee)',
      // task cross11: not hiring anyone new after all, to the reader ('we're not taking on anyone new after all'); a staff note about a year's budget has no 'after all'
      "(we're|we are|we'll|we will|we) (not|n't) [be] (taking on|take on|hiring|hire|recruiting|recruit|bringing on|bringing in|adding) (anyone|anybody|any) [new|more|extra] [staff|people|help] (after all)",
      "(we|we've|we have) (won't|will not|don't|do not|aren't|are not) [be] (taking on|take on|hiring|hire|recruiting|recruit|bringing on|bringing in|need|needing) (anyone|anybody|any) [new|more|extra|else] [staff|people|help] (after all)",
      // task cross11: no vacancies, so the application cannot be accommodated (the vacancy clause belongs to the pattern: a loan refused in the same words has none)
      "(no|not have any|don't have any|do not have any|have no) (vacancies|openings|open positions|positions available|roles available|jobs available|current vacancies|suitable vacancies) ** (and|so) [are|we are|we're|therefore|unfortunately] [therefore|unfortunately] (unable to|not able to|can't|cannot) (accommodate|take forward|consider|progress) (your|this)",
      // task decisions5: an adverb inside the negation ('so it doesn't really work for us right now')
      "(so|that's why|which is why|that is why|and so) [unfortunately|sadly|i'm afraid] (that|it|this) (won't|will not|doesn't|does not|isn't going to|is not going to|can't|cannot) (really|quite|actually) (work|work out)",
      "(so|that's why|which is why|that is why|and so) [unfortunately|sadly] (that|it|this) (won't|will not|isn't going to|is not going to|can't|cannot|doesn't|does not) (work|work out)",
      // task chosen2: a schedule that does not fit, said through its consequence ('so the hours just don't line up')
      "(so|that's why|which is why|and so) [unfortunately|sadly|i'm afraid] (the hours|the times|the shifts|the schedules|our schedules|the timings|the two) [just|simply] [unfortunately|sadly] (don't|do not|won't|will not|can't) [really] (line up|fit together|match up|work together|go together)",
      // task specific5: the same with 'it' ('so sadly it doesn't line up')
      "(so|and so) [unfortunately|sadly|i'm afraid] (it|that) [just|simply] [unfortunately|sadly] (doesn't|does not|won't|will not) [really|quite] (line up|match up|fit together)",
      "(so|that's why|which is why|that is why|and so) [unfortunately|sadly] (it's|that's|it is|that is|this is) (not going to|not gonna) (work|work out)",
      // task reasonkinds: informal consequence (so unfortunately it's not going to work out)
      "(so|therefore) [unfortunately|sadly|i'm afraid] (it's|it is|this is|that's|that is) [unfortunately|sadly] (not going to|not gonna|never going to) (work out|work)",
    ],
    // task decisions2: 'the latter you unfortunately do not have' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      "(the latter|the former|the second|the first) (you) [unfortunately|sadly] (do not|don't|did not|didn't) [yet] (have|hold)",
      "(you) [unfortunately|sadly] (do not|don't|did not|didn't) [yet] (have|hold) (the latter|the former|the second one|the first one)",
    ],
    // an applicant-system status set to a refusal ('… has changed to: Not selected'): a decision only in a draft about
    // a job (CONTEXT_FAMILIES), since tickets and orders have statuses too
    'status-negative': [
      // task h11a: a portal's status set on the application ('has been reviewed and marked as not progressed')
      '(marked|set|moved|changed|updated) (as|to) [*] (not progressed|not progressing|unsuccessful|not selected|not shortlisted|declined|rejected|not taken forward)',
      // '…, so we are unable to progress it' (the application; a decision only in a draft about a job)
      "(unable to|cannot|can't|not able to|won't|will not|won't be able to|are not able to) (progress|progressing) (it|this one)",
      // a job board's 'you have been rejected for the position', 'the company has rejected you for this job'
      "(you|you've) (have been|were|are|'ve been|got) [unfortunately|sadly] (rejected|declined|turned down) (for|from|as|by)",
      '(rejected|declined|turned down) (you) (for|as|from) (the|this|that|a|an|our) *',
      // 'your application has been archived / closed by the employer' ('passed on your resume' is also 'forwarded': not here)
      '(archived|closed|rejected|declined) (by the employer|by the recruiter|by the company|by the hiring team|by the hiring manager|by the client)',
      '(changed|updated|set|moved|switched) (to) (not selected|unsuccessful|rejected|declined|not successful|not progressed|not progressing|not shortlisted|not proceeding|no longer under consideration|no longer considered|not hired|not moving forward)',
      // (not the words of 'not-selected', which needs no context: the longer match at a start would hide it)
      '(status) (rejected|declined|not progressing|not proceeding|not hired|not moving forward|no longer under consideration)',
      // task score: a closed status naming the unmet condition ('Status: Closed (eligibility requirement)')
      '(status|application status|outcome) (closed|archived|ended|concluded) (eligibility|ineligible|not eligible|minimum requirement|minimum requirements|essential criteria|essential requirement|essential requirements|requirement not met|requirements not met|criteria not met)',
      '(status|application status|outcome) [closed|archived] (minimum|essential|eligibility) (requirement|requirements|criteria|criterion) (not met|unmet|not satisfied)',
      // a job board's 'your application for <job> at <company> is no longer active'
      '(your application|your candidacy|your job application) ** ** (is|has been|was) (no longer active|no longer under review|no longer in progress|marked inactive|set to inactive|now inactive)',
      // elliptic 'has been considered by the panel but was not successful'
      '(but|and|however) [unfortunately|sadly|regrettably] (was|were|has been|have been|had been) [unfortunately|sadly] (not successful|unsuccessful)',
      // a job board's 'your application has been marked as not suitable (by the employer)'
      '(marked|flagged|tagged|set|classed|classified) (as) (not suitable|unsuitable|not a match|not a fit|rejected|declined|unsuccessful|not selected|not shortlisted)',
      // a job board's 'your application for <job> at <company> has been closed / archived' (no 'as requested': a
      // withdrawal vetoes on its own)
      '(your application|your candidacy|your job application|your candidature) ** ** (has been|was|is now|have been|is) (closed|archived)',
      // 'your application for <job> has been reviewed and declined'; a decision field 'Application decision: Not offered'
      '(your application|your candidacy|your candidature|your cv|your profile) ** ** (has been|was) (reviewed|considered|assessed|screened) (and) [unfortunately|sadly] (declined|rejected|turned down|not selected|unsuccessful|not shortlisted)',
      '(application decision|decision|outcome|result|status) (not offered|no offer|not hired|not appointed|offer not made)',
      // an outcome field 'Declined by employer'
      '(declined|rejected|archived|closed|turned down) (by) (employer|recruiter|company|hiring team|hiring manager|client)',
      // a status with its old and new value ('Status changed: In review → Rejected')
      '(status|application status) (changed|updated|moved) ** (rejected|declined|unsuccessful|not selected|not successful|not progressed|not shortlisted|no longer under consideration)',
      // the candidate's own process as the subject ('your candidacy for <job> at <company> has ended')
      '(your candidacy|your candidature|your application|your application process|your recruitment process|your selection process) ** ** (has ended|has been ended|was ended|has concluded|has come to an end|is over|is now over|has now ended|ended)',
      // a job board's 'Sadly it's a no from <employer> for the <job> role' (with the job named: 'it's a no from
      // Brightwater' alone is also the writer's own news to a friend)
      '(a no) (from) * ** (for) (the|this|your) ** (role|job|position|vacancy|shift|post|placement|application)',
      // a gig app's 'this shift has gone to another worker'
      '(shift|gig|job|role|position|place|spot|slot|booking) (has gone|went|has been given|was given|has been assigned|was assigned|has been offered|was offered|has been filled|was filled) (to|by) (another|someone else|somebody else|a different|one of the other|other)',
      // 'your application for <job> (ref …) was rejected at the pre-screening stage'; a status line 'Your application: Not
      // progressing'
      '(your application|your candidacy|your job application|your candidature|your profile) ** ** (was|has been|have been|were) [unfortunately|sadly] (rejected|declined|turned down|not selected|not shortlisted|not chosen)',
      '(your application|your candidacy|your job application) (not progressing|not progressed|not selected|unsuccessful|rejected|declined|not shortlisted|closed|not successful)',
      // an assessment score below the cut-off ('your score did not meet the threshold required to progress')
      "(did not|didn't|failed to|does not|doesn't|did not quite) (meet|reach|achieve|pass) (the) ** (threshold|pass mark|cut-off|cutoff|minimum score|required score|benchmark|pass score|minimum standard)",
      // a gig app's 'the Saturday kitchen porter gig you applied for went to someone else'
      '(shift|gig|job|role|position|place|spot|slot|booking) ** (has gone|went|has been given|was given|has been assigned|was assigned) (to) (someone else|somebody else|another worker|another applicant|another candidate|another person)',
      // 'your application for <job> at <company> is no longer being considered'
      '(your application|your candidacy|your candidature|your profile|your cv) ** ** (is|are|has) (no longer) (being considered|considered|under consideration|in consideration|in the running|been considered)',
      // a subject-like first line 'Application update: <job> – Unsuccessful'
      '(application update|application outcome|application result|update on your application|outcome of your application|result of your application) ** ** (unsuccessful|not successful|not selected|rejected|declined|not shortlisted|not progressed)',
      // 'the hiring company has decided to close your application'
      "(decided to|decision to|has|have|had|will|'ve|we) (close|closed|archive|archived) (your) (application|candidacy|candidature|job application)",
      // task board3o: a gig app's 'your request for the … shift was not accepted by the venue'
      '(was|were|has been|have been) (not accepted|not approved|not confirmed|declined|turned down|rejected) (by) (the venue|the hirer|the business|the site|the store|the shop|the restaurant|the hotel|the client|the organiser|the organizer)',
    ],
    'not-you-colloquial': [
      // task relay3: 'it's not going to be a yes from us this time', 'it won't be a yes' (a decision only in a draft about a job)
      "(it's|it is|it|this|that's|that is) (not going to be|isn't going to be|is not going to be|won't be|will not be|not gonna be|isn't gonna be|wasn't|was not) (a yes)",
      // task relay3: a recruiter's cover line 'it didn't go our way', 'it hasn't worked out (for you)' (a decision only in a draft about a job)
      "(it|this one|this|things) (didn't|did not|hasn't|has not|haven't|have not) (go|gone) (our way|in our favour|in our favor|your way)",
      "(it|this one|this) (didn't|did not|hasn't|has not) (work out|worked out) [for you|this time|on this one|on this occasion]",
      "(it's|it is) (not happening) (this time|for you|on this occasion|this time round)",
      // task famdec: 'it's a no from our side this time'
      "(it's|it is) (a no) (from our side|from my side|from the team|from me|from both of us)",
      // task famdec: 'I'm afraid it's not a yes this time'
      "(it's|it is|that's|that is) (not a yes|a pass) (from us|from me|this time|on this occasion|for now|this round)",
      // elliptic 'unfortunately not this time': a decision only in a draft about a job (CONTEXT_FAMILIES)
      "(unfortunately|unfortunatly|unfortunatley|sadly|sorry) [it's|it is] (not|no) (this time|on this occasion|this round|this time round)",
    ],
    'no-room': [
      // task informal6: the reader not needed after all ('we won't need you on site after all')
      "(we|i|we'll|i'll) (won't|will not|don't|do not|no longer) need you ** (after all|any more|anymore)",
      // task informal6: no more coaches or volunteers needed, to someone who offered ('we don't need more coaches for that team right now')
      "(don't|do not|won't|will not|no longer) need (any more|more|any new|new|extra|additional|another) (coaches|coach|volunteers|volunteer|leaders|leader|helpers|trainers|assistant coaches|officials|referees|stewards)",
      // task cross12: decisions12's context-only staffing facts in en: the apprentice found for the year, a pool with no match now
      '(found|got|taken on|hired|chosen) (our|an|the) (apprentice|trainee|summer hire|placement student) (for) (this year|the year|this summer|the season|this season|this intake)',
      '(no|not a|not any) (match|matches) (among|in|with|from) (our|the) (current|live|open) (assignments|roles|vacancies|positions|jobs)',
      // task decisions13: an agency relays that a ward or client will not book the reader for a rota or period ('they won't be booking you for the July rota'; a decision only in a draft about a job)
      "(won't|will not|aren't|are not|not|no longer) [be] (booking|needing|requiring) (you) (for|on|in|during) (the|this|that|their|our|next|any) ** (rota|rotas|shift|shifts|sessions|session|placement|placements|period|block|weeks|season)",
      // task decisions13: informal staffing facts that name the work ('we're grand for staff', 'we've got all the help we need on the farm this summer', 'enough lads on the gang'); a move or a five-a-side has no work word (a decision only in a draft about a job)
      "(we've got|we have got|we have|we've now got|we now have|got) (all the|enough|plenty of|the) [help|hands|lads|staff|people|pickers|workers] [we need|we needed] (on|in|at|for) (the) (farm|yard|shop|kitchen|bar|gang|site|orchard|cafe|café|stables|deli|till|floor|crew|team) [this|for the|for this] [summer|season|christmas|year|job|week]",
      "(so|and) [i'm afraid|unfortunately|sadly|sorry] (there's|there is) (nothing|no work|nothing at all) (going|available|doing) [at the moment|right now|for now|just now|this summer|this season]",
      '(enough|plenty of) (lads|hands|staff|people|pickers|workers|blokes) (on) [for] (the) ** (job|gang|site|build|contract)',
      '(filled|allocated|given out|handed out) (all|all the|all our|all of our|all of the) (volunteer|helper|steward|marshal|picking|picker) (spaces|roles|spots|places|shifts)',
      // task leftovers12: no more people needed ('we don't need any more staff this summer'; a decision only in a draft about a job)
      "(we) (don't|do not|won't|will not) (need|be needing) (any more|anymore|more|any extra|extra) (staff|people|help|hands|workers|pickers) [this|for the] [summer|season|year|autumn|winter|now|moment|time being]",
      // task decisions11: someone found for the kitchen, the bar (a decision only in a draft about a job; a fitter found for the kitchen is thanked for a quote)
      '(found|got|hired|taken on|took on) (someone|somebody|a person) (for the) (kitchen|bar|shop|floor|till|counter|desk|warehouse|yard|van|cafe|café|front of house|garden|farm|stall|deli) [already|now]',
      // task decisions11: every post offered ('we've now offered all the camp leader posts'), none left for you, not needed this season (a decision only in a draft about a job)
      '(offered|filled|allocated|given out|handed out) (all|all the|all of the|all our|all of our) ** (places|positions|vacancies|roles|spots|openings|posts|jobs|shifts)',
      "(so|and|which means) [i'm afraid|unfortunately|sadly|sorry] (there isn't|there is not|there's no|there's not|there won't be|there will not be) (one|a place|a spot|a job|a role|a position|a shift|a post|anything) (for you|left for you)",
      "(won't|will not|won't be|will not be) (needing|need) (you) (this season|this summer|this year|for the season|for the summer|for this season|this winter|this time round)",
      // 'the crew's full for the festival season' (a decision only in a draft about a job)
      "(crew's|team's|rota's|roster's) [now|already|all] (full|complete|sorted|fully booked)",
      '(crew|team|rota|roster) (is|are) [now|already|all] (full|complete|fully booked)',
      // a gig app's 'we're unable to match you with the Saturday shift' (a decision only in a draft about a job)
      "(unable to|can't|cannot|not able to|couldn't|won't be able to) (match|assign|allocate|give|offer|book) (you) (with|to|the|for) ** (shift|shifts|gig|gigs|slot|slots|booking|placement)",
      // a platform's 'right now we are not onboarding new partners in your area' (a decision only in a draft about a job)
      "(not|n't|no longer) (onboarding|accepting|taking on|recruiting|signing up|hiring) (new|any new|more|any more|additional) (partners|drivers|couriers|riders|volunteers|staff|applicants|people|workers|tutors|carers|members of staff)",
      // 'we've got our team sorted for now' (a decision only in a draft about a job)
      "(got|have|has|'ve got|'ve) (our|the) (team|crew|staff|rota|roster|team for the season) (sorted|complete|full|covered|filled|in place)",
      // 'we're not hiring for the kitchen porter role any more as we've found someone' (a decision only in a draft about a job)
      '(not|no longer) (hiring|recruiting) (for) (the|this|that|our) [*] [*] (role|position|job|post|vacancy|spot|shift|shifts) [any more|anymore]',
      // task decisions5: two adverbs ('we've actually found someone already', 'we have now already found someone')
      "(we've|we have|we'd|we had|i've|i have) [now|just|already|actually|since] [now|just|already|actually] (found|hired|got|taken on) (someone|somebody|a person|the right person|our person|our new starter)",
      // 'I don't have anything for you', 'we've reached our numbers for this year'
      "(don't|do not|won't|haven't|have not) (have|got) (anything|any work|any shifts|any hours|a place|a spot|a role|a position|a job) (for you)",
      '(reached|hit|met|filled) (our|the) (numbers|quota|capacity|limit|intake|maximum|headcount)',
      // 'we're not taking anyone else on for the season', 'not able to take on new volunteers'
      "(not|n't) (taking|take|bringing|signing) (anyone|anybody|any more people|more people|any more staff|any new people|new people) [else|more|new] (on)",
      "(not able to|unable to|cannot|can't|can not|won't be able to) (take on|accept|onboard|place) (new|any new|any more|more|additional|further) (volunteers|staff|people|tutors|helpers|trainees|applicants|drivers|carers|workers)",
      '(fully booked|booked up|full up|at capacity|at full capacity) (with|for|this|now|at)',
      // 'we have now filled all places': every place of an intake is taken
      '(filled|allocated|taken|given out) (all|all the|all of the|all our|all of our) [*] (places|positions|vacancies|roles|spots|openings|internships|apprenticeships|posts)',
      "(not|n't) be (progressing|taking forward|considering|processing) (any|any further|any more|any other|further) (applications|candidates|applicants)",
      // 'we're all sorted for staff now': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(all sorted|all set|sorted|covered) (for) (staff|people|help|cover|helpers|the shifts|the season|the summer)',
      "(won't|will not|don't|do not|no longer) need you (this time|after all|for now|this season|this summer|for the shifts|any more|anymore)",
      '(room|space|capacity) (for) (any more|anyone else|any further|more people|more staff|more helpers|more seasonal|more summer)',
      "(don't|do not|won't|will not) need (any more|more|anyone else|extra) (people|staff|help|helpers|hands|workers)",
      '(fully staffed|fully crewed|at full strength|fully recruited) (for|this|now)',
      // a seasonal 'no room for more (this summer)': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(no|not any|not enough) (room|space|spots|places|openings) (for) (more|any more|anyone else|another|further|extra|additional)',
      "(can't|cannot|can not|couldn't|won't be able to) (take on|hire|fit in|squeeze in) (any more|anyone else|more|another|further|extra)",
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // as in 'we've already got hold of a joiner', 'found a lad already'
      "(we've|we have|we|i've|i have|i) [now] (already) (got hold of|got|found|taken on|hired|brought in|booked|signed up|sorted) (a|an) *",
      "(we've|we have|i've|i have) (got hold of|found|taken on|hired|brought in|signed up) (a|an) * (already)",
    ],
    'not-in-favour': [
      // task famdec: 'I'm afraid it's not good news for you this time' (a decision only in a draft about a job)
      "(it's|it is) (not good news|not the news you were hoping for|not the answer you were hoping for|not the outcome you were hoping for) (for you|this time|on this occasion)",
      // task decisions13: the same in the future ('I'm afraid it's not going to be good news this time')
      "(it's|it is) (not going to be|isn't going to be|is not going to be|won't be|will not be|not gonna be) (good news|the news you were hoping for|the answer you were hoping for) (for you|this time|on this occasion)",
      // the outcome 'is not a positive one for you' (a decision only in a draft about a job)
      "(outcome|result|decision|answer|news) ** (is not|isn't|was not|wasn't) (a positive one|positive|favourable|favorable|good news|the one you)",
      // a decision that 'did not fall in your favour' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      "(not|didn't|wasn't|hasn't|isn't|doesn't|won't) ** (in your favour|in your favor)",
      '(decision|outcome|result|verdict) ** (against you|against your application)',
      // task board3o: an agency or recruiter relaying the client's answer — 'it wasn't the news we were hoping for', 'the client
      // has come back with a no', 'the feedback from the client is negative' (a decision only in a draft about a job)
      "(not|wasn't|isn't|is not|was not) (the news|the answer|the outcome|the result|the response) (we were|we'd|we had|i was|i'd|i had|we) (hoping|hoped) (for)",
      '(come|came|coming) (back) [to me|to us] (with) (a no|a negative|a pass|a decline|a rejection|a firm no|negative feedback|a thumbs down)',
      '(feedback|response|answer|decision|verdict|outcome) (from) (the client|the hiring manager|the team|the panel|the business|the employer|them|the company|the manager|the line manager) (is|was|has been) [unfortunately|sadly|sadly been|unfortunately been] (negative|not positive|a no|not good|not favourable)',
      "(client's|manager's|team's|panel's|employer's|company's) (feedback|response|answer|decision|verdict) (is|was|has been) [unfortunately|sadly] (negative|not positive|a no|not favourable)",
      // task board3o: 'sorry it didn't go your way this time'
      "(didn't|did not|hasn't|has not|won't|will not|isn't) (go|gone|going|come|fall) (your way)",
      // task board3o: 'I'm afraid you didn't make the cut for the final round' (a decision only in a draft about a job)
      "(didn't|did not|haven't|have not|hasn't|has not|won't|will not|wasn't able to|weren't able to) (make|made) (the cut|the shortlist|the final cut|the final list|the list)",
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word ('we're taking the other lad')
      "(we're|we are|we'll|we will|i'm|i am|i'll|i will) (take|taking|go with|going with|gonna go with|gonna take) [the] (other) (lad|guy|bloke|fella|fellow|girl|lass|one|candidate|applicant) [for the job|for it|instead|this time]",
      // task specific6: the next stage declined with the subject first ('we're not going to move on to the onsite')
      "(we're|we are|we|we'll) (not going to|won't|will not|aren't going to|are not going to) (move on|go on|move forward|proceed|progress) (to|into|with) (the|a) [next|final] (onsite|on-site|final round|next round|panel|panel interview|next stage|final stage)",
      // task specific5: a trial's outcome said without an object ('so we won't be taking it further')
      "(we|we'll|we will) (won't|will not|aren't going to|are not going to|won't be able to) (be taking|take) (it|things|this) (any further|further)",
      // task decisions3: no job this time, the need covered ('so there won't be a job this time around'),
      "(there) (won't|will not|isn't going to|is not going to|wont) (be) (a job|any work|a position|a role|a spot|a place|any shifts) [for you] (this time|this time around|this time round|this season|this year|this summer)",
      // a text-message no ('its gonna be a no from us this time'),
      "(it's|its|it is|it'll|itll|it will) (gonna be|going to be|be) (a no) (from us|from me|from our side|this time)",
      // an agency relays the client's choice ('unfortunately they landed on another consultant'),
      '(landed|settled|landed up) (on|with) (another|a different) (consultant|candidate|applicant|contractor|person)',
      // a club's paid post: 'decided to go with a different solution this season',
      '(go|going|gone|went) (with|for) (a different|another) (solution|option) (this season|for this season|for the season|this year)',
      // task mech: a stage not reached ('your application did not get as far as the interview round')
      "(did not|didn't|has not|hasn't|have not|haven't) [quite] (get|got|make it|made it|progress|progressed|go|gone) (as far as) (the|a) [*] (interview|interviews|interview stage|interview round|second round|final round|next round|next stage|shortlist|shortlisting stage|assessment stage|assessment centre|assessment center|final stage|second interview|final interview)",
      // a staffing app's 'has chosen not to book you for the Easter weekend shifts'
      "(not to|won't|will not|unable to|can't|cannot|didn't|did not|hasn't|has not|haven't|have not) (book|booked|schedule|scheduled|roster|rostered) (you) (for|on|onto|into) ** (shift|shifts|~shift|~shifts|gig|gigs|booking|bookings|assignment|assignments)",
      // a step not passed ('you did not pass the screening call'); no next interview ('decided not to schedule a second interview')
      "(did not|didn't|have not|haven't|were not able to|weren't able to) (pass|clear|get through|make it through) (the|your|our) [*] [*] (screening|screen|phone screen|screening call|interview|assessment|test|stage|round|video interview|assessment centre|assessment center)",
      "(not|n't) (to) (schedule|arrange|book|offer|set up|hold) (a|any) (second|further|final|follow-up|next) (interview|meeting|round|conversation|call)",
      // 'we don't think the role is quite right for you'
      "(don't|do not|didn't|did not) (think|feel|believe) (the|this|that) (role|position|job|post|opportunity) (is|was|would be|'s) [quite|really|entirely|the] (right|suitable|a fit|the right fit|the right one) (for you)",
      // 'we've decided this isn't the right time to bring you on board'
      "(not|isn't|is not|wasn't|was not) (the right time|the right moment|the time) (to) (bring you on board|bring you onboard|bring you in|hire you|take you on|welcome you aboard|welcome you on board)",
      // 'we don't feel your application is strong enough for the next round'
      "(not|don't|do not|didn't|did not|isn't|is not|wasn't|was not) ** (strong enough|competitive enough|good enough) (for|to reach|to go through to|to progress to) (the|this|our|a) [*] (next|final|second|interview|shortlist|round|stage)",
      // 'withdrawn from consideration by the hiring team' (the veto word is the decision's own)
      '(withdrawn|removed|taken out|excluded) (from) (consideration|further consideration|the process|the selection process|the recruitment process|the shortlist|the running)',
      // 'we have decided against your application'
      '(decided|decide|chosen|opted|voted) (against) (your application|your candidacy|your candidature|you|proceeding with you|progressing your application|taking your application)',
      // 'the role isn't going to be a fit for you'
      "(role|position|job|this|it) (isn't|is not|wasn't|was not|won't|will not) ** (fit|match) (for you)",
      "(won't be|will not be|aren't|are not|not be) (taking|bringing|signing) (you) (on)",
      "(had to|have to|must|going to|'ve had to|need to) (say no|decline) (on|to) (this one|you|your application|this occasion)",
      '(close|closing|closed) (out) (your) (candidacy|application|process|file)',
      // 'we don't think this role is the right match right now'
      "(don't|do not|didn't|did not) (think|feel|believe) (this|the|it|that) [role|position|job|opportunity] (is|was|would be|'s) (the right|a good|the best|a great|a) (match|fit)",
      // 'go with someone internal instead'
      '(go|going|gone|went|hire|hiring|appoint|appointing|promote|promoting) (with) (someone|somebody|a candidate|a person|an applicant) (internal|internally|in-house|from inside|from within)',
      // task leftovers12: 'we've decided to fill the position internally' (a plain decision, no reason)
      '(fill|filling|fill~) (the|this) (role|position|post|vacancy|job|opening) (internally|in-house|from within)',
      "(can't|cannot|won't|will not|unable to|not able to|not) (take|taking|move|moving|progress|progressing) (it|this) (any further|further|forward)",
      "(you|your application) (won't|will not) be (continuing|moving forward|going forward|progressing|proceeding|taken forward)",
      "(not|couldn't|could not|unable to|weren't able to|were not able to) ** (find|found) (a place|room|space|a spot|a slot) for (you|your application)",
      "(you|your application) (don't|do not|didn't|did not|doesn't|does not) (meet|fulfil|fulfill|satisfy) ** (requirements|requirement|criteria|criterion)",
      'pass (this time|on this occasion|for now|on you|on this one|at this stage|for this role)',
      "(can't|cannot|unable to|not able to) wait (that long|so long|for that|until then|for your notice|# months|six months|three months)",
      "(not|won't|can't|cannot|unable to) ** take you on",
      "(not|won't|n't|unable to|can't|cannot|no longer|not able to) ** (move|moving|take|taking|progress~|put|putting|invite|inviting|advance~|bring|bringing|carry|carrying) (you|your application|your candidacy|your cv|your profile|things|this) ** (forward|further|ahead|next|offer stage|final|to interview|to an interview|shortlist)",
      "(not|won't|n't|unable to|can't|cannot|not able to|not be) ** (hire|hiring|employ~|appoint~|offer~) (you)",
      // 'we won't be moving you to the onsite stage'
      "(not|won't|n't|unable to|can't|cannot|not be) ** (move|moving|take|taking|progress~|advance~|invite|inviting|bring|bringing) (you|your application|your candidacy) (to|into|through to|onto|on to) (the|an|a|our) [*] [*] (stage|round|step|interview|interviews|assessment|onsite|final|shortlist)",
      // 'we're unable to place you in a volunteer role'
      "(unable to|not able to|cannot|can't|won't be able to|not in a position to|couldn't) (place|offer) (you) (in|into|with) (a|an|the|one of our|any) [*] [*] (role|position|job|post|placement|vacancy|team|programme|program)",
      '(you|your application) (were|was|have been|has been|had been) [unfortunately|not] (unsuccessful)',
      "(you|your application) (didn't|did not|won't|will not) (progress|proceed|advance|move forward|go forward|make it|get through)",
      // stiff 'No further action will be taken on your application'
      '(no further action|no further steps|no further consideration|no action) (will be|is being|can be|shall be|is to be) (taken|given) (on|to|regarding|in respect of|with) (your application|your candidacy|your candidature|you)',
      "(not|n't) (among|one of) (those|the candidates|the people|the applicants|the ones|the finalists) ** (shortlist~|selected|invited|chosen|progress~|moving)",
    ],
    'chosen-other': [
      // task decisions8: the role offered elsewhere ('the role's been offered elsewhere')
      "(role's|job's|position's|post's|role has|job has|position has|post has|role had|job had) (been) (offered|given) (elsewhere|to someone else|to another candidate|to another applicant)",
      // 'the client has decided on an internal solution'
      '(decided on|opted for|gone with|went with|going with|chosen|chose|settled on) (an|a) (internal) (solution|candidate|hire|appointment|option|applicant|move)',
      // 'the successful candidate has accepted our offer'
      '(successful|chosen|selected|preferred|appointed) (candidate|applicant|person) (has|have|had) [now|already|since] (accepted) (our|the|an|this) [*] (offer|position|role|post|job)',
      // shorthand 'we went w/ someone else'
      '(went|gone|going|go) (w|w/) (someone else|somebody else|another candidate|another applicant|another person|the other candidate)',
      // 'we've actually given the role to someone we already knew'
      // 'we ended up giving the shift lead spot to someone else' (a two-word title)
      '(given|gave|giving|give|offered|offering) (the|this|that|our) [*] [*] (role|job|position|post|spot|place|shift|vacancy|gig) (to) (someone|somebody|a person|a friend|a former|an existing|one of our)',
      // 'the panel has not recommended you for appointment'
      '(not) (recommended|recommend|nominated|put forward|shortlisted) (you|your application|your name) (for) (appointment|the post|the role|interview|the position|an interview)',
      // 'we've actually just hired someone for the weekend role'; 'we found someone with more bar experience'
      '(hired|appointed|recruited|taken on|took on|found|chosen|chose|picked) (someone|somebody|a person|another person) (for|to fill|into) (the|this|that|our|your) [*] [*] (role|position|job|post|vacancy|spot|shift|shifts|opening)',
      '(found|hired|chose|chosen|picked|appointed|went with|gone with) (someone|somebody|a candidate|a person|an applicant) (with) (more|stronger|greater|better|a bit more|slightly more|a little more|a lot more|much more) *',
      // task board3o: a comparative straight after the person ('they went with someone more senior in the end')
      '(found|hired|chose|chosen|picked|appointed|went with|gone with|go with|going with|settled on|opted for) (someone|somebody|a candidate|a person|an applicant|a profile) (more|slightly more|a bit more|much more|far more|a little more|better|closer|stronger|further) *',
      // the panel 'has recommended another candidate for appointment'
      '(recommended|proposed|nominated|put forward|approved) (another|a different|one of the other|an alternative|the other) (candidate~|applicant~|person|finalist~)',
      '(offer~|give|given|gave|giving|award~) (the|this) ** (role|position|job|post|place|contract) to (someone else|another|one of the other|a different|an internal|the other)',
      '(role|position|job|post|vacancy|spot|place|gig) (has gone|went|is going|will go|has been offered|was offered|has been given|was given|has been awarded|was awarded|is being given|has now gone|has now been given) [instead] to (an internal|another|someone else|somebody else|a different|one of the other|the other)',
      // task informal7: gone to a person described by what they have ('the job went to someone with a bit more experience')
      "(role|position|job|post|vacancy|spot|place|gig|apprenticeship|placement|shifts) (has gone|went|has now gone|has been offered|was offered|has been given|was given|'s gone) [unfortunately|this time|instead] (to) (someone|somebody|a person|a candidate|an applicant|a lad|a guy|a girl|a woman|a man) (with|who|who's|whos|that)",
      "(the answer|our answer) (is|'s|will be|has to be) [unfortunately|sadly|a] (no|a no|not a yes)",
      "(it's|it is) (a no) (from us|this time|on this occasion)",
      '(went|gone) with (him|her|them)',
      '(offered|given|gave) (him|her|them) the (role|position|job|post)',
      '(chose|chosen|hired|appointed|selected) (him|her) (instead|over you|because|as|for the role)',
      '(offer~|given|gave|award~) (the|this) (role|position|job|post|place) to (a|an) [*] (candidate|applicant|person|finalist|individual) (with|who|whose)',
      '(offer~|give|given|gave|giving|award~) (the|this) (role|position|job|post|place|contract) to (someone else|another|one of the other|a different|an internal|the other)',
      // session 16: the post offered to the next one on the (reserve) list
      '(offer~|give|given|gave|giving) (the|this) (role|position|job|post) to (the next) ** (reserve list|waiting list|list|in line)',
      '(offer~|give|given|gave) it to (someone else|another candidate|one of the other)',
      '(chosen|selected|decided on|hired|appointed|found|gone with|go with|went with|settled on) (one of the other|a different|an internal|another) (candidate~|applicant~|finalist~|person)',
      '(found|settled on|chose|chosen) (someone|a candidate|the right person) (else|who|whose|that)',
      // the person appointed (someone other than the addressee)
      '(the|our) (person|candidate|applicant|individual|finalist) (appointed|selected|hired|chosen|offered the role|offered the post|offered the position|who was appointed|who was selected|who has been appointed|who has been selected|who was offered)',
      // task board3o: 'our client has opted for another of the shortlisted candidates'
      '(opted for|chosen|chose|selected|gone with|went with|picked|appointed|decided on|offered the role to|offered the post to|offered the position to) (another|one) (of the) [other] [shortlisted|final|remaining] (candidates|applicants|finalists|people|interviewees)',
    ],
    'not-selected': [
      // task decisions8: a summer-job place not given to the reader ('you have not been given a summer job place')
      "(you) (have not|haven't|were not|weren't|did not|didn't) [been] (given|allocated|offered|awarded|get) (a) (summer job|summer job place|summer placement|holiday job|summer work placement)",
      // an outcome field ('Outcome: Regret', 'Outcome of shortlisting: Not shortlisted'): recruiting words by themselves
      '(outcome|result|status|decision) (of) (shortlisting|the shortlisting|your application|the selection|selection|screening|the screening|your interview|the interview|interview|assessment|the assessment|the sift|sift) (not shortlisted|unsuccessful|not selected|not successful|not progressed|regret)',
      '(outcome|result) (regret|regretted|regret letter)',
      // 'the shifts are all covered for now'
      "(shifts|rota|hours|places|spots|positions|roles|vacancies) (are|were|'re|have been|has been) [unfortunately|sadly|i'm afraid] (all|already|now) [all|now|already] (covered|filled|taken|booked)",
      // mass mail: 'none of this round's applicants have been selected'
      '(none of) ** (applicants|candidates|applications) (have been|has been|were|was|are being|could be) (selected|successful|shortlisted|chosen|taken forward|progressed)',
      // active: 'we filled the kitchen porter job yesterday'
      "(we|we've|we have|we'd|we had|i've|i have) [now|just|already|since] (filled) (the|that|this|our) [*] [*] (job|role|position|post|vacancy|spot|place|opening)",
      // 'the process has closed without you being offered the position'
      '(without) (you|your application) [unfortunately] (being|having been) (offered|selected|shortlisted|invited|appointed|progressed)',
      // short 'position's filled'
      "(position's|role's|job's|post's|vacancy's|spot's|place's) [now|already|just|been] [been] (filled|gone|taken)",
      '(has|have|had) been (appointed|selected|hired|offered the post|offered the position) (to|as|for) (the|this) (post|role|position|vacancy)',
      '(position|role|vacancy|post|job|opening) ** (has|had|is|was) [now|already|unfortunately] [now|already] been (filled|taken)',
      '(positions|roles|vacancies|posts|jobs) ** (have) [now|already|unfortunately] [now|already] been (filled|taken)',
      "(we've|we have|we) [now|already|since|successfully] filled (the|this|our) (position|role|vacancy|post|job|opening|spot|place|vacancies|positions|roles|openings)",
      '(position|role|vacancy|post|job) (has|is|was|had) [now|already|unfortunately] [now|already|been] (been filled|filled|been taken)',
      // a job board's 'the employer has hired for this position'
      '(employer|company|client|hiring manager|hiring team|business|we) (has|have|had) [now|already|since] (hired|recruited|appointed) (for) (this|the|that) (position|role|job|vacancy|post|opening)',
      // not shortlisted, did not go through to interview
      "(you|your application|your cv) (have|has|were|was|had) (not|n't) [been] (made|reached|got|gotten) (it|through) (to|onto|on to) (the|our) (shortlist|next stage|next round|interview stage|interviews)",
      "(you|your application) (did|have|has) (not|n't) (make|made|reach|reached|get|got) (it) (to|onto|on to|through to) (the|our) (shortlist|next stage|next round|interview stage|interviews)",
      "(not|n't) (go|gone|get|got|make|made) (through|it through) (to) (the) (interview~|next|shortlist|final)",
      '(outcome|result|status|decision) (not shortlisted|unsuccessful|not selected|not successful|not progressed)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(decided|chosen|opted|agreed) to (fill|recruit|recruit for|hire for|staff) ** (externally)',
      '(decided|chosen|opted|agreed) to (go|recruit|hire) (external|from outside)',
      '(decided|chosen|opted|agreed) to (appoint|hire|take on|go with|bring in) (an|someone) (external|from outside)',
    ],
    'other-candidates': [
      // task cross12: decisions12's staffing and gig notices in en: a shift or assignment taken by another, not approved by the client, gone to another consultant, not booked for a period, a volunteer not matched; informal staffing facts with 'but thanks' and a season or a work object ('we've already got our people sorted for the summer but thanks for asking', 'got someone to do the dishes …, but thanks anyway'); a note to staff has no thanks
      '(shift|~shift|assignment|booking|placement|slot|locum|cover) ** (has been|was|got|has now been|has already been) [unfortunately|already|now] (taken|filled|covered|picked up) (by) (someone else|somebody else|another worker|another consultant|another candidate|another temp|another locum)',
      '(was|has|is) (not) [been] (approved|accepted) (by) (the client|the employer|the venue|the hirer|the company)',
      "(wasn't|hasn't|isn't) [been] (approved|accepted) (by) (the client|the employer|the venue|the hirer|the company)",
      '(assignment|~assignment|role|position|job|placement|booking|shift|contract) ** (has gone|went|is going|will go) (to) (another consultant|another candidate|an internal candidate|another locum|another temp)',
      "(won't|will not|wouldn't|can't|cannot) (be able to) (book|place|use) (you) (for|in|on) (the period|this period|that period|those dates|these dates|the rota|that rota)",
      "(not been able to|haven't been able to|weren't able to|were unable to|couldn't|could not|been unable to|unable to|not able to) (match|pair) (you) (with) (a|an|any) (pupil|student|mentee|learner|young person|family|buddy|child)",
      '(got|found|sorted) [our] (people|staff|folk|help|cover|pickers) [sorted] (for) (the summer|summer|the season|this summer|this season|the autumn|this year) ** (but thanks|thanks anyway|thanks for asking|sorry)',
      '(got|found) (someone|somebody|a lad|a girl|a young lad) (to do|to cover|to take|to help with|to look after) (the dishes|the washing up|the till|the bar|the stables|the yard|the kitchen|the shifts|the weekends|the picking|the harvest|the horses) ** (but thanks|thanks anyway|thanks for asking|sorry)',
      // task cross11: not you as <role> after all, the role a staff word ('I don't think we'll go with you as cover after all'; a best man is no match)
      "(don't|do not|won't|will not|not) ** (go with|use|take on|take|need|be needing|have|book|hire) (you) (as) (cover|temp|a temp|the temp|relief|relief staff|a stand-in|stand-in|a locum|locum|a sub|supply|an apprentice|apprentice|a trainee|trainee|an intern|intern|a helper|extra help|seasonal help|a seasonal helper|a casual|casual staff|an assistant) ** (after all)",
      // task cross11: between you and another, and it ended up the other ('it was down to you and one other candidate, and it ended up being the other one')
      '(between you and|down to you and) ** ** (ended up being|ended up going with|ended up with) (the other one|the other candidate|the other applicant|the other person)',
      // task cross11: the <x> job/role with a phrase before the verb goes to someone else ('the coaching job for the under-14s is going to someone else this time'; a chore named 'job' has no such phrase)
      '(job|role|post|position|spot|place|vacancy) (for|with|at|in|on) ** (goes|is going|has gone|went|will go|is being given|has been given|was given) [unfortunately|this time|instead] [unfortunately|this time] (to) (someone else|somebody else|another candidate|another applicant|another person|one of the others)',
      '(going with|go with|gone with|went with) (someone else|somebody else|another person|another candidate|another applicant|a different candidate|the other candidate)',
      '(chosen|chose|choose|go|going|gone|went|proceed|proceeding|move forward|moving forward) ** (another|a different) (agency|supplier|vendor|provider|partner)',
      '(chosen|chose|choose|selected|select|decided|gone|go|going|went|proceed~|move|moving|moved|pursue|pursuing|offer~|appointed|hired|hire|extend~) ** (other|another|a different|the other|different|more suitable|stronger) (candidate~|applicant~|finalist~|person|people|individual~|profile~)',
      '(go|gone|going|went|move|moving|moved) (forward|ahead|on) with (other|another|someone else|the other|others)',
      '(chosen|selected|chose|appointed|hired|gone with|go with|went with|moved ahead with|moving ahead with|decided on) (someone else|another|the other|others)',
      '(another|other|the other) (candidate~|applicant~|finalist~) (was|were|is|are|has been|have been|had|proved) [a|an] [slightly|much|better|stronger|closer|more]',
      '(go|going|gone|went|take|taking|taken|move|moving) [in] (another|a different|a new) direction',
      '(go|gone|going|went|move|moving|moved|proceed~) (forward|ahead|on) with (candidates|applicants|people|someone|those) (who|whose|that|with)',
      "(you|you're|you are) (not|n't|weren't|were not) (the right|a good|the best) (fit|match|candidate|person)",
      '(position|role|vacancy|post|job|opening) (has|have) (now|already) [now] been (filled|taken)',
      '(position|role|vacancy|post|job|opening) (has|have) been (filled|taken)',
      "(decided to|decide to|going to|we will|we'll|we are|we're|we have to|we need to) (keep|continue) (looking|searching|our search|the search)",
      '(taking on|take on|took on|taken on|bringing in|bring in|brought in) (someone else|somebody else|another person)',
    ],
    'proceed-with-others': [
      '(offer~|give|given|gave|award~) (the|this|our) ** (role|position|job|post|place|contract) to (someone|somebody|a candidate|an applicant|a person|an individual|a colleague) (who|whose|with|that)',
      '(gone with|went with|go with|going with|gone for|went for) (a candidate|an applicant|someone|somebody|a person|an individual|a profile|people|candidates|applicants|an internal candidate) (who|whose|with|that)',
      '(prioriti~) [*] (candidates|applicants|people|profiles)',
      `${PROCEED} [the process|the recruitment|our process|the selection process|the recruitment process] with ${PEOPLE_WHO}`,
      `${PROCEED} ** with ${OTHERS}`,
      `(decided|chosen|chose|opted|elected|decision is|decision was|decided instead) to (progress|prioriti~|advance|favour|favor|go with|select|shortlist|take forward|pursue) ** ${PEOPLE_WHO}`,
      `(opted for|gone for|went for|go for|decided on|settled on|selected|picked|appointed|hired|chosen|chose|landed on|offered the (role|position|job|post) to) (a candidate|an applicant|someone|somebody|a person|an individual|a profile|one of the other candidates|a colleague) (whose|who|with|that)`,
      `(another|a different|an alternative|other|one of the other) (candidate|applicant|person|finalist|individual|candidates|applicants|people|finalists|individuals) (has|have|was|were|had) been (selected|chosen|appointed|hired|offered the (role|position|job|post)|shortlisted|preferred|successful|identified)`,
      '(we|the panel|the team|the hiring team|the hiring manager|the client|the committee) (has|have|had) (selected|appointed|chosen|hired|preferred) (another|a different|someone else|an internal|other)',
    ],
    'decline-application': [
      '(decline|declining|declined|reject|rejecting|rejected|turn down|turning down|turned down) (your|this|the) (application|candidacy|candidature)',
      // task nonjob7: we decided to decline, no object ('We have thought it over carefully and have unfortunately decided to
      // decline'), as sv/da/nb 'vi har valt att tacka nej'
      "(we|we have|we've|and have|but have) [unfortunately|sadly|regrettably|therefore|now|reluctantly] [unfortunately|sadly|regrettably] (decided|chosen|opted) (to) (decline)",
      '(your|the) (application|candidacy|candidature) (has been|was|is|will be|had been) [now|unfortunately|sadly] (declined|rejected|turned down|closed|archived|not selected|not shortlisted)',
      // task ff13: the post named between ('Your application for employment as a caseworker has been refused'), and 'refused'
      '(your|the) (application|candidacy|candidature) (for) ** (has been|was|will be|had been) [now|unfortunately|sadly] (declined|rejected|turned down|refused|not selected|not shortlisted)',
      '(your|the) (application|candidacy|candidature) (has been|was|will be|had been) [now|unfortunately|sadly] (refused)',
      '(going|have|had|need|needs|must) to (turn you down|decline you|let you go)',
      // a bare "we have to say no (this time)" is a decision only about a job: concept rule declined
      'say no (to you|for this role|to your application)',
    ],
    'not-you': [
      '(found|chosen|picked) (someone else|somebody else|another person|another candidate)',
      "(it|this|the answer) (wasn't|was not|won't be|will not be|isn't|is not|wasn't going to be) (you) (this time|on this occasion|in the end|for this role|for this one|for this position)",
      "(this time|in the end|on this occasion|unfortunately) (it|the answer|the choice) (wasn't|was not|isn't|is not|won't be|will not be|didn't fall on|did not fall on) (you)",
      '(choice|decision|selection) (fell|has fallen|falls|landed) on (someone else|another|a different|the other|one of the other)',
      "(choice|decision|selection) (didn't|did not|has not|hasn't) (fall|land) on (you)",
    ],
    // task spec2: the decision said right after the reason, without the usual verbs
    // 'so that rules it out' (context only: also said of dates and venues)
    'rules-out': [
      "(it|this|that) (isn't|is not|won't be|will not be|wasn't|was not) (going to be) (a match|the right match|a fit|the right fit) [this time|on this occasion|for now|i'm afraid]",
      "(we both know|i think we both know|you'll know|you probably know) (where|what) (that|this) (leaves us|means)",
      "(that's|that is|this is|it's|it is) [sadly|unfortunately] (the end of the road|the end of the line) [for this one|for this role|this time|i'm afraid]",
      "(it's|it is) (not going to|not gonna) (happen|work out) (this time|this time round|on this occasion|for now)",
      "(that's|that is|this is|which is) where (it|this|things|we) (ends|end|stops|stop) [for this one|this time|for now|i'm afraid|unfortunately]",
      "(it's|that's|it is|that is) [a|unfortunately a|sadly a] (no go|no-go) [this time|for now|for this one|i'm afraid]",
      '(that|this|which|it) [unfortunately|sadly] (rules|ruled|would rule|will rule|has ruled) (it|you|your application|this|that) (out)',
      '(that|this|which|it) [unfortunately|sadly] (rules|ruled|would rule|will rule|has ruled) out (you|your application)',
      "(that's|that is|which is) (a dealbreaker|a deal-breaker|a deal breaker) [for us|for this role|unfortunately|here]",
    ],
    // 'so we'll leave it there (for now)' (context only)
    'leave-it-there': [
      // task riskyonly: 'so we'll end it here'
      "(we'll|we will|we'll have to|we have to|we must|i'll have to|we're going to|we are going to|let's|we'd better|i'm going to) [just|unfortunately|sadly] (end|stop|close) (it|this|things) [right] (here|there|at that|now)",
      "(we'll|we will|we'll have to|we have to|we must|i'll have to|we're going to have to) (let) (this one|this|it|your application) (go)",
      "(we'll|we will|we'll have to|we have to|we must|i'll have to|we're going to|we've decided to) (call it a day|draw a line under it|draw a line there|leave it at that)",
      "(we'll|we will|we're going to|we are going to|i'll|i will|we'd better|we must|we'll have to|we have to|we've decided to|we have decided to) [have to|unfortunately|sadly|just] leave it (there|at that)",
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      "(welcome to|free to|feel free to|do|please|you can|you could|you may|happy for you to|glad for you to|encourage you to) [*] (apply again|reapply|re-apply|get in touch again|come back to us|come back|contact us again|send us a new application|send in a new application|send us another application) [to us] (when|once|as soon as|after) (you|you've|you're|you have|you are|your|you'd)",
      "(glad to|happy to|love to|like to|pleased to|look forward to) (hear|hearing) (from you) (again) (when|once|as soon as|after) (you|you've|you're|you have|you are|your|you'd)",
    ],
    // the hire's merits, then 'and that tipped it' (context only)
    'tipped-it': [
      '(so|which is why|that is why|and so|hence) (she|he|they|the other candidate|the other applicant) (got|gets|was given|were given|has been given) (the nod|the job|the role|the post|the position)',
      "(that's|that is|which is|this is) (what it came down to|what it boiled down to|where the difference lay|what decided it|what made the difference)",
      '(was|is) (what|the thing that|the thing which) (made the difference|tipped it|decided it|swung it|tipped the balance|counted|counted most|settled it)',
      '(that|this|which|it) [in the end|ultimately|finally] (weighed most|weighed heaviest|weighed the most|carried the most weight|counted most|carried the day)',
      '(that|this|which|it) (tipped it|tipped the balance|tipped the scales|decided it|proved decisive|was decisive|was the deciding factor|was the decisive factor|made the difference|swung it)',
      '(the deciding factor|the decisive factor) (over|against|compared with|compared to) (you|your|yours)',
    ],
    // another (lower) role or a pool offered instead of the post applied for (context only)
    'offered-instead': [
      '(put you forward|nominate you|recommend you|suggest you|consider you) (for) ** (instead)',
      '(put|added|add|placed|place|kept|keep) (you|your name|your details|your cv) ** (list|pool|register|bank) ** ** (instead)',
      '(offer|offering|suggest|propose) (you) [a|an|the] ** (place|role|position|post|job|contract|spot|shift|shifts|traineeship|apprenticeship|internship) ** (instead)',
      '(instead|rather) (offer|offering) (you) (a|an) [*] [*] (place|role|position|post|job|contract|spot|traineeship|apprenticeship|internship)',
    ],
    // 'you are not eligible for this post', 'you have not been considered for the role'
    'not-eligible': [
      '(has been|have been|was|were|had been) (assessed|deemed|judged|found|considered|classed) (as|to be) [formally] (ineligible|not eligible|unsuitable|not suitable|not qualified)',
      "(can't|cannot|unable to|not able to|won't be able to|won't) (move|put|send|take) (you) (on|through) (to) (the|a|an|our)",
      "(you|your application) (don't|do not|doesn't|does not|didn't|did not|wouldn't|would not) (qualify) (for)",
      "(can't|cannot|won't|unable to|not able to) (go|take it|take this|take things) (any further|further) (with you|with your application)",
      "(this|the|that) (role|job|position|post|one) (isn't|is not|won't be|will not be|wasn't|was not) (for you)",
      "(going to|will|'ll|have to|must|decided to|need to) (stop|end|leave it|leave things) (there|here) (with|for) (your application|your candidacy|you)",
      "(you are|you're|you were|you would not be|you wouldn't be|you are therefore|you're therefore) [not|unfortunately not|therefore not|sadly not] (eligible) (for|to) (this|the|that) [*] (post|role|position|vacancy|job|programme|scheme)",
      // (task board3o: the negation is required — "you have been shortlisted for the post" is good news)
      '(you|your application) (have|has|were|was) (not|unfortunately not) (been) (considered|shortlisted) (for|to) (the|this) [*] (post|role|position|vacancy|job)',
      "(you|your application) (haven't|hasn't|weren't|wasn't) (been) (considered|shortlisted) (for|to) (the|this) [*] (post|role|position|vacancy|job)",
    ],
    // informal: 'so it's a no from me for now' (context only)
    'no-from-me': [
      "(we're|we are|we'll|we will|i'm|i am) (gonna|going to) (have to) (pass) [this time|on this one|for now]",
      "(it's|it is|that's|that is|it'll be|it has to be|it's going to be) [a|unfortunately a|sadly a] (no) (from me|from us|for now|for this one)",
      // task board3o: an agency relaying the client's answer ('it's a pass from them this time')
      "(it's|it is|that's|that is|it was|it's been|it has been) [a|unfortunately a|sadly a|a firm|unfortunately a firm] (pass|no) (from them|from the client|from the team|from the hiring manager|from the business|from the panel|from him|from her|from the manager)",
    ],
    // generic: the decision told through the hire accepting the offer
    'hire-accepted': [
      '(offer|role|position|post|job) (has been|was|had been) [now] (accepted) (by) (our|the) [preferred|chosen|first-choice|successful|selected] (candidate|applicant|person)',
      '(first-choice|preferred|chosen|successful|selected|top) (candidate|applicant) (has|have) [now] (said yes|accepted)',
      '(role|position|post|job|offer|vacancy) ** (has|have|was|had) [now|already] (been) (accepted) (by) (another|a different|one of the other|the other|an internal) (applicant|candidate|person|finalist)',
      '(preferred|successful|chosen|selected|appointed|first-choice) (candidate|applicant|person) (has|have) [now] (accepted) (our|the|an|their) [*] (offer|role|position|post|job)',
      '(candidate|applicant|person) (we|that we|who we|whom we|to whom we) ** (offered) ** (has|have) [now] (accepted)',
    ],
    'process-ends': [
      // the candidate's process as the subject ('your recruitment journey with us ends here')
      '(your) (recruitment journey|journey|process|application process|recruitment process|selection process|candidacy|application) ** (ends|has ended|is over|stops|comes to an end|has come to an end|will end) ** (here|now|at this point|at this stage)',
      '(end|ending|close|closing|conclude|concluding|stop|stopping) (the|our|this|your) (process|recruitment process|application process|selection process|application|candidacy|candidature|recruitment) (with you|for you|here|at this point|at this stage|on our side|for your part)',
      '(process|recruitment|application) (ends|has ended|is over|stops|comes to an end) (here|for you|with this)',
    ],
    'no-offer': [
      // task decisions11: a relayed decision naming the candidate ('we won't be offering Sam a training contract')
      "(won't|will not|won't be|will not be|not be|aren't|are not|are not going to be) (offering|offer) (*) (a|an) [*] (training contract|pupillage|position|role|job|post|traineeship|apprenticeship|internship|job offer|offer)",
      // task cross11: 'we're not offering <Name> the post (of …)' (a manager's note passed on to the candidate)
      "(we're|we are|we) (not) (offering|going to offer) (*) [*] (the|a|an) [*] (post|position|role|job|place|traineeship|apprenticeship|internship|contract|vacancy)",
      `${NEG} ** (extend|extending|make|making) (an|a) (offer|job offer)`,
      `${NEG} ** (make|making|extend|extending|give|giving) (you) (an|a|the) (offer|job offer|position|role|contract)`,
      `${NEG} ** (make|making|extend|extending) (an|a) (offer|job offer) (to you)`,
      `${NEG} ** (offer~) (you) ** (a|any|an) (position|positions|role|roles|job|jobs|place|opportunity|opportunities|interview|post|vacancy)`,
      // task observe: the post named with a title before it ('we won't be offering you the driver position this time')
      `${NEG} ** (offer~) (you) (the|this|that) [*] [*] (position|role|job|post|vacancy)`,
    ],
    'no-opening': [
      // task decisions13: an informal 'we're full up / grand / sorted for staff (at the moment)': 'for staff' names the work (a
      // shop that is full up for stock or sorted for transport is no match)
      "(we're|we are|we're all|we are all) [now|pretty|all] (sorted|grand|full up|fully staffed|all good|good) (for) (staff|bar staff|kitchen staff|workers|pickers) [now|right now|at the moment|for now|for the moment|for the time being|this summer|this season]",
      "(don't|do not|no longer|not currently) (have) (a|any) [suitable|matching|open|available|relevant|current] (opening|position|role|vacancy|place|job|opportunity|openings|positions|roles|vacancies) (for you|that matches|which matches|that match|which match|matching|that fits|that suits|suited|to offer you|that would suit)",
      '(have|there are|there is|we have) no (suitable|matching|open|available|relevant|current) (opening|position|role|vacancy|place|job|opportunity|openings|positions|roles|vacancies) (for you|that match~|which match~|matching|to offer)',
    ],
    'not-a-match': [
      "(not|n't|never) [be|be quite|quite] (the best|the right|a good|a strong|an ideal|the ideal|a close|a suitable) (match|fit) (for you|for the role|for this role|for this position|for the position|at this time|at the moment|for what we need|for us)",
      "(your|the) (profile|experience|background|skills|qualifications|cv|application) (does not|doesn't|did not|didn't|do not|don't) [fully|entirely|quite|completely|sufficiently|closely] (meet|match|fulfil|fulfill|satisfy|align with|fit) (the|our|all the|all of the|what) [specific|necessary|essential|key|current|minimum|particular|full|exact|stated] (requirements|criteria|needs|profile|specification|we are looking for|we're looking for|we need|brief)",
    ],
    'not-moving-forward': [
      // no one of the candidates goes on ('decided not to proceed with any of the candidates')
      '(not) [to] (proceed|move forward|go forward|continue|progress) (with) (any of) (the candidates|the applicants|the shortlisted candidates|the finalists|you)',
      // task reasonkinds: a registry office one-liner: the application led to no further action
      '(application|applications) (has|have|did) (not) (led|lead|resulted|result) (to|in) (any|no) (further) (action|steps|progress)',
      '(application|applications) (has|have) (led|resulted) (to|in) (no) (further) (action|steps|progress)',
      // task fitrisk: an agency's 'so we won't be submitting your CV (to the client)'
      "(won't|will not|not going to|are not going to|aren't going to|can't|cannot|unable to|not able to) [be] (submitting|submit|putting forward|put forward|presenting|present|putting you forward|put you forward) (your) (cv|profile|application|details|resume|candidacy|candidature)",
      // the candidate's next stage, with 'we' as the subject ('we won't be progressing to the final interview')
      "(won't|will not|will no longer|are not|aren't|cannot|can't) be (progressing|proceeding|moving forward|moving on|continuing) (to|into) (the) [*] (final|next|second|third|last|later|following) (interview|stage|round|step|assessment|interviews|stages)",
      "(can't|cannot|unable to|not able to|couldn't|could not) ** (take|move|progress|invite|interview|continue with|proceed with) (everyone|all of them|all applicants|all candidates|every applicant|every candidate)",
      "(we're|we are|we've|we have|i'm|i am|we'll|we will) (going to|gonna|decided to|have to) pass",
      "(have not|haven't|were not|weren't|has not|hasn't|was not|wasn't) been (offered|given) (the|this) (role|position|job|post)",
      "(not|n't) [*] (selected|chosen|picked|shortlisted|invited) (you)",
      "(role|position|job|post) (isn't|is not|wasn't|was not) (right|suited|a fit|the right fit|suitable) (for you)",
      `${NEG} ** (progress~|proceed~|advanc~|continu~|consider~|shortlist~|pursu~) (yours|it further|it any further|your application further|with yours)`,
      `${NEG} (be) (progressing|pursuing|shortlisting) (it|yours|this)`,
      `${NEG} ** (shortlist|shortlisting|progress|progressing|select|selecting|hire|hiring|employ|employing|appoint|appointing|take forward|taking forward|put forward|putting forward|recommend|recommending) ${YOU_OBJ}`,
      "(we|we'll|i|i'll|we've|we have) (won't|will not|won't be|will not be|are not|aren't|cannot|can't|decided not to|chosen not to) (proceeding|proceed|progressing|progress|moving forward|move forward|going forward|go forward|going ahead|go ahead) (as|because|since|given|due to|for now|at this time|at this point|at this stage|now|this time|on this occasion)",
      `(decided|chosen|chose|opted|elected|decision) (not to) (proceed|progress|move|continue|offer|invite|take|call|interview|shortlist|hire|pursue|select|consider|accept|appoint|recommend|advance|go ahead)`,
      "(we|we'll|i|i'll) (won't|will not) (be progressing|progress|be proceeding|proceed|be taking this|take this) (any further|further|this time|on this occasion|at this stage)",
      '(decided|chosen|chose|decide|going|opted) to pass on (your|you|this|the|their)',
      '(decided|chosen|chose|opted) to pass (this time|for now|on this occasion|at this stage)',
      "(has|have|has now|have now|they've|we've|he's|she's) (decided|chosen|opted) to pass",
      "(don't|do not|didn't|did not) think (this|this one|it|the role|this role|this position|the job) (is|was|would be) (for you|right for you|the one for you)",
      "(this|it|the role|this role) (isn't|is not|wasn't|was not) (the one) (for you)",
      "(decided|concluded|feel|felt|think) [that] (the timing|timing) (isn't|is not|wasn't|was not) right",
      "(you|your application|your cv|your profile|your candidacy) (was not|wasn't|were not|weren't|has not been|hasn't been|have not been|haven't been|had not been) (shortlisted|selected|successful|chosen|progressed|invited)",
      "(haven't|hasn't|weren't|wasn't|have not|has not|were not|was not) been (selected|shortlisted|chosen|successful|invited|progressed)",
      "(not|won't|n't|unable to) ** (moving|move|progress~|advanc~|tak~|put~) you (to|into|through to) (an|the) [next|final] (offer|stage|round|interview)",
      '(not to|not) (take|taking|move|moving|progress) (yours|your application|your candidacy) (further|forward)',
      '(choice|decision) (fell|has fallen) on (another|someone else|a different|the other|an internal)',
      '(you|your application) (are|is|were|was) (no longer) (being considered|under consideration|in the running|in the process|part of the process)',
      "(you|your personality|your profile) (wouldn't|would not|don't|do not|didn't|did not|won't|will not) [quite|really|entirely] (fit in|fit into|fit with|fit our|fit the)",
      "(not|won't|n't|unable to|can't|cannot) ** (moving|move|taking|take|progress~|proceed~|advance~|go|going) [you|your application|your candidacy|with your application] (forward|further|ahead)",
      "(not|won't|n't|unable to|can't|cannot|no longer) ** (progress~|proceed~|advance~|continue~|consider~|shortlist~|invite~) (you|your|with your|further with your)",
      "(not|won't|n't|unable to|can't|cannot|not able to) ** (offer~) (you) ** (the|this|a) (role|position|post|job|place|interview)",
      "(not|n't|unsuccessful) ** (been|be|was) (successful|shortlisted|selected)",
      "(have|has|were|was) (not|n't) been (successful|shortlisted|selected|chosen)",
      "(not|n't) (been|be) (taken|moved) forward",
      '(not|un) (successful|shortlisted|selected) (on this occasion|this time|for|at this)',
      '(regret|sorry) to (inform|let you know|tell you|say) [you] (that)',
      '(we regret that|regretfully|we regret) ** (not|unable|unsuccessful|another|other)',
      '(decided|chosen|decision) (not to) (proceed|progress|move|continue|offer|invite|take)',
      "(not|n't) (get|got|getting) the (job|role|position)",
      "(this|it) (time|one) (wasn't|was not|isn't|is not) (you|a match)",
      // task board3o: the addressee not put on the list or stage ('the panel has not been able to include your application
      // on the shortlist for interview', 'we cannot place you in the next round')
      `${NEG} ** (include|including|included|place|placing|placed|add|adding|added) ${YOU_OBJ} (on|in|onto|into|to) (the|our|a) [*] (shortlist|longlist|interview list|interview stage|next stage|next round|final round|final stage|assessment stage|assessment centre)`,
      // task board3o: the client or hiring manager as subject ('they won't be progressing', 'the client has decided against
      // proceeding with your application', 'the client doesn't want to take you to interview', 'was not retained for the next phase')
      "(they|the client|the hiring manager|the team|the company|the employer|the business|the panel|the manager) (won't|will not|aren't|are not|isn't|is not) [be] (progressing|proceeding|moving forward|going ahead)",
      '(decided|chosen|chose|opted|elected) (against) (proceeding|progressing|moving forward|going forward|continuing|taking|interviewing|inviting|shortlisting|hiring|offering|pursuing|meeting)',
      // (the client or manager as the subject: 'I don't want to see you at the hotels' is no decision)
      `(they|the client|the hiring manager|the team|the company|the employer|the business|the panel|the manager|he|she) (doesn't|does not|don't|do not|didn't|did not) (want|wish|intend|plan) (to) (take|invite|interview|progress|proceed with|move forward with|shortlist|hire) ${YOU_OBJ} [further|forward|to interview|to the next stage|for interview|for the role]`,
      "(your application|your candidature|your candidacy|your profile|your cv|your resume) ** (was|were|has|have|is) (not|n't) [been] (retained|kept|accepted|withheld) (for|in|on)",
      // 'the client has passed on your profile this time' (with a time or role after it: 'passed on your CV to the manager' forwards it)
      "(has|have|had|they|client|manager) (passed on) (your profile|your cv|your application|you|your candidacy) (this time|for now|on this occasion|for this role|for the role|for this one|at this stage|i'm afraid|unfortunately)",
      // task board3o: 'your name was not included on the interview list'
      "(you|your name|your application|your cv|your candidacy|your profile) (was|were|has|have|had) (not|n't) [been] (included|placed|put|added) (on|in|onto|into) (the|our) [*] (shortlist|longlist|interview list|list for interview|interview stage|next stage|next round|final round|final stage)",
      // task board3o: 'we … will not be scheduling an interview for this position'; 'we are unable to accommodate your application'
      `${NEG} [be] (scheduling|schedule|arranging|arrange|booking|book|setting up|set up) (an|a|any) [further|second|first|next|formal] (interview|interviews|assessment|assessment day)`,
      `${NEG} [be able to] (accommodate|entertain) ${YOU_OBJ}`,
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ("we'd rather have someone younger",
    // "we're leaning towards a profile with …", "the scales tipped towards the other applicant"): only to a candidate
    // about this recruitment (CONTEXT_FAMILIES, staffed.ts); an ad, a colleague note or an agency brief wishes for a hire
    preferred: [
      // batch 8 (no plain 'person' or 'someone': 'we'd rather speak to a person directly', 'we'd rather someone from HR rang you'): any verb, 'we' and a wish word before the person; 'we'd be more comfortable with a younger team member';
      // 'we've landed on bringing in someone with …'
      "(we|we'd|we would) [*] [*] (rather|sooner|prefer|preferably|ideally) [*] [*] (a [*] [*] (man|woman|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|team member|member of staff|fella|chap)|an [*] [*] (man|woman|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|team member|member of staff|fella|chap))",
      "(we'd|we would|we'd all|we would all) (be|feel) (more comfortable|happier|more at ease) (with) (someone|somebody|a [*] [*] (man|woman|person|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|team member|member of staff|fella|chap)|an [*] [*] (man|woman|person|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|team member|member of staff|fella|chap))",
      '(landed on|settled on|opted for|decided on) (bringing in|taking on|hiring|going with|appointing|offering it to|giving it to) (someone|somebody|another|a different)',
      // batch 7: 'we're really after someone …'
      "(we're|we are|we were) (really|rather|more|actually) (after|looking for) (someone|somebody|a [*] [*] (person|candidate|applicant|profile|man|woman))",
      // 'we prefer to take on someone …' (present tense, 'to' + a verb of taking)
      '(we|i) (prefer|preferred) (to) (go for|have|hire|take|appoint|go with|take on|bring in|offer it to|give it to|offer the role to|give the role to) (someone|somebody|applicants|candidates)',
      '(we|i) (prefer|preferred) (to) (go for|have|hire|take|appoint|go with|take on|bring in|offer it to|give it to|offer the role to|give the role to) (a|an) [*] [*] (man|woman|person|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|pair of hands|fella|chap)',
      // batch 5: 'we felt a more senior profile would suit the role better', 'we gave preference to a candidate with …'
      "(we|we've|we have) (felt|feel|think|thought|believe|believed) [that] (a|an|someone|somebody) [*] [*] (profile|candidate|person|applicant|hire) (would|will|might|could) (suit|fit|match|serve|work for)",
      '(gave|given|give|giving) (preference|priority) (to) (another|a|an|the other|someone|somebody|candidates|applicants|a candidate|an applicant)',
      // (the verb is needed before 'someone': 'we'd rather someone from HR rang you' is about a call)
      "(we'd|we would|i'd|i would) (rather|sooner|prefer to|much rather|prefer) (have|go for|take|hire|bring in|appoint|go with|take on|offer it to|give it to|offer the role to|give the role to) (someone|somebody|applicants|candidates)",
      // task guard13: a description after 'someone' ('we'd prefer someone from HR to call you' is about a call)
      "(we'd|we would|i'd|i would) (prefer) (someone|somebody) (with|who|that|whose|younger|older|more|less|else|local|already|closer)",
      "(we'd|we would|i'd|i would) (prefer) (applicants|candidates)",
      "(we'd|we would|i'd|i would) (rather|sooner|prefer to|much rather|prefer) [have|go for|take|hire|bring in|appoint|go with|take on|offer it to|give it to|offer the role to|give the role to] (a|an) [*] [*] (man|woman|person|candidate|applicant|profile|face|guy|girl|lad|bloke|hire|starter|pair of hands|fella|chap)",
      "(we|we've|we have) (prefer|preferred|opted to prefer) (someone|somebody|applicants|candidates|a candidate|an applicant|a profile)",
      "(we|we're|we are|we've been|we have been|we were|we all|we both) [all|both|now|in the end|finally] (leaning|leant|leaned|lean) (towards|toward) (someone|somebody|the other|another|a|an) [*] [*] (candidate|applicant|profile|person|finalist|man|woman|with|who)",
    ],
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark ("we don't think you're the right
    // person for us", "we don't see you in the role", "I don't think you and I would work well together", "I don't
    // think it would work out for us", "it's not going to be you"): only to a candidate thanked for the application or
    // the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a flat, a club post
    // or a supplier's quote is turned down in the same words
    'soft-no': [
      // task decisions11: 'I don't think this one's going to work out'
      "(don't|do not) (think|feel|believe) (this one's|this one is|this one'll|this one will) [really] (going to|gonna) [really] (work out|work)",
      // task decisions8: 'I don't think this one's for you'
      "(don't|do not) (think) (this one's|this one is|this role's|this job's|this one) [quite|really] (for you)",
      // task decisions5: too early in the career for the role ('it's a bit early in your career for this particular role')
      '(too early|a bit early|a little early|bit early|slightly early|rather early|still early|a bit too early|a little too early) ** (for) (this|the|that|such a) [particular|specific] (role|position|post|job)',
      // task notes
      "(isn't|is not|'s not|wasn't|was not|won't be|will not be) [quite|really|just|exactly] [the|a] [right|good|great|perfect] (match|fit) [for us|for you|for either of us|for this one] (at the moment|right now|just now|for now|at this time|at present|currently|this time)",
      "(don't|do not) (think|feel|believe) (it's|it is|it'd be|it would be|this is|this would be) [quite|really|exactly] [the|a] [right|good] (match|fit) [for us|for you] (at the moment|right now|just now|for now|at this time|at present|currently|this time)",
      "(we|i|we've|we have|i've|i have|we've decided|we have decided|we decided) [just|really|honestly|simply|still|now] (don't|do not|didn't|did not|can't|cannot|won't) [really|quite|honestly|truly] (think|feel|believe|see) [that] (you're|you are|you'd be|you would be|you were|you'll be|you will be) [quite|really|entirely|necessarily|exactly|actually] (the right|the one|the person|the candidate|the right fit|right for|who we|what we|the fit)",
      "(we|i|we've|we have|we've decided|we have decided|we decided) [just|really|honestly|simply|now] (don't|do not|didn't|did not|can't|cannot) [really|quite|honestly] see (you) [quite|really|fully|yet|just yet|in the end] (in|as|fitting in|joining|working in|working on|working with|on) [the|this|that|our|a|your] [*] [*] (role|team|position|job|post|crew|department|company|business|practice|studio|shop|kitchen|office|group|squad|person|candidate|right person|right candidate|right fit|fit|one|us)",
      "(we|i) (don't|do not|didn't|did not|can't|cannot) (think|feel|believe|see) (you and i|you and we|the two of us|we two|we|us) (would|will|could|'d|are going to|are gonna) [really|quite|ever] (work|get on|gel|click|fit) [well|very well|all that well|out|particularly well] (together)",
      "[i|we|i just|we just] (don't|do not) (think|feel|believe|see) (it'd|it'll|it's|it|this|that|things|this'll) [would|will|is|is going to|is gonna|'s going to|would ever|will ever] [going to|gonna|be] (work out|working out|be a match|be the right match|be a fit|be the right fit|be right)",
      "(don't|do not) (think|feel|believe) (you'd|you would|you'll|you will) (be happy|thrive|enjoy it|settle|feel at home|be comfortable) (with us|here|in our|in this|on our|at our)",
      "(it's|it is) (not going to|not gonna|never going to) (be you)",
      // task reasons6: 'so it won't be you for the job this time'
      "(it|it'll|that) (won't|will not|isn't going to|is not going to|wont) (be you) [for the job|for the role|for this one|for this job|this time|on this occasion|i'm afraid|sorry]",
      // task informal7: the post named in its place ('it won't be the apprenticeship this time, sorry')
      "(it|it'll|that) (won't|will not|wont|isn't going to|is not going to|isnt going to) (be) (the) (apprenticeship|job|role|position|placement|internship|post|shifts|trial|contract) (for you|this time|on this occasion|i'm afraid|im afraid|sorry|after all)",
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    'tipped-other': [
      // batch 7: the other candidate won ('the other candidate just edged it')
      '(the other|another) (candidate|applicant|finalist|person) [just|narrowly|only just|ultimately|finally|in the end] (edged it|edged ahead|pipped you|pipped it|nudged ahead|came out on top|came out ahead|won out|had the edge|got the edge)',
      // leaning towards the other finalist named ('after a lot of discussion we leaned towards the other finalist')
      '(leaning|leant|leaned) (towards|toward) (the other|another) (candidate|applicant|finalist|person)',
      '(scales|scale|balance) ** (the other|another) (candidate|applicant|finalist|person|contender)',
      '(landed on|settled on) (the other|another|a different) (candidate|applicant|finalist|person)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': [
      '(rejected|unsuccessful|not selected|not progressed|declined|not shortlisted|no longer under consideration|no longer being considered|no longer in consideration)',
    ],
    staffed: [
      // task decide7: 'we don't need anyone (else|more) at the moment', 'we're not taking anyone else on right now', 'got the
      // team we need', 'we found our people', 'got a lad starting monday' (to a candidate only, staffed.ts)
      "(we|we're|we are|i|i'm) [really|just|actually|honestly|now|currently|unfortunately|sadly] (don't|do not|dont|won't|will not|no longer|doesn't|does not) [really|actually|currently] (need|require|want) (anyone|anybody|any more people|any more staff|more people|more staff|any more help|any extra help|extra staff|any extra staff|new staff|more hands|any more hands) [else|more|extra|new] [right now|now|at the moment|for now|anymore|any more|at present|currently|this season|this summer|for the season|for the summer]",
      "(we're|we are|we aren't|we're not|we are not) [currently|now|really] [not] (taking on|taking in|hiring|recruiting|bringing in|bringing on|adding) (anyone|anybody|any more people|any more staff|more people|more staff|anyone else|anybody else|new staff|new people|any new staff|any new people|extra staff) [else|more|new] [right now|now|at the moment|for now|at present|currently|this season|this summer|for the season|for the summer]",
      '(got|found|have|sorted|hired|taken on) (the|our|all the|all our) (team|people|staff|crew|folk|helpers|hands|workers|pickers) (we need|we needed|we were after|we were looking for|sorted|now|already|for the season|for the summer|for this summer|for this season)',
      "(we're|we are) [all|now] (sorted|covered|set|full up|fully staffed) (now|for staff now|already)",
      "(got|have got|'ve got|we've got|we have|have) (a|an|someone|somebody|a new|another|one) [*] (starting|who starts|who's starting|who is starting|coming in|who's coming in|who is coming in|to start) [on|next|this|from] (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|mon|tue|wed|thu|fri|sat|sun)",
      // task decisions13: the shift the reader put a hand up for is filled ('the Sat 6am shift at … has now been filled'; to a candidate only, staffed.ts; 'Hi all, the shift is filled' is a note to staff)
      '(the|this|that|your) ** (shift|shifts|gig|gigs) ** (has|have|had) [now|already|just] [now|already|just] (been filled|been taken|been covered|gone)',
      // task decisions11: 'we're all set for now', 'we're full up at the moment' (to a candidate only, staffed.ts)
      "(we're|we are) [all|now] (set|full up|fully staffed) (for now|at the moment|for the time being|for the moment|for this season|for the season|this season)",
      // task decisions8: 'we're all sorted for now' (to a candidate only, staffed.ts)
      "(we're|we are) [all] (sorted|covered) (for now|at the moment|for the time being|for the moment)",
      // task notes
      "(we have|we've got|we've|we now have|we have now got|we've now got) ** (enough|plenty of) (people|staff|hands|helpers|workers|crew) ** (so) (there's|there is|we've got|we have|i've got|i have) [unfortunately|sadly] (nothing|no work|no job|no shifts|no room|no space) (for you|to offer you) [this year|this season|this summer|this time|now]",
      "(we have|we've got|we now have|we have now got|we've now got) [now|already] (enough|plenty of) (people|staff|hands|helpers|workers|crew) (for the season|for the summer|for this season|for this summer|for christmas|for this year|this season|this summer|this year)",
      // batch 5: 'we have now recruited our full complement of staff'
      '(recruited|hired|taken on|appointed|found|got|have) (our|the|a) (full complement|full team|full quota|full crew|full number|full line-up) [of] [staff|people|helpers|volunteers|workers|crew]',
      '(recruited|hired|taken on|appointed|found) (all the|all of the|everyone|everybody|all our|enough) ** (we need|we needed|required|for this year|for the season|for the summer|for the event)',
      // batch 4: 'we found somebody for it last week'; 'we now have all the night-shift operatives we need'
      "(we|i|we've|i've|we have|i have) [now|just|already] (found|got|hired|taken on|took on) (somebody|someone|a person|a new starter|our new starter) (for it|for that|for the job|for the role|for the position|for the shift|for the post|last week|yesterday|this week|already|now|in the meantime)",
      "(we now have|we have now got|we've now got|we've got|we have got|we now have got|we have) [now|already] (all the|all of the|enough) ** (we need|we needed|required for|we were looking for)",
      // batch 3: a colleague moved in ('a colleague from our Leeds office starts next week'); the shifts covered
      '(a colleague|a current colleague|an internal colleague|one of our colleagues|a member of staff|an internal candidate|one of our own staff|a member of our team) ** ** (starts|is starting|will start|will be starting|joins|is joining|will join|takes over|is taking over|has taken over|moves into|is moving into)',
      "(got|have|'ve got|has|'s got) (the|our) (weekend|weekends|evenings|nights|shifts|rota|weekend shifts|evening shifts) (covered|sorted|filled|staffed)",
      // batch 2: 'we are no longer recruiting for this period'
      '(no longer|not) (recruiting|hiring|taking on staff|taking applications) (for this period|for this season|for the season|for the summer|for this summer|for christmas|for now|this year|this season)',
      "(we've|we have|we|i've|i have) [now|already|just] [now|already|just] (got|found|hired|recruited|taken on) (everyone|everybody|all the people|all the staff|all the help|enough people|enough staff|the people|all the hands) (we need|we needed|we were looking for|for the season|for the summer|for this summer|for the shifts)",
      "(our|the) [summer|seasonal|winter|christmas|autumn|holiday|weekend|festival|new] [*] (staff|staffing|team|crew|rota|roster|helpers|line-up) [for the summer|for the season|for this summer|for the holidays|for christmas|this summer|this year|for this year] (is|are|'s|has been|have been) [now|already|all|fully] [now|already|all|fully] (sorted|complete|in place|covered|full|filled|finalised|finalized|settled)",
      '(someone else|somebody else|another person|another candidate|another applicant|a different person|another new starter) (is starting|starts|will start|will be starting|is joining|joins|will be joining|is taking|has taken|took) [with us|here|the job|the role|the post|the position|the spot|the place|the shift|in the|on|from|next]',
      "(vacancy|position|job|role|post|place|spot|places|positions|jobs|roles|posts|spots) (has been|have been|was|were|is|are|'s) [now|already|all] [now|already|all] (taken|gone|spoken for) [by someone|by somebody|by another]",
    ],
    'chose-another': [
      // task decisions8: going with one of the others ('we're going with one of the others')
      "(going|gone|went|go|'re going|are going) (with|for) (one of the others|one of the other candidates|one of the other applicants|one of the other finalists)",
      // task relay3: a client's pick of the other one of a final two ('we'll take the other candidate', 'we've settled on the other lad'); a decision only in a draft about a job
      '(take|taking|took|taken|go with|going with|gone with|went with|go for|going for|gone for|went for|settle on|settled on|settling on|land on|landed on|choose|chose|chosen|choosing|pick|picked|opt for|opted for|offer it to|offered it to) (the other) (one|candidate|applicant|finalist|lad|guy|chap|bloke|girl|woman|man|person|fella)',
      // task h11b: 'we've decided to go another way'
      "(decided to|have decided to|'ve decided to|are going to|we're going to|will|we'll|we've|we have) (go|gone) (another way|a different way|in another direction|in a different direction)",
      // task h11a: the post filled in a formal letter ('I am instructed to inform you that the appointment has been made')
      '(the) (appointment) (has been|has now been|was|had been) (made)',
      // task h11a: another worker got sorted ('we've got another joiner sorted for the extension')
      "(got|have got|'ve got|getting) (another|a different|a new) * (sorted|lined up|in|booked in)",
      // task h11a: moved from chosen-other (its comment said context-only): 'we ended up going another way with the bartender spot'
      '(going|go|gone|went|taken|take|taking|chosen|chose) (another|a different) (way|route|path) (with|for) (the|this|that|our|your)',
      // task h11a: idioms of going another way, in a draft about a job only ('we're gonna go a different way on this one')
      "(we're|we are|we'll|we will|we|i'm|i'll|i) [now|probably|just|actually] (going to|gonna|have to|going to have to|gonna have to|decided to|'ve decided to|have decided to|'re going to|are going to) go (another way|a different way|in another direction|in a different direction|another direction|a different direction|another route|a different route)",
      "(we'll|we will|we're|we are|we'd|we would) [rather|probably|going to|gonna] (go|going|heading|head) (another way|a different way|in another direction|in a different direction|another direction|a different direction)",
      // task fitrisk: an agency's 'so we've matched them with another applicant'
      '(matched|paired|placed) (them|the family|the client|the customer|the household|the school) (with) (another|a different|one of our other) (applicant|candidate|carer|worker|person|nanny|tutor)',
      // task fitrisk: 'so we've gone another way' (the writer's own side; a decision only in a draft about a job)
      "(we've|we have|i've|i have|we) (gone|went|decided to go|chosen to go) (another way|a different way|in another direction|in a different direction)",
      // task fitrisk: 'we have decided to offer it elsewhere'
      '(offer|offered|offering|give|given|gave|award|awarded) (it|the role|the job|the position|the post|the place|the vacancy|the contract) (elsewhere)',
      // batch 4: a panel recommended another candidate and the board ratified it
      '(recommended|proposed|nominated|put forward) (the appointment of|appointing) (another|a different|the other) [*] (candidate|applicant|finalist)',
      '(ratified|approved|endorsed|accepted|confirmed|followed) (that|the|this|its|their) (recommendation|nomination|proposal)',
      // batch 2: 'the governors have voted for another of the shortlisted candidates'
      '(voted for|backed|came out for|come out for|come out in favour of|came out in favour of|decided in favour of|opted for|chose|chosen|selected|appointed) (another of|one of the other) (the|our) [*] (candidates|applicants|finalists|interviewees|shortlisted candidates)',
      // task implied: a board or panel that came out for another applicant ('the committee has come out in favour of the other applicant')
      '(came|come|comes|coming) (out|down) (in favour of|in favor of|on the side of|for) (the other|another|a different|one of the other) ** (applicant|candidate|person|finalist|applicants|candidates|finalists|nominee)',
      '(backed|has backed|have backed|voted for|has voted for|have voted for|threw its weight behind|put its weight behind) (the other|another|a different|one of the other) [*] (applicant|candidate|finalist|person|nominee)',
      // took on another <role noun>: a decision only in a draft about a job (concepts.ts, CONTEXT_FAMILIES)
      '(taken on|took on|brought in|settled on) (another|a different) *',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(found|identified) (someone|somebody|a person|a candidate|an applicant|another candidate) (who|whose|that) ** (better|best|more closely|closer)',
      // 'the decision has gone another way (this time)' (also said of bids: a decision only in a draft about a job)
      '(decision|choice) (has gone|went|has gone in|went in|is going) (another|a different|the other) (way|direction)',
      // task board3o: 'the client went another way on the Ops Lead role', 'they've decided to go in a different direction'
      "(they|the client|the team|the hiring manager|the company|the business|the panel|the employer|they've) (went|have gone|has gone|'ve gone|gone|are going|'re going) (another way|a different way|in another direction|in a different direction|the other way)",
      // 'they've decided you're not quite what they're after'
      "(not|isn't|aren't|wasn't|weren't) [quite|really|exactly|entirely] (what|who) (they're|they are|we're|we are|they were|we were|the client is|the client was|the team is|the team was) (after|looking for|searching for)",
      // task board3o: 'we will be concentrating our interviews on a small number of applicants whose experience …'
      `(concentrating|concentrate|concentrated|focusing|focussing|focus|focused|focussed|prioritising|prioritizing|limiting|restricting) (our|the) (interviews|interview invitations|shortlist|next stage|next round|final round|assessment centre|second interviews) (on|to) ** ${PEOPLE_WHO}`,
      // 'decided to go with an internal move'
      '(go with|to go with) (an|a) (internal|in-house) (solution|candidate|hire|appointment|option|applicant|move|promotion|transfer|person)',
      // task board3o: a public body's 'an appointment has now been made to the post'; 'the vacancy has been closed, as a suitable
      // candidate has been appointed'
      '(an appointment|appointments|the appointment|a selection|an offer) (has|have|had) [now|since|already] (been) (made) (to|for) (the|this|that) [*] (post|role|position|vacancy|job|posts|roles|positions)',
      '(a suitable|the successful|a successful|a preferred|the preferred|an internal|a strong) (candidate|applicant|person) (has|have|had) [now|since|already] (been) (appointed|selected|found|identified|hired|offered the post|offered the role)',
      // task board3o: 'sorry – we've gone for someone else on the weekend shifts'
      '(gone for|went for|going for|go for|gone ahead with|went ahead with) (someone else|somebody else|another candidate|another applicant|another person|a different candidate|a different person|the other candidate)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // task h11b: the person taken free to start at once ('we have appointed someone who is free straight away')
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|picked|have picked|'ve picked|went with|have gone with|'ve gone with|offered it to|have offered it to|'ve offered it to|offered the job to|have offered the job to|'ve offered the job to|gave it to|have given it to|'ve given it to) (someone|somebody|a person|an applicant|a candidate|another applicant|another candidate|someone else|somebody else) (who|that) (is|was|'s) (free|available) (straight away|immediately|right away|now|at once|from day one|to start)",
      // task h11b: a shortlist of those who hold what the post needs ('we've shortlisted drivers who already hold one')
      "(we|i|we've|i've|we have|i have) (shortlisted|have shortlisted|'ve shortlisted|invited|have invited|'ve invited|taken forward|have taken forward|'ve taken forward|interviewed|have interviewed|'ve interviewed) [a|an|some|other|the] * (who|that) (already|all) (hold|holds|have|has|had|held)",
      // batch 6: the hire who has completed a named qualification ('we've offered it to someone who has completed the NVQ Level 2')
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|went with|have gone with|'ve gone with|offered it to|have offered it to|'ve offered it to|offered the job to|have offered the job to|'ve offered the job to|offered the role to|have offered the role to|'ve offered the role to) (someone|somebody|a person|an applicant|a candidate|a|an) [*] (who|that) (has|had|have) [already] (completed|finished|passed|gained|obtained|earned) (a|an|the|his|her|their) *",
      // batch 5: workers named by trade who already hold what was needed ('we have taken on drivers who already hold a Driver CPC card')
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|went with|have gone with|'ve gone with|selected|have selected|'ve selected) [a|an|some|other] * (who|that) (already) (hold|holds|have|has|had|held)",
      // batch 4: the hire by trade with a named certificate ('we've appointed an electrician who has his inspection and testing certificate')
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|went with|have gone with|'ve gone with) (a|an) * (who|that) [already] (holds|has|had|held|has got) (a|an|his|her|their|the) ** (~licence|~license|~certificate|~qualification|~degree|~card|~registration|~diploma|~accreditation|~ticket)",
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|went with|have gone with|'ve gone with) (a|an|someone|somebody) [*] (with) (a|an|the|his|her) ** (~licence|~license|~certificate|~qualification|~degree|~card|~registration|~diploma|~accreditation|~ticket)",
      // task implied: the person taken named by a checkable requirement — a start date, a licence, a completed degree
      // ('we took someone who can start in May', 'we hired someone with a valid C licence'); 'who fits the profile better' is none
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|picked|have picked|'ve picked|went with|have gone with|'ve gone with|offered it to|have offered it to|'ve offered it to|offered the job to|have offered the job to|'ve offered the job to|offered the role to|have offered the role to|'ve offered the role to|gave it to|have given it to|'ve given it to) (someone|somebody|a person|an applicant|a candidate|another applicant|another candidate|someone else|somebody else) (who|that) (can|could|is able to|was able to|will be able to|is free to|was free to) (start|begin|join|work|cover|drive|do)",
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|picked|have picked|'ve picked|went with|have gone with|'ve gone with|offered it to|have offered it to|'ve offered it to|offered the job to|have offered the job to|'ve offered the job to|offered the role to|have offered the role to|'ve offered the role to|gave it to|have given it to|'ve given it to) (someone|somebody|a person|an applicant|a candidate|another applicant|another candidate|someone else|somebody else) (who|that) [already] (holds|has|had|held|has got|'s got) (a|an) (valid|full|current|completed|recognised|recognized|clean)",
      "(we|i|we've|i've|we have|i have) (took|have taken|'ve taken|took on|have taken on|'ve taken on|hired|have hired|'ve hired|appointed|have appointed|'ve appointed|chose|have chosen|'ve chosen|picked|have picked|'ve picked|went with|have gone with|'ve gone with|offered it to|have offered it to|'ve offered it to|offered the job to|have offered the job to|'ve offered the job to|offered the role to|have offered the role to|'ve offered the role to|gave it to|have given it to|'ve given it to) (someone|somebody|a person|an applicant|a candidate|another applicant|another candidate|someone else|somebody else) (with) (a|an) (valid|full|current|completed|recognised|recognized|clean)",
      // 'we took someone who already has a food hygiene certificate'
      "(we|i|we've|i've) (took|have taken|'ve taken|took on|hired|have hired|'ve hired|went with|have gone with|'ve gone with) (someone|somebody|a person) (who|that) (already) (has|had|holds|held) *",
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(candidates|applicants|you) (needed|had to reach|had to score|had to get|would have needed|were required to score) (#|* percent|# points|# marks|*) (to reach|to get to|to go through to|to go on to|to progress to|to move on to|to be invited to|to be shortlisted|for a place|for an interview|to pass)',
      '(the|our) (pass mark|cut-off|cutoff|threshold|bar|minimum score|qualifying score) (for|to reach|to get to|to progress to|to go through to) ** (was|stood at|sat at) #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      "(everyone|all those|those|all the candidates|the candidates|the people|all the people) (we're|we are|we) (interviewing|inviting|invited|calling|shortlisting|shortlisted|taking forward) (got|scored|had|were on|reached|achieved) (at least|over|above|more than) #",
      '(we) (only) (invite|interview|shortlist|take forward) (those|people|candidates|applicants) (with|who scored|who got|who reached) (at least|over|above|more than) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task context3: the process wrapped up with the reader ('decided to wrap up the process with you at this point')
      '(wrap|wrapping|wrapped) (up) (the process|things|your application|your process) (with you|for you) (here|there|at this point|at this stage|now)',
      // task decisions5: wrapping up here ('we've decided to wrap things up here')
      '(wrap|wrapping|wrapped) (things|it|the process|your process|this|your application) (up) (here|there|at this point|at this stage)',
      "(we'll|we will|we'll have to|we have to|we must|we need to|i'll have to|we're going to have to|we are going to have to|we've had to|we have had to) [unfortunately|sadly|therefore|so] (stop|end it|end things|close it|close things|draw a line) (here|there|at this point|at this stage)",
      // task spec3: where the application ends, a candidate not submitted by an agency
      "(this is|that is|that's|here is) (where) (your application|your candidacy|the process|your process|it) (ends|stops|finishes|comes to an end)",
      "(we|i) (can't|cannot|can not|won't|will not|are unable to|aren't able to|are not able to) (submit|present|shortlist) (you|your cv|your profile|your application)",
    ],
    // task spec3: a short no with no object ('so on this occasion it's a no', 'we've offered it elsewhere', 'so we're closing your application'); a decision only in a draft about a job
    'say-no': [
      // task cross12: a client's no relayed without an object ('The client has decided to say no')
      '(the client|the employer|the company|the school|the hirer|they) (has|have|had) [unfortunately|now] (decided|chosen|opted) (to) (say no|decline|pass)',
      "(so|and) [on this occasion|this time|i'm afraid|sadly|unfortunately] (it's|it is) (a no)",
      '(offered|given|awarded) (it|the job|the role|the post|the position|the contract) (elsewhere)',
      "(so|and) (we're|we are) (closing) (your application)",
      // task causal2: the no as what the writer has to say after a stated reason ('so we're going to have to say no')
      "(so|and|therefore) [unfortunately|sadly|i'm afraid] (we're|we are|we'll|we will|i'm|i am|i'll) [going to|gonna] (have to) (say no)",
    ],
    // task famdec: interview slots or places already given to other applicants ('the interview places have been
    // allocated to other candidates', 'we filled the assessment slots with other applicants')
    'slots-taken': [
      // task decisions13: a shift app's notice: the request declined by the venue or client ('your request for the shift … was declined by the venue'); a leave or swap request declined by a manager is no candidate's
      '(request|application|booking request) (for) (the|this|that) (shift|gig|slot|booking|placement) ** ** (was|has been|had been) (declined|rejected|turned down|not accepted) (by) (the) (venue|client|employer|business|site|hirer|organiser|organizer|hospital|trust|ward|host)',
      '(all|all the|all our|all of the|all of our) [*] (interview|assessment|trial|induction) (slots|places|spaces|dates|times|spots) ** (are|have been|were|had been) [now|already|all|unfortunately] [now|already|all] (taken|filled|booked|full|allocated|gone)',
      '(slots|places|spaces|spots|times|dates|appointments|seats|place|slot|space|spot) ** [*] [*] (filled|allocated|allotted|given|taken|booked|offered|assigned|gone) (to|by|with) (other|others|the other|different|stronger)',
      // given to applicants who hold what was asked ('the induction places have been filled with applicants who hold …')
      '(slots|places|spaces|spots|times|dates|appointments|seats) ** (filled|allocated|allotted|given|offered|assigned|gone) (to|with) (applicants|candidates|people|those) (who|whose|with|holding)',
      '(filled|allocated|allotted|given|booked|offered|assigned) (the|all the|all of the|all our|our|all) ** (slots|places|spaces|spots|times|dates|appointments|seats) (with|to) (other|others|the other|different|stronger)',
    ],
    // task famdec: a filled post named in full, commas and all, before its verb ('The post of Staff Nurse, Ward 4,
    // Riverside Hospital, North Trust, has now been filled'); up to fifteen words of title
    'filled-long-title': [
      // the title before its noun ('The Teaching Assistant vacancy, Year 2, Hillside School, …, was filled last week')
      '(vacancy|position|role|post) ** ** ** (has|have|had|was|is) [now|already|recently|since] [now|already] (been filled|filled)',
      '(post|position|role|vacancy|job) (of|as|for) ** ** ** (has|have|had|is|was) [now|already|unfortunately|sadly] [now|already] (been filled|filled|been taken|been appointed to)',
    ],
    // task famdec: the job given to another worker named by trade ('we went for another pastry chef', 'we have
    // appointed another welder'): a decision only in a draft about a job (concepts.ts, CONTEXT_FAMILIES)
    'chose-another-trade': [
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('we're sticking with the lad we had on cover')
      '(sticking with|stick with|staying with|stay with|keeping on|keep on|keeping) (the) (lad|guy|girl|bloke|fella|lass|person|chap|woman|man|colleague|temp|relief|one) (we|who|that)',
      // task h11a: stayed with another ('we've decided to stick with another scaffolder we've used before')
      '(stick with|sticking with|stay with|staying with|stuck with|stayed with) (another|a different) *',
      // task h11a: kept on or brought in instead ('we're keeping one of the other waitresses on')
      '(brought in|bringing in|kept on|keeping on|keep on|kept|keeping|taking on|take on) (another|a different|one of the other) *',
      // task h11a: one of the others from the trial ('we've taken on one of the other lads who came in'); pressing on with another
      '(taken on|took on|gone with|went with|going with|go with|gone for|went for|going for|go for|going ahead with|gone ahead with|went ahead with|chosen|chose|picked|hired|offered it to|given it to|gave it to|settled on) (one of the other) *',
      '(going ahead with|gone ahead with|went ahead with|go ahead with|cracking on with|cracked on with|carrying on with|carry on with) (another|a different|a new) *',
      '(found|got|taken on|took on|hired|brought in|gone with|went with|picked) (a new) (cook|chef|baker|barista|waiter|waitress|bartender|driver|courier|nurse|carer|cleaner|welder|electrician|sparky|plumber|carpenter|joiner|chippy|plasterer|roofer|bricklayer|brickie|mechanic|receptionist|porter|labourer|fitter|technician|painter|decorator|hairdresser|stylist|barber|butcher|gardener|lad|girl|guy|bloke|apprentice|trainee)',
      "(found|have found|'ve found|got|have got|'ve got|brought in|have brought in|'ve brought in) [already|now|since] (another|a different) [*] (cook|chef|baker|barista|waiter|waitress|bartender|driver|courier|nurse|carer|cleaner|welder|electrician|plumber|carpenter|joiner|mechanic|teacher|receptionist|porter|kitchen porter|labourer|fitter|technician|engineer|developer|designer|accountant|bookkeeper|assistant|operator|picker|packer|cashier|hairdresser|stylist|butcher|gardener|painter|decorator|nanny|childminder|dishwasher|pot washer|housekeeper|tutor)",
      '(went for|gone for|go for|going for|went with|gone with|appointed|hired|chose|chosen|picked|selected|taken on|took on|offered it to|given it to|gave it to) (another|a different) (cook|chef|pastry chef|baker|barista|waiter|waitress|bartender|driver|van driver|courier|nurse|carer|care worker|cleaner|welder|electrician|plumber|carpenter|joiner|mechanic|teacher|teaching assistant|receptionist|porter|kitchen porter|labourer|fitter|technician|engineer|developer|designer|accountant|bookkeeper|assistant|operator|warehouse operative|picker|packer|cashier|sales assistant|hairdresser|stylist|chef de partie|sous chef|butcher|gardener|painter|decorator|roofer|bricklayer|tiler|forklift driver)',
    ],
    // task famdec: not among those invited or chosen ('you are not one of the applicants we will be inviting', 'you did not
    // make the group of candidates we are inviting')
    'not-among-invited': [
      // task decisions11: a public notice's ranking ('were not among the top candidates referred', 'you were not among the candidates recommended for appointment')
      '(were|was|are) [unfortunately|however|sadly] (not) (among|one of) (the) (top|highest-scoring|top-scoring|highest scoring|best-scoring|top-ranked|highest-ranked|highest ranked|best-qualified|best qualified) [*] (candidates|applicants) (referred|selected|shortlisted|recommended|invited|put forward|forwarded)',
      '(you|you were|you are) [unfortunately|however|sadly] (not) (among|one of) (the) (candidates|applicants) (referred|selected|shortlisted|recommended|invited|put forward|forwarded) (to|for)',
      // task cross11: not among the applicants called ('You were not among the applicants called to interview')
      '(you|you were|you are) [unfortunately|however|sadly] (not) (among|one of) (the|those) (candidates|applicants) (called|called in|asked|chosen|picked|taken forward) (to|for|in)',
      // task context3: a public employer's ranking ('you were not among the best qualified candidates referred to …')
      '(you|you were|you are|you have|your application was) [unfortunately|however|sadly] (not) [been] (among|in|one of) (the) (best qualified|highest qualified|best-qualified|highest-qualified|most highly qualified|top-ranked|highest ranked|highest-ranked) (candidates|applicants)',
      "(you are|you're|you were|you) [unfortunately|sadly|regrettably] (not|n't) (one of|among|part of|in|amongst) (the|those|the group of|the list of) ** (we|we'll|we've|we're|who|that|whom) ** (invit~|shortlist~|select~|call~|progress~|tak~|took|mov~|choos~|chose|chosen|interview~|meet|meeting)",
      "(you|you have|you've) [unfortunately|sadly] (not|n't|did not|didn't) (make|made|get into|got into|reach|reached) (the|our) (group|list|cut|shortlist|selection|final group|pool|longlist) (of) (applicants|candidates|people|those) (we|who|that)",
    ],
    // task famdec: a passive decision with adverbs between auxiliary and participle ('your application has therefore
    // been closed', 'has unfortunately therefore not been taken further')
    'passive-adverbs': [
      '(your) (application|candidacy|candidature) [for|to|as] [the|this|our|a] [*] [*] [role|position|post|job|vacancy] (has|was|had|is) [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] (been) [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] (closed|declined|rejected|archived|turned down|unsuccessful|not successful|not progressed|not taken further|not taken forward|not shortlisted|not selected)',
      '(your) (application|candidacy|candidature) [for|to|as] [the|this|our|a] [*] [*] [role|position|post|job|vacancy] (has|was|had|is) [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] (not) (been) [therefore|thus|consequently|accordingly|unfortunately|sadly|regrettably|now|also|hence|as a result|on this occasion] (progressed|taken further|taken forward|shortlisted|selected|successful|accepted)',
    ],
    // task famdec: the candidate's own process ended ('we have decided to end your process with us here')
    'process-ends-own': [
      '(end|ending|close|closing|conclude|concluding|stop|stopping|finish|finishing|ended|closed|concluded) (your) [application|recruitment|selection|interview|hiring] (process|journey|candidacy|candidature) [with us] (here|at this point|at this stage|now|on this occasion|for this role|for this position)',
      '(your) [application|recruitment|selection|interview|hiring] (process|journey) [with us] (has|is|will) [now|therefore|unfortunately|sadly] (ended|closed|over|concluded|come to an end|end here|ends here|end at this stage)',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      "(you|you've) (came|come|finished|ended up|were) [a|in] [very|really|extremely|so] [close|narrow] (second|runner-up|runner up|second place)",
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': [
      "(and|but) (you) (did not|didn't|do not|don't) (have|hold) (one|it|that|this|them)",
    ],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      "(we) (chose|picked|hired|appointed|took on|went with|have chosen|have hired|have appointed|'ve chosen|'ve hired|'ve appointed|have taken on|'ve taken on) (a|an) [*] * (who|whose|that) (has|had|brings|holds|already has)",
    ],
    // task famdec: someone chosen, named by a noun and a relative clause only ('we're going to take on a lad who …')
    'chose-someone-who': [
      // task fitrisk: the relative pronoun left out ('we've gone with someone we felt would …')
      '(gone with|went with|go with|going with|chosen|chose|picked|hired|taken on|took on|appointed|offered it to|offered the job to|offered the role to) (someone|somebody|a candidate|a person|an applicant) (we|i) (felt|feel|think|thought|believe|believed|were sure|are sure)',
      "(offered|given|gave|agreed to offer|decided to offer|'re offering|are offering|agreed to give|decided to give) (it|the role|the post|the job|the position|the place) (to) (a|an) [*] [*] (who|whose|that)",
      "(decided to|have decided to|'ve decided to|agreed to|chose to|opted to) (take on|hire|appoint|employ|bring in|go with) (a|an) [*] * (who|whose|that)",
      "(going to|'re going to|are going to|will|'ll|decided to|have decided to|'ve decided to) (take on|hire|appoint|go with|offer it to|give it to|bring in|employ) (a lad|a guy|a chap|a girl|a woman|a man|a lass|a person|someone|somebody|a candidate|an applicant|a colleague|a young man|a young woman|an older|a local) (who|whose|with|that|from)",
      '(took on|taken on|hired|appointed|brought in|went with|gone with|chose|chosen|picked|employed) (a lad|a guy|a chap|a girl|a woman|a man|a lass|a colleague|a young man|a young woman|a local) (who|whose|with|that|from)',
    ],
    // task famdec: a colloquial outcome said to the addressee with 'this time' ('it's not going to work out for you on this one')
    'not-you-this-time': [
      "(not going to|isn't going to|is not going to|won't|will not|didn't|did not) (work out|happen|come off) (for you) (on this one|this time|this time round|on this occasion)",
      // task consequence: the consequence of a stated reason ('…, so it won't work for this one')
      "(so|and so|which means) (it|that|this) (won't|will not|isn't going to|is not going to|doesn't|does not|can't|cannot) (work|work out) (for this one|on this one|for this role|for this post|for this position|for this job|for the role|for the post|for the job)",
    ],
  },
  stock: {
    'process-closed': [
      '(has|is) (now) [been] (closed|concluded|completed|finalised|finalized)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(recruitment|recruitment process|selection process|application process|hiring process|campaign) ** (has|is|was) [now] [been] (closed|concluded|completed|finalised|finalized|ended)',
    ],
    'no-reflection': [
      // task decide7: 'it wasn't down to your work at all', 'nothing to do with your performance'
      "(it|this|that|the decision|our decision) [really|honestly|truly|genuinely|certainly|definitely] (wasn't|was not|isn't|is not|had nothing|has nothing|was nothing) [at all|really|in any way] (down to|about|to do with|because of|a reflection of|a reflection on|anything to do with) (your|you or your) (work|effort|efforts|performance|application|interview|skills|ability|abilities|trial|answers)",
      '(decision|this|it) ** (not|no) ** (reflection|judgement|judgment|comment|verdict) (on|of) (your|you)',
      "(don't|do not|please don't|please do not|not to) (see|take|read|view|interpret|regard) (this|it|our decision|the decision|our rejection|this decision|this outcome) (as|personally)",
      '(reflection|judgement|judgment|verdict|comment|depreciation|criticism|statement|indication) (of|on|about) your (abilities|skills|qualifications|worth|potential|experience|ability|talent~|merits|competence|value)',
    ],
    'fine-margins': [
      // task decide7: 'shame it wasn't you', 'you were so close'
      "(shame|pity|gutted|sorry) [that] (it wasn't|it was not|it's not|it isn't|it is not) (you) [this time]",
      '(you were|you came) [really|so|very|super|incredibly|extremely] (close)',
      // task spec2: 'it was close, but the other candidate has …'
      "(it was|this was|it's been|it has been) [really|very|so] (close|tight) (but)",
      "(it was|it has been|it's been|this was|that was) (incredibly|extremely|really|very|so|super|genuinely|desperately|exceptionally) (close|tight)",
      '(small|minor|fine|little) (details|margins|differences|things) (are|were|can be|often|made|make|decide|decided) ** (crucial|decisive|the difference|all the difference|the deciding)',
      '(came|comes|come) down to (small|fine|minor|the smallest|the finest) (details|margins|differences)',
    ],
    'unmet-requirements': [
      "(did not|didn't|does not|doesn't|do not|don't) [fully|entirely|quite|completely|sufficiently] (meet|match|fulfil|fulfill|satisfy) (the|our) [essential|key|minimum|shortlisting|stated|necessary|desirable] (criteria|requirements) (set out|listed|outlined|specified|described|stated|given) (in|on) (the|our) (job description|person specification|advert|job advert|job ad|vacancy)",
      "(your|the) (profile|experience|background|skills|qualifications|cv|application) (does not|doesn't|did not|didn't|do not|don't) [fully|entirely|quite|completely|sufficiently|closely] (meet|match|fulfil|fulfill|satisfy|align with|fit) (the|our|all the|all of the|what) [specific|necessary|essential|key|current|minimum|particular|full|exact|stated] (requirements|criteria|needs|profile|specification|we are looking for|we're looking for|we need|brief)",
      "(does not|doesn't|did not|didn't|do not|don't) [fully|entirely|quite|completely|sufficiently] (meet|match|fulfil|fulfill|satisfy) (the|our|all the|all of the) [specific|necessary|essential|key|current|minimum|particular] (requirements|criteria) (of|for) (this|the) (position|role|job|vacancy|post)",
      '(no|any) (position~|role~|opening~|vacanc~) (that|which) (match~|fit~|suit~) your (profile|qualifications|skills|experience|background)',
      "(you|your application|your profile|your cv|your background) ** (not|n't) ** (meet|met|reach|reached|satisfy|satisfied|achieve|achieved) (the) (required|necessary|minimum|expected) (standard|level|threshold|criteria|requirements)",
      "(your|the) ** (did not|didn't|does not|doesn't|do not|don't) [quite|fully|entirely|closely] (match|meet|fit|align with) (what) (we were looking for|we are looking for|we're looking for|we were after|we need|we needed|the role needs|the role needed)",
      // task board3o: 'we do not feel that it demonstrates the level of experience required for the role'
      "(does not|doesn't|do not|don't|did not|didn't) [fully|sufficiently|clearly] (demonstrate|show|evidence|reflect) (the) [level of|depth of|breadth of|kind of] (experience|skills|knowledge|expertise|qualifications) (required|needed|we need|we require|we are looking for|we're looking for|necessary)",
      "(do not|don't|did not|didn't) (feel|think|believe) [that] (it|your application|your cv|your experience|your profile|you) [fully|sufficiently|clearly] (demonstrates|shows|reflects|demonstrate|show|reflect) (the) [level of|depth of|breadth of|kind of] (experience|skills|knowledge|expertise|qualifications) (required|needed|we need|we require|we are looking for|we're looking for|necessary)",
    ],
    announcement: [
      '(regret|sorry|sad|have|need|must|writing|wanted|want|like|obliged) to (inform|let|tell|advise|notify|say to) [you] [know] (that)',
      "(i am|i'm|we are|we're) (writing|sorry|afraid|sad) (to let you know|to inform you|to say|that)",
      "(we have|we've|i have|i've) (now|finally) (made|reached|taken) (a|our|the|my) (decision|choice|selection)",
      "(we have|we've) (now) (completed|concluded|finished) (the|our) (selection|recruitment|process|interviews|assessment)",
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(more) ** (than) [there are|there were|we have|we had] (seats|places|spaces|spots|vacancies)',
      // batch 3: 'overwhelmed by the number of very capable people who applied'
      '(overwhelmed|amazed|astounded|blown away|bowled over|humbled) (by|with) (the) (number|volume|amount|response|level of interest|quality|calibre|caliber)',
      // task implied: the many qualified who applied, with the verb after them ('an awful lot of well-qualified people applied')
      '(an awful lot of|a lot of|lots of|loads of|so many|many|a great many|plenty of|a large number of|a huge number of) [really|very|highly|extremely] (well-qualified|well qualified|qualified|strong|talented|experienced|capable|excellent) (people|individuals|persons|folk|candidates|applicants) (applied|have applied|had applied|put themselves forward|came forward|sent in applications|applied for)',
      // task famdec: 'we had a huge response'
      '(had|received|got) (a|an) (huge|big|great|overwhelming|massive|fantastic|amazing|tremendous|enormous) (response)',
      // informal volume: 'we've had loads of interest'
      '(had|received|got|getting|seen) (loads|lots|a lot|tons|heaps|masses|plenty) (of) (interest|applications|applicants|responses|replies|cvs)',
      '(a lot of|lots of|loads of|plenty of) ** (strong|great|good|excellent|impressive|qualified|talented) (applicant~|candidate~|applications|people|profiles)',
      '(standard|calibre|caliber|quality|level) of (the )?(candidates|applicants|applications|the field|the shortlist) ** (was|were|is|has been) ** (high|strong|exceptional|impressive|outstanding)',
      '(received|had|attracted|reviewed|got|considered|assessed) ** (over|more than|nearly|almost|close to|around|some|well over) # (applications|applicants|candidates|cvs|resumes|people)',
      '(received|had|attracted|reviewed|got) # (applications|applicants|candidates|cvs|resumes)',
      '(one of|among|amongst) (many|so many|a large number of|a number of|numerous|a great many) (strong|excellent|great|good|qualified|impressive|talented|high-quality) (ones|applications|applicants|candidates|profiles|cvs)',
      '(up against|faced|among|from) (a|an) [very|extremely|exceptionally|particularly] (strong|competitive|talented|exceptional|impressive|deep) (field|pool|group|shortlist)',
      '(strong|competitive|talented|exceptional|impressive|deep|amazing) (field|pool) of (applicants|candidates|talent)',
      "(a lot of|lots of|loads of|plenty of|tons of|so many|many) ** (strong|great|good|excellent|impressive|qualified) (cvs|cv's|resumes|profiles)",
      '(many|lots of|so many|a number of) ** (strong|great|good|excellent|impressive|interesting) (interviews|conversations|meetings)',
      '(many|large number of|high number of|lots of|huge number of|high volume of|large volume of|number of|so many|large pool of|strong field of|record number of) ** (qualified|strong|excellent|talented|impressive|great|good|high-quality|high quality|exceptional) (applicant~|candidate~|applications|people|profiles)',
      '(received|recieved|had|reviewed) [a|an|such a] (large|high|huge|overwhelming|record|great|significant) (number|volume|amount) of (applications|applicants|candidates|interest)',
      '(high|large|huge) (volume|number) of (applications|applicants)',
      '(competition|field) (was|has been|is|were) [very|extremely|incredibly|really|particularly] (tough|strong|fierce|stiff|high|intense|competitive)',
      '(highly|very|extremely) competitive (process|field|role|pool)',
      '(many|most|several|a lot|lots|a number|plenty) (of them|of these|of those|of the applications|of the applicants|of the candidates) (were|are|was) [very|really|extremely|exceptionally|genuinely|incredibly] (strong|good|impressive|qualified|high quality|excellent)',
      // 'the standard this year was exceptionally high' (no "of the candidates")
      '(the) (standard|calibre|caliber|level|quality) [this year|this time|this round|overall|again] (was|were|has been|is) [very|extremely|exceptionally|really|particularly|incredibly|remarkably|so] (high|strong|impressive|exceptional|outstanding)',
      // 'impressed by the quality of all candidates'
      '(quality|calibre|caliber|standard|strength) (of) (all|all the|all of the|every) [*] (candidates|applicants|applications|interviewees|finalists)',
      // 'We were fortunate to have such a strong shortlist'
      '(such|so) (a|an) [very|really|exceptionally] (strong|talented|impressive|competitive|high-quality) (shortlist|field|pool)',
      '(have|had|having) (a|an) [very|really|exceptionally|particularly] (strong|talented|impressive|competitive) (shortlist|field|pool)',
      '(it was|this was|it has been|this has been) (a|an) [very|extremely|highly|really|incredibly] (competitive) (process|field|round|recruitment|campaign)',
    ],
    'tough-decision': [
      // close-race idioms
      "(photo finish|neck and neck|nip and tuck|razor-thin|razor thin|by a whisker|a hair's breadth)",
      // a race that was close to the end
      '(came|come|comes|went|go|goes) down to the (wire|last minute|final minute|final hurdle|very end)',
      '(close|neck and neck|tight|even) (right|all the way|up) (to|until) the (end|last minute|wire|very end)',
      '(difference|differences|gap|margin|margins) (was|were|remained|stayed) [very|extremely|incredibly|really] (small|slim|narrow|tiny|fine) (until|to|right up to|up to) the (end|very end|last)',
      '(selection|decision|choice|process) ** (was|has been|is) [a|an] [very|extremely|particularly|really] (difficult|tough|hard|challenging) (task|one|process|exercise|decision)',
      '(margins|differences|gap) (were|was|are|is) [very|extremely|incredibly|really] (small|fine|tiny|narrow|slim|minimal)',
      '(small|fine|narrow|slim|tiny) (margins|differences)',
      '(one of the) (hardest|toughest|most difficult|trickiest) (decisions|choices|calls|recruitment decisions)',
      '(incredibly|extremely|very|really|exceptionally|so) close (call|decision|contest|race|one|competition)',
      '(selection|decision|choice|process) (was|has been|is) [a|an] [very|extremely|particularly|really] (difficult|tough|hard|challenging) (task|one|process|exercise)',
      '(hard|difficult|tough|not easy) to (choose|decide|pick)',
      '(close|tight) (at the end|at the top|in the final)',
      '(close|tight) (between) (you|the two|two)',
      "(decision|choice) ** (wasn't|was not|isn't|is not|hasn't been|has not been) ** (easy|simple|straightforward)",
      '(close|tight) (race|contest|competition|run thing)',
      'neck and neck',
      "(wasn't|was not|isn't|is not|not) (an easy|a simple|an obvious|a straightforward) (decision|call|choice)",
      '(tough|difficult|hard|close|tight|not an easy) ** (decision|call|choice)',
      '(decision|choice) (was|has been|is) [very|extremely|incredibly|really|genuinely] (tough|difficult|hard|close|not easy)',
      'made (shortlisting|selection|the decision|our decision|the choice) ** (difficult|hard|tough)',
      '(finely|evenly|closely|very finely) (balanced|matched)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(assessed|reviewed|read|scored|shortlisted|considered|marked|looked at) (by) [a] [shortlisting|selection|recruitment|interview] [panel] [of] (at least|a minimum of|no fewer than) (two|three|four|#)',
      '(panel|team|group|committee) (of) (at least|a minimum of|no fewer than) (two|three|four|#)',
      // task score: the passive check against unnamed criteria ('your application has been assessed against the essential
      // criteria for the post'): no criterion named, so no reason
      '(has been|have been|was|were|been|is being|being) [carefully|fully|thoroughly|duly] (assessed|reviewed|considered|measured|scored|checked|evaluated|shortlisted|compared) (against) (the|our|all the|each of the) [essential|minimum|key|stated|published|advertised|shortlisting|selection|necessary|required] (criteria|requirements|person specification|job description|role requirements|selection criteria|shortlisting criteria)',
      // … and the active form with any object and adjectives ('we have assessed your application against the essential and
      // desirable criteria in the person specification')
      '(assessed|assessing|reviewed|reviewing|measured|measuring|scored|scoring|checked|checking|evaluated|evaluating|compared|comparing|shortlisted|shortlisting|looked at) (all|every|each|all the|all of the|the) [*] (applications|application|applicants|candidates|cvs|submissions) (against|in line with|with reference to) (the|our|its|their) ** (criteria|requirements|person specification|job description|specification|job advert|advert)',
      '(reviewed|assessed|considered|checked|measured|scored) (it|them|all applications) (against) (our|the) [*] (requirements|criteria|person specification|job description)',
      '(after|having|when) (reviewing|considering|reading|assessing|going through) (them all|all of them|them|each one|every one|every application|each application)',
      '(application|applications|cv|candidacy|submission) ** (has been|have been|was|were) (carefully|thoroughly|fully|duly) (considered|reviewed|assessed|read|evaluated)',
      // 'following assessment against the essential criteria': a check that names no criterion
      '(following|after) [an|the|our|a careful|careful|full|thorough] (assessment|review|evaluation|consideration|scoring) (against|of your application against) (the|our) [essential|minimum|key|stated|published|advertised] (criteria|requirements|person specification|job description)',
      '(after|upon|on|following) (reviewing|reading|looking through|looking at|going through|assessing|considering|evaluating|careful review of|review of|a review of) (your|all|the|all the|each) ** (application~|profile|cv|cvs|documents|materials|submissions|candidates|applicants|resume|resumes)',
      "(we have|we've|having|i have|i've) (carefully|thoroughly|closely) (reviewed|considered|assessed|read|looked at|evaluated)",
      '(reviewed|considered|assessed|read|evaluated) (your|all) (application~|profile|cv|documents|materials) (carefully|thoroughly|in detail|closely)',
      '(after|following|upon|on) [much|a|very|some] (careful|thorough|detailed|full|further|considered|lengthy|extensive|due) (consideration|review|deliberation|evaluation|assessment|thought)',
      '(after|following) [a] (careful|thorough) (review|consideration) of',
      '(after|following) much (deliberation|consideration|thought)',
      '(overall|holistic) (assessment|evaluation|impression)',
      '(comparison|comparing) (of|between) (all|the|all the) ** (qualifications|experience|merits|profiles|skills|applications|applicants|candidates)',
      '(having|after) (reviewed|reviewing|assessed|assessing|considered|considering|compared|comparing) (your application|your cv|your profile|your experience|all applications|the applications) ** (against|with|in light of) (the|our) [essential|key|stated] (criteria|requirements|person specification|job description)',
    ],
    'better-match': [
      // 'candidates who more closely met the criteria' (which criteria, unsaid)
      '(more closely|better|most closely|best|more fully|most fully) (met|meet|meets|matched|match|matches|fulfilled|fulfil|fulfils|satisfied) (the|our|all the|all of the|the essential|our essential) [*] (criteria|requirements|person specification|specification)',
      '(closer|nearer|better suited|more suited|better aligned|more aligned) (to|with) (our|the|what|your) ** (needs|requirements|brief|profile|role|position|we need|we are looking for)',
      '(fit|fits|fitted|match|matches|matched|meet|meets|met|align|aligns|aligned) [the role|the position|the brief|our needs|the profile|what we need] (more closely|better|most closely|best)',
      '(better|best|closer|stronger|more suitable|more closely|more aligned|better aligned|more relevant) ** (match~|fit|suited|aligned|align~|meet~)',
      '(match~|fit~|align~|meet~) [our|the] ** (more closely|better|best|most closely)',
      '(more|closely) (match~|align~) (our|the) (needs|requirements|criteria)',
      'more (relevant|suitable|directly relevant) (experience|background|skills|profile~|qualifications)',
      '(better|best) (match|fit) (overall|for the role|for this role|for the position)',
      '(best|better) (met|meet|meets|matched|match|matches|fulfilled|fulfils|fulfills|suited|fit|fits|satisfied) ** (the|our|your) (requirements|criteria|needs|brief|advert|profile|specification|person specification)',
      '(overall|on balance|taken together|all in all) ** (the other|other) (candidates|applicants|finalists)',
      '(the other|other) (candidates|applicants|finalists) ** (stronger|more convincing|better qualified|a better fit)',
      '(more|a bit more|a little more|slightly more) (experience) ** (suited|suits|fitted|matched) ** (better)',
      '(more|greater|broader|stronger|more relevant) (experience|background|expertise) (in|within|from) (this|that|the same) (area|field|sector|industry|space|domain)',
      "(requires|required|needs|needed|calls for|called for) (experience|skills|qualities|qualifications|a level of experience|a skill set) (that|which) (we|you) ** (lack|lacked|lacking|did not have|didn't have|don't have|do not have)",
      '(a|an) [very|rather|quite|highly|particular|specific] (specific|particular|special|certain|specialised|specialized|unique|different) (skill set|skillset|set of skills|profile|competence profile|combination of skills)',
      '(the right|the necessary|the required|the relevant) (experience|skills|qualifications|background) (and|or) (qualifications|skills|experience|background|profile)',
      '(the other|other) (candidates|applicants|finalists) [just|simply] (had the edge|had an edge|were ahead|edged ahead|were slightly ahead|were a little ahead)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(further|further along|more advanced|more established|a bit further|a little further) ** (in|into) (their|his|her|the|a|your) (career|careers)',
      '(more|a more) (rounded|well-rounded|all-round|all-rounded|complete|balanced|varied|versatile) (background|profile|skill set|skillset|experience|candidate)',
      '(worked|been|working) (in|at) (a similar|a comparable|the same kind of|similar|comparable) (role|roles|position|positions|job|jobs) (for longer|longer)',
      '(lines up|line up|lined up|sits|sat|fits|fitted) (more naturally|more closely|more neatly) (with)',
      '(overall) (profile|package|background) (was|is|were) ** (stronger|better|more convincing|more complete)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(more|greater|broader|wider|longer|rather more|a bit more) (exposure|experience) (to|in|of|with|from) (similar|comparable|equivalent|like) (environments|settings|organisations|organizations|roles|businesses|companies|contexts)',
      '(aligned|in line|in step|in tune) with (the|our) (direction|vision|way) (the team|the company|we|our)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(stronger|better|more impressive|more solid|broader) (track record|credentials|merits|overall qualifications)',
      '(ticked|ticks|tick) (more|most|all) (of the|the) (boxes)',
      // task compare2: the person taken 'had a stronger background overall' (which background, unsaid)
      '(had|has|have|brought|brings|showed|offered) (a|an) (stronger|broader|better|more solid|more convincing|more rounded|more complete|more impressive) (background|profile|overall profile|cv|skill set|skillset|track record)',
    ],
    'no-feedback': [
      "(don't|do not|didn't|did not) (have|get|receive|got) (anything|any) (more|further) (specific|detailed|concrete) ** (pass on|share|feedback|to go on)",
      '(no|any|not any) (more|further) (detailed|specific|concrete) (feedback|reasons|explanation|information) (from|to pass|on why)',
      "(unable|not able|can't|cannot|won't be able|don't) ** (provide|give|offer) ** (individual|personal|personalised|personalized|specific|detailed) (feedback|responses|reasons)",
      // 'we are unable to provide feedback at this stage' (no "individual")
      "(unable|not able|not in a position|can't|cannot) (to) (provide|give|offer) [any] [further|more] (feedback)",
      "(unable|not able|not in a position|can't|cannot) (to) (respond to|reply to|answer|deal with) ** (feedback)",
    ],
    'keep-on-file': [
      // "we will keep your details on file / add you to our talent pool": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(keep|retain|hold|store|save) (your) [personal|contact] (details|cv|resume|application|profile|information|data|documents) ** (file|record|records|database|talent pool|talent network|system|future|months|year)',
      '(your) [personal|contact|candidate] (details|cv|resume|application|profile|information|data) (will be|will remain|are being|have been|will stay|remain|stay|remains|stays|is) [kept|held|retained|stored|saved|active] ** (file|record|database|talent pool|talent network|talent community|system|months)',
      '(add|added|adding) (you|your details|your profile|your cv|your application) (to) (our) ** (talent pool|talent network|database|candidate pool|talent community)',
      '(contact|get in touch with|reach out to|be in touch with) (you) [again] (should|if|when|in case) ** (suitable|similar|relevant|matching|new) (vacancy|position|role|opportunity|opening|post|vacancies|positions|roles|opportunities|openings) ** (arise|arises|come up|comes up|become available|becomes available|open up|opens up)',
      '(keep|bear) (you|your details|your cv|your profile|your name|your application) (in mind) (for) ** (openings|roles|positions|vacancies|opportunities)',
    ],
    'bad-news': [
      // task spec2: "it's not good news for you, I know"
      "(it's|it is|this is|this isn't|it isn't|that's|that isn't) (not) [the] (good news|the news you wanted|what you wanted to hear) (for you|i know|i'm afraid)",
      // 'We know this isn't the news you were hoping for': a softener said only in rejections (stock, never a rejection by itself)
      "(not|isn't|is not|wasn't|was not) (the) (news|answer|outcome|result|response) (you were|you'd been|you had been|you are|you're) (hoping|hoped|wanting|waiting) (for)",
      '(this|it|the news|this news|this outcome|the outcome|this decision) (is|will be|may be|might be|must be) [very|really|a bit] (disappointing|a disappointment)',
      "(that's|that is|this is|it's|it is) [very|really|a bit|probably|likely] (disappointing|a disappointment|hard to hear|not easy to hear)",
      '(put you off|discourage you from|deter you from|stop you from) [*] (applying|reapplying|applying again)',
      "(don't|do not|please don't|please do not|try not to) (be|feel) [too] (discouraged|disheartened|downhearted)",
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ("it just wasn't meant to be this time", "sadly not this time");
      // stock underlined in rejections only, never a rejection by itself
      "(it|this) [just|simply] (wasn't|was not|isn't|is not) (meant to be|to be) [this time|on this occasion]",
      '(sadly|unfortunately|regrettably) (not) (this time|on this occasion)',
      "(not) (this time|on this occasion) (sadly|unfortunately|i'm afraid|i am afraid)",
    ],
    'not-about-you': [
      // "it's nothing you did wrong" (only in rejections: not a rejection by itself)
      "(nothing|not anything|not something) (you did|you've done|you have done|you could have done) (wrong|differently)",
    ],
    'find-a-job': [
      // 'I really hope you find something great soon': a closer said only in rejections (stock, so a mail to a friend is not underlined)
      "(hope|hoping) (you|you'll|that you) ** (find|land|get) (something|a role|the right role|a position|a job|the right opportunity|a great role|the right fit)",
    ],
  },
  closer: {
    'wish-success': [
      // task decide7: the closer with the reader between ('All the best to you in the future')
      '(all the best|best of luck|good luck|every success|the very best|best wishes) (to you) (in|with|for) (your|the) ** (future|search|career|next steps|job hunt|applications|next role|next move)',
      '(with) (best|all best|every good|warm|warmest|kind|our best) (wishes) (for) (your) [*] (success|future|career|endeavours|endeavors|search)',
      '(wish|wishing) (you) ** ** (success|luck|all the best|the best|the very best|well|every success)',
      '(all the best|best of luck|good luck|every success|the very best) (for|with|in) (your|the) ** (next steps|search|job hunt|future|career|applications|next role|next move)',
      '[we|i] (wish|wishing|wishes) (you) ** (success|luck|all the best|the best|the very best|well|every success|best of luck|every luck) [** (journey|endeavo~|future|career|search|path|pursuit~|way|applications|hunt|next steps|opportunities|next role|move|chapter|job search|studies)]',
      '(best of luck|good luck|every success|all the best) (in|with) your (job search|future (career|applications|endeavours|endeavors|search)|career|search|future)',
      // 'Best wishes for your future career'
      '(best wishes|good wishes|warm wishes|warmest wishes|every good wish) (for|in|with) (your) [future|next] (career|job search|search|job hunt|endeavours|endeavors|applications)',
    ],
  },
  vague: {
    'gut-vibe': [
      "(didn't|did not|don't|do not|never really|just didn't|never) (click|clicked|gel|mesh|hit it off)",
      '(vibe|vibes|gelling|gelled)',
      '(felt|feel|feeling) (off|wrong|not right)',
      "(not|n't) (feel|felt) (it|right|the connection)",
      "(energy|connection) (wasn't|was not|isn't|didn't|just wasn't|was missing|wasn't quite)",
    ],
    chemistry: [
      // task reasons5: getting on with the people as a gut feeling ('that you'd gel with the rest of the crew')
      '(gel|gelled|gelling|mesh|meshed|meshing) [in] (with) ** (team|crew|group|gang|everyone|us|the rest|colleagues)',
      // task riskyonly: 'there just wasn't that spark of chemistry'
      "(wasn't|was not|isn't|is not|there's no|there was no) [just|quite|really] (that|the|any|much|enough) (spark|click|connection|chemistry)",
      // task h11b: 'we just didn't quite click'
      "(didn't|did not|never) (quite|really|fully) (click|clicked|gel|mesh|hit it off)",
      "(chemistry|rapport) ** (wasn't|was not|isn't|didn't|lacking|missing|not there)",
      "(chemistry|rapport) (between|with) ** ** (wasn't|was not|isn't|didn't|lacking|missing|not there)",
      '(no|lack of|little) (chemistry|rapport)',
      '(no|lack of|little|missing|without) (spark|connection|click)',
      "(not|n't|never) (feel|felt|find|found|sense|sensed|build|built|get|got) ** (connection|rapport|chemistry|spark)",
      "(didn't|did not|never|couldn't|could not) (connect|bond|warm to you|warm up)",
    ],
    'gut-feeling': [
      "(didn't|did not|never|couldn't) (get|have|shake) ** (feeling|sense|impression) (that|you|of)",
      'gut (feeling|instinct|sense|reaction)',
      '(our|my|my own|the) (gut|guts|instinct|instincts) (told|tell|tells|said|say|says|was|were|feeling~)',
      '(hunch|intuition)',
      // task gut11: a hedge before the verb ("didn't quite sit right with me"), and "something about X" that did not sit or click
      "(didn't|did not|doesn't|does not|never) (quite|really|entirely|fully|altogether) (sit|feel|seem) (right|well)",
      "(something|anything) (about) ** (didn't|did not|wasn't|was not|never|doesn't|does not) [quite|really|entirely] (sit|feel|seem|click|add up|gel|land|right)",
      "(didn't|did not|doesn't|does not|never) (sit|feel|seem) (right|well) with",
      'something (felt|seemed|was|just felt|just seemed) (off|missing)',
      "(couldn't|could not|can't|cannot|didn't|did not) (see|picture|imagine) (you|him|her|them) (in|on|as part of|fitting|working|with)",
      "(didn't|did not|doesn't|does not|just didn't) (feel|seem) ** (right|like the right|quite right|like a fit|like a match)",
      "(wasn't|was not|isn't|not) (quite|entirely) (the )?right (fit|feel)",
      "(had|got) [a|the] (feeling|sense|impression) ** (not|wouldn't|wasn't|won't)",
      "(not|n't) (sure|convinced) you (would|will) fit",
      // unnamed doubts: "something was missing", "can't say what it was", "came away with a feeling that"
      '(put|putting) (our|my|a|your) finger on',
      '(something|anything) (was|is|seemed) (missing|lacking|absent)',
      "(can't|cannot|couldn't|could not) (say|pinpoint|name|explain|articulate|tell you|describe) [exactly|precisely|quite] (what|why)",
      '(hard|difficult|impossible) to (pinpoint|put into words|articulate|say exactly|name exactly)',
      '(came|come|walked|went) (away|out) (with) (a|the) [*] (feeling|sense|impression) (that|of)',
      '(left) (with) (a|the) [*] (feeling|sense|impression) (that|of)',
      "(never|not|didn't|did not) [quite|really|fully|entirely] (got|get|had|have|felt|feel) ** (feeling|sense|impression) (that|of)",
      // "something (about the whole) that didn't fit / sit / click"
      "(something|anything) ** (that|which) ** (didn't|did not|wasn't|was not|never|doesn't|does not) ** (sit|fit|feel|click|add up|gel|land)",
      "(overall|general) (picture|impression|package) ** (not|n't) ** (add up|right|fit)",
      // "we didn't speak the same language", "not on the same wavelength"
      "(not|n't|never) ** (on the same wavelength|the same language)",
      // "we missed the spark", "never got a handle on you as a person"
      '(missed|missing|lacked|lacking) ** (spark)',
      '(get|got|getting|gotten) ** (a|any) (handle|read|feel) (on|for) (you|him|her)',
      '(feel|sense|read|handle) (for|of|on) (who) (you|he|she) (are|is|were|was|really are)',
      // "we didn't feel we clicked", "never felt you gelled"
      "(didn't|did not|never|don't|do not) ** (we|you|they|the two of you) (clicked|gelled|meshed|hit it off|connected)",
      // "we just weren't quite on the same wavelength"
      "(weren't|wasn't|aren't|isn't|were not|was not) ** (on the same wavelength|the same wavelength)",
      '(x factor|x-factor)',
      "(didn't|did not|don't|do not|not|wouldn't|never) ** (settle|settle in|feel at home|find your feet|find her feet|find his feet) (with us|here|in the team|among us)",
      // "we never really managed to build a rapport"
      "(never|didn't|did not|couldn't|could not|wasn't|weren't|no) ** (rapport|a connection|any connection|a real connection)",
      "(didn't|did not|no|missing|lacked|lacking|without|not|never) ** (twinkle|sparkle|fire) in (your|his|her|the) (eye|eyes)",
    ],
    'culture-fit': [
      // task notes
      "(not sure|unsure|doubt|don't think|do not think|wonder|wondering) [whether|if] (he|she|they) (fits|fit|would fit|will fit|really fits) (into|in with|with|in) (the|our) (culture) [here]",
      '(fits|fitted) (into|in with) (the|our) (culture) (here)',
      // task riskyonly: 'the team felt you wouldn't really fit in'
      "(felt|feel|feels|thought|think|thinks|sensed|feared|fear|worried) [that] (you|he|she|they|*) (wouldn't|would not|won't|will not|might not|may not) [really|quite|entirely|properly] (fit in|fit into|settle in|blend in)",
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(candidate|applicant|someone|somebody|person|finalist|she|he) ** (slip|slips|slot|slots|blend|blends|fit|fits|settle|settles|glide|glides) [in|right in] (seamlessly|effortlessly|smoothly|naturally|straight|right) (into|in with|in among|in) ** (team|crew|crowd|gang|family|group|us|bunch|culture|lads|fold)',
      // task fitrisk: 'she came across as more like one of us'
      '(like|as) (one of us|one of the gang|one of the lads|one of the girls|one of our own|one of the family)',
      // task fitrisk: 'will feel more at home among the office crowd'
      '(more at home|more at ease|more comfortable|happier|more settled) (among|with|in|alongside) ** (crowd|crew|gang|team|people|staff|colleagues|us|lads|guys|girls|others|folk|bunch|regulars)',
      // task fitrisk: 'slot in with the existing crew with less friction'
      '(slot|slots|slotted|fit|fits|settle|settles|settled|blend|blends|blended) (in|into) (with|among|alongside) ** (crew|crowd|gang|team|people|staff|lads|guys|rest|us|others|everyone) ** (with less friction|less friction|more smoothly|more easily|more naturally|better)',
      // task fitrisk: 'the team will find her easier to get along with'
      '(easier|better|more natural) (to get along with|to get on with|to click with|to gel with|to bond with)',
      // task fitrisk: 'a more natural addition to the crew'
      '(more natural|more obvious|easier|smoother|more seamless) (addition) (to|for|in|with|among) ** (crowd|crew|gang|team|bunch|people|staff|colleagues|culture|group|us|lads|guys|girls|family|squad|mix|others|rest)',
      // ('a better fit for what the team needs' stays the generic pseudo-reason: fit and match only with the crowd or the culture)
      '(more natural|more obvious|smoother|more seamless) (fit|match) (to|for|in|with|among) ** (crowd|crew|gang|bunch|culture|lads|guys|girls|family|squad|mix)',
      // task fitrisk: more in tune / on the same wavelength with the people here
      '(more|better) (in tune|on the same wavelength|in sync|on a wavelength) (with) ** (people|team|crew|us|staff|crowd|others|everyone|everybody|rest|lads|colleagues|group|gang|bunch|culture|here)',
      // task fitrisk: getting on with the people, matching the team's energy or tone ('the floor staff took to her more readily')
      '(got on|get on|gets on|getting on|got along|get along|gets along|took to|take to|takes to|warmed to|warm to|warms to|clicked with|hit it off with) ** (better|more readily|more easily|more naturally|best)',
      '(fit|fits|fitted|match|matches|matched|suit|suits|suited|strike|strikes|struck|catch|catches|caught) (the|our) (tone|energy|vibe|mood|culture|spirit|atmosphere|banter|temperament|wavelength) [of|in|at|on|among] [the|our] [*] (better|more closely|best|more naturally)',
      // task fitrisk: the people named, then a pronoun object ('the agency has its own atmosphere, and another designer suited it better';
      // 'the lads are a close bunch, and Danny would gel with them more easily')
      '(atmosphere|culture|vibe|crowd|crew|gang|bunch|ethos|mood|spirit|banter|chemistry) ** (suited|suits|suit|fitted|fits|fit|matched|matches) [in with|into|with] (it|that|them) (better|best|more naturally|more closely)',
      '(gel|gels|gelled|mesh|meshes|meshed|blend in|blends in|blended in|click|clicks|clicked|bond|bonds|bonded) (with) ** (better|more easily|more naturally|more quickly)',
      // task fitrisk: the crowd or the culture before the comparative ('suits our culture better'), and 'as a person fits better'
      '(fit|fits|fitted|suit|suits|suited|match|matches|matched) [in with|with|into] (our|the|your|their|this|that) [*] (crowd|crew|gang|bunch|culture|atmosphere|vibe|chemistry|lads|guys|girls|personalities|spirit|mix|ethos|mood|banter) (better|more closely|best|more naturally)',
      '(as a person|personally|on a personal level|personality-wise|character-wise|in personality|in character) ** (fit|fits|fitted|suit|suits|suited|match|matches|matched|slot|slots) ** (better|best|more naturally)',
      // task fitrisk: 'someone who fits in a bit better with our crowd / blends in more naturally with the rest of the studio'
      // — the people, the culture or the mood as the object (the job, the profile or the requirements stay 'better-match')
      // plain 'fit' needs the crowd, the culture or the mood ('fits better into the team' stays a generic pseudo-reason in the corpora);
      // belonging verbs (blend, mesh, gel, click) take the team and 'us' too
      '(fit|fits|fitted|fitting|slot|slots|slotted|settle|settles|settled|sit|sits) [in|into|right in] ** (better|more naturally|more easily|more smoothly|more comfortably|more seamlessly|best) (with|into|in|among|alongside) ** (crowd|crew|gang|bunch|culture|atmosphere|vibe|vibes|chemistry|environment|lads|guys|girls|personalities|spirit|mix|folk|ethos|mood|banter|rest|way we work|way we do things)',
      '(blend|blends|blended|blending|mesh|meshes|meshed|meshing|gel|gels|gelled|gelling|click|clicks|clicked) [in|into|right in] ** (better|more naturally|more easily|more smoothly|more comfortably|more seamlessly|best|more) (with|into|in|among|alongside) ** (crowd|crew|gang|team|bunch|people|staff|colleagues|culture|atmosphere|vibe|vibes|chemistry|environment|group|rest|us|lads|guys|girls|personalities|dynamic|dynamics|spirit|mix|family|folk|workplace|studio|office|workshop|floor|site|kitchen|squad|ethos|mood|banter|everyone|others|them|everybody|the others)',
      '(a|the) (better|more natural|closer|stronger|neater) (fit|match) (with|for|into|in|among) ** (crowd|crew|gang|bunch|culture|atmosphere|vibe|chemistry|lads|guys|girls|personalities|spirit|mix|ethos|mood|banter)',
      '(get|gets|got|getting|gets on|get on|got on|getting on) (along) ** (better) (with) ** (crowd|crew|gang|team|bunch|people|staff|colleagues|lads|guys|girls|rest|us|everyone)',
      // task risky3: not seeing the candidate in the picture
      '(see|picture|imagine) (you|him|her) (in that picture|in the picture|in that crowd|in that mix|among us|fitting in)',
      // task risky3: going down well with the crew
      '(go down|gone down|went down|going down) (well) (with) ** (lads|guys|girls|team|crew|staff|customers|regulars|gang|us)',
      // task risky3: finding one's feet among us
      '(find|found|finding) (your|his|her|their) (feet|place|niche) (among us|with us|here|in the team|in our team)',
      // task risky3: fitting in at a big company
      '(fit in|fits in|fitted in|slot in|slot into|fit into|blend in) (better) ** (at|in|into|with) (a) (bigger|larger|big|large|more corporate) (company|organisation|organization|firm|corporate|business)',
      '(fit in|fits in|slot in|fit into|slot into|blend in) (at|in|into|with) (a) (bigger|larger|big|large|more corporate) (company|organisation|organization|firm|corporate|business)',
      // task risky3: a corporate type, happier in a big company
      '(more of a|more like a|more the) ** (corporate|big-company|big company|large-company|head-office) (person|type|guy|girl|animal|profile|fit)',
      '(happier|more at home|better suited|thrive|suit you better|fit better|a better fit|at home) ** (in|at) (a) (bigger|larger|big|large|more corporate|more structured) (company|organisation|organization|firm|corporate|business|team)',
      '(culture~|cultural) (fit|add|match)',
      '(team|group) (dynamic~|chemistry|fit)',
      "(not|n't|unsure|doubt~|worried|concern~|question~|never|whether|how|if) ** (fit|fitting|fits) (in) (with|here|to our|the team|our)",
      '(fit|fitting) (for|with|into) (our|the) (team|culture|company|office|group|vibe)',
      "(not|don't|do not|didn't|did not|wouldn't|doubt~|unsure) ** (be happy|thrive|feel at home|settle in) (here|with us|in the team|in our team)",
      '(culture clash|cultural clash|clash of cultures)',
      // "gel with the lads", "our kind of people": belonging as the verdict
      "(didn't|did not|don't|do not|not sure|unsure|doubt~|wouldn't|won't|never) ** (gel|fit in|mesh|click|blend in|settle in) (with) (the lads|the guys|the boys|the girls|the team|us|the crew|everyone|the others)",
      '(our) (kind|sort|type) of (people|person|guy|girl|bloke|folk)',
      // feeling out of place among the others
      '(feel|felt|feeling|be) ** (out of place|like a fish out of water|like an outsider)',
      // "not our cup of tea", "doesn't fit our DNA"
      "(not|weren't|wasn't|aren't|isn't|never) ** (our cup of tea|our type|our kind)",
      "(don't|doesn't|didn't|wouldn't|not|never) ** (our dna|the company's dna|our company dna)",
      "(not|don't|didn't|wouldn't|never|unsure|doubt~) ** (feel|felt|feeling) (at home)",
    ],
    personality: [
      // task risky3: keeping to oneself
      '(keep|keeps|kept|keeping) (themselves|yourself|himself|herself) (to themselves|to yourself|to himself|to herself)',
      // task risky3: a lone wolf
      '(lone wolf|a loner)',
      // task risky3: too academic or polished; a fish out of water
      '(too|a little too|a bit too|rather too|slightly too) (academic|polished|posh)',
      '(fish out of water)',
      'your personality',
      'personality (fit|clash|wise|type)',
      "(not|n't) (the right|a good) personality",
      // "too shy / quiet / loud for us": a personality verdict, not a requirement
      '(too) (shy|quiet|reserved|introverted|loud|outspoken|intense|timid|bubbly|opinionated|laid-back|laid back|abrasive|softly spoken|soft-spoken)',
      'personality-wise',
      '(different|another) (kind|type|sort) of (person|personality|character|individual)',
      '(work|fit|function|gel) ** (on a personal level|at a personal level)',
      '(too much) (energy|personality|attitude)',
      '(too) (full-on|full on|pushy|brash|forceful|loud|in-your-face|blunt|strong a personality)',
      // a manner or presence verdict ("something about your manner")
      '(something about|about) (your|his|her) (manner|demeanour|demeanor|presence|energy)',
      "(your|his|her) (manner|demeanour|demeanor) (didn't|did not|wasn't|was not|just)",
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick ('fits the age profile of the team')
      '(age) (profile|structure|mix|bracket|balance|make-up|makeup) (of|in) (the|our|your|this) (team|staff|department|crew|office|group|workforce)',
      '(average age) (of|in|on) (the|our|this) (team|staff|department|crew|office|group)',
      // task wish batch 7: 'someone a bit earlier in their working life'
      '(earlier|early) (in) (their|his|her) (working life|working lives|careers)',
      // a career stage as the wish ('someone at a different stage of their career')
      '(a different|an earlier|another) (stage|point|phase) (of|in) (their|his|her) (career|working life)',
      // task wish: age preferred in a person ('a younger face on reception', 'someone just starting out in their career',
      // 'a more mature person heading up the team')
      '(younger|older) (face|faces|pair of hands|hire|starter|recruit|bloke|lad|girl|chap|fella)',
      '(just|only|still) (starting out|setting out|beginning|at the start) (in|of) (their|his|her) career~',
      '(a|someone) (more mature|maturer) (person|candidate|applicant|colleague|profile|lady|man|woman|pair of hands|head)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(grandmother|grandfather|grandma|granny|grandad|grandpa|nan|nana) (of|to) (#|two|three|four|five|six|seven|eight|nine|ten|several|many)',
      '(as a|being a) (grandmother|grandfather|grandma|granny|grandad|grandpa|great-grandmother|great-grandfather)',
      // task fitrisk: nearing the end of a working life ('you are probably thinking about slowing down')
      '(thinking about|thinking of|looking at|looking towards|close to|nearing|approaching|counting down to|planning for) (slowing down|winding down|retirement|retiring|taking it easy|your pension|the pension)',
      // task risky3: winding down
      '(rather|prefer|want|wanting|ready to|looking to) ** (winding down|wind down|slow down|slowing down|take it easy|taking it easy)',
      // task risky3: miles on the clock
      '(miles on the clock)',
      // task risky3: keeping up with the young ones
      '(keep up with|keep pace with|match|hold your own with) (the youngsters|the young ones|the younger ones|the kids|the young lads|younger staff|the younger staff|youngsters)',
      // task risky3: a father figure
      '(father figure|mother figure|grandfather figure|dad of the team|mum of the team)',
      // task risky3: your generation
      '(your|his|her) (generation)',
      // task risky3: age by proxy: a whole working life ahead, closer in age, since the seventies, how much longer he can keep it up
      '(whole|entire) (working life|career) (ahead of) (her|him|them|you)',
      '(closer|similar|nearer) (in age) (to)',
      "(since|back in|from) (the sixties|the seventies|the eighties|the 60s|the 70s|the 80s|the '60s|the '70s|the '80s)",
      '(how much longer|how long) (he|she|you|they) (can|could|will|would) (keep it up|keep going|last|hold up|cope|manage)',
      // task risky3: age by proxy: start of working life, a bit younger
      '(at|in) (the start|the beginning|an early stage|the early stages|an earlier stage) (of) (their|his|her|your|a) (career|working life|careers)',
      '(a bit|a little|slightly|somewhat|a few years|a couple of years|much|quite a bit|a lot|ten years|years) younger',
      '(too|a bit too|rather too|slightly too|far too) senior (for) (the team|our team|us|a team|this team)',
      '(closer|nearer) (to) ** (retirement|retiring|pension)',
      'retirement age',
      '(at the start|at the beginning|early on|early) (of|in) (their|his|her) career',
      '(grow|stay|be) with us ** (for|over) (the next|many) ** years',
      "(he's|she's|he is|she is) # (and|years|year-old)",
      '(retire|retiring|retirement) (soon|shortly|in a few)',
      '(early|mid|late|mid-) (twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)',
      '(twenties|thirties|forties|fifties|sixties)',
      'younger (talent|blood|people|person|candidate|profile|team member|staff)',
      'young blood',
      '(your|his|her|their) age',
      '(younger|older) (candidate~|person|people|profile|applicant~|colleague~|team member~|lady|man|woman|gentleman|guy)',
      '(someone|somebody|one|candidates|candidate|person) [a bit|a little|slightly|much] younger',
      '(young|younger|youthful) ** (team~|group|crowd|culture|environment|company|workforce|office|vibe)',
      '(too|quite|rather|a bit) (old|young|senior|experienced|overqualified)',
      'overqualified',
      'over-qualified',
      'born in #',
      '# years old',
      '(close to|near|nearing|approaching) ** retirement',
      'digital~ native~',
      '(energetic|fresh) (young|graduate)',
      // a bare number after "over" is a count ("over 65 candidates"): only with the age words
      '(nearing|approaching|pushing|turning) (forty|fifty|sixty|seventy|40|50|60|65|70)',
      '(over|past|well over|close to) (forty|fifty|sixty|seventy)',
      '(at|given|considering) (this|that|your|his|her) (stage|point) (of|in) (your|his|her|their) (career|life)',
      '(earlier|early|earliest|younger) (in|on) (their|his|her|your|the) career~',
      '(later|late|latter|last) (stage~|part|years) (of|in) (their|his|her|your) career~',
      'set in (his|her|their|your) ways',
      '(your|his|her|their|older|younger|a younger|an older) generation',
      '(people|someone|somebody|candidates) (your|his|her|of your|of his|of her) age',
      '(how many|how long|enough) years (left|ahead|before retirement)',
      'how far along (you|he|she|they) (are|is) (in) (your|his|her|their) (career|working life|professional life|life)',
      '(at|given|considering|with) (your|his|her|their|this) (stage|point) (of|in) [the|your|his|her|their] (career|working life|life)',
      '(career stage|stage of career|life stage)',
      '(fresh|youthful) energy',
      '(need|needs|want|looking for|bring in|lacking) ** (new|fresh|young) (energy|blood|legs)',
      '(team|group|office|department|crew|staff) (is|are|was|were) [quite|pretty|very|fairly|rather|a|so|really|a bit] (young|younger|youthful)',
      '(long|lengthy) (career|working life) behind (you|him|her|them)',
      '(the) (oldest|youngest) (in|on|of) (the|our) (team|group|office|department|crew|staff)',
      '(many|plenty of|more|several|enough) years (ahead of|left in|in front of) (them|him|her|you)',
      '(years|months) (left|to go) (before|until|till|to) ** (retire~|retirement|pension)',
      '(team|office|staff|crew) (is|are) (mostly|all|largely|mainly) (recent graduates|graduates|twenty-somethings|twentysomethings|young)',
      '(not what (they|he|she|it) used to be)',
      '(reactions|reflexes) ** (slower|not as quick|not as sharp|not what)',
      // an age given as a number beside a doubt ("at 61 you might find", "he's pushing 60", "a 58-year-old")
      "at (4#|5#|6#|7#) (you|he|she|they|one) (might|may|would|could|will|wouldn't|won't|probably|may not|might not)",
      // task kinds7: the writer's doubt said beside the number ('at 58 I think you'd find the pace a bit much')
      'at (4#|5#|6#|7#) (i) (think|feel|suspect|reckon|worry|fear|imagine|wonder)',
      "(someone|somebody|a person) (who'll|who will|who'd|who would|who can) (be around|stick around|stay) (for the long haul|for years|for many years|long-term|for a good few years)",
      "(he's|she's|you're|he is|she is|you are) (nearly|almost|already|over|pushing|nudging|well over|getting on for) (4#|5#|6#|7#|forty|fifty|sixty|seventy)",
      '(pushing|nudging|getting on for) (4#|5#|6#|7#|forty|fifty|sixty|seventy)',
      '(4#|5#|6#|7#)-year-old',
      // close to retirement, a stage of life
      '(close to|near|so near|so close to|nearing|approaching) [your|his|her] retirement',
      '(stage|point|phase) (of|in) (life|your life|his life|her life)',
      // years left, an approximate age, a team straight out of university
      "(someone|somebody|a person|people) ** (for the next|for another|for many more|for many|for the coming) ** (years|decades) ** (weren't sure|not sure|unsure|doubt~|wondered)",
      '(must be|is probably|is about|looks about|looks|is nearly|is well over) (pushing|nudging|about|around|nearly|over|at least) [50|60|70] (4#|5#|6#|7#|forty|fifty|sixty|seventy)',
      '(team|staff|crew|office|everyone|colleagues|most of us|people here|the others) ** (fresh out of|straight out of|fresh from|just out of|straight from) (uni|university|college|school)',
      '(mostly|all|largely|mainly) (recent graduates|graduates|grads|new grads|twenty-somethings)',
      // "since before most of the team were born", the tail end of a career
      '(before) ** (the team|your colleagues|your manager|the rest of us|the others|half the office|half the team) (were born|was born)',
      '(twilight|tail end|autumn|end|final stretch|home straight) (of) (your|his|her|a) (career|working life)',
      // an age gap named ("a manager twenty years your junior")
      '(ten|fifteen|twenty|twenty-five|thirty|#) years (your junior|younger than you|your senior|older than)',
      '(best years) ** (behind)',
      // the candidate's grandchildren as an age signal, not customers' grandchildren
      "(has|have|got|you've got|he's got|she's got) [grown-up|many|several|two|three|four|five|#] (grandkids|grandchildren|grandchild)",
      '(your|his|her) [two|three|four|five|#] (grandkids|grandchildren)',
    ],
    family: [
      // task reasons5: a parent of small children, the nursery run, a toddler at home by its age
      '(with|have|has|got) (a|an) [little] (one-year-old|two-year-old|three-year-old|toddler|newborn|baby) (at home)',
      // task notes
      '(worry|worried|concerned|doubts|doubt|unsure|wonder) (about) (her|his|their) (commitment|dedication|focus|availability|reliability) (if|when|once|should) ** (second|another|third) (one|baby|child|kid)',
      '(if|when|once|should) (a second one|a second baby|a second child|another baby|another child) (comes along|arrives|comes|is on the way)',
      // task riskyonly: 'you mentioning kids soon'
      '(you|your) (mentioning|mentioned|talking about|talked about|bringing up|brought up) (kids|children|a baby|babies|a family|starting a family)',
      // task fitrisk: caring for a parent or a partner as the candidate's situation
      '(caring for|care for|looking after|nursing|carer for|looking after) (your|his|her|their) (mother|father|mum|dad|mom|parents|elderly parents|husband|wife|partner|disabled son|disabled daughter)',
      // task risky3: mothers or fathers of small children
      '(mums|moms|mothers|dads|fathers|parents) (of|with) (young|small|little) (kids|children|ones)',
      // task risky3: the family coming first for the candidate
      '(your|his|her) (family|kids|children) ** (come|comes) (first)',
      // task risky3: breaks for family reasons
      '(for|due to|because of) (family reasons|family commitments|family obligations|childcare reasons|childcare commitments)',
      // task risky3: the fear of another leave: the post left empty, more children on the way
      '(sitting|sit|sat|standing|stand|left|be|being) (empty|vacant|unfilled) ** (year|years|again|months)',
      '(more|another|a third|one more|a second) (on the way)',
      '(little ones|little one)',
      // task risky3: the fear of leave 'again'
      '(worried|afraid|concerned|fear|feared|risk|worry) ** (leave|off|away|absent|gone) (again)',
      // task risky3: the fear of another leave
      '(worried|afraid|concerned|fear|feared|risk) ** (off|away|on leave|absent) (again)',
      '(another|a second|a third|more) (maternity|paternity|parental|adoption) (leave)',
      '(go|going|be|went) (on) (leave) (again)',
      '(mentioned|talked about|kept mentioning|brought up) (his|her|their) (husband|wife|partner|boyfriend|girlfriend|kids|children|family)',
      '(grow|growing|expand~|extend~|start|starting) (your|the|a|their|her|his) family',
      '(mother|father|mum|mom|dad|parent) (of|to) (two|three|four|five|#|young|small) ** (kids|children)',
      '(two|three|four|five) (kids|children|toddlers)',
      '(got|has) (young|small|little) (kids|children|toddlers)',

      // not "your family": "we wish you and your family all the best" closes many rejections
      '(young|small|little) (children|kids|child|family)',
      '(your) (children|kids|child)',
      '(children|kids) at home',
      'family (situation|circumstances|commitments|responsibilities|life|plans)',
      '(single (mother|mum|mom|parent|father|dad))',
      '(parental|maternity|paternity|family) leave',
      '(childcare|child care)',
      '(newborn~|new baby|infant|toddler~)',
      '(kids|children|baby|newborn|toddler|toddlers|little ones) at home',
      '(school run|nursery pick-up|nursery pickup|daycare|day care)',
      '(have|having|had|want~|plan~) (kids|children|a baby|another baby|more kids|more children) (soon|next|in the|any time)',
      'mentioning your (husband|wife|partner|boyfriend|girlfriend)',
      'your (husband|wife|boyfriend|girlfriend|spouse)',
      '(just|recently|newly) (got|gotten|been|become) (married|engaged)',
      '(just|recently|newly) (married|engaged)',
      'newlywed~',
      '(family|baby|kids|children) ** (on the horizon|on the way|in the pipeline|coming soon)',
      '(has|have|got) (two|three|four|five) (small|young|little) (kids|children)',
      '(#|one|two|three|four|five|six)-year-old (son|daughter|child|kid|kids|boy|girl|twins|baby|toddler)',
      "(son|daughter|child|kid|baby|toddler|boy|girl) (aged|who is|who's) (#|one|two|three|four|five|six)",
      '(your|his|her) (son|daughter|baby|toddler|newborn|kids|children)',
      '(sick|ill|poorly) (kids|children|child)',
      '(has|have|got) (a) (boyfriend|girlfriend|husband|wife)',
      // caring for a relative
      '(carer|caregiver|care giver|caring) (for) (her|his|their|your) (mum|mom|mother|dad|father|parents|husband|wife|partner|child|son|daughter)',
      '(main|primary|full-time|unpaid) (carer|caregiver)',
      '(her|his|your|their) (mum|mom|mother|dad|father|parents|in-laws) (lives|live|living) with',
      // new parents and babies in new words ("as a new mum", "with a toddler at home")
      "(as a|being a|you're a|she's a|he's a|you are a|she is a|he is a) (new|first-time|brand new) (mum|mom|mam|mother|dad|father|parent)",
      '(a|your|his|her|their) (toddler|baby|newborn|little one|infant) (at home|in the house)',
      '(just back|straight back|fresh back|only just back|freshly back) (from|off) (maternity|paternity|parental|adoption) leave',
      // a partner away and the kids alone, a wedding and trying for a baby
      '(husband|wife|fiancé|fiancée|boyfriend|girlfriend) (works|working|is working|is) (away|offshore|abroad|nights|away most weeks|away a lot)',
      '(got|has|have|had|with) (the kids|the children|two kids|three kids) (on her own|on his own|on their own|by herself|by himself|alone)',
      '(you|she|he|they) (mentioned|told us about|talked about|brought up) [the|your|her|his|their|an upcoming|a] (wedding|engagement)',
      '(like to|want to|plan to|planning to|going to|hope to|hoping to) (start trying)',
      '(trying for) (a baby|a family|kids|children)',
      // who minds the children, and children falling ill
      '(how|who) ** (manage|handle|sort|arrange|organise|organize|cover|look after|juggle) ** (childcare|child care|the kids|the children|the little ones)',
      '(kids|children|little ones) (are|get|fall|being) (off sick|ill|sick)',
      // the baby's arrival, a partner's job ("once the baby arrives", "her husband's job is in …")
      '(once|when|after|before|as soon as) ** (the baby|your baby|the little one) (arrives|comes|is born|is here|has arrived|comes along)',
      "(her|his|your) (husband's|wife's|partner's|fiancé's|fiancée's|boyfriend's|girlfriend's) (job|work|career|company|move|posting)",
      '(just|only just|recently|newly) (adopted)',
      '(adoption leave|adopted a child|adopted a baby|adopting a child|adopting a baby|adoptive parent~)',
    ],
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      'expecting (your|their|her|his|a|another) [first|second|third|fourth|next|new] (baby|child|little one)',
      '(expecting|having) (twins)',
      "(your|her|their) (baby|little one) (is|'s|was) due",
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      "(you're|you are|you two are|you both are) (planning|trying for|hoping for|expecting) (a family|a baby|a child|another baby|another child)",
      // session 16: becoming a parent ('you are going to be a mum this autumn')
      '(going to|about to|soon to|due to|will soon|will) (be|become) (a) (mum|mom|mother|dad|father|parent)',
      '(becoming|become) (a) (mum|mom|mother|dad|father|parent)',
      // task risky3: fertility treatment
      '(ivf|fertility treatment~|egg freezing)',
      // task risky3: congratulations on the bump
      '(congrats|congratulations) (on) (the bump|the baby|the pregnancy|your pregnancy|your bump)',
      '(baby bump)',
      'pregnan~',
      "(you're|you are|she's|she is) expecting",
      'expecting (a baby|a child|in the)',
      '(planning|plan|plans) (to have|for) (a family|children|kids|a baby)',
      'baby',
      '(planning|plan|plans|planned|trying) ** (children|kids|a baby|another baby|more babies|a family)',
    ],
    sex: [
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      '(job|work|role|trade|place|line of work|career|thing) (for) (a|an) [young] (girl|lass|woman|lady|bloke|man|guy|lad|fella|female|male)',
      "(no|not|isn't|is not|not really|hardly) [really|exactly|quite|much of] (a|an) (girly|girl's|lady's|woman's|bloke's|man's|lad's) (job|work|thing|game|trade|role)",
      // task fitrisk: 'management would prefer the role to go to a man'
      '(prefer|prefers|preferred|rather|want|wants|wanted|would like) (the role|the job|the post|the position|it) (to go to|went to|to be given to|given to|filled by) (a|another) [*] (man|woman|bloke|guy|lad|male|female|lady)',
      // task fitrisk: a hire required to be a man or a woman ('can we make sure it's a bloke?')
      "(make sure|ensure|make certain|see that) (it's|it is|the next one is|the next hire is|we get|we hire|we take on|they send) (a|another) [*] (bloke|man|guy|lad|woman|girl|lady|male|female|fella)",
      // task fitrisk: 'they'd feel more comfortable with a man on the desk'
      '(more comfortable|safer|happier|more at ease|more relaxed) (with) (a|another) [*] (man|woman|bloke|guy|lady|girl|male|female|fella|lad)',
      // task fitrisk: a team kept to one sex ('keep the gang all-male')
      '(all-male|male-only|men-only|all-female|female-only|women-only)',
      '(keep|keeping|kept|stay|stays) (the|our|it) [*] (all male|all female|male|female|blokes only|lads only)',
      // task fitrisk: an adjective before the person noun ('would prefer a strong young lad')
      "(rather|prefer|prefers|preferred|want|wants|wanted|would like|'d like|looking for|after|ideally|sooner) [to have|to get|to take on|to hire|have|get|take on|hire] (a|another|one more) * [*] (bloke|guy|lad|man|woman|girl|lady|fella|chap|lass)",
      // task fitrisk: 'ideally a bloke', 'I'd sooner have a woman'
      '(ideally|preferably|sooner|sooner have|if possible) (a|another) (bloke|guy|lad|man|woman|girl|lady|fella|chap|male|female|lass)',
      // task fitrisk: a man or a woman wished for as an aside ('would rather have a bloke on the crew', 'he'd prefer a lad')
      "(rather|prefer|prefers|preferred|preferring|want|wants|wanted|wanting|would like|'d like|looking for|keen on|keen to get|set on|after) [to have|to get|to take on|to hire|to bring in|to see|having|getting|have|get|take on|hire|bring in|see|take] (a|another|a young|a younger|one more) (bloke|guy|lad|man|woman|girl|lady|fella|chap|male|female|gal|lass)",
      "(rather|prefer|prefers|preferred|want|wants|wanted|would like|'d like|looking for) [to have|to get|to take on|to hire|to see|having|getting|have|get|take on|hire|see] (more|some more|fewer) (blokes|guys|lads|men|women|girls|ladies|males|females) (on|in|for|at|among)",
      '(man|woman|guy|bloke|lad|male|female) (would|might|could) (settle|fit|suit|be better|cope|manage|handle|blend|have|do|find)',
      '(all|mostly|only|just) (blokes|men|lads|women|girls|ladies)',
      '(suited|suit|suitable|better|best|prefer~|looking for|rather have) (for|to) ** (a man|a woman|a guy|a lady|a male|a female|men|women)',
      '(a|as a|being a) (woman|female|man|male|girl|guy) (in|on|among|for)',
      '(women|woman|female|females|girls|ladies|lady)',
      '(your|her|his) (gender|sex)',
      '(bunch|gang|crew|load|lot|group) of (guys|lads|blokes|men|boys|girls|ladies)',
      "(male-dominated|male dominated|boys' club|boys club|old boys)",
      "(a|really a|is a|it's a) (man's|men's|woman's|women's) (job|work|world|role|trade)",
      '(strong|big|burly|beefy|strapping) (bloke|lad|man|guy|fella|chap)',
    ],
    'gender-identity': [
      'transgender',
      '(trans|non-binary|nonbinary) (woman|man|person|candidate)',
      'gender (identity|transition)',
      'transition~',
    ],
    orientation: [
      // task notes
      '(customers|clients|regulars|guests|people here|locals|patients|residents) ** (are|is|were|would be) [really|quite] (ready for that|ready for it|ready for something like that)',
      // task h11b: how others would take to the candidate's partner ('how the regulars would take to you and your girlfriend')
      '(how|whether|if) ** (would|might|will) (take to|react to|cope with|get on with|feel about|handle) (you and your|your) (girlfriend|boyfriend|partner|wife|husband)',
      '(guy|man|bloke|lad) ** (married to|dating|living with|partnered with) (a man|another man|a guy|a bloke)',
      '(woman|girl|lady) ** (married to|dating|living with|partnered with) (a woman|another woman|a girl|a lady)',
      '(same sex|same-sex)',
      '(gay|lesbian|bisexual|homosexual|queer|lgbt~)',
      'sexual (orientation|preference~)',
    ],
    ethnicity: [
      // task notes
      '(accent|accents) ** (customers|clients|callers|residents|patients|guests|regulars) ** (struggle|struggling|trouble|difficulty|hard going|hard to follow|hard to understand)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      "(whose) (english|spanish|french|german|welsh|polish|accent) (sounds|sounded|sound) [properly|fully|completely|more|totally|really|a bit more] (native|natural|local|like a native|like a local|like they're from here)",
      "(english|spanish|french|german|welsh|polish|accent) (sounds|sounded|sound) [properly|fully|completely|more|totally|really|a bit more] (native|like a native|like a local|like they're from here)",
      // task fitrisk: someone 'who talks like them' (customers or members wanting their own)
      '(talks|talk|speaks|speak) (like|just like|the way) (them|us|they do|we do|the locals|our customers|our members|the members)',
      // task fitrisk: 'someone who is obviously from round here'
      '(obviously|clearly|evidently|visibly|audibly|recognisably|unmistakably|properly|genuinely) (from round here|from around here|from here|local|a local|from the area)',
      // task fitrisk: the candidate's language 'closer to what our members are used to hearing'
      '(english|accent|speech|pronunciation|voice|spoken english) ** (closer to|nearer to|more like|more in line with) ** (used to hearing|are used to|expect to hear|expects to hear|like to hear)',
      // task fitrisk: a voice of a nationality ('a proper British voice')
      '(british|english|irish|scottish|welsh|american|local|native|home-grown|homegrown) (voice|voices|phone voice)',
      // task fitrisk: 'the voice on our phones should sound unmistakably Irish'
      '(sound|sounds|sounded|sounding) (unmistakably|distinctly|recognisably|recognizably|clearly|obviously|authentically|properly|typically|truly) (british|english|irish|scottish|welsh|american|local|native|northern|southern)',
      // task fitrisk: sounding like the customers ('who sounds more like our customers on the phone')
      '(sound|sounds|sounded|sounding) (more|a bit more|a little more|less) (like) (our|the|their|your|most of our) (customers|clients|callers|guests|patients|residents|locals|regulars|community|audience|people)',
      // task fitrisk: the candidate's speech that 'sounds more natural' to customers (nationality by ear)
      '(english|accent|speech|voice|pronunciation|spoken english) (sounds|sounded|sound|would sound) (more|less|a bit more) (natural|native|local|authentic|familiar|british|english)',
      // task fitrisk: speech as nationality ('sounds more British on the phone', 'more native-sounding')
      '(sound|sounds|sounded|sounding) (more|less|a bit more|a little more|properly|really|very|typically|genuinely|fully|obviously) (british|english|american|scottish|irish|local|native|foreign|like a native|like a local|like one of us)',
      '(native-sounding|native sounding|local-sounding|local sounding|british-sounding|english-sounding)',
      // task risky3: southern European as a verdict
      '(too|a bit|very|so) (mediterranean|latin|southern european)',
      // task risky3: dialect; roots
      '(your|his|her) [*] (twang|dialect|brogue|drawl)',
      '(english|british|local|foreign|irish|scottish) (roots)',
      // task risky3: born and bred here, not from here
      '(born and bred|born and raised|grew up) (round here|around here|here|locally|in the area|in town|in the village)',
      '(not) (from round here|from around here|from here|a local)',
      // task risky3: sounding local or foreign
      '(sounds|sound|sounded) (british|english|local|foreign|american|native|irish)',
      // task risky3: broken English
      '(broken|halting|heavily accented) (english)',
      '(your|his|her) (english) (is|was) ** (broken|halting|rough|shaky)',
      // task risky3: pronunciation and being hard to follow
      '(your|his|her) (pronunciation|diction|enunciation)',
      '(hard|difficult|tricky|struggled|struggle) (to) (understand|follow) (you|him|her)',
      '(someone|people|person|candidates) (from|with) (such a|a very|a completely|a) (different) (background|culture)',
      'accent~',
      '(mother tongue|native speaker|native english|first language|native-level|native level)',
      '(ethnic~|ethnicity|race|racial|skin (colour|color)|national origin|nationality|foreign~|immigrant~|heritage)',
      '(your|his|her|their) (name|surname) ** (sound~|pronounc~|foreign|unusual|difficult to say|hard to say|exotic|spell)',
      '(your|his|her|their) (cultural|ethnic|immigrant|migrant|religious) (background|origin|roots)',
      '(your|his|her|their) (origin|roots|skin)',
      "(where you are|where you're) (from|originally from)",
      '(english|british|american|local) (background|origin|heritage)',
      '(polish|russian|arab|arabic|african|asian|indian|chinese|turkish|somali|romanian|bulgarian|nigerian|pakistani|eastern european|middle eastern|latino|hispanic|mexican) (surname|name|last name|accent|guy|girl|lady|man|woman|background|family|origin|candidate|applicant)',
      '(foreign|ethnic|exotic|unusual) [-] (sounding) (name|surname)',
      // whether customers, pupils or parents would understand or accept the person
      "(not|isn't|is not|aren't|wasn't) (a) native (speaker|english speaker)",
      '(unsure|not sure|doubt~|worried|concerned|wonder~|whether|question~) ** (pupils|students|parents|customers|clients|patients|residents|guests|callers|families|children|kids|colleagues) ** (understand|accept|take to|warm to|trust|get used to|relate to) (you|him|her|them)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(doubt~|unsure|not sure|worried|concerned|wonder~) ** (your|his|her) english',
      "(your|his|her) english (is|was|isn't|wasn't|would be) [not] ** (good enough|strong enough|fluent enough)",
      '(customers|clients|patients|parents|pupils|students|residents|guests|callers) (need|needs|have|has|must) [to] [be able to] (understand|accept) (you|him|her)',
      '(customers|clients|patients|parents|residents|locals|guests) ** ** (conservative|old-fashioned|prejudiced|set in their ways|narrow-minded)',
      '(speak|speaks|speaking) (perfect|flawless|accent-free|unaccented) english',
      '(accent-free|unaccented) english',
      '(sound|sounds|sounding|look|looks|looking) (local|british|english|american|foreign|exotic|more local|like a local)',
      '(react|reacting|reacted|respond|take offence|object) (to) (your|his|her|their) (name|surname|accent|appearance|headscarf|looks)',
      '(british|english|american|local|swedish|danish|norwegian|finnish|german|western|nordic) (mentality|mindset|sensibilities)',
      '(dark|black|brown) (skin|skinned|-skinned)',
      'dark-skinned',
      '(background|upbringing|grew up) (from|in) (another country|abroad|another culture)',
      '(british|english|american|swedish|danish|norwegian|finnish|german|nordic|western|local) (way of|ways of|way to) (doing things|working|life|thinking)',
      // customers said to prefer someone local or like themselves
      '(a local face|someone local|one of their own|someone like them|someone who looks like them|someone who sounds like them)',
      '(like a native|as a native|native-born)',
      '(look|looks|looking) (typically|very|more|properly|obviously) (english|british|local|swedish|foreign|danish|norwegian|finnish|german)',
    ],
    religion: [
      // task notes
      '(headscarf|headscarves|hijab|veil|turban|niqab) ** (customer~|front desk|reception|clients|guests|patients|shop floor|till)',
      '(headscar~|hijab~|veil|turban~|kippah~|yarmulke~|niqab~|burqa~|cross necklace)',
      'religio~',
      // not 'christian~' or 'faith' alone: Christian and Faith are names, and "in good faith" is not religion
      '(muslim~|christianity|jewish|hindu~|sikh~)',
      '(a|as a|devout|practising|practicing|committed|born-again|evangelical) (christian|christians)',
      '(christian|religious) (faith|values|beliefs|church|upbringing|background|holidays|community)',
      '(your|his|her|their) (faith|beliefs|religious beliefs)',
      '(prayer~|praying|pray|ramadan|sabbath)',
      '(mosque~|synagogue~|eid|diwali|yom kippur|shabbat|kosher|halal)',
      '(active|involved) (in) (the|your|his|her) (church|mosque|synagogue|congregation|temple)',
      '(your|their|his|her) (religious holidays|holy days|religious festivals)',
    ],
    disability: [
      // task fitrisk: a breakdown named as the candidate's
      '(your|his|her) (breakdown|collapse|burnout|burn-out)',
      // task fitrisk: 'since your heart surgery last year'
      '(your|his|her) (heart|knee|hip|back|shoulder|brain|spinal|eye|cancer|bypass|hernia) (surgery|operation|op|attack|condition|problem|problems|treatment|replacement)',
      // task risky3: weight, a prosthesis
      '(your|his|her) (weight)',
      '(overweight|obese|obesity)',
      '(prosthetic|prosthesis|artificial leg|false leg|amputee)',
      // task risky3: the candidate's sleep problems
      '(your|his|her) (sleep problems|sleep issues|insomnia|sleeping problems|sleep disorder)',
      // task risky3: fitness named as the candidate's; a lisp
      '(your|his|her) (fitness level|physical fitness|stamina|physique|physical condition)',
      "(your|his|her) (fitness) (didn't|did not|wasn't|was not|isn't|is not|seemed|looked|levels)",
      '(lisp|lisping|lisps)',
      // task risky3: looking frail
      '(frail|infirm|doddery|frail-looking)',
      // task risky3: not recovered after an accident, allergy and medication
      '(recovered|recovering|recover) (from) (the|your|his|her) (accident|operation|surgery|illness|injury|stroke|heart attack|crash)',
      '(your) (allergy|allergies|medication|medications|meds)',
      "(medication|meds|tablets) (you're|you are|he's|she's|he is|she is) (on|taking)",
      // task risky3: the operation named, tripping over words
      '(your|his|her) (operation|surgery|illness)',
      '(tripping|tripped|trip|trips|stumbling|stumbled|stumble|stumbles) (over) (your|his|her|their) (words)',
      '(halting|hesitant) (speech)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(heavy|physical|physically|manual) ** (without) (any trouble|trouble|pain|problems|any problems|issues|any issues|complaint|complaints)',
      // task risky3: health and full capacity as the reason, the body part named, a stutter
      '(in) (good|full|perfect|excellent|robust|sound|top) (health)',
      '(fully|completely|perfectly|100%) (fit|healthy|able-bodied)',
      '(able-bodied|clean bill of health)',
      "(without|no|won't need|wouldn't need|doesn't need|does not need|will not need|would not need|not need|not require|never need) ** (adjustments|adjustment|accommodations|accommodation|adaptations|special treatment|reasonable adjustments)",
      '(your|his|her) (hip|hips|knee|knees|shoulder|shoulders|joints|spine)',
      '(bad|dodgy|injured|weak|painful) (back|knee|knees|hip|hips|shoulder)',
      '(back|knee|hip|shoulder|joint) (problem|problems|issues|injury|trouble|pain|surgery)',
      '(stutter~|stammer~|speech impediment|speech impairment)',
      '(hearing aid~|hearing loss|hard of hearing|cochlear implant~)',
      'diabet~',
      '(your|his|her|their) (ms|illness|operation|surgery|medication|hearing)',
      '(multiple sclerosis|arthritis|migraine~|back problem~|bad back|asthma|crohn~|ptsd|bipolar|schizophreni~|chemotherapy|ill health|deaf|long covid)',
      'disab~',
      '(wheelchair|handicap~|impairment|chronic (illness|condition|pain))',
      '(your|his|her) (health|condition|diagnosis|illness|back|injury|medical history|sick leave)',
      '(back|heart|health|mental health|medical) (condition|problem~|issue~)',
      '(adhd|autism|autistic|asperger~|dyslexi~|depression|anxiety|burnout|burn-out|diabetes|epilep~|cancer)',
      'sick (leave|days|record)',
      '(your|his|her|their) (knee|knees|hip|hips|shoulder|shoulders|heart|stamina)',
      '(medical|stress|health|mental health|long-term sick|long term sick) (leave|absence~|reasons|grounds|history)',
      '(your|his|her|their) (recent|ongoing|long|past) (illness|surgery|treatment|absence~|leave|sick leave|medical leave)',
      '(time off) (sick|for illness|for treatment)',
      'mental health',
      '(too) (heavy|strenuous|physically demanding|physical|taxing|tiring) (for) (you|him|her|them)',
      'exhaustion',
      '(time off|signed off|off work|leave) (with|for|due to|because of) ** (stress|exhaustion|illness|depression|anxiety|burnout)',
      '(physically) (up to|able to cope|capable|fit enough|cope)',
      // named conditions
      '(slipped disc|herniated disc|heart attack|stroke|tinnitus|fibromyalgia|sleep apnoea|sleep apnea|eating disorder|panic attack~|whiplash|knee surgery|hip replacement|psychosis|nervous breakdown|mental breakdown)',
      '(visually impaired|visual impairment|partially sighted|guide dog|wheelchair user)',
      "(you are|you're|he is|he's|she is|she's|being|is) (blind|deaf|partially sighted)",
      "(has|have|had|with|diagnosed with|suffers from|living with) (multiple sclerosis|parkinson's|epilepsy|arthritis|crohn's)",
      // "MS" as a diagnosis only before a conjunction ("she has MS, so …"), never "MS Office"
      '(has|have|had|with|diagnosed with) (ms) (so|and|but|which|since|or)',
    ],
  },
  cues: {
    requirement: [
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(a|the|one) (condition) (of|for) ** (is) (that)',
      // task kinds6: the need tied to what the hire holds ('…, which we need for the new outreach project')
      '(which|that|both of which) (we) (need|require) (for|on|in)',
      // task kinds6: the post runs all year, against the reader's stated end date ('a permanent, year-round post')
      '(year-round|all-year|all-year-round|full-year|twelve-month|12-month) (post|role|contract|position|job|appointment)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(visa|work permit|work visa) (sponsorship)',
      '(sponsor|sponsoring) ** (visa|visas|work permit|work permits)',
      // task causal2: what the job mostly consists of, an adverb between ('the job is mostly phone support' has its own cue; 'the role consists largely of')
      '(the role|the job|the post|the position|the work) (consists|is made up) ** (of)',
      // task reasonkinds: a job only at weekends, in the evening or at night (weekends only, nur am Wochenende, pelkkiä viikonloppuja)
      '(weekends|nights|overnights|evenings|night shifts|weekend shifts|weekdays) (only)',
      "(job's|role's|shift's|post's|opening's) (only) (weekends|nights|overnights|evenings)",
      // task reasonkinds: the opening only at night (the opening is overnights only), a physical demand (involves lifting)
      '(is|are) (overnights|nights|night shifts|nightshifts|weekends) (only)',
      '(is|are) (only|purely|entirely|strictly|all) (overnights|nights|night shifts|nightshifts)',
      '(involves|requires|means|needs) (heavy|regular|constant|daily) (lifting|carrying)',
      '(involves|requires|means) (lifting|carrying) (up to|loads of|weights of)',
      // task riskyspec: a weight lifted or carried all day ('our movers carry furniture of up to 80 lbs'), shifts only
      '(lift|lifts|lifting|carry|carries|carrying) ** (up to|loads of|weights of) #',
      '(is|are) ** (shifts|nights|weekends|evenings|overnights) (only)',
      // task h11b: a must-have certificate named ('every teacher needs the Level 2 teaching certificate')
      '(every|each|all|any) ** (needs|need|must have|must hold|has to have|have to have) (the|a|an|their|a valid|a current|valid|current) ** (~certificate|~licence|~license|~qualification|~card|~registration|~diploma)',
      // task spec2: 'we're after someone who can start straight away',
      "(we're|we are|we were|i'm|i am) (after|looking for) (someone|somebody|a person|an applicant) (who|with|that)",
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(applications|applicants|candidates) (without) (a|an) [valid|current|full|relevant] *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(that|this|which|the same|exactly that|precisely that) (experience|expertise|background|skill|skill set|skillset|skills|qualification|certificate|licence|knowledge) (is|was|are|were) [exactly|precisely|just] (what) (we|the role|the job|the team|the post|the position) (need|needs|needed|require|requires|required)',
      // task spec2: 'we really need someone with a food hygiene certificate'
      '(we|i) [really|actually|just|urgently|definitely] (need|require) (someone|somebody|a person|people) (with|who|that)',
      // task informal7: the need without its subject, as a text message says it ('sorry, need someone with their CISRS card')
      "(need|needs|needed) (someone|somebody) (with|who|that|who's|whos)",
      // task informal7: 'we're only able to take students who can do the full ten weeks'
      "(we're|we are|we were) (only) (able to) (take|take on|accept|hire|place) (students|applicants|candidates|people|those|interns|trainees|apprentices|someone) (who|that) (can|could|have|are|hold)",
      // task spec2: a post open only to holders of a status ('the vacancy is open only to qualified teachers')
      '(open|available) (only) (to) (qualified|registered|licensed|chartered|certified|accredited|holders)',
      '(only) (open|available) (to) (qualified|registered|licensed|chartered|certified|accredited|holders)',
      '(below|under|short of) (the) # ** (required|needed|we need|we require|minimum|that we need)',
      // a bar named as what the role needs ('below the 70 we need for this role')
      '(below|under|short of) (the) # (we need|we require|required|needed|that we need|that we require|minimum)',
      // a salary budget ('well above the budgeted range')
      '(budget|budgeted|salary|pay) (range|band|bracket|ceiling)',
      '(above|over|exceeds|exceeded|outside) (the|our) (budget|budgeted range|salary range|salary band|pay range|pay band|range)',
      // 'we can only consider applicants who hold a Level 3 childcare qualification'
      '(only|can only|will only|are only able to) (consider|accept|shortlist|interview|progress|appoint) (applicants|candidates|people|those|applications) ** (who hold|who have|with|holding)',
      // task reasons6: who a period or post can take at all, as a rule with its condition ('we can only take students who can do the full ten weeks')
      '(can|could|will|are able to) (only) (take|take on|accept|hire|place|offer places to|offer a place to) (students|applicants|candidates|people|those|interns|trainees|apprentices|someone) (who|that) (can|could|have|are|hold)',
      '(we|i) (need|needs|require|are looking for|were looking for) (a|an) * [*] (with) (strong|solid|proven|good|excellent|extensive|hands-on|deep|advanced)',
      '(we|i) (need|needs|require|are looking for|were looking for) (a|an) * [*] (who|that) (can|could|is able to|has|will)',
      // a current or valid certificate is needed ('all our lifeguards need a current NPLQ')
      '(need|needs|must have|must hold|require|requires|required|must be) (a|an) (current|valid|in-date|full|up-to-date)',
      // what a work sample asked the candidate to do
      '(we|i) (asked|had asked|briefed|instructed) (you|candidates|all candidates|each candidate) (to) (plan|prepare|build|write|present|solve|show|deliver|design|draft|run|teach|add|analyse|analyze|model|review)',
      // what a work sample asked the candidate to do
      '(task|brief|assignment|take-home|exercise|case|case study|spec|test) (asked you to|required you to|asked candidates to|asked applicants to|called on you to)',
      // what the assessment weighted and where its bar lies ("we put particular weight on", "our benchmark is 16")
      '(put|placed|puts|place|gave|give) ** (weight on|emphasis on)',
      '(benchmark|threshold|pass mark|cut-off|cutoff|bar) (is|was|of|sits at|lies at) (#|a|an|at)',
      '(at least|at most|no more than|a minimum of|a maximum of) (#|two|three|four|five|six|seven|eight|nine|ten)',
      '(is|are|was|were) (essential|crucial|critical|key|central|non-negotiable|vital) (for us|to us)',
      "(which|something that) (doesn't|does not|won't|will not|wouldn't|didn't) (work|hold up|cut it)",
      '(non-negotiable|a must|a must-have|a hard requirement)',
      '(placed|put|place|placing|puts) (great|particular|a lot of|strong|heavy|significant) (emphasis|weight|importance) on',
      '(main|core|key|biggest|central|primary) (project|focus|task|responsibility|deliverable) (for|of|in) (this|the) (hire|role|position|job)',
      '(central|core|key|critical|essential|crucial|fundamental) (to|part of|of|for|in) (the|our|this) (role|job|position|work|method|team)',
      '(the core|at the heart) of',
      '(brief|spec|role|job|contract) (asked for|called for|requires|required|needs|needed|starts)',
      '(candidates|applicants|you) (need|needed|must|have) to (reach|pass|hold|have|score|achieve)',
      '(require~|requirement~|essential|must-have|mandatory|prerequisite|criteria|criterion)',
      '(person|job) (spec~|description)',
      '(spec|specification|brief|assignment|task|ad|advert) (asked for|required|called for|said|listed|stated)',
      'asked for',
      "(we|i|we're|we are|we were) [specifically|mainly|primarily] (need~|needed|looking for|look for|prioritised|prioritized|asked for|wanted|sought|required) ** (someone|a candidate|candidates|people|applicants|experience|at least|strong|a track record|proven|a valid)",
      '(deciding|decisive|key|main) (factor|reason|criterion)',
      '(the role|the position|the job|the post|this role) (involves|needs|calls for|demands|asks for)',
      '(listed|stated|specified|advertised) (as|in)',
      'must (hold|have|be)',
      // a requirement the role presupposes; the role's shifts
      '(presupposes|presuppose|presupposed|is contingent on|depends on having)',
      '(the|our|these) (shifts|hours|rota|working hours) (are|is|fall|run|will be) [mainly|mostly|always|largely|all] (on|in|at|during) [the] (evenings|nights|weekends|weekend|night|evening)',
      '(the|our|these) (shifts|hours|rota|working hours) (are|is|fall|run|will be) [mainly|mostly|always|largely|all] (evenings|nights|weekends|nightly)',
      '(involves|includes|means|requires|is on) ** (night shifts|nights|weekend work|weekends|evening shifts|shift work|early shifts)',
      '(a|the) (core|key|central|essential|big|major|daily|fixed) part of',
      '(the|at the) (heart|core|centre|center) of (this|the|our) (role|job|position|work)',
      // a bar with words between, what the job mostly is, on-site presence, a salary band, start times, what the role depends on
      '(pass mark|threshold|benchmark|cut-off|cutoff|minimum score|bar) ** (is|was|sits at|stands at|of) (#)',
      '(the role|the job|the post|the position|this role|the work|the vacancy) (is) (mostly|mainly|largely|primarily|fully|entirely|almost entirely|based) *',
      '(fully|entirely|100%|always) (on site|on-site|site-based|office-based|in person|in the office)',
      '(on site|on-site|in the office|in person) (#|four|five|every|each) (days|day)',
      '(budget|salary band|salary range|pay band|pay range|salary|pay) (for|of|on) ** (tops out|is capped|maxes out|goes up to|is fixed)',
      '(tops out at|is capped at|maxes out at)',
      '(rounds|shifts|shift|routes|working day|hours|day) (start|starts|begin|begins) (at|from|before)',
      '(run|runs) (#|five|six|seven) days a week',
      '(the role|the job|the post|the work|this role|the team|the practice) (depends on|relies on|revolves around|centres on|centers on)',
      '(which|that) (the|this|our) (role|job|post|work|team|practice) (depends|relies|revolves|centres|centers) on',
      '(bread and butter|day-to-day work|everyday work) (in|for|of) (this|the|our) (team|role|job)',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(is|that is|which is) (how|the way) (every|each|all|any) (change|changes|job|jobs|task|tasks|order|orders|release|piece of work) *',
      '(post|role|job|position) (is|are) (#) (hours)',
      '(post|role|job|position) (is|are) ** (hours a week|hours per week)',
      '(post|role|job|position) (is) (a|an) (full-time|full time|part-time|part time) (post|role|job|position|contract)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(of the|of your) (job|role|time|working time|working week|week) (is spent|goes on|is taken up|involves)',
      '(means|involves|needs|requires|relies on) ** (every week|every day|each week|each day|daily|weekly)',
      // the bar a test score had to reach ('the pass mark was 60')
      '(pass mark|threshold|cut-off|cutoff|minimum score|minimum mark|benchmark) ** (was|is|of|at) [at least] #',
      // the bar named with what it was for ('the minimum score to move to the interview stage was 65 %')
      '(pass mark|threshold|cut-off|cutoff|minimum score|minimum mark|required score|qualifying score|minimum result|required result) (to|for|needed|required) ** (was|is|of|at|stood at|sits at) [at least] #',
      // what a job mostly is ('which is most of this job')
      '(most|the core|a big part|a large part|the main part|the heart|the bulk) (of) (this|the) (job|role|work|task|position|post)',
      // what the workplace needs on each shift ('the room needs a Level 3 practitioner')
      '(the|our) (room|team|site|kitchen|ward|shop|unit|rota|department|office|crew) (needs|requires|must have) (a|an|someone|somebody|at least)',
      // the heaviest part of a job
      '(the) (heaviest|biggest|largest|most important|main|central|core) (part) (of) (the|this) (job|role|work|post|position)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(the) (target|goal|benchmark|standard|minimum|norm) (is|was) [at least] #',
      // what the job is built around ('the post is built around night shifts')
      '(the|this) (post|role|job|position|rota) (is|was) (built|based|centred|centered) (around|on)',
      // task spec3: the bar a test set ('candidates needed 60% to reach the assessment day'), what a post will have its holder run
      '(candidates|applicants|you) (needed|need|required|had to reach|had to score|had to get) #',
      '(pass mark|cut-off|cutoff|threshold|bar) (for|to) ** (was|is|sat at|stood at) #',
      '(will|would) (run|lead|own|carry out|conduct|sign off) (our|the) ** (audits|audit|inspections|migration|rollout|roll-out|implementation)',
      // task spec3: a pay ceiling ('the most we can pay for this role is £31k')
      '(the most|the maximum|the max|the top|the highest) (we can|we could|we are able to|we are allowed to|we have budget to) (pay|offer)',
      '(pay|salary|budget) (cap|ceiling|limit) (for|on|of)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(without|unless you have|unless you hold) ** (licence|license|clearance|certificate|certification|qualification|registration|card|degree|permit|ticket|diploma|vetting|visa)',
      // task spec3: what the post holder leads ('the deputy manager leads on our CQC inspections'), where the job must be done
      '(the|our|this) [*] (manager|lead|leader|supervisor|coordinator|holder|postholder|role|job|post) (leads on|leads|runs|owns|handles|is responsible for|looks after|takes charge of|prepares for) (our|the|all)',
      '(this one|this role|the role|the job|the post|this job) (needs|requires) (you|someone) (in|at|on site at|based in) (our|the)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(year|years) (#|one|two|three|four) (of) (your|a|the) * (degree|course|programme|program)',
      '(at least|minimum|completed) (year) (#|one|two|three)',
      // task kinds6: a vetting check and a spoken language the hire holds ('an enhanced DBS check', 'speaks Spanish')
      '(enhanced|basic|standard|current) (dbs|crb|pvg|disclosure) [check|certificate]',
      '(speaks|speak|fluent in|fluent) (spanish|french|german|polish|arabic|urdu|punjabi|welsh|gaelic|mandarin|cantonese|portuguese|italian|romanian|somali|bsl)',
      // task reasonkinds: a time of week the candidate can work (only free weekdays)
      '(free|available|around) (weekdays|weekends|evenings|mornings|days|nights)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(was|were) (inconsistent|incomplete|inaccurate|unfinished|left untranslated|left out|left blank|left unfinished)',
      '(were|was) (left) (untranslated|unfinished|incomplete|blank|out)',
      '(had|showed|contained) (porosity|pores|cracks|undercut|lack of fusion)',
      "(failed|did not pass|didn't pass|did not hold up in|didn't hold up in|did not survive|didn't survive) (the) [*] (bend test|pressure test|inspection|test)",
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (does not handle errors, two of five tests fail, came out patchy, ran 40 minutes over, prep not ready)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      "(you) (skipped|left out|didn't attempt|did not attempt) (the) [*] (part|section|tests|error handling)",
      '(you) (spent|put) [very] (little|almost no|hardly any) (time) (on|into)',
      "(you) (didn't|did not) (ask) (a single|any|many) [*] (question|questions)",
      "(code|solution|app|it|submission|function|service) (doesn't|does not|didn't|did not) (handle|catch|validate|check for|cover|deal with|retry)",
      '(#|one|two|three|four|five|six) (of|out of) (the|its|your) (#|two|three|four|five|six|seven|eight|ten|twelve) (tests|test cases|unit tests|checks) (fail|failed|fails|failing|broke|break)',
      "(tests|test cases|unit tests) (fail|failed|failing|didn't pass|did not pass)",
      '(came out|turned out|looked|was left|ended up) (patchy|uneven|streaky|blotchy|undercooked|overcooked|cold)',
      '(ran|went|overran|running) (#|ten|fifteen|twenty|thirty|forty|fifty) (minutes) (over|late)',
      '(reaching|reached|got to|arriving at|arrived at|going to|went to|hitting|hit) (the pass) (late|too late|slowly)',
      "(prep|mise en place|station|section|setup|set-up) (wasn't|was not|weren't|were not) (ready|finished|done|set up)",
      // task reasonkinds: a weight the job makes one lift (up to 25 kg)
      '(up to|at least|loads of|weights of) # (kg|kilos|kilo|kilograms|lb|lbs|pounds)',
      // task consequence: a start no earlier than a time ('cannot start until October')
      '(start|join|begin|be available|be free) (until|before|till|earlier than) (january|february|march|april|may|june|july|august|september|october|november|december|#|the new year|spring|summer|autumn|winter|next year|the end of)',
      // task consequence: hours a week ('37.5 hours a week', 'you're looking for 20 hours a week')
      '(#) (hours|hrs) (a|per|each|every) (week)',
      // task h11b: security clearances named
      '(sc clearance|dv clearance|security clearance|bpss clearance|bpss)',
      // task h11a: a machine or site certificate the hire holds ('the CPCS card the site insists on')
      '(cpcs|cscs|npors|ipaf|pasma|smsts|sssts) [card|ticket|certificate]',
      // task spec2: a numbered qualification level ('a Level 3 electrical qualification'),
      '(level) # [*] (qualification|diploma|certificate|nvq|award)',
      // task spec2: teaching status
      '(qts|qualified teacher status|teaching qualification|pgce)',
      '(typing speed|typing test|words per minute|wpm)',
      // a graded qualification ('a Level 3 childcare qualification', 'Level 2 award')
      '(level) # [*] (qualification|diploma|certificate|award|nvq|apprenticeship|course)',
      '(registered|registration) (with) (the) *',
      '(a1|a2|b1|b2|c1|c2)',
      '(managed|led|manage|lead|leading|managing|supervised|supervising) (a team|teams|people|staff|direct reports|others|a group)',
      '(technical|coding|language|practical|written|aptitude|skills|numeracy|typing|driving|trial|work) (test|assessment|exercise|task|shift|day)',
      '(level|at|was|is|reached|only) (a2|b1|b2|c1|c2)',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plcs|plc programming|ifrs|gaap|hacc~|ekg|iv)',
      '(notice period|start date|availability|available to start|from day one|start on|start in|start by|join before|join until)',
      '(night|weekend|on-call|evening) (shifts|shift|work|cover|rota)',
      '(rota|rotation|shift pattern|on-call)',
      '(class|category|cat) (a|b|c|ce|c1|d|1|2)',
      'experience (in|with|of|leading|running|managing|as) *',
      "(#|one|two|three|four|five|six|ten) (years|year's|years') [of] [professional|hands-on|relevant|post-qualifying]",
      '(degree|certificat~|certified|certification~|licence~|license~|registration|endorsement|accreditation|diploma|chartered|cfa|cpa)',
      '(qualified|qualification|qualifications) (in|as|from|for)',
      // site cards and tickets of the UK building and security trades ('requires a CISRS card')
      '(cscs|cisrs|ecs|cpcs|npors|ipaf|pasma|smsts|sssts|sia) [card|cards|licence|ticket|tickets|badge]',
      // named degrees ('requires a BSc in a life science'; 'BA'/'MA' only before 'in', as they are words too)
      "(bsc|msc|phd|hnd|hnc|btec|beng|meng|llb|llm|mba|bachelor's|master's|bachelors|masters)",
      '(a|an) (ba|ma) (in|degree)',
      'at least (#|one|two|three|four|five)',
      '(track record|proven|hands-on) *',
      '(level (a1|a2|b1|b2|c1|c2)|(a1|a2|b1|b2|c1|c2) level)',
      '(night|weekend|shift~) (work|shifts|availability)',
      '(already|fully|is|are|being) (qualified|certified|chartered|registered|licensed|accredited)',
      '(already|fully) [*] (qualified|certified|chartered|registered|licensed|accredited)',
      '(travel|travelling|traveling|nights away|overnight stays|overnights|time away from home)',
      '(friday|saturday|sunday|weekend|weekday) (nights|evenings|mornings|shifts|lunchtimes)',
      '(daytimes|weekdays only|weekends)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      // task fitrisk: more languages a post may require ('fluent spoken Irish')
      '(written|spoken|fluent) (english|swedish|danish|norwegian|finnish|german|french|spanish|dutch|italian|polish|arabic|welsh|irish|gaelic|russian|ukrainian|mandarin|cantonese|portuguese|japanese|turkish|somali|farsi|urdu|hindi)',
      '(english|swedish|danish|norwegian|finnish|german|french|spanish|dutch|italian|polish|arabic|welsh) (at|to) [a] (professional|native|business|fluent|near-native) (level|standard)',
      '(calls|conversations|enquiries|emails|correspondence|meetings|support|customers|clients|patients) in (english|german|french|spanish|swedish|danish|norwegian|finnish|dutch|italian|polish|arabic|welsh|mandarin|portuguese)',
      '(own car|own vehicle|access to a car|own transport)',
      // spreadsheet skills named; a task the job needs every week
      '(pivot table~|pivot~|vlookup|xlookup|lookups|macros)',
      // site and trade cards a job asks for ('a CSCS card', 'an IPAF ticket'); a forklift licence
      '(cscs|cpcs|ipaf|pasma|sia|smsts|sssts|ecs|npors) [green|blue|gold|black] (card|cards|ticket|tickets|licence|license|badge)',
      '(forklift|flt|reach truck|counterbalance|hgv|lgv|pcv) (licence|license|ticket|certificate|card|training)',
      // a vocational level in a trade ('a Level 3 in childcare', 'NVQ Level 2')
      '[nvq] (level) (#|two|three|four|five) (in|diploma|qualification|certificate|award|practitioner)',
      // a permit the job legally needs ('the right to work in the UK')
      '(right to work|work permit|work visa|visa sponsorship|share code|work authorisation|work authorization)',
      // food-hygiene training a kitchen job needs
      '(food hygiene|hygiene certificate|level 2 food safety)',
      '(several|many|a few) (years) (of|in|with)',
      // task spec3: audits and standards, clearances, portfolios, relocation, named rollouts, reasoning tests, graded levels
      '(iso) [iec] #',
      '(audit|audits|auditing|auditor|auditors|lead auditor|internal audit|internal audits)',
      '(ofsted|cqc|hse|fca|mhra|ukas|caa|dvsa) (inspection|inspections|audit|audits|registration|approval)',
      '(security|sc|dv|ctc|bpss|nppv|nato|government|baseline) (clearance|clearances|vetting|vetted|cleared)',
      '(clearance|vetting)',
      '(portfolio|portfolios|showreel|showreels|show reel|writing samples|work samples)',
      '(relocate|relocating|relocation|relocated)',
      "(not able to|unable to|can't|cannot|won't|will not|wouldn't|aren't able to|are not able to) (move|relocate|commute)",
      '(based|located) (in|at) * (#|one|two|three|four|five) (days)',
      '(migration|migrations|rollout|rollouts|roll-out|implementation|implementations|go-live|cutover|upgrade) (to|of|onto|from|project)',
      '(into) (production|prod)',
      '(numerical|verbal|logical|abstract|inductive|diagrammatic|situational|mechanical) (reasoning|judgement|judgment|comprehension|aptitude)',
      '(eqf|nqf|rqf|scqf|aqf) [level] #',
      // task spec3: call-out rotas, client-site time, a pay ceiling
      '(call-out|callout|standby|stand-by|on call) [list|rota|cover|duty|weekends|weeks]',
      '(every|each) (second|third|fourth|fifth|sixth|other) (weekend|week|night|sunday|saturday)',
      '(client|customer) (sites|site|premises) (in|across|around|abroad)',
      '(#|one|two|three|four) (weeks|days|nights) (a|per|each|every) (month|week|quarter)',
      // task spec3: contract forms and kinds of building job
      '(nec|nec3|nec4|jct|fidic) [contract|contracts|form|forms]',
      '(refurbishment|refurbishments|refurb|fit-out|fit-outs|retrofit|retrofits|live site|live-site|occupied building~)',
      // task spec3: a field-based job
      '(on the road|road-based|field-based|field based|out on the road|client visits|site visits)',
      // task spec3: a doctorate named
      '(doctorate|doctorates|doctoral degree|dphil|edd)',
    ],
    evidence: [
      // task reason11: the reader's status said as 'only / still' ('you are only in your second year of the apprenticeship')
      "(you|you're|you are|you were) [still|currently] (only|still|just) (in|on) (your|the|year|a)",
      // task appoint8: the reader's score, measured ('your score was 31')
      '(your) (score|rating|mark) (was|is) # [points|out of #]',
      // task appointee7: the reader wants to work remotely only ('you only want to work remotely')
      "[you|you'd|you would] (only|just) (want|wanted|can|could|like|would like) (to) (work) (remotely|remote|from home|fully remote)",
      "(you're|you are) (only|just) (looking for|interested in|after) (remote|fully remote|home-based|work from home)",
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(as|because|since) (you) (study|are studying|are a student|are enrolled) (at) (another|a different)',
      // task kinds6: the reader's qualification has run out ('yours ran out in March', 'your certificate has expired')
      '(yours|your certificate|your licence|your license|your card|your ticket|your qualification|your check|your dbs) (ran out|has run out|had run out|expired|has expired|had expired|lapsed|has lapsed)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      "(your) ** (is|are|isn't) (not until|only in|only on)",
      // task reasons6: the reader free, ready or able to start only later ('you're only free from mid-July', 'yours won't be
      // through until the autumn'), or in school until a date ('you have school until June')
      "(you're|you are|you'll be|you will be|you'd be|you would be) (only) (free|around|here|able to start|able to join|finished|done) (from|after|in|at|at the end of|towards the end of|on)",
      "(yours|your *) (won't|will not|isn't|is not|wouldn't|would not|doesn't|does not) [be] [through|ready|done|complete|completed|finished|valid|in place|issued|approved|confirmed|come through|arrive|start] (until|till|before)",
      "(you're|you are|you'll be|you will be) (not) (free|available|around|able to start|finished|done) (until|till|before)",
      "(you|you've|you have) (have|got|are in|are at|'re in|'re at|'ve got) [still] (school|college|sixth form|uni|university|exams|classes|lectures|a placement|your course|your studies) (until|till|through|right up to)",
      '(the result|the results|your result|your results) (from|of|on) ** (shows|showed|came out at|put you at)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(you) (live|are based|commute from) ** (away|from here|from us|from the site|from the depot)',
      "(and|but) [you] (don't|do not|won't|will not|can't|cannot) [want to|wish to|be able to] (relocate|move|commute)",
      // task specific6: the reader's own need of a visa or work permit
      "(you'll|you will|you'd|you would|you) (need|require) ** (visa|work permit|sponsorship)",
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      "(we) (have not|haven't|had not|hadn't|did not|didn't) (received|receive|had)",
      '(is|are) (still) (being processed|pending|under review)',
      // task causal2: the reader's constraint ('you're only able to do 20', 'you can only work weekdays', 'you are not yet fluent')
      "(you're|you are|you'd be|you would be) (only) (able to|available)",
      "(you) (told us|told me|said|mentioned|wrote|let us know) [that] (you) (can't|cannot|can only|won't be able|aren't able|are not able|couldn't|could only|don't|do not|aren't|are not)",
      '(you) (can) (only) (do|work|manage|start|commit to|be available|make)',
      "(you're|you are) (not yet|not) (fluent|registered|qualified|licensed|certified|eligible)",
      // task h11b: the candidate's missing course ('you haven't done that course yet')
      "(you) (haven't|have not|didn't|did not|have yet to) [yet] (done|taken|completed|passed|finished|do|take|complete|pass|finish) (that|the|this|your) [*] (course|training|test|exam|qualification|certificate|module)",
      // task h11b: the candidate's own lack as they said it ('you told us you have never held it')
      "(you|you've) (told us|said|mentioned) (you|you've) (have never|never|haven't|have not) (held|had|got|obtained|passed)",
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(your) * (is|was|at|still at) [at|only at] (beginner|basic|entry|elementary|a1|a2) (level)',
      "(yours|your application|your cv) (did not|didn't|does not|doesn't) (include|contain|mention|show|have) (one|it|any|a|an|this|that)",
      // task spec2: the addressee's current level ('you're still at Level 2'),
      "(you're|you are) (still|currently|only) (at|on) (level|grade|band|stage|step) *",
      // a named test's score ('your Spanish listening test score was 45')
      '(test|assessment|exam|exercise) (score|result|mark) (was|of|came to|came in at) #',
      // the application says the qualification is still in progress ('you are currently working towards Level 2')
      "(you are|you're|you were) [currently|still|only] [currently|still] (working towards|studying for|training for|completing|enrolled on|enrolled in)",
      '(your) (portfolio|cv|application|test|submission|sample|work|code|answers) (has|had|shows|showed|contains|contained|includes|included) (no|none|little|only|hardly)',
      "(you) (struggled|had trouble|had difficulty|found it hard|found it difficult|weren't able|were not able|didn't manage|did not manage) (to|with)",
      '(in|during) (the|your|our) (interview|call|trial|presentation|assessment|test|second interview|first interview) (you) (said|told us|mentioned|explained|admitted|agreed)',
      "(you said|you told us|you mentioned|you explained|you let us know) [that] (you|you're|you'd|you are) [can|could|are|were|would] (only|not|never|unable)",
      // task informal7: the reader's record read off their papers ('according to your CV', 'going by the copy you sent')
      '(according to|going by|judging by|judging from) (your) (cv|resume|application|application form|certificate|copy|documents|paperwork|profile|form)',
      // task informal7: the reader's own report of when they are free or tied up ('you said you're at school until June')
      "(you) (said|told us|told me|mentioned|wrote|let us know|let me know) [that] (you're|you are|you'll be|you will be|you'd be|you've got|you have|you) ** (until|till|til|from|after)",
      "(you are|you're|you were) (still|currently|only just|just) (in training|training|studying|a student|completing|working towards|finishing)",
      // a licence, registration or certificate that has lapsed ('I can see yours expired last year')
      '(expired|has expired|have expired|had expired|lapsed|has lapsed|is out of date|no longer valid)',
      '(test|assessment|exercise|task|check|trial|quiz|screening|case study|take-home) (showed|shows|result~|scored|score~|revealed)',
      '(which|that) you (rated|described|listed|stated|put down|marked|assessed) (as|at)',
      '(your|the candidate~s) (background|experience|training|education|degree|cv) (is|was|has been|lies) ** (in|mainly|mostly|largely|primarily|limited)',
      "(you|you've|you have) (haven't|have not|never|not yet) ** (before|previously)",
      '(your|the) (references|referees|reference) (said|described|mentioned|noted|reported|indicated|confirmed|raised)',
      "(which|that) you (don't|do not|didn't|did not) (yet) (have|hold)",
      "(which|that) you (don't|do not|didn't|did not) (have|hold)",
      "(you|your team|your solution|your answer|your proposal|your plan|your result|your score) (didn't|did not|couldn't|could not|weren't able to|wasn't able to|struggled|missed|would|was below|fell short|only)",
      '(in|during|at) (the|your) * (interview|test|exercise|case|assessment|role-play|roleplay|simulation|task|presentation|session|round|challenge)',
      '(role-play|roleplay|take-home|case study|simulation|pairing session|trial day|trial shift|benchmark|threshold|pass mark)',
      '(below|under|short of) (the|that|our) (benchmark|threshold|pass mark|bar|standard|score)',
      '(in|during|at) (the|your) (interview|test|exercise|case|case study|assessment|take-home|trial|trial shift|task|presentation|technical round|written test|references)',
      "(your|the) (cv|resume|application|portfolio|submission|answers|reference|references|code|solution|model) (show|shows|showed|indicate|indicates|mentions|focuses|lists|suggests|did|didn't|does|doesn't|had|hadn't|was|wasn't)",
      '(based on|from) your (cv|resume|application|portfolio)',
      "(missing|lacked|lacking|did not include|didn't include|wasn't|was not able|weren't)",
      "(you|you've|you have) (haven't|have not|hadn't|don't|didn't|did not|do not) (worked|used|led|run|managed|listed|mentioned|got|had|have|hold|completed|included|shown|demonstrated|any|yet)",
      "(you|you've|you have) (only|mainly|mostly|currently|needed) *",
      '(mainly|mostly|primarily|only|largely) (in|with|from|on)',
      "(not|n't) yet",
      '(compared with|compared to|whereas|while yours)',
      "(you|you've|you have) ** (can|could|are able to|were able to) only (work|do|start|cover|take)",
      '(in|during) (the) (german|english|swedish|danish|norwegian|finnish|french|spanish|dutch) (part|section|portion) (of)',
      "(you) (can't|cannot|can not|couldn't|could not|aren't able to|are not able to|won't be able to) (do|work|travel|stay|start|cover|be away|drive|commit to)",
      '(previous|former|current|last) (employer|manager|line manager|supervisor|boss|head of department) ** (confirmed|said|described|mentioned|noted|reported|told us|raised)',
      '(your) * (experience|background|training) ** (is|was|has been|lies) ** (with|in|mainly|mostly|largely|primarily|limited)',
      "(you) (also|still|currently|unfortunately) (don't|do not|didn't|did not|haven't|have not) (have|hold|possess|meet)",
      '(no|without a|without any|without) * (licence|license|degree|certificate|certification|qualification|registration|clearance|card)',
      '(you) (have|hold|had|held) (no) *',
      '(your|the) (score|result|mark|overall score) (came in at|was|came to|landed at|reached|of) (#)',
      '(your|you told us your|you said your) (minimum|salary expectations|expected salary|asking salary|salary expectation|salary requirement|day rate)',
      "(could not|couldn't|was unable to|were unable to|was not able to|were not able to) (confirm|verify|vouch for)",
      "(reference|references|referee|referees) ** (did not|didn't|could not|couldn't|was unable to) (cover|mention|address|confirm|speak to)",
      '(the work|the pieces|the samples|the examples|the projects|the portfolio) (you) (showed|sent|shared|submitted|presented) (was|were|is|are)',
      '(no|few|hardly any) (examples|samples|pieces) of',
      "(commute|commuting|journey|daily drive) ** (wouldn't|would not|isn't|is not|wasn't|was not|not) [be] (possible|feasible|workable|realistic|manageable)",
      '(the|your) (version|draft|solution|code|submission) (you) (sent|submitted|shared)',
      "(you) (made clear|made it clear|said|told us|explained) [that] ** (would not|wouldn't|does not|doesn't|did not|didn't|won't|will not) (work|suit)",
      "(you are|you're|you were) (tied|bound|committed) (to|by) (your|a) *",
      // a reference that could not confirm what the candidate described
      "(couldn't|could not|was unable to|were unable to|did not|didn't|wouldn't|would not) (confirm|verify|vouch for|corroborate)",
      // what the candidate still lacks ('you are still waiting for your visa'); what a sample left out
      "(you are|you're) (still) (waiting|awaiting|applying) (for|on)",
      "(left out|missed out|omitted|skipped|did not include|didn't include|was missing|were missing)",
      // what the application says ('your application says you are …')
      '(your) (application|cv|form|covering letter|cover letter) (says|said|states|stated|shows|showed|mentions|mentioned)',
      // the candidate's figure against it ('du låg på 55')
      "(you|you were|you're) (were at|at|managed|reached|averaged|hit|got to) #",
      // references that could not confirm ('neither could confirm any night work')
      '(neither|none|nobody|no one) [of them] (could|was able to|were able to) (confirm|verify|vouch for|corroborate)',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      "(you have|you've got|you had) [only|just] (two|three|four|#) [years]",
      // task spec3: a score with its number, a vetting the candidate never had
      '(your) (score|result|mark|grade) (on|in|for|from) ** (was|came to|came in at|of|at) #',
      '(you) (scored|got|achieved|reached|managed) (#|only #)',
      "(you|you've|you have) (have never|never|have not|haven't|were never) (been) (vetted|cleared|security cleared|security checked)",
      // task spec3: never been through one; travel not possible
      "(you) (haven't|have not|hadn't|had not|never|have never) (been through|gone through|led|prepared for|taken part in|worked through|run|hosted) (one|an|a|any)",
      "(travel|travelling|traveling|relocation|relocating|moving|commuting|weekends|nights|shifts|overtime) (isn't|is not|wasn't|was not|won't be|would not be|wouldn't be) (possible|an option|doable|feasible|workable)",
      // task spec3: a place the candidate cannot move to
      "(isn't|is not|wasn't|was not) (somewhere|a place|a city|an area) (you) (can|could|are able to|were able to) (move|relocate|commute|get)",
      // task spec3: what the candidate said they don't do ('you mentioned you don't drive')
      "(you|you've) (mentioned|said|told us|let us know|explained) [that] (you) (don't|do not|can't|cannot|won't|will not|couldn't) (drive|travel|work|do|cover|relocate|move|start)",
      // task spec3: the candidate's degree in another field
      '(your) (doctorate|degree|phd|qualification|training|masters|diploma) (is|was) (in) (an|a) (unrelated|different|other|non-relevant) (field|area|subject|discipline)',
    ],
    comparison: [
      // task appoint8: the appointee's score against the reader's ('Ms Walsh scored 42 out of 50 at interview; your score was 31')
      '(scored|was rated|was scored|achieved) # [points|out of #] ** (your) (score|rating|mark) (was|is) #',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(a|an|the) (candidate|applicant|person|someone) (with|who has|who had) (several|many) (years|year~)',
      '(your) (profile|background|experience|cv) (is|lies) [mostly|mainly|clearly] (strong|strongest|stronger) (on|in)',
      // task spec2: the hire's years ('we've hired someone with five years in Xero'),
      "(someone|somebody|a person|an applicant|a candidate|the applicant|the candidate) (with) (one|two|three|four|five|six|seven|eight|nine|ten|#) (years|years')",
      '(someone|a candidate|an applicant|a person) (who|that) (has|had|has already|had already) (run|led|managed|built|delivered|worked|done|held|used|completed|taught|designed|shipped|passed|trained) * *',
      '(someone|a candidate|an applicant|a person) (who|that) (can|could|is able to) (work|do|start|cover|drive|commit to) (every|full|all|on|at|the|weekends|nights|evenings|early|late|from|before|immediately|#) *',
      '(candidate|applicant|person|finalist|someone|somebody|colleague) (who|that) (has|had|holds|held|brings|brought|offered|showed|demonstrated) (more|stronger|deeper|broader|longer|the|a|an|both)',
      '(more|longer|broader|deeper|stronger|more relevant) (hands-on )?(experience|background|track record) (in|with|of|running|leading|managing)',
      '(someone|somebody|a candidate|an applicant|a person|the candidate|the person|an internal candidate) (who|that|with) (has|had|holds|held|brings|brought|speaks|can|already|could)',
      "(they've|they have|they had|she's|she has|he's|he has|she had|he had) (led|run|managed|built|delivered|shipped|worked|done|rebuilt|designed|completed)",
      "(person|candidate|applicant|finalist|one) (we've|we have|we|we'd) (hired|appointed|selected|chosen|offered|gone with|picked)",
      '(who|that) (already|also) (has|had|holds|brings|speaks|ran|led)',
      '(the|our) (person|candidate|applicant|finalist) (we|that we|who we) (hired|selected|chose|appointed|offered|picked|went with|have chosen|have selected)',
      '(the other|the successful|the selected|the chosen) (candidate|applicant|finalist) (has|had|holds|brought|brings|was)',
      '(because|as|since) (she|he|they|the other candidate) (has|had|holds|have|led|ran)',
      '(she|he|they) (has|had|holds) (led|run|more|experience|a|an|the|#|two|three|four|five)',
      '(the|a) (selected|successful|chosen) (candidate|applicant) (has|had)',
      // "… which you do not yet have": what the hired person had and the candidate lacks
      "(which|that|what) you (do not|don't|did not|didn't|do not yet|don't yet|did not yet|didn't yet) (have|hold|possess|bring)",
      // hired someone with X, whereas you …
      '(whereas|while|whilst) (you|your)',
    ],
    tip: [
      "(tip|advice|recommend~|suggest~|i'd encourage|would strengthen|would make you|next step)",
      '(a|an|the) (course|programme|program|certification)',
      '(brush~ up|build~|get|gain|improve|work on|focus on) ** (experience|skills|your|a project|knowledge)',
      '(once|if|when) you (get|have|gain|add|complete|finish)',
    ],
    next: [
      '(call|contact|reach out|get in touch|book|set up a call|email me|drop me)',
      '(talent (network|pool|community)|keep (you|your details|your cv|in touch)|stay in touch|on file)',
      '(re-apply|apply again|future (roles|opportunities|openings|vacancies)|reapplication)',
      "(if you'd like|if you would like|happy to|glad to) ** (feedback|talk|chat|call|walk|discuss)",
    ],
    // task h11a: 'cheers for your time', 'ta for coming in' (the informal thanks of a small business)
    thanks: ['(thank|thanks|thx|grateful|appreciate~)', '(cheers|ta) (for)'],
    causal: [
      // task reasons5: a consequence said as its own sentence ("That means we can't …", "Det gör att vi …")
      '(that|this) (means) (we|that we|i)',
      "(so|and so) (they|they've|they're|she|he|the team|the client|the panel|the company|the hiring manager)",
      '(for these reasons|for those reasons|on that basis|on this basis)',
      "(because|since|therefore|thus|hence|due to|as a result|for that reason|for this reason|which is why|that is why|that's why|the reason|owing to)",
      "(so|and so) (we|i|we've|we're|we'll|we can|unfortunately)",
      '(as|given that) (your|you|the role|the position|the post|the job|the vacancy|we|this|there|our)',
      'based on',
      "(so|and so) (it's|it is|that's|there's)",
      // task reasons6: the consequence with its subject and a modal ('so it won't be you for the job')
      "(so|and so) (it|that) (won't|will not|wont|isn't going to|is not going to|can't|cannot)",
      '(the main reason|the reason is|the reason was|the deciding factor)',
    ],
    contrast: ['(but|however|though|although|while|whereas|that said)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): what a negated offer or a thing 'gone to another applicant' may be about when it
    // is no job. Things never a job: a flat and its tenancy, a room in a house, a table, tickets, a loan, an allotment,
    // a parking space or berth, a membership, a booking
    nonJobThing: [
      // task roles: a flat let to another applicant by a landlord (a property manager is a job: no list names the role)
      '(the|your|our) (landlord|landlords|landlady|letting agent|lettings agent) [has|have|had] (decided|chosen|chose|gone|went|opted|selected|accepted|offered|let|given|picked)',
      '(for|of|on) (this|the|that) (property|house|flat)',
      '(the|a|this|that|your|our) [one-bedroom|two-bedroom|three-bedroom|studio|ground-floor|top-floor|basement|furnished|*] (flat|apartment|bedsit|maisonette|studio flat|tenancy)',
      '(tenancy|tenancies)',
      // task cancel6: a landlord's own words for letting and moving in ('we've decided to let it to someone else', 'a
      // couple who can move in sooner', 'thanks for coming to the viewing')
      '(let|letting|rent|renting|sublet|subletting) (it|the place|the flat|the room|the house|the apartment|the property) [out] (to)',
      '(can|could|able to|who can|who could|wanting to|want to|wants to|ready to) (move in)',
      '(the|a|our|your|saturday|sunday|yesterday) (viewing|viewings)',
      '(view|viewed|viewing|see|saw|seeing|look at|looked at|looking at|look round|looked round) (the) (flat|room|house|apartment|property|place)',
      '(offer|offering|let|letting|rent|renting) (you|him|her|them) (the|a|this) (studio|house|cottage|property|bungalow)',
      '(been let|been rented|rented out|already let|already rented)',
      '(a|the|any|our) [double|single|spare|shared|box] (room|rooms) (in|at|to)',
      '(offer|offering|offered|give|giving|gave|given|let|letting) (the|a|this|our) [double|single|spare|box] (room)',
      '(a|the|any) (table|tables) (for)',
      '(booking|reservation|table) (request|requests)',
      '(offer|allocate|give|sell) (you|him|her|them) (tickets|a ticket|any tickets)',
      '(mortgage|mortgages|remortgage|loan|loans|overdraft|credit card|credit limit)',
      '(allotment|allotments|plot|plots)',
      '(parking space|parking spaces|parking spot|parking bay|car parking|garage space|berth|berths|mooring|moorings)',
      '(membership|memberships)',
    ],
    // places that are admissions: a nursery, a school, a course, a camp, a study programme, a doctor's list (a job at
    // one of them names its post: then the draft names a job and these count for nothing)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(ski school|ski schools|ski lessons|ski class|ski classes|ski group|ski groups|kids club|private lessons)',
      // task roles: a course group full ('the group is full')
      '(the|this|our) [*] (group|class) (is|was) [now|already] (full|fully booked|oversubscribed)',
      '(evening|morning|weekend|beginners|adult) (group|groups|class|classes)',
      '(nursery|nurseries|preschool|pre-school|kindergarten|playgroup|creche|crèche|childminder)',
      '(school place|school places|primary school|secondary school|reception class|sixth form)',
      '(course|courses|evening class|evening classes|night class|night classes)',
      '(camp|camps|summer camp|holiday club|holiday clubs)',
      "(msc|mba|mphil|degree programme|degree course|master's programme|masters programme|undergraduate|postgraduate|study place|admissions office|admissions team)",
      '(patient list|practice list|catchment area)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(year|key stage) (#)',
      '(your|their) (son|daughter|child|children)',
      '(for reception|reception intake|oversubscription|oversubscribed)',
    ],
    // the bare place offered ('we can't offer you a place this term'): read as an admission only beside one
    // task lookalike5: a rank on a waiting list ('position 22') is a place there, not a post
    placeWord: ['(place|places|spot|spots|space|spaces)', '(position) (#)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('here is the email that should have reached you')
      "(here is|here's|below is|attached is) (the|my|that) (email|e-mail|mail|message|note|letter)",
      // task choice9: the message pointed at by other words ('the email underneath', 'further down')
      '(see|read|find|message|email|e-mail|mail|note|reply|answer|letter|decision) (underneath|further down|beneath)',
      '(apologies|i apologise|i apologize|we apologise|we apologize)',
      '(see|read|find|found|is|are|included|copied|pasted|forwarded|attached|answer|reply|response|feedback|decision|note|email|message) below',
      '(passing|pass|passed|forwarding|forward|forwarded|sending|send) on',
      "(i'm|i am|i've|i have|i'll|i will) (forwarding|forwarded|forward)",
      "(here's|here is|here are|below is) (the|their|her|his|the client's|the panel's) (answer|reply|response|feedback|decision|verdict|outcome)",
      '(unfortunately|sadly)',
      "(i'm|i am) afraid",
      "(not|isn't|is not|wasn't|was not) (the|better|good) news",
      // task relay3: 'sorry to say it hasn't worked out' above the candidate's quoted question
      '(sorry) (to say|to tell you|to report|to let you know)',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: [
      '(pass on|give|send|pass|extend) [on] (our|my) (thanks|gratitude|regards|best)',
      '(please|do|and|pls) (thank)',
      'thank * ** (from us|for us|from me|on our behalf)',
    ],
    otherPick: ['(the other|someone else|somebody else|another candidate|another applicant)', '(instead)'],
    moveOn: ['(a new|new|another) (opening|role|position|vacancy|post|job|opportunity)'],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: ["(didn't|did not|never) (get) (the job|the role|the position|the post|the gig)"],
    // task cancel6: a post left unfilled for everyone (unfilled-post.ts): the post, the appointment or 'anyone' as the
    // object of a filling or hiring verb (read with a negation in the decision), and a nobody taken (negative in itself)
    unfilled: [
      '(fill|filling) (the|this|that|our|these|those|any) [*] [*] (post|posts|position|positions|role|roles|vacancy|vacancies|job|jobs)',
      '(proceed|proceeding|go ahead|going ahead|continue|continuing|move forward|moving forward|carry on|carrying on) (with) (the|this|that|our|an|any) [*] (appointment|recruitment|hiring|hire|vacancy|post|position|role|search)',
      '(make|making) (an|any|the) (appointment|appointments)',
      '(appoint|appointing|hire|hiring|recruit|recruiting|employ|employing|take on|taking on) (anyone|anybody)',
      '(appoint|appointing|recruit|recruiting|hire|hiring) (to|for) (the|this|that) [*] (post|position|role|vacancy)',
      '(offer|offering) (it|the post|the position|the role|the job) (to) (anyone|anybody)',
      '(position|post|role|vacancy|recruitment|appointment) (will|would|is|is going to|can) [now] (not|no longer) (go ahead|proceed|be going ahead|be proceeding|be filled|happen)',
      '(no longer) (recruiting|hiring|looking to fill|filling|advertising)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      "(he|she|he's|she's|he'd|she'd|he'll|she'll)",
      '(my|our) (partner|husband|wife|boyfriend|girlfriend|son|daughter|brother|sister|friend|mate|flatmate|housemate|cousin|neighbour|neighbor|niece|nephew|fiance|fiancee|fiancé|fiancée|other half|lad|boy|girl)',
    ],
    huntStep: [
      '(had|has had|went to|been to|attended|did|done) [two|three|four|several|a few|a couple of|#] (interviews)',
      '(has|had|got|is having|has got) [another|two|three|a few|some|more|new|a couple of|#] [more|new] (interview|interviews)',
      '(still) (searching|looking|job hunting|job-hunting|applying|on the hunt)',
      '(looking|searching|hunting) (for work|for a job|for jobs|for something)',
      "(didn't|did not|never) (get) (the job|the role|the post|the position|it|the gig)",
      '(got|had) (a no|the no|knocked back|turned down|rejected|a knock-back)',
      '(was|got|has been|been) (turned down|knocked back|rejected|passed over)',
      "(is|was|feels|felt|seems|seemed|is feeling|'s) [a bit|a little|pretty|really|quite|so|totally|rather|bit|absolutely|completely] (gutted|down|fed up|disappointed|upset|devastated|gloomy|deflated|crushed|sick of it|tired of it|low|flat)",
      '(heard back)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(heard|got word|got an answer|got a reply) (from)',
    ],
    newsAbout: [
      "(have you heard|did you hear|you'll never guess|guess what|did you know) [that|about]",
      '(quick|little|small|short|brief) (update) (on|about)',
    ],
    nobody: [
      '(no one|no-one|nobody|noone)',
      '(none) (of) (the|our) [*] (applicants|candidates|interviewees|shortlisted candidates)',
      '(no) (appointment|appointments|hire|offer|offers) (will be|is being|has been|was|were|are being|can be|is going to be|will now be) (made)',
      // task nobody11: a post closed without anyone appointed
      '(without) (anyone|anybody) (being|having been) (appointed|hired|offered|selected|taken on)',
      // task nobody11: nobody, the reader and the others alike ('neither you nor the other candidates', 'not you or anyone else')
      '(neither) (you|yourself) (nor) [any of] (the other|the others|anyone else|anybody else|other|any other)',
      '(not) (you|yourself) (or|nor) (anyone|anybody) (else)',
    ],
    // task nominate8: a recruitment or post stopped for everyone (unfilled-post.ts): not 'your process', not a post filled
    stopped: [
      '(the|this|our) [*] (recruitment|recruitment process|selection process|hiring process|vacancy|position|post|role|search|appointment process|campaign) (has been|had been|was|is being|will be|is|have been|has now been) [now|therefore|unfortunately|temporarily] (cancelled|canceled|withdrawn|halted|stopped|frozen|suspended|put on hold|paused|discontinued|pulled|shelved)',
      '(recruitment|hiring|recruiting|search|selection process|recruitment process) (has|had|is|was) [now] (stopped|paused|halted|frozen|on hold)',
      '(cancel|cancelled|canceled|cancelling|withdraw|withdrawn|withdrew|withdrawing|halt|halted|stop|stopped|freeze|froze|frozen|suspend|suspended|pause|paused|pull|pulled|shelve|shelved) (the|this|our) [*] (recruitment|recruitment process|selection process|hiring process|vacancy|position|post|role|search|appointment)',
      // task nobody11: the post cut, deleted or abolished for everyone
      '(the|this|our) [*] [*] (post|position|role|vacancy|posts|positions|roles) (has been|had been|was|is being|will be|have been|has now been|were) [now|therefore|unfortunately|sadly] (cut|deleted|axed|abolished|scrapped|removed|disestablished|dropped|frozen|shelved|postponed indefinitely)',
      '(cut|cutting|delete|deleting|axe|axing|abolish|abolishing|scrap|scrapping|drop|dropping) (the|this|that) [*] [*] (post|position|role|vacancy)',
    ],
    // task nobody11: a temporal or conditional clause set later ('once the post has been filled', 'as soon as a decision is
    // made', 'when we have chosen') and what makes it a past or a fact ('was', 'had', 'already', 'now that') (later-fill.ts)
    laterWhen: ['(when|once|as soon as|whenever|only when|only once|by the time|as and when)'],
    pastMark: [
      '(was|were|had|did|already)',
      '(now) (that)',
      '(we|i) (informed|contacted|notified|told|wrote|emailed|e-mailed|called|phoned|rang|sent)',
    ],
    cancelCause: [
      '(hiring|recruitment|recruiting) (freeze|pause|stop)',
      '(freeze|pause|halt) (on) (hiring|recruitment|recruiting)',
      '(budget|budgetary|financial|funding) (cut|cuts|review|reasons|constraints|pressures|situation|changes|reduction|reductions)',
      '(cut|cuts|reduction|reductions|changes) (in|to) (the|our|its) [*] (budget|budgets|funding)',
      '(lost|losing|loss of|withdrawn|withdrew|ended|not renewed) (the|our|its|their) [*] (funding|grant|contract)',
      '(funding|grant) (has|had) (ended|fallen through|been withdrawn|been cut|not been renewed|not come through)',
      '(reorganisation|reorganization|restructure|restructuring|reorganising|reorganizing|merger)',
      '(to|for) (all|every|each) [of the] (applicants|applicant|candidates|candidate)',
      '(everyone|everybody|all those) (who) (applied|has applied|have applied)',
      '(nothing to do with|no reflection on|not a reflection on|not related to) (you|your)',
      '(re-advertise|re-advertised|readvertise|readvertised|advertised again|advertise it again|advertise the post again)',
      '(the|these|those|its) (duties|work|tasks) (will be|are being|is being) (shared|covered|absorbed|redistributed|split)',
      // task nobody11: the project, contract or programme behind the post postponed or stopped
      '(project|programme|program|initiative|scheme) ** (postponed|delayed indefinitely|cancelled|canceled|shelved|put on hold|paused|scrapped|stopped|pulled)',
      '(postpone|postponed|postponing|cancel|cancelled|canceled|shelve|shelved|scrap|scrapped|pause|paused|stop|stopped|pull|pulled|pulling) (the|this|our|its|their) [*] (project|programme|program|contract|initiative|scheme)',
    ],
    // task cancel6: a relative greeted or signing on a line of its own, and a step of someone's job hunt (reported.ts)
    // (not 'nan' or 'nana': first names too)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Hey sis,', 'Love, your brother')
      '(hi|hey|hello|hiya|dear|dearest) (bro|brother|sis|sister|little brother|little sister|big brother|big sister|cousin|son|sweetheart)',
      '(love|lots of love|hugs|love from|big hugs) [,] (your) (brother|sister|big sister|little sister|big brother|little brother|cousin|son|daughter|sis|bro)',
      '(hi|hey|hello|hiya|dear|dearest) (mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|auntie|aunty|aunt|uncle)',
      '(love|lots of love|all my love|all our love|love from|hugs|big hugs|love and hugs) [from|to] (mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|gran|granny|grandma|grandad|grandpa|auntie|aunty|aunt|uncle)',
      '(mum|mom|mummy|mommy|dad|daddy|gran|granny|grandma|grandad|grandpa)',
    ],
    huntNews: [
      '(had|did|went for|went to|attended|sat) (an|the|a|his|her|their) [*] [*] (interview|trial shift|trial day|assessment day|work trial)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      "(he|she) [just] (didn't|did not|never|wasn't|was not) (get|got|picked|chosen|selected|offered|successful)",
      '(he|she) (got|has got|had) (a|the) (no|rejection|knock-back|knockback)',
      '(he|she) [just|finally|only|eventually|also] (heard back|got word|got the news|got news|got an answer|got a call|got the call|got an email|got the email|was told|heard from)',
      '(rang|called|phoned|emailed|e-mailed|told|wrote to|messaged|texted) (her|him)',
    ],
    askedAfter: ['(asking|asked|ask|enquiring|inquiring) (after|about)'],
    passOn: ['(asked|wanted|has asked|had asked) (me) (to) (tell|let|pass on to|give|say to) [you]'],
    newsVerb: [
      '(heard back|got word|got the news|got news|got an answer|got a call|got the call|was told|heard from|got a no|got a rejection)',
    ],
    timeSlot: [
      '(which|what|another|a different|a later|an earlier|either|the other|that) (time|times|slot|slots|date|dates|day|days)',
      '(time slot|timeslot|time slots|timeslots)',
      '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(the) (previous|earlier|last) [*] (role|vacancy|position|post|job|opening|search|assignment|process)',
      '(discussed|spoke about|talked about|met about|spoke in|met in) (in|back in|last) (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|the spring|the summer|the autumn|the winter|year)',
      '(at the time|back then)',
      '(last|this past) (spring|summer|autumn|fall|winter|year)',
      '(earlier) (this|in the) (year|spring)',
      '(a few|a couple of|several|some|two|three|four|five|six|#) (months|years) (ago|back)',
      '(back) (in) (january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the fall)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(a new|another new|a fresh) [*] [*] (brief|assignment|mandate|search|instruction|project)',
      '(a new|another new|a fresh) [*] [*] (opening|role|position|vacancy|post|job|opportunity)',
      '(has|have) [just|recently|now] (opened|opened up|come up|become available|become vacant)',
    ],
    hireStart: [
      '(who) (started|starts|has started|is starting|will start|will be starting) (with us|here)',
      "(who|who's|who'll) (starts|start|is starting|starting|will start|will be starting|joins|is joining|joining|will join) (on|next|this|monday|tuesday|wednesday|thursday|friday|tomorrow|in|from|at|with)",
      "(she|he) (starts|will start|is starting|'s starting|'ll start|begins|will begin|joins|will join|is joining|'s joining) (on|next|this|monday|tuesday|wednesday|thursday|friday|tomorrow|in|from|the|at)",
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('everyone who applied will
      // hear from us once the vacancy has been filled'): the filled post is news to come, not a decision (pending-news.ts)
      '(hear from us|hear back|be notified|be informed|be told|be contacted|be in touch|get an answer|receive an answer|receive a reply|let everyone know|let all applicants know|notify all applicants|inform all applicants) (once|when|as soon as|after) (the|this|our) (vacancy|position|post|role|job|vacancies|positions|posts|roles) (has been|is|have been|are) (filled)',
      "(we'll|we will|we shall|i'll|i will) (be in touch|get back to you|come back to you|let you know|contact you|update you) [again|with news|with an update|with a decision] (within|by|after|next week|early next|later this|as soon as|once|when|in the next)",
      "(you'll|you will|you should) (hear from us|hear back|receive an update|get an update) (within|by|after|next week|early next|later this|as soon as|once|when|in the next)",
    ],
    otherWay: [
      '(another|a different|the other) (way|direction|route|path)',
      // the thing the idiom is about, when named ('a different direction with our CRM'): other-way.ts reads it
      '(another|a different|the other) (way|direction|route|path) (with|for|on|regarding) (our|the|my|your|their) [*] *',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('so take the ad down today'): the post is filled, no one is told no
      '(take|taking|pull|pulling|remove) [down] (the|our|that) [job] (ad|advert|advertisement|posting|listing|job ad) [down|off]',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(can you|could you|would you|will you|can someone|could someone|would someone) ** [*] [*] [*] (line|note|message|text|email|e-mail|word|call|ring|tell|write|inform|notify|let) ** (that|saying|to say)',
      '(avoid) (writing|saying|lines|phrases|wording|wordings|sentences|stock phrases|stock lines|boilerplate) [like|such as|that]',
      '(pass on|break the news|give the news) (to) (her|him|them|the applicants|the candidates|the others|the rest) (that)',
      "(don't|do not|never) [just|only|simply|ever] (write|say|put|tell them|tell her|tell him|tell applicants|tell candidates) [that] (we|we've|we have|we're|we are|the position|the role|the post|the job)",
      '(reply|write|respond|answer) (to) (the|all|both) [*] (applicants|candidates|others|rest|agency candidates) ** (that)',
      // asked of the reader, not the writer's own 'we will let the other applicants know' (nobody11 en-A04)
      '(please|pls|can you|could you|would you|will you|can someone|could someone) (tell|let|inform) (the) [other|remaining|unsuccessful|agency] (applicants|candidates|others|rest) [know] [that]',
      // task kinds6: a colleague asked whether to take the others forward first ("Shouldn't we take the other two forward first?")
      "(shouldn't we|should we not|why don't we|shall we) [just] (take|move|bring|invite|progress|see) (the other|the others|the two|both)",
      // a colleague deliberating about a candidate in the third person ('not sure whether we should move forward with her')
      "(not sure|unsure|undecided|wondering|in two minds|don't know|do not know) (whether|if|about) ** (move forward|moving forward|proceed|proceeding|go ahead|going ahead|progress|progressing|continue|continuing) (with) (him|her)",
      // task ff13: a candidate in the third person not going on ('she won't be progressing to interview'), told to the employee who referred her
      "(she|he) (won't|will not|isn't|is not|wasn't|was not|hasn't|has not|didn't|did not) [be|been] [progressing|moving|going|getting] (progressing|progress|forward|through|shortlisted|selected|successful|invited)",
      // task ff13: managers told never to send the bare template: HR talk
      "(never|don't|do not) (send|write|use) (just|only|simply)",
      // task ff13: a candidate in the third person ('decided not to progress her application', 'not to proceed with him'), told to a referee or colleague
      '(not) [to] (progress|proceed with|move forward with|go forward with|take forward|continue with|pursue) (his|her) (application|candidacy)',
      '(not) [to] (proceed|move forward|go forward|continue) (with) (him|her)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automated|automatic) (message|notification|email|e-mail|notice) (to|for) (the|our|your) (recruiter|recruiters|recruiting team|hiring manager|hiring team)',
      // task implied: colleagues asked to stop passing on CVs: the post is filled, the note is to the team
      "(don't|do not|no need to|please stop|stop) (pass on|passing on|forward|forwarding|send|sending|share|sharing) (any more|more|any further|further|any other|other) (cvs|cv's|resumes|applications|candidates|applicants)",
      // task implied: the notice taken out of the window or off the board: the post is filled, told to a colleague
      '(taken|take|took|taking|pulled|pull|removed|remove) (the|our) (card|sign|notice|poster|ad|advert|listing) (out of|down from|off|from) (the|our) (window|noticeboard|board|website|site|door)',
      // the writer's own earlier application that failed, in a cover letter ("applied … last year and was not successful"): the candidate writes (task lookalike3)
      "(applied|had applied) ** (role|job|position|post|vacancy) ** (last year|previously|before|once before|in #) (and|but) (was|wasn't) [not] (successful|unsuccessful|selected|shortlisted|invited)",
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(could you|can you|please|would you) (reword|rephrase|rewrite|redo|tweak|soften) (the|this|my|our|that) (rejection|email|reply|message|draft|letter|wording)',
      "(just|simply) (say|write|put|tell her|tell him|tell them) [that] (we|we've|we have)",
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(please|pls|can you|could you|would you) (post|put up|publish|repost|re-post|run|renew|share|advertise) (the|our) [job] (ad|advert|posting|listing|role|vacancy) [again|once more|on]',
      // task famdec: the new hire's first day in the third person, or kit ordered for them ('she starts Monday', 'order
      // him a laptop'): news for colleagues, not a word to a candidate
      '(order|get|set up|arrange|book|sort|sort out|create|make|buy) (her|him) (a|an|some) [new] (laptop|computer|pc|pass|badge|login|account|keycard|key|keys|phone|uniform|desk|locker|email address)',
      // an employer-side notification of the hiring tool ('You rejected 2 candidates this week'): mail to the hiring side, as colleague talk is
      "(you|you've|you have) [now|just|already] (rejected|declined|turned down|archived|dismissed) ** (candidates|applicants|applications|candidate|applicant)",
      "(candidates|applicants|applications) (you|you have|you've) (reject|rejected|decline|declined|turn down|turned down)",
      "(i've|i have|we've|we have|i|we) (rejected|declined|turned down|binned|screened out) (the|both|all|two|three|four|those|these) [*] [*] (cvs|candidates|applicants|applications|profiles|resumes)",
      '(take|taking|took|pull|pulling) (the|our|that) [job] (ad|advert|posting|listing|ads|adverts) (down|offline)',
      // task scope: 'let the agencies know' (plural) or asked of a colleague ('please let the agency know'); not the writer's own
      // 'I'll let the agency know how much we valued you' beside a no to the candidate
      '(let|tell|inform) the (agencies|recruiters) (know)',
      '(please|pls|can you|could you|would you|will you|you could|can someone|could someone) (let|tell|inform) the (agency) (know)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(close|take down|remove|unpublish|pull|deactivate) (the|our) [job] (ad|ads|advert|adverts|advertisement|posting|listing)',
      'forwarded (message|email|mail)',
      '(before|until) (i|we) (send|sent|reply|respond) (it|this|them|her|him|out)',
      '(my|our|the) (draft|wording|reply)( below| for)?',
      '(sanity-check|sanity check|look over|proofread|check|read) (this|my|the) (draft|email|reply|wording|one)',
      "(i suggest we|let's) (invite|interview|shortlist|call|reject|decline)",
      '(the rest|the others|everyone else) (get|gets|will get|receive|receives) (the|our) (standard|usual|template)',
      '(template|regret emails|rejection emails|rejection letters|decline emails|the usual)',
      '(my) (shortlist|longlist)',
      '(the|our) (shortlist|longlist) (is|looks|so far|has|includes|attached|below)',
      '(what do you think|your thoughts|let me know what you think) (of|on|about) (him|her|them|these|those|both|the two|the candidate~|the applicant~|the shortlist|the finalists|which one|who)',
      "(i'd skip|let's skip|let's go with|we should invite|i suggest we)",
      'to the (others|rest)',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      "(your|their) (email|e-mail|message|letter|note|reply|response|mail) (saying|to say|telling me|to let me know|that|letting me know) [that] (you|you've|you'd|they|they've|they'd) [had|have|now|already|unfortunately] (gone|went|chosen|chose|decided|selected|hired|appointed|offered|moved|filled|picked|proceeded)",
      "(you|you've|you'd) [have|had] [now|already|unfortunately|eventually] (gone|went|chosen|chose|selected|hired|appointed|picked) (with|another|someone|a different|other)",
      "(you|you've|you'd) [have|had] [now|already|unfortunately|eventually] (offered|given) (it|the role|the job|the position|the post) (to) (another|someone|a different|other)",
      "(i've|i|i have) (received|got|had|read|seen) (your|their) (rejection|decision|no)",
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      "(i've|i have|i|i'm|i am) [decided to|must|have to|will have to|had to|regretfully|unfortunately|sadly|reluctantly|respectfully|going to|afraid i] [have to|must|will|need to] (decline|turn down|turning down|declining|pass on|say no to) (the|your|this|your kind|the kind|this kind) [*] (offer|position|role|job)",
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      "(i've|i have|we've|we have|i|we) [already|now|just] (let|told|informed|emailed|called|rung|notified) (the) [*] (other|remaining)",
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      "(should|shouldn't|ought to|would|wouldn't|could|let's|don't|not|won't) [not|really|definitely|probably] (move|go|proceed|press|push) (forward|ahead|on) (with) (him|her)",
      '(shortlist|shortlisting|progress|progressing|invite|inviting|reject|rejecting) (him|her) (forward|further|through|to the next)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(my) (job application|candidacy|cv|resume|résumé)',
      '(my) (application) (for|to) (the|this|your|that) [*] [*] (role|position|post|job|vacancy|opening)',
      '(withdraw|proceed with|continue with|go ahead with|move forward with|pursue|progress) (my) (application)',
      '(i) (was|have been|had been) (unsuccessful|not shortlisted|not selected)',
      "(i) (wasn't|was not|haven't been|have not been|didn't get) (shortlisted|selected|through)",
      // what the writer will tell a third person ('I'll ring her and tell her we went with …'): colleague talk, not the message to the candidate
      "(tell|telling|let|letting) (her|him|them) [know] [that] (we|we've|we'd|we're|they|they've|the)",
      // asking a colleague to reject someone ('Please reject Anna Berg for the delivery role'): colleague talk
      "(please|pls|can you|could you|would you|can we|let's) [go ahead and|just] (reject|decline|turn down|send a rejection to|send the rejection to|send a no to)",
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      "(the|this|my|our) (text|wording|message|email|e-mail|reply|template|draft) (i'm|i am|we're|we are|i|we) [planning|going|about|intending|hoping] [to] (send|sending|email|use)",
      '(shout|let me know|tell me|flag) (if) (anything|something) (needs|should) (changing|to change|tweaking|editing)',
      // task board3o: a note before the candidate's mail goes out ('could you call her before the email goes out?')
      '(before) (the|my|our|your|this) (email|e-mail|letter|message|rejection|regret email|decline email|mail) (goes out|is sent|gets sent|go out)',
      // task board3o: a note asking that the others get their refusal ('please make sure every other applicant gets a decline in the
      // ATS')
      '(other|remaining|unsuccessful|rest of the) (applicant|applicants|candidate|candidates) (gets|get|receive|receives|are sent|is sent) (a|the|their) [*] (decline|rejection|regret|declines|rejections|regrets)',
    ],
    notRejection: [
      // task decide11: someone got for one shift and the reader asked to take another or given the time off ('u still ok for saturday night?', 'can you do Sunday instead?', 'so you can have Friday off')
      '(are you|r u|you|u|are u) (still) (ok|okay|good|free|up|alright|available) (for) *',
      '(can|could|would) (you|u) (do|take|cover|work|manage) ** (instead)',
      '(so) (you|u) (can|could) (have|take) ** (off)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      "(unfortunately|sadly|sorry) [it's|it is] (not) (this time|this year|this summer|this time round) (for me|on my part|from my side|for my part)",
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(i) (could|should) (have) (done) ** (differently|better)',
      '(i) (could|can) (do) ** (differently|better) (next time)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(had|got|received) (#|two|three|four|five|several) (quotes) (in)',
      // task kinds6: the candidate appeals an appointment or asks for the panel's notes ('I am appealing the council's decision to
      // appoint another applicant', 'I was told today that I have not been shortlisted … I'd like a copy of'): the writer is the one turned down
      "(i am|i'm|i wish to|i would like to|i'd like to|i want to|i hereby) (appeal|appealing|lodge an appeal|challenge|challenging)",
      "(i was|i've been|i have been) (told|informed|notified) [today|yesterday|this morning] (that) (i)",
      "(i'd like|i would like|i request|i am requesting|i'm requesting|please send me) (a copy of|access to|sight of) ** (scoring|scores|notes|assessment|panel|interview notes)",
      // task kinds6: the candidate turns the offer down ('I've decided to turn it down', 'decided to decline the offer')
      // (task nonjob7: a bare 'decline' / 'say no' only after the offer was thanked for, thanked-decline.ts: 'I have decided to
      // decline your application' is a recruiter's no)
      "(i've|i have|i) (decided|made the decision) (to) (turn it down)",
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(thanks|thank you|many thanks) [so much|very much] (for) (the|your) (interview invitation|invitation to interview|invite to interview|invitation to the interview|invitation to an interview|interview invite|invitation)',
      // task kinds8: … or for inviting the writer ('Thanks for inviting me to interview …, I can't do Tuesday, so unfortunately it doesn't fit')
      '(thanks|thank you|many thanks) [so much|very much] (for) (inviting me|having me in mind|asking me) (to|for|in for) [a|an|the] (interview|interviews|chat|call|meeting|assessment|trial)',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(i) ** (accept|take|taken|accepted) (another|a different|an alternative) (position|job|offer|role)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(job|role|position|spot) [that] (you) (were going to|meant to|wanted to|planned to|were thinking of|were planning to) (apply|applying)',
      // task ff13: a manuscript declined by a journal, not a job ('not to accept the article for publication')
      '(your manuscript|the manuscript|for publication)',
      // task ff13: an agency sending its client the strongest few ('sending you the three strongest'): the reader decides, nobody is told no
      '(send|sending|present|presenting|forward|forwarding|put forward|putting forward) (you) (the) (#|two|three|four|five|six) (strongest|best|top|remaining|shortlisted|candidates)',
      // a meeting or call declined ("I'll have to decline Thursday's meeting invite"): calendar talk, no candidacy (task lookalike3)
      '(decline|declining|declined) ** (meeting|meeting invite|meeting request|calendar invite|call|event)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      "(haven't|have not|hasn't|has not|weren't|were not|wasn't|was not) been (turned down|rejected|declined|ruled out|screened out)",
      // internal applicants considered first, a policy in a vacancy list: no decision (task lookalike3)
      '(internal) (applicants|candidates|applications) (will be|are) (considered|prioritised|prioritized|looked at) (before|first|ahead)',
      // a place on a degree programme or course, not a job (task lookalike3; not 'BA' — a business analyst — nor a PhD post, often a job)
      '(applying|applied|application) (to|for) the (msc|mba|bsc|mphil|llm|pgce|undergraduate|postgraduate) (programme|program|course|degree)',
      '(postgraduate|undergraduate|graduate) admissions',
      // the reader's own internship or placement is ending ("din praktikperiod avslutas på fredag"): no application is turned down (task lookalike3)
      '(your) (placement|internship|work experience|traineeship|work placement) ** (ends|finishes|comes to an end|is ending|is coming to an end)',
      // a talk or paper proposed to a conference, not a job application (task lookalike3)
      '(submitting|submitted|submit) [a|your] (talk|abstract|paper|session proposal|talk proposal)',
      // task famdec: a team that grew (a staff or customer announcement), not a word to a candidate
      '(team|kitchen|bakery|crew|staff) (has|have) (grown|got bigger|expanded)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(role|position|vacancy|job|post|posting|advert) ** (has been|was|is|have been) [now] (withdrawn|cancelled|canceled|pulled) (by the employer|by the company|by the client|by the hiring company)',
      // task famdec: a process ended at the candidate's own request ('as you asked, we have ended your process with us')
      "(as you asked|as you requested|at your request|as requested|per your request) [,] (we have|we've|we) (ended|closed|removed|deleted|withdrawn|cancelled|canceled|archived)",
      // task famdec: news of a hire told as good news ('Great news from the kitchen: we've hired another chef'): an
      // announcement, never a word to a rejected candidate
      "(great|good|exciting|happy|big) news ** (we've|we have|we) [just|finally|now] (hired|taken on|appointed|recruited|welcomed|got)",
      // the application stays in a process that goes on ("you do not need to apply again")
      "(do not|don't|will not|won't) need to (re-apply|reapply|apply again|submit a new application)",
      // a vacancy called off ('we've decided not to hire for the barista spot after all, we'll cover it ourselves')
      '(decided|chosen|opted) (not to) (hire|recruit) (for) (the|this|that|our) [*] [*] (role|position|job|post|spot|vacancy) (after all|this year|this season|for now|at all)',
      // the candidate chose not to go on ('sorry to hear that you've decided not to proceed')
      "(you've|you have|you had|you) (decided|chosen|opted) (not to|to no longer) (proceed|continue|pursue|go ahead|move forward)",
      // a mail about one's own rejection ('I got the rejection', 'they went with someone else … cheer me up')
      "(i|i've|i have|i just|just) [just|finally|also] (got|received|had|gotten) (a|the|my|their|another|an) [*] (rejection|knockback|rejection email|rejection letter)",
      "(i) (didn't|did not|never) get (the|that) [*] (job|role|position|offer|interview)",
      '(cheer me up|wish me luck|commiserate with me|drown my sorrows)',
      "(not|n't|unable to|no longer|on hold|paused|postponed|pausing|delayed) ** ** (until|till) ** (budget|approved|approval|signed off|further notice|next year|the new year|spring|summer|autumn|winter|the autumn|the spring|january|february|march|april|may|june|july|august|september|october|november|december)",
      '(remains|is still|stays) (under consideration|in the process|in the running|part of the process)',
      // the application stays active (a profile that 'remains active in our talent community' is a talent-pool line)
      '(application|candidacy) ** (remains|is still|stays) (active)',
      "(if|should|in case|in the event that) you (decide not to accept|decline|do not accept|don't accept|wish to decline|turn it down|turn down|choose not to accept|decide to decline|are unable to accept)",
      '(proposal|quote|pitch|offer|tender|bid) (for|on) (recruitment|recruiting|staffing|search|headhunting) (services|support|work)',
      '(expect|expecting|anticipate|hope|aim|plan|planning) (to|the position|the role|the vacancy) ** (filled|fill)',
      '(accepted|taken|chosen|decided to accept) (another|an other|a different) (offer|role|position|job)',
      '(withdrawn|withdrew|withdraw~|retracted) (your|his|her|their) (application|candidacy)',
      '(withdrawn|withdrew|withdrawing) from (the|our) (process|recruitment)',
      '(still|very much) ** in the (running|process)',
      '(still being|still under) (considered|consideration|review)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(process|recruitment|hiring|decision) ** (paused|on hold|postponed)',
      "(can't|cannot|can not|are unable to|aren't able to) (say|tell you|share) (more|anything more|much more) (just now|right now|at the moment|at this stage|yet|for now|today)",
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(another|a different|other|the other) (tenant|tenants|buyer|buyers|bidder|bidders|seller|contractor for the (work|job|renovation)|tradesman|builder|venue)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(your|the) (quotation|quote|pitch) (for|to)',
      '(proposal) (to|for) (redesign|build|supply|deliver|provide|install|develop|refurbish|renovate|a new|the new|our new)',
      // a choice still being made between the reader and someone else: no decision yet
      '(still|currently) (deciding|choosing|weighing|considering|torn) (between)',
      // task board3o: a status closed by the candidate ('Status: Declined by candidate', 'withdrawn by applicant')
      '(declined|withdrawn|withdrew|rejected|cancelled|canceled|closed) (by) (the candidate|candidate|the applicant|applicant|you|yourself|the jobseeker)',
      // task board3o: a notice to everyone ('the Senior Buyer role has been put on hold indefinitely. This affects all applicants');
      // not 'put on hold' by itself, which a draft can say beside a refusal of another post
      '(this|it|the decision) (affects|applies to|concerns) (all|every|each) [of the] (applicants|applicant|candidates|candidate)',
      // task ff12: the writer heard of the reader's no from the reader ('sorry to hear they turned you down'); an agency relaying a client's no says 'sorry to say'
      "(sorry|sad|gutted) (to hear) [that] (they|you got|you didn't|you did not|it didn't|it did not)",
      // task ff12: a no sent by mistake, corrected
      '(sent|went out|was sent|has gone out|been sent) ** (by mistake|in error|by accident|accidentally|erroneously)',
      // task ff12: the candidate declines an offer ('I have decided not to accept it'); a recruiter declines an application, not 'it' or 'the offer'
      '(i) [have] [unfortunately|regretfully|reluctantly|now|therefore] (decided|chosen) (not to accept|to decline|to turn down) (it|the offer|your offer|your kind offer|this offer|the post|the position|the role)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, in a choir or an orchestra, not a job ('no place for your son in the U12 squad')
      "(place|places|spot|spots) (on|in) (the|our|this|this year's|next year's) [*] (squad|choir|orchestra|ensemble|roster)",
      // task nominate8: another firm chosen for the work (a customer to a tradesman), and the reader's own suggestion or idea (a parents' council, a club)
      '(go with|going with|gone with|went with|use|using|used|chose|chosen|choose|hire|hired|hiring|book|booked|appoint|appointed|give the work to|given the work to|gave the work to) (another|a different|one other|the other) (company|firm|business|contractor|builder~|installer~)',
      '(thank you for|thanks for|thanks so much for|thank you so much for) (your|the) (suggestion|idea|plan|initiative) (for|of|to|about)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: a club's annual meeting or a customer's complaint: no job ('we don't see you in the role of treasurer',
      // 'we're not going to take this further' about a complaint)
      '(your|the|this) (complaint|complaints|claim for compensation|warranty claim)',
      // task ff13: a job alert ('No new jobs matched your alert'): 'did not match' said of adverts
      '(matched|match|matching) (your) (alert|job alert|saved search|search)',
      // task ff13: the candidate chose another employer: an employer never chooses 'another employer' (with the verb: 'find a role with another employer' is a warm no)
      '(move forward with|moving forward with|go with|going with|gone with|accepted|chosen|chose|join|joining|pursue) (another|a different) (employer)',
      // task ff13: another booking or request taken (a venue, a supplier): no person was chosen over the reader
      '(another|a different) (booking|enquiry|inquiry|reservation|event|quote|quotation|supplier|vendor)',
      // task wish: a request for leave or a permit turned down ('your leave request was rejected', 'application for
      // planning permission'): an employee's or citizen's request, not a candidacy
      '(application|request|applications|requests) (for) [annual|parental|unpaid|paid|study|special|compassionate|extra] (leave|holiday|holidays|time off|planning permission|a permit|a parking permit|a grant|funding|a refund|an extension)',
      '(leave|holiday|time-off|time off|expense|expenses) (request|requests|claim|claims)',
      // task scope: (ff13) an application for a permit, a licence or a loan ('Your application for a residents' parking permit has been
      // refused'); a topic veto since a no to a job may mention the applicant's own work permit or visa
      '(application|applications) (for) ** (permit|licence|license|loan|mortgage|visa|allowance|benefit|refund)',
      // the same with the verb ('Thank you for applying for a parking permit')
      '(applying|applied) (for) [a|an|the|your] [*] (permit|licence|license|loan|mortgage|allowance|benefit|refund)',
      // task cross11: the noun first ('Thank you for your loan application. We are unable to accommodate your application')
      '(loan|mortgage|remortgage|overdraft|credit card|car finance|finance|credit) (application|applications)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(invoice|invoice number|invoice no) [no|number] #',
      // task scope: (implied) a place for a child at a nursery or school; a no to a nursery nurse may answer a question about one
      '(nursery|school|preschool|pre-school|childcare|reception|playgroup|creche|crèche) (place|places|admission|admissions)',
      // task scope: (implied) the same, the place named first
      '(a place|places) (at|in) (the|our|a) [*] (nursery|preschool|pre-school|school|playgroup|creche|crèche)',
      // task scope: a sports squad, not a job ('we have not picked you for the squad', 'no place in the squad'): not 'the squad
      // coordinator role', a job whose name holds the word
      '(a place|a spot|places|spots|selected|picked|chosen|named|included|pick|select|choose|name|include) [you|him|her|them] (in|for|into|to) [the|our|this|next|this week~|saturday~|sunday~] [*] [*] (squad|squads|team sheet|starting line-up|starting lineup|line-up|lineup)',
      // task scope: a supplier's proposal, quote or pitch; a no may thank the candidate for the pitch of an interview task
      '(your|the) (proposal|quote|bid|tender|pitch|rfp|rfq)',
      // task scope: another supplier or agency chosen; a no to a permanent post may name the reader's time 'as a contractor'
      '(another|other|a different|as a|as our|new|preferred) (vendor|supplier|agency|partner|provider|contractor)',
      // task scope: (lookalike3) a tenancy or lease not renewed: a landlord's decision; a no to a job may name the candidate's own lease
      '(your|the) (tenancy|lease|tenancy agreement|rental agreement)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('not you this time - it's Sam's turn to do the coffee'): no selection
      "(it's|it is|its|now it's|now it is) (*) (turn) (to|for|on)",
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(process|recruitment|hiring|decision) ** (delayed|taking longer)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(reschedule|rearrange|postpone|move|change) (your|the|our) (interview|meeting|call|appointment|assessment)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: a parents' council or association hires nobody
      "(parents' council|parent council|parents council|parents' association|parent association|parent-teacher association|pta|pto|parent teacher association)",
      // task kinds7: a scholarship awarded by a foundation or trust
      '(scholarship|scholarships)',
      // task lookalike5: a talk, paper or session proposal for a conference or festival programme, not a post
      '(speaking|speaker) (slot|slots)',
      '(programme|program|paper|papers) (committee)',
      '(call for) (papers|proposals|speakers|abstracts|submissions|sessions)',
      '(your) (abstract|session proposal|workshop proposal|talk proposal|panel proposal|conference proposal)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(another|a different) (restaurant|venue|pub)',
      // task lookalike4: an animal adopted or rehomed ('applying to adopt Biscuit', 'after the home visits'): another family chosen is no job decision
      '(apply|applying|applied|application|applications) (to|for) (adopt|adopting|adoption|rehome|rehoming)',
      '(adoption|rehoming) (application|applications|form|forms|request|requests|enquiry|enquiries)',
      '(home visit|home visits|home check|home checks)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(accelerator|accelerators|incubator|incubators)',
      '(start-up|startup|founders|founder|mentoring|mentorship|leadership|enrichment|exchange) (programme|program|programmes|programs)',
      // a study place: admitted or not to a school, a course ('unable to offer Aarav a place', 'the school was oversubscribed')
      '(admissions|admission|admit|admitted|oversubscribed|undergraduate)',
      '(a|any|no) place (on|at|in) (the|our|this|a) [*] [*] (course|school|academy|college|university|class|degree)',
      '(a|any|no|the) (school|college|course|university|degree|study) (place|places)',
      '(the|this|our|a|that) [*] [*] (course|class|workshop) (filled up|is full|was full|was fully booked|is fully booked|was oversubscribed)',
      '(applying|applied|application|apply|enrolling|enrolment|enrollment|booking) (to|for|on) (the|our|this|a) [*] [*] [*] (course|class|classes|workshop)',
      // a membership: a club, an association, a housing co-op
      '(application|applications|applying) (for) (membership)',
      '(membership) (of|in) (the|our|this) [*] [*] (club|association|society|co-op|co-operative|cooperative)',
      '(new|any new|more|any more|no new|further) (members)',
      '(housing co-op|housing co-operative|housing cooperative|co-op board|bylaws|by-laws|moorings)',
      // a grant, fund, bursary, residency, competition: named by the body that decides ('The Northern Makers Fund')
      '(fund|grants|bursary|bursaries|residency|residencies|judges|judging panel|anthology)',
      '(your|the|competition) (entry|entries)',
      '(award|prize) (shortlist|judges|ceremony|winners|nominees|final)',
      '(entering|entered|nominating|nominated|nomination) ** (award|prize|competition|contest)',
      // a team or choir selected: trials for a side, an audition
      '(county|district|regional|academy|club|squad|team) (trials)',
      '(squad|county side|audition|auditions|choir|musical director)',
      // a tender: a bid not chosen, a contract awarded to another supplier
      '(your|our) (tender|bid|quotation)',
      '(submitting|submitted) (a|your) (tender|bid)',
      '(contract) (has been|was|will be|is being) (awarded)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(request for sponsorship|sponsorship request|sponsorship requests|sponsorship application|sponsorship proposal|sponsorship enquiry)',
      '(manuscript|manuscripts|typescript|picture-book|peer review|peer-review|peer reviewed|editorial board|publishing list)',
      "(the journal's|this journal|our journal)",
      '(your|the) (quote|quotation) (for)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(nominations committee|nominating committee|nomination committee|nominations panel|trustee board|trusteeship|board seat|seat on the board|stand for election|standing for election)',
      // task decisions13: an agency's words: the reader represented or put forward, profiles submitted for a client, a cultural fit judged (a squad or a supplier veto yields)
      '(represent you|representing you|put you forward|putting you forward|submitted your profile|submitting your profile|submitted your cv|submitting profiles|submitting cvs|submitted profiles)',
      '(cultural fit|culture fit|cultural match)',
      // task include9: a club's or school's staff roles, not its players ('trying out for the coaching staff', 'serving as a governor')
      '(coaching staff|backroom staff|coaching team|volunteer coaching|serving as a governor|serving as a trustee|serving on the board)',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(appoint|appointed|appointing|engage|engaged|engaging|hire|hired|hiring|employ|employed) ** (coach|coaches|conductor|director|manager|caretaker|groundsman|trainer|bandmaster|choirmaster)',
      '(as) [our|the|a|new|their] [new|head|assistant|youth|club|first-team] (coach|conductor|musical director|club manager|caretaker|groundsman|trainer|choirmaster|bandmaster)',
      '(role|roles|job|jobs|vacancy|vacancies|employment|employer|employers|apprenticeship|apprenticeships|apprentice|apprentices|traineeship|trainee|trainees|internship|internships|studentship|studentships|salary|salaried)',
      '(graduate) (programme|program|scheme|role|roles|intake)',
      '(the|this|that|a|our|your|any) [*] [*] (position|positions|post|posts)',
      // task decisions11: every post of a kind ('all the summer camp leader posts')
      '(all the|all of the|all our|all of our) ** (posts|positions)',
      '(phd|doctoral|postdoctoral|research) (position|post|role|studentship|fellowship|student position)',
    ],
    positive: [
      // task decide7: 'welcome aboard!', 'welcome to the team' (de 'willkommen an Bord')
      '(welcome) (aboard|on board|to the team|to our team|into the team)',
      // an invitation worded as a wish ('we would love to meet you for a first interview')
      '(love|like|keen|glad|happy|delighted|pleased|excited) (to) (meet|see|interview|invite|talk to|speak with|chat with|have) (you) [in|back] (for|to|at) [a|an|the] [first|second|short|quick|informal|video|final|next] (interview|chat|call|conversation|meeting|trial shift|assessment|round)',
      // task causal2: the reader booked on a course or training (a new starter's lack the employer fills)
      "(we've|we have|i've|i have) (booked|signed|enrolled|registered|put) (you) (on|onto|in|into|for) (the|a|our) ** (course|training|induction|session)",
      // task ff13: the reader's own role still open ('the driver role you applied for is still open'), set against another that is filled
      "(you applied for|you have applied for|you applied to|you've applied for) (is) (still) (open|live|available)",
      // task ff13: the offer with the reader last ('we'd love to offer the position to you'); 'love' itself, so 'would have loved to offer' stays a no
      '(love|like|happy|delighted|pleased|glad|thrilled) (to offer) (the|this) (role|position|job|post) (to you)',
      // task h11a: seeing the reader again is an invitation to the next round ('would like to see you again on Thursday')
      "(would like|'d like|would love|'d love|want) (to) (see you again|meet you again|have you back|see you back)",
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      "(like to|love to|glad to|happy to|pleased to|can|could|will|'ll|want to) (see|meet|invite|welcome|interview) you ** (on|this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(offer you|free on|available on|a slot on|a time on|a space on|room on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)',
      // task famdec: another time offered after slots filled by others ('could you do Wednesday at 10 instead?')
      '(could|can|would) (you) (do|make|manage|come|come in|attend|join us) ** (instead|rather)',
      "(delighted|pleased|happy|thrilled|glad) to say (it's|it is) you",
      // the same said of all applicants ('applicants who have not heard from us by …')
      "(who|that) (have not|haven't|do not|don't|did not|didn't) (heard|hear) (from us|back|anything) ** (by|within)",
      // an invitation asked as a question ('could you come in for an interview?')
      '(could|can|would) (you) (come|come in|pop in|drop in|come by|join us) (for) (an|a) [*] (interview|chat|trial shift|trial day|trial lesson)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      "(if|should) (you) (have not|haven't|do not|don't|did not|didn't|not) ** (heard|hear) (from us|back|anything) ** (by|within|before)",
      "(you have|you've) been (appointed|hired|offered the (post|role|position|job))",
      '(like|love|pleased|happy|delighted|glad|want|wish|excited) to invite you (to|for) (an|a|the|our|your) [next|second|final|first|short|brief|informal|formal|technical|video|online|in-person|follow-up] (interview|round|stage|assessment|call|meeting|conversation|chat|trial|case|test|assessment centre|assessment center)',
      '(pleased|delighted|happy|thrilled|glad|excited) to (offer you|make you an offer|extend an offer|welcome you|confirm your (appointment|place|start))',
      '(pleased|delighted|happy|thrilled|glad|excited) to (inform|tell|let) you [know] that you (have been|are|were) (selected|accepted|successful|shortlisted|invited|through|moving)',
      "(we have|we've) (chosen|selected|picked) you (for|as) (the|our|a)",
      "(you have|you've) (been selected|been shortlisted|made it|progressed|passed) (for|to|through|into) (the|our) (next|final|second|interview|shortlist)",
      // an offer worded as a wish ('we'd like to offer you the … position')
      "(we'd|we would|i'd|i would|we want|we wanted) (like|love|be glad|be happy|be delighted|be pleased|to) [to] offer you (the|a|this|our|your)",
      // an invitation with no article before the meeting ('invitere dig til samtale', 'invite you to interview')
      '(like|love|pleased|happy|delighted|glad|want|wish|excited) to invite you (to|for) (interview|interviews|a chat|come in|meet)',
    ],
    recruiting: [
      // task decide11: thanks for getting through the rounds or the case ('thanks for getting through three rounds and the case')
      '(getting|going|sticking|sitting|making it|got|went|made it) (through) ** (rounds|interviews|stages|the case|the case study|the process|the task|the assessment|all the rounds)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(nominations committee|nominating committee|nomination committee|nominations panel|slate|trustee board|trusteeship|board seat|seat on the board|expressions of interest|stand for election|standing for election)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(nominations panel|nominating panel|search committee|selection panel|election to the board|serving as a governor|serving as a trustee|serving on the board|school governor|parent governor)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(recommendation|recommendations|nominations|slate) (to|for) (the agm|members|the annual general meeting|the general meeting|the board)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(offering|offered|volunteering|volunteered|signing up|signed up) (to|as a|as an|as) [help] (coach|volunteer|helper|leader|assistant coach|referee|steward)',
      // task include9: a trial for a team's staff or squad ('thanks for trying out for the coaching staff')
      '(trying|tried|try|tries) (out) (for) [the|our|a|this] [*] (team|squad|staff|coaching staff|side|panel|role|position|crew)',
      // task informal7: the offer to help with a team ('thanks for offering to help out with the U12s')
      '(offering|offered|volunteering|volunteered) (to) (help|help out|lend a hand|pitch in|muck in) (with|at|on|coaching|running) (the|our|a) *',
      "(the boss|the gaffer|the manager|the owner|the foreman) [has|'s] (went with|gone with|took|taken|took on|taken on|picked|chose|chosen|hired|gave it to|given it to)",
      // task cross12: thanks for going through the process ('thanks for going through the process with us'): one signal, so a relayed no with no object answers a candidate
      '(thanks|thank you|cheers) [so much|again] (for) (going through|being part of|taking part in|sticking with us through) (the process|the recruitment process|the selection process)',
      // task cross12: thanks for coming by (a visit is one signal, as sv/da 'tack för att du kom förbi'); 'thanks for coming over' to a friend is left out
      '(thanks|thank you|cheers) [so much|again] (for) (coming by|coming in|popping in|popping by|dropping by|dropping in|stopping by|coming down)',
      // task decisions13: the reader offered to work: a hand put up for a shift, a name put down, made available for shifts or sessions ('thanks for putting your hand up!'); one signal each
      '(thanks|thank you|cheers|many thanks|thanks a million|thanks again) (for) (putting your hand up|putting your name down|putting your name forward|putting yourself forward|letting us represent you|letting us put you forward)',
      '(making yourself|made yourself|make yourself) (available) (for) ** (shifts|shift|sessions|session|cover|bookings|rota|placements|locum)',
      // task decide11: the reader's message about a named job, in a text's spellings ('got ur msg about the labouring job')
      '(your|ur|yr|the) (message|messages|msg|msgs|text|txt|email|mail|note|voicemail|vm|dm|call|enquiry|inquiry) (about|abt|re|regarding|for|on) (the|that|this|a|our) ** (job|jobs|role|position|vacancy|post|spot|gig|shift|shifts|work|opening)',
      // task decisions13: a visit to the workplace thanked for ('appreciate you coming out to the yard'); 'thanks for coming over' to a friend names no workplace
      '(thanks for|thank you for|cheers for|appreciate you|appreciated you) (coming|popping|dropping|stopping) (out|down|in|by|round|over|along) (to|at) (the) (yard|site|farm|workshop|kitchen|warehouse|depot|garage|salon|shop|bar|restaurant|cafe|café|orchard|stables)',
      '(signing up|signed up|sign up|offering|offered) (to volunteer|as a volunteer)',
      // task decisions13: thanks for the application or the CV in a small employer's reply ('thanks a million for the application')
      '(thanks|thank you|cheers|ta) [a million|so much|very much|again|loads] (for) (the|your) (application|cv|c.v.)',
      // task decisions13: the reader told to try again next season ('try us again next year'): one signal, so a staffing fact
      // or a context-only no beside it answers an ask for work ('thanks for asking' is no signal: a friend offering to take
      // the sofa is thanked so, and 'we've found someone' would then decide)
      '(try|ask|contact|message|apply to) (us) (again) (next year|next season|next summer|next spring|in the spring|at christmas|next christmas)',
      // task decisions13: a recruiter passes on the client's thanks ('they've asked me to pass on their thanks'): one signal
      "(they've|they have|they|the client has|the client) (asked me to) (pass on|send on|pass along|give you) (their) (thanks|feedback|regards|best wishes|appreciation)",
      // task decisions13: work named by its place and season ('help on the farm this summer')
      '(help|staff|hands|lads|pickers|crew) [we need|we needed] (on|in|at|for) (the) (farm|yard|shop|kitchen|bar|gang|site|orchard|cafe|café|stables|deli) (this|for the|for this) (summer|season|christmas|year)',
      // task decisions11: a seasonal picking crew, the reader's portfolio or showreel (a job without a recruiting word)
      '(picking|harvest|harvesting|fruit-picking|fruit picking|grape-picking) (crew|team|gang|staff)',
      '(your) (portfolio|showreel|work samples)',
      '(walking|taking|talking) (me|us) (through) (your) [*] (portfolio|work|illustrations|designs|projects|drawings|photos|showreel|case studies)',
      // task decisions8: a meeting with a committee, panel, trustees or board about a post; a part-time or temporary post
      '(meeting|meet|met|seeing|saw|seen) [with] (the) (committee|panel|trustees|board|interview panel|selection panel) [last week|yesterday|today|this week|on monday|on tuesday|on wednesday|on thursday|on friday] (about|regarding|re|for) (the|your|our|this|that) ** (job|role|position|vacancy|post)',
      '(part-time|temporary|fixed-term|full-time) [*] [*] [*] (post)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(thanks|thank you|cheers|many thanks) (for) (yesterday|the visit|visiting)',
      // task context3: time given to the writer's side ('thank you for all the time you've given us'): one signal
      "(thanks|thank you|cheers|many thanks) (for) [all] (the time) (you've given us|you have given us|you gave us|you've spent with us|you spent with us|you've put in|you put in)",
      // task reasonkinds: a work test done for the writer (the translation test, the welding test)
      '(translation test~|welding test~|weld test~|coding test~|take-home~)',
      // task consequence: interest in a named job ('thanks for your interest in the barista job')
      '(your) (interest|enquiry|inquiry) (in|about|regarding) (the|our|this|a) ** (job|role|position|vacancy|post|opening)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      "(what do you think|what did you think|your thoughts|what's your take|how do you feel) (of|about|on) *",
      '(fine|good|great|strong|solid|decent|impressive|ok|okay) (on paper)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      '(job|work|role|trade|line of work|career) (for) (a|an) [young] (girl|lass|woman|lady|bloke|man|guy|lad|fella|female|male)',
      // task h11a: time given ('cheers for your time yesterday') and a talk about the job ('chatting about the barista spot'): one signal each
      '(thanks|thank you|cheers|many thanks) (for) (your time)',
      '(chatting|chat|chatted|talk|talking|talked|speaking|spoke) ** (about|regarding|re) (the|your) [*] [*] (job|role|spot|position|vacancy|opening|post)', // task decisions11: 'talk'
      // task h11a: time taken to come and meet ('appreciate you taking the time to come in')
      '(taking|took|take|taken) (the time|time out) (to) (come in|come by|come over|meet us|meet me|meet with us|see us|chat with us)',
      // task h11a: a first meeting ('good to meet you on site Tuesday'): one signal, for context-only decisions
      '(nice|good|great|lovely) (to) (meet) (you) (on|at|in|yesterday|today|last|this|the other day|earlier)',
      // task h11a: a trial done for the writer ('thanks for doing the trial at the bar')
      '(doing|did|done|do|coming in for|came in for|come in for) (the|a|your|that) (trial|tryout|try-out)',
      // task h11a: a visit thanked for ('thanks for popping in', 'appreciate you coming in'): one signal, for context-only decisions
      '(thanks|thank you|cheers|many thanks) (for) (coming|popping|stopping|dropping|swinging|calling) (in|by|into|out)',
      '(appreciate|appreciated) (you) (coming|popping|stopping|dropping|swinging|calling) (in|by|into|out)',
      // task riskyonly: a meeting with the writer's side thanked for ('thanks for meeting us on Monday', 'thanks for coming to
      // see us'): one signal, for context-only decisions
      '(thanks|thank you|cheers|many thanks) (for) (meeting|coming to meet|coming to see|visiting|seeing) (us|the team|with us|with the team)',
      // task implied: a meeting with the writer about a post ('thanks for meeting us about the nursery nurse role')
      '(meeting|meet|met|seeing|see|saw|seen) (us|me|the team|with us|with me) (about|regarding|re|for) (the|your|our|this|that) ** (job|role|position|vacancy|post)',
      // task implied: a message about work ('thanks for getting in touch about waitressing this summer')
      '(getting in touch|got in touch|your message|your email|your enquiry|your inquiry|asking|enquiring|inquiring) (about|regarding|re) [*] (waitressing|bar work|shift work|seasonal work|summer work|waiting tables|a job|jobs|work|shifts|vacancies|a position|positions|openings)',
      // task risky3: a shortlist between recruiters ('re the last two for the driver job')
      '(the|these|our) (last|final) (two|three|pair) (for|candidates|applicants|on the list|left)',
      // task famdec: a talk about the job ('thanks for the chat about the nanny job')
      '(chat|talk|call|conversation|meeting|catch-up) (about|regarding|re) (the|your|our|this|that) ** (job|role|position|vacancy|post)',
      // task famdec: a visit about a post ('thanks for coming in about the nursing post')
      '(coming in|came in|come in|popping in|popped in|dropping by|dropped by|coming by|came by) (about|for|regarding) (the|our|this|that) ** (job|role|position|vacancy|post|shift|opening)',
      // task famdec: a talk with the addressee about a job ('good to speak to you about the van driver job')
      '(chat|talk|talking|speak|speaking|spoke|spoken|chatting|meet|meeting|met|seeing) (to|with) (you) [*] [*] (about|regarding|re) (the|our|your|this|that) ** (job|role|position|vacancy|shift|opening)',
      '(your interest in) (volunteering|joining|working|tutoring|teaching|becoming)',
      '(assessment|selection) (day|days|centre|center|event)',
      '(apprentice|apprentices|apprenticeship|apprenticeships|internship|internships|graduate scheme|graduate programme|graduate program)',
      '(trial lesson~|demo lesson~|teaching demo~|observed lesson~)',
      // 'applying to be a camp leader', 'a summer job'
      '(applying|applied|apply) (to be|to become|to work|to join)',
      '(summer|seasonal|holiday|weekend|saturday|part-time|temp) (job|jobs|staff|worker|workers|position|role)',
      '(second|final|next|first|third) (round|interview|stage|panel)',
      '(go|goes|going|put|move|moves|take|takes) (through|forward) to (the|a) (final|next|second)',
      'debrief~',
      '(phone|telephone|video) (screen|screening|interview)',
      '(the|this|our) * (role|position|vacancy)',
      '(rejection|regret|decline|declined|standard|usual) (email|emails|letter|letters|template|mail|reply|note)',
      '(usual|standard|rejection) template',
      '(to|for) the (rest|others)',
      '(skip|pass on|reject|drop|turn down|decline) (her|him|them|this one)',
      '(candidate|candidates|candidacy|candidature)',
      '(applicant|applicants)',
      '(your|job|an|the|my|his|her|their) application (for|to|as)',
      '(your|job) application',
      '(applied|applying|apply) (for|to) (the|this|a|our|an)',
      '(interview|interviews|interviewed|interviewing|interviewer|interviewers)',
      'recruit~',
      '(hire|hired|hiring|new hire)',
      '(cv|cvs|resume|resumes|cover letter)',
      '(vacancy|vacancies)',
      '(shortlist~|longlist~)',
      '(job|role|position) (offer|description|advert|ad|posting|opening|profile|spec)',
      '(references|referees)',
      '(talent acquisition|talent pool|talent network|hiring manager|hiring team|recruitment team)',
      '(notice period|start date|onboarding|job search)',
      '(trial shift~|trial day~|trial session~|working interview~|work trial~)',
      '(work|working) (evenings|weekends|nights|night shifts|shifts|full time|full-time|part time|part-time)',
      '(appoint|appointed|appointing|hire|hired|hiring) (someone|somebody|another|a different|an internal|the other)',
      '(thanks|thank you) (for) (applying)',
      // a shortlist between recruiters ("re the two finalists for ops manager")
      '(finalist|finalists|shortlisted candidates|final two|final three)',
      // a job board's or staffing app's own lines ('9 more nursery jobs near you', 'see your other applications', 'keep
      // your availability up to date')
      '(jobs|roles|vacancies|positions|shifts|gigs) (near you|in your area|like this|for you)',
      '(similar|matching|more) (jobs|roles|vacancies|shifts|gigs)',
      '(your|your other|all your|my) (applications)',
      '(keep|update) your (availability|work history)',
      '(application decision|application outcome|application status|application update|candidate update)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('I couldn't fault the food')
      '(no|zero|not any|not a single|without any|without a single) (complaints|complaint|quibbles|faults|fault|mistakes|mistake|errors|error|slip-ups)',
      '(was|were) (spot on|spot-on|faultless|flawless|first class|first-class)',
      "(didn't|did not|never) (put a foot wrong|disappoint|miss a beat)",
      '(nothing) (was|were) (missing|lacking|wrong|amiss)',
      "(couldn't|could not|can't|cannot|can not|wouldn't|would not) [really|honestly|possibly] (fault|criticise|criticize|complain about|find fault with|pick holes in)",
      '(nothing|not a thing|not much|little|no complaints) ** (to fault|to criticise|to criticize|to complain about|to object to|to pick at|wrong with|to pick holes in|amiss)',
      '(no|zero) (complaints|faults|issues|problems) (with|about|on)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(need|needs|needed|could use|could do with|is looking for|are looking for|would love) (someone|somebody|people|a person) (with|like) (you|your)',
      // task reasonkinds: the candidate's own plans are no reason (you had hoped to start in August)
      '(hoped|had hoped|were hoping|had been hoping|were keen|wanted) (to) (start|begin|join)',
      '(put|placed) (another|other) (process|processes|application|applications|offer|offers) (on hold|on ice)',
      '(enjoyed|appreciated|loved) (reviewing|reading|meeting|learning about|getting to know|speaking with|talking to|talking with)',
      '(we were|i was|the team was|the panel was|everyone was|we were all|we are) [really|very|genuinely|truly|all] (impressed|delighted) (by|with)',
      '(really|truly|genuinely|very much|thoroughly) (enjoyed|appreciated|liked)',
      'your (presentation|interview|answers|application|case|case study|portfolio|cv|work|energy|enthusiasm) (was|were) [really|very|truly|genuinely|absolutely] (impressive|excellent|great|strong|thorough|well prepared|well-prepared|really good|outstanding|fantastic|brilliant|thoughtful|engaging)',
      "(it was|it has been|it's been) (a|an absolute|a real|a genuine) (pleasure|joy|delight)",
      '(great|lovely|nice|wonderful) to (meet|get to know|speak with|talk to)',
    ],
    history: ['original (message|email|mail)', 'forwarded (message|email|mail)', '(wrote|has written)'],
    harmless: [
      // task appoint8: managing sickness absence is a manager's duty ('twelve reports, rotas and absence management'), no remark on anyone's health
      '(absence|sickness absence|sickness-absence|sick leave|attendance) (management|follow-up|follow up|reviews|review meetings|return-to-work)',
      '(managing|manage|managed|handling|following up|follow up|followed up) (sickness|sickness absence|sick leave|staff absence|absence)',
      // task reported8: the idiom of a hope ('she had set her heart on it'), no heart condition
      '(set|sets|setting|had set|has set) (her|his|their|my|your|our) (heart|hearts) (on)',
      '(her|his|their|my|your|our) (heart|hearts) (was|is|were|are) [really|so|totally] (set on)',
      // a race as a contest ('locked in a close race for market share', 'the race to hire'): no ethnicity
      '(close|tight|arms|rat|two-horse|horse|presidential|leadership|neck-and-neck) (race)',
      '(race) (for|to) (the|a|market|desktop|leadership|first|hire|win|build|finish|deliver|market~)',
      // a service, a team or a post named for mental health ('the mental health nurse post', 'community, mental health and
      // corporate services'): the work, no remark about the candidate
      '(mental health) (services|service|trust|trusts|team|teams|ward|wards|unit|units|nurse|nurses|nursing|practitioner|practitioners|support|worker|workers|clinic|clinics|charity|charities|sector|provision|first aid|first aider|first aiders|awareness|liaison|partnership|directorate|division|care)',
      '(mental health) (and|&) * [*] (services|teams|directorates|divisions)',
      // task h11a: one of the others of the trial ('one of the other girls from the trial day'): the reader was one of them
      '(one of the other|another one of the|one of the) (girls|lads|guys|blokes|lasses|ladies|fellas|boys|women|men)',
      // task h11a: another one of them taken ('we've gone with one of the other girls'): who was taken, no wish for a sex
      '(taken on|took on|gone with|went with|going with|going ahead with|gone ahead with|went ahead with|chosen|chose|picked|hired|found|taken|took|offered it to|given it to|gave it to) (another|one of the other|the other|a new|a different) [*] (girl|girls|lad|lads|guy|guys|bloke|blokes|lass|lasses|woman|women|man|men|lady|ladies|fella|fellas)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(female|woman|male|lady|man) (doctor|gp|dentist|gynaecologist|gynecologist|midwife|physio|physiotherapist|therapist|hairdresser|barber)',
      // task fitrisk: a person wished for in private life, not for a job ('a bloke like him as a neighbour')
      '(as a|as my|as our|for a) (neighbour|neighbor|flatmate|housemate|roommate|boyfriend|girlfriend|husband|wife|partner|date|friend|lodger)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(men|women) (and|or) (women|men) ** (welcome|alike|equally|are welcome|are encouraged|encouraged)',
      '(both|all|any) (men|women|genders) (and|or) [all] (women|men|genders)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(caring for|care for|supporting|support|looking after|working with|work with) ** (pregnant women|pregnant people|expectant mothers|expectant parents|new mums|new mothers|mothers-to-be)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      "(must not|mustn't|may not|should not|shouldn't|cannot|can't|never|not to) (ask|asks|asking|enquire|inquire|raise) (about|into|after)",
      // an office closed over a religious holiday: a calendar, no remark about the candidate (task lookalike3)
      '(closed|closing|shut|off) (for|on|over|during) ** (diwali|eid|christmas|easter|hanukkah|yom kippur|passover|ramadan|vaisakhi|good friday)',
      // the writer on leave in an auto-reply ("I'm on shared parental leave on Fridays") (task lookalike3)
      "(i'm|we're|i am|we are) [currently|still|now] on [shared] (maternity|paternity|parental|family|adoption) leave",
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(clash~|conflict~|coincide~|overlap~) (with) ** (religious) (observance~|holiday~|festival~|holy day~)',
      '(fall~|falls) on ** (religious) (observance~|holiday~|festival~|holy day~)',
      // a school place for the reader's child (an admissions letter): no remark about a candidate
      '(offer|allocate|give) (your child|your son|your daughter) (a place|a school place|a nursery place)',
      '(your child|your son|your daughter) ** (waiting list)',
      // task risky3: paid leave for fertility treatment offered
      '(paid) (leave|time off) (for) ** (ivf|fertility treatment~)',
      // task risky3: an insurance that covers treatment; cover for someone's parental leave
      '(covers|cover|includes|include|covered) ** (physiotherapy|physio|treatment|therapy|chiropractor)',
      '(no|without) (medical questionnaire|health questionnaire|medical declaration|health declaration)',
      '(to cover|covering|cover for|cover during) ** (maternity|paternity|parental|shared parental|adoption) (leave)',
      '(maternity|paternity|parental leave) (cover)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(maternity|paternity|parental|family|adoption) (leave cover|cover|leave replacement)',
      '(cover|covering) (for|while) ** (maternity|paternity|parental|family|adoption) leave',
      '(colleague|manager|employee|she|he|postholder|post holder) ** (is|goes|will be|was|has been) on (maternity|paternity|parental|family|adoption|medical) leave',
      '(welcome|welcomes|encourage|encourages|invite|invites) ** (disabilit~|disabled|all backgrounds|diverse)',
      '(let us know|tell us|contact us|happy to make|happy to provide|we will make|we can make|we make) ** (adjustment~|accommodation~)',
      '(regardless|irrespective) of ** (age|gender|sex|race|ethnicity|religion|belief|disability|sexual|background|origin|marital|pregnancy)',
      '(equal opportunit~|equal-opportunit~|disability confident|without regard to)',
      '(offer|offers|provide|provides|have|support|supports) ** (flexible|flexibility) ** (parents|carers|families|family life|childcare)',
      "(i|i'll|i'm|i am|i will|we|we'll|we're) [also|myself|soon|shortly|then|still|currently|now|about to|going to|to] [be|go] (be|go|going|am|are) on (maternity|paternity|parental|family|adoption) leave",
      // the job itself: accessible premises, working with children
      '(wheelchair|step-free|step free) (accessible|access|friendly|users)',
      '(experience) (with|of|in) ** (children|kids|babies|toddlers|young people)',
      '(working|work) (with) [young|small] (children|kids) (aged|of|from|between|in)',
      // the children a nursery job serves
      '(baby room|baby rooms|toddler room|nursery room|under-twos|under twos|pre-school children|preschool children)',
      // childcare as the trade: a qualification or a practitioner in it ('a Level 3 in childcare')
      '(level #|level two|level three|nvq|diploma|qualification|qualified|degree|certificate|cache) (in) [early years and] (childcare|child care)',
      '(childcare|child care) (qualification|qualifications|practitioner|practitioners|setting|settings|sector|worker|workers|course|diploma|level)',
      // a legal age requirement is no remark about the candidate ("you must be 18 or over to serve alcohol")
      '(must|need to|have to) be (aged|at least|over) # [or over|or older|and over]',
      '(must|need to|have to) be # (or over|or older|and over|+)',
      '(accessible toilet~|disabled toilet~|step-free access|lift access|accessible office~|accessible building)',
      // childcare paid for by the employer
      '(cover|pay for|reimburse|refund|pay) ** (childcare|child care|babysitt~)',
      // flexibility offered when one's children fall ill ("if your kids are off sick, you can work from home")
      "(you can|you may|you're welcome to|you are welcome to|feel free to) ** (work from home|work remotely|stay at home|stay home)",
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: a completed choice whose person follows as a name ('we've now decided to go ahead with Daniel'),
    // a third person chosen by pronoun ('offer her the position') and what after a name owns it (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment with a date between ('The Vice-Chancellor decided on 4 March to appoint Dr Karin Holm')
      '(decided|resolved|agreed) ** to (appoint|offer the post to|offer the position to)',
      '(gone|went) [ahead|forward] with',
      '(decided|chosen|chose|opted|agreed) to (go|move|carry on|continue|proceed) [ahead|forward] with',
      '(decided|chosen|chose|opted|agreed) to (appoint|hire|take on|recruit|select)',
      '(decided|chosen|chose|opted|agreed) to (offer|give) (the|this) (job|position|role|post|place|contract) to',
      "(we|we've|have|has|team|panel|committee|finally|eventually|ultimately|now|instead) (chosen|chose|picked|selected|appointed|hired|settled on|opted for|taken on|took on)",
      '(offered|given|gave) (the|this) (job|position|role|post|place|contract) to',
      '(offered|given|gave) it to',
      '(choice|decision) (fell|has fallen|went) (on|to)',
      '(the|this) (job|position|role|post|place) (went|has gone|has been given|was given|has been offered|was offered) to',
    ],
    pickPron: [
      '(offer|offered|offering|give|given|gave) (her|him) (the|this) (job|position|role|post|place|contract)',
      '(offered|given|gave) it to (her|him)',
      '(decided|chosen|chose|opted|agreed) to (go|move|carry on|continue|proceed) [ahead|forward] with (her|him)',
      '(decided|chosen|chose|opted|agreed) to (appoint|hire|take on) (her|him)',
      '(the|this) (job|position|role|post|place) (went|has gone|has been given|was given|has been offered|was offered) to (her|him)',
    ],
    afterName: [
      '(proposal|proposals|references|reference|referees|quote|quotation|bid|offer|design|designs|draft|idea|ideas|plan|plans|suggestion|suggestions|report|team|company|agency|firm)',
      // task appoint8: not 'Paul from the Leicester site' (a colleague taken); 'from the agency' is a supplier
      '(from) (your|their) *',
      '(from) (the) (agency|firm|company|supplier|consultancy|vendor|studio|contractor|contractors|recruiters|bureau)',
    ],
    metThanks: [
      // task decide7: 'thanks so much for chatting with us last week', 'thanks again for the chat'
      '(thanks|thank you|many thanks|cheers) (so much|very much|a lot|again|loads|heaps) (for) [the|a|our|your] [good|great|nice|lovely|really nice|pleasant] (chat|chats|talk|conversation|call|meeting|coffee)',
      '(thanks|thank you|many thanks|cheers) (so much|very much|a lot|again|loads|heaps) (for) (meeting|talking|speaking|chatting) (with|to) (us|me)',
      '(thanks|thank you|many thanks|cheers) (for) [the|a|our|your] [good|great|nice|lovely|really nice|pleasant] (chat|chats|talk|conversation|call|meeting|coffee)',
      '(thanks|thank you|many thanks|cheers) (for) (meeting|talking|speaking|chatting) (with|to) (us|me)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Please wish him luck'): a mail to a group
      '(please wish|please congratulate|please welcome|join me in congratulating|join me in welcoming|do wish) (him|her|them)',
      '(hi|hello|hey|dear|morning|good morning|greetings) (all|everyone|everybody|team|folks|colleagues|people|guys|gang)',
      '(all staff|dear colleagues|hi team|hello team)',
      // task decide10: a club's members, parents or all staff greeted
      '(dear|hi|hello|to) [all] (members|parents|staff|employees|volunteers|club members)',
      '(to all|dear all) (members|staff|employees|parents)',
      '(dear all|hi all|hello all|hi everyone|dear everyone|dear colleagues)',
    ],
    congratsName: [
      '(congratulations|congrats|congratulating|congratulate|welcome|welcoming|welcome aboard|well done)',
      '(congratulations|congrats|welcome|welcoming|well done) (to)',
      '(warm|big|warmest|huge) (welcome|congratulations|congrats) [to]',
    ],
    congratsThird: [
      // task lookalike5: a named colleague announced to staff ('Ayla Kaya will be joining us as Head of Sales', 'please give
      // Tom a warm welcome')
      '(will be joining us|is joining us|joins us|has joined us|will join us) (as)',
      '(give) [*] * (a warm welcome|a big welcome|a very warm welcome|a big warm welcome)',
      // a named colleague's new role, or the group asked to pass congratulations on
      '(say|wish) [her|him|them] (congratulations|congrats|well done)',
      '(will be|is|becomes|as) our new',
      '(has been|have been|was|were) (appointed|promoted)',
      '(takes|will take|is taking|take) over as',
      '(give|extend|join me in giving|say) (her|him|them) (a|our) [big|warm|huge|warmest|very warm] (welcome)',
      '(congratulate|congratulating|congratulations to|congrats to|welcome|welcoming|wish) (her|him|them) [on|in|to|all]',
      '(join me in) (congratulating|welcoming)',
      '(in|into|to) (her|his|their) (new) (role|position|job|post)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(pleased|delighted|glad|happy|proud|thrilled|excited) to (announce|share|tell you|let you know|welcome|introduce)',
      '(appointed|hired|recruited|named|selected) * [*] (as|to be) (our|the) (new)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(starts|joins|will start|begins|will join|takes over|will take over) [us] (as) (our|the) (new)',
      '(thank|thanks to) * [*] (for) (many|all|#) [*] [*] (years)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    // task reported8: the ATS housekeeping a colleague is asked for ('can you close his file', 'flag him for the Q3 roles')
    request: [
      '(can|could) you (send|check|do|forward|book|help|schedule|set up|let|ping|draft|reach out|close|update|flag|archive|tag)',
      // task decide10: a colleague asked to tell someone ('would you mind telling Jonas', 'can you break it to him')
      '(can|could|would|will) you [please|just|kindly] (tell|inform|text|message|break it to|pass it on to|mind telling|mind letting)',
      // task decide11: a colleague asked to ring someone and tell them ('can you ring Jamie and let him know')
      '(can|could|would|will) you [please|just|kindly] (ring|call|phone|text|email) * [today|now|later|tomorrow] (and) (tell|let|break|thank)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(him|her|he|she|his|hers)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: [
      "(you can|you may|you are welcome to|you're welcome to|you are free to|you're free to|feel free to)",
      '(if|should|whenever) you (wish|want|would like|prefer|decide) (to)',
    ],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('Your own research record in these areas is still more limited', 'an area where your experience is more limited')
    weaker: [
      '(your) [own] [*] [*] (experience|record|track record|profile|background|cv|portfolio|expertise|knowledge|publications|skills|skill set) ** (is|are|has been|was|were|remains|remain) ** (more limited|still limited|limited|less extensive|narrower|weaker|not as strong|not as extensive|not as broad|less developed|less|smaller|thinner|not yet at that level)',
      '(your) [own] [*] (experience|record|background|profile|work|career|expertise) ** (is|are|has been|was|were|lies|comes) ** (mainly|mostly|largely|primarily|chiefly|predominantly) (in|with|from|on|at)',
      "(your) [own] [*] (experience|record|profile|background|application) (couldn't|could not|didn't|did not) (match|compete with|quite match) (that|this|it)",
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('hes got his IPAF card')
    heHas: [
      '(he|she) (has|had|holds|held|already has|has already|also has) [got]',
      // task appoint8: singular they ('We've gone with another chef. They've got several years of …')
      '(they) (have|had|hold|already have|have already|also have) [got]',
      "(they've|theyve) [already|also] (got)",
      "(he's|she's|hes|shes) [already|also] (got)",
    ],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      '(to) (the|all) (applicants|candidates|shortlisted candidates) (for)',
      '(dear) (applicant|applicants|candidate|candidates)',
      '(an|any|your|the right of) (appeal) (against) (the|this) (decision|appointment)',
      '(appeal) (must|should) (reach|be lodged|be submitted)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(criteria|person specification|person spec|job specification|job description|selection criteria|shortlisting criteria|requirements|qualifications)',
    ],
    notReason: [
      '(travel|travelling|traveling) (expenses|expense|costs|claim|claims|allowance|reimbursement)',
    ],
    consent: [
      '(if you agree|with your consent|with your permission|if you say yes|if you would like to join|if you are happy for us to|if you would like us to|would you like us to)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      '(you|your|yours|yourself)',
      "(client|clients|client's|hiring manager~|hiring team|recruiting manager~|line manager~)",
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(sorry|apologies|bad luck|hard luck|commiserations|gutted for you)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ["(we|we've|we'd|we're|we'll)"],
    // task mech: the writer as the subject of a decision ('I wasn't picked', 'my application didn't get as far as'): their
    // own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: a mailing or advice mail about rejections (mailing.ts): masthead, read-also, this week's jobs, a column
    // or lesson, generic second-person advice, a post's reaction count
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('MEMBERS' BULLETIN – May', 'How to appeal')
      "(members'|members|member) (bulletin|newsletter|update|digest)",
      '(how to) (appeal|ask for feedback|ask for|challenge|request)',
      '(read also|see also|also read|related reading|you might also like|more on this)',
      "(this week's) (jobs|vacancies|openings|job picks)",
      '(jobs|vacancies) (of the week|this week)',
      '(how to|how you|how can you|how do you|how you can|how you should) (handle|deal with|cope with|bounce back|ask for|respond to|reply to|learn from|read|keep|stay|turn)',
      '(in this) (lesson|module|issue|edition|episode|course|webinar|workshop|seminar|column)',
      '(our) (columnist|career coach|careers adviser|careers advisor|career expert)',
      '(module|lesson|unit) (#)',
      '(newsletter|digest|bulletin|jobletter) (january|february|march|april|may|june|july|august|september|october|november|december|week|issue|#)',
      // task lookalike5: also 'Career Notes — Week 18', 'Jobs Briefing | Issue 7'
      '(tips|news|digest|newsletter|jobs|roundup|notes|briefing|bulletin) [*] (week|issue) (#)',
      '(#) (reactions|comments|reposts)',
      '(top post|popular|trending) (in your network)',
      '(career|careers) (centre|center|service|services) [tips]',
    ],
    mailFooter: [
      '(unsubscribe|stop receiving these|manage your subscription|manage subscription|manage your notifications|notification settings|email preferences|manage your job alerts|manage job alerts)',
    ],
    // a client's words a recruiter relays in quotes ('the client wrote: "…"') (mailing.ts)
    clientSaid: [
      '(the|our) (client|customer|employer|hiring manager) [has|had|just] (wrote|written|said|replied|came back|come back|responded|answered|got back)',
    ],
    accepted: [
      // task lookalike4: the writer wishing to know why a decision about them went as it did ('I would have liked to know what tipped the balance')
      "(i) (would|'d) [really|very much|so much] (have liked|have appreciated|have loved|like|appreciate|love) (to know|knowing|to understand|to hear|to learn) (what|why|how|which)",
      '(I) [fully|completely|totally|do] (understand|respect|accept) (the|your|their) (decision|choice)',
    ],
    selfSubject: [
      // the subject left out in a message to a friend ('didn't get the job at the bakery'); a recruiter's 'you didn't get
      // the job' names the reader, who keeps the decision
      "(didn't|did not|never) (get) (the job|the role|the position|the post|the gig)",
      // task h11b: … from the reader ('received a rejection from you yesterday')
      '(received|got|had) (a|an|the) [*] (rejection|refusal|rejection email|rejection letter) (from you)',
      // task h11b: a rejection the writer (or whoever is named) received ('I applied … and received a rejection yesterday')
      '(received|receive|got|get|had|have had|been given|was given|were given) (a|an|the|my|our|his|her|their) [*] (rejection|refusal|rejection email|rejection letter|rejection message|turndown)',
      // (not 'I have …': a recruiter's own 'I have decided to offer the role to another candidate')
      "(i) (was|wasn't|was not|haven't been|have not been|hadn't been|had not been|didn't|did not|got|never|am not|'m not)",
      '(my) (application|applications|cv|candidacy|candidature|profile|submission)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(get|getting) [back] (in touch|in contact)',
      '(give|drop|send) (us|me) (a call|a ring|a shout|a line|a message|an email|a note)',
      '(reapply|re-apply|apply again|try again|come back|check back|look us up|pop in|pop back|drop in|drop by|call back|call in)',
      '(contact|ring|call|email) (us|me) (again|later|nearer the time)',
      '(send|sending) ** (cv|application|details) (again|over again|in again)',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(test|tests|testing|~test|~tests)',
      '(assessment|assessments|assessment centre|assessment center|psychometrics|exam|exams)',
      '(case study|case studies|case|assignment|take-home|take-home task|task|exercise|presentation|role-play|role play)',
      '(reference check|reference checks|references|background check|background checks|vetting)',
      '(trip|visit|site visit|tour|dinner|lunch|meeting|workshop|social|team lunch)',
      '(group exercise|group task|written exercise|in-tray exercise|element|component|drug test|medical|security clearance)',
    ],
    workSample: [
      // task reason11: the lesson taught as the sample ('teaching the Year 9 lesson')
      '(teaching|taught|teach|for) (the|your|a) [*] [*] (lesson|class)',
      // task reason11: a trial lesson, a presentation, a group or leadership exercise, an aptitude or maths test, a pitch
      '(trial|sample|model|observed|teaching|demo|mock|practice) (lesson|lessons|class|session|call|pitch|consultation|audit)',
      '(micro-teach|microteach|assessment centre|assessment center)',
      '(group|leadership|team|in-basket|inbox|prioritisation|prioritization|oral|planning|scheduling|drafting) (exercise|exercises|task|tasks|discussion)',
      '(aptitude|numeracy|literacy|maths|math|reading|verbal|numerical|reasoning|psychometric|cognitive|logic|grammar|spelling|entry|selection|screening) (test|tests|paper|papers|assessment|assessments)',
      '(market-sizing|market sizing|sizing|estimation|guesstimate|strategy) (case|exercise|question|problem)',
      '(technical|panel) (interview|discussion|conversation)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      '(case) (exercise|exercises|presentation|interview|assignment|task|round|challenge|analysis|study)',
      '(writing|copywriting|copy|translation|editing|code) (sample|samples)',
      // task kinds7: 'thanks for doing the practical', a lifeguard 'try-out'
      '(doing|did|for) (the|your) (practical)',
      '(try-out|tryout|try-outs|tryouts)',
      '(for|after|during) (the|your) (trial)',
      // task kinds6: a photo, film or edit made as a trial ('the test shoot', 'the test edit', 'a sample cut')
      '(test|trial|sample) (shoot|shot|shots|edit|cut|recording|session|bake|service)',
      // a written or spoken exercise and a role-play ('the writing exercise', 'the sales role-play')
      '(writing|copywriting|editing|proofreading|marking|drafting|research|presentation|in-tray|group|sales) (exercise|task|test|assignment)',
      '(role-play|roleplay|role play|sales simulation|mock call|sample lesson|demo lesson|test lesson|trial lesson)',
      '(take-home|takehome|take home) [task|test|assignment|exercise|project|challenge]',
      '(coding|code|technical|practical|written|driving|till|typing|translation|skills|work|trial|assessment) (challenge|test|task|assignment|assessment|exercise|sample|piece|plate|weld)',
      '(trial) (shift|day|period|session|week|run|drive|lesson)',
      // task reasons3: a named test ('the physical test', 'the lab practical', 'the fitness assessment')
      '(physical|fitness|lab|laboratory|language|aptitude|swimming) (test|assessment|practical|exam)',
      '(working interview|case study|test task|test piece|test plate|test weld|home assignment|written assignment)',
      '(data-analysis|data analysis|analysis|analytics|business|product|design|sales) (case|exercise|task|brief)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: a lesson or a shift that drifted or ran over ('drifted off task', 'ran far longer than planned', 'no time left')
      '(drifted|drifting|lost focus|off task|ran over|overran|ran long|than planned|no time left|ran out of time|out of time)',
      // task reason11: a result said in plain words: off the mark, fell short, not developed enough, too vague, below the pass mark
      "(not|wasn't|weren't|isn't|aren't|never) [quite|really|yet|fully] (detailed|developed|thorough|structured|clear|deep|strong|convincing|precise|accurate|robust|polished|specific|concrete|confident|focused|rigorous|fast|quick|solid|realistic|practical|grounded|mature|advanced|tight|concise|persuasive|calm|organised|organized|secure|safe|sharp|good) (enough)",
      '(fell|falls|fall|came|come|comes|coming) [well|a little|a bit|somewhat|clearly] (short)',
      '(off the mark|wide of the mark|missed the mark|way off|well off|far off|clearly off|badly off|out by)',
      '(too) (vague|shallow|general|generic|superficial|brief|theoretical|simplistic|optimistic|narrow|broad|abstract|unstructured|unfocused|rushed)',
      '(underdeveloped|under-developed|undeveloped|unconvincing|unclear|unstructured|superficial|vague|patchy|muddled|disorganised|disorganized|unsettled|restless|chaotic)',
      '(below|under) (the|our) [required|agreed|minimum] (pass mark|bar|threshold|standard|level|benchmark|cut-off|cutoff)',
      '(well|far|just|some way) (below|under)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(errors|mistakes|typos|inaccuracies|bugs)',
      "(we|we've|we have) (missed|were missing|lacked|did not see|didn't see|could not see|couldn't see)",
      // task kinds7: a trial's trouble or slowness ('coming out quite slowly', 'struggled to keep up', 'took ages')
      '(slowly|struggled|struggling)',
      '(had) [some|real|a lot of] (trouble|difficulty|difficulties)',
      '(took) (too long|ages|a long time)',
      // task kinds6: a step forgotten in a trial ('you forgot to …')
      '(forgot|forgotten)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(standard|level|pass mark|mark) (in|on|for) (the|your) ** ** (element|elements|section|sections|station|stations|exercise|exercises|event|events|component|components|part|parts)',
      "(failed|did not pass|didn't pass|did not complete|didn't complete|did not finish|didn't finish) (the|your) ** ** (element|elements|section|sections|station|stations|exercise|exercises|event|events|component|components|part|parts)",
      '(missing|missed|lacked|lacking|absent|wrong|wrongly|incorrect|incorrectly|inaccurate|broke|broken|crashed|failed|faulty|skewed|crooked|uneven|sloppy|without|short)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(incomplete|unfinished|overlooked|skipped|left out|outside the)',
      '(too) (short|long|high|low|fast|slow|late|early|big|large|small|thin|thick|weak|much|little|many|few|hot|cold|loose|tight|quick)',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: a measure of experience, knowledge or training with its preposition; what after it names nothing
    // (a stock container, 'than'); named-comparison.ts
    moreOf: [
      '(more|longer|broader|deeper|wider|greater|stronger|more extensive|more solid) [hands-on|practical|direct|first-hand|day-to-day|technical|working] (experience|knowledge|skills|training|expertise|grounding|understanding|exposure) (with|in|of|on|within|using|around)',
      '(more|longer|broader|deeper|wider|greater) [hands-on|practical|direct|first-hand] (experience|exposure) (running|leading|managing|handling|using|building|teaching|delivering|supervising|operating)',
      '(more) (years) (of) [hands-on|practical|direct] (experience) (with|in|of|on|within)',
    ],
    unnamedThing: [
      '(similar|comparable|equivalent|relevant|related|like|such|these|those|this|that|our|your|their|the same|same|roles|positions|jobs|posts|general|all|everything|it|them|us|you|than|other|different|various|previous|prior|past|senior|many|several|areas|fields|what|which|industry)',
      '(a|an) (similar|comparable|equivalent|related|relevant|role|position|job|post|environment|setting|company|business|team|field|sector|industry)',
      // a container after one word ('the public sector', 'larger organisations', 'customer-facing roles')
      '* (sector|sectors|industry|industries|environment|environments|settings|organisations|organizations|companies|businesses|roles|positions|jobs|posts|teams|field|fields|space)',
      '(the) (relevant|role|roles|position|job|post|work|team|business|company|organisation|organization|environment|kind|type|sort|field|area|sector|industry|space|domain|tasks|duties|requirements|areas|things|right)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: practice, routine, familiarity: a container like experience
      '(practice|routine|familiarity|confidence|know-how|hands-on experience|practical experience)',
      '(experience|experiences|qualification|qualifications|skill|skills|skillset|skill set|knowledge|background|training|education|certificate|certificates|certification|certifications|credentials|competence|competencies|competences|expertise|profile|exposure|track record)',
      '(necessary|required|requisite|right|relevant|sufficient|enough|desired|essential|specific|particular|key|certain|some|any|all|more|the|a|an)',
    ],
    lackLink: ['(with|in|of|for|on|as|from|at|to|the|a|an|using|around)'],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); not 'offered' ('would have offered' is counterfactual)
      '(offer|offering) (you) ** (role|position|job|post|contract|employment|appointment|apprenticeship|traineeship|internship|vacancy)',
      '(offer|offering) (the|this|a|our) ** (role|position|job|post|contract) (to you)',
      '(hire|hiring|employ|appoint) (you)',
      '(take|taking) (you) (on)',
      "(you've got|you have got|you got|you've landed|you have landed|you landed) (the|this) [*] (job|role|position|post)",
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ["(i|i've|i'm|i'll|i'd)"],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(accepted|signed) (a|an) [new|permanent|full-time|fixed-term] [*] [*] (post|job|role|position|offer|contract|apprenticeship|placement)',
      '(accept|accepting|take up|taking up|decline|declining|turn down|turning down|refuse|refusing|say no to) (the|your|this|that) [kind|generous|formal] [job] (offer|position|role|post|job)',
      '(turn|turning) (the offer|your offer|your kind offer|this offer|the job offer|your job offer) (down)',
      // task offers7: the answer in the progressive or with 'take' ("I will not be accepting it", "I won't be taking the
      // offer"); "it" only after "be", where it is the offer the sentence before named
      "(be|am|'m) (accepting|taking|taking up) (it|the offer|your offer|this offer|the job offer|your job offer|your kind offer)",
      '(take|taking) (the|your|this|that) [kind|generous] [job] (offer)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(decline|declining|turn it down|turning it down|turn down|say no|turn the offer down)',
      // task decide10: the answer as a negated accept or take, or a pass, with no object ('I have decided not to accept.')
      "(not to|not|won't|will not|can't|cannot|couldn't|unable to|not able to|not going to) [be] (accept|accepting|take it|taking it|take it up|taking it up|take the job|take the role|go ahead|proceed)",
      '(pass on it|pass on this one|give it a miss|say no this time|turned it down|declined it)',
    ],
    offerNamed: ['(the|your|this|the kind|your kind|the job|your job|the generous|your generous) (offer)'],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(presentation|presentations|pitch|talk)'],
    chosenOne: [
      '(the) (appointed|successful|chosen|selected|preferred|new) (colleague|teacher|trainee|apprentice|engineer|electrician|consultant|candidate|applicant|person)',
    ],
    sendMore: [
      '(please|kindly|could you|can you|would you) [also|just] (send|provide|submit|upload|forward|attach|bring|resend)',
    ],
    suffice: ['(enough|sufficient|suffice|suffices|sufficed|adequate)', '(good enough|cut it|do the job)'],
    lackReader: ["(you|you're|you've|your)"],
    lackVerb: [
      '(lack|lacks|lacked|lacking|missing)',
      '(short) (of|on)',
      "(don't|do not|haven't|have not|didn't|did not) [yet|really|quite] (have|got|gained|built up)",
      '(have|has|had) (no|little|limited|too little)',
    ],
    lackFiller: [
      "(still|yet|unfortunately|sadly|currently|so far|as yet|really|quite|some|a|an|the|any|are|were|is|was|do|did|also|just|a bit|a little|somewhat|clearly|noticeably|are still|were still|enough|sufficient|much|many|no|little|limited|too|have|has|had|got|gained|built up|not|n't)",
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(no|zero|hardly any|barely any|very few) (errors|mistakes|typos|bugs)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(nothing|not) ** (to do with|about|down to) (your) (effort|efforts|performance|work)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(nothing|not) (personal)',
      '(enough|sufficient|sufficiently|work out|worked out|working out|works out|successful|success)',
      "(i|i'm|i've|i'd|i'll|me|myself)",
    ],
    sharedStep: [
      '(who|that|which) (also|too|likewise) (did|had|came in for|came for|worked|completed|did their|had their) (a|the|their|an) (trial shift|trial day|trial|working interview|interview|trial session|work trial)',
      '(who|that) (did|had|came in for|came for|completed) (a|the|their|an) (trial shift|trial day|trial|working interview|interview|trial session|work trial) (too|as well)',
    ],
    // decisions retold with 'they' as the subject (reported.ts)
    thirdSubject: [
      "(they|they've|they'd) [have|had|just|finally|apparently|eventually|obviously|only] (went|gone|chose|chosen|picked|hired|offered|decided|gave|given|filled|moved|appointed|selected|took|taken|preferred|wanted)",
      // task decide11: colloquial verbs of a choice ('they ended up with another guy', 'they've found someone')
      "(they|they've|they'd) [have|had|just|finally|apparently|eventually|obviously|only] (ended|end|settled|landed|opted|found|got|signed|brought|promoted|grabbed|snapped)",
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      "(they|they've) [just|finally] (rang|rung|called|phoned|emailed|wrote|written|replied|got back)",
      '(got|had|received) [the|an|their] (email|e-mail|call|phone call|letter|news|answer) [back]',
    ],
  },
};

export default en;
