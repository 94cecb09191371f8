N = 'not-rejection'
BODIES = [
 (N, None, "Dear Tom,\n\nThank you for applying for the operations analyst post. Following a restructure, we have decided not to fill the position at all this year. This applies to all applicants. May we keep your details in our talent pool?\n\nKind regards,\nHR Team",
  [], [], "A: cancelled for everyone."),
 (N, None, "Hi Priya,\n\nUnfortunately a hiring freeze has been announced, so we won't be recruiting for the warehouse role after all. This affects everyone who applied, and we'll let you know if it reopens.\n\nBest,\nDan",
  [], [], "A: hiring freeze."),
 (N, None, "Dear Alex,\n\nYesterday you received an automated email saying your application had not progressed. It was sent to all applicants by mistake. Your application is still under consideration and we will be in touch after the interviews.\n\nApologies for the confusion,\nRecruitment Team",
  [], [], "B: correction."),
 (N, None, "Dear Professor Hill,\n\nThank you for the offer of the lecturer post. After much thought I have unfortunately decided not to accept it.\n\nKind regards,\nAnna Berg",
  [], [], "C: candidate declines."),
 (N, None, "Hi Jess,\n\nSo sorry you got a no from Harper & Co. They only wrote that they had \"chosen candidates who better match the role\", which tells you nothing. Fancy meeting up on Saturday?\n\nLove,\nKate",
  [], [], "D: friend quotes a no."),
 (N, None, "Hello!\n\nIn this week's issue: why a no isn't always about you, how to ask for feedback, and five interview myths.\n\nHappy reading,\nThe Careers Letter",
  [], [], "D: newsletter."),
 (N, None, "Hi Mark,\n\nWe've gone with Lina, she starts in September. I'll send the others the standard \"we have decided to progress with other candidates\" email today.\n\nCheers,\nSue",
  [], [], "E: colleague quotes template."),
 (N, None, "Hi Omar,\n\nThe message you got this morning saying we had chosen another candidate went out in error. Please ignore it: you are still in the running and we'd like to see you next week.\n\nBest,\nRuth",
  [], [], "B: sent in error."),
]

G = 'generic-rejection'
BODIES += [
 (N, None, "Dear Sam,\n\nDue to a change in funding, the trust has decided that the research assistant post will not be filled. This decision affects all candidates, and we are very sorry for the disappointment.\n\nYours sincerely,\nHR",
  [], [], "A: funding."),
 (N, None, "Hi Chloe,\n\nPlease disregard Friday's email about your application not moving forward: it went out in error to the whole list. You're still very much in the process.\n\nBest,\nTalent Team",
  [], [], "B: disregard."),
 (N, None, "Dear Dr Shaw,\n\nMany thanks for offering me the research fellowship. I have reluctantly decided to decline the offer, as my family cannot relocate this year.\n\nBest wishes,\nPaul",
  [], [], "C: declines."),
 (G, 'interview', "Hi Ben,\n\nThanks for meeting us last week. We have decided to move forward with another candidate.\n\nBest,\nKate",
  ["We have decided to move forward with another candidate"], [], "Guard: plain no."),
]
# batch 3: after a spot check
BODIES += [
 (N, None, "Hi Lo,\n\nSorry to hear they turned you down. They just said they had decided to move forward with other candidates, which tells you nothing. Drinks on Friday?\n\nEva",
  [], [], "D: friend, they turned you down."),
]
