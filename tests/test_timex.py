"""Time expressions on real Russian sentences (from the brief's article and factRuEval news)."""

import datetime

import pytest

from pipeline.timex import extract, two_digit_year

DOC_DATE = datetime.date(2025, 7, 1)


def top(text, doc_date=DOC_DATE):
    return [t for t in extract(text, doc_date) if t.part_of is None]


def one(text, doc_date=DOC_DATE):
    found = top(text, doc_date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, kind, value", [
    ("за два дня до 24.02.2022 президент подписал", "за два дня до 24.02.2022", "DATE", "2022-02-22"),
    ("Основано в 2002 году Борисом Соркиным", "2002 году", "DATE", "2002"),
    ("Сентябрь 2023 года стал завершающим актом", "Сентябрь 2023 года", "DATE", "2023-09"),
    ("Встреча прошла 24 февраля 2022 г. в Москве", "24 февраля 2022 г.", "DATE", "2022-02-24"),
    ("запуск намечен на 2022-02-24, сообщили", "2022-02-24", "DATE", "2022-02-24"),
    ("в феврале 2022-го года ситуация изменилась", "феврале 2022-го года", "DATE", "2022-02"),
    ("Ещё в 1990-е годы завод закрыли", "1990-е годы", "DATE", "199"),
    ("рост цен в 2020-х замедлился", "2020-х", "DATE", "202"),
    ("памятник архитектуры XIX века", "XIX века", "DATE", "18"),
    ("К концу 2022 года миссия утратила часть функций", "К концу 2022 года", "DATE", "2022"),
    ("Осенью 2022 года Азербайджан перекрыл дорогу", "Осенью 2022 года", "DATE", "2022-FA"),
    ("в первой половине 2025 года выручка выросла", "в первой половине 2025 года", "DATE", "2025-H1"),
    ("во втором квартале 2013 года сделка закрыта", "во втором квартале 2013 года", "DATE", "2013-Q2"),
    ("Девятимесячная блокада завершилась", "Девятимесячная", "DURATION", "P9M"),
    ("В результате двухдневных рейдов были убиты", "двухдневных", "DURATION", "P2D"),
    ("политика России на протяжении последних 20 лет", "последних 20 лет", "DURATION", "P20Y"),
    ("в течение полутора лет переговоры шли", "полутора лет", "DURATION", "P18M"),
    ("форум проходит ежегодно в Екатеринбурге", "ежегодно", "SET", "P1Y"),
    ("рынок работает каждую субботу", "каждую субботу", "SET", "XXXX-WXX-6"),
    ("с 2020 по 2023 год выпуск сократился", "с 2020 по 2023 год", "RANGE", "2020/2023"),
    ("в 2020–2023 гг. компания росла", "2020–2023 гг.", "RANGE", "2020/2023"),
    ("3-4 июня 2010 г. произошел сброс", "3-4 июня 2010 г.", "RANGE", "2010-06-03/2010-06-04"),
    ("был приговорен к 5 годам лишения свободы", "5 годам", "DURATION", "P5Y"),
    ("бригада «Скорой помощи» (21 минута в пути) не смогла", "21 минута", "DURATION", "PT21M"),
    ("обязательства погасили в течение месяца", "месяца", "DURATION", "P1M"),
    ("интересных рынков в ближайшие годы по сравнению с Россией", "ближайшие годы", "DURATION", None),
    ("Иерусалим процветал все 44 года пребывания", "все 44 года", "DURATION", "P44Y"),
    ("Продолжает отбывать 10-и летний срок заключения", "10-и летний", "DURATION", "P10Y"),
    ("что «с ноября по декабрь 2010 года Андрей Санников", "с ноября по декабрь 2010 года", "RANGE",
     "2010-11/2010-12"),
    ("Об этом автор \"Дня шакала\" (1971) рассказал", "1971", "DATE", "1971"),
    ("рабочие дневники. 1972-1984», составленный", "1972-1984", "RANGE", "1972/1984"),
    ("в границах 67-го года со столицей", "67-го года", "DATE", "1967"),
    ("В конце 80-х появилась трибуна", "В конце 80-х", "DATE", "198"),
    ("начале 90-х годов прошлого века в Свердловске", "начале 90-х годов прошлого века", "DATE", "199"),
    ("В конце 2000-х акции Nokia составляли треть", "В конце 2000-х", "DATE", "200"),
    ("Дешевые билеты начнут продавать в сезоне 2014/2015.", "2014/2015", "RANGE", "2014/2015"),
    ("Летом 2014-го планируется создать ряд мест", "Летом 2014-го", "DATE", "2014-SU"),
    ("согласно отчётности на конец 2012 года, долг составлял", "на конец 2012 года", "DATE", "2012"),
    ("Так в канун 2013 года компанию покинул её президент", "в канун 2013 года", "DATE", "2012-12-31"),
    ("В некоторых регионах электрички были отменены и в декабре прошлого, 2014 года.",
     "декабре прошлого, 2014 года", "DATE", "2014-12"),
    ("за последние два-три года доля снизилась", "последние два-три года", "DURATION", None),
    ("Перспективы ресурса с аудиторией в 1 миллион человек в день туманны", "в день", "SET", "P1D"),
])
def test_absolute_forms(text, span, kind, value):
    found = one(text)
    assert (found.text, found.type, found.value) == (span, kind, value)


