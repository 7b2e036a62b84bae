"""What each article of a legal instrument does, as commitments of its issuer.

The shared commitment finder's commitments are read first, in the articles only
(:func:`kg.finders.commitments.find_commitments`): tasks given ("Giao Bộ
Ngoại giao chủ trì, phối hợp với Bộ Công an ...") and responsibilities ("...
chịu trách nhiệm thi hành Quyết định này"), with their deadlines. An article
then adds what only an instrument does:

* a responsibility is everyone the article lists before its verb ("Các Bộ
  trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh ...
  chịu trách nhiệm"), not only the nearest;
* an article that adopts, approves, establishes or repeals
  (``extra["article_actions"]``: "Ban hành kèm theo", "Phê duyệt", "is hereby
  approved", "Утвердить") is a commitment of that action, about the
  instruments it names.

The article that puts the instrument into force ("Quyết định này có hiệu lực
thi hành kể từ ngày ký", "This Decree shall enter into force ...") asks no one
to do anything: it is no commitment, though a pledge phrase may read one in it
("shall"). Its day is the work's (:mod:`kg.builders.legal.in_force`).

A clause that repeals another instrument wherever it stands in its article
(``extra["repeal_phrases"]``: "Thông tư này bãi bỏ Thông tư số ...", "... hết
hiệu lực", "est abrogé") is a decision of the issuer, about what it names.

Every commitment is of the instrument's issuer and belongs to its article. An
article that gives no task and takes no action is a rule the issuer decides
(``decides``); one that only says what the instrument covers or what its words
mean (``extra["declaratory_headings"]``: "Phạm vi điều chỉnh", "Definitions")
defines, with the weakest force, as a preambular paragraph declares; one that
puts the instrument into force is none; nor is a point of a notice that tasks no
one (an assessment of the meeting it relays: "Việc sắp xếp các chương trình có ý
nghĩa quan trọng"). An article that allocates powers (``extra["competence_headings"]``:
"Thẩm quyền quản lý ...", "Competence") gives no one a task: who holds which power
is the issuer's decision. A task the issuer gives itself ("... do
Bộ Công Thương công bố hằng năm" in the Ministry's own circular) is a rule it
decides: no one directs itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.builders.legal.in_force import EntryIntoForce
from kg.builders.legal.structure import Article, LegalText
from kg.builders.legal.tasks import period_deadline
from kg.finders.actors import COLLECTIVE, Actors
from kg.finders.commitments import action_force, find_commitments
from kg.finders.dates import find_dates
from kg.finders.instruments import Instruments
from kg.finders.text import DocumentText, find_phrases, key_of, skip_spaces, starts_with_phrase
from kg.model import Commitment, Deadline, Kind, Mention, Paragraph, Span, ontology_kind
from kg.text.deadlines import DeadlineMatch, find_deadline
from kg.text.quotes import quoted_spans

__all__ = ["addresses_its_recipients", "annexed_paragraph", "article_commitments", "points_lead_in"]

#: Kinds of mention that may be given a task: bodies, posts and collectives, not persons or places.
_NOT_ADDRESSEES = frozenset({Kind.PERSON, Kind.PLACE, Kind.STATE})


def article_commitments(
    news: DocumentText,
    operative: DocumentText,
    legal: LegalText,
    actors: Actors,
    instruments: Instruments,
    paragraphs: dict[str, Paragraph],
    *,
    issuer: Mention | None,
    date: str | None,
    in_force: EntryIntoForce | None = None,
    lead_in: Span | None = None,
) -> list[Commitment]:
    """Commitments of the articles; ``operative`` reads the articles' text only, ``news`` the whole;
    ``in_force`` is where an article puts the instrument into force, which commits no one; ``lead_in`` the
    sentence of a directive that leads in its points (:func:`points_lead_in`), a task of those it names."""
    found = [
        _with_all_addressees(c, operative, actors)
        for c in find_commitments(operative, actors, instruments, author=issuer, date=date)
    ]
    own: list[Commitment] = []
    for article in legal.articles:
        own.extend(_actions(news, article, actors, instruments, issuer, date))
    for article in legal.articles:
        own.extend(_repeals(news, article, instruments, issuer, own))
    # "This Decree shall enter into force": no task of anyone, though a pledge phrase may read one
    verbs = [c.verb for c in own if c.verb] + ([in_force.phrase] if in_force else [])
    found = [c for c in found if not (c.verb and any(_overlap(c.verb, v) for v in verbs))] + own
    in_force_sentence = in_force.sentence if in_force else None
    # the text the instrument issues with it (a plan after the signature) is read as the article that issues it
    annexed = _annexed_article(news, legal)
    units = [*legal.articles, *([annexed] if annexed else [])]
    annex = annexed_paragraph(news, legal)

    def paragraph_of(unit: Article) -> Paragraph:
        return annex if annex is not None and unit.span == annex.span else paragraphs[unit.number]

    headings = {article.span: _heading_bodies(operative, article, actors, issuer) for article in units}
    for article in units:
        found.extend(
            _subject_tasks(
                operative,
                article,
                actors,
                instruments,
                found,
                issuer,
                in_force_sentence,
                headings[article.span],
                letter=legal.salutation is not None,
            )
        )
    in_articles: list[Commitment] = [
        replace(c, issuer=issuer or c.issuer, addressees=_listed(news, actors, c.addressees, lead_in))
        for c in found
        if lead_in is not None and c.verb and lead_in.start <= c.verb.start < lead_in.end
        if c.action == "tasks" and c.addressees
    ]
    for commitment in sorted(found, key=lambda c: ((c.verb or c.span).start, c.span.end)):
        position = (commitment.verb or commitment.span).start
        holder = next((a for a in units if a.span.start <= position < a.span.end), None)
        if holder is not None:
            duties = _responsible(news, holder, actors)
            if not duties and not commitment.addressees and commitment.action == "tasks":
                # "- Thực hiện kiểm kê ... và chịu trách nhiệm về số liệu" under "1.5. Trách nhiệm của ...": the
                # item's task, from its start, is the heading's parties'
                duties = _heading_body(headings[holder.span], position)
                sentence = operative.sentence_of(position) if duties else None
                if sentence is not None and sentence.start < commitment.span.start:
                    commitment = replace(commitment, span=Span(sentence.start, commitment.span.end))
            if duties and not commitment.addressees and commitment.action == "tasks":
                commitment = replace(commitment, addressees=duties)
            if not commitment.addressees and commitment.action == "tasks":
                # "Đơn vị cung cấp dịch vụ có trách nhiệm kê khai ...": the party a group noun names before the phrase
                bound = _bound_by(operative, actors, position)
                start = min([commitment.span.start, *(b.span.start for b in bound)])
                commitment = replace(commitment, addressees=bound, span=Span(start, commitment.span.end))
            if commitment.action == "tasks" and _opens_clause(news, commitment):
                commitment = replace(
                    commitment,
                    addressees=_earlier_task(in_articles, paragraph_of(holder)),
                    span=Span(commitment.verb.start, commitment.span.end) if commitment.verb else commitment.span,
                )
            if commitment.action == "tasks" and not commitment.addressees:
                continue  # "nhiệm vụ được giao" (the tasks given): a task of no one is none
            # every article is the issuer's, whoever a sentence of it names ("Nghị quyết ... của Quốc hội")
            commitment = replace(commitment, issuer=issuer or commitment.issuer, paragraph=paragraph_of(holder))
            in_articles.append(_own_rule(commitment, news.text))
    if not addresses_its_recipients(legal):
        in_articles = [c for c in in_articles if not _lead_in(news, c, in_articles)]
    if legal.salutation is not None:
        # a letter quotes the law it answers by ("*“Điều 59. ... Bộ trưởng Bộ Tài chính quy định ...”*"): the
        # quoted rules are the law's, no commitment of the letter
        quoted = quoted_spans(news.text, legal.start, legal.end)
        in_articles = [c for c in in_articles if not any(_inside((c.verb or c.span), q) for q in quoted)]
        in_articles = [_instructs_own_office(news, c) for c in in_articles]
    in_articles = _with_time_limits(operative, units, in_articles)
    # "Điều 41. Thẩm quyền quản lý ...": who holds a power is the issuer's decision, no task given
    allocating = {article.number for article in legal.articles if _allocates_powers(news, article)}
    in_articles = [c for c in in_articles if not (c.action == "tasks" and _article_of(c) in allocating)]
    held = {c.paragraph.number for c in in_articles if c.paragraph}
    for article in legal.articles:
        # a notice relays a meeting's conclusions: a point that tasks no one is an assessment, no rule
        if article.number not in held and not _puts_into_force(article, in_force) and not _relays(legal):
            action = "defines" if _declaratory(news, article) else "decides"
            in_articles.append(_decision(news, article, instruments, issuer, paragraphs[article.number], action))
    in_articles = [_due_by_period(_with_listed_bodies(c, news, actors), news, date) for c in in_articles]
    return sorted(in_articles, key=lambda c: (c.span.start, c.span.end, c.action))


def _instructs_own_office(news: DocumentText, commitment: Commitment) -> Commitment:
    """ "Cục Kiểm toán ... đề nghị Kiểm toán tỉnh Hòa Minh rà soát ...": a letter's request (an exhorting phrase of
    ``extra["requesting_phrases"]``) to the writer's own local office instructs it: it directs."""
    issuer = commitment.issuer
    if commitment.force != "exhortatory" or issuer is None or not commitment.addressees:
        return commitment
    if not all(_office_of(news, issuer.text, a.text) for a in commitment.addressees):
        return commitment
    return replace(commitment, action=_INSTRUCTS, force=action_force(_INSTRUCTS))


