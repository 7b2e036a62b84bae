"""Laws, treaties and codes cited by name in news and statements, beyond Vietnamese.

Each excerpt is composed for the test; before, only Vietnamese packs had head words of instruments, so
no law, treaty or code named without a number was cited in English, French, Spanish, Russian or Arabic.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _cited(text: str, language: str) -> list[tuple[str, str]]:
    return [(" ".join(c.mention.text.split()), c.mention.kind) for c in build_news(text, language).citations]


def test_english_names_capitalised_before_and_after_their_head() -> None:
    text = (
        "WASHINGTON, 4 June 2024 - Investments under the CHIPS Act will support a new Memorandum of Cooperation "
        "on Semiconductor Supply Chains, and the Government will adopt a Law on Medical Devices. The agreement "
        "was welcomed. Agreement was reached on Monday."
    )
    assert _cited(text, "en") == [
        ("CHIPS Act", "law"),
        ("Memorandum of Cooperation on Semiconductor Supply Chains", "agreement"),
        ("Law on Medical Devices", "law"),
    ]


def test_french_and_spanish_names_after_a_lower_case_head_and_a_joiner() -> None:
    french = "Paris, le 3 mars 2024 - L'association demande la renégociation des accords du Touquet. Une loi suffit."
    assert _cited(french, "fr") == [("accords du Touquet", "agreement")]
    spanish = "MÉXICO, 2 de abril de 2024 - Este tratado sustituye al Acuerdo de Santiago y a la Ley de Migración."
    assert _cited(spanish, "es") == [("Acuerdo de Santiago", "agreement"), ("Ley de Migración", "law")]


def test_arabic_names_run_over_words_with_the_article_and_stop_at_the_next_head() -> None:
    text = (
        "الرباط في 3 مايو 2025 - تطالب الجمعية بالتسريع بإخراج قانون المسطرة الجنائية والقانون الجنائي "
        "انتصارا للحق في الحياة، وتنفيذ الاستراتيجية الوطنية للهجرة واللجوء."
    )
    cited = _cited(text, "ar")
    assert ("قانون المسطرة الجنائية", "law") in cited
    assert ("القانون الجنائي", "law") in cited
    assert ("الاستراتيجية الوطنية للهجرة واللجوء", "government-document") in cited


def test_arabic_constitution_with_its_year_and_a_draft_law() -> None:
    text = "الرباط في 3 مايو 2025 - يستند الموقف إلى الدستور المغربي لسنة 2011، ويرفض مشروع القانون الجنائي الحالي."
    citations = {" ".join(c.mention.text.split()): c for c in build_news(text, "ar").citations}
    assert citations["الدستور المغربي"].date == "2011"
    assert citations["القانون الجنائي الحالي"].mention.kind == "draft-law"


def test_treaties_the_gazetteer_knows_in_every_language() -> None:
    arabic = "الرباط في 3 مايو 2025 - يطالب المؤتمر بمصادقة المغرب على نظام روما الأساسي للمحكمة الجنائية الدولية."
    spanish = "NUEVA YORK, 2 de abril de 2013 - La Asamblea aprobó el Tratado sobre el Comercio de Armas."
    keys = {c.mention.key for text, lang in ((arabic, "ar"), (spanish, "es")) for c in build_news(text, lang).citations}
    assert {"rome-statute", "arms-trade-treaty"} <= keys


def test_a_national_law_named_alone_is_the_home_states() -> None:
    """Two states' codes of one name are two instruments: a law named alone takes the dateline's state."""
    text = "MANILA, 4 June 2024 - The Senate amended the Labor Code of the Philippines."
    citation = next(c for c in build_news(text, "en").citations if c.mention.kind == "law")
    assert citation.mention.scope == "PHL"


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        (
            "en",
            "HANOI, 3 May 2024 - The ministries signed a Memorandum of Understanding. The Memorandum of "
            "Understanding on Labour Cooperation takes effect in June.",
            ["Memorandum of Understanding on Labour Cooperation"],
        ),
        (
            "es",
            "MADRID, 3 de mayo de 2024 - Los ministros firmaron una Carta de Intención y una Declaración Conjunta.",
            [],
        ),
    ],
)
def test_a_kind_of_instrument_written_like_a_name_names_none_alone(language: str, text: str, named: list[str]) -> None:
    """Before, "a Memorandum of Understanding" and "una Carta de Intención" were instruments of that name."""
    assert [name for name, _ in _cited(text, language)] == named


def test_chinese_names_run_back_from_their_head_to_the_word_that_opens_them() -> None:
    """Before, Chinese had no head words of instruments: "移民水平计划" and "农业签证计划" were no citations; a
    head with too few characters before it ("该计划", "新的计划") names a kind, not an instrument."""
    text = (
        "北京3月5日电 根据2023-2025年移民水平计划，政府将提高目标。这项新的农业签证计划已经启动。"
        "与此前的计划相比，该计划有所调整。"
    )
    assert _cited(text, "zh") == [("移民水平计划", "government-document"), ("农业签证计划", "government-document")]


def test_a_chinese_title_is_an_instrument_only_where_it_ends_with_an_instrument_s_head() -> None:
    text = "北京3月5日电 据《环球时报》报道，全国人大常委会审议了《出境入境管理法》修正草案。"
    assert _cited(text, "zh") == [("《出境入境管理法》", "law")]


@pytest.mark.parametrize(
    ("language", "text", "issuer"),
    [
        ("zh", "据报道，3月4日联合国人权理事会以32票赞成、2票反对，通过一项决议，成立调查委员会。", "人权理事会"),
        (
            "en",
            "GENEVA, 4 March 2022 - The Human Rights Council adopted a resolution setting up a commission of inquiry.",
            "Human Rights Council",
        ),
        (
            "fr",
            "GENÈVE, 4 mars 2022 - Le Conseil des droits de l'homme a adopté une résolution sur l'Ukraine.",
            "Conseil des droits de l'homme",
        ),
    ],
)
def test_an_instrument_adopted_without_a_name_is_its_adopter_s(language: str, text: str, issuer: str) -> None:
    """Before, "通过一项决议" / "adopted a resolution" cited nothing: the resolution a body adopts is cited, with
    the body as its issuer."""
    citations = build_news(text, language).citations
    assert [(c.mention.kind, c.issuer.text if c.issuer else None) for c in citations] == [("resolution", issuer)]


def test_mentions_of_one_unnamed_instrument_of_one_issuer_are_one_citation() -> None:
    text = "## 欧洲议会通过决议\n\n12月16日，欧洲议会以586票赞成，53票反对通过决议，呼吁塞尔维亚当局调查。"
    citations = build_news(text, "zh").citations
    assert len(citations) == 1
    assert citations[0].mention.key is not None and citations[0].mention.key.endswith("--12-16")


def test_an_unnamed_instrument_no_body_adopts_is_no_citation() -> None:
    assert _cited("LONDON, 4 March 2022 - Lawyers said the draft resolution was adopted.", "en") == []
    assert _cited("北京3月5日电 专家认为决议草案已经通过。", "zh") == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "NUEVA YORK, 2 de abril de 2013 - La Asamblea aprobó hoy el primer tratado global sobre comercio de armas "
            "de la historia.",
            "tratado global sobre comercio de armas",
        ),
        (
            "fr",
            "GENÈVE, 3 mars 2024 - Les ONG réclament un traité contraignant sur droits humains et entreprises.",
            "traité contraignant sur droits humains et entreprises",
        ),
    ],
)
def test_a_treaty_named_in_lower_case_by_its_topic(language: str, text: str, name: str) -> None:
    """Before, a treaty named in lower case had no name: "el primer tratado global sobre comercio de armas"."""
    assert (name, "treaty") in _cited(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "MADRID, 2 de abril de 2024 - Las partes buscan un acuerdo sobre el precio del gas."),
        ("fr", "PARIS, 3 mars 2024 - Le débat sur le traité reprendra lundi."),
    ],
)
def test_a_topic_with_an_article_names_no_treaty(language: str, text: str) -> None:
    assert _cited(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "author", "cited"),
    [
        (
            "ar",
            "الرباط في 3 مايو 2025 - إعلان المنظمة المغربية لحقوق الإنسان:\n\n"
            "تذكر المنظمة بإعلان الأمم المتحدة بشأن المدافعين عن حقوق الإنسان.",
            "إعلان المنظمة",
            "المدافعين",
        ),
        (
            "fr",
            "Genève, le 3 mars 2024 - Déclaration du Haut-Commissariat des Nations Unies pour les réfugiés :\n\n"
            "Le HCR rappelle la Convention relative au statut des réfugiés.",
            "Déclaration du",
            "statut des réfugiés",
        ),
        (
            "en",
            "GENEVA, 3 March 2024 - Declaration of the Office of the United Nations High Commissioner for Refugees:"
            "\n\nUNHCR recalls the Convention relating to the Status of Refugees.",
            "Declaration of",
            "Status of Refugees",
        ),
    ],
)
def test_a_declaration_named_by_its_author_alone_is_the_author_s_statement(
    language: str, text: str, author: str, cited: str
) -> None:
    """Before, the heading "إعلان المنظمة المغربية لحقوق الإنسان:" (the author's own statement) was cited as a
    declaration; an instrument named with more than its author still is."""
    names = [name for name, _ in _cited(text, language)]
    assert not any(name.startswith(author) for name in names)
    assert any(cited in name for name in names)


def test_arabic_constitution_alone_and_a_conjunction_after_a_head() -> None:
    """Before, "الدستور والتزامات المملكة" was one instrument, and "الباب 12 من الدستور" none."""
    text = (
        "الرباط في 3 مايو 2025 - يطالب المؤتمر بمدونة متوافقة مع مقتضيات الدستور والتزامات المملكة، "
        "وبتفعيل المؤسسات المنصوص عليها في الباب 12 من الدستور."
    )
    assert _cited(text, "ar") == [("الدستور", "law")]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("vi", "Hà Nội, ngày 24/6/2025 - Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Hiến pháp"),
        ("ar", "الرباط في 3 مايو 2025 - تطالب الجمعية بتفعيل المؤسسات المنصوص عليها في الدستور.", "الدستور"),
    ],
)
def test_the_constitution_named_alone_is_cited(language: str, text: str, name: str) -> None:
    """Before, a constitution named by its head alone ("Hiến pháp nước ...", "في الدستور") was no citation."""
    assert (name, "law") in _cited(text, language)


def test_an_arabic_resolution_named_by_the_definite_head_and_its_topic() -> None:
    """Before, "القرار الأممي المتعلق بإيقاف تنفيذ عقوبة الإعدام" was no citation; "قرار قضائي" (a court's
    decision, indefinite) still is none."""
    text = (
        "الرباط في 3 مايو 2025 - يثمن المؤتمر تصويت المغرب على القرار الأممي المتعلق بإيقاف تنفيذ عقوبة الإعدام، "
        "ويرفض الترحيل دون قرار قضائي."
    )
    assert _cited(text, "ar") == [("القرار الأممي المتعلق", "resolution")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "RABAT, 3 mai 2021. Ce droit figure dans la Constitution italienne, adoptée après la guerre.",
            ["Constitution italienne"],
        ),
        (
            "fr",
            "RABAT, 3 mai 2021. La Constitution de 1996 garantit ce droit. La Constitution le dit.",
            ["Constitution de 1996"],
        ),
        (
            "es",
            "LIMA, 3 de mayo de 2013. La Constitución de 1993 garantiza este derecho; la Constitución lo dice.",
            ["Constitución de 1993"],
        ),
        ("ar", "تونس، 3 ماي 2021. واستنادا لدستور 2014 تطالب الجمعية بالإصلاح.", ["دستور 2014"]),
    ],
)
def test_a_constitution_named_by_its_year_or_its_states_adjective(
    language: str, text: str, expected: list[str]
) -> None:
    """ "la Constitution italienne", "Constitución de 1993", "دستور 2014": a state has one constitution, which its
    adjective or its year names; before, French and Spanish had no head for it and Arabic cited none with a year.
    The head alone ("la Constitution le dit") names none where the pack does not say it does."""
    assert [name for name, _kind in _cited(text, language)] == expected


def test_an_arabic_covenant_named_short_of_its_known_name() -> None:
    """ "العهد الدولي" heads a covenant whose name the resolver may not know in that wording; "العهد" alone is also an
    era or a throne ("ولي العهد"), and names nothing."""
    text = (
        "الرباط في 3 مايو 2025 - تدعو الجمعية إلى احترام العهد الدولي للحقوق الثقافية، واستقبل ولي العهد الوفد "
        "في بداية العهد الجديد."
    )
    assert [(" ".join(c.mention.text.split()), c.mention.kind) for c in build_news(text, "ar").citations] == [
        ("العهد الدولي للحقوق الثقافية", "instrument")
    ]
