"""Russian time expressions: found by compiled regexes, typed and normalized to TIMEX3 values.

Pure Python, no spaCy: `extract(text, doc_date)` returns `Timex` records sorted by start. Each
pattern is one compiled regex scanned over the whole text (C speed); overlaps are settled by
length, then relative and anaphoric expressions are resolved in reading order against the nearest
preceding absolute date, or the document date.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import regex as re


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | DURATION | SET | RANGE
    value: str | None
    granularity: str | None
    mod: str | None = None
    anchor: str | None = None
    resolution: str = "absolute"
    offset: str | None = None
    reason: str | None = None
    part_of: int | None = None


# ---------------------------------------------------------------- vocabulary

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RE = (r"(?:январ[ьяюе]|феврал[ьяюе]|март[аеу]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|"
            r"август[аеу]?|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])(?![а-яё])")
NUMBER_WORDS = {
    "один": 1, "одного": 1, "одну": 1, "одной": 1, "одним": 1, "одна": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
    "три": 3, "трех": 3, "трёх": 3, "трем": 3, "тремя": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15, "пятнадцати": 15,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "сто": 100, "ста": 100, "полтора": 1.5, "полторы": 1.5,
    "полутора": 1.5, "несколько": None, "нескольких": None, "пару": 2, "пары": 2, "много": None,
}
NUMBER_RE = r"(?:\d+(?:[.,]5)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# Number stems of compound adjectives: девяти|месячная, двух|дневных, 10-|летний.
ADJ_NUMBERS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
    "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "пятнадцати": 15,
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100, "полутора": 1.5,
}
UNITS = {  # stem -> (ISO unit, granularity)
    "лет": ("Y", "year"), "год": ("Y", "year"), "месяц": ("M", "month"), "недел": ("W", "week"),
    "дн": ("D", "day"), "день": ("D", "day"), "сут": ("D", "day"), "час": ("H", "hour"),
    "минут": ("MIN", "minute"), "секунд": ("S", "second"), "век": ("CE", "century"), "квартал": ("Q", "quarter"),
}
UNIT_RE = (r"(?:лет|год(?:а|у|ом|ам|ами)?|месяц(?:а|ев|ы|ам|ами|ем)?|недел(?:я|и|ю|ь|ям|ями|ей)|"
           r"дн(?:я|ей|ям|ями|ём|ем)|день|сутки|суток|час(?:а|ов|ам|ами)?|минут(?:а|у|ы|ами)?|секунд(?:а|у|ы|ами)?|век(?:а|ов)?)(?![а-яё])")
ADJ_UNIT_RE = r"(?:дневн|недельн|месячн|летн|часов|суточн|годичн|минутн)[а-яё]*"
SEASONS = {"весн": "SP", "лет": "SU", "осен": "FA", "зим": "WI"}
WEEKDAYS = {"понедельник": 1, "вторник": 2, "сред": 3, "четверг": 4, "пятниц": 5, "суббот": 6, "воскресен": 7}
WEEKDAY_RE = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])"
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
DAY_PARTS = {"утр": "TMO", "дне": "TAF", "днё": "TAF", "веч": "TEV", "ноч": "TNI"}
# Russian texts often type Roman numerals in Cyrillic: "ХХ век", "ХІХ века"
CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})
YEAR_WORD = r"(?:\s*(?:(?:года|году|годом|год)(?![а-яё])|г\.|г(?![а-яё])))"
YEARS_WORD = r"(?:\s*(?:годы|годов|годах|годами|гг\.|гг(?![а-яё])|г\.|годам))"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DASH = r"\s*[-–—]\s*"
PERSON_AFTER_AGE = re.compile(
    r"\s+(?:житель|жительниц|мужчин|женщин|гражданин|гражданк|юнош|девушк|девочк|мальчик|ребен|ребён|"
    r"пенсионер|студент|школьник|уроженец|уроженк|подросток|сын|дочь|дочер|парн|сотрудник|водител|"
    r"бизнесмен|актер|актёр|актрис|певиц|певец|спортсмен|футболист|пилот|политик|экс|писател|поэт|композитор|"
    r"режисс|художник|музыкант|артист|учен|врач|журналист|фотограф|хоккеист|теннисист|шахматист|президент|"
    r"премьер|лидер|глав|основател|бывш|известн|американ|российск|британск|пациент|заключенн|мать|отец|вдов|"
    r"старик|старушк|бабушк|дедушк|мужа|жена|женой|супруг)", re.IGNORECASE)


# Nouns that make "N-летний" a span of time, perhaps after one adjective: "20-летний срок домашнего
# ареста", "с 30-летним стажем", "220-летней историей", "многолетние испытания"
_SPAN_NOUN_AFTER = re.compile(
    r"\s+(?:[а-яё]+(?:ый|ий|ой|ая|ое|ую|ые|ого|его|ым|им|ой|ей|ых|их)\s+)?(?:срок|стаж|опыт|истори|период|перерыв|"
    r"контракт|договор|соглашени|план|программ|мораторий|моратори|войн|блокад|правлени|пребывани|отсутстви|"
    r"отпуск|гаранти|аренд|кредит|заключени|испытани|работ|служб|цикл|сотрудничеств|отношени|дружб|брак|"
    r"эксплуатаци|деятельност|изгнани|эмиграци|отсидк|лишени|забвени|простой|застой|строительств|"
    r"исследовани|наблюдени|правление|президентств|лидерств|господств|оккупаци|конфликт|противостояни|"
    r"кризис|спад|рост|заморозк|доминировани|традици|путь|пути|карьер|командировк|визит|поездк|марафон|"
    r"турне|тур|рейд|осад|перемири|процесс|горизонт|прогноз|стратеги|концесси|лиценз|облигаци|бумаг|"
    r"заём|займ|вклад|депозит)", re.IGNORECASE)


def month_number(word: str) -> int:
    word = word.lower()
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word[:3] in ("май", "мая", "маю", "мае")):
            return number
    raise ValueError(word)


def number_value(word: str) -> float | None:
    word = word.lower()
    if word[0].isdigit():
        return float(word.replace(",", "."))
    return NUMBER_WORDS.get(word)


def unit_of(word: str) -> tuple[str, str]:
    word = word.lower()
    for stem, unit in UNITS.items():
        if word.startswith(stem):
            return unit
    raise ValueError(word)


def roman(text: str) -> int:
    total, last = 0, 0
    for char in reversed(text.upper()):
        value = ROMAN[char]
        total = total - value if value < last else total + value
        last = max(last, value)
    return total


def duration(amount: float, unit: str) -> str:
    if unit == "CE":
        return f"P{int(amount * 100)}Y"
    if unit == "Q":
        return f"P{int(amount * 3)}M"
    if amount != int(amount):  # полтора года -> P18M, полтора месяца -> P6W
        if unit == "Y":
            return f"P{int(amount * 12)}M"
        if unit == "M":
            return f"P{int(amount * 30)}D"
        if unit == "D":
            return f"PT{int(amount * 24)}H"
        if unit == "H":  # полуторачасовая беседа
            return f"PT{int(amount * 60)}M"
    amount = int(amount)
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


# ---------------------------------------------------------------- values

@dataclass(frozen=True)
class Point:
    """A calendar point at some granularity: year, month or day.

    `now` marks a point that is the document's own time ("сегодня", "в этом году"): an offset from
    it counts from the document date at the offset's granularity ("через восемь лет" is a year).
    """

    year: int
    month: int | None = None
    day: int | None = None
    now: bool = field(default=False, compare=False)

    @property
    def value(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def shift(self, amount: int, unit: str) -> Point | None:
        if unit == "Y":
            return Point(self.year + amount, self.month, _clip_day(self.year + amount, self.month, self.day))
        if unit == "M":
            if self.month is None:
                return None
            index = self.year * 12 + self.month - 1 + amount
            year, month = divmod(index, 12)
            return Point(year, month + 1, _clip_day(year, month + 1, self.day))
        if unit in ("D", "W"):
            if self.day is None:
                return None
            days = amount * (7 if unit == "W" else 1)
            date = datetime.date(self.year, self.month, self.day) + datetime.timedelta(days=days)
            return Point(date.year, date.month, date.day)
        return None


def _clip_day(year: int, month: int | None, day: int | None) -> int | None:
    if day is None or month is None:
        return day
    return min(day, calendar.monthrange(year, month)[1])


def point_of(value: str | None) -> Point | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    year, month, day = match.groups()
    return Point(int(year), int(month) if month else None, int(day) if day else None)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def two_digit_year(yy: int, reference: datetime.date) -> int:
    """The year ending in `yy` nearest the reference year (24.02.22 -> 2022, never 1922 today).

    Texts mostly speak of the past: a year ahead counts twice as far ("67-го года" is 1967 in 2025).
    """
    century = reference.year - reference.year % 100
    candidates = [century - 100 + yy, century + yy, century + 100 + yy]
    return min(candidates, key=lambda y: (2 * (y - reference.year) if y > reference.year else reference.year - y, -y))


# ---------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    value: str | None = None
    granularity: str | None = None
    mod: str | None = None
    resolution: str = "absolute"
    offset: str | None = None
    reason: str | None = None
    anchor: str | None = None
    # relative expressions are resolved later, in reading order
    relative: Callable[[Point | None, datetime.date | None], tuple] | None = None
    nested: list[Candidate] | None = None
    priority: int = 0


class Context:
    def __init__(self, text: str, doc_date: datetime.date | None):
        self.text = text
        self.doc_date = doc_date
        self.reference = doc_date or datetime.date.today()


PATTERNS: list[tuple[re.Pattern, Callable, int, bool]] = []


def pattern(regex: str, priority: int = 0, cased: bool = False):
    """Register a handler for matches of `regex`.

    Patterns run on the text in lower case (a third faster than case-insensitive matching); a
    `cased` one, which needs capitals (Roman numerals), runs case-insensitively on the text itself.
    Every expression starts a word: anchoring at word starts makes the scan about 4x faster.
    """
    compiled = re.compile(r"\b" + regex, re.IGNORECASE if cased else 0)

    def register(handler):
        PATTERNS.append((compiled, handler, priority, cased))
        return handler

    return register


# Lower case that keeps every offset (str.lower can lengthen a few characters, such as "İ").
_LOWER = str.maketrans({c: c.lower() for c in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def _year_of(raw: str, ctx: Context) -> tuple[int, str]:
    year = int(raw)
    if len(raw) == 2:
        return two_digit_year(year, ctx.reference), "two_digit_year"
    return year, "absolute"


# numeric dates: 24.02.2022, 24.02.22, 2022-02-24
@pattern(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)")
def _numeric_date(m, ctx):
    day, month = int(m.group(1)), int(m.group(2))
    year, how = _year_of(m.group(3), ctx)
    if not valid_day(year, month, day):
        return None
    return Candidate(m.start(), m.end(), "DATE", Point(year, month, day).value, "day", resolution=how,
                     anchor=ctx.reference.isoformat() if how == "two_digit_year" else None)


@pattern(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
def _iso_date(m, ctx):
    year, month, day = map(int, m.groups())
    if not valid_day(year, month, day):
        return None
    return Candidate(m.start(), m.end(), "DATE", Point(year, month, day).value, "day")


# 24 февраля 2022 г., 24-го февраля, 1 мая
@pattern(rf"(?<![\d.,])(\d{{1,2}})(?:-?(?:го|е|ое))?\s+({MONTH_RE})(?:\s+({YEAR})(?:-?(?:го|й))?{YEAR_WORD}?)?", 2)
def _day_month(m, ctx):
    day, month = int(m.group(1)), month_number(m.group(2))
    if m.group(3):
        year = int(m.group(3))
        if not valid_day(year, month, day):
            return None
        return Candidate(m.start(), m.end(), "DATE", Point(year, month, day).value, "day")
    if not 1 <= day <= 31:
        return None
    clause = _clause(ctx.text, m.start())
    if _ANNUAL.search(clause) and _HOLIDAY.search(clause):
        # "12 июня празднуется Всемирный день вязания": every year on that day
        return Candidate(m.start(), m.end(), "SET", f"XXXX-{month:02d}-{day:02d}", "day")
    later = _LATER_YEAR.match(ctx.text, m.end())
    if later and valid_day(int(later.group(1)), month, day):
        # "22 апреля (первый тур) и 6 мая (второй тур) 2012 года": the year named at the end
        return Candidate(m.start(), m.end(), "DATE", Point(int(later.group(1)), month, day).value, "day",
                         resolution="coordinated_year")
    future = _future(ctx.text, m.start())
    return Candidate(m.start(), m.end(), "DATE", granularity="day",
                     relative=lambda anchor, doc: _with_year(anchor, doc, month, day, future))


_ANNUAL = re.compile(r"(?<![а-яё])(?:празднуется|отмечается|празднуются|отмечаются|празднуют|ежегодно)(?![а-яё])",
                     re.IGNORECASE)
_HOLIDAY = re.compile(r"(?<![а-яё])(?:день|праздник|годовщин|юбиле)", re.IGNORECASE)


def _clause(text: str, at: int) -> str:
    """The sentence around `at` (from the last stop before it to the next one)."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at)) + 1
    stops = [i for i in (text.find(".", at), text.find("\n", at), text.find("!", at), text.find("?", at)) if i >= 0]
    return text[start:min(stops) if stops else len(text)]