def test_parts_of_periods_carry_a_modifier():
    assert one("в начале 2024 года").mod == "START"
    assert one("в середине 2024 года").mod == "MID"
    assert one("С конца 2024 года отношения деградируют").mod == "END"
    assert one("С конца 2024 года отношения деградируют").value == "2024"


def test_two_digit_years_are_never_the_1900s():
    found = [t for t in extract("за два дня до 24.02.22 президент подписал", None)]
    inner = next(t for t in found if t.text == "24.02.22")
    assert inner.value == "2022-02-24" and inner.part_of is not None
    outer = found[inner.part_of]
    assert outer.value == "2022-02-22" and outer.anchor == "2022-02-24" and outer.offset == "-P2D"
    assert two_digit_year(22, datetime.date(2025, 1, 1)) == 2022
    assert two_digit_year(98, datetime.date(2025, 1, 1)) == 1998


def test_anaphora_uses_the_nearest_preceding_date():
    text = ("С конца 2024 года отношения деградируют. Переломным моментом стал инцидент в декабре, "
            "когда сбили самолёт.")
    undated = next(t for t in top(text, None) if t.text == "декабре")
    assert undated.value == "2024-12" and undated.anchor == "2024" and undated.resolution == "anaphora"
    dated = next(t for t in top(text) if t.text == "декабре")  # the past December nearest 2025-07-01
    assert dated.value == "2024-12" and dated.resolution == "doc_date"
    text = "Чемпион Европы 2005 года сыграет матч. Первая партия 6 апреля."
    april = next(t for t in top(text, datetime.date(2006, 4, 9)) if t.text == "6 апреля")
    assert april.value == "2006-04-06"  # a year in a title is not the narrative's year
    text = ("Окончательный крах наступил в сентябре 2023 года. В отличие от 2008 года, Москва ушла. "
            "Через год у штаба миссии установили памятник.")
    later = next(t for t in top(text) if t.text == "Через год")
    assert later.value == "2024-09" and later.anchor == "2023-09" and later.offset == "P1Y"
    same = next(t for t in top("В 2019 году открыли завод, в том же году его закрыли.") if "том же" in t.text)
    assert same.value == "2019"


def test_deictic_expressions_use_the_document_date():
    doc_date = datetime.date(2010, 6, 29)  # a Tuesday
    assert one("Попытка покушения совершена вчера вечером", doc_date).value == "2010-06-28TEV"
    assert one("В понедельник у здания мэрии состоялась акция", doc_date).value == "2010-06-28"
    assert one("на прошлой неделе", doc_date).value == "2010-W25"
    assert one("в прошлом году прибыль упала", doc_date).value == "2009"
    assert one("бежавший из страны 13 лет назад", doc_date).value == "1997"


