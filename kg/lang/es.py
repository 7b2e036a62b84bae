"""What the builders know of Spanish."""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs

# --- numbers and figures ------------------------------------------------------

# Spain groups thousands with "." and writes decimals with ","; Mexico and
# Central America do the opposite. Both marks are listed in both roles and
# kg.text.numbers decides from the digits ("1.500" and "1,500" are 1500).
DECIMAL_MARKS = ",."
GROUP_MARKS = "., "
SCALE_WORDS: dict[str, Decimal] = {
    "mil": Decimal(10**3),
    "millón": Decimal(10**6),
    "millones": Decimal(10**6),
    "mil millones": Decimal(10**9),
    "millardo": Decimal(10**9),
    "millardos": Decimal(10**9),
    "billón": Decimal(10**12),  # the long scale: a Spanish billón is 10^12
    "billones": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "más de": "more-than",
    "poco más de": "more-than",
    "menos de": "less-than",
    "menos del": "less-than",
    "más del": "more-than",
    "cerca de": "about",
    "alrededor de": "about",
    "aproximadamente": "about",
    "unos": "about",
    "unas": "about",
    "casi": "about",
    "al menos": "at-least",
    "por lo menos": "at-least",
    "como mínimo": "at-least",
    "un mínimo de": "at-least",
    "un máximo de": "at-most",
    "hasta": "at-most",
    "como máximo": "at-most",
    # un tope: "compromisos por un monto que no exceda de 2.537.000 dólares"
    "que no exceda de": "at-most",
    "que no excedan de": "at-most",
    "sin exceder": "at-most",
}
UNITS: dict[str, str] = {
    "dólares de los Estados Unidos": "USD",  # as the UN writes the currency (a unit, not the State)
    "%": "percent",
    "por ciento": "percent",
    "$": "USD",
    "US$": "USD",
    "dólares": "USD",
    # the franc of West (XOF) or Central (XAF) Africa: which one the state tells, so a generic unit
    "francos CFA": "franc CFA",
    "de francos CFA": "franc CFA",
    "de dólares": "USD",
    "€": "EUR",
    "euros": "EUR",
    "de euros": "EUR",
    "personas": "persons",
    "de personas": "persons",
    "toneladas": "tonnes",
    "de toneladas": "tonnes",
}

# --- dates --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # abbreviated, as agencies write datelines ("Nueva York, 24 sep (EFE).-")
    **{
        form: month
        for abbreviation, month in (("ene", 1), ("feb", 2), ("mar", 3), ("abr", 4), ("may", 5), ("jun", 6),
                                    ("jul", 7), ("ago", 8), ("sep", 9), ("sept", 9), ("set", 9), ("oct", 10),
                                    ("nov", 11), ("dic", 12))
        for form in (abbreviation, abbreviation + ".")
    },
}  # fmt: skip

# --- commitments --------------------------------------------------------------


_ADVERBS = ("también", "además", "asimismo", "nuevamente", "encarecidamente", "firmemente", "una vez más")
_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
# When a reported act happened, told between its verb and whom it addresses: "exhortó | el sábado | a Estados
# Unidos", "pidió | este lunes | al Congreso" (news names the day, not the date).
_NEWS_WHEN = ("hoy", "ayer", *(f"{article} {day}" for article in ("el", "este") for day in _WEEKDAYS))
OPERATIVE_VERBS: dict[str, str] = with_adverbs(
    {
        "reconoce": "recognizes", "acoge con beneplácito": "welcomes", "acoge con satisfacción": "welcomes",
        "celebra": "welcomes", "reafirma": "reaffirms", "afirma": "affirms", "observa": "notes",
        "toma nota": "takes-note", "observa con preocupación": "notes-with-concern",
        "observa con aprecio": "notes-with-appreciation",
        "observa con satisfacción": "notes-with-satisfaction",
        "recuerda": "recalls", "destaca": "stresses", "subraya": "underlines",
        "pone de relieve": "highlights",
        "hace hincapié": "emphasizes", "reitera": "reiterates", "expresa": "expresses",
        "expresa preocupación": "expresses-concern", "expresa su preocupación": "expresses-concern",
        "expresa su aprecio": "expresses-appreciation", "expresa su agradecimiento": "expresses-appreciation",
        "encomia": "commends", "elogia": "commends", "aprecia": "appreciates", "lamenta": "regrets",
        "deplora": "deplores", "condena": "condemns", "considera": "considers", "cree": "believes",
        "está convencida": "is-convinced", "está preocupada": "is-concerned", "es consciente": "is-aware",
        "está convencido": "is-convinced", "está preocupado": "is-concerned",
        "espera con interés": "looks-forward", "alienta": "encourages", "anima": "encourages",
        "insta": "urges", "exhorta": "calls-upon", "pide": "calls-for", "invita": "invites",
        "recuerda a los": "reminds", "recuerda a las": "reminds", "recuerda a todos": "reminds",
        "señala a la atención": "draws-attention",
        "hace un llamamiento": "appeals", "recomienda": "recommends", "apoya": "supports",
        "solicita": "requests",
        "pide al": "requests", "exige": "demands", "encarga": "tasks", "decide": "decides",
        "hace suyo": "endorses",
        "hace suya": "endorses", "hace suyos": "endorses", "hace suyas": "endorses", "aprueba": "approves",
        "adopta": "adopts", "autoriza": "authorizes", "proclama": "proclaims", "declara": "declares",
        "designa": "designates", "establece": "establishes", "resuelve": "resolves",
        "se compromete": "commits",
    },
    after=_ADVERBS,
)  # fmt: skip
PREAMBULAR_PHRASES: dict[str, str] = with_adverbs(
    {
        "recordando": "recalls", "reafirmando": "reaffirms", "afirmando": "affirms",
        "reconociendo": "recognizes",
        "observando": "notes", "tomando nota": "takes-note", "acogiendo con beneplácito": "welcomes",
        "acogiendo con satisfacción": "welcomes", "destacando": "stresses", "subrayando": "underlines",
        "poniendo de relieve": "highlights", "haciendo hincapié": "emphasizes", "reiterando": "reiterates",
        "expresando": "expresses", "considerando": "considers", "convencida": "is-convinced",
        "consciente": "is-aware", "preocupada": "is-concerned", "profundamente preocupada": "is-concerned",
        "teniendo presente": "bears-in-mind", "guiándose por": "is-guided-by", "decidida": "is-determined",
        "actuando en virtud": "acts-under",
        "observando con preocupación": "notes-with-concern",
        "observando con aprecio": "notes-with-appreciation",
        "observando con satisfacción": "notes-with-satisfaction", "deplorando": "deplores",
        "condenando": "condemns", "alentando": "encourages", "teniendo en cuenta": "considers",
        "habiendo examinado": "considers", "alarmada": "is-concerned",
        # a council is masculine: "El Consejo de Derechos Humanos, Profundamente preocupado"
        "convencido": "is-convinced", "preocupado": "is-concerned", "profundamente preocupado": "is-concerned",
        "decidido": "is-determined", "alarmado": "is-concerned", "guiado por": "is-guided-by",
    },
    after=_ADVERBS,
)  # fmt: skip
# What a state, an organisation or a person pledges, reported in the third person ("Colombia
# reafirma su compromiso de ...", "México también se comprometió a ...", "reafirma además su compromiso").
_REPORTED_PLEDGES: dict[str, str] = {
    "se compromete a": "commits", "se comprometen a": "commits",
    "se comprometió a": "commits", "se comprometieron a": "commits",
    # "se comprometió este martes ante la ONU a regularizar": the pledge's object may come later
    "se compromete": "commits", "se comprometen": "commits", "se comprometió": "commits",
    "se comprometieron": "commits",
    "se ha comprometido a": "commits", "se han comprometido a": "commits",
    "reafirma su compromiso": "commits", "reafirman su compromiso": "commits",
    "reafirmó su compromiso": "commits", "reafirmaron su compromiso": "commits",
    "prevé": "intends", "prevén": "intends", "tiene previsto": "intends", "tienen previsto": "intends",
    "planea": "intends", "planean": "intends", "pretende": "intends", "pretenden": "intends",
    "tiene la intención de": "intends", "tienen la intención de": "intends",
}  # fmt: skip
_REPORTED_ADVERBS = ("también", "además", "asimismo")