# The year that closes a coordination of dates, past asides in parentheses
_LATER_YEAR = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?(?:\s*(?:,|и|или)\s*\d{{1,2}}(?:-?го)?\s+{MONTH_RE}"
                         rf"(?:\s*\([^()]{{0,40}}\))?)?\s+({YEAR})\s*(?:года|г\.)", re.IGNORECASE)


def _with_year(anchor: Point | None, doc_date, month: int, day: int | None, future: bool = False):
    """The year of a day or month written without one.

    A preceding date with a month sets the narrative's time: the year that puts the date nearest it,
    forward preferred, since narratives move on ("в декабре 2010 года ... 14 мая" is May 2011,
    "в декабре ... в январе" crosses the year). But news is written around its document date: when
    the narrative is within a year of it and the date falls within weeks of it, the document date
    wins ("в ноябре 2011 года ... На заседании 9 августа", written in August 2012). A bare year
    before it is often another time altogether ("чемпион Европы 2005 года ... 6 апреля"), so then
    the document date decides alone. A date after the document date counts twice as far (news
    mostly reports the past), unless its sentence speaks of the future ("состоится"), which flips it.
    """
    def cost(y: int, reference: datetime.date, narrative: bool) -> float:
        when = datetime.date(y, month, min(day or 15, 28))
        days = (when - reference).days
        value = abs(days) * (1.5 if narrative and days < 0 else 1)
        if doc_date is not None:
            ahead = (when - doc_date).days
            if (ahead > 2 and not future) or (ahead < -2 and future):
                value *= 2
        return value

    def nearest(reference: datetime.date, narrative: bool) -> tuple[int, float]:
        year = min((reference.year - 1, reference.year, reference.year + 1),
                   key=lambda y: cost(y, reference, narrative))
        return year, cost(year, reference, narrative)

    if anchor is not None and anchor.month is not None:
        narrative = datetime.date(anchor.year, anchor.month, anchor.day or 15)
        year, how, source = nearest(narrative, True)[0], "anaphora", anchor.value
        if doc_date is not None and abs((narrative - doc_date).days) <= 365:
            near_doc, far = nearest(doc_date, False)
            if far <= 45:
                year, how, source = near_doc, "doc_date", doc_date.isoformat()
    elif doc_date is not None:
        year, how, source = nearest(doc_date, False)[0], "doc_date", doc_date.isoformat()
    elif anchor is not None:
        year, how, source = nearest(datetime.date(anchor.year, 7, 1), True)[0], "anaphora", anchor.value
    else:
        return None, "unresolved", None, "no year in the text before it and no document date"
    if day and not valid_day(year, month, day):
        return None, "unresolved", source, "no such day"
    return Point(year, month, day).value, how, source, None


# Future tense in the sentence: a date without a year is then rather ahead of the document date.
_FUTURE = re.compile(r"(?<![а-яё])(?:состо[ия]тся|пройд[её]т|пройдут|будет|будут|начн[её]тся|начнутся|откро[её]тся|"
                     r"откроются|стартует|стартуют|заверш[иа]тся|намечен\w*|запланирован\w*|планиру\w+|"
                     r"предстоящ\w+|назначен\w*|ожида\w+ся)(?![а-яё])", re.IGNORECASE)


def _future(text: str, at: int) -> bool:
    return _FUTURE.search(_clause(text, at)) is not None


# lists of days sharing the month named after the last: "20 и 21 марта", "18, 23 и 26 января"
# and a night across two days, "в ночь с 20 на 21 июля"
@pattern(rf"(?<![\d.,:])(\d{{1,2}})(?=(?:\s*,\s*\d{{1,2}})*\s*(?:,|и|или|(?<=\bс\s\d{{1,2}}\s)на)\s*\d{{1,2}}(?:-?го)?\s+"
         rf"({MONTH_RE})"
         rf"(?:\s+({YEAR}))?)", 2)
def _listed_day(m, ctx):
    day, month = int(m.group(1)), month_number(m.group(2))
    if not 1 <= day <= 31:
        return None
    if m.group(3):
        year = int(m.group(3))
        return Candidate(m.start(), m.end(), "DATE", Point(year, month, day).value, "day") if valid_day(
            year, month, day) else None
    future = _future(ctx.text, m.start())
    return Candidate(m.start(), m.end(), "DATE", granularity="day",
                     relative=lambda anchor, doc: _with_year(anchor, doc, month, day, future))


# day of the current month: "28-го числа", "20 числа"
@pattern(r"(?<![\d.,])(\d{1,2})(?:-?го)?\s+числа(?![а-яё])")
def _day_of_month(m, ctx):
    day = int(m.group(1))
    if not 1 <= day <= 31:
        return None

    def resolve(anchor, doc):
        base = anchor if anchor is not None and anchor.month else (point_of(doc.isoformat()) if doc else None)
        if base is None or base.month is None:
            return None, "unresolved", None, "no month before it and no document date"
        if not valid_day(base.year, base.month, day):
            return None, "unresolved", base.value, "no such day"
        return Point(base.year, base.month, day).value, "anaphora", base.value, None

    return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=resolve)


# утром 16 мая, вечером 28 июня 2010 года: the part of that day (TIMEX3 MO, AF, EV, NI)
@pattern(rf"(утром|днем|днём|вечером|ночью)\s+(\d{{1,2}})(?:-?го)?\s+({MONTH_RE})(?:\s+({YEAR}){YEAR_WORD}?)?", 3)
def _part_of_day(m, ctx):
    part = DAY_PARTS[m.group(1).lower()[:3]]
    day, month = int(m.group(2)), month_number(m.group(3))
    if m.group(4):
        year = int(m.group(4))
        if not valid_day(year, month, day):
            return None
        return Candidate(m.start(), m.end(), "DATE", Point(year, month, day).value + part, "day")
    future = _future(ctx.text, m.start())

    def resolve(anchor, doc):
        value, how, source, reason = _with_year(anchor, doc, month, day, future)
        return (value + part if value else None), how, source, reason

    return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=resolve)


