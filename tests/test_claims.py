"""Issue 6's claims layer: clause-level claims, type, speaker, polarity, hedging, check-worthiness."""

import pytest
from conftest import entity_of

from pipeline import annotate
from pipeline.claims import CUES, PRECEDENCE


def _claim(doc, fragment):
    found = [c for c in doc.claims if fragment in c.text]
    assert found, f"no claim holds {fragment!r}: {[c.text for c in doc.claims]}"
    return found[0]


# --- "Done when" on the brief's article ---------------------------------------------------------


def test_raids_claim_is_quantitative_event_by_the_author(seed_doc):
    claim = _claim(seed_doc, "были убиты два гражданина Азербайджана")
    assert claim.type == "quantitative"
    assert "event" in claim.types
    assert claim.speaker.kind == "author" and claim.speaker.entity_id is None
    assert claim.polarity == "positive" and claim.certainty == "high"


def test_gadzhiev_sentence_is_attributed_to_him(seed_doc):
    claim = _claim(seed_doc, "«недоразумение»")
    person = entity_of(seed_doc, "Хикмет Гаджиев")
    assert claim.speaker.kind == "source"
    assert claim.speaker.entity_id == person.id
    assert claim.speaker.text == "Хикмет Гаджиев"
    assert claim.speaker.cue == "отметил"
    assert seed_doc.text[claim.speaker.start:claim.speaker.end] == "Хикмет Гаджиев"


def test_peacekeepers_did_not_intervene_is_negative_and_its_own_clause(seed_doc):
    claim = _claim(seed_doc, "российские миротворцы не вмешались")
    assert claim.polarity == "negative"
    assert claim.text == "российские миротворцы не вмешались"
    assert claim.predicate.text == "не вмешались"
    assert claim.subject.text == "российские миротворцы"
    # the first clause of the same sentence is a separate, positive claim
    first = _claim(seed_doc, "Азербайджан перекрыл единственную дорогу")
    assert first.id != claim.id and first.sentence_id == claim.sentence_id
    assert first.polarity == "positive"
    assert "не вмешались" not in first.text


def test_west_does_not_exclude_is_hedged_and_attributed_to_the_west(seed_doc):
    claim = _claim(seed_doc, "на Западе не исключают")
    assert claim.speaker.kind == "source"
    assert claim.speaker.text == "Западе"
    assert claim.speaker.cue == "не исключают"
    assert "не исключают" in claim.hedges
    assert claim.certainty == "low"
    # the hedge is not a negation of the claim: the West thinks the supplies may be Russian
    assert claim.polarity == "positive"
    assert claim.subject.text == "часть поставок"
    # `Баку увеличил экспорт газа в Европу` is the author's own, separate claim
    gas = _claim(seed_doc, "Баку увеличил экспорт газа в Европу")
    assert gas.speaker.kind == "author" and "Западе" not in gas.text


def test_closing_sentence_on_lost_influence_is_evaluative(seed_doc):
    claim = _claim(seed_doc, "Россия полностью утратила какое-либо существенное влияние в СНГ")
    assert claim.type == "evaluative"
    assert claim.speaker.kind == "author"


def test_headings_title_furniture_and_questions_hold_no_claims(seed_doc):
    blocks = {b.id: b for b in seed_doc.blocks}
    sentences = {s.id: s for s in seed_doc.sentences}
    for claim in seed_doc.claims:
        assert blocks[sentences[claim.sentence_id].block_id].kind == "paragraph"
    texts = [c.text for c in seed_doc.claims]
    assert not any("Это ли не двуличие" in t or "не правда ли" in t for t in texts)
    assert not any(t.startswith("Последние дни Нагорного Карабаха") for t in texts)
    assert not any("Найти в Дзене" in t for t in texts)


def test_offsets_are_exact(seed_doc):
    text = seed_doc.text
    for claim in seed_doc.claims:
        assert text[claim.start:claim.end] == claim.text
        for part in (claim.subject, claim.predicate, claim.object):
            if part is not None:
                assert text[part.start:part.end] == part.text
                assert claim.start <= part.start and part.end <= claim.end
        if claim.speaker.start is not None:
            assert text[claim.speaker.start:claim.speaker.end] == claim.speaker.text


def test_subject_predicate_object_from_the_parse(seed_doc):
    claim = _claim(seed_doc, "Армянское население покинуло регион")
    assert (claim.subject.text, claim.predicate.text, claim.object.text) == (
        "Армянское население", "покинуло", "регион")
    money = _claim(seed_doc, "Москва вкладывает в этот маршрут")
    assert money.object.text == "свыше миллиарда долларов"
    assert money.type == "quantitative"


def test_a_verbless_dash_claim_is_split_at_its_dash():
    # the parser hangs the two nominals on each other or on an adjective; the dash stands for the copula
    doc = annotate("Соцсети\n\nВКонтакте — крупнейшая в Рунете социальная сеть, первый по популярности сайт на "
                   "территории Белоруссии, второй — в России.\n\nСамый реальный вариант достижения мира — подкуп "
                   "талибов.\n\nВ японской поэзии метафора — распространённый приём.\n\n"
                   "Интернет-порнография — это не секс.", id="dash")
    parts = [(c.subject.text, c.predicate.text) for c in doc.claims]
    assert parts == [("ВКонтакте", "сеть"), ("Самый реальный вариант достижения мира", "подкуп"),
                     ("метафора", "приём"), ("Интернет-порнография", "не секс")]
    assert all(c.object is None for c in doc.claims)


def test_entities_and_dates_of_a_claim(seed_doc):
    claim = _claim(seed_doc, "Осенью 2022 года Азербайджан перекрыл")
    azerbaijan = entity_of(seed_doc, "Азербайджан")
    assert azerbaijan.id in claim.entity_ids
    dates = {d.id: d for d in seed_doc.dates}
    assert [dates[i].text for i in claim.date_ids] == ["Осенью 2022 года"]


def test_check_worthiness_prefers_checkable_facts(seed_doc):
    fact = _claim(seed_doc, "были убиты два гражданина Азербайджана")
    opinion = _claim(seed_doc, "Мы наблюдаем не крах отношений")
    assert fact.check_worthiness > opinion.check_worthiness + 0.3
    assert fact.features["numbers"] == 1.0 and opinion.features["opinion"] == 1.0
    for claim in seed_doc.claims:
        assert 0.0 <= claim.check_worthiness <= 1.0
        assert set(claim.features) >= {"entities", "numbers", "dates", "factual_verb", "opinion", "hedged"}


def test_types_follow_the_project_precedence(seed_doc):
    for claim in seed_doc.claims:
        assert claim.types and claim.type == claim.types[0]
        assert claim.types == [t for t in PRECEDENCE if t in claim.types]


# --- constructions beyond the brief's article -------------------------------------------------


@pytest.fixture(scope="module")
def news():
    return annotate(
        "Иван Петров возглавил компанию «Северсталь» в 2019 году. "
        "Он заявил, что прибыль компании выросла на 12%. "
        "«Мы не подписали документ», — сообщили в пресс-службе «Яндекса». "
        "По словам министра, цены на бензин вырастут в следующем году. "
        "Правительство должно снизить налоги для малого бизнеса. "
        "Чиновник якобы получил взятку от подрядчика. "
        "Из-за засухи урожай пшеницы сократился. "
        "Кто ответит за это? "
        "Проект оказался провальным и крайне дорогим.",
        id="news")


def test_pronoun_speaker_is_resolved_to_the_person(news):
    claim = _claim(news, "прибыль компании выросла")
    assert claim.speaker.kind == "source" and claim.speaker.text == "Он"
    assert claim.speaker.entity_id == entity_of(news, "Иван Петров").id
    assert claim.type == "quantitative"


def test_quote_with_postposed_reporting_verb(news):
    claim = _claim(news, "Мы не подписали документ")
    assert claim.speaker.kind == "source"
    assert "Яндекс" in claim.speaker.text
    assert claim.polarity == "negative"


def test_po_slovam_source_and_future(news):
    claim = _claim(news, "цены на бензин вырастут")
    assert claim.speaker.kind == "source" and claim.speaker.text == "министра"
    assert claim.speaker.cue == "По словам"
    assert claim.type == "predictive"


def test_normative_causal_hedged_evaluative(news):
    assert _claim(news, "должно снизить налоги").type == "normative"
    bribe = _claim(news, "якобы получил взятку")
    assert bribe.hedges == ["якобы"] and bribe.certainty == "low"
    assert _claim(news, "урожай пшеницы сократился").type == "causal"
    assert _claim(news, "провальным").type == "evaluative"
    assert not any("Кто ответит" in c.text for c in news.claims)
    assert _claim(news, "возглавил компанию").type == "event"


def test_cue_lexicons_are_data():
    for section in ("reporting", "report_nouns", "hedge_low", "hedge_medium", "normative", "predictive",
                    "causal", "evaluative", "quantity_words"):
        assert CUES[section], section
    assert ("не", "исключать") in CUES["hedge_low"]["не"]


# --- typing, hedging and attribution rules (one real sentence per construction) -----------------


@pytest.fixture(scope="module")
def rules():
    return annotate(
        "Следующий полёт шаттла запланирован на ноябрь. "
        "Начало акции было намечено на 19 часов. "
        "На станцию должен прилететь астронавт Грегори Чамитофф. "
        "Цены на бензин должны снизиться после проверки. "
        "Министр заверил, что Россия готова к применению европейской модели. "
        "Это полёт по обслуживанию телескопа Хаббл. "
        "Это было самое тяжёлое решение в его карьере. "
        "Ситуация выглядит так: Оливер Кан — №1, Йенс Леман — №2. "
        "Рабочие начали забастовку около 7 вечера. "
        "Это означает, что тарифы могут снизиться в несколько раз. "
        "Эти два варианта обсуждаются в НАСА со среды. "
        "Специалисты продолжают расследование причин аварии. "
        "Эта отсрочка связана с задержками поставок топлива. "
        "Сомнения в надежности корабля возникли после аварии. "
        "Космонавты воспользуются кораблем, в надежности которого сомневаются американцы. "
        "Сообщается, что акция состоится несмотря на запрет властей. "
        "В Минсвязи уверены, что операторам легче будет договориться с партнёрами. "
        "Министр связи Игорь Щёголев рассказал о том, что Еврокомиссия готова рассмотреть вопрос, "
        "сообщает «Лента.ру». "
        "В ответ на сомнения американцев руководитель полета Владимир Соловьев заявляет, что "
        "возвращение экипажа будет безопасным. "
        "Клуб «Бавария» считает решение тренера ошибочным. "
        "Марк назвал атмосферу на заводе «на самом деле хорошей». "
        "Американцы сомневаются, что расследование будет закончено к маю. "
        "«Это не электронная почта», — сказал Цукерберг. "
        "Нам не кажется, что современная почта должна создаваться в таком виде.",
        id="rules")


def test_plans_and_schedules_are_predictive_and_past_plans_are_not(rules):
    assert _claim(rules, "запланирован на ноябрь").type == "predictive"
    assert _claim(rules, "было намечено").type == "event"
    # `должен` of a schedule or an expectation, not an obligation
    assert _claim(rules, "должен прилететь").types == ["predictive", "event"]
    assert _claim(rules, "должны снизиться").type == "predictive"


def test_only_judging_predicates_are_evaluative(rules):
    ready = _claim(rules, "Россия готова к применению")
    assert ready.type == "event" and "evaluative" not in ready.types
    assert _claim(rules, "Это полёт по обслуживанию").type == "event"
    assert _claim(rules, "самое тяжёлое решение").type == "evaluative"
    assert _claim(rules, "считает решение тренера ошибочным").type == "evaluative"


def test_identifiers_clock_times_vague_and_anaphoric_counts_are_no_quantities(rules):
    for fragment in ("Оливер Кан — №1", "около 7 вечера", "Эти два варианта"):
        claim = _claim(rules, fragment)
        assert "quantitative" not in claim.types, fragment
        assert claim.features["numbers"] == 0.0
    # `в несколько раз` asserts no number; the что-clause's `могут снизиться` makes it predictive
    # (reading the fall into the news, `это означает`, also interprets)
    assert _claim(rules, "в несколько раз").types == ["predictive", "evaluative"]


def test_causal_needs_a_connective_not_the_word_cause(rules):
    assert "causal" not in _claim(rules, "расследование причин аварии").types
    assert _claim(rules, "отсрочка связана с задержками").type == "causal"


def test_hedge_words_that_do_not_hedge_the_claim(rules):
    # the doubts are the subject, not a hedge; a doubt inside a relative clause hedges nothing
    assert _claim(rules, "Сомнения в надежности корабля возникли").certainty == "high"
    relative = _claim(rules, "Космонавты воспользуются кораблем")
    assert relative.certainty == "high" and relative.hedges == []
    # a negated `кажется` denies, and the что-clause's `должна` is an obligation
    denial = _claim(rules, "Нам не кажется")
    assert denial.certainty == "high"
    assert denial.type == "normative" and denial.polarity == "negative"
    # `сомневаются, что …` reports the Americans' doubt: their claim, low certainty, typed by its content
    doubt = _claim(rules, "Американцы сомневаются")
    assert doubt.speaker.kind == "source" and doubt.speaker.text == "Американцы"
    assert doubt.certainty == "low" and doubt.type == "predictive"


def test_impersonal_reports_and_places_as_sources(rules):
    reported = _claim(rules, "Сообщается, что акция состоится")
    assert reported.speaker.kind == "source" and reported.speaker.text == "Сообщается"
    assert reported.speaker.entity_id is None
    assert rules.text[reported.speaker.start:reported.speaker.end] == "Сообщается"
    ministry = _claim(rules, "В Минсвязи уверены")
    assert ministry.speaker.kind == "source" and ministry.speaker.text == "Минсвязи"
    assert ministry.type == "predictive"


def test_speaker_of_nested_and_misattached_frames(rules):
    # the minister, not the outlet that relays him, asserts the content of `рассказал о том, что`
    nested = _claim(rules, "рассказал о том")
    assert nested.speaker.text == "Игорь Щёголев" and nested.speaker.cue == "рассказал"
    # the subject is parsed as hanging on `сомнения`: it is still the one who speaks
    misattached = _claim(rules, "Соловьев заявляет")
    assert misattached.speaker.kind == "source" and misattached.speaker.text == "Владимир Соловьев"
    assert misattached.certainty == "high"  # `в ответ на сомнения` hedges nothing


def test_opinion_verbs_with_an_object_and_its_predicate(rules):
    club = _claim(rules, "считает решение тренера ошибочным")
    assert club.speaker.kind == "source" and "Бавария" in club.speaker.text and club.speaker.cue == "считает"
    named = _claim(rules, "назвал атмосферу")
    assert named.speaker.kind == "source" and named.speaker.text == "Марк"
    assert named.type == "evaluative"


def test_nominal_predicate_negated_without_a_copula(rules):
    claim = _claim(rules, "Это не электронная почта")
    assert claim.polarity == "negative" and claim.type == "event"
    assert claim.speaker.kind == "source" and claim.speaker.text == "Цукерберг"


