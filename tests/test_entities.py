"""Issue 4 on the brief's article and on small real sentences."""

from conftest import entity_of

from pipeline.amounts import find_amounts
from pipeline.entities import iso_code, repair


def test_title_furniture_and_headings_hold_no_false_names(seed_doc):
    texts = {m.text for m in seed_doc.mentions}
    assert not any(t.startswith("Российской миротворческой") for t in texts)  # title phrase, not an ORG
    assert not any("Оглавление" in t for t in texts)
    assert "Провал" not in texts  # heading word
    title = next(b for b in seed_doc.blocks if b.kind == "title")
    in_title = {m.text: m.type for m in seed_doc.mentions if title.start <= m.start < title.end}
    assert in_title.get("Армении") == "LOC" and in_title.get("Азербайджаном") == "LOC"


def test_demonyms_are_norp_linked_to_their_country(seed_doc):
    for word in ("Азербайджанцами", "Азербайджанцев"):
        mention = next(m for m in seed_doc.mentions if m.text == word)
        assert mention.type == "NORP"
    russia = entity_of(seed_doc, "России")
    peacekeepers = next(m for m in seed_doc.mentions if m.text == "российские")
    norp = next(e for e in seed_doc.entities if e.id == peacekeepers.entity_id)
    assert norp.type == "NORP" and norp.links == [russia.id] and norp.iso_code == "RU"
    assert not any(m.type in ("PER", "LOC") and m.text.lower().startswith(("азербайджанц", "российск"))
                   for m in seed_doc.mentions)


def test_russia_rf_and_cases_are_one_entity_with_iso_code(seed_doc):
    russia = entity_of(seed_doc, "Россия")
    assert russia is entity_of(seed_doc, "РФ") or russia.id == entity_of(seed_doc, "РФ").id
    assert russia.id == entity_of(seed_doc, "России").id
    assert russia.iso_code == "RU" and russia.name == "Россия"
    assert entity_of(seed_doc, "Азербайджана").iso_code == "AZ"


def test_person_name_parts(seed_doc):
    person = entity_of(seed_doc, "Хикмет Гаджиев")
    assert person.name_parts.first == "Хикмет" and person.name_parts.last == "Гаджиев"


def test_money_is_normalized(seed_doc):
    money = entity_of(seed_doc, "свыше миллиарда долларов")
    assert money.type == "MONEY" and money.amount == 1e9 and money.unit == "USD" and money.mod == "MORE_THAN"
    people = entity_of(seed_doc, "более 7 000 человек")
    assert people.type == "QUANTITY" and people.amount == 7000 and people.unit == "person"


def test_every_mention_says_what_produced_it(seed_doc):
    sources = {m.source for m in seed_doc.mentions}
    assert "model:slovnet_ner_news_v1" in sources and "rule:demonym" in sources
    assert all(s.startswith(("model:", "rule:")) for s in sources)


def test_span_repair_on_real_patterns():
    text = "ОАО «Газпром» и Комитет защиты журналистов (КЗЖ) подписали"
    assert [text[s:e] for s, e, _, _ in repair(text, 0, 13, "ORG")] == ["Газпром"]
    start = text.index("Комитет")
    parts = repair(text, start, text.index(")") + 1, "ORG")
    assert [text[s:e] for s, e, _, _ in parts] == ["Комитет защиты журналистов", "КЗЖ"]
    quoted = "компания «Лукойл» сообщила"
    assert [quoted[s:e] for s, e, _, _ in repair(quoted, 9, 17, "ORG")] == ["Лукойл"]


def test_grouping_aliases_acronyms_and_surnames():
    from pipeline import annotate

    doc = annotate("Соединённые Штаты и США — одно и то же. Организация Объединённых Наций (ООН) заседала. "
                   "Министр Сергей Лавров прибыл в Нью-Йорк. Лавров заявил, что ООН поддержит план.")
    usa = entity_of(doc, "США")
    assert usa.iso_code == "US"
    un = entity_of(doc, "ООН")
    assert {m.text for m in doc.mentions if m.entity_id == un.id} >= {"ООН", "Организация Объединённых Наций"}
    assert entity_of(doc, "Лавров").id == entity_of(doc, "Сергей Лавров").id


def test_iso_codes_come_from_pycountry_russian_names():
    assert iso_code("Германия") == "DE" and iso_code("Белоруссия") == "BY" and iso_code("КНР") == "CN"
    assert iso_code("Карабах") is None


def test_amounts_on_news_sentences():
    found = {(a.type, a.amount, a.unit) for a in find_amounts(
        "Россия предложила Украине 10-процентную скидку и кредит на 2 миллиарда долларов; "
        "судно уложит 1600 км кабеля, акции подешевели на 5,5%.")}
    assert found == {("PERCENT", 10, "%"), ("MONEY", 2e9, "USD"), ("QUANTITY", 1600, "km"), ("PERCENT", 5.5, "%")}
