"""The builder of the text of a legal instrument, on short instruments composed for these tests.

Each fixture under tests/fixtures/legal/ is a decision, decree or law in one language,
with a heading (type and number), recitals, articles and a closing block. The news
builder keeps news about instruments, however many articles it quotes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import VI_LAW, rows

from kg.builders import choose, get
from kg.model import Document, Extraction
from kg.readers import read

FIXTURES = Path(__file__).parent / "fixtures" / "legal"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LEGAL = get("legal")

#: file, language, kind, symbol, date, issuer's name as written, signer
DOCUMENTS = [
    ("qd-vi.txt", "vi", "decision", "402/QĐ-TTg", "2020-03-20", "THỦ TƯỚNG CHÍNH PHỦ", "Phạm Bình Minh"),
    ("decree-en.txt", "en", "decree", "57/2023", "2023-03-14", "The President of the Republic", "John Smith"),
    ("decret-fr.txt", "fr", "decree", "2023-145", "2023-03-02", "Le Premier ministre", "Élisabeth Borne"),
    ("decreto-es.txt", "es", "decree", "123/2024", "2024-03-05", "EL PRESIDENTE DE LA REPÚBLICA", "Pedro Sánchez"),
    ("zakon-ru.txt", "ru", "decision", "123", "2024-03-01", "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ", "М. Мишустин"),
    ("marsoum-ar.txt", "ar", "decree", "45/2022", "2022-03-10", "رئيس مجلس الوزراء", None),
    ("ling-zh.txt", "zh", "decree", "708", "2023-07-01", "国务院", "李强"),
]  # fmt: skip


def _document(name: str, language: str) -> Document:
    return Document(source=name, text=(FIXTURES / name).read_text(encoding="utf-8"), language=language)


def _built(name: str, language: str) -> tuple[Document, Extraction]:
    document = _document(name, language)
    return document, LEGAL.build(document)


@pytest.mark.parametrize(("name", "language", "kind", "symbol", "date", "issuer", "signer"), DOCUMENTS)
def test_the_heading_gives_kind_number_date_issuer_and_the_closing_block_the_signer(
    name, language, kind, symbol, date, issuer, signer
) -> None:
    document, extraction = _built(name, language)
    facts = extraction.document
    assert choose(document).name == "legal"
    assert (facts.kind, facts.symbol, facts.date) == (kind, symbol, date)
    assert facts.title and facts.body is not None and facts.body.text == issuer
    assert [m.text for m in facts.signatories] == ([signer] if signer else [])


@pytest.mark.parametrize(("name", "language"), [(d[0], d[1]) for d in DOCUMENTS])
def test_recitals_are_the_preamble_articles_are_operative_and_numbered_and_nothing_cites_itself(name, language) -> None:
    _, extraction = _built(name, language)
    preamble = [p for p in extraction.paragraphs if p.section == "preamble"]
    articles = [p for p in extraction.paragraphs if p.section == "operative"]
    assert preamble and all(p.leading_phrase for p in preamble)
    assert [p.number for p in articles] == ["1", "2", "3", *(["4"] if name == "qd-vi.txt" else [])]
    assert extraction.document.symbol not in {c.mention.key for c in extraction.citations}
    # every commitment is the issuer's and belongs to an article
    assert all(c.paragraph in articles and c.issuer == extraction.document.body for c in extraction.commitments)


#: file, language, the day it enters into force: its own date where it takes effect on signature or issue
IN_FORCE = [
    ("qd-vi.txt", "vi", "2020-03-20"),  # "kể từ ngày ký ban hành"
    ("decree-en.txt", "en", "2023-03-14"),  # "on the date of its signature"
    ("decret-fr.txt", "fr", "2023-04-01"),  # "entre en vigueur le 1er avril 2023"
    ("decreto-es.txt", "es", "2024-03-05"),  # "a partir de su firma"
    ("zakon-ru.txt", "ru", "2024-03-01"),  # "со дня его подписания"
    ("marsoum-ar.txt", "ar", "2022-03-10"),  # "من تاريخ صدوره", issued ("صدر في") 10 March 2022
    ("ling-zh.txt", "zh", None),  # "自公布之日起": published on a day the text does not give
    ("qd-vi-compact.txt", "vi", "2021-09-01"),  # "có hiệu lực kể từ ngày 01 tháng 9 năm 2021"
    ("luat-vi.txt", "vi", "2023-07-01"),  # "có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023"
]


@pytest.mark.parametrize(("name", "language"), [(d[0], d[1]) for d in DOCUMENTS])
def test_articles_adopt_or_approve_and_task(name, language) -> None:
    _, extraction = _built(name, language)
    by_article = {(c.paragraph.number if c.paragraph else None, c.action) for c in extraction.commitments}
    assert by_article >= {("1", "adopts" if language in ("vi", "ar") else "approves"), ("2", "tasks")}
    tasks = [c for c in extraction.commitments if c.action == "tasks" and c.paragraph and c.paragraph.number == "2"]
    assert tasks[0].force == "directive" and tasks[0].addressees


@pytest.mark.parametrize(("name", "language", "day"), IN_FORCE)
def test_entering_into_force_is_the_day_of_the_work_not_a_commitment(name, language, day) -> None:
    """The article stays an operative paragraph, but asks no one to do anything: no commitment, no deadline."""
    _, extraction = _built(name, language)
    assert extraction.document.in_force == day
    (article,) = [p for p in extraction.paragraphs if p.section == "operative" and p.number == "3"]
    assert not [c for c in extraction.commitments if c.paragraph == article and c.action == "decides"]
    assert not any(c.deadline and c.deadline.date == day for c in extraction.commitments if c.paragraph == article)


#: fixture, language, its article of entry into force, another wording of it, the day that wording gives
WORDINGS = [
    ("decret-fr.txt", "fr", "Le présent décret entre en vigueur le 1er avril 2023.",
     "Le présent décret entre en vigueur dès sa publication au Journal officiel.", None),
    ("decret-fr.txt", "fr", "Le présent décret entre en vigueur le 1er avril 2023.",
     "Le présent décret entre en vigueur à compter de sa signature.", "2023-03-02"),
    ("decreto-es.txt", "es", "El presente Decreto entrará en vigor a partir de su firma.",
     "El presente Decreto entrará en vigor el 1 de abril de 2024.", "2024-04-01"),
    ("decreto-es.txt", "es", "El presente Decreto entrará en vigor a partir de su firma.",
     "El presente Decreto entrará en vigor el día siguiente al de su publicación en el Boletín Oficial.", None),
    ("zakon-ru.txt", "ru", "Настоящее постановление вступает в силу со дня его подписания.",
     "Настоящее постановление вступает в силу с 1 сентября 2024 г.", "2024-09-01"),
    ("zakon-ru.txt", "ru", "Настоящее постановление вступает в силу со дня его подписания.",
     "Настоящее постановление вступает в силу со дня его официального опубликования.", None),
    ("marsoum-ar.txt", "ar", "يُعمل بهذا المرسوم من تاريخ صدوره.",
     "يُعمل بهذا المرسوم اعتباراً من 1 أبريل 2022.", "2022-04-01"),
    ("marsoum-ar.txt", "ar", "يُعمل بهذا المرسوم من تاريخ صدوره.",
     "يُعمل بهذا المرسوم من تاريخ نشره في الجريدة الرسمية.", None),
    ("ling-zh.txt", "zh", "本决定自公布之日起施行。", "本决定自2023年8月1日起施行。", "2023-08-01"),
    ("ling-zh.txt", "zh", "本决定自公布之日起施行。", "本决定自签署之日起施行。", "2023-07-01"),
    ("decree-en.txt", "en", "This Decree shall enter into force on the date of its signature.",
     "This Decree shall enter into force on 1 April 2023.", "2023-04-01"),
    ("decree-en.txt", "en", "This Decree shall enter into force on the date of its signature.",
     "This Decree shall enter into force 30 days after the date of its signature.", None),
    ("qd-vi.txt", "vi", "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
     "Quyết định này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.", None),
    ("qd-vi.txt", "vi", "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
     "Quyết định này có hiệu lực thi hành kể từ ngày ban hành.", "2020-03-20"),
    ("qd-vi.txt", "vi", "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
     "Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 12/QĐ-TTg ngày 5 tháng 3 năm 2019.",
     "2020-03-20"),
    # the date before the phrase is the repealed decision's
    ("qd-vi.txt", "vi", "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
     "Quyết định số 12/QĐ-TTg ngày 5 tháng 3 năm 2019 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "printed", "wording", "day"), WORDINGS)
def test_the_day_of_entry_into_force_as_each_wording_gives_it(name, language, printed, wording, day) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert printed in text
    document = Document(source=name, text=text.replace(printed, wording), language=language)
    extraction = LEGAL.build(document)
    assert extraction.document.in_force == day
    article = next(p for p in extraction.paragraphs if p.number == "3")
    assert not [c for c in extraction.commitments if c.paragraph == article and c.action == "decides"]


def test_an_article_that_puts_into_force_and_tasks_keeps_its_task() -> None:
    """ "Quyết định này có hiệu lực ... kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng ... chịu trách nhiệm ...":
    the task stays, the day is the work's."""
    document = read(FIXTURES / "qd-vi-page.html")
    extraction = LEGAL.build(document)
    assert extraction.document.in_force == "2022-04-12"
    (task,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "3"]
    assert task.action == "tasks" and "Chánh Văn phòng" in [a.text for a in task.addressees]