@pytest.fixture(scope="module")
def frames():
    return annotate(
        "Президент провёл совещание с губернаторами, заявив, что экономика будет расти. "
        "Марк завершил беседу, сказав: «Мы принялись за сохранение наших рабочих мест». "
        "Перемирие должно было вступить в силу ещё в ночь на 15 февраля. "
        "Минск должен был выполнить свои обязательства в минувший понедельник. "
        "С шаттлами не всё так ясно. "
        "Известно, что корабль вернулся на Землю.",
        id="frames")


def test_a_converb_of_saying_reports_what_the_subject_says(frames):
    meeting = _claim(frames, "заявив, что экономика будет расти")
    assert meeting.speaker.kind == "source" and meeting.speaker.text == "Президент"
    assert meeting.speaker.cue == "заявив" and meeting.type == "predictive"
    # the quote after `сказав:` stays in the claim of its report
    talk = _claim(frames, "Марк завершил беседу")
    assert "рабочих мест" in talk.text
    assert talk.speaker.kind == "source" and talk.speaker.text == "Марк"
    assert len([c for c in frames.claims if "рабочих мест" in c.text]) == 1


def test_past_schedule_and_obligation_and_adverbial_predicates(frames):
    # a past schedule tells what was expected (`Второй транш должен был поступить 20 июня`): no
    # obligation, a prediction; a past obligation stays one. `вступить в силу` (take effect) is no cause
    truce = _claim(frames, "должно было вступить в силу")
    assert truce.types == ["predictive", "event"]
    assert _claim(frames, "должен был выполнить").type == "normative"
    assert _claim(frames, "не всё так ясно").type == "evaluative"
    assert _claim(frames, "Известно, что корабль вернулся").type == "event"


def test_pronouns_that_name_no_one_are_no_speakers():
    doc = annotate("Это указывает на то, что русские понимают серьёзность проблемы. "
                   "О том, что это ложь, никто не говорит вслух.", id="nobody")
    evidence = _claim(doc, "Это указывает на то")
    assert evidence.speaker.kind == "author"
    assert _claim(doc, "никто не говорит").speaker.kind == "author"


def test_a_report_whose_что_clause_the_parser_hung_elsewhere():
    doc = annotate("В этот же день президент США Барак Обама заявил, что страна и народ до сих пор скорбят и "
                   "не могут оправиться от шока, вызванного тем, что произошло в субботу. "
                   "Ежедневно, по заверению Дурова, мессенджером пользуются 220 тыс. человек.", id="obama")
    claim = _claim(doc, "Обама заявил")
    assert claim.speaker.kind == "source" and claim.speaker.text == "Барак Обама"
    assert claim.speaker.cue == "заявил"
    durov = _claim(doc, "по заверению Дурова")
    assert durov.speaker.kind == "source" and durov.speaker.text == "Дурова"
    assert durov.type == "quantitative"


def test_causes_named_as_such_and_causal_verbs():
    doc = annotate("Причина такого безразличия — страх надолго застрять в море. "
                   "Напомним, что причиной беспорядков в Тоттенхэме стало убийство британца полицейским. "
                   "Результатом разговора стала договорённость о прекращении огня. "
                   "Есть результаты и в других направлениях деятельности. "
                   "Блуждающий самолет вынудил власти организовать эвакуацию. "
                   "Выступления экологов никак не повлияли на отставку губернатора.", id="causes")
    for fragment in ("Причина такого безразличия", "причиной беспорядков", "Результатом разговора",
                     "вынудил власти", "не повлияли на отставку"):
        assert _claim(doc, fragment).type == "causal", fragment
    assert "causal" not in _claim(doc, "Есть результаты").types


def test_judgements_through_verbs_of_seeming_and_judging_nominals():
    doc = annotate("По сравнению с ним город кажется тусклым и скучным. "
                   "Это чудесное растение. "
                   "Дверь оказалась закрытой.", id="seeming")
    assert _claim(doc, "кажется тусклым").type == "evaluative"
    assert _claim(doc, "чудесное растение").type == "evaluative"
    # a state, not a judgement
    assert _claim(doc, "Дверь оказалась закрытой").type == "event"


def test_impersonal_plans_are_predictive_and_past_plans_are_facts():
    doc = annotate("Станцию на Луне планируется создавать поэтапно. "
                   "Рост цен прогнозируется в следующем квартале. "
                   "Ранее перестыковка планировалась на 7 мая. "
                   "Заводу нужна модернизация.", id="plans")
    assert _claim(doc, "планируется создавать").type == "predictive"
    assert _claim(doc, "прогнозируется").type == "predictive"
    assert _claim(doc, "планировалась на 7 мая").type == "event"
    assert _claim(doc, "нужна модернизация").type == "normative"


@pytest.fixture(scope="module")
def sources():
    return annotate(
        "Такой переход, считает вице-губернатор Приморья Александр Шемелев, повысит оперативность работы. "
        "Между тем, пишет «Коммерсантъ», канал имеет сложности и с другими кредиторами. "
        "Ветеран футбола уверен, что Дик Адвокат запоздал с заменами. "
        "Он выразил надежду, что на этой неделе будет достигнут реальный прогресс. "
        "Согласно comScore, в мае на сайты поисковика зашло более 1 млрд человек. "
        "Считается, что термоядерные реакторы обеспечат человечество энергией. "
        "Говорят, что приземление корабля было третьим баллистическим спуском. "
        "Было заявлено, что солнечная батарея стала причиной сбоя. "
        "Напомним, что прежде Александр Белов говорил, что либералы не готовы вести диалог. "
        "Эта группа и Южная водозаборная станция утверждают, что 5 июня токсичных веществ в реке не было.",
        id="sources")


def test_a_frame_set_off_inside_its_content(sources):
    vice = _claim(sources, "считает вице-губернатор")
    assert vice.speaker.kind == "source" and vice.speaker.text == "Александр Шемелев"
    assert vice.type == "predictive"
    paper = _claim(sources, "пишет «Коммерсантъ»")
    assert paper.speaker.kind == "source" and "Коммерсантъ" in paper.speaker.text


def test_beliefs_hopes_and_sources_without_a_verb(sources):
    assert _claim(sources, "Ветеран футбола уверен").speaker.text == "Ветеран футбола"
    hope = _claim(sources, "выразил надежду")
    assert hope.speaker.kind == "source" and hope.speaker.text == "Он" and hope.type == "predictive"
    comscore = _claim(sources, "Согласно comScore")
    assert comscore.speaker.text == "comScore" and comscore.speaker.cue == "согласно"


def test_unnamed_sources_take_the_verb_but_the_author_recalls_in_first_person(sources):
    for verb in ("Считается", "Говорят", "заявлено"):
        claim = _claim(sources, verb)
        assert claim.speaker.kind == "source" and claim.speaker.text == verb, verb
        assert claim.speaker.entity_id is None
    # `Напомним` is the author's; what the author recalls was said by Белов
    recalled = _claim(sources, "Напомним")
    assert recalled.speaker.kind == "source" and recalled.speaker.text == "Александр Белов"
    assert recalled.speaker.cue == "говорил"
    # a coordinated subject the parser hung elsewhere still speaks
    joint = _claim(sources, "утверждают, что 5 июня")
    assert joint.speaker.kind == "source" and "станция" in joint.speaker.text


# --- issue 6, round 2: typing rules that carry over to new articles ------------------------------


@pytest.fixture(scope="module")
def typing():
    return annotate(
        "Типы утверждений\n\n"
        "Пусть победит сильнейший. "
        "Газпром должен Белоруссии за транзит газа 200 млн долларов. "
        "Глава концерна пообещал с 21 июня ограничить поставки топлива в соседнюю республику. "
        "С 1995 года я обещал работать над сохранением единства федерации. "
        "Проигравший выбывает из цикла и будет вынужден начинать следующий цикл с кубка мира. "
        "Маэстро участвует в прослушиваниях и ждёт появления новых имён. "
        "Не могу понять, почему тренер так поздно вмешался в игру. "
        "Я хотел бы подчеркнуть, что мы продолжим нашу работу. "
        "При согласии партнёров телеканал имеет все шансы стать доходным бизнесом. "
        "Критики сравнивают ранние записи группы с Kraftwerk. "
        "Это было нелёгкой задачей для всех сторон. "
        "Тренер оценил итоги матча как приемлемые. "
        "Корпорация всерьёз заинтересована в налаживании партнёрства с технопарком. "
        "Чемпион Европы — 1960 Виктор Понедельник выразил своё мнение о действиях тренера. "
        "Владельцы канала уже погасили большую часть задолженности. "
        "Это обстоятельство и стало поводом для обращения кредитора в суд. "
        "Теперь с учётом победы Словакии россияне уступают словакам первое место в группе.",
        id="typing")


def test_wishes_debts_promises_and_coordinated_futures(typing):
    assert _claim(typing, "Пусть победит").type == "normative"
    # `должен` with a sum and no infinitive is a debt, not an obligation
    debt = _claim(typing, "Газпром должен")
    assert "normative" not in debt.types and debt.type == "quantitative"
    # a past promise of a perfective action points ahead; an ongoing commitment in the past does not
    assert _claim(typing, "пообещал").type == "predictive"
    assert "predictive" not in _claim(typing, "я обещал работать").types
    # a predicate coordinated with the head inside the claim adds its future and its obligation
    loser = _claim(typing, "Проигравший выбывает")
    assert loser.type == "normative" and "predictive" in loser.types


def test_present_tense_ability_and_the_authors_own_report(typing):
    # `ждёт` is imperfective: the tagger's future is a present
    assert "predictive" not in _claim(typing, "ждёт появления").types
    # the speaker's own `не могу` is no forecast
    assert "predictive" not in _claim(typing, "Не могу понять").types
    # what the author says in the first person is what the claim asserts
    assert _claim(typing, "Я хотел бы подчеркнуть").type == "predictive"
    assert _claim(typing, "имеет все шансы").type == "predictive"


def test_comparisons_assessments_and_participles(typing):
    assert _claim(typing, "Критики сравнивают").type == "evaluative"
    assert _claim(typing, "нелёгкой задачей").type == "evaluative"
    assert _claim(typing, "как приемлемые").type == "evaluative"
    # a short participle (`заинтересована` from `заинтересовать`) states a state, not a judgement
    assert "evaluative" not in _claim(typing, "заинтересована").types


def test_years_are_no_counts_shares_are_and_occasions_are_causes(typing):
    assert "quantitative" not in _claim(typing, "Чемпион Европы — 1960").types
    assert _claim(typing, "большую часть задолженности").type == "quantitative"
    assert _claim(typing, "стало поводом").type == "causal"
    assert _claim(typing, "с учётом победы").type == "causal"


@pytest.fixture(scope="module")
def ahead():
    return annotate(
        "Планы, оценки и сроки\n\n"
        "Компания хочет открыть новый завод в Казани. "
        "Американцы хотели бы иметь уверенность в надёжности корабля. "
        "Рабочие хотели сохранить свои места. "
        "Завтра президент посещает Казань. "
        "Цены могут расти и дальше. "
        "Маэстро размышляет, кто же сможет представить Латвию на конкурсе. "
        "Предусмотрены три выходных дня. "
        "Это решение стало ударом для экономики. "
        "Россия нанесла удар по позициям боевиков. "
        "Ситуация становится всё более напряжённой. "
        "Компания отчиталась о прибыли, продемонстрировав блестящие результаты. "
        "В возрасте 75 лет скончался известный актёр. "
        "Нападающий забил 15 голов за сезон. "
        "Авария произошла по вине водителя.",
        id="ahead")


def test_intentions_future_times_and_possibilities_are_predictive(ahead):
    assert _claim(ahead, "хочет открыть").type == "predictive"
    # wishing to have is a state of mind; a past intention is a past fact
    assert "predictive" not in _claim(ahead, "хотели бы иметь").types
    assert "predictive" not in _claim(ahead, "хотели сохранить").types
    # a present tense with a time word ahead of now
    assert _claim(ahead, "Завтра президент").type == "predictive"
    # a thing cannot be able: `могут расти` is a possibility
    assert _claim(ahead, "могут расти").type == "predictive"
    # an indirect question asserts nothing, its future no prediction
    assert "predictive" not in _claim(ahead, "кто же сможет").types
    assert _claim(ahead, "Предусмотрены").type == "predictive"


def test_judging_nouns_graded_adjectives_and_converb_phrases(ahead):
    assert _claim(ahead, "стало ударом").type == "evaluative"
    assert "evaluative" not in _claim(ahead, "нанесла удар").types
    assert _claim(ahead, "всё более напряжённой").type == "evaluative"
    assert "evaluative" in _claim(ahead, "блестящие результаты").types


def test_ages_are_no_counts_and_blame_is_a_cause(ahead):
    assert "quantitative" not in _claim(ahead, "В возрасте 75 лет").types
    assert _claim(ahead, "забил 15 голов").type == "quantitative"
    assert _claim(ahead, "по вине водителя").type == "causal"


def test_inability_is_a_fact_and_an_obligation_with_a_participle_is_no_debt():
    doc = annotate("Возможности и долги\n\n"
                   "Из-за отклонения от расчётного места команда спасателей не смогла вовремя прибыть на место. "
                   "Шаттлы никак не могут вернуться к нормальным полётам. "
                   "Должна быть развита сеть заправочных станций. "
                   "Газпром должен Белоруссии 200 млн долларов.", id="abilities")
    assert "predictive" not in _claim(doc, "не смогла вовремя прибыть").types
    assert "predictive" not in _claim(doc, "не могут вернуться").types
    assert _claim(doc, "Должна быть развита").type == "normative"
    assert "normative" not in _claim(doc, "Газпром должен").types


def test_necessity_prohibition_and_codes_with_a_plus():
    doc = annotate("Правила\n\n"
                   "Нам придётся пересмотреть бюджет. "
                   "Запрещается курить в общественных местах. "
                   "Трансляция идёт по времени UTC+1 на первом канале.", id="rules2")
    assert _claim(doc, "придётся").type == "normative"
    assert _claim(doc, "Запрещается").type == "normative"
    assert "quantitative" not in _claim(doc, "UTC+1").types