#: The action of a request that instructs (a directive one).
_INSTRUCTS = "requests"


def _office_of(news: DocumentText, body: str, office: str) -> bool:
    """Whether ``office`` is a local office of ``body``: its name less its head word ("Cục Kiểm toán": "Kiểm
    toán"), after a head of a branch or none (``extra["branch_office_heads"]``: "Chi cục"), then an area ("Kiểm
    toán tỉnh Hòa Minh", "Chi cục Hải quan khu vực III": ``extra["branch_area_words"]``)."""
    heads = sorted(news.pack.organization_heads, key=len, reverse=True)
    written = " ".join(body.split())
    head = next((h for h in heads if written.startswith(h + " ")), "")
    core = written[len(head) :].strip()
    if not core:
        return False
    name = " ".join(office.split())
    for branch in ("", *news.words("branch_office_heads")):
        opening = f"{branch} {core}".strip()
        if name.casefold().startswith(opening.casefold() + " "):
            rest = name[len(opening) + 1 :]
            return starts_with_phrase(rest, 0, news.words("branch_area_words"), ignore_case=True) is not None
    return False


def addresses_its_recipients(legal: LegalText) -> bool:
    """Whether the instrument speaks to those it is sent to, a letter (its salutation) or a directive ("CÔNG
    ĐIỆN", "CHỈ THỊ"): its lead-in ("Thủ tướng Chính phủ yêu cầu Bộ trưởng ..., Chủ tịch Ủy ban nhân dân các tỉnh
    ... thực hiện các nhiệm vụ sau:") binds those it names to every point below, a task of theirs, where a notice's
    or a decision's lead-in only announces the tasks its points give."""
    return legal.salutation is not None or legal.kind == _DIRECTIVE


#: The kind of a directive in the packs' ``extra["legal_heading_types"]`` ("CHỈ THỊ", "CÔNG ĐIỆN").
_DIRECTIVE = "directive"


def points_lead_in(news: DocumentText, legal: LegalText) -> Span | None:
    """The sentence of a directive that ends with a colon right before its first point, if any."""
    if legal.kind != _DIRECTIVE or not legal.articles:
        return None
    first = legal.articles[0].span.start
    before = news.text[:first].rstrip()
    if not before.endswith((":", "：")):
        return None
    sentence = news.sentence_of(len(before) - 1)
    return Span(sentence.start, len(before)) if sentence is not None and sentence.start >= legal.header.end else None


def _listed(news: DocumentText, actors: Actors, addressees: tuple[Mention, ...], within: Span) -> tuple[Mention, ...]:
    """ "yêu cầu Bộ trưởng, Thủ trưởng các cơ quan liên quan, Chủ tịch Ủy ban nhân dân các tỉnh ... thực hiện": every
    body, post or collective listed one after another from the first addressee on."""
    listed = _clause_subjects(news, actors, Span(addressees[0].span.start, within.end))
    return listed if listed and listed[0].span.start == addressees[0].span.start else addressees


def _relays(legal: LegalText) -> bool:
    """Whether the instrument is a notice ("THÔNG BÁO ... kết luận"): it tells what others concluded and
    decides nothing of its own."""
    return legal.kind is not None and ontology_kind(legal.kind) == Kind.NOTICE


def _opens_clause(news: DocumentText, commitment: Commitment) -> bool:
    """ "...; Chịu trách nhiệm về nội dung hồ sơ": a verb in capitals after a stop, with no addressee from
    there on, opens a clause whose subject is left out, the body the clause before was given the task."""
    verb = commitment.verb
    if verb is None or verb.end == verb.start or not news.text[verb.start : verb.start + 1].isupper():
        return False
    if any(a.span.start >= verb.start for a in commitment.addressees):
        return False
    before = news.text[max(0, verb.start - 40) : verb.start].rstrip()
    return before.endswith((";", "."))


def _earlier_task(earlier: list[Commitment], paragraph: Paragraph) -> tuple[Mention, ...]:
    """The addressees of the last task given before in the same article, if any."""
    tasks = [c for c in earlier if c.paragraph == paragraph and c.action == "tasks" and c.addressees]
    return tasks[-1].addressees if tasks else ()


