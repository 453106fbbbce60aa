"""Stage 6, claims: clauses that assert something, typed, attributed, hedged and scored.

A sentence of the body (never the title, a heading, furniture or a question) holds one claim per
independent clause: the root predicate of the dependency parse and every predicate coordinated with
it (`conj`, or a second root) that has a subject of its own, or whose verb form cannot share the first
one's (`Баку увеличил экспорт, и на Западе не исключают, что …`). Subordinate clauses (`когда`,
`который`, `что`) stay inside the claim they belong to.

Everything else is read from the same parse:
- speaker: the subject of a reporting verb that frames the clause (`X заявил, что …`,
  `«…», — сказал X`, `как отметил X, …`), the dependent of `по словам` / `по данным` / `по мнению`,
  or the place of an impersonal one (`на Западе не исключают`, `сообщили в пресс-службе`); otherwise
  the author. A pronoun speaker is resolved to the nearest preceding person.
- subject, predicate, object: token spans of the content predicate's `nsubj`, head (with its
  auxiliaries, copula and negation) and `obj`.
- polarity: negation hanging on the content predicate, not on a noun (`не крах, а …` stays positive).
- type: cues read at the level the parse puts them (modal predicates, future tense, numerals outside
  dates, causal connectives, judgement words), ordered by the project's precedence.
- hedges and certainty, then a check-worthiness score from named entities, numbers, dates and factual
  verbs, lowered by opinion, hedging and prediction.
The cue lexicons live in `data/claim_cues.txt`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from .clean import is_furniture
from .dates import document_date
from .models import reads_as_finite, word_tags

MODEL = "rules:pipeline.claims (dependency clauses + data/claim_cues.txt)"

# The project's primary-type precedence: the first type that applies names the claim.
PRECEDENCE = ("normative", "predictive", "quantitative", "causal", "evaluative", "event")

SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
PREDICATE_RELS = frozenset({"aux", "aux:pass", "cop", "compound:prt"})
CLAUSE_MARKS = frozenset({"что", "чтобы", "поскольку", "когда", "если", "хотя", "потому", "так", "пока",
                          "будто", "ибо", "раз", "как", "где", "куда", "который"})
POSSESSIVES = frozenset({"его", "ее", "её", "их", "моим", "нашим", "моему", "нашему", "моей", "нашей"})
IMPERSONAL_MODALS = frozenset({"нужно", "надо", "необходимо", "следует", "нельзя", "можно", "пора", "стоит",
                              "важно", "следовало", "придется", "придётся", "приходится"})
SUBORDINATORS = frozenset({"если", "когда", "хотя", "поскольку", "чтобы", "пока", "который", "которая", "которое",
                          "которые", "ибо", "дабы", "будто", "словно", "раз", "едва", "коль", "куда", "где"})
RELATIVE = frozenset({"который", "что", "кто", "чей", "какой"})
SUBORDINATE_RELS = frozenset({"acl", "acl:relcl", "advcl"})
# subjects of a reporting verb that name no one who speaks
NOT_SPEAKERS = frozenset({"это", "что", "который", "никто", "ничто", "то", "многое", "всё", "история",
                          "опыт", "практика"})
# a wire dateline: a place in capitals, a day and month, maybe the agency in brackets, then a dash
# (`МОСКВА, 5 июн — `, `НЬЮ-ЙОРК, 3 апреля (Рейтер) - `); a capitalised place only with the agency in
# brackets (`Москва, 5 июня (ТАСС) — `); or a site's name (`INTERFAX.RU - `). Not `Вчера, 5 июня, — …`
# nor `Москва, 5 июня — день выборов`. (Words are matched without optional overlaps: no backtracking.)
_DATE = (r"[,.]\s*\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?"
         r"(?:\s+\d{4}(?:\s*г(?:ода|\.)?)?)?[.,]?\s*")
_CAPS = r"[А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]+)*(?: [А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]+)*){0,2}"
_TITLE = r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Zа-яёa-z][а-яёa-z]+)*"
_AGENCY = r"\([^()]{1,40}\)\s*"
DATELINE = re.compile(rf"(?:{_CAPS}{_DATE}(?:{_AGENCY})?|{_TITLE}{_DATE}{_AGENCY}|[A-ZА-ЯЁ]{{2,}}\.[A-ZА-ЯЁ]{{2,4}}\s*)"
                      r"[—–-]\s+")
# … and a sentence that is only one (`Москва, 5 июня — «Вести.Экономика».`, `МОСКВА, 5 июн — РИА Новости.`)
DATELINE_ALONE = re.compile(
    rf"(?:{_CAPS}|{_TITLE}){_DATE}[—–-]\s*(?:[«\"][^«»\"\n]{{1,40}}[»\"]|[A-ZА-ЯЁ][^.!?\n]{{0,40}})[.]?\s*$")
# size, amount, price and time: compared, they measure (`выше`, `больше`, `дороже`, `позже`)
AMOUNT_ADJECTIVES = frozenset({"высокий", "низкий", "большой", "маленький", "малый", "много", "мало", "многий",
                               "дорогой", "дешёвый", "дешевый", "высоко", "низко", "долгий", "длинный",
                               "короткий", "ранний", "поздний", "рано", "поздно", "дорого", "дёшево", "дешево",
                               "выше", "ниже", "больше", "меньше", "дороже", "дешевле", "дольше", "длиннее",
                               "короче", "раньше", "позже", "позднее", "старше", "моложе"})
# what is measured: a comparison of these in size or amount judges nothing
MEASURE_NOUNS = frozenset({"цена", "стоимость", "число", "количество", "доля", "уровень", "зарплата", "доход",
                           "выручка", "прибыль", "расход", "срок", "рост", "темп", "курс", "ставка", "показатель",
                           "объём", "объем", "население", "спрос", "тариф", "пенсия", "бюджет", "инфляция",
                           "безработица", "продажа", "экспорт", "импорт", "производство", "потребление", "налог",
                           "сумма", "долг", "оборот", "капитализация", "численность", "возраст", "скорость"})
# reports with no one named, which still speak for someone (`по неофициальным данным`, `по слухам`)
UNNAMED_REPORTS = frozenset({"данные", "сведение", "информация", "слух"})
# a statement named as such, that `Такое мнение высказал X` credits to X
STATEMENT_NOUNS = frozenset({"мнение", "заявление", "оценка", "прогноз", "вывод", "данные", "цифра", "позиция",
                             "версия", "предположение", "точка", "комментарий", "объяснение", "информация"})
# verbs that voice a statement named as such (`Такое мнение высказал X`, `С таким заявлением выступил X`)
VOICING = frozenset({"высказать", "высказывать", "выступить", "выступать", "привести", "приводить", "дать",
                     "давать", "озвучить", "озвучивать", "сделать", "делать", "распространить", "опубликовать",
                     "обнародовать", "огласить", "придерживаться", "заявить", "сообщить"})
# rules and agreements: `согласно уставу` applies a norm, it reports no one's statement
NORMS = frozenset({"закон", "соглашение", "договор", "устав", "статья", "конституция", "кодекс", "правило",
                   "постановление", "приказ", "указ", "регламент", "положение", "норма", "условие", "график",
                   "расписание", "традиция", "договорённость", "договоренность", "протокол", "резолюция"})
LEADING_JUNK = frozenset({"и", "а", "но", "да", "или", "либо", "однако", "зато", "причем", "причём", "тогда"})
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})
QUOTES_OPEN, QUOTES_CLOSE = "«„“", "»“”"
DASHES = ("—", "–")
ASKING = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться", "задаться", "задаваться",
                    "недоумевать", "удивляться", "удивиться"})
NUMBERED_PARTS = frozenset({"статья", "пункт", "подпункт", "часть", "глава", "параграф", "раздел", "номер",
                            "том", "абзац", "поправка", "протокол", "резолюция"})
# reporting cues of a medium that relays someone else's words (`Как сообщает ТАСС`)
RELAYING = ("сообща", "сообщи", "переда", "пишет", "пишут", "писал", "информир", "цитир", "процитир")
CAME_ABOUT = frozenset({"получиться", "получаться", "случиться", "случаться", "выйти", "выходить", "сложиться",
                        "складываться", "выясниться", "выясняться", "оказаться", "оказываться", "известный"})
CREDITS = frozenset({"фото", "фотография", "автор", "источник", "текст", "видео", "иллюстрация", "редактор",
                     "фотограф", "перевод"})
SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "?.."})
# closing quotes and brackets, and signs that belong to the number before them (`на 3%`)
KEPT_AT_END = frozenset(QUOTES_CLOSE) | {")", "%", "‰", "°"}


def _load_cues() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Section -> first word -> phrases (tuples of words) starting with it."""
    sections: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    current = None
    text = resources.files("pipeline.data").joinpath("claim_cues.txt").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if current is None:
            raise ValueError(f"claim_cues.txt: entry before any [section]: {line!r}")
        for entry in line.split(","):
            words = tuple(_fold(w) for w in entry.split())
            if words:
                current.setdefault(words[0].rstrip("*"), []).append(words)
    return sections


@functools.lru_cache(maxsize=4096)
def _feats(text: str) -> dict[str, str]:
    """`Aspect=Perf|Tense=Past` as a dict (shared between tokens with the same features: do not mutate)."""
    return dict(part.split("=", 1) for part in text.split("|") if "=" in part)


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


CUES = _load_cues()
NAME_LABEL = re.compile(r"^(?P<name>(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: [А-ЯЁ][а-яё]+)?)"
                        r"(?: ?\([^()\n]{1,80}\))?:(?! ?[«\"])", re.M)
FINDING = frozenset({"выяснить", "установить", "обнаружить", "показать", "подсчитать", "определить"})
ENDORSING = frozenset({"праву", "заслуженно", "справедливо", "недаром", "неслучайно", "правильно"})
INTERVIEW_LEAD = re.compile(r"интервью|поговорил|побеседовал|беседе с|беседа с|рассказал|ответил[аи]? на вопрос"
                            r"|в разговоре с|наш собеседник|наша собеседница", re.I)
INTERVIEWER_LABELS = frozenset({"вопрос", "корреспондент", "журналист", "ведущий", "ведущая", "интервьюер"})
ROLE_IN_BRACKETS = re.compile(r" ?\([^()\n]{1,80}\)")
SHARE_NOUNS = frozenset({"большинство", "меньшинство"})
RATING = frozenset({"оценить", "оценивать", "расценить", "расценивать"})
BEARING_ON = frozenset({"повлиять", "влиять", "сказаться", "сказываться", "отразиться", "отражаться"})


def _words(section: str) -> frozenset[str]:
    """The one-word entries of a section."""
    return frozenset(first for first, phrases in CUES[section].items() if any(len(p) == 1 for p in phrases))


REPORTING = _words("reporting")
REPORT_NOUNS = _words("report_nouns")
FIRST_PERSON = _words("first_person")
NORMATIVE = _words("normative")
QUANTITY_WORDS = _words("quantity_words")
QUESTION_WORDS = _words("question_words")
EVALUATIVE_VERBS = _words("evaluative_verbs")
OPINION_VERBS = _words("opinion_verbs")
BELIEF_VERBS = _words("belief_verbs")
JUDGING_FRAMES = _words("judging_frames")
SCHEDULED = _words("scheduled")
STATIVE_ADJECTIVES = _words("stative_adjectives")
VAGUE_QUANTITY = _words("vague_quantity")
TIME_OF_DAY = _words("time_of_day")
CAUSAL_NOUNS = _words("causal_nouns")
CAUSAL_PREDICATES = _words("causal_predicates")
EXPLAINING = _words("explaining")
OUTCOME_NOUNS = _words("outcome_nouns")
EVALUATIVE_NOMINALS = _words("evaluative_nominals")
INTENTIONS = _words("intentions")
PROMISES = _words("promises")
PLAN_NOUNS = _words("plan_nouns")
PLAN_VERBS = _words("plan_verbs")
INVITING = _words("inviting")
QUOTE_CLOSING = _words("quote_closing")
AGENTS = _words("agents")
AIMS = _words("aims")
SANCTIONS = _words("sanctions")
STATIVE_VERBS = _words("stative_verbs")
TIME_UNITS = _words("time_units")
# An initial before a surname (`С.` `Донской`), and a numeral with its case ending (`14-и`, `2-х`).
INITIAL = re.compile(r"[А-ЯЁA-Z]\.\s?")
CASE_ENDING = re.compile(r"\d+-(и|ти|ми|х)")
# An adjective built on a numeral and a unit measures (`однодневный`, `четырехчасовой`, `двухметровый`);
# `двусторонний`, `одновременный` hold no unit and count nothing.
NUMERAL_COMPOUND = re.compile(
    r"(\d+-|одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|двенадцати|пятнадцати|двадцати|"
    r"тридцати|сорока|пятидесяти|ста|тысяче)(дневн|часов|месячн|летн|недельн|минутн|секундн|метров|километров|тонн|"
    r"процентн|этажн|кратн)")
NORMATIVE_NOUNS = _words("normative_nouns")
DUTY_NOUNS = _words("duty_nouns")
CONSISTING = frozenset({"заключаться", "состоять", "включать", "сводиться", "входить"})
# a decision is a plan only as what is taken (`вынесла решение просить`), not as what is undone or judged
# (`отменил решение уволить директора`)
DECIDING = {"принять", "принимать", "вынести", "выносить"}
NORMATIVE_WITH_INFINITIVE = _words("normative_with_infinitive")
DEICTIC_NOW = frozenset({"сегодня", "сейчас", "ныне", "теперь", "сегодняшний", "нынешний", "днем", "вечером", "утром"})
DAY_OR_FINER = frozenset({"day", "hour", "minute", "second"})
INTERPRETIVE_VERBS = _words("interpretive_verbs")
INTENSIFIERS = _words("intensifiers")
# A state that holds from a date on (`закон действует с 1 августа`) is no timetable.
LASTING = frozenset({"действовать", "существовать", "работать", "находиться", "функционировать"})
LINKING_VERBS = frozenset({"стать", "становиться", "являться", "оказаться", "оказываться"})
# verbs of seeming and becoming: their adjectival complement is a judgement as a copular one is
# (`кажется тусклым`, `становится всё более напряжённой`)
SEEMING_VERBS = frozenset({"казаться", "показаться", "выглядеть", "оказаться", "оказываться", "представляться",
                           "стать", "становиться", "оставаться", "остаться",
                           "считаться"})


@dataclass
class ClaimRecord:
    start: int
    end: int
    sentence: Span
    type: str
    types: list[str]
    speaker_kind: str = "author"
    speaker_span: tuple[int, int] | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    polarity: str = "positive"
    hedges: list[str] = field(default_factory=list)
    certainty: str = "high"
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    subject: tuple[int, int] | None = None
    predicate: tuple[int, int] | None = None
    object: tuple[int, int] | None = None
    entity_ids: list[str] = field(default_factory=list)
    date_indices: list[int] = field(default_factory=list)
    frame_kind: str | None = None  # how the speaker was found: verb, after, prep
    # `«Я считаю, что …», — отметил президент`: a quoted first-person source is whoever the quote is
    # attributed to, named by the frame outside the quote (or the sentence that opens or closes it)
    first_person: bool = False


@dataclass
class _Frame:
    """Who a clause is attributed to: the source's token indices and the reporting cue."""

    source: list[int]
    cue: str
    tokens: list[int]  # the frame's own tokens (reporting verb and its dependents)
    head: int | None = None  # the head word of the source phrase
    kind: str = "verb"  # verb (`X заявил, что`), after (`…, заявил X`, `как отметил X`), prep (`по словам X`)
    # a predicate the source asserts besides the content (`назвал меры «запоздалыми» и сообщил, что …`)
    also: int | None = None


class _Parse:
    """Per-document view of the parse: children lists, folded lemmas, subtrees without cycles."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.heads: list[int | None] = doc._.heads
        self.rels: list[str | None] = doc._.rels
        n = len(doc)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(self.heads):
            if head is not None and head != i:
                self.children[head].append(i)
        # Token attributes as plain lists, read once through `to_array` (no Token objects): the
        # rules below look at them many times per token.
        strings = doc.vocab.strings
        array = doc.to_array([ORTH, LEMMA, POS, MORPH, IS_SPACE, IS_PUNCT, SENT_START, SPACY, IDX]).tolist()
        self.words = [strings[row[0]] for row in array]  # the surface form of each token
        self.text = "".join(w + " " * row[7] for w, row in zip(self.words, array, strict=True))
        self.lower = [_fold(w) for w in self.words]
        self.lemma = [_fold(strings[row[1]]) if row[1] else self.lower[i] for i, row in enumerate(array)]
        self.pos = [POS_NAMES.get(row[2], "") for row in array]
        self.feats = [_feats(strings[row[3]]) if row[3] else {} for row in array]
        self.space = [bool(row[4]) for row in array]
        self.punct = [bool(row[5]) for row in array]
        self.word = [not (row[4] or row[5]) for row in array]  # neither space nor punctuation
        self.ws = [bool(row[7]) for row in array]  # a space follows
        self.idx = [row[8] for row in array]  # character offset
        # (start, end) token range of each token's sentence: `token.sent` walks the whole Doc
        self.sentence: list[tuple[int, int]] = [(0, n)] * n
        starts = [i for i, row in enumerate(array) if row[6] == 1 or i == 0] + [n]
        for a, b in zip(starts, starts[1:], strict=False):
            self.sentence[a:b] = [(a, b)] * (b - a)

    def rel(self, i: int) -> str:
        return self.rels[i] or ""

    def kids(self, i: int, *rels: str) -> list[int]:
        return [k for k in self.children[i] if not rels or self.rel(k) in rels]

    def subtree(self, i: int, stop: frozenset[int] = frozenset()) -> list[int]:
        """Token indices under `i` (itself included), not descending into `stop`."""
        seen = {i}
        stack = [i]
        while stack:
            for k in self.children[stack.pop()]:
                if k not in seen and k not in stop:
                    seen.add(k)
                    stack.append(k)
        return sorted(seen)

    def is_word(self, i: int) -> bool:
        return self.word[i]

    def is_finite(self, i: int) -> bool:
        if self.pos[i] in ("VERB", "AUX"):
            form = self.feats[i].get("VerbForm")
            return not form or form == "Fin"
        return False

    def is_predicate(self, i: int) -> bool:
        """A finite verb, or a nominal / short-form predicate with a copula, subject or infinitive."""
        if self.is_finite(i):
            return True
        pos = self.pos[i]
        kids = self.children[i]
        if pos in ("VERB", "ADJ") and self.feats[i].get("Variant") == "Short":  # `закрыт`, `уверены`
            return True
        if pos == "VERB" and any(self.rel(k) in ("aux", "aux:pass") and self.is_finite(k) for k in kids):
            return True  # `будет нарастать`
        if pos in ("ADJ", "NOUN", "PROPN", "ADV", "PRON", "NUM"):
            rels = {self.rel(k) for k in kids}
            if rels & {"cop", "csubj", "expl"} or rels & SUBJECT_RELS:
                return True
            if pos in ("ADJ", "ADV") and self.lemma[i] in NORMATIVE:
                return True
            # `Жаль, что …`, `Не секрет, что …`, `Странно, что …`: an impersonal predicate of a что-clause
            if any(self.rel(k) == "ccomp" and any(self.lower[m] == "что" for m in self.kids(k, "mark"))
                   for k in kids) and self.rel(i) == "root" and self.lower[i] != "спасибо":
                return True
        return False


class _Cues:
    """Phrase matching over a list of tokens, by lemma or lower-cased form."""

    def __init__(self, parse: _Parse):
        self.parse = parse

    def find(self, section: str, tokens: Sequence[int]) -> list[tuple[int, int, str]]:
        """(first index, last index, matched text) of every phrase of `section` in `tokens` (in order)."""
        lexicon = CUES[section]
        parse = self.parse
        found = []
        words = [i for i in tokens if not parse.space[i]]
        for pos, i in enumerate(words):
            candidates = lexicon.get(parse.lemma[i], []) + (
                lexicon.get(parse.lower[i], []) if parse.lower[i] != parse.lemma[i] else [])
            for phrase in candidates:
                if len(phrase) > len(words) - pos:
                    continue
                if all(self._match(words[pos + k], w) for k, w in enumerate(phrase)):
                    last = words[pos + len(phrase) - 1]
                    found.append((i, last, parse.text[parse.idx[i]:parse.idx[last] + len(parse.words[last])]))
                    break
        return found

    def _match(self, i: int, word: str) -> bool:
        if word.endswith("*"):
            return self.parse.lower[i].startswith(word[:-1])
        return self.parse.lemma[i] == word or self.parse.lower[i] == word


def _char_range(parse: _Parse, indices: Iterable[int]) -> tuple[int, int] | None:
    """Character range of the tokens, without spaces and outer punctuation (quotes kept)."""
    tokens = [i for i in indices if not parse.space[i]]
    while tokens and parse.punct[tokens[0]] and parse.words[tokens[0]] not in QUOTES_OPEN:
        tokens.pop(0)
    while tokens and parse.punct[tokens[-1]] and parse.words[tokens[-1]] not in KEPT_AT_END:
        tokens.pop()
    if not tokens:
        return None
    return parse.idx[tokens[0]], parse.idx[tokens[-1]] + len(parse.words[tokens[-1]])


class ClaimDetector:
    def __init__(self, nlp: Language, name: str = "razmetka_claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = list(find_claims(doc)) if doc._.heads is not None else []
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def find_claims(doc: Doc) -> Iterator[ClaimRecord]:
    """The claims of a parsed Doc, in text order."""
    parse = _Parse(doc)
    context = _Context(parse, doc)
    quotes = _QuoteRun(context.people)
    block = None
    previous: list[ClaimRecord] = []
    # `Игорь Сечин так прокомментировал соглашение:` closing a paragraph announces the next one
    announced: ClaimRecord | None = None
    announcing: ClaimRecord | None = None
    # `В.Путин: …` / `С.Донской: …` opening paragraphs: a transcript, where each label holds the turn
    # until the next one
    transcript = _transcript_labels(context, doc)
    transcript_starts = sorted(transcript)
    answers = _interview_answers(context, doc)
    turn: ClaimRecord | None = None
    for sent in doc.sents:
        words = [t.i for t in sent if not t.is_space]
        if not words:
            continue
        kind, block_start = _block_of(doc, parse.idx[words[0]])
        if block_start != block:  # quotes do not run across paragraphs, but a source may open the next
            block = block_start
            quotes = _QuoteRun(context.people, carried=quotes.last_source)
            announcing, announced = announced, None

        if kind != "paragraph":
            continue
        if transcript:
            # the latest label at or before the sentence holds the turn, across paragraphs, until the next
            # label (a narrative paragraph after the last turn is given to it too: transcripts rarely have one)
            at = bisect.bisect_right(transcript_starts, parse.idx[words[0]]) - 1
            label = transcript[transcript_starts[at]] if at >= 0 else None
            turn = _carrier(context, sent, label=label) if label is not None else None
        claims = []
        final = _final_frame(parse, words)
        inserted = _inserted_frame(parse, words) if final is None else None
        content = [i for i in words if i < final] if final is not None else words
        if inserted is not None:
            content = [i for i in words if i not in inserted[1]]
        clauses = _clauses(parse, content)
        frame, verb = None, None
        if final is not None and clauses:
            clauses[-1].tokens += [i for i in words if i >= final]
            verb = final
        elif inserted is not None and clauses:
            # the aside joins the clause it interrupts (the last one that starts before it)
            verb, aside = inserted
            around = [c for c in clauses if c.tokens[0] < aside[0]] or clauses[:1]
            around[-1].tokens = sorted(around[-1].tokens + aside)
        if verb is not None:
            frame = _reporting_frame(parse, verb, None)
            if frame is not None:
                frame.kind = "after"
        for clause in clauses:
            claim = _build(context, sent, clause, frame)
            if claim is not None:
                claims.append(claim)
        # `Максим Леонидов: "Так получилось, что …`: a name and a colon opening a quote label the speaker
        label = _speaker_label(context, words)
        labelled = _carrier(context, sent, label=label) if label is not None else None
        if labelled is not None:
            _attribute(claims, labelled)
        # `По словам X, A, и B` / `Как отметил X, A, а B`: an opening attribution covers the sentence
        if claims and claims[0].speaker_kind == "source" and claims[0].frame_kind in ("prep", "after"):
            for claim in claims[1:]:
                if claim.speaker_kind == "author":
                    _copy_speaker(claim, claims[0])
        # `Именно политический диалог», — отметил президент.`: a fragment asserts nothing, but its
        # frame still names who said the quote it closes
        # (and a label opens the quote even when its first sentence asserts nothing)
        said = None
        if not claims:
            said = _carrier(context, sent, frame) if frame is not None else labelled
        quotes.feed(parse, words, claims, said, persons=context.persons_in(sent))
        if announcing is not None:
            _attribute(claims, announcing)
        if turn is not None:
            _attribute(claims, turn)
        if block in answers:
            _attribute(claims, _carrier(context, sent, label=answers[block]))
        announced = _announcement(context, sent, words)
        # `Об этом сообщил X.`: X said what the sentence before asserts
        told = _about_this(parse, words)
        if told is not None:
            for claim in previous:
                if claim.speaker_kind == "author":
                    claim.speaker_kind, claim.cue, claim.frame_kind = "source", told.cue, "anaphora"
                    claim.speaker_entity, claim.speaker_span = _speaker(context, told)
                    claim.features["named_source"] = 1.0 if claim.speaker_entity else 0.0
                    claim.score = _score(claim.features)
        yield from previous
        previous = claims
    yield from previous


def _announcement(context: _Context, sent: Span, words: list[int]) -> ClaimRecord | None:
    """A speaker carrier for a sentence that ends in a colon after a reporting verb with a source
    (`Глава компании так прокомментировал соглашение:`), when the paragraph ends there."""
    parse = context.parse
    if parse.words[words[-1]] != ":":
        return None
    verb = next((i for i in reversed(words) if parse.lemma[i] in REPORTING and parse.is_finite(i)), None)
    frame = _reporting_frame(parse, verb, None) if verb is not None else None
    if frame is None or frame.head is None:
        return None
    return _carrier(context, sent, frame)


def _carrier(context: _Context, sent: Span, frame: _Frame | None = None,
             label: tuple[str, tuple[int, int]] | None = None) -> ClaimRecord:
    """A speaker with no claim of its own, to pass on to the claims it attributes: a frame's source
    or a label's entity."""
    said = ClaimRecord(0, 0, sent, "event", [], speaker_kind="source", cue=":", frame_kind="label")
    if frame is not None:
        said.cue, said.frame_kind = frame.cue, frame.kind
        said.speaker_entity, said.speaker_span = _speaker(context, frame)
    elif label is not None:
        said.speaker_entity, said.speaker_span = label
    said.features["named_source"] = 1.0 if said.speaker_entity else 0.0
    return said


