"""Issue 3's acceptance checks on the brief's article, through the whole pipeline."""

from conftest import entity_of


def test_hikmet_gadzhiev_is_a_person(seed_doc):
    entity = entity_of(seed_doc, "Хикмет Гаджиев")
    assert entity is not None and entity.type == "PER"
    assert entity.name == "Хикмет Гаджиев"


def test_azerbaijan_is_one_loc_entity_with_its_case_forms(seed_doc):
    entity = entity_of(seed_doc, "Азербайджана")
    assert entity.type == "LOC" and entity.name == "Азербайджан"
    forms = {m.text for m in seed_doc.mentions if m.entity_id == entity.id}
    assert {"Азербайджан", "Азербайджана", "Азербайджаном"} <= forms
    others = [e for e in seed_doc.entities if e.name == "Азербайджан" and e.type == "LOC"]
    assert len(others) == 1


def test_un_and_osce_are_organizations(seed_doc):
    assert entity_of(seed_doc, "ООН").type == "ORG"
    assert entity_of(seed_doc, "ОБСЕ").type == "ORG"


def test_no_entity_in_furniture(seed_doc):
    furniture = [b for b in seed_doc.blocks if b.kind == "furniture"]
    assert {b.furniture for b in furniture} >= {"navigation", "channel", "teaser", "toc"}
    for mention in seed_doc.mentions:
        assert not any(b.start < mention.end and mention.start < b.end for b in furniture), mention
    assert not any("Оглавление" in m.text or "Дзен" in m.text for m in seed_doc.mentions)


def _date(doc, text):
    return next(d for d in doc.dates if d.text == text)


def test_dates_are_normalized(seed_doc):
    assert _date(seed_doc, "24.02.22").value == "2022-02-24"
    assert _date(seed_doc, "июнь 2025 года").value == "2025-06"
    assert _date(seed_doc, "Сентябрь 2023 года").value == "2023-09"
    assert _date(seed_doc, "2008 году").value == "2008"


def _claim_containing(doc, fragment):
    return next(c for c in doc.claims if fragment in c.text)


def test_raids_sentence_is_a_factual_claim(seed_doc):
    claim = _claim_containing(seed_doc, "были убиты два гражданина Азербайджана")
    assert claim.speaker.kind == "author"
    assert {"event", "quantitative"} & set(claim.types)
    assert claim.type in ("quantitative", "event")
    azerbaijan = entity_of(seed_doc, "Азербайджана")
    assert azerbaijan.id in claim.entity_ids


def test_gadzhiev_quote_is_attributed_to_him(seed_doc):
    claim = _claim_containing(seed_doc, "«недоразумение»")
    person = entity_of(seed_doc, "Хикмет Гаджиев")
    assert claim.speaker.kind == "source"
    assert claim.speaker.entity_id == person.id
    assert claim.speaker.text == "Хикмет Гаджиев"


def test_headings_and_title_hold_no_claims(seed_doc):
    blocks = {b.id: b for b in seed_doc.blocks}
    sentences = {s.id: s for s in seed_doc.sentences}
    for claim in seed_doc.claims:
        assert blocks[sentences[claim.sentence_id].block_id].kind == "paragraph"