def test_unresolvable_expressions_keep_type_and_span_and_say_why():
    found = one("анклав исчез с карты спустя два года после ввода войск")
    assert found.text == "спустя два года" and found.value is None and found.offset == "P2Y"
    assert "event" in found.reason
    no_date = one("Вчера на форуме выступил министр", None)
    assert no_date.value is None and no_date.reason


def test_not_time_expressions():
    assert top("22-летний житель Аризоны открыл стрельбу") == []
    assert top("погибло более 7 000 человек, сбит вертолет Ми-24") == []
    assert top("цены выросли в 1.5 раза, до 10 000 рублей") == []


def test_skip_ranges_are_neither_extracted_nor_anchors():
    text = "Сентябрь 2023 года. В декабре всё закончилось."
    found = extract(text, None, skip=[(0, 18)])
    assert [t.text for t in found] == ["декабре"] and found[0].value is None


def test_years_named_relative_to_the_document_or_the_narrative():
    doc_date = datetime.date(2011, 5, 29)
    assert one("просить ООН признать государственность в сентябре с.г.", doc_date).value == "2011-09"
    assert one("торги состоятся 19 сентября этого года в Нью-Йорке", doc_date).value == "2011-09-19"
    assert one("снизились на 10 процентов по сравнению с прошлым годом", doc_date).value == "2010"
    assert one("с премией к цене закрытия вчерашних торгов", doc_date).value == "2011-05-28"
    text = "Они записали песню в июне 1961 года и выпустили в Германии в октябре того же года."
    later = next(t for t in top(text) if t.text == "октябре того же года")
    assert later.value == "1961-10" and later.resolution == "anaphora"
    text = "В субботу 8 января он заявил об этом журналистам. В тот же день Корея ввела карантин."
    same = next(t for t in top(text, datetime.date(2011, 1, 9)) if t.text == "тот же день")
    assert same.value == "2011-01-08"


def test_a_date_without_a_year_goes_nearest_the_narrative_moving_forward():
    text = ("Санников мог победить на выборах в декабре 2010 года. Соединенные Штаты осуждают приговор, "
            "вынесенный 14 мая, и аресты, связанные с выборами 19 декабря.")
    found = {t.text: t.value for t in top(text, datetime.date(2011, 5, 16))}
    assert found["14 мая"] == "2011-05-14" and found["19 декабря"] == "2010-12-19"
    text = "Однако в декабре суд Дели запретил импорт. А ранее в январе президент Xiaomi сообщил об этом."
    found = {t.text: t.value for t in top(text, datetime.date(2015, 1, 30))}
    assert found == {"декабре": "2014-12", "январе": "2015-01"}


def test_future_tense_puts_yearless_dates_and_weekdays_ahead():
    doc_date = datetime.date(2006, 4, 15)
    assert one("Матч состоится с 21 сентября по 13 октября в Элисте", doc_date).value == "2006-09-21/2006-10-13"
    assert one("Матч прошел с 21 сентября по 13 октября в Элисте", doc_date).value == "2005-09-21/2005-10-13"
    doc_date = datetime.date(2011, 3, 31)  # a Thursday
    assert one("В субботу в Центральном доме литераторов состоится прощание", doc_date).value == "2011-04-02"
    assert one("В субботу в Центральном доме литераторов прошло прощание", doc_date).value == "2011-03-26"
    assert one("Воскресное заседание кабинета министров прошло в Старом городе", doc_date).value == "2011-03-27"


def test_names_and_publications_are_not_time_expressions():
    assert top("во время Шестидневной войны 1967 года")[0].text == "1967 года"
    assert len(top("во время Шестидневной войны 1967 года")) == 1
    assert top("фотограф независимого еженедельника «Пермский обозреватель»") == []