def _lead_in(news: DocumentText, commitment: Commitment, others: list[Commitment]) -> bool:
    """ "3. ..., yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:": a clause that ends with a
    colon and is followed by tasks given to their own bodies in its article only announces them."""
    verb = commitment.verb
    if verb is None or verb.end == verb.start:
        return False  # "Bộ trưởng các Bộ: Xây dựng, ...": a list of bodies after a colon, no lead-in
    if commitment.action != "tasks":
        return False  # "Sở Nội vụ đề nghị các doanh nghiệp tự kiểm tra ..., cụ thể như sau:": a request asks itself
    written = commitment.span.of(news.text).rstrip()
    colon = news.text.find(":\n", verb.end, commitment.span.end)
    end = colon + 1 if colon >= 0 else commitment.span.start + len(written) if written.endswith(":") else -1
    if end <= 0:
        return False
    own = {key_of_mention(a) for a in commitment.addressees}
    # "1. Cục Đăng kiểm Việt Nam có trách nhiệm: | a) ... | 2. Đơn vị ...": the items up to the next point are its own;
    # given to the lead-in's own bodies, they are its tasks, and it leads in nothing of others'
    limit = _next_point(news, commitment.span.start, end)
    return any(
        o.paragraph == commitment.paragraph
        and end <= (o.verb or o.span).start < limit
        and o.addressees
        and {key_of_mention(a) for a in o.addressees} != own
        for o in others
    )


def _next_point(news: DocumentText, start: int, after: int) -> int:
    """Where the next point at the level of the one that holds ``start`` (or above it) opens after ``after``."""
    level = _point_level(news.text, news.text.rfind("\n", 0, start) + 1)
    if level is None:
        return len(news.text)
    for line in re.finditer(r"\n", news.text[after:]):
        below = _point_level(news.text, after + line.end())
        if below is not None and below <= level:
            return after + line.end()
    return len(news.text)


def key_of_mention(mention: Mention) -> str:
    """A mention's entity key, else its words folded: the same body named twice has one."""
    return mention.key or " ".join(mention.text.split()).casefold()


def _own_rule(commitment: Commitment, text: str = "") -> Commitment:
    """A task whose every addressee is the issuer itself is a rule the issuer decides."""
    issuer = commitment.issuer
    if commitment.action != "tasks" or issuer is None or not commitment.addressees:
        return commitment
    if not all(_same_actor(issuer, addressee, text) for addressee in commitment.addressees):
        return commitment
    return replace(commitment, action="decides", force=action_force("decides"), addressees=())


def _same_actor(issuer: Mention, other: Mention, text: str = "") -> bool:
    """Whether ``other`` names the issuer: the same entity, or the first words of the issuer's own name read no
    further where the next word of ``text`` goes on with it ("Ủy ban nhân dân | tỉnh phân cấp ..." in the decision
    of "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"; not "Ủy ban nhân dân | các xã", other committees)."""
    if issuer.key and other.key:
        return issuer.key == other.key
    named, said = " ".join(issuer.text.split()).casefold(), " ".join(other.text.split()).casefold()
    if issuer.kind != other.kind:
        return False
    if named == said:
        return True
    rest = named[len(said) :].split() if named.startswith(said + " ") else []
    following = text[other.span.end : other.span.end + 40].split() if text else []
    return bool(rest and following) and following[0].casefold() == rest[0]


def _repeals(
    news: DocumentText, article: Article, instruments: Instruments, issuer: Mention | None, own: list[Commitment]
) -> list[Commitment]:
    """ "3. Thông tư này bãi bỏ Thông tư số 56/2015/TT-BCT", "Le décret n° 2020-12 est abrogé": a clause that
    repeals (``extra["repeal_phrases"]``) is a decision of the issuer, about the instruments it names."""
    phrases = news.words("repeal_phrases")
    repeals = []
    for sentence in [s for s in news.sentences if article.body.start <= s.start < article.body.end]:
        if not phrases or any(sentence.start <= c.span.start < sentence.end for c in own):
            continue
        match = next(iter(find_phrases(news.text, phrases, sentence.start, sentence.end, ignore_case=True)), None)
        if match is not None:
            repeals.append(
                _clause_commitment("decides", sentence, Span(match.start(), match.end()), issuer, instruments)
            )
    return repeals


def _clause_commitment(
    action: str,
    sentence: Span,
    verb: Span,
    issuer: Mention | None,
    instruments: Instruments,
    addressees: tuple[Mention, ...] = (),
    due: DeadlineMatch | None = None,
) -> Commitment:
    """A commitment of the issuer in one clause of an article: its action and force, whom it addresses, the
    instruments the clause names and when it is due."""
    return Commitment(
        span=sentence,
        action=action,
        force=action_force(action),
        issuer=issuer,
        addressees=addressees,
        instruments=tuple(instruments.in_span(sentence)),
        deadline=Deadline(due.span, year=due.year, date=due.date, within=due.within) if due else None,
        verb=verb,
    )


def _puts_into_force(article: Article, in_force: EntryIntoForce | None) -> bool:
    return in_force is not None and article.body.start <= in_force.phrase.start < article.body.end


def _declaratory(news: DocumentText, article: Article) -> bool:
    """ "Điều 1. Phạm vi điều chỉnh", "Article 2. Definitions": an article that says what the instrument
    covers or what its words mean (``extra["declaratory_headings"]``) defines: it decides nothing."""
    return starts_with_phrase(news.text, article.body.start, news.words("declaratory_headings")) is not None


def _allocates_powers(news: DocumentText, article: Article) -> bool:
    """ "Điều 41. Thẩm quyền quản lý cán bộ, công chức", "Article 12. Competence": an article that says who holds
    which power (``extra["competence_headings"]``) decides it; its "X thực hiện ..." gives X no task."""
    return starts_with_phrase(news.text, article.body.start, news.words("competence_headings")) is not None


def _article_of(commitment: Commitment) -> str | None:
    return commitment.paragraph.number if commitment.paragraph else None


def _decision(
    news: DocumentText,
    article: Article,
    instruments: Instruments,
    issuer: Mention | None,
    paragraph: Paragraph,
    action: str = "decides",
) -> Commitment:
    """ "Điều 2. Lượng hạn ngạch thuế quan ... là 3.000 tấn": an article that tasks no one is a rule the
    issuer decides (or, a scope or definitions article, ``defines``), as every operative paragraph of a
    resolution is a commitment of its issuer."""
    sentence = _first_sentence(news, article)
    return Commitment(
        span=sentence,
        action=action,
        force=action_force(action),
        issuer=issuer,
        instruments=tuple(instruments.in_span(article.body)),
        paragraph=paragraph,
        verb=Span(article.body.start, article.body.start),
    )


