#!/usr/bin/env python3
"""Task decisions13 (issue 11): rejections judged not-rejection, nb/en, own wording.
Families: staffing apps and agencies relaying a client's no (shift filled / given to another / not booked),
informal small employers with no job word (got someone, full up for staff, enough hands), trainee placements.
Per language: rejections (G/S) in the families' wordings and look-alikes (N) sharing their words."""
import json, sys

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
rows = {
 'nb': [
  (G, 'application', "Hei Marte! Lørdagsvakta på kafeen er besatt nå, så du trenger ikke komme. Takk for at du meldte interesse! Hilsen Ida, Kafé Bakgården", ["Lørdagsvakta på kafeen er besatt nå"], 'Shift taken, reader offered to work.'),
  (G, 'application', "hei Ola, nattevakta på fredag er allerede besatt. takk for at du sa fra så raskt! mvh Lise, Vikarservice Øst", ["nattevakta på fredag er allerede besatt"], 'Agency: shift taken.'),
  (G, 'application', "Vaktbørsen: Du fikk ikke vakten\n\nVakten «Servering, Bryggen, lør 16:00–23:00» er gitt til en annen. Se appen for ledige vakter.", ["Du fikk ikke vakten", "er gitt til en annen"], 'Shift app: given to another.'),
  (G, 'application', "Oppdraget «Plukk og pakk, Alnabru, man 07–15» ble tildelt en annen kandidat. Følg med i appen for nye oppdrag nær deg.", ["ble tildelt en annen kandidat"], 'Gig app: assigned to another.'),
  (G, 'application', "Hei Nora,\n\nMedisinsk poliklinikk har meldt tilbake at de ikke har behov for deg i sommerperioden. Vi tar kontakt når nye vakter blir lagt ut.\n\nVennlig hilsen\nBemanningen, Helsevikar AS", ["de ikke har behov for deg i sommerperioden"], 'Agency relays a ward: no need for you.'),
  (G, 'final', "Hei Jon,\n\nJeg har snakket med Fjordkraft Entreprenør. De har valgt å gå videre med en annen kandidat, så det ble dessverre ikke deg denne gangen.\n\nHilsen Maria, Rekrutteringspartner", ["De har valgt å gå videre med en annen kandidat", "det ble dessverre ikke deg denne gangen"], 'Recruiter relays client.'),
  (G, 'final', "Hei Amir,\n\nKunden ringte i dag: de går for den andre kandidaten. Beklager at det ikke ble deg denne gangen, jeg gir beskjed når noe nytt dukker opp.\n\nMvh Per", ["Beklager at det ikke ble deg denne gangen"], 'Recruiter: not you this time.'),
  (G, 'final', "Hei Silje,\n\nKunden har landet på en kandidat fra et annet byrå, så profilen din går ikke videre denne gangen. Takk for at vi fikk representere deg.\n\nHilsen Kristoffer", ["profilen din går ikke videre denne gangen"], 'Recruiter: profile not going forward.'),
  (G, 'final', "Hei Thomas,\n\nDessverre ikke gode nyheter denne gangen. Byggmester Lunde har bestemt seg for å gå en annen vei, og de ba meg takke deg for tiden din.\n\nMvh Hanne", ["har bestemt seg for å gå en annen vei"], 'Recruiter: client going another way.'),
  (G, 'application', "Hei Jonas. Jeg har fått tak i en som tar vaktene i helgene, så det trengs ikke lenger. Takk for at du tok kontakt!\nMvh Kåre, Kåres Pub", ["Jeg har fått tak i en som tar vaktene i helgene, så det trengs ikke lenger"], 'Informal: found someone, not needed.'),
  (G, 'application', "Hei!\nVaktlista er full for sommeren, dessverre. Prøv gjerne igjen neste år!\nHilsen Solbakken Camping", ["Vaktlista er full for sommeren"], 'Rota full.'),
  (G, 'application', "hei, vi har fått noen allerede. beklager! /Tone", ["vi har fått noen allerede"], 'One-liner: got someone.'),
  (G, 'application', "hei hei, har fått noen til jobben nå, sorry! ha en fin sommer :) Vilde", ["har fått noen til jobben nå"], 'Got someone for the job.'),
  (G, 'application', "Hei Ingrid!\nVi har fått hjelp på gården i sommer allerede, så det går fint. Men takk for at du spurte!\nLiv, Søndre Berg", ["Vi har fått hjelp på gården i sommer allerede"], 'Farm help found.'),
  (G, 'application', "Hei Henrik, takk for at du spurte om jobb. Vi har nok folk til sommeren, så det blir ikke noe denne gangen. Lykke til! Mvh Geir, Geirs Bilpleie", ["Vi har nok folk til sommeren"], 'Enough people for the summer.'),
  (G, 'application', "Hei Sara! Takk for CV-en. Vi er fullt bemannet for sesongen nå, men jeg tar vare på nummeret ditt i tilfelle noe dukker opp. Hilsen Berit, Strandkiosken", ["Vi er fullt bemannet for sesongen nå"], 'Fully staffed for the season.'),
  (G, 'application', "Hei Magnus!\n\nTakk for at du har søkt læreplass gjennom opplæringskontoret. Alle læreplassene for høsten er nå formidlet, og vi har dessverre ikke fått deg ut til en lærebedrift denne gangen.\n\nHilsen\nOpplæringskontoret for elektrofag", ["vi har dessverre ikke fått deg ut til en lærebedrift denne gangen"], 'Apprenticeship office: no placement.'),
  (G, 'application', "Hei Eline,\n\nVi har nå fordelt alle sommerjobbene, og du fikk dessverre ikke plass denne gangen. Takk for at du søkte!\n\nHilsen Kommunens sommerjobbteam", ["du fikk dessverre ikke plass denne gangen"], 'Summer jobs all handed out.'),
  (G, 'application', "Hei Sigurd,\n\nTakk for at du meldte deg som frivillig på festivalen. Vi har fylt opp alle frivilligplassene i år, så vi har ikke plass til deg denne gangen.\n\nHilsen Frivilligteamet", ["Vi har fylt opp alle frivilligplassene i år"], 'Volunteers full.'),
  (S, 'application', "Hei Kim. Jobbene på lageret krever truckførerbevis, og det har du ikke, så vi kan ikke sende deg dit. Mvh Lagerbemanning", [], 'Agency: licence lacking.'),
  (S, 'interview', "Hei Vegard\nTakk for at du kom innom. Du må ha gyldig helseattest før du kan jobbe på kjøkkenet, og den rekker du ikke å få før sesongen starter. Så vi tar en annen denne gangen.\nHilsen Randi", [], 'Health certificate lacking, another taken.'),
  # look-alikes
  (N, 'other', "Hei alle sammen! Lørdagsvakta er besatt nå, takk til Jonas som tok den. Søndag mangler vi fortsatt folk. Hilsen Ida", [], 'Shift taken: note to staff.'),
  (N, 'other', "Vaktbørsen: Du fikk vakten!\n\nVakten «Servering, Bryggen, lør 16:00–23:00» er tildelt deg. Møt opp 15:45.", [], 'Shift app: shift given to you.'),
  (N, 'other', "Hei Nora,\n\nMedisinsk poliklinikk har behov for deg i uke 28–30. Bekreft i appen innen fredag.\n\nVennlig hilsen\nBemanningen, Helsevikar AS", [], 'Agency: ward needs you.'),
  (N, 'final', "Hei Jon,\n\nGode nyheter: Fjordkraft Entreprenør vil gå videre med deg til siste runde! Jeg ringer deg i morgen med detaljer.\n\nHilsen Maria", [], 'Recruiter: you go on.'),
  (N, 'other', "Hei Amir, vi går for den andre leverandøren på stillaset. Beklager at det ikke ble dere denne gangen, takk for tilbudet. Mvh Per, Byggservice", [], 'Supplier not chosen (dere), no candidate.'),
  (N, 'other', "Hei Kåre. Jeg har fått tak i en rørlegger som tar jobben på badet, så det trengs ikke lenger. Takk for tilbudet! Mvh Jonas", [], 'A plumber found: customer to supplier.'),
  (N, 'other', "Hei!\nKurset er fullt for sommeren, dessverre. Prøv gjerne igjen neste år!\nHilsen Solbakken Ridesenter", [], 'A course full.'),
  (N, 'other', "hei, vi har fått noen til å passe katten allerede. takk likevel! /Tone", [], 'A cat-sitter found.'),
  (N, 'other', "Hei Ingrid!\nVi har fått hjelp med flyttingen allerede, så det går fint. Men takk for at du spurte! Hils mora di.\nLiv", [], 'Moving help found: friend.'),
  (N, 'other', "Hei Henrik, vi har nok stoler til festen, så det trengs ikke. Takk likevel! Mvh Geir", [], 'Enough chairs.'),
  (N, 'other', "Hei alle! Vi er fullt bemannet for sesongen nå, så ingen trenger å ta ekstravakter i juli. God sommer! Berit", [], 'Fully staffed: note to staff.'),
  (N, 'application', "Hei Magnus!\n\nVi har gleden av å fortelle at du har fått læreplass hos Elektro Nord AS fra høsten. Ta kontakt med bedriften for oppstart.\n\nHilsen\nOpplæringskontoret for elektrofag", [], 'Apprenticeship placed.'),
  (N, 'application', "Hei Eline,\n\nVi har nå fordelt alle sommerjobbene, og du har fått plass på Parkvesenet fra 24. juni. Velkommen!\n\nHilsen Kommunens sommerjobbteam", [], 'Summer job given.'),
  (N, 'other', "Hei Sigurd,\n\nVi har fylt opp alle plassene på bussen til festivalen, så du må ta toget. Beklager!\n\nHilsen Turlaget", [], 'Bus seats full.'),
  (N, 'interview', "Hei Kim. Jobbene på lageret krever truckførerbevis. Har du det? Da kan vi sende deg dit allerede mandag. Mvh Lagerbemanning", [], 'Requirement asked, no decision.'),
  (N, 'other', "Hei Sara! Takk for bestillingen. Vi er fullbooket for lørdag, men søndag har vi ledige bord. Hilsen Berit, Strandkafeen", [], 'Restaurant fully booked.'),
  (N, 'other', "Hei Thomas,\n\nStyret har bestemt seg for å gå en annen vei med logoen. Takk for forslagene dine!\n\nMvh Hanne, Idrettslaget", [], 'Logo design gone another way.'),
  (N, 'interview', "Hei Vegard\nTakk for at du kom innom. Vi vil gjerne ha deg på kjøkkenet fra 1. juni, husk å ta med helseattesten.\nHilsen Randi", [], 'Kitchen job offered.'),
  (N, 'other', "Oppdraget «Flytting, Tøyen» ble tildelt en annen transportør. Takk for ditt tilbud på Finn.", [], 'A moving job: bidder on a marketplace.'),
  (N, 'other', "Hei Lise, vaktlista for juli er full, så det blir ingen ekstravakter på deg. Ferien din er godkjent. Mvh Trond", [], 'Rota full: employee on leave.'),
 ],
 'en': [
  (G, 'application', "Hi Tom, the Sunday 7am shift at Northgate DC has now been filled. Thanks for putting your name down! Gemma @ Brightside Recruitment", ["the Sunday 7am shift at Northgate DC has now been filled"], 'Agency text: shift filled, reader volunteered.'),
  (G, 'application', "Hi Priya, sorry, the Friday night shift at the Corn Exchange has already been filled. Thanks for offering! Leah, FrontRow Staffing", ["the Friday night shift at the Corn Exchange has already been filled"], 'Agency text: shift filled.'),
  (G, 'application', "GigFlow\n\nYour request for the shift \"Bar Staff - Victoria Hall, Sat 17:00-00:30\" was declined by the client.\n\nSee more shifts →", ["Your request for the shift \"Bar Staff - Victoria Hall, Sat 17:00-00:30\" was declined by the client"], 'Shift app: request declined.'),
  (G, 'application', "ShiftPal: The shift \"Picker/Packer, Unit 4, Mon 06:00-14:00\" has been given to another worker. Check the app for new shifts near you.", ["has been given to another worker"], 'Shift app: given to another.'),
  (G, 'application', "Dear Nurse Adeyemi,\n\nThank you for making yourself available for shifts on Ward 12 at St Columba's. The ward manager has confirmed they won't be booking you for the August rota. We'll let you know as soon as new shifts are released.\n\nKind regards,\nNurse Desk, CareForce Staffing", ["they won't be booking you for the August rota"], 'Agency relays a ward: not booking you.'),
  (G, 'final', "Hi Ross,\n\nJust had feedback from Halden Group. They liked your background, but they've decided not to take things further with you.\n\nHappy to chat tomorrow if you want to go through it.\n\nCheers,\nNat", ["they've decided not to take things further with you"], 'Recruiter: client not taking things further.'),
  (G, 'final', "Hi Chloe,\n\nI'm afraid it's not good news this time. Penrose & Co have decided to go in another direction, and asked me to pass on their thanks.\n\nSpeak soon,\nAmy", ["Penrose & Co have decided to go in another direction"], 'Recruiter: client another direction.'),
  (G, 'final', "Hi Marcus,\n\nQuick update on the Backend Developer role at Tidewell: the client has gone with a candidate from another agency, so your CV won't be progressing this time.\n\nThanks for letting us put you forward.\nSunil", ["the client has gone with a candidate from another agency, so your CV won't be progressing this time"], 'Recruiter: another agency candidate.'),
  (G, 'final', "Hi Jade,\n\nThe client came back on Friday and they won't be moving forward with you for the Office Manager post. Sorry it's not better news.\n\nBest,\nKaren, Lakeside Recruitment", ["they won't be moving forward with you"], 'Recruiter: client not moving forward.'),
  (G, 'application', "Hi Tyler, thanks for dropping your CV in. We're sorted for staff at the moment so there's nothing going, but I'll keep your number on file. Maureen, The Crown", ["We're sorted for staff at the moment"], 'Pub: sorted for staff.'),
  (G, 'application', "Hi there, thanks for your message. We're full up for staff right now. Keep an eye on our Instagram for any openings.\nThe Chippy on Church St", ["We're full up for staff right now"], 'Chippy: full up for staff.'),
  (G, 'application', "sorry hun we've got someone now x", ["we've got someone now"], 'One-liner: got someone.'),
  (G, 'application', "hiya, sorry we've found someone already! thanks for asking tho - Kelly", ["we've found someone already"], 'One-liner: found someone.'),
  (G, 'application', "G'day Josh, thanks for getting in touch. We've filled all the picking spots for this season, mate. Try us again next year.\nCheers, Wayne\nSunny Creek Farm", ["We've filled all the picking spots for this season"], 'Orchard: all spots filled.'),
  (G, 'application', "Hi Freya,\nWe've got all the help we need in the shop this summer, so no need thanks. Best of luck with your exams!\nSue, The Corner Deli", ["We've got all the help we need in the shop this summer"], 'Shop: help we need.'),
  (G, 'interview', "Hi Danny,\nThanks for coming down to the site. Going to leave it for now, mate, we've got enough lads on for the extension job. I'll give you a shout if it picks up.\nPete", ["we've got enough lads on for the extension job"], 'Builder: enough lads.'),
  (G, 'application', "Hi Niamh,\nThanks a million for the CV. We're grand for staff for the moment so there's nothing going, but I'll hang on to your details in case anything comes up at Easter.\nDeclan, Molloy's", ["We're grand for staff for the moment"], 'Irish pub: grand for staff.'),
  (G, 'application', "Dear Aisha,\n\nThank you for applying for a summer internship. All of our internship places for 2025 have now been filled, and we have not been able to offer you a place this time.\n\nKind regards,\nEarly Careers Team", ["we have not been able to offer you a place this time"], 'Internship: no place offered.'),
  (G, 'application', "Hi Ollie,\n\nThanks for signing up to volunteer at the food bank. We've filled all our volunteer slots for the Christmas period, so we won't need you this time round.\n\nBest wishes,\nMaggie", ["We've filled all our volunteer slots for the Christmas period"], 'Volunteer slots full.'),
  (S, 'application', "Hi Jordan,\n\nThanks for your interest in the security shifts at the stadium. All our stewards need a valid SIA licence, and yours is showing as expired. We can't put you forward until it's renewed.\n\nCheers,\nRaj, Guardline Events", [], 'Licence expired.'),
  (S, 'interview', "Hi Leon,\nThanks for coming out. I need someone who can drive a forklift on their own, and you said you've never used one. Can't train anyone up this season I'm afraid.\nPhil", [], 'No forklift experience, no training.'),
  # look-alikes
  (N, 'other', "Hi all, the Sunday 7am shift at Northgate DC has now been filled - thanks Tom for putting your hand up! Still need two for Monday. Gemma", [], 'Shift filled: note to the team.'),
  (N, 'other', "GigFlow\n\nYour request for the shift \"Bar Staff - Victoria Hall, Sat 17:00-00:30\" was approved by the client.\n\nView shift details →", [], 'Shift app: request approved.'),
  (N, 'other', "Your leave request for Fri 14 June was declined by your manager. Please speak to them if you have questions.", [], 'Leave request declined.'),
  (N, 'other', "Dear Nurse Adeyemi,\n\nThe ward manager has confirmed they will be booking you for the August rota. Your shifts are now in the app.\n\nKind regards,\nNurse Desk, CareForce Staffing", [], 'Agency: booked.'),
  (N, 'final', "Hi Ross,\n\nJust had feedback from Halden Group: they loved you and want to take things further! They'd like a final chat on Thursday.\n\nCheers,\nNat", [], 'Recruiter: next round.'),
  (N, 'other', "Hi Chloe,\n\nThe board have decided to go in another direction with the rebrand, so we'll pause the logo work. Thanks for the drafts.\n\nAmy", [], 'Rebrand, supplier.'),
  (N, 'other', "Hi Marcus, the client has gone with a quote from another supplier, so we won't need the scaffolding after all. Thanks, Sunil", [], 'Supplier quote lost.'),
  (N, 'other', "sorry hun we've got someone to feed the cat now x", [], 'Cat-sitter found.'),
  (N, 'other', "hiya, sorry we've found someone to take the sofa already! thanks for asking tho - Kelly", [], 'Sofa buyer found.'),
  (N, 'other', "Hi there, thanks for your message. We're full up for tables tonight. Try us tomorrow!\nThe Chippy on Church St", [], 'Restaurant full.'),
  (N, 'other', "Hi Tyler, thanks for the offer of the van. We're sorted for transport at the moment, but I'll keep your number. Maureen", [], 'Sorted for transport.'),
  (N, 'other', "Hi team, we've filled all the picking spots for this season, so no one needs to do extra Saturdays. Thanks! Wayne", [], 'Spots filled: note to staff.'),
  (N, 'other', "Hi Freya,\nWe've got all the help we need with the move this weekend, so no need thanks. See you at the barbecue!\nSue", [], 'Moving help: friend.'),
  (N, 'other', "Hi Danny, we've got enough lads on for the five-a-side on Sunday, so you can have a rest. Pete", [], 'Football team.'),
  (N, 'application', "Dear Aisha,\n\nThank you for applying for a summer internship. We are delighted to offer you a place on our 2025 programme, starting 30 June.\n\nKind regards,\nEarly Careers Team", [], 'Internship offered.'),
  (N, 'other', "Hi Ollie,\n\nThanks for your donation to the food bank. We've filled all our shelves for the Christmas period, so we won't need more tins this time round.\n\nBest wishes,\nMaggie", [], 'Donations full.'),
  (N, 'interview', "Hi Jordan,\n\nThanks for your interest in the security shifts at the stadium. All our stewards need a valid SIA licence - could you send a photo of yours before Friday?\n\nCheers,\nRaj, Guardline Events", [], 'Licence asked for.'),
  (N, 'other', "Hi Leon, I can't train anyone up on the new till this week, I'm off. Ask Sarah on Monday. Phil", [], 'Training not this week: staff.'),
  (N, 'other', "Hi Jade,\n\nThe client came back on Friday and they won't be moving forward with the office move until spring. I'll update the plan.\n\nBest,\nKaren", [], 'Project postponed.'),
 ],
}
out = []
for lang, rs in rows.items():
    for i, (label, stage, text, gs, note) in enumerate(rs, 1):
        for s in gs:
            assert s in text, (lang, i, s)
        out.append({'id': f'd13-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': gs, 'risky_spans': [], 'note': note})
with open(sys.argv[1] if len(sys.argv) > 1 else 'tests/corpus/decisions13.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['label'] != N for r in out))
