"""Where a number is about: the `place` rules (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck.extract.context import main_country
from tests.extraction_helpers import claim_with

# (id, sentence, span, place)
# Places the gazetteer knows, and towns it does not, named after "in" or "across".
PLACES = [
    ("country", "In Mexico, 47 shelters opened.", "47", "Mexico"),
    ("unknown town", "Some 12 homes flooded in Castlebay.", "Some 12", "Castlebay"),
    # (pharmacy closures) an opener in capitals, as "In" is
    ("'Across' an unknown county, opening the sentence", "Across Northmoor, 96 pharmacies closed in 2023.", "96",
     "Northmoor"),
    ("a 'global' sum is the whole amount, not the world's", "The Ministry set a global sum of €2.65 billion for "
     "2024.", "€2.65 billion", None),
    # (gambling regulators' news) a neighbouring place the gazetteer does not know
    ("a neighbouring place, unknown", "Neighbouring Estvia had gross gambling yield of €4.1 billion in 2022.",
     "€4.1 billion", "Estvia"),
    # (farming press) a ranking's scope in apposition is no second place
    ("a country, then its ranking's scope in apposition", "Poland, the EU's third largest pork producer, culled "
     "400 pigs.", "400", "Poland"),
    ("... but two places listed before a possessive", "Poland and Germany's farms lost 400 pigs.", "400",
     "Germany and Poland"),
    ("a part of a country named by where it lies", "In northern Vessaria, 1.1 million children worked.",
     "1.1 million", "northern Vessaria"),
    ("a part of a country named by what it is", "In rural Vessaria, 12% of girls married.", "12%", "rural Vessaria"),
    ("a kingdom", "In the Kingdom of Oltrava, 890,000 children worked.", "890,000", "Oltrava"),
    ("a town said to lie in a valley keeps its own figures", "Varnholt is a town in the Lessing Valley with a "
     "population of 47,900.", "47,900", "Varnholt"),
    ("'The X region' opening the sentence", "The Dunmore region recorded 1,284 measles cases in 2022.", "1,284",
     "Dunmore"),
    ("a capital named in apposition", "The capital, Dranport, had a population of 1.31 million in 2021.",
     "1.31 million", "Dranport"),
    ("a state named for its country is the state", "The state of Mexico opened 97 investigations in 2022.", "97",
     "State of Mexico"),
    ("... written after the country's name", "In Mexico state, 97 investigations were opened.", "97",
     "State of Mexico"),
    ("a list of states that ends with ', and'", "Awards went to 21 companies in the states of Jalisco, Sinaloa, and "
     "Sonora.", "21", "Jalisco and Sinaloa and Sonora"),
    ("what a ranking spans is not the figure's place", "The state of Norvena had the highest femicide rate in Meridia "
     "in 2023, at 5.6 per 100,000 women.", "5.6 per 100,000", "Norvena"),
    ("a sentence that opens with a town named as one", "The town of Hexham had a population of 13,097 in 2021.",
     "13,097", "Hexham"),
    ("a sentence that opens with where: 'At X,'", "At Ostergaard, 6.8 million passengers passed through in 2023.",
     "6.8 million", "Ostergaard"),
    ("a sentence that opens with a district named as one", "Ganjam district completed 38,400 houses in 2022.",
     "38,400", "Ganjam"),
    ("a republic", "In the Federal Republic of Marrow, 490,000 children worked.", "490,000", "Marrow"),
    ("unknown two-word town", "In North Harwick, 40 homes flooded.", "40", "North Harwick"),
    ("city named with City", "In Kansas City, 40 homes flooded.", "40", "Kansas City"),
    ("county", "In Orange County, 40 homes flooded.", "40", "Orange County"),
    # Only a place has a population or a birth rate (census news): whose it is, known to the list or not.
    ("a population's possessor", "Dranport's population was 1.31 million in 2021.", "1.31 million", "Dranport"),
    ("the population of a place", "In 2021 the population of Velmora was 4.82 million.", "4.82 million", "Velmora"),
    ("... not a company's customers", "Halvard's customers rose to 3 million.", "3 million", None),
    # States, provinces and cities the list knows (housing and energy news): places, wherever they stand.
    ("a state's possessive", "Texas's electricity consumption was 475 TWh in 2023.", "475 TWh", "Texas"),
    ("a nation's possessive", "Scotland's average house price was £190,000 in 2023.", "£190,000", "Scotland"),
    ("a city after its measure", "The murder rate in Chicago was 18 per 100,000.", "18 per 100,000", "Chicago"),
    ("states listed together", "Aid reached 2 million people in Texas, Ohio and Iowa.", "2 million",
     "Iowa and Ohio and Texas"),
    ("a known state before ones the list does not know is the country's",
     "Awards went to 21 firms in the states of Baja California, Tuvara and Mesaclo.", "21", "Mexico"),
    ("a place after 'neighbouring'", "In neighbouring Tavia, there were 6,100 cases.", "6,100", "Tavia"),
    ("a known state, then a clause", "In Wales, Labour won 37% of the vote.", "37%", "Wales"),
    ("a region of a country is no figure for the country", "In the northern region of Oskava, Yes took 61% of the "
     "vote.", "61%", "northern Oskava"),
    ("an opening place, then a subject with capitals (domestic abuse statistics)", "In Wales, Domestic Abuse and "
     "Sexual Violence services supported 8,100 women.", "8,100", "Wales"),
    ("a police force named for its area (crime statistics)", "Kent Police recorded 47,800 violent crimes in 2023.",
     "47,800", "Kent"),
    ("... but not a force named for no place", "The Metropolitan Police made 9,000 arrests.", "9,000", None),
    ("a figure beside a ranked place is its own, not the ranking's region (transplant statistics)", "Spain ranks "
     "first in Europe for deceased donation, with 46.3 donors per million population.", "46.3 donors per million",
     "Spain"),
    ("'the country' after a sentence that opens with another (nuclear power)", "France had 56 reactors in 2022. "
     "Germany's first reactor started in 1960. The country's fleet peaked at 19 reactors in 1989.", "19", "Germany"),
    ("... and the document's when none does", "France had 56 reactors in 2022. The country's fleet peaked at 59 "
     "reactors in 2000.", "59", "France"),
    ("a district named with its kind in capitals, after a long opener (maternal health)", "For the full year 2020, "
     "Lilongwe District recorded 148 maternal deaths.", "148", "Lilongwe District"),
    ("a compass part of a country is no figure for the country", "In the north of Vessaria, 1,200 cases were "
     "recorded in 2022.", "1,200", "northern Vessaria"),
    ("a compass part in two words, opening the sentence", "The North West of Brindland recorded 1,200 cases in 2022.",
     "1,200", "north-western Brindland"),
    ("a compass part in one word, and a measure before it", "The death rate in the northeast of Vessaria was 21.4 per "
     "100,000.", "21.4 per 100,000", "north-eastern Vessaria"),
    ("the city of a place", "In the city of Mombasa, sea level rose 5.1 mm per year.", "5.1 mm per year", "Mombasa"),
    ("Great Britain is no spelling of the United Kingdom (road safety)", "In 2022 there were 1,711 road deaths in "
     "Great Britain.", "1,711", "Great Britain"),
    ("another spelling of a country", "Türkiye hosted 3.6 million refugees.", "3.6 million", "Turkey"),
    ("a long official name", "The Democratic Republic of the Congo has 6.9 million displaced people.", "6.9 million",
     "DR Congo"),
    # Where the counted are, not where they are from.
    ("a country over a demonym", "Poland hosted 950,000 Ukrainian refugees.", "950,000", "Poland"),
    ("a demonym alone", "Mexican authorities identified 147 victims.", "147", "Mexico"),
    ("visitors named by where they come from are no place (tourism statistics)", "Receipts reached €12.9 billion, "
     "with spending by American visitors leading the rise.", "€12.9 billion", None),
    ("a European demonym", "The Danish air force has 27 jets.", "27", "Denmark"),
    ("an Asian demonym of two words", "South Korean exports rose to $632 billion.", "$632 billion", "South Korea"),
    # A figure for places listed together is for all of them.
    ("two places listed", "Some 1.3 million Afghans returned from Pakistan and Iran.", "Some 1.3 million",
     "Iran and Pakistan"),
    ("three places listed", "Aid reached 2 million people in Chad, Niger and Mali.", "2 million", "Chad and Mali and Niger"),
    # A place right after a number is that number's (agriculture and polls, unseen corpora).
    ("each item of a listing has its own place", "Some 3.4 million people needed aid: 1.5 million in Sabir, "
     "1.2 million in Dunmore and 0.7 million in Kell.", "1.2 million", "Dunmore"),
    ("... and the whole none of theirs", "Some 3.4 million people needed aid: 1.5 million in Sabir, "
     "1.2 million in Dunmore and 0.7 million in Kell.", "Some 3.4 million", None),
    ("a second figure's place after its noun", "Output reached 4.2 million tonnes in Nordmark and 1.5 million "
     "tonnes in Esker.", "1.5 million tonnes", "Esker"),
    ("where each item of a listing came from", "Of those, 510,000 were from Germany, 240,000 from the United "
     "Kingdom and 190,000 from the United States.", "240,000", "United Kingdom"),
    ("the place of the figure compared with", "Turnout was 38%, compared with 31% in Kelbourne.", "38%", None),
    # A place right before a number is that number's (refugee and asylum reports, unseen corpora).
    ("a list of places each before its figure", "In 2023, the United States resettled 60,014 refugees, Canada "
     "51,100 and Australia 6,600.", "60,014", "United States"),
    ("... and the listed place keeps its own", "In 2023, the United States resettled 60,014 refugees, Canada "
     "51,100 and Australia 6,600.", "51,100", "Canada"),
    # (pay and recycling statistics) what a superlative ranks the figure against is not its place
    ("a comparison group after a superlative", "In the North East, median weekly pay was £606 in April 2023, the "
     "lowest of any UK region.", "£606", "North East"),
    ("... with 'in' and the whole", "Recycling reached 52% in 2022 in Westbridge, the highest of any city in "
     "Norland.", "52%", "Westbridge"),
    # (aid agencies' updates) a rate restated by the year keeps its place; a speaker's place is not the figure's
    ("a rate restated by the year keeps its place", '"Our centre in Mavuso admits around 35 patients per day, or more '
     'than 25,000 patients a year," said the head of mission in Lunaria.', "more than 25,000", "Mavuso"),
    ("the speaker's place after a quotation", '"We treated more than 25,000 patients last year," said the head of '
     'mission in Lunaria.', "more than 25,000", None),
    # (census reports) a place whose population a relative clause gives
    ("whose population", "The fastest-growing city was Kessel, whose population reached 537,000 in 2021.", "537,000",
     "Kessel"),
    # (poverty statistics) a place, then "at" and its figure
    ("the place that 'at' follows", "In 2023, rates were highest in the North East at 35% and lowest in Scotland at "
     "24%.", "24%", "Scotland"),
    # (charity and company reports) where a body began or sits, in an apposition
    ("where a body was founded is not where its figures are", "Hearthstone Trust, founded in 1972 in Leeds, had "
     "income of £46.8 million in 2022.", "£46.8 million", None),
    ("... nor where it is based", "Orbis, based in Oslo, reported revenue of $5 billion.", "$5 billion", None),
    # (news wires) a dateline's place is where the story was filed
    ("a dateline's place is no figure's", "HOUSTON, Texas — In 2023, SpaceX conducted 98 launches.", "98", None),
    ("... but a place in the sentence is", "NAIROBI — Kenya recorded 4,200 cases in 2023.", "4,200", "Kenya"),
    # (space industry statistics) lists with the verb left out after the first item
    ("a list after 'by'", "In 2024, 6,768 satellites were operated by the United States, 906 by China and 180 by "
     "Russia.", "906", "China"),
    ("... and the first item's", "In 2024, 6,768 satellites were operated by the United States, 906 by China and 180 "
     "by Russia.", "6,768", "United States"),
    ("a list of shares after 'for'", "In 2023, the United States accounted for 59% of spending, China for 14%, "
     "Europe for 11% and Russia for 6%.", "14%", "China"),
    # (recycling indexes) the counted group a rank is among is not its place
    ("a rank among a counted group", "Ireland ranked 3rd of 27 EU countries in 2022.", "3rd", "Ireland"),
    ("... and the group's own number is the group's", "Ireland ranked 3rd of 27 EU countries in 2022.", "27",
     "European Union"),
    # (waste trade statistics) a list of destinations, the verb left out after the first
    ("a list of destinations: the first", "In 2022, 45% of the waste exported went to Turkey, 35% to Malaysia and "
     "20% to Indonesia.", "45%", "Turkey"),
    ("... and the next, its verb left out", "In 2022, 45% of the waste exported went to Turkey, 35% to Malaysia and "
     "20% to Indonesia.", "35%", "Malaysia"),
    ("a place ranked with its figure", "France ranked second with 167,000 applications and Spain third with "
     "163,000.", "167,000", "France"),
    ("a province capitalised as part of its name (budget documents)", "In the Province of Kell, the government "
     "will hire 1,200 teachers.", "1,200", "Kell"),
    ("a place after an initialism (outbreak reports)", "The CFR in Blantyre was 2.4% in 2023.", "2.4%", "Blantyre"),
    ("... but a rival's own figure after it is the rival's (inflation rankings)", "Hungary had the highest inflation "
     "in 2023, at 24.2%, followed by Latvia at 17.9%.", "17.9%", "Latvia"),
    ("a part's place after 'in the region of' is not the total's (flood reports)", "Nationwide, 61 people died in "
     "the floods, 47 of them in Sarrenthal and 14 in the neighbouring region of Oberwald.", "61", None),
    ("a place after a year is no place of the year's (waste statistics)", "In 2022 households in Lanmore produced "
     "250,000 tonnes of waste.", "250,000 tonnes", "Lanmore"),
    ("a place after 'excluding' is left out (market research)", "Smartphone shipments in Asia Pacific (excluding "
     "China) reached 120.5 million in 2023.", "120.5 million", "Asia-Pacific"),
    ("a rival named in several words, with its own figure (forest reports)", "Brazil topped the ranking with 1.8 "
     "million hectares, followed by the Democratic Republic of the Congo with 513,000 hectares.", "513,000 hectares",
     "DR Congo"),
    ("'The province' as the subject is a part of the country (forest reports)", "The province issued 410 fines in "
     "2022.", "410", "the province"),
    ("the place of another predicate of the subject is not the figure's (film news)", "The film was made on a budget "
     "of $210 million and was shot in Iceland.", "$210 million", None),
    ("a rank's place is the group it ranks among, not the ranked country (health statistics)", "In 2022, Ireland was "
     "fifth among EU member states for adult obesity.", "fifth", "European Union"),
    ("a place after 'and in' opens the next item (car-market news)", "In Germany the share was 18.4% and in France "
     "it was 16.8%.", "18.4%", "Germany"),
    ("... whose figure it is", "In Germany the share was 18.4% and in France it was 16.8%.", "16.8%", "France"),
    ("the world as the whole of a share is not the share's place (mining statistics)", "Australia produced 47% of "
     "the world's lithium in 2023.", "47%", "Australia"),
    ("... unless no other place is named", "About 38% of the world's population lives in cities.", "About 38%", "world"),
    ("where a port ranks is not where its figures are (port reports)", "Rotterdam, Europe's largest container port, "
     "handled 13.4 million TEU in 2023.", "13.4 million", None),
    ("... nor where a bank's profit is", "Germany's largest bank reported a profit of €5 billion.", "€5 billion", None),
    ("where a country ranks in the world is not where its figures are", "India is the world's second-largest "
     "smartphone market, with smartphone shipments of 146 million in 2023.", "146 million", "India"),
    ("a place after 'non-' is where they are not from (university statistics)", "In Finland, non-EU students paid "
     "an average fee of €10,000 in 2023.", "€10,000", "Finland"),
    ("a part's place after 'including' is not the whole's (wildfire reports)", "In 2023, 5,000 personnel were "
     "deployed, including 450 firefighters from Australia and Mexico.", "5,000", None),
    ("rivals after 'behind' are not a figure's place (crime indices)", "Colombia ranked third for criminality, with "
     "a score of 7.66, behind the Democratic Republic of the Congo and Myanmar.", "7.66", "Colombia"),
    ("what a superlative spans is not the figure's place", "Ecuador, one of the safest countries in South America a "
     "decade ago, recorded a homicide rate of 25.9 per 100,000 in 2022.", "25.9 per 100,000", "Ecuador"),
    ("a place before its figure in brackets (labour market releases)", "Claims rose most in Wales (+620), Scotland "
     "(+310) and London (+150).", "+620", "Wales"),
    ("rivals after 'behind only' are not a figure's place (the group it counts is)", "Westmark ranked 4th among 38 "
     "OECD countries, behind only Spain, Greece and Italy.", "38", "OECD"),
    ("a group of countries by its body's name (tax statistics)", "The OECD average tax-to-GDP ratio was 34.0% in "
     "2022.", "34.0%", "OECD"),
    # (cinema statistics) the nations of the UK by their adjectives
    ("a nation's adjective", "Scottish admissions were 11.2 million in 2023.", "11.2 million", "Scotland"),
    ("... two words", "Northern Irish hospitals treated 5,000 patients.", "5,000", "Northern Ireland"),
    # (museum statistics) the rest of a country, by the city it leaves out
    ("the country outside a city", "Sites outside London received 12.7 million visits in 2023/24.", "12.7 million",
     "outside London"),
    ("... but outside a group of countries is no place", "Students from outside the EU paid £3 billion.",
     "£3 billion", None),
    ("a region named by its compass point, opening the sentence (homelessness counts)", "The North East had 9,400 "
     "rough sleepers in 2023.", "9,400", "North East"),
    ("... and as a list item, no part of anything", "The South West recorded 1,200 cases, the East Midlands 900.",
     "900", "East Midlands"),
    ("... but not a sea, nor a body named after its region", "The North East Ambulance Service took 9,400 calls.",
     "9,400", None),
    ("a part of a country named with its kind (trade statistics)", "Exports from the Northern Province rose to "
     "US$12.4 billion in 2023.", "US$12.4 billion", "Northern Province"),
    ("... not a body", "The Health Department spent $4m.", "$4m", None),
    ("a small state the list knows", "Most applicants came from Fiji (38%) and Tonga (41%).", "41%", "Tonga"),
    ("the place with fewer words between it and the figure, the name's length aside (prison statistics)",
     "Ireland ranked 9th of the 27 EU member states.", "9th", "Ireland"),
    ("where most of a figure is, is not its place (energy news)", "The operator said 1.2 million households lost "
     "power, most of them in Ontario.", "1.2 million", None),
    ("... nor where it was mostly", "Some 40,000 people fled, mostly in Kenya.", "Some 40,000", None),
    ("... nor where most of it is landed (fisheries)", "In a normal year the fleet lands 612,000 tonnes of fish, most "
     "of it at Orvik.", "612,000 tonnes", None),
    ("a place a ranking spans, listed with another, is not the figure's (crime statistics)", "Westmarch has the third "
     "highest rate of knife crime among the police forces in England and Wales, at 135 offences per 100,000.",
     "135 offences per 100,000", None),
    ("'highest in' a place is that place's (child labour surveys)", "Child labour was highest in Kessa province, at "
     "27.4%, and lowest in the Capital District, at 4.9%.", "27.4%", "Kessa"),
    ("an unknown place ends before an indicator's code (immunisation reports)", "In Northern Province MCV1 coverage "
     "was 64% in 2023.", "64%", "Northern Province"),
    ("'the department' of a police department is no part of a country (police reports)", "# Riverton Police "
     "Department Annual Report\n\nThe department recovered 2,318 firearms in 2023.", "2,318", None),
    ("'the province' is the province named before (outbreak reports)", "Northern Province remains the epicentre. In "
     "2023 there were 3,100 measles cases in the province.", "3,100", "Northern Province"),
    ("... and 'the state' the state of a name", "The state of Oyo reported 12 cases. In 2023 there were 3,100 cases in "
     "the state.", "3,100", "Oyo"),
    ("... and no name before: an unnamed part", "DTP3 coverage in the province was 71%.", "71%", "the province"),
    ("a possessive before a measure of a people (poverty surveys)", "Bihar's poverty headcount ratio was 33.7% in "
     "2019.", "33.7%", "Bihar"),
    ("a site after 'at' (hospital statistics)", "Bed occupancy at Leeds averaged 89.5% in 2020/21.", "89.5%",
     "Leeds"),
    ("... not a people's adjective", "The agency seized 35.8 tonnes of cocaine at Valdorian ports.", "35.8 tonnes",
     None),
    ("a place whose own average follows is not the figure's", "In 2023, 23% of prisoners were on remand, compared "
     "with an EU average of 22%.", "23%", None),
]

# Capitalised names after "in" that are bodies, buildings or titles, not places.
NOT_PLACES = [
    ("where a cause was (nuclear power)", "Nuclear plants generated 2,545 TWh in 2022, largely because of outages in "
     "France.", "2,545 TWh", None),
    # (domestic abuse statistics) a body named after the place it serves says nothing of where a figure is
    ("a body named after a region", "Refuges are short of the Council of Europe standard of 370 spaces.", "370",
     None),
    ("a bank named after a country", "Inflation was 4% in 2023, according to the Bank of England.", "4%", None),
    # (remittance briefs) a currency named by its country says what the money is counted in, not where
    ("a currency named by its country", "In US dollar terms, remittance inflows totalled $11.2 billion in 2023.",
     "$11.2 billion", None),
    ("... by its people", "The loan was worth 500 million Australian dollars.", "500 million Australian dollars", None),
    ("a building", "The group is investing 200 million in the Competence Centre.", "200 million", None),
    ("a league", "He scored 30 goals in the Premier League.", "30", None),
    ("a programme people are enrolled in (cash transfers)", "In 2020, 14.3 million families were enrolled in Bolsa "
     "Familia.", "14.3 million", None),
    ("... or take part in", "In 2020, 520,000 households took part in Familia Segura.", "520,000", None),
    ("a policy named in capitals", "The rise in the National Living Wage will reach 2.7 million workers.",
     "2.7 million", None),
    ("what a ranking ranks is not where it spans", "The capital, Dranport, had 1.31 million people in 2021, making it "
     "the largest city in the country.", "largest", None),
    ("a trial named in capitals", "In the CALDERA trial, 618 patients received placebo.", "618", None),
    ("an earlier clause's place is not that of a clause with a name of its own (TB programmes)", "Notifications in "
     "Lilongwe district rose sharply, while Blantyre reported 3,150 TB cases in 2022.", "3,150", None),
    ("... but is a pronoun's", "Cases in Kenya rose sharply, and they reached 3,150 in 2022.", "3,150", "Kenya"),
    ("a later owner of a change whose verb is left out is that change's (defence spending)", "Sweden's spending rose "
     "12 per cent in 2023 and Finland's by 54 per cent.", "12 per cent", "Sweden"),
    ("a name right before a count in thousands (fraud reports)", "In Cork, 4,900 reports were made in 2023, and in "
     "Galway 2,350 reports were made.", "2,350", "Galway"),
    ("a formula's digit is no other figure (emissions reports)", "In 2023, Halvorsen emitted 3.0 million tonnes of CO2 "
     "in Linz.", "3.0 million tonnes", "Linz"),
    ("a place the figure is compared with is not its own (business surveys)", "In the capital region, 21.7% of "
     "businesses used AI in 2024, nearly three times the rate in Saxony.", "21.7%", None),
    ("a part of a country by its style (tax statistics)", "Revenue in the Autonomous Region of Madeira reached €1.4 "
     "billion in 2022.", "€1.4 billion", "Madeira"),
    ("where a firm is based is no place of its figures (music industry)", "The Swedish company Spotify ended 2023 with "
     "226 million paying subscribers.", "226 million", None),
    ("... but a people's is", "Swedish households paid 12% more for power in 2023.", "12%", "Sweden"),
    ("two capitals that name a field (TB programmes)", "The ministry trained 2,500 health workers in TB screening.",
     "2,500", None),
    ("... not a state's code", "Sales in NY rose 4% in 2023.", "4%", "NY"),
    ("a place in a later clause of its own", "It employs 12,000 people in 40 countries, and Brazil is its "
     "third-largest market.", "12,000", None),
    ("a generic word", "Divers found a 2,900 year-old site in the City of David.", "2,900 year-old", None),
    ("a title", "The report on Trafficking in Persons counted 147 victims.", "147", None),
    ("a financial year", "In FY 2022 the fund paid out $5m.", "$5m", None),
    ("a region's name in a body's name", "A World Bank loan paid 60% of it.", "60%", None),
    ("a ranking's rivals", "The country ranks third in the region, after Chile and Brazil.", "third", None),
    ("a rival after behind", "Peru is the second largest producer, behind Chile.", "second largest", "Peru"),
    ("a currency after 'at' is no place (telecoms prices)", "The basic plan costs Rs 499, and the premium plan "
     "is at Rs 999 per month.", "Rs 999 per month", None),
    ("a trading partner", "The goods deficit with China widened to €18.4bn.", "€18.4bn", None),
]


@pytest.mark.parametrize("sentence, span, place", [pytest.param(*row[1:], id=row[0]) for row in PLACES + NOT_PLACES])
def test_place(sentence, span, place):
    assert claim_with(sentence, span).place == place


# The named campaign, law or body a number is about: `entity`. (id, sentence, span, entity)
ENTITIES = [
    ("a trial named by a code (clinical trials)", "The KEYNOTE-189 trial enrolled 616 patients.", "616",
     "KEYNOTE-189 trial"),
    ("... and by two codes", "The DAPA-HF trial enrolled 4,744 patients.", "4,744", "DAPA-HF trial"),
    ("not the name of the next clause's actor (museum grants)", "The Maritime Museum received a public grant of €12.3 "
     "million in 2023, and the Science Centre received €31 million.", "€12.3 million", "Maritime Museum"),
    ("the name a figure's bracket follows", "Visits were split between the Royal Museum of Art (3.4 million) and the "
     "Science Centre (2.1 million).", "3.4 million", "Royal Museum of Art"),
    ("a rival named after a rank is not what is ranked (infrastructure)", "It will be the third-longest road tunnel "
     "in the world, overtaking the Lærdal Tunnel.", "third-longest road", None),
    ("a name with a head noun", "The Clean Rivers Campaign was launched in March 2015.", "March 2015",
     "Clean Rivers Campaign"),
    ("'at' between capitalised words", "The Freedom at Work Plan was adopted in September 2011.", "September 2011",
     "Freedom at Work Plan"),
    ("'at' before a lower-case word ends nothing", "Workers at the Ford Foundation got 5 awards.", "5",
     "Ford Foundation"),
    ("a lower-case head after a name", "The Sunroof for Schools programme began in 2020.", "2020",
     "Sunroof for Schools programme"),
    ("a lower-case head after one capitalised word is no name", "The programme began in 2020.", "2020", None),
    ("a compass part of a country is no body", "The North West of Brindland recorded 1,200 cases in 2022.", "1,200",
     None),
    ("a lower-case head that is a verb", "Texas and Ohio plan to spend $5 million.", "$5 million", None),
    ("a name whose kind comes first", "Hurricane Milton made landfall with sustained winds of 120 mph.", "120 mph",
     "Hurricane Milton"),
    # Models (car-market news): the letter or number says which model.
    ("a model with a dotted number", "The Volkswagen ID.3 ranked second in 2023.", "second", "Volkswagen ID.3"),
    ("a model's letter after 'Model'", "The Tesla Model Y had 45,000 registrations.", "45,000", "Tesla Model Y"),
    ("a model's number", "The Boeing 737 was grounded in 2019.", "2019", "Boeing 737"),
]


@pytest.mark.parametrize("sentence, span, entity", [pytest.param(*row[1:], id=row[0]) for row in ENTITIES])
def test_entity(sentence, span, entity):
    assert claim_with(sentence, span).entity == entity


# The country a document is about, for its figures that name no place (asylum and migration reports).
# (id, document text, country)
MAIN_COUNTRIES = [
    ("the country named most", "Germany received 329,120 applications. Germany granted 40%. France got 20,000.",
     "Germany"),
    ("where applicants come from is not where they are counted", "The Office received 329,120 applications in "
     "Germany. Syrian nationals made up 31% of applicants, and Syria remained the main country of origin.", "Germany"),
    ("arrivals from a country", "Italy counted 157,652 arrivals, most from Tunisia and from Libya.", "Italy"),
    ("of two named as often, the first", "Spain took 163,000 applications and Italy 130,000.", "Spain"),
    ("none named", "The Office received 329,120 applications.", None),
    ("a destination is no subject (trade statistics)", "Vietnam's exports rose 4% last year. The United States "
     "remained the largest market. Shipments to the United States were US$97 billion.", "Vietnam"),
    ("one adjective is no subject (seizure reports)", "Customs officers made 1,542 arrests in 2022. Most of the "
     "cocaine was shipped by Ecuadorian gangs.", None),
    ("... two are", "Mexican police made 1,542 arrests. Mexican courts convicted 300.", "Mexico"),
    # (food bank and beekeeping news) what a country's parts and a list of sources say
    ("a country's parts outvote a country named once", "Demand rose in Scotland, in Wales and in London. Ireland "
     "has a scheme of its own.", None),
    ("a country named to compare", "By comparison, Ireland's scheme is small.", None),
    ("the later names of a list of sources", "The country had to import honey from Ukraine and Argentina.", None),
]


@pytest.mark.parametrize("text, country", [pytest.param(*row[1:], id=row[0]) for row in MAIN_COUNTRIES])
def test_main_country(text, country):
    assert main_country(text) == country