def test_the_day_it_enters_into_force_is_written_on_the_work(tmp_path: Path) -> None:
    from kg.pipeline import build
    from kg.query import open_store

    build([FIXTURES / "decret-fr.txt", FIXTURES / "ling-zh.txt"], tmp_path)
    store = open_store(tmp_path)
    days = {
        (str(r[0].value), r[1].value, r[1].datatype.value)
        for r in store.query(
            "SELECT ?work ?day WHERE { ?work <https://w3id.org/policy-kg/ontology#entryIntoForce> ?day }"
        )
    }
    assert days == {
        (
            "https://w3id.org/policy-kg/id/decree/2023-145",
            "2023-04-01",
            "http://www.w3.org/2001/XMLSchema#date",
        )
    }
    in_force = {Path(r["source"]).name: r.get("inForce") for r in rows(store, "documents")}
    assert in_force == {"decret-fr.txt": "2023-04-01", "ling-zh.txt": None}  # the contract query's last column
    decides = (
        "ASK { ?c <https://w3id.org/policy-kg/ontology#action> <https://w3id.org/policy-kg/ontology/action/decides> }"
    )
    assert not store.query(decides)


@pytest.mark.parametrize(
    ("name", "symbol", "date", "in_force"),
    [("qd-vi-page.html", "515/QĐ-BNV", "2022-04-12", "2022-04-12"),
     ("qd-vi-saved-page.txt", "616/QĐ-BNV", "2022-05-20", "2022-07-01")],
)  # fmt: skip
def test_a_decision_on_a_web_page_is_read_from_its_main_part(name, symbol, date, in_force) -> None:
    """The page's menu above the decision ("Văn bản số 1/QĐ-BNV | ...", longer than a heading can be) is no
    heading of it, and the related items below it hold none of its articles; a page read from HTML prints
    the signature right under the last article, one paragraph a line."""
    document = read(FIXTURES / name)
    assert choose(document).name == "legal"
    extraction = LEGAL.build(document)
    facts = extraction.document
    assert (facts.kind, facts.symbol, facts.date, facts.in_force) == ("decision", symbol, date, in_force)
    assert facts.title == ("Ban hành Quy chế " + ("quản lý công chức làm việc ở nước ngoài" if name.endswith("html")
                           else "tiếp nhận công chức trở về nước"))  # fmt: skip
    assert [m.text for m in facts.signatories] == ["Phạm Thị Thanh Trà"]
    assert [p.number for p in extraction.paragraphs if p.section == "operative"] == ["1", "2", "3"]
    main = document.main_segments()
    assert all(main[0].span.start <= p.span.start and p.span.end <= main[-1].span.end for p in extraction.paragraphs)