def _speaker_label(context: _Context, words: list[int]) -> tuple[str, tuple[int, int]] | None:
    """(entity id, span) of a person or organisation that opens the sentence followed by a colon and
    a quote (`Юрий Шевчук: "В прошлом году …`), as interviews and round-ups label who speaks."""
    parse = context.parse
    first = parse.idx[words[0]]
    for m in context.between(context.mentions, context.mention_starts, first, first + 1):
        if m.label_ in ("PER", "ORG") and m.end + 1 < len(parse.words) and parse.words[m.end] == ":" and (
                parse.words[m.end + 1] in QUOTES_OPEN or parse.words[m.end + 1] == '"'):
            return m._.entity_id, (m.start_char, m.end_char)
    return None


def _transcript_labels(context: _Context, doc: Doc) -> dict[int, tuple[str | None, tuple[int, int]] | None]:
    """{line start: (entity id or None, span)} for lines that open with a person's name and a colon, not
    a quote (`В.Путин: Сергей Ефимович, …`), when at least two do: the layout of a transcript; None for
    the interviewer's lines (`Вопрос: …`), the author's turns."""
    labels = {}
    text = doc.text
    for m in context.mentions:
        # (a role may stand in brackets before the colon: `Горбунов (председатель комиссии): …`)
        role = ROLE_IN_BRACKETS.match(text, m.end_char)
        colon = role.end() if role else m.end_char
        if m.label_ != "PER" or text[colon:colon + 1] != ":":
            continue
        # (the recogniser may leave out an initial: `С.` `Донской`)
        line = text.rfind("\n", 0, m.start_char) + 1
        initial = text[line:m.start_char]
        if (not initial or INITIAL.fullmatch(initial)) and not text[colon + 1:colon + 3].lstrip(
                " ").startswith(tuple(QUOTES_OPEN + '"')):
            labels[line] = (m._.entity_id, (line, m.end_char))
    # (a bare surname the recogniser does not take for a person, `Кузьмин (директор автопарка): …`, is
    # a label when pymorphy knows it as a surname or a first name)
    asking = {}
    for label in NAME_LABEL.finditer(text):
        name = label.group("name")
        if name.lower() in INTERVIEWER_LABELS:
            asking[label.start()] = None  # (`Вопрос: …` is the outlet's turn: the author's)
        elif label.start() not in labels and any(
                "Surn" in tag or "Name" in tag for tag in word_tags(name.split()[-1].lower())) and _speech_line(
                text, label.end()):
            labels[label.start()] = (None, (label.start(), label.start() + len(name)))
    return {**labels, **asking} if len(labels) >= 2 else {}


def _interview_answers(context: _Context, doc: Doc) -> dict[int, tuple[str, tuple[int, int]]]:
    """{paragraph start: (entity id, span)} for the answers of a dash interview (`— Что изменилось?` /
    `— Главное — сдвиг видового состава.`): paragraphs opening with a dash right after a dash question,
    when at least two questions and two answers alternate and the lead (the paragraphs before the first
    dash) announces a conversation. The guest is the person the lead names most, the span the guest's
    first mention there."""
    text = doc.text
    paragraphs = [b for b in doc._.blocks or () if b.kind == "paragraph"]
    dashed = [b for b in paragraphs if text[b.start:b.end].lstrip()[:1] in DASHES]
    if not dashed:
        return {}
    asked = {b.start for b in dashed if text[b.start:b.end].rstrip().endswith("?")}
    dashed_starts = {b.start for b in dashed}
    answers, previous = [], None
    for b in paragraphs:
        if b.start in dashed_starts and b.start not in asked and previous is not None and previous.start in asked:
            answers.append(b)
        previous = b
    if len(asked) < 2 or len(answers) < 2:
        return {}
    lead_end = dashed[0].start
    # (the lead must announce a conversation: `мы поговорили с …`, `в интервью …`; `Следователь допрашивал
    # подозреваемого` names the one who asks)
    if not INTERVIEW_LEAD.search(text[(doc._.title_span or (0, 0))[1]:lead_end]):
        return {}
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for m in context.per_mentions:
        if m.start_char < lead_end and (doc._.title_span is None or m.start_char >= doc._.title_span[1]):
            counts[m._.entity_id] = counts.get(m._.entity_id, 0) + 1
            first.setdefault(m._.entity_id, (m.start_char, m.end_char))
    if not counts:
        return {}
    guest = max(counts, key=lambda e: (counts[e], -first[e][0]))
    return {b.start: (guest, first[guest]) for b in answers}


def _speech_line(text: str, start: int) -> bool:
    """Whether the rest of the line from `start` says something (four words or more, a finite verb):
    a turn of a transcript, not a list item (`Иванов: 45 % голосов`, `Вера: снег и ветер`)."""
    end = text.find("\n", start)
    rest = text[start:end if end >= 0 else len(text)]
    return len(re.findall(r"[А-Яа-яЁё]+", rest)) >= 4 and reads_as_finite(rest, short_participles=False)


def _about_this(parse: _Parse, words: list[int]) -> _Frame | None:
    """The frame of `Об этом сообщил X` / `Об этом пишет ТАСС`: a report whose content is `этом`; also,
    opening the sentence, `Так прокомментировал ситуацию X` and a statement named as such (`Такое мнение
    высказал X`, `С таким заявлением выступил X`, `Такие данные приводит X`)."""
    for i in words:
        if parse.lemma[i] == "это" and parse.rel(i) == "obl" and any(
                parse.lower[c] in ("о", "об") for c in parse.kids(i, "case")):
            verb = parse.heads[i]
            if verb is not None and parse.lemma[verb] in REPORTING and parse.is_finite(verb):
                return _reporting_frame(parse, verb, None)
    opening = [i for i in words if parse.is_word(i)][:2]
    if not opening:
        return None

    def own(verb: int) -> bool:
        # (not `Так аналитик X отметил: «…»`, `Такой прогноз сделал X: …`: the verb has its own content)
        return bool(parse.kids(verb, "ccomp")) or any(parse.words[k] == ":" for k in words if k > verb)

    first, verb = opening[0], parse.heads[opening[0]]
    if (parse.lower[first] == "так" and parse.rel(first) == "advmod" and verb is not None
            and parse.lemma[verb] in REPORTING and parse.is_finite(verb) and not own(verb)):
        return _reporting_frame(parse, verb, None)
    # `Такое мнение …`, or after `С`: `С таким заявлением …`
    determiner = opening[1] if parse.lower[first] in ("с", "со") and len(opening) > 1 else first
    noun = parse.heads[determiner]
    if parse.lemma[determiner] != "такой" or parse.rel(determiner) != "det" or noun is None or (
            parse.lemma[noun] not in STATEMENT_NOUNS):
        return None
    verb = parse.heads[noun]
    # the verb must voice the statement (`высказал`, `выступил с`, `приводит`), not deny, criticise or
    # obtain it (`Такое заявление опроверг X`, `Такую позицию критикует X`, `не подтвердил`)
    if verb is None or not parse.is_finite(verb) or parse.lemma[verb] not in VOICING or own(verb) or any(
            parse.lower[k] == "не" for k in parse.kids(verb, "advmod")):
        return None
    # (the parser may take the source after the verb for a second object: `Такие данные приводят
    # гляциологи …`)
    subjects = parse.kids(verb, "nsubj") or [k for k in parse.kids(verb, "obj") if k > verb and k != noun
                                             and parse.pos[k] in ("NOUN", "PROPN")]
    if not subjects or subjects[0] < noun or _self(parse, subjects[0]):
        return None
    source = parse.subtree(subjects[0])
    return _Frame(source, f"{parse.words[determiner]} {parse.words[noun]} {parse.words[verb]}",
                  source + [verb], subjects[0])


class _Context:
    """What every claim of a document reads: the parse, cue matcher, mentions and dates."""

    def persons_in(self, sent: Span) -> set[str]:
        """The entity ids of the persons named inside the sentence."""
        at = bisect.bisect_left(self.per_starts, sent.start_char)
        found = set()
        while at < len(self.per_mentions) and self.per_mentions[at].end_char <= sent.end_char:
            found.add(self.per_mentions[at]._.entity_id)
            at += 1
        return found

    def __init__(self, parse: _Parse, doc: Doc):
        self.parse = parse
        self.cues = _Cues(parse)
        self.mentions = sorted(doc.spans.get("mentions", []), key=lambda m: m.start_char)
        self.mention_starts = [m.start_char for m in self.mentions]
        self.timexes = doc._.timexes or []
        self.doc_date = document_date(doc)
        self.timex_order = sorted(range(len(self.timexes)), key=lambda k: self.timexes[k].start)
        self.timex_starts = [self.timexes[k].start for k in self.timex_order]
        self.per_mentions = [m for m in self.mentions if m.label_ == "PER"]
        self.per_starts = [m.start_char for m in self.per_mentions]
        self.people = frozenset(m._.entity_id for m in self.per_mentions)
        # `министр спорта России Виталий Мутко`: the words of a person's title, so that a later
        # `отметил министр спорта` can be linked to the person it describes
        self.titled: list[tuple[int, str, str, set[str]]] = []
        for m in self.per_mentions:
            title = parse.heads[m.start] if parse.rel(m.start) == "appos" else None
            if title is not None and parse.pos[title] == "NOUN":
                words = {parse.lemma[k] for k in parse.subtree(title) if not m.start <= k < m.end and parse.is_word(k)}
                self.titled.append((m.start_char, m._.entity_id, parse.lemma[title], words))
        # tokens inside a name or a time expression: their numerals are not quantities
        self.not_quantity = [False] * len(doc)
        for m in self.mentions:
            if m.label_ in ("PER", "ORG", "LOC", "NORP"):
                self.not_quantity[m.start:m.end] = [True] * (m.end - m.start)
        self.timex_tokens: list[range] = []
        for t in self.timexes:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            self.timex_tokens.append(range(span.start, span.end) if span is not None else range(0))
            if span is not None:
                self.not_quantity[span.start:span.end] = [
                    not (t.type == "DURATION" and _measures(parse, k)) for k in range(span.start, span.end)]


    @staticmethod
    def between(items: list, starts: list[int], start: int, end: int) -> list:
        """The items (sorted by start) that start in [start, end): a bisect, not a scan."""
        return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _block_of(doc: Doc, start: int) -> tuple[str, int]:
    for block in doc._.blocks or ():
        if block.start <= start < block.end:
            return block.kind, block.start
    return "paragraph", -1


def _as_found(parse: _Parse, v: int) -> bool:
    """`Как выяснили журналисты, …`, `как установил суд, …`: a finding framed with `как` credits its
    finder (without `как`, `обнаружили, что …` tells what someone did, the author's)."""
    return parse.lemma[v] in FINDING and any(parse.lower[k] == "как" for k in parse.kids(v, "mark", "advmod"))


def _closes_as_report(parse: _Parse, words: list[int], v: int) -> bool:
    """A reporting verb, or a reaction (`[quote_closing]`) right after a quotation or inside one."""
    if parse.lemma[v] in REPORTING or _as_found(parse, v):
        return True
    if parse.lemma[v] not in QUOTE_CLOSING:
        return False
    before = [i for i in words if i < v and not parse.space[i]]
    return _open_quotes(parse, words[0], v) > 0 or any(
        parse.words[i] in QUOTES_CLOSE or parse.words[i] == '"' for i in before[-3:])


def _final_frame(parse: _Parse, words: list[int]) -> int | None:
    """The reporting verb of a frame that closes the sentence: `…, заявил X`, `«…», — сказал он`.

    The verb follows a comma or dash, reports nothing after itself, has its subject after it (or
    none), and no finite verb follows it in the sentence.
    """
    tail: list[int] = []
    for v in reversed(words):
        if parse.is_word(v):
            tail.append(v)
        if len(tail) > 24:
            return None
        # (a short adjective of conviction closes a frame too: `…, уверена эксперт`)
        if not _closes_as_report(parse, words, v) or not (
                parse.is_finite(v) or _short_passive(parse, v) or parse.feats[v].get("Variant") == "Short"
                and parse.lower[v].startswith(("уверен", "убежд"))) or v == words[0]:
            continue
        previous = [i for i in words if i < v]
        if not previous or parse.words[previous[-1]] not in (",", "—", "–", "-", "―"):
            continue
        if not any(parse.is_word(i) for i in previous):
            continue
        if any(k > v for k in parse.kids(v, "ccomp")) or (parse.kids(v, "obj") and parse.lemma[v] != "цитировать"):
            continue
        subjects = parse.kids(v, "nsubj")
        if subjects and subjects[0] < v:
            continue
        # nothing after the verb asserts anything of its own (participles may hang anywhere, and a
        # relative clause describes the source: `— сказал министр, которого цитирует РИА`)
        if not any(parse.is_finite(i) and parse.rel(i) != "acl:relcl" for i in tail if i != v):
            return v
    return None


def _inserted_frame(parse: _Parse, words: list[int]) -> tuple[int, list[int]] | None:
    """(verb, tokens) of a reporting aside inside the sentence: `Одна из групп, уточняет газета «Труд»,
    пришла к …`, `Тем временем, сообщает агентство, в городе …`.

    The verb opens the aside after a comma, its subject follows it (the inversion marks the aside),
    it reports nothing of its own, and a comma closes the aside before more of the sentence.
    """
    inside = set(words)
    for v in words[1:]:
        if parse.lemma[v] not in REPORTING or not parse.is_finite(v):
            continue
        previous = [i for i in words if i < v]
        if parse.words[previous[-1]] != "," or not any(parse.is_word(i) for i in previous):
            continue
        subjects = parse.kids(v, "nsubj")
        if not subjects or subjects[0] < v or parse.kids(v, "ccomp", "obj", "xcomp"):
            continue
        # the aside is the verb and its own words, in one stretch
        own = [i for i in parse.subtree(v) if i in inside]
        end = max(own)
        if any(parse.is_word(i) for i in own if i < v) or any(
                parse.is_word(i) and i not in own for i in range(v, end + 1)):
            continue
        after = [i for i in words if i > end]
        if not after or parse.words[after[0]] != "," or not any(parse.is_word(i) for i in after):
            continue
        return v, [previous[-1], *range(v, after[0] + 1)]
    return None