# What a body will do, reported: "el Gobierno va a destinar", "el SEPE distribuirá ..."; a commitment only
# where an actor stands right before it (extra["subject_bound_pledges"]).
_REPORTED_FUTURE: dict[str, str] = {
    "va a": "will",
    "van a": "will",
    **{
        verb: "will"
        for stem in (
            "destinar",
            "distribuir",
            "invertir",
            "aportar",
            "financiar",
            "presentar",
            "elaborar",
            "crear",
            "asignar",
            "movilizar",
            "desembolsar",
            "impulsar",
            "regularizar",
            "garantizar",
            "acoger",
            "seguir",
            "continuar",
            "ofrecer",
        )
        for verb in (stem + "á", stem + "án")
    },
    "pondrá en marcha": "will",
    "pondrán en marcha": "will",
}

# an agreement a body signs, and its target, told of it ("firmó un acuerdo con", "el objetivo es")
_AGREED: dict[str, str] = {
    "firmó un acuerdo": "commits",
    "firmaron un acuerdo": "commits",
    "ha firmado un acuerdo": "commits",
    "el objetivo es": "intends",
    "su objetivo es": "intends",
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "nos comprometemos a": "commits",
    "seguimos comprometidos con": "commits",
    "estamos comprometidos con": "commits",
    "estamos comprometidos a": "commits",
    "reafirmamos nuestro compromiso": "commits",
    "se encargará de": "tasks",
    "será responsable de": "tasks",
    "prevemos": "intends",
    "pretendemos": "intends",
    "procuramos": "intends",
    "nos proponemos": "intends",
    "proponemos": "intends",
    "tenemos previsto": "intends",
    "tenemos la intención de": "intends",
    "vamos a": "will",
    **_REPORTED_FUTURE,
    **with_adverbs(_REPORTED_PLEDGES, before=_REPORTED_ADVERBS, inside=_REPORTED_ADVERBS),
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = ("Sr.", "Sra.", "Srta.", "D.", "Dña.", "Excmo.", "Excma.", "Dr.", "Dra.")
POSTS: dict[str, str] = {
    "Relator": "Rapporteur", "Relatora": "Rapporteur", "Relator Especial": "Special Rapporteur",
    "Relatora Especial": "Special Rapporteur", "Presidente": "Chair", "Presidenta": "Chair",
    "Vicepresidente": "Vice-Chair", "Vicepresidenta": "Vice-Chair", "Copresidente": "Co-Chair",
    "Secretario General": "Secretary-General", "Secretaria General": "Secretary-General",
    "Vicesecretario General": "Deputy Secretary-General",
    "Vicesecretaria General": "Deputy Secretary-General",
    "Representante Permanente": "Permanent Representative",
    "Representante Especial": "Special Representative",
    "Alto Comisionado": "High Commissioner", "Alta Comisionada": "High Commissioner",
    "Director Ejecutivo": "Executive Director", "Directora Ejecutiva": "Executive Director",
    "Director General": "Director-General", "Directora General": "Director-General",
    "Administrador": "Administrator", "Facilitador": "Facilitator", "Facilitadora": "Facilitator",
    "Director": "Director", "Directora": "Director",
    # posts of governments, as news names them ("el presidente del Gobierno", "la ministra")
    "Presidente del Gobierno": "Prime Minister", "Presidenta del Gobierno": "Prime Minister",
    "Vicepresidente del Gobierno": "Deputy Prime Minister", "Vicepresidenta del Gobierno": "Deputy Prime Minister",
    "Primer Ministro": "Prime Minister", "Primera Ministra": "Prime Minister", "ministro": "Minister",
    "ministra": "Minister", "canciller": "Minister for Foreign Affairs", "embajador": "Ambassador",
    "embajadora": "Ambassador", "comisionado": "Commissioner", "comisionada": "Commissioner",
    "responsable": "Official",
    "representante": "Representative", "fundador": "Founder", "fundadora": "Founder", "portavoz": "Spokesperson",
    "vocero": "Spokesperson", "vocera": "Spokesperson",
    # plural posts, each held by the names listed after them ("los presidentes Ana Ruiz y Luis Paz")
    "presidentes": "President", "ministros": "Minister", "cancilleres": "Minister for Foreign Affairs",
    "embajadores": "Ambassador", "diputados": "Deputy", "senadores": "Senator", "gobernadores": "Governor",
    "alcaldes": "Mayor", "dirigentes": "Leader",
    "secretario de Estado": "Secretary of State",
    "secretaria de Estado": "Secretary of State", "alcalde": "Mayor", "alcaldesa": "Mayor",
    "jefe ejecutivo": "Chief Executive", "jefa ejecutiva": "Chief Executive",
    # posts of federal and state governments, parliaments and courts, as Mexican news names them
    "gobernador": "Governor", "gobernadora": "Governor", "diputado": "Deputy", "diputada": "Deputy",
    "senador": "Senator", "senadora": "Senator", "subsecretario": "Under-Secretary",
    "subsecretaria": "Under-Secretary", "procurador": "Attorney General", "procuradora": "Attorney General",
    "fiscal": "Prosecutor", "juez": "Judge", "jueza": "Judge", "cónsul": "Consul", "delegado": "Delegate",
    "delegada": "Delegate", "dirigente": "Leader", "coordinador": "Coordinator", "coordinadora": "Coordinator",
    "Coordinador Humanitario": "Humanitarian Coordinator", "Coordinadora Humanitaria": "Humanitarian Coordinator",
    # judges of electoral and higher courts, electoral councillors and notaries, as Mexican news names them
    "magistrado": "Judge", "magistrada": "Judge", "magistrado presidente": "Presiding Judge",
    "magistrada presidenta": "Presiding Judge", "consejero": "Councillor", "consejera": "Councillor",
    "consejero presidente": "Presiding Councillor", "consejera presidenta": "Presiding Councillor",
    "notario público": "Notary Public", "notaria pública": "Notary Public",
    # heads of a directorate or department and university staff, as regional news names them ("Elena Soto, titular
    # de la Dirección de ...", "jefe del área de ...", "catedrática de la Universidad de Norland")
    "titular": "Head", "jefe": "Head", "jefa": "Head", "docente": "Lecturer", "investigador": "Researcher",
    "investigadora": "Researcher", "catedrático": "Professor", "catedrática": "Professor", "editor": "Editor",
    "editora": "Editor",
}  # fmt: skip
# Heads of the names of national bodies, with the word that joins the name ("Ministerio del Interior").
ORGANIZATION_HEADS: dict[str, str] = {
    f"{ministry} {joint}": "government-agency"
    for ministry in ("Ministerio", "ministerio", "Secretaría", "secretaría")
    for joint in ("de", "del", "de la")
} | {
    # ... and of their directorates and units, an adjective of level between head and joint ("Dirección Estatal
    # de Caminos Rurales", "Unidades Municipales de Bomberos")
    " ".join(filter(None, (head, level, joint))): "government-agency"
    for head in ("Dirección", "Unidad", "Unidades")
    for level in ("", "General", "Nacional", "Federal", "Estatal", "Regional", "Municipal", "Municipales", "Académica")
    for joint in ("de", "del", "de la")
}


_ORDINAL_WORDS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7,
    "séptima": 7, "sétimo": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
    "décima": 10, "undécimo": 11, "undécima": 11, "duodécimo": 12, "duodécima": 12, "vigésimo": 20,
    "vigésima": 20, "trigésimo": 30, "trigésima": 30, "cuadragésimo": 40, "cuadragésima": 40,
    "quincuagésimo": 50, "quincuagésima": 50, "sexagésimo": 60, "sexagésima": 60, "septuagésimo": 70,
    "septuagésima": 70, "octogésimo": 80, "octogésima": 80, "nonagésimo": 90, "nonagésima": 90,
    "centésimo": 100, "centésima": 100,
}  # fmt: skip


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words ("septuagésimo tercer", "decimotercera"), or None.

    >>> parse_ordinal("septuagésimo tercer"), parse_ordinal("Vigésima primera"), parse_ordinal("73º")
    (73, 21, 73)
    >>> parse_ordinal("período") is None
    True
    """
    words = text.casefold().split()
    if len(words) == 1 and words[0][:-1].isdecimal() and words[0][-1] in "ºª°":
        return int(words[0][:-1]) or None
    total = 0
    for word in words:
        if word.startswith(("decimo", "décimo")) and len(word) > 6:  # decimotercero
            rest = parse_ordinal(word[6:])
            if rest is None:
                return None
            total += 10 + rest
        elif word in _ORDINAL_WORDS:
            total += _ORDINAL_WORDS[word]
        else:
            return None
    return total or None


# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "Decreto": "decree",
        "Real Decreto": "decree",
        "Decreto Supremo": "decree",
        "Decreto Ley": "decree",
        "Ley": "law",
        "Ley Orgánica": "law",
        "Resolución": "resolution",
        "Orden": "decree",
        "Acuerdo": "decision",
        "Decisión": "decision",
    },
    "legal_number_marks": ("N.º", "Nº", "N°", "No.", "núm.", "número"),
    "legal_number_tails": (),
    "recital_openers": (
        "Visto", "Vistos", "Considerando", "En virtud de", "De conformidad con", "A propuesta de",
        "En uso de las facultades", "En ejercicio de las facultades", "Con fundamento en",
    ),
    "enacting_formulas": (
        "decreto:", "dispongo:", "decreta:", "resuelve:", "resuelvo:", "acuerda:", "he resuelto:",
        "ha dado el siguiente decreto:",
    ),
    "article_words": ("Artículo", "Art."),
    "article_tails": (),
    "article_ordinals": {
        "primero": "1", "único": "1", "segundo": "2", "tercero": "3", "cuarto": "4", "quinto": "5",
        "sexto": "6", "séptimo": "7", "octavo": "8", "noveno": "9", "décimo": "10",
    },
    "article_actions": {
        "Se aprueba": "approves",
        "Apruébase": "approves",
        "Se adopta": "adopts",
        "Se crea": "establishes",
        "Créase": "establishes",
        "Se deroga": "decides",
        "Se autoriza a": "authorizes",
        "Se autoriza al": "authorizes",
        "Derógase": "decides",
    },
    # "Se autoriza a la dirección del Ministerio": the leaders of a body, given an authority (legal/mandates.py)
    "leadership_words": ("la dirección del", "la dirección de la", "la dirección de"),
    "entry_into_force_phrases": ("entrará en vigor", "entra en vigor", "entrará en vigencia", "surtirá efectos"),
    "signing_day_phrases": (
        "a partir de su firma", "desde la fecha de su firma", "el día de su firma", "a partir de su expedición",
        "a partir de la fecha de su expedición",
    ),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": (
        "a partir de su publicación", "desde su publicación", "el día siguiente al de su publicación",
        "al día siguiente de su publicación",
    ),
    # the last day it is in force; the day from which an instrument is no longer (kg.builders.legal.in_force)
    "in_force_until_phrases": ("hasta el",),
    "out_of_force_phrases": ("dejará de estar en vigor el", "perderá su vigencia el", "perderá vigencia el"),
    "on_behalf_marks": ("Por el", "Por la", "P.O.", "En nombre de"),
    "adoption_date_phrases": ("aprobada el", "aprobado el", "sancionada el"),
    "closing_cues": ("Dado en", "Dada en", "Comuníquese", "Publíquese"),
    "signed_placeholders": ("(firmado)", "Firmado", "(Firmado)", "(Rubricado)"),
    "appendix_words": ("ANEXO", "Anexo"),
    "table_unit_labels": ("Unidad:", "Unidad :", "Cifras en"),
    "instrument_self_words": ("presente",),
    "copula_words": ("es", "son"),
    "repeal_phrases": ("queda derogado", "queda derogada", "quedan derogados", "quedan derogadas", "se deroga",
                       "se derogan"),
    "declaratory_headings": ("Objeto", "Ámbito de aplicación", "Definiciones"),
    # an article that allocates powers decides who holds them: "Artículo 41. Competencia en materia de gestión"
    "competence_headings": ("Competencia", "Competencias", "Atribuciones"),
    "responsibility_headings": ("Obligaciones de", "Obligaciones del", "Responsabilidades de", "Deberes de"),
    "party_stops": ("en", "durante"),
    # a legal-information site's page around the instrument (a boletín oficial: kg.builders.legal.page)
    "legal_metadata_labels": {
        "Rango": "kind",
        "Tipo de norma": "kind",
        "Número oficial": "number",
        "Número": "number",
        "Departamento": "issuer",
        "Órgano emisor": "issuer",
        "Firmante": "signer",
        "Fecha de disposición": "date",
        "Fecha de expedición": "date",
        "Fecha de publicación": "gazette_date",
        "Entrada en vigor": "in_force",
        "Vigencia desde": "in_force",
        "Referencia": "reference",
        "Estatus legal": "status",
    },
    "legal_page_furniture": (
        "Cargando documento...",
        "Texto consolidado",
        "Análisis",
        "Documentos relacionados",
        "Otros formatos",
        "Ir a",
    ),
}  # fmt: skip


# Lo que hacen los autores de una declaración en sus párrafos ("Reconocemos ...", "Reafirmamos también ..."),
# cada verbo al abrir una oración: un compromiso suyo con la fuerza de su acción.
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "reconocemos": "recognizes", "reafirmamos": "reaffirms", "tomamos nota": "takes-note",
        "afirmamos": "affirms", "observamos": "notes", "destacamos": "stresses", "subrayamos": "underlines",
        "recalcamos": "emphasizes", "acogemos con beneplácito": "welcomes", "celebramos": "welcomes",
        "encomiamos": "commends", "alentamos": "encourages", "instamos": "urges", "exhortamos": "calls-upon",
        "recomendamos": "recommends", "apoyamos": "supports", "expresamos": "expresses",
        "declaramos": "declares", "reiteramos": "reiterates", "condenamos": "condemns",
        "resolvemos": "resolves", "decidimos": "decides", "invitamos": "invites", "solicitamos": "requests",
        "recordamos": "recalls", "aprobamos": "adopts", "hacemos nuestra": "endorses",
        "nos reunimos": "meets", "estamos reunidos": "meets", "buscamos": "seeks",
    },
    after=("también", "además", "por tanto", "asimismo", "enérgicamente", "firmemente", "una vez más"),
)  # fmt: skip

# A readout or a joint statement tells what the parties it named did together under a collective subject ("Ambos
# mandatarios acordaron ...", "Las dos partes reafirman ..."): every party's stance, with how many parties the
# subject names (0: as many as the text names as meeting).
JOINT_SUBJECTS: dict[str, int] = {
    **dict.fromkeys(("los mandatarios", "los presidentes", "los cancilleres", "los líderes"), 0),
    **{f"{both} {who}": 2 for both in ("ambos", "los dos")
       for who in ("mandatarios", "presidentes", "cancilleres", "ministros", "líderes", "países", "gobiernos")},
    **dict.fromkeys(("ambas partes", "las dos partes", "ambas delegaciones"), 2),
}  # fmt: skip
_READOUT_VERBS: dict[str, str] = {
    "acordaron": "commits", "reafirmaron": "reaffirms", "reiteraron": "reiterates", "coincidieron en": "affirms",
    "se comprometieron a": "commits", "discutieron": "considers", "analizaron": "considers",
    "expresaron": "expresses", "destacaron": "highlights", "subrayaron": "underlines", "condenaron": "condemns",
    # a joint statement's present
    "acuerdan": "commits", "reafirman": "reaffirms", "reiteran": "reiterates", "se comprometen a": "commits",
    "expresan": "expresses", "condenan": "condemns", "subrayan": "underlines",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, before=("también",)))

EXTRA: dict[str, object] = {
    # a readout's or a joint statement's collective subject and its verb (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    **LEGAL_INSTRUMENTS,
    # a lower-case word after a capitalised one ends a name ("the Department of Migrant Workers | to")
    "lowercase_after_capital_in_names": False,
    # conjunctions that stay inside a name between capitalised words ("Ministry of Labour and Employment")
    "name_bridges": ("y", "e"),
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    "cycle_words": {
        "anualmente": "P1Y",
        "cada año": "P1Y",
        "todos los años": "P1Y",
        "bienalmente": "P2Y",
        "cada dos años": "P2Y",
        "cada tres años": "P3Y",
        "cada cuatro años": "P4Y",
        "cada cinco años": "P5Y",
        "trienalmente": "P3Y",
        "cuatrienalmente": "P4Y",
        "con carácter bienal": "P2Y",
        "con carácter trienal": "P3Y",
        "con carácter cuatrienal": "P4Y",
        # the adjective only after "informe": "la revisión cuatrienal amplia de la política" is a name
        "informe bienal": "P2Y", "informes bienales": "P2Y", "informe trienal": "P3Y", "informes trienales": "P3Y",
        "informe cuatrienal": "P4Y", "informes cuatrienales": "P4Y",
    },
    # A national instrument announced by its head and number: "Real Decreto 1155/2024", "Ley Orgánica 4/2000".
    "instrument_number_heads": {"Real Decreto": "decree", "Decreto": "decree", "Real Decreto-ley": "decree",
                                "Ley Orgánica": "law", "Ley": "law", "Orden": "decision"},
    "instrument_number_word": ("n.º", "nº", "núm.", "número", "No."),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("convenio",),
    "convention_suffixes": (),
    "signing_verbs": ("firmó", "ha firmado", "había firmado", "firma", "acaba de firmar"),
    # words between an instrument and its issuer (declared in kg/lang/schema.py): "..., signed by the President"
    "issuer_links": (
        "firmado por", "firmada por", "fue firmado por", "fue firmada por", "ha sido firmado por",
        "ha sido firmada por",
    ),
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "Noticias relacionadas", "Relacionadas", "Te puede interesar", "Lee también", "Lea también",
        "Ver también", "Más leídas", "Lo más leído", "Últimas noticias", "Lo último", "Etiquetas",
        "Comentarios", "Compartir",
    ),
    "home_cues": ("Inicio", "Portada"),
    "source_cues": ("Fuente:",),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("Editor:", "Editado por", "Edición:", "Redacción:", "Autor:"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("Publicado originalmente en", "Republicado de", "Lea el original"),
    "signatory_openers": (
        "Nosotros, los Jefes de Estado y de Gobierno", "Nosotros, los Jefes y Jefas de Estado",
        "Nosotros, los Ministros de",
    ),
    "date_links": ("de", "del"),
    "event_name_stops": ("en", "que", "celebrada", "celebrado", "y", "el", "se", "fue", "tuvo"),
    "name_joiners": ("de", "del"),
    "prepositions": ("a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia", "hasta",
                     "mediante", "para", "por", "según", "sin", "sobre", "tras"),
    "plural_posts": ("presidentes", "ministros", "cancilleres", "embajadores", "diputados", "senadores", "gobernadores",
                     "alcaldes", "dirigentes"),
    # particles of compound surnames, in lower case inside a person's name ("Marta Ruiz de Olano")
    "surname_particles": ("de", "del", "de la", "de los"),
    # Instruments named around a head word, where names are capitalised (kg.finders.instruments):
    # "Tratado de Tlatelolco", "Ley de Migración", "Acuerdo de París".
    "capitalised_instrument_heads": {
        "Tratado": "treaty", "tratado": "treaty", "Convención": "convention", "convención": "convention",
        "Convenio": "convention", "convenio": "convention", "Acuerdo": "agreement", "acuerdo": "agreement",
        "Ley": "law", "ley": "law", "Código": "law", "código": "law", "Pacto": "instrument", "pacto": "instrument",
        "Protocolo": "protocol", "protocolo": "protocol", "Declaración": "declaration", "declaración": "declaration",
        "Carta": "instrument", "Estrategia": "strategy", "estrategia": "strategy", "Plan": "plan", "plan": "plan",
        "Programa": "programme", "programa": "programme",
        "Convenios": "convention", "Protocolos": "protocol",  # "los Convenios de Ginebra", "Protocolos Adicionales"
        "Constitución": "constitution",
        # "el reglamento de Dublín", "el estatuto de Roma", "la directiva Retorno": named by a place or a capital
        "Reglamento": "law", "reglamento": "law", "Estatuto": "instrument", "estatuto": "instrument",
        "Directiva": "directive", "directiva": "directive",
    },
    # a state's constitution, its one instrument of that kind: named by its adjective or its year alone
    "dated_instrument_heads": ("Constitución",),
    # a law named by its year alone: "la ley de 1936", "la Ley de 1998 sobre ..."
    "year_named_instrument_heads": ("Ley", "ley"),
    # articles of the home state's constitution: "los artículos 10 y 12 constitucionales", "el artículo 24 de la
    # Constitución"
    "running_article_words": ("artículo", "artículos"),
    "constitution_after_articles": ("constitucional", "constitucionales", "de la Constitución"),
    "instrument_name_joiners": ("de", "del", "sobre", "para", "contra", "la", "el", "los", "las"),
    "list_articles": ("la", "el", "los", "las", "de la", "del", "de los", "de"),
    "list_conjunctions": ("y", "e", "y el"),  # "y el": two days, "el 5 y el 12 de octubre"
    "between_words": ("entre",),  # a treaty between two parties: its name runs to the second
    # A body named by its kind alone stands for the document's own ("al Consejo en su 56º período de sesiones").
    # a body's kind is read from its English name, or, for one no gazetteer knows, from its name as written
    "short_body_names": {"Consejo": "council", "Asamblea": "assembly", "Comité": "committee",
                         "Comisión": "commission", "Oficina": "office", "Centro": "centre centro",
                         "Fondo": "fund fondo", "Instituto": "institute instituto"},
    "observance_days": {
        "Día Mundial de los Refugiados": "--06-20", "Día Internacional del Migrante": "--12-18",
        "Día de los Derechos Humanos": "--12-10", "Día Mundial de las Abejas": "--05-20",
        "Día Internacional de la Mujer": "--03-08", "Día Internacional de la Paz": "--09-21",
        "Día Mundial contra la Pena de Muerte": "--10-10",
    },
    "visit_heads": ("visita de Estado a", "visita oficial a", "visita de trabajo a"),
    "event_head_idioms": ("cumbre del poder", "cumbre de la montaña", "cumbre de la pirámide"),
    "venue_nouns": ("la sede de", "sede de"),
    "event_heads": {
        "Cumbre": "summit",
        "Día Mundial": "event", "Día Internacional": "event",  # observances
        "Conferencia": "conference",
        "Congreso de las Naciones Unidas": "conference",
        "Foro": "forum",
        "Festival": "event",
        "Taller": "workshop",
        "Reunión": "meeting",
        "reunión": "meeting",
        "Sesión": "session",
    },
    # the European Union named by the count of its members ("los Veintisiete acordaron")
    "unions_by_member_count": {f"{article} {count}": "EU" for article in ("Los", "los")
                               for count in ("Veintiocho", "Veintisiete", "Veinticinco")},
    # heads that name an event alone, with the day or the place after them ("un encuentro informal el 7 de junio
    # en California", "una conferencia de prensa en Jerez"); "la reunión" or "el foro" need a name
    "event_heads_alone": ("encuentro", "cumbre", "conferencia de prensa", "rueda de prensa"),
    "measure_stops": ("en", "desde", "entre", "para", "durante", "hasta", "y", "que", "a", "al"),
    "period_year_words": ("en", "en el año"),
    "year_range_links": ("a", "al"),
    "this_year_words": ("este año", "el presente año", "del presente año", "el año que transcurre",
                        "del año que transcurre", "el año en curso", "del año en curso"),
    "subset_words": ("de los cuales", "de las cuales", "de los que", "de las que"),
    "number_of_words": ("el número de", "número de", "la cifra de"),
    "year_parts": {
        "primer bimestre": "01/02", "segundo bimestre": "03/04", "primer trimestre": "Q1", "segundo trimestre": "Q2",
        "tercer trimestre": "Q3", "cuarto trimestre": "Q4", "primer semestre": "H1", "segundo semestre": "H2",
    },
    "period_phrases": ("antes de la pandemia", "después de la pandemia"),
    "since_words": ("desde",),
    "that_year_words": ("ese año", "aquel año", "ese mismo año"),
    "same_period_words": ("mismo periodo de", "mismo período de", "mismo mes de", "igual periodo de"),
    "next_year_words": ("un año después", "al año siguiente", "el año siguiente"),
    "counted_nouns": {
        "niños": "children", "niñas": "children", "menores": "children", "migrantes": "migrants",
        "refugiados": "refugees", "países": "countries", "organizaciones": "organizations",
        "delegaciones": "delegations", "votos": "votes", "abstenciones": "votes", "albergues": "shelters",
        "oficiales": "officers", "personas": "persons", "empleos": "jobs", "estudiantes": "students",
        "operaciones": "transactions", "transacciones": "transactions", "solicitantes": "applicants",
        # lo que cuenta una resolución: "la adhesión de 58 Estados", "12 puestos", "3.000 efectivos"
        "Estados": "States", "Estados Miembros": "Member States", "puestos": "posts", "miembros": "members",
        "efectivos": "troops",
        # las personas contadas por sexo, las misiones que despliega un órgano: "3.000 mujeres y hombres"
        "mujeres y hombres": "women and men", "hombres y mujeres": "men and women", "mujeres": "women",
        "hombres": "men", "misiones": "missions",
        # the staff of a body and the people of a place: "343 trabajadores", "10 mil habitantes"
        "trabajadores": "staff", "empleados": "staff", "integrantes": "members", "habitantes": "inhabitants",
    },
    "measure_connectors": ("de",),
    "ordinal_markers": ("n.º", "núm.", "artículo", "párrafo", "capítulo", "página"),
    # Mexico writes the units after the thousands: "32 mil 653" (32 653), "mil 589.95 millones" (1 589.95 million).
    "scale_units_after": ("mil",),
    "number_words": {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                     "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
                     "trece": 13, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
                     "cincuenta": 50, "cien": 100},
    "lone_scale_words": {"mil": 10**3, "millón": 10**6},
    "three_digit_fraction_before_scale": True,  # Mexico writes thousands of millions "2 mil 75 millones"
    "date_order": "dmy",
    "date_range_openers": ("del",),
    "date_range_connectors": ("al", "y el", "y", "-", "–"),
    "year_words_before": ("en", "para", "hasta", "desde"),
    "year_words_after": (),
    "session_words": ("período de sesiones", "periodo de sesiones"),
    # A draft a committee adopted, its symbol next: "la Comisión aprobó el proyecto de resolución A/C.2/72/L.66".
    "draft_adopted": r"\baprobó\s+(?:el\s+)?proyecto\s+de\s+(?:resolución|decisión)",
    # Meetings named by number, and the noun that names one: "en sus sesiones 24ª y 27ª" / "en su 15ª sesión".
    # (or the noun first: "en sus sesiones 20ª y 28ª", "en sus sesiones 22ª a 24ª"; a range names each meeting)
    "meeting_number": r"(?:\d+ª(?:,\s*|\s+y\s+))*\d+ª\s+sesi(?:ón|ones)(?:\s+plenarias?)?"
    r"|sesi(?:ón|ones)\s+(?:plenarias?\s+)?(?:\d+ª(?:,\s*|\s+[ya]\s+))*\d+ª",
    "meeting_range_words": ("a",),
    "meeting_noun": "sesión",
    # What a report asks with no speaker named, its author's recommendations: "Se alienta a los Estados Miembros".
    "passive_phrases": {
        f"se {verb}{adverb} {joint}": action
        for verb, action, joint in (("alienta", "encourages", "a"), ("invita", "invites", "a"), ("insta", "urges", "a"),
                                    ("exhorta", "urges", "a"), ("pide", "requests", "a"), ("solicita", "requests", "a"),
                                    ("recomienda", "recommends", "a"), ("recomienda", "recommends", "que"))
        for adverb in ("", " también", " asimismo", " encarecidamente")
    },
    # A vote's tally, whose numbers are no statistics: "por 124 votos contra 49 y 1 abstención".
    # Cuadros de cifras: el encabezado de columna que da su unidad a la cifra de una fila, y la fila del total.
    "table_unit_headers": {"Porcentaje": "percent", "Tasa (porcentaje)": "percent"},
    "table_total_words": ("Total",),
    "vote_name": "votación en {body}",
    "vote_name_articles": ("la", "el", "los", "las"),
    "vote_pattern": r"\d+\s+votos(?:\s+a\s+favor)?\s+(?:contra|frente\s+a)\s+(?:\d+|ninguno)(?:\s+votos)?"
    r"|\d+\s+abstenci(?:ón|ones)|[Aa]\s+favor\s+votaron\s+\d+|votaron\s+a\s+favor\s+\d+|\d+\s+se\s+abstuvieron",
    # Words before a session that make it the topic, not the time: "informe ... sobre su 22º período".
    "session_topic_words": ("sobre su", "sobre la labor de su", "acerca de su", "sobre sus"),
    "ordinal_side": "before",
    "agenda_words": ("tema", "temas"),
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": ("decisión", "decisiones"),
    "resolution_words": ("resolución", "resoluciones"),
    "title_words": ("titulada", "tituladas", "titulado", "titulados"),
    "resolution_suffixes": (),
    "section_letters": {},
    "annex_words": ("anexo",),
    "objective_words": ("objetivo",),
    # a lead whose numbered paragraphs complete it ("Resolves that:"): the operative part, no adopted text
    "lead_complementizers": ("que",),
    # the subject a decision's clause binds: "Decide que el Secretario General queda autorizado a ..."
    "subject_predicates": ("queda autorizado", "queda autorizada", "quedan autorizados", "está autorizado",
                           "está autorizada", "deberá", "deberán"),
    "plenary_meeting": r"(\d+)ª\s+sesión\s+plenaria",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"(\d+)ª\s+sesión",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("decisión adoptada por",),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"decidió": "decides"},
    "decided_verbs": {"tomar nota": "takes-note", "solicitar": "requests", "pedir": "requests", "invitar": "invites",
                       "instar": "urges", "alentar": "encourages", "exhortar": "calls-upon"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("(Firmado)",),
    "adopted_phrases": ("resolución aprobada por", "aprobada por el consejo de seguridad"),
    "kind_words": {
        "presidential-statement": (
            "declaración de la presidencia del consejo de seguridad",
            "declaración del presidente del consejo de seguridad",
        ),
        "report": ("informe",),
        "note": ("nota del",
        "nota de"),
        "letter": ("carta de fecha",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": (
        "proyecto de resolución revisado",
        "proyecto de decisión revisado",
        "proyecto de resolución",
        "proyecto de decisión",
    ),
    "original_labels": ("original:",),
    "language_names": {"inglés": "en", "árabe": "ar", "chino": "zh", "español": "es", "francés": "fr",
                       "ruso": "ru", "english": "en", "french": "fr", "spanish": "es", "arabic": "ar",
                       "russian": "ru", "chinese": "zh"},
    "issuer_prefixes": ("la", "el"),
    # "y" is written "e" before an i sound: "..., e invita a la Organización Mundial del Comercio"
    "clause_boundary": r"(?:[,;]\s+(?:[ye]\s+)?|\b[ye]\s+)",
    # phrases between a clause boundary and its verb, or before the verb a sentence opens with: "A este
    # respecto, observamos", ", y a este respecto insta"
    # a clause before a declaration's verb: "As we rise from the General Assembly today, we hold ..."
    "leading_clause_openers": ("al", "mientras", "cuando", "ahora que"),
    "clause_connectives": ("a este respecto", "a ese respecto", "con este fin", "con ese fin", "en este contexto",
                           "en ese contexto"),
    "clause_verb_prefix": "",
    "addressee_end_markers": (" a que ", " que ", " a ", ","),
    # words that open an aside inside a list of addressees ("in accordance with its mandate"), ending the list
    # a relative clause narrows those asked: "States that have not done so" (kg.finders.clauses)
    "addressee_inclusion_words": ("incluidos", "incluidas", "incluido", "en particular", "especialmente", "así como"),
    "addressee_relatives": ("que",),
    # "y, según proceda, las organizaciones intergubernamentales, internacionales y no gubernamentales"
    "addressee_parentheticals": ("según proceda", "cuando proceda", "según corresponda", "cuando corresponda",
                                 "en su caso", "entre otras cosas"),
    "addressee_collective_heads": ("mecanismos", "procedimientos", "órganos", "instituciones", "entidades",
                                   "organizaciones", "organismos", "agentes", "asociados", "interesados"),
    "addressee_modifiers": ("intergubernamentales", "no gubernamentales", "internacionales", "regionales",
                            "subregionales", "nacionales", "locales", "multilaterales", "humanitarias"),
    "addressee_aside_words": (
        "en", "con", "por", "para", "sobre", "según", "conforme", "mediante", "bajo", "a", "al", "entre",
        "que", "quien", "donde",
    ),
    # words that open an item naming those asked ("Alienta: a) A los Estados Miembros a que ...")
    "addressee_openers": ("a", "al", "a la", "a los", "a las"),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "autoridades competentes": "competent authorities", "organismos competentes": "competent bodies",
        "Estados Miembros": "Member States", "todos los Estados Miembros": "Member States",
        "todos los Estados": "States", "gobiernos": "Governments",
        "todos los interesados": "all stakeholders", "interesados": "stakeholders",
        "sistema de las Naciones Unidas": "United Nations system",
        "organismos especializados": "specialized agencies",
        "fondos y programas": "funds and programmes",
        "entidades de las Naciones Unidas": "United Nations entities",
        "sociedad civil": "civil society", "sector privado": "private sector",
        "organizaciones internacionales": "international organizations",
        "comunidad internacional": "international community",
        "Estados": "States", "Estados partes": "States parties", "todas las partes": "all parties",
        "partes en conflictos armados": "parties to armed conflict",
        "organismos de las Naciones Unidas": "United Nations agencies",
        "asociados para el desarrollo": "development partners",
        "instituciones financieras internacionales": "international financial institutions",
        "Potencias administradoras": "administering Powers", "Potencia administradora": "administering Power",
    },
    # A time limit counted from when the text takes effect: "en un plazo de 60 días" (kg.text.deadlines).
    "time_limit_words": ("en un plazo de", "en el plazo de", "dentro de los", "dentro de un plazo de"),
    "duration_units": {"días": "D", "día": "D", "semanas": "W", "semana": "W", "meses": "M", "mes": "M",
                       "años": "Y", "año": "Y"},
    # A duration counted from an event, "al menos 12 semanas antes de cada foro": a lead time, no figure.
    # A limit set in the measure before a figure: "una tasa máxima del 22%" is at most 22.
    "limit_words": {"máximo": "at-most", "máxima": "at-most", "mínimo": "at-least", "mínima": "at-least"},
    # "las cuotas pendientes al 30 de abril de 2019", "el ejercicio terminado el 30 de junio de 2018"
    "reference_date_words": ("al", "a fecha de", "a fecha del"),
    "period_end_words": ("terminado el", "finalizado el", "que terminó el", "concluido el"),
    "lead_time_words": ("antes de", "antes del", "después de", "después del", "de antelación", "de anticipación"),
    # the years a commitment runs over: "el período comprendido entre 2019 y 2028" (kg.finders.clauses)
    "term_period_words": ("el período comprendido entre", "el periodo comprendido entre", "el período de",
                          "el periodo de", "el período", "el periodo"),
    "term_period_connectors": ("y", "a", "-", "–", "—"),
    "deadline_words": ("para", "hasta", "a más tardar en", "antes de", "antes de finales de", "antes de fines de",
                       "antes del final de", "antes de que termine",
                       # "durante el primer semestre de 2022": due within that year
                       *(f"{lead} {part} semestre de" for lead in ("durante el", "en el")
                         for part in ("primer", "segundo"))),
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {
        # a statement's priority is what it calls for: "Nuestra prioridad sigue siendo la lucha por ..."
        "nuestra prioridad es": "calls-for", "nuestra prioridad sigue siendo": "calls-for",
        "he decidido": "decides", "hemos decidido": "decides", "decidimos": "decides", "condenamos": "condemns",
        "denunciamos": "condemns", "deploramos": "deplores", "lamentamos": "regrets", "exigimos": "demands",
        "saludamos": "welcomes",
    },
    # a body named before them adopts an instrument (kg.finders.commitments)
    "adoption_phrases": dict.fromkeys(("aprobó", "aprobaron", "ha aprobado", "han aprobado", "adoptó",
                                       "adoptaron"), "adopts"),
    # a company's legal form after its name ("Tabacalera Norte Co. Inc. puede"): no end of a sentence
    "stop_abbreviations": ("Co.", "Inc.", "Corp.", "Ltd.", "Cía.", "Hnos."),
    # a court, a commission or a council deciding, told in the past: "la comisión resolvió que", "el tribunal
    # falló a favor de", "los cancilleres acordaron" (kg.finders.commitments, as adoptions)
    "ruling_phrases": with_adverbs(
        {
            **dict.fromkeys(("resolvió", "resolvieron", "juzgó", "falló", "fallaron", "dictaminó", "sentenció",
                             "determinó", "decidió", "decidieron", "acordaron", "ordenó", "ordenaron"), "decides"),
            **dict.fromkeys(("autorizó", "autorizaron", "avaló", "avalaron"), "authorizes"),
        },
        after=_ADVERBS,
    ),
    # relative pronouns that stand for the actor before them (kg.finders.commitments)
    "relative_pronouns": ("el cual", "la cual", "quien", "los cuales", "las cuales"),
    # a sentence's subject that stands for the body or person named last ("Esta última pidió ...", "Ella pidió")
    "anaphoric_subjects": ("este último", "esta última", "éste", "ésta", "él", "ella"),
    # plural modals by which a statement or a quoted speaker says what a group must do (kg.finders.commitments)
    "obligation_phrases": ("deben", "deberán", "tienen que", "tendrán que"),
    "impersonal_obligations": ("es necesario que", "es preciso que", "hace falta que", "urge que"),
    # "..., dijo Pérez": the speaker of a clause reported without quotation marks
    "attribution_verbs": ("dijo", "afirmó", "aseguró", "señaló", "indicó", "declaró", "explicó", "añadió",
                          "agregó", "advirtió", "sostuvo", "precisó", "subrayó", "apuntó", "insistió", "consideró"),
    # words before an actor a verb is done with, not its subject ("con Guatemala, firmó")
    "partner_markers": ("con",),
    # words before those a decision told without its subject applies to (kg.finders.commitments)
    "target_markers": ("en contra de",),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": tuple(_AGREED),
    # words that open an item of demands before the actor it asks ("La necesidad de que | la comunidad
    # internacional cumpla", "Que | el Estado garantice"; kg.finders.demands)
    "demand_item_openers": ("la necesidad de que", "necesidad de que", "que"),
    # the author's own organs, which its recommendations direct (kg.finders.demands)
    "own_organ_words": ("sus órganos", "nuestros órganos", "sus instancias", "nuestras instancias",
                        "sus secciones", "nuestras secciones"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("La coalición exige:", "Hacemos un llamado a:"), with the action of items that have no verb of their own.
    "demand_list_leads": {
        **{verb: "calls-for" for verb in ("llama a", "llaman a", "llamamos a", "hace un llamado a",
                                          "hacemos un llamado a", "reclama", "reclaman", "reclamamos",
                                          "nuestras demandas", "las siguientes demandas")},
        **{verb: "demands" for verb in ("exige", "exigen", "exigimos", "demanda", "demandan", "demandamos",
                                        "pide", "piden", "pedimos")},
        **{verb: "urges" for verb in ("insta", "instan", "instamos", "urge", "urgen")},
        **{verb: "recommends" for verb in ("recomienda", "recomiendan", "recomendamos", "recomendaciones")},
    },
    # Phrases that give the organisation right after them a task: "encomienda al Ministerio del Interior".
    # Phrases by which one actor asks the one named right after them (news: "pidió a la comunidad internacional").
    # a decision or announcement told without its subject: the author's (kg.finders.commitments)
    "author_phrases": {"se ha decidido": "decides", "se decidió": "decides", "se acordó": "decides"},
    "requesting_phrases": with_adverbs({"pidió a": "requests", "pidió al": "requests", "pide a": "requests",
                           "pedimos a": "requests", "pedimos al": "requests", "exhortamos a": "urges",
                           "llamamos a": "calls-upon", "instamos a": "urges",
                           "pide al": "requests", "solicitó a": "requests", "solicitó al": "requests",
                           "instó a": "urges", "instó al": "urges", "exhortó a": "urges", "exhortó al": "urges",
                           "llamó a": "calls-upon", "llamó al": "calls-upon",
                           # "recomendó al presidente ... que facilite", "exigió al gobierno que": asks whom it names
                           "recomendó a": "recommends", "recomendó al": "recommends", "recomienda a": "recommends",
                           "recomienda al": "recommends", "recomendaron a": "recommends",
                           "exigió a": "demands", "exigió al": "demands", "exige a": "demands", "exige al": "demands",
                           "exigieron a": "demands", "exigieron al": "demands",
                           # "pidieron comenzar cuanto antes": a call that names no one asked calls for what follows
                           "pidió": "requests", "pidieron": "requests", "piden": "requests",
                           # what a body or a person recommends or demands with no one asked: "la ONG recomendó
                           # ampliar ...", "el sindicato exige la reinstalación de ..." (a call for what follows)
                           "recomendó": "recommends", "recomienda": "recommends", "recomendaron": "recommends",
                           "exigió": "demands", "exige": "demands", "exigieron": "demands", "reclamó": "demands",
                           "reclama": "demands", "reclamaron": "demands",
                           # a call told as a noun: "reiteró su llamado a los gobiernos estatales para que"
                           **{f"{det} llamado {to}": "calls-upon" for det in ("su", "un", "el")
                              for to in ("a", "al", "a los", "a las")}},
                          inside=_NEWS_WHEN),
    "assigning_phrases": ("encomienda a", "encomienda al", "encarga a", "encarga al", "ordena a", "ordena al",
                          "instruye a", "instruye al"),
    # "antes | del 31 de diciembre": a date read with its range opener ("del") leaves "antes" before it
    "deadline_date_words": ("a más tardar el", "antes del", "antes", "hasta el", "para el"),
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("nosotros",),
    # between an event and the day it met: "the meeting of the Committee ... of 12 September 2025"
    "event_date_links": ("de", "del", "el"),  # "la Conferencia Mundial de Derechos Humanos el 25 de junio de 1993"
    # the event a note cites the report of, with its place and dates (kg.finders.meetings)
    "report_of_words": ("Informe de la", "Informe del", "Véase el", "Véase"),
    "held_words": ("celebrada", "celebradas", "celebrado", "celebrados", "se reunió", "presidida por", "presidido por",
                   "copresidida por", "copresidido por", "acogida por"),
    # small words inside an event's name besides "name_joiners" ("Conference of the Parties to the Convention")
    "event_name_joiners": ("a",),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("convocar", "convoque", "celebrar", "la convocación de"),
    "indefinite_articles": ("un", "una"),
    "event_at_words": ("en la", "en el", "durante la", "durante el"),
    "place_prepositions": ("en",),
    "meeting_series_words": ("reuniones del", "reuniones de"),
    "period_words": (),
    "year_place_prepositions": ("en",),
    "per_words": ("por cada", "por"),
    "numbered_name_words": ("Covid", "COVID", "covid"),
    # words that open the heading of a statement, before the body that issues it ("Заявление МИД России",
    # "Déclaration de Thierry Kuhn, président d'Emmaüs France"; kg.finders.actors.statement_author)
    # a by-line before the body that wrote the text (kg.finders.actors.statement_author)
    "byline_words": ("Por la", "Por el", "Por"),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    # an instrument a body adopts or signs without a name ("aprobó una resolución"; kg.finders.instruments)
    # "Commission ... resolutions 2006/2 and its resolution 2013/1": the list before's body (kg.finders.citations)
    "list_possessives": ("su", "sus"),
    # an instrument named in lower case by its topic ("tratado global sobre comercio de armas")
    "topic_prepositions": ("sobre",),
    "adoption_verbs": ("aprobó", "adoptó", "firmó", "aprobaron", "adoptaron", "firmaron"),
    "adoption_fillers": ("una", "un", "nueva", "nuevo"),
    "adopted_instrument_heads": {"resolución": "resolution", "tratado": "treaty", "acuerdo": "agreement"},
    "generic_instrument_names": ("Memorando de Entendimiento", "Memorándum de Entendimiento",
                                 "Carta de Intención", "Declaración Conjunta"),
    # a text that names the body that issues it (kg.builders.news)
    "self_issued_phrases": ("Este comunicado es emitido por", "Este comunicado fue emitido por",
                            "Este comunicado de prensa es emitido por", "Esta declaración es emitida por",
                            "Esta declaración fue emitida por"),
    "statement_words": ("Declaración de", "Declaración del", "Comunicado de", "Comunicado del", "Declaración",
                        "Comunicado"),
    # a kind alone on the first line, above the title ("Comunicado" | "La Red ... rechaza la reforma")
    "statement_labels": ("Comunicado", "Comunicado de prensa", "Declaración"),
    # persons and their posts (kg.finders.actors); keys declared in kg/lang/schema.py
    # words that mark the name of a body (declared in kg/lang/schema.py)
    # a company's kind right before its name ("la empresa Pemex", "la aerolínea Aeroméxico"; kg.finders.actors)
    # a list's sections by level ("A nivel nacional:") and a text's conclusion (kg.finders.demands)
    "demand_section_openers": ("A nivel", "En el ámbito", "En el plano"),
    # ... numbered in words: "Primero: A nivel nacional"
    "section_ordinals": ("Primero", "Segundo", "Tercero", "Cuarto", "Quinto"),
    "closing_openers": ("En conclusión", "Para concluir", "Por último,"),
    # a common noun for a non-profit body before its name ("la organización británica Oxfam"; kg.finders.actors)
    "organization_nouns": ("organización", "organizaciones", "ONG", "asociación", "red", "coalición", "fundación",
                           "agrupación", "colectivo",
                           # the press, which news quotes as it quotes a body ("el diario oficial Granma")
                           "diario", "periódico", "semanario", "portal", "agencia", "televisora"),
    "company_words": ("empresa", "empresas", "compañía", "firma", "aerolínea", "operadora", "constructora",
                      "petrolera", "automotriz", "fabricante"),
    "body_words": {
        **dict.fromkeys(("Ministerio", "Secretaría", "Instituto", "Comisión", "Agencia", "Oficina", "Servicio",
                         "Congreso", "Senado", "Parlamento", "Cámara", "Asamblea"), "government-agency"),
        **dict.fromkeys(("Organización", "Asociación", "Federación", "Confederación", "Unión", "Coalición",
                         "Alianza", "Partido", "Banco", "Fondo", "Fundación", "Consejo", "Comité", "Centro", "Red",
                         "Movimiento", "Campaña", "Sindicato", "Corporación", "Empresa", "Universidad", "Sistema",
                         "Corte", "Tribunal", "Foro", "Junta"), "organization"),
    },
    "name_articles": ("La", "El", "Los", "Las"),
    # an organisation's organs, named bare in its statements: its author's (kg.finders.actors)
    "organ_names": ("comité ejecutivo nacional", "consejo nacional", "comisión ejecutiva", "dirección nacional",
                    "consejo político nacional", "comité directivo nacional", "secretariado nacional"),
    # acronyms written after an article and repeated that name no body (kg.finders.actors)
    "non_body_acronyms": ("PIB", "PBI", "IVA", "ISR", "IEPS", "IPC", "INPC", "VIH", "SIDA", "TLC", "TLCAN", "DF",
                          "CDMX", "PYME", "PYMES", "ONG", "ONGS", "ADN", "IMSS"),
    # the authorities of a state, named with it ("las autoridades de Chad"; kg.finders.actors)
    "authority_words": ("autoridades",),
    # articles inside a name, between its capitalised words ("Organización de las Naciones Unidas")
    "name_inner_articles": ("la", "las", "los", "el"),
    # posts whose word is also an ordinary noun: a post only with its holder (declared in kg/lang/schema.py)
    # a post's state by its adjective ("el canciller mexicano X"), where the states' official names give
    # none (declared in kg/lang/schema.py; the others are read from "República Italiana")
    "state_adjectives": {
        "estadunidense": "USA", "estadounidense": "USA", "norteamericano": "USA", "norteamericana": "USA",
        "alemán": "DEU", "alemana": "DEU", "británico": "GBR", "británica": "GBR", "chino": "CHN", "china": "CHN",
        "ruso": "RUS", "rusa": "RUS", "español": "ESP", "española": "ESP", "marroquí": "MAR", "turco": "TUR",
        "turca": "TUR", "griego": "GRC", "griega": "GRC", "japonés": "JPN", "japonesa": "JPN",
        "canadiense": "CAN", "brasileño": "BRA", "brasileña": "BRA", "argentino": "ARG", "argentina": "ARG",
        "colombiano": "COL", "colombiana": "COL", "chileno": "CHL", "chilena": "CHL", "peruano": "PER",
        "peruana": "PER", "venezolano": "VEN", "venezolana": "VEN", "cubano": "CUB", "cubana": "CUB",
        "boliviano": "BOL", "boliviana": "BOL", "ecuatoriano": "ECU", "ecuatoriana": "ECU",
        "guatemalteco": "GTM", "guatemalteca": "GTM", "hondureño": "HND", "hondureña": "HND",
        "salvadoreño": "SLV", "salvadoreña": "SLV", "nicaragüense": "NIC", "costarricense": "CRI",
        "panameño": "PAN", "panameña": "PAN", "uruguayo": "URY", "uruguaya": "URY", "paraguayo": "PRY",
        "paraguaya": "PRY", "ucraniano": "UKR", "ucraniana": "UKR", "israelí": "ISR", "iraní": "IRN",
    },
    "adjective_endings": (("anos", "ano"), ("anas", "ano"), ("ana", "ano"), ("esa", "és"), ("ina", "ino"),
                          ("os", "o")),
    "posts_needing_a_holder": ("responsable", "representante", "comisionado", "comisionada", "fundador", "fundadora"),
    # a post its holder took up, after the name (kg.finders.persons)
    "becoming_links": ("quien se convirtió en", "que se convirtió en", "convertido en", "convertida en"),
    # adjectives of a post's scope, between it and its body or holder ("el dirigente | estatal | del PUV, Ana Ruiz")
    "post_scopes": ("estatal", "estatales", "nacional", "nacionales", "regional", "regionales", "municipal",
                    "municipales", "federal", "federales", "político", "política", "políticos"),
    "post_links": ("de la", "de los", "de las", "del", "de", "ante la", "ante el", "ante"),
    "post_names_in_news": {"Presidente": "President", "Presidenta": "President", "Vicepresidente": "Vice-President",
                           "Vicepresidenta": "Vice-President"},
    # news (declared in kg/lang/schema.py)
    "national_addressees": ("competent authorities", "competent bodies"),
    "news_agencies": {"EFE": "", "AFP": "", "Reuters": "", "AP": "", "Europa Press": "", "Xinhua": "CHN",
                      "Prensa Latina": "CUB", "Télam": "ARG", "Andina": "PER", "Notimex": "MEX"},
    "home_country_words": (),
    # national bodies named without a head word ("El Gobierno encarga al Ministerio ...")
    "subject_bound_pledges": tuple(_REPORTED_FUTURE),
    # a duty put on the actor after it: "corresponde al gobierno federal garantizar"
    "duty_phrases": tuple(f"{lead}corresponde {to}" for lead in ("", "le ", "les ") for to in ("a", "al")),
    # any verb's future after its actor: "el PVJ y el PAZ irán juntos", "el Instituto construirá una planta"
    "future_endings": ("rá", "rán"),
    "future_exclusions": ("será", "serán", "habrá", "habrán", "estará", "estarán", "podrá", "podrán", "deberá",
                          "deberán", "tendrá", "tendrán", "quedará", "quedarán", "durará", "durarán"),
    "standalone_exceptions": ("Jefes de Estado y de Gobierno", "Jefes de Estado y Gobierno", "Jefe de Gobierno",
                              "Jefes de Gobierno"),
    "standalone_organizations": {"Gobierno": "Government", "Consejo de Ministros": "Council of Ministers",
                                 "Congreso de los Diputados": "Congress of Deputies",
                                 "Cortes Generales": "Cortes Generales", "Congreso": "Congress",
                                 "Parlamento": "Parliament"},
}  # fmt: skip


PACK = LanguagePack(
    code="es",
    name="Spanish",
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
