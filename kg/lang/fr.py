"""What the builders know of French."""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs

# --- numbers and figures ------------------------------------------------------

DECIMAL_MARKS = ","
GROUP_MARKS = " ."  # "20 000" (also with no-break spaces), sometimes "20.000"
SCALE_WORDS: dict[str, Decimal] = {
    "mille": Decimal(10**3),
    "million": Decimal(10**6),
    "millions": Decimal(10**6),
    "milliard": Decimal(10**9),
    "milliards": Decimal(10**9),
    "billion": Decimal(10**12),  # the long scale: a French billion is 10^12
    "billions": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "plus de": "more-than",
    "plus d’": "more-than",
    "plus d'": "more-than",
    "au-delà de": "more-than",
    "moins de": "less-than",
    "environ": "about",
    "près de": "about",
    "quelque": "about",
    "presque": "about",
    "approximativement": "about",
    "à peu près": "about",
    "au moins": "at-least",
    "pas moins de": "at-least",
    "un minimum de": "at-least",
    "un maximum de": "at-most",
    "au plus": "at-most",
    # un plafond: "des engagements d'un montant n'excédant pas 2 537 000 dollars"
    "n'excédant pas": "at-most",
    "n’excédant pas": "at-most",
    "ne dépassant pas": "at-most",
    "ne dépassent pas": "at-most",
    "jusqu’à": "at-most",
    "jusqu'à": "at-most",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "pour cent": "percent",
    "$": "USD",
    "dollars": "USD",
    "de dollars": "USD",
    "dollars des États-Unis": "USD",
    "€": "EUR",
    "euros": "EUR",
    # one euro or less ("à peu près 0,8 euro"), and the codes a news item writes after the amount ("6 milliards USD")
    "euro": "EUR",
    "EUR": "EUR",
    "USD": "USD",
    "d’euros": "EUR",
    "d'euros": "EUR",
    "personnes": "persons",
    "de personnes": "persons",
    "tonnes": "tonnes",
    "de tonnes": "tonnes",
    # the franc of West (XOF) or Central (XAF) Africa: which one the state tells, so a generic unit
    "francs CFA": "franc CFA",
    "de francs CFA": "franc CFA",
    "FCFA": "franc CFA",
}

# --- dates --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # abbreviated, as agencies write datelines ("Dakar, 6 nov (APS) -")
    **{
        form: month
        for abbreviation, month in (("janv", 1), ("févr", 2), ("avr", 4), ("juil", 7), ("sept", 9), ("oct", 10),
                                    ("nov", 11), ("déc", 12))
        for form in (abbreviation, abbreviation + ".")
    },
}  # fmt: skip

# --- commitments --------------------------------------------------------------


_ADVERBS = ("également", "en outre", "de nouveau", "aussi", "vivement", "instamment", "résolument",
            "en particulier")  # fmt: skip
OPERATIVE_VERBS: dict[str, str] = with_adverbs(
    {
        "reconnaît": "recognizes", "reconnait": "recognizes", "se félicite": "welcomes", "salue": "welcomes",
        "accueille avec satisfaction": "welcomes", "réaffirme": "reaffirms", "affirme": "affirms",
        "note": "notes", "prend note": "takes-note", "constate": "notes",
        "note avec préoccupation": "notes-with-concern",
        "constate avec préoccupation": "notes-with-concern",
        "note avec satisfaction": "notes-with-satisfaction",
        "note avec appréciation": "notes-with-appreciation", "rappelle": "recalls", "considère": "considers",
        "estime": "considers", "souligne": "stresses", "insiste": "emphasizes", "met l'accent": "emphasizes",
        "met en exergue": "highlights", "réitère": "reiterates", "exprime": "expresses",
        "se déclare préoccupée": "expresses-concern", "se déclare vivement préoccupée": "expresses-concern",
        "exprime sa préoccupation": "expresses-concern", "exprime sa gratitude": "expresses-appreciation",
        "remercie": "expresses-appreciation", "félicite": "commends", "apprécie": "appreciates",
        "regrette": "regrets", "déplore": "deplores", "condamne": "condemns", "croit": "believes",
        "est convaincue": "is-convinced", "est consciente": "is-aware", "se dit préoccupée": "is-concerned",
        "est convaincu": "is-convinced", "est conscient": "is-aware", "se dit préoccupé": "is-concerned",
        "se déclare préoccupé": "expresses-concern", "se déclare vivement préoccupé": "expresses-concern",
        "attend avec intérêt": "looks-forward", "entend": "intends", "encourage": "encourages",
        "engage": "urges", "exhorte": "urges", "prie instamment": "urges", "demande": "calls-upon",
        "rappelle aux": "reminds", "rappelle à": "reminds",
        "appelle l'attention": "draws-attention", "appelle l’attention": "draws-attention",
        "invite": "invites", "lance un appel": "appeals", "recommande": "recommends", "appuie": "supports",
        "soutient": "supports", "prie": "requests", "exige": "demands", "charge": "tasks",
        "décide": "decides",
        "fait sien": "endorses", "fait siens": "endorses", "fait sienne": "endorses",
        "fait siennes": "endorses",
        "approuve": "approves", "adopte": "adopts", "autorise": "authorizes", "proclame": "proclaims",
        "déclare": "declares", "désigne": "designates", "crée": "establishes", "établit": "establishes",
        "résout": "resolves", "s'engage": "commits",
    },
    after=_ADVERBS,
)  # fmt: skip
PREAMBULAR_PHRASES: dict[str, str] = with_adverbs(
    {
        "rappelant": "recalls", "réaffirmant": "reaffirms", "affirmant": "affirms",
        "reconnaissant": "recognizes",
        "constatant": "notes", "notant": "notes", "prenant note": "takes-note", "se félicitant": "welcomes",
        "saluant": "welcomes", "soulignant": "stresses", "insistant": "emphasizes", "réitérant": "reiterates",
        "exprimant": "expresses", "considérant": "considers", "estimant": "considers",
        "convaincue": "is-convinced",
        "consciente": "is-aware", "préoccupée": "is-concerned", "vivement préoccupée": "is-concerned",
        "profondément préoccupée": "is-concerned", "gardant à l'esprit": "bears-in-mind",
        "ayant à l'esprit": "bears-in-mind", "guidée par": "is-guided-by", "déterminée": "is-determined",
        "agissant en vertu": "acts-under",
        "résolue": "is-determined", "notant avec préoccupation": "notes-with-concern",
        "notant avec satisfaction": "notes-with-satisfaction",
        "notant avec appréciation": "notes-with-appreciation",
        "prenant acte": "takes-note", "déplorant": "deplores", "condamnant": "condemns",
        "regrettant": "regrets",
        "encourageant": "encourages", "tenant compte": "considers", "ayant examiné": "considers",
        "s'inquiétant": "is-concerned", "alarmée": "is-concerned",
        # a council is masculine: "Le Conseil de sécurité, Profondément préoccupé"
        "convaincu": "is-convinced", "conscient": "is-aware", "préoccupé": "is-concerned",
        "vivement préoccupé": "is-concerned", "profondément préoccupé": "is-concerned",
        "gravement préoccupé": "is-concerned", "gravement préoccupée": "is-concerned",
        "guidé par": "is-guided-by", "déterminé": "is-determined", "résolu": "is-determined",
        "alarmé": "is-concerned",
    },
    after=_ADVERBS,
)  # fmt: skip
# What a state, an organisation or a person pledges, reported in the third person ("La Colombie
# réaffirme sa volonté d'appliquer ...", "Les États-Unis s'engagent également à ..."): the
# adverb comes after the auxiliary or the verb.
_REPORTED_PLEDGES: dict[str, str] = {
    "s’engage à": "commits", "s’engagent à": "commits",
    "s’est engagé à": "commits", "s’est engagée à": "commits",
    "se sont engagés à": "commits", "se sont engagées à": "commits",
    "réaffirme son engagement": "commits", "réaffirment leur engagement": "commits",
    "a réaffirmé son engagement": "commits", "ont réaffirmé leur engagement": "commits",
    "réaffirme sa volonté de": "commits", "réaffirme sa volonté d’": "commits",
    "prévoit de": "intends", "prévoit d’": "intends", "prévoient de": "intends", "prévoient d’": "intends",
    "a l’intention de": "intends", "a l’intention d’": "intends",
    "ont l’intention de": "intends", "ont l’intention d’": "intends",
    "entend": "intends", "entendent": "intends",
}  # fmt: skip
_REPORTED_PLEDGE_FORMS = with_adverbs(_REPORTED_PLEDGES, inside=_ADVERBS)