def test_deictic_forms_with_a_part_of_the_day_or_a_relative_year():
    doc_date = datetime.date(2011, 2, 1)
    assert one("Сегодня утром, открывая памятник, он отметил", doc_date).value == "2011-02-01TMO"
    assert one("матчи предстоящего летом этого года чемпионата", doc_date).value == "2011-SU"
    found = top("обсуждаются в НАСА со среды (14 мая).", datetime.date(2008, 5, 16))
    assert [(t.text, t.value) for t in found] == [("среды", "2008-05-14"), ("14 мая", "2008-05-14")]
    assert one("Визит, который был запланирован на лето, не состоится", doc_date).value == "2011-SU"
    assert one("реформа будет проведена не ранее, чем через два года", datetime.date(2006, 3, 15)).value == "2008"
    found = one("владельцы начали рассматривать продажу около года назад", datetime.date(2013, 3, 28))
    assert (found.text, found.value, found.mod) == ("около года назад", "2012", "APPROX")
    found = one("О своём будущем он намерен высказаться через некоторое время.")
    assert (found.type, found.value) == ("DATE", None)
    assert one("во второй половине прошлого года рост", datetime.date(2012, 5, 1)).value == "2011-H2"
    assert top("вторая половина акций остаются на балансе") == []


def test_times_of_day_take_the_narrative_day_or_the_document_date():
    text = ("30 марта 2011 года её состояние ухудшилось. Бригада не смогла её реанимировать, "
            "и в 19:28 была зафиксирована смерть.")
    assert top(text)[-1].value == "2011-03-30T19:28"
    assert one("В 19.58 мск он приземлился на мысе Канаверал", datetime.date(2011, 3, 9)).value == "2011-03-09T19:58"


def test_ages_are_not_durations():
    text = "Джорджу Харрисону тогда было 18 лет, Полу Маккартни - 19 лет, Джону Леннону - 20 лет."
    assert top(text) == []
    assert top("По словам 77-летнего писателя, он был завербован") == []
    text = "Васильевич проведет в колонии 3 года, Олег Гнедчик — 3,5 года."
    assert [t.value for t in top(text)] == ["P3Y", "P42M"]


def test_clock_times_need_a_context_that_makes_them_times_of_day():
    assert top("Отчёт • 0:1 — 01:23 Сёмин (Овечкин, Фёдоров) • 1:1 — 03:54 Бернс") == []
    doc_date = datetime.date(2006, 4, 9)
    text = "Участки будут открыты в воскресенье с 8 часов утра до 20 часов."
    assert [(t.text, t.value) for t in top(text, doc_date)] == [
        ("воскресенье", "2006-04-09"), ("8 часов утра", "2006-04-09T08:00"), ("20 часов", "2006-04-09T20:00")]
    assert one("Начало акции было намечено на 19 часов", doc_date).value.endswith("T19:00")
    assert one("самолёт задержали на 3 часа").value == "PT3H"
    found = one("Утром 16 мая представитель армии заявил об этом", datetime.date(2010, 5, 16))
    assert (found.text, found.value) == ("Утром 16 мая", "2010-05-16TMO")


def test_lists_of_days_and_weekdays_after_a_date():
    doc_date = datetime.date(2010, 3, 15)
    text = "Кроме того, 20 и 21 марта при покупке книг студенты получат скидку."
    assert [(t.text, t.value) for t in top(text, doc_date)] == [("20", "2010-03-20"), ("21 марта", "2010-03-21")]
    text = "Первая встреча состоится в театре 10 апреля (четверг) в 19.00."
    assert [(t.text, t.value) for t in top(text, datetime.date(2014, 4, 2))] == [
        ("10 апреля", "2014-04-10"), ("четверг", "2014-04-10"), ("19.00", "2014-04-10T19:00")]
    assert one("ключевая фигура авангарда второй половины ХХ века").value == "19"
    found = one("Обама выступал через несколько часов после того, как прошла минута молчания")
    assert (found.text, found.type, found.value) == ("через несколько часов", "DATE", None)


