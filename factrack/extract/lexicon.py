"""Word tables for the number grammar: number words, scales, currencies, units, qualifiers.

Kept apart from the grammar so the regexes in numbers.py stay readable and the tables
can grow (a new currency, a new change verb) without touching the parsing logic.
"""

from __future__ import annotations

UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multiplying words inside a spelled-out number ("two hundred thousand").
SCALE_WORDS = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12, "lakh": 1e5, "crore": 1e7,
}
# Scales written after digits: "1.5 million", "£3bn", "$3.2tn", "5k", "Rs 1 crore".
SCALE_SUFFIXES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
}
# "hundreds of", "tens of thousands of": vague plurals, read as the smallest plural.
VAGUE_PLURALS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
    "billions": 2e9, "trillions": 2e12, "tens": 20,
}

# Denominators of spelled fractions, singular and plural.
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "hundredth": 100,
    "hundredths": 100,
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

MULTIPLIER_VERBS = {
    "double": 2, "doubled": 2, "doubles": 2, "doubling": 2,
    "triple": 3, "tripled": 3, "triples": 3, "tripling": 3,
    "treble": 3, "trebled": 3, "trebles": 3, "trebling": 3,
    "quadruple": 4, "quadrupled": 4, "quadruples": 4, "quadrupling": 4,
    "quintuple": 5, "quintupled": 5,
}
MULTIPLIER_ADVERBS = {"twice": 2, "thrice": 3}

# Currency written before the digits. Longest first so "US$" wins over "$".
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD",
    "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "hk$": "HKD", "hkd": "HKD",
    "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "r$": "BRL", "brl": "BRL",
    "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY",
    "cny": "CNY", "rmb": "CNY", "₹": "INR", "rs.": "INR", "rs": "INR", "inr": "INR",
    "₦": "NGN", "ngn": "NGN", "chf": "CHF", "₩": "KRW", "₽": "RUB", "rub": "RUB",
    "₱": "PHP", "zar": "ZAR", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "₺": "TRY",
    "mxn": "MXN", "pkr": "PKR", "kes": "KES", "₪": "ILS", "ksh": "KES", "kshs": "KES",
    "n": "NGN", "p": "PHP",
}
# Currency written after the amount ("15 dollars", "5m euros", "2.5 trillion yuan").
CURRENCY_NAMES = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD", "cents": "USD", "pence": "GBP",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "naira": "NGN", "swiss francs": "CHF",
    "francs": "CHF", "franc": "CHF", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "pesos": "MXN", "peso": "MXN", "rand": "ZAR", "reais": "BRL",
    "shekels": "ILS", "dirhams": "AED", "riyals": "SAR", "lira": "TRY", "liras": "TRY",
    "kronor": "SEK", "kroner": "NOK", "ringgit": "MYR", "baht": "THB",
    "shillings": "KES",
}
# ISO codes accepted after the amount ("5m EUR").
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "HKD", "NZD", "SGD", "CHF",
    "RUB", "BRL", "ZAR", "NGN", "KRW", "MXN", "SEK", "NOK", "DKK", "TRY", "PKR", "KES",
    "ILS", "AED", "SAR",
)

DURATION_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "week", "fortnights": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century",
    "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour",
}

# Qualifier phrase (lowercased, single-spaced) -> bound. Matched right before a figure.
QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "exceeding": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "greater than": "more_than", "higher than": "more_than", "just over": "more_than",
    "well over": "more_than", "well above": "more_than", "just above": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "a least": "at_least",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "lower than": "less_than",
    "just below": "less_than", "well under": "less_than", "well below": "less_than",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most",
    "about": "approx", "around": "approx", "roughly": "approx", "nearly": "approx",
    "almost": "approx", "some": "approx", "approximately": "approx",
    "an estimated": "approx", "estimated": "approx", "an approximate": "approx",
    "approx.": "approx", "approx": "approx", "circa": "approx", "close to": "approx",
    "almost exactly": "approx", "~": "approx", "c.": "approx", "about some": "approx",
    "something like": "approx", "in the region of": "approx", "nigh on": "approx",
    # Emphasis without a bound: part of the figure as written, bound stays exact.
    "just": "exact", "only": "exact", "a mere": "exact", "merely": "exact",
    "an extra": "exact", "a further": "exact", "an additional": "exact",
}

