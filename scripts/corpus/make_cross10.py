"""cross10: decisions11's families in sv/da/nb (own wording)."""
import json
R, N = "generic-rejection", "not-rejection"
rows = []
def add(lang, label, stage, text, span=None, note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    if span: assert span in text, span
    rows.append(dict(id=f"c10-{lang}-{n:03d}", lang=lang, label=label, stage=stage, text=text,
                     generic_spans=[span] if span else [], risky_spans=[], note=note))

# ---------- sv ----------
add("sv", R, "application", "Hej Alva!\n\nTack för att du lämnade ditt CV. Vi har redan fyllt passen i sommar, så vi har tyvärr inget till dig. Lycka till!\n\nHälsningar\nJonna, Kafé Solrosen", "Vi har redan fyllt passen i sommar, så vi har tyvärr inget till dig", "Shifts filled.")
add("sv", R, "interview", "Hej Elias,\n\nTack för att du kom ut till gården i lördags. Vi har fått ihop hela plockarlaget nu, så vi kommer inte att behöva dig den här säsongen. Ha en fin sommar!\n\nBosse\nLindgrens Bär", "vi kommer inte att behöva dig den här säsongen", "Not needed this season.")
add("sv", R, "application", "Hej Nora,\n\nTack för din ansökan till extrajobbet i butiken. Vi har redan hittat någon till helgerna, så det blir inget den här gången.\n\nMvh\nSara, Hemmabutiken", "Vi har redan hittat någon till helgerna, så det blir inget den här gången", "Helper already found.")
add("sv", R, "application", "Hej Kevin,\n\nTack för att du hörde av dig om lärlingsplats. Vi tar tyvärr inte in någon lärling i år.\n\nHälsningar\nMats, Bergs Bygg", "Vi tar tyvärr inte in någon lärling i år", "No apprentice this year.")
add("sv", R, "application", "Hej Tove!\n\nTack för ditt mejl om sommarjobb. Vi behöver tyvärr inte fler folk i år, vi är fullt bemannade.\n\nKram\nLena på Strandkiosken", "Vi behöver tyvärr inte fler folk i år", "No more people needed.")
add("sv", R, "interview", "Hej Ida,\n\nTack för att du kom förbi och visade din portfolio. Jag tror tyvärr inte att det här blir rätt för oss just nu, men jag önskar dig all lycka.\n\nVänliga hälsningar\nPetra, Studio Kvist", "Jag tror tyvärr inte att det här blir rätt för oss just nu", "Soft no after portfolio.")
add("sv", R, "final", "Hej Johan,\n\nHär kommer svaret från avdelningschefen, tyvärr inga goda nyheter.\n\nMvh\nKarin, HR\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Per Sandberg\nÄmne: SV: Johan Lund\nTill: Karin Ek\n\nHej Karin,\n\nefter intervjuerna har vi bestämt att vi inte kommer att erbjuda Johan en tjänst. Kan du meddela honom?\n\nPer", "vi inte kommer att erbjuda Johan en tjänst", "Forwarded no naming the candidate (the reader).")
add("sv", R, "final", "Hej,\n\nDu var tyvärr inte bland de sökande som föreslogs till anställning som handläggare. Tjänsten har tillsatts enligt förslaget.\n\nMed vänlig hälsning\nRegion Västerbygd", "Du var tyvärr inte bland de sökande som föreslogs till anställning", "Public notice: not among those proposed.")
add("sv", N, "other", "Hej alla,\n\nVi har redan fyllt passen på loppisen i helgen, så vi behöver inte fler volontärer. Tack för engagemanget!\n\nStyrelsen", None, "Flea-market volunteer shifts: no job.")
add("sv", N, "other", "Hej Elias,\n\nVi har fått ihop hela laget till korpenmatchen, så vi kommer inte att behöva dig på söndag. Vi ses!\n\nBosse", None, "Sports team.")
add("sv", N, "other", "Hej Nora,\n\nVi har redan hittat någon som kan vattna blommorna när vi är bortresta, men tack ändå!\n\nSara", None, "Plant watering.")
add("sv", N, "application", "Hej Kevin,\n\nTack för att du hörde av dig. Vi tar in två lärlingar i år och vill gärna träffa dig på tisdag kl. 10.\n\nHälsningar\nMats, Bergs Bygg", None, "Invitation: apprentices taken.")
add("sv", N, "interview", "Hej Ida,\n\nTack för att du kom förbi och visade din portfolio! Vi vill gärna att du gör ett provuppdrag nästa vecka.\n\nVänliga hälsningar\nPetra, Studio Kvist", None, "Positive after portfolio.")
add("sv", N, "final", "Hej Anders,\n\nVi har bestämt att vi kommer att erbjuda Johan Lund tjänsten. Kan du ringa honom i dag?\n\nMvh\nKarin, HR", None, "Relayed offer.")
add("sv", N, "other", "Hej,\n\nHär kommer protokollet från mötet. Förslaget till ny styrelse finns i bilagan.\n\nMed vänlig hälsning\nValberedningen", None, "Board nomination minutes.")
add("sv", N, "other", "Hej Tove!\n\nVi behöver inte fler stolar till festen, vi har fått låna från grannarna.\n\nKram\nLena", None, "Chairs for a party.")

# ---------- da ----------
add("da", R, "application", "Hej Freja,\n\nTak fordi du kom forbi med dit CV. Vi har allerede fået fyldt vagterne i sommer, så der er desværre ikke noget til dig.\n\nMange hilsner\nMette, Café Havnen", "Vi har allerede fået fyldt vagterne i sommer, så der er desværre ikke noget til dig", "Shifts filled.")
add("da", R, "interview", "Hej Oliver,\n\nTak fordi du kom ud på gården lørdag. Vi har fået plukkeholdet på plads, så vi får ikke brug for dig i denne sæson.\n\nHilsen\nJens, Hvidkilde Frugt", "vi får ikke brug for dig i denne sæson", "Not needed this season.")
add("da", R, "application", "Hej Sofie,\n\nTak for din ansøgning til weekendjobbet i butikken. Vi har allerede fundet en til det, så det bliver ikke denne gang.\n\nVenlig hilsen\nLone, Købmanden", "Vi har allerede fundet en til det, så det bliver ikke denne gang", "Helper already found.")
add("da", R, "application", "Hej Mathias,\n\nTak for din henvendelse om en læreplads. Vi tager desværre ingen lærling i år.\n\nHilsen\nKim, Nørgaard VVS", "Vi tager desværre ingen lærling i år", "No apprentice this year.")
add("da", R, "application", "Hej Emma,\n\nTak for din mail om sommerjob. Vi har desværre ikke brug for flere folk i år.\n\nHilsen\nBirgit, Is-bixen", "Vi har desværre ikke brug for flere folk i år", "No more people needed.")
add("da", R, "interview", "Hej Clara,\n\nTak for kaffen og fordi du viste os dine arbejdsprøver. Jeg tror desværre ikke, det er det rigtige match for os lige nu.\n\nVenlig hilsen\nAnne, Tegnestuen Lys", "Jeg tror desværre ikke, det er det rigtige match for os lige nu", "Soft no after work samples.")
add("da", R, "final", "Hej Lars,\n\nHer er svaret fra afdelingslederen. Desværre ikke det, vi havde håbet på.\n\nHilsen\nTina, HR\n\n---------- Videresendt meddelelse ---------\nFra: Jesper Krogh\nEmne: SV: Lars Holm\nTil: Tina Bak\n\nHej Tina\n\nVi har efter samtalerne besluttet, at vi ikke vil tilbyde Lars en stilling. Vil du give ham besked?\n\nJesper", "vi ikke vil tilbyde Lars en stilling", "Forwarded no naming the candidate (the reader).")
add("da", R, "final", "Kære ansøger\n\nDu var desværre ikke blandt de ansøgere, der blev indstillet til ansættelse i stillingen som sagsbehandler.\n\nMed venlig hilsen\nVesthavn Kommune", "Du var desværre ikke blandt de ansøgere, der blev indstillet til ansættelse", "Public notice: not among those recommended.")
add("da", N, "other", "Hej alle,\n\nVi har allerede fået fyldt vagterne til loppemarkedet, så vi mangler ikke flere frivillige. Tak!\n\nBestyrelsen", None, "Volunteer shifts.")
add("da", N, "other", "Hej Oliver,\n\nVi har fået holdet på plads til fodboldkampen, så vi får ikke brug for dig søndag. Ses!\n\nJens", None, "Football team.")
add("da", N, "other", "Hej Sofie,\n\nVi har allerede fundet en til at passe katten, men tak for tilbuddet!\n\nLone", None, "Cat sitting.")
add("da", N, "application", "Hej Mathias,\n\nTak for din henvendelse. Vi tager to lærlinge i år og vil gerne se dig til en snak på torsdag.\n\nHilsen\nKim, Nørgaard VVS", None, "Invitation: apprentices taken.")
add("da", N, "interview", "Hej Clara,\n\nTak for kaffen og fordi du viste os dine arbejdsprøver! Vi vil gerne have dig ind til en prøvedag.\n\nVenlig hilsen\nAnne, Tegnestuen Lys", None, "Positive after work samples.")
add("da", N, "final", "Hej Peter,\n\nVi har besluttet, at vi vil tilbyde Lars Holm stillingen. Kan du ringe til ham i dag?\n\nHilsen\nTina, HR", None, "Relayed offer.")
add("da", N, "other", "Hej,\n\nDer er ikke brug for flere stole til festen. Vi låner fra naboerne.\n\nHilsen\nBirgit", None, "Chairs.")
add("da", N, "other", "Kære medlemmer\n\nBestyrelsens indstilling til generalforsamlingen er vedhæftet. Vel mødt!\n\nMed venlig hilsen\nForeningen", None, "Association recommendation.")

# ---------- nb ----------
add("nb", R, "application", "Hei Ingrid,\n\nTakk for at du leverte CV-en din. Vi har allerede fylt opp vaktene i sommer, så vi har dessverre ikke noe til deg.\n\nHilsen\nKari, Kafé Bryggen", "Vi har allerede fylt opp vaktene i sommer, så vi har dessverre ikke noe til deg", "Shifts filled.")
add("nb", R, "interview", "Hei Jonas,\n\nTakk for at du kom innom gården på lørdag. Vi har fått nok plukkere nå, så vi trenger deg ikke denne sesongen.\n\nHilsen\nOla, Solbær Gård", "vi trenger deg ikke denne sesongen", "Not needed this season.")
add("nb", R, "application", "Hei Maja,\n\nTakk for søknaden på helgejobben i butikken. Vi har allerede funnet noen, så det blir ikke noe denne gangen.\n\nVennlig hilsen\nHilde, Nærbutikken", "Vi har allerede funnet noen, så det blir ikke noe denne gangen", "Helper already found.")
add("nb", R, "application", "Hei Sander,\n\nTakk for at du tok kontakt om læreplass. Vi tar dessverre ikke inn noen lærling i år.\n\nHilsen\nTrond, Berg Elektro", "Vi tar dessverre ikke inn noen lærling i år", "No apprentice this year.")
add("nb", R, "application", "Hei Emilie,\n\nTakk for meldingen om sommerjobb. Vi trenger dessverre ikke flere folk i år.\n\nHilsen\nRandi, Iskiosken", "Vi trenger dessverre ikke flere folk i år", "No more people needed.")
add("nb", R, "interview", "Hei Sara,\n\nTakk for at du stakk innom og viste oss porteføljen din. Jeg tror dessverre ikke dette blir riktig for oss akkurat nå.\n\nVennlig hilsen\nLiv, Studio Fjell", "Jeg tror dessverre ikke dette blir riktig for oss akkurat nå", "Soft no after portfolio.")
add("nb", R, "final", "Hei Erik,\n\nHer er svaret fra avdelingslederen. Dessverre ikke gode nyheter.\n\nHilsen\nSiri, HR\n\n---------- Videresendt melding ---------\nFra: Knut Moe\nEmne: SV: Erik Dahl\nTil: Siri Lie\n\nHei Siri,\n\netter intervjuene har vi bestemt at vi ikke vil tilby Erik en stilling. Kan du gi ham beskjed?\n\nKnut", "vi ikke vil tilby Erik en stilling", "Forwarded no naming the candidate (the reader).")
add("nb", R, "final", "Hei,\n\nDu var dessverre ikke blant søkerne som ble innstilt til stillingen som rådgiver. Stillingen er nå besatt.\n\nMed vennlig hilsen\nNordvik kommune", "Du var dessverre ikke blant søkerne som ble innstilt til stillingen", "Public notice: not in the appointment recommendation.")
add("nb", N, "other", "Hei alle,\n\nVi har allerede fylt opp vaktene på loppemarkedet, så vi trenger ikke flere frivillige. Takk!\n\nStyret", None, "Volunteer shifts.")
add("nb", N, "other", "Hei Jonas,\n\nVi har fått nok folk til dugnaden nå, så vi trenger deg ikke på søndag. Ses!\n\nOla", None, "Community work day.")
add("nb", N, "other", "Hei Maja,\n\nVi har allerede funnet noen som kan passe hunden, men tusen takk likevel!\n\nHilde", None, "Dog sitting.")
add("nb", N, "application", "Hei Sander,\n\nTakk for at du tok kontakt. Vi tar inn to lærlinger i år og vil gjerne møte deg på tirsdag.\n\nHilsen\nTrond, Berg Elektro", None, "Invitation.")
add("nb", N, "interview", "Hei Sara,\n\nTakk for at du stakk innom og viste oss porteføljen din! Vi vil gjerne ha deg inn på en prøvedag.\n\nVennlig hilsen\nLiv, Studio Fjell", None, "Positive after portfolio.")
add("nb", N, "final", "Hei Per,\n\nVi har bestemt at vi vil tilby Erik Dahl stillingen. Kan du ringe ham i dag?\n\nHilsen\nSiri, HR", None, "Relayed offer.")
add("nb", N, "other", "Hei,\n\nVi trenger ikke flere stoler til festen, vi låner av naboen.\n\nHilsen\nRandi", None, "Chairs.")
add("nb", N, "other", "Hei alle sammen,\n\nValgkomiteens innstilling til nytt styre ligger vedlagt. Velkommen til årsmøtet!\n\nMed vennlig hilsen\nLaget", None, "Club nomination.")

with open("tests/corpus/cross10.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
