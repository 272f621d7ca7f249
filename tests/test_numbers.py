"""The number grammar, case by case: each test names the figure it expects (by its span in
the sentence) and its normalized reading. Sentences are written for these tests."""

from __future__ import annotations

import math

import pytest

from factrack.extract.numbers import find_quantities
from factrack.extract.types import BOUNDS, KINDS

# (sentence, span of the figure, kind, value, value_max, unit, bound, measure)
CASES = [
    # shares: percent and fractions of a whole, always in percent
    ("The mine met 100% of global demand last year.", "100%", "share", 100, None, "%", "exact", "global demand"),
    ("Turnout reached 64.5 per cent of the electorate.", "64.5 per cent", "share", 64.5, None, "%", "exact", "electorate"),
    ("Only 12 percent of firms replied.", "Only 12 percent", "share", 12, None, "%", "exact", "firms"),
    ("The fund holds 7 pct of the shares.", "7 pct", "share", 7, None, "%", "exact", "shares"),
    ("About one-third of global production comes from the valley.", "About one-third", "share", 100 / 3, None, "%", "approx", "global production"),
    ("A third of voters stayed home.", "A third", "share", 100 / 3, None, "%", "exact", "voters"),
    ("Two-thirds of members backed the plan.", "Two-thirds", "share", 200 / 3, None, "%", "exact", "members"),
    ("Exports make up one-tenth of the total.", "one-tenth", "share", 10, None, "%", "exact", "total"),
    ("Three-quarters of households own a car.", "Three-quarters", "share", 75, None, "%", "exact", "households"),
    ("We have pipes, and nearly a third of them leak.", "nearly a third", "share", 100 / 3, None, "%", "approx", None),
    ("A quarter of the budget goes on salaries.", "A quarter", "share", 25, None, "%", "exact", "budget"),
    ("One in five adults smokes daily.", "One in five", "share", 20, None, "%", "exact", "adults"),
    ("Nine out of 10 doctors agreed.", "Nine out of 10", "share", 90, None, "%", "exact", "doctors"),
    ("Almost half of the staff left.", "Almost half", "share", 50, None, "%", "approx", "staff"),
    ("Half the villages lost power.", "Half", "share", 50, None, "%", "exact", "villages"),
    # changes: positive value, direction in the wording
    ("Profits rose 76% in the second half.", "76%", "change", 76, None, "%", "exact", "profits"),
    ("Unemployment fell 2.5 percentage points over the year.", "2.5 percentage points", "change", 2.5, None, "pp", "exact", "unemployment"),
    ("The drug cut hospital admissions by 40%.", "40%", "change", 40, None, "%", "exact", "hospital admissions"),
    ("Shares were down 3% at midday.", "3%", "change", 3, None, "%", "exact", "shares"),
    ("It reported a 12% rise in sales.", "12%", "change", 12, None, "%", "exact", "sales"),
    ("Output doubled after the merger.", "doubled", "change", 2, None, "x", "exact", "output"),
    ("Fares tripled within a decade.", "tripled", "change", 3, None, "x", "exact", "fares"),
    ("Researchers saw a threefold increase in cases.", "threefold", "change", 3, None, "x", "exact", "cases"),
    ("Prices rose tenfold.", "tenfold", "change", 10, None, "x", "exact", "prices"),
    ("The council wants to cut waste by half.", "half", "change", 50, None, "%", "exact", "waste"),
    # ratios
    ("There were twice as many cars as last year.", "twice", "ratio", 2, None, "x", "exact", "cars"),
    ("They spend three times as much money on fuel.", "three times", "ratio", 3, None, "x", "exact", "money"),
    ("Smokers are 25x more likely to fall ill.", "25x", "ratio", 25, None, "x", "exact", None),
    ("The region records 15 deaths per 100,000 people each year.", "15 deaths per 100,000 people", "ratio", 15, None, "per 100000", "exact", "deaths"),
    ("Crashes cause 2.2 deaths per million kilometres driven.", "2.2 deaths per million kilometres", "ratio", 2.2, None, "per 1000000 kilometre", "exact", "deaths"),
    ("He averaged 29.4 points a game.", "29.4 points a game", "ratio", 29.4, None, "per game", "exact", "points"),
    ("The limit is 30 km/h in town.", "30 km/h", "ratio", 30, None, "km/h", "exact", None),
    ("The clinic sees 40 patients per day.", "40 patients per day", "ratio", 40, None, "per day", "exact", "patients"),
    # money
    ("The bid was worth $1.13bn in cash.", "$1.13bn", "money", 1.13e9, None, "USD", "exact", "bid"),
    ("The club paid £600m for the ground.", "£600m", "money", 6e8, None, "GBP", "exact", "ground"),
    ("The loan totals US$2 billion.", "US$2 billion", "money", 2e9, None, "USD", "exact", None),
    ("A ticket costs 15 dollars.", "15 dollars", "money", 15, None, "USD", "exact", "ticket"),
    ("Beijing pledged 2.5 trillion yuan for roads.", "2.5 trillion yuan", "money", 2.5e12, None, "CNY", "exact", "roads"),
    ("The fine was €20,000.", "€20,000", "money", 20000, None, "EUR", "exact", "fine"),
    ("Sony lost ¥500bn.", "¥500bn", "money", 5e11, None, "JPY", "exact", "Sony"),
    ("The bank lent 300 billion yen.", "300 billion yen", "money", 3e11, None, "JPY", "exact", None),
    ("Farmers got 40,000 rupees each.", "40,000 rupees", "money", 40000, None, "INR", "exact", None),
    ("The temple received Rs 1 crore.", "Rs 1 crore", "money", 1e7, None, "INR", "exact", None),
    ("The rally drew over one lakh people.", "over one lakh", "count", 1e5, None, None, "more_than", "people"),
    ("Ottawa set aside C$5m for it.", "C$5m", "money", 5e6, None, "CAD", "exact", None),
    ("Canberra spent A$3.5bn.", "A$3.5bn", "money", 3.5e9, None, "AUD", "exact", None),
    ("The tower sold for HK$10bn.", "HK$10bn", "money", 1e10, None, "HKD", "exact", None),
    ("The grant was USD 5m.", "USD 5m", "money", 5e6, None, "USD", "exact", "grant"),
    ("They raised 5m euros.", "5m euros", "money", 5e6, None, "EUR", "exact", None),
    ("Debt reached $3.2tn.", "$3.2tn", "money", 3.2e12, None, "USD", "exact", "debt"),
    ("Each stamp costs 60 cents.", "60 cents", "money", 0.6, None, "USD", "exact", "stamp"),
    # durations: singular units
    ("Talks resumed 10 months later.", "10 months", "duration", 10, None, "month", "exact", None),
    ("The visit lasted three days.", "three days", "duration", 3, None, "day", "exact", None),
    ("He served for 10 years.", "10 years", "duration", 10, None, "year", "exact", None),
    ("The rule was dropped 10 years earlier.", "10 years", "duration", 10, None, "year", "exact", None),
    ("She left 10 months ago.", "10 months", "duration", 10, None, "month", "exact", None),
    ("The strike lasted about two weeks.", "about two weeks", "duration", 2, None, "week", "approx", None),
    ("Talks lasted 30 or 40 years.", "30 or 40 years", "duration", 30, 40, "year", "range", None),
    ("The grid failed in under an hour.", "under an hour", "duration", 1, None, "hour", "less_than", None),
    ("It was the best year in a decade.", "a decade", "duration", 1, None, "decade", "exact", None),
    ("Prices rose 18% over two years.", "two years", "duration", 2, None, "year", "exact", None),
    ("It took two decades to finish.", "two decades", "duration", 2, None, "decade", "exact", None),
    # counts: unit None, the counted noun phrase as measure
    ("Washington has sanctioned more than 100 Chinese enterprises.", "more than 100", "count", 100, None, None, "more_than", "Chinese enterprises"),
    ("The navy watches 20 key lines of communication.", "20", "count", 20, None, None, "exact", "key lines of communication"),
    ("The firm employs 1,200 engineers.", "1,200", "count", 1200, None, None, "exact", "engineers"),
    ("Rainfall averaged 3.5 millimetres.", "3.5 millimetres", "count", 3.5, None, "millimetre", "exact", None),
    ("The dose is 0.75 grams.", "0.75 grams", "count", 0.75, None, "gram", "exact", None),
    ("The state sold 120 hectares of farmland.", "120 hectares", "count", 120, None, "hectare", "exact", "farmland"),
    ("Quotas allow up to 120,000 tonnes of cod.", "up to 120,000 tonnes", "count", 120000, None, "tonne", "at_most", "cod"),
    ("The index closed at 512.4 points.", "512.4 points", "count", 512.4, None, "point", "exact", None),
    ("Summers warmed 2.1 degrees Celsius.", "2.1 degrees Celsius", "change", 2.1, None, "degree Celsius", "exact", "summers"),
    ("The party is two points ahead of its rival.", "two points", "change", 2, None, "pp", "exact", "rival"),
    ("Bond yields fell 9 basis points.", "9 basis points", "change", 0.09, None, "pp", "exact", "bond yields"),
    ("Parking rose by 50p an hour.", "50p", "money", 0.5, None, "GBP", "exact", None),
    ("The city has 1.5 million residents.", "1.5 million", "count", 1.5e6, None, None, "exact", "residents"),
    ("Police counted 25k marchers.", "25k", "count", 25000, None, None, "exact", "marchers"),
    ("The app has 14m users.", "14m", "count", 14e6, None, None, "exact", "users"),
    ("There were twenty-three survivors.", "twenty-three", "count", 23, None, None, "exact", "survivors"),
    ("She bought a dozen eggs.", "a dozen", "count", 12, None, None, "exact", "eggs"),
    ("Two hundred soldiers marched.", "Two hundred", "count", 200, None, None, "exact", "soldiers"),
    ("Two sides met in Geneva.", "Two", "count", 2, None, None, "exact", "sides"),
    ("The plant makes half a million cars.", "half a million", "count", 5e5, None, None, "exact", "cars"),
    ("He taught for 2 1/2 years.", "2 1/2 years", "duration", 2.5, None, "year", "exact", None),
    ("Hundreds of people queued.", "Hundreds", "count", 200, None, None, "approx", "people"),
    ("Dozens of homes flooded.", "Dozens", "count", 24, None, None, "approx", "homes"),
    ("Thousands of jobs went.", "Thousands", "count", 2000, None, None, "approx", "jobs"),
    ("They issued several thousand visas.", "several thousand", "count", 3000, None, None, "approx", "visas"),
    ("Tens of thousands of fans sang.", "Tens of thousands", "count", 20000, None, None, "approx", "fans"),
    ("He needed billions of dollars anyway.", "billions of dollars", "money", 2e9, None, "USD", "approx", None),
    ("The spill cost millions of dollars.", "millions of dollars", "money", 2e6, None, "USD", "approx", None),
    # bounds
    ("At least 100 people were hurt.", "At least 100", "count", 100, None, None, "at_least", "people"),
    ("No fewer than 20 ships sailed.", "No fewer than 20", "count", 20, None, None, "at_least", "ships"),
    ("The fire destroyed 100+ homes.", "100+", "count", 100, None, None, "at_least", "homes"),
    ("It affects 50 or more schools.", "50 or more", "count", 50, None, None, "at_least", "schools"),
    ("Fewer than 30 staff remain.", "Fewer than 30", "count", 30, None, None, "less_than", "staff"),
    ("Inflation stayed below 2%.", "below 2%", "share", 2, None, "%", "less_than", None),
    ("Trains run under 5 minutes apart.", "under 5 minutes", "duration", 5, None, "minute", "less_than", None),
    ("Up to 50 workers may go.", "Up to 50", "count", 50, None, None, "at_most", "workers"),
    ("No more than 10 votes separated them.", "No more than 10", "count", 10, None, None, "at_most", "votes"),
    ("Around 30% of seats were empty.", "Around 30%", "share", 30, None, "%", "approx", "seats"),
    ("Roughly $5m was spent.", "Roughly $5m", "money", 5e6, None, "USD", "approx", None),
    ("Nearly 1,000 people signed.", "Nearly 1,000", "count", 1000, None, None, "approx", "people"),
    ("Some 40 firms bid.", "Some 40", "count", 40, None, None, "approx", "firms"),
    ("An estimated 2 million people watched.", "An estimated 2 million", "count", 2e6, None, None, "approx", "people"),
    ("The queue held ~50 cars.", "~50", "count", 50, None, None, "approx", "cars"),
    ("Prices rose more than 100% in a year.", "more than 100%", "change", 100, None, "%", "more_than", "prices"),
    ("Over 60 lorries were stuck.", "Over 60", "count", 60, None, None, "more_than", "lorries"),
    # ranges
    ("Between 10 and 15 people were inside.", "Between 10 and 15", "count", 10, 15, None, "range", "people"),
    ("Repairs take 10-15 days.", "10-15 days", "duration", 10, 15, "day", "range", None),
    ("Yields of 10–15% are common.", "10–15%", "share", 10, 15, "%", "range", "yields"),
    ("The hall seats 10 to 15 guests.", "10 to 15", "count", 10, 15, None, "range", "guests"),
    ("Each lot fetches $1m-$2m.", "$1m-$2m", "money", 1e6, 2e6, "USD", "range", None),
    ("Tickets range from £19 to £29.", "£19 to £29", "money", 19, 29, "GBP", "range", "tickets"),
    ("Doctors counted 50,000-100,000 Americans with the virus.", "50,000-100,000", "count", 50000, 100000, None, "range", "Americans"),
    ("The plant employs 10-20 million workers.", "10-20 million", "count", 1e7, 2e7, None, "range", "workers"),
    # ranks
    ("It is the third-largest economy in the world.", "third", "rank", 3, None, None, "exact", "largest economy"),
    ("The port is the 2nd busiest in Europe.", "2nd", "rank", 2, None, None, "exact", "busiest"),
    ("Wisconsin ranks No. 2 in growth.", "No. 2", "rank", 2, None, None, "exact", "growth"),
    # ages: duration in years, measure "age" (no span), so the pipeline can demote them
    ("The mayor, Ann Lee, 54, resigned.", "54", "duration", 54, None, "year", "exact", "age"),
    ("Screening covers those aged 18 to 39.", "18 to 39", "duration", 18, 39, "year", "range", "age"),
    ("The retired miner is 62 years old.", "62 years old", "duration", 62, None, "year", "exact", "age"),
    ("The chapel is about 30 years old and the roof is new.", "about 30 years old", "duration", 30, None, "year", "approx", "age"),
    ("Children under 5 years old travel free.", "under 5 years old", "duration", 5, None, "year", "less_than", "age"),
    ("She left school at the age of 14.", "14", "duration", 14, None, "year", "exact", "age"),
    ("He won the 800m in Athens.", "800m", "count", 800, None, "metre", "exact", None),
    ("It took a leap of 16.87m to win.", "16.87m", "count", 16.87, None, "metre", "exact", None),
    ("The world number three lost.", "number three", "rank", 3, None, None, "exact", None),
    ("He is third in the league for scoring.", "third", "rank", 3, None, None, "exact", "league"),
    ("The club sit second in the Eastern Conference.", "second", "rank", 2, None, None, "exact", "Eastern Conference"),
    ("Screening is free for everyone over 40.", "over 40", "duration", 40, None, "year", "more_than", "age"),
    ("We spend 72p of every pound on care.", "72p of every pound", "share", 72, None, "%", "exact", None),
    ("The final drew roughly double the audience.", "roughly double", "ratio", 2, None, "x", "approx", "audience"),
    ("More than half planned to hire.", "More than half", "share", 50, None, "%", "more_than", None),
    ("Rain fell on one summer in three.", "one summer in three", "share", 100 / 3, None, "%", "exact", "summer"),
    ("Deaths were 443 a year earlier.", "443", "count", 443, None, None, "exact", "deaths"),
    ("Cyclist deaths rose to 61 from 44.", "61", "count", 61, None, None, "exact", "cyclist deaths"),
    ("Cyclist deaths rose to 61 from 44.", "44", "count", 44, None, None, "exact", "cyclist deaths"),
    ("Oslo pledged NOK 2 billion, about $190 million, for dykes.", "NOK 2 billion", "money", 2e9, None, "NOK", "exact", "dykes"),
    ("Finance chiefs said borrowing costs had doubled.", "doubled", "change", 2, None, "x", "exact", "borrowing costs"),
    ("Raising rates 10 times in 14 months was fast.", "10 times", "count", 10, None, None, "exact", "times"),
    ("Voters drive 550 miles each way.", "550 miles", "count", 550, None, "mile", "exact", None),
    ("The project will cost £50bn - 14% more than planned.", "£50bn", "money", 5e10, None, "GBP", "exact", "project"),
    ("It took three and a half years.", "three and a half years", "duration", 3.5, None, "year", "exact", None),
    ("He lost more than 110 pounds in a year.", "more than 110 pounds", "count", 110, None, "pound", "more_than", None),
    ("Thieves took 100 pounds of copper.", "100 pounds", "count", 100, None, "pound", "exact", "copper"),
    ("The fund was good for 2000 people.", "2000", "count", 2000, None, None, "exact", "people"),
    ("Interest rates were cut to 0.5% in March.", "0.5%", "share", 0.5, None, "%", "exact", "interest rates"),
    ("Men outnumber women by a ratio of 3:1.", "3:1", "ratio", 3, None, "x", "exact", "ratio"),
    # scores and vote tallies
    ("The Senate voted 28-8 in favour.", "28-8", "count", 28, 8, "score", "exact", None),
    ("Ivanova defeated Anna Smith 6-2 in the final.", "6-2", "count", 6, 2, "score", "exact", None),
    ("Nadal puts Spain 2-0 up.", "2-0", "count", 2, 0, "score", "exact", None),
    ("Rovers won 3-1 at home.", "3-1", "count", 3, 1, "score", "exact", None),
    ("A late penalty made it 14-9 at the break.", "14-9", "count", 14, 9, "score", "exact", None),
    # a fortnight is two weeks; "a month or two" is one range
    ("The ferry returned about a fortnight ago.", "about a fortnight", "duration", 2, None, "week", "approx", None),
    ("The repairs took three fortnights.", "three fortnights", "duration", 6, None, "week", "exact", None),
    ("The board may wait a month or two before voting.", "a month or two", "duration", 1, 2, "month", "range", None),
    ("The strike lasted one day.", "one day", "duration", 1, None, "day", "exact", None),
    # measures: "N of the X", "N other X", plural nouns that are also verbs, "$X in Y", new levels
    ("Divers reached two of the sunken barges.", "two", "count", 2, None, None, "exact", "sunken barges"),
    ("The panel interviewed four other applicants.", "four", "count", 4, None, None, "exact", "applicants"),
    ("The bill drew 61 committee votes, a record.", "61", "count", 61, None, None, "exact", "committee votes"),
    ("The scheme helps 2 million elderly tenants.", "2 million", "count", 2e6, None, None, "exact", "elderly tenants"),
    ("The storm left 9 people dead on the coast.", "9", "count", 9, None, None, "exact", "people"),
    ("The mill paid $3 million in back wages.", "$3 million", "money", 3e6, None, "USD", "exact", "back wages"),
    ("The gap is expected to rise to £12bn next year.", "£12bn", "money", 1.2e10, None, "GBP", "exact", "gap"),
    ("We've heard a figure of $2 million mentioned.", "$2 million", "money", 2e6, None, "USD", "exact", "figure"),
    ("The United Kingdom economy grew 2% last year.", "2%", "change", 2, None, "%", "exact", "United Kingdom economy"),
    ("A half-dozen senators crossed the aisle.", "half-dozen", "count", 6, None, None, "exact", "senators"),
    ("Divers found a 2,000-year-old skull near the pier.", "2,000-year-old", "duration", 2000, None, "year", "exact", "age"),
    ("The court struck down a 100-year-old ban on street stalls.", "100-year-old", "duration", 100, None, "year", "exact", "age"),
    ("The mayor resigned one day after the vote.", "one day", "duration", 1, None, "day", "exact", None),
    ("Ms. Ortiz won the caucus vote, 112 to 47, on Tuesday.", "112 to 47", "count", 112, 47, "score", "exact", None),
    ("She took 44 percent of the Latino vote.", "44 percent", "share", 44, None, "%", "exact", "Latino vote"),
    ("Rivals could face a fine of about £9,000.", "about £9,000", "money", 9000, None, "GBP", "approx", "fine"),
    ("When it goes on sale the console is likely to cost £149.", "£149", "money", 149, None, "GBP", "exact", "console"),
    ("He's 16 years old, his lawyer said.", "16 years old", "duration", 16, None, "year", "exact", "age"),
    ("Towns felt the 6.2 and 5.9 magnitude tremors.", "6.2", "count", 6.2, None, None, "exact", None),
    # real-article review (docs/extraction.md, "Real articles"): sentences written for the tests
    ("The clerk served 3-1/2 years of a longer term.", "3-1/2 years", "duration", 3.5, None, "year", "exact", None),
    ("She signed a 4-1/2 year lease on the shop.", "4-1/2 year", "duration", 4.5, None, "year", "exact", None),
    ("The calf was born after seven-and-a-half months.", "seven-and-a-half months", "duration", 7.5, None, "month", "exact", None),
    ("Catering bills at the gala topped $80,000.", "$80,000", "money", 80000, None, "USD", "more_than", "Catering bills at the gala"),
    ("Analysts expect deliveries to exceed 40 million units.", "40 million", "count", 4e7, None, None, "more_than", "units"),
    ("Attendance surpassed 12,000 on the final night.", "12,000", "count", 12000, None, None, "more_than", "Attendance"),
    ("Fees must not exceed $5,000 a year.", "$5,000", "money", 5000, None, "USD", "at_most", None),
    ("The expenses at bars and clubs came to $9,100.", "$9,100", "money", 9100, None, "USD", "exact", None),
    ("Rents in towns and villages rose 4% last year.", "4%", "change", 4, None, "%", "exact", "Rents in towns and villages"),
    ("The donors agreed to devote $2.1 billion to flood defences.", "$2.1 billion", "money", 2.1e9, None, "USD", "exact", "flood defences"),
    ("The couple spent $2,100.50 at Grand Harbour Hotel.", "$2,100.50", "money", 2100.5, None, "USD", "exact", "Grand Harbour Hotel"),
    ("He faces two counts of fraud and one count of stalking.", "one", "count", 1, None, None, "exact", "count of stalking"),
    ("The café hired another dozen other waiters for the summer.", "another dozen", "count", 12, None, None, "exact", "waiters"),
    ("Critics want some six week pause before the vote.", "six week", "duration", 6, None, "week", "exact", None),
    ("The Hawks ended the season with a 9-7 record.", "9-7", "count", 9, 7, "score", "exact", None),
    ("The survey found 58 percent think the tax is unfair.", "58 percent", "share", 58, None, "%", "exact", None),
    ("The mayor won 12 percent support among renters.", "12 percent", "share", 12, None, "%", "exact", "support"),
    ("The paper quoted four officials familiar with the talks.", "four", "count", 4, None, None, "exact", "officials"),
    ("The merger leaves 30% of the county's workforce laid off by June.", "30%", "share", 30, None, "%", "exact", "county's workforce"),
    ("Usage is now 40 percent of all active phones.", "40 percent", "share", 40, None, "%", "exact", "active phones"),
    ("Outside the bank there were six heavily armed guards.", "six", "count", 6, None, None, "exact", None),
    ("The bill passed 218-210 in the House.", "218-210", "count", 218, 210, "score", "exact", None),
    ("The 12-member board met on Monday.", "12", "count", 12, None, None, "exact", "member board"),
    ("A 30-strong choir sang at the opening.", "30", "count", 30, None, None, "exact", "choir"),
    ("Some of the 60-odd stalls closed early.", "60-odd", "count", 60, None, None, "approx", "stalls"),
    ("The 150-plus clubs in the league voted.", "150-plus", "count", 150, None, None, "at_least", "clubs"),
    ("The audit found a 2bn-euro gap in the budget.", "2bn-euro", "money", 2e9, None, "EUR", "exact", "gap"),
    ("Guard Ana Lee put up 31 points against Ohio.", "31 points", "count", 31, None, None, "exact", "points"),
    ("The raiders killed 4 people and injured 17 in the town.", "17", "count", 17, None, None, "exact", "people"),
    ("The mayor, near the end of her eight-year term, resigned.", "eight-year", "duration", 8, None, "year", "exact", None),
    ("They spent $3,100 on the Queen of the Fjords cruise.", "$3,100", "money", 3100, None, "USD", "exact", "Queen of the Fjords cruise"),
    ("The 1 percent rise surprised traders.", "1 percent", "change", 1, None, "%", "exact", None),
    ("The gang demanded a $40-million ransom for the painting.", "$40-million", "money", 4e7, None, "USD", "exact", "ransom"),
    ("The dog came home three whole days later.", "three whole days", "duration", 3, None, "day", "exact", None),
    ("The cinema ran it for seven consecutive days.", "seven consecutive days", "duration", 7, None, "day", "exact", None),
    ("Her four brothers didn't come to the party.", "four", "count", 4, None, None, "exact", "brothers"),
    ("The state paid out to the tune of $3 million last year.", "$3 million", "money", 3e6, None, "USD", "exact", None),
    ("The twins, aged 14 and 12 respectively, were not hurt.", "12", "duration", 12, None, "year", "exact", "age"),
    ("The rule covers children between the ages of six and 11.", "11", "duration", 11, None, "year", "exact", "age"),
    ("The law covers anyone who is 21 or older.", "21 or older", "duration", 21, None, "year", "at_least", "age"),
    ("Pupils 7 or younger travel free.", "7 or younger", "duration", 7, None, "year", "at_most", "age"),
    # held-out round 5: pence, vague scales, conversions, compounds with a unit, records
    ("The shares were down 4% at 212 pence.", "212 pence", "money", 2.12, None, "GBP", "exact", "shares"),
    ("The club had a few hundred thousand members.", "a few hundred thousand", "count", 3e5, None, None, "approx", "members"),
    ("The state will spend several hundred million dollars.", "several hundred million dollars", "money", 3e8, None, "USD", "approx", None),
    ("Donors sent tens of millions of dollars in aid.", "tens of millions of dollars", "money", 2e7, None, "USD", "approx", "aid"),
    ("The builder must pay 2.3m yuan ($320,000) in damages.", "2.3m yuan", "money", 2.3e6, None, "CNY", "exact", "damages"),
    ("The builder must pay 2.3m yuan ($320,000) in damages.", "$320,000", "money", 3.2e5, None, "USD", "exact", "damages"),
    ("The pound was 0.7% weaker against the euro.", "0.7%", "change", 0.7, None, "%", "exact", "pound"),
    ("She kicked a 38-yard field goal in the rain.", "38-yard", "count", 38, None, "yard", "exact", "field goal"),
    ("They finished 3-9 in the division.", "3-9", "count", 3, 9, "score", "exact", None),
    ("The Falcons (9-2) host the Bears on Sunday.", "9-2", "count", 9, 2, "score", "exact", None),
    ("Four people were killed and 30 injured in the blast.", "30", "count", 30, None, None, "exact", "people"),
    ("The rookie posted a 101.2 passer rating.", "101.2", "count", 101.2, None, None, "exact", "passer rating"),
    ("The group said losses had deepened to £4.2m.", "£4.2m", "money", 4.2e6, None, "GBP", "exact", "losses"),
    ("The regional jobs average closed down 1.2% in May.", "1.2%", "change", 1.2, None, "%", "exact", "regional jobs average"),
    ("The index closed down 1.4% on Friday.", "1.4%", "change", 1.4, None, "%", "exact", "index"),
    ("Farms could shed thousands of jobs once the subsidy ends.", "thousands", "count", 2000, None, None, "approx", "jobs"),
]


