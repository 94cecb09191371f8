# Own-wording probes (task wish), English: see wish_sv.py for the families.
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 (G, 'interview', "Hi Margaret,\n\nThanks for coming in on Thursday. To be honest, we'd rather have someone younger on the shop floor, so we'll leave it there.\n\nBest,\nGary",
  ["so we'll leave it there"], ["we'd rather have someone younger on the shop floor"], "A: age preference."),
 (G, 'interview', "Hi Tom,\n\nThanks for the conversation last week. We're leaning towards a profile with more years in the field, so it won't be you this time.\n\nKind regards,\nRachel",
  ["We're leaning towards a profile with more years in the field, so it won't be you this time"], [], "A: lean towards."),
 (G, 'final', "Dear Priya,\n\nThank you for your time in the final round. In the end our choice fell on the other finalist.\n\nKind regards,\nDavid Moore",
  ["In the end our choice fell on the other finalist"], [], "A: choice fell."),
 (G, 'final', "Hi Sam,\n\nThanks for both interviews. It was close, but the scales tipped towards the other applicant.\n\nAll the best,\nNina",
  ["the scales tipped towards the other applicant"], [], "A: scales tipped."),
 (G, 'interview', "Hi Josh,\n\nThank you for your application and for interviewing with us. We feel the other candidate is a better fit for the role.\n\nBest wishes,\nClaire",
  ["We feel the other candidate is a better fit for the role"], [], "A: other fits better."),
 (G, 'interview', "Hi Emma,\n\nThanks for coming to the interview. We'd prefer to go for a man in this team, so we won't be offering you the job.\n\nCheers,\nSteve",
  ["so we won't be offering you the job"], ["We'd prefer to go for a man in this team"], "A: sex preference."),
 (S, 'interview', "Hi Liam,\n\nThanks for the interview. We'd prefer someone who already holds a CSCS card, as the site needs it from day one, and you don't have one yet.\n\nBest,\nKaren",
  [], [], "A: preference with card."),
 (N, None, "Warehouse Operative wanted\n\nWe'd prefer someone with a forklift licence and a full driving licence. Closing date 30 May.\n\nApply now!",
  [], [], "A-neg: ad."),
 (N, None, "Hi Ella,\n\nThanks for your application! We'd love to invite you to an interview. We'd prefer Tuesday morning if that suits you.\n\nBest,\nHannah",
  [], [], "A-neg: invitation."),
 (N, None, "Hi Mark,\n\nFor the new project manager search, the client would rather have someone with at least five years in public procurement. Could you start sourcing this week?\n\nThanks,\nJulie",
  [], [], "A-neg: agency brief."),
 (N, None, "Hi Paul,\n\nI've been through the three finalists. I'm leaning towards Aisha, she has the most payroll experience. What do you think?\n\nSue",
  [], [], "A-neg: colleague."),
 (S, 'application', "Application: Delivery Driver, Leeds\n\nRejected\n\nReason: You do not hold a Category C licence, which is required for this role.\n\nThis is an automated message.",
  [], [], "B: bare status + reason."),
 (G, 'application', "Hello,\n\nStatus: Not selected\nReason: Other applicants more closely matched the requirements of the role.\n\nTalent Acquisition",
  ["Status: Not selected", "Other applicants more closely matched the requirements of the role"], [], "B: generic reason."),
 (N, None, "Hi team,\n\nPR #412 was rejected. Reason: it duplicates the fix in #398. Please rebase on main and close it.\n\nThanks,\nIvan",
  [], [], "B-neg: PR rejected."),
 (N, None, "Hi Lucy,\n\nInvoice INV-2290 from Brightline was rejected in the approval flow. Reason: wrong cost centre. Could you correct it and resubmit?\n\nAccounts",
  [], [], "B-neg: invoice."),
 (N, None, "Hi Dan,\n\nThe homepage design was rejected by the client this morning. Reason: they want the logo bigger. Can we chat at 2?\n\nMia",
  [], [], "B-neg: design."),
 (S, 'interview', "Hi Ben,\n\nThanks for interviewing with us. We've decided not to proceed with your application, mainly because:\n- you don't have a full UK driving licence\n- you have under two years' experience with SAP\n\nGood luck,\nAmy",
  [], [], "C: bullets."),
 (N, None, "Hi Ben,\n\nYou're invited to an interview on Friday at 10. Please bring:\n- your driving licence\n- proof of right to work\n\nSee you then,\nAmy",
  [], [], "C-neg."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hi Brenda,\n\nThanks for taking the time to meet us. Honestly, we'd rather have a younger face on reception.\n\nRegards,\nPhil",
  [], ["we'd rather have a younger face on reception"], "A: bare age."),
 (G, 'final', "Hi Oscar,\n\nThanks for the final interview. It was tight, but the balance tipped in favour of the other candidate.\n\nBest,\nHelen",
  ["the balance tipped in favour of the other candidate"], [], "A: bare balance."),
 (G, 'interview', "Hi Jenny,\n\nThank you for applying and for the interview. We've landed on the other candidate as the better fit for us.\n\nBest,\nMatt",
  ["We've landed on the other candidate as the better fit for us"], [], "A: landed."),
 (G, 'interview', "Hi Ali,\n\nThanks for the interview. We'd prefer someone with a longer track record in the industry for this post.\n\nKind regards,\nCeline",
  ["We'd prefer someone with a longer track record in the industry for this post"], [], "A: bare preference."),
 (G, 'interview', "Hi Jade,\n\nThanks again for the interview on Monday. We'd rather go for someone just starting out in their career for this role.\n\nCheers,\nKevin",
  [], ["We'd rather go for someone just starting out in their career for this role"], "A: bare age-coded."),
 (S, 'application', "Hi Theo,\n\nThanks for your application. We'd prefer applicants who are already registered with the NMC, and you aren't yet.\n\nBest,\nSunrise Care",
  [], [], "A: preference with registration."),
 (N, None, "Hi Ulla,\n\nFor the chef vacancy we'd rather have someone with à la carte experience. Could you get the ad up on Indeed?\n\nThanks,\nBen",
  [], [], "A-neg: colleague ad."),
 (N, None, "Hi Robin,\n\nThanks for your application! We'd rather do the first chat over Teams. Does Thursday at 2 work?\n\nBest,\nAlva",
  [], [], "A-neg: invitation."),
 (S, 'application', "Re: Healthcare Assistant (Nights)\n\nResult: Unsuccessful\nReason: The role requires the Care Certificate, which your application does not show.\n\nKind regards,\nRecruitment",
  [], [], "B: Result field + specific."),
 (G, 'application', "Your application: Retail Assistant, York\n\nRejected.\n\nReason: We received a high number of strong applications.\n\nThis is an automated email.",
  ["Rejected.", "We received a high number of strong applications"], [], "B: bare + generic."),
 (N, None, "Hi Kate,\n\nStatus: Rejected\nReason: expense claim is missing the receipt for the hotel.\n\nPlease resubmit via the portal.\n\nFinance",
  [], [], "B-neg: expense claim."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'application', "Dear Erik,\n\nThank you for applying for the accounts assistant post. We would rather go with candidates who have a slightly longer background in bookkeeping, so we won't be taking your application further.\n\nKind regards,\nPia Holm",
  ["so we won't be taking your application further"], [], "A: preference + decision."),
 (G, 'final', "Hi Hannah,\n\nThanks for sticking with us through every stage. After a lot of discussion we leaned towards the other finalist.\n\nWarm regards,\nKarl",
  ["After a lot of discussion we leaned towards the other finalist"], [], "A: leaned."),
 (G, 'interview', "Hi Sasha,\n\nThanks for the interview. Ideally we'd like a more mature person heading up the team, so we've gone with another applicant.\n\nCheers,\nLeo",
  ["so we've gone with another applicant"], ["Ideally we'd like a more mature person heading up the team"], "A: ideally + age-coded."),
 (G, 'interview', "Hi Ryan,\n\nThank you for interviewing with us on Monday. We'd rather hire someone who's a bit further along in their career.\n\nBest,\nNadia",
  ["We'd rather hire someone who's a bit further along in their career"], [], "A: bare generic preference."),
 (N, None, "Hi Hugo,\n\nThanks for your application for the joiner role! For references, we'd prefer someone who was your direct line manager. Could you send a name and number?\n\nBest,\nJenny",
  [], [], "A-neg: reference request."),
 (N, None, "Hi both,\n\nFor the two summer temps we'd rather have someone with a full licence, as the rounds are by car. Can you add that to the ad?\n\nMaria",
  [], [], "A-neg: group note."),
 (S, 'application', "Role: Forklift Driver, Coventry\n\nUnsuccessful\n\nReason: The role requires a counterbalance forklift licence, which is not shown on your application.\n\nLogistics Ltd",
  [], [], "B: bare status + reason."),
 (N, None, "Application for a community grant: Summer Camp\n\nRejected\n\nReason: this year's funds have already been allocated.\n\nCouncil Grants Team",
  [], [], "B-neg: grant."),
 (N, None, "Hi Simon,\n\nStatus: Under review\n\nYour application for the warehouse role is being reviewed. We'll be in touch within two weeks.\n\nRecruitment",
  [], [], "B-neg: in progress."),
 (S, 'application', "Hi Kevin,\n\nThanks for applying. We won't be taking it further, for these reasons:\n\n1. You don't hold an NVQ Level 2 in wall and floor tiling.\n2. You have no experience of wet rooms.\n\nRegards,\nTile & Co",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt, an ad and a question beside a preference)
