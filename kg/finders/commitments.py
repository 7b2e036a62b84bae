"""Mandates and pledges in prose as commitments.

A commitment is a phrase of the pack's ``pledge_phrases`` ("có nhiệm vụ",
"cam kết", "We commit to", "Nous nous engageons à", "Prevemos") in a sentence
of the article. Who commits to whom depends on the kind of phrase:

* a **mandate** ("tasks": "Bộ Ngoại giao có nhiệm vụ ...", "được giao"): the
  organisation before the phrase is the *addressee*; the *issuer* is whoever
  gave the mandate: the written issuer of an instrument cited in the sentence
  ("Quyết định số 402/QĐ-TTg của Thủ tướng Chính phủ"), else the document's
  author; the instruments of the sentence are the commitment's instruments;
* a **pledge** (commits, intends, will): the *issuer* is the one who speaks.
  In a declaration that is the signatories as a group (the "We, the Heads of
  State and Government of ..." mention, kind ``group-of-states``), which also
  stands for the implicit "we" of "Nos comprometemos"; otherwise it is the
  organisation, state or person right before the phrase ("La Colombie
  s'engage à"), or right after it where the language puts its verbs first
  (``extra["verb_first"]``: "وتعتزم المنظمة"). An organisation right after a
  "will" phrase is its addressee ("sẽ được trình Quốc hội").
* an **assignment** (``extra["assigning_phrases"]``: "giao", "تكليف", "charge",
  "directs") names its addressee right after it ("giao Bộ Công an chủ trì",
  "charge le ministère de l'Intérieur"); without one the word is something
  else ("Bộ Ngoại giao"). Its issuer is the written issuer of an instrument of
  the sentence, else the organisation just before it ("قرر مجلس الوزراء
  تكليف"), else the document's author;
* the addressee of a mandate or an assignment may be a collective the pack names
  (``extra["addressee_terms"]``: "các bộ, ngành, địa phương", "الجهات المعنية"),
  rather than an organisation;
* a decision or announcement told without its subject (``extra["author_phrases"]``:
  "въезд в Россию закрывается", "принято решение") is the document's author's,
  where it has one, and no commitment otherwise;
* a phrase with neither an issuer, nor an addressee, nor an instrument is no
  commitment: "cam kết" is then a noun ("thực hiện cam kết quốc tế");
* an **adoption** (``extra["adoption_phrases"]``: "aprobó", "通过决议", "adopted a
  resolution") is a decision of the last body named before it in its sentence,
  a vote count between ("欧洲议会以586票赞成，53票反对通过决议"); of "X de la Y",
  X; with no body before it, it is none; so is a **ruling** or an agreement told
  in the past (``extra["ruling_phrases"]``: "le tribunal ... a autorisé", "la
  comisión resolvió que", "se sont mis d'accord");
* a **first-person** phrase (``extra["speaker_phrases"]``: "Nous condamnons",
  "j'ai décidé", "We call on") is the statement's author's (a declaration's
  speakers pledge by their own phrases); in a quotation it is the speaker's the quotation is attributed to
  (its organisation, named before it in the paragraph, else after it), as is a
  request in a quotation whose asker is not named before it;
* a **call that names no one** it asks ("pidieron comenzar cuanto antes ...",
  "欧洲议会呼吁，") calls for what follows, where an actor makes it: the one just
  before, or, after a conjunction, the body the sentence opens with;
* a **relative pronoun** (``extra["relative_pronouns"]``: "el cual pretende")
  stands for the actor before it, past an apposition that describes it;
* a **readout**'s or a joint statement's collective subject and its verb (``extra["readout_phrases"]``: "The
  leaders reaffirmed", "Стороны обсудили", "双方同意", "Hai bên nhất trí", "اتفق الجانبان") are the stance of
  every party it named as meeting: the persons, else the states, of the first sentence that names two (the
  lead: "X welcomed Y", the title: "between X and Y"), as many as the subject counts
  (``extra["joint_subjects"]``: "both sides": 2); the first of them (the host) is the issuer, the others
  co-issuers. Where no sentence names two, the first person named (the host), else the first state, alone;
* a subject that joins states or persons by a conjunction right before the verb ("The United States and France
  commit to") is each of them, an issuer apiece;
* a commitment the text tells without its speaker is the document's author's, where it has one;
* what a statement or a quoted speaker says a group **must** do
  (``extra["obligation_phrases"]``: "doivent", "deben") is its call on them;
* a request with no subject of its own is the earlier clause's in its sentence
  ("通过决议，呼吁塞尔维亚当局"); a Markdown heading and a question are no
  commitment.

Each commitment is due when a deadline follows its phrase in the sentence
("trước năm 2025", "d'ici 2025", "no later than 30 June 2025"; :mod:`kg.text.deadlines`).

The force of each action is the ontology's (``ontology/actions.ttl``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from kg import ontology, resolve
from kg.finders.actors import COLLECTIVE, Actors, asked_addressee, described_addressee, described_addressees
from kg.finders.cast import person_mention
from kg.finders.dates import with_year
from kg.finders.demands import joined_addressees, listed_commitments
from kg.finders.instruments import Instruments
from kg.finders.text import DocumentText, find_phrases, key_of, paragraph_of, skip_spaces, starts_with_phrase
from kg.model import Commitment, Deadline, Kind, Mention, Span
from kg.text.deadlines import find_cycle, find_deadline

__all__ = ["action_force", "find_commitments", "force_of"]

#: Actions that give someone else a task, rather than bind the speaker.
_MANDATES = frozenset({"tasks"})
#: The action of an assigning phrase ("giao", "تكليف", "directs").
_ASSIGNMENT = "tasks"


def find_commitments(
    news: DocumentText,
    actors: Actors,
    instruments: Instruments,
    *,
    speaker: Mention | None = None,
    author: Mention | None = None,
    date: str | None = None,
) -> list[Commitment]:
    """Commitments of the main segments; ``speaker`` is a declaration's "we", ``author`` the document's,
    ``date`` the document's (ISO 8601), which lends its year to a deadline written without one."""
    assigning = {phrase: _ASSIGNMENT for phrase in news.words("assigning_phrases")}
    reporting = {phrase: _ASSIGNMENT for phrase in news.words("reporting_phrases")}
    requesting = news.mapping("requesting_phrases")
    if speaker is None:  # "nous reconnaissons qu'il incombe à chaque pays de": a declaration's principle, no call
        requesting = {**requesting, **dict.fromkeys(news.words("duty_phrases"), "calls-upon")}
    authors = news.mapping("author_phrases") if author else {}
    # a body's ruling or agreement told in the past is its decision, found as an adoption is
    adopting = {**news.mapping("ruling_phrases"), **news.mapping("adoption_phrases")}
    # a declaration's "we" pledges by its own phrases (pledge_phrases); a statement's speaks by these
    first_person = news.mapping("speaker_phrases") if speaker is None else {}
    obliging = (
        dict.fromkeys((*news.words("obligation_phrases"), *news.words("impersonal_obligations")), "calls-for")
        if speaker is None
        else {}
    )
    readouts = news.mapping("readout_phrases")
    futures = _future_forms(news)
    phrases = {**futures, **news.pack.pledge_phrases, **assigning, **reporting, **requesting, **authors, **adopting,
               **first_person, **obliging, **readouts}  # fmt: skip
    subject_bound = {*news.words("subject_bound_pledges"), *futures}
    # a word of an instrument's name is no verb either: "计划" (plans) in "农业签证计划" (a visa scheme)
    names = [m for m in [*actors.all_mentions(), *instruments.mentions] if m.kind != Kind.PLACE]
    # an item of a list of demands is one commitment of the statement's author, whatever verbs it holds
    listed = listed_commitments(news, actors, instruments, author)
    commitments: list[Commitment] = []
    for sentence in news.sentences:
        if _is_heading(news, sentence) or _is_question(news, sentence):
            continue  # a heading restates what the body tells ("## 加拿大将 ..."); a question pledges nothing
        in_sentence: list[Commitment] = []
        for match in find_phrases(news.text, phrases, sentence.start, sentence.end, ignore_case=True):
            key = key_of(match.group(), phrases)
            verb = Span(match.start(), match.end())
            if any(m.span.start <= verb.start and verb.end <= m.span.end for m in names):
                continue  # "Bộ trưởng Ngoại giao": a word of a name ("giao") gives no task
            if _as_noun(news, verb) or _qualifies_noun(news, verb):
                continue  # "theo đề nghị của Bộ Tài chính": the Ministry's proposal asks no one
            if any(c.span.start <= verb.start < c.span.end for c in listed):
                continue
            commitment: Commitment | None
            if key in readouts:
                commitment = _readout(news, actors, instruments, sentence, verb, readouts[key])
            elif key in obliging:
                commitment = _obligation(news, actors, instruments, sentence, verb, author)
            elif key in first_person:
                commitment = _first_person(news, actors, instruments, sentence, verb, first_person[key], author)
            elif key in adopting:
                commitment = _adoption(news, actors, instruments, sentence, verb, adopting[key], author)
                previous = next((c.issuer for c in reversed([*commitments, *in_sentence]) if c.issuer), None)
                if commitment is None and previous and _continues_subject(news, sentence, verb):
                    # "كما قرر عقد دورته المقبلة": the decision of the subject of the sentence before
                    commitment = _taken_alone(instruments, sentence, verb, adopting[key], previous, verb.start)
            elif key in authors and author:
                commitment = _authors(news, instruments, sentence, verb, authors[key], author)
            elif key in reporting:
                commitment = _report(news, actors, instruments, sentence, verb, author)
            elif key in requesting:
                commitment = _request(news, actors, instruments, sentence, verb, requesting[key])
                commitment = commitment or _call_without_addressee(news, actors, instruments, sentence, verb)
            elif key in assigning:
                commitment = _assignment(news, actors, instruments, sentence, verb, author)
            elif phrases[key] in _MANDATES:
                commitment = _mandate(news, actors, instruments, sentence, verb, phrases[key], author)
            elif key in subject_bound and not _subject(news, actors, sentence, verb):
                # "USAID will launch a new project ... this project will support ...": the project's maker's
                referred = _referred_issuer(news, verb, [*commitments, *in_sentence])
                if referred is None:
                    continue  # "our political will to", "Hội thảo sẽ diễn ra": no actor, no pledge
                pledge = _pledge(news, actors, instruments, sentence, verb, phrases[key], speaker, author)
                # the stance is the sentence's, what it opens with ("With an initial investment of ...") too
                commitment = replace(pledge, issuer=referred, span=Span(sentence.start, pledge.span.end))
            else:
                commitment = _pledge(news, actors, instruments, sentence, verb, phrases[key], speaker, author)
            if commitment is not None and commitment.issuer is None and key in requesting:
                # "欧洲议会通过决议，呼吁塞尔维亚当局": a request with no subject of its own is the earlier clause's
                commitment = replace(commitment, issuer=next((c.issuer for c in reversed(in_sentence)), None))
            if commitment is not None and commitment.issuer is None and key in requesting and speaker is not None:
                commitment = replace(commitment, issuer=speaker)  # a declaration's "We call on Hamas": its signatories'
            if commitment is not None and commitment.issuer is None:
                commitment = _of_joint_subject(news, actors, sentence, verb, commitment)
            if commitment is not None and commitment.issuer is None:  # "He called on ...": the person named last
                commitment = replace(commitment, issuer=_last_named_for_pronoun(news, actors, sentence, verb))
            # Of no one, to no one, about nothing, "cam kết" is a noun: "thực hiện cam kết quốc tế".
            if commitment is not None:
                commitment = _joined_subject(news, actors, commitment)
            if commitment is not None and (commitment.issuer or commitment.addressees or commitment.instruments):
                # "各省级人民政府每年向国务院报告": the cycle may stand between the addressee and the verb
                cycle = find_cycle(news.text, news.pack, min(verb.end, commitment.span.start), sentence.end)
                deadline = _deadline(news, verb, sentence, date, actors)
                in_sentence.append(replace(commitment, deadline=deadline, cycle=cycle))
        commitments.extend(in_sentence)
    # A line that opens with its verb, in a text that names no author (a fact sheet's subtitle "Encourages
    # Americans to ..."), is a heading that tells no one's stance: a commitment of no one is none. One with a
    # subject ("Nous appelons ...") is its unnamed speaker's, a task given ("the DMW shall serve as chair") binds
    # its addressee whoever gives it, and an item of a list of demands is its lead-in's: all stay.
    commitments = [c for c in commitments if c.issuer is not None or author is not None or not _heading_stance(news, c)]
    found = sorted([*commitments, *(_due(news, c, date, actors) for c in listed)], key=lambda c: c.span.start)
    # Someone takes every stance (the shapes ask for an issuer): one told without its speaker is the author's.
    return [c if c.issuer is not None or author is None else replace(c, issuer=author) for c in found]


