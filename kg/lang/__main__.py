"""``python -m kg.lang [CODE ...] [--all]``: what each language pack still leaves unwritten.

Example:

    python -m kg.lang vi        # the fields kg/lang/vi.py has not written yet, by section
    python -m kg.lang --all     # every language, optional fields too

The fields are declared, with a line of documentation each, in ``kg/lang/schema.py``.
"""

from __future__ import annotations

import sys

import click

from kg.lang import SUPPORTED, get
from kg.lang.report import missing_report


@click.command(help=__doc__)
@click.argument("codes", nargs=-1)
@click.option("--all", "optional", is_flag=True, help="List the optional fields too (a script, a calendar ...).")
def main(codes: tuple[str, ...], optional: bool) -> None:
    unknown = [code for code in codes if code not in SUPPORTED]
    if unknown:
        raise click.ClickException(f"no pack for {', '.join(unknown)}: the packs are {', '.join(SUPPORTED)}")
    click.echo(missing_report([get(code) for code in codes or SUPPORTED], optional=optional), nl=False)


if __name__ == "__main__":
    sys.exit(main())