class _QuoteRun:
    """Claims inside a quotation that runs over several sentences share the quote's speaker.

    `«A. B», — сказал X`: A waits until the sentence that closes the quote names X.
    `X сказал: «A. B»`: B takes the speaker of the sentence that opened the quote.
    `X сказал, что … «A. B»`: a quotation no frame names goes on from the paragraph's last source,
    unless a sentence since named another person (`Иванов с ним не согласен. «…»`), or the source
    is a medium that relays (`Как сообщает ТАСС, … «Мы увеличим выпуск»`).
    `X уверен, что …¶«A. B»`: a paragraph that opens with a quotation no frame names goes on from the
    last source of the paragraph before.
    """

    def __init__(self, people: frozenset[str] = frozenset(), carried: ClaimRecord | None = None):
        self.people = people  # the entity ids of the document's persons
        self.carried = carried  # the last source of the paragraph before, for a quotation opening this one
        self.first = True  # no sentence of the paragraph fed yet
        self.depth = 0  # open «» / „“ quotes
        self.straight = False  # inside a "…" quote
        self.pending: list[ClaimRecord] = []
        self.speaker: ClaimRecord | None = None
        self.last_source: ClaimRecord | None = None  # the paragraph's last source, while no one else is named
        self.before: ClaimRecord | None = None  # … of the sentence before the current quotation opened
        self.speech = False  # the paragraph is direct speech opened by a dash (`— Урожай плохой, — сказал он.`)
        self.pending_speech: list[ClaimRecord] = []
        self.speech_speaker: ClaimRecord | None = None  # who the speech's frame named

    def feed(self, parse: _Parse, words: list[int], claims: list[ClaimRecord], said: ClaimRecord | None = None,
             persons: set[str] | frozenset[str] = frozenset()) -> None:
        self._feed(parse, words, claims, said)
        sources = [c for c in [*claims, *([said] if said is not None else [])]
                   if c.speaker_kind == "source" and not c.first_person and c.speaker_span is not None]
        # another person named in between may be the one quoted next (the same one named again is not)
        other = self.last_source is not None and bool(persons - {self.last_source.speaker_entity})
        if sources or other:
            self.last_source = next((c for c in sources if not self._relays(c)), None)

    def _speak(self, claims: list[ClaimRecord], closing: ClaimRecord | None) -> None:
        """A sentence of dash-opened direct speech: `— A. B, — рассказал X. — C.` gives A, B and C to X."""
        if closing is not None:
            _attribute(self.pending_speech, closing)
            self.pending_speech, self.speech_speaker = [], closing
        elif self.speech_speaker is not None:
            _attribute(claims, self.speech_speaker)
        else:
            self.pending_speech += [c for c in claims if _unattributed(c)]

    def _relays(self, claim: ClaimRecord) -> bool:
        """A medium passing on someone's words (`Как сообщает ТАСС`): a cue of relaying, no person."""
        cue = (claim.cue or "").lower().removeprefix("не ")
        return cue.startswith(RELAYING) and claim.speaker_entity not in self.people

    def _feed(self, parse: _Parse, words: list[int], claims: list[ClaimRecord], said: ClaimRecord | None) -> None:
        inside_before = self.depth > 0 or self.straight
        last_source = self.last_source if self.last_source is not None or not self.first else self.carried
        dash_first = bool(words) and parse.words[words[0]] in DASHES
        if self.first and dash_first:
            self.speech = True
        self.first = False
        # a quotation that no frame names: it opens the sentence and stays open to its end (`«Спартак»
        # обыграл «Зенит»` opens and ends with names; `…», — согласна X` has a frame, if one the
        # reporting words miss)
        tail = [i for i in words if parse.words[i] not in SENTENCE_END]
        opens = bool(tail) and _open_through(parse, tail[:-1])
        bare_end = bool(tail) and (parse.words[tail[-1]] in QUOTES_CLOSE or parse.words[tail[-1]] == '"')
        for i in words:
            text = parse.words[i]
            if text in QUOTES_OPEN:
                self.depth += 1
            elif text in QUOTES_CLOSE and self.depth:
                self.depth -= 1
            elif text == '"':
                self.straight = not self.straight
        inside_after = self.depth > 0 or self.straight
        named = next((c for c in claims if c.speaker_kind == "source" and not c.first_person), None)
        if self.speech and not inside_before and not inside_after:
            # the frame must follow a dash (`…, — рассказал X`; `…, сообщает ТАСС` closes a bulletin, not
            # speech), and after it only a sentence that opens with a dash goes on speaking
            dashed = [i for i in words[1:] if parse.words[i] in DASHES]
            closing = named if named is not None and named.frame_kind == "after" else said
            if self.speech_speaker is not None and not dash_first:
                self.speech = False  # narration again: `— …, — сказал X. Депутаты встретили его слова …`
            else:
                self._speak(claims, closing if dashed else None)
                return
        if inside_before:
            if self.speaker is not None:
                _attribute(claims, self.speaker)
            else:
                self.pending += claims
            if not inside_after:
                closing = named or said or (self.before if bare_end else None)
                if closing is not None:
                    _attribute(self.pending, closing)
                self.pending, self.speaker = [], None
        elif inside_after:  # this sentence opens a quote that goes on
            opener = named or said
            if opener is not None:
                self.speaker = opener
            else:
                self.pending = [c for c in claims if _unattributed(c)]
                self.before = last_source if opens else None
        elif opens and bare_end and said is None and last_source is not None and named is None:
            # a whole sentence in quotes with no frame of its own (`«Мы не видим здесь проблем».`)
            _attribute(claims, last_source)


def _open_through(parse: _Parse, tokens: list[int]) -> bool:
    """Whether a quote opens at the first token and is still open after every later one."""
    if not tokens or not (parse.words[tokens[0]] in QUOTES_OPEN or parse.words[tokens[0]] == '"'):
        return False
    depth = 1
    for i in tokens[1:]:
        if parse.words[i] in QUOTES_OPEN:
            depth += 1
        elif parse.words[i] in QUOTES_CLOSE or parse.words[i] == '"':
            depth -= 1
        if depth <= 0:
            return False
    return True


def _attribute(claims: list[ClaimRecord], source: ClaimRecord) -> None:
    """Give `source`'s speaker to the claims that have none of their own."""
    for claim in claims:
        if _unattributed(claim):
            _copy_speaker(claim, source)


def _unattributed(claim: ClaimRecord) -> bool:
    """No one but the author, or a quoted `я`/`мы` whose name the quote's frame gives."""
    return claim.speaker_kind == "author" or claim.first_person


def _copy_speaker(claim: ClaimRecord, source: ClaimRecord) -> None:
    claim.first_person = False
    claim.speaker_kind = source.speaker_kind
    claim.speaker_entity, claim.speaker_span, claim.cue = source.speaker_entity, source.speaker_span, source.cue
    claim.features["named_source"] = source.features.get("named_source", 0.0)
    claim.score = _score(claim.features)


@dataclass
class _Clause:
    head: int
    tokens: list[int]


def _roots(parse: _Parse, words: list[int]) -> list[int]:
    inside = set(words)
    roots = [i for i in words if parse.heads[i] is None or parse.heads[i] == i or parse.heads[i] not in inside]
    roots.sort(key=lambda i: (parse.rel(i) != "root", i))
    if not roots and words:  # slovnet can leave a cycle with no root: the first finite verb heads it
        roots = [next((i for i in words if parse.is_finite(i)), words[0])]
    return roots


def _independent(parse: _Parse, first: int, other: int) -> bool:
    """Whether a predicate coordinated with (or parsed apart from) `first` is a clause of its own."""
    if not parse.is_predicate(other):
        return False
    # (`пока` inside the clause means "still", `так и` "after all": `…, а деньги пока не выделены`, `…, но
    # нефть так и не подешевела` are clauses of their own; `не так силён, как …` compares)
    opening = min((k for k in parse.subtree(other) if parse.is_word(k) and parse.lower[k] not in LEADING_JUNK),
                  default=other)

    def still(k: int) -> bool:
        return k != opening and parse.rel(k) == "advmod" and (
            parse.lower[k] == "пока" or parse.lower[k] == "так" and parse.lower[k + 1:k + 2] == ["и"])

    if any(parse.lower[k] in CLAUSE_MARKS and not still(k) for k in parse.kids(other, "mark", "advmod")):
        return False  # `…, поскольку X` misparsed as a conjunct
    subjects = parse.kids(other, *SUBJECT_RELS)
    if any(parse.lemma[k] in RELATIVE for k in subjects):
        return False  # `…, который исчез` left unattached
    if any(parse.lemma[k] in RELATIVE and k < other for k in parse.kids(other, "obj", "iobj", "obl", "nmod")):
        return False  # `Министр, которого уволил президент, …`: a relative clause on its object
    if _quoted_after_report(parse, other):
        return False  # `…, сказав «мы принялись …»`: the quote is what the report says
    reported = [k for k in parse.kids(other, "ccomp") if k > other]
    if parse.lemma[other] in REPORTING and not reported and (not subjects or subjects[0] > other):
        return False  # `…, заявил X` / `…, пишет FT` frames the clause before it
    if subjects:
        return True
    if parse.lower[other] in IMPERSONAL_MODALS:
        return True  # impersonal modal predicate: `и с этим нужно смириться` (not `мы хотим и должны`)
    if _stray_subject(parse, first, other) is not None:
        return True
    # `объявлен карантин, а всем контактным лицам предлагают вакцинацию`: an indefinite-personal plural
    # after a contrast cannot share the singular subject of the predicate before it
    contrast = any(parse.lower[k] in ("а", "но") for k in parse.kids(other, "cc"))
    plural = parse.is_finite(other) and parse.feats[other].get("Number") == "Plur" and parse.feats[other].get(
        "Person") != "1"
    if contrast and plural and any(parse.pos[k] in ("NOUN", "PROPN") and not _plural_subject(parse, k)
                                   for k in parse.kids(first, *SUBJECT_RELS)):
        return True
    # `…, и на Западе не исключают, что …`: an indefinite-personal report is a claim of its own; one that
    # agrees with the subject before it shares it (`Задержанный признал вину и заявил, что …`, `X
    # подчеркнул, что …, но признал, что …`: one claim, as the guidelines keep shared subjects)
    return parse.lemma[other] in REPORTING and bool(reported) and not _shares_subject(parse, first, other)


def _plural_subject(parse: _Parse, k: int) -> bool:
    """A subject that takes a plural verb: a plural, a coordination, or one with its companion
    (`Президент с супругой посетили …`)."""
    return parse.feats[k].get("Number") == "Plur" or bool(parse.kids(k, "conj")) or any(
        parse.lower[c] in ("с", "со") for n in parse.kids(k, "nmod") for c in parse.kids(n, "case"))


def _shares_subject(parse: _Parse, first: int, other: int) -> bool:
    """Whether subjectless `other` agrees in number (and, in the past, gender) with the nominal subject
    of `first`."""
    subjects = [k for k in parse.kids(first, "nsubj") if parse.pos[k] in ("NOUN", "PROPN", "PRON")]
    if not subjects:
        return False
    subject, verb = parse.feats[subjects[0]], parse.feats[other]
    if verb.get("Person", "3") != subject.get("Person", "3"):
        return False  # (`власть боится народа, и думаю, что …`: the first person is someone else)
    plural = _plural_subject(parse, subjects[0])
    if plural != (verb.get("Number") == "Plur"):
        return False
    return plural or not verb.get("Gender") or not subject.get("Gender") or verb["Gender"] == subject["Gender"]


def _stray_subject(parse: _Parse, first: int, other: int) -> int | None:
    """`Школа не должна быть фабрикой, и новая система, мне кажется, даёт шанс`, `она сократилась на
    четверть, и доходы бюджета упали`: the subject of a subjectless predicate after `first` that the
    parser hung on `first` (as a conjunct, or as a second subject after its own), past a conjunction
    and with no verb but an aside between it and `other`."""
    # (nor when `first` heads a subordinate clause: `Как ни странно это звучит, но популярность …`)
    if parse.kids(other, *SUBJECT_RELS) or any(
            parse.lower[k] in CLAUSE_MARKS for k in parse.kids(first, "mark", "advmod")):
        return None
    own = [k for k in parse.kids(first, *SUBJECT_RELS) if k < first]
    for n in parse.kids(first, "conj", "nsubj"):
        if not first < n < other or parse.pos[n] not in ("NOUN", "PROPN") or parse.feats[n].get("Case") != "Nom":
            continue
        if parse.rel(n) == "nsubj" and not own:
            continue
        if not any(parse.lower[c] in ("и", "а", "но") for c in range(first + 1, n)):
            continue
        if not any(parse.is_finite(k) and parse.rel(k) != "parataxis" for k in range(n + 1, other)):
            return n
    return None


def _quoted_after_report(parse: _Parse, i: int) -> bool:
    """Whether the clause of `i` opens with a quote or colon right after a reporting verb."""
    start = parse.sentence[i][0]
    k = min(parse.subtree(i))
    while k < i and not parse.word[k]:
        k += 1  # the clause's first word (its opening quote may hang elsewhere)
    marks = False
    k -= 1
    while k >= start and (parse.punct[k] or parse.space[k]):
        marks = marks or parse.words[k] in QUOTES_OPEN or parse.words[k] == ":"
        k -= 1
    return marks and k >= start and parse.lemma[k] in REPORTING


def _subordinate_between(parse: _Parse, words: list[int], first: int, other: int) -> bool:
    """An unattached predicate after `где`, `который`, `что` … (with no `и`/`а`/`но` of its own)
    continues a subordinate clause: `…, где, по словам Брода, публиковались обвинения`."""
    if first > other or _coordinated(parse, other):
        return False
    return any(parse.lower[i] in SUBORDINATORS | RELATIVE | {"где", "куда", "откуда"}
               for i in words if first < i < other)


def _coordinated(parse: _Parse, i: int, after: int = -1) -> bool:
    """A `ccomp`/`parataxis` that opens with `и`/`а`/`но` is a conjunct the parser mislabelled
    (only a conjunction after `after` counts: `…, и на Западе не исключают, что` coordinates the frame)."""
    # (and a conjunction after the clause's own `что` joins words inside it, misattached: `что связь между
    # временем и оценками оказалась слабее`)
    marks = [m for m in parse.kids(i, "mark") if parse.lower[m] in ("что", "чтобы", "будто")]
    return any(parse.lower[k] in ("и", "а", "но", "однако", "зато") and k > after and not any(m < k for m in marks)
               for k in parse.kids(i, "cc"))


def _clauses(parse: _Parse, words: list[int]) -> list[_Clause]:
    """The independent clauses of a sentence, each with the tokens that belong to it."""
    roots = _roots(parse, words)
    if not roots:
        return []
    # a predicate root heads the sentence before a word the parser left as a root of its own
    # (`Дальше привязки … исчезают`: `Дальше` parsed as a second root, ahead of the verb)
    # (and not a relative clause left a root of its own, `Министр X, который, вероятно, завтра будет
    # беседовать с Y, указал, что …`: `который` opens it)
    predicates = [r for r in roots if parse.is_predicate(r)]
    relative = [r for r in predicates if any(
        parse.lemma[k] in ("который", "чей") and parse.words[k - 1] == "," for k in range(max(words[0] + 1, r - 6), r))]
    main = next((r for r in predicates if r not in relative), predicates[0] if predicates else roots[0])
    heads = [main]
    for extra in [r for r in roots if r != main]:  # slovnet sometimes leaves a second clause unattached
        if parse.is_predicate(extra) and _independent(parse, main, extra) and not _subordinate_between(
                parse, words, main, extra):
            heads.append(extra)
    queue = list(heads)
    while queue:
        h = queue.pop()
        for k in parse.kids(h, "conj", "ccomp", "parataxis"):
            # (under a head that is no predicate, a label or a name before a colon, `Кузьмин: Мы купим …`,
            # the parataxis is the clause)
            if k in heads or parse.rel(k) != "conj" and not _coordinated(parse, k) and (
                    parse.is_predicate(h) or parse.rel(k) == "ccomp" or ":" not in parse.words[h:k]):
                continue  # (a cyclic parse could bring a head back)
            if _independent(parse, h, k) and not _in_quote_with(parse, h, k):
                heads.append(k)
                queue.append(k)
    heads.sort()
    # Each token belongs to the nearest clause head above it. A clause starts at its first word after
    # the previous clause's head (punctuation and misattached words can hang anywhere), so the
    # clauses partition the sentence into contiguous, non-overlapping ranges.
    head_set = set(heads)
    owner: dict[int, int] = {}
    for i in words:
        node, steps = i, 0
        while node is not None and node not in head_set and steps < 64:
            node = parse.heads[node]
            steps += 1
        owner[i] = node if node in head_set else -1
    for h in heads:  # (a stray subject goes with its own predicate)
        for first in heads:
            stray = _stray_subject(parse, first, h) if first < h else None
            if stray is not None:
                owner.update((i, h) for i in parse.subtree(stray) if i in owner)
    bounds = [words[0]]
    kept = [heads[0]]
    for h in heads[1:]:
        own = [i for i in words if owner[i] == h and i > kept[-1] and parse.is_word(i)]
        start = min(own) if own else h
        # a coordinated clause opens at its conjunction: words before it that the parser hung on its head
        # belong to the clause before (`приносит лишь 4 % выручки, но компания называет …`)
        opening = [c for c in parse.kids(h, "cc") if kept[-1] < c < h]
        if opening and start < min(opening):
            start = min(opening)
        elif not opening:
            # (and an unjoined one after its comma, when what the parser hung before it is a bare phrase:
            # `вышли около семи тысяч человек, полиция оценила …`)
            # (the phrase runs on from the clause before up to its first comma; an opening phrase set off
            # by a comma of its own belongs to the clause it opens: `…, при этом, по данным компании, …`,
            # `начался ночью в жилом доме, по словам очевидцев, огонь распространился`)
            first = min([h] + [k for k in parse.kids(h, *SUBJECT_RELS) if k > kept[-1]])
            commas = [c for c in range(start, first) if parse.words[c] in (",", ";")]
            before = start - 1
            while before > 0 and parse.space[before]:
                before -= 1
            if commas and not parse.punct[before] and not any(
                    parse.is_finite(i) or parse.rel(i) == "mark" for i in range(start, commas[0])):
                start = commas[0] + 1
        if start > bounds[-1]:
            bounds.append(start)
            kept.append(h)
    clauses = []
    for n, h in enumerate(kept):
        end = bounds[n + 1] if n + 1 < len(bounds) else words[-1] + 1
        clauses.append(_Clause(h, [i for i in words if bounds[n] <= i < end]))
    return _merge_subordinate(parse, clauses)


def _merge_subordinate(parse: _Parse, clauses: list[_Clause]) -> list[_Clause]:
    """A range that opens with a subordinator (`Если X, Y`; `Y, когда X`) joins its main clause."""
    n = 0
    while len(clauses) > 1 and n < len(clauses):
        first = next((i for i in clauses[n].tokens if parse.is_word(i)), None)
        last_before = ([i for i in clauses[n - 1].tokens if parse.is_word(i)] or [None])[-1] if n else None
        if last_before is not None and parse.lower[last_before] in SUBORDINATORS | {"что", "как"}:
            clauses[n - 1].tokens = sorted(clauses[n - 1].tokens + clauses[n].tokens)
            del clauses[n]
            continue
        # (only when the subordinator marks the range's own head: in `Когда цены выросли, потребители
        # сократили покупки, а магазины …` the first range holds its main clause already)
        marked = parse.heads[first] if first is not None else None
        holds_main = marked is not None and marked != clauses[n].head and parse.rel(marked) == "advcl" and (
            parse.heads[marked] == clauses[n].head) and parse.is_predicate(clauses[n].head)
        if first is not None and parse.lower[first] in SUBORDINATORS and not holds_main:
            other = n + 1 if n == 0 else n - 1
            keep = clauses[other]
            keep.tokens = sorted(keep.tokens + clauses[n].tokens)
            del clauses[n]
            continue
        n += 1
    return clauses


def _open_quotes(parse: _Parse, start: int, end: int) -> int:
    """How many «…» quotes opened in tokens start..end-1 are still open at `end`."""
    depth = 0
    for i in range(start, end):
        if parse.words[i] in QUOTES_OPEN:
            depth += 1
        elif parse.words[i] in QUOTES_CLOSE and depth:
            depth -= 1
    return depth


def _in_quote_with(parse: _Parse, a: int, b: int) -> bool:
    """Whether `a` and `b` sit inside the same «…» quote (a quotation is one claim of its speaker)."""
    lo, hi = min(a, b), max(a, b)
    if not _open_quotes(parse, parse.sentence[lo][0], lo):
        return False
    return not any(parse.words[i] in QUOTES_CLOSE for i in range(lo, hi))


# --- attribution -------------------------------------------------------------------------------


def _reporting_frame(parse: _Parse, verb: int, content: int | None) -> _Frame | None:
    """The frame of reporting verb `verb`: its subject, or `в/на` + place when it has none (a
    `[quote_closing]` reaction only as its callers found it, after or inside a quotation)."""
    if parse.lemma[verb] not in REPORTING and parse.lemma[verb] not in QUOTE_CLOSING and not _as_found(parse, verb):
        return None
    if _goes_on(parse, verb):
        return None
    if parse.lower[verb] in ("говорится", "говорят") and not parse.kids(verb, "nsubj", "obl") and any(
            parse.lower[k] == "как" for k in parse.kids(verb, "mark", "advmod")):
        return None  # `Как говорится, …` cites a saying, no one's statement
    frame_tokens = parse.subtree(verb, frozenset({content} if content is not None else ()))
    subjects = parse.kids(verb, "nsubj", "nsubj:pass")
    cue = _cue_text(parse, verb)
    if parse.lemma[verb] in ("цитировать", "процитировать"):  # `цитирует «Росбалт» канцлера`: the quoted speaks
        quoted = [k for k in parse.kids(verb, "obj") if parse.pos[k] in ("NOUN", "PROPN", "PRON")]
        if quoted:
            return _Frame(parse.subtree(quoted[0]), cue, frame_tokens, quoted[0])
    if subjects and parse.rel(subjects[0]) == "nsubj:pass" and not parse.kids(verb, "obl:agent"):
        # `США обвиняются в том, что …`: the passive's subject is who is spoken of; no one is named
        return _Frame([verb], cue, frame_tokens, None)
    if subjects:
        source = _source_of(parse, subjects[0])
        if _self(parse, subjects[0]) and not _quoted(parse, verb):
            return None
        if parse.lemma[subjects[0]] in NOT_SPEAKERS or parse.lower[subjects[0]] in NOT_SPEAKERS:
            return None  # `это указывает на то, что …` is evidence, `никто не говорит` no one's report
        return _Frame(source, cue, frame_tokens, subjects[0])
    reflexive = parse.lower[verb].endswith(("ся", "сь"))
    if parse.feats[verb].get("Number") == "Plur" or reflexive:
        # indefinite-personal or impersonal: `на Западе не исключают`, `сообщили в пресс-службе`
        places = _places(parse, verb)
        if places:
            return _Frame(parse.subtree(places[0]), cue, frame_tokens, places[0])
        if parse.feats[verb].get("Person") in ("1", "2"):
            return None  # `Напомним, что …` is the author's own
        if not reflexive:  # `Эта группа и станция утверждают, что …` with the subject misattached
            before = _subject_before(parse, verb, cue, frame_tokens)
            if before is not None:
                return before
        # `Сообщается, что …`, `подчёркивалось, что …`, `Говорят, что …`: an unnamed source, the verb
        # stands for it
        return _Frame([verb], cue, frame_tokens, None)
    short_passive = _short_passive(parse, verb)
    if short_passive and parse.lemma[verb] in ("исключить", "допустить"):
        return None  # `Не исключено, что …` hedges the author's claim: no one is reported
    places = _places(parse, verb) if short_passive else []
    if places:  # `«…», — сказано в обращении Общества`: the document speaks
        return _Frame(parse.subtree(places[0]), cue, frame_tokens, places[0])
    if short_passive and content is not None and not parse.kids(verb, "obl:agent"):
        return _Frame([verb], cue, frame_tokens, None)  # `Было заявлено, что …`: unnamed too
    # a personal verb whose subject the parser hung elsewhere: the first nominative noun after it,
    # outside what it reports
    if parse.feats[verb].get("VerbForm") in ("Part", "Conv", "Inf") or parse.feats[verb].get("Voice") == "Pass":
        return None
    reported = set(parse.subtree(content)) if content is not None else set()
    sentence_start, sentence_end = parse.sentence[verb]
    for i in range(verb + 1, min(sentence_end, verb + 12)):
        if i in reported:
            break
        if parse.pos[i] in ("NOUN", "PROPN") and parse.feats[i].get("Case") == "Nom" and parse.rel(i) != "obj":
            source = [k for k in parse.subtree(i) if k > verb]
            return _Frame(source, cue, frame_tokens, i)
    return _subject_before(parse, verb, cue, frame_tokens)