def _referred_issuer(news: DocumentText, verb: Span, before: list[Commitment]) -> Mention | None:
    """ "The Agency will launch a new project ... With an initial investment of $4 million, this project will support
    ...": a subject that refers back to what the paragraph told of (a word of ``extra["referring_determiners"]`` and
    a noun right before the verb) makes the stance the issuer's of the paragraph's commitment before."""
    determiners = "|".join(re.escape(d) for d in news.words("referring_determiners"))
    if not determiners:
        return None
    reach = news.text[max(0, verb.start - _REFERRING_REACH) : verb.start]
    if not re.search(rf"(?<!\w)(?:{determiners})\s*\w+\s*$", reach, re.IGNORECASE):
        return None
    paragraph = paragraph_of(news.text, verb.start)
    earlier = [c for c in before if c.issuer is not None and paragraph.start <= c.span.start < verb.start]
    return earlier[-1].issuer if earlier else None


#: How far before a verb a referring subject ("this project") may start.
_REFERRING_REACH = 40


def _future_forms(news: DocumentText) -> dict[str, str]:
    """The words of the text in the future tense (``future_endings``: "abrirá", "ouvrira"), each a "will" that
    binds the actor right before it; auxiliaries and copulas (``future_exclusions``: "será") pledge nothing."""
    endings = news.words("future_endings")
    if not endings:
        return {}
    pattern = re.compile(rf"(?<!\w)[^\W\d_]+(?:{'|'.join(map(re.escape, endings))})(?!\w)")
    excluded = {word.casefold() for word in news.words("future_exclusions")}
    # a capitalised word so ending is a name ("Ferrara") unless the text also writes it in lower case
    forms = {m.group() for main in news.main_spans for m in pattern.finditer(news.text, main.start, main.end)}
    return {form: "will" for form in sorted(forms) if form.islower() and form not in excluded}


def _continues_subject(news: DocumentText, sentence: Span, verb: Span) -> bool:
    """Whether a sentence opens with a word that goes on with the subject before (``extra["continuing_openers"]``:
    "كما"), its verb within or right after that word."""
    start = skip_spaces(news.text, sentence.start, sentence.end)
    opener = starts_with_phrase(news.text, start, news.words("continuing_openers"), ignore_case=False)
    return opener is not None and verb.start <= skip_spaces(news.text, start + len(opener), sentence.end)


def _is_heading(news: DocumentText, sentence: Span) -> bool:
    """A Markdown heading ("## ..."): the title or a section's, never a sentence of the body."""
    line_start = news.text.rfind("\n", 0, sentence.start) + 1
    return news.text[line_start : sentence.start].strip() == "" and news.text.startswith("#", sentence.start)


#: Marks that end a question, in the scripts the packs cover.
_QUESTION_MARKS = ("?", "？", "؟")


def _is_question(news: DocumentText, sentence: Span) -> bool:
    """ "Should we condemn the Government?": a sentence that asks."""
    return sentence.of(news.text).rstrip(' \t\n"”»」)').endswith(_QUESTION_MARKS)


#: Marks that open and close a quotation, in the scripts the packs cover.
_OPENING_QUOTES = '"“«„「『'
_CLOSING_QUOTES = '"”»“」』'


def _quotation_around(news: DocumentText, position: int) -> Span | None:
    """The quotation that holds ``position`` within its paragraph, marks included, if any."""
    paragraph_start = news.text.rfind("\n", 0, position) + 1
    paragraph_end = news.text.find("\n", position)
    paragraph_end = len(news.text) if paragraph_end < 0 else paragraph_end
    opening: int | None = None
    for index in range(paragraph_start, paragraph_end):
        character = news.text[index]
        if opening is None and character in _OPENING_QUOTES:
            opening = index
        elif opening is not None and character in _CLOSING_QUOTES:
            if opening < position <= index:
                return Span(opening, index + 1)
            opening = None
    return None