@pytest.mark.parametrize("text, span, kind, value, mod", [
    ("мы закончили около 7 часов утра. И, расставаясь", "около 7 часов утра", "DATE", "2025-07-01T07:00", "APPROX"),
    ("переговоры продолжались около 7 часов подряд", "около 7 часов", "DURATION", "PT7H", "APPROX"),
    ("10-15 тыс. рублей каждые 10 секунд", "каждые 10 секунд", "SET", "PT10S", None),
    ("Прошло минут десять, прежде чем пиво принесли", "минут десять", "DURATION", "PT10M", "APPROX"),
    ("Все двадцать с лишним лет, где бы Вертинский ни выступал", "Все двадцать с лишним лет", "DURATION", "P20Y",
     "MORE_THAN"),
    ("министры провели полуторачасовую беседу", "полуторачасовую", "DURATION", "PT90M", None),
    ("соглашение рассчитано на год с правом пролонгации", "год", "DURATION", "P1Y", None),
    ("бизнесмен с 30-летним стажем", "30-летним", "DURATION", "P30Y", None),
    ("Весной нынешнего года в Chrome Web Store появилась", "Весной нынешнего года", "DATE", "2025-SP", None),
    ("В прошедшем году они увеличились на 16 процентов", "прошедшем году", "DATE", "2024", None),
    ("одной из самых трудных задач в течение десятков лет", "десятков лет", "DURATION", None, None),
])
def test_spans_from_unannotated_articles(text, span, kind, value, mod):
    found = one(text)
    assert (found.text, found.type, found.value, found.mod) == (span, kind, value, mod)


def test_ages_in_numbers_and_adjectives_are_not_spans():
    for text in ("Уилсон приводит юношу 20 лет в пример", "С 18 лет начал пытаться что-то писать",
                 "все люди мужского пола в 10 лет начинали курить", "держал трехмесячную дочь Марианну",
                 "убийство полицейским 29-летнего темнокожего британца",
                 "25-летний «Телевизор» переживает творческий подъём"):
        assert top(text) == [], text


def test_today_in_contrast_with_the_past_means_nowadays():
    doc_date = datetime.date(2009, 6, 1)
    nowadays = [t for t in extract("Книга вышла в 1859 году и сегодня является редкостью", doc_date)
                if t.text == "сегодня"][0]
    assert nowadays.value is None and nowadays.resolution == "generic"
    assert one("Но сегодня мне хочется больше свободы", doc_date).value is None
    assert one("А сегодня утром он выступил на форуме", doc_date).value == "2009-06-01TMO"
    assert one("и сегодня он подписал указ", doc_date).value == "2009-06-01"


def test_far_years_and_seasons_every_year():
    assert one("Конец света наступит в 2242 году, считают они").value == "2242"
    assert top("квартира стоимостью 3 000 года") == []
    found = one("часы переводят каждую весну на час вперёд")
    assert (found.text, found.type, found.value) == ("каждую весну", "SET", "XXXX-SP")


def test_single_units_and_regular_events():
    assert (one("После недели переговоров стороны договорились").text, one("После недели переговоров").value) == (
        "недели", "P1W")
    assert one("переход вернёт лишний час сна").value == "PT1H"
    found = one("встречи не чаще одного раза в неделю.")
    assert (found.text, found.type, found.value) == ("одного раза в неделю", "SET", "P1W")
    assert [(t.text, t.value) for t in top("часы переводят каждую весну и осень")] == [
        ("каждую весну", "XXXX-SP"), ("осень", "XXXX-FA")]


def test_a_year_closing_a_coordination_belongs_to_every_date_in_it():
    text = "выборов во Франции, которые состоятся 22 апреля (первый тур) и 6 мая (второй тур) 2012 года."
    found = [(t.text, t.value) for t in top(text, datetime.date(2011, 5, 17))]
    assert found == [("22 апреля", "2012-04-22"), ("6 мая", "2012-05-06"), ("2012 года", "2012")]