def _source_of(parse: _Parse, subject: int) -> list[int]:
    """The speaker's tokens: the subject's subtree without its relative clause (`которого цитирует
    «Росбалт»` is not part of who speaks)."""
    return [i for i in parse.subtree(subject) if not _inside_rel(parse, i, subject, ("acl:relcl", "acl"))]


def _goes_on(parse: _Parse, verb: int) -> bool:
    """`продолжат расти`, `рассмотрение будет продолжено`: `продолжить` of doing, not of speaking
    (`продолжил: «…»`, `— продолжил министр`)."""
    return parse.lemma[verb] in ("продолжить", "продолжать") and bool(any(
        parse.feats[k].get("VerbForm") == "Inf" for k in parse.kids(verb, "xcomp")) or parse.kids(
        verb, "obj", "nsubj:pass") or _short_passive(parse, verb))


def _short_passive(parse: _Parse, i: int) -> bool:
    """`сказано`, `заявлено`: a short passive participle, which reports like a finite verb."""
    return parse.feats[i].get("Variant") == "Short" and parse.feats[i].get("Voice") == "Pass"


def _places(parse: _Parse, verb: int) -> list[int]:
    """`в/на/из/у` + noun on a verb: where an unnamed source speaks (`на Западе`, `в обращении`)."""
    return [k for k in parse.kids(verb, "obl", "nmod") if parse.pos[k] in ("NOUN", "PROPN")
            and any(parse.lower[c] in ("в", "во", "на", "из", "у") for c in parse.kids(k, "case"))]


def _subject_before(parse: _Parse, verb: int, cue: str, frame_tokens: list[int]) -> _Frame | None:
    """The subject of `verb` that the parser hung elsewhere, before it (`В ответ на сомнения
    американцев руководитель полета Владимир Соловьев заявляет, что …`): the nearest nominative
    phrase that cannot depend where the parser put it (after the verb, or on an oblique noun)."""
    sentence_start = parse.sentence[verb][0]
    number = parse.feats[verb].get("Number")
    for i in range(verb - 1, max(sentence_start, verb - 16) - 1, -1):
        head = parse.heads[i]
        misplaced = head is None or head >= verb or head < sentence_start or parse.feats[head].get(
            "Case") not in (None, "Nom")
        if (parse.pos[i] in ("NOUN", "PROPN") and parse.feats[i].get("Case") == "Nom" and misplaced
                and parse.rel(i) not in ("obj", "appos", "flat", "flat:name", "conj") and not parse.kids(i, "case")
                and (parse.feats[i].get("Number", number) == number or parse.kids(i, "conj"))):
            source = [k for k in parse.subtree(i) if k < verb]
            return _Frame(source, cue, frame_tokens, i)
    return None


def _inside_rel(parse: _Parse, i: int, top: int, rels: tuple[str, ...]) -> bool:
    node, steps = i, 0
    while node is not None and node != top and steps < 64:  # (a cyclic parse never reaches `top`)
        if parse.rel(node) in rels:
            return True
        node, steps = parse.heads[node], steps + 1
    return False


def _quoted(parse: _Parse, verb: int) -> bool:
    start, end = parse.sentence[verb]
    return any(parse.words[i] in QUOTES_OPEN for i in range(start, end))


def _cue_text(parse: _Parse, verb: int) -> str:
    parts = [k for k in parse.kids(verb, "advmod") if parse.lower[k] == "не"] + [verb]
    return " ".join(parse.words[i] for i in sorted(parts))


# expectations report only a что-clause (`рассчитывает, что …`), not what is waited for (`ожидали, когда …`)
EXPECTING = frozenset({"рассчитывать", "ожидать", "надеяться", "бояться"})


def _introduces(parse: _Parse, verb: int, content: int) -> bool:
    """Whether `content` reads as what `verb` reports: a `что`-clause, or a quote or colon after it."""
    rel = parse.rel(content) if parse.heads[content] == verb else "parataxis"
    marks = {parse.lower[k] for k in parse.kids(content, "mark")}
    if _coordinated(parse, content, verb):
        return False
    as_frame = any(parse.lower[k] == "как" for k in parse.kids(content, "mark", "advmod"))
    if as_frame and parse.lemma[content] in REPORTING:
        return False  # `как рассказала X, …` frames the clause, it is not what the clause reports
    if parse.lemma[verb] in ("допустить", "допускать", "исключить", "исключать") and "чтобы" in marks:
        return False  # `не допустят, чтобы цены выросли` prevents, it supposes nothing
    if parse.lemma[verb] in EXPECTING and any(
            parse.lower[k] in ("когда", "пока", "если", "где", "куда") for k in parse.kids(content, "mark", "advmod")):
        return False  # `ожидали, когда прибудут спасатели` waited, expected nothing
    if rel == "ccomp" or marks & {"что", "чтобы", "будто", "якобы", "как"}:
        return True
    first = min((i for i in parse.subtree(content) if parse.word[i]), default=content)
    return any(parse.words[i] in (":", '"') or parse.words[i] in QUOTES_OPEN for i in range(verb + 1, first))


def _postposed(parse: _Parse, verb: int, content: int) -> bool:
    """`как отметил X, …`, `«…», — сказал X`, `…, сообщает ТАСС`: a frame hanging on its content."""
    if any(parse.lower[k] == "как" for k in parse.kids(verb, "mark", "advmod")):
        return True
    if parse.kids(verb, "obj", "ccomp"):
        return False
    subjects = parse.kids(verb, "nsubj")
    if verb < content:
        # `Такой переход, считает вице-губернатор X, повысит …`, `Между тем, пишет «Коммерсантъ», …`:
        # a frame set off inside the content, its subject after the verb
        frame = [i for i in parse.subtree(verb) if parse.word[i] or parse.words[i] in QUOTES_OPEN + QUOTES_CLOSE]
        before, after = min(frame) - 1, max(frame) + 1
        start = parse.sentence[verb][0]
        return (bool(subjects) and subjects[0] > verb and before > start and after < len(parse.words)
                and parse.words[before] in (",", "—", "–") and parse.words[after] in (",", "—", "–"))
    first = min(parse.subtree(verb))
    before = [i for i in range(max(first - 3, 0), verb) if parse.punct[i]]
    if any(parse.words[i] == ":" for i in before):
        return False  # `…: указывались лишь сроки` lists, it does not report
    return not subjects or subjects[0] > verb or any(parse.words[i] in "—–-" for i in before)


def _opinion_frame(parse: _Parse, verb: int) -> _Frame | None:
    """`X считает решение ошибочным`, `X назвал атмосферу «хорошей»`: the subject judges the object
    (an `[opinion_verbs]` verb with an object and its predicate; `назвать` only with quoted words, else
    it names or appoints)."""
    objects = parse.kids(verb, "obj")
    complements = parse.kids(verb, "xcomp")
    if parse.lemma[verb] in RATING:
        # only `как` something: `оценил ущерб в миллион` measures, `высоко оценил` praises in passing
        complements = [k for o in [verb, *objects] for k in parse.kids(o, "obl", "nmod", "advcl", "xcomp") if any(
            parse.lower[c] == "как" for c in parse.kids(k, "case", "mark"))]
    subjects = parse.kids(verb, "nsubj")
    if parse.lemma[verb] not in OPINION_VERBS or subjects and _self(parse, subjects[0]):
        return None
    # `В Пхеньяне сочли неприемлемым требование Сеула`: an indefinite-personal judgement speaks for the
    # place it is made in, as `на Западе не исключают` does
    # (`В Дюссельдорфе давно не считают вязание уделом женщин` tells a custom: no one judges)
    indefinite = not subjects and parse.feats[verb].get("Number") == "Plur" and parse.is_finite(verb) and (
        parse.feats[verb].get("Person", "3") == "3") and not any(
        parse.lower[k] == "не" for k in parse.kids(verb, "advmod"))
    places = _places(parse, verb) if indefinite else []
    # (with no place either, `Реформу уже называют самой масштабной`, the verb is the span of whoever
    # holds the opinion, as `Говорят, что …` is)
    if not subjects and not indefinite:
        return None
    if parse.lemma[verb] in ("назвать", "называть"):
        # `назвал атмосферу «хорошей»`, `назвал целью захвата «требование …»`, `называет вмешательство
        # злом: «…»`: quoted words follow (the parser may hang them anywhere)
        end = parse.sentence[verb][1]
        qualified = _names_a_quality(parse, verb)
        if any(parse.lower[k] == "не" for k in parse.kids(verb, "advmod")):
            return None  # `власти не называют происшествие чрезвычайным` attribute no words to them
        if not (objects or complements) or not qualified and not any(
                parse.words[i] in QUOTES_OPEN for i in range(verb + 1, end)):
            return None
    elif not objects or not complements:
        return None
    if not subjects and not places:
        # (in the past, `ее и назвали конспиративно — «ассоциация»`, someone gave a name once; and the
        # complement must be a quality, `называют самой масштабной`: `считают машинами` counts)
        quality = any(parse.pos[k] == "ADJ" or parse.feats[k].get("VerbForm") == "Part" for c in complements
                      for k in [c, *parse.kids(c, "amod")])
        if parse.feats[verb].get("Tense") == "Past" or not quality:
            return None
        return _Frame([verb], _cue_text(parse, verb), [verb], None)
    holder = subjects[0] if subjects else places[0]
    source = parse.subtree(holder)
    return _Frame(source, _cue_text(parse, verb), source + [verb], holder)


def _received_opinion(parse: _Parse, verb: int) -> _Frame | None:
    """`Эти записи до сих пор считаются эталонными`: what is considered so is an opinion held by no one
    named, the verb its span (as `Считается, что …` is); not the author's endorsement (`по праву
    считается родоначальником`)."""
    if parse.lemma[verb] != "считаться" or not parse.is_finite(verb) or parse.kids(verb, "ccomp"):
        return None
    # (`не считаются с мнением жителей` reckons with something: a preposition marks no opinion)
    complements = parse.kids(verb, "xcomp", "obl")
    if not any(parse.rel(k) == "xcomp" or parse.feats[k].get("Case") == "Ins" and not parse.kids(k, "case")
               for k in complements) or any(parse.lower[c] in ("с", "со") and parse.feats[k].get("Case") == "Ins"
                                           for k in complements for c in parse.kids(k, "case")):
        return None
    if any(parse.lower[k] in ENDORSING for k in [*parse.children[verb], *([verb - 1] if verb else [])]):
        return None
    return _Frame([verb], parse.words[verb], [verb], None)


def _names_a_quality(parse: _Parse, verb: int) -> bool:
    """`назвал итоги выборов подтасованными`, `назвал его маленьким Парижем`: `назвать` with a quality
    or a likeness in the instrumental (the parser may hang it under the object); not a name given
    (`назвали дочь Алисой`, `назвала самолёт «Сокол»`) nor an appointment (`назвал его преемником`)."""
    if parse.lemma[verb] not in ("назвать", "называть"):
        return False
    named = parse.kids(verb, "xcomp") + [k for o in parse.kids(verb, "obj") for k in parse.subtree(o)
                                         if parse.feats[k].get("Case") == "Ins"]
    if any(parse.pos[k] == "ADJ" or parse.feats[k].get("VerbForm") == "Part"
           or parse.pos[k] == "PROPN" and parse.kids(k, "amod") for k in named):
        return True
    # quoted lower-case words characterise (`назвал его «партнёром, с которым …»`), a quoted capital names
    end = parse.sentence[verb][1]
    return any((parse.words[i] in QUOTES_OPEN or parse.words[i] == '"') and i + 1 < end
               and parse.words[i + 1][:1].islower() for i in range(verb + 1, end))


def _find_frame(parse: _Parse, clause: _Clause, depth: int = 0) -> tuple[_Frame | None, int]:
    """(attribution frame or None, the content predicate) of a clause; `depth` bounds the look into
    what the author recalls (a cyclic parse could otherwise send it round for ever)."""
    head = clause.head
    tokens = set(clause.tokens)
    # `X заявил, что …` / `X сказал: «…»` / `на Западе не исключают, что …`; with no source
    # (`Напомним, что …`, `Следует отметить, что …`) the author reports, and the content is typed
    verb = head
    if parse.lower[head] in IMPERSONAL_MODALS:
        verb = next((k for k in parse.kids(head, "xcomp", "csubj") if parse.lemma[k] in REPORTING), head)
    if parse.lemma[verb] in REPORTING and not _goes_on(parse, verb):
        # the content may be left unattached after `:` (a second root)
        loose = [i for i in clause.tokens if i > verb and parse.heads[i] is None and parse.word[i]]
        # `рассказал о том, что …`: the content hangs on the pronoun `то`
        # or on a noun (`выразил надежду, что …`)
        pronoun = [c for k in parse.kids(verb, "obl", "obj") for c in parse.kids(k, "acl", "ccomp")
                   if parse.lower[k] in ("то", "том", "тем", "тому") or any(
                       parse.lower[m] in ("что", "будто") for m in parse.kids(c, "mark"))]
        # `заявил, что …` with the что-clause hung elsewhere by the parser: the clause `что` opens
        marked = [parse.heads[m] for m in range(verb + 1, min(verb + 3, len(parse.words)))
                  if parse.lower[m] in ("что", "будто") and parse.rel(m) == "mark" and parse.heads[m] is not None]
        for k in parse.kids(verb, "ccomp", "parataxis", "advcl", "obj") + pronoun + loose[:1] + marked:
            # `стороны не уточняют, в какой пропорции …`, `объяснил, почему …`: what is asked is no
            # content; the claim is the author's, about the act
            if k in tokens and _introduces(parse, verb, k) and not _indirect_question(parse, k) and (
                    parse.is_predicate(k) or parse.rel(k) in ("ccomp", "parataxis")):
                frame = _reporting_frame(parse, verb, k) if verb == head else None
                if frame is None and k != head and depth < 3:
                    # `Напомним, что X говорил, что …`, `Отметим, что согласно отчётности …`: the author
                    # recalls what X said, or what a source shows
                    # (only in the content itself, not a relative clause of it: `Напомним, что Иванов,
                    # который, по словам соседей, давно болел, умер в мае` is the author's)
                    under = [i for i in parse.subtree(k) if i in tokens
                             and not _inside_rel(parse, i, k, ("acl:relcl", "acl"))]
                    inner, inner_content = _find_frame(parse, _Clause(k, under), depth + 1)
                    if inner is not None:
                        return inner, inner_content
                return frame, k
    # `Бутусов назвал украинцев близкими людьми и сообщил, что …`: a report coordinated with the head
    # shares its subject, who is then the source of the claim
    for k in parse.kids(head, "conj"):
        contents = [c for c in parse.kids(k, "ccomp") if c in tokens and _introduces(parse, k, c)]
        if k in tokens and parse.lemma[k] in REPORTING and contents and _shares_subject(parse, head, k):
            subject = next(s for s in parse.kids(head, "nsubj") if parse.pos[s] in ("NOUN", "PROPN", "PRON"))
            if not _self(parse, subject):
                source = _source_of(parse, subject)
                return _Frame(source, _cue_text(parse, k), source + [k], subject, also=head), contents[0]
    # `Шувалов дал понять, что не против …`: letting it be understood reports what is understood
    if parse.lemma[head] in ("дать", "давать"):
        understood = [c for u in parse.kids(head, "xcomp") if parse.lemma[u] == "понять"
                      for c in parse.kids(u, "ccomp") if c in tokens and _introduces(parse, u, c)]
        subjects = parse.kids(head, "nsubj")
        # (not denied, `ни разу не дал понять`, and by someone who can say it: `Погода не дала понять`)
        if understood and _holder(parse, head) and not _self(parse, subjects[0]) and not any(
                parse.lower[k] == "не" for k in parse.kids(head, "advmod")):
            source = _source_of(parse, subjects[0])
            return _Frame(source, f"{parse.words[head]} понять", parse.subtree(head, frozenset(understood[:1])),
                          subjects[0]), understood[0]
    opinion = _opinion_frame(parse, head) or _received_opinion(parse, head)
    if opinion is not None:
        return opinion, head
    # `«…», — сказал X` and `как отметил X, …`: the reporting verb hangs on the content
    for k in parse.kids(head, "parataxis", "advcl", "conj", "ccomp"):
        if k in tokens and _closes_as_report(parse, clause.tokens, k) and _postposed(parse, k, head):
            frame = _reporting_frame(parse, k, None)
            if frame is not None:
                frame.kind = "after"
                return frame, head
    # `X провёл совещание, заявив, что …`, `X завершил беседу, сказав «…»`: a converb of saying reports
    # what the clause's subject says
    subjects = parse.kids(head, "nsubj")
    for k in parse.kids(head, "advcl"):
        if (k in tokens and subjects and parse.lemma[k] in REPORTING and parse.feats[k].get("VerbForm") == "Conv"
                and not _self(parse, subjects[0])):
            content = [c for c in parse.kids(k, "ccomp") if c in tokens and _introduces(parse, k, c)]
            quoted = any(parse.words[i] in QUOTES_OPEN or parse.words[i] == ":"
                         for i in range(k + 1, min(k + 3, len(parse.words))))
            if content or quoted:
                source = parse.subtree(subjects[0])
                return _Frame(source, _cue_text(parse, k), source + [k], subjects[0]), content[0] if content else head
    # `по словам X`, `по данным X`, `согласно X`
    for i in clause.tokens:
        # (not inside a relative clause: `Иванов, который, по словам соседей, давно болел, умер` is not
        # the neighbours' claim)
        if (parse.lemma[i] in REPORT_NOUNS or parse.lower[i] in REPORT_NOUNS) and not _inside_rel(
                parse, i, head, ("acl:relcl",)):
            case = [c for c in parse.kids(i, "case") if parse.lower[c] in ("по", "согласно") or _according(parse, c)]
            if case:
                # `по его словам`, `по данным МВД`; not `по некоторым данным` (a hedge, no source)
                # (`по данным за 2013 год`, `на февраль`: a period the data cover, no source)
                deps = [k for k in parse.kids(i, "nmod", "det")
                        if (parse.pos[k] in ("NOUN", "PROPN") or parse.lower[k] in POSSESSIVES
                            and parse.lemma[k] not in ("мой", "наш"))
                        and parse.lemma[k] not in RELATIVE and not parse.kids(k, "case")]
                if not deps:
                    # `по некоторым данным`, `по неофициальным данным`, `по слухам`: an unnamed source, the
                    # phrase its span (like `Сообщается`)
                    # (a bare `по данным за 2013 год` names a period, no source)
                    # (a pointer back, `по этим данным`, or our own, `по нашим данным`, is no unnamed source)
                    qualified = [k for k in parse.kids(i, "amod", "det") if k < i and parse.lemma[k] not in (
                        "этот", "тот", "такой", "мой", "наш", "твой", "ваш", "свой", "его", "её", "их")]
                    if parse.lower[case[0]] == "по" and parse.lemma[i] in UNNAMED_REPORTS and (
                            qualified or parse.lemma[i] == "слух") and not _inside_rel(
                            parse, i, head, ("acl:relcl", "acl")):
                        source = [*qualified, i]
                        return _Frame(source, f"{parse.words[case[0]]} {parse.words[i]}", parse.subtree(i), None,
                                      "prep"), head
                    continue
                source = parse.subtree(deps[0])
                # the source ends at the comma closing `По словам X,` (the parser may run on past it)
                comma = next((k for k in range(deps[0] + 1, max(source) + 1) if parse.words[k] == ","), None)
                if comma is not None:
                    source = [k for k in source if k < comma]
                cue = "в соответствии с" if _according(parse, case[0]) else f"{parse.words[case[0]]} {parse.words[i]}"
                return _Frame(source, cue, parse.subtree(i), deps[0], "prep"), head
        # `Как следует из проектной документации, …`: what a document shows is its statement
        if parse.lemma[i] == "следовать" and any(parse.lower[m] == "как" for m in parse.kids(i, "mark")):
            documents = [k for k in parse.kids(i, "obl") if any(parse.lower[c] == "из" for c in parse.kids(k, "case"))]
            if documents and documents[0] in tokens:
                source = [k for k in parse.subtree(documents[0]) if parse.rel(k) != "case" or k > documents[0]]
                return _Frame(source, "как следует из", parse.subtree(i), documents[0], "prep"), head
        if parse.lower[i] == "согласно" and parse.rel(i) == "case":
            noun = parse.heads[i]
            if noun is not None and (parse.lemma[noun] in REPORT_NOUNS or parse.lower[noun] in REPORT_NOUNS) and any(
                    parse.pos[k] in ("NOUN", "PROPN") or parse.lower[k] in POSSESSIVES
                    for k in parse.kids(noun, "nmod", "det")):
                continue  # `согласно заявлению X`: the noun's own turn names X
            # `согласно comScore`, `согласно официальному заявлению`: the phrase is the source
            # (`согласно соглашению 1855 года`, `согласно уставу`: a norm the author applies says nothing)
            if noun is not None and parse.pos[noun] in ("NOUN", "PROPN", "X") and noun in tokens and (
                    parse.lemma[noun] not in NORMS):
                source = parse.subtree(noun)
                comma = next((k for k in range(noun + 1, max(source) + 1) if parse.words[k] == ","), None)
                if comma is not None:  # `Согласно информации, опубликованной в «КП», …`: the phrase ends there
                    source = [k for k in source if k < comma]
                return _Frame(source, "согласно", parse.subtree(noun), noun, "prep"), head
    return None, head