#: A clause number or letter before a clause's first words ("1. ", "a) ", "(2) ").
_CLAUSE_OPENING = re.compile(r"[ \t]*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|[^\W\d_]\)|[-–+•])?\s*")
#: How far into its clause a phrase of time may run before the comma after it ("Chậm nhất đến ngày ...,").
_LEADING_PHRASE = 60


def _subject_tasks(
    news: DocumentText,
    article: Article,
    actors: Actors,
    instruments: Instruments,
    found: list[Commitment],
    issuer: Mention | None,
    in_force: Span | None,
    headings: list[tuple[Span, tuple[Mention, ...]]],
    *,
    letter: bool = False,
) -> list[Commitment]:
    """ "Bộ Ngoại giao hoàn tất các thủ tục đối ngoại", "Chính phủ quy định chi tiết ...", "Chậm nhất đến ngày
    01 tháng 7 năm 2027, các Bộ, ngành ... phải hoàn thành ...": in an instrument, a clause that opens with a
    body, a post or a collective (past its number, or a phrase of time before a comma) tells it what to do,
    unless it says what it is (``extra["copula_words"]``: "là", "est"). A clause that already holds a
    commitment, or puts the instrument into force, is left as it is; so is a ``letter``'s clause whose subject
    is its writer ("Cục Thuế nhận được công văn ...", "Cục Thuế trả lời để ..."): an account of what it did."""
    tasks = []
    taken = [c.verb or c.span for c in found]
    sentences = [s for s in news.sentences if article.body.start <= s.start < article.body.end]
    for sentence in [clause for s in sentences for clause in _clauses(news, actors, s, found)]:
        if any(sentence.start <= t.start < sentence.end for t in taken) or (in_force and _overlap(sentence, in_force)):
            continue
        if _time_limit_line(news, sentence):
            continue  # "Thời gian hoàn thành: Trước ngày 15/11/2025.": when the task above is due, no task
        if find_phrases(news.text, news.words("adoption_date_phrases"), sentence.start, sentence.end):
            continue  # "Luật này được Quốc hội ... thông qua ngày ...": how the law was adopted, no duty
        if find_phrases(news.text, news.words("closing_formulas"), sentence.start, sentence.end, ignore_case=True):
            continue  # "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện": the notice's close
        subjects = _clause_subjects(news, actors, sentence)
        if subjects and _says_what_it_is(news, subjects[-1].span.end, sentence.end):
            continue
        if subjects and _tells_what_it_did(news, subjects[-1].span.end, sentence.end):
            continue
        if letter and issuer is not None and subjects and all(_same_actor(issuer, s, news.text) for s in subjects):
            continue
        if subjects and sentence.of(news.text).isupper():
            continue  # "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" under a plan: its signature, no clause
        heads = any(reach.start == sentence.end and _holds_text(news, reach) for reach, _ in headings)
        if subjects and heads and not _own_task_over_items(news, sentence, subjects):
            continue  # "2. Sở Tài chính" over its tasks: the tasks below are the commitments, given to it
        subjects = subjects or _agents(news, actors, sentence)
        if not subjects and _is_heading(news, sentence):
            continue  # "Mục 2 | QUYỀN CỦA CÁN BỘ": the heading of the next section, no clause
        if not subjects:
            subjects = _heading_body(headings, sentence.start)
            if subjects and not _opens_its_line(news, sentence):
                continue  # "c) Kiểm tra kho hằng tuần. Báo cáo kết quả ...": the item's next sentence is still its task
        if not subjects:
            # "Điều 6. Quyền và trách nhiệm của tổ chức tín dụng ... | 1. Cung cấp đầy đủ thông tin ...": each
            # clause under a heading of duties is a task of its parties
            subjects = _responsible(news, article, actors) if sentence.start > article.body.start else ()
            if not subjects:
                continue
        due = find_deadline(news.text, news.pack, sentence.start, sentence.end, month_days=True)
        opening = Span(sentence.start, sentence.start)
        tasks.append(_clause_commitment("tasks", sentence, opening, issuer, instruments, subjects, due))
    return tasks


def _clauses(news: DocumentText, actors: Actors, sentence: Span, found: list[Commitment]) -> list[Span]:
    """ "... các sở, ban, ngành tổ chức thực hiện ...; Ủy ban nhân dân các xã, phường xây dựng kế hoạch ...": a
    sentence whose clauses, after a semicolon, open with a body of their own is read clause by clause, each
    the task of the body that opens it; not where one verb after the semicolons binds the bodies before them
    ("Giám đốc Sở Tài chính; Thủ trưởng các sở ...; Chủ tịch ... chịu trách nhiệm thi hành"): a list."""
    candidates = {m.span.start for m in [*actors.collectives, *actors.all_mentions()] if m.kind not in _NOT_ADDRESSEES}
    binding = [c for c in found if c.verb and sentence.start <= c.verb.start < sentence.end]
    starts = [sentence.start]
    for semicolon in re.finditer(";", news.text[sentence.start : sentence.end]):
        at = sentence.start + semicolon.start()
        after = skip_spaces(news.text, at + 1, sentence.end)
        listed = any(c.verb and c.verb.start > at and any(a.span.start < at for a in c.addressees) for c in binding)
        if after in candidates and not listed:
            starts.append(after)
    if len(starts) == 1:
        return [sentence]
    ends = [*starts[1:], sentence.end]
    return [_stripped(news.text, Span(start, end)) for start, end in zip(starts, ends, strict=True)]


def annexed_paragraph(news: DocumentText, legal: LegalText) -> Paragraph | None:
    """The text annexed after the signature (a plan the decision issues) as a paragraph of its own: its tasks
    lie inside it, not inside the article that issues it, though they count as that article's (its number)."""
    annexed = _annexed_article(news, legal)
    return Paragraph(annexed.span, "annex", number=annexed.number) if annexed else None


def _annexed_article(news: DocumentText, legal: LegalText) -> Article | None:
    """The text annexed after the signature as an article: that of the article that issues it ("Ban hành kèm
    theo Quyết định này Kế hoạch ...", ``extra["article_actions"]``), else the first."""
    if legal.annexed is None or not legal.articles:
        return None
    actions = news.words("article_actions")
    issuing = next(
        (a for a in legal.articles if starts_with_phrase(news.text, _past_clause_number(news, a), actions)),
        legal.articles[0],
    )
    annexed = legal.annexed
    return Article(annexed, Span(annexed.start, annexed.start), issuing.number, annexed)


def _past_clause_number(news: DocumentText, article: Article) -> int:
    start = skip_spaces(news.text, article.body.start, article.body.end)
    opening = _CLAUSE_NUMBER.match(news.text, start)
    return opening.end() if opening else start


#: A point's number at the start of a line: "1.", "1.2.", "**4.**" with its marks blanked.
_POINT_NUMBER = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2})*)\.(?!\d)")