# What a body will do, reported: "La France va porter ...", "le gouvernement va allouer ...", and the
# future of the verbs of pledges ("la France allouera ..."); a commitment only where an actor stands right
# before it (extra["subject_bound_pledges"]).
_REPORTED_FUTURE: dict[str, str] = {
    **with_adverbs({"va": "will", "vont": "will"}, after=_ADVERBS),
    **{
        verb: "will"
        for stem in (
            "allouer",
            "consacrer",
            "verser",
            "financer",
            "débloquer",
            "mobiliser",
            "présenter",
            "créer",
            "accueillir",
            "poursuivre",
            "contribuer",
            "fournir",
            "investir",
        )
        for verb in (stem + "a", stem + "ont")
    },
    "mettra en place": "will",
    "mettront en place": "will",
}

# A government announcing what it will fund or launch pledges it: "La France annonce une contribution de 3
# millions d'euros" (subject-bound, as the future; "a annoncé", a report of the past, is none).
_ANNOUNCING: dict[str, str] = {"annonce": "commits", "annoncent": "commits"}

# an agreement a body signs, and its target, told of it ("a signé un accord avec", "l'objectif est de")
_AGREED: dict[str, str] = {
    **dict.fromkeys(
        ("a signé un accord", "ont signé un accord", "a conclu un accord", "ont conclu un accord"), "commits"
    ),
    "l'objectif est de": "intends",
    "son objectif est de": "intends",
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "nous nous engageons à": "commits",
    "nous nous engageons": "commits",
    "nous sommes déterminés à": "commits",
    "nous restons déterminés à": "commits",
    "nous réaffirmons notre engagement commun à": "commits",
    "nous réaffirmons notre engagement": "commits",
    "est chargé de": "tasks",
    "est chargée de": "tasks",
    "nous avons pour intention de": "intends",
    "nous avons pour intention d’": "intends",
    "nous avons également pour intention de": "intends",
    "nous avons également pour intention d’": "intends",
    "nous avons pour intention": "intends",
    "nous prévoyons de": "intends",
    "nous prévoyons également de": "intends",
    "nous cherchons à": "intends",
    "nous entendons": "intends",
    "nous allons": "will",
    **_REPORTED_FUTURE,
    **_ANNOUNCING,
    **_REPORTED_PLEDGE_FORMS,
    **{form.replace("’", "'"): action for form, action in _REPORTED_PLEDGE_FORMS.items()},  # typed apostrophes
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = (
    "M.", "Mme", "Mlle", "Me", "S. E.", "S.E.", "Dr",
    # communiqués of francophone governments: "Son Excellence Monsieur Bassirou Diomaye Faye"
    "Son Excellence", "Son Excellence Monsieur", "Son Excellence Madame", "Monsieur", "Madame",
)  # fmt: skip
POSTS: dict[str, str] = {
    "Rapporteur": "Rapporteur", "Rapporteuse": "Rapporteur", "Rapporteur spécial": "Special Rapporteur",
    "Rapporteuse spéciale": "Special Rapporteur", "Président": "Chair", "Présidente": "Chair",
    "Vice-Président": "Vice-Chair", "Vice-Présidente": "Vice-Chair", "Coprésident": "Co-Chair",
    "Coprésidente": "Co-Chair", "Secrétaire général": "Secretary-General",
    "Secrétaire générale": "Secretary-General",
    "Vice-Secrétaire général": "Deputy Secretary-General",
    "Vice-Secrétaire générale": "Deputy Secretary-General",
    "Représentant permanent": "Permanent Representative",
    "Représentante permanente": "Permanent Representative",
    "Représentant spécial": "Special Representative", "Représentante spéciale": "Special Representative",
    "Haut-Commissaire": "High Commissioner", "Directeur exécutif": "Executive Director",
    "Directrice exécutive": "Executive Director", "Directeur général": "Director-General",
    "Directrice générale": "Director-General", "Administrateur": "Administrator",
    "Facilitateur": "Facilitator",
    "Facilitatrice": "Facilitator", "Directeur": "Director", "Directrice": "Director",
    # posts of governments, as news names them ("le Premier ministre", "la ministre")
    "Premier ministre": "Prime Minister", "Première ministre": "Prime Minister", "ministre": "Minister",
    # plural posts, each held by the names listed after them ("les présidents Ana Ruiz et Luis Paz")
    "présidents": "President", "ministres": "Minister", "ambassadeurs": "Ambassador", "maires": "Mayor",
    "sénateurs": "Senator", "députés": "Member of Parliament",
    "Président de la République": "President", "Présidente de la République": "President",
    "Chef de l'État": "Head of State", "Chef de l’État": "Head of State",
    "ministre délégué": "Minister Delegate", "ministre déléguée": "Minister Delegate",
    "secrétaire d'État": "Secretary of State", "secrétaire d’État": "Secretary of State",
    "ambassadeur": "Ambassador", "ambassadrice": "Ambassador", "porte-parole": "Spokesperson",
    "envoyé spécial": "Special Envoy", "envoyée spéciale": "Special Envoy", "maire": "Mayor",
    "préfet": "Prefect", "préfète": "Prefect",
    "représentant": "Representative", "représentante": "Representative", "fondateur": "Founder",
    "fondatrice": "Founder", "coordinateur": "Coordinator", "juge": "Judge", "avocat": "Lawyer", "avocate": "Lawyer",
    "député": "Member of Parliament", "députée": "Member of Parliament", "sénateur": "Senator", "sénatrice": "Senator",
    # heads of government by their title, and the foreign minister as the press names the office
    "chancelier": "Chancellor", "chancelière": "Chancellor",
    "chef de la diplomatie": "Minister for Foreign Affairs",
    "coordinatrice": "Coordinator",
    # the officers of an association's bureau ("Trésorier : ...")
    "Trésorier": "Treasurer", "Trésorière": "Treasurer", "trésorier": "Treasurer", "trésorière": "Treasurer",
}  # fmt: skip
# Heads of the names of national bodies, with the word that joins the name ("ministère de l'Intérieur").
ORGANIZATION_HEADS: dict[str, str] = {
    **{
        f"{ministry} {joint}": "government-agency"
        for ministry in ("ministère", "Ministère")
        for joint in ("de", "des", "du", "de la", "de l'", "de l’")
    },
    # courts, named in lower case by their kind and seat: "le tribunal administratif de Lille"
    **{
        f"{court} {joint}": "government-agency"
        for court in ("tribunal administratif", "tribunal judiciaire", "tribunal de grande instance",
                      "tribunal correctionnel", "tribunal de commerce", "cour d'appel", "cour d’appel",
                      "cour administrative d'appel", "cour administrative d’appel", "cour d'assises", "cour d’assises")
        for joint in ("de", "du", "d'", "d’")
    },
}  # fmt: skip


_CARDINALS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}  # fmt: skip
# The cardinal a stem before "-ième" comes from ("soixante-treiz" + "ième").
_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf", "quatr": "quatre", "onz": "onze", "douz": "douze",
                  "treiz": "treize", "quatorz": "quatorze", "quinz": "quinze", "seiz": "seize",
                  "trent": "trente", "quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante",
                  "un": "un", "deux": "deux", "trois": "trois", "six": "six", "sept": "sept", "huit": "huit",
                  "dix": "dix", "vingt": "vingt", "cent": "cent"}  # fmt: skip