@pytest.fixture(scope="module")
def general_types():
    return annotate(
        "Доклад о работе прессы.\n\n"
        "Польша требует, чтобы Россия сняла ограничения на импорт мяса. "
        "Мы платим за это валюту и вправе потребовать качественное мясо. "
        "Владимир Путин заявил о необходимости создания валютного союза. "
        "Основная трудность предприятия состоит в том, что ему нужна модернизация. "
        "Обрабатывайте мясо так, как требует наше законодательство. "
        "Пришло время поговорить о формировании союза. "
        "В случае принятия закона использование этих символов будет запрещено. "
        "Стороны договорились провести переговоры в Минске. "
        "Европейская комиссия прилагала усилия, чтобы найти решение по проблеме. "
        "Журналисты устраивали забастовки в знак протеста против закрытия газеты. "
        "Данная ситуация отражает общее состояние дел в печатной прессе. "
        "Речная экосистема понесла очень большой урон. "
        "Речная экосистема понесла урон. "
        "Необходимость содержать семью была причиной переезда. "
        "Сепаратисты вместо того, чтобы начать отвод вооружений, взяли под контроль Дебальцево. "
        "Последний тур (29 января) начинается в 12 часов 30 минут. "
        "Сегодня группа выступает на площади. "
        "Правительство объясняло арест необходимостью защиты политика. "
        "Ветеран футбола уверен, что тренер запоздал с заменами. "
        "Команда провела сезон без своего лидера, считает президент клуба. "
        "Верю, в нашем клубе никогда не было чинопочитания. "
        "Пресс-секретарь клуба сообщил, что команда провела сезон без капитана. "
        "Я думаю, что соседка пошла за мукой. "
        "Минск считает, что Москва задолжала ему 200 млн долларов.",
        id="general-types")


def test_demands_rights_necessities_and_imperatives_are_normative(general_types):
    demand = _claim(general_types, "Польша требует, чтобы")
    assert demand.type == "normative" and demand.speaker.text == "Польша"
    for fragment in ("вправе потребовать", "заявил о необходимости", "ему нужна модернизация",
                     "Обрабатывайте мясо", "Пришло время поговорить"):
        assert _claim(general_types, fragment).type == "normative", fragment
    # a ban dated by its auxiliary is a change of the rules to come, not an obligation
    ban = _claim(general_types, "будет запрещено")
    assert ban.type == "predictive" and "normative" not in ban.types


def test_agreements_point_ahead_purposes_give_reasons_and_signs_judge(general_types):
    assert _claim(general_types, "договорились провести").type == "predictive"
    assert _claim(general_types, "прилагала усилия").type == "causal"
    assert _claim(general_types, "в знак протеста").type == "causal"
    assert _claim(general_types, "отражает общее состояние").type == "evaluative"


def test_an_intensified_quality_judges_and_a_named_need_as_subject_or_an_instead_is_no_type(general_types):
    assert _claim(general_types, "очень большой урон").type == "evaluative"
    assert _claim(general_types, "понесла урон").type == "event"
    assert _claim(general_types, "Необходимость содержать семью").type == "causal"
    assert "normative" not in _claim(general_types, "необходимостью защиты").types
    assert _claim(general_types, "вместо того, чтобы").types == ["event"]


def test_a_present_action_set_on_a_day_or_an_hour_is_a_timetable(general_types):
    assert _claim(general_types, "Последний тур").type == "predictive"
    # today is now, not a timetable
    assert "predictive" not in _claim(general_types, "группа выступает").types


def test_a_conviction_is_an_opinion_a_report_or_a_guess_is_not(general_types):
    late = _claim(general_types, "запоздал с заменами")
    assert late.type == "evaluative" and late.speaker.kind == "source"
    assert _claim(general_types, "без своего лидера").type == "evaluative"
    assert _claim(general_types, "чинопочитания").type == "evaluative"
    # the same kind of fact reported, not believed, stays an event; `думать` guesses at a fact
    assert _claim(general_types, "без капитана").type == "event"
    assert "evaluative" not in _claim(general_types, "пошла за мукой").types
    # a belief types only what nothing else types: the amount still comes first
    assert _claim(general_types, "задолжала ему").type == "quantitative"


# --- issue 6, round 4: who a pronoun or a quoted `я` is -----------------------------------------


@pytest.fixture(scope="module")
def quoted_speakers():
    return annotate(
        "Кто говорит\n\n"
        "Архитектор Ираклий Лолашвили голосовал за вступление в НАТО. По его мнению, страны Балтии могут "
        "служить прецедентом.\n\n"
        "«Я считаю, что главная причина в том, что киевские власти не хотят вести диалог. Именно "
        "политический диалог», — отметил президент.\n\n"
        "\"Я объяснил, что у нас есть и экономические связи. Потери Греции от санкций составляют около "
        "четырех миллиардов евро. Я объяснил, что Евросоюз не возмещает эти потери\", - сказал министр, "
        "которого цитирует РИА «Новости».\n\n"
        "«Тема светодиодов будет активно развиваться в России», — цитирует издание директора по стратегии "
        "и развитию бизнеса компании в России, на Украине, в Белоруссии и Казахстане Елену Сябренко.",
        id="quoted-speakers")


def test_a_possessive_source_is_the_person_named_before(quoted_speakers):
    claim = _claim(quoted_speakers, "По его мнению")
    assert claim.speaker.kind == "source" and claim.speaker.text == "его"
    assert claim.speaker.entity_id == entity_of(quoted_speakers, "Ираклий Лолашвили").id


def test_a_quoted_first_person_is_whoever_the_quote_is_attributed_to(quoted_speakers):
    # the quote is closed by a fragment that asserts nothing but still names the speaker
    belief = _claim(quoted_speakers, "главная причина")
    assert belief.speaker.kind == "source" and belief.speaker.text == "президент"
    # a three-sentence quote, `я` in its first and last sentence, attributed after a relative clause
    for fragment in ("экономические связи", "Потери Греции", "Евросоюз не возмещает"):
        claim = _claim(quoted_speakers, fragment)
        assert claim.speaker.kind == "source" and claim.speaker.text == "министр", fragment
    # a long `цитирует` frame names the quoted person, not the outlet
    led = _claim(quoted_speakers, "светодиодов")
    assert led.speaker.kind == "source" and led.speaker.text == "Елену Сябренко"


@pytest.fixture(scope="module")
def judged_sources():
    return annotate(
        "Кто судит\n\n"
        "Глава МИД Литвы Линас Линкявичус обвинил Москву в том, что она вмешивается во внутренние дела соседей. "
        "Автор книги Татьяна Устинова сообщила, что использовала архивные документы. "
        "Авторы письма заявляют, что деятельность фонда финансируется за счет частных средств. "
        "Эксперты подсчитали, что расходы вуза выросли на 10%. "
        "Участие российской делегации в саммите признано нецелесообразным.\n\n"
        "«Благодаря фонду молодые ученые продолжают исследования в России», — сказано в обращении "
        "Общества к главе Минюста.",
        id="judged-sources")


def test_an_accusation_judges_what_it_reports(judged_sources):
    claim = _claim(judged_sources, "обвинил Москву")
    assert claim.speaker.text == "Линас Линкявичус"
    assert claim.type == "evaluative"


def test_an_author_with_a_name_or_a_plural_authors_are_someone_else(judged_sources):
    book = _claim(judged_sources, "Автор книги")
    assert book.speaker.kind == "source" and book.speaker.text == "Татьяна Устинова"
    letter = _claim(judged_sources, "Авторы письма")
    assert letter.speaker.kind == "source" and letter.speaker.text.startswith("Авторы")


def test_a_calculation_a_document_and_a_general_judgement_word(judged_sources):
    counted = _claim(judged_sources, "подсчитали")
    assert counted.speaker.kind == "source" and counted.speaker.text == "Эксперты"
    assert counted.type == "quantitative"
    appeal = _claim(judged_sources, "Благодаря фонду")
    assert appeal.speaker.kind == "source" and appeal.speaker.text.startswith("обращении Общества")
    assert _claim(judged_sources, "признано нецелесообразным").type == "evaluative"


@pytest.fixture(scope="module")
def reasons():
    return annotate(
        "Причины\n\n"
        "Министр обрушился с критикой на ректоров за то, что они не выполнили указ президента. "
        "Получается, что можно так обращаться с руководителями театра. "
        "Планы США по развертыванию ПРО в Европе долгое время остаются помехой для разрядки. "
        "Компания предполагает осуществить сделку путём выкупа акций. "
        "Министр встретился с ректорами на заседании в Москве.",
        id="reasons")


def test_a_reason_an_inference_an_obstacle_and_a_plan(reasons):
    assert _claim(reasons, "за то, что").type == "causal"
    assert _claim(reasons, "Получается").type == "causal"
    assert _claim(reasons, "помехой").type == "causal"
    assert _claim(reasons, "предполагает осуществить").type == "predictive"
    # the same criticism with no reason given is a plain event
    assert _claim(reasons, "на заседании").type == "event"


def test_an_inflected_sneer_and_a_loaded_verb_judge():
    doc = annotate("Оценки\n\nСегодня делается попытка внести фонд в реестр так называемых иностранных агентов. "
                   "Канцлер напомнила, что Россия уже неоднократно обманывала Запад. "
                   "Сегодня делается попытка внести фонд в реестр иностранных агентов.", id="sneers")
    assert _claim(doc, "так называемых").type == "evaluative"
    assert _claim(doc, "обманывала").type == "evaluative"
    assert [c.type for c in doc.claims if "так называемых" not in c.text and "реестр" in c.text] == ["event"]


def test_a_possible_state_and_a_promise_made_point_ahead():
    doc = annotate("Впереди\n\nСделка может быть чисто денежной. "
                   "Поставщик пообещал ждать поступления денег до вторника. "
                   "Глава министерства пригрозил виновным кадровыми решениями. "
                   "Сделка была заключена в мае.", id="ahead-2")
    assert _claim(doc, "может быть").type == "predictive"
    assert _claim(doc, "пообещал ждать").type == "predictive"
    assert _claim(doc, "пригрозил").type == "event"  # a threat with no action named
    assert _claim(doc, "была заключена").type == "event"


def test_many_is_no_asserted_number():
    doc = annotate("Счёт\n\nБизнес многих финских компаний был завязан на партнерстве с Nokia. "
                   "Бизнес 12 финских компаний был завязан на партнерстве с Nokia.", id="many")
    assert _claim(doc, "многих").type == "event"
    assert _claim(doc, "12 финских").type == "quantitative"


def test_a_prospect_that_already_caused_something_is_history():
    doc = annotate("Перспективы\n\nПерспектива уступок России уже вызвала критику со стороны республиканцев. "
                   "По мнению эксперта, в этом году вероятность отставки губернатора стала достаточно велика.",
                   id="prospects")
    assert _claim(doc, "Перспектива уступок").type == "causal"
    assert _claim(doc, "вероятность отставки").type == "predictive"


def test_a_plan_named_with_its_action_points_ahead():
    doc = annotate("Планы\n\nВ 2012 году президент объявил о планах правительства к 2018 году обеспечить рост зарплат. "
                   "Впервые желание покинуть конкурс у композитора возникло после скандала.", id="plans")
    assert _claim(doc, "о планах").type == "predictive"
    assert _claim(doc, "желание покинуть").type != "predictive"  # a wish that arose is history
    means = annotate("Причины\n\nДействия ополченцев Путин объяснил намерением оттеснить армию от городов.",
                     id="plans-2")
    assert _claim(means, "объяснил намерением").type != "predictive"  # an intention as the means of explaining


def test_a_future_verb_the_predicate_group_missed_still_points_ahead():
    doc = annotate("Санкции\n\nПремьер-министр Великобритании Дэвид Кэмерон предложил: если сепаратисты предпримут "
                   "атаку на Мариуполь, тогда Запад введет новые санкции.", id="loose-future")
    assert _claim(doc, "Запад введет").type == "predictive"


def test_being_forced_is_an_obligation_in_every_form():
    doc = annotate("Штаты\n\nВ итоге вузы вынуждены сокращать штаты. Компания вынуждена закрыть завод.", id="forced")
    assert _claim(doc, "вузы вынуждены").type == "normative"
    assert _claim(doc, "вынуждена закрыть").type == "normative"


def test_questions_asked_appointments_and_lasting_states_are_no_forecasts():
    doc = annotate("Разное\n\nПри этом стороны не уточняют, в какой именно пропорции будет делиться выручка. "
                   "Ответственными за исполнение поручения назначены первый вице-премьер и министр связи. "
                   "Антипиратский закон действует в России с 1 августа 2013 года. "
                   "Старт корабля назначен на 12 октября.", id="no-forecasts")
    asked = _claim(doc, "не уточняют")
    assert asked.speaker.kind == "author" and asked.polarity == "negative" and asked.type == "event"
    assert _claim(doc, "Ответственными").type == "event"
    assert _claim(doc, "действует").type == "event"
    assert _claim(doc, "Старт корабля").type == "predictive"


def test_vague_plurals_and_comparisons_are_no_amounts():
    doc = annotate("Суммы\n\nМы теряем авторитет и миллиарды рублей. Компания потеряла 2 миллиарда рублей. "
                   "Желающих послушать пианиста оказалось больше, чем мест в зале. "
                   "Концерт посетили более 300 человек.", id="vague")
    assert _claim(doc, "миллиарды рублей").type == "event"
    assert _claim(doc, "2 миллиарда").type == "quantitative"
    assert _claim(doc, "больше, чем мест").type == "event"
    assert _claim(doc, "более 300").type == "quantitative"


def test_a_stance_and_criticism_judge():
    doc = annotate("Оценки\n\n«Мы рады, что правообладатели выбрали нашу платформу», — сказал он. "
                   "Тогда же медиамагнат обрушился с критикой в адрес инвестиционного климата в России. "
                   "Тогда же медиамагнат выступил на конференции в Москве.", id="stance")
    assert _claim(doc, "Мы рады").type == "evaluative"
    assert _claim(doc, "обрушился с критикой").type == "evaluative"
    assert _claim(doc, "выступил на конференции").type == "event"


def test_advice_a_liability_and_no_need_prescribe():
    doc = annotate("Советы\n\n«Лучше продавать сейчас», — заявил Мёрдок. Ситуация на рынке стала лучше. "
                   "Продаже подлежат и те имена блогов, которые были заморожены. "
                   "Совершенно необязательно, чтобы мы опять делились на два лагеря.", id="advice")
    assert _claim(doc, "Лучше продавать").type == "normative"
    assert _claim(doc, "стала лучше").type == "evaluative"
    assert _claim(doc, "Продаже подлежат").type == "normative"
    assert _claim(doc, "необязательно").type == "normative"


@pytest.fixture(scope="module")
def labelled():
    return annotate(
        "Обращение\n\n"
        "Музыканты записали видеообращение к жителям двух стран.\n\n"
        "Юрий Шевчук: \"В прошлом году наша команда проехала практически по всей Украине. Мы были и на Западе, "
        "и на Востоке. Мы, люди России и Украины, - родня\".\n\n"
        "Президент компании Игорь Сечин так прокомментировал соглашение с BP:\n\n"
        "Приобретение доли в ТНК-ВР является важным шагом в расширении основного бизнеса компании.\n\n"
        "Сделка будет закрыта в первом квартале.",
        id="labelled")


def test_a_name_and_a_colon_label_the_whole_quote(labelled):
    shevchuk = entity_of(labelled, "Юрий Шевчук").id
    for fragment in ("проехала практически", "на Западе", "родня"):
        claim = _claim(labelled, fragment)
        assert claim.speaker.kind == "source" and claim.speaker.entity_id == shevchuk, fragment
    assert _claim(labelled, "видеообращение").speaker.kind == "author"


