"""``python -m kg.lang [CODE ...] [--all]``: what each language pack still leaves unwritten."""

from __future__ import annotations

import sys

import click

from kg.lang import SUPPORTED, get
from kg.lang.report import missing_report

_HELP = """What each language pack (kg/lang/<code>.py) has not written yet, by section, with what
each field holds. The fields are declared in kg/lang/schema.py.

\b
Example:
    python -m kg.lang vi        # the fields the Vietnamese pack leaves out
    python -m kg.lang --all     # every language, optional fields too
"""


@click.command(help=_HELP)
@click.argument("codes", nargs=-1)
@click.option("--all", "optional", is_flag=True, help="List the optional fields too (a script, a calendar ...).")
def main(codes: tuple[str, ...], optional: bool) -> None:
    unknown = [code for code in codes if code not in SUPPORTED]
    if unknown:
        raise click.ClickException(
            f"no pack for {', '.join(unknown)} (a pack is kg/lang/<code>.py defining PACK = LanguagePack(...)); "
            f"the packs are {', '.join(SUPPORTED)}"
        )
    click.echo(missing_report([get(code) for code in codes or SUPPORTED], optional=optional), nl=False)


if __name__ == "__main__":
    sys.exit(main())