def _quoted_speaker(news: DocumentText, actors: Actors, quotation: Span) -> Mention | None:
    """Who says a quotation: the organisation, else the person, its attribution names before it in the paragraph
    ("Tchenna Maso, de la Via Campesina, affirme que \"..."), else after it ("», a déclaré la présidente")."""
    paragraph_start = news.text.rfind("\n", 0, quotation.start) + 1
    sentence_end = next((s.end for s in news.sentences if s.start <= quotation.end <= s.end), quotation.end)
    mentions = [m for m in actors.all_mentions() if m.kind not in (Kind.PLACE, COLLECTIVE)]
    before = [m for m in mentions if paragraph_start <= m.span.start and m.span.end <= quotation.start]
    after = [m for m in mentions if quotation.end <= m.span.start and m.span.end <= sentence_end]
    for found in (before, after):
        bodies = [m for m in found if m.kind not in (Kind.STATE, Kind.PERSON, Kind.POST)]
        if bodies:
            return bodies[-1] if found is before else bodies[0]
        speakers = [m for m in found if m.kind in (Kind.PERSON, Kind.POST)]
        if speakers:
            return _speakers_body(actors, _as_holder(news, actors, speakers[-1] if found is before else speakers[0]))
    return None


def _speakers_body(actors: Actors, speaker: Mention) -> Mention:
    """The organisation a quoted person holds a post in ("Karin Nansen, présidente d'Amis de la Terre"), else the
    person."""
    holding = next((h for h in actors.posts if h.person.span == speaker.span and h.organization), None)
    return holding.organization if holding and holding.organization else speaker