def _heading_bodies(
    news: DocumentText, article: Article, actors: Actors, issuer: Mention | None = None
) -> list[tuple[Span, tuple[Mention, ...]]]:
    """ "1. Sở Khoa học và Công nghệ | a) Là cơ quan đầu mối ...", "4. Ủy ban nhân dân các tỉnh: | a) Theo dõi
    ...", "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo | - Tuyên truyền ...": a line that names bodies
    and nothing more (a colon, or what they are after a dash) heads their tasks. Each heading's reach, from
    its end to the next point numbered at its level or above it (or the article's end), with its bodies."""
    sentences = [s for s in news.sentences if article.body.start <= s.start < article.body.end]
    headings: list[tuple[Span, tuple[Mention, ...]]] = []
    duties: Span | None = None  # the reach of a heading of duties ("1. Nhiệm vụ của thành viên Ban Chỉ đạo")
    for sentence in sentences:
        if duties is not None and _point_level(news.text, _line_start(news, sentence)) == 1:
            duties = None
        subjects = _clause_subjects(news, actors, sentence)
        if not subjects and (parties := _duties_heading(news, sentence, actors)):
            subjects, duties = parties, Span(sentence.end, article.body.end)
        elif not subjects and duties is not None and _numbered_heading(news, sentence):
            # "1.1. Trưởng Ban Chỉ đạo" under a heading of duties: the party whose own duties follow
            subjects = (_named_by_heading(news, sentence),)
        elif not subjects and _numbered_heading(news, sentence) and _names_a_party(news, sentence):
            # "1. Bảo hiểm xã hội thành phố Hà Nội", "3. Các cơ sở khám chữa bệnh trên địa bàn": a heading that names
            # a body by its head word, a post or a plural the finders read only in part, over that party's tasks
            subjects = (_named_by_heading(news, sentence),)
        # "1. Ủy ban nhân dân tỉnh phân cấp ... đối với các trường hợp sau: | a) ...": the issuer's own rule lists its
        # cases, no one's tasks
        own = issuer is not None and all(_same_actor(issuer, s, news.text) for s in subjects)
        if subjects and (
            _names_only(news, subjects[-1].span.end, sentence.end)
            or _numbered_heading(news, sentence)
            or (_leads_in_items(news, sentence) and not own)
        ):
            headings.append((sentence, subjects))
    reaches = []
    for sentence, subjects in headings:
        level = _point_level(news.text, _line_start(news, sentence))
        end = article.body.end
        for line in re.finditer(r"\n", news.text[sentence.end : article.body.end]):
            start = sentence.end + line.end()
            below = _point_level(news.text, start)
            if below is not None and (level is None or below <= level):
                end = start
                break
        end = min([end, *(s.start for s, _ in headings if s.start > sentence.start)])
        reaches.append((Span(sentence.end, end), subjects))
    return reaches


def _time_limit_line(news: DocumentText, sentence: Span) -> bool:
    """Whether ``sentence`` opens with a label of a time limit (``extra["time_limit_labels"]``), past its mark."""
    labels = news.words("time_limit_labels")
    if not labels:
        return False
    opening = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    start = opening.end() if opening else sentence.start
    return starts_with_phrase(news.text, start, labels) is not None


def _with_time_limits(news: DocumentText, units: list[Article], commitments: list[Commitment]) -> list[Commitment]:
    """ "- Thành lập Tổ kiểm kê ... | Thời hạn hoàn thành: Trước ngày 30/11/2025.": a line that gives a time limit
    gives it to the task right above it in its article, whose text it ends."""
    result = list(commitments)
    for unit in units:
        for sentence in [s for s in news.sentences if unit.body.start <= s.start < unit.body.end]:
            if not _time_limit_line(news, sentence):
                continue
            deadline = _time_limit(news, sentence)
            above = [
                i
                for i, c in enumerate(result)
                if c.action == "tasks" and unit.span.start <= c.span.start and c.span.end <= sentence.start
            ]
            if not above:
                continue
            index = max(above, key=lambda i: result[i].span.end)
            task = result[index]
            if news.text[task.span.end : sentence.start].strip() or task.deadline is not None:
                continue  # the task above ends elsewhere, or has its own time limit
            result[index] = replace(task, span=Span(task.span.start, sentence.end), deadline=deadline)
    return result


def _time_limit(news: DocumentText, sentence: Span) -> Deadline | None:
    """The day a time limit's line gives: a deadline as written ("Trước ngày 30/11/2025"), else the first full day
    it names, since its label says it is one ("Deadline: 30 November 2024.")."""
    due = find_deadline(news.text, news.pack, sentence.start, sentence.end, month_days=True)
    if due is not None:
        return Deadline(due.span, year=due.year, date=due.date, within=due.within)
    day = next((d for d in find_dates(news.text, news.pack, sentence.start, sentence.end) if d.has_year), None)
    return Deadline(day.span, year=int(day.iso[:4]), date=day.iso) if day is not None and len(day.iso) == 10 else None


def _heading_body(headings: list[tuple[Span, tuple[Mention, ...]]], position: int) -> tuple[Mention, ...]:
    """The bodies of the heading line whose tasks ``position`` stands among, if any."""
    return next((bodies for reach, bodies in headings if reach.start <= position < reach.end), ())


def _holds_text(news: DocumentText, span: Span) -> bool:
    return bool(news.text[span.start : span.end].strip())


def _names_only(news: DocumentText, position: int, end: int) -> bool:
    """Whether the rest of a clause after its bodies names nothing more: a colon, or after a dash what they are
    ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"), on the heading's line."""
    rest = news.text[position:end].strip(" \t*_")
    if "\n\n" in news.text[position:end].strip():
        return False
    return rest in ("", ":") or (rest[:1] in "-–" and not rest.rstrip().endswith((".", ";")))


def _line_start(news: DocumentText, sentence: Span) -> int:
    return news.text.rfind("\n", 0, sentence.start) + 1


def _named_by_heading(news: DocumentText, sentence: Span) -> Mention:
    """The party a numbered heading line names, past its number: a collective of those words."""
    opening = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    span = _stripped(news.text, Span(opening.end() if opening else sentence.start, sentence.end))
    return Mention(span, " ".join(span.of(news.text).split()), COLLECTIVE, scope=news.home_state)


#: The mark of an item of a list at the start of its line: a letter ("a)"), a number in brackets ("(1)"), a dash.
_ITEM_MARK = re.compile(r"[ \t]*(?:[^\W\d_]\)|\(\d{1,2}\)|[-–+•])\s")


def _leads_in_items(news: DocumentText, sentence: Span) -> bool:
    """ "1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan: | a) Yêu cầu ... | b) Chỉ đạo ...": a
    clause that opens with its bodies and ends with a colon over lettered or dashed items gives them its tasks."""
    if not sentence.of(news.text).rstrip(" \t*_").endswith((":", "：")):
        return False
    after = skip_spaces(news.text, sentence.end)
    line_start = news.text.rfind("\n", 0, after) + 1
    return line_start > sentence.start and _ITEM_MARK.match(news.text, line_start) is not None