def test_a_paragraph_ending_in_a_colon_announces_the_next_one(labelled):
    step = _claim(labelled, "важным шагом")
    assert step.speaker.kind == "source" and step.speaker.entity_id == entity_of(labelled, "Игорь Сечин").id
    # only the paragraph right after it
    assert _claim(labelled, "будет закрыта").speaker.kind == "author"


def test_what_falls_on_someone_is_no_duty():
    doc = annotate("Удар\n\nОсновной удар придется на средние города. Нам придется закрыть завод. "
                   "На них может приходиться до половины оборота розницы.", id="falls")
    assert _claim(doc, "удар придется").type == "predictive"
    assert _claim(doc, "закрыть завод").type == "normative"
    assert _claim(doc, "половины оборота").type == "quantitative"


def test_a_country_or_a_body_has_duties_a_price_a_schedule():
    doc = annotate("Долг\n\nСтраны Евросоюза должны научиться различать интересы элиты и граждан. "
                   "Расценки на роуминг должны снизиться.", id="agents")
    assert _claim(doc, "Страны Евросоюза").type == "normative"
    assert _claim(doc, "Расценки").type == "predictive"


def test_a_range_a_rule_sets_is_no_forecast():
    doc = annotate("Штрафы\n\nЗа пропаганду штрафы могут достигать 1 млн рублей. Цены могут расти и дальше.",
                   id="range")
    assert _claim(doc, "штрафы могут").type == "quantitative"
    assert _claim(doc, "Цены могут").type == "predictive"


def test_ranking_an_aim_or_a_value_judges():
    doc = annotate("Главное\n\nГлавной ценностью приобретаемой компании является франшиза на фильм. "
                   "Наша главная задача — безопасность тех, кто состоит на службе. "
                   "При разработке приложения главным было создание единой истории сообщений.", id="aims")
    assert _claim(doc, "Главной ценностью").type == "evaluative"
    assert _claim(doc, "главная задача").type == "evaluative"
    assert _claim(doc, "главным было").type == "event"


def test_a_clause_that_opens_with_a_cause_or_an_effect_links_two_events():
    doc = annotate("Драка\n\nПоследний прервал речь депутата подзатыльником, чем спровоцировал драку. "
                   "Пхеньян запустил баллистическую ракету, что повлекло за собой новые санкции. "
                   "Инспекторы выявили нарушения, связанные с процедурой увольнения.", id="linked")
    assert _claim(doc, "спровоцировал").type == "causal"
    assert _claim(doc, "повлекло").type == "causal"
    assert _claim(doc, "связанные с").type != "causal"  # a participle only describes the violations


def test_a_state_that_remains_judged_and_a_scandal_judge():
    doc = annotate("Рынок\n\nПока же положение на продовольственном рынке остается нестабильным. "
                   "Скандал с ростом цен на рыбу вспыхнул на следующий день. "
                   "Положение на рынке остается предметом переговоров.", id="remains")
    assert _claim(doc, "остается нестабильным").type == "evaluative"
    assert _claim(doc, "Скандал").type == "evaluative"
    assert _claim(doc, "предметом переговоров").type == "event"


def test_a_verbless_stance_judges():
    doc = annotate("Позиция\n\nЯ против однополых браков. Депутаты голосовали за закон.", id="stance-2")
    assert _claim(doc, "Я против").type == "evaluative"
    assert _claim(doc, "голосовали за").type == "event"


def test_a_ratio_in_an_adjective_is_an_amount():
    doc = annotate("Цены\n\nСначала сообщалось о двукратном повышении цен на лосось. "
                   "Сначала сообщалось о резком повышении цен на лосось.", id="ratio")
    assert _claim(doc, "двукратном").type == "quantitative"
    assert _claim(doc, "резком").type != "quantitative"


def test_a_possible_cause_and_a_future_compulsion():
    doc = annotate("Причины\n\nПричиной могли стать неосторожные слова главы компании. "
                   "Если пользователи выиграют дело, компания будет вынуждена заплатить каждому заявителю 500 евро. "
                   "Использование будет запрещено с 1 мая.", id="compelled")
    assert _claim(doc, "Причиной могли").type == "causal"
    assert _claim(doc, "будет вынуждена").type == "normative"
    assert _claim(doc, "будет запрещено").type == "predictive"


def test_a_punishment_states_what_it_is_for():
    doc = annotate("Приговор\n\nЕго сестра в декабре 2012 года была приговорена к тюремному заключению за покупку "
                   "запрещенных препаратов. Недавно ему была присуждена премия «За покровительство науке».",
                   id="sanctions")
    assert _claim(doc, "приговорена").type == "causal"
    assert _claim(doc, "премия").type != "causal"


def test_more_judgement_words():
    doc = annotate("Допинг\n\nЭто уже не первый выпад британцев в адрес российских коллег. "
                   "И немаловажным, конечно же, является команда.", id="words")
    assert _claim(doc, "выпад").type == "evaluative"
    assert _claim(doc, "немаловажным").type == "evaluative"


def test_a_call_is_an_act_reported_and_worth_is_a_value():
    doc = annotate("Призывы\n\nPussy Riot призвали европейских политиков оказать помощь Крыму. "
                   "Дело того стоило: пианист подготовил полноценный клавирабенд. Об этом стоит задуматься.",
                   id="calls")
    assert _claim(doc, "призвали").type == "event"
    assert _claim(doc, "того стоило").type != "normative"
    assert _claim(doc, "стоит задуматься").type == "normative"


def test_descriptive_words_that_only_sound_like_judgements_do_not_judge():
    doc = annotate("Законы\n\n30 июня президент подписал резонансные законы о защите чувств верующих. "
                   "Мировой суд оправдал директора театра. "
                   "Сделка с ААР является полностью независимой от сделки с BP.", id="descriptive")
    assert _claim(doc, "резонансные").type == "event"
    assert _claim(doc, "оправдал").type == "event"
    assert _claim(doc, "полностью независимой").type != "evaluative"


def test_a_speakers_verbless_self_characterisation_is_a_stance():
    doc = annotate("Обращение\n\n«Мы, люди России и Украины, — родня», — сказал музыкант. "
                   "Все они — авторы волонтёрских проектов.", id="we-are")
    assert _claim(doc, "родня").type == "evaluative"
    assert _claim(doc, "Все они").type == "event"


def test_effects_sakes_and_plans_in_what_is_asserted():
    doc = annotate("Разное\n\nМихалков считает, что легализация однополых браков негативно сказывается на кино. "
                   "Компания залезает в серьезные долги ради этой сделки. "
                   "О программе было известно лишь то, что музыкант намерен играть музыку Бетховена.", id="effects")
    assert _claim(doc, "сказывается на").type == "causal"
    assert _claim(doc, "ради этой сделки").type == "causal"
    assert _claim(doc, "намерен играть").type == "predictive"


def test_a_measured_duration_is_an_amount_and_a_time_frame_is_not():
    doc = annotate("Переговоры\n\nВстреча лидеров в Минске продолжалась почти 14 часов. "
                   "Писатель более 20 лет работал агентом разведки. "
                   "Компания обязалась ответить в течение 48 часов. "
                   "Россия за пять лет проделала большой путь.", id="durations")
    assert _claim(doc, "14 часов").type == "quantitative"
    assert _claim(doc, "20 лет").type == "quantitative"
    assert _claim(doc, "48 часов").type != "quantitative"
    assert _claim(doc, "за пять лет").type != "quantitative"


def test_wishes_pretexts_and_hopes():
    doc = annotate("Газопровод\n\nНемецкие компании выразили желание присоединиться к проекту. "
                   "Газопровод строится в надежде снизить зависимость от транзита. "
                   "Свой отказ премьер мотивировал тем, что получил данные о заговоре. "
                   "Компания возражает против требований под предлогом того, что это раскрывает её секреты.",
                   id="motives")
    assert _claim(doc, "выразили желание").type == "predictive"
    assert _claim(doc, "в надежде").type == "causal"
    assert _claim(doc, "мотивировал").type == "causal"
    assert _claim(doc, "под предлогом").type == "causal"


def test_for_this_names_a_purpose():
    doc = annotate("Переговоры\n\nДля этого на заседание группы прибыли лидеры республик. "
                   "Для этих операторов штрафы составили 38 млн рублей.", id="for-this")
    assert _claim(doc, "прибыли лидеры").type == "causal"
    assert _claim(doc, "операторов").type == "quantitative"


def test_list_numbers_and_couples_count_nothing():
    doc = annotate("Город\n\n2. Дюссельдорф — центр моды всей Западной Европы.\n\n"
                   "Танцевальная пара стала чемпионом Германии. За пару дней продали 300 билетов.", id="lists")
    assert _claim(doc, "центр моды").type != "quantitative"
    assert _claim(doc, "Танцевальная пара").type != "quantitative"
    assert _claim(doc, "300 билетов").type == "quantitative"


def test_a_reproach_states_what_it_is_for():
    doc = annotate("Электрички\n\nВ начале февраля президент жестко раскритиковал РЖД за отмену пригородных поездов. "
                   "Режиссер раскритиковал новый закон.", id="reproach")
    assert _claim(doc, "за отмену").type == "causal"
    assert _claim(doc, "новый закон").type != "causal"


def test_a_title_alone_names_the_person_given_it_before():
    doc = annotate("Допинг\n\nМинистр спорта России Виталий Мутко заявил, что лаборатория независима. "
                   "\"Мы построили современную лабораторию\", - отметил министр спорта. "
                   "Министр обороны заявил, что учения прошли успешно.", id="titles")
    mutko = entity_of(doc, "Виталий Мутко")
    quoted = _claim(doc, "построили")
    assert quoted.speaker.text == "министр спорта" and quoted.speaker.entity_id == mutko.id
    # another minister is not the same person, nor is the president the adviser of the president
    assert _claim(doc, "учения").speaker.entity_id != mutko.id
    doc = annotate("Визит\n\nСоветник президента Иван Иванов прибыл в Москву. «Мы готовы», — отметил президент.",
                   id="adviser")
    assert _claim(doc, "Мы готовы").speaker.entity_id != entity_of(doc, "Иван Иванов").id


def test_numeral_adjectives_and_prison_terms_are_amounts():
    doc = annotate("Визит\n\nНуланд прибыла в Москву с однодневным визитом. "
                   "Затем последовала четырехчасовая беседа с президентом. "
                   "Бывший руководитель компании приговорен к девяти годам колонии. "
                   "Стороны подписали двустороннее соглашение.", id="numeral-words")
    assert _claim(doc, "однодневным").type == "quantitative"
    assert _claim(doc, "четырехчасовая").type == "quantitative"
    assert _claim(doc, "девяти годам").type == "quantitative"
    assert _claim(doc, "двустороннее").type != "quantitative"


def test_hindrances_aims_and_misparsed_reasons():
    doc = annotate("Реформы\n\nЭти обстоятельства подрывают веру населения в законность правительства. "
                   "Цель мероприятия — создать новую площадку для обмена опытом. "
                   "Оппозиция заявила, что законопроект представляет собой попытку помешать дискуссии. "
                   "Бенер уже назвал реформу «убийцей рабочих мест», поскольку она будет очень дорогой для бюджета.",
                   id="hinder")
    assert _claim(doc, "подрывают").type == "causal"
    assert _claim(doc, "Цель мероприятия").type == "causal"
    assert _claim(doc, "помешать").type != "causal"
    # the future of the reason clause does not make the naming a prediction
    assert _claim(doc, "убийцей").type == "causal"


def test_near_and_almost_do_not_approximate():
    doc = annotate("Стройка\n\nОколо здания Госдумы возвели забор. В нём постоянно занимается около 700 человек. "
                   "Встреча продолжалась почти 14 часов.", id="approx")
    assert _claim(doc, "Около здания").certainty == "high"
    assert _claim(doc, "около 700").certainty == "medium"
    assert _claim(doc, "почти 14").certainty == "high"


def test_what_is_on_the_agenda_is_ahead():
    doc = annotate("Конгресс\n\nВ планах республиканцев также попытки сократить федеральные расходы. "
                   "Также на повестке дня создание рабочих мест. В планетарии прошла лекция.", id="agenda")
    assert _claim(doc, "В планах").type == "predictive"
    assert _claim(doc, "на повестке дня").type == "predictive"
    assert _claim(doc, "В планетарии").type == "event"
    doc = annotate("Балет\n\nУ нас есть совместные планы на будущее. Сегодня мне хочется посвятить себя творчеству.",
                   id="plans-ahead")
    assert _claim(doc, "планы на будущее").type == "predictive"
    assert _claim(doc, "хочется посвятить").type == "predictive"


def test_worsening_and_exaggeration_are_judged():
    doc = annotate("Спорт\n\nФИФА сообщила, что проблема усугубилась. Это не преувеличение. "
                   "Экологи всполошились и потребовали создания велодорожек.", id="judged")
    assert _claim(doc, "усугубилась").type == "evaluative"
    assert _claim(doc, "преувеличение").type == "evaluative"
    assert _claim(doc, "всполошились").type == "evaluative"


def test_liking_insults_and_rarity_are_judged():
    doc = annotate("Книга\n\nЕго работа очень понравилась супруге президента. "
                   "Кампания сопровождалась многочисленными личными оскорблениями. "
                   "Сегодня первое издание является большой библиографической редкостью. "
                   "Некоторые наблюдатели неверно интерпретируют заявления министра.", id="liked")
    for fragment in ("понравилась", "оскорблениями", "редкостью", "неверно"):
        assert _claim(doc, fragment).type == "evaluative", fragment


def test_agreeing_to_act_points_ahead():
    doc = annotate("Сделка\n\nКомпания согласилась выкупить 27,8% акций издательства. "
                   "Председатель комитета согласился с предложением.", id="agree-to")
    assert _claim(doc, "согласилась выкупить").type == "predictive"
    assert _claim(doc, "с предложением").type == "event"


def test_rulings_documents_and_forecasts_as_sources():
    doc = annotate("Суд\n\nСуд Лос-Анджелеса постановил, что компании не принадлежат права на песню. "
                   "В соответствии с прогнозом ФАО, в текущем году цены на продовольствие вырастут на 11%. "
                   "В соответствии с договорённостями сторон, сделка закрыта.", id="rulings")
    ruling = _claim(doc, "постановил")
    assert ruling.speaker.kind == "source" and ruling.speaker.text == "Суд Лос-Анджелеса"
    forecast = _claim(doc, "вырастут")
    assert forecast.speaker.kind == "source" and forecast.speaker.text == "ФАО"
    assert forecast.speaker.cue == "в соответствии с"
    assert _claim(doc, "сделка закрыта").speaker.kind == "author"


