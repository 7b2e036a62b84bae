"""The drafts a committee's report says were adopted (and so recommends), in each UN language."""

from __future__ import annotations

import pytest

from kg.builders.un.metadata import recommended_drafts
from kg.lang import get as language_pack


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "3. At its 27th meeting, the Committee adopted draft resolution A/C.3/81/L.40 (see para. 9). "
               "Draft resolution A/C.3/81/L.12 was introduced by Chile and later withdrawn."),
        ("fr", "3. À sa 27e séance, la Commission a adopté le projet de résolution A/C.3/81/L.40 (voir par. 9). "
               "Le projet de résolution A/C.3/81/L.12 a été présenté par le Chili, puis retiré."),
        ("es", "3. En su 27ª sesión, la Comisión aprobó el proyecto de resolución A/C.3/81/L.40 (véase el párr. 9). "
               "El proyecto de resolución A/C.3/81/L.12 fue presentado por Chile y luego retirado."),
        ("ru", "3. На своем 27-м заседании Комитет принял проект резолюции A/C.3/81/L.40 (см. пункт 9). "
               "Проект резолюции A/C.3/81/L.12 был представлен Чили и затем снят."),
        ("ar", "٣ - وفي الجلسة ٢٧، اعتمدت اللجنة مشروع القرار A/C.3/81/L.40 (انظر الفقرة ٩). "
               "وقدمت شيلي مشروع القرار A/C.3/81/L.12 ثم سحبته."),
        ("zh", "3. 在第27次会议上，委员会通过了决议草案A/C.3/81/L.40（见第9段）。智利介绍了决议草案A/C.3/81/L.12，随后撤回。"),
    ],
)  # fmt: skip
def test_the_adopted_draft_is_recommended_and_the_withdrawn_one_is_not(language: str, text: str) -> None:
    assert recommended_drafts(text, language_pack(language)) == ("A/C.3/81/L.40",)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # An adopted report or resolution is no draft: only a symbol of a draft (L.) is recommended.
        ("en", "The Committee adopted draft resolution A/RES/80/150 as orally revised."),
        # A symbol far from the words is not the one they name.
        ("fr", "La Commission a adopté le projet de résolution présenté le 3 novembre 2025 par le Chili (A/C.3/81/L.40)."),
    ],
)  # fmt: skip
def test_what_the_adoption_words_do_not_name_is_not_recommended(language: str, text: str) -> None:
    assert recommended_drafts(text, language_pack(language)) == ()
