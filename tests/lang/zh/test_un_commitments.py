"""Chinese UN documents: commitments with their force, issuer, addressees and deadlines."""

from __future__ import annotations

import pytest
from helpers import build_un


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("人权理事会，\n\n1. 请联合国人权事务高级专员编写一份报告，提交人权理事会第五十八届会议；\n",
         ["United Nations High Commissioner for Human Rights"]),
        ("大会，\n\n1. 请联合国开发计划署、联合国儿童基金会和世界卫生组织提供援助；\n",
         ["United Nations Development Programme", "United Nations Children's Fund", "World Health Organization"]),
    ],
)  # fmt: skip
def test_a_chinese_comma_and_a_verb_end_the_addressees_a_list_mark_does_not(text: str, names: list[str]) -> None:
    (commitment,) = build_un(text, "zh").commitments
    assert [a.name for a in commitment.addressees] == names