def test_one_counts_a_noun_and_digits_keep_their_case_endings():
    doc = annotate("Турнир\n\nАвстралию на турнире представляет один арбитр. Это один из лучших игроков. "
                   "Еще один вопрос касается рекламы. "
                   "В обсуждениях участвовали представители 14-и агентств. В 90-х годах завод закрылся. "
                   "37-летняя Марисса Майер возглавила компанию. В этом году отмечается 150-летний юбилей книги.",
                   id="one")
    assert _claim(doc, "один арбитр").type == "quantitative"
    assert _claim(doc, "один из лучших").type != "quantitative"
    assert _claim(doc, "Еще один вопрос").type != "quantitative"
    assert _claim(doc, "14-и агентств").type == "quantitative"
    assert _claim(doc, "90-х годах").type != "quantitative"
    # (a person's age tells who: eleven of the dev gold's age-only claims count nothing)
    assert _claim(doc, "37-летняя").type != "quantitative"
    assert _claim(doc, "юбилей").type != "quantitative"


def test_permission_and_advisability_are_normative():
    doc = annotate("Фетвы\n\nКурить разрешено только в отведённых местах. "
                   "Целесообразно усилить государственное регулирование. "
                   "Разрешение на строительство получено в мае. Спор между компаниями разрешён в суде.",
                   id="permit")
    assert _claim(doc, "разрешено").type == "normative"
    assert _claim(doc, "Целесообразно").type == "normative"
    assert _claim(doc, "Разрешение на строительство").type != "normative"
    assert _claim(doc, "Спор").type != "normative"  # resolved, not permitted


def test_explanations_dependence_and_debts_of_success_are_causal():
    doc = annotate("Инцидент\n\nПилот объяснил инцидент тем, что случайно настроил радиостанцию. "
                   "Цена регистрации зависит от пакета услуг. "
                   "Таким достижениям компания обязана невысокой стоимости устройств. "
                   "Компания обязана выплатить штраф. "
                   "Он подчеркнул, что необходимость адаптироваться связана и со стрессом, и с болезнями.",
                   id="explain")
    assert _claim(doc, "тем, что").type == "causal"
    assert _claim(doc, "зависит от").type == "causal"
    assert _claim(doc, "обязана невысокой").type == "causal"
    assert _claim(doc, "обязана выплатить").type == "normative"
    assert _claim(doc, "связана и со").type == "causal"


def test_vague_counts_of_hundreds_and_contrasted_ones():
    doc = annotate("Беспорядки\n\nПосле этого несколько сотен человек пришли к участку. "
                   "Один слой является изолятором, в то время как второй обладает металлическими свойствами. "
                   "Задержаны три тысячи человек.", id="vague")
    assert _claim(doc, "несколько сотен").type != "quantitative"
    assert _claim(doc, "Один слой").type != "quantitative"
    assert _claim(doc, "три тысячи").type == "quantitative"


def test_ranks_and_both_count_nothing():
    doc = annotate("Рейтинг\n\nTumblr находится на 24 месте по посещаемости. Они разделили места с 19 по 29. "
                   "Театр на 800 мест открылся после ремонта. Оба кандидата представили свои команды.", id="ranks")
    assert _claim(doc, "24 месте").type != "quantitative"
    assert _claim(doc, "с 19 по 29").type != "quantitative"
    assert _claim(doc, "800 мест").type == "quantitative"
    assert _claim(doc, "Оба кандидата").type != "quantitative"
    doc = annotate("Выборы\n\nПартия получила 3 места в парламенте. "
                   "Спортсмен занял первое место с результатом 15 очков.", id="seats")
    assert _claim(doc, "3 места").type == "quantitative"
    assert _claim(doc, "15 очков").type == "quantitative"


def test_promises_of_presence_of_contents_and_in_the_passive():
    doc = annotate("Форум\n\nВсем участникам форума обещана личная встреча с лидером. "
                   "Впервые на подобном мероприятии обещал быть председатель КНР. "
                   "Власти пообещали горожанам, что это только начало. Я обещал работать над книгой.",
                   id="promised")
    assert _claim(doc, "обещана").type == "predictive"
    assert _claim(doc, "обещал быть").type == "predictive"
    assert _claim(doc, "только начало").type == "predictive"
    assert _claim(doc, "обещал работать").type != "predictive"


def test_not_knowing_states_a_fact():
    doc = annotate("Театр\n\nПока неизвестно, сколько из них будет превращено в стоячие места. "
                   "Ответ Баку был крайне жёстким.", id="unknown")
    assert _claim(doc, "неизвестно").type != "evaluative"
    assert _claim(doc, "жёстким").type == "evaluative"


def test_an_opinion_about_a_necessity_is_normative():
    doc = annotate("Реформы\n\nСаркози выразил мнение о необходимости изменить законы. "
                   "Саркози выразил мнение о реформе.", id="opinion-need")
    assert _claim(doc, "о необходимости").type == "normative"
    assert _claim(doc, "о реформе").type != "normative"


def test_a_decision_taken_to_act_points_ahead():
    doc = annotate("Праздник\n\nПринято решение распространить праздник на весь год. "
                   "Было принято решение сделать памятник из мрамора. "
                   "Лига вынесла решение просить ООН о признании.", id="decided")
    assert _claim(doc, "Принято решение").type == "predictive"
    assert _claim(doc, "Было принято").type == "event"
    assert _claim(doc, "вынесла решение").type == "predictive"
    doc = annotate("Суд\n\nСуд отменил решение уволить директора.", id="undone")
    assert _claim(doc, "отменил решение").type != "predictive"


def test_naming_with_a_quality_is_a_judgement_of_the_namer():
    doc = annotate("Выборы\n\nЛидер оппозиции Леван Гачечиладзе назвал итоги выборов подтасованными. "
                   "Местные власти не называют происшествие чрезвычайным. "
                   "Президент назвал его своим преемником.", id="naming")
    rigged = _claim(doc, "подтасованными")
    assert rigged.type == "evaluative" and rigged.speaker.text == "Леван Гачечиладзе"
    assert _claim(doc, "не называют").speaker.kind == "author"
    assert _claim(doc, "преемником").type != "evaluative"
    doc = annotate("Имена\n\nСупруги назвали дочь Алисой. Компания назвала новый самолёт «Сокол».", id="names")
    assert _claim(doc, "Алисой").type != "evaluative"
    assert _claim(doc, "Сокол").type != "evaluative"


def test_a_transcript_label_holds_the_turn_until_the_next():
    doc = annotate("Встреча с министром\n\nВладимир Путин провёл рабочую встречу с министром Сергеем Донским.\n\n"
                   "В.Путин: Сергей Ефимович, давайте поговорим о геологоразведке.\n\n"
                   "С.Донской: Владимир Владимирович, объёмы работ снизились на 20 процентов.\n\n"
                   "Поступления в бюджет составили 8 миллиардов рублей.\n\n"
                   "В.Путин: Хорошо, это важная работа.", id="transcript")
    assert _claim(doc, "провёл рабочую встречу").speaker.kind == "author"
    report = _claim(doc, "Поступления в бюджет")
    assert report.speaker.kind == "source" and "Донской" in report.speaker.text
    assert doc.text[report.speaker.start:report.speaker.end] == report.speaker.text
    assert "Путин" in _claim(doc, "важная работа").speaker.text


def test_follows_unclear_and_contributes():
    doc = annotate("Рейтинг\n\nДалее следует Бирма с семью заключёнными журналистами. "
                   "Вам следует обратиться в суд. Непонятно также, согласятся ли конкуренты платить. "
                   "Сделка способствует укреплению связей между странами.", id="follows")
    assert _claim(doc, "Далее следует").type == "quantitative"
    assert _claim(doc, "следует обратиться").type == "normative"
    assert _claim(doc, "Непонятно").type != "evaluative"
    assert _claim(doc, "способствует").type == "causal"


def test_size_and_certainty_adverbs_do_not_judge():
    doc = annotate("Шельф\n\nНаиболее значительное снижение произошло на шельфе. "
                   "Несомненно, компания выполнит план. Это крайне опасный симптом.", id="size")
    assert _claim(doc, "значительное снижение").type != "evaluative"
    assert _claim(doc, "Несомненно").type != "evaluative"
    assert _claim(doc, "опасный").type == "evaluative"


def test_a_two_word_subordinator_stays_whole():
    doc = annotate("Эхо\n\nНесомненно, мне это стоит каких-то усилий, потому что это всегда процесс убеждения. "
                   "Я молюсь за то, чтобы мы перестали воевать, потому что это на руку только торговцам оружием.",
                   id="because")
    assert _claim(doc, "стоит каких-то усилий").type == "causal"
    assert _claim(doc, "Я молюсь").type == "causal"


def test_what_a_requirement_or_duty_consists_of_is_normative():
    doc = annotate("Требования\n\nТребования ЕС заключаются в том, чтобы производители имели информацию. "
                   "В обязанности счастливчика будет входить определение лучших проектов. "
                   "Требование о выкупе акций поступило в марте.", id="duties")
    assert _claim(doc, "Требования ЕС").type == "normative"
    assert _claim(doc, "В обязанности").type == "normative"
    assert _claim(doc, "Требование о выкупе").type != "normative"
    doc = annotate("Суд\n\nСуд отказал истцу в требовании о компенсации.", id="refused")
    assert _claim(doc, "отказал").type != "normative"


def test_how_long_something_lasted_over_a_period():
    doc = annotate("Книга\n\nПосле этого на протяжении 40 лет издание хранилось в частном доме. "
                   "Ранее он был переизбран главредом сроком на пять лет.", id="lasted")
    assert _claim(doc, "40 лет").type == "quantitative"
    assert _claim(doc, "пять лет").type == "quantitative"


def test_a_past_plan_of_an_action_looks_ahead_and_a_planned_date_does_not():
    doc = annotate("Выборы\n\nЭкс-мэр города также планировал выдвигать свою кандидатуру. "
                   "Компания намеревалась открыть завод ещё в 2014 году, но отказалась от этой идеи. "
                   "Ранее запуск планировался на 7 мая.", id="past-plans")
    assert _claim(doc, "выдвигать свою кандидатуру").type == "predictive"
    assert _claim(doc, "открыть завод").type == "predictive"
    assert _claim(doc, "запуск планировался").type == "event"


def test_a_wish_for_what_others_do_is_normative_and_ones_own_is_a_plan():
    doc = annotate("Переговоры\n\n«Разумеется, хотелось бы, чтобы все договорённости были выполнены», "
                   "— добавил министр. "
                   "Мы хотим, чтобы соседние страны сняли ограничения на торговлю. "
                   "Корпорация хотела бы заняться медицинскими проектами.", id="wishes-others")
    assert _claim(doc, "хотелось бы").type == "normative"
    assert _claim(doc, "Мы хотим").type == "normative"
    assert _claim(doc, "Корпорация хотела бы").type == "predictive"


def test_advice_with_its_infinitive_misattached_and_seeming_with_an_oblique_adjective():
    doc = annotate("Вывод войск\n\nВашингтону следовало бы ускориться с выводом войск, поскольку скрывать "
                   "поражение долго не удастся. Мне это казалось несколько навязчивым. "
                   "Ответа от министерства не последовало.", id="advice-seeming")
    assert _claim(doc, "следовало бы").type == "normative"
    assert _claim(doc, "казалось").type == "evaluative"
    assert _claim(doc, "не последовало").type != "normative"


def test_an_explanation_by_an_instrumental_and_thanks_for_something_are_causal():
    doc = annotate("Арест\n\nПравительство объясняло арест лидера оппозиции необходимостью её защиты. "
                   "Он объяснил журналистам ситуацию на границе. "
                   "Спортсмен заявил, что благодарен болельщикам за поддержку.", id="explained-thanks")
    assert _claim(doc, "необходимостью").type == "causal"
    assert _claim(doc, "объяснил журналистам").type != "causal"
    assert _claim(doc, "благодарен").type == "causal"


def test_a_quotation_no_frame_names_goes_on_from_the_paragraphs_last_source():
    doc = annotate("МКС\n\nДалее Герстенмайер сказал, что особых беспокойств о состоянии корабля нет. "
                   "«Мы не видим здесь непреодолимых проблем. Русские серьёзно занимаются этой проблемой». "
                   "«Мы знаем, что были проблемы», — говорит Герстенмайер. «Экипаж не наблюдал ничего "
                   "необычного».\n\n«Билайн» станет первым оператором, присоединившимся к проекту.", id="quote-run")
    person = entity_of(doc, "Герстенмайер")
    for fragment in ("непреодолимых", "серьёзно занимаются", "Экипаж не наблюдал"):
        claim = _claim(doc, fragment)
        assert claim.speaker.kind == "source" and claim.speaker.entity_id == person.id, fragment
    assert _claim(doc, "станет первым").speaker.kind == "author"


def test_a_story_told_in_the_present_or_future_is_not_a_forecast():
    doc = annotate("Роман\n\nДействие романа начинается 15 апреля 1927 года. "
                   "Последний тур (29 января) начинается в 12 часов 30 минут. "
                   "Спустя годы Александр случайно обнаружит упоминание о сестре в журнале. "
                   "Через два года завод откроется снова.", id="story-tense")
    assert _claim(doc, "Действие романа").type == "event"
    assert _claim(doc, "Последний тур").type == "predictive"
    assert _claim(doc, "Спустя годы").type == "event"
    assert _claim(doc, "завод откроется").type == "predictive"


def test_an_invitation_in_the_first_person_plural_is_normative():
    doc = annotate("Верба\n\nТеперь поговорим о литературе. Мы поговорим об этом завтра. "
                   "Если мы получим лицензию, то не сможем её сохранить.", id="hortative")
    assert _claim(doc, "Теперь поговорим").type == "normative"
    assert _claim(doc, "Мы поговорим").type == "predictive"
    assert _claim(doc, "не сможем").type != "normative"


def test_a_demand_behind_an_action_and_a_degree_with_its_consequence_are_causal():
    doc = annotate("Бут\n\nБизнесмен был арестован в Бангкоке по запросу США. "
                   "Переводчик так проникся романом, что за три года перевёл его целиком. "
                   "Отношения находятся на столь высоком уровне, что министры обсудят все направления. "
                   "Популярность певца была столь велика, что в феврале 1917 года министра называли его именем. "
                   "Я рад, что не так давно я достиг этой цели.", id="demand-degree")
    assert _claim(doc, "по запросу").type == "causal"
    assert _claim(doc, "так проникся").type == "causal"
    assert "causal" in _claim(doc, "столь высоком").types
    assert _claim(doc, "столь велика").type == "causal"
    assert "causal" not in _claim(doc, "не так давно").types


def test_a_verbless_dash_sentence_and_a_verb_behind_a_stray_root_make_claims():
    doc = annotate("Метафоры\n\nФирменные бренды тускнеют рядом с образными метафорами. "
                   "В традиционной японской поэзии метафора — распространённый приём. "
                   "Но интернет-порнография — это не секс. "
                   "Дальше привязки событий текста к конкретным праздничным датам временно исчезают. "
                   "Фото — Reuters.", id="verbless")
    assert _claim(doc, "метафора — распространённый приём").text == (
        "В традиционной японской поэзии метафора — распространённый приём")
    assert _claim(doc, "это не секс").polarity == "negative"
    assert _claim(doc, "исчезают").text.startswith("Дальше привязки событий")
    assert not [c for c in doc.claims if "Reuters" in c.text]