def _according(parse: _Parse, i: int) -> bool:
    """`в соответствии с`, which says what `согласно` says."""
    return parse.lower[i] == "в" and [parse.lower[k] for k in parse.kids(i, "fixed")][:1] == ["соответствии"]


def _speaker(context: _Context, frame: _Frame) -> tuple[str | None, tuple[int, int] | None]:
    """(entity id, character span) of the source.

    A named entity that is the source's head word, or names it (`помощник президента … Хикмет
    Гаджиев`: the name is in apposition), is the speaker and its span the speaker span. An
    organisation hanging on the head (`пресс-служба «Яндекса»`) gives the entity, the phrase the span.
    A country in a title (`Президент России`) is not the speaker. `он`/`она` resolve to the latest
    person named before.
    """
    parse = context.parse
    source = list(frame.source)
    while source and (parse.rel(source[0]) == "case" or not parse.is_word(source[0])):
        source.pop(0)  # `на Западе` -> `Западе`
    span = _char_range(parse, source)
    if span is None or frame.head is None:
        return None, span
    head = frame.head
    inside = [m for m in context.between(context.mentions, context.mention_starts, span[0], span[1])
              if m.end_char <= span[1]]
    naming, attached = [], []
    for m in inside:
        tokens = range(m.start, m.end)
        if head in tokens or any(parse.heads[t] == head and parse.rel(t) in ("appos", "flat", "flat:name")
                                 for t in tokens):
            naming.append(m)
        elif any(parse.heads[t] == head and parse.rel(t) == "nmod" for t in tokens):
            attached.append(m)
    rank = {"PER": 0, "ORG": 1, "LOC": 2}
    if naming:
        best = min(naming, key=lambda m: (rank.get(m.label_, 3), abs(m.start - head)))
        return best._.entity_id, (best.start_char, best.end_char)
    people = [m for m in attached if m.label_ == "PER"]
    if people:  # `слова министра Лаврова`
        return people[0]._.entity_id, (people[0].start_char, people[0].end_char)
    orgs = [m for m in attached if m.label_ == "ORG"]
    if orgs:
        return orgs[0]._.entity_id, span
    # `отметил министр спорта`, `по словам президента`: the latest person given that title before
    if parse.pos[head] == "NOUN" and not attached:
        described = {parse.lemma[k] for k in source if parse.pos[k] in ("NOUN", "PROPN", "ADJ")}
        for start, entity_id, title, words in reversed(context.titled):
            if start < span[0] and parse.lemma[head] == title and described <= words:
                return entity_id, span
    # `он сказал`, `по его словам`: the latest person named before (`их` may be anyone's)
    if parse.pos[head] in ("PRON", "DET") and (
            parse.lemma[head] in ("он", "она") or parse.lower[head] in ("его", "её", "ее")):
        antecedent = _antecedent(context, head, span[0])
        if antecedent is not None:
            return antecedent._.entity_id, span
    return None, span


def _antecedent(context: _Context, pronoun: int, before: int):
    """The person `он`/`она`/`его` most likely refers to: of the people named in the nearest sentence
    before it that names any (or earlier in its own sentence), one of the pronoun's gender, and the
    subject first (`Путин провёл переговоры с Си Цзиньпином. Он отметил …` is Putin); else the latest."""
    parse = context.parse
    people = context.per_mentions[:bisect.bisect_left(context.per_starts, before)]
    if not people:
        return None
    gender = {"он": "Masc", "его": "Masc", "она": "Fem", "её": "Fem", "ее": "Fem"}.get(parse.lower[pronoun])
    # the nearest sentence that names a person of the pronoun's gender (`Ольга Голодец посетила больницу.
    # Там её встретил врач Иван Петров. Она заявила …`), else the nearest that names anyone
    agreeing = [m for m in people if parse.feats[m.root.i].get("Gender") in (gender, None)] or people
    sentence = parse.sentence[agreeing[-1].start]
    agreeing = [m for m in agreeing if parse.sentence[m.start] == sentence]

    def subject(m) -> bool:
        node, steps = m.root.i, 0
        while parse.rel(node) in ("appos", "flat", "flat:name") and parse.heads[node] is not None and steps < 8:
            node, steps = parse.heads[node], steps + 1
        return parse.rel(node).startswith("nsubj")

    return next((m for m in agreeing if subject(m)), agreeing[-1])


# --- the claim ---------------------------------------------------------------------------------


def _predicate_tokens(parse: _Parse, head: int) -> list[int]:
    tokens = [head]
    for k in parse.children[head]:
        rel = parse.rel(k)
        if rel in PREDICATE_RELS or (rel == "advmod" and parse.lower[k] == "не"):
            tokens.append(k)
        elif rel == "xcomp" and parse.pos[k] in ("VERB", "ADJ", "NOUN"):
            tokens.append(k)
            tokens += [c for c in parse.children[k] if parse.rel(c) in PREDICATE_RELS]
    return sorted(tokens)


def _negated(parse: _Parse, head: int) -> bool:
    def neg(i: int) -> bool:
        return any(parse.lower[k] in ("не", "ни") and parse.rel(k) in ("advmod", "discourse", "")
                   for k in parse.children[i])

    if parse.lemma[head] == "нет" or neg(head):
        return True
    if parse.pos[head] in ("NOUN", "PROPN") and parse.kids(head, *SUBJECT_RELS) and not parse.kids(head, "cop"):
        # `Это не электронная почта`: with no copula the `не` before the nominal predicate negates it
        subjects = {k for s in parse.kids(head, *SUBJECT_RELS) for k in parse.subtree(s)}
        phrase = [k for k in parse.subtree(head) if k not in subjects and parse.word[k]]
        if phrase and parse.lower[phrase[0]] == "не":
            return True
    return any(parse.rel(k) in ("cop", "aux", "aux:pass", "xcomp") and neg(k) for k in parse.children[head])


def _is_question(parse: _Parse, words: list[int]) -> bool:
    last = [i for i in words if parse.words[i] not in QUOTES_CLOSE + ")"]
    if last and parse.words[last[-1]] in ("?", "?!", "?.."):
        return True
    # `«Кто будет платить за это?» — спросил депутат`: a quoted question with the frame of who asked
    # (it must ask from its first word: `«Можно сколько угодно …, но возникает вопрос: а зачем …?»` asserts)
    asks = len(words) > 1 and parse.words[words[0]] in QUOTES_OPEN + '"' and (
        parse.lower[words[1]] in QUESTION_WORDS | {"когда", "где", "куда", "как", "разве"}
        or any(parse.lower[k] == "ли" for k in words[1:6]))
    for n, i in enumerate(words[:-3]):
        if asks and parse.words[i] in ("?", "?!", "?..") and parse.words[words[n + 1]] in QUOTES_CLOSE + '"' and (
                parse.words[words[n + 2]] in (*DASHES, ",")):
            # … and a verb of asking or saying frames it (not `— этот вопрос волнует жителей`)
            after = [k for k in words[n + 3:] if parse.words[k] not in DASHES][:1]
            if after and (parse.lemma[after[0]] in REPORTING | QUOTE_CLOSING | ASKING):
                return True
    first = words[0]
    if parse.words[first] in QUOTES_OPEN and len(words) > 1:
        first = words[1]
    return parse.lower[first] in QUESTION_WORDS and parse.rel(first) not in ("mark", "nsubj", "det")


def _build(context: _Context, sent: Span, clause: _Clause, final: _Frame | None) -> ClaimRecord | None:
    """The claim of one clause, or None when the clause asserts nothing (no predicate, a question)."""
    parse, cues = context.parse, context.cues
    timexes = context.timexes
    doc = parse.doc
    words = [i for i in clause.tokens if parse.is_word(i)]
    if len(words) < 3 or not parse.is_predicate(clause.head) and not _verbless_assertion(parse, clause):
        return None
    if _is_question(parse, [i for i in clause.tokens if not parse.space[i]]):
        return None
    body = [i for i in clause.tokens if not parse.space[i]]
    # a wire dateline opening the sentence (`НЬЮ-ЙОРК, 3 апреля (Рейтер) - Фондовые индексы …`) is no part
    # of the claim, and a sentence that is only a dateline (`МОСКВА, 5 июн — РИА Новости.`) holds none
    if body:
        opening, closing = parse.idx[body[0]], parse.idx[body[-1]] + len(parse.words[body[-1]])
        if DATELINE_ALONE.match(doc.text, opening, closing) and not any(parse.is_finite(i) for i in body):
            return None
        dateline = DATELINE.match(doc.text, opening, closing)
        if dateline:
            rest = [i for i in body if parse.idx[i] >= dateline.end()]
            if len([i for i in rest if parse.is_word(i)]) <= 5 and not any(parse.is_finite(i) for i in rest):
                return None
            body = rest
    # (and a list item's number: `3. Курс доллара опустился …`)
    while body and (parse.lower[body[0]] in LEADING_JUNK or parse.words[body[0]] in CLAUSE_PUNCT
                    or _list_marker(parse, body[0]) or body[0] > 0 and _list_marker(parse, body[0] - 1)
                    and parse.words[body[0]] in (".", ")")):
        body.pop(0)
    while body and (parse.rel(body[-1]) == "cc" or parse.words[body[-1]] in CLAUSE_PUNCT or parse.punct[body[-1]]
                    and parse.words[body[-1]] not in KEPT_AT_END) and not _closes_bracket(parse, body):
        body.pop()
    span = _char_range(parse, body)
    if span is None:
        return None
    start, end = span
    if doc._.furniture and is_furniture(doc, start, end):
        return None

    frame, content = _find_frame(parse, clause)
    if final is not None and frame is None:
        frame = final
    claim = ClaimRecord(start, end, sent, "event", [])
    if frame is not None:
        claim.speaker_kind = "source"
        claim.cue = frame.cue
        claim.frame_kind = frame.kind
        claim.first_person = frame.head is not None and _self(parse, frame.head)
        speaking = final if claim.first_person and final is not None else frame
        claim.speaker_entity, claim.speaker_span = _speaker(context, speaking)
        claim.first_person = claim.first_person and speaking is frame
    frame_tokens = set(frame.tokens) if frame is not None else set()
    content_tokens = [i for i in clause.tokens if i not in frame_tokens] or clause.tokens

    # subject / predicate / object of the content clause
    # (not a list item's number nor a dateline's place, both left out of the claim)
    subjects = [k for k in parse.kids(content, *SUBJECT_RELS) if not _list_marker(parse, k) and k >= body[0]]
    claim.subject = _char_range(parse, _clip(parse.subtree(subjects[0]), content_tokens, parse)) if subjects else None
    claim.predicate = _char_range(parse, _predicate_tokens(parse, content))
    objects = [k for k in parse.kids(content, "obj") or parse.kids(content, "iobj") if not _list_marker(parse, k)]
    if not objects:
        for k in parse.kids(content, "xcomp"):
            objects = parse.kids(k, "obj")
            if objects:
                break
    claim.object = _char_range(parse, _clip(parse.subtree(objects[0]), content_tokens, parse)) if objects else None
    sides = _dash_sides(parse, content_tokens)
    if sides is not None:
        claim.subject, claim.predicate, claim.object = (
            _char_range(parse, sides[0]), _char_range(parse, sides[1]), None)

    claim.polarity = "negative" if _negated(parse, content) else "positive"

    # hedges: in the whole clause (a frame like `не исключают` is itself the hedge), outside its
    # relative and adverbial clauses
    main = sorted(set(_main_level(parse, clause.head, body)) | (frame_tokens & set(body)))
    low = cues.find("hedge_low", main)
    # medium cues are mostly approximations (`около`, `примерно`): like the numbers they qualify, they
    # count wherever they stand in the claim
    # `около дома`, `порядка в стране` place and name, they approximate nothing: those two count only
    # before an amount
    medium = [h for h in cues.find("hedge_medium", body)
              if parse.lower[h[0]] not in ("около", "порядка") or _before_amount(parse, h[1])]
    low = [h for h in low if not _modal_of_ability(parse, h[0]) and not _idle_hedge(parse, h[0], h[1])]
    # (a cue inside a longer one is the same hedge: `предварительным данным` in `По предварительным данным`)
    found = sorted(low + medium)
    found = [h for h in found if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in found)]
    claim.hedges = list(dict.fromkeys(h[2] for h in found))
    claim.certainty = "low" if low else ("medium" if medium else "high")

    inside_dates = [k for k in context.between(context.timex_order, context.timex_starts, start, end)
                    if timexes[k].end <= end]
    claim.date_indices = sorted(k for k in inside_dates if timexes[k].part_of is None)
    mentions = [m for m in context.between(context.mentions, context.mention_starts, start, end) if m.end_char <= end]
    claim.entity_ids = list(dict.fromkeys(m._.entity_id for m in mentions))
    numbers = _numbers(parse, content_tokens, context.not_quantity, mentions)
    # a calendar day or a clock time in the claim (`29 января`, `в 12 часов 30 минут`), not today's
    # or now's: with a present-tense verb it schedules; a day with its year spelled out does only when
    # it is not before the document's date (`Действие романа начинается 15 апреля 1927 года` tells a
    # story in the present; with no document date a spelled-out year is read as a record)
    dated = [i for k in inside_dates if timexes[k].type == "DATE" and timexes[k].granularity in DAY_OR_FINER
             and (timexes[k].resolution != "absolute" or context.doc_date is not None
                  and (timexes[k].value or "")[:10] >= context.doc_date.isoformat())
             and not any(parse.lower[i] in DEICTIC_NOW for i in context.timex_tokens[k])
             for i in context.timex_tokens[k]]
    claim.types = _types(parse, cues, content, content_tokens, numbers, dated)
    if frame is not None and frame.also is not None:
        # (what the shared subject does besides reporting types the claim too)
        besides = _types(parse, cues, frame.also, content_tokens, numbers, dated)
        if _names_a_quality(parse, frame.also) or parse.lemma[frame.also] in JUDGING_FRAMES:
            besides.append("evaluative")
        claim.types = [t for t in PRECEDENCE if t in {*claim.types, *besides}]
    # `Ветеран футбола уверен, что Адвокат запоздал с заменами`, `…, считает маэстро`: what a source
    # believes rather than reports is its opinion, a judgement even when the clause reads as a fact;
    # so is the speaker's own first-person belief inside the claim (`Верю, в Питере никогда не было …`)
    # `обвинил Москву в том, что она вмешивается …`: an accusation (or praise) judges what it reports
    # (naming something with a quality judges it: `назвал итоги выборов подтасованными`)
    # (a rating `как` something judges by its form: `оценили выборы как «спокойные»`)
    if frame is not None and any(parse.lemma[k] in JUDGING_FRAMES or _names_a_quality(parse, k)
                                 or parse.lemma[k] in RATING and k == content for k in frame_tokens):
        claim.types = [t for t in PRECEDENCE if t in {*claim.types, "evaluative"}]
    # (`Тогда мне казалось, что …`, `как кажется`: what seems so to the speaker is an impression)
    # (`уверены` by its form: pymorphy lemmatises it as the verb `уверить`)
    if claim.types[0] == "event" and (any(
            parse.lemma[k] in BELIEF_VERBS or parse.lower[k] in BELIEF_VERBS for k in frame_tokens) or any(
            parse.lemma[k] in BELIEF_VERBS and parse.feats[k].get("Person") == "1" or _seems_to_me(parse, k)
            for k in content_tokens)):
        claim.types = ["evaluative", *claim.types]
    claim.type = claim.types[0]
    claim.features, claim.score = _check_worthiness(parse, claim, content, numbers, mentions)
    return claim


def _closes_bracket(parse: _Parse, body: list[int]) -> bool:
    """The last token is a `)` or `]` whose opening bracket is in the claim (`… упали на 10 % (до 3 рублей)`)."""
    close = parse.words[body[-1]]
    if close not in (")", "]"):
        return False
    opening = "(" if close == ")" else "["
    words = [parse.words[i] for i in body]
    return words.count(opening) >= words.count(close)


def _clip(indices: list[int], allowed: list[int], parse: _Parse) -> list[int]:
    """`indices` inside `allowed`, without a leading conjunction or preposition-less junk."""
    allowed_set = set(allowed)
    kept = [i for i in indices if i in allowed_set]
    while kept and parse.rel(kept[0]) in ("cc", "punct", "mark"):
        # (an opening quote whose closing one is kept stays: `«Аэрофлот»`, not `Аэрофлот»`)
        if parse.words[kept[0]] in QUOTES_OPEN and _open_quotes(parse, kept[0], kept[-1] + 1) == 0:
            break
        kept.pop(0)
    return kept


def _verbless_assertion(parse: _Parse, clause: _Clause) -> bool:
    """`X — Y`: a nominal head with a subject and a dash stands for the copula; so does a dash between
    a nominative and a nominal in a clause with no verb at all, however the parser hung the two
    (`В японской поэзии метафора — распространённый приём`, `интернет-порнография — это не секс`)."""
    head = clause.head
    if parse.kids(head, *SUBJECT_RELS) and any(parse.words[i] in "—–-" for i in clause.tokens):
        return True
    words = [i for i in clause.tokens if parse.is_word(i)]
    if _main_thing(parse, clause.tokens) is not None:
        return True
    if any(parse.pos[i] in ("VERB", "AUX") for i in words) or parse.lemma[words[0]] in CREDITS:
        return False  # (`Фото — Reuters`, `Автор — Иван Петров`: a credit line)

    def named(k: int, step: int) -> bool:  # the word next to the dash, past quotes, is a name
        while 0 <= k < len(parse.words) and parse.words[k] in QUOTES_OPEN + QUOTES_CLOSE + '"':
            k += step
        return 0 <= k < len(parse.words) and parse.pos[k] == "PROPN"

    return any(
        not (named(d - 1, -1) and named(d + 1, 1))  # `Москва — Санкт-Петербург`, `«Спартак» — «Зенит»`
        and
        any(parse.pos[i] in ("NOUN", "PROPN", "PRON") and parse.feats[i].get("Case") == "Nom" for i in words if i < d)
        and any(parse.pos[i] in ("NOUN", "PROPN", "ADJ", "NUM", "PRON") for i in words if i > d)
        for d in clause.tokens if parse.words[d] in DASHES)


def _main_thing(parse: _Parse, tokens: list[int]) -> int | None:
    """`Главное — отвечать предъявляемым требованиям`, `Главное в прозе Вешнякова — паузы`: a neuter
    adjective standing for a noun opens the clause and a dash gives what it is; the dash's index."""
    words = [i for i in tokens if parse.is_word(i)]
    if len(words) < 3:
        return None
    first = words[1] if parse.lower[words[0]] == "самое" and len(words) > 3 else words[0]
    # (not an adjective of a noun: `Первое детское воспоминание — о смерти матери`)
    # (a quality adjective by pymorphy, not a noun of that ending, `Животное — в клинике`, `Содержимое
    # сейфа — …`, nor an ordinal, `Первое — …`)
    tags = word_tags(parse.lower[first])
    if parse.pos[first] not in ("ADJ", "NOUN") or not parse.lower[first].endswith(("ое", "ее")) or (
            parse.feats[first].get("Number") == "Plur") or parse.rel(first) in ("amod", "det") or not any(
            t.POS == "ADJF" and "Qual" in t for t in tags) or any(t.POS == "NOUN" and "anim" in t for t in tags):
        return None
    dash = next((i for i in tokens if parse.words[i] in DASHES), None)
    # (nothing finite before the dash: `Главное, что мы сделали, — …` has a clause of its own first)
    if dash is None or dash == tokens[-1] or any(parse.is_finite(i) for i in words if i < dash):
        return None
    after = [i for i in words if i > dash]
    return dash if after and not any(parse.is_finite(i) for i in after) else None


