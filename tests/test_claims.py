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