def test_a_purpose_clause_the_parser_left_hanging_still_gives_the_reason():
    doc = annotate("Живерни\n\nМоне купил участок в Живерни, чтобы навсегда здесь поселиться.", id="purpose-loop")
    assert _claim(doc, "купил участок").type == "causal"


def test_vedj_offers_a_reason():
    doc = annotate("Верба\n\nВерба — символ весны. Ведь это растение оживает раньше других деревьев. "
                   "Гостей это расстраивало: ведь мы не хотели ни на кого обижаться.", id="vedj")
    assert _claim(doc, "Ведь это растение").type == "causal"
    assert _claim(doc, "ведь мы не хотели").type == "causal"
    assert _claim(doc, "символ весны").type != "causal"


def test_a_numbered_article_is_named_not_counted():
    doc = annotate("Феррари\n\nКоманда не подавала апелляцию, поскольку статья 112 регламента запрещает оспаривание. "
                   "Компания продала 112 самолётов.", id="numbered")
    assert _claim(doc, "статья 112").type == "causal"
    assert _claim(doc, "112 самолётов").type == "quantitative"


def test_what_something_means_and_what_seems_to_the_speaker_are_judgements():
    doc = annotate("Демократия\n\n«Демократия — не простая вещь и не всегда означает мир», — сказал он. "
                   "«Значит, у нас есть ещё сутки», — добавил министр. "
                   "Тогда мне казалось, что это одна из острых форм одиночества.", id="means-seems")
    assert _claim(doc, "означает мир").type == "evaluative"
    assert _claim(doc, "Значит, у нас").type != "evaluative"
    assert _claim(doc, "мне казалось").type == "evaluative"


def test_the_round_nine_rules_keep_off_ordinary_news():
    doc = annotate("Новости\n\nТренер заявил, что команда готова к матчу. «Спартак» обыграл «Зенит».\n\n"
                   "Министр заявил, что кризис позади. Лидер оппозиции Иванов с ним не согласен. "
                   "«Кризис только начинается».\n\n"
                   "Как сообщает ТАСС, министр посетил завод в Туле. «Мы увеличим выпуск вдвое».\n\n"
                   "В следующем году построим еще три школы. Так, выяснилось, что компания скрывала убытки. "
                   "Новый закон вступит в силу спустя 10 дней после официального опубликования. "
                   "В каждом томе 500 страниц. Учитель объяснил задачу простыми словами. "
                   "Это ведь не первый подобный случай в регионе. Отец хотел, чтобы сын стал врачом. "
                   "Работать стало лучше.\n\nАвтор — Иван Петров.", id="misfires")
    for fragment in ("обыграл", "только начинается", "увеличим выпуск"):
        assert _claim(doc, fragment).speaker.kind == "author", fragment
    assert _claim(doc, "построим").type == "predictive"
    assert "causal" not in _claim(doc, "выяснилось").types
    assert _claim(doc, "вступит в силу").type == "predictive"
    assert _claim(doc, "500 страниц").type == "quantitative"
    assert "causal" not in _claim(doc, "простыми словами").types
    assert "causal" not in _claim(doc, "ведь не первый").types
    assert _claim(doc, "хотел, чтобы").type != "normative"
    assert "normative" not in _claim(doc, "Работать стало лучше").types
    assert not [c for c in doc.claims if "Петров" in c.text]


def test_a_spelled_out_year_schedules_only_from_the_documents_date_on():
    text = "Выборы\n\nГолосование проходит 15 марта 2026 года. Действие романа начинается 15 апреля 1927 года."
    dated = annotate(text, id="dated", date="2026-03-01")
    assert _claim(dated, "Голосование").type == "predictive"
    assert _claim(dated, "Действие романа").type == "event"
    assert _claim(annotate(text, id="undated"), "Голосование").type == "event"


def test_manners_of_saying_close_a_quotation():
    doc = annotate("Яндекс\n\n«Нести ответственность за то, что ранжирует робот, они не могут», — согласна бывший "
                   "редактор Lenta.ru Галина Тимченко. «Узнаю тебя, Россия!» — восклицает артист. "
                   "При этом стороны не уточняют, в какой пропорции будет делиться выручка.", id="manners")
    assert _claim(doc, "Нести ответственность").speaker.text == "Галина Тимченко"
    assert _claim(doc, "Узнаю тебя").speaker.text == "артист"
    assert _claim(doc, "делиться выручка").speaker.kind == "author"


def test_a_source_inside_what_the_author_recalls_speaks():
    doc = annotate("Долг\n\nОтметим также, что согласно отчётности на конец 2012 года, долг компании составлял "
                   "7,7 млрд крон. Напомним, что, по словам министра, завод откроется в мае. "
                   "Напомним, что вчера президент посетил завод.", id="recalled")
    assert _claim(doc, "долг компании").speaker.text.startswith("отчётности")
    assert _claim(doc, "завод откроется").speaker.text == "министра"
    assert _claim(doc, "президент посетил").speaker.kind == "author"


def test_a_relative_clause_left_a_root_does_not_head_the_sentence():
    doc = annotate("ООН\n\nМинистр иностранных дел Германии Франк-Вальтер Штайнмайер, который, вероятно, завтра будет "
                   "беседовать с Лавровым и Климкиным, указал, что миротворческая миссия ООН на Украине возможна.",
                   id="relative-root")
    claim = _claim(doc, "миротворческая миссия")
    assert claim.text.startswith("Министр иностранных дел")
    assert claim.speaker.text == "Франк-Вальтер Штайнмайер"


def test_reactions_frame_only_quotations_and_a_person_who_relays_is_still_quoted():
    doc = annotate("Завод\n\n«Мы снова проиграли», — вздохнул тренер. "
                   "После того как цены выросли, возмутились жители городов.\n\n"
                   "Директор завода Иван Петров сообщил, что завод закроют. Петров работает на заводе 20 лет. "
                   "«Мы будем бороться до конца».", id="reactions")
    assert _claim(doc, "снова проиграли").speaker.text == "тренер"
    assert _claim(doc, "цены выросли").speaker.kind == "author"
    petrov = _claim(doc, "завод закроют").speaker
    assert petrov.text == "Иван Петров"
    assert _claim(doc, "бороться до конца").speaker.entity_id == petrov.entity_id


def test_both_aspects_of_a_reporting_verb_report_alike():
    doc = annotate("Цены\n\nМинистр финансов не исключил, что цены на бензин вырастут к осени. "
                   "Суд счёл, что запись нарушает закон. "
                   "Не исключено, что переговоры будут сорваны.", id="aspects")
    minister = _claim(doc, "цены на бензин вырастут")
    assert minister.speaker.kind == "source" and minister.speaker.text == "Министр финансов"
    assert "не исключил" in minister.hedges and minister.certainty == "low"
    assert minister.type == "predictive" and minister.polarity == "positive"
    assert _claim(doc, "запись нарушает закон").speaker.text == "Суд"
    # the impersonal `Не исключено` hedges the author's own claim and denies nothing
    unnamed = _claim(doc, "переговоры будут сорваны")
    assert unnamed.speaker.kind == "author" and unnamed.certainty == "low"
    assert unnamed.polarity == "positive" and unnamed.type == "predictive"


def test_a_paragraph_opening_with_a_quotation_goes_on_from_the_source_before():
    doc = annotate("Матч\n\nПосле матча выступил ветеран клуба Виктор Понедельник. Ветеран уверен, что тренер "
                   "запоздал с заменами.\n\n«Игра была игрой тренеров. Замены опоздали на полчаса».\n\n"
                   "Сборная России потеряла два очка.\n\n«Команда выглядела уставшей».", id="paragraphs")
    veteran = _claim(doc, "запоздал с заменами").speaker
    assert veteran.kind == "source"
    assert _claim(doc, "игрой тренеров").speaker.text == veteran.text
    assert _claim(doc, "Замены опоздали").speaker.text == veteran.text
    # narration by the author in between: the next quotation has no source to go on from
    assert _claim(doc, "потеряла два очка").speaker.kind == "author"
    assert _claim(doc, "выглядела уставшей").speaker.kind == "author"


def test_impersonal_recommendations_are_normative_and_a_recommending_person_acts():
    doc = annotate("Грипп\n\nПассажирам рекомендуется приехать в аэропорт заранее. "
                   "Желательно сдать анализы утром. "
                   "Министр рекомендовал губернаторам снизить тарифы.", id="recommend")
    assert _claim(doc, "приехать в аэропорт").type == "normative"
    assert _claim(doc, "сдать анализы").type == "normative"
    # a recommendation made by someone, with no content clause, is the author's report of an act
    assert _claim(doc, "рекомендовал губернаторам").type == "event"


def test_a_reporting_aside_inside_the_sentence_names_the_speaker():
    doc = annotate("Протест\n\nОдна из групп протестующих, уточняет газета «Труд», пришла к посольству с флагом. "
                   "Тем временем, сообщает агентство «Новый регион», в городе прошли обыски. "
                   "Завод закрылся, и рабочие, которых уволили, ушли домой.", id="aside")
    group = _claim(doc, "Одна из групп")
    assert group.text.endswith("пришла к посольству с флагом")  # one claim, the aside inside it
    assert group.speaker.text == "Труд" and group.speaker.cue == "уточняет"
    assert _claim(doc, "прошли обыски").speaker.text == "Новый регион"
    assert all(c.speaker.kind == "author" for c in doc.claims if "Завод" in c.text or "рабочие" in c.text)


def test_expectations_repeats_and_bans_from_the_completed_lexicons():
    doc = annotate("Саммит\n\nМосква рассчитывает, что на заседании будет обсуждаться прекращение огня. "
                   "Затем спасатели ожидали, когда прибудет вертолёт. "
                   "Представитель компании повторил, что завод закроют. "
                   "Следствие задержало директора завода. "
                   "Министру и его заместителям запрещён въезд в страны Евросоюза. "
                   "Мужчина подозревается в убийстве соседа. "
                   "Следователи уверены, что пожар начался в подвале. "
                   "Ущерб, вероятнее всего, превысит миллион рублей.", id="lexicons")
    moscow = _claim(doc, "Москва рассчитывает")
    assert moscow.speaker.text == "Москва" and moscow.type == "predictive"
    assert _claim(doc, "ожидали, когда").speaker.kind == "author"  # waiting, no view reported
    assert _claim(doc, "повторил").speaker.text == "Представитель компании"
    assert "causal" not in _claim(doc, "Следствие задержало").types  # the investigators, not a consequence
    assert _claim(doc, "запрещён въезд").type == "normative"
    assert _claim(doc, "подозревается").certainty == "low"
    assert _claim(doc, "Следователи уверены").type == "evaluative"
    assert _claim(doc, "вероятнее всего").certainty == "medium"


def test_an_impersonal_predicate_of_a_chto_clause_makes_a_claim():
    doc = annotate("Проекты\n\nЖаль, что были заморожены важные проекты. Не секрет, что цены на жильё выросли.",
                   id="impersonal")
    pity = _claim(doc, "были заморожены")
    assert pity.text.startswith("Жаль") and pity.type == "evaluative"
    assert _claim(doc, "цены на жильё выросли").text.startswith("Не секрет")


def test_allowing_a_thing_and_a_chance_inside_a_hedge_forecast_nothing():
    doc = annotate("Пожар\n\nВодитель допустил ошибку при обгоне. Нельзя допустить повторения трагедии. "
                   "По всей вероятности, поджог совершил сосед. Эксперт допустил, что цены вырастут.", id="allow")
    assert _claim(doc, "допустил ошибку").certainty == "high"
    assert _claim(doc, "повторения трагедии").certainty == "high"
    arson = _claim(doc, "поджог совершил")
    assert arson.certainty == "medium" and arson.type == "event"
    assert _claim(doc, "цены вырастут").certainty == "low"


def test_going_on_doing_is_no_report():
    doc = annotate("Цены\n\nЦены, как ожидается, продолжат расти. «Мы будем бороться», — продолжил министр.",
                   id="continue")
    prices = _claim(doc, "продолжат расти")
    assert prices.speaker.kind == "author" and prices.type == "predictive" and prices.certainty == "medium"
    assert _claim(doc, "будем бороться").speaker.text == "министр"


def test_connectives_of_reason_and_result():
    doc = annotate("Весна\n\nИбо секс — неотъемлемый элемент весенней мифологии. "
                   "Министерство отменило экспертизы, тем самым ускорив стройку.", id="connectives")
    assert _claim(doc, "Ибо").type == "causal"
    assert "causal" in _claim(doc, "тем самым").types


def test_every_nth_is_a_share():
    doc = annotate("Опрос\n\nКаждый пятый россиянин не доверяет банкам. Каждый житель получил подарок.", id="share")
    assert _claim(doc, "Каждый пятый").type == "quantitative"
    assert _claim(doc, "Каждый житель").type == "event"


def test_sayings_periods_norms_and_suppositions_report_no_one():
    doc = annotate("Острова\n\nКак говорится, за ним придут другие. "
                   "По данным за 2013 год, уровень пиратства в России составил 63%. "
                   "Согласно соглашению 1855 года, Японии принадлежат четыре острова. "
                   "Согласно отчёту компании, долг составил 7 млрд рублей. "
                   "Предполагается, что его место займёт посол. "
                   "Ожидается, что рассмотрение законопроекта будет продолжено осенью.", id="no-one")
    for fragment in ("придут другие", "уровень пиратства", "принадлежат четыре", "займёт посол",
                     "рассмотрение законопроекта"):
        assert _claim(doc, fragment).speaker.kind == "author", fragment
    assert _claim(doc, "займёт посол").certainty == "low"
    assert _claim(doc, "долг составил").speaker.text == "отчёту компании"


def test_still_and_after_all_do_not_subordinate_a_clause():
    doc = annotate("Мост\n\nВласти планируют отремонтировать мост, но деньги пока не выделены. "
                   "Цены на хлеб выросли, но нефть так и не подешевела. "
                   "Завод закрыли, пока рабочие были в отпуске.", id="still")
    money = _claim(doc, "деньги пока не выделены")
    assert money.text == "деньги пока не выделены" and money.polarity == "negative"
    assert _claim(doc, "нефть так и не подешевела").polarity == "negative"
    assert _claim(doc, "Завод закрыли").text.endswith("были в отпуске")  # `пока` opening a clause subordinates


def test_negated_report_of_an_indirect_question_is_the_authors_negative_event():
    doc = annotate("Выплаты\n\nГубернатор не уточнил, когда начнутся выплаты. "
                   "Министр не пояснил, о каких мерах идёт речь.", id="asked")
    for fragment in ("начнутся выплаты", "о каких мерах"):
        claim = _claim(doc, fragment)
        assert claim.speaker.kind == "author" and claim.polarity == "negative" and claim.type == "event", fragment


