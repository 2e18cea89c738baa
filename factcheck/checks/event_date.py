"""event-date: one event, two dates; and "first in the world" against "first in the region".

Flags:
    A named campaign, law, programme or structure whose launch, adoption or passage
    documents date differently: "In April 2010, Mexico became the first country in the
    world to launch the campaign" against "After its reform in 2014, we endorsed the
    campaign, becoming the first country in the region to do so". The finding lists the
    dates and the primacy claims ("the first in the world", "the first in Latin America")
    about the same act. Plans (dated after their document) and relaunches are other events.
Why it matters:
    An event has one date however late a document reports it; a wrong date or a
    shrunken claim to primacy usually means one source rewrote history.
Example:
    "The Safe Crossings initiative was launched in March 2015." against "Valdoria joined
    the Safe Crossings initiative in 2018."
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, name
from .timeline import describe, event_disagreements


class EventDate(Check):
    id = "event-date"
    severity = "error"
    examples = [
        Example("a stage of two studies is no thing of its own (clinical trials)", {
            "a.md": "---\npublished: 2023-03-14\n---\nThe Phase 2 ORION-1 study, completed in 2018, enrolled 612 "
                    "patients.\n",
            "b.md": "---\npublished: 2022-10-05\n---\nThe Phase 2 study of NRV-301, completed in 2020, enrolled 1,012 "
                    "adults.\n",
        }, False),
        # (household surveys: rounds of one series)
        Example("a year that names an earlier edition is no date of this one's publication (sport business)", {
            "a.md": "---\npublished: 2024-10-16\n---\nIn the Deloitte Football Money League 2024, published in January, "
                    "Rovers ranked 14th, up from 16th in the 2023 edition.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nThis year's Deloitte Football Money League was published in "
                    "January 2024.\n",
        }, False),
        Example("'The helpline, which was launched in' refers to the one named before (helplines)", {
            "a.md": "---\npublished: 2023-04-12\n---\nThe National Gambling Helpline was launched in 2009.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nGamHelp runs the National Gambling Helpline. The helpline, which "
                    "was launched in 2011, takes thousands of calls a year.\n",
        }, True, ("2009", "2011")),
        Example("... and 'Launched in 2003, the programme'", {
            "a.md": "---\npublished: 2023-06-10\n---\nThe Black Rhino Range Expansion Programme restores habitats. "
                    "Launched in 2003, the programme has established 14 new populations.\n",
            "b.md": "---\npublished: 2023-07-01\n---\nThe Black Rhino Range Expansion Programme was launched in 2006.\n",
        }, True, ("2003", "2006")),
        Example("'Since X launched in' dates the launch (helplines)", {
            "a.md": "---\npublished: 2023-03-14\n---\nThe Northmoor Crisis Line was launched in 2017.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nSince the Northmoor Crisis Line launched in 2015, it has taken a "
                    "million calls.\n",
        }, True, ("2017", "2015")),
        Example("a one-word name with its number (space missions)", {
            "a.md": "---\npublished: 2024-03-10\n---\nKestrel-1 was launched on 14 March 2021.\n",
            "b.md": "---\npublished: 2024-01-03\n---\nKestrel-1 was launched on 14 March 2022.\n",
        }, True, ("14 March 2021", "14 March 2022")),
        Example("a patent's expiry (drug prices)", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe patent on Cardiovex expires in 2029.\n",
            "b.md": "---\npublished: 2024-01-22\n---\nThe patent on Cardiovex expires in 2027.\n",
        }, True, ("2029", "2027")),
        Example("... and two patents' expiries", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe patent on Cardiovex expires in 2029.\n",
            "b.md": "---\npublished: 2024-01-22\n---\nThe patent on Pulmadine expires in 2027.\n",
        }, False),
        Example("a baseline year is no launch (health strategies)", {
            "a.md": "---\npublished: 2023-04-25\n---\nThe National Malaria Strategic Plan, launched in 2021, aims to cut "
                    "deaths by 50% by 2025 against a 2020 baseline.\n",
            "b.md": "---\npublished: 2023-09-14\n---\nThe National Malaria Strategic Plan was launched in 2021.\n",
        }, False),
        Example("a launch told in a which-clause after 'the review of' the thing (telecoms policy)", {
            "a.md": "---\npublished: 2023-05-10\n---\nThe minister released the review of the National Broadband "
                    "Strategy, which was launched in 2018.\n",
            "b.md": "---\npublished: 2023-06-30\n---\nThe National Broadband Strategy was launched in 2019.\n",
        }, True, ("2018", "2019")),
        Example("a name described by the participle before a stronger name (situation reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe Flash Appeal was launched on 20 February 2024.\n",
            "b.md": "---\npublished: 2024-03-15\n---\nFamily Lifeline Plus, launched in 2019, is not counted against the "
                    "Flash Appeal.\n",
        }, False),
        Example("... and two years for its launch", {
            "a.md": "---\npublished: 2024-03-01\n---\nFamily Lifeline Plus was launched in 2019.\n",
            "b.md": "---\npublished: 2024-03-15\n---\nFamily Lifeline Plus, launched in 2021, has received funds from the "
                    "Regional Development Bank.\n",
        }, True, ("2019", "2021")),
        Example("two rounds of one survey are two events", {
            "a.md": "---\npublished: 2021-03-02\n---\nThe fourth National Family Health Survey was conducted in 2015.\n",
            "b.md": "---\npublished: 2021-09-20\n---\nThe fifth National Family Health Survey was conducted in 2019.\n",
        }, False),
        Example("... but one round fielded in two years is a conflict", {
            "a.md": "---\npublished: 2021-03-02\n---\nThe third Marovia Child Labour Survey was conducted in 2019.\n",
            "b.md": "---\npublished: 2021-09-20\n---\nThe third Marovia Child Labour Survey was fielded in 2018.\n",
        }, True, ("2019", "2018")),
        Example("'It' is what the sentence before named (programme briefs)", {
            "a.md": "---\npublished: 2020-06-12\n---\nThe Familia Segura programme was launched in 2012.\n",
            "b.md": "---\npublished: 2021-03-02\n---\nFamilia Segura is the main cash transfer programme. It was "
                    "launched in 2014 to reduce poverty.\n",
        }, True, ("2012", "2014")),
        # (energy news: work on a thing starts before the thing does)
        Example("construction of a plant begins before the plant is commissioned", {
            "a.md": "---\npublished: 2023-03-22\n---\nConstruction of the Marra Solar Park began in 2019.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nThe Marra Solar Park was commissioned in 2021.\n",
        }, False),
        Example("a review of a programme is launched after the programme", {
            "a.md": "---\npublished: 2023-03-22\n---\nThe Feed-in Tariff Programme was launched in 2014.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nIn 2016 the government launched a review of the Feed-in Tariff "
                    "Programme.\n",
        }, False),
        # (trafficking and humanitarian reports: every country has its national plan)
        Example("two countries' plans of one name are two plans", {
            "a.md": "---\npublished: 2024-02-15\n---\nNigeria's National Action Plan on Human Trafficking was launched "
                    "on 12 July 2022.\n",
            "b.md": "---\npublished: 2024-01-22\n---\nGhana's National Action Plan on Human Trafficking was launched in "
                    "March 2017.\n",
        }, False),
        Example("a hotline launched beside a campaign it is cited with (trafficking news)", {
            "a.md": "---\npublished: 2019-09-23\n---\nOfficials cited the Blue Heart Campaign and the National "
                    "Anti-Trafficking Hotline, launched in 2013.\n",
            "b.md": "---\npublished: 2018-04-10\n---\nThe Blue Heart Campaign was launched in Mexico in April 2010.\n",
        }, False),
        Example("a plan named without its country is the one country's on record", {
            "a.md": "---\npublished: 2024-02-15\n---\nNigeria's National Action Plan on Human Trafficking was launched "
                    "in July 2022.\n",
            "b.md": "---\npublished: 2024-01-22\n---\nThe National Action Plan on Human Trafficking was launched in "
                    "March 2021.\n",
        }, True, ("July 2022", "March 2021")),
        Example("... and one country's plan, named two ways", {
            "a.md": "---\npublished: 2024-02-15\n---\nNigeria's National Action Plan on Human Trafficking was launched "
                    "in July 2022.\n",
            "b.md": "---\npublished: 2024-01-22\n---\nThe National Action Plan on Human Trafficking in Nigeria was "
                    "launched in March 2021.\n",
        }, True, ("July 2022", "March 2021")),
        Example("launched 2015 vs joined 2018", {
            "a.md": "---\npublished: 2015-03-16\n---\nIn March 2015, Valdoria became the first country in the world to launch the Safe Crossings Initiative.\n",
            "b.md": "---\npublished: 2019-02-11\n---\nAfter a reform of its traffic law in 2018, Valdoria joined the Safe Crossings Initiative, becoming the first country in its region to do so.\n",
        }, True, ("March 2015", "2018")),
        Example("same launch year in two documents agrees", {
            "a.md": "---\npublished: 2015-03-16\n---\nThe Clean Rivers Campaign was launched in March 2015.\n",
            "b.md": "---\npublished: 2016-01-10\n---\nThe Clean Rivers Campaign, launched in 2015, now covers eight districts.\n",
        }, False),
        Example("a founding 'c. 1520' allows a year a few years off", {
            "a.md": "---\npublished: 2020-01-01\n---\nSt Anne's Abbey was founded c. 1520.\n",
            "b.md": "---\npublished: 2021-01-01\n---\nSt Anne's Abbey was founded in 1522.\n",
        }, False),
        Example("... but not one a generation off", {
            "a.md": "---\npublished: 2020-01-01\n---\nSt Anne's Abbey was founded c. 1520.\n",
            "b.md": "---\npublished: 2021-01-01\n---\nSt Anne's Abbey was founded in 1548.\n",
        }, True, ("c. 1520", "1548")),
        Example("an acquisition dated two ways", {
            "a.md": "---\npublished: 2023-01-01\n---\nHalvern Instruments acquired Brisk Optics in 2009.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nHalvern Instruments acquired Brisk Optics in 2011.\n",
        }, True, ("2009", "2011")),
        Example("a building's completion and its opening are two acts", {
            "a.md": "---\npublished: 2023-01-01\n---\nThe Orrin Lighthouse was built in 1867.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nThe Orrin Lighthouse opened in 1869.\n",
        }, False),
        Example("a founder's life dates are no founding, nor is the founder what was founded", {
            "a.md": "---\npublished: 2023-01-01\n---\nHalvern Instruments was founded by Paul Halvern (1919–1987) in "
                    "1946.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nHalvern Instruments was founded in 1948.\n",
        }, True, ("1946", "1948")),
        Example("an end of publication is no first issue", {
            "a.md": "---\npublished: 2023-01-01\n---\nThe Varnholt Gazette was first published in 1880.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nThe Varnholt Gazette ceased publication in 1999.\n",
        }, False),
        Example("two lines named by their numbers", {
            "a.md": "---\npublished: 2023-01-01\n---\nMetro Line 1 opened in 1998.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nMetro Line 2 opened in 2019.\n",
        }, False),
        Example("a capitalised event word inside a name is no event", {
            "a.md": "---\npublished: 2024-03-01\n---\nDravinia ranked fifth in the 2022 Open Budget Index.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nDravinia ranked third in the 2023 Open Budget Index.\n",
        }, False),
        Example("an act dated in a 'Since ...' clause with its own verb", {
            "a.md": "---\npublished: 2023-01-01\n---\nSince the Marriage Act was amended in July 2019, registrars have "
                    "refused 400 requests.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nThe Marriage Act was amended in September 2019.\n",
        }, True, ("July 2019", "September 2019")),
        Example("a law adopted in one year and passed in another", {
            "a.md": "---\npublished: 2018-02-15\n---\nThe Anti-Trafficking Act was passed by Parliament in June 2012.\n",
            "b.md": "---\npublished: 2018-07-11\n---\nThe Anti-Trafficking Act, adopted in 2011, set up 12 shelters.\n",
        }, True, ("June 2012", "2011")),
        Example("a later date after another verb is no second passing", {
            "a.md": "---\npublished: 2018-02-15\n---\nThe Anti-Trafficking Act was passed by Parliament in June 2012 and "
                    "entered into force in January 2013.\n",
            "b.md": "---\npublished: 2018-07-11\n---\nThe Anti-Trafficking Act was passed in 2012.\n",
        }, False),
        Example("the main clause's later date is no second launch", {
            "a.md": "---\npublished: 2023-02-15\n---\nThe Rural Roads Programme was launched in 2016.\n",
            "b.md": "---\npublished: 2023-07-11\n---\nThe Rural Roads Programme, launched in 2016, was expanded to "
                    "the north in 2022.\n",
        }, False),
        Example("nor a second founding", {
            "a.md": "---\npublished: 2023-02-15\n---\nThe Ecology Party was founded in 1983.\n",
            "b.md": "---\npublished: 2023-07-11\n---\nThe Ecology Party, which was founded in 1983, entered "
                    "parliament in 1994.\n",
        }, False),
        Example("a date twelve years after the creation is not the creation's", {
            "a.md": "---\npublished: 2007-06-01\n---\nThe Estancias Infantiles programme was created in 2007.\n",
            "b.md": "---\npublished: 2023-05-01\n---\nThe Estancias Infantiles programme was eliminated in 2019, "
                    "twelve years after it was created.\n",
        }, False),
        Example("two members' accessions are two events", {
            "a.md": "---\npublished: 2024-04-01\n---\nFinland joined the North Atlantic Treaty Organization in 2023. "
                    "Sweden joined the North Atlantic Treaty Organization in 2024.\n",
        }, False),
        Example("one member's accession, two dates", {
            "a.md": "---\npublished: 2024-04-01\n---\nFinland joined the North Atlantic Treaty Organization in 2023.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nFinland joined the North Atlantic Treaty Organization in 2022.\n",
        }, True, ("2023", "2022")),
        Example("two laws whose names share their first words", {
            "a.md": "---\npublished: 2019-04-01\n---\nThe Ley General de Víctimas entered into force on 9 January 2013.\n",
            "b.md": "---\npublished: 2019-04-02\n---\nThe Ley General en Materia de Desaparición entered into force on 16 "
                    "January 2018.\n",
        }, False),
        Example("a planned relaunch is another event", {
            "a.md": "---\npublished: 2015-03-16\n---\nThe Clean Rivers Campaign was launched in March 2015.\n",
            "b.md": "---\npublished: 2021-05-12\n---\nA renovated version of the Clean Rivers Campaign will be launched in 2022.\n",
        }, False),
        Example("'the literacy campaign' refers to the corpus's National Literacy Campaign", {
            "a.md": "---\npublished: 2022-09-05\n---\nThe National Literacy Campaign, launched in 2015, has taught "
                    "820,000 adults to read.\n",
            "b.md": "---\npublished: 2022-11-14\n---\nThe literacy campaign started in 2016, a year later than "
                    "officials claim.\n",
        }, True, ("2015", "2016")),
        Example("a described thing that the corpus does not name is not guessed", {
            "a.md": "---\npublished: 2022-09-05\n---\nThe National Literacy Campaign was launched in 2015.\n",
            "b.md": "---\npublished: 2022-11-14\n---\nThe numeracy campaign started in 2016.\n",
        }, False),
        Example("'opened on Sunday' is the Sunday before the story", {
            "a.md": "---\npublished: 2022-12-12\n---\nThe Crosstown Line opened on Sunday, two years late.\n",
            "b.md": "---\npublished: 2023-12-15\n---\nThe Crosstown Line, which opened in December 2021, carried 71 "
                    "million passengers in its first year.\n",
        }, True, ("December 2021",)),
        Example("... and agrees with the month it falls in", {
            "a.md": "---\npublished: 2022-12-12\n---\nThe Crosstown Line opened on Sunday, two years late.\n",
            "b.md": "---\npublished: 2023-12-15\n---\nThe Crosstown Line, which opened in December 2022, carried 71 "
                    "million passengers in its first year.\n",
        }, False),
        Example("two different laws, two dates", {
            "a.md": "---\npublished: 2013-01-01\n---\nThe Water Safety Act was passed in 2007 and the Coastal Safety Act was passed in 2012.\n",
            "b.md": "---\npublished: 2014-01-01\n---\nThe Coastal Safety Act was passed in 2012.\n",
        }, False),
        Example("a regulator that approved two drugs is not one event", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Lenmark Drug Authority approved Corvexa on December 8, 2023.\n",
            "b.md": "---\npublished: 2024-06-10\n---\nThe Lenmark Drug Authority approved Relinatide on May 9, 2024.\n",
        }, False),
        Example("one drug approved on two dates", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Lenmark Drug Authority approved Corvexa on December 8, 2023.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nThe Lenmark Drug Authority approved Corvexa on December 12, 2023.\n",
        }, True, ("December 8, 2023", "December 12, 2023")),
        Example("a hospital that opened a new wing did not open again", {
            "a.md": "---\npublished: 2024-01-10\n---\nSt Anne's Hospital opened in 1985.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nSt Anne's Hospital opened a new cancer wing in 2021.\n",
        }, False),
        Example("two facilities on one street are two things", {
            "a.md": "---\npublished: 2024-01-10\n---\nHarbour Street library opened in 1962.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nHarbour Street swimming pool opened in 1964.\n",
        }, False),
        Example("a solar farm named by one word, opened in two years", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Dunmere solar farm opened on 12 March 2021.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nThe Dunmere solar farm opened in March 2022.\n",
        }, True, ("12 March 2021", "March 2022")),
        Example("two farms, each opened once", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Dunmere solar farm opened in 2021.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nThe Halvik wind farm opened in 2019.\n",
        }, False),
        Example("a tram line named by one word, launched in two years", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Wexmoor tram line was launched in 2018.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nThe Wexmoor tram line was launched in 2019.\n",
        }, True, ("2018", "2019")),
        Example("two plans for one closure", {
            "a.md": "---\npublished: 2024-06-01\n---\nHarbour Street library will close on 30 September 2024.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nHarbour Street library will close on 31 October 2024.\n",
        }, True, ("30 September 2024", "31 October 2024")),
        Example("a plan and what came true are not two accounts of one fact", {
            "a.md": "---\npublished: 2024-06-01\n---\nHarbour Street library will close on 30 September 2024.\n",
            "b.md": "---\npublished: 2024-12-02\n---\nHarbour Street library closed on 31 October 2024.\n",
        }, False),
        Example("'close to' a figure is no closure", {
            "a.md": "---\npublished: 2021-04-20\n---\nIn Amberley, the National Museum drew close to 345,000 visitors in 2010.\n",
            "b.md": "---\npublished: 2023-09-10\n---\nIn Amberley, the National Museum drew close to 319,000 visitors in 2016.\n",
        }, False),
        Example("a law that came into force on two dates", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Sentencing Act came into force in April 2020.\n",
            "b.md": "---\npublished: 2024-01-12\n---\nThe Sentencing Act took effect in 2021.\n",
        }, True, ("April 2020", "2021")),
        Example("a census held on two days", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Velmora Census was held on 12 September 2021.\n",
            "b.md": "---\npublished: 2024-01-12\n---\nThe Velmora Census was held on 19 September 2021.\n",
        }, True, ("12 September 2021", "19 September 2021")),
        Example("a date of another clause is not a later event's, which has its own (results releases)", {
            "a.md": "---\npublished: 2024-04-18\n---\nHelen Ashcroft, who became chief executive in 2021, praised the "
                    "Marlow Rewards scheme, which the retailer launched in 2017.\n",
            "b.md": "---\npublished: 2024-04-18\n---\nThe Marlow Rewards scheme was launched in 2017.\n",
        }, False),
        Example("a storm's landfall on two days (disaster reports)", {
            "a.md": "---\npublished: 2024-01-24\n---\nHurricane Marisol made landfall in Florida on 28 August 2023.\n",
            "b.md": "---\npublished: 2024-02-15\n---\nHurricane Marisol made landfall in Florida on 30 August 2023.\n",
        }, True, ("28 August 2023", "30 August 2023")),
        Example("a one-word name with an inner capital, and 'since its launch in' (insurance news)", {
            "a.md": "---\npublished: 2023-07-20\n---\nFloodSure was launched in 2016.\n",
            "b.md": "---\npublished: 2023-11-10\n---\nSince its launch in 2018, FloodSure has paid out EUR 1.1 "
                    "billion.\n",
        }, True, ("2016", "2018")),
        Example("a launch and an extension since (bus fares)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Hopper scheme was launched in January 2022 and has since been "
                    "extended to the end of 2024.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nThe Hopper scheme was launched in January 2022.\n",
        }, False),
        Example("two deadlines after one publication date (river pollution)", {
            "a.md": "---\npublished: 2024-05-14\n---\nThe Clean Rivers Strategy was published in August 2022 and aims to end "
                    "harm from overflows by 2050.\n",
            "b.md": "---\npublished: 2025-03-27\n---\nThe Clean Rivers Strategy was published in August 2022 and aims to "
                    "improve overflows near beaches by 2035.\n",
        }, False),
        Example("a policy named in small letters, two dates in one country (alcohol policy)", {
            "a.md": "---\ntitle: Alcohol pricing in Scotland\npublished: 2024-03-01\n---\nMinimum unit pricing was "
                    "introduced in May 2018.\n",
            "b.md": "---\ntitle: Alcohol deaths in Scotland\npublished: 2024-03-02\n---\nMinimum unit pricing was "
                    "introduced in May 2019.\n",
        }, True, ("May 2018", "May 2019")),
        Example("... a vaccine named by initials (cancer screening)", {
            "a.md": "---\npublished: 2023-12-05\n---\nThe HPV vaccine was introduced in Scotland in 2008.\n",
            "b.md": "---\npublished: 2023-06-20\n---\nThe HPV vaccine was introduced in Scotland in 2010.\n",
        }, True, ("2008", "2010")),
        Example("... the same policy in two countries", {
            "a.md": "---\ntitle: Alcohol pricing in Scotland\npublished: 2024-03-01\n---\nMinimum unit pricing was "
                    "introduced in May 2018.\n",
            "b.md": "---\ntitle: Alcohol policy review\npublished: 2024-03-02\n---\nIn Wales, minimum unit pricing "
                    "was introduced in March 2020.\n",
        }, False),
        Example("... and rules that are only new", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe new rules were introduced in 2020.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nThe new rules were introduced in 2022.\n",
        }, False),
        Example("a hyphenated name at a sentence's start (childcare schemes)", {
            "a.md": "---\npublished: 2024-03-05\n---\nTax-Free Childcare was launched in April 2017.\n",
            "b.md": "---\npublished: 2024-03-12\n---\nTax-Free Childcare was launched in April 2016.\n",
        }, True, ("April 2017", "April 2016")),
        Example("a name with its city before it, and without (bus fares)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe Manchester Hopper scheme was launched in 2019.\n",
            "b.md": "---\npublished: 2024-04-01\n---\nThe Hopper scheme, launched in 2021, now covers Salford.\n",
        }, True, ("2019", "2021")),
        Example("... but two cities' events of one kind", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe London Marathon was first held in 1981.\n",
            "b.md": "---\npublished: 2024-04-01\n---\nThe Boston Marathon was first held in 1897.\n",
        }, False),
        Example("a company that launched two of its products (tech news)", {
            "a.md": "---\npublished: 2024-02-20\n---\nSamsung Electronics launched its first foldable phone in 2019.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nSamsung Electronics launched its Galaxy S24 series in January "
                    "2024.\n",
        }, False),
        Example("a company's plan named with its owner in the possessive, and before it (water company plans)", {
            "a.md": "---\npublished: 2024-02-01\n---\nYorkshire Water's Drought Plan was published in 2019.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nThe Yorkshire Water Drought Plan was published in 2021.\n",
        }, True, ("2019", "2021")),
        Example("a launch said as a gerund after 'Since' (training academies)", {
            "a.md": "---\npublished: 2024-06-01\n---\nSince launching the Engineering Futures Academy in 2019, Northbridge "
                    "has taken on more than 1,200 apprentices.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Engineering Futures Academy in Derby was launched in 2020.\n",
        }, True, ("2019", "2020")),
        Example("a scheme that went live, and was switched on (congestion charging)", {
            "a.md": "---\npublished: 2024-04-20\n---\nThe Velmont Clean Air Zone went live in March 2021.\n",
            "b.md": "---\npublished: 2024-07-01\n---\nThe Velmont Clean Air Zone was switched on in 2022.\n",
        }, True, ("March 2021", "2022")),
        Example("a law named in small letters after its country's possessive (organ donation laws)", {
            "a.md": "---\npublished: 2024-06-01\n---\nScotland's opt-out law came into force on 26 March 2021.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nScotland's opt-out law came into force in March 2020.\n",
        }, True, ("26 March 2021", "March 2020")),
        Example("... but two countries' laws of that kind", {
            "a.md": "---\npublished: 2024-06-01\n---\nScotland's opt-out law came into force on 26 March 2021.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nWales's opt-out law came into force in December 2015.\n",
        }, False),
        Example("two laws of one name told apart by their years (organ donation laws)", {
            "a.md": "---\npublished: 2024-06-01\n---\nThe Human Tissue (Authorisation) (Scotland) Act 2019 came into force "
                    "on 26 March 2021.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nIn England, the Human Tissue Act 2004 came into force on 1 September "
                    "2006.\n",
        }, False),
        Example("... but a law named with its year and without it", {
            "a.md": "---\npublished: 2024-06-01\n---\nThe Water Resources Act 2019 came into force in 2020.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Water Resources Act came into force in 2021.\n",
        }, True, ("2020", "2021")),
        Example("... but two companies' plans of one name", {
            "a.md": "---\npublished: 2024-02-01\n---\nThames Water's Drought Plan was published in 2019.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nYorkshire Water's Drought Plan was published in 2021.\n",
        }, False),
        Example("a ship launched at the yard and entering service years later (ferry news)", {
            "a.md": "---\npublished: 2024-06-01\n---\nMV Glen Rowan was launched at Port Alden in November 2017.\n",
            "b.md": "---\npublished: 2025-06-01\n---\nMV Glen Rowan entered service in March 2025.\n",
        }, False),
        Example("... and two ships launched at one yard", {
            "a.md": "---\npublished: 2024-06-01\n---\nMV Glen Rowan was launched in November 2017 at the Fergus Marine "
                    "yard.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nMV Loch Tarra was launched in December 2021 at the Fergus Marine "
                    "yard.\n",
        }, False),
        Example("work on something at a place, and the place's opening", {
            "a.md": "---\npublished: 2024-06-01\n---\nThe Port Kellan ferry terminal opened in 2009.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nWork on a new walkway at the Port Kellan ferry terminal started in "
                    "2023.\n",
        }, False),
        Example("a scheme named by a joined word and a word after it (bike-share news)", {
            "a.md": "---\npublished: 2024-03-14\n---\nRideMarrow, the city's bike-share scheme, launched on 14 May 2019.\n",
            "b.md": "---\npublished: 2024-05-14\n---\nRideMarrow Cargo, a separate scheme, launched in June 2022.\n",
        }, False),
        Example("a name in the description of the name a sentence opens with (active travel reports)", {
            "a.md": "---\npublished: 2024-03-14\n---\nThe Harbour Greenway, a traffic-free route between the docks and "
                    "Kelby Park, opened in September 2020.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nThe Harbour Greenway opened in September 2021.\n",
        }, True, ("September 2020", "September 2021")),
        Example("'since its launch in' dates the launch (resettlement news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe Safe Harbour Resettlement Scheme was launched on 14 March "
                    "2019.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nSince its launch in March 2018, the Safe Harbour Resettlement "
                    "Scheme has brought 15,000 people to safety.\n",
        }, True, ("14 March 2019", "March 2018")),
        Example("a name's first words and its head, for the one longer name (resettlement news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe Safe Harbour Resettlement Scheme was launched on 14 March "
                    "2019.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Safe Harbour scheme, launched in 2018, gives refugees a safe "
                    "route.\n",
        }, True, ("14 March 2019", "2018")),
        Example("a launch dated by a season (bike-share news)", {
            "a.md": "---\npublished: 2024-03-14\n---\nRideMarrow, the city's bike-share scheme, launched on 14 May 2019.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nRideMarrow, the bike-share scheme, launched in the spring of 2018.\n",
        }, True, ("14 May 2019", "the spring of 2018")),
        Example("a name in the clause after an act of others is not what they started (parliamentary questions)", {
            "a.md": "---\npublished: 2024-03-01\n---\nTo ask the Minister (a) how many trainees began initial teacher "
                    "training in 2023, and (b) what progress has been made by the Teach Estrava programme.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nTeach Estrava, launched in 2016, recruits graduates to teach.\n",
        }, False),
        Example("'first held' and 'the first X took place', past a name in a 'when' clause (city marathons)", {
            "a.md": "---\npublished: 2025-03-14\n---\nThe Harwick Marathon was first held in 1981.\n",
            "b.md": "---\npublished: 2025-04-02\n---\nThe first Harwick Marathon took place in 1983, when 6,250 runners "
                    "set off from the Town Hall.\n",
        }, True, ("1981", "1983")),
        Example("... and 'launched by' a person names who launched it, not what (tree planting)", {
            "a.md": "---\npublished: 2024-09-01\n---\nThe council launched Green Canopy in February 2024.\n",
            "b.md": "---\npublished: 2024-09-05\n---\nGreen Canopy aims to plant 250,000 trees. The programme was launched "
                    "on 11 March 2024 by Councillor Imogen Reyes.\n",
        }, True, ("February 2024", "11 March 2024")),
        Example("'the grant' after the grant's name, and 'the scheme, launched in' (insulation grants)", {
            "a.md": "---\npublished: 2024-02-12\n---\nThe Warm Homes Grant opened on 14 March 2021.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nMost installers praise the Warm Homes Grant. The grant was launched in "
                    "April 2021 with a budget of €212 million.\n",
            "c.md": "---\npublished: 2024-03-02\n---\nThe Warm Homes Grant pays for heat pumps. The scheme, launched in "
                    "April 2021, has funded 48,200 installations.\n",
        }, True, ("14 March 2021", "April 2021")),
        Example("a name joined by an ampersand (deposit return schemes)", {
            "a.md": "---\npublished: 2025-04-14\n---\nReturn & Reward, the national deposit return scheme, was launched "
                    "on 1 March 2022.\n",
            "b.md": "---\npublished: 2025-04-20\n---\nReturn & Reward was launched in April 2022 after a decade of "
                    "campaigning.\n",
        }, True, ("1 March 2022", "April 2022")),
        Example("a rule named after a person (housing regulation)", {
            "a.md": "---\npublished: 2025-12-01\n---\nTobias's Rule came into force on 27 October 2025.\n",
            "b.md": "---\npublished: 2025-12-02\n---\nTobias's Rule came into force on 1 November 2025, requiring "
                    "landlords to act within 14 days.\n",
        }, True, ("27 October 2025", "1 November 2025")),
        Example("a recurring event's first edition is its start (volunteering events)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe National Volunteer Week, first held in 1998, will this year run "
                    "from 3 to 9 June.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe National Volunteer Week, which began in 1996, was again the high "
                    "point of our calendar.\n",
        }, True, ("1998", "1996")),
        Example("an owner's name of five words keeps its last ('Plus') (council schemes)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe Safer Kitchens Programme was launched in 2019. It should not be "
                    "confused with Kestrel Bay's Safer Kitchens Plus, a separate council-run scheme launched in 2022.\n",
        }, False),
        Example("'since its launch in' after a count of what it reached (training programmes)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe Safer Kitchens Programme has reached around 9,500 businesses "
                    "since its launch in 2019.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Safer Kitchens Programme was launched in 2020.\n",
        }, True, ("2019", "2020")),
        Example("a name in letters outside ASCII (offshore wind news)", {
            "a.md": "---\npublished: 2024-09-12\n---\nVeldmark's first offshore wind farm, Sølvik Reef, was commissioned "
                    "in 2011.\n",
            "b.md": "---\npublished: 2024-09-20\n---\nSølvik Reef, the country's first offshore wind farm, opened in "
                    "2012.\n",
        }, True, ("2011", "2012")),
        Example("'the plant' in the sentence after the plant's name (desalination plants)", {
            "a.md": "---\npublished: 2024-08-05\n---\nThe Kestrel Point Desalination Plant delivered 41 billion litres "
                    "last year. The plant began operating on 12 March 2019.\n",
            "b.md": "---\npublished: 2024-09-10\n---\nThe Kestrel Point Desalination Plant began operating on 19 March "
                    "2019.\n",
        }, True, ("12 March 2019", "19 March 2019")),
        Example("... and 'the pilot, which began' (kinship care pilots)", {
            "a.md": "---\npublished: 2024-03-14\n---\nThe Hearthstone Pilot began in Ostria in 2022.\n",
            "b.md": "---\npublished: 2024-03-16\n---\nThe charity points to the Hearthstone Pilot in Ostria. The pilot, "
                    "which began in 2021, has worked with about 310 families.\n",
        }, True, ("2022", "2021")),
        Example("... but not 'the plant' after a name of another head", {
            "a.md": "---\npublished: 2024-08-05\n---\nThe Glenmore Water Fund paid for the work. The plant began "
                    "operating on 12 March 2019.\n",
            "b.md": "---\npublished: 2024-09-10\n---\nThe Glenmore Water Fund began on 19 March 2019.\n",
        }, False),
        Example("a framework agreed in two different years (pharmacy contracts)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Community Pharmacy Framework was agreed in 2019.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nThe Community Pharmacy Framework was agreed in 2020 after long "
                    "talks.\n",
        }, True, ("2019", "2020")),
        Example("... but a promise 'agreed to' is no agreement of the thing", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Community Pharmacy Framework was agreed in 2019.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn 2021 ministers agreed to review the Community Pharmacy "
                    "Framework.\n",
        }, False),
        Example("the year a time is counted to is no date of the event it is counted from (pothole funding)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Pothole Action Fund was launched in 2022.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nIn 2024, two years after the Pothole Action Fund was launched, the "
                    "Department commissioned an evaluation of it.\n",
        }, False),
        Example("... nor is a date 'since records began'", {
            "a.md": "---\npublished: 2025-04-14\n---\nThe Prudent Prescribing Programme was launched in 2019.\n",
            "b.md": "---\npublished: 2025-06-03\n---\nIn 2024, five years after the Prudent Prescribing Programme was "
                    "launched, prescribing reached its lowest level since records began.\n",
        }, False),
        Example("two things of one name with different heads (dementia care news)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe Memory Matters Fund, launched in 2021, pays for memory "
                    "services.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Memory Matters Network, set up in 2017, links memory clinics."
                    "\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for majority, dissent in event_disagreements(aligned):
            if all(m.relative for m in dissent):
                continue  # the relative-time check reports these
            yield event_finding(self, aligned, majority, dissent)


def event_finding(check: Check, aligned: Alignment, majority, dissent) -> Finding:
    first = dissent[0]
    thing = first.entity_name
    supporters = sorted({m.source for m in majority})
    majority_text = "; ".join(
        f"{name(m.claims[0])} ({_published(aligned, m)}) says {describe(m)}" for m in majority[:5]
    )
    lead = f"{len(supporters)} documents agree" if len(supporters) > 1 else "one document says"
    question = f"When is the {first.action} of {thing} planned?" if first.planned else \
        f"When did the {first.action} of {thing} happen?"
    message = (
        f"{question} {lead}: {majority_text}. "
        f"But {name(first.claims[0])} ({_published(aligned, first)}) says {describe(first)}."
    )
    primacy_notes = []
    for m in list(dissent) + list(majority):
        for p in m.primacy:
            primacy_notes.append(f"“first” ({p.place or 'unstated scope'}) in {name(p)}")
    if primacy_notes:
        message += " Primacy claims about the same act: " + ", ".join(sorted(set(primacy_notes))) + "."
    claims = []
    for m in dissent:
        claims += [(c, "dissent") for c in m.claims] + [(p, "dissent-primacy") for p in m.primacy]
    for m in majority:
        claims += [(c, "majority") for c in m.claims] + [(p, "majority-primacy") for p in m.primacy]
    numbers = {
        "dissent_earliest": first.earliest.isoformat(),
        "dissent_latest": None if first.latest.year == 9999 else first.latest.isoformat(),
        "majority_earliest": max(m.earliest for m in majority).isoformat(),
        "majority_latest": min(m.latest for m in majority).isoformat(),
    }
    return check.finding(message, claims, numbers)


def _published(aligned: Alignment, mention) -> str:
    info = aligned.documents.get(mention.source)
    if info is None or info.published is None:
        return "undated"
    return "published " + info.published.isoformat() + (", estimated" if info.published_estimated else "")