def test_a_vietnamese_decision_in_full() -> None:
    document, extraction = _built("qd-vi.txt", "vi")
    text = document.text
    facts = extraction.document
    assert facts.title == (
        "Ban hành Kế hoạch thực hiện Hiệp ước toàn cầu về di cư an toàn, trật tự và thường xuyên của Liên hợp quốc"
    )
    assert facts.body is not None and facts.body.name == "Prime Minister of Viet Nam"
    assert {c.mention.key for c in extraction.citations if c.mention.key} >= {"69/2020/QH14"}
    task = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2")
    assert [a.text for a in task.addressees] == ["Bộ Ngoại giao", "Bộ Công an", "Bộ Lao động - Thương binh và Xã hội"]
    assert task.deadline is not None and task.deadline.date == "2021-12-31"
    responsible = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "4")
    assert [a.text for a in responsible.addressees][:2] == ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]
    assert any("Chủ tịch Ủy ban nhân dân các tỉnh" in a.text for a in responsible.addressees)
    assert facts.in_force == "2020-03-20"  # "có hiệu lực thi hành kể từ ngày ký ban hành"
    article = next(p for p in extraction.paragraphs if p.number == "3")
    assert article.span.of(text).startswith("Điều 3. Quyết định này có hiệu lực thi hành")
    assert not [c for c in extraction.commitments if c.paragraph == article]
    # "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG": the Deputy Prime Minister signs for the Prime Minister
    (holding,) = [p for p in extraction.posts if p.person.text == "Phạm Bình Minh"]
    assert holding.post_name == "Deputy Prime Minister"
    assert holding.known_post is not None and holding.known_post.key == "deputy-prime-minister"
    assert not any(p.person.text.isupper() for p in extraction.posts)


