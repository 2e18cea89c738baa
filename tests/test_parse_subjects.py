"""What a number counts or measures: the `subject` rules (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extraction_helpers import claim_with


# (id, sentence, span, subject)
# docs/claims.md: the noun phrase after the number is what it counts.
NOUN_AFTER = [
    ("a thing of two nouns joined by 'and' (police statistics)", "Officers carried out 11,960 stop and searches.",
     "11,960", "stop and searches"),
    ("a compound adjective in -ed is no verb (domestic abuse statistics)", "There were 51,288 domestic abuse-related "
     "prosecutions in 2023.", "51,288", "domestic abuse-related prosecutions"),
    ("plural noun", "The ministry employs 60,000 public employees.", "60,000", "public employees"),
    # (coffee and shipping statistics) a measure in a compound adjective says which kind of thing is counted
    ("a measure as an adjective before the noun", "The port handled 5.78 million 60-kilogram bags.", "5.78 million",
     "bags"),
    # (labour statistics) days lost are counted, not a length of time
    ("working days lost", "About 2.7 million working days were lost to strikes.", "About 2.7 million", "working days"),
    # (childcare statistics) "early" in a field's name is no time
    ("a field named 'early years'", "Northbridge had 8,450 registered early years places.", "8,450",
     "registered early years places"),
    ("verb after a plural ends the phrase", "About 2,400 households took part.", "About 2,400", "households"),
    ("a survey's verb after the plural", "Our survey of 1,450 schools finds gaps.", "1,450", "schools"),
    ("of the", "Inspectors closed 14 of the clinics.", "14", "clinics"),
    # (council papers) an owner's whole, with its number
    ("of an owner's whole", "Cabinet will consult on closing 6 of the council's 24 library branches.", "6",
     "library branches"),
    ("other before the noun", "Two nurses quit and eight other employees left.", "eight", "employees"),
    ("a plural noun after a plural one", "Some 120 people smugglers were arrested.", "Some 120", "people smugglers"),
    ("a past tense after a singular noun ends the phrase", "The first elected mayor took office in 1990.", "first",
     "elected mayor"),
    ("a part of the count before", "Floods hit 6 million homes, including 1.5 million in the delta.", "1.5 million",
     "homes"),
    ("a subset that names its own kind", "The trust employs 9,400 staff, including 1,180 nurses.", "1,180", "nurses"),
    ("a subset that repeats the whole's noun is a part of it",
     "There were 21 million people, of whom 4.8 million people were children.", "4.8 million", "people"),
    ("users active in a month", "Streamly had 48.2 million monthly active users.", "48.2 million",
     "monthly active users"),
    ("the total of the seats a party won", "The Democratic Centre won 61 of 150 seats.", "61", "seats"),
    # (hospital statistics, university staff) two modifiers joined by "and" share the noun after them
    ("two joined modifiers", "The trust had 2,390 general and acute beds.", "2,390", "general and acute beds"),
    ("... but not a verb after 'and'", "It replaces the 2007 law and aims to simplify 12 codes.", "12", "codes"),
    ("an ampersand inside a word", "In March, 71.3% of A&E patients were seen within four hours.", "71.3%",
     "A&E patients"),
    # (wildlife surveys) an en dash inside a compound; animals of the population before the verb
    ("an en dash joins a compound", "Rangers recorded 46 tiger–human conflict incidents in 2022.", "46",
     "tiger–human conflict incidents"),
    ("animals of a population", "The leopard population in Russia stood at 121 animals in 2022.", "121",
     "leopard population"),
    # (venture capital, trials) a letter or Roman numeral names one of a series
    ("a funding round's letter", "Voltaic Labs raised a $65 million Series A in 2021.", "$65 million", "Series A"),
    ("one of a numbered series in what is counted (wind auctions)", "Two Round 2 projects are behind schedule.",
     "Two", "Round 2 projects"),
    ("what a source puts an amount at (road condition surveys)", "This year's survey puts the national backlog of "
     "road repairs at €16.3 billion.", "€16.3 billion", "national backlog"),
    ("past 'full-time equivalent (FTE)' (food hygiene workforce)", "Councils employed 1,240 full-time equivalent (FTE) "
     "food hygiene inspectors.", "1,240", "food hygiene inspectors"),
    ("a letter inside the phrase", "It hired 30 Grade A teachers.", "30", "Grade A teachers"),
    # (trade statistics) an adverb of where ends the phrase
    ("an adverb of where after the noun", "Norland shipped 680,000 tonnes of plastic waste abroad in 2022.",
     "680,000 tonnes", "plastic waste"),
]

# "a dividend yield of 4.1 per cent": the number is "of" the noun before it.
NOUN_BEFORE_OF = [
    ("percent", "The fund pays a dividend yield of 4.1 per cent.", "4.1 per cent", "dividend yield"),
    ("money with a hedge", "Ferries recorded turnover of more than $30 million.", "more than $30 million",
     "turnover"),
    ("a determiner opens the phrase", "The car has a combined torque output of 586 lb-ft.", "586 lb-ft",
     "combined torque output"),
    ("count without a noun after", "The survey reached a response rate of 62%.", "62%", "response rate"),
]

# Money: the money noun of its clause, what it pays for, else the noun before the verb (with the lower-case words
# that restrict it, as a noun phrase after a number keeps them: "basic kit", "youth unemployment").
MONEY = [
    # (fraud statistics) what people lost is their losses, no fall; a place after "the" is no owner
    ("money people lost", "Victims of romance scams in the UK lost £92.9 million in 2023.", "£92.9 million", "losses"),
    # (insurance and welfare statistics) what was paid, after "in"
    ("what was paid out, after 'in'", "Insurers paid €6.2 billion in motor claims in 2023.", "€6.2 billion",
     "motor claims"),
    ("... a field of spending in -ing", "The state paid £4 billion in housing benefits in 2023.", "£4 billion",
     "housing benefits"),
    ("what a verb says was spent", "Luis Brandt spent $2.9 million.", "$2.9 million", "spending"),
    ("what a verb says was earned", "Remi Castel earns £45,000 a week.", "£45,000 a week", "earnings"),
    ("spent, after a name in apposition", "Her challenger, Luis Brandt, spent $2.9 million.", "$2.9 million",
     "spending"),
    ("a restatement of what was earned", "Remi Castel earns £45,000 a week, which the club says amounts to £3.5 "
     "million a year.", "£3.5 million a year", "earnings"),
    ("money noun", "This budget was cut to US $313,000.", "US $313,000", "budget"),
    # (river pollution) a penalty, and a plan to invest, named by their verbs
    ("a fine", "Thames Water was fined £104 million by Ofwat.", "£104 million", "fine"),
    ("a plan to invest", "Yorkshire Water will invest £8.3 billion between 2025 and 2030.", "£8.3 billion",
     "investment"),
    ("an initialism that opens the sentence restricts the measure (chip industry)", "DRAM revenue rose 29.6% to "
     "$17.5 billion.", "$17.5 billion", "DRAM revenue"),
    # (police budgets) each amount of a listing names what it is made of, after it
    ("what an amount is made of, after it", "The budget is funded by £142.6 million in government grant and £98.3 "
     "million from the council tax precept.", "£98.3 million", "council tax precept"),
    ("... the first of them", "The budget is funded by £142.6 million in government grant and £98.3 million from "
     "the council tax precept.", "£142.6 million", "government grant"),
    ("money sent home (remittance briefs)", "Nepal received $9.8 billion in remittances in 2023.", "$9.8 billion",
     "remittances"),
    ("a plural in -ies", "Subsidies totalling €19.6 million were paid.", "€19.6 million", "Subsidies"),
    # A money noun that says which cuts or payments (budget documents): the amount is the cuts, not the spending.
    ("a money noun before what it modifies", "Spending cuts were €3.6 billion in 2022.", "€3.6 billion",
     "Spending cuts"),
    ("... through a second modifier", "Debt interest payments were €4 billion.", "€4 billion", "debt interest payments"),
    ("... not before a verb", "The budget increases by €2 billion.", "€2 billion", "budget"),
    ("... a forecast of it, which is no outcome", "The firm cut its revenue guidance to $84 billion.", "$84 billion",
     "revenue guidance"),
    ("the words that say which money it is, after 'of'", "The council received £85 million of capital funding.",
     "£85 million", "capital funding"),
    ("... after 'in'", "The agency awarded €12 million in research grants.", "€12 million", "research grants"),
    ("... not a participle", "The council has £85 million of existing funding.", "£85 million", "funding"),
    ("'cost' before a currency code is the verb", "A day ticket cost CHF 80 in 2024.", "CHF 80", "day ticket cost"),
    ("the words that say which the money noun is", "Wholesale maize prices rose in 2022 to $310 per tonne.",
     "$310", "wholesale maize prices"),
    ("a quarter between the noun and its verb", "Average 5G download speeds in Q3 2024 were 280 Mbps.", "280 Mbps",
     "5G download speeds"),
    ("a year between the noun and its verb", "Operating profit for 2023 was 2.1 billion kroner.",
     "2.1 billion kroner", "operating profit"),
    ("a first word that restricts", "Services exports rose 3% to $5bn.", "$5bn", "services exports"),
    ("a hyphenated first word that restricts", "Long-term unemployment in Varnia was 3% in 2022.", "3%",
     "long-term unemployment"),
    ("what it pays for, past a conversion", "The state will spend NOK 1.2 billion (about US$110 million) on "
     "integration support.", "NOK 1.2 billion", "integration support"),
    ("an adverb after the verb", "The appeal for Sudan was only 41% funded.", "41%", "appeal"),
    ("TB before cases is a disease, not terabytes", "There were 4,850 TB cases in 2023.", "4,850", "TB cases"),
    ("a change named after a level", "Valdoria recorded 1,284 homicides in 2022, a drop of 15% from 2021.", "15%",
     "homicides"),
    ("what an appeal seeks", "The 2024 appeal for Sudan seeks US$2.7 billion.", "US$2.7 billion", "appeal"),
    ("the level a verb sets its object to", "The bank raised its policy rate to 4.75%.", "4.75%", "policy rate"),
    ("... or keeps it at", "The bank kept interest rates at 5.25%.", "5.25%", "interest rates"),
    ("through a phrase ending in a two-word name", "Exports to the United States rose 3% to $5bn.", "$5bn",
     "Exports"),
    ("a first word that restricts nothing", "Overall spending rose 3% to $5bn.", "$5bn", "spending"),
    ("a demonym first is the place, not the thing", "German exports rose 3% to $5bn.", "$5bn", "exports"),
    ("what it pays for", "Donors gave $2 million to finance 38 projects.", "$2 million", "projects"),
    ("what is counted before 'at a cost of' (justice briefs)", "Around 20,000 new places are being built, at a cost "
     "of £4 billion.", "£4 billion", "new places cost"),
    ("a verb on money is no modifier (budget news)", "The budget proposal raises core funding from €3.1 billion "
     "to €3.35 billion.", "€3.1 billion", "core funding"),
    ("what was signed for an amount (sport news)", "Rovers signed Marco Delgado for £32 million in 2023.",
     "£32 million", "Marco Delgado price"),
    ("... or bought", "The council sold the site for £4 million.", "£4 million", "site price"),
    ("who gets it is no purpose (telecoms news)", "The spectrum auction raised £1.4 billion for the Treasury.",
     "£1.4 billion", "spectrum auction"),
    # (what a thing costs is its cost: "The cost of the new bridge was ..." says the same)
    ("noun before will cost", "The new bridge will cost $200 million.", "$200 million", "new bridge cost"),
    ("... and cost", "Fire suppression cost $1.1 billion in 2023.", "$1.1 billion", "fire suppression cost"),
    ("... but money that cost is that money", "Fuel subsidies cost 5.1 billion dollars in 2022.",
     "5.1 billion dollars", "fuel subsidies"),
    ("... as is the cost of money", "The cost of fuel subsidies was $5 billion.", "$5 billion", "fuel subsidies"),
    ("noun before is", "The basic kit is $350.", "$350", "basic kit"),
    ("a bullet's label in lower case", "- aviation: $550 million", "$550 million", "aviation"),
    ("... 'other' in it says what the others leave", "- other costs: $100 million", "$100 million", "other costs"),
    # (household budget surveys) whose budget a share of "their budget" is
    ("a share of the spenders' own budget", "Low-income households spent 30% of their budget on food.", "30%",
     "low-income households budget"),
    ("... a group in a quintile", "Households in the lowest income quintile spent 30% of their budget on food.",
     "30%", "lowest income quintile budget"),
    ("a verb of saying is no modifier", "Student unions say actual costs are closer to €1,100 a month.",
     "€1,100 a month", "actual costs"),
    ("a product named by how long it lasts", "A weekly ticket costs €20.", "€20", "weekly ticket cost"),
    # (a capitalised first word restricts the noun as a lower-case one would: whose shares)
    ("level after a change", "Harbour shares plummeted 40.8 per cent to $2.06.", "$2.06", "harbour shares"),
    ("noun before peaked at", "The fare peaked at more than $52 in October.", "more than $52", "fare"),
    ("noun before up", "Harbour shares were up 9.4 per cent to $84.", "$84", "harbour shares"),
    ("cost before its amount is the verb", "The tunnel is 2 km long and cost $420m to build.", "$420m", None),
    # (museum statistics) who made the visits says which visits
    ("a noun and who did it, before the verb", "Visits by children under 16 totalled 9.8 million in 2023.",
     "9.8 million", "Visits by children"),
    # (health campaigns) the passive
    ("spent on, in the passive", "In 2023, £2.3 million was spent on the awareness campaign in Scotland.",
     "£2.3 million", "awareness campaign"),
    ("spent on", "The council spends roughly £600,000 a year on maintenance.", "roughly £600,000 a year",
     "maintenance"),
    ("spent on a weekday is no purpose: the verb says what it is", "The firm invested €40m on Monday.", "€40m",
     "investment"),
    ("goes to", "Of this, £5 million goes to buses.", "£5 million", "buses"),
    # (what a price or a cost is "of" says which: the price of petrol is no figure for the price of diesel)
    ("a price of a thing", "The price of petrol was $1.50 a litre.", "$1.50", "petrol price"),
    ("... through its article and an adjective", "The cost of the new ferry was put at $40 million.", "$40 million",
     "new ferry cost"),
    ("... with the modifier before the price", "The average price of housing rose to £520,000.", "£520,000",
     "average housing price"),
    ("... an opening plural in lower case", "Prices of wheat rose to $300 a tonne.", "$300", "wheat prices"),
    ("... not whose it is", "The cost of Valdoria's census was $3 million.", "$3 million", "census cost"),
    ("... nor a place, which is the claim's place", "The cost of Mexico was $3 million.", "$3 million", "cost"),
    ("... nor the cost of living", "The cost of living rose 5% in 2022.", "5%", "cost"),
    ("a part of the next amount is not what the whole is", "Donors provided $30m of the $48m budget.", "$30m", None),
    ("... which is", "Donors provided $30m of the $48m budget.", "$48m", "budget"),
]

# The noun before the verb, through a prepositional phrase to its head, unless the head only frames a quantity.
NOUN_BEFORE_VERB = [
    # (health statistics) an age group and its place between the measure and its verb
    ("an age group, then where", "The diagnosis rate for people aged 65 and over in England was 63.2%.", "63.2%",
     "diagnosis rate"),
    # (homelessness statistics) the level a figure of the sentence before came from
    ("the level 'this' came from", "In 2023, 5,300 households were homeless. This was up from 5,000 in 2022.",
     "5,000", "households"),
    # (farming press) animals counted by the head
    ("counted by the head", "In 2023, 1,400 head of cattle were culled in Brazil.", "1,400", "cattle"),
    # (library statistics) a one-letter opener of a compound, a compound with a change word, "worth"
    ("a one-letter opener", "E-book loans reached 368,000 in 2023/24.", "368,000", "e-book loans"),
    ("a compound with a change word is no change", "The library held 340 drop-in sessions.", "340",
     "drop-in sessions"),
    ("what something was worth", "UK book sales were worth £6.9 billion in 2023.", "£6.9 billion", "book sales"),
    # (steel statistics) what a producer produced, of two words
    ("production of a commodity of two words", "India produced 144.0 million tonnes of crude steel in 2023.",
     "144.0 million tonnes", "crude steel production"),
    # (childcare statistics) an age group in one spelling
    ("an age group, in words", "In 2023, 94% of three and four year olds took up the offer.", "94%", "3-4 year olds"),
    ("... hyphenated", "In 2023, 91% of three- and four-year-olds took up the offer.", "91%", "3-4 year olds"),
    # (screen-time surveys) time spent, named by what it was spent on
    ("time spent on something", "UK teenagers spent an average of 4 hours a day on their phones.",
     "an average of 4 hours a day", "phone time"),
    ("time spent online", "Children spent 3 hours 20 minutes a day online.", "3 hours 20 minutes a day", "online time"),
    # (social media statistics) users counted by how often they are active
    ("users active each month", "TikTok had 22 million monthly users in the UK.", "22 million", "monthly users"),
    # (insurance results) a share of a market is the market's share
    ("a share of a market", "Castlegate's share of the motor market rose to 18.6% in 2023.", "18.6%",
     "motor market share"),
    ("... that a change lifted", "Premiums rose 12.5%, lifting our share of the Arvenian motor market to 18.6%.",
     "18.6%", "motor market share"),
    # (insurance statistics) the agent of an irregular participle is no noun of the figure
    ("an irregular participle's agent", "The average motor premium paid by drivers was €734 in 2023.", "€734",
     "average motor premium"),
    # (dental charges, rents) an adverb of time between the noun and its verb
    ("an adverb of time before the verb", "The average rent now stands at £950.", "£950", "average rent"),
    # (council budgets) a change in the passive
    ("a passive change", "Fees were increased by 7.1% in 2024.", "7.1%", "Fees"),
    # (maternal health reports) what a ratio counts per so many people is no measure of its own
    ("a ratio stated with what it counts", "The maternal mortality ratio stood at 287 deaths per 100,000 live births "
     "in 2020.", "287 deaths per 100,000", "maternal mortality ratio"),
    ("... a rate", "The homicide rate was 29 murders per 100,000 inhabitants.", "29 murders per 100,000",
     "homicide rate"),
    ("... but a count per so many people with no rate named", "Police recorded 29 murders per 100,000 inhabitants.",
     "29 murders per 100,000", "murders"),
    # (coffee markets) what goods are counted in names no measure
    ("bags of a measure named before its verb", "Uganda's coffee production in 2023 was 8.65 million bags.",
     "8.65 million", "coffee production"),
    ("... of what a verb moved", "Uganda exported 5.76 million bags of coffee in 2023.", "5.76 million",
     "coffee exports"),
    ("what a measure is per is no noun of it (fraud reports)", "The median loss per victim was €1,850 in 2023.",
     "€1,850", "median loss"),
    ("a compound that holds an initialism (tax statistics)", "The tax-to-GDP ratio was 36.4% in 2022.", "36.4%",
     "tax-to-GDP ratio"),
    ("a quantity named by its verb (climate reports)", "Valdoria emitted 412.6 MtCO2e in 2021.", "412.6 MtCO2e",
     "emissions"),
    ("... and exports", "Norland exported 3.4 million tonnes in 2022.", "3.4 million tonnes", "exports"),
    # Box office: where it was taken is no noun; the verb says which measure; places joined by "and" are a phrase.
    ("an adverb of where is no noun", "The film has grossed $97.6 million domestically.", "$97.6 million", "gross"),
    ("opened to", "The film opened to $142.6 million in the United States.", "$142.6 million", "opening"),
    ("past two places joined by 'and'", "Admissions in the United States and Canada reached 845 million in 2023.",
     "845 million", "Admissions"),
    # A company's measure right before its verb is the amount's, not a money noun of another clause (port reports).
    ("net profit after a clause on revenue", "In 2023, revenue rose 5.3%, while net profit was €305 million.",
     "€305 million", "net profit"),
    # What is taken off a profit (results releases): "before tax" is the pre-tax profit, not the tax.
    ("profit before tax", "Profit before tax was £312 million.", "£312 million", "pre-tax profit"),
    ("profit after tax", "Profit after tax was £220 million.", "£220 million", "after-tax profit"),
    ("earnings before interest and tax, another measure", "Earnings before interest and tax rose to £400 million.",
     "£400 million", "pre-interest pre-tax earnings"),
    # Units are of what the sentence measures, or of what its verb moves (market research).
    ("units of the noun before the verb", "Worldwide smartphone shipments reached 302.1 million units in 2023.",
     "302.1 million", "smartphone shipments"),
    ("units a vendor shipped", "Samsung shipped 60.2 million units.", "60.2 million", "shipments"),
    ("a second target's thing, left out (forest plans)", "The plan is to restore 5 million hectares of forest by "
     "2025 and 12 million hectares by 2030.", "12 million hectares", "forest"),
    # A forecast's verb leads to what is forecast (market research).
    ("will reach", "Foldable shipments will reach 22.5 million in 2024.", "22.5 million", "foldable shipments"),
    ("are expected to exceed, a bound", "Foldable shipments are expected to exceed 25 million in 2024.",
     "exceed 25 million", "foldable shipments"),
    ("is likely to remain at", "Unemployment is likely to remain at 4.2%.", "4.2%", "Unemployment"),
    # What a flow is of says which flow (trade statistics, emission inventories).
    ("exports of a commodity", "Exports of wheat were 2.1 million tonnes in 2020.", "2.1 million tonnes",
     "wheat exports"),
    ("emissions of a pollutant", "Emissions of SO2 were 900 tonnes in 2020.", "900 tonnes", "SO2 emissions"),
    ("production of a crop, in a change", "Production of coffee fell 12% in 2023.", "12%", "coffee production"),
    ("... but not one of a pair, which is all of the flow", "Exports of goods and services rose 4%.", "4%",
     "Exports"),
    # Revisions (statistical releases, migration updates): the revised figure's noun, not the verb.
    ("a figure revised to", "The number of sea arrivals in 2023 was revised to 157,652.", "157,652", "sea arrivals"),
    ("... revised up to, which is no bound", "The estimate was revised up to 157,652.", "157,652", "estimate"),
    ("... revised up from, past a time", "GDP growth in the first quarter was revised up from 0.2% to 0.4%.", "0.2%",
     "growth"),
    ("an age group between the noun and its verb (labour market releases)", "The employment rate for people aged "
     "16 to 64 years was 75.3% in March 2024.", "75.3%", "employment rate"),
    ("... written as year olds", "The unemployment rate among 16 to 24 year olds was 14.8%.", "14.8%",
     "unemployment rate"),
    ("an aside in brackets", "Annual growth in regular pay (excluding bonuses) was 4.6%.", "4.6%", "regular pay"),
    ("a group's own rate (education statistics)", "In 2022, girls' pass rate was 58.9%.", "58.9%",
     "girls pass rate"),
    ("... opening the sentence", "Women's unemployment rate was 5%.", "5%", "women unemployment rate"),
    ("a time between the noun and its verb", "GDP growth in the first quarter was 0.4%.", "0.4%", "growth"),
    ("through a phrase", "Exports to the north totalled 3.4 million tonnes.", "3.4 million tonnes", "Exports"),
    ("a capacity is no count of what it holds", "The Nordkaai terminal had a capacity of 3.0 million TEU in 2023.",
     "3.0 million", "TEU capacity"),
    ("... of passengers", "The new terminal has capacity for 25 million passengers.", "25 million",
     "passenger capacity"),
    ("through three phrases", "Calls to the helpline about violence against women rose to 318,000 in 2023.",
     "318,000", "Calls"),
    ("a level reached, in the perfect tense", "The death toll in Brevan Province has risen to 4,812.", "4,812",
     "death toll"),
    ("the level a change reached, through a phrase", "Disappearances of women rose 15%, from 2,410 in 2022 to 2,650 "
     "in 2023.", "2,650", "Disappearances"),
    ("a framing head", "The number of victims was 147 in 2010.", "147", "victims"),
    ("a rate of", "The rate of inflation was 5% in May.", "5%", "inflation"),
    ("a part of an amount", "Exports totalled $3.4bn in 2017, of which $1.1bn were grain.", "$1.1bn", "Exports"),
    ("the same measure compared", "In 2018 there were 1,245 new cases, up from 1,102.", "1,102", "new cases"),
    ("... past a change in percent (deal trackers)", "Startups closed 612 deals in 2023, down 28% from 845 in "
     "2022.", "845", "deals"),
    ("went down", "Sales went down 3% in June.", "3%", "Sales"),
    ("the words that restrict the noun", "In 2020, youth unemployment was 14% in Norland.", "14%", "youth unemployment"),
    ("through a phrase with a modifier", "Average speeds outside pilot schools fell by 11 km/h.", "11 km/h", "speeds"),
    ("what a change verb acts on", "The plan aims to cut forced labour by half by 2020.", "half", "forced labour"),
    ("... named with a code (air-quality reports)", "Between 2015 and 2020 the city cut PM2.5 emissions by 22%.", "22%",
     "PM2.5 emissions"),
    ("... after a determiner", "The ministry slashed its culture budget by 25 per cent.", "25 per cent",
     "culture budget"),
    ("the level a change started from", "Deaths fell from 3,400 in 2017 to 2,900 in 2018.", "3,400", "Deaths"),
    ("through two phrases", "Bills at schools with panels fell by a quarter.", "a quarter", "Bills"),
    ("what fell, not what it is made of", "Emissions fell to 412 million tonnes of CO2 in 2023.",
     "412 million tonnes", "Emissions"),
    ("what is seized, with no such noun", "The police seized 2 tonnes of cocaine.", "2 tonnes", "cocaine"),
    ("a share of an amount is of its subject", "The scheme cost $38 million, of which 60% came from a loan.", "60%",
     "scheme cost"),
    ("a noun further back than the window", "Unemployment fell 0.3 percentage points to 4.1%.", "4.1%",
     "Unemployment"),
    ("a forecast change's subject", "The population is expected to shrink by 8% by 2050.", "8%", "population"),
    ("contracted", "The economy contracted 2% in 2020.", "2%", "economy"),
    # Market reports (NewsQuant news): names that end in a number, whole names, an index's points.
    ("a name that ends in a number", "The S&P 500 fell 0.9% on Monday.", "0.9%", "S&P 500"),
    ("... and the level it reached", "The FTSE 100 rose 12 points to 7,425.", "7,425", "FTSE 100"),
    ("an index's points are the index's", "The FTSE 100 rose 12 points to 7,425.", "12", "FTSE 100"),
    ("a whole capitalised name", "The Dow Jones Industrial Average lost 190 points.", "190",
     "Dow Jones Industrial Average"),
    ("a time word is no part of the name", "Yesterday Brent Crude fell 2%.", "2%", "Brent Crude"),
    ("a place's possessive is its place, not the name", "Germany's DAX fell 0.4 per cent.", "0.4 per cent", "DAX"),
    ("a change said again in another measure", "The Dow Jones Industrial Average lost 190 points, or 0.6%.", "0.6%",
     "Dow Jones Industrial Average"),
    ("a verb that bounds the figure", "The prison population exceeded 48,000 in 2023.", "exceeded 48,000",
     "prison population"),
    # Who gave off or used a quantity (energy news): coal plants' CO2 is not the power sector's.
    ("the emitter with what it emitted", "Coal plants in Lindmark emitted 11 million tonnes of CO2 in 2023.",
     "11 million tonnes", "coal plants CO2"),
    ("the user, with no noun after the figure", "Households consumed 16.9 TWh in 2023.", "16.9 TWh", "Households"),
    ("who ate it (nutrition surveys)", "Adults ate an average of 2,450 kcal per day in 2022.",
     "an average of 2,450 kcal per day", "Adults"),
    ("a place that emitted is the place, not the subject", "Lindmark emitted 23 million tonnes of CO2.",
     "23 million tonnes", "CO2"),
    ("what a named producer produced is its production (mining reports)", "Kestrel produced 1.27 million ounces of "
     "gold in 2023.", "1.27 million ounces", "gold production"),
    ("a relative clause is no emitter", "The works that used about 2,400 cubic metres of concrete ended.",
     "about 2,400 cubic metres", "concrete"),
    # A measure with no noun of its own measures the sentence's subject.
    ("stands at", "The boot now stands at 24.5 cubic feet.", "24.5 cubic feet", "boot"),
    ("can fly", "The adult moths can fly more than 100 kilometres.", "more than 100 kilometres", "adult moths"),
    ("not across a clause", "The ship, which sank in 1907, lies at 40 metres.", "40 metres", None),
    # Health indicators (immunisation reports): initials in brackets, then where; an indicator named by its code.
    ("initials in brackets before a place", "The infant mortality rate (IMR) in Norland was 31 per 1,000 live births.",
     "31 per 1,000", "infant mortality rate"),
    ("an indicator's code", "MCV1 coverage in Tamberia was 64% in 2023.", "64%", "MCV1 coverage"),
    ("a bond's maturity (bond markets)", "The 10-year yield peaked at 5.35% in March.", "5.35%", "10-year yield"),
    ("a network generation's code (telecoms)", "4G population coverage was 96% at the end of 2022.", "96%",
     "4G population coverage"),
    ("a kind of area the subject is in is a subgroup of it", "4G population coverage in rural areas was 72%.", "72%",
     "rural 4G population coverage"),
    ("... as the sentence's first word", "Unemployment in rural areas was 7%.", "7%", "rural unemployment"),
    ("a field the sentence opens with (university statistics)", "In engineering the first-year dropout rate was "
     "14.2% in 2022.", "14.2%", "engineering first-year dropout rate"),
    ("... a kind of area", "In rural areas, coverage was 72%.", "72%", "rural coverage"),
    ("... but not 'In total'", "In total, 500 people died.", "500", "people"),
    ("... in brackets after the indicator's name", "Coverage of the third dose of the DTP vaccine (DTP3) in Tamberia "
     "reached 84% in 2023.", "84%", "DTP3 coverage"),
    ("an aside between commas before the verb (environment statistics)", "The national recycling rate, including "
     "composting, reached 31.4% in 2020.", "31.4%", "national recycling rate"),
    # (inflation releases: adverbs and asides between the noun and its verb; what a release puts at a level)
    ("an adverb between the noun and its verb", "Real wages therefore fell by 2.6% in 2022.", "2.6%", "real wages"),
    ("... between commas", "Real wages, however, fell by 2.6% in 2022.", "2.6%", "real wages"),
    ("a participle aside, after a place", "Real wages in Tarsk, adjusted for inflation, fell by 2.6% in 2022.",
     "2.6%", "real wages"),
    ("a which-aside holding a list", "Core inflation in Tarsk, which excludes food, energy, alcohol and tobacco, "
     "was 5.9%.", "5.9%", "core inflation"),
    # (resettlement and results reports) the subject past an aside before its verb
    ("past an aside before the verb", "The median processing time in 2023, measured from referral to arrival, was 11 "
     "months.", "11 months", "median processing time"),
    ("... of an amount", "Net profit, after tax and one-off charges, was £4.1 million.", "£4.1 million", "net profit"),
    ("what a release showed at a level, past a place", "Official figures showed annual inflation in Tarsk at 7.4% "
     "in March 2023.", "7.4%", "annual inflation"),
    ("what an estimate put at a level", "Analysts put annual inflation at 7.4%.", "7.4%", "annual inflation"),
    ("a count said by its verb", "In 2022, new entrants numbered 30,900.", "30,900", "new entrants"),
    ("a record after the verb (sport news)", "Attendance reached a record 13.9 million in 2023/24.", "13.9 million",
     "Attendance"),
    ("through a phrase holding a number", "Attendance across the 380 matches reached 13.9 million.", "13.9 million",
     "Attendance"),
    ("through a phrase holding a long name (hospital statistics)", "The median wait at Northshire Hospitals NHS "
     "Trust was 16.8 weeks.", "16.8 weeks", "median wait"),
    ("a price a thing is priced at", "The basic broadband plan is priced at £25 per month.", "£25 per month",
     "basic broadband plan"),
    ("... and an amount", "Officials estimated the damage at $3 billion.", "$3 billion", "damage"),
    ("what is put at a figure, past its place (census reports)", "The 2019 census put the population of Kenya at 47.6 "
     "million.", "47.6 million", "population"),
    ("a level that remained (crop reports)", "Wheat production remained at 4.2 million tonnes in 2020.",
     "4.2 million tonnes", "wheat production"),
    ("a level unchanged", "Inflation was unchanged at 3.1% in May.", "3.1%", "Inflation"),
    ("what a sale brought in (telecoms news)", "The auction raised $412 million in 2022.", "$412 million", "auction"),
    ("a hyphenated word that restricts", "The number of zero-dose children in 2023 is revised to 486,000.", "486,000",
     "zero-dose children"),
    # (regulators' and tax statistics) money paid as penalties, duties and rebates
    ("the agent of a participle is no noun", "Penalties imposed by the Commission totalled €24.1 million in 2022.",
     "€24.1 million", "Penalties"),
    ("what spending went on, as 'spent on' says", "Total spending on medicines by the Health Service was £15.8 "
     "billion in 2022.", "£15.8 billion", "medicines"),
    ("what is paid, after 'in'", "Manufacturers paid $334 billion in rebates in 2023.", "$334 billion", "rebates"),
    ("a clause before a colon, then a count with its own noun", "Demand hit a record: 52,600 people were referred "
     "in 2022.", "52,600", "people"),
    # (health service statistics) a participle after "with"
    ("a level reached after 'with'", "Demand rose, with referrals in Northmoor reaching 52,600 in 2022.", "52,600",
     "referrals"),
    ("... or risen to", "Demand rose, with referrals rising to 52,600 in 2022.", "52,600", "referrals"),
    ("'as a whole' is no noun", "The recycling rate for Norland as a whole was 41% in 2022.", "41%",
     "recycling rate"),
    ("four words that restrict (pay statistics)", "The public sector gender pay gap was 11.0% in 2023.", "11.0%",
     "public sector gender pay gap"),
    ("an aside, then a group, before the verb", "Median hourly earnings, excluding overtime, for full-time "
     "employees were £18.64 in 2023.", "£18.64", "median hourly earnings"),
    ("a change after an age group", "Deaths of children under 5 declined by 8%.", "8%", "Deaths"),
    # A second change with its verb left out (health surveys, price reports): its own noun, or the first one's
    ("a second change's own noun", "Prices rose from €3 to €5, and rents from €2 to €4.", "€4", "rents"),
    ("... or the first change's noun for a new group", "Obesity among men rose from 18% to 24%, and among women "
     "from 20% to 30%.", "20%", "Obesity"),
]

# Words after the number that are no noun phrase: no subject rather than a wrong one.
NO_NOUN_AFTER = [
    # (the level a change reached: the noun before the change verb, not the participle after the number)
    ("participle with its complement", "Storage doubled to 256GB found in the new model.", "256GB", "Storage"),
    ("participle with its object", "Men there live to about 73 raising the question.", "about 73", None),
    ("a close higher: what closed, not the word after the number", "Harbour shares closed 34.4% higher at 3.23 dollars.",
     "34.4%", "harbour shares"),
    ("the level it closed at", "Harbour shares closed 34.4% higher at 3.23 dollars.", "3.23 dollars", "harbour shares"),
    ("an index's close", "The index ended at 7,425.", "7,425", "index"),
    ("time after the number: the forecast verb's subject", "Inflation should reach 1.9% next year.", "1.9%",
     "Inflation"),
    ("period of a change", "Rents were down 9.2% year over year.", "9.2%", "Rents"),
    ("a conjunction ends the phrase", "It gained 5 mpg once the battery was empty.", "5 mpg", None),
]

# A change noun after the number ("a 3% drop") is not what changed: the noun after "in"/"of" is, else the
# noun before the number.
CHANGE_NOUN_AFTER = [
    ("drop in", "Retailers saw a 4.2 percent drop in sales.", "4.2 percent", "sales"),
    ("money lost to someone is losses (fraud reports)", "In 2023, older people lost €127.9 million to scams.",
     "€127.9 million", "losses"),
    ("... and in the passive, not the kind of scam", "€162 million was lost through investment scams in 2023.",
     "€162 million", "losses"),
    ("... nor the kind of the next loss, its verb left out", "Consumers lost €162 million through investment scams "
     "and €71 million through impersonation scams.", "€71 million", "losses"),
    ("rise in the number of", "Officials reported a six-fold rise in the number of cases.", "six-fold", "cases"),
    ("rise in its", "The port expects a 10% rise in its exports.", "10%", "exports"),
    ("nothing after: the noun before", "Sales saw a 3% drop.", "3%", "Sales"),
    ("nothing after and nothing before", "The firm announced a 10 percent cut.", "10 percent", None),
]

# A number in brackets right after another of its kind restates it in other units: the same subject.
CONVERSIONS = [
    ("speed", "The ferry's top speed is 30 knots (56 km/h) in calm water.", "56 km/h", "top speed"),
    ("money", "The clinic received a grant of US $4.2 million (5 million pesos).", "5 million pesos", "grant"),
]


@pytest.mark.parametrize(
    "sentence, span, subject",
    [pytest.param(*row[1:], id=row[0]) for table in (NOUN_AFTER, NOUN_BEFORE_OF, MONEY, NOUN_BEFORE_VERB, NO_NOUN_AFTER,
                                                   CHANGE_NOUN_AFTER, CONVERSIONS)
     for row in table],
)
def test_subject(sentence, span, subject):
    assert claim_with(sentence, span).subject == subject


@pytest.mark.parametrize("sentence, span", [
    pytest.param("The club recorded a total of $5 million.", "$5 million", id="a total of"),
    pytest.param("Output saw an increase of 12%.", "12%", id="an increase of"),
    pytest.param("Deaths fell to 2,900, a decline of 15 per cent.", "15 per cent", id="a decline of"),
])
def test_words_that_only_frame_the_number_are_no_subject(sentence, span):
    assert claim_with(sentence, span).subject_head not in {"total", "increase", "decline"}


def test_a_publication_date_gives_its_year_not_its_day():
    claims = extract("About 40% of cases were in the north, says the report published on 3 March 2017.",
                     published="2019-06-01")
    assert [c.period for c in claims if c.kind == "percent"] == ["2017"]


@pytest.mark.parametrize("sentence, span, per", [
    pytest.param("A year on, 40 families are still homeless.", "40", None, id="a year on, (later)"),
    pytest.param("Six months on from the flood, 40 homes are empty.", "40", None, id="on from (later)"),
    pytest.param("The council spends £600,000 a year on maintenance.", "£600,000 a year", "year",
                 id="a year on what it pays for"),
])
def test_a_year_on(sentence, span, per):
    assert claim_with(sentence, span).per == per


def test_a_year_earlier_is_no_rate():
    claims = extract("Unemployment fell to 6.1%, from 7.4% a year earlier.")
    assert [(c.text, c.per) for c in claims] == [("6.1%", None), ("7.4%", None)]


def test_a_rate_word_belongs_to_the_nearest_number_before_it():
    claims = extract("The cards market, worth over 2 billion, is growing almost five percent a year.")
    assert [(c.text, c.kind, c.per) for c in claims] == [
        ("over 2 billion", "count", None), ("almost five percent a year", "percent", "year")]


def test_a_number_word_is_no_subject():
    claims = extract("A market worth over 2 billion is growing almost five percent a year.")
    assert [c.subject for c in claims] == [None, None]


# Which part of its whole a share is: the noun after "were/are", or before "made up", "accounted for"...
# (id, sentence, span, part)
SHARE_PARTS = [
    ("were, after the whole", "In 2020, 80 per cent of trafficking victims were women.", "80 per cent", "woman"),
    ("made up, before", "Women made up 60% of trafficking victims.", "60%", "woman"),
    ("a part that now covers a share (wildlife statistics)", "Protected areas now cover 12.1% of Kenya's land area.",
     "12.1%", "protected area"),
    ("what a share had (health surveys)", "In 2019, 7% of adults in England had diabetes.", "7%", "diabetes"),
    ("... in words", "In 2019, 28% of adults had high blood pressure.", "28%", "high blood pressure"),
    ("either of two states", "In 2019, 64% of adults were overweight or obese.", "64%", "overweight or obese"),
    ("made up, past a gloss in brackets (market research)", "Premium phones (priced at $600 or more) made up 23% of "
     "shipments.", "23%", "premium phone"),
    # (wildfire reports) what caused or covered a share of the area burned
    ("responsible for", "Human-caused fires were responsible for 5% of the area burned.", "5%", "human-caused fire"),
    ("caused", "Lightning caused 60% of the fires.", "60%", "lightning"),
    ("an adverb between the verb and the share", "Fuel treatment covered just 5% of the area burned.", "5%",
     "fuel treatment"),
    ("accounted for, after an age", "Children under five accounted for 61% of all deaths.", "61%", "child"),
    # (gambling and smoking surveys) what a share was counted as, in two words
    ("a part in two words", "In 2022, 0.6% of adults were problem gamblers.", "0.6%", "problem gambler"),
    ("... counted as", "In 2022, 0.4% of adults were classified as problem gamblers.", "0.4%", "problem gambler"),
    ("a part named after 'and', its verb left out (pay statistics)", "Women make up 58% of the workers who will "
     "benefit, and men 46%.", "46%", "man"),
    # (poverty statistics) the state a share of a group lives in
    ("a state lived in", "In 2023, 30% of children lived in relative poverty.", "30%", "in relative poverty"),
    ("... before housing costs", "In 2023, 27% of children were in poverty before housing costs.", "27%",
     "in poverty before housing costs"),
    # (fiscal reports) a share of a whole that restates the amount before it is that amount's
    ("a share restating an amount", "Support measures cost EUR 7.3 billion in 2020, about 4.3% of GDP.",
     "about 4.3%", "support measures cost"),
    ("... after 'or'", "The budget is $2.1 billion, or 1.2% of GDP.", "1.2%", "budget"),
    ("accounted for, the verb left out after the first (air quality reports)", "Road transport accounted for 38% of "
     "emissions, residential heating for 29% and industry for 24%.", "29%", "residential heating"),
    ("are, no whole", "Up to 80 per cent are women.", "Up to 80 per cent", "woman"),
    # Two groups joined are a part of their own: "women and girls" (51%) is no figure for "women and children" (65%).
    ("are, two groups joined", "Up to 80 per cent are women and girls.", "Up to 80 per cent", "woman and girl"),
    # A state or an outcome after "were" (justice news): which part of the whole the share is.
    ("a state after were", "In 2023, 23% of prisoners were on remand.", "23%", "on remand"),
    ("an outcome after were", "In 2023, 12% of asylum decisions were appealed.", "12%", "appealed"),
    ("an adjective after were", "In 2023, 41% of asylum decisions were positive.", "41%", "positive"),
    ("a participle with more to say is left alone", "About 80% of victims were trafficked for sexual exploitation.",
     "About 80%", None),
    ("two groups joined before", "Women and girls account for 71% of all victims.", "71%", "woman and girl"),
    ("... another pair is another part", "Women and children make up 65% of the displaced.", "65%",
     "woman and child"),
    ("the words that say which part", "In 2020, health spending was 6.2% of GDP.", "6.2%", "health spending"),
    ("reached", "In 2020, health spending reached 5.8% of GDP.", "5.8%", "health spending"),
    ("a place after the measure is no part of it", "Pension spending in Italy was 16.3% of GDP in 2022.", "16.3%",
     "pension spending"),
    ("... nor a place's possessive before it", "Italy's pension spending was 16.3% of GDP in 2022.", "16.3%",
     "pension spending"),
    ("a fraction", "Nearly half of those killed were pedestrians.", "Nearly half", "pedestrian"),
    ("were, before the share and its whole", "Drivers were 38% of those killed.", "38%", "driver"),
    ("a level is no share of a part", "The rate was 5% in May.", "5%", None),
    ("an adjective is no part", "About 40% of voters are likely to abstain.", "About 40%", None),
    # what a share of respondents answered
    ("said they", "In a 2020 survey, 45% of respondents said they trust the police.", "45%", "trust police"),
    ("say that", "About 30% say that prices are too high.", "About 30%", "prices high"),
    ("said no", "About 60% of voters said no.", "About 60%", "no"),
    # a subset of what the sentence counted
    ("of whom", "Some 24.9 million people were in forced labour, of whom 4.8 million were in sexual exploitation.",
     "4.8 million", "exploitation"),
    ("including", "Floods hit 6 million homes, including 1.5 million in the delta.", "1.5 million", "delta"),
    ("a subset that does not say", "Police found 40 people, of whom 12 were freed.", "12", "part"),
    ("an amount of an amount", "Its budget was €48 million, of which €30 million came from the Global Fund.",
     "€30 million", "fund"),
    ("people right after a share", "Of the 1,200 victims identified, 27% women and 14% children.", "14%", "child"),
    ("people after a share, the whole before the verb", "The workforce is 27% women.", "27%", "woman"),
    ("the next item of a subset", "Some 50 million people were enslaved, of whom 28 million were in forced labour "
     "and 22 million in forced marriage.", "22 million", "marriage"),
    ("an item after a colon", "In 2021, 49.6 million people were enslaved: 27.6 million in forced labour and "
     "23 million in forced marriage.", "27.6 million", "labour"),
    ("one in four ... is a child", "One in four victims is a child.", "One in four", "child"),
    ("a share of a subset", "Police rescued 1,200 people, of whom 40% were children.", "40%", "child"),
    ("a share of an amount", "It cost $38 million, of which 60% came from a loan.", "60%", "loan"),
    ("a comparison is no subset", "In 2018 there were 1,245 new cases, up from 1,102.", "1,102", None),
    # (opinion polls) a sum over several polls is no one poll's sample
    # (apprenticeship surveys and statistics) the people a survey asked, and the part some means paid for
    ("a survey's sample", "A survey of 1,100 apprentices found most were satisfied.", "1,100", "sample"),
    # (energy efficiency evaluations)
    ("homes watched in a study", "Our monitoring of 3,100 grant-funded homes found bills fell.", "3,100", "sample"),
    ("homes in a field trial", "A field trial in 400 homes found savings of 30%.", "400", "sample"),
    # (cinema statistics) a count some hold together
    ("a sum over some", "The three largest chains operated 2,460 screens between them.", "2,460", "combined"),
    # (cinema statistics) an age group opening the sentence
    ("an age group's part", "People aged 16 to 24 accounted for 31.5 million admissions in 2023.", "31.5 million",
     "aged 16-24"),
    ("those paid for by some means", "In 2022/23, 235,900 starts were supported by levy funds.", "235,900",
     "supported by levy fund"),
    ("a combined sample", "The tracker pools 14 polls, with a combined sample of about 21,000 respondents.",
     "about 21,000", "combined"),
    # (student loan statistics) those who hold a part are that part's
    ("the holders of a part", "Direct Loans accounted for $1.44 trillion of the total, held by 37.8 million "
     "borrowers.", "37.8 million", "direct loan"),
    # (labour market releases) the place after the group is where, not a word of the group
    ("a group, then where", "The employment rate for women in Wales was 71.2%.", "71.2%", "woman"),
]


@pytest.mark.parametrize("sentence, span, part", [pytest.param(*row[1:], id=row[0]) for row in SHARE_PARTS])
def test_share_part(sentence, span, part):
    assert claim_with(sentence, span).part == part


# An age said with "younger than", "older than" or after "are": a bound on the age of the people before it.
@pytest.mark.parametrize("sentence, span, subject, lower, upper", [
    pytest.param("A fifth of patients are younger than 25.", "younger than 25", "patients", None, 25.0,
                 id="younger than"),
    pytest.param("Women older than 65 get 3 visits.", "older than 65", "Women", 65.0, None, id="older than"),
    pytest.param("One in five patients is under 25.", "under 25", "patients", None, 25.0, id="is under"),
    pytest.param("Most of its regular borrowers are over 65.", "over 65", "borrowers", 65.0, None,
                 id="people named by what they do, then over"),
    pytest.param("The leader, Mara Holt, 44, takes office.", "44", "Holt", 44.0, 44.0, id="a name, then an age"),
    pytest.param("The man, 34, was jailed for six years.", "34", "man", 34.0, 34.0, id="a person by what they are"),
])
def test_ages_with_a_comparison(sentence, span, subject, lower, upper):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit, claim.subject, claim.lower, claim.upper) == ("duration", "year", subject, lower,
                                                                                 upper)


def test_things_over_a_number_are_no_age():
    assert claim_with("Its orders are over 65.", "over 65").kind == "count"


def test_an_amount_of_an_amount_is_about_the_whole():
    claim = claim_with("Its budget was €48 million, of which €30 million came from the Global Fund.", "€30 million")
    assert claim.subject == "budget"


# The part a share is, named as what does something to the whole.
@pytest.mark.parametrize("sentence, span, part", [
    pytest.param("Wind generated 27% of the electricity in 2024.", "27%", "wind", id="generated"),
    pytest.param("Obesity affected 28% of adults.", "28%", "obesity", id="affected"),
    pytest.param("It took 30% of the budget.", "30%", None, id="a pronoun is no part"),
    pytest.param("Two-thirds of the 2022 deaths, 243, occurred on country roads.", "Two-thirds", "country roads",
                 id="where the share happened (road safety)"),
])
def test_the_part_that_acts_on_the_whole(sentence, span, part):
    assert claim_with(sentence, span).part == part


# Whose share of a whole a count is: the name that wins or holds it, or the label of a listing's item.
# (id, sentence, span, part)
OWNERS = [
    ("the name before 'won'", "The Green Party won 28 of the 51 seats.", "28", "green"),
    ("who a count of attacks befell (cyber-incident reports)", "In 2023 local government bodies were hit by 150 "
     "ransomware attacks.", "150", "local government body"),
    ("a carmaker that registered cars (car-market news)", "Voltara registered 61,200 electric cars in 2023.", "61,200",
     "voltara"),
    ("a vendor past an apposition holding a list (market research)", "Transsion, the maker of Tecno, Infinix and itel "
     "phones, shipped 28.6 million units.", "28.6 million", "transsion"),
    # (charity accounts) the last label of a listing, singular and in lower case, after labelled items
    ("the last label of a listing", "In 2022 income came from donations £21.4 million, grants £5.2 million and "
     "trading £4.9 million.", "£4.9 million", "trading"),
    ("the whole has no owner: it is all of them", "The Green Party won 28 of the 51 seats.", "51", "all"),
    ("some of a whole, named by what they were (democracy indices)", "Only 24 of the 167 countries were full "
     "democracies.", "24", "full democracy"),
    ("some of a whole, whatever was done to them", "Only 24 of the 150 seats were won by women.", "24", "some"),
    ("some of a whole named by its owner (cinema statistics)", "Members operate 28,400 of the nation's screens.",
     "28,400", "some"),
    ("... with the whole's number", "The chain operates 1,200 of the country's 4,000 pharmacies.", "1,200", "some"),
    ("a listing's labels", "Final results: Greens 28 seats, Labour 15 seats, the Liberals 5 seats.", "5", "liberal"),
    ("a lower-case plural label", "Labour won 15 seats, the Liberals 6 and independents 3.", "3", "independent"),
    ("a place is no owner", "Last year Mexico had 47 shelters.", "47", None),
    ("an auxiliary before the verb", "Chris Wood has scored 22 goals this season.", "22", "chris wood"),
    ("a source is no owner", "UNODC estimates 2.4 million victims.", "2.4 million", None),
    ("a word after a comma is no label", "The budget, worth some €950 million, was cut.", "some €950 million", None),
    ("a verb after a comma is no label", "The Greens won, taking 41.2% of the vote.", "41.2%", None),
    # What a named business, airport or sector did is its own figure, not the whole's.
    ("a setting after the noun", "There were 52,300 teachers in primary schools in 2023.", "52,300", "primary school"),
    ("a count of settings is no setting", "More than 500 schools in eight districts had a crossing.",
     "More than 500", None),
    ("some of the whole, named after the verb", "In March 2021, 3,200 of the prisoners were women.", "3,200", "woman"),
    ("all of the whole is the whole", "All 9,100 of the prisoners are men.", "9,100", None),
    ("an airport that handled", "Gatwick Airport handled 40.9 million passengers.", "40.9 million", "gatwick airport"),
    ("a sector that added", "Manufacturing added 28,000 jobs in November.", "28,000", "manufacturing"),
    ("an agent that owns nothing", "Employers added 204,000 jobs in November.", "204,000", None),
    ("a body's own budget (trafficking news)", "In Mexico, the special prosecutor's budget for 2019 is 182 million "
     "pesos.", "182 million pesos", "special prosecutor"),
    ("... and a campaign's", "The campaign's budget for 2019 is 14.5 million pesos.", "14.5 million pesos",
     "campaign"),
    ("a count that accounts for part of a whole (road deaths)", "In 2022, single-vehicle crashes accounted for 563 "
     "deaths.", "563", "single-vehicle crash"),
    ("... the sentence's subject, before ', accounting for' (helpline reports)", "Labour exploitation remained the "
     "most reported type, accounting for 1,716 potential victims.", "1,716", "labour exploitation"),
    ("... and a share", "Road transport was the biggest source, accounting for 38% of emissions.", "38%",
     "road transport"),
    ("... but a place is the figure's place", "Germany was the largest market, accounting for 25% of sales.", "25%",
     None),
    ("... and an amount", "Exports accounted for $3 billion of revenue.", "$3 billion", "export"),
    ("a public body counts for its country (asylum reports)", "In 2023, the Office received 329,120 applications.",
     "329,120", None),
    ("a place after 'in' is no owner", "In 2022 households in Lanmore produced 250,000 tonnes of waste.",
     "250,000 tonnes", None),
    ("a party on a share of a poll", "Labour is on 38% in the latest poll.", "38%", "labour"),
    ("a party 'with ... on' seats", "The Greens won 22 seats, with Labour on 12.", "12", "labour"),
    # What the subject is for, on or with: which spending, whose support (local government, polls).
    ("spending on a service", "Spending on libraries will be £4.2 million in 2024-25.", "£4.2 million", "library"),
    ("support for a party", "Support for the Greens stands at 32%.", "32%", "green"),
    ("a budget for a purpose", "The budget for roads was £9m.", "£9m", "road"),
    ("a complement that is a time is no part", "Spending on average was £40.", "£40", None),
    ("a place is the place, not a part", "Spending in Norland was £4m.", "£4m", None),
    ("what the subject is in, in lower case (child labour statistics)", "The number of children in hazardous work "
     "fell to 740,000 in 2019.", "740,000", "hazardous work"),
    ("an owner before an apposition", "Orlair, the national flag carrier, flew 18.6 million passengers in 2023.",
     "18.6 million", "orlair"),
    # (transport statistics) a service named by a common noun carries its own passengers, not all of them
    ("an owner with its initials in brackets", "Valdorian State Railways (VSR) carried 412 million passengers.",
     "412 million", "valdorian state railway"),
    # (hospital statistics) those waiting past a threshold are a group of their own
    ("a threshold waited past", "In March, 19,200 patients had waited more than 52 weeks.", "19,200",
     "waiting over 52 weeks"),
    ("a threshold of what a group does (social care)", "Around 1.5 million carers provide more than 50 hours of care "
     "a week.", "Around 1.5 million", "provide over 50 hours"),
    ("... and its hours are its bound", "Around 1.5 million carers provide more than 50 hours of care a week.",
     "more than 50 hours", "provide over 50 hours"),
    ("... not a span over which it was done", "The programme trained 500 nurses over three years.", "500", None),
    # (beekeeping statistics) a group defined by how many each has
    ("a threshold of what each has", "Only about 1,100 keep more than 150 colonies.", "about 1,100",
     "keep over 150 colonies"),
    ("... and the count is its bound", "Some 8,200 firms employ more than 250 staff.", "more than 250",
     "employ over 250 staff"),
    ("... but not a total shared by fewer", "The 12 hospitals have more than 4,000 beds.", "more than 4,000", None),
    # (food bank and ferry reports) a count of two kinds, a cause, a named route
    ("a count of two kinds of thing", "It supported 2,300 food banks and community food projects.", "2,300",
     "with community food project"),
    ("... but not the next figure's noun", "Some 1,200 people and 300 vehicles crossed.", "Some 1,200", None),
    ("those a cause accounts for", "The operator cancelled 1,829 sailings because of bad weather.", "1,829",
     "due to bad weather"),
    ("those of a named route", "In 2023, 611 sailings were cancelled on the Inchmurra route.", "611", "inchmurra route"),
    ("those who answered a survey", "Of the 64 groups that responded to our survey, 81% agreed.", "64", "sample"),
    ("... named before the count", "The number of patients waiting over 78 weeks was 1,450.", "1,450",
     "waiting over 78 weeks"),
    ("what is the most common, with its count (cancer statistics)", "In Scotland, lung cancer was the most common "
     "cancer, with 5,120 new cases in 2022.", "5,120", "lung cancer"),
    ("... a name, past a comma", "Lanmore remains the largest market, with 2.1 million customers.", "2.1 million",
     "lanmore"),
    ("a local body's own count (hospital statistics)", "The trust's waiting list stood at 412,300 in March 2023.",
     "412,300", "trust"),
    ("a service that carried a count", "The metro carried 438 million passengers in 2023.", "438 million", "metro"),
    ("... after a possessive", "The city's buses carried 108 million passengers in 2023.", "108 million", "bus"),
    ("... as a rate", "The tramway carries 65.7 million passengers a year.", "65.7 million", "tramway"),
    # (cancer statistics) which cancer a survival figure is for, however the sentence puts it
    ("what a measure is for, before a group", "Five-year net survival for breast cancer in women was 86.4%.", "86.4%",
     "breast cancer"),
    ("... fronted", "For breast cancer, five-year net survival was 88.9%.", "88.9%", "breast cancer"),
    ("... all of them", "Five-year net survival for all cancers combined was 52.3%.", "52.3%", "all"),
    ("... but not an example", "For example, the rate was 5%.", "5%", None),
    # (chip industry) whose revenue a figure is, and which
    ("whose a bare measure is, after 'of'", "Revenue of the top ten foundries reached $30.5 billion.",
     "$30.5 billion", "top ten foundry"),
    ("... but not a place's", "The population of Lanmore was 50,000.", "50,000", None),
    ("... and the level its change started from", "Revenue of the top ten foundries reached $30.5 billion, up 7.9% "
     "from $28.3 billion.", "$28.3 billion", "top ten foundry"),
    ("what a wait is for (transplant statistics)", "In 2022 the median wait for a kidney transplant was 529 days.",
     "529 days", "kidney transplant"),
    ("... but not the whole network", "The network carried 612 million passengers in 2023.", "612 million", None),
    # (fraud reports) money lost to one kind of fraud is a part of all that was lost
    ("what money was lost to", "Consumers lost €162 million to investment scams in 2023.", "€162 million",
     "investment scam"),
    ("... through, in the passive", "€162 million was lost through investment scams in 2023.", "€162 million",
     "investment scam"),
    ("... the next loss, its verb left out", "€162 million was lost through investment scams and €71 million "
     "through impersonation scams.", "€71 million", "impersonation scam"),
    ("... in a listing", "Victims lost €162 million to investment scams, €71 million to impersonation scams and "
     "€20 million to romance fraud.", "€20 million", "romance fraud"),
]


@pytest.mark.parametrize("sentence, span, part", [pytest.param(*row[1:], id=row[0]) for row in OWNERS])
def test_owner_part(sentence, span, part):
    assert claim_with(sentence, span).part == part


# A company's money, market share and customers are its own: the company is the figure's entity, so another
# company's figure is another figure, and one that names no company may be the same (business news, unseen corpora).
# (id, sentence, span, entity)
COMPANIES = [
    ("a company's possessive revenue", "Orbis's revenue rose to $5.2 billion in 2023.", "$5.2 billion", "Orbis"),
    ("a company that had a share", "Orbis had a 28% market share in 2023.", "28%", "Orbis"),
    ("a company that reported revenue", "Orbis reported revenue of $5.2 billion for 2023.", "$5.2 billion", "Orbis"),
    ("a chain's stores", "Halvard has 412 stores.", "412", "Halvard"),
    ("a company of two words that announced its results today (chip industry)", "Valtrion Semiconductor today "
     "announced consolidated revenue of $19.6 billion for the fourth quarter.", "$19.6 billion", "Valtrion Semiconductor"),
    ("a product's sales in a market (drug sales)", "Cardiovex had US sales of $11.6 billion in 2023.", "$11.6 billion",
     "Cardiovex"),
    ("a country's emissions are no company's", "In 2020 Estravia's greenhouse-gas emissions fell to 51 million "
     "tonnes.", "51 million tonnes", None),
    ("nor an invented place's rate", "Norland had a 5% unemployment rate.", "5%", None),
    # (inflation releases) the programme a figure is of, not the ministry that reports it
    ("... nor one whose latest figures show it", "Northshire's waiting list reached 438,900 in March, the "
     "Integrated Care Board's latest figures show.", "438,900", None),
    ("a source after 'according to' is no entity", "The Cost-of-Living Payment reached 1.42 million households in "
     "2023, according to the Ministry of Social Affairs.", "1.42 million", "Cost-of-Living Payment"),
]


@pytest.mark.parametrize("sentence, span, entity", [pytest.param(*row[1:], id=row[0]) for row in COMPANIES])
def test_company_entity(sentence, span, entity):
    assert claim_with(sentence, span).entity == entity


def test_it_stands_for_the_subject_of_the_sentence_before():
    # (transport statistics) "it" as the subject of a figure's verb is what the sentence before measured
    claims = [c for c in extract("Train punctuality stood at 89.6% in 2022. In 2023 it reached 87.9%.\n\n"
                                 "It was 5% lower.") if c.kind == "percent"]
    assert [(c.text, c.subject) for c in claims] == [
        ("89.6%", "train punctuality"), ("87.9%", "train punctuality"), ("5%", None)]


def test_it_stands_for_the_figure_before_it_in_its_own_sentence():
    # (maternal health) not the subject of the sentence before, which counted other deaths
    claims = [c for c in extract("In 2021, 14,100 neonatal deaths were recorded. In Zambia, the maternal mortality "
                                 "ratio is 213 per 100,000 live births, and in Mozambique it is 289.")
              if c.kind == "count"]
    assert [(c.text, c.subject) for c in claims] == [
        ("14,100", "neonatal deaths"), ("213 per 100,000", "maternal mortality ratio"),
        ("289", "maternal mortality ratio")]


@pytest.mark.parametrize("sentence, span, subject", [
    pytest.param("Scotland had 96 deceased donors in 2022, Wales 67 and Northern Ireland 41.", "67", "deceased donors",
                 id="places listed after the first, noun and verb left out (transplant statistics)"),
    pytest.param("Gross margin was 53.0% in the fourth quarter and 54.4% for the full year 2023.", "54.4%",
                 "gross margin", id="a second period (results releases)"),
    pytest.param("The town has 5,000 residents and 12 schools.", "12", "schools", id="a noun of its own"),
])
def test_a_listing_that_leaves_out_noun_and_verb(sentence, span, subject):
    assert claim_with(sentence, span).subject == subject


def test_a_listing_that_leaves_out_its_noun_keeps_it():
    claim = claim_with("Labour won 15 seats, the Liberals 6 and independents 3.", "6")
    assert (claim.subject, claim.part) == ("seats", "liberal")


def test_a_number_between_commas_after_a_plain_word_is_no_age():
    assert claim_with("In March, 44 people died.", "44").kind == "count"


@pytest.mark.parametrize("sentence, span, subject", [
    pytest.param("Of the 1,200 victims identified, 27% women and 14% children.", "27%", "victims", id="the count before"),
    pytest.param("The workforce is 27% women.", "27%", "workforce", id="the noun before the verb"),
])
def test_a_share_made_of_people_is_of_its_whole(sentence, span, subject):
    assert claim_with(sentence, span).subject == subject



# A list of key figures: each figure is named by the label before its colon.
@pytest.mark.parametrize("sentence, span, subject", [
    pytest.param("- Water treatment plants in operation: 214", "214", "Water treatment plants", id="a bullet"),
    pytest.param("Budget executed: 2.1 billion pesos (92% of the allocation)", "2.1 billion pesos", "Budget",
                 id="money"),
    pytest.param("Leakage rate: 31% (2021: 34%)", "34%", "Leakage rate", id="the same measure in another year"),
])
def test_a_labelled_figure(sentence, span, subject):
    assert claim_with(sentence, span).subject == subject


def test_a_figure_in_brackets_after_an_amount_is_no_label():
    assert claim_with("Budget executed: 2.1 billion pesos (92% of the allocation)", "92%").subject == "allocation"


@pytest.mark.parametrize("sentence, span, subject", [
    pytest.param("The harvest rose to 3.4 million tonnes this year, up 21% on last year.", "21%", "harvest",
                 id="a change after a level"),
    pytest.param("The 2023 maize crop is estimated at 3.4 million tonnes, 12% more than in 2022.",
                 "estimated at 3.4 million tonnes", "maize crop", id="is estimated at"),
    pytest.param("Annual revenue of €1.84 billion was up 21% on the previous year.", "21%", "revenue",
                 id="the level's verb before the change"),
    pytest.param("Subscribers rose to 4.2 million at the end of 2023, up from 3.9 million at the end of 2022, an "
                 "increase of 8%.", "8%", "Subscribers", id="after two levels and their dates"),
    pytest.param("The council spent £182 million on temporary accommodation in 2023/24, up 27% from £143 million.",
                 "27%", "temporary accommodation", id="after a financial year"),
])
def test_a_change_after_a_level_is_of_its_subject(sentence, span, subject):
    assert claim_with(sentence, span).subject == subject


def test_list_items_labelled_by_place_count_what_the_lead_in_line_names():
    """(museum statistics) "- Wales: 4.3 million" under "Visits to member sites by nation, 2023:": visits in Wales."""
    text = "Visits to member sites by nation, 2023:\n\n- England: 58.9 million\n- Wales: 4.3 million\n"
    claims = [c for c in extract(text, published="2024-03-01") if c.kind == "count"]
    assert [(c.subject, c.place, c.period) for c in claims] == [("Visits", "England", "2023"), ("Visits", "Wales", "2023")]


def test_a_list_label_that_ends_in_a_number_word_is_a_name():
    """(parcel markets) "- Courier One: 18%": the firm's share, whose name ends in "One"."""
    [share] = extract("- Courier One: 18%")
    assert share.subject == "Courier One"