# Сентябрь 2023 года, в феврале 2022-го
@pattern(rf"({MONTH_RE})\s+(?:(?:прошлого|этого|текущего|того)\s*,\s*)?({YEAR})(?:-?(?:го|й|м))?{YEAR_WORD}?(?!\d)", 1)
def _month_year(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", Point(int(m.group(2)), month_number(m.group(1))).value, "month")


# "этого года", "прошлого года", "с.г." (сего года), "того же года": a year named relative to the
# document date, or to the narrative's year
RELATIVE_YEAR = (r"(?:(этого|прошлого|текущего|следующего|будущего|позапрошлого|нынешнего|сего|того\s+же|этого\s+же)"
                 r"\s+года|"
                 r"(с\.\s?г\.|т\.\s?г\.))")


def _shift(which: str) -> int:
    """How many units from now: "прошлый" -1, "позапрошлый" -2, "следующий"/"будущий" +1, "этот"/"текущий" 0."""
    which = which.lower()
    if which.startswith("позапр"):
        return -2
    if which.startswith(("прошл", "минувш", "прошедш")):
        return -1
    return 1 if which.startswith(("след", "будущ")) else 0


def _relative_year(which: str):
    """A resolver of the year named by a RELATIVE_YEAR match."""
    which = " ".join(which.lower().split())
    if "же" in which:
        def same(anchor, doc):
            if anchor is None:
                return None, "unresolved", None, "no date before it to refer to"
            return anchor.year, "anaphora", anchor.value, None
        return same
    shift = _shift(which)

    def deictic(anchor, doc):
        if doc is None:
            return None, "unresolved", None, "relative to an unknown document date"
        return doc.year + shift, "doc_date", doc.isoformat(), None
    return deictic


def _in_relative_year(which: str, month: int, day: int | None = None):
    year_of = _relative_year(which)

    def resolve(anchor, doc):
        year, how, source, reason = year_of(anchor, doc)
        if year is None:
            return None, how, source, reason
        if day and not valid_day(year, month, day):
            return None, "unresolved", source, "no such day"
        return Point(year, month, day).value, how, source, None
    return resolve


# в марте этого года, ноября того же года, 19 сентября этого года, в сентябре с.г.
@pattern(rf"(?:(?<![\d.,])(\d{{1,2}})(?:-?го)?\s+)?({MONTH_RE})\s+{RELATIVE_YEAR}", 3)
def _month_relative_year(m, ctx):
    day = int(m.group(1)) if m.group(1) else None
    if day is not None and not 1 <= day <= 31:
        return None
    resolve = _in_relative_year(m.group(3) or m.group(4), month_number(m.group(2)), day)
    return Candidate(m.start(), m.end(), "DATE", granularity="day" if day else "month", relative=resolve)


# в декабре, к декабрю
@pattern(rf"(?<=\b(?:в|во|к|с|до|по|на)\s)({MONTH_RE})")
def _month_alone(m, ctx):
    month = month_number(m.group(1))
    return Candidate(m.start(), m.end(), "DATE", granularity="month",
                     relative=lambda anchor, doc: _with_year(anchor, doc, month, None, _future(ctx.text, m.start())))


# с ноября по декабрь 2010 года, январь–март 2011 г.
@pattern(rf"(?:с\s+({MONTH_RE})(?:\s+({YEAR}){YEAR_WORD}?)?\s+по\s+|(?<![а-яё])({MONTH_RE}){DASH})({MONTH_RE})"
         rf"(?:\s+({YEAR}){YEAR_WORD}?)?", 4)
def _month_range(m, ctx):
    first, last = month_number(m.group(1) or m.group(3)), month_number(m.group(4))
    if m.group(5):
        end_year = int(m.group(5))
        start_year = int(m.group(2)) if m.group(2) else end_year if first <= last else end_year - 1
        return Candidate(m.start(), m.end(), "RANGE", f"{Point(start_year, first).value}/{Point(end_year, last).value}",
                         "month")
    if m.group(2):
        return None

    def resolve(anchor, doc):
        start, how, source, reason = _with_year(anchor, doc, first, None, _future(ctx.text, m.start()))
        if start is None:
            return None, how, source, reason
        end_year = int(start[:4]) + (last < first)
        return f"{start}/{Point(end_year, last).value}", how, source, None

    return Candidate(m.start(), m.end(), "RANGE", granularity="month", relative=resolve)


# 2008 году, 2022 год, в 2008-м, 2022-го; with the word "год" any four digits are a year ("к 2100 году")
@pattern(rf"(?<![\d.,-])({YEAR})(?:(?:-?(?:го|м|й))(?![а-яё\d])|{YEAR_WORD})|"
         r"(?<!\d\s)(?<![\d.,-])([1-9]\d{3})\s+(?:год|году|года)(?![а-яё])")
def _year(m, ctx):
    if m.group(2):
        return Candidate(m.start(), m.end(), "DATE", m.group(2), "year")
    return Candidate(m.start(), m.end(), "DATE", m.group(1), "year")


# the first of coordinated years: "в 1995 и 2002 году"
@pattern(rf"(?<![\d.,-])({YEAR})(?=\s*(?:и|или|,)\s*{YEAR}{YEARS_WORD}|\s*(?:и|или|,)\s*{YEAR}{YEAR_WORD})")
def _coordinated_year(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", m.group(1), "year")


# в канун 2013 года, накануне Нового года: the last day of the year before
@pattern(rf"(?:в\s+)?(?:канун|накануне)\s+(?:нового\s+({YEAR})\s+года|({YEAR}){YEAR_WORD}|(нового)\s+года)", 3)
def _new_year_eve(m, ctx):
    if m.group(3):
        def resolve(anchor, doc):
            if doc is None:
                return None, "unresolved", None, "relative to an unknown document date"
            year = doc.year - 1 if doc.month < 3 else doc.year  # a January text looks back at its New Year
            return f"{year}-12-31", "doc_date", doc.isoformat(), None
        return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=resolve)
    year = int(m.group(1) or m.group(2))
    return Candidate(m.start(), m.end(), "DATE", f"{year - 1}-12-31", "day")


# сезон 2014/2015, 2014/15 учебный год: two consecutive years
@pattern(rf"(?<![\d/])({YEAR})/({YEAR}|\d{{2}})(?![\d/])", 3)
def _split_year(m, ctx):
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last != first + 1:
        return None
    return Candidate(m.start(), m.end(), "RANGE", f"{first}/{last}", "year")


# "67-го года", "в 90-м году": a two-digit year, the one nearest the document date
@pattern(r"(?<![\d.,-])(\d{2})-?(?:го|м|й)\s+(?:года|году|год)(?![а-яё])")
def _short_year(m, ctx):
    year, how = _year_of(m.group(1), ctx)
    return Candidate(m.start(), m.end(), "DATE", str(year), "year", resolution=how,
                     anchor=ctx.reference.isoformat())


# a year alone in parentheses, after a title or an event: "День шакала" (1971)
@pattern(rf"(?<=\()({YEAR})(?=\))")
def _year_in_parentheses(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", m.group(1), "year")


# 1972-1984 with no "годы" after it: a range only where nothing but punctuation follows
@pattern(rf"(?<![\d.,\-–—])({YEAR})\s?[-–—]\s?({YEAR})(?=\s*[)»\"'.,;:!?]|\s*$)", 3)
def _bare_year_range(m, ctx):
    first, last = int(m.group(1)), int(m.group(2))
    if not 0 < last - first <= 150:
        return None
    return Candidate(m.start(), m.end(), "RANGE", f"{first}/{last}", "year")


# 1990-е годы, в 2020-х, 90-е, 90-х годов прошлого века; в конце 80-х
DECADE_RE = (r"((?:1[0-9]|20)?[0-9]0)-(?:е|х|ые|ых|м|ми)(?![а-яё])"
             r"(?:\s*(?:годы|годов|годах|годами|гг\.|гг(?![а-яё])|г\.|годам))?"
             r"(?:\s+(прошлого|позапрошлого|XX|XIX|двадцатого|этого|нынешнего|текущего)\s+(?:века|столетия))?")


def _decade_value(raw: str, century: str | None, ctx) -> str:
    if len(raw) == 4:
        return raw[:3]
    which = (century or "").lower()
    if which in ("прошлого", "xx", "двадцатого"):
        base = 1900
    elif which in ("позапрошлого", "xix"):
        base = 1800
    elif which:
        base = ctx.reference.year // 100 * 100
    else:
        base = 1900 if int(raw) >= 30 else 2000
    return str(base + int(raw))[:3]


@pattern(r"(?<![\d.,])" + DECADE_RE)
def _decade(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", _decade_value(m.group(1), m.group(2), ctx), "decade")


# XX век, XXI веке, 19 века
@pattern(r"(?<![\w])([IVXLCХІ]{1,6}|\d{1,2})\s+(?:век(?:а|е|ом|у)?|вв?\.)(?![а-яё])", cased=True)
def _century(m, ctx):
    raw = m.group(1).translate(CYRILLIC_ROMAN)
    number = roman(raw) if raw[0] in ROMAN else int(raw)
    if not 1 <= number <= 30:
        return None
    return Candidate(m.start(), m.end(), "DATE", f"{number - 1:02d}", "century")


# в начале/середине/конце 2024 года, к концу 2022 года, с конца 2024 года, в начале июня
PART_RE = r"(?:(?:в|во|к|с|до|от|на|ближе\s+к)\s+)?(начал[аеуо]|середин[аеуы]|конц[аеу]|концу|конец|исход[еу])"


@pattern(rf"{PART_RE}\s+({YEAR})(?:-?(?:го|й|м)(?![а-яё]))?{YEAR_WORD}?(?![\d-])", 3)
def _part_of_year(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", m.group(2), "year", mod=_part_mod(m.group(1)))


# в конце 80-х, в начале 2000-х годов, начале 90-х годов прошлого века
@pattern(rf"{PART_RE}\s+{DECADE_RE}", 3)
def _part_of_decade(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", _decade_value(m.group(2), m.group(3), ctx), "decade",
                     mod=_part_mod(m.group(1)))


@pattern(rf"{PART_RE}\s+({MONTH_RE})(?:\s+({YEAR})(?:-?(?:го|й|м)(?![а-яё]))?{YEAR_WORD}?|\s+{RELATIVE_YEAR})?", 3)
def _part_of_month(m, ctx):
    mod = _part_mod(m.group(1))
    month = month_number(m.group(2))
    if m.group(3):
        return Candidate(m.start(), m.end(), "DATE", Point(int(m.group(3)), month).value, "month", mod=mod)
    if m.group(4) or m.group(5):  # "С начала мая этого года"
        return Candidate(m.start(), m.end(), "DATE", granularity="month", mod=mod,
                         relative=_in_relative_year(m.group(4) or m.group(5), month))
    return Candidate(m.start(), m.end(), "DATE", granularity="month", mod=mod,
                     relative=lambda anchor, doc: _with_year(anchor, doc, month, None, _future(ctx.text, m.start())))


@pattern(rf"{PART_RE}\s+(?:(этого|прошлого|текущего|следующего|будущего)\s+)?(года|месяца|недели)", 2)
def _part_of_relative(m, ctx):
    mod = _part_mod(m.group(1))
    shift = {"прошлого": -1, "следующего": 1, "будущего": 1}.get((m.group(2) or "").lower(), 0)
    unit = m.group(3).lower()
    if unit == "года" and not m.group(2):  # "в конце года" without a year: the year in context
        return Candidate(m.start(), m.end(), "DATE", granularity="year", mod=mod,
                         relative=lambda anchor, doc: _same_year(anchor, doc))
    return Candidate(m.start(), m.end(), "DATE", granularity={"года": "year", "месяца": "month"}.get(unit, "week"),
                     mod=mod, relative=lambda anchor, doc: _deictic(doc, unit[:3], shift))


def _part_mod(word: str) -> str:
    word = word.lower()
    return "START" if word.startswith("начал") else "MID" if word.startswith("серед") else "END"


def _same_year(anchor: Point | None, doc_date):
    if anchor is not None:
        return str(anchor.year), "anaphora", anchor.value, None
    if doc_date is not None:
        return str(doc_date.year), "doc_date", doc_date.isoformat(), None
    return None, "unresolved", None, "no year in the text before it and no document date"


# осенью 2022 года, весна 2014 года
@pattern(rf"(весн[аоуейы]й?|летом|лето|лета|осень|осенью|осени|зим[аоуеы]й?)\s+({YEAR})(?:-?(?:го|м))?{YEAR_WORD}?", 2)
def _season(m, ctx):
    word = m.group(1).lower()
    season = next(code for stem, code in SEASONS.items() if word.startswith(stem))
    return Candidate(m.start(), m.end(), "DATE", f"{m.group(2)}-{season}", "season")


# летом этого года, осенью прошлого года
@pattern(rf"(весн[аоуейы]й?|летом|лето|лета|осень|осенью|осени|зим[аоуеы]й?)\s+{RELATIVE_YEAR}", 2)
def _season_relative_year(m, ctx):
    season = next(code for stem, code in SEASONS.items() if m.group(1).lower().startswith(stem))
    year_of = _relative_year(m.group(2) or m.group(3))

    def resolve(anchor, doc):
        year, how, source, reason = year_of(anchor, doc)
        return (f"{year}-{season}" if year else None), how, source, reason

    return Candidate(m.start(), m.end(), "DATE", granularity="season", relative=resolve)


# осенью, на лето, к осени (no year): the narrative's or the document's year
@pattern(r"(?<![а-яё])(?:(весной|летом|осенью|зимой)|(?<=\b(?:на|к|до|с)\s)(весну|лето|осень|зиму|весне|лету|осени|"
         r"зиме|весны|лета|зимы))(?![а-яё])(?!\s+(?:\d|прошлого|этого|текущего|следующего|того))")
def _season_bare(m, ctx):
    season = next(code for stem, code in SEASONS.items() if (m.group(1) or m.group(2)).lower().startswith(stem))

    def resolve(anchor, doc):
        if anchor is not None and anchor.month is not None:
            return f"{anchor.year}-{season}", "anaphora", anchor.value, None
        if doc is not None:
            return f"{doc.year}-{season}", "doc_date", doc.isoformat(), None
        if anchor is not None:
            return f"{anchor.year}-{season}", "anaphora", anchor.value, None
        return None, "unresolved", None, "no year in the text before it and no document date"

    return Candidate(m.start(), m.end(), "DATE", granularity="season", relative=resolve)


# весь год, целый месяц, всю неделю
@pattern(r"(?<![а-яё])(?:весь|всю|целый|целую|целые|целое|круглый|круглые)\s+(год|месяц|неделю|день|век|сутки)(?![а-яё])")
def _whole_unit(m, ctx):
    unit, granularity = unit_of(m.group(1))
    return Candidate(m.start(), m.end(), "DURATION", duration(1, unit), granularity)


# этой осенью, прошлым летом, прошлой зимой
@pattern(r"(этой|этим|прошлой|прошлым|следующей|следующим|будущей|будущим|минувшей|минувшим)\s+"
         r"(весной|летом|осенью|зимой)", 1)
def _season_relative(m, ctx):
    which, word = m.group(1).lower(), m.group(2).lower()
    season = next(code for stem, code in SEASONS.items() if word.startswith(stem))
    shift = -1 if which.startswith(("прошл", "минувш")) else 1 if which.startswith(("след", "будущ")) else 0

    def resolve(anchor, doc):
        if doc is None:
            return None, "unresolved", None, "relative to an unknown document date"
        return f"{doc.year + shift}-{season}", "doc_date", doc.isoformat(), None

    return Candidate(m.start(), m.end(), "DATE", granularity="season", relative=resolve)


# первая половина 2025 года, во втором полугодии 2024 года
@pattern(rf"(?:(?:в|во)\s+)?(перв|втор)(?:ая|ой|ую|ом|ое)\s+(?:половин[аеуы]|полугоди[еия])"
         # with no year, only where nothing else is halved: not "вторая половина акций"
         rf"(?:\s+({YEAR}){YEAR_WORD}?|\s+{RELATIVE_YEAR}|\s+года(?![а-яё])|(?=\s*[.,;:!?)»]))", 2)
def _half(m, ctx):
    half = "H1" if m.group(1).lower() == "перв" else "H2"
    if m.group(2):
        return Candidate(m.start(), m.end(), "DATE", f"{m.group(2)}-{half}", "half")
    if m.group(3) or m.group(4):  # "во второй половине прошлого года"
        year_of = _relative_year(m.group(3) or m.group(4))

        def resolve(anchor, doc):
            year, how, source, reason = year_of(anchor, doc)
            return (f"{year}-{half}" if year else None), how, source, reason

        return Candidate(m.start(), m.end(), "DATE", granularity="half", relative=resolve)
    return Candidate(m.start(), m.end(), "DATE", granularity="half",
                     relative=lambda anchor, doc: _suffix_year(anchor, doc, half))


# II квартал, в первом квартале 2013 года, 3-м квартале
@pattern(rf"(?:(?:в|во)\s+)?(IV|I{{1,3}}|[1-4](?:-?(?:м|й|го))?|перв\w*|втор\w*|трет\w*|четверт\w*|четвёрт\w*)\s+"
         rf"квартал(?:а|е|ом)?(?![а-яё])(?:\s+({YEAR}){YEAR_WORD}?)?", 2, cased=True)
def _quarter(m, ctx):
    raw = m.group(1).lower()
    number = (roman(raw.upper()) if raw[0] in "iv" else int(raw[0]) if raw[0].isdigit()
              else {"пер": 1, "вто": 2, "тре": 3, "чет": 4}[raw[:3]])
    quarter = f"Q{number}"
    if m.group(2):
        return Candidate(m.start(), m.end(), "DATE", f"{m.group(2)}-{quarter}", "quarter")
    return Candidate(m.start(), m.end(), "DATE", granularity="quarter",
                     relative=lambda anchor, doc: _suffix_year(anchor, doc, quarter))


def _suffix_year(anchor, doc, suffix):
    value, how, source, reason = _same_year(anchor, doc)
    return (f"{value}-{suffix}" if value else None), how, source, reason


# ranges: с 2020 по 2023 год, 2020–2023 гг., с 1 по 5 мая 2010 года, 3-4 июня 2010 г.
@pattern(rf"(?:с\s+)?({YEAR})(?:\s+(?:года|г\.))?(?:{DASH}|\s+по\s+|\s+до\s+)({YEAR})(?:{YEARS_WORD}|{YEAR_WORD})", 4)
def _year_range(m, ctx):
    first, last = int(m.group(1)), int(m.group(2))
    if last <= first:
        return None
    return Candidate(m.start(), m.end(), "RANGE", f"{first}/{last}", "year")


@pattern(rf"(?:с\s+)({YEAR})(?:\s+(?:года|г\.))?\s+по\s+({YEAR})(?!\d)", 4)
def _year_range_plain(m, ctx):
    return _year_range(m, ctx)


@pattern(rf"(?:(?<=\s)|^)(?:с\s+)?(\d{{1,2}})(?:{DASH}|\s+по\s+)(\d{{1,2}})\s+({MONTH_RE})"
         rf"(?:\s+({YEAR}){YEAR_WORD}?)?", 4)
def _day_range(m, ctx):
    first, last, month = int(m.group(1)), int(m.group(2)), month_number(m.group(3))
    if not (1 <= first < last <= 31):
        return None
    if m.group(4):
        year = int(m.group(4))
        return Candidate(m.start(), m.end(), "RANGE",
                         f"{Point(year, month, first).value}/{Point(year, month, last).value}", "day")

    def resolve(anchor, doc):
        start, how, source, reason = _with_year(anchor, doc, month, first, _future(ctx.text, m.start()))
        if start is None:
            return None, how, source, reason
        return f"{start}/{start[:8]}{last:02d}", how, source, None

    return Candidate(m.start(), m.end(), "RANGE", granularity="day", relative=resolve)


@pattern(rf"с\s+(\d{{1,2}})\s+({MONTH_RE})\s+по\s+(\d{{1,2}})\s+({MONTH_RE})(?:\s+({YEAR}){YEAR_WORD}?)?", 5)
def _day_month_range(m, ctx):
    d1, m1, d2, m2 = int(m.group(1)), month_number(m.group(2)), int(m.group(3)), month_number(m.group(4))
    if m.group(5):
        year = int(m.group(5))
        if not (valid_day(year, m1, d1) and valid_day(year, m2, d2)):
            return None
        return Candidate(m.start(), m.end(), "RANGE", f"{Point(year, m1, d1).value}/{Point(year, m2, d2).value}", "day")

    def resolve(anchor, doc):
        start, how, source, reason = _with_year(anchor, doc, m1, d1, _future(ctx.text, m.start()))
        end, _, _, _ = _with_year(anchor, doc, m2, d2, _future(ctx.text, m.start()))
        if start is None or end is None:
            return None, how, source, reason
        return f"{start}/{end}", how, source, None

    return Candidate(m.start(), m.end(), "RANGE", granularity="day", relative=resolve)


# deictic: вчера, сегодня, в прошлом году, на прошлой неделе, в этом месяце
@pattern(r"(?<![а-яё])(позавчера|вчера|сегодня|завтра|послезавтра)(?![а-яё])"
         r"(?:\s+(утром|днем|днём|вечером|ночью)(?![а-яё]))?")
def _deictic_day(m, ctx):
    shift = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}[m.group(1).lower()]
    # "сегодня утром" is the morning of that day: TIMEX3 parts of day MO, AF, EV, NI
    part = DAY_PARTS.get((m.group(2) or "").lower()[:3], "")
    if shift == 0 and not part and _NOWADAYS_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        clause = _CLAUSE_END.split(ctx.text[m.end():m.end() + 80], 1)[0]
        if not _PAST_VERB.search(clause):  # "и сегодня является редкостью": nowadays, not a day
            return Candidate(m.start(), m.end(), "DATE", None, "day", resolution="generic",
                             reason="сегодня in contrast with the past means nowadays")

    def resolve(anchor, doc):
        value, how, source, reason = _deictic(doc, "дн", shift)
        return (value + part if value else None), how, source, reason

    return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=resolve)


@pattern(r"(?<=\b(?:в|на)\s)(этом|прошлом|текущем|следующем|будущем|минувшем|прошедшем|позапрошлом|нынешнем|этой|"
         r"прошлой|текущей|следующей|будущей|минувшей|прошедшей|нынешней)\s+(году|месяце|неделе)(?![а-яё])", 1)
def _deictic_period(m, ctx):
    shift = _shift(m.group(1))
    unit = m.group(2).lower()[:3]
    granularity = {"год": "year", "мес": "month", "нед": "week"}[unit]
    return Candidate(m.start(), m.end(), "DATE", granularity=granularity,
                     relative=lambda a, doc: _deictic(doc, unit, shift))


# "по сравнению с прошлым годом", "итоги прошлого года", "с этого месяца"
@pattern(r"(этим|прошлым|текущим|позапрошлым|нынешним|этого|прошлого|текущего|позапрошлого|следующего|будущего|"
         r"нынешнего)\s+"
         r"(годом|года|месяцем|месяца)(?![а-яё])")
def _deictic_period_oblique(m, ctx):
    shift = _shift(m.group(1))
    unit = m.group(2).lower()[:3]
    return Candidate(m.start(), m.end(), "DATE", granularity="year" if unit == "год" else "month",
                     relative=lambda a, doc: _deictic(doc, unit, shift))


# вчерашних торгов, завтрашнего заседания
@pattern(r"(позавчерашн|вчерашн|завтрашн)(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|им|ими)(?![а-яё])")
def _deictic_adjective(m, ctx):
    shift = {"позавчерашн": -2, "вчерашн": -1, "завтрашн": 1}[m.group(1).lower()]
    return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=lambda a, doc: _deictic(doc, "дн", shift))


# в следующее десятилетие, в прошлом десятилетии
@pattern(r"(?<=\b(?:в|во|на)\s)(следующее|следующем|прошлом|прошлое|этом|нынешнем|текущем|ближайшее)\s+"
         r"десятилети[еи](?![а-яё])")
def _deictic_decade(m, ctx):
    which = m.group(1).lower()
    shift = 1 if which.startswith(("след", "ближ")) else -1 if which.startswith("прошл") else 0

    def resolve(anchor, doc):
        if doc is None:
            return None, "unresolved", None, "relative to an unknown document date"
        return str(doc.year // 10 + shift), "doc_date", doc.isoformat(), None

    return Candidate(m.start(), m.end(), "DATE", granularity="decade", relative=resolve)


_NOWADAYS_BEFORE = re.compile(r"(?:^|\s)(?:и|но|а|ведь)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?»«\"()—]")
_PAST_VERB = re.compile(r"(?<![а-яё])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё])", re.IGNORECASE)


def _deictic(doc_date, unit: str, shift: int):
    if doc_date is None:
        return None, "unresolved", None, "relative to an unknown document date"
    if unit == "дн":
        value = (doc_date + datetime.timedelta(days=shift)).isoformat()
    elif unit in ("год", "года"[:3]):
        value = str(doc_date.year + shift)
    elif unit == "мес":
        value = Point(doc_date.year, doc_date.month).shift(shift, "M").value
    else:
        year, week, _ = (doc_date + datetime.timedelta(weeks=shift)).isocalendar()
        value = f"{year}-W{week:02d}"
    return value, "doc_date", doc_date.isoformat(), None


# weekdays: в среду, в минувшую субботу, в следующий понедельник
@pattern(rf"(?:(?<=\b[вВ]\s)|(?<=\bво\s))(?:(минувш\w+|прошл\w+|прошедш\w+|эт\w+|следующ\w+|ближайш\w+)\s+)?({WEEKDAY_RE})")
def _weekday(m, ctx):
    which = (m.group(1) or "").lower()
    weekday = next(n for stem, n in WEEKDAYS.items() if m.group(2).lower().startswith(stem))
    if which.startswith(("следующ", "ближайш")):
        direction = "next"
    elif not which and _future(ctx.text, m.start()):  # "в субботу состоится прощание"
        direction = "ahead"
    else:
        direction = "back"
    return Candidate(m.start(), m.end(), "DATE", granularity="day",
                     relative=lambda anchor, doc: _weekday_near(doc, weekday, direction))


def _weekday_near(doc, weekday: int, direction: str):
    """The weekday nearest the document date: the past one, the coming one ("ahead": today counts) or the next."""
    if doc is None:
        return None, "unresolved", None, "relative to an unknown document date"
    delta = (weekday - doc.isoweekday()) % 7
    if direction == "back":
        delta = delta - 7 if delta else 0
    elif direction == "next" and delta == 0:
        delta = 7
    return (doc + datetime.timedelta(days=delta)).isoformat(), "doc_date", doc.isoformat(), None


# со среды, до пятницы, к понедельнику
@pattern(r"(?<=\b(?:с|со|до|к|ко)\s)(понедельник[ау]|вторник[ау]|сред[ые]|четверг[ау]|пятниц[ые]|суббот[ые]|"
         r"воскресень[яю])(?![а-яё])")
# воскресное заседание, субботнего матча: that day of the week (not "воскресная школа", a kind of school,
# nor a name in quotes: «Воскресное время»)
@pattern(r"(?<![«\"])(понедельничн|воскресн|субботн|пятничн)(?:ое|ый|ая|ого|ом|ую|ой|ем|ему|ие|их|ий)(?![а-яё])"
         r"(?!\s+(?:школ|служб|богослужен|молитв|литурги|день|дни|дня|выходн))")
def _weekday_near_document(m, ctx):
    word = m.group(1).lower()
    weekday = next(n for n, stem in enumerate(("понед", "вторн", "сред", "четв", "пятн", "субб", "воскр"), 1)
                   if word.startswith(stem))
    direction = "ahead" if _future(ctx.text, m.start()) else "back"
    return Candidate(m.start(), m.end(), "DATE", granularity="day",
                     relative=lambda anchor, doc: _weekday_near(doc, weekday, direction))


# a weekday in apposition to a date ("вторника, 28 июня"): the date's day
@pattern(rf"(понедельник[аеу]?|вторник[аеу]?|сред[аыеу]|четверг[аеу]?|пятниц[аыеу]|суббот[аыеу]|воскресень[еяю])"
         rf"(?=,?\s+(\d{{1,2}})\s+({MONTH_RE}))")
def _weekday_apposition(m, ctx):
    day, month = int(m.group(2)), month_number(m.group(3))
    return Candidate(m.start(), m.end(), "DATE", granularity="day",
                     relative=lambda anchor, doc: _with_year(anchor, doc, month, day, _future(ctx.text, m.start())))


# a weekday after a date: "10 апреля (четверг)", "20 марта, суббота": that date
@pattern(rf"(?<=\d{{1,2}}\s+{MONTH_RE}(?:\s+{YEAR}{YEAR_WORD}?)?\s*[(,]\s*)"
         rf"(понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?![а-яё])")
def _weekday_after_date(m, ctx):
    def resolve(anchor, doc):
        if anchor is None or anchor.day is None:
            return None, "unresolved", None, "no date before it"
        return anchor.value, "anaphora", anchor.value, None

    return Candidate(m.start(), m.end(), "DATE", granularity="day", relative=resolve)


# anaphora: в том же году, в том же месяце
@pattern(r"(?:том\s+же|этом\s+же|тот\s+же|этот\s+же)\s+(году|месяце|год|месяц|день)(?![а-яё])", 1)
def _same(m, ctx):
    unit = m.group(1).lower()[:3]

    def resolve(anchor, doc):
        if anchor is None:
            return None, "unresolved", None, "no date before it to refer to"
        if unit == "год":
            return str(anchor.year), "anaphora", anchor.value, None
        if unit == "ден":
            if anchor.day is None:
                return None, "unresolved", anchor.value, "the preceding date has no day"
            return anchor.value, "anaphora", anchor.value, None
        if anchor.month is None:
            return None, "unresolved", anchor.value, "the preceding date has no month"
        return Point(anchor.year, anchor.month).value, "anaphora", anchor.value, None

    granularity = {"год": "year", "мес": "month", "ден": "day"}[unit]
    return Candidate(m.start(), m.end(), "DATE", granularity=granularity, relative=resolve)


# "в возрасте 20 лет", "ему было 18 лет", "Полу Маккартни - 19 лет": an age
_AGE_BEFORE = re.compile(r"(?i:возраст|исполнил|исполнит|(?:было|будет|старше|младше|моложе)\s+$|(?<![а-яё])[св]\s+$|"
                         r"(?:юнош|девушк|женщин|мужчин|ребен|ребён|мальчик|девочк|подрост|пенсионер)[а-яё]*\s+$)")
# "..., Полу Маккартни - 19 лет" continues a list of ages only after one ("Харрисону тогда было 18 лет")
_THOUSANDS_BEFORE = re.compile(r"\d\s$")  # "3 000 года": the tail of a bigger number
_AGE_LIST = re.compile(r"[А-ЯЁ][а-яё]+\s+[-–—]\s+$")
_AGE_STATED = re.compile(r"(?:было|будет|исполнилось|исполнится)\s+\d+\s+(?:лет|год)", re.IGNORECASE)

# durations: 20 лет, последние 20 лет, более трех месяцев, несколько лет
DURATION_MOD = (r"(?:(последние|последних|прошлые|прошлых|следующие|следующих|ближайшие|ближайших|более|менее|"
                r"около|почти|свыше|примерно|целых|всего|все|всех)\s+)?")


@pattern(rf"(?<![\d.,\-])(?:{DURATION_MOD})({NUMBER_RE})\s+с\s+половиной\s+({UNIT_RE})", 1)
def _duration_and_half(m, ctx):
    span = _counted_span(m.group(2), m.group(3), 0.5)
    return Candidate(m.start(), m.end(), "DURATION", *span) if span else None


def _counted_span(number: str, unit_word: str, extra: float = 0) -> tuple[str, str] | None:
    """The ISO value and granularity of "два с половиной года" (extra 0.5), None for an unknown amount."""
    amount = number_value(number)
    unit, granularity = unit_of(unit_word)
    if amount is None or unit in ("Q", "CE"):
        return None
    return duration(amount + extra, unit), granularity


@pattern(r"(?<=(?:ещё|еще|целые|целых|на|за|уже)\s)(сутки|суток)(?![а-яё])")
def _one_day(m, ctx):
    return Candidate(m.start(), m.end(), "DURATION", "P1D", "day")


# "в течение года", "на протяжении недели": a unit in the genitive with no number is one of it
SPAN_OF = r"(?<=\b(?:в\s+течение|на\s+протяжении|в\s+продолжение|после|спустя\s+лишь)\s)"


@pattern(rf"{SPAN_OF}(года|месяца|недели|дня|суток|часа|минуты|десятилетия|века)(?![а-яё])")
def _one_unit(m, ctx):
    word = m.group(1).lower()
    if word == "десятилетия":
        return Candidate(m.start(), m.end(), "DURATION", "P10Y", "year")
    unit, granularity = unit_of(word)
    return Candidate(m.start(), m.end(), "DURATION", duration(1, unit), granularity)


# unquantified spans: "последние годы", "многие годы", "ближайших месяцев", "после месяцев переговоров"
@pattern(r"(?<![а-яё])(?:(?:последн|ближайш|прошедш|минувш|прошл|долг|мног|следующ)(?:ие|их|ими)\s+"
         r"(?:годы|лет|годах|месяцы|месяцев|недели|недель|дни|дней|десятилетия|десятилетий)|"
         r"(?:десятк|сотн|тысяч)(?:и|ов|ей|у|ам|ами)\s+(?:лет|годов)|"
         r"(?<=\b(?:после|в\s+течение|на\s+протяжении)\s)(?:лет|месяцев|недель|дней))(?![а-яё])")
def _vague_duration(m, ctx):
    unit = m.group(0).split()[-1].lower()
    granularity = "year" if unit.startswith(("год", "лет", "десят")) else unit_of(unit)[1]
    return Candidate(m.start(), m.end(), "DURATION", None, granularity, resolution="unresolved",
                     reason="unspecified amount")


# inverted amounts are approximate: "минут десять", "лет пять"
@pattern(r"(?<![а-яё])(лет|года|месяцев|месяца|недель|недели|дней|дня|часов|часа|минут|минуты)\s+"
         r"(два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать|сорок|пятьдесят|сто)"
         r"(?![а-яё])(?!\s+(?:назад|спустя|тому))")
def _approximate_duration(m, ctx):
    unit, granularity = unit_of(m.group(1))
    return Candidate(m.start(), m.end(), "DURATION", duration(number_value(m.group(2)), unit), granularity,
                     mod="APPROX")


# лишний час, дополнительный день: one unit more
@pattern(r"(?:лишн|дополнительн)(?:ий|его|ему|им|ем|юю|яя|ей|ие|их)\s+(час|часа|день|дня|неделю|недели|месяц|месяца|год|года)"
         r"(?![а-яё])")
def _extra_unit(m, ctx):
    unit, granularity = unit_of(m.group(1))
    return Candidate(m.start(), m.end(), "DURATION", duration(1, unit), granularity)


# каждую весну и осень: the second season is as regular as the first
@pattern(r"(?<=кажд(?:ую|ое)\s+(?:весну|лето|осень|зиму)\s+и\s+)(весну|лето|осень|зиму)(?![а-яё])")
def _every_season_too(m, ctx):
    season = next(code for stem, code in SEASONS.items() if m.group(1).lower().startswith(stem))
    return Candidate(m.start(), m.end(), "SET", f"XXXX-{season}", "season")


# каждое второе воскресенье месяца: regular, but with no TIMEX3 value
@pattern(r"кажд(?:ый|ое|ую|ая)\s+(?:перв|втор|трет|четверт|четвёрт|последн)(?:ый|ое|ую|ий|ее|юю)\s+"
         r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+(?:месяца|года)")
def _every_nth_weekday(m, ctx):
    return Candidate(m.start(), m.end(), "SET", None, "day", resolution="unresolved",
                     reason="an ordinal weekday of the month has no TIMEX3 value")


# every N units: "каждые 10 секунд", "каждые два года"
@pattern(rf"кажд(?:ые|ых)\s+({NUMBER_RE})\s+({UNIT_RE})", 1)
def _set_every(m, ctx):
    span = _counted_span(m.group(1), m.group(2))
    return Candidate(m.start(), m.end(), "SET", span[0], None) if span else None


# "длились неделями", "многолетние испытания": a span of many units, no single value
@pattern(r"(?<![а-яё])(?:(?<!\d\s)(?:годами|месяцами|неделями|сутками|веками|десятилетиями)|"
         r"много(?:летн|месячн|дневн|недельн|часов)[а-яё]*)(?![а-яё])")
def _many_units(m, ctx):
    word = m.group(0).lower()
    granularity = next(g for stem, g in (("год", "year"), ("лет", "year"), ("месяц", "month"), ("месяч", "month"),
                                         ("недел", "week"), ("сут", "day"), ("днев", "day"), ("час", "hour"),
                                         ("век", "century"), ("десят", "decade")) if stem in word)
    return Candidate(m.start(), m.end(), "DURATION", None, granularity, resolution="unresolved",
                     reason="unspecified amount")


# "последнего года", "последний месяц": the one unit just past
@pattern(r"(?<![а-яё])(?:последн|прошедш|минувш)(?:ий|его|ем|ему|ие)\s+(год|года|месяц|месяца)(?![а-яё])"
         # "последний год той войны", "последний год его жизни": a time of something else
         r"(?!\s+(?:той|того|этой|этого|его|её|ее|их|своей|своего|[а-яё]+(?:ой|ого)\s+(?:войн|жизн|правлен)))")
# "рассчитано на год", "за год, прошедший с ...", "ещё год": one unit, named alone
@pattern(r"(?<=\b(?:на|за|ещё|еще|почти|уже)\s)(год|месяц|неделю|сутки)(?![а-яё])"
         r"(?!\s+(?:до|после|назад|спустя|[а-яё]+(?:ого|ой)\s+(?:года|месяца)))")
def _one_unit_named(m, ctx):
    unit, granularity = unit_of(m.group(1))
    return Candidate(m.start(), m.end(), "DURATION", duration(1, unit), granularity)


@pattern(rf"(?<![\d.,\-])(?:{DURATION_MOD})((?:{NUMBER_RE}\s?[-–]\s?)?{NUMBER_RE})(\s+с\s+(?:лишним|небольшим))?"
         rf"\s+({UNIT_RE})(?!\s*(?:назад|спустя))", 0)
def _duration(m, ctx):
    qualifier = (m.group(1) or "").lower()
    # "два-три года", "5-7 лет": a span of roughly that many, no single value
    amount = None if re.search(r"\S\s?[-–]\s?\S", m.group(2)) else number_value(m.group(2))
    unit, granularity = unit_of(m.group(4))
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if unit == "Q" or (unit == "Y" and _AGE_BEFORE.search(before)):  # an age, not a time span
        return None
    if _AGE_LIST.search(before) and _AGE_STATED.search(ctx.text, max(0, m.start() - 120), m.start()):
        return None
    if m.group(2)[0].isdigit() and amount is not None and (amount > 1000 or amount == 0 or "." in m.group(2)
                                                           or _THOUSANDS_BEFORE.search(before)):
        return None
    mod = {"более": "MORE_THAN", "свыше": "MORE_THAN", "менее": "LESS_THAN", "около": "APPROX",
           "почти": "LESS_THAN", "примерно": "APPROX"}.get(qualifier)
    if m.group(3):  # "двадцать с лишним лет"
        mod = "MORE_THAN"
    if amount is None:
        return Candidate(m.start(), m.end(), "DURATION", None, granularity, mod=mod, resolution="unresolved",
                         reason="unspecified amount")
    return Candidate(m.start(), m.end(), "DURATION", duration(amount, unit), granularity, mod=mod)


# девятимесячная блокада, двухдневных рейдов, 10-летний
@pattern(rf"(?<![а-яё\d])(?:(?:(\d+)(?:-|-?(?:и|ти|х|ми)\s)|({'|'.join(ADJ_NUMBERS)})){ADJ_UNIT_RE}|"
         rf"(?:недельн|месячн|годичн|суточн)[а-яё]*)")
def _duration_adjective(m, ctx):
    # no number: "недельное торжество" is one week ("летний", "дневной", "часовой" without one are not spans)
    amount = float(m.group(1)) if m.group(1) else ADJ_NUMBERS[m.group(2).lower()] if m.group(2) else 1
    stem = m.group(0).lower()
    if m.group(1) or m.group(2):
        stem = re.search(ADJ_UNIT_RE + "$", stem).group() if m.group(1) else stem[len(m.group(2)):]
    if stem.startswith("летн") and (m.group(1) or m.group(2)) and not _SPAN_NOUN_AFTER.match(ctx.text, m.end()):
        # "N-летний" is mostly an age ("22-летний житель", "65-летнюю Аун Сан Су Чжи") or an
        # anniversary ("150-летний юбилей"): a span only before a noun of time ("20-летний срок")
        return None
    if PERSON_AFTER_AGE.match(ctx.text, m.end()):  # "трехмесячную дочь"
        return None
    if ctx.text[m.start()].isupper() and not _sentence_start(ctx.text, m.start()):
        return None  # a name: "Шестидневная война", "Столетняя война"
    unit = {"дне": "D", "нед": "W", "мес": "M", "лет": "Y", "час": "H", "сут": "D", "год": "Y", "мин": "MIN"}[stem[:3]]
    granularity = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour", "MIN": "minute"}[unit]
    return Candidate(m.start(), m.end(), "DURATION", duration(amount, unit), granularity)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" «\"(")
    return not before or before[-1] in ".!?\n"


# sets: ежегодно, ежемесячный, каждую субботу, по понедельникам; not the nouns "еженедельник", "ежедневник"
@pattern(r"(?<![а-яё])еже(годн|месячн|недельн|дневн|часн|квартальн|суточн)(?!ик)[а-яё]*")
def _set_adverb(m, ctx):
    value = {"годн": "P1Y", "месячн": "P1M", "недельн": "P1W", "дневн": "P1D", "часн": "PT1H",
             "квартальн": "P3M", "суточн": "P1D"}[m.group(1).lower()]
    return Candidate(m.start(), m.end(), "SET", value, None)


@pattern(rf"(?:кажд(?:ый|ую|ое|ой|ые)|по)\s+(год|месяц|неделю|день|понедельникам|вторникам|средам|четвергам|"
         rf"пятницам|субботам|воскресеньям|весну|лето|осень|зиму|{WEEKDAY_RE})")
def _set_each(m, ctx):
    word = m.group(1).lower()
    season = next((code for stem, code in SEASONS.items() if word.startswith(stem) and word != "лет"), None)
    if season and not m.group(0).lower().startswith("по "):  # каждую весну
        return Candidate(m.start(), m.end(), "SET", f"XXXX-{season}", "season")
    simple = {"год": "P1Y", "месяц": "P1M", "неделю": "P1W", "день": "P1D"}
    if word in simple:
        if m.group(0).lower().startswith("по "):
            return None
        return Candidate(m.start(), m.end(), "SET", simple[word], None)
    weekday = next((n for stem, n in WEEKDAYS.items() if word.startswith(stem)), None)
    if weekday is None:
        return None
    return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}", "day")


# per unit: "300 тысяч баррелей в день", "одного раза в неделю"
@pattern(rf"(?:({NUMBER_RE})\s+)?раз[а]?\s+в\s+(день|сутки|неделю|месяц|год|час)(?![а-яё])|"
         r"(?<=\s|^)в\s+(день|сутки|неделю|месяц|год|час)(?=\s*[.,;:!?)»—–-]|\s*$)|"
         # "1 миллион человек в день туманны": a quantity right before it, whatever follows
         r"(?<=\d[\d\s,.]*(?:\s+(?:тыс\.|тысяч[аи]?|млн|миллион[аов]*|млрд|миллиард[аов]*))?\s+[а-яё]+\s)"
         r"в\s+(день|сутки|неделю|месяц|год|час)(?![а-яё])")
def _per_unit(m, ctx):
    count = number_value(m.group(1)) if m.group(1) else 1
    unit = {"день": "P1D", "сутки": "P1D", "неделю": "P1W", "месяц": "P1M", "год": "P1Y",
            "час": "PT1H"}[(m.group(2) or m.group(3) or m.group(4)).lower()]
    return Candidate(m.start(), m.end(), "SET", unit, None, mod=None if count == 1 else f"TIMES_{int(count)}")


# times of day: в 19 часов, в 10:30, до 8:30, в 06.00, с 8 часов утра до 20 часов; the day comes from
# a date next to it. A clock time needs a preposition, a part of the day or a date beside it: bare
# "01:23 Сёмин" in a match report is the game clock, "4:5" a score.
TIME_PREP = r"(?<=\b(?:[вВ]|к|до|с|со|около|после|между|на|по|и|начало\s+в)\s)"
DAY_PART = r"(?:\s+(утра|вечера|дня|ночи))?"
# what makes a bare "14:10" a time of day: a preposition or a date before it, a day or "мск" after it
_CLOCK_BEFORE = re.compile(r"\b(?:[вВ]|к|до|с|со|около|после|между|на|по|и|начало\s+в)\s$|\d{4}\s*(?:года|г\.)?,\s*$")
_CLOCK_AFTER = re.compile(rf"\s*(?:мск|по\s+московскому|\d{{1,2}}(?:-?го)?\s+(?:числа|{MONTH_RE})|"
                          r"(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)\w*)", re.IGNORECASE)


@pattern(rf"(?<![\d.,:])(\d{{1,2}}):(\d{{2}})(?![\d:]){DAY_PART}|{TIME_PREP}(\d{{1,2}})\.(\d{{2}})(?!\d|[.,]\d){DAY_PART}|"
         rf"(?:(около|примерно)\s+)?{TIME_PREP}(\d{{1,2}})\s+час(?:ов|а)?(?:\s+(\d{{1,2}})\s+минут\w*)?(?![\d])"
         rf"{DAY_PART}", 1)
def _time(m, ctx):
    hour = int(m.group(1) or m.group(4) or m.group(8))
    minute = int(m.group(2) or m.group(5) or m.group(9) or 0)
    part = (m.group(3) or m.group(6) or m.group(10) or "").lower()
    if hour > 24 or minute > 59 or (m.group(7) and not part):  # "около 7 часов" alone is a duration
        return None
    before = ctx.text[max(0, m.start() - 30):m.start()]
    if m.group(8):
        # "N часов" after "на"/"до"/"по" is a time only where a start time or a plan sets it up
        # ("с 8 часов утра до 20 часов", "намечено на 19 часов"); "на 3 часа" is a duration
        if re.search(r"\b(?:на|по|и)\s$", before) and not re.search(r"намечен|назначен|запланирован|перенес", before):
            return None
        if re.search(r"\bдо\s$", before) and not re.search(r"\bс\s+\d{1,2}\s+час", before):
            return None
    elif m.group(1) and not part and not _CLOCK_BEFORE.search(before) and not _CLOCK_AFTER.match(ctx.text, m.end()):
        return None
    if part in ("вечера", "дня") and hour < 12:
        hour += 12
    return Candidate(m.start(), m.end(), "DATE", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "hour",
                     mod="APPROX" if m.group(7) else None, resolution="time_of_day")


def _date_times(results: list[Timex], text: str, doc_date: datetime.date | None) -> list[Timex]:
    """Give a time of day its day.

    The date written right after or before it ("8:30 вторника", "28 июня, 8:30"), else the last day named before it in
    its paragraph (the narrative's day: "30 марта ... в 19:28 была зафиксирована смерть"), else,
    when the text names no day before it at all, the document date ("В 19.58 мск он приземлился").
    """
    days = [t for t in results if t.type == "DATE" and t.granularity == "day" and t.value and t.part_of is None
            and len(t.value) == 10]
    dated = []
    for timex in results:
        if timex.resolution == "time_of_day":
            after = [d for d in days if 0 <= d.start - timex.end <= 3 and "." not in text[timex.end:d.start]]
            before = [d for d in days if 0 <= timex.start - d.end <= 15 and "." not in text[d.end:timex.start]]
            earlier = [d for d in days if d.end <= timex.start]
            day, how = (after[0] if after else before[-1] if before else None), "time_of_day+date"
            if day is None and earlier and "\n" not in text[earlier[-1].end:timex.start]:
                day, how = earlier[-1], "time_of_day+anaphora"
            if day is not None:
                timex = replace(timex, value=day.value + timex.value[10:], anchor=day.value, resolution=how)
            elif not earlier and doc_date is not None:
                timex = replace(timex, value=doc_date.isoformat() + timex.value[10:], anchor=doc_date.isoformat(),
                                resolution="time_of_day+doc_date")
        dated.append(timex)
    return dated


# relative offsets: через год, спустя два года (после ...), два года назад, за два дня до 24.02.22
OFFSET_AMOUNT = rf"(?:(?P<approx>около|почти|примерно|более|менее|свыше)\s+)?(?:(?P<n>{NUMBER_RE})\s+)?(?P<u>{UNIT_RE})"


@pattern(rf"(?:через|спустя)\s+{OFFSET_AMOUNT}(?:\s+(?P<after>после)\s+)?", 2)
def _after(m, ctx):
    return _offset(m, ctx, 1, m.group("after") is not None)


@pattern(rf"{OFFSET_AMOUNT}\s+(?P<dir>спустя|назад|ранее|раньше|позже|позднее)(?![а-яё])", 2)
def _ago(m, ctx):
    # "два года назад" counts from the document date; "двумя годами ранее", "месяц спустя" from the narrative's
    direction = m.group("dir").lower()
    sign = -1 if direction in ("назад", "ранее", "раньше") else 1
    return _offset(m, ctx, sign, False, deictic=direction == "назад")


# через некоторое время, спустя какое-то время: a time after, by an unknown amount
@pattern(r"(?:через|спустя)\s+(?:некоторое|какое-то|определенное|определённое)\s+время(?![а-яё])", 2)
def _after_a_while(m, ctx):
    return Candidate(m.start(), m.end(), "DATE", None, None, resolution="unresolved", reason="unspecified amount")


# долгое время, некоторое время: a span of unknown length
@pattern(r"(?:долгое|длительное|продолжительное|некоторое|какое-то)\s+время(?![а-яё])")
def _a_while(m, ctx):
    return Candidate(m.start(), m.end(), "DURATION", None, None, resolution="unresolved", reason="unspecified amount")


@pattern(rf"за\s+{OFFSET_AMOUNT}\s+до\s+", 2)
def _before(m, ctx):
    return _offset(m, ctx, -1, True)


def _offset(m, ctx, sign: int, needs_following: bool, deictic: bool = False):
    amount = number_value(m.group("n")) if m.group("n") else 1
    unit, granularity = unit_of(m.group("u"))
    if unit not in ("Y", "M", "W", "D", "H", "MIN"):
        return None
    # "через несколько часов": hours and minutes count from a time of day, which the text rarely gives
    if amount is None or amount != int(amount) or unit in ("H", "MIN"):  # "много лет назад", "через несколько месяцев"
        # "за полтора месяца до смерти": the span stops before the preposition
        end = _trim_last_word(ctx.text, m.start(), m.end()) if needs_following else m.end()
        return Candidate(m.start(), end, "DATE", None, granularity, resolution="unresolved",
                         reason="unspecified amount")
    amount = int(amount)
    offset = ("-" if sign < 0 else "") + duration(amount, unit)
    candidate = Candidate(m.start(), m.end(), "DATE", granularity=granularity, offset=offset)
    if needs_following:
        # The anchor is the date right after "после"/"до"; an event anchor stays unresolved.
        candidate.relative = "following"  # resolved in _attach_following
        candidate.mod = "BEFORE" if sign < 0 else "AFTER"
        return candidate

    def resolve(anchor, doc):
        base = anchor
        # "два года назад", and "через два года" with no date before it: the document date, at the
        # offset's granularity
        from_now = deictic or anchor is None or anchor.now
        if doc and from_now:
            base = Point(doc.year, doc.month if unit != "Y" else None, doc.day if unit in ("D", "W") else None)
        if base is None:
            why = "relative to an unknown document date" if deictic else "no date before it to count from"
            return None, "unresolved", None, why
        shifted = base.shift(sign * amount, unit)
        if shifted is None:
            return None, "unresolved", base.value, f"the anchor {base.value} is coarser than the offset"
        how = "doc_date" if from_now and doc else "offset"
        return shifted.value, how, base.value, None

    candidate.relative = resolve
    approx = (m.group("approx") or "").lower()
    candidate.mod = "APPROX" if approx in ("около", "почти", "примерно") else "BEFORE" if approx else None
    return candidate


# ---------------------------------------------------------------- assembly


def _collect(text: str, ctx: Context) -> list[Candidate]:
    found = []
    lowered = text.translate(_LOWER)
    for compiled, handler, priority, cased in PATTERNS:
        for match in compiled.finditer(text if cased else lowered):
            candidate = handler(match, ctx)
            if candidate is None:
                continue
            # never end on whitespace, never start on it
            while candidate.end > candidate.start and text[candidate.end - 1].isspace():
                candidate.end -= 1
            candidate.priority = max(candidate.priority, priority)
            found.append(candidate)
    return found


def _attach_following(candidates: list[Candidate], text: str) -> list[Candidate]:
    """`за два дня до X` / `спустя два года после X`: X, when it is a date, becomes the anchor."""
    by_start = {}
    for c in candidates:
        if c.relative != "following":
            by_start.setdefault(c.start, []).append(c)
    merged = []
    for c in candidates:
        if c.relative != "following":
            merged.append(c)
            continue
        next_start = c.end + len(text[c.end:c.end + 5]) - len(text[c.end:c.end + 5].lstrip())
        following = [x for x in by_start.get(next_start, []) if x.type == "DATE"]
        if following:
            inner = max(following, key=lambda x: x.end - x.start)
            sign = -1 if c.offset.startswith("-") else 1
            amount = int(re.sub(r"\D", "", c.offset))
            unit = c.offset[-1]
            outer = Candidate(c.start, inner.end, "DATE", granularity=c.granularity, offset=c.offset,
                              priority=5, nested=[inner])
            outer.relative = _anchored(inner, sign * amount, unit)
            merged.append(outer)
        else:
            # An event anchor ("после ввода войск"): the span stops before the preposition.
            end = _trim_last_word(text, c.start, c.end)
            merged.append(Candidate(c.start, end, "DATE", None, c.granularity, offset=c.offset,
                                    resolution="unresolved", reason="anchored to an event, not a date"))
    return merged


def _trim_last_word(text: str, start: int, end: int) -> int:
    chunk = text[start:end].rstrip()
    cut = chunk.rstrip().rfind(" ")
    return start + len(chunk[:cut].rstrip()) if cut > 0 else start + len(chunk)


def _anchored(inner: Candidate, amount: int, unit: str):
    def resolve(anchor, doc, _resolved=None):
        base = point_of(_resolved)
        if base is None:
            return None, "unresolved", _resolved, "the anchor date has no value"
        shifted = base.shift(amount, unit)
        if shifted is None:
            return None, "unresolved", base.value, f"the anchor {base.value} is coarser than the offset"
        return shifted.value, "offset", base.value, None

    return resolve


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest (then highest-priority) candidates win; the rest must not overlap them."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in ordered:
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# A date in a comparison ("в отличие от 2008 года") does not move the narrative time.
_COMPARISON_BEFORE = re.compile(r"(?:в\s+отличие\s+от|по\s+сравнению\s+с|как\s+и\s+в|чем\s+в)\s+$", re.IGNORECASE)


def extract(text: str, doc_date: datetime.date | None = None,
            skip: Sequence[tuple[int, int]] = ()) -> list[Timex]:
    """Time expressions of `text`, sorted by start; nested anchors carry `part_of`."""
    ctx = Context(text, doc_date)
    candidates = [c for c in _collect(text, ctx)
                  if not any(c.start < e and s < c.end for s, e in skip)]
    chosen = _select(_attach_following(candidates, text))

    results: list[Timex] = []
    anchor: Point | None = None
    for c in chosen:
        inner_timex = None
        if c.nested:
            inner = c.nested[0]
            inner_timex, inner_point = _resolve(inner, text, anchor, doc_date)
            if inner_point is not None and inner.relative is None:
                anchor = inner_point
            value, how, source, reason = c.relative(anchor, doc_date, _resolved=inner_timex.value)
            timex = Timex(c.start, c.end, text[c.start:c.end], c.type, value, _granularity(value, c),
                          c.mod, source, how, c.offset, reason)
        else:
            timex, point = _resolve(c, text, anchor, doc_date)
            # A date counted forward from now ("через восемь лет мы будем") is a prediction, not the
            # narrative's time; one counted back ("два года назад") is.
            if (point is not None and c.type == "DATE" and c.resolution != "time_of_day"
                    and not (timex.offset and timex.resolution == "doc_date" and not timex.offset.startswith("-"))
                    and not _COMPARISON_BEFORE.search(text, max(0, c.start - 30), c.start)):
                anchor = replace(point, now=_is_now(timex, point, doc_date))
        index = len(results)
        results.append(timex)
        if inner_timex is not None:
            results.append(replace(inner_timex, part_of=index))
    return _date_times(results, text, doc_date)


def _is_now(timex: Timex, point: Point, doc_date: datetime.date | None) -> bool:
    """Whether the expression names the document's own day, month or year ("сегодня", "в этом году")."""
    return (doc_date is not None and _NOW_WORDS.search(timex.text) is not None
            and (point.year, point.month or doc_date.month, point.day or doc_date.day)
            == (doc_date.year, doc_date.month, doc_date.day))


_NOW_WORDS = re.compile(r"сегодн|этом|этой|этот|текущ|нынешн", re.IGNORECASE)


def _granularity(value: str | None, c: Candidate) -> str | None:
    point = point_of(value)
    return point.granularity if point else c.granularity


def _resolve(c: Candidate, text: str, anchor: Point | None, doc_date) -> tuple[Timex, Point | None]:
    if c.relative is not None and callable(c.relative):
        value, how, source, reason = c.relative(anchor, doc_date)
        timex = Timex(c.start, c.end, text[c.start:c.end], c.type, value,
                      _granularity(value, c) if c.type == "DATE" else c.granularity,
                      c.mod, source, how, c.offset, reason)
        return timex, point_of(value)
    timex = Timex(c.start, c.end, text[c.start:c.end], c.type, c.value, c.granularity, c.mod, c.anchor,
                  c.resolution, c.offset, c.reason)
    return timex, point_of(c.value)