def test_annual_days_and_ordinal_weekdays_are_sets():
    found = one("12 июня празднуется Всемирный день вязания.", datetime.date(2010, 6, 14))
    assert (found.type, found.value) == ("SET", "XXXX-06-12")
    assert one("12 июня прошла акция.", datetime.date(2010, 6, 14)).value == "2010-06-12"
    found = one("встречаться за столиками каждое второе воскресенье месяца.")
    assert (found.type, found.value, found.text) == ("SET", None, "каждое второе воскресенье месяца")


def test_many_units_and_offsets_from_the_narrative():
    assert [(t.text, t.value) for t in top("Тогда митинги длились неделями.")] == [("неделями", None)]
    assert one("Закон предваряли многолетние испытания").value is None
    text = "В 2008 году завод открыли, а двумя годами ранее его начали строить."
    assert [(t.text, t.value) for t in top(text)] == [("2008 году", "2008"), ("двумя годами ранее", "2006")]
    text = "В мае 2010 года он ушёл. Месяц спустя вернулся."
    assert top(text)[-1].value == "2010-06"


def test_round_the_clock_and_names_in_quotes():
    assert one("цветы, цветущие круглый год, из-за").text == "круглый год"
    assert top("заявил в интервью программе «Воскресное время» на «Первом канале»") == []


def test_predictions_from_now_do_not_move_the_narrative():
    doc_date = datetime.date(2013, 7, 29)
    text = ("Думаю, что через восемь лет мы будем бороться за первые места. Лаборатория будет изучать пробы "
            "с 10 по 18 августа, а также на Олимпиаде, которая пройдет в Сочи с 7 по 23 февраля.")
    assert [t.value for t in top(text, doc_date)] == ["2021", "2013-08-10/2013-08-18", "2014-02-07/2014-02-23"]
    text = "Это было 2 года назад. «Лучше продавать сейчас», — заявил Мёрдок и спустя год реализовал намерение."
    assert [t.value for t in top(text, datetime.date(2012, 6, 1))] == ["2010", "2011"]
    text = "О том, что будет выдвинут именно он, стало известно 10 декабря, днём позже Медведев предложил пост."
    assert [t.value for t in top(text, datetime.date(2007, 12, 17))] == ["2007-12-10", "2007-12-11"]


def test_news_dates_near_the_document_date_beat_an_older_narrative():
    text = ("В декабре 2011 года запуск провалился. В ноябре того же года станция «Фобос-грунт» не выполнила "
            "миссию. На заседании правительства 9 августа Медведев назвал ситуацию неприемлемой.")
    found = [(t.text, t.value) for t in top(text, datetime.date(2012, 8, 13))]
    assert found[-1] == ("9 августа", "2012-08-09")
    text = "В июне 1961 года они записали песню, а 12 октября выпустили пластинку."
    assert top(text, datetime.date(2012, 8, 13))[-1].value == "1961-10-12"


def test_more_spans_from_the_dev_batches():
    doc_date = datetime.date(2009, 8, 21)
    assert one("С начала мая этого года поймано около 1000 мигрантов", doc_date).value == "2009-05"
    assert one("пробы воды не менее четырех раз в сутки.").text == "четырех раз в сутки"
    text = "В ночь с 20 на 21 июля в реку опять были слиты отходы."
    assert [(t.text, t.value) for t in top(text, datetime.date(2010, 7, 22))] == [
        ("20", "2010-07-20"), ("21 июля", "2010-07-21")]
    assert one("администрация сайта в течение суток заблокирует фильм").value == "P1D"
    text = "В опубликованном 13 июня заявлении Комитета отмечается, что переговоры сорваны."
    assert one(text, datetime.date(2013, 6, 14)).value == "2013-06-13"
