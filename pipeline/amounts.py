"""Money, percentages and quantities with units, normalized to numbers (rules, no model).

`свыше миллиарда долларов` -> MONEY 1e9 USD (mod MORE_THAN); `10-процентную` -> PERCENT 10;
`1600 км` -> QUANTITY 1600 km.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

MULTIPLIERS = {
    "тыс": 1e3, "тысяч": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысячу": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллионах": 1e6, "миллионами": 1e6,
    "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "миллиардах": 1e9, "миллиардами": 1e9,
    "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
}
CURRENCIES = {  # stem -> ISO 4217
    "доллар": "USD", "долл": "USD", "$": "USD", "usd": "USD", "евро": "EUR", "€": "EUR", "eur": "EUR",
    "рубл": "RUB", "руб": "RUB", "₽": "RUB", "rub": "RUB", "фунт": "GBP", "£": "GBP",
    "юан": "CNY", "иен": "JPY", "йен": "JPY", "гривн": "UAH", "грн": "UAH", "манат": "AZN",
    "драм": "AMD", "лари": "GEL", "тенге": "KZT", "франк": "CHF", "лир": "TRY",
}
UNITS = {  # stem -> normalized unit
    "км": "km", "километр": "km", "метр": "m", "м": "m", "см": "cm", "мм": "mm",
    "кг": "kg", "килограмм": "kg", "тонн": "t", "т": "t", "грамм": "g", "г": "g",
    "литр": "l", "л": "l", "баррел": "barrel", "кубометр": "m3", "куб": "m3", "гектар": "ha", "га": "ha",
    "градус": "degree", "человек": "person", "мегаватт": "MW", "мвт": "MW", "киловатт": "kW", "гвт": "GW",
}
NUMBER_WORDS = {
    "один": 1, "одного": 1, "одну": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "десяти": 10, "двадцать": 20, "тридцать": 30, "сто": 100, "ста": 100,
    "сотни": 100, "полтора": 1.5, "полутора": 1.5, "несколько": None, "нескольких": None,
}
MODS = {"свыше": "MORE_THAN", "более": "MORE_THAN", "больше": "MORE_THAN", "около": "APPROX",
        "порядка": "APPROX", "примерно": "APPROX", "почти": "LESS_THAN", "менее": "LESS_THAN",
        "меньше": "LESS_THAN", "до": "LESS_THAN", "не менее": "MORE_THAN"}

_NUM = r"(?:\d{1,3}(?:[  ]\d{3})+|\d+)(?:[.,]\d+)?"
_WORDNUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_MOD = r"(?:(не\s+менее|свыше|более|больше|около|порядка|примерно|почти|менее|меньше)\s+)?"
_CUR = (r"(?:доллар[а-я]*|долл\.?|\$|usd|евро|€|eur|рубл[а-я]*|руб\.?|₽|фунт[а-я]*\s+стерлинг[а-я]*|фунт[а-я]*|£|"
        r"юан[а-я]*|иен[а-я]*|йен[а-я]*|гривен|гривн[а-я]*|грн\.?|манат[а-я]*|драм[а-я]*|лари|тенге|"
        r"франк[а-я]*|лир[а-я]*)")
_UNIT = (r"(?:км|километр[а-я]*|метр[а-я]*|м|см|мм|кг|килограмм[а-я]*|тонн[а-я]*|т|литр[а-я]*|л|баррел[а-я]*|"
         r"кубометр[а-я]*|куб\.\s*м|гектар[а-я]*|га|градус[а-я]*|человек|мегаватт[а-я]*|МВт|ГВт|киловатт[а-я]*)")
# A number word needs a space after it: "ста л" is no quantity of "стал".
_AMOUNT = rf"(?:({_NUM})|({_WORDNUM})(?=\s))?\s*(?:({_MULT})\.?\s*)?"

# Every match opens with a digit, a currency sign, a modifier, a number word or a multiplier: the
# lookahead fails fast everywhere else (without it each pattern, all optional parts, is tried in full
# at every character of the text).
_OPENING = rf"(?=[\d$€£₽]|(?:не|свыше|более|больше|около|порядка|примерно|почти|менее|меньше|{_WORDNUM}|{_MULT})\b)"
MONEY_RE = re.compile(rf"(?<![\w$€£₽]){_OPENING}{_MOD}(?:([$€£₽])\s*)?{_AMOUNT}({_CUR})?(?![а-яё\w])",
                      re.IGNORECASE)
PERCENT_RE = re.compile(rf"(?<![\w]){_OPENING}{_MOD}({_NUM}|{_WORDNUM})(?:\s*(%)|-?\s*процент[а-я]*)",
                        re.IGNORECASE)
QUANTITY_RE = re.compile(rf"(?<![\w]){_OPENING}{_MOD}{_AMOUNT}({_UNIT})(?![а-яё\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    type: str  # MONEY | PERCENT | QUANTITY
    amount: float | None
    unit: str
    mod: str | None = None


def _number(digits: str | None, word: str | None) -> float | None:
    if digits:
        return float(re.sub(r"[  ]", "", digits).replace(",", "."))
    if word:
        return NUMBER_WORDS.get(word.lower())
    return None


def _lookup(table: dict[str, str], word: str) -> str | None:
    word = word.lower()
    for stem in sorted(table, key=len, reverse=True):
        if word.startswith(stem):
            return table[stem]
    return None


def _mod(word: str | None) -> str | None:
    return MODS.get(" ".join((word or "").lower().split()))


def _span(text: str, match) -> tuple[int, int]:
    start, end = match.start(), match.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end


def find_amounts(text: str) -> list[Amount]:
    found: list[Amount] = []
    for match in MONEY_RE.finditer(text):
        mod_word, symbol, digits, word, mult, currency = match.groups()
        if not (symbol or currency) or not (digits or word or mult):
            continue
        value = _number(digits, word)
        if value is None and mult and not (digits or word):
            value = 1.0  # "миллиарда долларов"
        if value is not None and mult:
            value *= MULTIPLIERS[mult.lower().rstrip(".")]
        code = _lookup(CURRENCIES, symbol or currency)
        found.append(Amount(*_span(text, match), "MONEY", value, code or "", _mod(mod_word)))
    for match in PERCENT_RE.finditer(text):
        mod_word, number = match.group(1), match.group(2)
        value = _number(number if number[0].isdigit() else None, None if number[0].isdigit() else number)
        found.append(Amount(*_span(text, match), "PERCENT", value, "%", _mod(mod_word)))
    for match in QUANTITY_RE.finditer(text):
        mod_word, digits, word, mult, unit = match.groups()
        if not (digits or word):
            continue
        value = _number(digits, word)
        if value is not None and mult:
            value *= MULTIPLIERS[mult.lower().rstrip(".")]
        found.append(Amount(*_span(text, match), "QUANTITY", value, _lookup(UNITS, unit.replace(".", "")) or unit,
                            _mod(mod_word)))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Amount] = []
    for amount in found:
        if not any(amount.start < k.end and k.start < amount.end for k in kept):
            kept.append(amount)
    return kept