BODIES += [
 (N, None, "Hi Nora,\n\nThanks for your application! We'll be in touch within two weeks. Please note we'd prefer someone who can start in June.\n\nBest,\nAnna",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Retail Assistant, Harrogate\n\nWe would prefer candidates with till experience. Send your CV and your application by 30 May.\n\nHR Team",
  [], [], "A-neg: ad with 'your application'."),
 (N, None, "Hi Nora,\n\nThanks for your application. We'd prefer someone who can start as early as June. When would you be able to start?\n\nBest,\nAnna",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hi Amanda,\n\nThank you for interviewing with us. Our preference is for someone with more public-sector experience, so we'll pass this time.\n\nBest wishes,\nLars",
  ["Our preference is for someone with more public-sector experience, so we'll pass this time"], [], "A: our preference is for."),
 (G, 'interview', "Hi Oscar,\n\nThanks for the chat on Friday about the site manager job. We've decided we'd rather go with someone local.\n\nCheers,\nEve",
  [], ["we'd rather go with someone local"], "A: decided we'd rather; 'someone local' as origin (the analyzer's ethnicity data, fitrisk)."),
 (G, 'interview', "Hi Kath,\n\nThanks for your interview. We felt a more senior profile would suit the role better.\n\nKind regards,\nUlf",
  ["We felt a more senior profile would suit the role better"], [], "A: felt a profile would suit."),
 (N, None, "Hi Per,\n\nBefore round two: I'd probably prefer a candidate with a licence. Could you ring the last two and ask?\n\nEve",
  [], [], "A-neg: colleague."),
 (S, 'application', "Role: Electrician, Bristol\n\nDeclined\n\nReason: You do not hold the 18th Edition wiring qualification, which is required.\n\nSpark & Co",
  [], [], "B: Declined."),
 (S, 'interview', "Hi Lina,\n\nThanks for the interview. We've decided not to move forward. The reasons:\n• You haven't used Xero.\n• The role is full-time and you can only work three days.\n\nBest,\nFinance Team",
  [], [], "C: bullets after a label."),
]