def _own_task_over_items(news: DocumentText, sentence: Span, subjects: tuple[Mention, ...]) -> bool:
    """ "1. Bộ Tài chính chủ trì, phối hợp ...: | a) ...": a heading over items that says what its bodies do is a task
    of its own; one that only names them ("4. Ủy ban nhân dân các tỉnh: | a) ...") is none."""
    return _leads_in_items(news, sentence) and not _names_only(news, subjects[-1].span.end, sentence.end)


def _opens_its_line(news: DocumentText, sentence: Span) -> bool:
    """Whether only an item's mark or number stands before ``sentence`` on its line."""
    line_start = news.text.rfind("\n", 0, sentence.start) + 1
    before = news.text[line_start : sentence.start]
    return not before.strip() or _CLAUSE_OPENING.fullmatch(before) is not None


def _names_a_party(news: DocumentText, sentence: Span) -> bool:
    """Whether a heading's words, past its number, open with a body's head word, a post or a plural marker
    ("Bảo hiểm xã hội ...", "Thủ trưởng ...", "Các cơ sở ..."), not a topic ("Mục đích", "Nội dung thi đua")."""
    opening = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    start = opening.end() if opening else sentence.start
    pack = news.pack
    openers = (*pack.organization_heads, *pack.posts, *(w.capitalize() for w in news.words("plural_markers")))
    return starts_with_phrase(news.text, start, openers) is not None


def _numbered_heading(news: DocumentText, sentence: Span) -> bool:
    """ "4. Sở Văn hoá, Thể thao và Du lịch", "1.4. Ủy ban nhân dân các phường, xã, đặc khu": a point's number
    and a short line with no final stop, the whole of the sentence, is a heading (a name the finders read
    only in part runs on in it)."""
    written = sentence.of(news.text)
    number = _POINT_NUMBER.match(news.text, news.text.rfind("\n", 0, sentence.start) + 1)
    rest = written[number.end() - sentence.start :] if number and number.end() > sentence.start else written
    rest = " ".join(rest.split()).strip(" *_")
    # "1. Cục Đăng kiểm Việt Nam có trách nhiệm:" ends with a colon: a clause that leads in its list, no name
    return number is not None and 0 < len(rest) <= _HEADING_NAME and rest[-1] not in ".;,:"


#: The longest name a numbered heading line holds.
_HEADING_NAME = 60


def _point_level(text: str, position: int) -> int | None:
    """How deep the point numbered at the start of the line at ``position`` is ("2." 1, "1.2." 2), if any."""
    match = _POINT_NUMBER.match(text, position)
    return match.group(1).count(".") + 1 if match else None


def _clause_subjects(news: DocumentText, actors: Actors, sentence: Span) -> tuple[Mention, ...]:
    """The bodies, posts or collectives that open ``sentence`` one after another ("Bộ trưởng, Thủ trưởng cơ
    quan ngang bộ, ..."), past its number, or a phrase of time or a condition before a comma ("Trên cơ sở
    kết luận của Thanh tra tỉnh, Sở Nội vụ hoàn thiện ...": ``extra["condition_openers"]``)."""
    position = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    starts = [position.end() if position else sentence.start]
    comma = news.text.find(",", starts[0], min(sentence.end, starts[0] + _LEADING_PHRASE))
    leading = news.text[starts[0] : comma] if comma > 0 else ""
    if leading and (re.search(r"\d", leading) or starts_with_phrase(leading, 0, news.words("condition_openers"))):
        starts.append(comma + 1)
    candidates = [m for m in [*actors.collectives, *actors.all_mentions()] if m.kind not in _NOT_ADDRESSEES]
    for start in starts:
        subjects: list[Mention] = []
        at = start
        while True:
            after = news.text[at : sentence.end]
            at += len(after) - len(after.lstrip(" \t\n,;"))
            following = [m for m in candidates if m.span.start == at and m.span.end <= sentence.end]
            if not following:
                break
            longest = max(following, key=lambda m: m.span.end)
            subjects.append(longest)
            at = longest.span.end
        if subjects:
            return tuple(subjects)
    return _obliged_subjects(news, candidates, sentence, starts[0])


def _bound_by(news: DocumentText, actors: Actors, position: int) -> tuple[Mention, ...]:
    """Whom the obligation of the sentence at ``position`` binds, named before its marker."""
    sentence = news.sentence_of(position)
    if sentence is None:
        return ()
    opening = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    candidates = [m for m in [*actors.collectives, *actors.all_mentions()] if m.kind not in _NOT_ADDRESSEES]
    return _obliged_subjects(news, candidates, sentence, opening.end() if opening else sentence.start)


def _opens_with_condition(news: DocumentText, opening: int, end: int) -> bool:
    """Whether the clause at ``opening`` opens with a condition, or does so past its label ("**Lưu ý về nộp bổ sung
    tiền ký quỹ:** Trong thời hạn 30 ngày ...")."""
    openers = news.words("condition_openers")
    colon = news.text.find(":", opening, end)
    starts = [opening] + (
        [colon + 1 + len(news.text[colon + 1 : end]) - len(news.text[colon + 1 : end].lstrip(" *"))]
        if colon >= 0
        else []
    )
    return any(starts_with_phrase(news.text, at, openers, ignore_case=True) is not None for at in starts)


#: How many words may name whom an obligation binds, between the clause's opening and its marker.
_OBLIGED_WORDS = 8
#: A word that holds punctuation or a digit names no one bound ("2020", "Nghị định,").
_NOT_A_SUBJECT_WORD = re.compile(r"[\d;:.!?()\[\]\"“”*|]")


def _obliged_subjects(
    news: DocumentText, candidates: list[Mention], sentence: Span, opening: int
) -> tuple[Mention, ...]:
    """ "Trong thời hạn 30 ngày kể từ ... Nghị định số 145/2020/NĐ-CP, doanh nghiệp cho thuê lại phải nộp ...",
    "Đơn vị cung cấp dịch vụ có trách nhiệm kê khai ...": whom an obligation (``extra["obligation_markers"]``)
    binds is named by the few words between it and the start of its clause, however long the condition
    before the comma that opens that clause: a known body or collective that opens them, else those words
    when they open with a group noun (``extra["group_nouns"]``: "doanh nghiệp", "đơn vị", "tổ chức"). A word of
    ``extra["obligation_breaks"]`` among them (a negation, a relative pronoun) binds no one; a comma opens the
    clause only after a condition (``extra["condition_openers"]``: "Trường hợp", "Trong thời hạn")."""
    markers, groups = news.words("obligation_markers"), news.words("group_nouns")
    breaks = {w.casefold() for w in news.words("obligation_breaks")}
    if not markers:
        return ()
    # past a comma only after a condition ("Trường hợp ..., Công ty phải"): else the comma lists the subject's
    # own nouns ("Người đứng đầu cơ quan, tổ chức, đơn vị ... có trách nhiệm")
    conditional = _opens_with_condition(news, opening, sentence.end)
    for marker in find_phrases(news.text, markers, opening, sentence.end):
        comma = news.text.rfind(",", opening, marker.start()) if conditional else -1
        start = max(opening, comma + 1)
        start = skip_spaces(news.text, start, marker.start())
        words = news.text[start : marker.start()].split()
        if not words or len(words) > _OBLIGED_WORDS or any(_NOT_A_SUBJECT_WORD.search(w) for w in words):
            continue
        if any(w.casefold() in breaks for w in words):
            continue  # "tổ chức cơ yếu mà không phải là công chức": who is not, no duty
        named = [m for m in candidates if m.span.start == start and m.span.end <= marker.start()]
        longest = max(named, key=lambda m: m.span.end) if named else None
        grouped = starts_with_phrase(news.text, start, groups, ignore_case=True) is not None
        # "doanh nghiệp | cho thuê lại phải": the words after a collective that opens them say which of it
        if longest is not None and (not grouped or not news.text[longest.span.end : marker.start()].strip()):
            return (longest,)
        if grouped:
            span = Span(start, len(news.text[: marker.start()].rstrip()))
            return (Mention(span=span, text=span.of(news.text), kind=COLLECTIVE),)
    return ()