def test_suspects_and_preliminary_hearings_hedge_nothing():
    doc = annotate("Суд\n\nСуд арестовал подозреваемую в убийстве. Суд провёл предварительное заседание. "
                   "По предварительным данным, погибли два человека. Полиция подозревает соседа в краже.",
                   id="suspects")
    assert _claim(doc, "арестовал подозреваемую").certainty == "high"
    assert _claim(doc, "предварительное заседание").certainty == "high"
    dead = _claim(doc, "погибли два человека")
    assert dead.certainty == "medium" and dead.hedges == ["По предварительным данным"]
    assert _claim(doc, "подозревает соседа").certainty == "low"


def test_a_statement_named_as_such_credits_the_sentence_before():
    doc = annotate("Рынок\n\nРынок жилья ждёт обвал. Такое мнение высказал экономист Михаил Делягин.\n\n"
                   "Продажи машин упали на 20%. Такие данные приводит агентство «Автостат».\n\n"
                   "«Мы строим новый завод». Так прокомментировал ситуацию губернатор Владислав Шапша.\n\n"
                   "Аналитики сомневаются в сделке. Так аналитик банка Сергей Либин отметил: «Это странная сделка».",
                   id="named-statement")
    assert _claim(doc, "ждёт обвал").speaker.text == "Михаил Делягин"
    assert _claim(doc, "упали на 20%").speaker.text == "Автостат"
    assert _claim(doc, "строим новый завод").speaker.text == "Владислав Шапша"
    # `Так` giving an example with the speaker's own quote credits nothing before it
    assert _claim(doc, "сомневаются в сделке").speaker.kind == "author"


def test_a_quoted_question_with_its_frame_and_promo_lines_hold_no_claim():
    doc = annotate("Завод\n\nЗавод закрыли в мае. «Кто будет платить за это?» — спросил депутат Иван Петров. "
                   "«Можно много говорить о причинах, но зачем это нужно?» — считает он.\n\n"
                   "Подписывайтесь на наш канал в Telegram, чтобы не пропустить главное.", id="asked-quote")
    assert not [c for c in doc.claims if "платить" in c.text or "Подписывайтесь" in c.text]
    # a quote that asserts before it asks is still a claim
    assert _claim(doc, "Можно много говорить").speaker.text == "он"


def test_dash_direct_speech_goes_to_the_speaker_its_frame_names():
    doc = annotate("Урожай\n\nФермер Иван Кузнецов рассказал о своих бедах.\n\n"
                   "— Урожай в этом году плохой. Цены на удобрения выросли вдвое. Зерно пришлось продать, — "
                   "рассказал Кузнецов.\n\n— Кредит мы не вернём, — добавил он. — Банк заберёт трактор.\n\n"
                   "Рынок упал на 5%.", id="dash-speech")
    for fragment in ("Урожай в этом году", "выросли вдвое", "Зерно пришлось"):
        assert _claim(doc, fragment).speaker.text == "Кузнецов", fragment
    assert _claim(doc, "Банк заберёт").speaker.text == "он"
    assert _claim(doc, "Рынок упал").speaker.kind == "author"


def test_a_pronoun_speaker_is_the_subject_of_its_gender_named_before():
    doc = annotate("Переговоры\n\nВладимир Путин провёл переговоры с Си Цзиньпином. Он отметил, что отношения "
                   "крепнут.\n\nМинистр Ольга Иванова встретилась с мэром Игорем Петровым. Она заявила, что бюджет "
                   "утверждён. Он добавил, что мост откроют в мае.", id="coref")
    assert _claim(doc, "отношения крепнут").speaker.entity_id == entity_of(doc, "Владимир Путин").id
    assert _claim(doc, "бюджет утверждён").speaker.entity_id == entity_of(doc, "Ольга Иванова").id
    assert _claim(doc, "мост откроют").speaker.entity_id == entity_of(doc, "Игорем Петровым").id


def test_a_perfective_future_the_tagger_read_as_present_forecasts():
    doc = annotate("Акционеры\n\n«Мы позаботимся о наших акционерах», — сказал директор. "
                   "Власти ответили: «Дышать запретим, если потребуется». Банк забирает залог.", id="future")
    assert _claim(doc, "позаботимся").type == "predictive"
    assert _claim(doc, "Дышать запретим").type == "predictive"
    assert _claim(doc, "забирает залог").type == "event"


def test_review_of_round_10_narrow_readings():
    doc = annotate("Обзор\n\n— Бюджет будет исполнен, — сказал Силуанов. Депутаты встретили его слова аплодисментами."
                   "\n\n— ЦБ снизил ставку. Аналитики ожидали этого решения. Рубль укрепился, сообщает ТАСС.\n\n"
                   "Правительство намерено повысить налоги. Такую позицию критикует оппозиция. "
                   "Рынок акций растёт. Такое заявление опроверг представитель компании Иван Петров.\n\n"
                   "«Как жить дальше?» — этот вопрос волнует тысячи жителей города.\n\n"
                   "Вице-премьер Ольга Голодец посетила больницу. Там её встретил главный врач Иван Петров. "
                   "Она заявила, что больницу отремонтируют.\n\n"
                   "Власти не допустят, чтобы цены на хлеб выросли. По предварительной версии, причиной пожара "
                   "стало короткое замыкание. Новое здание вокзала похоже на космический корабль. "
                   "Все считают, что реформа провалилась.", id="review10")
    # narration after a dash-speech frame is the author's; a bulletin's closing frame takes only its sentence
    assert _claim(doc, "аплодисментами").speaker.kind == "author"
    assert _claim(doc, "ЦБ снизил ставку").speaker.kind == "author"
    # a statement criticised or denied is not voiced by the one who criticises or denies it
    assert _claim(doc, "повысить налоги").speaker.kind == "author"
    assert _claim(doc, "Рынок акций растёт").speaker.kind == "author"
    assert _claim(doc, "Как жить дальше").type == "event"  # a quoted question that no one asks here
    assert _claim(doc, "больницу отремонтируют").speaker.entity_id == entity_of(doc, "Ольга Голодец").id
    prevent = _claim(doc, "не допустят")
    assert prevent.speaker.kind == "author" and prevent.polarity == "negative"
    assert _claim(doc, "По предварительной версии").certainty == "medium"
    assert _claim(doc, "похоже на космический").certainty == "high"
    assert _claim(doc, "Все считают").speaker.text == "Все"


def test_unofficial_data_and_rumours_are_unnamed_sources():
    doc = annotate("Сделка\n\nПо неофициальным данным, министр уйдёт в отставку. По слухам, Google проявил интерес "
                   "к сделке. По данным за 2013 год, уровень пиратства составил 63%.", id="unnamed")
    minister = _claim(doc, "уйдёт в отставку")
    assert minister.speaker.kind == "source" and minister.speaker.text == "неофициальным данным"
    assert minister.speaker.entity_id is None
    assert _claim(doc, "Google").speaker.text == "слухам"
    assert _claim(doc, "уровень пиратства").speaker.kind == "author"


def test_reasons_given_and_charges_report_their_content():
    doc = annotate("Визит\n\nСвой отказ Нетаньяху мотивировал тем, что Иерусалим получил данные о заговоре. "
                   "США обвиняются в том, что перевозили подозреваемых в другие страны.", id="reasons")
    refusal = _claim(doc, "мотивировал")
    assert refusal.speaker.text == "Нетаньяху" and refusal.type == "causal"
    accused = _claim(doc, "обвиняются").speaker  # the accused are spoken of, no one is named
    assert accused.kind == "source" and accused.text == "обвиняются" and accused.entity_id is None


def test_spans_keep_quotes_brackets_and_drop_list_numbers():
    doc = annotate("Итоги\n\n«Спартак» обыграл «Зенит».\n\nАкции упали на 10 % (до 3 рублей).\n\n"
                   "3. Курс доллара опустился до 90 рублей.\n\n"
                   "Когда цены выросли, потребители сократили покупки, а магазины снизили наценки.", id="spans")
    match = _claim(doc, "обыграл")
    assert (match.subject.text, match.object.text) == ("«Спартак»", "«Зенит»")
    assert _claim(doc, "Акции упали").text == "Акции упали на 10 % (до 3 рублей)"
    dollar = _claim(doc, "Курс доллара")
    assert dollar.text == "Курс доллара опустился до 90 рублей" and dollar.subject.text == "Курс доллара"
    # an opening subordinate clause stays with its own main clause; the coordinated one is a claim of its own
    buyers = _claim(doc, "потребители сократили")
    assert buyers.text == "Когда цены выросли, потребители сократили покупки"
    assert (buyers.subject.text, buyers.predicate.text) == ("потребители", "сократили")
    assert _claim(doc, "магазины снизили").text == "магазины снизили наценки"
    for claim in doc.claims:
        for part in (claim, claim.subject, claim.predicate, claim.object):
            if part is not None:
                assert doc.text[part.start:part.end] == part.text


def test_wire_datelines_are_not_claims_nor_subjects():
    doc = annotate("Рынки\n\nМОСКВА, 5 июн — РИА Новости. Правительство одобрило законопроект о налогах.\n\n"
                   "НЬЮ-ЙОРК, 3 апреля (Рейтер) - Фондовые индексы США выросли на 2%.\n\n"
                   "Иван Петров, 45 лет — ветеран войны.", id="datelines")
    assert not [c for c in doc.claims if "РИА" in c.text or "Рейтер" in c.text]
    indices = _claim(doc, "Фондовые индексы")
    assert indices.text == "Фондовые индексы США выросли на 2%" and indices.subject.text == "Фондовые индексы США"
    assert _claim(doc, "ветеран войны").text == "Иван Петров, 45 лет — ветеран войны"


def test_a_relative_clause_on_its_object_is_no_claim_of_its_own():
    doc = annotate("Назначение\n\nМинистр, которого в прошлом месяце уволил президент, возглавил крупную "
                   "госкорпорацию.", id="relative-object")
    assert [c.text for c in doc.claims] == [
        "Министр, которого в прошлом месяце уволил президент, возглавил крупную госкорпорацию"]


def test_multiplied_and_compared_amounts_measure():
    doc = annotate("Рынок\n\nЧисло активных пользователей мессенджера удвоилось. Он был дважды уволен с работы. "
                   "Цены в Москве выше, чем в регионах. Это решение гораздо лучше прежнего.", id="amounts")
    assert _claim(doc, "удвоилось").type == "quantitative"
    assert _claim(doc, "дважды уволен").type == "quantitative"
    assert _claim(doc, "Цены в Москве выше").type == "event"  # a comparison of amounts judges nothing
    assert _claim(doc, "гораздо лучше").type == "evaluative"


def test_rights_imperatives_and_what_things_turn_into():
    doc = annotate("Правила\n\nОбязательно проверьте свои счета. Торговцы не имеют права продавать алкоголь ночью. "
                   "В 1990 году женщины уже имели право голосовать. Выборы превратились в фарс.", id="rights")
    for fragment in ("проверьте свои счета", "не имеют права"):
        assert _claim(doc, fragment).type == "normative", fragment
    assert _claim(doc, "имели право голосовать").type != "normative"  # a right in the past is history
    assert _claim(doc, "превратились в фарс").type == "evaluative"


def test_second_review_of_round_10():
    doc = annotate("Обзор\n\nВчера, 5 июня, — в Москве прошёл массовый митинг оппозиции.\n\n"
                   "Москва, 5 июня — день выборов в Государственную думу.\n\n"
                   "Москва, 5 июня — «Вести.Экономика». Рубль укрепился к доллару на 2%.\n\n"
                   "Качество образования в Финляндии выше, чем в России.\n\n"
                   "По этим данным, безработица выросла на 2%. По нашим данным, инфляция выросла на 3%.\n\n"
                   "Сил хватит выдержать любые санкции.", id="review10b")
    assert _claim(doc, "Вчера, 5 июня").text.startswith("Вчера")  # no dateline: the place is not in capitals
    assert _claim(doc, "день выборов").text.startswith("Москва, 5 июня")
    assert not [c for c in doc.claims if "Вести" in c.text]
    assert _claim(doc, "Качество образования").type == "evaluative"  # a quality compared is judged
    assert _claim(doc, "безработица выросла").speaker.kind == "author"
    assert _claim(doc, "инфляция выросла").speaker.kind == "author"
    assert _claim(doc, "Сил хватит").type != "normative"
    # a long hyphenated run of capitals does not send the dateline pattern into backtracking
    long = annotate("Тест\n\n" + "А-" * 1500 + "А, 5 июня — тест прошёл успешно.", id="long")
    assert long.claims


def test_a_majority_of_a_whole_is_a_share_and_seats_or_a_relative_clause_are_not():
    doc = annotate("Референдум\n\nПодавляющее большинство участников референдума высказались за независимость региона. "
                   "Большинство — дети и школьники. Демократам удалось сохранить большинство в Сенате. "
                   "Рабочие, большинство которых не являются членами какого-либо профсоюза, начали свои действия. "
                   "Как и подавляющее большинство представителей интеллигенции, он поддержал реформу.", id="share")
    assert _claim(doc, "Подавляющее большинство участников").type == "quantitative"
    assert _claim(doc, "дети и школьники").type == "quantitative"
    for fragment in ("сохранить большинство", "большинство которых", "представителей интеллигенции"):
        assert "quantitative" not in _claim(doc, fragment).types, fragment


def test_linking_an_effect_with_its_cause_is_causal_and_a_bond_between_people_is_not():
    doc = annotate("Цены\n\nАналитики связывают подорожание гречки прежде всего с неурожаем прошлого сезона. "
                   "Демократы интуитивно связывали их успех с дезинтеграцией советского мира. "
                   "Нас связывает с этой страной многолетняя дружба.", id="linking")
    assert _claim(doc, "связывают подорожание").type == "causal"
    assert _claim(doc, "связывали их успех").type == "causal"
    assert "causal" not in _claim(doc, "многолетняя дружба").types


def test_an_indefinite_personal_judgement_speaks_for_its_place_and_a_denied_one_tells_a_custom():
    doc = annotate("Переговоры\n\nВ Пхеньяне сочли неприемлемым требование Сеула назначить главой делегации "
                   "секретаря ЦК. В прокуратуре края приговор сочли справедливым. "
                   "В Дюссельдорфе давно не считают вязание уделом только женщин.", id="places")
    claim = _claim(doc, "сочли неприемлемым")
    assert (claim.speaker.kind, claim.speaker.text, claim.type) == ("source", "Пхеньяне", "evaluative")
    assert _claim(doc, "приговор сочли").speaker.text == "прокуратуре края"
    assert _claim(doc, "вязание").speaker.kind == "author"


def test_an_indefinite_personal_plural_after_a_contrast_is_a_clause_of_its_own():
    doc = annotate("Корь\n\nВ учреждениях, где выявлены заболевшие, объявлен карантин на 21 день, а всем контактным "
                   "лицам без прививки предлагают бесплатную вакцинацию. Президент прибыл в Казань и встретился с "
                   "рабочими.", id="indefinite")
    texts = [c.text for c in doc.claims]
    assert "В учреждениях, где выявлены заболевшие, объявлен карантин на 21 день" in texts
    assert "всем контактным лицам без прививки предлагают бесплатную вакцинацию" in texts
    assert "Президент прибыл в Казань и встретился с рабочими" in texts