def _find(text: str, span: str):
    start = text.index(span)
    for q in find_quantities(text):
        if q.start == start and q.end == start + len(span):
            return q
    got = [(text[q.start:q.end], q.kind) for q in find_quantities(text)]
    raise AssertionError(f"no figure spanning {span!r} in {text!r}; found {got}")


@pytest.mark.parametrize("text,span,kind,value,value_max,unit,bound,measure", CASES,
                         ids=[c[1] + " | " + c[0][:30] for c in CASES])
def test_figure_is_read(text, span, kind, value, value_max, unit, bound, measure):
    q = _find(text, span)
    assert q.kind == kind
    assert math.isclose(q.value, value, rel_tol=1e-9)
    if value_max is None:
        assert q.value_max is None
    else:
        assert math.isclose(q.value_max, value_max, rel_tol=1e-9)
    assert q.unit == unit
    assert q.bound == bound
    if measure is None:
        assert q.measure is None or q.measure == "age"
    else:
        assert q.measure is not None and q.measure.lower() == measure.lower()
        if q.measure_start is not None:
            assert text[q.measure_start:q.measure_end] == q.measure


def test_two_quantities_share_the_measure():
    text = "Sales increased by 12% to $3bn last year."
    qs = find_quantities(text)
    assert [(text[q.start:q.end], q.kind, q.unit) for q in qs] == [("12%", "change", "%"), ("$3bn", "money", "USD")]
    assert qs[0].measure == "Sales" and qs[1].measure == "Sales"
    assert qs[1].value == 3e9


