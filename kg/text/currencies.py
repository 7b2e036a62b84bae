"""Currencies named without their country: which one a text means depends on the state it is about.

"ريال" is the Saudi riyal in Riyadh and the Qatari riyal in Doha; "جنيه" the Egyptian pound in
Cairo. A language pack gives such a word a generic unit ("riyal", "pound", "dinar"); a builder
that knows the state a text is about (a news dateline) turns it into that state's ISO 4217 code,
and keeps the generic unit where it cannot tell.
"""

from __future__ import annotations

__all__ = ["NATIONAL_CURRENCIES", "national_currency"]

#: Generic unit → ISO 3166 alpha-3 state → ISO 4217 code of that state's currency of the name.
NATIONAL_CURRENCIES: dict[str, dict[str, str]] = {
    "riyal": {"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "YEM": "YER", "IRN": "IRR"},
    "pound": {"EGY": "EGP", "SDN": "SDG", "SSD": "SSP", "GBR": "GBP", "LBN": "LBP", "SYR": "SYP"},
    "dirham": {"ARE": "AED", "MAR": "MAD"},
    "dinar": {"JOR": "JOD", "KWT": "KWD", "BHR": "BHD", "IRQ": "IQD", "LBY": "LYD", "TUN": "TND", "DZA": "DZD",
              "SRB": "RSD", "MKD": "MKD"},
    "lira": {"LBN": "LBP", "SYR": "SYP", "TUR": "TRY"},
    # the CFA franc of the West African (XOF) and of the Central African (XAF) monetary unions
    "franc CFA": {**dict.fromkeys(("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"), "XOF"),
                  **dict.fromkeys(("CMR", "CAF", "TCD", "COG", "GNQ", "GAB"), "XAF")},
}  # fmt: skip


def national_currency(unit: str | None, state: str | None) -> str | None:
    """The ISO 4217 code of a currency a text names without its country, in the state it is about.

    >>> national_currency("riyal", "QAT"), national_currency("pound", "EGY"), national_currency("franc CFA", "SEN")
    ('QAR', 'EGP', 'XOF')
    >>> national_currency("riyal", None), national_currency("dirham", "FRA"), national_currency("USD", "QAT")
    ('riyal', 'dirham', 'USD')
    """
    if unit is None or state is None:
        return unit
    return NATIONAL_CURRENCIES.get(unit, {}).get(state, unit)