def _french_cardinal(words: list[str]) -> int | None:
    total = 0
    for index, word in enumerate(words):
        if word == "et":
            continue
        if word not in _CARDINALS:
            return None
        value = _CARDINALS[word]
        if value == 20 and index and words[index - 1] == "quatre":  # quatre-vingt(s): 4 × 20
            total += 80 - 4
        elif value == 100:
            total = max(total, 1) * 100
        else:
            total += value
    return total or None


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words ("soixante-treizième", "vingt et unième"), or None.

    >>> parse_ordinal("soixante-treizième"), parse_ordinal("vingt et unième"), parse_ordinal("première")
    (73, 21, 1)
    >>> parse_ordinal("quatre-vingt-unième"), parse_ordinal("73e"), parse_ordinal("session") is None
    (81, 73, True)
    """
    words = text.casefold().replace("-", " ").split()
    if not words:
        return None
    last = words[-1]
    if len(words) == 1 and last in ("premier", "première", "1er", "1re"):
        return 1
    for suffix in ("e", "ème", "eme"):
        if last.endswith(suffix) and last[: -len(suffix)].isdecimal() and len(words) == 1:
            return int(last[: -len(suffix)]) or None
    for suffix in ("ième", "ieme"):
        if last.endswith(suffix) and last[: -len(suffix)] in _ORDINAL_STEMS:
            return _french_cardinal([*words[:-1], _ORDINAL_STEMS[last[: -len(suffix)]]])
    return None


# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "Décret": "decree",
        "Arrêté": "decree",
        "Loi": "law",
        "Loi organique": "law",
        "Ordonnance": "ordinance",
        "Décision": "decision",
        "Circulaire": "circular",
    },
    "legal_number_marks": ("n°", "nº", "no", "numéro"),
    "legal_number_tails": (),
    "recital_openers": (
        "Vu", "Considérant", "Sur le rapport", "Sur proposition", "Sur la proposition", "Après avis",
        "Le Conseil d'État entendu", "Le Conseil d’État entendu", "Le conseil des ministres entendu",
    ),
    "enacting_formulas": ("décrète :", "arrête :", "décide :", "ordonne :", "promulgue la loi dont la teneur suit :"),
    "article_words": ("Article", "Art."),
    "article_tails": (),
    "article_ordinals": {"premier": "1", "1er": "1", "unique": "1"},
    "article_actions": {
        "est approuvé": "approves",
        "est approuvée": "approves",
        "sont approuvés": "approves",
        "est adopté": "adopts",
        "est adoptée": "adopts",
        "est créé": "establishes",
        "est créée": "establishes",
        "est institué": "establishes",
        "est instituée": "establishes",
        "est abrogé": "decides",
        "sont abrogés": "decides",
    },
    "entry_into_force_phrases": ("entre en vigueur", "entrera en vigueur", "prend effet", "prendra effet"),
    "signing_day_phrases": (
        "à compter de sa signature", "dès sa signature", "le jour de sa signature", "à la date de sa signature",
    ),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": (
        "dès sa publication", "le lendemain de sa publication", "à compter de sa publication",
        "à la date de sa publication", "le jour de sa publication",
    ),
    # the last day it is in force; the day from which an instrument is no longer (kg.builders.legal.in_force)
    "in_force_until_phrases": ("jusqu'au",),
    "out_of_force_phrases": (
        "cesse d'être en vigueur le", "cessera d'être en vigueur le", "cesse de produire ses effets le",
        "cessera de produire ses effets le",
    ),
    "on_behalf_marks": ("Pour le", "Pour la", "Par délégation", "P.O."),
    "adoption_date_phrases": ("adoptée le", "adopté le", "délibéré le"),
    "closing_cues": ("Fait à", "Fait le", "Par le Président de la République", "Par le Premier ministre"),
    "signed_placeholders": ("(signé)", "Signé", "(Signé)"),
    "appendix_words": ("ANNEXE", "Annexe"),
    "table_unit_labels": ("Unité :", "Unité:", "En euros :", "Montants en"),
    "instrument_self_words": ("présent", "présente"),
    "copula_words": ("est", "sont"),
    "repeal_phrases": ("est abrogé", "est abrogée", "sont abrogés", "sont abrogées", "cesse d'être en vigueur"),
    "declaratory_headings": ("Objet", "Champ d'application", "Définitions"),
    # an article that allocates powers decides who holds them: "Article 41. Compétence en matière de gestion"
    "competence_headings": ("Compétence", "Compétences", "Attributions"),
    "responsibility_headings": ("Obligations de", "Obligations des", "Responsabilités de", "Responsabilités des"),
    "party_stops": ("dans", "lors", "en matière"),
    # a legal-information site's page around the instrument (Légifrance: kg.builders.legal.page)
    "legal_metadata_labels": {
        "Nature": "kind",
        "Numéro": "number",
        "NOR": "reference",
        "ELI": "reference",
        "Date de signature": "date",
        "Date de publication": "gazette_date",
        "Date d'entrée en vigueur": "in_force",
        "Entrée en vigueur": "in_force",
        "Auteur": "issuer",
        "Signataire": "signer",
        "État": "status",
    },
    "legal_page_furniture": (
        "Chargement du document...",
        "Accéder à la version initiale",
        "Versions",
        "Liens relatifs",
        "Textes liés",
        "Naviguer dans le sommaire",
        "Imprimer",
        "Copier le texte",
    ),
}  # fmt: skip


# Ce que font les auteurs d'une déclaration dans ses paragraphes (« Nous reconnaissons ... »), chaque verbe
# ouvrant une phrase : un engagement des auteurs, avec la force de son action.
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "nous reconnaissons": "recognizes", "nous réaffirmons": "reaffirms", "nous prenons acte": "takes-note",
        "nous affirmons": "affirms", "nous notons": "notes", "nous constatons": "notes",
        "nous soulignons": "stresses", "nous insistons": "emphasizes", "nous saluons": "welcomes",
        "nous nous félicitons": "welcomes", "nous accueillons avec satisfaction": "welcomes",
        "nous félicitons": "commends", "nous encourageons": "encourages", "nous exhortons": "urges",
        "nous prions instamment": "urges", "nous demandons": "calls-upon", "nous engageons": "calls-upon",
        "nous recommandons": "recommends", "nous appuyons": "supports", "nous soutenons": "supports",
        "nous exprimons": "expresses", "nous déclarons": "declares", "nous réitérons": "reiterates",
        "nous condamnons": "condemns", "nous sommes résolus": "resolves", "nous décidons": "decides",
        "nous invitons": "invites", "nous prions": "requests", "nous rappelons": "recalls",
        "nous adoptons": "adopts", "nous faisons nôtre": "endorses",
        "nous nous réunissons": "meets", "nous sommes réunis": "meets", "nous cherchons": "seeks",
    },
    inside=("aussi", "également", "en outre", "donc", "fermement", "de nouveau", "énergiquement"),
)  # fmt: skip

# A readout or a joint statement tells what the parties it named did together under a collective subject ("Les
# deux ministres ont convenu de ...", "Les deux pays réaffirment ..."): every party's stance, with how many
# parties the subject names (0: as many as the text names as meeting).
JOINT_SUBJECTS: dict[str, int] = {
    **dict.fromkeys(("les dirigeants", "les chefs d'État", "les présidents", "les ministres"), 0),
    **dict.fromkeys(("les deux dirigeants", "les deux chefs d'État", "les deux présidents", "les deux ministres",
                     "les deux parties", "les deux pays", "les deux gouvernements", "les deux délégations"), 2),
}  # fmt: skip
_READOUT_VERBS: dict[str, str] = {
    "ont réaffirmé": "reaffirms", "ont réitéré": "reiterates", "ont affirmé": "affirms", "ont convenu de": "commits",
    "sont convenus de": "commits", "ont convenu que": "affirms", "sont convenus que": "affirms",
    "se sont engagés à": "commits", "ont discuté de": "considers", "ont échangé sur": "considers",
    "ont exprimé": "expresses", "ont salué": "welcomes", "ont souligné": "underlines", "ont condamné": "condemns",
    # a joint statement's present
    "réaffirment": "reaffirms", "réitèrent": "reiterates", "conviennent de": "commits", "s'engagent à": "commits",
    "saluent": "welcomes", "soulignent": "underlines", "condamnent": "condemns", "expriment": "expresses",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(
    JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, inside=("également", "aussi", "en outre"))
)

EXTRA: dict[str, object] = {
    # a readout's or a joint statement's collective subject and its verb (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    **LEGAL_INSTRUMENTS,
    # words that end the name of a body: function words and the commonest verbs ("ministère de l'Intérieur | de")
    "name_stops": ("de", "du", "des", "d'", "d’", "à", "au", "aux", "pour", "en", "sur", "par", "avec", "et", "qui",
                   "a", "est", "sera", "doit", "va", "charge", "annonce", "a annoncé"),
    # conjunctions that stay inside a name between capitalised words ("Ministry of Labour and Employment")
    "name_bridges": ("et",),
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    # "la XVIe législature": an Assembly's sessions are numbered within its legislature
    "legislature_patterns": (r"(?<!\w)(?P<term>[IVXLC]+|\d{1,2})(?:e|ème)\s+législature(?!\w)",),
    "cycle_words": {
        "chaque année": "P1Y",
        "tous les ans": "P1Y",
        "annuellement": "P1Y",
        "tous les deux ans": "P2Y",
        "tous les trois ans": "P3Y",
        "tous les quatre ans": "P4Y",
        "tous les cinq ans": "P5Y",
        # the adjective only after "rapport": "l'examen quadriennal complet" is a name
        "rapport biennal": "P2Y", "rapports biennaux": "P2Y", "rapport triennal": "P3Y", "rapports triennaux": "P3Y",
        "rapport quadriennal": "P4Y", "rapports quadriennaux": "P4Y",
    },
    # A national instrument announced by its head and number: "décret n° 2024-123", "loi n° 2024-42".
    "instrument_number_heads": {"décret": "decree", "loi": "law", "arrêté": "decision", "ordonnance": "decree",
                                "circulaire": "circular"},
    "instrument_number_word": ("n°", "nº", "no", "numéro"),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("convention",),
    "convention_suffixes": (),
    "signing_verbs": ("a signé", "avait signé", "signe", "vient de signer", "a également signé"),
    # words between an instrument and its issuer (declared in kg/lang/schema.py): "..., signed by the President"
    "issuer_links": ("signé par", "signée par", "a été signé par", "a été signée par"),
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "Lire aussi", "À lire aussi", "Voir aussi", "Sur le même sujet", "Articles liés",
        "Articles connexes", "Les plus lus", "Dernières actualités", "À la une", "Dans la même rubrique",
        "Mots-clés", "Partager", "Commentaires",
    ),
    "home_cues": ("Accueil",),
    "source_cues": ("Source :", "Source:"),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("Édité par", "Édition :", "Rédaction :", "Rédacteur :", "Auteur :", "Auteur:"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("Republié depuis", "Publié initialement", "Publié à l'origine", "Lire l'original"),
    "signatory_openers": (
        "Nous, chefs d’État et de gouvernement", "Nous, chefs d'État et de gouvernement",
        "Nous, les chefs d’État et de gouvernement", "Nous, les chefs d'État et de gouvernement",
    ),
    "event_name_stops": (
        "à", "au", "en", "qui", "tenu", "tenue", "et", "a", "sera", "le", "s’est", "s'est", "se",
    ),
    "name_joiners": ("de", "des", "du"),
    "prepositions": ("à", "après", "avant", "avec", "chez", "contre", "dans", "de", "depuis", "derrière", "devant",
                     "en", "entre", "malgré", "par", "parmi", "pendant", "pour", "sans", "selon", "sous", "sur",
                     "vers"),
    "plural_posts": ("présidents", "ministres", "ambassadeurs", "maires", "sénateurs", "députés"),
    # particles of surnames, in lower case inside a person's name ("Jean-Louis de Gaulle", "Marc du Pont")
    "surname_particles": ("de", "du", "de la"),
    # Instruments named around a head word, where names are capitalised (kg.finders.instruments):
    # "accords du Touquet", "Traité de Lisbonne", "Instrument International Légalement Contraignant".
    "capitalised_instrument_heads": {
        "Traité": "treaty", "traité": "treaty", "Convention": "convention", "convention": "convention",
        "Accord": "agreement", "accord": "agreement", "Accords": "agreement", "accords": "agreement",
        "Loi": "law", "loi": "law", "Code": "law", "code": "law", "Pacte": "instrument", "pacte": "instrument",
        "Protocole": "protocol", "protocole": "protocol", "Déclaration": "declaration", "déclaration": "declaration",
        "Charte": "instrument", "charte": "instrument", "Instrument": "instrument", "Stratégie": "strategy",
        "stratégie": "strategy", "Plan": "plan", "plan": "plan", "Programme": "programme", "programme": "programme",
        "Conventions": "convention", "Protocoles": "protocol",  # "les Conventions de Genève", "Protocoles additionnels"
        "Constitution": "constitution",
        # "le règlement de Dublin", "le statut de Rome", "la directive Retour": named by a place or a word in capitals
        "Règlement": "law", "règlement": "law", "Statut": "instrument", "statut": "instrument",
        "Directive": "directive", "directive": "directive",
        "Ordonnance": "decree", "ordonnance": "decree",
    },
    # a state's constitution, its one instrument of that kind: named by its adjective or its year alone
    "dated_instrument_heads": ("Constitution",),
    # a law or an ordinance named by its year alone: "la loi de 1901", "l'ordonnance de 1950 sur ..."
    "year_named_instrument_heads": ("Loi", "loi", "Ordonnance", "ordonnance"),
    # articles of the home state's constitution, named by an adjective or by it: "l'article 16 de la Constitution"
    "running_article_words": ("article", "articles"),
    "constitution_after_articles": ("constitutionnel", "constitutionnels", "de la Constitution"),
    "instrument_name_joiners": ("de", "du", "des", "d'", "d’", "sur", "relatif", "relative", "relatifs", "relatives",
                                "à", "au", "aux", "pour", "contre", "la", "le", "les", "l'", "l’"),
    "list_articles": ("de la", "de l’", "de l'", "du", "des", "de", "la", "le", "les", "l’", "l'"),
    "list_conjunctions": ("et",),
    "between_words": ("entre",),  # a treaty between two parties: its name runs to the second
    # A body named by its kind alone stands for the document's own ("au Conseil à sa cinquante-sixième session").
    # a body's kind is read from its English name, or, for one no gazetteer knows, from its name as written
    "short_body_names": {"Conseil": "council", "Assemblée": "assembly", "Comité": "committee",
                         "Commission": "commission", "Office": "office", "Centre": "centre", "Fonds": "fund fonds",
                         "Institut": "institute institut", "Réseau": "network réseau"},
    "observance_days": {
        "Journée mondiale des réfugiés": "--06-20", "Journée internationale des migrants": "--12-18",
        "Journée des droits de l'homme": "--12-10", "Journée mondiale des abeilles": "--05-20",
        "Journée internationale des droits des femmes": "--03-08", "Journée internationale de la paix": "--09-21",
        "Journée mondiale contre la peine de mort": "--10-10",
    },
    "visit_heads": (
        "visite d'État à", "visite d’État à", "visite d'État en", "visite d’État en", "visite officielle à",
        "visite officielle en", "visite de travail à", "visite de travail en",
    ),
    "event_head_idioms": (
        "sommet de l'État", "sommet de l'Etat", "sommet de l’État", "sommet de l’Etat", "sommet de la hiérarchie",
        "sommet de la pyramide", "sommet de la montagne", "sommet du pouvoir",
    ),
    "venue_nouns": ("siège de", "le siège de"),
    # the European Union named by the count of its members ("Les Vingt-Huit se sont mis d'accord")
    "unions_by_member_count": {f"{article} {count}": "EU" for article in ("Les", "les", "des", "aux")
                               for count in ("Vingt-Huit", "Vingt-Sept", "Vingt-Cinq")},
    # heads that name an event alone, with the day or the place after them ("une rencontre le 3 mars à Rabat",
    # "une conférence de presse à Calais"); "la réunion" or "la session" need a name
    # ... and a court's hearing, dated after it ("l'audience correctionnelle de Norville, le 4 mars")
    "event_heads_alone": ("rencontre", "conférence de presse", "audience correctionnelle", "audience publique"),
    "event_heads": {
        "Sommet": "summit",
        "Journée mondiale": "event", "Journée internationale": "event",  # observances
        "journée mondiale": "event", "journée internationale": "event",
        "sommet": "summit",
        "Conférence": "conference",
        "Congrès des Nations Unies": "conference",
        "Forum": "forum",
        "atelier": "workshop",
        "Atelier": "workshop",
        "réunion": "meeting",
        "session": "session",
        # an organisation's congress; "le Congrès" with a capital is a legislature (the US Congress)
        "congrès": "conference",
    },
    # numbers in words: before a scale word ("deux millions") and before a counted noun ("cinq membres",
    # "vingt-deux postes"; kg.finders.figures); "un" and "une" are also articles, so not here
    "number_words": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                     "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
                     "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
    "measure_stops": (
        "en", "depuis", "d’ici", "d'ici", "entre", "pour", "afin", "au cours", "dans", "et", "qui", "à",
        "au", "aux",
    ),
    # a number before these nouns says what kind a thing is: "lignes tarifaires à 8 chiffres" (8-digit lines)
    "kind_classifier_nouns": ("chiffres",),
    "numbered_name_words": ("Covid", "COVID", "covid"),
    "hour_marks": ("h",),
    "period_year_words": ("en", "en l’an", "en l'an"),
    "year_range_links": ("à", "au"),
    "year_parts": {
        "premier bimestre": "01/02", "premier trimestre": "Q1", "deuxième trimestre": "Q2", "troisième trimestre": "Q3",
        "quatrième trimestre": "Q4", "premier semestre": "H1", "second semestre": "H2", "deuxième semestre": "H2",
    },
    "period_phrases": ("avant la pandémie", "après la pandémie"),
    "since_words": ("depuis",),
    "that_year_words": ("cette année-là", "la même année"),
    "same_period_words": ("même période de", "même période en", "même mois de"),
    "this_year_words": ("cette année", "l'année en cours", "l’année en cours"),
    "subset_words": ("dont", "parmi lesquels", "parmi lesquelles"),
    "number_of_words": ("le nombre de", "nombre de", "le nombre d'", "le nombre d’"),
    "next_year_words": ("un an plus tard", "l'année suivante", "l’année suivante"),
    "counted_nouns": {
        "enfants": "children", "migrants": "migrants", "réfugiés": "refugees", "pays": "countries",
        "organisations": "organizations", "délégations": "delegations", "voix": "votes", "abstentions": "votes",
        "parlements": "parliaments", "personnes": "persons", "emplois": "jobs", "étudiants": "students",
        "demandeurs": "applicants",
        # ce qu'une résolution compte : "l'adhésion de 58 États", "12 postes", "3 000 soldats"
        "États": "States", "États Membres": "Member States", "postes": "posts", "membres": "members",
        "soldats": "troops",
        # les personnes comptées par sexe, les opérations qu'un organe déploie : "3 000 femmes et hommes", "70 missions"
        "femmes et hommes": "women and men", "hommes et femmes": "men and women", "femmes": "women", "hommes": "men",
        "opérations": "operations", "missions": "missions",
        # the staff of a body and the people of a place: "350 salariés", "10 000 habitants"
        "salariés": "staff", "employés": "staff", "agents": "staff", "habitants": "inhabitants",
        "participants": "participants",
    },
    "measure_connectors": ("de", "d’", "d'"),
    "ordinal_markers": ("n°", "no", "article", "paragraphe", "chapitre", "page"),
    "date_order": "dmy",
    "date_range_openers": ("du", "des"),
    "date_range_connectors": ("au", "et", "-", "–"),
    "year_words_before": ("en", "d'ici à", "d'ici", "jusqu'en", "depuis"),
    "year_words_after": (),
    "session_words": ("session", "sessions"),
    # A draft a committee adopted, its symbol next: "la Commission a adopté le projet de résolution A/C.2/72/L.66".
    "draft_adopted": r"\ba\s+adopté\s+(?:le\s+)?projet\s+de\s+(?:résolution|décision)",
    # Meetings named by number, and the noun that names one: "à ses 24e et 27e séances, le ...".
    "meeting_number": r"(?:\d+e(?:,\s*|\s+et\s+|\s+à\s+))*\d+e\s+séances?(?:\s+plénières?)?",
    "meeting_noun": "séance",
    # A range of meetings, each one named: "at its 20th to 25th meetings".
    "meeting_range_words": ("à",),
    # What a report asks with no speaker named, its author's recommendations: "Les États Membres sont encouragés à".
    "passive_phrases": {
        f"{verb} {adverb}{participle}{ending} {joint}": action
        for verb in ("est", "sont")
        for adverb in ("", "également ", "vivement ", "instamment ", "en outre ")
        for participle, action, joint in (("encouragé", "encourages", "à"), ("invité", "invites", "à"),
                                          ("prié", "requests", "de"), ("exhorté", "urges", "à"),
                                          ("engagé", "urges", "à"))
        for ending in ("", "e", "s", "es")
    }
    | {"il est recommandé": "recommends"},
    # A vote's tally, whose numbers are no statistics: "par 124 voix contre 49, avec 1 abstention".
    # Tableaux de chiffres : l'en-tête de colonne qui donne son unité au chiffre d'une ligne, la ligne du total.
    "table_unit_headers": {"Pourcentage": "percent", "Quote-part (en pourcentage)": "percent",
                           "Taux (en pourcentage)": "percent"},
    "table_total_words": ("Total",),
    "vote_pattern": r"\d+\s+voix(?:\s+pour)?\s+contre\s+(?:\d+|zéro)(?:\s+voix)?|\d+\s+abstentions?",
    # Words before a session that make it the topic, not the time: "rapport ... sur les travaux de sa".
    "session_topic_words": ("sur sa", "sur les travaux de sa", "sur leur", "sur les travaux de leur"),
    "ordinal_side": "before",
    "agenda_words": ("point", "points"),
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": ("décision", "décisions"),
    "resolution_words": ("résolution", "résolutions"),
    "title_words": ("intitulée", "intitulées", "intitulé", "intitulés"),
    "resolution_suffixes": (),
    "section_letters": {},
    "annex_words": ("annexe",),
    "objective_words": ("objectif",),
    # a lead whose numbered paragraphs complete it ("Resolves that:"): the operative part, no adopted text
    "lead_complementizers": ("que", "qu'", "qu’"),
    # the subject a decision's clause binds: "Décide que le Secrétaire général est autorisé à ..."
    "subject_predicates": ("est autorisé", "est autorisée", "sont autorisés", "sont autorisées", "devra", "devront"),
    "plenary_meeting": r"(\d+)e\s+séance\s+plénière",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"(\d+)e\s+séance",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("décision adoptée par",),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"a décidé": "decides"},
    "decided_verbs": {"de prendre note": "takes-note", "de prier": "requests", "d'inviter": "invites",
                       "de demander instamment": "urges", "d'engager": "urges", "d'encourager": "encourages"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("(Signé)",),
    "adopted_phrases": ("résolution adoptée par", "adoptée par le conseil de sécurité"),
    "kind_words": {
        "presidential-statement": (
            "déclaration du président du conseil de sécurité",
            "déclaration de la présidence du conseil de sécurité",
        ),
        "report": ("rapport",),
        "note": ("note du",
        "note de"),
        "letter": ("lettre datée",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": (
        "projet de résolution révisé",
        "projet de décision révisé",
        "projet de résolution",
        "projet de décision",
    ),
    "original_labels": ("original :", "original:"),
    "language_names": {"anglais": "en", "arabe": "ar", "chinois": "zh", "espagnol": "es", "français": "fr",
                       "russe": "ru", "english": "en", "french": "fr", "spanish": "es", "arabic": "ar",
                       "russian": "ru", "chinese": "zh"},
    "issuer_prefixes": ("l'", "l’", "le", "la"),
    "clause_boundary": r"(?:[,;]\s+(?:et\s+)?|\bet\s+)",
    # phrases between a clause boundary and its verb, or before the verb a sentence opens with: "À cet égard,
    # nous notons", ", et à cet égard prie"
    # a clause before a declaration's verb: "As we rise from the General Assembly today, we hold ..."
    "leading_clause_openers": ("alors que", "tandis que", "lorsque", "au moment où"),
    "clause_connectives": ("à cet égard", "à cette fin", "dans ce contexte", "dans ce cadre", "à ce propos"),
    "clause_verb_prefix": "",
    "addressee_end_markers": (",",),
    # The infinitive after "de" or "à" ends the addressees, not any "de": "Prie le Haut-Commissariat ...
    # aux droits de l'homme | d'organiser", "Encourage le Gouvernement de la France | à poursuivre".
    "addressee_end_pattern": r"\s(?:de|d['’]|à)\s*(?:ne\s+pas\s+)?(?:(?:lui|leur|se|s['’]|y|en|les|nous|vous)\s*)*"
    r"[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)(?![\w-])",
    # words that open an aside inside a list of addressees ("in accordance with its mandate"), ending the list
    # a relative clause narrows those asked: "States that have not done so" (kg.finders.clauses)
    "addressee_inclusion_words": ("y compris", "notamment", "en particulier", "ainsi que"),
    "addressee_relatives": ("qui",),
    # "et, selon qu'il conviendra, les organisations intergouvernementales, internationales et non gouvernementales"
    "addressee_parentheticals": ("selon qu’il conviendra", "selon qu'il conviendra", "le cas échéant",
                                 "selon que de besoin", "s’il y a lieu", "s'il y a lieu", "entre autres"),
    "addressee_collective_heads": ("mécanismes", "procédures", "organes", "institutions", "entités", "organisations",
                                   "organismes", "acteurs", "partenaires"),
    "addressee_modifiers": ("intergouvernementales", "intergouvernementaux", "non gouvernementales",
                            "non gouvernementaux", "internationales", "internationaux", "régionales",
                            "régionaux", "sous-régionales", "sous-régionaux", "nationales", "nationaux",
                            "locales", "locaux", "multilatérales", "multilatéraux", "humanitaires"),
    "addressee_aside_words": (
        "en", "avec", "dans", "par", "pour", "sur", "selon", "conformément", "sous", "à", "au", "aux", "de",
        "entre", "qui", "que", "dont", "où",
    ),
    # words that open an item naming those asked ("Alienta: a) A los Estados Miembros a que ...")
    "addressee_openers": ("aux", "à la", "au", "à"),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "services compétents": "competent services", "autorités compétentes": "competent authorities",
        "ministères concernés": "relevant ministries",
        "États Membres": "Member States", "tous les États": "States",
        "tous les États Membres": "Member States", "gouvernements": "Governments",
        "toutes les parties prenantes": "all stakeholders", "parties prenantes": "stakeholders",
        "système des Nations Unies": "United Nations system",
        "institutions spécialisées": "specialized agencies",
        "fonds et programmes": "funds and programmes", "entités des Nations Unies": "United Nations entities",
        "société civile": "civil society", "secteur privé": "private sector",
        "organisations internationales": "international organizations",
        "communauté internationale": "international community",
        "États": "States", "États parties": "States parties", "toutes les parties": "all parties",
        "parties aux conflits armés": "parties to armed conflict",
        "organismes des Nations Unies": "United Nations agencies",
        "partenaires de développement": "development partners",
        "institutions financières internationales": "international financial institutions",
        "Puissances administrantes": "administering Powers", "Puissance administrante": "administering Power",
    },
    # A time limit counted from when the text takes effect: "dans un délai de 60 jours" (kg.text.deadlines).
    "time_limit_words": ("dans un délai de", "dans les", "sous"),
    "duration_units": {"jours": "D", "jour": "D", "semaines": "W", "semaine": "W", "mois": "M", "ans": "Y",
                       "an": "Y", "années": "Y", "année": "Y"},
    # A duration counted from an event, "au moins 12 semaines avant chaque forum": a lead time, no figure.
    # A limit set in the measure before a figure: "un taux maximal de 22 %" is at most 22.
    "limit_words": {"maximal": "at-most", "maximale": "at-most", "maximum": "at-most", "plafond": "at-most",
                    "minimal": "at-least", "minimale": "at-least", "minimum": "at-least", "plancher": "at-least"},
    "lead_time_words": ("avant", "après", "à l'avance", "à l’avance", "au préalable"),
    # "l'état des contributions au 30 avril 2019", "l'exercice clos le 30 juin 2018": a figure's period
    "reference_date_words": ("au", "à la date du", "en date du"),
    "period_end_words": ("clos le", "terminé le", "achevé le", "se terminant le"),
    # the years a commitment runs over: "la période allant de 2019 à 2028" (kg.finders.clauses)
    "term_period_words": ("la période allant de", "la période de", "la période"),
    "term_period_connectors": ("à", "-", "–", "—"),
    "deadline_words": ("d'ici à", "d’ici à", "d'ici", "jusqu'en", "jusqu’en", "avant", "d'ici fin", "d’ici fin",
                       "d'ici la fin de", "d’ici la fin de", "avant la fin de", "avant fin",
                       # "au cours du premier semestre 2022": due within that year
                       *(f"{lead} {part} semestre{of}" for lead in ("au cours du", "au", "pendant le")
                         for part in ("premier", "second", "deuxième") for of in ("", " de"))),
    # Phrases that give the organisation right after them a task: "Le décret charge le ministère".
    "assigning_phrases": ("charge", "a chargé", "ordonne à", "enjoint à"),
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {
        "j'ai décidé": "decides", "j’ai décidé": "decides", "nous avons décidé": "decides",
        "nous décidons": "decides", "nous condamnons": "condemns", "nous dénonçons": "condemns",
        "nous déplorons": "deplores", "nous regrettons": "regrets", "nous saluons": "welcomes",
        "nous appelons": "calls-upon", "nous exigeons": "demands", "nous exhortons": "urges",
        # a statement's priority is what it calls for: "Notre priorité reste le combat pour ..."
        "notre priorité reste": "calls-for", "notre priorité est": "calls-for", "notre priorité demeure": "calls-for",
    },
    # a body named before them adopts an instrument (kg.finders.commitments)
    "adoption_phrases": {
        f"{verb} {article} {noun}": "adopts"
        for verb in ("a adopté", "ont adopté", "a approuvé", "ont approuvé", "adopte", "approuve")
        for article, noun in (("une", "résolution"), ("la", "résolution"), ("une", "déclaration"),
                              ("la", "déclaration"), ("un", "traité"), ("le", "traité"), ("une", "loi"),
                              ("la", "loi"), ("une", "convention"), ("la", "convention"))
    },
    # a company's legal form after its name ("Dupont et Cie. a annoncé"): no end of a sentence
    "stop_abbreviations": ("Co.", "Inc.", "Corp.", "Ltd.", "Cie.", "Ets."),
    # a court, a council or a summit deciding, told in the past: "le tribunal administratif a autorisé",
    # "les dirigeants de l'UE se sont mis d'accord sur" (kg.finders.commitments, as adoptions)
    "ruling_phrases": with_adverbs(
        {
            **dict.fromkeys(("a décidé", "ont décidé", "a tranché", "a ordonné", "ont ordonné", "a jugé",
                             "se sont mis d'accord", "se sont mis d’accord", "se sont entendus",
                             "sont parvenus à s'entendre", "sont parvenus à s’entendre", "sont parvenus à un accord",
                             "sont convenus", "ont convenu"), "decides"),
            **dict.fromkeys(("a autorisé", "ont autorisé", "a validé", "ont validé"), "authorizes"),
        },
        inside=(*_ADVERBS, "bien", "finalement"),
    ),
    # relative pronouns that stand for the actor before them (kg.finders.commitments)
    "relative_pronouns": ("qui", "lequel", "laquelle"),
    # a sentence's subject that stands for the body or person named last ("Cette dernière va saisir ...")
    "anaphoric_subjects": ("cette dernière", "ce dernier", "celle-ci", "celui-ci", "il", "elle"),
    # plural modals by which a statement or a quoted speaker says what a group must do (kg.finders.commitments)
    "obligation_phrases": ("doivent", "devront"),
    "impersonal_obligations": ("il faut que", "il faudra que", "il est nécessaire que", "il est urgent que"),
    # "..., a déclaré la ministre", "..., estime l'ONG": the speaker of a clause reported without quotation marks
    "attribution_verbs": ("a déclaré", "a-t-il déclaré", "a-t-elle déclaré", "a affirmé", "a-t-il affirmé",
                          "a-t-elle affirmé", "a estimé", "a expliqué", "a ajouté", "a souligné", "a précisé",
                          "a averti", "déclare", "affirme", "estime", "explique", "ajoute", "souligne", "précise",
                          "prévient", "reprend", "insiste", "martèle", "rappelle", "poursuit"),
    # words before an actor a verb is done with, not its subject ("con Guatemala, firmó")
    "partner_markers": ("avec",),
    # words before those a decision told without its subject applies to (kg.finders.commitments)
    "target_markers": ("à l'encontre de", "à l’encontre de"),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": tuple(_AGREED),
    # words that open an item of demands before the actor it asks ("La nécessité pour | la communauté
    # internationale d'honorer", "Que | l'État garantisse"; kg.finders.demands)
    "demand_item_openers": ("la nécessité pour", "nécessité pour", "que", "qu'", "qu’"),
    # the author's own organs, which its recommendations direct (kg.finders.demands)
    "own_organ_words": ("ses instances", "nos instances", "ses organes", "nos organes", "ses sections",
                        "nos sections", "ses fédérations", "nos fédérations"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("La CGT appelle à :", "Nous exigeons :"), with the action of items that have no verb of their own.
    "demand_list_leads": {
        **{verb: "calls-for" for verb in ("appelle à", "appellent à", "appelons à", "appelle", "appelons",
                                          "revendique", "revendiquent", "revendiquons", "nos revendications",
                                          "réclame", "réclament", "réclamons")},
        **{verb: "demands" for verb in ("exige", "exigent", "exigeons", "demande", "demandent", "demandons")},
        **{verb: "urges" for verb in ("exhorte", "exhortons", "prie instamment")},
        **{verb: "recommends" for verb in ("recommande", "recommandent", "recommandons", "recommandations")},
    },
    # Phrases by which one actor asks the one named right after them (news: "a demandé au Premier ministre de").
    # a decision or announcement told without its subject: the author's (kg.finders.commitments)
    "author_phrases": {"il a été décidé": "decides", "il est décidé": "decides", "il a été convenu": "decides"},
    "request_complements": ("à", "de", "d'"),
    "addressee_breaks": ("en", "dans", "par", "pour", "lors", "avec", "depuis", "encore", "aujourd'hui"),
    "requesting_phrases": with_adverbs(
        {"a appelé": "calls-upon", "appelle": "calls-upon", "a demandé à": "requests", "a demandé au": "requests",
         "a demandé aux": "requests", "demande au": "requests", "demande à": "requests", "a invité": "invites",
         "invite": "invites", "a exhorté": "urges", "exhorte": "urges",
         # the first person of a statement or of a quoted speaker: "Nous appelons les gouvernements à"
         "appelons": "calls-upon", "demandons à": "requests", "demandons au": "requests", "exhortons": "urges",
         "invitons": "invites",
         # a call told as a noun: "renouvelle son appel au Gouvernement à", "lance un appel aux États"
         **{f"{det} appel {to}": "calls-upon" for det in ("son", "leur", "un") for to in ("à", "au", "aux")},

         # what a body or a person recommends or demands, told of it with no one asked: "le contrôleur préconise
         # un recours accru à ...", "l'ONG réclame la fermeture de ..." (a call for what follows)
         "préconise": "recommends", "préconisent": "recommends", "recommande": "recommends",
         "recommandent": "recommends", "réclame": "demands", "réclament": "demands", "exige": "demands",
         "exigent": "demands", "plaide pour": "calls-for", "plaident pour": "calls-for"},
        inside=("également", "aussi", "par ailleurs", "en outre"),
    ),
    "deadline_date_words": ("au plus tard le", "d'ici au", "d’ici au", "avant le", "jusqu'au", "jusqu’au"),
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("nous",),
    # between an event and the day it met: "the meeting of the Committee ... of 12 September 2025"
    "event_date_links": ("du", "en date du"),
    # the event a note cites the report of, with its place and dates (kg.finders.meetings)
    "report_of_words": ("Rapport de la", "Rapport du", "Rapport de l’", "Rapport de l'", "Voir"),
    "held_words": ("tenue", "tenues", "tenu", "tenus", "qui s'est tenue", "organisée", "organisé", "s'est réuni",
                   "s'est réunie",
                   "présidée par", "présidé par", "coprésidée par", "coprésidé par", "accueillie par"),
    # small words inside an event's name besides "name_joiners" ("Conference of the Parties to the Convention")
    "event_name_joiners": ("aux", "à"),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("de convoquer", "convoquer", "de tenir", "la convocation de", "la convocation d’"),
    "indefinite_articles": ("un", "une"),
    "event_at_words": ("lors du", "lors de la", "lors de", "à la", "au"),
    "place_prepositions": ("à", "au", "en"),
    "meeting_series_words": ("réunions du", "réunions de"),
    "period_words": (),
    "year_place_prepositions": ("en",),
    "per_words": ("pour",),
    # words that open the heading of a statement, before the body that issues it ("Заявление МИД России",
    # "Déclaration de Thierry Kuhn, président d'Emmaüs France"; kg.finders.actors.statement_author)
    # a by-line before the body that wrote the text (kg.finders.actors.statement_author)
    "byline_words": ("Par la", "Par le", "Par les", "Par l'", "Par"),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    # an instrument a body adopts or signs without a name ("a adopté une résolution"; kg.finders.instruments)
    # "Commission ... resolutions 2006/2 and its resolution 2013/1": the list before's body (kg.finders.citations)
    "list_possessives": ("sa", "ses"),
    # an instrument named in lower case by its topic ("tratado global sobre comercio de armas")
    "topic_prepositions": ("sur",),
    "adoption_verbs": ("a adopté", "ont adopté", "adopte", "a signé", "ont signé", "a approuvé", "ont approuvé"),
    "adoption_fillers": ("une", "un", "nouvelle", "nouveau"),
    "adopted_instrument_heads": {"résolution": "resolution", "traité": "treaty", "accord": "agreement"},
    "generic_instrument_names": ("Protocole d'accord", "Mémorandum d'entente",
                                 "Lettre d'intention", "Déclaration commune"),
    # a text that names the body that issues it (kg.builders.news)
    "self_issued_phrases": ("Ce communiqué de presse est émis par", "Ce communiqué est émis par",
                            "Ce communiqué est publié par", "Ce communiqué de presse est publié par",
                            "Cette déclaration est publiée par", "Cette déclaration est émise par"),
    "statement_words": ("Déclaration de", "Déclaration du", "Déclaration des", "Communiqué de", "Communiqué du",
                        "Communiqué des", "Déclaration", "Communiqué"),
    # a kind alone on the first line, above the title ("Communiqué" | "L'Organisation ... célèbre la Journée ...")
    "statement_labels": ("Communiqué", "Communiqué de presse", "Déclaration"),
    # persons and their posts (kg.finders.actors); keys declared in kg/lang/schema.py
    # words that mark the name of a body (declared in kg/lang/schema.py)
    # a company's kind right before its name ("la société Gemadept", "le constructeur Renault"; kg.finders.actors)
    # a list's sections by level ("Au niveau régional :") and a text's conclusion (kg.finders.demands)
    "demand_section_openers": ("Au niveau", "Sur le plan", "À l'échelle", "A l'échelle"),
    # ... numbered in words: "Premièrement : Au niveau national"
    "section_ordinals": ("Premièrement", "Deuxièmement", "Troisièmement", "Quatrièmement", "Cinquièmement"),
    "closing_openers": ("Pour conclure", "En conclusion", "Enfin,"),
    # a common noun for a non-profit body before its name ("l'ONG allemande Mission Lifeline"; kg.finders.actors)
    "organization_nouns": ("organisation", "organisations", "ONG", "association", "associations", "collectif",
                           "fondation", "coalition", "réseau",
                           # the press, which news quotes as it quotes a body ("le quotidien Libération")
                           "quotidien", "journal", "hebdomadaire", "agence"),
    "company_words": ("société", "sociétés", "entreprise", "entreprises", "compagnie", "firme", "constructeur",
                      "opérateur", "groupe", "start-up"),
    "body_words": {
        **dict.fromkeys(("Ministère", "Agence", "Office", "Direction", "Commission", "Parlement", "Assemblée",
                         "Sénat"), "government-agency"),
        **dict.fromkeys(("Organisation", "Association", "Fédération", "Confédération", "Union", "Coalition",
                         "Alliance", "Parti", "Syndicat", "Fondation", "Réseau", "Mouvement", "Campagne",
                         "Collectif", "Ligue", "Conseil", "Comité", "Groupe", "Institut", "Centre", "Banque",
                         "Fonds", "Cour", "Tribunal", "Chambre", "Forum"), "organization"),
    },
    "name_articles": ("Le", "La", "Les"),
    # an organisation's organs, named bare in its statements: its author's (kg.finders.actors)
    "organ_names": ("bureau national", "bureau exécutif", "conseil national", "comité directeur", "comité exécutif",
                    "commission exécutive", "bureau confédéral", "comité confédéral national"),
    # acronyms written after an article and repeated that name no body (kg.finders.actors)
    "non_body_acronyms": ("PIB", "TVA", "CSG", "SMIC", "RSA", "VIH", "SIDA", "TGV", "TER", "RER", "LGV", "CDI", "CDD",
                          "PME", "ETI", "ONG", "ADN", "IVG", "PMA", "HLM"),
    # an article or preposition elided onto the next word: no part of the name it opens ("L'|Organisation ...")
    "proclitics": ("l'", "L'", "d'", "D'", "l’", "L’", "d’", "D’"),
    "elided_articles": ("l'", "L'", "l’", "L’"),
    # the authorities of a state, named with it ("les autorités du Tchad"; kg.finders.actors)
    "authority_words": ("autorités",),
    # articles inside a name, between its capitalised words ("Organización de las Naciones Unidas")
    "name_inner_articles": ("la", "les"),
    # posts whose word is also an ordinary noun: a post only with its holder (declared in kg/lang/schema.py)
    # a post's state by its adjective ("le premier ministre italien X"), where the states' official names
    # give none (declared in kg/lang/schema.py; the others are read from "République italienne")
    "state_adjectives": {
        "américain": "USA", "américaine": "USA", "allemand": "DEU", "allemande": "DEU", "britannique": "GBR",
        "chinois": "CHN", "chinoise": "CHN", "russe": "RUS", "espagnol": "ESP", "espagnole": "ESP",
        "marocain": "MAR", "marocaine": "MAR", "turc": "TUR", "turque": "TUR", "grec": "GRC", "grecque": "GRC",
        "japonais": "JPN", "japonaise": "JPN", "belge": "BEL", "canadien": "CAN", "canadienne": "CAN",
        "autrichien": "AUT", "autrichienne": "AUT", "hongrois": "HUN", "hongroise": "HUN",
        "polonais": "POL", "polonaise": "POL", "néerlandais": "NLD", "néerlandaise": "NLD", "suisse": "CHE",
        "portugais": "PRT", "portugaise": "PRT", "indien": "IND", "indienne": "IND", "brésilien": "BRA",
        "brésilienne": "BRA", "mexicain": "MEX", "mexicaine": "MEX", "albanais": "ALB", "albanaise": "ALB",
        "ukrainien": "UKR", "ukrainienne": "UKR", "iranien": "IRN", "iranienne": "IRN", "israélien": "ISR",
        "israélienne": "ISR", "libyen": "LBY", "libyenne": "LBY", "égyptien": "EGY", "égyptienne": "EGY",
        "syrien": "SYR", "syrienne": "SYR", "sénégalais": "SEN", "sénégalaise": "SEN",
    },
    "adjective_endings": (("ienne", "ien"), ("enne", "en"), ("aine", "ain"), ("aise", "ais"), ("oise", "ois"),
                          ("ine", "in")),
    "posts_needing_a_holder": ("représentant", "représentante", "fondateur", "fondatrice", "coordinateur",
                               "coordinatrice"),
    # a post its holder took up, after the name (kg.finders.persons)
    "becoming_links": ("qui est devenu", "qui est devenue", "devenu", "devenue"),
    # adjectives of a post's scope, between it and its body or holder ("le secrétaire | national | du parti")
    "post_scopes": ("national", "nationale", "nationaux", "régional", "régionale", "régionaux",
                    "départemental", "départementale", "municipal", "municipale", "fédéral", "fédérale"),
    "post_links": ("de la", "de l'", "de l’", "des", "du", "de", "d'", "d’", "auprès de la", "auprès de l'",
                   "auprès de l’", "auprès du", "auprès des"),
    "post_names_in_news": {"Président": "President", "Présidente": "President", "Vice-Président": "Vice-President",
                           "Vice-Présidente": "Vice-President"},
    # news (declared in kg/lang/schema.py)
    "national_addressees": ("competent services", "competent authorities", "relevant ministries"),
    # "APS" is Algeria's agency and Senegal's: the dateline's place tells ("Dakar, 6 nov (APS)")
    "news_agencies": {"AFP": "", "Reuters": "", "AP": "", "EFE": "", "Xinhua": "CHN", "APS": "", "MAP": "MAR",
                      "TAP": "TUN"},
    "home_country_words": (),
    # national bodies named without a head word ("Le Gouvernement s'engage à ...")
    "subject_bound_pledges": (*_REPORTED_FUTURE, *_ANNOUNCING),
    # a duty put on the actor after it: "il revient au gouvernement de", "il incombe aux États de"
    "duty_phrases": tuple(
        f"il {verb} {to}" for verb in ("revient", "appartient", "incombe") for to in ("à", "au", "aux")
    ),
    # any verb's future after its actor: "la Région ouvrira une enquête", "les syndicats saisiront le tribunal"
    "future_endings": ("ra", "ront"),
    "future_exclusions": ("sera", "seront", "aura", "auront", "pourra", "pourront", "devra", "devront", "faudra",
                          "opéra", "caméra", "extra", "choléra", "mantra"),
    "standalone_exceptions": ("chefs d'État et de gouvernement", "chefs d’État et de gouvernement",
                              "chef de gouvernement", "chefs de gouvernement"),
    "standalone_organizations": {"Gouvernement": "Government", "gouvernement": "Government",
                                 "Conseil des ministres": "Council of Ministers",
                                 "Parlement": "Parliament", "Assemblée nationale": "National Assembly",
                                 "Sénat": "Senate"},
}  # fmt: skip


PACK = LanguagePack(
    code="fr",
    name="French",
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