# Verbs (and nouns) of change: a percentage right after them is a change, not a share.
CHANGE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps",
    "climbed", "climb", "climbs", "climbing", "surged", "surge", "surges", "soared",
    "soar", "soars", "gained", "gain", "gains", "rallied", "boosted", "boost", "raised",
    "raise", "raises", "raising", "hiked", "hike", "fell", "fall", "falls", "falling",
    "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline", "declines",
    "declining", "decreased", "decrease", "decreases", "decreasing", "slumped", "slump",
    "slid", "slide", "slides", "sank", "sink", "plunged", "plunge", "plummeted",
    "tumbled", "shrank", "shrink", "shrunk", "contracted", "expanded", "expand",
    "lost", "lose", "loses", "cut", "cuts", "cutting", "reduced", "reduce", "reduces",
    "reducing", "lowered", "lower", "slashed", "slash", "eased", "dipped", "dip",
    "improved", "worsened", "widened", "narrowed", "deepened", "up", "down", "spiked", "spike",
    "skyrocketed", "doubled", "halved", "trimmed", "shed", "added", "advanced",
    "retreated", "recovered", "rebounded", "accelerated", "slowed", "inflated",
    "warmed", "cooled", "heated", "slipped", "edged", "rallied", "widening", "narrowing",
)
# Nouns after a percentage that make it a change: "a 12% rise in sales".
CHANGE_NOUNS = (
    "increase", "increases", "rise", "rises", "jump", "growth", "gain", "gains",
    "surge", "hike", "boost", "fall", "falls", "drop", "drops", "decline", "declines",
    "decrease", "cut", "cuts", "reduction", "reductions", "slump", "loss", "losses",
    "plunge", "climb", "uptick", "downturn", "contraction", "improvement", "higher",
    "lower", "up", "down", "more", "less", "fewer", "cheaper", "dearer", "bigger",
    "smaller", "larger", "faster", "slower", "above", "below", "stronger", "weaker",
)

SUPERLATIVES = (
    "largest", "biggest", "highest", "lowest", "smallest", "most", "least", "best",
    "worst", "busiest", "richest", "poorest", "wealthiest", "oldest", "youngest",
    "fastest", "slowest", "longest", "shortest", "greatest", "deadliest", "heaviest",
    "strongest", "weakest", "cheapest", "costliest", "safest", "hottest", "coldest",
    "wettest", "driest", "warmest", "leading", "top", "ranked", "placed", "place",
    "tallest", "popular", "populous", "important", "expensive", "successful",
    "powerful", "common", "visited",
)

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

# Words after which a bare number is a label, not a figure ("No. 10", "page 5").
LABEL_WORDS = (
    "no", "nos", "no.", "number", "page", "pages", "p.", "pp.", "section", "sections",
    "chapter", "article", "articles", "clause", "paragraph", "para", "rule", "room",
    "flight", "route", "platform", "gate", "channel", "level", "version", "v", "grade",
    "phase", "iphone", "ipad", "windows", "galaxy", "playstation", "xbox", "boeing",
    "airbus", "apollo", "formula", "proposition", "prop", "amendment", "title", "act",
    "highway", "interstate", "studio", "radio", "series", "ward", "district", "unit",
    "box", "suite", "floor", "apartment", "flat", "bus", "train", "line", "road",
    "street", "avenue", "mk", "model", "vol", "volume", "issue", "episode", "season",
    "week", "day", "round", "stage", "game", "match", "world war", "bill", "resolution",
    "h.r.", "s.", "hr", "psalm", "figure", "fig", "fig.", "table", "exhibit", "item",
    "lot", "category", "class", "type", "tier", "zone", "terminal", "pier", "berth",
    "block", "building", "camp", "base", "division", "regiment", "squadron", "battalion",
    "fleet", "corps", "army", "brigade", "company", "precinct", "code", "form",
    "schedule", "annex", "appendix", "part", "step", "option", "plan", "pillar",
    "windows", "ios", "android", "vista", "office", "ps", "nintendo", "wii", "fifa",
    "pes", "gta", "halo", "quake", "doom", "civilization", "final fantasy", "star wars",
    "rocky", "toy story", "shrek", "spider-man", "harry potter", "ocean's", "saw",
    "big", "top", "g", "f", "mp", "covid", "sars-cov", "v.", "mark", "stalag",
    "interstates", "highways", "routes", "channel", "berkshire", "lakers",
)

# Temporal prepositions: a four-digit year-like number after them is a date.
YEAR_PREPOSITIONS = (
    "in", "since", "by", "from", "until", "till", "to", "of", "during", "before",
    "after", "the", "in the", "late", "early", "mid", "around", "circa", "year",
    "years", "spring", "summer", "autumn", "fall", "winter", "between", "and", "through",
    "fy", "season", "class", "election", "budget", "census", "vintage", "its", "their",
    "his", "her", "this", "that", "at", "for", "on", "-", "–", "/", "a", "an", "last",
    "next", "estimated", "term", "cohort", "than",
)

# Words that end a counted noun phrase (the measure of a count).
NP_STOP = frozenset("""
a an the this that these those which who whom whose when where while what why how
is are was were be been being am has have had having do does did done will would shall
should can could may might must not no nor and or but if then than so as at by for from
in into on onto of off out over under to up down with within without about above below
after before since until till during per via across against among amongst between
through throughout toward towards upon said says say told tells according also just
only even still already each every all both either neither some any more most less
least many much few several other another such own same there here it its they them
their he him his she her we us our you your i me my mine ours theirs who's it's
because although though whereas unless whether yet ago earlier later despite
including excluding like unlike versus vs against amid among besides respectively
apiece each altogether overall combined alone instead too again behind ahead once
last next ever never now then today yesterday tomorrow this year years
""".split())