#: The longest line that is a section's heading rather than a clause ("Mục 2", "Chương III").
_HEADING_LINE = 20


def _is_heading(news: DocumentText, sentence: Span) -> bool:
    written = sentence.of(news.text).strip()
    return written.isupper() or len(written) < _HEADING_LINE


def _agents(news: DocumentText, actors: Actors, sentence: Span) -> tuple[Mention, ...]:
    """ "... thì được cơ quan hải quan xử lý tiền thuế nộp thừa", "do Bộ Công Thương công bố hằng năm": in a
    clause in the passive, the body after an agent marker (``extra["agent_markers"]``) and before a verb in
    lower case is the one that acts; not where the marker follows a word of the past or of time
    (``extra["agent_blockers"]``: "đã được Quốc hội phê duyệt" is done)."""
    markers = news.words("agent_markers")
    if not markers:
        return ()
    candidates = [m for m in [*actors.collectives, *actors.all_mentions()] if m.kind not in _NOT_ADDRESSEES]
    found: list[Mention] = []
    blockers = news.words("agent_blockers")
    for match in find_phrases(news.text, markers, sentence.start, sentence.end):
        before = news.text[sentence.start : match.start()].rstrip()
        if any(re.search(rf"(?<!\w){re.escape(word)}$", before, re.IGNORECASE) for word in blockers):
            continue  # "đã được Quốc hội phê duyệt": what was done, no duty
        start = skip_spaces(news.text, match.end(), sentence.end)
        agent = max((m for m in candidates if m.span.start == start), key=lambda m: m.span.end, default=None)
        verb = skip_spaces(news.text, agent.span.end, sentence.end) if agent else sentence.end
        if agent is None or verb >= sentence.end or not news.text[verb].islower() or agent in found:
            continue
        if len(news.text[verb : sentence.end].strip(" \t\n.;:").split()) <= _RELATIVE_VERB_WORDS:
            continue  # "trong phạm vi tổng mức vốn được Quốc hội quyết định.": what the body decided, no duty
        found.append(agent)
    return tuple(found)


#: The most words a verb after a passive's agent may have when it ends the sentence: a relative clause
#: describing a noun ("vốn được Quốc hội quyết định."), not a duty, which names what to do.
_RELATIVE_VERB_WORDS = 2


def _tells_what_it_did(news: DocumentText, position: int, end: int) -> bool:
    """ "Thủ tướng Chính phủ đã ban hành Chỉ thị ...": an account of what the body did (``extra["past_markers"]``)."""
    markers = news.words("past_markers")
    return bool(markers) and starts_with_phrase(news.text, skip_spaces(news.text, position, end), markers) is not None


def _says_what_it_is(news: DocumentText, position: int, end: int) -> bool:
    """ "Chính phủ là cơ quan hành chính nhà nước cao nhất": a definition, not a task."""
    copulas = news.words("copula_words")
    return bool(copulas) and starts_with_phrase(news.text, skip_spaces(news.text, position, end), copulas) is not None


def _responsible(news: DocumentText, article: Article, actors: Actors) -> tuple[Mention, ...]:
    """ "Điều 6. Quyền và trách nhiệm của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài": an article headed
    by the duties of some parties (``extra["responsibility_headings"]``) gives its tasks to them."""
    heading_end = news.text.find("\n", article.body.start, article.body.end)
    return _parties(news, Span(article.body.start, heading_end if heading_end > 0 else article.body.end), actors)


def _duties_heading(news: DocumentText, sentence: Span, actors: Actors) -> tuple[Mention, ...]:
    """ "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:": a numbered line of a plan headed by the duties of
    some parties, whose tasks follow it."""
    colon = news.text[sentence.start : sentence.end].rstrip().endswith(":")
    if not _numbered_heading(news, Span(sentence.start, sentence.end - 1 if colon else sentence.end)):
        return ()
    opening = _CLAUSE_OPENING.match(news.text, sentence.start, sentence.end)
    return _parties(news, Span(opening.end() if opening else sentence.start, sentence.end), actors)


def _parties(news: DocumentText, heading: Span, actors: Actors) -> tuple[Mention, ...]:
    """The parties a heading of duties names after its phrase, if it opens with one."""
    phrase = starts_with_phrase(news.text, heading.start, news.words("responsibility_headings"))
    if phrase is None:
        return ()
    # "Nghĩa vụ của cán bộ, công chức đối với Đảng ...": the parties end where a preposition starts
    stops = news.words("party_stops")
    stop = re.search(rf"\s(?:{'|'.join(map(re.escape, stops))})(?!\w)", news.text[heading.start : heading.end])
    heading = Span(heading.start, heading.start + stop.start()) if stops and stop else heading
    parties = []
    for match in re.finditer(r"[^,;]+", news.text[heading.start + len(phrase) : heading.end]):
        start = heading.start + len(phrase) + match.start()
        for part in re.split(
            rf"\s(?:{'|'.join(map(re.escape, news.words('list_conjunctions')) or ['(?!)'])})\s", match.group()
        ):
            offset = news.text.find(part, start)
            span = _stripped(news.text, Span(offset, offset + len(part)))
            if span.end > span.start:
                known = next((m for m in actors.all_mentions() if m.span == span), None)
                parties.append(known or Mention(span, span.of(news.text), COLLECTIVE, scope=news.home_state))
            start = offset + len(part)
    return tuple(parties)


def _stripped(text: str, span: Span) -> Span:
    chunk = span.of(text)
    start = span.start + len(chunk) - len(chunk.lstrip(" \t\n.:"))
    return Span(start, max(start, span.start + len(chunk.rstrip(" \t\n.:"))))