def test_an_article_opened_by_its_act_is_not_read_in_another_verb() -> None:
    """ "kể từ ngày ký ban hành" (from the day it is signed and issued) adopts nothing."""
    _, extraction = _built("qd-vi.txt", "vi")
    assert [c.paragraph.number for c in extraction.commitments if c.action == "adopts" and c.paragraph] == ["1"]


@pytest.mark.parametrize(
    "name", ["news-vi-luat-69-2020-qh14.txt", "news-vi-baoquocte-291956.txt", "article-vi-thong-ke-di-cu.txt"]
)
def test_news_about_decisions_and_laws_stays_news(name) -> None:
    document = Document(source=name, text=(CORPUS / name).read_text(encoding="utf-8"), language="vi")
    assert LEGAL.score(document) == 0.0
    assert choose(document).name != "legal"


def test_articles_quoted_in_prose_are_not_articles() -> None:
    text = (
        "Quyết định số 402/QĐ-TTg ngày 20/3/2020 của Thủ tướng Chính phủ có hiệu lực.\n"
        "Căn cứ vào đó, các bộ đã triển khai.\n"
        "Điều 5 Luật này quy định các hình thức.\n"
        "Điều 7 Luật mới bổ sung hành vi bị cấm.\n"
    )
    assert LEGAL.score(Document(source="x", text=text, language="vi")) == 0.0


def test_a_built_legal_document_validates_against_the_shapes(tmp_path: Path) -> None:
    from kg.pipeline import build
    from kg.validate import validate

    report = build([FIXTURES / "qd-vi.txt", FIXTURES / "decree-en.txt"], tmp_path)
    assert not report.failed
    assert validate(tmp_path / "graph.ttl", reasoner=False).conforms


def test_a_ministry_decision_printed_without_blank_lines() -> None:
    """The heading's lines run on (title, then the issuing post), recipients stand before the signature, and
    "Q. BỘ TRƯỞNG / THỨ TRƯỞNG" is a Deputy Minister signing as acting Minister."""
    document, extraction = _built("qd-vi-compact.txt", "vi")
    facts = extraction.document
    assert choose(document).name == "legal"
    assert (facts.kind, facts.symbol, facts.date) == ("decision", "1234/QĐ-LĐTBXH", "2021-08-05")
    assert facts.title == "PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ NGƯỜI LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI GIAI ĐOẠN 2021 - 2025"
    assert facts.body is not None and facts.body.key == "VNM/bo-lao-dong-thuong-binh-va-xa-hoi"
    assert [m.text for m in facts.signatories] == ["Nguyễn Văn A"]
    assert {c.mention.key for c in extraction.citations} >= {"14/2017/NĐ-CP", "402/QĐ-TTg"}
    task = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2")
    assert task.deadline is not None and task.deadline.within == "P30D"
    assert facts.in_force == "2021-09-01"
    responsible = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "4")
    assert len(responsible.addressees) >= 2
    # the last article ends before the recipients
    assert document.text[: extraction.paragraphs[-1].span.end].endswith("Quyết định này./.")


def test_a_law_dated_where_it_says_it_was_adopted() -> None:
    document, extraction = _built("luat-vi.txt", "vi")
    facts = extraction.document
    assert choose(document).name == "legal"
    assert (facts.kind, facts.symbol, facts.date) == ("law", "12/2022/QH15", "2022-11-10")
    assert facts.title == "VỀ HỖ TRỢ NGƯỜI DI CƯ"
    assert facts.body is not None and facts.body.name == "National Assembly of Viet Nam"
    assert facts.in_force == "2023-07-01"
    (holding,) = extraction.posts
    assert (holding.person.text, holding.post_name) == ("Vương Đình Huệ", "Chairman of the National Assembly")


def test_the_document_is_the_work_other_documents_cite_by_its_number(tmp_path: Path) -> None:
    """402/QĐ-TTg built from its own text and cited by a decision of a ministry: one node."""
    from kg.pipeline import build
    from kg.query import open_store

    build([FIXTURES / "qd-vi.txt", FIXTURES / "qd-vi-compact.txt"], tmp_path)
    store = open_store(tmp_path)
    rows = {
        str(r[0].value)
        for r in store.query("SELECT ?work WHERE { ?work <https://w3id.org/policy-kg/ontology#symbol> '402/QĐ-TTg' }")
    }
    assert rows == {"https://w3id.org/policy-kg/id/decision/402/qd-ttg"}