# Determiners stripped from the start of a measure.
DETERMINERS = frozenset("""
a an the this that these those its their his her our your my some all any each every
such of
""".split())

# Frequent verbs that end a measure phrase ("one-third of global production comes ...").
# Forms ending in -ed/-ing are caught by rule; these are the irregular and -s forms.
PHRASE_VERBS = frozenset("""
come comes came go goes went make makes made take takes took get gets got give gives
gave live lives lived work works die dies died say says see sees saw know knows knew
think thinks thought want wants use uses find finds found tell tells ask asks seem
seems feel feels leave leaves left keep keeps kept hold holds held bring brings
brought begin begins began run runs ran become becomes became show shows pay pays
paid meet meets met lead leads led stand stands stood lose loses lost buy buys bought
sell sells sold spend spends spent build builds built send sends sent fall falls fell
rise rises rose grow grows grew win wins won agree agrees vote votes smoke smokes
drink drinks eat eats own owns earn earns face faces need needs remain remains stay
stays account accounts represent represents receive receives include includes suffer
suffers support supports oppose opposes believe believes expect expects plan plans
hope hopes claim claims report reports describe describes cost costs mean means
require requires allow allows help helps reach reaches return returns try tries call
calls move moves turn turns put puts set sets let lets sit sits stand speak speaks
speaks fly flies flew drive drives drove attend attends visit visits enter enters
die fight fights fought hit hits kill kills injure injures arrive arrives wait waits
apply applies rely relies prefer prefers favour favours favor favors back backs
lack lacks contain contains produce produces consume consumes import imports export
exports employ employs sang sing sings wrote write writes spoke ate fled flee flees
bid bids drew fought sought taught caught swore threw rode woke chose froze hid
shook stole struck swam wore range ranges ranged ranging vary varies varied cover
covers covered affect affects affected
""".split())

# Labels after which a bare number is always a name or reference ("iPhone 15 launch",
# "Section 3 sets"), unlike "highway 880 km long" where the number is measured.
STRONG_LABELS = frozenset("""
no no. nos number page pages p. pp. section sections chapter article articles clause
paragraph para iphone ipad windows galaxy playstation xbox boeing airbus apollo
proposition prop amendment act bill resolution h.r. hr psalm figure fig fig. table
exhibit episode season version versions v v. mk model vol volume issue covid formula stalag type
ios android
""".split())

# Nouns that make a bare year-like number (1500-2100) a count: "2000 people".
YEARLIKE_COUNT_NOUNS = frozenset("""
people persons men women children adults workers employees staff jobs homes houses
households cars vehicles students pupils patients deaths cases troops soldiers
police officers members voters residents visitors fans copies units tonnes tons miles
kilometres km metres feet acres hectares words pages signatures seats shares
""".split())

# Units of measurement written after a count: the unit is normalized to its singular.
PHYSICAL_UNITS = {
    "kilometres": "kilometre", "kilometre": "kilometre", "kilometers": "kilometre",
    "kilometer": "kilometre", "km": "kilometre", "miles": "mile", "mile": "mile",
    "metres": "metre", "metre": "metre", "meters": "metre", "meter": "metre",
    "centimetres": "centimetre", "cm": "centimetre", "millimetres": "millimetre",
    "mm": "millimetre", "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch",
    "inch": "inch", "yards": "yard", "yard": "yard", "hectares": "hectare", "hectare": "hectare",
    "ha": "hectare", "acres": "acre", "acre": "acre", "square miles": "square mile",
    "square metres": "square metre", "square kilometres": "square kilometre",
    "square feet": "square foot", "tonnes": "tonne", "tonne": "tonne", "tons": "ton",
    "ton": "ton", "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram",
    "kilos": "kilogram", "grams": "gram", "gram": "gram", "mg": "milligram",
    "lbs": "pound", "pound": "pound", "lb": "pound", "ounces": "ounce", "oz": "ounce",
    "litres": "litre", "litre": "litre", "liters": "litre", "gallons": "gallon",
    "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "degrees celsius": "degree Celsius", "degrees c": "degree Celsius",
    "degrees fahrenheit": "degree Fahrenheit", "degrees f": "degree Fahrenheit",
    "°c": "degree Celsius", "°f": "degree Fahrenheit", "degrees": "degree",
    "megawatts": "megawatt", "mw": "megawatt", "gigawatts": "gigawatt", "gw": "gigawatt",
    "kilowatts": "kilowatt", "kw": "kilowatt", "kwh": "kilowatt hour",
    "terawatt hours": "terawatt hour", "twh": "terawatt hour", "gwh": "gigawatt hour",
    "points": "point", "point": "point",
    "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte",
}
# Speeds are rates: kind ratio, unit as written.
SPEED_UNITS = {"km/h": "km/h", "kmh": "km/h", "kph": "km/h", "mph": "mph",
               "miles per hour": "mph", "kilometres per hour": "km/h", "knots": "knot"}