def _with_all_addressees(commitment: Commitment, news: DocumentText, actors: Actors) -> Commitment:
    """ "A, B và C chịu trách nhiệm ...": a responsibility binds every body or post listed before its verb."""
    verb = commitment.verb
    if verb is None or commitment.action != "tasks":
        return commitment
    if commitment.addressees and commitment.addressees[0].span.end > verb.start:
        return commitment  # "Giao Bộ Ngoại giao ...": given after the verb
    sentence = news.sentence_of(verb.start)
    if sentence is None:
        return commitment
    listed = [
        m
        for m in [*actors.all_mentions(), *actors.collectives]
        if sentence.start <= m.span.start and m.span.end <= verb.start and m.kind not in _NOT_ADDRESSEES
    ]
    outermost = [m for m in listed if not any(_inside(m.span, o.span) for o in listed if o is not m)]
    unique = {m.span: m for m in [*outermost, *commitment.addressees]}
    if not unique:
        return commitment
    addressees = tuple(sorted(unique.values(), key=lambda m: m.span))
    return replace(
        commitment,
        addressees=addressees,
        span=Span(min(commitment.span.start, addressees[0].span.start), commitment.span.end),
    )


#: The length of a day written in ISO 8601 ("2026-06-30"), against a month's ("2026-06").
_A_DAY = len("YYYY-MM-DD")


def _due_by_period(commitment: Commitment, news: DocumentText, date: str | None) -> Commitment:
    """ "Sở Tư pháp hoàn thành trong Quý II/2026", "... trong tháng 12": a task due by a quarter or a month is due
    by its last day (a year alone, where one was read, says less)."""
    if commitment.action != "tasks" or (commitment.deadline and len(commitment.deadline.date or "") == _A_DAY):
        return commitment  # due by a day already
    year = int(date[:4]) if date and date[:4].isdigit() else None
    due = period_deadline(news.text, commitment.span, news.pack, year)
    return replace(commitment, deadline=due) if due is not None else commitment


#: The most words between a post and the colon before the bodies it heads ("Thủ trưởng | các cơ quan |:").
_COLON_REACH = 4


def _with_listed_bodies(commitment: Commitment, news: DocumentText, actors: Actors) -> Commitment:
    """ "Thủ trưởng các cơ quan: Sở Tư pháp, Sở Nội vụ ...", "the heads of: the Registry, ...": the
    bodies listed after a colon that closes the words of an addressee are whose heads the task binds."""
    if commitment.action != "tasks" or not commitment.addressees:
        return commitment
    last = commitment.addressees[-1]
    colon = news.text.find(":", last.span.end, commitment.span.end)
    between = news.text[last.span.end : colon] if colon >= 0 else ""
    if colon < 0 or len(between.split()) > _COLON_REACH or re.search(r"[;.\d]", between):
        return commitment
    end = next((i for i in range(colon, commitment.span.end) if news.text[i] in ";."), commitment.span.end)
    listed = [
        m
        for m in actors.every_organization()
        if colon < m.span.start and m.span.end <= end and m.kind not in _NOT_ADDRESSEES
    ]
    outermost = [m for m in listed if not any(_inside(m.span, o.span) for o in listed if o is not m)]
    if not outermost:
        return commitment
    unique = {m.span: m for m in [*commitment.addressees, *outermost]}
    return replace(commitment, addressees=tuple(sorted(unique.values(), key=lambda m: m.span)))


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _first_sentence(news: DocumentText, article: Article) -> Span:
    sentence = news.sentence_of(article.body.start)
    return Span(article.body.start, min(sentence.end, article.body.end)) if sentence else article.body


def _actions(
    news: DocumentText,
    article: Article,
    actors: Actors,
    instruments: Instruments,
    issuer: Mention | None,
    date: str | None,
) -> list[Commitment]:
    """ "Ban hành kèm theo Quyết định này Kế hoạch ...", "Утвердить прилагаемые Правила": the article's act."""
    actions = news.mapping("article_actions")
    sentence = _first_sentence(news, article)
    match = next(iter(find_phrases(news.text, actions, sentence.start, sentence.end, ignore_case=True)), None)
    if match is None or not _stands_where_it_may(news, match, sentence):
        return []
    action = actions[key_of(match.group(), actions)]
    verb = Span(match.start(), match.end())
    due = find_deadline(news.text, news.pack, verb.end, sentence.end, month_days=True)
    # "Ủy quyền cho Bộ Xây dựng ký ...": whom the issuer authorises or designates
    named = _given_to(news, actors, verb.end) if action in _GIVEN_TO else None
    addressees = (named,) if named is not None and named.span.end <= sentence.end else ()
    return [_clause_commitment(action, sentence, verb, issuer, instruments, addressees, due)]


#: Actions of an article given to whom it names right after ("Ủy quyền cho Lãnh đạo Bộ Xây dựng").
_GIVEN_TO = frozenset({"authorizes", "designates", "tasks"})


def _given_to(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """The body named right after ``position``; or the leaders of a body there ("Lãnh đạo Bộ Xây dựng",
    ``extra["leadership_words"]``), a collective of that body's leaders."""
    start = skip_spaces(news.text, position)
    leaders = starts_with_phrase(news.text, start, news.words("leadership_words"), ignore_case=False)
    if leaders is None:
        return _known_body_at(actors, start) or actors.addressee_starting_after(position)
    after = skip_spaces(news.text, start + len(leaders))
    body = _known_body_at(actors, after) or actors.organization_starting_after(after, reach=0)
    if body is None:
        return actors.addressee_starting_after(position)
    span = Span(start, body.span.end)
    return Mention(span, span.of(news.text), COLLECTIVE, scope=news.home_state)


def _known_body_at(actors: Actors, position: int) -> Mention | None:
    """The body the gazetteers know that starts at ``position``: "Bộ Xây dựng", not a longer name found by its
    head word that runs on into the clause ("Bộ Xây dựng thay mặt Chính phủ ...")."""
    known = [m for m in actors.every_organization() if m.span.start == position and m.key]
    return min(known, key=lambda m: -m.span.end, default=None)


#: A clause number before an article's first words ("1. ", "a) ").
_CLAUSE_NUMBER = re.compile(r"(?:\d{1,2}[.)]|[a-zđ]\))\s+")


def _stands_where_it_may(news: DocumentText, match: re.Match[str], sentence: Span) -> bool:
    """A phrase the pack writes with a capital opens the article ("Ban hành kèm theo ...", "Утвердить"), past a
    clause number; elsewhere it is another verb ("có hiệu lực kể từ ngày ký ban hành"). A phrase written in
    lower case ("is hereby approved", "est approuvé") stands anywhere in the article's first sentence."""
    actions = news.mapping("article_actions")
    if not key_of(match.group(), actions)[:1].isupper():
        return True
    opening = _CLAUSE_NUMBER.match(news.text, sentence.start)
    return match.start() == (opening.end() if opening else sentence.start)
