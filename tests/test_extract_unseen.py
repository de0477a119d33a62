"""Extraction on hand-written reports from outlets and country pairs outside the shared corpus
(``fixtures/unseen``): each field a general rule was added for stays right."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.evaluate.gold import load_gold, predictions_from_tables, score
from parley.pipeline import run_folder

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"

# per-field floors: what the rules added for these reports reach. Known gap: u07's "training
# on ..." is not a training cue (topics). ("Defense Minister Gen Nakatani" is now a name: a
# rank abbreviation before a lone word is a given name.)
FLOORS = {
    "is_dialogue_report": 1.0, "headline": 1.0, "sources": 1.0, "mechanism": 1.0,
    "countries": 1.0, "edition": 1.0, "event_date": 1.0, "published_date": 1.0, "city": 1.0,
    "co_chairs": 1.0, "co_chair_countries": 1.0, "co_chair_titles": 1.0, "others": 1.0,
    "amounts": 1.0, "topics": 0.99,
}


# ``fixtures/probe``: four more (a VNA report with diacritics, a PNA report, a Canadian joint
# statement of a 2+2 with "the Honourable", a tag page). Known gap: the tag line of a listing
# page is not taken for its headline (cleaning). Titles: a trailing "of the Republic of Korea"
# names the side and is left out of the title, as "of Vietnam" is in the shared corpus gold
# and "of the Republic of Indonesia" in test_extract_articles (the probe gold now says so).
PROBE = Path(__file__).parent / "fixtures" / "probe"
PROBE_FLOORS = {**FLOORS, "headline": 0.75, "co_chairs": 1.0, "co_chair_countries": 1.0,
                "co_chair_titles": 1.0, "amounts": 1.0, "topics": 1.0}


# ``fixtures/unseen2``: ten more in other outlets' styles and pairs (The Hindu IN-AU 2+2 with
# "Rs ... crore" and "A$", ABC AU-CN with a bare "$" for AUD beside "US$", a State Department
# media note US-TH, a French MFA communique FR-AU, the Korea Herald KR-JP, TASS RU-VN with
# ranks and "/TASS/", the Jakarta Post ID-NL with "van den" and "Rp", a gov.uk 2+2 GB-JP with
# "Gen Nakatani", Anadolu TR-MY with "Türkiye" and "Datuk", and a PNA summit report that only
# recalls a past dialogue). Before the rules they exposed: sources 0.40, mechanism 0.80,
# event_date 0.89, published_date 0.70, co_chairs 0.93, co_chair_countries 0.88,
# co_chair_titles 0.93, amounts 0.95, topics 0.86; cleaning took a photo caption with a
# bracketed "(Outlet: Photographer)" credit (u19) and a "From:" line (u25) for the headline
# (headline 0.80, sources), and u19's "first ... in seven years" is no edition. Known gaps:
# the Anadolu credit is only in its subscription footer (sources); "Updated on 30.01.2025" below a
# "See also" link is read as that link's date (published_date); TASS prints no year at all
# (event_date_all, unscored in event_date); "trade, which reached $5.2 billion" and a combat
# air programme are not cue phrases (topics).
UNSEEN2 = Path(__file__).parent / "fixtures" / "unseen2"
# 2026-12-02 (sixth session): data/outlets.toml gained ~70 dailies and broadcasters of the Gulf,
# South Asia, Africa and Asia-Pacific, among them outlets that the sets below credit only by a
# masthead or stamp (Khmer Times, Arab News, MercoPress, Eurasia Review, Borneo Bulletin, The
# EastAfrican, Andina): those "known gaps" are closed for known names, and the sources scores
# of unseen3-unseen9 are no longer blind. Unknown mastheads are still not taken, by design.
UNSEEN2_FLOORS = {**FLOORS, "headline": 1.0, "sources": 0.9, "published_date": 0.9,
                  "topics": 0.93}


# ``fixtures/unseen3``: ten more (Gulf News AE-IN with "Dh" and a closing "With inputs from
# WAM", Dawn PK-US with a two-day "12-13 May" round and "Rs" for Pakistani rupees, Khmer Times
# KH-ID with "H.E." and "yesterday", Montsame MN-JP with "XIth" and its year only in a footer
# stamp, Kazinform KZ-CN by videoconference with "the ninth such dialogue", Arab News SA-US
# with "Prince" and "SR", Nhan Dan VN-LA with diacritics, VND and kip, a Manila Bulletin 2+2
# where "A and B met with C and D", and two negatives: an opinion piece about a dialogue's next
# round and a phone call that agrees to hold the next consultations). Before the rules they
# exposed: is_dialogue_report 0.80, sources 0.50, mechanism 0.90, countries 0.80, edition
# 0.90, event_date 0.80, published_date 0.80, city 0.90, co_chairs 0.65, co_chair_countries
# 0.52, co_chair_titles 0.58, others 0.80, amounts 0.68, topics 0.97. Known gaps: an unknown
# outlet credited only by a "Khmer Times | Date: ..." stamp or a lone "ARAB NEWS" line is not
# taken (unknown names are accepted only in strict agency shapes); "Crown Prince X" is a royal
# style, so X has no title and is not listed (others); "training and equipment" is no
# training cue (the seed gold does not count "training and equipment transfer" either).
UNSEEN3 = Path(__file__).parent / "fixtures" / "unseen3"
UNSEEN3_FLOORS = {**FLOORS, "sources": 0.8, "others": 0.9, "topics": 0.98}


# ``fixtures/unseen4``: six more (Yonhap KR-AU 2+2 where the Korean ministers "sat down with"
# their Australian counterparts, one a "Deputy Prime Minister and Defence Minister", a
# Diplomat-style analysis JP-VN whose lead reports the meeting, a Chinese MFA readout CN-KR
# with "ROK" and a "2024-11-19 21:30" stamp, an RFA-style US-KH report with a "2025.07.09"
# stamp and a Cambodian "Secretary of State at the Ministry of National Defense", an Egyptian
# MFA statement EG-GR with "Hellenic", and a negative: a Lusa-signed announcement that PT and
# BR "will hold the first round of a new Strategic Dialogue"). Before the rules they exposed:
# is_dialogue_report 0.83, sources 0.67, mechanism 0.67 (after a gold fix to "Two-Plus-Two
# ...", as v08 keeps "2+2"), countries 0.83, event_date 0.83, published_date 0.67, city 0.83,
# co_chairs 0.94, co_chair_countries 0.69, co_chair_titles 0.86, amounts 0.83, topics 0.81
# (gold now counts the analysis's "coast guard" as maritime_security, a cue by design). Known
# gap: RFA is not a known outlet and is credited only as "By X for RFA Khmer", "told RFA" and
# a copyright footer, none of them a strict credit shape (sources).
UNSEEN4 = Path(__file__).parent / "fixtures" / "unseen4"
UNSEEN4_FLOORS = {**FLOORS, "sources": 0.83, "topics": 1.0}


# ``fixtures/unseen5``: ten more (NHK World JP-FR "two-plus-two" with family names first and
# "France sent ...", India's PIB IN-JP with "Title, Ministry of Defense, Japan, Mr X", "Rs
# 1,50,590 crore" and "by PIB Delhi", Premium Times NG-GB with "N25 billion" and "(NAN)",
# Capital FM KE-US with "Sh78 billion" and a Nairobi dateline for a Washington meeting, CNA
# SG-NZ with "(Oct 20)" and a tag list, VnExpress VN-IN without diacritics, CGTN and SAnews
# reporting the same CN-ZA dialogue (one with "17-Nov-2025", the other with no year), and two
# negatives: an Al Jazeera report of a postponed dialogue and an AFP wire recalling a past
# round). Before the rules they exposed: is_dialogue_report 0.90, headline 0.90, sources
# 0.50, mechanism 0.90, countries 0.90, event_date 0.78, event_date_all 0.70,
# published_date 0.90, city 0.90, co_chairs 0.93, co_chair_countries 0.87, co_chair_titles
# 0.78 (0.83 after a gold fix: a "counterpart" has no printed title, as in the shared gold),
# amounts 0.63, topics 0.74. Cleaning took PIB's ministry line ("Ministry of Defence") for
# the title above a standfirst (headline); an issuer's label is no title now. Known gap:
# SAnews is credited only by its web address ("- SAnews.gov.za"), which is no outlet by
# design (sources).
UNSEEN5 = Path(__file__).parent / "fixtures" / "unseen5"
UNSEEN5_FLOORS = {**FLOORS, "sources": 0.9, "topics": 1.0}


# ``fixtures/unseen6``: ten more (EFE AR-CL "2+2" with "4,500 million Chilean pesos" and an
# "EFE | 05/03/2025" stamp under a "Mar 5" dateline, a State Department joint statement US-UZ
# whose co-chairs come after the first paragraph, QNA QA-GB with "Monday (Nov 3)", "GBP" and
# "USD" before the figure, Ukrinform PL-UA with "on the 16th of June", "€1.2bn" and the Lublin
# Triangle as a third country, UzA UZ-TR with "TASHKENT, 11 February (UzA)." and "11.02.2025",
# FBC FJ-AU with "Ratu", "FJ$" and "yesterday", GNA GH-CI with "Oct 14 - 2025 , 18:05", "GH¢"
# and CFA francs, Mexico News Daily MX-CA with "Published onSeptember 19", bare "pesos" and
# the USMCA's third country, and two negatives: a DW report of a Franco-German council of
# ministers closed by "sms/rc (AFP, dpa, Reuters)" and an Ahram op-ed saying the sides "have
# not held" consultations). Before any rule (gold as first written): is_dialogue_report 0.90,
# sources 0.70, mechanism 0.80, countries 0.90, event_date 0.50, event_date_all 0.50,
# published_date 0.60, city 0.80, co_chairs 0.86, co_chair_countries 0.78, co_chair_titles
# 0.74, others 0.90, amounts 0.71, topics 0.89 (headline and edition 1.00). Gold fixes: the
# DW masthead is a lone known-outlet line (sources; and so, since Ahram Online became a known
# outlet on 2026-12-02, is y10's "Ahram Online" masthead), GNA's "Law of the Sea" ruling is an
# UNCLOS cue (topics), an appositive title keeps its "at the Department of Defence". Known
# gap: the headline's "2+2 ministers' meeting" is a fuller name than the body's "2+2 meeting"
# (mechanism 0.90; the fullest name wins by design).
UNSEEN6 = Path(__file__).parent / "fixtures" / "unseen6"
UNSEEN6_FLOORS = {**FLOORS, "mechanism": 0.9, "topics": 1.0}


# ``fixtures/unseen7``: ten more (an ISPR release PK-AZ with a "High Level Military Dialogue",
# a Vice Admiral co-chair with a double-barrelled name and a venue "at Joint Staff Headquarters,
# <City>", The Tribune IN-LK with "Rs 2,500 crore", "Air Vice Marshal (Retd)", "on Monday" and
# a stamp glued to its dateline, The Korea Times KR-MN with "KRW 1 trillion" and the next round
# named, bdnews24.com BD-CN with "last Thursday", "$1.2bn" and "Tk 5,000 crore", the Inquirer
# PH-CA by videoconference with "C$15 million" and "Ma." names, a Norwegian government release
# NO-VN with an undecidable "Date: 04/06/2025", MercoPress AR-BR with "last Friday held" and
# "R$ 3 billion", a Janes-style trade report RO-KR with "EUR500m-plus" and a bracketed body
# acronym, and two negatives: a think-tank "Maritime Dialogue" and a Hürriyet summit readout
# that names dialogue mechanisms only as background). Before any rule (gold as first written):
# is_dialogue_report 0.90, headline 0.80, sources 0.27, mechanism 0.80, countries 0.90,
# edition 0.80, event_date 0.80, event_date_all 0.80, published_date 0.80, city 0.80,
# co_chairs 0.78, co_chair_countries 0.65, co_chair_titles 0.62 (0.67 after the gold fixes),
# amounts 0.90, topics 0.90 (others 1.00). Gold fixes: "of the Ministry of Foreign Affairs of
# Mongolia" is a named body and keeps its country (as "... Commission of China" does), and a
# title keeps its printed "(DAPA)". Cleaning took a caption (z03) and a section label (z08)
# for the headline (headline 0.80): a place set off by commas ("A, right, shakes hands") marks
# a caption and a kicker of three words is no title now. Known gaps: outlets named only by a
# masthead or a stamp
# with no known name or matching web address (The Tribune, the Inquirer, MercoPress, Eurasia
# Review/IPCS, Hürriyet) are not taken (sources 0.63; unknown names only in strict shapes).
UNSEEN7 = Path(__file__).parent / "fixtures" / "unseen7"
UNSEEN7_FLOORS = {**FLOORS, "sources": 0.63, "topics": 1.0}


# ``fixtures/unseen8``: eight more (VietnamPlus VN-SG with "VND 20 trillion" and a Sen. Lt. Gen.
# co-chair, KUNA KW-IT dated only "on Tuesday" with a "Published: 12-11-2025 | 01:12" stamp at the
# bottom and "KD 600 million", SPA SA-ES with two co-chairs per side "on the Saudi side by ... and
# on the Spanish side by ...", AKP KH-CN 2+2 with "February 20, 2026 AKP --" and "yesterday", Thai
# PBS World TH-CN with "THB 3 billion" and a lower-case headline name, The Astana Times KZ-DE with
# "By X in Diplomacy on 25 November 2025", and two negatives: a Borneo Bulletin courtesy call and
# a BSS preview "to hold ... next week"). Before any rule (gold as first written, no gold fix):
# is_dialogue_report 0.875, sources 0.625, mechanism 0.875, countries 0.875, event_date 0.625,
# event_date_all 0.625, published_date 0.625, city 0.875, co_chair_countries 0.938, amounts 0.875,
# topics 0.875 (the rest 1.000). Rules: dashed numeric dates are day-first, an agency acronym
# between a dateline's date and its dash (a dateline, and a credit), a byline's section before its
# stamp date, "and on the X side by" switches sides, "KD", "next week" marks a future meeting; and
# a proper name beats a longer lower-case description (unseen7's z03 once cleaning took its real
# headline). Known gaps: outlets named only by their masthead (The Astana Times, Borneo Bulletin;
# unknown names only in strict shapes), so sources 0.75.
UNSEEN8 = Path(__file__).parent / "fixtures" / "unseen8"
UNSEEN8_FLOORS = {**FLOORS, "sources": 0.75, "topics": 1.0}


# ``fixtures/unseen9``: twelve more (WAM AE-KR with "14th May, 2025" and "H.E.", The Kathmandu
# Post NP-IN Joint Commission "on Monday" with "Dr" titles and "Rs" for Nepali rupees, ENA ET-DJ
# Joint Ministerial Commission with "February 10/2025" and "8-9 February 2025" and "Birr", ANGOP
# AO-BR with "da Costa"/"de Andrade" names, "Kz" and a "DC/ART/SB" desk line, ANA-MPA GR-RS with
# "(ANA-MPA)", an ISO stamp and Serbian diacritics, RNZ NZ-ID with "on Friday", a bare "$" and
# "Lieutenant General (Ret.)", Trend AZ-IT with "April 14." and "manat" beside "COP29", a Jiji
# 2+2 JP-ID with a mononym minister and "Japan was represented by ..., and Indonesia by ...",
# Daily Mirror LK-JP Maritime Dialogue "on 2 and 3 October 2025" with "Mrs."/"Mr." and "de
# Silva", The Citizen TZ-MZ Joint Permanent Commission on Defence and Security "from March 24 to
# 26, 2025" with "Sh" and "meticais", and two negatives: an EastAfrican op-ed on a Joint
# Permanent Commission that last met in 2019 and an Andina business-forum report that names the
# next "2+2"). Before any rule (gold as first written): is_dialogue_report 0.750, headline
# 0.917, sources 0.533, mechanism 0.750, countries 0.750, edition 0.750, event_date 0.750,
# event_date_all 0.750, published_date 0.917, city 0.750, co_chairs 0.722, co_chair_countries
# 0.681, co_chair_titles 0.639, others 0.917, amounts 0.597, topics 0.717. Rules: "commission"
# is a head with "joint"/"permanent"/"intergovernmental" before it, a complement keeps its last
# "and" ("on Defence and Security"), a headline-only mention is checked for a recalled past
# session through the lead mention that backs it, "Month D/YYYY", a range after "held (in X)
# from" is the meeting's, currency words (birr, meticais, manat, kwanza, "Kz"), a code glued to
# a one- or two-digit number is no amount ("COP29"), hyphenated acronyms in a dateline, a slash
# credit of 3+ parts counts only known outlets, "(Ret.)" after a rank, ", and <Country> by"
# switches sides, topic cues (trade deficit, cooperation in health, smugglers, civil protection,
# military health, training of diplomats, "centrality and unity of ASEAN"). Gold fixes: b02's
# "culture and education" (training_education) and b10's "policing" (law_enforcement) are cues
# by design. Known gaps: outlets named only by a masthead (Trend's "Trend reports", Daily
# Mirror, The Citizen, The EastAfrican: unknown names only in strict shapes; sources 0.67);
# cleaning took "Jiji Press Subscribers Only" for b08's headline and keeps b01's caption; the
# city "Djibouti" shares its country's name and is not in the gazetteer (the dateline's Addis
# Ababa wins); "Rs" with India as a side stays INR and a bare "$" with no "US$" beside it stays
# USD (b02, b06; by design); b09's titles stop at the "and" of "Southeast and Southwest Asian
# Affairs Department" and after a bracketed remit "(East Asia and Pacific)"; "health posts" is no
# health cue (b02).
UNSEEN9 = Path(__file__).parent / "fixtures" / "unseen9"
UNSEEN9_FLOORS = {**FLOORS, "headline": 0.91, "sources": 0.66, "city": 0.91,
                  "co_chair_titles": 0.91, "amounts": 0.86, "topics": 0.98}


# ``fixtures/unseen10``: ten more (ANSA IT-DZ Strategic Dialogue with a standfirst above its
# "(ANSA) - ROME, FEB 10 -" dateline and "9-10 February" in Algiers, Prensa Latina CU-NA "VII
# Round" with "held here" and "N$", AKIpress KG-HU with "BISHKEK (AKIpress) -" and "soms", BTA
# BG-GR with the sides after the names, "BGN" and "leva", a Finnish MFA release FI-CO with a
# "14.10.2025" stamp, Post-Courier PG-ID with "PAPUA New Guinea", "PNG-Indonesia", "yesterday"
# and "K45 million" kina, Zambia Daily Mail ZM-MW with "a two-day meeting which ended ...
# yesterday", "K" and "MK" kwacha, IP Paraguay PY-TW "XXII Meeting" with "Asunción, 13/03/2026
# (IP).-" and "G. 18.000 millones", and two negatives: a MIA government session on a next
# round and The Local DK-CN on a dormant dialogue credited "Ritzau/The Local"). Before any rule
# (gold as first written): is_dialogue_report 0.900, headline 1.000, sources 0.500, mechanism
# 0.900, countries 0.900, edition 0.700, event_date 0.700, event_date_all 0.700,
# published_date 1.000, city 0.600, co_chairs 0.900, co_chair_countries 0.800, co_chair_titles
# 0.750, others 0.900, amounts 0.571, topics 0.855. Rules: a word in capitals of 3+ letters
# may be a name in lead style ("PAPUA New Guinea") and "PNG", a bare Roman numeral before an
# edition noun ("VII Round"), every national capital in the gazetteer (and "-" joins a city's
# words), a dateline looked for under a standfirst, a meeting of N days dated by its end
# counts back to its first day, the "yesterday" of a better event sentence beats a later
# weekday, sides named after the names ("A on the Bulgarian side and by B on the Greek side"),
# "N$", soms, leva, denars, withdrawn ISO codes (BGN), shared glued marks ("K" of ZM/MW/PG,
# decided by a side's own "MK"), Spanish figures ("G. 18.000 millones"), one-word agencies
# after a capital city ("BISHKEK (AKIpress) -") and after a numeric date with ".-", a known
# agency's slash partner ("Ritzau/The Local"), more national agencies, and topic cues (joint
# production of ammunition, defence manufacturer, police with customs/immigration, "Regarding
# trade", exports with their value). Gold fix: d08's "Deputy Minister of Foreign Affairs of
# Taiwan" loses its trailing "of Taiwan", which names the side (as "of Vietnam" in the shared
# corpus gold and "of the Republic of Korea" in the probe gold). Known gaps: outlets named only
# by a masthead (Post-Courier, Zambia Daily Mail; not accepted by design), so sources 0.80;
# titles with a ministry nickname before the office ("Farnesina Secretary General") and a
# remit after "for" ("Deputy State Secretary for Eastern Opening Policy") are cut (titles
# 0.90); cleaning keeps a "MORE NEWS" teaser under d06's share bar as body, whose "K350
# million" is read (amounts 0.98).
UNSEEN10 = Path(__file__).parent / "fixtures" / "unseen10"
UNSEEN10_FLOORS = {**FLOORS, "sources": 0.8, "co_chair_titles": 0.9, "amounts": 0.98}


# ``fixtures/unseen11``: eight more (The Gleaner JM-DO "2nd ... Joint Commission" with "J$" and
# "RD$", a Bahraini MFA release with numbered paragraphs, a Hijri date line "Sunday, 19 Dhu
# al-Hijjah 1446 AH - 15 June 2025", "held today" and "BD", a Reuters wire AM-FR with "the
# second such meeting since ... in Paris last year" and drams, ERR EE-JP with "their bilateral
# Cyber Dialogue", "17.9.2025" and "NAKAMURA Hiroyuki", ABI BO-PE's "Political Consultation
# Mechanism, meeting for its second edition" with "Bs" and "S/", AMI MR-ES with ranks between
# title and name and ouguiyas, the Solomon Star SB-CN with "China's Director-General of ...
# Oceanian Affairs" and "SI$", and an Oman Observer naval exercise as negative). Before any
# rule: is_dialogue_report 0.875, headline 1.000, sources 0.583, mechanism 0.750, countries
# 0.875, edition 0.750, event_date 0.750, published_date 0.875, city 0.750, co_chairs 0.604,
# co_chair_countries 0.438, co_chair_titles 0.458, others 0.750, amounts 0.658, topics 0.763.
# Rules: "Mechanism" as a head that needs a consultation/dialogue word in its name (the inner
# "Consultation" then reads no mention of its own), an ordinal in an aside after the name
# ("X Dialogue, the second such meeting", "meeting for its second edition"), a lower-case word
# before a capitalised name ends it ("their bilateral Cyber Dialogue"), honorifics in a row
# ("Dr. Shaikh"), a rank with its service ("General of the Army"), title words "diplomacy",
# "charge" ("in charge of") and "armies", a remit named by capitalised words before "Affairs"
# ("Department of Oceanian Affairs", "Veterans Affairs"), an ambassador with a remit ("in
# charge of", "for") may head a delegation, a family name of several words joins the one full
# name it ends ("General Ould Sidi Baba"), a Hijri date beside the Gregorian one is part of a
# stamp, a city dated before the meeting ("in Paris last year") is no meeting place, J$, RD$,
# SI$, BD, Bs, S/, drams, ouguiyas, bolivianos, soles, and topic cues (constabulary, national
# police, defence companies, quantum, army doctors / military hospitals, medical team,
# pollution / wastewater). Gold fix: e02's "... at the Ministry of Foreign Affairs of the
# Republic of Indonesia" keeps its "of the Republic of Indonesia", as the earlier golds keep a
# country after a named ministry ("... of the Ministry of Foreign Affairs of Mongolia" z03,
# "... of the Kingdom of Thailand" u20, "... Trade of Australia" u16; only b09 trims). Known
# gaps: outlets named only by a masthead or footer (The Gleaner, Solomon Star, Oman Observer;
# not accepted by design) and "told ERR News" in a quote (no "told <outlet>" credit, ERR not
# a known outlet), so sources 0.58; "artificial intelligence" stays no high-technology cue
# (the u11 and seed golds leave it out; e04 is caught by "quantum").
UNSEEN11 = Path(__file__).parent / "fixtures" / "unseen11"
UNSEEN11_FLOORS = {**FLOORS, "sources": 0.58, "topics": 1.0}


# ``fixtures/unseen12``: eight more (APS SN-GM "fourth edition of their Joint Commission on
# Defence and Security" "on Tuesday 3 June" under a yearless "Dakar, 4 June (APS) -" dateline,
# delegations "led respectively by" with "of The Gambia", FCFA and dalasis; a Swedish government
# release SE-LV "Security Policy Dialogue" "on Monday" with an "Acting State Secretary" and a
# "Published 03/06/2025 · Updated 17/06/2025" stamp; Andina PE-EC "III Meeting of the Mechanism
# of Political Consultations" "on June 3rd" with "de la Puente", "... and Human Mobility" and
# an "Ambassador-designate"; BNA BH-JP "the 3rd session" "on 23rd June 2025" with "Al-" names,
# an "Acting Undersecretary" and "the Middle Eastern and African Affairs Bureau"; the Fiji Sun
# FJ-NZ "7th ... Defence Policy Talks" with "Commodore (Ret.)", FJ$ and NZ$; a think-tank readout
# IN-NL "Second ... Maritime Dialogue" "on 2-3 October 2025" with "van der", "Posted on ... by"
# and "Joint Secretary (Indo-Pacific) at the Ministry ..."; a gov.pl joint statement PL-PH with
# numbered points, a "Secretary of State" and "Ma."; and a negative: a Hungary Today / MTI gas
# deal that recalls a Strategic Cooperation Council). Before any rule (gold as first written):
# sources 0.688, mechanism 0.875, edition 0.750, event_date 0.875, event_date_all 0.875,
# published_date 0.500, co_chairs 0.771, co_chair_countries 0.771, co_chair_titles 0.708,
# others 0.750, amounts 0.958, topics 0.958 (is_dialogue_report, headline, countries, city
# 1.000). Rules: a slashed stamp read in the order another date on its line proves, a yearless
# dateline within a week after the meeting dates the page, a byline after a "Posted on" stamp,
# "led respectively by", "edition of" before a name, "Mechanism of/for <Name>", "of The
# <Country>" in a title, two regions sharing a closing "Affairs", a title going on after its
# bracketed remit to "at/of/in the <body>", "-designate" heads, "Human Mobility", "By X / Y"
# credits, dalasis, ANP, topic cues ("timber trafficking", "trade, which reached"). Known gaps:
# the Fiji Sun is named only by its masthead and footer (not accepted by design), so sources
# 0.875; cleaning keeps f04's "Caption: ... (BNA)" line (so unseen12 is not in
# test_clean_unseen's FOLDERS).
UNSEEN12 = Path(__file__).parent / "fixtures" / "unseen12"
UNSEEN12_FLOORS = {**FLOORS, "sources": 0.87, "topics": 1.0}


# Each folder of reports with its floors; a folder's tables are built once for all its fields.
SETS = {"unseen": (UNSEEN, FLOORS), "probe": (PROBE, PROBE_FLOORS),
        "unseen2": (UNSEEN2, UNSEEN2_FLOORS), "unseen3": (UNSEEN3, UNSEEN3_FLOORS),
        "unseen4": (UNSEEN4, UNSEEN4_FLOORS), "unseen5": (UNSEEN5, UNSEEN5_FLOORS),
        "unseen6": (UNSEEN6, UNSEEN6_FLOORS), "unseen7": (UNSEEN7, UNSEEN7_FLOORS),
        "unseen8": (UNSEEN8, UNSEEN8_FLOORS), "unseen9": (UNSEEN9, UNSEEN9_FLOORS),
        "unseen10": (UNSEEN10, UNSEEN10_FLOORS), "unseen11": (UNSEEN11, UNSEEN11_FLOORS),
        "unseen12": (UNSEEN12, UNSEEN12_FLOORS)}
_REPORTS: dict[str, object] = {}


def _report(name: str):
    if name not in _REPORTS:
        folder = SETS[name][0]
        tables = run_folder(str(folder))
        _REPORTS[name] = score(predictions_from_tables(tables), load_gold(folder / "gold.jsonl"))
    return _REPORTS[name]


@pytest.mark.parametrize("name, field", [(name, field) for name, (_, floors) in SETS.items()
                                         for field in sorted(floors)])
def test_field_scores(name, field):
    report = _report(name)
    assert not report.missing
    assert report.scores[field] >= SETS[name][1][field] - 1e-9, (name, field)