def test_numbered_points_are_the_articles_of_an_instrument_that_has_none() -> None:
    text = (
        "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nПОСТАНОВЛЕНИЕ\nот 5 апреля 2024 г. № 456\nМОСКВА\n\n"
        "Об утверждении Правил учета\n\n"
        "В соответствии с Федеральным законом Правительство Российской Федерации постановляет:\n\n"
        "1. Утвердить прилагаемые Правила учета иностранных граждан.\n"
        "2. Министерству внутренних дел Российской Федерации поручено обеспечить реализацию Правил.\n"
        "3. Настоящее постановление вступает в силу со дня его подписания.\n\n"
        "Председатель Правительства\nРоссийской Федерации\nМ. Мишустин\n"
    )
    document = Document(source="x", text=text, language="ru")
    assert choose(document).name == "legal"
    extraction = LEGAL.build(document)
    assert (extraction.document.symbol, extraction.document.date) == ("456", "2024-04-05")
    assert [p.number for p in extraction.paragraphs if p.section == "operative"] == ["1", "2", "3"]
    actions = {(c.paragraph.number, c.action) for c in extraction.commitments if c.paragraph}
    assert actions >= {("1", "approves"), ("2", "tasks")}
    assert extraction.document.in_force == "2024-04-05"  # "со дня его подписания"


def test_a_chinese_day_made_a_deadline_by_the_word_after_it() -> None:
    """ "并于2024年12月31日前向国务院报告": the day before "前" is when the report is due; "前后" is no deadline."""
    document, extraction = _built("ling-zh.txt", "zh")
    task = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2")
    assert task.deadline is not None and task.deadline.date == "2024-12-31"
    assert task.deadline.span.of(document.text) == "2024年12月31日前"
    text = document.text.replace("并于2024年12月31日前向国务院报告", "并于2024年12月31日前后向国务院报告")
    extraction = LEGAL.build(Document(source="x", text=text, language="zh"))
    task = next(c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2")
    assert task.deadline is None


def test_an_instrument_that_ends_on_its_last_article_has_no_closing_block() -> None:
    """A copy cut after the last article (no signature) ends on a sentence; nothing below it is a signature."""
    text = VI_LAW[: VI_LAW.index("Luật này được")] + "Các quy định trước đây trái với Luật này hết hiệu lực."
    extraction = LEGAL.build(Document(source="cut-vi.txt", text=text, language="vi"))
    assert [p.number for p in extraction.paragraphs if p.section == "operative"] == ["1", "2"]
    assert text[: extraction.paragraphs[-1].span.end].endswith("hết hiệu lực.")


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "vi",
            VI_LAW.replace(
                "Điều 1. Chính phủ quy định chi tiết Luật này.",
                "Điều 1. Việc khen thưởng thực hiện theo Luật Tổ chức Viện kiểm sát nhân dân và Luật Tổ chức "
                "Hội đồng thẩm định.",
            ),
            "Luật Tổ chức Viện kiểm sát nhân dân",
        ),
        (
            "en",
            "DECREE No. 57/2023\n\nThe President of the Republic,\n\nHaving regard to the Law on the National "
            "Migration Agency,\n\nDECREES:\n\nArticle 1\nThe plan under the Law on the National Migration Agency is "
            "approved.\n\nArticle 2\nThis Decree shall enter into force on 1 April 2023.\n\nDone at Kingston, 14 "
            "March 2023.\n\nJohn Smith\n",
            "Law on the National Migration Agency",
        ),
    ],
)
def test_a_name_inside_an_instruments_title_is_no_organisation(language: str, text: str, title: str) -> None:
    """Before: "Tổ chức Viện kiểm" (cut from "Luật Tổ chức Viện kiểm sát nhân dân") and "National Migration
    Agency" were organisations of the text, found by their head words inside a law's title."""
    extraction = LEGAL.build(Document(source=f"x-{language}.txt", text=text, language=language))
    assert title in [m.text for m in extraction.mentions if m.kind == "law"]
    titles = [m.span for m in extraction.mentions if m.kind == "law"]
    assert not [
        m.text
        for m in extraction.mentions
        if (m.kind == "organization" or (m.kind == "government-agency" and m.key is None))
        and any(t.start <= m.span.start < t.end for t in titles)
    ]
