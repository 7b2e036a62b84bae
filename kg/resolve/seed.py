"""Regenerate ``data/states.csv`` from ISO 3166 (pycountry) and CLDR (babel).

Run ``python -m kg.resolve.seed`` after upgrading pycountry or babel and review
the diff like code. The run-time gazetteer reads only the CSV files, so
neither library is needed to match names; babel is optional here too (it comes
with trafilatura) and only adds CLDR's short names.

Sources, by column:

* ``iso3``, ``iso2``, ``m49`` (ISO 3166-1 numeric, which is the M49 code for
  countries): pycountry's ISO 3166-1 table;
* ``status``: ``member`` / ``observer`` from the United Nations' list of Member
  States and non-member observer States (:data:`UN_MEMBERS`,
  :data:`UN_OBSERVERS`), ``territory`` for every other ISO entry;
* ``name_en``: the UN short name (UNTERM) where it differs from ISO's
  (:data:`UN_SHORT_NAMES`), else ISO's name with "X, Republic of" turned
  into "Republic of X";
* ``official_*``: ISO's formal name and its iso-codes translations;
* the short names in ``ar es fr ru zh vi``: iso-codes translations and CLDR
  territory names.

Forms these miss (the UN's own Arabic spellings, Vietnamese press usage,
long forms with articles) live in the hand-written ``data/aliases.csv``.
"""

from __future__ import annotations

import csv
import gettext
import sys
from collections.abc import Iterator
from pathlib import Path

import pycountry

from kg.lang import SUPPORTED

#: The languages of the name columns besides English (kg.lang.SUPPORTED).
LANGUAGES = tuple(code for code in SUPPORTED if code != "en")
_GETTEXT_LOCALES = {"zh": "zh_CN"}
OUT = Path(__file__).with_name("data") / "states.csv"
SEPARATOR = " | "

#: The 193 Member States of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
    BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
    DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
    GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
    LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
    NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
    ZWE
    """.split()  # noqa: SIM905 - a block of codes reads and diffs better than 193 quoted strings
)
#: Non-member observer States.
UN_OBSERVERS = frozenset({"VAT", "PSE"})

#: UN short names (UNTERM) where ISO's differ; parenthesised UN forms are given in running-text order.
UN_SHORT_NAMES = {
    "BOL": "Plurinational State of Bolivia",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Federated States of Micronesia",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "IRN": "Islamic Republic of Iran",
    "NLD": "Netherlands",
    "PSE": "State of Palestine",
    "TWN": "Taiwan Province of China",
    "USA": "United States of America",
    "VAT": "Holy See",
    "VEN": "Bolivarian Republic of Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}
#: The UN's parenthesised short forms, kept as extra English names.
UN_PARENTHESISED = {
    "BOL": "Bolivia (Plurinational State of)",
    "FSM": "Micronesia (Federated States of)",
    "IRN": "Iran (Islamic Republic of)",
    "NLD": "Netherlands (Kingdom of the)",
    "VEN": "Venezuela (Bolivarian Republic of)",
}

COLUMNS = (
    "iso3",
    "iso2",
    "m49",
    "status",
    "name_en",
    "official_en",
    "en",
    *(column for lang in LANGUAGES for column in (lang, f"official_{lang}")),
    "source",
)
SOURCE = "ISO 3166-1 and iso-codes translations (pycountry); CLDR territory names (babel); UNTERM short names"


def running_order(iso_name: str) -> str:
    """ISO's inverted names in running-text order.

    >>> running_order("Korea, Republic of")
    'Republic of Korea'
    >>> running_order("Congo, The Democratic Republic of the")
    'Democratic Republic of the Congo'
    >>> running_order("Chile")
    'Chile'
    """
    if ", " not in iso_name:
        return iso_name
    head, tail = iso_name.split(", ", 1)
    if tail.endswith(" the"):
        return f"{tail[:-4]} the {head}".removeprefix("The ")
    return f"{tail} {head}".removeprefix("The ")


def _translators() -> dict[str, gettext.NullTranslations]:
    locales = str(Path(pycountry.__file__).with_name("locales"))
    return {
        lang: gettext.translation("iso3166-1", locales, languages=[_GETTEXT_LOCALES.get(lang, lang)])
        for lang in LANGUAGES
    }


def _cldr_names(alpha_2: str) -> dict[str, str]:
    try:
        from babel import Locale
    except ImportError:  # CLDR names are a bonus; iso-codes alone still seed every column
        return {}
    names = {}
    for lang in ("en", *LANGUAGES):
        name = Locale.parse(lang).territories.get(alpha_2)
        if name:
            names[lang] = name
    return names


def _translated(translator: gettext.NullTranslations, msgid: str | None) -> str:
    if not msgid:
        return ""
    text = translator.gettext(msgid)
    return "" if text == msgid else text  # untranslated entries echo the English


def _forms(*candidates: str) -> str:
    """Distinct non-empty forms, first one preferred, joined for one CSV cell.

    ISO's inverted forms ("Corea, República de") are left out: no text writes
    them, and a comma inside a name would join two items of a list.

    >>> _forms("Corea, República de", "Corea del Sur", "Corea del Sur")
    'Corea del Sur'
    """
    seen: list[str] = []
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate and candidate not in seen and not any(comma in candidate for comma in ",،"):
            seen.append(candidate)
    return SEPARATOR.join(seen)


def _status(alpha_3: str) -> str:
    if alpha_3 in UN_MEMBERS:
        return "member"
    return "observer" if alpha_3 in UN_OBSERVERS else "territory"


def state_rows() -> Iterator[dict[str, str]]:
    """One row per ISO 3166-1 entry, UN Member and observer States first."""
    translators = _translators()
    countries = sorted(pycountry.countries, key=lambda c: (_status(c.alpha_3) == "territory", c.alpha_3))
    for country in countries:
        name_en = UN_SHORT_NAMES.get(country.alpha_3, running_order(country.name))
        official = getattr(country, "official_name", "")
        cldr = _cldr_names(country.alpha_2)
        row = {
            "iso3": country.alpha_3,
            "iso2": country.alpha_2,
            "m49": country.numeric,
            "status": _status(country.alpha_3),
            "name_en": name_en,
            "official_en": _forms(running_order(official)) if official != name_en else "",
            "en": _forms(
                *(f for f in (country.name, getattr(country, "common_name", "")) if f != name_en),
                UN_PARENTHESISED.get(country.alpha_3, ""),
                cldr.get("en", "") if cldr.get("en") != name_en else "",
            ),
            "source": SOURCE,
        }
        for lang in LANGUAGES:
            translator = translators[lang]
            row[lang] = _forms(_translated(translator, country.name), cldr.get(lang, ""))
            row[f"official_{lang}"] = _forms(_translated(translator, official))
        yield row


def write(path: Path = OUT) -> int:
    """Write the states table; returns the number of rows."""
    rows = list(state_rows())
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    count = write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {count} states and territories to {OUT}")