def _dash_sides(parse: _Parse, tokens: list[int]) -> tuple[list[int], list[int]] | None:
    """The subject phrase and the predicate word (with its `не`) of a verbless `X — Y` clause (`Главная проблема
    региона — нехватка врачей`), found by the dash rather than by the parse, which often hangs the two
    nominals on each other or on an adjective; None for a clause with a verb."""
    words = [i for i in tokens if parse.is_word(i)]
    dash = next((i for i in tokens if parse.words[i] in DASHES), None)
    if dash is None or any(parse.pos[i] in ("VERB", "AUX") for i in words):
        return None

    def top(side: list[int]) -> int | None:  # the word of the side whose head lies outside it
        inside = set(side)
        tops = [i for i in side if parse.is_word(i) and parse.heads[i] not in inside]
        return next((i for i in tops if parse.pos[i] in ("NOUN", "PROPN", "PRON", "ADJ", "NUM")), None)

    # (`X — это Y`: the pointing `это` stands for the copula)
    before = [i for i in tokens if i < dash]
    after = [i for i in tokens if i > dash and not (i == dash + 1 and parse.lower[i] == "это")]
    subject, predicate = top(before), top(after)
    # (a parse that hangs the subject on a place before it, `В японской поэзии метафора — …`, leaves no
    # top: the subject is then the nominative nearest the dash, without the prepositional phrase)
    if subject is None or parse.kids(subject, "case"):  # (`На третьем месте — …` names a place)
        subject = next((i for i in reversed(before) if parse.pos[i] in ("NOUN", "PROPN", "PRON")
                        and parse.feats[i].get("Case") == "Nom"), None)
    if predicate is None:  # (the same for a predicate side the parser left with no top)
        predicate = next((i for i in after if parse.pos[i] in ("NOUN", "PROPN", "PRON")
                          and parse.feats[i].get("Case") == "Nom"), None)
    if subject is None or predicate is None:
        return None
    placed = {i for k in parse.children[subject] if k < subject and parse.kids(k, "case") for i in parse.subtree(k)}
    left = set(before)
    phrase = [i for i in parse.subtree(subject, frozenset(placed)) if i in left]
    # (`это не секс`: the negation goes with the predicate word)
    return phrase, sorted([predicate] + [k for k in parse.children[predicate] if parse.lower[k] == "не"])


def _idle_hedge(parse: _Parse, first: int, last: int) -> bool:
    """A hedge word that does not hedge the claim: a negated one (`Нам не кажется, что …` denies),
    or a noun that is what the claim is about (`Сомнения в надежности возникли`, `вызвана сомнениями`)
    rather than a suspicion with its content (`подозрения, что …`, `по подозрению в …`)."""
    if first != last:
        return False
    if parse.pos[first] == "VERB" and any(parse.lower[k] == "не" for k in parse.kids(first, "advmod")):
        return True
    # `допустил ошибку`, `нельзя допустить повторения`, `предполагает наличие`: to allow or imply a
    # thing supposes nothing; only a supposed clause is hedged (`допустил, что …`)
    if parse.lemma[first] == "подозревать" and (parse.feats[first].get("VerbForm") == "Part" or parse.pos[first] in (
            "NOUN", "ADJ")):
        return True  # `арестовал подозреваемую в убийстве`: the suspect is named, nothing is suspected
    if parse.lemma[first] in ("допускать", "допустить", "предполагать", "предположить") and not (
            any(parse.lower[m] != "чтобы" for k in parse.kids(first, "ccomp", "parataxis")
                for m in parse.kids(k, "mark") or [k]) or _short_passive(parse, first)):
        return True
    # `похоже на космический корабль` compares; only `похоже, что …` or an aside hedges
    if parse.lower[first] == "похоже" and any(parse.lower[c] == "на" for k in parse.kids(first, "obl", "nmod")
                                             for c in parse.kids(k, "case")):
        return True
    if parse.pos[first] != "NOUN":
        return False
    clausal = any(parse.pos[k] in ("VERB", "ADJ", "AUX") for k in parse.kids(first, "acl", "ccomp"))
    return not clausal and not any(parse.lower[c] == "по" for c in parse.kids(first, "case"))


def _modal_of_ability(parse: _Parse, i: int) -> bool:
    """`мочь` with an animate subject (`Россия может ввести`) is ability, not doubt; the epistemic
    `может быть`, `может оказаться` and inanimate subjects stay hedges."""
    if parse.lemma[i] != "мочь":
        return False
    xcomp = parse.kids(i, "xcomp")
    if xcomp and parse.lemma[xcomp[0]] in ("быть", "оказаться", "стать"):
        return False
    if any(parse.kids(x, "cop") for x in xcomp):
        return False
    subjects = parse.kids(i, "nsubj")
    return bool(subjects) and (parse.pos[subjects[0]] in ("PROPN", "PRON")
                               or parse.feats[subjects[0]].get("Animacy") == "Anim")


def _numbers(parse: _Parse, tokens: list[int], not_quantity: list[bool], mentions) -> list[int]:
    """Numerals and amounts outside dates, durations and names (`G7`, `Ми-24`, `«Группы восьми»`)."""
    found = []
    for i in tokens:
        if not_quantity[i] or not parse.word[i]:
            continue
        text = parse.words[i]
        digits = text.replace(" ", "").replace(",", "").replace(".", "")
        is_number = (parse.pos[i] == "NUM" and parse.feats[i].get("NumType") != "Ord") or digits.isdigit()
        # (`150-летний юбилей` names an occasion)
        if not is_number and NUMERAL_COMPOUND.match(parse.lower[i]) and not (
                parse.heads[i] is not None and parse.lemma[parse.heads[i]] in ("юбилей", "годовщина")) and not (
                _age(parse, i)):
            found.append(i)  # `однодневным визитом`, `четырехчасовая беседа`: a count inside the word
            continue
        if parse.lemma[i] == "каждый" and i + 1 < len(parse.words) and _ordinal(parse.lower[i + 1]):
            found.append(i)  # `каждый пятый россиянин`: a share
            continue
        if _share(parse, i):
            found.append(i)
            continue
        if not is_number:
            # `миллиарды рублей`, `тысячи людей`: a plural with no count of its own is vague
            # `танцевальная пара` is a couple of dancers, `пара дней` counts days
            # `несколько сотен человек`: an amount word counted vaguely stays vague
            vague = any(parse.lemma[k] in VAGUE_QUANTITY for k in parse.kids(i, "nummod", "nummod:gov", "det", "amod"))
            if parse.lemma[i] in QUANTITY_WORDS and not vague and not (
                    parse.feats[i].get("Number") == "Plur" and not parse.kids(i, "nummod", "nummod:gov")) and not (
                    parse.lemma[i] == "пара" and not parse.kids(i, "nmod")):
                found.append(i)
            continue
        if parse.lemma[i] in VAGUE_QUANTITY or parse.lower[i] in VAGUE_QUANTITY:
            continue  # `в несколько раз` is no asserted number
        if i > 0 and parse.words[i - 1] in ("№", "#"):
            continue  # `Кан — №1` identifies
        if i > 0 and parse.lemma[i - 1] in NUMBERED_PARTS and not parse.rel(i).startswith("nummod"):
            continue  # `статья 112 регламента`, `по пункту 3`: a numbered article or clause is named, not counted
        if _rank(parse, i):
            continue  # `на 24 месте`, `разделили места с 19 по 29`: a place in a ranking, not an amount
        if _list_marker(parse, i):
            continue  # `2. Дюссельдорф — центр моды`: an item's number in a list orders, it does not count
        if i + 1 < len(parse.words) and parse.lower[i + 1] in TIME_OF_DAY and digits.isdigit():
            continue  # `около 7 вечера` is a clock time
        if _time_frame(parse, i):
            continue  # `в возрасте 75 лет`, `исполнилось 40 лет`, `в ближайшие 5 лет`: an age or a time frame
        if _anaphoric(parse, i):
            continue  # `Эти два варианта` refers back to a count, it does not assert one
        if digits.isdigit() and len(digits) == 4 and 1000 <= int(digits) <= 2100 and not parse.rel(i).startswith(
                "nummod"):
            continue  # a year the date stage did not take (`2022 года`, `чемпион Европы — 1960`): it counts nothing
        has_digit = any(c.isdigit() for c in text)
        # `14-и агентств`, `2-х стран`: a numeral with its case ending; `90-х годов` is a decade
        inflected = CASE_ENDING.fullmatch(text) and not (i + 1 < len(parse.words) and parse.lemma[i + 1] == "год")
        if has_digit and not inflected and (any(c.isalpha() for c in text) or _glued_to_letters(parse, i)):
            continue  # `Ми-24`, `G7`, `МН17`: a model or a name
        if parse.lemma[i] == "один" and i > 0 and parse.lower[i - 1] == "ни":
            continue  # `не произвели ни одного выстрела` denies, it counts nothing
        if parse.lemma[i] == "один" and not digits.isdigit() and not _counts_one(parse, i):
            continue  # `один из руководителей` picks out, it does not count
        found.append(i)
    found += [first for first, last, _ in _Cues(parse).find("quantity_words", tokens) if last > first]
    first, last = parse.idx[tokens[0]], parse.idx[tokens[-1]]
    found += [m.start for m in mentions if m.label_ in ("MONEY", "PERCENT", "QUANTITY")
              and first <= m.start_char and parse.idx[m.end - 1] <= last]
    return sorted(set(found))


def _age(parse: _Parse, i: int) -> bool:
    """`Погиб 54-летний мужчина`, `87-летнего политика`: a person's age describes who, it counts nothing
    (`двухлетний контракт` still measures)."""
    head = parse.heads[i]
    return "летн" in parse.lower[i] and head is not None and (
        parse.feats[head].get("Animacy") == "Anim" or parse.pos[head] == "PROPN")


def _share(parse: _Parse, i: int) -> bool:
    """`Подавляющее большинство участников высказались за …`, `Большинство — дети`, `исключили большинство
    экспертиз`: a share of a whole as the subject or object of a clause of the claim's own. Not seats
    held (`сохранили большинство` names no whole), a relative clause's (`большинство которых`), a
    comparison (`похожа на большинство стран`), a vote (`большинством голосов`) or minorities."""
    if parse.lemma[i] not in SHARE_NOUNS or parse.feats[i].get("Number") == "Plur":
        return False
    rel, head = parse.rel(i), parse.heads[i]
    whole = [k for k in parse.kids(i, "nmod") if not parse.kids(k, "case") and parse.feats[k].get("Case") == "Gen"]
    if not (rel.startswith("nsubj") or rel == "obj" and (whole or parse.kids(i, "amod"))):
        return False
    if any(parse.lemma[k] == "который" for k in whole) or {"как", "где", "куда", "когда"} & set(
            parse.lower[max(0, i - 3):i]):
        return False
    return head is None or parse.rel(head) not in ("acl:relcl", "acl")


def _ordinal(form: str) -> bool:
    """Whether pymorphy reads the word as an ordinal numeral (`пятый`, `третья`, `сотый`)."""
    return any("Anum" in t for t in word_tags(form))


def _time_frame(parse: _Parse, i: int) -> bool:
    """A count of years, months or days that places the claim in time or states an age rather than
    measuring something: the unit has a preposition (`за последние 5 лет`, `в возрасте 75 лет`), hangs
    on `возраст`, or is what turned (`ему исполнилось 40 лет`)."""
    unit = parse.heads[i] if parse.rel(i).startswith("nummod") else None
    if unit is None or parse.lemma[unit] not in TIME_UNITS:
        return False
    if _measured_duration(parse, i):
        return False
    above = parse.heads[unit]
    return bool(parse.kids(unit, "case")) or above is not None and parse.lemma[above] in ("возраст", "исполниться")


def _counts_one(parse: _Parse, i: int) -> bool:
    """`представляет один арбитр`, `назвал только один спектакль`: `один` counting a noun; not `один из`,
    nor a time (`в один день`) or a manner (`в один голос`)."""
    noun = parse.heads[i] if parse.rel(i).startswith("nummod") else None
    if noun is None or parse.pos[noun] != "NOUN" or parse.lemma[noun] in TIME_UNITS or parse.kids(noun, "case"):
        return False
    if i > 0 and parse.lower[i - 1] in ("ещё", "еще"):
        return False  # `Ещё один вопрос` adds one more, it counts nothing
    if any(parse.lemma[k] in ("другой", "второй") for k in range(i + 1, parse.sentence[i][1])):
        return False  # `одной команде нужно было …, а другой …` contrasts, it does not count
    return not (i + 1 < len(parse.words) and parse.lower[i + 1] == "из")


def _rank(parse: _Parse, i: int) -> bool:
    """A number naming a place (`на 24 месте`; `места с 19 по 29`), not counting places (`на 800 мест`)."""
    noun = parse.heads[i] if parse.rel(i).startswith("nummod") else None
    if noun is not None and parse.lemma[noun] == "место":
        return parse.feats[noun].get("Case") == "Loc"  # `на 24 месте`; `получила 3 места` counts
    # `места с 19 по 29`: a span of places right after the noun
    before = [k for k in range(max(0, i - 5), i) if parse.is_word(k)]
    return len(before) >= 2 and parse.lower[before[-1]] in ("с", "по") and any(
        parse.lemma[k] == "место" for k in before[:-1])


def _list_marker(parse: _Parse, i: int) -> bool:
    """A number that opens its sentence and is closed by `.` or `)` (`2. Дюссельдорф …`, `3) …`)."""
    closed = i + 1 < len(parse.words) and parse.words[i + 1] in (".", ")")
    return parse.sentence[i][0] == i and closed and parse.words[i].isdigit()


def _before_amount(parse: _Parse, i: int) -> bool:
    """A numeral or a counted word within the next three words (`около 700 человек`, `порядка трёх тысяч`)."""
    after = [k for k in range(i + 1, min(len(parse.words), i + 6)) if parse.is_word(k)][:3]
    return any(parse.pos[k] == "NUM" or any(c.isdigit() for c in parse.words[k]) or parse.lemma[k] in QUANTITY_WORDS
               for k in after)


def _measures(parse: _Parse, i: int) -> bool:
    """A word of a duration that is an amount: a measured count, or a numeral adjective (`однодневный`)."""
    return _measured_duration(parse, i) or bool(NUMERAL_COMPOUND.match(parse.lower[i]))


def _measured_duration(parse: _Parse, i: int) -> bool:
    """A count of hours or years that measures how long something went on (`продлилась почти 14 часов`,
    `более 20 лет был агентом`): the unit is a bare complement of a verb. A unit with a preposition or
    with `последние` sets a time frame (`в течение 48 часов`, `за последние 5 лет`) and counts nothing."""
    if not (parse.pos[i] == "NUM" or parse.words[i].isdigit()) or not parse.rel(i).startswith("nummod"):
        return False
    unit = parse.heads[i]
    if unit is None:
        return False
    verb = parse.heads[unit]
    if verb is not None and parse.lemma[verb] in SANCTIONS and any(
            parse.lower[c] == "к" for c in parse.kids(unit, "case")):
        return True  # `приговорен к девяти годам колонии`: the length of a sentence is an amount
    if verb is not None and parse.lemma[verb] in ("протяжение", "срок") and parse.lemma[unit] in TIME_UNITS:
        return True  # `на протяжении 40 лет хранилось`, `сроком на пять лет`: how long it lasted
    seen = set()  # (the parser's heads need not form a tree)
    while verb is not None and verb not in seen and parse.lemma[verb] in ("более", "менее", "свыше", "около", "почти"):
        seen.add(verb)
        verb = parse.heads[verb]  # the parser sometimes hangs `более 20 лет` on its bound
    before = i - 1
    while before >= 0 and parse.rel(before) == "advmod" and parse.heads[before] in (i, unit):
        before -= 1  # `за почти 14 часов`: the preposition may stand before a bound
    bare = parse.rel(unit) in ("obl", "obj") and not parse.kids(unit, "case") and not (
        before >= 0 and parse.pos[before] == "ADP")
    framed = bool(parse.kids(unit, "amod") or parse.kids(i, "amod"))
    predicate = verb is not None and (parse.pos[verb] == "VERB" or bool(parse.kids(verb, "cop")))
    return (parse.lemma[unit] in TIME_UNITS and bare and not framed and predicate
            and parse.lemma[verb] != "исполниться")


def _anaphoric(parse: _Parse, i: int) -> bool:
    """A numeral under a demonstrative (`эти два варианта`, `этих трёх стран`)."""
    noun = parse.heads[i] if parse.rel(i).startswith("nummod") else None
    for k in parse.children[i] + (parse.children[noun] if noun is not None else []):
        if parse.rel(k) == "det" and parse.lemma[k] in ("этот", "тот", "данный", "указанный", "названный"):
            return True
    return False


def _glued_to_letters(parse: _Parse, i: int) -> bool:
    """A number written together with letters or a hyphen (`G` `7`, `Ту` `-` `154`, `UTC` `+` `1`)."""
    words, ws = parse.words, parse.ws
    if i > 0 and not ws[i - 1] and (words[i - 1][-1].isalpha() or words[i - 1] in ("-", "+")
                                    and i > 1 and not ws[i - 2] and words[i - 2][-1:].isalpha()):
        return True
    return i + 1 < len(words) and not ws[i] and words[i + 1][:1].isalpha()


def _main_level(parse: _Parse, top: int, tokens: list[int]) -> list[int]:
    """`tokens` outside the relative, attributive and adverbial clauses under `top`.

    Such a clause describes something the claim mentions (`корабль, в надежности которого
    сомневаются`, `в том, что у него надежный корабль`); it adds no type or hedge to the claim. Its
    subordinator stays (`…, поскольку …` is what makes a claim causal).
    """
    inside = set(tokens)
    kept = []
    for i in tokens:
        node, steps, keep = i, 0, True
        while node is not None and node != top and node in inside and steps < 64:
            if (parse.rel(node) in SUBORDINATE_RELS or _marked_conj(parse, node)) and not (
                    node != i and parse.rel(i) in ("mark", "fixed") and parse.heads[i] is not None and (
                        parse.heads[i] == node or (
                            parse.heads[parse.heads[i]] == node and parse.rel(parse.heads[i]) == "mark"))):
                keep = False
                break
            node = parse.heads[node]
            steps += 1
        if keep:
            kept.append(i)
    return kept


def _marked_conj(parse: _Parse, node: int) -> bool:
    """A clause the parser coordinated though a subordinator opens it (`назвал реформу «убийцей», поскольку
    она будет дорогой`): it is an adverbial clause."""
    return parse.rel(node) == "conj" and any(parse.pos[m] == "SCONJ" and parse.lower[m] not in ("что", "чтобы")
                                             for m in parse.kids(node, "mark"))


def _future(parse: _Parse, tokens: Iterable[int]) -> bool:
    """A future form: `вырастут`, `будет нарастать`. Not a first-person verb of saying (`скажу, что …`,
    `Напомним, …` are the author's discourse acts), nor a form the tagger read as future that has no
    perfective reading at all (`клянутся`, `ждёт` are present: an imperfective verb's future needs `будет`)."""
    for i in tokens:
        if parse.lemma[i] == "быть" and parse.lower[i].startswith("буд"):
            return True
        tense = parse.feats[i].get("Tense")
        # (a present the tagger gave a form pymorphy reads only as a perfective future: `Банк заберёт трактор`)
        if tense == "Pres" and parse.pos[i] == "VERB" and parse.feats[i].get("Mood") == "Ind" and _only_future(
                parse.lower[i]):
            tense = "Fut"
        if tense != "Fut":
            continue
        if parse.feats[i].get("Person") == "1" and parse.lemma[i] in REPORTING and not parse.kids(i, "obj"):
            continue
        if parse.pos[i] == "VERB" and not _may_be_perfective(parse.lower[i]):
            continue
        return True
    return False


def _may_be_perfective(form: str) -> bool:
    """Whether pymorphy reads the finite verb form as perfective (future) in any of its analyses."""
    verbs = [t for t in word_tags(form) if t.POS == "VERB"]
    return not verbs or any(t.aspect == "perf" for t in verbs)


def _only_future(form: str) -> bool:
    """Whether pymorphy reads the finite verb form as a perfective future in every analysis it has."""
    verbs = [t for t in word_tags(form) if t.POS == "VERB"]
    return bool(verbs) and all(t.aspect == "perf" and t.tense == "futr" for t in verbs if t.mood == "indc") and any(
        t.mood == "indc" for t in verbs)


