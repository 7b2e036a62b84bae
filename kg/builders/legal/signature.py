"""Who issues a legal instrument, and who signs it.

The **issuer** is the post or body its heading names on a line of its own: the
line just before the recitals ("THỦ TƯỚNG CHÍNH PHỦ", "Le Premier ministre,",
"The President of the Republic,"), else the top line of the text
("ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ"), else the one the enacting formula
names ("Правительство Российской Федерации постановляет:"). The resolution
layer knows many by name in any case ("THỦ TƯỚNG CHÍNH PHỦ" is the Prime
Minister of Viet Nam); a post of the pack stands for itself otherwise.

The **signer** is the last line of the closing block: a name, under the post
its holder signs as ("PHÓ THỦ TƯỚNG / Phạm Bình Minh"). A mark of signing on
behalf (``extra["on_behalf_marks"]``: "KT." ký thay, "TM." thay mặt, "Q."
quyền, "Pour le", "За") comes before the post signed for ("KT. THỦ TƯỚNG"):
that post is the issuer's, the signer holds another (a Deputy Prime Minister
signs for the Prime Minister). Recipients ("Nơi nhận: - Như Điều 3;") and the
place and date ("Fait à Paris, le ...") are not signers; the recipients list's items
(:func:`recipient_lines`) name bodies and office holders of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg import resolve
from kg.builders.legal.structure import LegalText, Line
from kg.finders.actors import Actors
from kg.finders.text import DocumentText, find_phrases, is_unspaced, skip_spaces, starts_with_phrase
from kg.model import Kind, Mention, PostHolding, Span, ontology_kind

__all__ = ["Signature", "find_issuer", "issuing_sentence", "read_signature", "recipient_lines"]

#: Kinds of known entity that can issue an instrument.
_ISSUERS = (
    Kind.POST,
    Kind.GOVERNMENT_AGENCY,
    Kind.UN_BODY,
    Kind.ORGANIZATION,
    Kind.INTERGOVERNMENTAL_ORGANIZATION,
    Kind.STATE,
)
#: How much of a heading line the issuer's name must cover for the line to be that name.
_COVER = 0.6
#: The most words a signer's name has.
_NAME_WORDS = 6
#: The rule a heading draws under the issuer's name and the national motto ("-------", "*****").
_RULE = re.compile(r"^[-–—_*=]{3,}$")
#: Lines of a recipients list ("- Như Điều 3;", "• Ministries").
_LIST_ITEM = re.compile(r"^[-–•+*]")


@dataclass
class Signature:
    signers: tuple[Mention, ...] = ()
    on_behalf_of: Mention | None = None  # the post signed for ("KT. THỦ TƯỚNG")
    posts: list[PostHolding] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        found = [*self.signers, *([self.on_behalf_of] if self.on_behalf_of else [])]
        found += [p.known_post for p in self.posts if p.known_post]
        return found


def find_issuer(news: DocumentText, legal: LegalText, actors: Actors) -> Mention | None:
    """The issuer a heading line names; a line run on after the title may be it ("QUYẾT ĐỊNH / PHÊ DUYỆT ... /
    BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI / Căn cứ ..."), the title's first line never is."""
    header = [line for line in legal.header_lines() if line != legal.type_line and line not in legal.title[:1]]
    # a letter's line to its addressee names whom it is sent to, not who sends it
    header = [line for line in header if legal.salutation is None or line.span.end <= legal.salutation.start]
    candidates = [*header[-1:], *_issuer_block(header), *header[:2]]
    for line in candidates:
        issuer = _actor_naming(news, line, cover=_COVER) or _actor_found(actors, line.span, cover=_COVER)
        if issuer is not None:
            return issuer
    if legal.salutation is not None:
        return _writer(news, legal, actors)
    notifier = _notifier(news, legal, actors)
    if notifier is not None:
        return notifier
    enacting = legal.enacting
    if enacting is None:
        return _issuing_sentence(news, legal, actors)
    # "... Правительство Российской Федерации | постановляет:", "国务院 | 决定如下：": the actor before the formula
    line = next((li for li in legal.lines if li.span.start <= enacting.span.start < li.span.end + 1), enacting)
    before = Span(line.span.start, enacting.span.start)
    found = [m for m in [*actors.organizations, *actors.known, *actors.post_mentions] if _within(m.span, before)]
    found = [m for m in found if m.kind in _ISSUERS]
    return max(found, key=lambda m: m.span.end, default=None)


def _notifier(news: DocumentText, legal: LegalText, actors: Actors) -> Mention | None:
    """ "Văn phòng Trung ương Đảng xin thông báo để các cơ quan có liên quan biết, thực hiện.": a notice of what a
    leader concluded is issued by the body that notifies it in its closing sentence (``extra["closing_formulas"]``),
    not by the leader who concluded."""
    if legal.kind is None or ontology_kind(legal.kind) != Kind.NOTICE or not legal.articles:
        return None
    closing = find_phrases(news.text, news.words("closing_formulas"), legal.articles[0].span.start, legal.end)
    if not closing:
        return None
    match = closing[-1]
    sentence = news.sentence_of(match.start())
    start = sentence.start if sentence else match.start() - _NOTIFIER_REACH
    bodies = [m for m in [*actors.organizations, *actors.known] if m.kind in _ISSUERS and m.kind != Kind.POST]
    before = [m for m in bodies if start <= m.span.start and 0 <= match.start() - m.span.end <= _NOTIFIER_REACH]
    return max(before, key=lambda m: m.span.end, default=None)


#: How far before the words of notifying the notifying body may end ("Văn phòng Chính phủ xin | thông báo để").
_NOTIFIER_REACH = 6


def _writer(news: DocumentText, legal: LegalText, actors: Actors) -> Mention | None:
    """ "Cục Thuế nhận được công văn số ...", "Sở Nội vụ đề nghị các doanh nghiệp ...": a letter whose page lost its
    heading names its writer as the body that opens the first of its sentences to open with one (past an article,
    ``extra["name_articles"]``: "The Tax Department received ...")."""
    body = legal.articles[0].body if legal.articles else None
    if body is None:
        return None
    bodies = [m for m in [*actors.organizations, *actors.known] if m.kind in _ISSUERS and m.kind != Kind.PERSON]
    articles = news.words("name_articles")
    openers: list[Mention] = []
    for sentence in [s for s in news.sentences if body.start <= s.start < body.end]:
        opening = skip_spaces(news.text, sentence.start, sentence.end)
        article = starts_with_phrase(news.text, opening, articles) if articles else None
        openings = {opening, skip_spaces(news.text, opening + len(article), sentence.end) if article else opening}
        found = [m for m in bodies if m.span.start in openings]
        if found:
            openers.append(max(found, key=lambda m: m.span.end))
    # "Thủ tướng Chính phủ đã ban hành Chỉ thị ... | Bộ Văn hóa, Thể thao và Du lịch yêu cầu:": the body that asks is
    # the writer, whoever the letter's account opens with
    asking = (*news.words("assigning_phrases"), *news.mapping("requesting_phrases"))
    asker = next((m for m in openers if _asks(news, m, asking)), None)
    return asker or (openers[0] if openers else None)


def _asks(news: DocumentText, body: Mention, phrases: tuple[str, ...]) -> bool:
    """Whether a phrase of asking (``extra["assigning_phrases"]``, ``extra["requesting_phrases"]``) follows ``body``."""
    return bool(phrases) and starts_with_phrase(news.text, skip_spaces(news.text, body.span.end), phrases) is not None


def issuing_sentence(news: DocumentText, legal: LegalText) -> re.Match[str] | None:
    """The issuing verb and the heading's own type word after it, before the first article ("... ban hành
    Thông tư ..."), the type word its group ``own``: there the instrument names itself."""
    verbs = news.words("issuing_verbs")
    if not verbs or legal.type_line is None or not legal.articles:
        return None
    kind = r"\s+".join(re.escape(word) for word in legal.type_line.text.rstrip(":").split())
    verb = "|".join(re.escape(v) for v in verbs)
    pattern = re.compile(rf"(?<!\w)(?:{verb})\s+(?P<own>{kind})(?!\w)", re.IGNORECASE)
    # the last before the articles: a recital may ask for one to be issued ("Xét Tờ trình ... đề nghị ban hành
    # Nghị quyết thay thế ...")
    found = list(pattern.finditer(news.text, legal.type_line.span.end, legal.articles[0].span.start))
    return found[-1] if found else None


def _issuing_sentence(news: DocumentText, legal: LegalText, actors: Actors) -> Mention | None:
    """ "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư sửa đổi ...": where no enacting formula ends the
    recitals, the sentence that issues the instrument of the heading's type names its issuer before the verb
    (``extra["issuing_verbs"]``), on the line that holds the verb."""
    match = issuing_sentence(news, legal)
    if match is None:
        return None
    line = next((li for li in legal.lines if li.span.start <= match.start() <= li.span.end), None)
    if line is None:
        return None
    before = Span(line.span.start, match.start())
    found = [m for m in [*actors.organizations, *actors.known, *actors.post_mentions] if _within(m.span, before)]
    return max((m for m in found if m.kind in _ISSUERS), key=lambda m: m.span.end, default=None)


def _issuer_block(header: list[Line]) -> list[Line]:
    """The lines at the top of a heading above its rule ("ỦY BAN NHÂN DÂN | TỈNH ĐỒNG THÁP | -------"), as one:
    a body's name broken over them (the body, then the place it serves), which no line of it names alone."""
    rule = next((i for i, line in enumerate(header) if _RULE.match(line.text)), None)
    if rule is None or rule < 2:
        return []
    block = header[:rule]
    return [Line(Span(block[0].span.start, block[-1].span.end), " ".join(line.text for line in block))]


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _actor_found(actors: Actors, span: Span, *, cover: float) -> Mention | None:
    """A body or post the news finders read on a heading line ("ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ")."""
    found = [m for m in [*actors.organizations, *actors.known, *actors.post_mentions] if _within(m.span, span)]
    found = [m for m in found if m.kind in _ISSUERS and (m.span.end - m.span.start) >= cover * (span.end - span.start)]
    return max(found, key=lambda m: m.span.end - m.span.start, default=None)


def _actor_naming(news: DocumentText, line: Line, *, cover: float) -> Mention | None:
    """The known post or body that ``line`` names (nearly all of it, by ``cover``), or a post of the pack."""
    span = _without_final_mark(news.text, line.span)
    known = resolve.find_mentions(news.text, news.language, start=span.start, end=span.end, kinds=_ISSUERS)
    best = max(known, key=lambda m: m.span.end - m.span.start, default=None)
    if best is not None and (best.span.end - best.span.start) >= cover * (span.end - span.start):
        return best
    post = _pack_post(news, span)
    return post if post is not None and cover > 0 else None


def _without_final_mark(text: str, span: Span) -> Span:
    """A heading line without its final comma or colon ("Le Premier ministre,")."""
    end = span.end
    while end > span.start and text[end - 1] in ",:;，：":
        end -= 1
    return Span(span.start, end)


def _pack_post(news: DocumentText, span: Span) -> Mention | None:
    """A line that holds a post of the pack and little else ("The President of the Republic"): that post."""
    written = span.of(news.text)
    if len(written.split()) > _NAME_WORDS:
        return None
    folded = written.casefold()
    for post, english in sorted(news.pack.posts.items(), key=lambda item: len(item[0]), reverse=True):
        if re.search(rf"(?<!\w){re.escape(post.casefold())}(?!\w)", folded):
            return Mention(span, written, Kind.POST, scope=news.home_state, name=english)
    return None


def read_signature(news: DocumentText, legal: LegalText) -> Signature:
    lines = [line for line in legal.closing if not _is_furniture(news, line)]
    signature = Signature()
    marks = news.words("on_behalf_marks")
    # "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG": the first mark names the issuer, the last the post
    # signed for, and the lines under the last the post the signer holds
    mark_lines = [line for line in lines if _mark(line.text, marks)]
    on_behalf = _signed_for(news, mark_lines[0], marks) if mark_lines else None
    if on_behalf is not None:
        signature.on_behalf_of = _actor_naming(news, on_behalf, cover=_COVER)
    if not lines:
        return signature
    post_line, signer_line = _post_before_name(news, lines[-1])
    if not _is_name(news, signer_line):
        return signature
    signer = Mention(signer_line.span, signer_line.text, Kind.PERSON)
    signature.signers = (signer,)
    if post_line is None:
        # the lines between the mark and the name: the post the signer holds ("Председатель Правительства /
        # Российской Федерации"); the post signed for where they are none ("Q. BỘ TRƯỞNG")
        above = lines[lines.index(mark_lines[-1]) + 1 : -1] if mark_lines else lines[:-1]
        if above:
            post_span = Span(above[0].span.start, above[-1].span.end)
            post_line = Line(post_span, " ".join(line.text for line in above))
        elif mark_lines:
            post_line = _signed_for(news, mark_lines[-1], marks)
    if post_line is not None:
        signature.posts.append(_holding(news, signer, post_line))
    return signature


def _signed_for(news: DocumentText, mark_line: Line, marks: tuple[str, ...]) -> Line:
    """ "KT. THỦ TƯỚNG" → "THỦ TƯỚNG": the post or body a mark of signing on behalf signs for."""
    start = mark_line.span.start + len(_mark(mark_line.text, marks) or "")
    start += len(news.text[start : mark_line.span.end]) - len(news.text[start : mark_line.span.end].lstrip())
    return Line(Span(start, mark_line.span.end), news.text[start : mark_line.span.end])


def _post_before_name(news: DocumentText, line: Line) -> tuple[Line | None, Line]:
    """ "总理　李强", "Le Premier ministre, Élisabeth Borne": a post of the pack that opens the signer's line."""
    folded = line.text.casefold()
    for post in sorted(news.pack.posts, key=len, reverse=True):
        if folded.startswith(post.casefold()):
            rest = line.text[len(post) :]
            name = rest.lstrip(" \t\u3000,，:：")
            if name and (not rest[:1].isalnum() or is_unspaced(post[-1])):
                start = line.span.start + len(line.text) - len(name)
                return Line(Span(line.span.start, line.span.start + len(post)), post), Line(
                    Span(start, line.span.end), name
                )
    return None, line


def _mark(line: str, marks: tuple[str, ...]) -> str | None:
    for mark in sorted(marks, key=len, reverse=True):
        if line.casefold().startswith(mark.casefold()) and (
            mark[-1] in ". " or line[len(mark) : len(mark) + 1] in (" ", "")
        ):
            return line[: len(mark)]
    return None


def recipient_lines(legal: LegalText) -> list[Line]:
    """The items of the closing block's recipients list ("Nơi nhận: | - Văn phòng Quốc hội; | - Bộ trưởng
    Nguyễn Văn A (để b/c);"): the bodies and office holders the instrument is sent to."""
    return [line for line in legal.closing if _LIST_ITEM.match(line.text)]


def _is_furniture(news: DocumentText, line: Line) -> bool:
    """Recipients, the place and date, the seal, "(Đã ký)" for the signature itself: no signer's line."""
    cues = news.words("closing_cues")
    placeholders = {p.casefold() for p in news.words("signed_placeholders")}
    return (
        bool(_LIST_ITEM.match(line.text))
        or line.text.casefold() in placeholders
        or any(line.text.casefold().startswith(c.casefold()) for c in cues)
        or bool(re.search(r"\d", line.text))
    )


def _is_name(news: DocumentText, line: Line) -> bool:
    words = line.text.split()
    if not words or len(words) > _NAME_WORDS or line.text[-1] in ".:;,":
        return False
    return _actor_naming(news, line, cover=0.5) is None


def _holding(news: DocumentText, signer: Mention, post_line: Line) -> PostHolding:
    post = _actor_naming(news, post_line, cover=_COVER)
    english = _pack_post_name(news, post_line.text) or (post.name if post else None)
    return PostHolding(
        span=Span(post_line.span.start, signer.span.end),
        person=signer,
        post=post_line.text,
        post_name=english,
        known_post=post if post is not None and post.key else None,
    )


def _pack_post_name(news: DocumentText, written: str) -> str | None:
    folded = " ".join(written.split()).casefold()
    return next((english for post, english in news.pack.posts.items() if post.casefold() == folded), None)
