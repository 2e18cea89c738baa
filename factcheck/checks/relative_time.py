"""relative-time: "six years after its launch", resolved against the document's date, misses the dated event.

Flags:
    Relative time ("after 6 years of its launch", "two years after its inception", "its
    50th anniversary in 2024") that, counted back from the document's publication date,
    does not meet the date other documents give for the same event.
Why it matters:
    Anniversary stories and retrospectives count years by hand; when the count is off,
    the story dates the event wrongly without ever printing a date.
Example:
    A story dated 12 May 2021 says "six years after its launch" of a campaign that every
    other document dates to 2012.
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example
from .event_date import event_finding
from .timeline import event_disagreements


class RelativeTime(Check):
    id = "relative-time"
    severity = "error"
    examples = [
        Example("six years after a 2012 launch, counted from 2021", {
            "a.md": "---\npublished: 2012-04-02\n---\nThe Green Roofs Programme was launched in April 2012 in Norland.\n",
            "b.md": "---\npublished: 2021-05-12\n---\nSix years after its launch, the Green Roofs Programme covers 400 buildings.\n",
        }, True, ("Six years", "April 2012")),
        Example("six years after a 2015 launch, counted from 2021, agrees", {
            "a.md": "---\npublished: 2015-03-16\n---\nThe Green Roofs Programme was launched in March 2015 in Norland.\n",
            "b.md": "---\npublished: 2021-05-12\n---\nSix years after its launch, the Green Roofs Programme covers 400 buildings.\n",
        }, False),
        Example("launched three years ago, counted from 2022, against June 2016", {
            "a.md": "---\npublished: 2021-11-15\n---\nThe Harbour Link ferry service began operating in June 2016.\n",
            "b.md": "---\npublished: 2022-05-01\n---\nThe Harbour Link ferry service, launched three years ago, now "
                    "carries 1.2 million passengers a year.\n",
        }, True, ("three years", "June 2016")),
        Example("launched five years ago, counted from 2022, agrees with June 2016", {
            "a.md": "---\npublished: 2021-11-15\n---\nThe Harbour Link ferry service began operating in June 2016.\n",
            "b.md": "---\npublished: 2022-05-01\n---\nThe Harbour Link ferry service, launched five years ago, now "
                    "carries 1.2 million passengers a year.\n",
        }, False),
        Example("ten years after the bridge opened, counted from 2022, against May 2014", {
            "a.md": "---\npublished: 2014-05-20\n---\nThe Orrin Bridge opened in May 2014.\n",
            "b.md": "---\npublished: 2022-06-03\n---\nTen years after the Orrin Bridge opened, traffic is up 40%.\n",
        }, True, ("Ten years", "May 2014")),
        Example("five years on, in the past tense, counts from the opening, not from the story", {
            "a.md": "---\npublished: 2012-05-20\n---\nThe Orrin Bridge opened in May 2012.\n",
            "b.md": "---\npublished: 2022-06-03\n---\nFive years on from its opening, engineers found cracks in the "
                    "Orrin Bridge.\n",
        }, False),
        Example("four years after its launch, in 2023, counts from 2023 and agrees with 2019", {
            "a.md": "---\npublished: 2019-06-01\n---\nThe Harbour Watch programme was launched in 2019.\n",
            "b.md": "---\npublished: 2025-12-01\n---\nFour years after its launch, in 2023, the Harbour Watch "
                    "programme had trained 5,000 officers.\n",
        }, False),
        Example("four years after its launch, in 2023, against a 2016 launch", {
            "a.md": "---\npublished: 2016-06-01\n---\nThe Harbour Watch programme was launched in 2016.\n",
            "b.md": "---\npublished: 2025-12-01\n---\nFour years after its launch, in 2023, the Harbour Watch "
                    "programme had trained 5,000 officers.\n",
        }, True, ("Four years", "2016")),
        Example("eight years after its launch in 2016 dates the launch, counted from the story", {
            "a.md": "---\npublished: 2016-04-02\n---\nThe Anti-Trafficking Hotline was launched in March 2016.\n",
            "b.md": "---\npublished: 2024-03-30\n---\nEight years after its launch in 2016, the Anti-Trafficking "
                    "Hotline remains busy.\n",
        }, False),
        Example("twelve years after its creation, counted back from the year before it", {
            "a.md": "---\npublished: 2007-06-01\n---\nThe Estancias Infantiles programme was created in 2007.\n",
            "b.md": "---\npublished: 2023-05-01\n---\nThe Estancias Infantiles programme was eliminated in 2019, "
                    "twelve years after its creation.\n",
        }, False),
        Example("... which a creation in 2009 does not fit", {
            "a.md": "---\npublished: 2009-06-01\n---\nThe Estancias Infantiles programme was created in 2009.\n",
            "b.md": "---\npublished: 2023-05-01\n---\nThe Estancias Infantiles programme was eliminated in 2019, "
                    "twelve years after its creation.\n",
        }, True, ("twelve years", "2009")),
        Example("in its fifth year in 2019, against a May 2012 opening", {
            "a.md": "---\npublished: 2012-05-20\n---\nThe Orrin Bridge opened in May 2012.\n",
            "b.md": "---\npublished: 2019-03-10\n---\nThe Orrin Bridge, now in its fifth year of service, needs "
                    "repairs.\n",
        }, True, ("fifth", "May 2012")),
        Example("its fifth anniversary last year, written in 2018, agrees with May 2012", {
            "a.md": "---\npublished: 2012-05-20\n---\nThe Orrin Bridge opened in May 2012.\n",
            "b.md": "---\npublished: 2018-03-10\n---\nThe Orrin Bridge celebrated its fifth anniversary last year.\n",
        }, False),
        Example("years after a law came into force, against its date (organ donation laws)", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe Organ Donation Act came into force on 26 March 2021.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nFive years after the Organ Donation Act came into force, donor "
                    "numbers are up.\n",
        }, True, ("Five years",)),
        Example("'N years after it was launched' (transport news)", {
            "a.md": "---\npublished: 2022-01-10\n---\nThe Blue Line app was launched in November 2017.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Blue Line app was withdrawn this week, two years after it was "
                    "launched.\n",
        }, True, ("November 2017", "two years")),
        Example("years after an event, counted from the year the sentence opens with, as its writer counts (ambulance "
                "services)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe Clinical Hub was launched in March 2019.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nIn 2023, five years after the Clinical Hub was launched, it "
                    "resolved 19% of calls by phone.\n",
        }, True, ("March 2019", "five years")),
        Example("... past a main clause in the past tense, which the stated year dates (pharmacy news)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Community Pharmacy Framework was launched in 2019.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn 2024, four years after the Community Pharmacy Framework was "
                    "launched, talks on its successor opened.\n",
        }, True, ("2019", "four years")),
        Example("a name with a bracketed word, and 'came into force' (food hygiene law)", {
            "a.md": "---\npublished: 2024-05-01\n---\nIn 2024, ten years after the Food Hygiene (Display) Act came into "
                    "force, the Government will consult on extending it.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nThe Food Hygiene (Display) Act came into force on 1 April 2016.\n",
        }, True, ("ten years", "1 April 2016")),
        Example("'the station' named in small letters, in the same document (lifeboat histories)", {
            "a.md": "---\npublished: 2024-05-01\n---\nPorthmarrow lifeboat station was established in 1874. Its first "
                    "motor lifeboat arrived in 1912, 40 years after the station was established.\n",
        }, True, ("1874", "40 years")),
        Example("years after an event, counted from the year the sentence opens with (dementia care news)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe National Dementia Strategy was launched in 2019.\n",
            "b.md": "---\npublished: 2024-06-01\n---\nIn 2022, three years after the National Dementia Strategy was "
                    "launched, four regions recorded their highest diagnosis rate.\n",
        }, False),
        Example("many who joined in a year date no start of what they joined through (youth sport news)", {
            "a.md": "---\npublished: 2024-05-20\n---\nSome 48,000 children joined an affiliated club in 2023, many of them "
                    "through Club Start taster sessions.\n",
            "b.md": "---\npublished: 2024-06-15\n---\nClub Start, the free taster scheme that launched six years ago, has "
                    "been popular.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for majority, dissent in event_disagreements(aligned):
            if all(m.relative for m in dissent):
                yield event_finding(self, aligned, majority, dissent)