def _types(parse: _Parse, cues: _Cues, content: int, tokens: list[int], numbers: list[int],
           dated: Sequence[int] = ()) -> list[str]:
    types = set()
    token_set = set(tokens)
    # an indirect question asserts nothing (`неизвестно, в какой пропорции планируется делить выручку`)
    asked = {i for h in [content, *parse.kids(content, "conj")] for k in parse.kids(h, "ccomp", "csubj")
             if _indirect_question(parse, k) for i in parse.subtree(k)}
    main = [i for i in _main_level(parse, content, tokens) if i not in asked]
    main_set = set(main)
    # the predicate group: the content predicate and those coordinated with it inside the claim
    # (`Проигравший выбывает из цикла и будет вынужден начинать …` speaks of the future too)
    heads = [content] + [k for k in parse.kids(content, "conj") if k in main_set and parse.is_predicate(k)]
    # `Пусть победит сильнейший`: a third-person wish is an imperative, its verb's future no prediction
    wishes = [h for h in heads if any(parse.lower[k] in ("пусть", "пускай") for k in parse.children[h])]
    predicate = [i for h in heads for i in _predicate_tokens(parse, h)]
    # a schedule speaks of what is to come, a past one too: `Второй транш должен был поступить 20
    # июня` tells what was expected, not what happened
    scheduled = _scheduled(parse, content)
    # `Это означает, что тарифы могут снизиться`, `Интересно, что X собирается …`, `Нам не кажется,
    # что система должна …`: the что-clause of a predicate that is not a report is what the claim is
    # about; so is what the author says in the first person (`Я хотел бы подчеркнуть, что …`), which
    # no frame took as a source's content
    explained = [k for h in heads for x in [h] + parse.kids(h, "xcomp") for k in parse.kids(x, "ccomp")
                 if k in main_set and (parse.lemma[x] not in REPORTING or _first_person(parse, h))
                 and not _indirect_question(parse, k)]
    # `трудность состоит в том, что ему нужна модернизация`: the clause under `то` is what the
    # predicate (or `то` as the predicate itself) asserts
    stated = [k for h in heads for t in [h] + parse.kids(h, "obl", "obj", "nsubj") if parse.lemma[t] == "тот"
                  and parse.pos[t] == "PRON" for k in parse.kids(t, "acl", "ccomp", "acl:relcl")
                  if any(parse.lower[m] == "что" for m in parse.kids(k, "mark")) and not _indirect_question(parse, k)]
    # `Польша требует, чтобы Россия сняла ограничения`: content opened by `чтобы` is a demand or a wish
    demanded = parse.rel(content) == "ccomp" and any(parse.lower[m] == "чтобы" for m in parse.kids(content, "mark"))
    # `хотелось бы, чтобы всё было воплощено`, `Мы хотим, чтобы Россия сняла …`: a wish for what others
    # do or what comes about says what should be (wishing one's own action, `хочет открыть`, plans it)
    # (`Отец хотел, чтобы сын стал врачом` narrates a past wish: the wish must be present or conditional)
    demanded = demanded or any(parse.lemma[h] in INTENTIONS and (
        not _past_form(parse, h) or any(parse.lower[k] in ("бы", "б") for k in parse.children[h])) and any(
        parse.lower[m] == "чтобы" for k in parse.kids(h, "ccomp", "csubj") for m in parse.kids(k, "mark"))
        for h in heads)
    # `заявил о необходимости создания …`: a necessity named as what the predicate is about
    # (not as the subject: `Необходимость содержать семью была причиной переезда` names a cause)
    # (nor as a means: `объясняло арест необходимостью защиты` gives a reason)
    # (also under what is expressed: `выразил мнение о необходимости изменить …`)
    said = [k for h in heads for k in parse.kids(h, "obl", "obj")]
    said += [n for k in said if parse.rel(k) == "obj" for n in parse.kids(k, "nmod")]
    necessity = any(parse.lemma[k] in NORMATIVE_NOUNS and (parse.rel(k) == "obj" or any(
        parse.lower[c] in ("о", "об") for c in parse.kids(k, "case"))) for k in said)
    # `Требования ЕС заключаются в том, чтобы …`, `В обязанности счастливчика будет входить …`: what a
    # requirement or duty consists of is what should be done
    # (`Требование о выкупе поступило в марте` reports a demand: the predicate must say what it consists of)
    necessity = necessity or any(parse.lemma[k] in DUTY_NOUNS and parse.lemma[h] in CONSISTING and (
        parse.rel(k).startswith("nsubj") or any(parse.lower[c] == "в" for c in parse.kids(k, "case")))
        for h in heads for k in parse.kids(h, "nsubj", "obl"))
    # a phrase of the lexicon that the predicate opens (`пришло время поговорить`, like `пора`)
    # (`имели право голосовать` in the past is a historical fact)
    necessity = necessity or any(first in heads and last != first and not (
        parse.lemma[first] == "иметь" and _past_form(parse, first)) for first, last, _ in cues.find("normative", main))
    # `Главное — отвечать требованиям`: what matters most, as an action, is what should be done
    main_thing = _main_thing(parse, tokens)
    necessity = necessity or main_thing is not None and any(
        parse.feats[i].get("VerbForm") == "Inf" for i in tokens if i > main_thing)
    if wishes or demanded or necessity or any(_obliges(parse, k) for k in heads + explained + stated) or any(
            parse.feats[i].get("Mood") == "Imp" or parse.pos[i] == "VERB" and _only_imperative(parse.lower[i])
            for i in predicate) or _imperative_opening(parse, tokens) or any(
            _hortative(parse, h) for h in heads):
        types.add("normative")
    # finite verbs of the main level the predicate group missed (a broken parse, `Задача сложная, сроки
    # жесткие, потребуются расходы`; `предложил: если …, тогда Запад введет санкции`) speak of time too
    loose = [i for i in main if parse.is_finite(i) and i not in predicate
             and parse.rel(i) in ("conj", "root", "parataxis")]
    future = _future(parse, [i for i in predicate + loose
                             if not any(i in _predicate_tokens(parse, w) for w in wishes)]) or any(
        _future(parse, _predicate_tokens(parse, k)) or _modal_future(parse, k) for k in explained)
    # `Спустя годы Александр обнаружит упоминание о ней`: a future counted from a past moment tells a
    # life story (what is still ahead is `через`, not `спустя`)
    # (`вступит в силу спустя 10 дней после опубликования` counts from an event still ahead)
    future = future and not any(parse.lower[i] == "спустя" and "после" not in parse.lower[i + 1:i + 6] for i in main)
    # a plan or expectation in the past tense (`перестыковка планировалась на 7 мая`) is a past fact;
    # a past promise or threat of an action (`пообещал ограничить поставки`) still points ahead; a
    # perfective one made (`пообещал ждать`) whatever the action, an ongoing one (`обещал работать`) not
    # (a prospect or a chance named as the subject of a past event is history: `Перспектива уступок уже
    # вызвала критику`)
    # (`вероятность отставки стала велика` still rates a chance)
    past_heads = any(_past_form(parse, i) for h in heads for i in _predicate_tokens(parse, h)
                     if parse.lemma[h] not in LINKING_VERBS and parse.pos[h] == "VERB")
    # (and in what a non-report predicate asserts: `известно лишь то, что музыкант намерен играть …`)
    asserted = sorted(set(main) | {i for k in explained + stated for i in _main_level(parse, k, parse.subtree(k))})
    # (`планировал выдвигать свою кандидатуру`: a plan of an action, even a past one, looks ahead of its
    # moment, unlike a planned date, `планировалась на 7 мая`)
    # (a chance inside a hedge phrase hedges, it forecasts nothing: `По всей вероятности, поджог совершил сосед`)
    hedged = {i for first, last, _ in cues.find("hedge_low", tokens) + cues.find("hedge_medium", tokens)
              if last > first for i in range(first, last + 1)}
    planned = [c for c in cues.find("predictive", asserted) if c[0] not in hedged and parse.rel(c[0]) != "amod" and (
               parse.feats[c[0]].get("Tense") != "Past" or c[0] in heads and parse.lemma[c[0]] in PLAN_VERBS and any(
                   parse.feats[k].get("VerbForm") == "Inf" for k in parse.kids(c[0], "xcomp"))) and not (
                   parse.pos[c[0]] == "NOUN" and parse.rel(c[0]).startswith("nsubj") and past_heads)] + [
        c for c in cues.find("promises", main) if parse.rel(c[0]) != "amod" and any(
            parse.feats[k].get("Aspect") == "Perf" or parse.lemma[k] == "быть"
            or parse.feats[c[0]].get("Aspect") == "Perf" and parse.feats[k].get("VerbForm") == "Inf"
            for k in parse.kids(c[0], "xcomp"))]
    # `власти пообещали, что дальше всё пойдёт по плану`: what is promised is ahead
    promised = parse.rel(content) == "ccomp" and parse.heads[content] is not None and (
        parse.lemma[parse.heads[content]] in PROMISES)
    # `хочет открыть завод`, `хотела бы заняться`, `надеется получить ответ`: an intention or hope of
    # an action, unless a past one (`хотел уехать, но …`; `хотел бы` is a conditional, not a past);
    # wishing to have or know (`хотели бы иметь уверенность`) is a present state of mind
    # `объявил о планах … обеспечить`, `о намерении построить`: a plan named with its action
    # (what a plan is about, `о планах`, or what is announced, not a means: `объяснил намерением оттеснить`)
    # (`Принято решение распространить праздник`: the plan as the subject of a passive)
    intended_noun = any(parse.lemma[k] in PLAN_NOUNS and any(
        parse.feats[v].get("VerbForm") == "Inf" for v in parse.children[k]) and (
        parse.rel(k) == "obj" and (parse.lemma[k] != "решение" or parse.lemma[h] in DECIDING)
        or parse.rel(k) == "nsubj:pass" and not _past(parse, h)
        or any(parse.lower[c] in ("о", "об") for c in parse.kids(k, "case")))
        for h in heads for k in parse.kids(h, "obl", "obj", "nsubj:pass"))
    intended = intended_noun or any(parse.lemma[h] in INTENTIONS and any(
        parse.feats[k].get("VerbForm") == "Inf" and parse.lemma[k] not in STATIVE_VERBS for k in parse.kids(h, "xcomp"))
        and not _past_form(parse, h) for h in heads)
    # `Завтра президент посещает Казань`, `В следующем году компания открывает завод`: a present
    # (or verbless) predicate with a time expression ahead of now (`будущей базы`, `предстоящие
    # полёты` qualify a thing, not the time of the claim)
    past_predicate = any(_past_form(parse, i) for i in predicate)
    ahead = not past_predicate and any(
        parse.rel(c[0]) in ("advmod", "obl") or parse.rel(c[0]) == "amod" and parse.heads[c[0]] is not None
        and parse.lemma[parse.heads[c[0]]] in TIME_UNITS for c in cues.find("future_time", main))
    # `Последний тур (29 января) начинается в 12 часов 30 минут`: a present-tense action set on a day or
    # an hour is a timetable (what happens now happens today; a state holds on any day)
    timetable = not past_predicate and any(i in main_set for i in dated) and any(
        parse.feats[h].get("Tense") == "Pres" and parse.pos[h] == "VERB" and parse.feats[h].get("Aspect") == "Imp"
        and parse.lemma[h] not in EVALUATIVE_VERBS | STATIVE_VERBS | REPORTING | LASTING and parse.lemma[h] != "мочь"
        for h in heads)
    ahead = ahead or timetable
    if future or planned or promised or scheduled or intended or ahead or any(
            _modal_future(parse, h) or _planned(parse, cues, h) for h in heads):
        types.add("predictive")
    if numbers:
        types.add("quantitative")
    # `прилагала усилия, чтобы найти решение`: a purpose clause gives the action's reason
    # (`вместо того, чтобы начать отвод` names what was not done, no purpose)
    # (the parser may leave the purpose clause hanging on itself: `купил участок, чтобы поселиться`)
    purpose = any(parse.lower[m] == "чтобы" and parse.heads[m] is not None and parse.rel(parse.heads[m]) == "advcl"
                  and parse.heads[parse.heads[m]] in (*main_set, parse.heads[m], None)
                  and "вместо" not in parse.lower[max(0, m - 4):m] for m in main)
    # `в силу обстоятельств` gives a reason, `вступить в силу` (take effect) none: the noun must name
    # what it is the force of
    # (`Это не значит, что …`, `Не внедрять инновации — значит умереть`: `значит` as the predicate
    # interprets; only as an aside, `Значит, у нас есть ещё сутки`, does it draw a consequence)
    # (`ведь` gives a reason where it opens a clause, `…: ведь мы не хотели …`; inside one it only
    # stresses, `Это ведь не первый случай`)
    # a converb phrase is the subject's own action, part of what the claim asserts (`останавливались на
    # этом, создавая прекрасную PR-кампанию`, `отменило экспертизы, тем самым ускорив стройку`): its
    # judgement and cause words count, unlike a relative clause's (the parser may leave the converb
    # hanging on itself)
    converbs = [i for k in tokens for i in parse.subtree(k) if parse.rel(k) == "advcl"
                and parse.feats[k].get("VerbForm") == "Conv" and parse.heads[k] in (*main_set, k)]
    causes = [c for c in cues.find("causal", sorted(set(asserted) | (set(converbs) & token_set))) if not (
        parse.lemma[c[0]] == "значить" and c[0] == c[1] and c[0] in heads) and not (
        parse.lower[c[0]] == "ведь" and not _opens_clause(parse, c[0])) and not (
        parse.lemma[c[1]] == "сила" and not parse.kids(c[1], "nmod") and parse.lower[c[1] + 1:c[1] + 2] != ["того"])]
    # `критиковал ректоров за то, что они не выполнили указ`: the clause under `за то` is the reason;
    # `Получается, что …` draws a consequence, like `значит`
    reason = any(parse.lemma[t] == "тот" and any(parse.lower[c] == "за" for c in parse.kids(t, "case"))
                 and any(parse.lower[m] == "что" for k in parse.kids(t, "acl", "ccomp", "acl:relcl")
                         for m in parse.kids(k, "mark")) for h in heads for t in parse.kids(h, "obl", "obj"))
    # `объяснил инцидент тем, что …`: the content under `тем` of an explanation is its reason
    above = parse.heads[content]
    reason = reason or above is not None and parse.lower[above] == "тем" and parse.heads[above] is not None and (
        _explains(parse, parse.heads[above]))
    # `объясняло арест необходимостью защиты`: the instrumental of an explanation is its reason
    # (the parser may hang it on the object: `объясняло арест лидера необходимостью`)
    reason = reason or any(parse.lemma[h] in EXPLAINING and any(
        parse.pos[k] == "NOUN" and parse.feats[k].get("Case") == "Ins" and not parse.kids(k, "case")
        and bool(parse.kids(k, "nmod", "acl", "xcomp"))  # a reason names what it is of (not `простыми словами`)
        for o in parse.kids(h, "obl", "iobj", "obj")
        for k in [o, *(parse.kids(o, "nmod") if parse.rel(o) == "obj" else [])]) for h in heads)
    reason = reason or parse.lemma[content] == "получаться" and any(
        parse.lower[m] == "что" for k in parse.kids(content, "ccomp", "csubj") for m in parse.kids(k, "mark"))
    # `приговорена к заключению за покупку …`, `штрафы за пропаганду`: a sanction states what it is for
    sanctioned = any(parse.lemma[i] in SANCTIONS and any(
        parse.lower[c] == "за" for k in parse.kids(i, "obl", "nmod") for c in parse.kids(k, "case")) for i in main)
    # `…, что повлекло за собой …`, `…, чем спровоцировал драку`, `переговоры, в результате которых …`:
    # a clause that opens by naming a cause or an effect links two events, wherever it hangs
    linked = any(cues.find("causal", [i for i in parse.subtree(r) if parse.is_word(i) and i in token_set][:4])
                 for r in tokens if parse.rel(r) in SUBORDINATE_RELS and r not in main_set and parse.is_finite(r))
    # `Цель мероприятия — создать площадку`: an aim stated as what is to be done is a purpose
    aimed = any(_aim_to_do(parse, h) for h in heads)
    hinders = any(parse.lemma[h] in CAUSAL_PREDICATES or parse.lower[h] in CAUSAL_PREDICATES for h in heads)
    # `так проникся ей, что перевёл роман`, `на столь высоком уровне, что …`: a degree reached with its
    # consequence
    hinders = hinders or any(_degree_with_consequence(parse, i) for i in main)
    if (causes or purpose or reason or linked or sanctioned or aimed or hinders or _causal_verb(parse, main)
            or _causal_noun(parse, content)):
        types.add("causal")
    judged = sorted(main_set | (set(converbs) & set(tokens)))
    interprets = any(parse.lemma[h] in INTERPRETIVE_VERBS for h in heads)
    graded = any(parse.lower[i] in INTENSIFIERS and parse.rel(i) == "advmod" and _graded_quality(parse, parse.heads[i])
                 for i in judged)
    # (and as a thing, `Главное в прозе Вешнякова — паузы`, a ranking of what matters)
    if (cues.find("evaluative", judged) or cues.find("sneers", tokens) or interprets or graded
            or _judgement(parse, content) or any(_likeness(parse, h) for h in heads) or main_thing is not None):
        types.add("evaluative")
    if _eventive(parse, content, predicate) or not types:
        types.add("event")
    return [t for t in PRECEDENCE if t in types]


def _likeness(parse: _Parse, head: int) -> bool:
    """`Такие реконструкции похожи на восковые фигуры`, `Высказывания напоминают советский стиль`: a
    likeness the author sees judges. Not `Похоже, что …` (a hedge, no subject), nor a person reminding
    someone (`Министр напомнил журналистам о сроках`, `напомнил, что …`)."""
    subjects = parse.kids(head, "nsubj")
    if not subjects:
        return False
    if parse.lemma[head] == "похожий" or parse.lower[head] in ("похож", "похожа", "похоже", "похожи"):
        return any(parse.lower[c] == "на" for k in parse.kids(head, "obl") for c in parse.kids(k, "case"))
    if parse.lemma[head] not in ("напоминать", "напомнить") or parse.kids(head, "ccomp", "iobj"):
        return False
    if any(parse.pos[k] in ("PROPN", "PRON") or parse.feats[k].get("Animacy") == "Anim" for k in subjects):
        return False
    return bool(parse.kids(head, "obj")) or any(
        parse.lower[c] in ("о", "об") for k in parse.kids(head, "obl") for c in parse.kids(k, "case"))


def _graded_quality(parse: _Parse, i: int | None) -> bool:
    """An adjective or adverb of quality an intensifier can grade: not an amount (`очень много`), a
    participle or a state (`готов`, `известно`)."""
    return i is not None and parse.pos[i] in ("ADJ", "ADV") and not parse.feats[i].get("VerbForm") and not (
        _verb_lemma(parse.lemma[i]) or parse.lemma[i] in STATIVE_ADJECTIVES or parse.lower[i] in STATIVE_ADJECTIVES
        or parse.lemma[i] in VAGUE_QUANTITY or parse.lower[i] in VAGUE_QUANTITY)


def _degree_with_consequence(parse: _Parse, i: int) -> bool:
    """`так`/`настолько`/`столь` grading a word whose clause goes on with `, что …` (not the content of a
    report: `столь же твёрдо заявляют, что …`)."""
    if parse.lower[i] not in ("так", "настолько", "столь") or parse.heads[i] is None:
        return False
    if i + 1 < len(parse.words) and parse.words[i + 1] == ",":
        return False  # `Так, выяснилось, что …`: `так` introduces an example
    owners = [parse.heads[i]]  # the graded word, and up to two heads above it (`на столь высоком уровне`)
    while len(owners) < 3 and parse.heads[owners[-1]] is not None and parse.heads[owners[-1]] != owners[-1]:
        owners.append(parse.heads[owners[-1]])
    if any(parse.lemma[o] in REPORTING or parse.lemma[o] in CAME_ABOUT for o in owners):
        return False
    if any(m > i and parse.lower[m] == "что" and parse.words[m - 1] == ","
           # (`Так получилось, что …`: what came about is the content of `получиться`, no consequence)
           for o in [i, *owners] for k in parse.kids(o, "advcl", "acl", "obl", "parataxis", "conj", "ccomp")
           for m in parse.kids(k, "mark")):
        return True
    # (the parser may leave the `что`-clause a root of its own: `была столь велика, что … называли`)
    stop = next((k for k in range(i + 1, min(i + 8, len(parse.words))) if parse.words[k] in (",", *SENTENCE_END)),
                None)
    comma = stop if stop is not None and parse.words[stop] == "," else None  # not past the sentence's end
    return (comma is not None and comma + 1 < len(parse.words) and parse.lower[comma + 1] == "что"
            and parse.rel(comma + 1) == "mark" and parse.heads[comma + 1] is not None
            and parse.heads[parse.heads[comma + 1]] is None)


def _opens_clause(parse: _Parse, i: int) -> bool:
    """Whether `i` is the first word of its clause: after punctuation, a conjunction or nothing."""
    k = i - 1
    while k >= 0 and parse.space[k]:
        k -= 1
    return k < 0 or parse.punct[k] or parse.lower[k] in ("но", "а", "и", "да")


def _seems_to_me(parse: _Parse, i: int) -> bool:
    """`мне казалось, что …`, `как кажется`: `казаться` with the speaker in the dative, or as an aside."""
    if parse.lemma[i] not in ("казаться", "показаться"):
        return False
    return any(parse.lower[k] in ("мне", "нам") for k in parse.children[i]) or any(
        parse.lower[k] == "как" for k in parse.kids(i, "mark", "advmod"))


def _hortative(parse: _Parse, head: int) -> bool:
    """`Теперь поговорим о литературе`, `а пока послушаем`: a first-person plural perfective with no `мы`
    invites, like an imperative (`Мы поговорим об этом завтра` announces; `Напомним, …` and the other
    verbs of saying frame what follows)."""
    feats = parse.feats[head]
    if not (parse.pos[head] == "VERB" and feats.get("Person") == "1" and feats.get("Number") == "Plur"
            and feats.get("Tense") == "Fut" and not parse.kids(head, *SUBJECT_RELS)):
        return False
    # `давайте поговорим`, `давай попробуем` invite to anything; bare, only the writer's moves through
    # the text do (`Проведём проверку и примем меры`, `В следующем году построим три школы` promise)
    if any(parse.lower[k] in ("давай", "давайте") for k in parse.children[head]) or (
            head > 0 and parse.lower[head - 1] in ("давай", "давайте")):
        return True
    return parse.lemma[head] in INVITING and not any(
        parse.lower[k] == "не" or parse.rel(k) in ("advcl", "ccomp") for k in parse.children[head])