# batch 6: look-alikes found by a spot check after batch 5 (a calendar decline, a room booking, an invoice)
BODIES += [
 (N, None, "Invitation: Interview with Sam Lee - Tue 4 Jun 10:00\n\nDeclined\n\nSam Lee has declined this invitation.\n\nInvitation from Google Calendar",
  [], [], "B-neg: calendar decline of an interview."),
 (N, None, "Updated invitation: Interview with Sam Lee\n\nRejected\n\nThe room booking for the interview was rejected. Please pick another room.",
  [], [], "B-neg: room booking."),
 (N, None, "Invoice 4432: recruitment services for the driver vacancy\n\nRejected\n\nReason: the PO number is missing.\n\nAccounts Payable",
  [], [], "B-neg: invoice with a recruiting word."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hi Maya,\n\nThanks for coming in to interview. We'd sooner hire a person with a longer management track record.\n\nRegards,\nTom",
  ["We'd sooner hire a person with a longer management track record"], [], "A: sooner hire."),
 (G, 'final', "Hi Petra,\n\nThanks for two great interviews. The other candidate just edged it.\n\nBest,\nNeil",
  ["The other candidate just edged it"], [], "A: the other edged it."),
 (G, 'interview', "Hi Gordon,\n\nThanks for your application and the chat. We're really after someone a bit earlier in their working life.\n\nCheers,\nIda",
  [], ["We're really after someone a bit earlier in their working life"], "A: after someone, age-coded."),
 (N, None, "Hi Samir,\n\nThanks for yesterday's interview! We'd like to take things further and would prefer the next meeting to be at our Reading office.\n\nBest,\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hi Jonah,\n\nThanks for a good conversation on Tuesday. We've landed on bringing in someone with broader customer service experience instead.\n\nBest,\nMia",
  ["We've landed on bringing in someone with broader customer service experience instead"], [], "A: landed on bringing in someone."),
 (G, 'interview', "Hi Anne,\n\nThanks for the interview. To be frank, we'd be more comfortable with a younger team member in this role.\n\nRegards,\nBob",
  [], ["we'd be more comfortable with a younger team member in this role"], "A: more comfortable with younger."),
 (G, 'application', "Application: Customer Service Advisor, Leeds\nApplication status: Unsuccessful\nReason: We have progressed candidates who more closely match the role profile.\n\nHR",
  ["Application status: Unsuccessful", "We have progressed candidates who more closely match the role profile"], [], "B: application status + generic."),
 (N, None, "Hi Jonah,\n\nThanks for your application! We'd rather you sent your CV as a PDF. Could you do that?\n\nBest,\nMia",
  [], [], "A-neg: file format."),
]

# batch 9: look-alikes found by a spot check after batch 8 (a wish word beside a person who is not the hire)
BODIES += [
 (N, None, "Hi Jo,\n\nThanks for applying. We'd rather speak to a person directly than over email, so please give me a ring on 0161 496 0000.\n\nBest,\nAl",
  [], [], "A-neg: rather speak to a person."),
 (N, None, "Hi Jo,\n\nThanks for applying. We'd rather someone from HR rang you about the contract details.\n\nBest,\nAl",
  [], [], "A-neg: rather someone rang you."),
]
