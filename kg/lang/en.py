"""What the builders know of English."""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs

# --- numbers and figures ------------------------------------------------------

DECIMAL_MARKS = "."
GROUP_MARKS = ", "  # "1,500,000"; a space groups thousands in UN texts ("20 000")
SCALE_WORDS: dict[str, Decimal] = {
    "thousand": Decimal(10**3),
    "million": Decimal(10**6),
    "millions": Decimal(10**6),
    "mn": Decimal(10**6),
    "billion": Decimal(10**9),
    "billions": Decimal(10**9),
    "bn": Decimal(10**9),
    "trillion": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "more than": "more-than",
    "over": "more-than",
    "above": "more-than",
    "in excess of": "more-than",
    "less than": "less-than",
    "fewer than": "less-than",
    "under": "less-than",
    "below": "less-than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "an estimated": "about",
    "at least": "at-least",
    "no fewer than": "at-least",
    "a minimum of": "at-least",
    "a maximum of": "at-most",
    "at most": "at-most",
    "up to": "at-most",
    "no more than": "at-most",
    # a ceiling a budget sets: "commitments in an amount not to exceed 2,537,000 dollars"
    "not to exceed": "at-most",
    "not exceeding": "at-most",
    "do not exceed": "at-most",
    "does not exceed": "at-most",
    "≥": "at-least",
    "≤": "at-most",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "US dollars": "USD",
    "United States dollars": "USD",  # as the UN writes the currency (a unit, not the State)
    "United States dollar": "USD",
    "dollars": "USD",
    # the franc of West (XOF) or Central (XAF) Africa: which one the state tells, so a generic unit
    "CFA francs": "franc CFA",
    "CFA franc": "franc CFA",
    "€": "EUR",
    "EUR": "EUR",
    "CAD": "CAD",
    "PHP": "PHP",
    "GBP": "GBP",
    "JPY": "JPY",
    "CNY": "CNY",
    "AUD": "AUD",
    "CHF": "CHF",
    "INR": "INR",
    "PLN": "PLN",
    "zlotys": "PLN",
    "zloty": "PLN",
    "£": "GBP",
    "euros": "EUR",
    "people": "persons",
    "persons": "persons",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "metric tons": "tonnes",
    "tons": "tonnes",
}

# --- dates --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10,
    "nov.": 11, "dec.": 12,
}  # fmt: skip

# --- commitments --------------------------------------------------------------


# The UN's own list of operative phrases (Editorial Manual), lower case; keys are matched
# case-insensitively and the longest form wins ("notes with concern" before "notes").
_OPERATIVE_VERBS: dict[str, str] = {
        "recognizes": "recognizes", "welcomes": "welcomes", "reaffirms": "reaffirms",
        "affirms": "affirms", "notes": "notes", "takes note": "takes-note",
        "notes with concern": "notes-with-concern", "notes with grave concern": "notes-with-concern",
        "notes with deep concern": "notes-with-concern", "notes with appreciation": "notes-with-appreciation",
        "notes with satisfaction": "notes-with-satisfaction", "recalls": "recalls",
        "acknowledges": "acknowledges", "stresses": "stresses", "emphasizes": "emphasizes",
        "underlines": "underlines", "highlights": "highlights", "reiterates": "reiterates",
        "expresses": "expresses", "expresses concern": "expresses-concern",
        "expresses its concern": "expresses-concern", "expresses deep concern": "expresses-concern",
        "expresses its deep concern": "expresses-concern", "expresses appreciation": "expresses-appreciation",
        "expresses its appreciation": "expresses-appreciation", "commends": "commends",
        "appreciates": "appreciates", "values": "values", "regrets": "regrets", "deplores": "deplores",
        "condemns": "condemns", "considers": "considers", "believes": "believes",
        "is convinced": "is-convinced", "is concerned": "is-concerned", "is aware": "is-aware",
        "bears in mind": "bears-in-mind", "is guided by": "is-guided-by", "is determined": "is-determined",
        "looks forward": "looks-forward", "observes": "observes", "intends": "intends",
        "embraces": "embraces", "encourages": "encourages", "urges": "urges", "reminds": "reminds",
        # a text put before a body for it to take up ("Draws the attention of the Special Committee to ...")
        "draws the attention": "draws-attention", "draws attention": "draws-attention",
        "calls upon": "calls-upon",
        "calls on": "calls-upon", "calls for": "calls-for", "invites": "invites", "appeals": "appeals",
        "recommends": "recommends", "supports": "supports", "trusts": "trusts", "requests": "requests",
        "demands": "demands", "directs": "directs", "instructs": "instructs", "tasks": "tasks",
        "decides": "decides", "endorses": "endorses", "approves": "approves", "adopts": "adopts",
        "authorizes": "authorizes", "proclaims": "proclaims", "declares": "declares",
        "designates": "designates", "establishes": "establishes", "resolves": "resolves",
        "commits": "commits", "will": "will", "confirms": "affirms", "agrees": "decides",
        # an office filled by the Assembly ("Appoints Mr. X Secretary-General", "Elects ... as members")
        "appoints": "designates", "elects": "designates",
        # a call made again is a call ("Reiterates its call upon all States to ...")
        "reiterates its call upon": "calls-upon", "reiterates the call upon": "calls-upon",
        "reiterates its call on": "calls-upon", "reiterates the call on": "calls-upon",
        "reiterates its call for": "calls-for", "reiterates the call for": "calls-for",
        "renews its call upon": "calls-upon", "renews its call for": "calls-for",
}  # fmt: skip


def _bare(verb: str) -> str:
    """The infinitive of a phrase whose first word is a verb in the third person ("welcomes" -> "welcome",
    "stresses" -> "stress", "calls upon" -> "call upon"); "" for a phrase that is no such verb ("is aware")."""
    head, _, rest = verb.partition(" ")
    if head in {"is", "will"} or not head.endswith("s"):
        return ""
    stem = head[:-2] if head.endswith(("sses", "shes", "ches", "xes")) else head[:-1]
    return f"{stem} {rest}".strip()


# A verb the Assembly keeps to ("Continues to welcome", "Continues to encourage") is that verb.
_CONTINUED_VERBS = {f"continues to {_bare(verb)}": action for verb, action in _OPERATIVE_VERBS.items() if _bare(verb)}

