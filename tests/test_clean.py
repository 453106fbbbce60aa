from pipeline.clean import denormalize, normalize_text
from pipeline.nlp import build_nlp


def test_normalization_is_recorded_and_reversible():
    raw = "Москва\r\nвкладывает\u00a0свыше мил\u00adлиарда\u200b долларов.\r\n"
    text, edits = normalize_text(raw)
    assert text == "Москва\nвкладывает свыше миллиарда долларов.\n"
    assert denormalize(text, edits) == raw
    assert [e.original for e in edits] == ["\r\n", "\u00a0", "\u00ad", "\u200b", "\r\n"]


def test_stress_marks_are_removed_after_cyrillic_letters():
    text, _ = normalize_text("Ба́ку и Москва́")
    assert text == "Баку и Москва"


def test_seed_furniture_and_title(seed_text):
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp(seed_text)
    kinds = {doc.text[f.start:f.end][:30]: f.kind for f in doc._.furniture}
    assert kinds["Найти в Дзене"] == "navigation"
    assert kinds["Сила и мощь России"] == "channel"
    assert kinds["Оглавление"] == "toc"
    teaser = [f for f in doc._.furniture if f.kind == "teaser"]
    assert len(teaser) == 1 and doc.text[teaser[0].start:].startswith("Чему учит слабая")
    start, end = doc._.title_span
    assert doc.text[start:end] == "Крах Российской миротворческой миссии в Карабахе и потеря Армении с Азербайджаном"
    # the body paragraph the teaser repeats is not furniture
    body = doc.text.index("Недавний провал", teaser[0].end)
    assert not any(f.start <= body < f.end for f in doc._.furniture)


def test_plain_news_article_has_no_furniture_and_a_title():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Россия и Турция подписали соглашение\n\nСоглашение о визах подписано в среду.\n")
    assert doc._.furniture == []
    assert doc.text[slice(*doc._.title_span)] == "Россия и Турция подписали соглашение"


def test_calls_to_subscribe_and_credit_lines_are_furniture():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Завод закрыт\n\nЗавод закрыли в мае.\n\nПодписывайтесь на наш канал в Telegram, чтобы не пропустить "
              "главное.\n\nФото: Reuters\n\nМатериал подготовлен при поддержке Фонда президентских грантов.\n\n"
              "Фото на выставке вызвали споры.\n")
    furniture = [doc.text[f.start:f.end] for f in doc._.furniture]
    assert furniture == ["Подписывайтесь на наш канал в Telegram, чтобы не пропустить главное.", "Фото: Reuters",
                         "Материал подготовлен при поддержке Фонда президентских грантов."]


def test_credit_lines_take_only_a_short_remainder():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Интервью\n\nИсточник: Мы узнали о ней за неделю до начала. Документы уже были уничтожены.\n\n"
              "Источник: ТАСС\n")
    assert [doc.text[f.start:f.end] for f in doc._.furniture] == ["Источник: ТАСС"]


def test_publication_stamps_and_rights_notices_are_furniture():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Завод закрыт\n\nОпубликовано 12 марта 2024 года в 15:40\n\nЗавод закрыли в мае.\n\n"
              "Все права защищены. Перепечатка материалов запрещена.\n\n"
              "Опубликованные данные показали рост цен на 5 процентов за год.\n")
    assert [doc.text[f.start:f.end] for f in doc._.furniture] == [
        "Опубликовано 12 марта 2024 года в 15:40", "Все права защищены. Перепечатка материалов запрещена."]


def test_news_lines_that_open_like_stamps_are_not_furniture():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Письмо\n\nОпубликовано письмо 50 учёных к президенту. Они требуют отставки министра.\n\n"
              "Обновлено расписание электричек на майские праздники.\n\nОпубликовано 12 марта 2024 года в 15:40\n")
    assert [doc.text[f.start:f.end] for f in doc._.furniture] == ["Опубликовано 12 марта 2024 года в 15:40"]


def test_related_links_after_their_header_are_navigation():
    nlp = build_nlp(["razmetka_clean"])
    doc = nlp("Ставка\n\nЦБ сохранил ключевую ставку на уровне 16%.\n\nТакже по теме:\nЦБ повысил ставку до 16%\n"
              "Рубль укрепился к доллару\n\nАналитики ждут снижения ставки весной.\n")
    furniture = [(f.kind, doc.text[f.start:f.end]) for f in doc._.furniture]
    assert furniture == [("navigation", "Также по теме:"), ("navigation", "ЦБ повысил ставку до 16%"),
                         ("navigation", "Рубль укрепился к доллару")]
