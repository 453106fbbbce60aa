"""The corpus report over real pipeline outputs: corpus-level name merging and claims by speaker."""

import pytest

from pipeline.batch import run
from pipeline.report import collect, markdown

ARTICLES = {
    "full": ("Визит в Пекин\n\nПрезидент России Владимир Путин прибыл в Пекин 3 сентября 2025 года. "
             "По словам Владимира Путина, товарооборот двух стран вырос на 20 процентов.\n"),
    "bare": ("Переговоры в Москве\n\nПутин встретился с премьер-министром Индии в Москве. "
             "Как заявил Путин, Россия увеличит поставки нефти в Индию.\n"),
    "other": ("Отставка в Минске\n\nАлександр Лукашенко отправил в отставку правительство Белоруссии. "
              "Лукашенко назвал работу министров неудовлетворительной.\n"),
    "pronoun": ("Цены\n\nЭкономисты обсуждали инфляцию на конференции в Москве.\n\n"
                "«Я уверен, что цены вырастут в следующем году».\n"),
}


@pytest.fixture(scope="module")
def stats(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    (tmp / "in").mkdir()
    for name, text in ARTICLES.items():
        (tmp / "in" / f"{name}.txt").write_text(text, "utf-8")
    run([str(tmp / "in")], tmp / "out", progress=False)
    return collect(tmp / "out")


def test_a_bare_surname_counts_as_the_one_full_name_in_the_corpus(stats):
    people = stats.top_entities["PER"]
    assert "Путин" not in people
    # two mentions in `full`, two in `bare`
    assert people["Владимир Путин"] == 4
    assert stats.entity_docs[("PER", "Владимир Путин")] == {"full", "bare"}
    # a surname with no full name elsewhere stays as it is, merged within its own article
    assert people["Александр Лукашенко"] == 2


def test_claims_are_grouped_by_speaker_and_type_most_check_worthy_first(stats):
    grouped = dict(stats.speakers_with_claims())
    assert "Владимир Путин" in grouped and "Путин" not in grouped
    for _speaker, groups in grouped.items():
        for _kind, claims in groups:
            scores = [c.score for c in claims]
            assert scores == sorted(scores, reverse=True)
    kinds = {kind for kind, _ in grouped["Владимир Путин"]}
    assert {"quantitative", "predictive"} <= kinds
    assert stats.top_claims == sorted(stats.top_claims, reverse=True)
    md = markdown(stats)
    assert "## Claims by speaker and type" in md and "### Владимир Путин" in md


def test_the_same_outputs_give_the_same_report_byte_for_byte(stats):
    from pipeline.report import html

    first = html(stats)
    assert "<svg" in first and "<dc:date>" not in first
    assert html(stats) == first


def test_an_unresolved_pronoun_is_an_unnamed_source_not_a_speaker_called_ya(stats):
    assert "Я" not in stats.claims_by_speaker
    assert stats.claims_by_speaker["unnamed source (pronoun)"] == 1