OPERATIVE_VERBS: dict[str, str] = with_adverbs(
    {**_OPERATIVE_VERBS, **_CONTINUED_VERBS},
    before=("also", "further", "further also", "again", "strongly", "once again", "firmly",
            "accordingly", "therefore", "in this regard", "in this context", "also strongly"),
    after=("also", "further", "with appreciation"),
)  # fmt: skip
PREAMBULAR_PHRASES: dict[str, str] = with_adverbs(
    {
        "recalling": "recalls", "reaffirming": "reaffirms", "affirming": "affirms",
        "recognizing": "recognizes", "acknowledging": "acknowledges", "noting": "notes",
        "taking note": "takes-note", "noting with concern": "notes-with-concern",
        "noting with grave concern": "notes-with-concern", "noting with deep concern": "notes-with-concern",
        "noting with appreciation": "notes-with-appreciation",
        "noting with satisfaction": "notes-with-satisfaction",
        "welcoming": "welcomes", "stressing": "stresses", "emphasizing": "emphasizes",
        "underlining": "underlines", "highlighting": "highlights", "reiterating": "reiterates",
        "expressing": "expresses", "expressing concern": "expresses-concern",
        "expressing its concern": "expresses-concern", "expressing appreciation": "expresses-appreciation",
        "commending": "commends", "appreciating": "appreciates", "regretting": "regrets",
        "deploring": "deplores", "condemning": "condemns", "considering": "considers",
        "believing": "believes", "convinced": "is-convinced", "deeply convinced": "is-convinced",
        "concerned": "is-concerned", "deeply concerned": "is-concerned", "gravely concerned": "is-concerned",
        "aware": "is-aware", "fully aware": "is-aware", "conscious": "is-aware", "mindful": "is-aware",
        "bearing in mind": "bears-in-mind", "guided by": "is-guided-by", "determined": "is-determined",
        "acting under": "acts-under",
        "looking forward": "looks-forward", "observing": "observes", "encouraging": "encourages",
        "urging": "urges", "calling upon": "calls-upon", "calling for": "calls-for",
        "inviting": "invites", "supporting": "supports", "emphasizing also": "emphasizes",
        "having considered": "considers", "having examined": "considers", "taking into account": "considers",
        "taking into consideration": "considers", "seeking": "intends", "desiring": "intends",
        "committed": "is-determined", "recognizing also": "recognizes", "alarmed": "is-concerned",
        # an adverb inside the phrase: "Guided also by", "Bearing also in mind", "Taking also into account"
        "guided also by": "is-guided-by", "guided further by": "is-guided-by",
        "bearing also in mind": "bears-in-mind", "bearing further in mind": "bears-in-mind",
        "taking also into account": "considers", "taking further into account": "considers",
    },
    before=("also", "further", "further also", "again", "once again"),
    after=("also", "further"),
)  # fmt: skip
# What a state, an organisation or a person pledges, reported in the third person ("Canada plans
# to welcome ...", "Mexico also pledged to ..."), with the adverbs written before the verb or
# after its auxiliary ("has also committed to").
_REPORTED_PLEDGES: dict[str, str] = {
    "commits to": "commits", "commit to": "commits", "committed to": "commits",
    "has committed to": "commits", "have committed to": "commits",
    "is committed to": "commits", "are committed to": "commits",
    "remains committed to": "commits", "remain committed to": "commits",
    "pledges to": "commits", "pledged to": "commits", "has pledged to": "commits", "have pledged to": "commits",
    # "Japan pledged $10 million": what is pledged follows with no "to"
    "pledged": "commits", "pledges": "commits", "has pledged": "commits", "have pledged": "commits",
    "undertakes to": "commits", "undertook to": "commits",
    "reaffirms its commitment to": "commits", "reaffirmed its commitment to": "commits",
    "reaffirm their commitment to": "commits", "reaffirmed their commitment to": "commits",
    "plans to": "intends", "plan to": "intends", "intends to": "intends", "intend to": "intends",
}  # fmt: skip
_REPORTED_ADVERBS = ("also", "further")

# A decision or a pledge a joint statement reports of its parties: "The Parties decided to open a joint
# office", "Norland affirmed to keep its rescue teams", "affirmed a commitment to". Subject-bound: "the
# decision to", "affirmed to be" of no actor right before, are none.
_REPORTED_DECISIONS: dict[str, str] = {
    "decided to": "decides", "has decided to": "decides", "have decided to": "decides",
    "affirmed to": "commits", "affirm to": "commits",
    "affirmed a commitment to": "commits", "affirm a commitment to": "commits",
    "affirmed its commitment to": "commits", "affirmed their commitment to": "commits",
}  # fmt: skip

# What a body will do, reported: "The Government will allocate ...", "The Philippines will host ...", and an
# order's mandates: "the Department of Migrant Workers (DMW) shall serve as the chair". A commitment only where
# an actor stands right before it (extra["subject_bound_pledges"]): "our political will to" is none.
_REPORTED_FUTURE: dict[str, str] = {"will": "will", "will also": "will", "shall": "tasks", "shall also": "tasks"}

# A government announcing what it will fund or launch pledges it: "The United States is announcing new programs
# worth $8.9 million" (subject-bound, as the future: "announces" alone, of no one, is no pledge).
_ANNOUNCING: dict[str, str] = {"is announcing": "commits", "are announcing": "commits", "announces": "commits"}

# A stance a body or person takes, reported: "President Garcia strongly supports this new legislation", "The
# Ministry also supports ...". Subject-bound ("support for", "supports" of no actor, is none).
_REPORTED_STANCES: dict[str, str] = with_adverbs(
    {"supports": "supports", "support": "supports", "continues to support": "supports"},
    before=("also", "strongly", "fully", "firmly"),
)

# A government's measure told as done: "The Department of the Treasury sanctioned a training center", "the
# Department of State imposed visa restrictions on ...", "President Biden signed a National Security
# Memorandum": the body's decision. Subject-bound, as the future: "sanctions imposed by the regime" has no
# actor right before the verb. Only an act of its own is signed so: an agreement signed with others is a
# pledge (_AGREED), a joint statement the signatories'.
_SIGNED_ACTS = ("memorandum", "national security memorandum", "presidential memorandum", "executive order",
                "proclamation", "bill", "law", "decree")  # fmt: skip
_MEASURES_TAKEN: dict[str, str] = with_adverbs(
    {
        "sanctioned": "decides", "has sanctioned": "decides", "is sanctioning": "decides",
        "imposed": "decides", "has imposed": "decides", "is imposing": "decides", "are imposing": "decides",
        **{f"{verb} {article} {act}": "decides" for verb in ("signed", "has signed") for article in ("a", "an", "the")
           for act in _SIGNED_ACTS if (article == "an") == act.startswith("e")},
        "signed into law": "decides", "has signed into law": "decides",
    },
    before=("also", "jointly", "today"),
)  # fmt: skip