def test_a_subject_the_parser_hung_on_the_first_predicate_opens_the_second_clause():
    doc = annotate("Школа\n\nШкола не должна быть фабрикой по сдаче экзаменов, и новая система, мне кажется, даёт "
                   "шанс это изменить.", id="stray")
    texts = [c.text for c in doc.claims]
    assert texts == ["Школа не должна быть фабрикой по сдаче экзаменов",
                     "новая система, мне кажется, даёт шанс это изменить"]
    assert doc.claims[0].type == "normative"
    # (or as a second subject after the first predicate's own; not after a concessive opening)
    doc = annotate("Нефть\n\nЗа это время она сократилась почти на четверть, и нефтегазовые доходы бюджета упали "
                   "вместе с ней. Как ни странно это звучит, но популярность Мураками в России похожа на успех "
                   "«Аквариума».", id="stray2")
    assert [c.text for c in doc.claims][:2] == ["За это время она сократилась почти на четверть",
                                                "нефтегазовые доходы бюджета упали вместе с ней"]
    assert len(doc.claims) == 3


def test_causes_that_act_on_what_is_named_first_or_hamper_it_are_causal():
    doc = annotate("Ставка\n\nНа решение регулятора повлияла и ситуация с бюджетом. Кроме того, на результатах "
                   "сказались процентные расходы. Ситуацию осложняет демография. Ярмарку погубила железная дорога. "
                   "Министр признал, что имеет возможность косвенно на нее влиять.", id="bearing")
    for fragment in ("повлияла", "сказались", "осложняет", "погубила"):
        assert _claim(doc, fragment).type == "causal", fragment
    assert "causal" not in _claim(doc, "влиять").types


def test_a_likeness_the_author_sees_is_evaluative_and_a_reminder_is_not():
    doc = annotate("Роскосмос\n\nВысказывания представителей Роскосмоса напоминают советский стиль. "
                   "Такие реконструкции похожи на восковые фигуры. Министр напомнил журналистам о сроках.", id="like")
    assert _claim(doc, "напоминают советский стиль").type == "evaluative"
    assert _claim(doc, "похожи на восковые фигуры").type == "evaluative"
    assert "evaluative" not in _claim(doc, "напомнил журналистам").types


def test_not_a_single_one_denies_and_counts_nothing():
    doc = annotate("Перемирие\n\nНаши войска не произвели ни одного выстрела. Компания открыла один магазин. "
                   "Эксперимент заглох из-за того, что ученые не смогли найти ни одного студента.", id="none")
    assert _claim(doc, "ни одного выстрела").type == "event"
    assert _claim(doc, "ни одного студента").type == "causal"
    assert _claim(doc, "один магазин").type == "quantitative"


def test_a_coordinated_clause_opens_at_its_conjunction():
    # slovnet hangs `4 %` on the second verb; the amount still belongs to the first clause
    doc = annotate("Ритейл\n\nСобственный сервис доставки «Корзинки» пока приносит лишь 4% выручки, но компания "
                   "называет его приоритетным направлением.", id="conjunction")
    assert [c.text for c in doc.claims] == ["Собственный сервис доставки «Корзинки» пока приносит лишь 4% выручки",
                                            "компания называет его приоритетным направлением"]
    assert doc.claims[0].type == "quantitative"
    # and an unjoined clause after its comma
    doc = annotate("Митинг\n\nПо данным организаторов, на площадь Победы вышли около семи тысяч человек, полиция "
                   "оценила число участников в 2,5 тысячи.", id="comma")
    assert [c.text for c in doc.claims] == ["По данным организаторов, на площадь Победы вышли около семи тысяч человек",
                                            "полиция оценила число участников в 2,5 тысячи"]


def test_frames_the_parser_bent_still_credit_their_source():
    doc = annotate("Исследование\n\nАвторы работы отмечают, что связь между экранным временем и оценками оказалась "
                   "слабее, чем они ожидали. Долго такая модель работать не может, уверена эксперт.\n\n"
                   "Площадь ледников Алтая с 2004 года сократилась на 21%. Такие данные приводят гляциологи "
                   "Томского университета.", id="bent")
    # `и` inside the что-clause does not make it a conjunct of the frame
    assert _claim(doc, "связь между экранным").speaker.text == "Авторы работы"
    # a short adjective of conviction closes a frame like a verb
    assert _claim(doc, "такая модель").speaker.text == "эксперт"
    # the source the parser took for a second object of `приводят`
    assert _claim(doc, "Площадь ледников").speaker.text.startswith("гляциологи")


def test_a_rating_as_something_and_a_memory_have_their_source():
    doc = annotate("Выборы\n\nНаблюдатели оценили выборы как «спокойные и организованные». Полиция оценила ущерб в "
                   "миллион рублей. Эксперты оценивают, что рынок вырастет на 5%. По воспоминаниям его дочери, он не "
                   "жаловался.", id="rating")
    rated = _claim(doc, "оценили выборы")
    assert (rated.speaker.text, rated.type) == ("Наблюдатели", "evaluative")
    assert _claim(doc, "оценила ущерб").speaker.kind == "author"
    assert _claim(doc, "рынок вырастет").type == "predictive"
    assert _claim(doc, "не жаловался").speaker.text == "его дочери"


def test_what_matters_most_after_a_dash_is_a_claim():
    doc = annotate("Проза\n\nГлавное — отвечать предъявляемым требованиям. Главное в прозе Вешнякова — паузы. "
                   "Первое детское воспоминание Вертинского — о смерти матери.", id="main")
    assert _claim(doc, "отвечать предъявляемым").type == "normative"
    assert _claim(doc, "паузы").type == "evaluative"
    assert _claim(doc, "Первое детское").type == "event"


def test_letting_it_be_understood_reports_what_is_understood():
    doc = annotate("Регулятор\n\nДве недели назад первый вице-премьер Игорь Шувалов дал понять, что не против создания "
                   "антимонопольного мегарегулятора. Компания дала клиентам скидку.", id="understood")
    claim = _claim(doc, "дал понять")
    assert (claim.speaker.kind, claim.speaker.text, claim.speaker.cue) == ("source", "Игорь Шувалов", "дал понять")
    assert claim.polarity == "negative"
    assert _claim(doc, "дала клиентам").speaker.kind == "author"


def test_a_persons_age_counts_nothing_and_a_contracts_length_measures():
    doc = annotate("Происшествия\n\nПогиб 54-летний мужчина. 83-летний медиамагнат является подозреваемым по делу. "
                   "Клуб подписал с форвардом двухлетний контракт.", id="age")
    assert _claim(doc, "54-летний").type == "event"
    assert _claim(doc, "медиамагнат").type == "event"
    assert _claim(doc, "двухлетний контракт").type == "quantitative"


def test_transcript_labels_with_a_role_or_a_bare_surname_hold_the_turn():
    doc = annotate("Стенограмма заседания\n\nКомиссия обсудила работу автобусов.\n\n"
                   "Горбунов (председатель комиссии): За два месяца в администрацию поступило 140 жалоб. "
                   "Перевозчик обязан выпускать на линию 46 автобусов.\n\n"
                   "Кузьмин (директор автопарка): Мы не отказываемся от обязательств.\n\n"
                   "Вопрос: Вы обещали новые автобусы. Когда они появятся?\n\n"
                   "Кузьмин: Мы купим десять автобусов.", id="transcript")
    assert _claim(doc, "Комиссия обсудила").speaker.kind == "author"
    for fragment, speaker in (("140 жалоб", "Горбунов"), ("46 автобусов", "Горбунов"),
                              ("не отказываемся", "Кузьмин"), ("купим десять", "Кузьмин")):
        assert _claim(doc, fragment).speaker.text == speaker, fragment
    # the interviewer's turn is the outlet's, the author's
    assert _claim(doc, "Вы обещали").speaker.kind == "author"


def test_the_answers_of_a_dash_interview_are_the_guests():
    doc = annotate("Планктон уходит на север\n\nО том, что происходит в Баренцевом море, мы поговорили с гидробиологом "
                   "Натальей Крестовской.\n\n— Наталья Андреевна, что изменилось за последние годы?\n\n"
                   "— Главное — сдвиг видового состава. Атлантические виды уходят всё дальше на север.\n\n"
                   "— Это катастрофа?\n\n— Я бы не стала называть это катастрофой. Температура воды в феврале была "
                   "на 1,4 градуса выше нормы.\n\nЭкспедиция вернётся в Мурманск в апреле.", id="interview")
    for fragment in ("Атлантические виды", "не стала называть", "1,4 градуса"):
        assert _claim(doc, fragment).speaker.text == "Натальей Крестовской", fragment
    assert _claim(doc, "Экспедиция вернётся").speaker.kind == "author"


def test_what_is_considered_so_is_a_received_opinion_unless_the_author_endorses_it():
    doc = annotate("Биржа\n\nБумаги Facebook считаются весьма привлекательными. Эти заключенные считаются "
                   "отрезанными от внешнего мира. Борзыкин по праву считается родоначальником русской "
                   "неоромантики.", id="considered")
    claim = _claim(doc, "Бумаги Facebook")
    assert (claim.speaker.kind, claim.speaker.text, claim.type) == ("source", "считаются", "evaluative")
    assert _claim(doc, "отрезанными").speaker.text == "считаются"
    assert _claim(doc, "по праву").speaker.kind == "author"


def test_an_indefinite_present_opinion_with_no_place_is_held_by_its_verb():
    doc = annotate("Реформа\n\nРеформу уже называют самой масштабной за последние десять лет. Этот шаг считают "
                   "ошибочным. Поэтому ее и назвали конспиративно — «ассоциация».", id="indefinite-opinion")
    assert _claim(doc, "Реформу").speaker.text == "называют"
    assert _claim(doc, "Этот шаг").speaker.text == "считают"
    assert _claim(doc, "конспиративно").speaker.kind == "author"
    # not the first person, and not counting (the complement must be a quality)
    doc = annotate("Банк\n\nСчитаем такое решение ошибочным. Деньги в банке считают машинами.", id="not-opinion")
    assert _claim(doc, "Считаем").speaker.kind == "author"
    assert _claim(doc, "машинами").speaker.kind == "author"


def test_a_finding_framed_with_kak_credits_its_finder():
    doc = annotate("Суд\n\nКак установило следствие, в 2021 году чиновник получил взятку. Как показало исследование, "
                   "дети спят меньше взрослых. Журналисты выяснили, что компания закрылась.", id="finding")
    assert _claim(doc, "получил взятку").speaker.text == "следствие"
    assert _claim(doc, "дети спят").speaker.text == "исследование"
    assert _claim(doc, "компания закрылась").speaker.kind == "author"


def test_a_report_coordinated_with_the_head_shares_its_subject_and_source():
    doc = annotate("Концерт\n\nБутусов назвал украинцев близкими людьми и сообщил, что будет молиться за страну. "
                   "Азербайджан перекрыл дорогу, и на Западе не исключают, что поставки продолжатся. "
                   "У нас власть боится народа, и думаю, что это делается не просто так.", id="shared")
    claim = _claim(doc, "Бутусов")
    assert "будет молиться" in claim.text and (claim.speaker.text, claim.type) == ("Бутусов", "predictive")
    assert _claim(doc, "на Западе").speaker.text == "Западе"
    assert _claim(doc, "перекрыл дорогу").text == "Азербайджан перекрыл дорогу"
    assert _claim(doc, "власть боится").speaker.kind == "author"


def test_making_something_what_it_was_not_is_causing_it():
    doc = annotate("Города\n\nПустые витрины делают центры городов менее живыми и безопасными. Сажа оседает на лёд и "
                   "делает его темнее. Компания сделала ставку на экспорт. Он делает это хорошо.", id="making")
    assert _claim(doc, "Пустые витрины").type == "causal"
    assert _claim(doc, "Сажа").type == "causal"
    assert "causal" not in _claim(doc, "ставку").types
    assert "causal" not in _claim(doc, "делает это хорошо").types


def test_review_of_round_11_over_broad_readings():
    # an opening phrase with its own comma belongs to the clause it opens, not to the one before
    doc = annotate("Пожар\n\nПожар начался ночью в жилом доме, по словам очевидцев, огонь быстро распространился на "
                   "соседние здания. Выручка упала на 5 %, при этом, по данным компании, прибыль выросла.", id="rv1")
    assert _claim(doc, "Пожар начался").speaker.kind == "author"
    assert _claim(doc, "огонь быстро").speaker.text == "очевидцев"
    assert _claim(doc, "Выручка упала").text == "Выручка упала на 5 %"
    assert _claim(doc, "прибыль выросла").speaker.text == "компании"
    # an indirect question under the title is a heading
    doc = annotate("Итоги недели\n\nКто победит на выборах мэра\n\nГолосование пройдёт в воскресенье.", id="rv2")
    assert ("heading", "Кто победит на выборах мэра") in [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    # a list of names with figures is no transcript
    doc = annotate("Выборы\n\nРезультаты голосования по округу:\n\nИванов: 45 % голосов.\n\nПетров: 30 % голосов."
                   "\n\nЯвка составила 40 %.", id="rv3")
    assert _claim(doc, "Явка").speaker.kind == "author"
    # a dash exchange is an interview only when the lead announces one
    doc = annotate("Допрос\n\nСледователь Игорь Волков допрашивал подозреваемого.\n\n— Где вы были вечером?\n\n"
                   "— Я был дома и смотрел телевизор.\n\n— Кто это подтвердит?\n\n— Моя жена может это подтвердить.",
                   id="rv4")
    assert _claim(doc, "смотрел телевизор").speaker.kind == "author"
    # a denied letting-know reports nothing; a comitative subject is shared
    doc = annotate("Министр\n\nМинистр ни разу не дал понять, что собирается уйти в отставку. Президент с супругой "
                   "посетили выставку, а затем отправились в Большой театр.", id="rv5")
    assert _claim(doc, "не дал понять").speaker.kind == "author"
    assert _claim(doc, "посетили выставку").text.endswith("отправились в Большой театр")
    # reckoning with someone is no opinion; nouns and ordinals before a dash are no `Главное`; literal links
    doc = annotate("Город\n\nВласти города не считаются с мнением жителей. Животное — в ветеринарной клинике. "
                   "Первое — снижение налогов. Новый мост связывает остров с материком. Иванов сделал это первым. "
                   "Поезд затормозил у перрона.", id="rv6")
    assert _claim(doc, "считаются").speaker.kind == "author"
    for fragment in ("Животное", "Первое", "Новый мост", "сделал это первым", "Поезд"):
        assert _claim(doc, fragment).type == "event", fragment
    # what the shared subject does besides reporting types the claim too
    doc = annotate("Инфляция\n\nПетров также назвал меры правительства «запоздалыми» и сообщил, что инфляция "
                   "замедлится.", id="rv7")
    assert {"predictive", "evaluative"} <= set(_claim(doc, "Петров").types)