def _imperative_opening(parse: _Parse, tokens: list[int]) -> bool:
    """A claim that opens with a verb pymorphy reads only as an imperative (`Обрабатывайте мясо так,
    как …`), which the tagger took for something else."""
    words = [i for i in tokens if parse.word[i]]
    if not words or parse.feats[words[0]].get("Mood") == "Imp" or parse.pos[words[0]] in ("VERB", "AUX"):
        return False
    return _only_imperative(parse.lower[words[0]])


def _only_imperative(form: str) -> bool:
    tags = word_tags(form)
    return bool(tags) and all(t.POS == "VERB" and t.mood == "impr" for t in tags)


def _indirect_question(parse: _Parse, head: int) -> bool:
    """`размышляет, кто же сможет представить Латвию`: a clause opened by a question word or holding
    `ли` asks, it asserts nothing the claim could be typed by."""
    words = [k for k in parse.subtree(head) if parse.word[k]]
    while len(words) > 1 and parse.pos[words[0]] == "ADP":
        words.pop(0)  # `в какой пропорции`, `о том, кто`
    # (`не уточнил, когда начнутся выплаты`, `где задержали`, `о каких мерах идёт речь`)
    first = words[0] if words else None
    asks = first is not None and (parse.lower[first] in QUESTION_WORDS or parse.lemma[first] in QUESTION_WORDS
                                  or parse.lower[first] in ("когда", "где", "куда"))
    return bool(words) and (asks and parse.rel(first) != "mark"
                            or any(parse.lower[k] == "ли" for k in parse.children[head]))


def _past_form(parse: _Parse, i: int) -> bool:
    """A past tense, not a conditional (`хотел бы`, `стоило бы` carry `Tense=Past` with `бы`)."""
    return parse.feats[i].get("Tense") == "Past" and not any(parse.lower[k] == "бы" for k in parse.children[i])


def _first_person(parse: _Parse, head: int) -> bool:
    """The author speaking: a first-person verb or subject (`Я хотел бы подчеркнуть`, `скажу`)."""
    return parse.feats[head].get("Person") == "1" or any(
        _self(parse, k) for k in parse.kids(head, "nsubj"))


def _self(parse: _Parse, i: int) -> bool:
    """`я`, `мы`, or the bare `автор` of the text; `Автор книги Татьяна Устинова` and `Авторы
    письма` are someone else."""
    if parse.lemma[i] not in FIRST_PERSON:
        return False
    return parse.pos[i] == "PRON" or parse.feats[i].get("Number") != "Plur" and not parse.kids(
        i, "nmod", "appos", "flat", "flat:name", "amod")


def _obliges(parse: _Parse, head: int) -> bool:
    """A `[normative]` word on the predicate, unless `должен` owes (a debt) or schedules (`должен прилететь`,
    `перемирие должно было вступить в силу`): an obligation, also a past one (`Минск должен был
    выполнить свои обязательства`), prescribes."""
    predicate = _predicate_tokens(parse, head)
    words = {parse.lemma[i] for i in predicate} | {parse.lower[i] for i in predicate}
    if parse.lemma[head] in ("должный", "должен") and not any(
            parse.pos[k] in ("VERB", "AUX", "ADJ") or parse.rel(k) in ("cop", "xcomp", "aux", "aux:pass", "csubj")
            for k in parse.children[head]) and any(
            parse.rel(k) in ("obj", "iobj") or parse.feats[k].get("Case") == "Dat" for k in parse.children[head]):
        return False  # `Газпром должен Белоруссии 200 млн долларов`: a debt, no action to oblige
    # `использование будет запрещено`, `было запрещено`: a ban dated by its auxiliary reports a change
    # of the rules (what will be or was the law), not what should be done
    # (`будет вынуждена заплатить` is compelled, not a rule changed)
    if any(parse.feats[i].get("VerbForm") == "Part" and (parse.lemma[i] in NORMATIVE or parse.lower[i] in NORMATIVE)
           and not parse.lower[i].startswith("вынужд") for i in predicate) and parse.kids(head, "aux", "aux:pass"):
        return False
    if _owes_to(parse, head):
        return False
    found = words & NORMATIVE
    # `лучше продавать сейчас` advises, `придётся закрыть` compels; without an infinitive they compare
    # (`ситуация стала лучше`), value (`дело того стоило`) or fall on (`удар придётся на регионы`)
    # (the parser may hang the infinitive elsewhere: `следовало бы ускориться …, поскольку …` under the
    # reason clause; right after the word, or after its `бы`, it is still the word's)
    if found and found <= NORMATIVE_WITH_INFINITIVE and parse.feats[head].get("VerbForm") != "Inf" and not any(
            parse.feats[k].get("VerbForm") == "Inf" for i in predicate if parse.lemma[i] in found
            or parse.lower[i] in found for k in [*parse.children[i], _after_particle(parse, i)] if k is not None):
        return False
    return bool(found) and not _scheduled(parse, head)


def _after_particle(parse: _Parse, i: int) -> int | None:
    """The word right after `i`, past a `бы` or `же` particle."""
    k = i + 1
    while k < len(parse.lower) and (parse.space[k] or parse.lower[k] in ("бы", "б", "же")):
        k += 1
    return k if k < len(parse.lower) else None


def _past(parse: _Parse, head: int) -> bool:
    """A past-tense copula or auxiliary: `должно было`, `было намечено`."""
    return any(parse.lemma[k] == "быть" and parse.feats[k].get("Tense") == "Past"
               for k in parse.kids(head, "cop", "aux", "aux:pass"))


def _scheduled(parse: _Parse, head: int) -> bool:
    """`должен прилететь астронавт`, `расценки должны снизиться`: `должен` of a schedule or an
    expectation, not of an obligation. The infinitive is a `[scheduled]` verb (arrive, start, take
    place), or a perfective intransitive one of an inanimate subject (`Правительство должно снизить
    налоги` has an object: an obligation)."""
    if parse.lemma[head] not in ("должный", "должен"):
        return False
    for verb in parse.kids(head, "xcomp"):
        if parse.lemma[verb] in SCHEDULED:
            return True
        if parse.feats[verb].get("Aspect") != "Perf" or parse.kids(verb, "obj"):
            continue
        subjects = parse.kids(head, "nsubj") or parse.kids(verb, "nsubj")
        # (`Страны Евросоюза должны научиться …`: a country or a body acts, it has duties)
        if subjects and parse.feats[subjects[0]].get("Animacy") == "Inan" and parse.pos[subjects[0]] == "NOUN" \
                and parse.lemma[subjects[0]] not in AGENTS:
            return True
        if not subjects and parse.feats[verb].get("Voice") == "Mid":
            return True  # `… должны снизиться` with the subject lost by the parser: a change, not a duty
    return False


def _planned(parse: _Parse, cues: _Cues, head: int) -> bool:
    """`полет запланирован на ноябрь`, `старт назначен на 12 октября`: a plan stated in the present
    speaks of the future (`было намечено` reports a past plan)."""
    if parse.feats[head].get("Variant") != "Short" or not cues.find("planned", [head]):
        return False
    if any(parse.feats[k].get("Case") == "Ins" and parse.pos[k] in ("NOUN", "ADJ") for k in parse.children[head]):
        return False  # `назначен председателем`, `назначены ответственными`: an appointment, no date set
    return not _past(parse, head)


def _modal_future(parse: _Parse, head: int) -> bool:
    """`может вырасти`: a modal verb with a perfective infinitive speaks of what may happen."""
    if parse.lemma[head] not in ("мочь", "смочь") or parse.feats[head].get("Person") in ("1", "2"):
        return False  # `Не могу понять, почему …`: the speaker's own ability, no forecast
    if _past_form(parse, head) or any(parse.lower[k] == "не" for k in parse.kids(head, "advmod")):
        return False  # `не смогла вовремя прибыть`, `не могут оправиться от шока`: an inability, a fact
    # a thing cannot be able, so with an inanimate subject any infinitive is a possibility (`Цены могут
    # расти и дальше`); a person or an organisation may be able, so there the change must be perfective
    subjects = parse.kids(head, "nsubj", "nsubj:pass")
    thing = bool(subjects) and parse.pos[subjects[0]] == "NOUN" and parse.feats[subjects[0]].get("Animacy") == "Inan"
    # (`сделка может быть чисто денежной`: a thing's possible state is one too)
    if thing and parse.lemma[head + 1:head + 2] == ["быть"]:
        return True
    # (`штрафы могут достигать 1 млн рублей` states the range a rule sets, no forecast)
    return any(parse.feats[k].get("Aspect") == "Perf" or thing and parse.feats[k].get("VerbForm") == "Inf"
               and parse.lemma[k] not in ("достигать", "составлять", "превышать", "доходить")
               for k in parse.kids(head, "xcomp"))


def _aim_to_do(parse: _Parse, head: int) -> bool:
    """`Цель мероприятия — создать площадку`: `цель` and an infinitive as subject and predicate (the
    parser hangs either on the other)."""
    if parse.lemma[head] == "цель":
        return any(parse.feats[k].get("VerbForm") == "Inf" for k in parse.kids(head, "csubj", "xcomp"))
    infinitive = parse.feats[head].get("VerbForm") == "Inf"
    return infinitive and any(parse.lemma[k] == "цель" for k in parse.kids(head, "nsubj"))


def _causal_verb(parse: _Parse, tokens: list[int]) -> bool:
    """`привести к`, `стать причиной`: a causal verb with its `к` complement."""
    for i in tokens:
        if parse.lemma[i] in ("привести", "приводить") and any(
                parse.lower[c] == "к" for k in parse.kids(i, "obl") for c in parse.kids(k, "case")):
            return True
        if _links_cause(parse, i):
            return True
        # `Пустые витрины делают центры городов менее живыми`, `сажа делает его темнее`: making something
        # what it was not is causing it (a finite verb with an object and the quality it gets)
        if parse.lemma[i] in ("делать", "сделать") and parse.is_finite(i) and parse.kids(i, "obj") and any(
                parse.pos[k] in ("ADJ", "ADV") and not _ordinal(parse.lower[k]) and (
                    parse.rel(k) == "xcomp" or parse.feats[k].get("Case") == "Ins"
                    or parse.feats[k].get("Degree") == "Cmp") for k in parse.kids(i, "xcomp", "obl")):
            return True
        # `На решение регулятора повлияла ситуация с бюджетом`, `на результатах сказались расходы`: the
        # phrase `повлиять на` with what it acts on put first
        # (acting, not a means to act: `имеет возможность на неё влиять`)
        if parse.lemma[i] in BEARING_ON and parse.is_finite(i) and any(
                parse.lower[c] == "на" for k in parse.kids(i, "obl") for c in parse.kids(k, "case")):
            return True
        if _explains(parse, i):
            return True
        if _owes_to(parse, i):
            return True
    return False


def _links_cause(parse: _Parse, i: int) -> bool:
    """`необходимость связана и со стрессом`, `Аналитики связывают подорожание прежде всего с неурожаем`:
    the phrase `связать с` split by a particle or the object, in either aspect (the parser may hang the
    cause on the object). Not a bond between people (`Нас связывает с этой страной дружба`: a pronoun or
    animate object), nor a link in space (`Новый мост связывает остров с материком`): an active verb
    needs a subject that can hold a view."""
    if parse.lemma[i] not in ("связать", "связывать", "связанный"):
        return False
    linked = parse.kids(i, "obl") + [n for o in parse.kids(i, "obj") for n in parse.kids(o, "nmod")]
    if not any(parse.lower[c] in ("с", "со") for k in linked for c in parse.kids(k, "case")):
        return False
    if any(parse.pos[o] == "PRON" or parse.feats[o].get("Animacy") == "Anim" for o in parse.kids(i, "obj")):
        return False
    active = parse.is_finite(i) and parse.feats[i].get("Voice") != "Pass" and parse.feats[i].get("Variant") != "Short"
    return not active or _holder(parse, i)


def _holder(parse: _Parse, verb: int) -> bool:
    """Whether the verb's subject can hold a view (a person, a group, a name, a pronoun): `Аналитики
    связывают подорожание с неурожаем`, not `Новый мост связывает остров с материком`."""
    subjects = parse.kids(verb, "nsubj")
    return bool(subjects) and (parse.pos[subjects[0]] in ("PROPN", "PRON") or parse.feats[subjects[0]].get(
        "Animacy") == "Anim" or parse.lemma[subjects[0]] in AGENTS)


def _explains(parse: _Parse, verb: int) -> bool:
    """`пилот объяснил инцидент тем, что …`: an explanation names its reason under `тем`."""
    return parse.lemma[verb] in EXPLAINING and any(
        parse.lower[k] == "тем" for k in parse.kids(verb, "obl", "iobj", "obj"))


def _owes_to(parse: _Parse, i: int) -> bool:
    """`Таким достижениям компания обязана невысокой стоимости`: owing a success to something, no duty."""
    return parse.lower[i] in ("обязан", "обязана", "обязано", "обязаны") and not parse.kids(i, "xcomp") and any(
        parse.feats[k].get("Case") == "Dat" and parse.pos[k] == "NOUN" for k in parse.kids(i, "iobj", "obl"))


def _causal_noun(parse: _Parse, head: int) -> bool:
    """The clause names a cause or an outcome as such: `причина` as its predicate, subject or
    complement (`Причина безразличия — страх`, `причиной беспорядков стало убийство`); `результат`,
    `следствие` as the complement of `стать`/`являться` or a copular predicate (`Результатом
    разговора стала договоренность`). Not a cause mentioned in passing (`расследование причин`,
    `Есть результаты`)."""
    def cause(i: int) -> bool:
        return parse.lemma[i] in CAUSAL_NOUNS

    def outcome(i: int) -> bool:
        return parse.lemma[i] in OUTCOME_NOUNS

    if cause(head) or (outcome(head) and parse.kids(head, "cop")):
        return True
    if parse.lemma[head] in ("мочь", "смочь"):  # `Причиной могли стать неосторожные слова`
        head = next((k for k in parse.kids(head, "xcomp") if parse.lemma[k] in LINKING_VERBS), head)
    for k in parse.kids(head, "nsubj", "xcomp", "obl"):
        if parse.kids(k, "case"):
            continue
        if cause(k) or (outcome(k) and parse.rel(k) != "nsubj" and parse.lemma[head] in LINKING_VERBS):
            return True
    return False


def _judgement(parse: _Parse, head: int) -> bool:
    """A copular or verbless predicate that is an adjective or comparative states a judgement, unless
    the adjective states readiness, ability, rank or relation (`[stative_adjectives]`: `готова`,
    `способен`, `главным было`)."""
    # (a comparison of amounts measures, it does not judge: `Цены в Москве выше, чем в регионах`)
    # (of a measure: `Качество образования выше, чем в России` still judges)
    measured = parse.feats[head].get("Degree") == "Cmp" and (
        parse.lemma[head] in AMOUNT_ADJECTIVES or parse.lower[head] in AMOUNT_ADJECTIVES) and any(
        parse.lemma[k] in MEASURE_NOUNS for k in parse.kids(head, *SUBJECT_RELS))
    if measured:
        return False
    if parse.feats[head].get("Degree") in ("Cmp", "Sup"):
        return True
    if parse.pos[head] in ("NOUN", "PROPN") and any(
            parse.feats[k].get("Degree") == "Sup" or any(parse.lemma[c] == "самый" for c in parse.children[k])
            or parse.lemma[k] == "самый" for k in parse.kids(head, "amod", "det")):
        return True  # `Это было самое тяжёлое решение`: a superlative ranks, it judges
    def judging(i: int) -> bool:  # adverbial predicates too (`одной оригинальности мало`, `не всё так ясно`)
        return (parse.pos[i] in ("ADJ", "ADV") and not parse.feats[i].get("VerbForm")
                and not _verb_lemma(parse.lemma[i])
                and parse.lemma[i] not in STATIVE_ADJECTIVES and parse.lower[i] not in STATIVE_ADJECTIVES)

    def graded(i: int) -> bool:  # `всё более напряжённой`, `наиболее опасный`: an analytic comparison
        return parse.pos[i] == "ADJ" and any(parse.lemma[k] in ("более", "менее", "наиболее", "наименее")
                                             for k in parse.kids(i, "advmod"))

    # `Я против однополых браков`, `Мы за мир`: a stance for or against something, with no verb
    if parse.pos[head] in ("NOUN", "PROPN") and parse.kids(head, *SUBJECT_RELS) and any(
            parse.lower[c] in ("против", "за") for c in parse.kids(head, "case")):
        return True
    # `мы люди мира`, `Мы, люди России и Украины, — родня`: a speaker's verbless self-characterisation
    # is a stance (`Все они — авторы проектов` describes others: no)
    if parse.pos[head] == "NOUN" and not parse.kids(head, "cop") and any(
            parse.pos[k] == "PRON" and parse.lemma[k] in ("мы", "вы", "я", "ты")
            for k in parse.kids(head, *SUBJECT_RELS)):
        return True
    # `Главной ценностью компании является франшиза`, `Наша главная задача — безопасность`: ranking an
    # aim or a value above the rest is a judgement of what matters
    ranked = [k for k in [head, *parse.kids(head, "xcomp", "nsubj", "obl")] if parse.lemma[k] in AIMS
              and any(parse.lemma[a] in ("главный", "основной", "важнейший", "первоочередной", "приоритетный")
                      for a in parse.kids(k, "amod"))]
    if ranked and (parse.lemma[head] in LINKING_VERBS | {"являться", "быть"} or parse.kids(head, *SUBJECT_RELS)
                   or parse.kids(head, "cop")):
        return True
    # `стало ударом для экономики`, `это ошибка`: a judging noun as what the subject is or becomes
    if parse.lemma[head] in EVALUATIVE_NOMINALS and (parse.kids(head, "cop") or parse.kids(head, *SUBJECT_RELS)):
        return True
    if parse.lemma[head] in LINKING_VERBS and any(
            parse.lemma[k] in EVALUATIVE_NOMINALS and parse.feats[k].get("Case") == "Ins"
            for k in parse.kids(head, "xcomp", "obl")):
        return True
    # `Выборы превратились в фарс`: what something turns into, when that judges it
    if parse.lemma[head] in ("превратиться", "превращаться") and any(
            parse.lemma[k] in EVALUATIVE_NOMINALS and any(parse.lower[c] in ("в", "во") for c in parse.kids(k, "case"))
            for k in parse.kids(head, "obl")):
        return True
    if parse.lemma[head] in SEEMING_VERBS:  # `кажется тусклым`, `выглядит странно`, `оказался провальным`
        # (the parser may hang the instrumental adjective as an oblique: `казалось несколько навязчивым`)
        return any(judging(k) or graded(k) for k in parse.kids(head, "xcomp", "advmod", "obl", "iobj", "obj")
                   if parse.rel(k) == "xcomp" or parse.pos[k] == "ADJ" and (
                       parse.rel(k) == "advmod" or parse.feats[k].get("Case") == "Ins"))
    return judging(head) or graded(head)


def _verb_lemma(lemma: str) -> bool:
    """A lemma that is an infinitive: the tagger's `ADJ` is then a short participle (`заинтересована`
    from `заинтересовать`, `уверена` from `уверить`), a state the subject is in, not a judgement."""
    return lemma.endswith(("ть", "ться", "ти", "тись", "чь", "чься"))


def _eventive(parse: _Parse, head: int, predicate: list[int]) -> bool:
    """Something happened or happens: a finite (or short-participle) verb that is not a judgement."""
    verbs = [i for i in predicate if parse.pos[i] == "VERB"]
    if not verbs:
        return False
    return parse.lemma[head] not in EVALUATIVE_VERBS


def _check_worthiness(parse: _Parse, claim: ClaimRecord, content: int, numbers: list[int],
                      mentions) -> tuple[dict[str, float], float]:
    """A transparent weighted sum of the features a fact-checker looks for, clipped to [0, 1]."""
    named = [m for m in mentions if m.label_ in ("PER", "ORG", "LOC", "NORP")]
    past_fact = parse.feats[content].get("Tense") == "Past" and "event" in claim.types
    features = {
        "entities": round(min(len({m._.entity_id for m in named}), 3) / 3, 3),
        "numbers": 1.0 if numbers else 0.0,
        "dates": 1.0 if claim.date_indices else 0.0,
        "factual_verb": 1.0 if past_fact or claim.type in ("event", "quantitative") else 0.0,
        "named_source": 1.0 if claim.speaker_kind == "source" and claim.speaker_entity else 0.0,
        "opinion": 1.0 if claim.type == "evaluative" else 0.0,
        "hedged": 1.0 if claim.hedges else 0.0,
        "prediction": 1.0 if claim.type in ("predictive", "normative") else 0.0,
    }
    return features, _score(features)


# Check-worthiness weights: what makes a claim checkable (named entities, numbers, dates, a factual
# verb, a named source) raises it; opinion, hedging and statements about the future lower it.
WEIGHTS = {"entities": 0.25, "numbers": 0.2, "dates": 0.15, "factual_verb": 0.15, "named_source": 0.1,
           "opinion": -0.2, "hedged": -0.15, "prediction": -0.15}
BIAS = 0.15


def _score(features: dict[str, float]) -> float:
    score = BIAS + sum(weight * features.get(name, 0.0) for name, weight in WEIGHTS.items())
    return round(min(1.0, max(0.0, score)), 3)


if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.factory("razmetka_claims")
def make_claim_detector(nlp: Language, name: str) -> ClaimDetector:
    return ClaimDetector(nlp, name)