# an agreement a body signs, and its target, told of it ("has signed an agreement with", "the goal is to")
_AGREED: dict[str, str] = {
    **dict.fromkeys(
        (
            f"{verb} {article} agreement"
            for verb in ("signed", "has signed", "have signed")
            for article in ("an", "a new")
        ),
        "commits",
    ),
    "the goal is to": "intends",
    "its goal is to": "intends",
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "we commit to": "commits",
    "is tasked with": "tasks",
    "was tasked with": "tasks",
    # an order's passive mandates: "the Department of Migrant Workers (DMW) is directed to draft ..."
    **with_adverbs(
        {
            "is directed to": "tasks",
            "are directed to": "tasks",
            "is instructed to": "tasks",
            "are instructed to": "tasks",
        },
        inside=("also", "hereby"),
    ),
    "is responsible for": "tasks",
    "will be responsible for": "tasks",
    "we commit": "commits",
    "we are committed to": "commits",
    "we remain committed to": "commits",
    "we reaffirm our shared commitment to": "commits",
    "we reaffirm our commitment to": "commits",
    "we pledge to": "commits",
    "we undertake to": "commits",
    "we are determined to": "commits",
    "we intend to": "intends",
    "we also intend to": "intends",
    "we further intend to": "intends",
    "we intend": "intends",
    "we plan to": "intends",
    "we seek to": "intends",
    "we will": "will",
    **_REPORTED_FUTURE,
    **_ANNOUNCING,
    **_MEASURES_TAKEN,
    **_REPORTED_STANCES,
    **with_adverbs(_REPORTED_PLEDGES, before=_REPORTED_ADVERBS, inside=_REPORTED_ADVERBS),
    **with_adverbs(_REPORTED_DECISIONS, before=_REPORTED_ADVERBS),
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = ("Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "H.E.", "Sir", "Dame", "Mr", "Ms", "Mrs")
POSTS: dict[str, str] = {
    "Rapporteur": "Rapporteur", "Special Rapporteur": "Special Rapporteur", "Chair": "Chair",
    "Chairman": "Chair", "Chairperson": "Chair", "Vice-Chair": "Vice-Chair", "Vice-Chairman": "Vice-Chair",
    "Co-Chair": "Co-Chair", "President": "President", "Vice-President": "Vice-President",
    "Secretary-General": "Secretary-General", "Deputy Secretary-General": "Deputy Secretary-General",
    "Under-Secretary-General": "Under-Secretary-General",
    "Permanent Representative": "Permanent Representative",
    "Deputy Permanent Representative": "Deputy Permanent Representative", "Representative": "Representative",
    "Special Representative": "Special Representative", "High Commissioner": "High Commissioner",
    "Executive Director": "Executive Director", "Director-General": "Director-General",
    "Administrator": "Administrator", "Facilitator": "Facilitator", "Co-facilitator": "Co-facilitator",
    "Director": "Director", "Secretary": "Secretary",
    # posts of governments, as news names them
    "Prime Minister": "Prime Minister", "Deputy Prime Minister": "Deputy Prime Minister", "Minister": "Minister",
    "Deputy Minister": "Deputy Minister", "Vice Minister": "Deputy Minister", "Vice President": "Vice-President",
    "Secretary of State": "Secretary of State", "Ambassador": "Ambassador", "Spokesperson": "Spokesperson",
    "Spokesman": "Spokesperson", "Special Envoy": "Special Envoy", "Chief of Mission": "Chief of Mission",
    "Resident Coordinator": "Resident Coordinator", "Governor": "Governor", "Mayor": "Mayor",
    "Founder": "Founder", "Co-founder": "Co-founder", "Research Fellow": "Research Fellow",
    # posts of an executive's staff and of justice, as government statements name them before their holders
    "National Security Advisor": "National Security Advisor",
    "Deputy National Security Advisor": "Deputy National Security Advisor", "Press Secretary": "Press Secretary",
    "Chief of Staff": "Chief of Staff", "Attorney General": "Attorney General",
    # members of a legislature, as news names them before their holders ("Ranking Member Mike Crane")
    "Senator": "Senator", "Senators": "Senator", "Ranking Member": "Ranking Member",
    "Congressman": "Member of Congress", "Congresswoman": "Member of Congress",
}  # fmt: skip
# Heads of the names of national bodies, with the word that joins the name ("Ministry of Foreign Affairs").
ORGANIZATION_HEADS: dict[str, str] = {
    "Ministry of": "government-agency",
    "Ministry for": "government-agency",
    "Department of": "government-agency",
    "Department for": "government-agency",
}


_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_CARDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                  "eighty": 80, "ninety": 90}  # fmt: skip


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words or digits ("seventy-third", "73rd"), or None.

    >>> parse_ordinal("Seventy-third"), parse_ordinal("one hundred and first"), parse_ordinal("73rd")
    (73, 101, 73)
    >>> parse_ordinal("third session") is None
    True
    """
    words = text.casefold().replace("-", " ").split()
    if len(words) == 1 and words[0][:-2].isdecimal() and words[0][-2:] in ("st", "nd", "rd", "th"):
        return int(words[0][:-2]) or None
    if not words or words[-1] not in _ORDINAL_UNITS:
        return None
    total = 0
    for word in words[:-1]:
        if word in _CARDINAL_TENS:
            total += _CARDINAL_TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word not in ("one", "and"):
            return None
    return total + _ORDINAL_UNITS[words[-1]]


def ordinal_suffix(number: int) -> str:
    """The letters English writes after an ordinal's digits.

    >>> [ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101)]
    ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'nd', 'rd', 'st']
    """
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "Decree": "decree",
        "Presidential Decree": "decree",
        "Executive Order": "decree",
        "Order": "decree",
        "Regulation": "decree",
        "Law": "law",
        "Act": "law",
        "Decision": "decision",
        "Resolution": "resolution",
        "Ordinance": "ordinance",
        # a notice of the conclusions a leader drew at a meeting, issued by the office that notifies them
        "Notice": "notice",
    },
    "legal_number_marks": ("No.", "No", "Number", "#"),
    "legal_number_tails": (),
    "recital_openers": (
        "Having regard to", "Pursuant to", "In accordance with", "By virtue of", "Whereas",
        "On the proposal of", "In exercise of", "Upon the recommendation of", "Considering",
    ),
    "enacting_formulas": (
        "hereby decrees:", "hereby decrees as follows:", "decrees:", "hereby orders:", "orders:",
        "hereby decides:", "decides:", "be it enacted", "hereby enacts:",
        "concluded as follows:",
    ),
    # the sentence that closes a notice ("The Government Office hereby notifies ..."): no task; its subject issues it
    "closing_formulas": ("hereby notifies",),
    "article_words": ("Article", "Art.", "Section"),
    "article_tails": (),
    "article_ordinals": {},
    "article_actions": {
        "is hereby approved": "approves",
        "are hereby approved": "approves",
        "is hereby adopted": "adopts",
        "is hereby established": "establishes",
        "is hereby created": "establishes",
        "is hereby repealed": "decides",
        "are hereby repealed": "decides",
    },
    "entry_into_force_phrases": (
        "shall enter into force", "enters into force", "shall come into force", "comes into force",
        "shall take effect", "takes effect", "shall be effective",
    ),
    "signing_day_phrases": (
        "on the date of its signature", "upon its signature", "upon signature", "on the date of signing",
        "on the day of its signing", "on the date of its adoption",
    ),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": (
        "on the date of its publication", "upon its publication", "upon publication", "on the day of its publication",
        "on the day following its publication",
    ),
    # the last day it is in force; the day from which an instrument is no longer (kg.builders.legal.in_force)
    "in_force_until_phrases": ("up to and including", "until"),
    "out_of_force_phrases": (
        "shall cease to have effect on", "ceases to have effect on", "shall expire on", "expires on",
    ),
    "on_behalf_marks": ("For and on behalf of", "On behalf of", "For the", "p.p."),
    "adoption_date_phrases": ("adopted on", "passed on", "enacted on"),
    "closing_cues": ("Done at", "Signed at", "Given at", "Given under my hand"),
    "signed_placeholders": ("(signed)", "(Signed)", "Signed"),
    "appendix_words": ("ANNEX", "Annex", "APPENDIX", "Appendix", "SCHEDULE", "Schedule"),
    "table_unit_labels": ("Unit:", "Units:", "Amounts in"),
    "task_table_lead_headers": ("Lead agency", "Lead body", "Lead", "Responsible agency", "Responsible"),
    "task_table_task_headers": ("Task", "Tasks", "Activity", "Action"),
    "task_table_due_headers": ("Deadline", "Completion date", "Expected completion", "Timeline", "Due"),
    "quarter_words": ("Q", "Quarter", "quarter"),
    "period_deadline_words": ("by", "before", "no later than", "by the end of", "in"),
    "time_of_day_words": ("a.m.", "p.m.", "am", "pm", "in the morning", "in the evening", "at night"),
    "clock_hour_words": ("o'clock",),
    "letter_subject_marks": ("Subject:", "SUBJECT:", "Re:", "RE:"),
    "administrative_unit_words": ("County", "District", "Province", "Ward", "Municipality", "Township", "Parish"),
    "instrument_self_words": ("This", "this", "present"),
    "copula_words": ("is", "are"),
    "repeal_phrases": ("is hereby repealed", "are hereby repealed", "is repealed", "are repealed"),
    "declaratory_headings": ("Scope", "Definitions", "Subject matter", "Interpretation"),
    # an article that allocates powers decides who holds them: "Article 41. Competence to manage civil servants"
    "competence_headings": ("Competence", "Competences", "Powers", "Jurisdiction"),
    "responsibility_headings": ("Responsibilities of", "Duties of", "Obligations of"),
    "party_stops": ("in", "when", "under", "with regard"),
    # an official letter: no type line, its text opens with the line to its addressee
    "salutations": {"Dear": "official-letter"},
    # a plan's line under a task that says by when it is due ("Deadline: 30 November 2024.")
    "time_limit_labels": ("Deadline", "Time limit", "Time frame"),
    # a legal-information site's page around the instrument (kg.builders.legal.page)
    "legal_metadata_labels": {
        "Number": "number",
        "Document number": "number",
        "Type": "kind",
        "Document type": "kind",
        "Issuing body": "issuer",
        "Issuing authority": "issuer",
        "Signer": "signer",
        "Signed by": "signer",
        "Issuance date": "date",
        "Date of issue": "date",
        "Effective date": "in_force",
        "Date of entry into force": "in_force",
        "Gazette date": "gazette_date",
        "Gazette number": "gazette_number",
        "Status": "status",
    },
    "legal_page_furniture": (
        "Loading document...",
        "Related documents",
        "Related legal documents",
        "File attached to document",
        "Download",
    ),
}  # fmt: skip


# What the speakers of a declaration do in its paragraphs ("We recognize ...", "We also reaffirm ..."), each verb
# opening a sentence: a commitment of theirs with the force of its action.
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "we recognize": "recognizes", "we recognise": "recognizes", "we reaffirm": "reaffirms",
        "we acknowledge": "acknowledges", "we affirm": "affirms", "we note": "notes", "we take note": "takes-note",
        "we emphasize": "emphasizes", "we emphasise": "emphasizes", "we stress": "stresses",
        "we underline": "underlines", "we welcome": "welcomes", "we salute": "commends", "we commend": "commends",
        "we encourage": "encourages", "we urge": "urges", "we call upon": "calls-upon", "we call on": "calls-upon",
        "we recommend": "recommends", "we support": "supports", "we express": "expresses", "we declare": "declares",
        "we reiterate": "reiterates", "we condemn": "condemns", "we resolve": "resolves", "we decide": "decides",
        "we invite": "invites", "we request": "requests", "we recall": "recalls", "we adopt": "adopts",
        "we endorse": "endorses", "we hold ourselves accountable": "commits",
        # how the speakers open and what they strive for: "We, Heads of State ..., are meeting", "We seek"
        "we are meeting": "meets", "we meet": "meets", "we are gathered": "meets", "we have gathered": "meets",
        "we seek": "seeks",
        # what the speakers pledge to do: "We will leave no one behind", "We pledge to ..."
        "we will": "commits", "we pledge": "commits",
    },
    inside=("also", "further", "therefore", "strongly", "fully", "again", "firmly", "hereby", "collectively"),
)  # fmt: skip

# A readout names the participants of a meeting or a call, then tells what they did together under a collective
# subject ("The leaders reaffirmed their support for ...", "Both leaders agreed that ..."): every participant's stance,
# with how many parties the subject names (0: as many as the text names as meeting). A joint statement tells its
# parties' stances so too, in the present ("The two countries reaffirm ...").
JOINT_SUBJECTS: dict[str, int] = {
    **dict.fromkeys(("the leaders", "the presidents", "the ministers", "the sides", "the officials"), 0),
    **{f"{both} {who}": 2 for both in ("both", "the two")
       for who in ("leaders", "presidents", "ministers", "sides", "parties", "officials", "countries", "governments")},
}  # fmt: skip
_READOUT_VERBS: dict[str, str] = {
    "reaffirmed": "reaffirms", "reiterated": "reiterates", "affirmed": "affirms", "agreed that": "affirms",
    "agreed on": "affirms", "agreed to": "commits", "committed to": "commits", "pledged to": "commits",
    "discussed": "considers", "exchanged views on": "considers", "expressed": "expresses", "welcomed": "welcomes",
    "noted": "notes", "emphasized": "emphasizes", "emphasised": "emphasizes", "stressed": "stresses",
    "underscored": "underlines", "highlighted": "highlights", "condemned": "condemns",
    # a joint statement's present
    "reaffirm": "reaffirms", "reiterate": "reiterates", "affirm": "affirms", "agree that": "affirms",
    "agree to": "commits", "commit to": "commits", "are committed to": "commits", "welcome": "welcomes",
    "condemn": "condemns", "underscore": "underlines", "stress": "stresses", "emphasize": "emphasizes",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(
    JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, before=("also", "further"))
)

EXTRA: dict[str, object] = {
    **LEGAL_INSTRUMENTS,
    # a lower-case word after a capitalised one ends a name ("the Department of Migrant Workers | to")
    "lowercase_after_capital_in_names": False,
    # conjunctions that stay inside a name between capitalised words ("Ministry of Labour and Employment")
    "name_bridges": ("and", "&"),
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    "cycle_words": {
        "annually": "P1Y",
        "every year": "P1Y",
        "each year": "P1Y",
        "on an annual basis": "P1Y",
        "biennially": "P2Y",
        "every two years": "P2Y",
        "on a biennial basis": "P2Y",
        "triennially": "P3Y",
        "every three years": "P3Y",
        "every four years": "P4Y",
        "every five years": "P5Y",
        "quadrennially": "P4Y",
        "on a triennial basis": "P3Y",
        "on a quadrennial basis": "P4Y",
        # the adjective only before "report": "the quadrennial comprehensive policy review" is a name
        **{f"{adjective} report{plural}": cycle for adjective, cycle in (("biennial", "P2Y"), ("triennial", "P3Y"),
           ("quadrennial", "P4Y")) for plural in ("", "s")},
    },
    # A national instrument announced by its head and number: "Executive Order No. 42", "Law No. 82 of 2016".
    "instrument_number_heads": {"Executive Order": "decree", "EO": "decree", "E.O.": "decree",
                                "Republic Act": "law", "Presidential Decree": "decree",
                                "Decree": "decree", "Law": "law", "Act": "law", "Ordinance": "decree"},
    # an executive order is cited by its number in full or short ("Executive Order 14013", "EO 14013"): one key
    "instrument_head_abbreviations": {"Executive Order": "EO", "EO": "EO", "E.O.": "EO"},
    "instrument_number_word": ("No.", "No", "Number", "#"),
    # "Law amending and supplementing a number of articles of the Law on A and the Law on B": named by all it amends
    "amending_name_openers": ("amending and supplementing", "amending"),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("Convention",),
    "convention_suffixes": (),
    "signing_verbs": ("signed", "has signed", "have signed", "had signed", "signs", "has now signed"),
    # words between an instrument and its issuer (declared in kg/lang/schema.py): "..., signed by the President"
    "issuer_links": ("signed by", "was signed by", "issued by", "was issued by"),
    "instrument_year_links": ("of",),
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "Related", "Related articles", "Related stories", "Related news", "Read more", "Read also",
        "See also", "More on this story", "Most read", "Most popular", "Latest news", "Latest", "Trending",
        "More from", "Recommended", "Tags", "Share this article", "Comments",
    ),
    "home_cues": ("Home",),
    "source_cues": ("Source:",),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("Editor:", "Edited by", "Editing by", "Reporting by", "Writing by", "Author:"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    # the marks a press release ends with (a Markdown copy escapes "\\###"): the issuer's own statement
    "release_end_marks": ("###", "# # #", "-30-", "- 30 -", "-END-", "- END -", "ENDS"),
    "repost_link_cues": ("Reposted from", "Republished from", "Originally published", "Read the original"),
    "signatory_openers": (
        "We, the Heads of State and Government of", "We, the Heads of State and Government",
        "We, the Ministers of", "We, the leaders of",
    ),
    "date_links": ("of",),
    "event_name_stops": (
        "in", "on", "at", "from", "held", "which", "that", "this", "to", "and", "was", "will", "is", "took", "with",
    ),
    "name_joiners": ("of", "on", "for"),
    # a dialogue without its day or place is a standing mechanism, no meeting ("the annual Water Dialogue")
    "event_heads_dated": ("Dialogue",),
    # after its head, an event's name goes on in capitals only ("Summit of the Americas", not "Summit opens")
    "event_names_capitalised": True,
    "event_heads_last": ("Day",),  # heads that end an event's name: "World Refugee Day"
    # Instruments named around a head word, where names are capitalised (kg.finders.instruments):
    # "CHIPS Act", "Law on Medical Devices", "Memorandum of Cooperation on ...", with the words that may join
    # the capitalised words of a name after its head.
    "capitalised_instrument_heads": {
        "Act": "law", "Law": "law", "Code": "law", "Treaty": "treaty", "Convention": "convention",
        "Agreement": "agreement", "Accord": "agreement", "Memorandum": "agreement", "Protocol": "protocol",
        "Covenant": "instrument", "Charter": "instrument", "Declaration": "declaration", "Framework": "instrument",
        "Compact": "compact", "Strategy": "strategy", "Plan": "plan", "Programme": "programme", "Program": "programme",
        "Partnership": "agreement",  # a framework of relations two states agree on ("Comprehensive Strategic ...")
        # what conferences adopt and organizations are founded on ("Beijing Platform for Action", "International
        # Health Regulations (2005)", "Constitution of the World Health Organization")
        "Platform": "programme", "Regulations": "instrument", "Constitution": "instrument",
        # instruments named together or by a number: "the Geneva Conventions", "Additional Protocols", "Agenda 21"
        "Conventions": "convention", "Protocols": "protocol", "Agenda": "programme",
    },
    "instrument_name_joiners": ("of", "on", "for", "to", "against"),
    "list_articles": ("the",),
    "list_conjunctions": ("and",),
    "between_words": ("between",),  # a treaty between two parties: its name runs to the second
    # A body named by its kind alone stands for the document's own ("to the Council at its fifty-sixth session").
    "short_body_names": {"Council": "council", "Assembly": "assembly", "Committee": "committee",
                         "Commission": "commission", "Office": "office", "Centre": "centre", "Center": "center",
                         "Fund": "fund", "Institute": "institute", "Network": "network"},
    "observance_days": {
        "World Refugee Day": "--06-20", "International Migrants Day": "--12-18", "Human Rights Day": "--12-10",
        "World Bee Day": "--05-20", "Nelson Mandela International Day": "--07-18",
        "International Women's Day": "--03-08", "World Environment Day": "--06-05",
        "International Day of Peace": "--09-21", "United Nations Day": "--10-24", "World Press Freedom Day": "--05-03",
        "World Day Against the Death Penalty": "--10-10",
    },
    # verbs by which two persons meet or talk: the meeting is an event (kg.finders.events)
    "meeting_verbs": ("met with", "meets with", "welcomed", "welcomes", "hosted", "spoke with", "spoke by phone with",
                      "held a call with", "held talks with", "held a meeting with"),
    # a verb or noun of signing right before the named instrument signed: an event (kg.finders.events)
    "signing_event_verbs": ("signed", "signs", "has signed", "have signed", "will sign", "signing of",
                            "signature of"),
    # passive phrases of signing right after the named instrument signed ("the ... Act was signed into law")
    "signed_after_phrases": ("was signed into law", "was signed", "were signed", "has been signed",
                             "have been signed", "was formally signed"),
    # an English instrument's name takes its article ("signing of the Paris Agreement")
    "signing_event_name": "signing of the {}",
    "visit_heads": ("state visit to", "official visit to", "working visit to"),
    "event_head_idioms": ("summit of the mountain", "summit of power"),
    "venue_nouns": ("the headquarters of", "headquarters of"),
    "event_heads": {
        "Summit": "summit",
        "Conference": "conference",
        "Forum": "forum",
        "Workshop": "workshop",
        "Meeting": "meeting",
        "Session": "session",
        "Dialogue": "meeting",
        "United Nations Congress": "conference",  # the congresses on crime prevention, every five years
        "Day": "event",  # an observance, with the capitalised words before it: "World Refugee Day"
    },
    "measure_stops": (
        "in", "from", "since", "by", "between", "during", "over", "to", "and", "who", "which", "that",
    ),
    "period_year_words": ("in", "in the year"),
    "year_range_links": ("to",),
    "this_year_words": ("this year", "this fiscal year"),
    "subset_words": ("of whom", "of which", "including"),
    "number_of_words": ("the number of", "number of"),
    "year_parts": {
        "first two months": "01/02", "first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3",
        "fourth quarter": "Q4", "first half": "H1", "second half": "H2",
    },
    "period_phrases": ("before the pandemic", "after the pandemic"),
    "since_words": ("since",),
    "that_year_words": ("that year", "that same year", "the same year"),
    "same_period_words": ("same period of", "same period in", "same month of", "same month in"),
    "next_year_words": ("a year later", "the following year", "the next year"),
    "counted_nouns": {
        "children": "children", "migrants": "migrants", "refugees": "refugees", "countries": "countries",
        "organizations": "organizations", "organisations": "organizations", "delegations": "delegations",
        "votes": "votes", "abstentions": "votes", "jobs": "jobs", "students": "students", "officers": "officers",
        "offices": "offices", "provinces": "provinces", "aircraft": "aircraft", "people": "persons",
        "colleges": "colleges", "universities": "universities", "schools": "schools", "hospitals": "hospitals",
        "agencies": "agencies", "shelters": "shelters", "transactions": "transactions", "applicants": "applicants",
        # what a resolution counts: "accession by 58 States", "12 posts", "3,000 troops", "five members"
        "States": "States", "Member States": "Member States", "posts": "posts", "troops": "troops",
        "members": "members",
        # people counted by both sexes, and the operations a body mounts: "1 million women and men have served in
        # more than 70 peacekeeping operations"
        "women and men": "women and men", "men and women": "men and women", "women": "women", "men": "men",
        "operations": "operations", "missions": "missions",
    },
    # whose nationals a number counts, right after it ("27 Australians", "28 Canadian citizens")
    "nationals": {
        form: code
        for code, (adjective, plural) in {
            "AUS": ("Australian", "Australians"), "CAN": ("Canadian", "Canadians"), "USA": ("American", "Americans"),
            "GBR": ("British", "Britons"), "NZL": ("New Zealand", "New Zealanders"), "JPN": ("Japanese", "Japanese"),
            "DEU": ("German", "Germans"), "FRA": ("French", "French"), "UKR": ("Ukrainian", "Ukrainians"),
            "RUS": ("Russian", "Russians"), "CHN": ("Chinese", "Chinese"), "VNM": ("Vietnamese", "Vietnamese"),
            "MEX": ("Mexican", "Mexicans"), "AFG": ("Afghan", "Afghans"),
        }.items()
        for form in (adjective, plural)
    },
    "measure_connectors": ("of",),
    "ordinal_markers": (
        "No.", "no.", "number", "paragraph", "article", "item", "page", "chapter", "section",
    ),
    "date_order": "mdy",  # 12/19/2018 in US usage; UN texts spell dates out
    "date_range_openers": ("from",),
    "day_ordinal_suffixes": ("st", "nd", "rd", "th"),
    "date_range_connectors": ("-", "–", "to", "and"),
    "year_words_before": ("in", "by", "until", "since"),
    "year_words_after": (),
    "session_words": ("session", "sessions"),
    # A report's draft its committee adopted, the symbol next: "the Committee adopted draft resolution A/C.2/72/L.66".
    "draft_adopted": r"\badopted\s+draft\s+(?:resolution|decision)s?",
    # Meetings named by number, and the noun that names one: "at its 24th and 27th meetings, on ...".
    "meeting_number": r"(?:\d+(?:st|nd|rd|th)(?:,\s*|\s+and\s+|\s+to\s+))*\d+(?:st|nd|rd|th)"
    r"\s+(?:plenary\s+)?meetings?",
    "meeting_noun": "meeting",
    # A range of meetings, each one named: "at its 20th to 25th meetings".
    "meeting_range_words": ("to",),
    "ordinal_suffix": ordinal_suffix,  # the meetings inside a range: "20th to 25th" names the 21st and the 22nd
    # What a report asks with no speaker named, its author's recommendations: "Member States are encouraged to".
    "passive_phrases": {
        f"{verb} {adverb}{participle}": action
        for verb in ("is", "are")
        for adverb in ("", "also ", "further ", "strongly ", "again ")
        for participle, action in (("encouraged to", "encourages"), ("invited to", "invites"), ("urged to", "urges"),
                                   ("called upon to", "calls-upon"), ("requested to", "requests"))
    }
    | {"it is recommended that": "recommends"},
    # A vote's tally, whose numbers are no statistics: "by a recorded vote of 124 to 49, with 1 abstention".
    # Tables of figures: the column header that gives a row's figure its unit, and the total row.
    "table_unit_headers": {"Percentage": "percent", "Per cent": "percent", "Rate (percentage)": "percent"},
    "table_total_words": ("Total",),
    "vote_name": "{body} vote",
    "vote_pattern": r"(?:vote\s+of\s+\d+|\d+\s+votes?(?:\s+in\s+favou?r)?)\s+(?:to|against)\s+(?:\d+|none)"
    r"(?:\s+votes?)?|\d+\s+in\s+favou?r,\s*\d+\s+against|\d+\s+abstentions?",
    # Words before a session that make it the topic, not the time: "report ... on its twenty-second session".
    "session_topic_words": ("on its", "on the work of its", "on their", "on the work of their"),
    "ordinal_side": "before",
    "agenda_words": ("agenda item", "agenda items", "of the provisional agenda"),  # "Item 22 (b) of the ..."
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": ("decision", "decisions"),
    "resolution_words": ("resolution", "resolutions"),
    "title_words": ("entitled", "titled"),
    "resolution_suffixes": (),
    "section_letters": {},
    "annex_words": ("annex",),
    "objective_words": ("objective",),
    # a lead whose numbered paragraphs complete it ("Resolves that:"): the operative part, no adopted text
    "lead_complementizers": ("that",),
    # the subject a decision's clause binds: "Decides that, ..., the President of the General Assembly will ..."
    "subject_predicates": ("shall", "will", "is authorized", "are authorized", "is hereby authorized",
                           "are hereby authorized", "is to", "are to"),
    "plenary_meeting": r"(\d+)(?:st|nd|rd|th)\s+plenary\s+meeting",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"(\d+)(?:st|nd|rd|th)\s+meeting",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("decision adopted by",),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"decided": "decides"},
    "decided_verbs": {"to take note": "takes-note", "to request": "requests", "to invite": "invites",
                      "to urge": "urges", "to encourage": "encourages", "to call upon": "calls-upon"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("(Signed)",),
    "adopted_phrases": ("resolution adopted by", "adopted by the security council"),
    "kind_words": {
        "presidential-statement": ("statement by the president of the security council",),
        "report": ("report of",),
        "note": ("note by",),
        "letter": ("letter dated",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": ("draft resolution", "draft decision"),
    "original_labels": ("original:",),
    "language_names": {"arabic": "ar", "chinese": "zh", "english": "en", "french": "fr", "russian": "ru",
                       "spanish": "es"},
    "issuer_prefixes": ("the",),
    "clause_boundary": r"(?:[,;]\s+(?:and\s+)?|\band\s+)",
    "clause_verb_prefix": "",
    # a clause before a declaration's verb: "As we rise from the General Assembly today, we hold ..."
    "leading_clause_openers": ("as", "while", "when", "now that"),
    "clause_connectives": ("in that regard", "in this regard", "to that end", "to this end", "in that context",
                           "in this context", "in that respect", "in this respect"),
    "addressee_end_markers": (" to ", " for ", ","),
    # words that open an aside inside a list of addressees ("in accordance with its mandate"), ending the list
    # a relative clause narrows those asked: "States that have not done so" (kg.finders.clauses)
    "addressee_inclusion_words": ("including", "in particular", "especially", "notably", "as well as"),
    "addressee_relatives": ("that", "who", "which"),
    # asides inside a list of addressees ("and, as appropriate, ..."), and the modifiers that share the noun
    # written after the last of them ("intergovernmental, international and non-governmental organizations")
    "addressee_parentheticals": ("as appropriate", "where appropriate", "as applicable", "where applicable",
                                 "as necessary", "where necessary", "inter alia", "where they exist"),
    # the plural nouns that name a collective asked in common words ("relevant human rights mechanisms and procedures")
    "addressee_collective_heads": ("mechanisms", "procedures", "bodies", "institutions", "entities", "organizations",
                                   "organisations", "agencies", "stakeholders", "partners", "actors"),
    "addressee_modifiers": ("intergovernmental", "non-governmental", "governmental", "international",
                            "regional", "subregional", "national", "local", "multilateral", "humanitarian"),
    "addressee_aside_words": (
        "in", "with", "within", "through", "by", "for", "on", "as", "at", "under", "from", "to", "into",
        "upon", "inter alia", "where", "who", "which", "that",
    ),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "relevant agencies": "relevant agencies", "relevant authorities": "relevant authorities",
        "competent authorities": "competent authorities", "relevant ministries": "relevant ministries",
        "Member States": "Member States", "States": "States", "all States": "States",
        "Governments": "Governments", "all Governments": "Governments",
        "all stakeholders": "all stakeholders",
        "relevant stakeholders": "relevant stakeholders", "United Nations system": "United Nations system",
        "specialized agencies": "specialized agencies", "funds and programmes": "funds and programmes",
        "United Nations entities": "United Nations entities", "civil society": "civil society",
        "private sector": "private sector", "international organizations": "international organizations",
        "regional commissions": "regional commissions", "donors": "donors",
        "development partners": "development partners", "international community": "international community",
        "all parties": "all parties", "all parties to armed conflict": "parties to armed conflict",
        "all parties to armed conflicts": "parties to armed conflict",
        "parties to armed conflict": "parties to armed conflict", "States parties": "States parties",
        "all Member States": "Member States", "United Nations agencies": "United Nations agencies",
        "international financial institutions": "international financial institutions",
        # the States that administer Non-Self-Governing Territories (Chapter XI of the Charter)
        "administering Powers": "administering Powers", "administering Power": "administering Power",
    },
    # A time limit counted from when the text takes effect: "within 60 days" (kg.text.deadlines).
    "time_limit_words": ("within", "within a period of", "no later than"),
    "duration_units": {"days": "D", "day": "D", "weeks": "W", "week": "W", "months": "M", "month": "M",
                       "years": "Y", "year": "Y"},
    # A duration counted from an event, "at least 12 weeks ahead of each forum": a lead time, no figure.
    # A limit set in the measure before a figure: "a maximum assessment rate of 22 per cent" is at most 22.
    "limit_words": {"maximum": "at-most", "ceiling": "at-most", "minimum": "at-least", "floor": "at-least"},
    # the day a stock is counted at ("contributions outstanding as at 30 April 2019"), and the words before the
    # last day of a period a budget names in full ("the financial period ended 30 June 2018"): a figure's period
    "reference_date_words": ("as at", "as of"),
    "period_end_words": ("period ended", "period ending", "biennium ended", "year ended"),
    "lead_time_words": ("ahead of", "before", "prior to", "after", "in advance of", "in advance"),
    # the years a commitment runs over: "the period from 2019 to 2028 as the Decade" (kg.finders.clauses)
    "term_period_words": ("the period from", "the period"),
    "term_period_connectors": ("to", "-", "–", "—"),
    "deadline_words": ("by", "until", "no later than", "before the end of", "by the end of", "by end-", "by end",
                       # "shall take place during the first semester of the year 2022": due within that year
                       *(f"{lead} the {part} of{year}" for lead in ("during", "in")
                         for part in ("first semester", "second semester", "first half", "second half")
                         for year in ("", " the year"))),
    # Phrases that give the organisation right after them a task: "The order directs the Department".
    "assigning_phrases": ("directs", "instructs", "tasks", "mandates", "orders", "will direct", "will instruct"),
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {
        # a statement's priority is what it calls for: "Our priority remains the fight for ..."
        "our priority is": "calls-for", "our priority remains": "calls-for",
        "I have decided": "decides", "we have decided": "decides", "I decided": "decides", "we decided": "decides",
        "we condemn": "condemns", "we strongly condemn": "condemns", "we denounce": "condemns",
        "we deplore": "deplores", "we regret": "regrets", "we welcome": "welcomes", "we call on": "calls-upon",
        "we call upon": "calls-upon", "we call for": "calls-for", "we urge": "urges", "we demand": "demands",
    },
    # a body named before them adopts an instrument (kg.finders.commitments)
    "adoption_phrases": {
        f"{verb} {article} {noun}": "adopts"
        for verb in ("adopted", "passed", "approved")
        for article in ("a", "the", "an")
        for noun in ("resolution", "declaration", "treaty", "convention", "law", "decision")
        if (article == "an") == noun.startswith(("a", "e", "i", "o", "u"))
    },
    # verbs of saying after a speaker, before what is reported ("the minister said the parties must")
    "speech_verbs": ("said", "says", "stated", "told", "wrote", "argued", "added", "warned"),
    # a statement's lead after the one who speaks in it (kg.finders.actors.statement_author)
    "statement_lead_phrases": ("released the following statement", "issued the following statement",
                               "made the following statement"),
    # kinds of body before a quoted name; in capitals, an acronym that makes words a body's name ("Business NSW NGO")
    "quoted_name_kinds": ("NGO", "NGOs"),
    # the collective subject of a readout and its verb: the participants' stance (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    # relative pronouns that stand for the actor before them (kg.finders.commitments)
    "relative_pronouns": ("which", "who"),
    # words before an actor a verb is done with, not its subject ("con Guatemala, firmó")
    # a subject that refers to what the paragraph told of ("this project will"; kg.finders.commitments)
    "referring_determiners": ("this", "these"),
    # a readout's pronoun subject: the person last named (kg.finders.commitments)
    "person_pronouns": ("He", "She"),
    "partner_markers": ("with",),
    # words before those a decision told without its subject applies to (kg.finders.commitments)
    "target_markers": ("against",),
    "target_partitives": ("from among", "among them", "including"),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": tuple(_AGREED),
    # words that open an item of demands before the actor it asks ("The need for | the international
    # community to", "That | the Government ensure"; kg.finders.demands)
    "demand_item_openers": ("the need for", "need for", "that"),
    # the author's own organs, which its recommendations direct (kg.finders.demands)
    "own_organ_words": ("its bodies", "our bodies", "its organs", "our organs", "its branches", "our branches",
                        "its chapters", "our chapters", "its member unions"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("The union calls for:", "We demand:"), with the action of items that have no verb of their own.
    "demand_list_leads": {
        **{verb: "calls-for" for verb in ("calls for", "call for", "called for", "calling for", "our demands",
                                          "the following demands")},
        **{verb: "demands" for verb in ("demands", "demand", "demanded")},
        **{verb: "calls-upon" for verb in ("calls on", "call on", "calls upon", "call upon")},
        **{verb: "urges" for verb in ("urges", "urge", "urged")},
        **{verb: "recommends" for verb in ("recommends", "recommend", "recommendations")},
    },
    # Phrases by which one actor asks the one named right after them (news: "called on the Security Council to").
    # a decision or announcement told without its subject: the author's (kg.finders.commitments)
    "author_phrases": {"it has been decided": "decides", "it was decided": "decides", "it is decided": "decides"},
    "request_complements": ("to",),
    "addressee_breaks": ("on", "in", "at", "by", "for", "with", "from", "during", "after", "before", "again"),
    "requesting_phrases": {"called on": "calls-upon", "calls on": "calls-upon", "called upon": "calls-upon",
                           "calls upon": "calls-upon", "urged": "urges", "urges": "urges", "asked": "requests",
                           "requested": "requests", "call on": "calls-upon", "call upon": "calls-upon",
                           "urge": "urges", "encourages": "encourages", "will encourage": "encourages"},
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("we",),
    # between an event and the day it met: "the meeting of the Committee ... of 12 September 2025"
    # "the meeting of the Committee ... of 12 September 2025", "the World Conference on Human Rights on 25 June 1993"
    "event_date_links": ("of", "on"),
    # the event a note cites the report of, with its place and dates (kg.finders.meetings)
    # or the event itself, where the note cites its report after it ("See Eighth United Nations Congress on ...,
    # Havana, 27 August–7 September 1990: report prepared by the Secretariat")
    "report_of_words": ("Report of the", "See the", "See"),
    "held_words": ("held", "convened", "hosted", "to be held", "met", "chaired by", "co-chaired by", "hosted by"),
    # small words inside an event's name besides "name_joiners" ("Conference of the Parties to the Convention")
    "event_name_joiners": ("to",),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("to convene", "convene", "convenes", "to hold", "convening of"),
    "indefinite_articles": ("a", "an"),
    "event_at_words": ("at the", "at", "during the", "during"),
    "place_prepositions": ("in", "at"),
    "meeting_series_words": ("meetings of the", "meetings of", "sessions of the"),
    "period_words": ("in the period",),
    "year_place_prepositions": ("in",),
    "per_words": ("per",),
    # figures in words, ages and ratios (kg.text.numbers; declared in kg/lang/schema.py)
    # also counts before a counted noun ("two posts", "twenty-four members"; kg.finders.figures), tens joined to
    # a unit by a hyphen
    "number_words": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                     "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                     "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                     "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                     "ninety": 90, "a": 1},
    "age_words_before": ("aged", "age of", "ages of", "aged between", "aged under", "aged over"),
    "age_words_after": ("years of age", "years old", "year-old", "-year-old", "years and older", "years and over"),
    "ratio_links": ("in", "out of"),
    # words that open the heading of a statement, before the body that issues it ("Заявление МИД России",
    # "Déclaration de Thierry Kuhn, président d'Emmaüs France"; kg.finders.actors.statement_author)
    # a by-line before the body that wrote the text (kg.finders.actors.statement_author)
    "byline_words": ("By the", "By", "Written by"),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    # an instrument a body adopts or signs without a name ("adopted a resolution"; kg.finders.instruments)
    # "Commission ... resolutions 2006/2 and its resolution 2013/1": the list before's body (kg.finders.citations)
    "list_possessives": ("its",),
    # an instrument named in lower case by its topic ("tratado global sobre comercio de armas")
    "topic_prepositions": ("on",),
    "adoption_verbs": ("adopted", "has adopted", "have adopted", "signed", "has signed", "have signed", "approved"),
    "adoption_fillers": ("a", "an", "new"),
    "adopted_instrument_heads": {"resolution": "resolution", "treaty": "treaty", "agreement": "agreement"},
    "generic_instrument_names": ("Memorandum of Understanding", "Memorandum of Cooperation",
                                 "Letter of Intent", "Joint Statement"),
    # a text that names the body that issues it (kg.builders.news)
    "self_issued_phrases": ("This press release is issued by", "This press release was issued by",
                            "This statement is issued by", "This statement was issued by",
                            "This statement is published by"),
    "statement_words": ("Statement by", "Statement of", "Statement from", "Declaration by", "Declaration of",
                        "Press release by", "Communiqué of"),
    # persons and their posts (kg.finders.actors); keys declared in kg/lang/schema.py
    # words that mark the name of a body, wherever they stand in it, with its kind (kg.finders.actors:
    # a name an acronym defines is a body's only with one: "the Department of Defense (DOD)", not "Rare
    # Earth Elements (REE)"); a word also matches the forms it opens ("Services")
    # a company's kind, and where it is based, right before its name ("port operator SSA Marine",
    # "California-based Marvell"; kg.finders.actors)
    "company_words": ("company", "companies", "firm", "operator", "carrier", "airline", "manufacturer",
                      "startup", "start-up", "conglomerate", "automaker", "chipmaker", "retailer", "insurer"),
    "based_suffixes": ("-based", "-headquartered"),
    "body_words": {
        **dict.fromkeys(("Ministry", "Department", "Agency", "Administration", "Service", "Office", "Bureau",
                         "Commission", "Parliament", "Congress", "Senate", "Assembly",
                         # forces of a state ("the French Navy", "the U.S. Coast Guard")
                         "Navy", "Army", "Guard"), "government-agency"),
        **dict.fromkeys(("Organization", "Organisation", "Association", "Federation", "Union", "Coalition",
                         "Alliance", "Party", "Corporation", "Company", "Institute", "Foundation", "Bank", "Fund",
                         "Council", "Committee", "Centre", "Center", "Network", "Movement", "Campaign",
                         "Chamber", "Corps", "University", "Court", "Forum", "Board", "Panel",
                         "Tribunal", "Group"), "organization"),
    },
    # body words that name a body only with the place it serves in after them ("Support Mission in Mali"; a
    # "trade mission" is a visit)
    "seated_body_words": {"Mission": "organization"},
    # a room or building named after the body that sits in it ("the General Assembly Hall"): a place
    "venue_words": ("Hall", "Building", "Room", "Auditorium", "Lounge", "Lobby"),
    # a body word's plural is one ("Offices"), an agent noun on it is a post ("Human Rights Officer")
    "body_word_endings": ("s", "es"),
    # articles that may open a sentence before a name, and are no part of it ("The Department of ... (DOD)")
    "name_articles": ("The",),
    # the authorities of a state, named with it ("the authorities of Chad"; kg.finders.actors)
    "authority_words": ("authorities",),
    # ... and right after the state, which English puts first as a modifier ("the U.S. government")
    "authority_words_after_state": ("government", "authorities"),
    # legal forms that end a company's name ("CAE Inc.", "MDA Ltd."), also where a text in another script
    # names it in Latin letters (kg.finders.actors)
    # a listed person's citizenship before the post ("a US citizen, freelance journalist"): no post
    "citizenship_words": ("citizen", "national"),
    "company_suffixes": ("Inc.", "Inc", "Ltd.", "Ltd", "Limited", "LLC", "Corp.", "PLC", "plc", "GmbH", "S.A.", "AG",
                         "Co."),
    # articles inside a name, between its capitalised words ("Organización de las Naciones Unidas")
    "name_inner_articles": ("the",),
    # posts whose word is also an ordinary noun: a post only with its holder (declared in kg/lang/schema.py)
    "posts_needing_a_holder": ("Founder", "Co-founder", "Research Fellow"),
    "post_links": ("of the", "of"),
    "name_suffixes": ("Jr", "Sr"),
    "plural_posts": ("Senators",),
    "becoming_links": ("who became", "who has become", "who later became"),
    # news (declared in kg/lang/schema.py); "the country" is no word for the home country: any state is one
    "national_addressees": ("relevant agencies", "relevant authorities", "competent authorities",
                            "relevant ministries"),
    "news_agencies": {"Reuters": "", "AFP": "", "AP": "", "EFE": "", "dpa": "", "VNA": "VNM", "Xinhua": "CHN",
                      "TASS": "RUS", "SPA": "SAU", "WAM": "ARE", "KUNA": "KWT", "QNA": "QAT", "Petra": "JOR",
                      "MENA": "EGY", "Yonhap": "KOR", "Kyodo": "JPN", "Bernama": "MYS", "Antara": "IDN", "PNA": "PHL"},
    "home_country_words": (),
    # Words that end the name of a body, where a known body's short name opens it ("the IOM Development Fund",
    # "the UNICEF Executive Board"): a part of that body.
    "organization_tails": {
        tail: "organization"
        for tail in ("Fund", "Facility", "Programme", "Program", "Commission", "Council", "Committee", "Office",
                     "Agency", "Bureau", "Secretariat", "Mission", "Centre", "Center", "Institute", "Foundation",
                     "Bank", "Network", "Unit", "Board", "Authority")
    },
    # national bodies named alone, of the home state (news; declared in kg/lang/schema.py): "The Government will
    # allocate ..." (capitalised, as governments write of themselves; "government" is too often no body)
    "standalone_organizations": {"Government": "Government", "Cabinet": "Cabinet", "Congress": "Congress",
                                 "Parliament": "Parliament"},
    "standalone_exceptions": ("Heads of State and Government", "Heads of State or Government",
                              "Heads of Government", "Head of Government"),
    "subject_bound_pledges": (
        *_REPORTED_FUTURE, *_ANNOUNCING, *_MEASURES_TAKEN, *_REPORTED_STANCES,
        *with_adverbs(_REPORTED_DECISIONS, before=_REPORTED_ADVERBS),
    ),
}  # fmt: skip


PACK = LanguagePack(
    code="en",
    name="English",
    direction="ltr",
    months=MONTHS,
    decimal_marks=DECIMAL_MARKS,
    group_marks=GROUP_MARKS,
    scale_words=SCALE_WORDS,
    qualifiers=QUALIFIERS,
    units=UNITS,
    parse_ordinal=parse_ordinal,
    operative_verbs=OPERATIVE_VERBS,
    preambular_phrases=PREAMBULAR_PHRASES,
    pledge_phrases=PLEDGE_PHRASES,
    honorifics=HONORIFICS,
    posts=POSTS,
    organization_heads=ORGANIZATION_HEADS,
    extra=EXTRA,
)
