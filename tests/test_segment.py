from pipeline.nlp import build_nlp


def test_tokens_keep_exact_offsets_through_odd_whitespace():
    nlp = build_nlp(["razmetka_clean", "razmetka_segment"])
    raw = "Заголовок статьи\r\n\r\n  Первое  предложение.\tВторое — «в кавычках»!\n\n\nТретье?"
    doc = nlp(raw)
    assert doc.text == raw.replace("\r\n", "\n").replace("\t", " ")
    for token in doc:
        assert doc.text[token.idx:token.idx + len(token.text)] == token.text
    words = [t.text for t in doc if not t.is_space]
    assert words[:6] == ["Заголовок", "статьи", "Первое", "предложение", ".", "Второе"]
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Заголовок статьи", "Первое  предложение.", "Второе — «в кавычках»!", "Третье?"]


def test_headings_and_paragraph_blocks(seed_text):
    nlp = build_nlp(["razmetka_clean", "razmetka_segment"])
    doc = nlp(seed_text)
    headings = [doc.text[b.start:b.end] for b in doc._.blocks if b.kind == "heading"]
    assert "Последние дни Нагорного Карабаха" in headings
    assert "Блокада и финал" in headings
    paragraphs = [doc.text[b.start:b.end] for b in doc._.blocks if b.kind == "paragraph"]
    assert any(p.startswith("Осенью 2022 года Азербайджан перекрыл") for p in paragraphs)
    assert not any(p in headings for p in paragraphs)


def test_two_sentences_without_a_final_stop_are_a_paragraph_not_a_heading():
    from pipeline import annotate

    doc = annotate("Закон\n\nПрезидент подписал закон. Он вступит в силу 1 сентября\n\nДепутаты одобрили поправки.\n\n"
                   "Новые правила\n\nПравила вступят в силу в мае.", id="headings")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert ("paragraph", "Президент подписал закон. Он вступит в силу 1 сентября") in kinds
    assert ("heading", "Новые правила") in kinds


def test_a_numbered_heading_stays_a_heading():
    from pipeline import annotate

    doc = annotate("Книга\n\nГлава 3. Россия выходит из кризиса\n\nЭкономика растёт второй год подряд.", id="numbered")
    assert ("heading", "Глава 3. Россия выходит из кризиса") in [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_sentence_under_the_title_is_the_lead_not_a_heading():
    from pipeline import annotate

    doc = annotate("Самая дорогая сделка в IT-индустрии\n\nDell покупает EMC за $67 млрд\n\n"
                   "Производитель персональных компьютеров Dell объявил о достижении принципиальной договоренности."
                   "\n\nЛёд тронулся\n\nПокупка обойдется Dell в $67 млрд.", id="lead")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert ("paragraph", "Dell покупает EMC за $67 млрд") in kinds
    assert ("heading", "Лёд тронулся") in kinds
    assert [c.text for c in doc.claims][0] == "Dell покупает EMC за $67 млрд"
    # a name of a section under the title stays a heading
    doc = annotate("Олег Давыдов\n\nЛёд тронулся\n\nСегодня Вербное воскресенье.", id="lead2")
    assert ("heading", "Лёд тронулся") in [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_framed_quotation_is_a_paragraph_and_a_name_with_a_colon_a_heading():
    from pipeline import annotate

    doc = annotate("Японский идеалист\n\nЕго спросили, бросил ли он пить.\n\n"
                   "Мураками, смеясь, ответил: «Да не бросал я! Выпиваю, как все нормальные люди»\n\n"
                   "Лавров: «США должны уйти»\n\nЭто был ответ.", id="speech")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert ("paragraph", "Мураками, смеясь, ответил: «Да не бросал я! Выпиваю, как все нормальные люди»") in kinds
    assert ("heading", "Лавров: «США должны уйти»") in kinds
    quoted = [c for c in doc.claims if "не бросал" in c.text]
    assert quoted and quoted[0].speaker.text == "Мураками"