def test_figures_come_in_order_with_valid_vocabulary():
    text = ("Exports rose 8% to $4bn in 2021, about 300 firms took part, a third of them for "
            "the first time, and talks lasted three days.")
    qs = find_quantities(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    assert [text[q.start:q.end] for q in qs] == ["8%", "$4bn", "about 300", "a third", "three days"]
    for q in qs:
        assert q.kind in KINDS and q.bound in BOUNDS
        assert (q.value_max is not None) == (q.bound == "range")


NEGATIVES = [
    # real-article review: product versions, exploit names, back-references
    ("The update brings iOS 8 closer to its rivals.", "8"),
    ("Owners of iOS 9.2 phones should update.", "9.2"),
    ("The firm has since shipped versions 7.1, 7.2 and 7.3 to users.", "7.1"),
    ("The spyware used a zero-day flaw in the router.", "zero-day"),
    ("Brokers pay for zero day exploits in browsers.", "zero day"),
    ("In 2009 the two played together at a charity match.", "two"),
    ("The senator had counted on carrying all three.", "three"),
    ("Demand should pick up in the second half of the year.", "half"),
    ("He now earns a six-figure salary.", "six"),
    ("Buyers chose the iPhone 7 and 7 Plus this year.", "7 Plus"),
    ("The bank offered a five-year term loan to farmers.", "five-year"),
    ("The bill takes power from lobbyists and the 1 percent and returns it to voters.", "1 percent"),
    ("Now in its thirty-first season, the fair keeps growing.", "thirty"),
    ("When the two asked Mendez for help, he refused.", "two"),
    ("The appeal, Harlan v. Osgood, No. 14-552, is before the court.", "14-552"),
    ("Section 3-5 of the act covers fees.", "3-5"),
    ("The club was founded in 1908.", "1908"),
    ("The summit opened on April 26, 2024, in Beijing.", "26"),
    ("The summit opened on April 26, 2024, in Beijing.", "2024"),
    ("Sales peaked in 2024 and fell after.", "2024"),
    ("It happened last November in Rome.", "November"),
    ("The vote is on May 3 in Leeds.", "3"),
    ("The ministers met on 3 May.", "3"),
    ("The briefing starts at 10am.", "10am"),
    ("The train leaves at 14:30 daily.", "14:30"),
    ("Rent is due on the 21st of each month.", "21st"),
    ("They need 21st-century skills.", "21st"),
    ("Call 020 7946 0958 for details.", "7946"),
    ("See https://example.org/report/2023/14 for the data.", "14"),
    ("Write to help@example.org or desk42@example.org.", "42"),
    ("Covid-19 spread fast.", "19"),
    ("The G7 and the G20 met.", "7"),
    ("An F-16 crashed.", "16"),
    ("He queued for the iPhone 15 launch.", "15"),
    ("The details are on page 5.", "5"),
    ("Section 3 sets the rules.", "3"),
    ("A No. 10 spokesman declined to comment.", "10"),
    ("It is one of the world's busiest ports.", "one"),
    ("The champion reached a third round in Paris.", "third"),
    ("They met half way.", "half"),
    ("Some people never vote.", "Some"),
    ("The Three Mile Island plant closed.", "Three"),
    ("The band's 1990s hits returned.", "1990"),
    ("The 5G rollout slowed.", "5"),
    ("Fans saw it on Channel 4.", "4"),
    ("She has doubled down on her claim.", "doubled"),
    ("The 2019 election changed little.", "2019"),
    ("Yields on 10-year bonds fell.", "10"),
    ("She sank nine three-pointers.", "three"),
    ("It was a 22-4 run in the third quarter.", "22-4"),
    ("Call +44 20 7946 0958 today.", "44"),
    ("Type 2 diabetes is rising.", "2"),
    ("The favourite has 5/1 odds.", "5"),
    ("Brewers are optimistic about 2005.", "2005"),
    ("Burchill (Wyness 82), Mikoliunas.", "82"),
    ("Visit Kelby House, 1 Market Square.", "1"),
    ("Page 1 of 1", "1"),
    ("She was the second in command.", "second"),
    ("There is no one else to ask.", "one"),
    ("The talk ran an hour and a half of the evening.", "half"),
    ("It was taken under one pretense.", "one"),
    # ages that say who someone is, not claims about an age
    ("The 62-year-old retired.", "62"),
    ("She left a two-month-old baby.", "two"),
    ("Thirty-one year old Pavel Orlov was fishing alone.", "Thirty-one"),
    ("The 57-year-old told the court he was sorry.", "57"),
    ("Ms. Arden's 9-year-old son was at home.", "9"),
    # back-references, idioms and names
    ("The two have met twice since the summit.", "two"),
    ("Police said the three fled the scene.", "three"),
    ("A hobby like this may pay the rent one day.", "one day"),
    ("Talks on a two-state solution stalled.", "two"),
    ("The plan revives the one-child policy debate.", "one"),
    # versions, grades and specifications
    ("The flaw affects Orbit Browser 7 and 8 on older laptops.", "8"),
    ("Every release from OB5 to 9 needs the patch.", "9"),
    ("The patch only covers 32-bit systems.", "32"),
    ("Officers found a .38-caliber pistol.", "38"),
    ("The shop sells 18k gold rings and 24-carat gold bars.", "18"),
    ("The shop sells 18k gold rings and 24-carat gold bars.", "24"),
    ("KTV 5 News first reported the story.", "5"),
    ("The story was first reported by the 7 News team.", "7"),
    ("Shots were fired in the 4200 block of Elm Street.", "4200"),
    ("At one point the judge called a recess.", "one"),
    ("The club promised zero tolerance of abuse.", "zero"),
    ("With one euro worth $1.25, exporters struggled.", "one euro"),  # the unit of an exchange rate
    ("He was tackled at the 12-yard line.", "12-yard"),  # a place on the field
    ("The band played at Golden Seven Records, Blue Nine Studios and Red Fox Hall.", "Seven"),
]


@pytest.mark.parametrize("text,token", NEGATIVES, ids=[f"{t[1]} | {t[0][:30]}" for t in NEGATIVES])
def test_not_a_figure(text, token):
    start = text.index(token)
    end = start + len(token)
    overlapping = [text[q.start:q.end] for q in find_quantities(text) if q.start < end and start < q.end]
    assert overlapping == []


def test_spans_are_never_empty_or_overlapping():
    text = ("The plan caps the number who may apply for asylum each year at 50,000, and "
            "Spending on roads rose by €14 million, to €39 million a year, about 5% more.")
    qs = find_quantities(text)
    assert qs, "figures expected"
    for q in qs:
        assert q.start < q.end
    for a, b in zip(qs, qs[1:]):
        assert a.end <= b.start


def test_measure_spans_quote_the_text_in_headline_case():
    text = "Governor Cut Taxes 40 Times For Families"
    (q,) = find_quantities(text)
    assert text[q.measure_start:q.measure_end] == q.measure == "Times"


def test_empty_and_figure_free_text():
    assert find_quantities("") == []
    assert find_quantities("The minister spoke at length about the plan.") == []


def test_spans_index_the_given_text_with_offset():
    prefix = "Intro words here. "
    text = prefix + "Prices rose 76% in March."
    (q,) = find_quantities(text)
    assert text[q.start:q.end] == "76%"
    assert q.start == len(prefix) + len("Prices rose ")