def _first_person(
    news: DocumentText,
    actors: Actors,
    instruments: Instruments,
    sentence: Span,
    verb: Span,
    action: str,
    author: Mention | None,
) -> Commitment | None:
    """ "Nous condamnons", "j'ai décidé de", "We call on": the one who speaks decides, asks or takes a stance;
    in a quotation the speaker it is attributed to, else the statement's author. A request asks the actor named
    right after it."""
    quotation = _quotation_around(news, verb.start)
    issuer = _quoted_speaker(news, actors, quotation) if quotation else author
    end = quotation.end if quotation and quotation.end < sentence.end else sentence.end
    asked = _asked_after(news, actors, verb.end, _reach(news, 6), end) if _rank(action) > 1 else None
    addressee = asked_addressee(news, actors, asked, verb.end, end) if _rank(action) > 1 else None
    if issuer is None and addressee is None:
        return None  # of no one, to no one
    return Commitment(
        span=Span(verb.start, end),
        action=action,
        force=action_force(action),
        issuer=issuer,
        addressees=(addressee, *joined_addressees(news, actors, addressee, end)) if addressee else (),
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


def _readout(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span, action: str
) -> Commitment | None:
    """ "The leaders reaffirmed ...", "Стороны обсудили ...", "双方同意 ...": a readout's collective subject stands
    for the parties it named before, and its stance is each party's (:func:`_meeting_parties`); the first of them
    (the host, who reads the meeting out) is the issuer, the others take it with the host. Where the parties cannot
    be told, the host alone: the first person named, else the first state. Without either the phrase tells of no
    meeting of this text."""
    before = [m for m in actors.all_mentions() if m.span.end <= verb.start]
    participants = [m for m in before if m.kind == Kind.PERSON] or [m for m in before if m.kind == Kind.STATE]
    host = min(participants, key=lambda m: m.span.start, default=None)
    if host is None:
        return None
    parties = _meeting_parties(news, before, _parties_counted(news, verb)) or (host,)
    commitment = _taken_alone(instruments, sentence, verb, action, parties[0], verb.start)
    return replace(commitment, co_issuers=parties[1:])


#: The kinds of actor that meet and take a joint stance: persons (leaders, ministers), else the states they speak for.
_PARTY_KINDS = (Kind.PERSON, Kind.STATE)


def _meeting_parties(news: DocumentText, before: list[Mention], count: int) -> tuple[Mention, ...]:
    """The parties a text names as meeting: those of the first sentence that names two or more distinct persons
    (the lead of a readout: "X welcomed Y to ..."), else two or more distinct states (a joint statement's title:
    "... between X and Y"); only the first ``count`` of them where the collective subject counts them ("both
    sides": 2). None where no sentence names two."""
    for sentence in news.sentences:
        in_sentence = [m for m in before if sentence.start <= m.span.start and m.span.end <= sentence.end]
        for kind in _PARTY_KINDS:
            parties = _distinct([m for m in in_sentence if m.kind == kind])
            if len(parties) >= 2:
                return tuple(parties[:count] if count else parties)
    return ()


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """The mentions in text order, each actor once ("President Biden ... Biden": one person)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if not any(_same_party(mention, other) for other in kept):
            kept.append(mention)
    return kept


def _same_party(one: Mention, other: Mention) -> bool:
    """The same actor: by key, by name, or for persons by the last word of the name ("Joseph R. Biden", "Biden")."""
    if _same(one, other) or one.text == other.text:
        return True
    words, other_words = one.text.split(), other.text.split()
    return one.kind == other.kind == Kind.PERSON and bool(words and other_words) and words[-1] == other_words[-1]


def _of_joint_subject(
    news: DocumentText, actors: Actors, sentence: Span, verb: Span, commitment: Commitment
) -> Commitment:
    """ "The two Leaders will direct their agencies to ...": a collective subject of ``extra["joint_subjects"]``
    right before a verb no readout phrase holds stands for the parties the text names as meeting, as it does in a
    readout (:func:`_readout`), each an issuer; the commitment as it was where none stands there."""
    subjects = news.extra.get("joint_subjects")
    if not isinstance(subjects, dict):
        return commitment
    before = " ".join(news.text[sentence.start : verb.start].split()).casefold()
    found = [subject for subject in subjects if before.endswith(subject.casefold())]
    if not found:
        return commitment
    named_before = [m for m in actors.all_mentions() if m.span.end <= verb.start]
    parties = _meeting_parties(news, named_before, int(subjects[max(found, key=len)]))
    if not parties:
        return commitment
    return replace(commitment, issuer=parties[0], co_issuers=parties[1:])


def _parties_counted(news: DocumentText, verb: Span) -> int:
    """How many parties the collective subject of a readout's phrase names ("both sides": 2), 0 for as many as the
    text names ("the leaders"): the count of the longest subject of ``extra["joint_subjects"]`` in the phrase."""
    subjects = news.extra.get("joint_subjects")
    if not isinstance(subjects, dict):
        return 0
    phrase = verb.of(news.text).casefold()
    found = [subject for subject in subjects if subject.casefold() in phrase]
    return int(subjects[max(found, key=len)]) if found else 0


def _joined_subject(news: DocumentText, actors: Actors, commitment: Commitment) -> Commitment:
    """ "The United States and France commit to ...", "Россия и Китай подтвердили ...", "el PVJ y el PAZ irán": a
    subject that joins states, persons or organisations by commas and a conjunction, right before the verb, is
    every one of them, each an issuer."""
    issuer, verb = commitment.issuer, commitment.verb
    if issuer is None or commitment.co_issuers or issuer.kind not in _JOINABLE_KINDS or verb is None:
        return commitment
    if not (issuer.span.end <= verb.start and news.text[issuer.span.end : verb.start].strip() == ""):
        return commitment  # the issuer is no subject standing right before its verb
    same_kind = [m for m in actors.all_mentions() if m.kind == issuer.kind and m.span.end <= issuer.span.start]
    parties = [issuer]
    # the last two are joined by a conjunction ("X, Y and | Z"), those before by commas too
    while previous := next(
        (m for m in same_kind if _separates(news, m.span.end, parties[0].span.start, comma=len(parties) > 1)), None
    ):
        if any(_same_party(previous, party) for party in parties):
            break
        parties.insert(0, previous)
    if len(parties) < 2:
        return commitment
    return replace(commitment, issuer=parties[0], co_issuers=tuple(parties[1:]))


#: The kinds of actor a subject may join by a conjunction, each then an issuer of the verb after them.
_JOINABLE_KINDS = (*_PARTY_KINDS, Kind.ORGANIZATION)


#: Marks between two items of a list, in the scripts the packs cover.
_LIST_COMMAS = (",", "、", "，", "،")


def _separates(news: DocumentText, end: int, start: int, *, comma: bool) -> bool:
    """Whether only a conjunction (a comma before it or not), or a comma where ``comma`` allows one alone, stands
    between ``end`` and ``start``, the next name's article after it ("X, Y and Z", "X và Y", "la France et | le |
    Portugal"): "In Viet Nam, France commits" joins no two parties."""
    between = news.text[end:start].strip()
    if end > start or not between:
        return False
    after_comma = between.removeprefix(next((c for c in _LIST_COMMAS if between.startswith(c)), "")).strip()
    articles = {a.casefold() for a in (*news.words("name_articles"), *news.words("elided_articles"))}
    conjunctions = {c.casefold() for c in news.words("list_conjunctions")}
    words = after_comma.casefold().split(maxsplit=1)
    if words and words[0] in conjunctions:
        words = words[1:]
    elif not (comma and after_comma != between):
        return False  # no conjunction, and no comma that may stand alone
    return not words or words[0] in articles


def _taken_alone(
    instruments: Instruments, sentence: Span, verb: Span, action: str, issuer: Mention, start: int
) -> Commitment:
    """A stance or a decision its issuer takes, asking no one: from ``start`` to the sentence's end."""
    return Commitment(
        span=Span(start, sentence.end),
        action=action,
        force=action_force(action),
        issuer=issuer,
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


def _obligation(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span, author: Mention | None
) -> Commitment | None:
    """ "« ... les parlementaires des autres pays doivent rejoindre ce processus »": what a statement or a quoted
    speaker says a group must do is its call on them (``extra["obligation_phrases"]``, plural modals), the actor
    just before the modal its addressee where one is named; told by no one, "must" states a rule, not a call."""
    quotation = _quotation_around(news, verb.start)
    if quotation:
        # "« Il faut que ... », reprend Jean Martin"
        issuer = _quoted_speaker(news, actors, quotation) or _speaker_after(news, actors, quotation.end, sentence)
        issuer = issuer or author
    else:
        # "Smith 表示，司法部必须调查"; "... tendrán que dar pasos, dijo Pérez"
        issuer = _speaker_before(news, actors, sentence, verb) or author
        issuer = issuer or _speaker_after(news, actors, verb.end, sentence)
    if issuer is None:
        return None
    impersonal = news.text[verb.start : verb.end].casefold() in {
        p.casefold() for p in news.words("impersonal_obligations")
    }
    # "il faut que | l'Europe débloque": the clause's subject, after the phrase; else the group before the modal
    obliged = (
        _clause_subject(news, actors, verb.end)
        if impersonal
        else actors.addressee_ending_before(verb.start, _reach(news))
    )
    obliged = obliged if obliged and obliged.span.start >= sentence.start and not _same(obliged, issuer) else None
    action = "calls-upon" if obliged else "calls-for"
    return Commitment(
        span=Span(sentence.start if quotation is None else max(sentence.start, quotation.start), sentence.end),
        action=action,
        force=action_force(action),
        issuer=issuer,
        addressees=(obliged,) if obliged else (),
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


def _same(one: Mention, other: Mention) -> bool:
    """The same actor: by key where either has one, else the same words (two unknown names are not one)."""
    return one.key == other.key if one.key or other.key else one.span == other.span


def _speaker_before(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """ "Smith 表示，司法部必须调查", "the minister said the parties must": what is said in reported speech is
    the speaker's, the actor right before a verb of saying (``extra["speech_verbs"]``) earlier in the sentence;
    a name in brackets after the speaker's ("约翰·史密斯 (John Smith) 表示") stands for it."""
    said = [m for m in find_phrases(news.text, news.words("speech_verbs"), sentence.start, verb.start)]
    for speech in reversed(said):
        position = _before_bracketed_name(news, sentence.start, speech.start())
        speaker = _subject_before(news, actors, sentence, position)
        if speaker is not None:
            return _as_holder(news, actors, speaker)
    return None


#: A name in brackets that ends right before a position: the Latin form of the name before it.
_BRACKETED_NAME = re.compile(r"\s*[(（][^()（）]{1,60}[)）]\s*$")


def _before_bracketed_name(news: DocumentText, start: int, position: int) -> int:
    bracketed = _BRACKETED_NAME.search(news.text, start, position)
    return bracketed.start() if bracketed else position


def _clause_subject(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """The actor that opens the clause after ``position``, past an article ("que | l'Europe", "que | el Gobierno"):
    a body, a collective, a state or a place that stands for its people."""
    start = skip_spaces(news.text, position)
    candidates = [
        m
        for m in [*actors.collectives, *actors.all_mentions()]
        if m.kind != Kind.PERSON and 0 <= m.span.start - start <= 4
    ]
    return min(candidates, key=lambda m: (m.span.start, -m.span.end), default=None)


def _speaker_after(news: DocumentText, actors: Actors, position: int, sentence: Span) -> Mention | None:
    """Who says a clause reported without quotation marks: the one named right after a verb of saying later in the
    sentence ("... tendrán que dar pasos, dijo Pérez"), past an article or a post; the body a person
    speaks for where the text gives it."""
    for verb in find_phrases(news.text, news.words("attribution_verbs"), position, sentence.end, ignore_case=True):
        if not news.text[sentence.start : verb.start()].rstrip().endswith((",", "،", "»", "”", '"')):
            continue  # "... y nadie dijo que": a verb inside the clause, not its attribution
        named = [
            m
            for m in actors.all_mentions()
            if m.kind not in (Kind.PLACE, Kind.STATE, COLLECTIVE)
            and 0 <= m.span.start - verb.end() <= 6
            and m.span.end <= sentence.end
        ]
        speaker = min(named, key=lambda m: m.span.start) if named else _person_named_again(news, actors, verb.end())
        if speaker is not None:
            return _speakers_body(actors, _as_holder(news, actors, speaker))
    return None


def _person_named_again(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """A person the text named before, named again in capitalised words right after ``position``, by a name that
    ends as theirs ("Ana Pérez ... dijo Pérez", "M. Martin ... reprend Jean Martin"): the
    name as written there."""
    run = _CAPITALISED_RUN.match(news.text, position, min(len(news.text), position + 60))
    if run is None:
        return None
    last = run.group(1).split()[-1]
    if not any(p.span.start < position and p.text.split()[-1:] == [last] for p in actors.persons):
        return None
    return person_mention(news, Span(run.start(1), run.end(1)))


#: Capitalised words after a space: a name written again ("Jean Martin", "Pérez").
_CAPITALISED_RUN = re.compile(r"\s+((?:[^\W\d_a-z][\w’'-]*)(?:\s+[^\W\d_a-z][\w’'-]*){0,3})")


def _rank(action: str) -> int:
    return ontology.forces()[action_force(action)]


def _adoption(
    news: DocumentText,
    actors: Actors,
    instruments: Instruments,
    sentence: Span,
    verb: Span,
    action: str,
    author: Mention | None = None,
) -> Commitment | None:
    """ "欧洲议会以586票赞成，53票反对通过决议", "La Asamblea General (ONU) aprobó": a body adopts an instrument or a
    decision, by a vote that may stand between it and the verb: the last body named before the verb in its
    sentence. A state or a person adopts no resolution; without a body, the phrase is no adoption.

    Where verbs come first ("وقد صادق المؤتمر على", "قرر المجلس"), the body right after the verb decides, and
    the author's noun for itself there (its congress, its council) is the author."""
    first = _body_after_verb(news, actors, verb, author) if news.extra.get("verb_first") else None
    if first is not None:
        return _taken_alone(instruments, sentence, verb, action, first, verb.start)
    bodies = [
        m
        for m in actors.every_organization()
        if m.kind not in (COLLECTIVE, Kind.POST) and sentence.start <= m.span.start and m.span.end <= verb.start
    ]
    if not bodies:
        # "le ministre de l'Intérieur, Paul Morel, a décidé de": an official or a state decides too,
        # though it adopts no instrument
        decider = None if action == "adopts" else _subject_before(news, actors, sentence, verb.start)
        return _taken_alone(instruments, sentence, verb, action, decider, decider.span.start) if decider else None
    adopter = max(bodies, key=lambda m: (m.span.end, -m.span.start))
    adopter = _head_body(news, bodies, _named_before_acronym(news, bodies, adopter) or adopter)
    return _taken_alone(instruments, sentence, verb, action, adopter, adopter.span.start)


def _body_after_verb(news: DocumentText, actors: Actors, verb: Span, author: Mention | None) -> Mention | None:
    """The subject right after a verb where verbs come first: a body, or the author's noun for itself. Where a
    phrase that gives a task follows it ("وقرر مجلس الوزراء | تكليف وزارة ..."), the decision is that task,
    a commitment of its own."""
    after = skip_spaces(news.text, verb.end)
    body = actors.organization_at(after)
    noun = starts_with_phrase(news.text, after, news.words("speaker_nouns"))
    if body is not None and body.kind not in (COLLECTIVE, Kind.POST):
        subject, end = body, body.span.end
    elif noun and author is not None:
        subject, end = author, after + len(noun)
    else:
        return None
    tasks = (*news.words("assigning_phrases"), *news.mapping("requesting_phrases"))
    return None if starts_with_phrase(news.text, skip_spaces(news.text, end), tasks) else subject


def _named_before_acronym(news: DocumentText, bodies: list[Mention], acronym: Mention) -> Mention | None:
    """ "las Naciones Unidas (ONU) aprobó": of a name and the acronym in brackets after it, the name."""
    if news.text[acronym.span.start - 1 : acronym.span.start] != "(":
        return None
    named = [m for m in bodies if 0 <= acronym.span.start - 1 - m.span.end <= 1]
    return min(named, key=lambda m: m.span.start, default=None)


#: Lower-case words between a body and the one it belongs to ("Asamblea General | de la | ONU", "Council | of the |").
_OF_WORDS = re.compile(r"\s+(?:[^\W\d_A-ZА-ЯЁ]\w*\s+){1,2}")


def _head_body(news: DocumentText, bodies: list[Mention], body: Mention) -> Mention:
    """ "La Asamblea General de la Organización de Naciones Unidas": of a body named as another's part, the part."""
    heads = [
        m
        for m in bodies
        if m.span.end < body.span.start and _OF_WORDS.fullmatch(news.text, m.span.end, body.span.start)
    ]
    return _head_body(news, bodies, heads[-1]) if heads else body


def _call_without_addressee(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span
) -> Commitment | None:
    """ "la Coalición ... pidieron comenzar cuanto antes el proceso", "欧洲议会呼吁，": a call that names no one it
    asks calls for what follows, where an actor makes it (named before it, or the one the sentence opens with)."""
    caller = _opening_actor(news, actors, sentence, verb) or _subject_before(
        news, actors, sentence, _before_acronym(news, verb.start)
    )
    if caller is None:
        return None
    return Commitment(
        span=Span(min(caller.span.start, verb.start), sentence.end),
        action="calls-for",
        force=action_force("calls-for"),
        issuer=caller,
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


def _opening_subject_pledges(news: DocumentText) -> frozenset[str]:
    return news.pack.derived(
        "news.opening_subject_pledges",
        lambda pack: frozenset(" ".join(p.split()).casefold() for p in pack.words("opening_subject_pledges")),
    )


def _opening_actor(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """The body a sentence opens with, for a verb after a conjunction, whose subject it is, not the actor just
    before the conjunction: "La Coalición de Control de Armas, que representa ..., celebraron ... el voto en la ONU
    y | pidieron"."""
    if news.extra.get("word_boundaries") is False:
        return None
    last_word = news.text[sentence.start : verb.start].rstrip().rsplit(None, 1)[-1:]
    if not last_word or last_word[0].casefold() not in {w.casefold() for w in news.words("list_conjunctions")}:
        return None
    return _opening_body(news, actors, sentence, verb)


#: How far into a sentence the body it opens with may start: past an article or a word of time ("La", "近日").
_OPENING_REACH = 4


def _opening_body(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """The body a sentence opens with (past its dateline, an article or a word of time: "近日 | 联邦移民部发布了 ...，
    未来三年的目标是"), before the verb."""
    start = skip_spaces(news.text, _past_dateline(news, sentence))
    opening = [
        m
        for m in actors.every_organization()
        if m.kind not in (COLLECTIVE, Kind.POST)
        and start <= m.span.start <= start + _OPENING_REACH
        and m.span.end <= verb.start
    ]
    return min(opening, key=lambda m: (m.span.start, -m.span.end), default=None)


#: The dash that ends a dateline at the top of a sentence ("NUEVA YORK, 2 de abril de 2013 - ").
_DATELINE_DASH = re.compile(r"[^\n]{0,80}? [-–—]+ ")


def _past_dateline(news: DocumentText, sentence: Span) -> int:
    """Where a sentence's own words start, past the dateline that opens the article's first one."""
    dateline = news.dateline
    if dateline is None or not sentence.start <= dateline.start < sentence.end:
        return sentence.start
    dash = _DATELINE_DASH.match(news.text, sentence.start, sentence.end)
    return dash.end() if dash else sentence.start


def _as_noun(news: DocumentText, verb: Span) -> bool:
    """A phrase followed by a word of ``extra["noun_markers"]`` ("của") is a noun there, not a verb."""
    markers = news.words("noun_markers")
    return bool(markers) and starts_with_phrase(news.text, skip_spaces(news.text, verb.end), markers) is not None


def _qualifies_noun(news: DocumentText, verb: Span) -> bool:
    """A phrase right after a noun of ``extra["qualified_nouns"]`` ("nhiệm vụ được giao": the tasks given) says
    what the noun is, not what anyone is given to do."""
    nouns = news.words("qualified_nouns")
    if not nouns:
        return False
    before = " ".join(news.text[max(0, verb.start - _QUALIFIED_NOUN_REACH) : verb.start].split()).casefold()
    return any(before.endswith(noun.casefold()) and _word_starts(before, noun) for noun in nouns)


def _word_starts(text: str, word: str) -> bool:
    """Whether ``word`` at the end of ``text`` starts a word there (not the end of a longer one)."""
    start = len(text) - len(word)
    return start == 0 or not text[start - 1].isalnum()


#: How far before a phrase of commitment the noun it qualifies may begin.
_QUALIFIED_NOUN_REACH = 24


def _due(news: DocumentText, commitment: Commitment, date: str | None, actors: Actors) -> Commitment:
    """An item of a list is due when a deadline follows its verb, or opens it where it has none."""
    verb = commitment.verb or Span(commitment.span.start, commitment.span.start)
    cycle = find_cycle(news.text, news.pack, verb.end, commitment.span.end)
    return replace(commitment, deadline=_deadline(news, verb, commitment.span, date, actors), cycle=cycle)


def _deadline(news: DocumentText, verb: Span, sentence: Span, date: str | None, actors: Actors) -> Deadline | None:
    due = find_deadline(news.text, news.pack, verb.end, sentence.end, month_days=True)
    if due is None:
        return None
    if due.session is not None:
        # "tại Kỳ họp thứ 10 | của Quốc hội": the session is the body's named right after; without one,
        # whose session it is stays unknown, and no deadline is better than the issuer's wrong session
        body = actors.addressee_starting_after(due.span.end, _reach(news, 6))
        return Deadline(due.span, session=due.session, body=body) if body else None
    if due.date and due.date.startswith("--"):
        full = _in_year_of(due.date, date)
        return Deadline(due.span, year=int(full[:4]), date=full) if full else None
    return Deadline(due.span, year=due.year, date=due.date, within=due.within)


def _in_year_of(month_day: str, date: str | None) -> str | None:
    """ "trước ngày 15/12" in an article of 20/9/2024 is due on 15/12/2024: a day without its year falls
    in the article's year where that puts it after the article; before it, it may be the next year's."""
    if not date or len(date) != 10:
        return None
    full = with_year(month_day, int(date[:4]))
    try:
        datetime.date.fromisoformat(full)
    except ValueError:  # 29 February of a common year
        return None
    return full if full >= date else None


def _heading_stance(news: DocumentText, commitment: Commitment) -> bool:
    """Whether a commitment's verb opens its line, but for marks ("*Encourages Americans to ...*"), and it is
    no task."""
    verb = commitment.verb
    if verb is None or commitment.action == _ASSIGNMENT:
        return False
    line_start = news.text.rfind("\n", 0, verb.start) + 1
    return not any(char.isalnum() for char in news.text[line_start : verb.start])


def force_of(action: str) -> str | None:
    """The force the ontology gives an action (``ontology/actions.ttl``); None for an action it lacks.

    >>> force_of("requests"), force_of("calls-upon"), force_of("no-such-action")
    ('directive', 'exhortatory', None)
    """
    action_concept = ontology.actions().get(action)
    return action_concept.force if action_concept else None


def action_force(action: str) -> str:
    """The force of an action a language pack maps its words to, which must be one of the ontology's."""
    force = force_of(action)
    if force is None:
        raise KeyError(f"{action!r} is no action of the ontology's scheme (ontology/actions.ttl)")
    return force


def _mandate(
    news: DocumentText,
    actors: Actors,
    instruments: Instruments,
    sentence: Span,
    verb: Span,
    action: str,
    author: Mention | None,
) -> Commitment:
    addressee = actors.addressee_ending_before(_before_acronym(news, verb.start), _reach(news))
    cited = instruments.in_span(sentence)
    issuer = (
        _written_issuer(instruments, cited)
        or _decision_before(news, instruments, sentence, verb)
        or author
        or _sole_decision_issuer(instruments)
    )
    start = addressee.span.start if addressee else verb.start
    partners = _partners(news, actors, verb.end, sentence.end)
    return Commitment(
        span=Span(start, sentence.end),
        action=action,
        force=action_force(action),
        issuer=issuer,
        addressees=(addressee, *partners) if addressee else partners,
        instruments=tuple(cited),
        verb=verb,
    )


def _assignment(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span, author: Mention | None
) -> Commitment | None:
    """ "giao Bộ Công an chủ trì ...": the organisation right after the phrase is given the task.

    Where verbs come first, a subject may stand between: "وكلف الاتحاد الأوروبي المنظمة الدولية للهجرة"
    (the EU tasked IOM): of two organisations in a row, the first gives the task.
    """
    # a body or a collective, or a post or its holder ("a chargé le ministre de l'Agriculture de présenter")
    addressee = _asked_after(news, actors, verb.end, _reach(news, 6), sentence.end) or _described_task_taker(
        news, verb, sentence
    )
    if addressee is None:
        return None
    giver = _subject_before(news, actors, sentence, verb.start)  # "Phó Thủ tướng Trần Lưu Quang | yêu cầu"
    following = actors.addressee_starting_after(addressee.span.end, reach=1)
    # a collective ("الجهات المعنية") is given tasks, and gives none
    if (
        news.extra.get("verb_first")
        and following is not None
        and following.span.end <= sentence.end
        and addressee.kind != COLLECTIVE
    ):
        giver, addressee = addressee, following
    cited = instruments.in_span(sentence)
    issuer = (
        _written_issuer(instruments, cited)
        or giver
        or _decision_before(news, instruments, sentence, verb)
        or author
        or _sole_decision_issuer(instruments)
    )
    return Commitment(
        span=Span(min(verb.start, giver.span.start) if giver and giver is issuer else verb.start, sentence.end),
        action=_ASSIGNMENT,
        force=action_force(_ASSIGNMENT),
        issuer=issuer,
        addressees=(addressee, *_partners(news, actors, addressee.span.end, sentence.end)),
        instruments=tuple(cited),
        verb=verb,
    )


def _described_task_taker(news: DocumentText, verb: Span, sentence: Span) -> Mention | None:
    """ "will direct | their port authorities | to share data": those given a task, described with common nouns
    where the text names no actor, up to what they are to do."""
    return described_addressee(news, verb.end, sentence.end)


def _request(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span, action: str
) -> Commitment | None:
    """ "called on the Security Council to ...", "a demandé au Premier Ministre de ...": one actor asks the
    actor named right after the phrase (a body, a collective, a state, a post or its holder). The asker
    stands before the phrase, or, where verbs come first, between it and whom it asks ("ودعا الوزير |
    المجتمع الدولي إلى"). Without an actor right after, the phrase asks nothing of anyone ("called on Monday")."""
    reach = _reach(news, 6)
    addressee = asked_addressee(
        news, actors, _asked_after(news, actors, verb.end, reach, sentence.end), verb.end, sentence.end
    )
    if addressee is None:
        return None
    quotation = _quotation_around(news, verb.start)
    # "« Nous appelons le Gouvernement à ... », a déclaré la présidente": a quotation's call is its speaker's
    asker = (
        _subject_before(news, actors, sentence, verb.start)
        or _last_named_for_pronoun(news, actors, sentence, verb)  # "Elle a appelé les hôpitaux à"
        or _subject_before(news, actors, sentence, _word_before(news, sentence, verb.start))  # "X reiteró | su llamado"
        or (_quoted_speaker(news, actors, quotation) if quotation else None)
    )
    following = _asked_after(news, actors, addressee.span.end, reach, sentence.end)
    if news.extra.get("verb_first") and following is not None and addressee.kind != COLLECTIVE:
        asker, addressee = _as_holder(news, actors, addressee), following
    force = action_force(action)
    if force == "directive" and (asker is None or asker.kind not in _DIRECTING_KINDS):
        force = "exhortatory"  # "RSF pidió a Washington que": a request directs only where its asker may direct
    return Commitment(
        span=Span(
            max(asker.span.start, sentence.start) if asker and asker.span.start < verb.start else verb.start,
            sentence.end,
        ),
        action=action,
        force=force,
        issuer=asker,
        addressees=(
            addressee,
            *_listed_after(news, addressee, verb, sentence),
            *joined_addressees(news, actors, addressee, sentence.end),
        ),
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


def _listed_after(news: DocumentText, addressee: Mention, verb: Span, sentence: Span) -> list[Mention]:
    """The other items of a list of described addressees whose first holds ``addressee`` ("the mayors of
    cities, | trade unions, | farmers, and | charities")."""
    listed = described_addressees(news, verb.end, sentence.end)
    first = listed[0].span if listed else None
    # the first item may be an actor the text names ("les gouvernements, les entreprises et ...")
    return listed[1:] if first and first.start <= addressee.span.start and addressee.span.end <= first.end else []


#: Kinds of asker whose request in news directs the one asked (a UN organ, a government and its bodies); any
#: other asker's (an NGO's, a person's) exhorts.
_DIRECTING_KINDS = frozenset({Kind.UN_BODY, Kind.GOVERNMENT_AGENCY, Kind.STATE, Kind.INTERGOVERNMENTAL_ORGANIZATION})
#: Kinds of actor that may be asked to act besides bodies and collectives; a place asked stands for its
#: authorities, as a capital does for its government ("pidió a Washington que", "appelle Paris à").
_ASKED_KINDS = frozenset({Kind.STATE, Kind.GROUP_OF_STATES, Kind.POST, Kind.PERSON, Kind.PLACE})


def _asked_after(news: DocumentText, actors: Actors, position: int, reach: int, end: int) -> Mention | None:
    """The actor that starts just after ``position``, within the sentence; a post held by a person named
    with it ("au Premier Ministre, Ousmane Sonko") stands for its holder."""
    body = actors.addressee_starting_after(position, reach)
    others = [m for m in actors.all_mentions() if m.kind in _ASKED_KINDS and 0 <= m.span.start - position <= reach]
    # "pidió al | presidente Luis Gómez que": a post held by the person named with it stands for that person
    holders = [h.person for h in actors.posts if 0 <= h.span.start - position <= reach and h.span.end > position]
    candidates = [m for m in (body, *others) if m is not None and m.span.end <= end]
    first = min((c.span.start for c in candidates), default=end)
    candidates += [m for m in holders if m.span.end <= end and m.span.start < first]
    asked = min(candidates, key=lambda m: (m.span.start, -m.span.end), default=None)
    if asked is None or asked.kind != Kind.POST:
        return asked
    holder = next((h.person for h in actors.posts if h.span.start == asked.span.start), None)
    return holder or asked


#: A body's acronym in brackets after its name: "the Department of Migrant Workers (DMW) | is directed to",
#: "欧洲工会联合会（ETUC）| 表示担心".
_ACRONYM_BEFORE = re.compile(r"\s*[(（][A-Z][A-Za-z0-9&.-]{1,15}[)）]\s*$")


def _before_acronym(news: DocumentText, position: int) -> int:
    """Where the name before a verb ends, past the acronym in brackets that may follow it, and past the address
    of a Markdown link the name is the words of ("the [Department of the Treasury](https://…) | sanctioned")."""
    linked = _LINK_ADDRESS_BEFORE.search(news.text, max(0, position - _LONGEST_ADDRESS), position)
    position = linked.start() if linked else position
    acronym = _ACRONYM_BEFORE.search(news.text, max(0, position - 24), position)
    return acronym.start() if acronym else position


#: The close of a Markdown link's words and its address, right before a verb: no word between name and verb.
_LINK_ADDRESS_BEFORE = re.compile(r"\]\([^()\s]{1,300}\)\s*$")
_LONGEST_ADDRESS = 320


def _reach(news: DocumentText, spaced: int = 3) -> int:
    """How far a verb may stand from its subject or object: a space or two, none where words have no spaces."""
    return 0 if news.extra.get("word_boundaries") is False else spaced


def _partners(news: DocumentText, actors: Actors, start: int, end: int) -> tuple[Mention, ...]:
    """The bodies that share a task, listed after a phrase of cooperation in the rest of the sentence
    ("牵头，会同 | 财政部、人力资源社会保障部等部门", "phối hợp với | Bộ Công an")."""
    match = next(iter(find_phrases(news.text, news.words("cooperation_phrases"), start, end)), None)
    if match is None:
        return ()
    partners: list[Mention] = []
    position = match.end()
    while (partner := actors.organization_starting_after(position, _reach(news, 6))) and partner.span.end <= end:
        partners.append(partner)
        position = _past_separator(news, partner.span.end)
        if position == partner.span.end:
            break
    return tuple(partners)


def _past_separator(news: DocumentText, position: int) -> int:
    """Past a comma or a conjunction between two items of a list ("财政部、| 人力资源社会保障部")."""
    text = news.text
    position = skip_spaces(text, position)
    if text[position : position + 1] in ("、", ",", "，", "،"):
        return skip_spaces(text, position + 1)
    conjunction = starts_with_phrase(text, position, news.words("list_conjunctions"))
    return skip_spaces(text, position + len(conjunction)) if conjunction else position


def _authors(
    news: DocumentText, instruments: Instruments, sentence: Span, verb: Span, action: str, author: Mention
) -> Commitment:
    """ "въезд в Россию закрывается", "принято решение": a decision or announcement told without its subject
    is the author's; an actor before it is its object ("въезд в Россию"), not who decides. Those it applies to,
    after a word of ``extra["target_markers"]`` ("закрывается ... для | аналогичной категории канадских граждан"),
    are its addressees."""
    target = _target_after(news, verb.end, sentence.end)
    return Commitment(
        span=sentence,  # its subject may stand in a clause of its own ("Работа над ..., ..., будет продолжена")
        action=action,
        force=action_force(action),
        issuer=author,
        addressees=(target,) if target else (),
        instruments=tuple(instruments.in_span(sentence)),
        verb=verb,
    )


#: The most words a group a decision applies to is described by.
_MAX_TARGET_WORDS = 6
#: A word of a description: letters, with inner hyphens or apostrophes.
_DESCRIBING_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _target_after(news: DocumentText, start: int, end: int) -> Mention | None:
    """The group after the first target marker past ``start`` in the clause, up to a mark, a word of time or the
    words that say whom it is drawn from (``extra["target_partitives"]``)."""
    markers = news.words("target_markers")
    found = next(iter(find_phrases(news.text, markers, start, end, ignore_case=True)), None) if markers else None
    if found is None:
        return None
    words: list[re.Match[str]] = []
    position = found.end()
    partitives = news.words("target_partitives")
    drawn_from = False
    while len(words) < _MAX_TARGET_WORDS:
        following = skip_spaces(news.text, position, end)
        if words and starts_with_phrase(news.text, following, partitives, ignore_case=True):
            drawn_from = True  # "для 48 граждан | из числа журналистов": whom the group is drawn from follows
            break
        word = _DESCRIBING_WORD.match(news.text, following)
        if word is None or word.end() > end:
            break
        words.append(word)
        position = word.end()
    if not words or news.text[position : skip_spaces(news.text, position, end)].count("\n"):
        return None
    if position < end and not drawn_from and not re.match(r"\s*[.,;:!?)»”\"]", news.text[position:end]):
        return None  # the description runs on past what a group's name holds
    breaks = {w.casefold() for w in news.words("addressee_breaks")}
    if any(word.group().casefold() in breaks for word in words):
        return None  # "для обеспечения безопасности граждан | на | два года": a purpose and a time, no group
    span = Span(words[0].start(), words[-1].end())
    return Mention(span=span, text=span.of(news.text), kind=COLLECTIVE)


def _report(
    news: DocumentText, actors: Actors, instruments: Instruments, sentence: Span, verb: Span, author: Mention | None
) -> Commitment | None:
    """ "各省级人民政府每年向国务院报告": whoever must report to a body (after a marker of recipient, "向") is
    given the task; the body reported to stands for the one that asks, where nothing else names it."""
    recipient = actors.organization_ending_before(verb.start, _reach(news))
    if recipient is None:
        return None
    marker = next((m for m in news.words("recipient_markers") if news.text.endswith(m, 0, recipient.span.start)), None)
    if marker is None:
        return None
    clause_start = _clause_start(news, sentence, recipient.span.start)
    before = [m for m in actors.all_mentions() if m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE)]
    subjects = [m for m in before if clause_start <= m.span.start and m.span.end <= recipient.span.start - len(marker)]
    if not subjects:
        return None
    addressee = subjects[0]
    cited = instruments.in_span(sentence)
    issuer = _written_issuer(instruments, cited) or _decision_before(news, instruments, sentence, verb) or author
    return Commitment(
        span=Span(addressee.span.start, sentence.end),
        action=_ASSIGNMENT,
        force=action_force(_ASSIGNMENT),
        issuer=issuer or recipient,
        addressees=(addressee,),
        instruments=tuple(cited),
        verb=verb,
    )


def _clause_start(news: DocumentText, sentence: Span, position: int) -> int:
    """Where the clause that holds ``position`` starts: after the last comma or semicolon before it."""
    marks = [news.text.rfind(mark, sentence.start, position) for mark in (",", "，", ";", "；", "،")]
    return max([sentence.start, *(m + 1 for m in marks if m >= 0)])


def _decision_before(news: DocumentText, instruments: Instruments, sentence: Span, verb: Span) -> Mention | None:
    """ "Quyết định giao Bộ ...", "Theo Quyết định, Bộ ... được giao", "The order directs ...": where an
    instrument named without its number gives the task, its issuer is that of the last instrument the
    article cited with one ("Quyết định số 1125/QĐ-TTg" of the Prime Minister)."""
    heads = news.mapping("instrument_heads") or news.mapping("instrument_number_heads")
    subject = news.text[sentence.start : verb.start].casefold()
    if not any(head.casefold() in subject for head in heads):
        return None
    earlier = [span for span in instruments.issuers if span.end <= verb.start]
    return instruments.issuers[max(earlier, key=lambda span: span.end)] if earlier else None


def _sole_decision_issuer(instruments: Instruments) -> Mention | None:
    """ "Bộ Tài chính có trách nhiệm ...", no instrument in the sentence: in an article about one
    instrument with a number and an issuer (a decision and the tasks it gives), its issuer gives the task;
    where the article cites several, which one does cannot be told. Instruments with no issuer the text
    gives (a UN resolution the decision implements) are not among them."""
    numbered = [m for m in instruments.mentions if m.key and m.span in instruments.issuers]
    if len({m.key for m in numbered}) != 1:
        return None
    return instruments.issuers[numbered[0].span]


def _written_issuer(instruments: Instruments, cited: list[Mention]) -> Mention | None:
    """The issuer an instrument of the sentence names ("Quyết định số 402/QĐ-TTg của Thủ tướng")."""
    return next((instruments.issuers[m.span] for m in cited if m.span in instruments.issuers), None)


def _pledge(
    news: DocumentText,
    actors: Actors,
    instruments: Instruments,
    sentence: Span,
    verb: Span,
    action: str,
    speaker: Mention | None,
    author: Mention | None = None,
) -> Commitment:
    we = _spoken_by_we(news, verb)
    # "The Government of Ruritania, after long talks, will ...": a sentence's opening body is its subject
    subject = None if we else _subject(news, actors, sentence, verb)
    if subject is not None and subject.span in actors.companies:
        subject = None  # "Seattle-based SSA Marine will announce": a company's plan, no pledge of the text's
    if subject is None and not we and verb.of(news.text).casefold() in _opening_subject_pledges(news):
        subject = _opening_body(news, actors, sentence, verb)
    quotation = _quotation_around(news, verb.start) if we else None
    # "Nous nous engageons à ...": a quotation's "we" is its speaker; a statement's, its author
    if subject is not None or not we:
        issuer = subject or speaker
    else:
        issuer = _quoted_speaker(news, actors, quotation) if quotation else speaker or author
    # "sẽ được trình Quốc hội": what follows a "will" of submission is whom it is for.
    addressee = actors.organization_at(skip_spaces(news.text, verb.end)) if action == "will" else None
    # a pronoun's antecedent stands in an earlier sentence: the pledge starts with its own
    start = max(subject.span.start, sentence.start) if subject else verb.start
    # Without a speaker, a pledge is about the instrument that is its subject ("dự thảo Luật ... sẽ trình").
    clause = Span(sentence.start, verb.start) if issuer is None else sentence
    return Commitment(
        span=Span(start, sentence.end),
        action=action,
        force=action_force(action),
        issuer=issuer,
        addressees=(addressee,) if addressee else (),
        instruments=tuple(instruments.in_span(clause)),
        verb=verb,
    )


def _spoken_by_we(news: DocumentText, verb: Span) -> bool:
    """ "We commit", "Nous nous engageons": the phrase opens with the pronoun of the speakers."""
    words = verb.of(news.text).split()
    return bool(words) and words[0].casefold() in {w.casefold() for w in news.words("we_pronouns")}


def _subject(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """Who pledges: the actor before the verb, or after it where the language puts verbs first (Arabic)."""
    if news.extra.get("verb_first"):
        after = skip_spaces(news.text, verb.end)
        found = actors.organization_at(after) or next((m for m in actors.known if m.span.start == after), None)
        if found is not None and found.span.end > sentence.end:
            found = None  # a sentence that ends with its verb: the name after it opens the next
        # "أن المملكة ستقدم": a nominal sentence puts its subject first
        return found or _subject_before(news, actors, sentence, verb.start)
    # "the Department of Migrant Workers (DMW) | shall serve": the acronym in brackets is no gap
    subject = (
        _subject_before(news, actors, sentence, _before_acronym(news, verb.start))
        or _antecedent(news, actors, sentence, verb)
        or _last_named_for_pronoun(news, actors, sentence, verb)
    )
    if subject is None:
        return None
    # "Минфин России совместно с | Министерством экономического развития внесет": the partner is not the subject
    partner = next(
        iter(find_phrases(news.text, news.words("cooperation_phrases"), sentence.start, subject.span.start)), None
    )
    if partner is None or news.text[partner.end() : subject.span.start].strip():
        return None if _is_partner(news, subject) else subject  # "已经与 | 越南 | 签署了一项协议": no subject
    clause = [m for m in actors.all_mentions() if m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE)]
    first = min((m for m in clause if _clause_start(news, sentence, partner.start()) <= m.span.start
                 and m.span.end <= partner.start()), key=lambda m: m.span.start, default=None)  # fmt: skip
    return first or subject


#: A comma, and the spaces around it, between a name and what follows it.
_COMMA = re.compile(r"\s*[,，،]\s*$")


def _antecedent(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """ "el Instituto Nacional de Migración (INM), organismo dependiente de la Secretaría de Gobernación, el cual
    | pretende": a relative pronoun (``extra["relative_pronouns"]``) stands for the actor before it, past an
    apposition that describes that actor with a common noun ("organismo dependiente de ...")."""
    before = news.text[sentence.start : verb.start].rstrip()
    pronoun = next((p for p in news.words("relative_pronouns") if before.casefold().endswith(" " + p.casefold())), None)
    if pronoun is None:
        return None
    comma = _COMMA.search(news.text, sentence.start, sentence.start + len(before) - len(pronoun))
    if comma is None:
        return None
    named = _subject_before(news, actors, sentence, _before_acronym(news, comma.start()))
    if named is None:
        return None
    apposition = _last_comma_before(news, sentence.start, named.span.start)
    if apposition is not None and news.text[apposition : named.span.start].strip(" ,，،")[:1].islower():
        return _subject_before(news, actors, sentence, _before_acronym(news, apposition)) or named
    return named


def _word_before(news: DocumentText, sentence: Span, position: int) -> int:
    """Where the word before ``position`` starts, in its sentence: the verb a request told as a noun follows ("la
    Ligue renouvelle | son appel au"), past which its subject stands."""
    before = news.text[sentence.start : position].rstrip()
    word = re.search(r"\S+$", before)
    return sentence.start + word.start() if word else position


def _last_named_for_pronoun(news: DocumentText, actors: Actors, sentence: Span, verb: Span) -> Mention | None:
    """ "President Mendes met Prime Minister Tam. He also called on ...", "Cette dernière va saisir le tribunal":
    a sentence whose subject is a pronoun speaks of the actor named last before it. A person's pronoun
    (``extra["person_pronouns"]``: "He", "他") stands for a person and may have an adverb or an auxiliary before
    the verb; a pronoun that may stand for a body too (``extra["anaphoric_subjects"]``: "cette dernière", "ella")
    must be the whole subject, since "ce dernier rapport" is a determiner's phrase."""
    start = skip_spaces(news.text, sentence.start, sentence.end)
    person = starts_with_phrase(news.text, start, news.words("person_pronouns"), ignore_case=False)
    if person is not None:
        if len(news.text[start + len(person) : verb.start].split()) > _WORDS_BEFORE_VERB:
            return None
        named = list(actors.persons)
    else:
        opening = news.text[sentence.start : verb.start].strip().casefold()
        if not opening or opening not in {p.casefold() for p in news.words("anaphoric_subjects")}:
            return None
        named = [m for m in actors.all_mentions() if m.kind not in (Kind.PLACE, Kind.POST, COLLECTIVE)]
    return max((m for m in named if m.span.end <= sentence.start), key=lambda m: m.span.end, default=None)


#: How many words (an adverb, an auxiliary) may stand between a person's pronoun and its verb ("He also called").
_WORDS_BEFORE_VERB = 2


def _last_comma_before(news: DocumentText, start: int, position: int) -> int | None:
    """Where the last comma before ``position`` stands, past the spaces before it."""
    comma = max(news.text.rfind(mark, start, position) for mark in (",", "，", "،"))
    return len(news.text[:comma].rstrip()) if comma >= 0 else None


def _is_partner(news: DocumentText, mention: Mention) -> bool:
    """An actor after a word of ``extra["partner_markers"]`` ("与越南", "с Вьетнамом") is one a verb is done with."""
    before = news.text[max(0, mention.span.start - 4) : mention.span.start].rstrip()
    markers = news.words("partner_markers")
    if news.extra.get("word_boundaries") is False:
        return before.endswith(markers) if markers else False
    return bool(before) and before.rsplit(None, 1)[-1].casefold() in {m.casefold() for m in markers}


def _subject_before(news: DocumentText, actors: Actors, sentence: Span, position: int) -> Mention | None:
    """The organisation, state or person just before the phrase, in its sentence ("La Colombie s'engage")."""
    reach = _reach(news)
    subject = (
        _post_before(news, actors, sentence, position, reach)
        or actors.organization_ending_before(position, reach)
        or _state_before(actors, position, reach)
        or _person_before(actors, position, reach)
    )
    return subject if subject and subject.span.start >= sentence.start else None


def _post_before(news: DocumentText, actors: Actors, sentence: Span, position: int, reach: int) -> Mention | None:
    """ "Thủ tướng | giao", "Bộ trưởng Bộ Tài chính | yêu cầu": a post, alone or with its organisation, gives
    the task. Its holder named earlier in the article ("Thủ tướng Chính phủ Phạm Minh Chính") is the giver;
    without one, a post alone stands for itself, and a post with its organisation leaves it to the organisation."""
    organization = actors.organization_ending_before(position, reach)
    end = organization.span.start if organization else position
    posts = [*actors.post_mentions, *(m for m in actors.known if m.kind == Kind.POST)]
    post = max(
        (m for m in posts if 0 <= end - m.span.end <= reach and m.span.start >= sentence.start),
        key=lambda m: m.span.end,
        default=None,
    )
    if post is None:
        return None
    holder = _holder_named_before(news, actors, post, organization)
    if holder is not None:  # the post is no name of the person: an empty mention where it stands
        empty = Span(post.span.start, post.span.start)
        return Mention(span=empty, text="", kind=Kind.PERSON, key=resolve.resolve(holder, news.language).key)
    return None if organization else post


def _as_holder(news: DocumentText, actors: Actors, mention: Mention) -> Mention:
    """A post alone ("ودعا الوزير") stands for the one person the article named earlier as holding it."""
    holder = _holder_named_before(news, actors, mention, None) if mention.kind == Kind.POST else None
    if holder is None:
        return mention
    return Mention(span=Span(mention.span.start, mention.span.start), text="", kind=Kind.PERSON,
                   key=resolve.resolve(holder, news.language).key)  # fmt: skip


def _holder_named_before(
    news: DocumentText, actors: Actors, post: Mention, organization: Mention | None
) -> Mention | None:
    """The one person the article named earlier as holding the same post (of the same organisation)."""
    title = _post_title(news, post.text, post.name)
    holders = {
        holding.person.text: holding.person
        for holding in actors.posts
        if holding.span.end <= post.span.start
        and _post_title(news, holding.post, holding.post_name) == title
        and (organization is None or (holding.organization and holding.organization.text == organization.text))
    }
    return next(iter(holders.values())) if title and len(holders) == 1 else None


def _post_title(news: DocumentText, written: str, name: str | None) -> str | None:
    """A post's English name as the pack gives it, so that "Thủ tướng" and "Thủ tướng Chính phủ" are one post."""
    folded = {key.casefold(): value for key, value in news.pack.posts.items()}
    return folded.get(" ".join(written.split()).casefold(), name)


def _person_before(actors: Actors, position: int, reach: int = 3) -> Mention | None:
    persons = [m for m in actors.persons if 0 <= position - m.span.end <= reach]
    return persons[-1] if persons else None


def _state_before(actors: Actors, position: int, reach: int = 3) -> Mention | None:
    states = [m for m in actors.known if m.kind == Kind.STATE and 0 <= position - m.span.end <= reach]
    return states[-1] if states else None
