"""Hand annotations of claims, dev set part 33: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_154, _347, _618, _349, _193), annotated by hand by reading the texts (not
from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_193 holds its whole lead paragraph on the first line (`В пяти километрах от
  впадения в Неву … произошел «залповый сброс» … Они требуют привлечь к уголовной ответственности …`,
  three sentences); by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev28 rule the
  first line is the title and carries no claim, so its annotation starts on the second paragraph. The
  other four first lines are plain titles. factru-book_618's second line (`Жители Соединённого
  Королевства продолжают агрессивно возмущаться …`) is a lead under the title: body text, annotated
  (test1 / test2).
- Results table (factru-book_154). The paragraph `Предварительные результаты После обработки протоколов
  с 3070 избирательных участков (из 3512). 1. Михаил Саакашвили — 52,1 % (922774 голоса) 2. Леван
  Гацелицадзе — 24,98 % (442478 голосов) …` is a flattened table: a heading (`Предварительные
  результаты`), a caption without a predicate (`После обработки протоколов …`) and seven numbered rows of
  the form `name — percentage (votes)`, where the dash separates the name column from the value column.
  Like dev3's participants table, dev23's referee list and dev28's country lists (bare entries with
  data and no predicate) and dev13's numbered items without a main predicate, it gives no claims. The
  heading `Комментарии` is no claim either. I was unsure here: each row could be read as a zero-copula
  clause (`Саакашвили [получил] 52,1 %`, like dev7 / dev26's verbless lists with numbers), which would
  give seven quantitative claims without event.
- Quotation with an attribution line (factru-book_193). The quotation paragraph (`«В устье реки
  Славянки был проведен рейд … Ни в одной из проб отклонений не было выявлено».`) is followed by a line
  `— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС по Санкт-Петербургу и Ленобласти` with no
  predicate: a signature-like attribution (dev2's letter signature), not a claim and not joined to the
  last quoted sentence (dev21 joined only a frame paragraph with a verb of saying); each of the four
  quoted sentences is a claim with the speaker `Татьяна Скригонюк` (the name where the speaker is
  named). The sentence before it (`Эта группа и Южная водозаборная станция ГУП «Водоканал» утверждают,
  что … они не нашли:`) has a content clause of its own, so it is a claim of its own (not dev7's
  content-less frame), its span ending before the `:`; its two sources take one span from the first
  to the second (dev6), without coref (`Эта группа` is a full noun phrase, not a pronoun). The
  parenthesised relative clause `(которое находится в 4-5 км от коллектора)` is subordinate, so it stays
  inside that claim and its distance makes it quantitative (dev2: amounts in relative clauses).
- Speakers. `Как заявили наблюдатели от Организацию по безопасности и сотрудничеству в Европе` takes the
  head noun phrase with the phrase that says whose observers they are, as written (dev19 / dev22);
  `по мнению делегации ОБСЕ` → `делегации ОБСЕ`; `По мнению независимых наблюдателей` → `независимых
  наблюдателей`; `По сообщению оппозиционных СМИ Беларуси` → `оппозиционных СМИ Беларуси` (dev28).
  `Согласно сообщению … БелТА, судья заявила, что …` takes the inner source `судья` (dev nested rule).
  `Санников выступил с заявлением: он сообщил, что …` takes the proper name in the claim, `Санников`,
  rather than the pronoun `он` (guidelines: the proper name when there is one). `По его словам`, `По
  его мнению`, `Он говорит`, `— добавил он`, `продолжал он` take the pronoun with coref (dev12 / dev16).
  Lolashvili's three quoted sentences take `Лолашвили` from the frame `— прогнозирует Лолашвили` (test2 /
  dev15). Toner's statement (`Марк Тоунер, … выступил … со специальным заявлением: «Соединенные Штаты
  осуждают …`) joins the frame with the first quoted sentence (dev `Клинсман заявил: «…`, dev7), and
  the later quoted sentences take `Марк Тоунер`. `Израиль и США отвергают подобный шаг, заявляя, что P`
  is a source's claim, since the participle carries its own content clause (dev15 `уточнив, что P`,
  dev25 `отметив, что …`). `Отмечается, что …` takes the verb (dev). `…, сообщает «Лента.ру», …` takes
  `Лента.ру` without guillemets (dev); the parenthesis at the end of that sentence `(ранее сообщалось о
  160-ти)` is a whole clause, so it is a claim of its own and the main span stops before `(` (dev8); it
  stands inside the outlet's reported content, so it keeps the outlet as speaker (dev8 parenthesis inside
  the experts' content). `P. Об этом активистам Гринпис сообщили жители поселка Петро-Славянка.` gives
  the content sentence that source (test2 / dev16) and the `Об этом` sentence the author's event.
- Attribution through a participle on a group (factru-book_154 `Давид Мирианашвали принадлежит к
  меньшинству, считающему, что выбор НАТО будет означать … потерю российского рынка`): the belief is
  attributed to the minority of which he is the named member, and the next sentence (`А это, по его
  словам, …`) goes on with his own words, so the claim is read as his reported belief (dev7 `Марк
  Адоманис, считающий …`), not dev19's descriptive `переселенцы …, считающие …`; types join the main
  clause's event with the content's prediction and consequence (`будет означать потерю`: causal).
- Author's claims with nominal or infinitive objects: `Михаил Сааакашвили объявил о переизбрании …`,
  `Несколько избирателей … отметили особую важность выборов …` (dev10 `Сделку высоко оценил`: event
  only), `Мэтью Брайза призвал грузинскую общественность согласится …`, `Саеб Эрекат призвал ООН
  «ответить …»` (calls, test1 / dev8 / dev20; the guillemets cite his words), `Лондонская полиция … сообщает
  об аресте 334 подозреваемых`, `Из Манчестера также поступают сообщения о поджогах машин` (dev6 / dev12
  reports with a nominal object), `Санников … ушел в отставку в знак протеста …`. `Местные власти не
  называют происшествие ни чрезвычайным, ни экологическим` is a negated naming: it reports that a
  characterisation is withheld and attributes no content to the authorities (dev10 `никто из читателей
  не полагал`), so it is the author's event, negative. `лидер оппозиции … назвал итоги выборов
  подтасованными и призвал …` is the leader's reported judgement (dev `назвал … «хорошей»`) with a second
  predicate sharing the subject: evaluative event.
- Legal rules. `В соответствии с грузинской конституцией, если победитель не набрал более половины
  голосов, должен быть проведен второй тур голосования` states what the constitution requires: the
  author's normative claim (dev18 `По закону … должны`, dev27 `согласно распоряжению`), positive (the
  `не` is in the condition), not quantitative (a number inside a condition is not asserted, dev9).
  `необязательный к исполнению референдум` is an attributive status: event only.
- Necessary conditions (dev14 / dev21 / dev26): the Arabs' `мир в регионе невозможен до тех пор, пока
  Израиль не вернет …` and Israel's and the US's `мир может быть достигнут только путем переговоров`
  are normative; the first also predictive (peace as a future state); `невозможен` is a fused `не-`
  (positive, test2) and `может быть достигнут только …` states a condition, not an epistemic hedge:
  high. `мир должен знать, что …` (Netanyahu) is normative, and `ключевое место` in the non-restrictive
  relative clause adds evaluative (dev21).
- Modals and hedges. `Он может состояться 19 января` (the possible date of a run-off) is epistemic:
  predictive, low. `страны Балтии могут служить прецедентом …` states suitability (what the Baltic
  states are able to serve as, dev12 / dev14 ability), not an epistemic possibility: evaluative, high.
  `Санников имел реальные шансы победить …, если бы …`: `шансы` is read as the medium cue of dev3
  (`имеет все шансы`) and dev6 (`есть шансы`): medium; the counterfactual adds no causal (no connective,
  unlike dev19's justifying counterfactual). `предположительно идущий из промзоны` (a listed low cue in a
  participial phrase) makes its claim low (dev4 / dev20). `подозреваемый в связях с бандитскими
  группировками открыл огонь и был застрелен на месте`: the substantivised participle is the subject
  that refers to Duggan, not a hedge of what the claim asserts (dev13 `Малейшие подозрения` as a subject:
  high), unlike dev20's predicated `рефери, которые были заподозрены …`; high. I was unsure here.
  `оценивается в 150 человек` is an estimate without a listed cue: high (dev11 `Сделка оценивается в 55
  млрд`). `примерно`, `около` are medium; `до 200` bounds the number: high (dev22 `до 19%`). `в целом`,
  `безусловно` are no hedges.
- Numbers. `до 200 … молодых людей`, `150 человек`, `225 человек`, `о 160-ти`, `около 100 человек`, `334
  подозреваемых`, `1700 полицейских`, `Шестеро из семи кандидатов`, `3 года`, `3,5 года` (lengths of
  sentences, dev12), `все 44 года` (the duration is the point, dev10), `115 млн долларов`, `4-5 км`, `не
  менее четырех раз в сутки` are quantitative. `пятерых кандидатов — Владимира Некляева, …` is spelled
  out by the names that follow (dev10 / dev15): not quantitative. `нескольких крупных британских
  городах`, `несколько сотен человек`, `примерно нескольких тысяч взрослых рыб`, `очень много мальков`,
  `тысячи своих сторонников` are vague (dev4 `сотен`, dev18 `десятки`). `29-летнего` (attributive age),
  `второй тур`, `третий ночной сброс` (ordinals), `за последние два месяца` (a time frame), `границ
  1967 года`, `67-го года` (dates) are not.
- Causal: `из-за убийства`, `для патрулирования`, `для разгона манифестантов`, `для организации массовых
  беспорядков` (purposes of the actions the clauses assert), `в знак протеста` (dev5), `Ввиду отказа
  Израиля`, `поскольку`, `на продвижение развитие и туризма` (the purpose of the allocation, dev20 `на
  борьбу с`), `причиной беспорядков … стало убийство`, `вызвало критику и нанесло ущерб` (effects by the
  verb, dev6), `будет означать … потерю`, `будет иметь отрицательные последствия`, `политически
  мотивированы` (a stated motive), the intention explaining the step in `Смысл этого шага …: Нетаньяху
  хотел подчеркнуть …` (its realisation is the step itself, already taken, so not predictive), and
  `т.е. нечем питаться будет оставшейся рыбе` (a consequence drawn with `то есть`, split off as a clause
  of its own, dev, with the leading `т.е.` left out). Not causal: `выборов, призванных прояснить
  настроения народа` and `рейд по поиску масляных пятен` (the function of a referent inside a noun
  phrase, dev20 `для мониторинга`, dev24), `после того, как …`, `После этого`, `Вслед за …` (temporal,
  dev3 / dev13), `в память об объединении города` (a dedication, dev24).
- Polarity. `нечем питаться будет оставшейся рыбе`: `нечем` is the negative existential predicate
  ("there is nothing to eat"), read like `нет` and dev7's `нельзя` (a negated modal predicate), not like a
  fused `не-` adjective: negative. `Смысл этого шага ни у кого не вызвал сомнений: …` is negative (`ни у
  кого не` on the main predicate). `… провел в Старом городе, а не в традиционном месте …` and `…
  путем переговоров, а не путем односторонних акций` negate complements (dev9): positive.
  `Остаётся неизвестным даже Росприроднадзору, …` is positive (fused `не-`, dev15 `Пока неизвестно`).
- Types: time and zero copula. `В среду в Израиле отмечают День Иерусалима …`: the Sunday article
  speaks of the coming Wednesday, so the present is read as present for future (dev3): predictive.
  `Илья Васильевич, Федор Мирзоянов и Владимир Яроменак проведут в колонии усиленного режима 3 года, Олег
  Гнедчик — 3,5 года` elaborates `Обвинительные приговоры были вынесены и другим участникам процесса:`,
  so the whole sentence is one claim (elaboration after `:`), predictive quantitative event. `Андрей
  Санников — бывший заместитель министра …` (a factual zero-copula identification) is event; `Это уже
  третий ночной сброс отходов …` (factual, the ordinal is no number) is event. Toner's `Мы считаем
  политическими заключенными пятерых кандидатов …` is a judgement with a predicative complement
  (dev19 / dev22 namings): evaluative without event; `Суровые приговоры … политически мотивированы`
  (short participle, a judgement about the motive) is causal evaluative without event (dev24 copula
  judgements); `Соединенные Штаты осуждают приговор …` is evaluative event.
- Evaluative: `подтасованными`, `серьезных проблем`, `соответствовали международным стандартам` (the observers'
  assessment), `нанесло ущерб демократическому имиджу`, `пешкой в геополитической игре`, `отрицательные
  последствия`, `прецедентом мирного сосуществования`, `осуждают`, `политическими заключенными`,
  `репрессий`, `Суровые`, `неправосудных арестов`, `процветал`, `ключевое место`, `очень большой урон`,
  the accusations of torture and threats in Sannikov's statement (dev6 reported accusations), `реальные
  шансы`. Not evaluative: `агрессивно возмущаться`, `агрессивно настроенных`, `противоправные действия`,
  `бандитскими группировками`, `Мирная акция`, `Ядовитая смесь` (descriptors of the news register,
  dev20), `убийство полицейским` (the usual news wording for a killing), the chanted `«Позор власти!»`
  and the guillemets of `«восстановления справедливости»` (quoted words of others: citation, dev20), the
  judge's legal wording `по предварительному сговору … для организации массовых беспорядков` (dev27
  `злоупотребление …`: a legal term), `Столь же единодушно`, `столь же твердо` (manner), and the voters'
  `особую важность выборов`, which is only the nominal object of the author's report (dev10 `Сделку
  высоко оценил`: event only).
- Spans. Sentence-initial `Однако`, `Вместе с тем,`, `Между тем,`, `Так,`, `Напомним, что`, `Сейчас,` are
  kept; `однако` joining clauses with their own subjects splits and is left out (dev13); a leading `А`,
  `Но` and `т.е.` are left out. `в сентябре с.г.` keeps the abbreviation's dot, which also ends the
  sentence (dev11 / dev15 `и т.д.`). `…Лукашенко .` (a space before the full stop) ends at the last word.
"""

DOCS = {
    "factru-book_154": (None, [
        ("Как заявили наблюдатели от Организацию по безопасности и сотрудничеству в Европе, прошедшие в Грузии "
         "президентские выборы, в целом, соответствовали международным стандартам",
         "evaluative event", "наблюдатели от Организацию по безопасности и сотрудничеству в Европе", "+", "high"),
        ("Вместе с тем, по мнению делегации ОБСЕ, предвыборная кампания выявила ряд серьезных проблем, среди "
         "которых — отсутствие доверия к друг другу среди участников политического процесса",
         "evaluative event", "делегации ОБСЕ", "+", "high"),
        ("Президент Грузии Михаил Сааакашвили объявил о переизбрании на пост главы государства",
         "event", None, "+", "high"),
        ("лидер оппозиции Леван Гачечиладзе назвал итоги выборов подтасованными и призвал тысячи своих "
         "сторонников собраться на митинг в Тбилиси",
         "evaluative event", "Леван Гачечиладзе", "+", "high"),
        ("В соответствии с грузинской конституцией, если победитель не набрал более половины голосов, должен "
         "быть проведен второй тур голосования",
         "normative", None, "+", "high"),
        ("Он может состояться 19 января",
         "predictive", None, "+", "low"),
        ("Несколько избирателей с беседе с корреспондентом «Голоса Америки» отметили особую важность выборов, "
         "призванных прояснить настроения народа после волны демонстраций протеста в ноябре",
         "event", None, "+", "high"),
        ("Власти тогда применили силу для разгона манифестантов",
         "causal event", None, "+", "high"),
        ("президент Саакашвили объявил чрезвычайное положение",
         "event", None, "+", "high"),
        ("Это решение вызвало критику и нанесло ущерб демократическому имиджу Грузии",
         "causal evaluative event", None, "+", "high"),
        ("В интервью «Голосу Америки» наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил: «Мы "
         "подытожим информацию и вынесем заключение на основе выводов участников долгосрочного и "
         "краткосрочного мониторинга»",
         "predictive", "Хуан Суареш", "+", "high"),
        ("Глава представительства США в регионе помощник заместителя госсекретаря Мэтью Брайза призвал "
         "грузинскую общественность согласится с заключением западных наблюдателей",
         "event", None, "+", "high"),
        ("Одновременно с избранием президента в стране проходил необязательный к исполнению референдум о "
         "членстве страны в НАТО",
         "event", None, "+", "high"),
        ("Шестеро из семи кандидатов поддержали вступление Грузии в Атлантический альянс",
         "quantitative event", None, "+", "high"),
        ("Столь же единодушно высказывается и население страны",
         "event", None, "+", "high"),
        ("Однако работник экспедиторской фирмы Давид Мирианашвали принадлежит к меньшинству, считающему, что "
         "выбор НАТО будет означать для Грузии потерю российского рынка",
         "predictive causal event", "Давид Мирианашвали", "+", "high"),
        ("это, по его словам, будет иметь отрицательные последствия для страны",
         "predictive causal evaluative", ("его", None, "Давид Мирианашвали"), "+", "high"),
        ("Тбилисский врач Акакий Нишнианидзе считает, что Грузия стала пешкой в геополитической игре, которую "
         "субботний референдум не решит",
         "evaluative event", "Акакий Нишнианидзе", "+", "high"),
        ("Он говорит, что вопрос политической ориентации Грузии будет решаться в Америке и России",
         "predictive", ("Он", None, "Акакий Нишнианидзе"), "+", "high"),
        ("Архитектор Ираклий Лолашвили голосовал за вступление в НАТО",
         "event", None, "+", "high"),
        ("По его мнению страны Балтии могут служить прецедентом мирного сосуществования между Москвой и "
         "бывшими советскими республиками в составе НАТО",
         "evaluative", ("его", None, "Ираклий Лолашвили"), "+", "high"),
        ("«Грузия и Россия должны развивать отношения на новой основе равенства",
         "normative", ("Лолашвили", "— прогнозирует "), "+", "high"),
        ("Русские до сих пор считают нас частью России",
         "event", ("Лолашвили", "— прогнозирует "), "+", "high"),
        ("это со временем уйдет», — прогнозирует Лолашвили",
         "predictive", ("Лолашвили", "— прогнозирует "), "+", "high"),
    ]),
    "factru-book_347": (None, [
        ("Согласно сообщению государственного информационного агентства БелТА, судья заявила, что «с ноября "
         "по декабрь 2010 года Андрей Санников по предварительному сговору с группой лиц предпринял действия "
         "для организации массовых беспорядков, а также руководил ими»",
         "causal event", "судья", "+", "high"),
        ("Обвинительные приговоры были вынесены и другим участникам процесса: Илья Васильевич, Федор Мирзоянов "
         "и Владимир Яроменак проведут в колонии усиленного режима 3 года, Олег Гнедчик — 3,5 года",
         "predictive quantitative event", None, "+", "high"),
        ("По сообщению оппозиционных СМИ Беларуси, после оглашения приговора присутствующие в зале начали "
         "скандировать: «Свободу!», «Позор власти!»",
         "event", "оппозиционных СМИ Беларуси", "+", "high"),
        ("В ходе процесса Санников выступил с заявлением: он сообщил, что в изоляторе КГБ его пытали и унижали "
         "его человеческое достоинство",
         "evaluative event", "Санников", "+", "high"),
        ("По его словам, во время допросов, лично председатель КГБ угрожал жизни и здоровью его жены и сына",
         "evaluative event", ("его", None, "Санников"), "+", "high"),
        ("Андрей Санников — бывший заместитель министра иностранных дел Беларуси",
         "event", None, "+", "high"),
        ("В 1996 году он ушел в отставку в знак протеста против действий президента Александра Лукашенко",
         "causal event", None, "+", "high"),
        ("По мнению независимых наблюдателей, Санников имел реальные шансы победить на президентских выборах "
         "в декабре 2010 года, если бы власти Беларуси обеспечили честный подсчет голосов",
         "evaluative event", "независимых наблюдателей", "+", "medium"),
        ("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил "
         "сегодня со специальным заявлением: «Соединенные Штаты осуждают приговор, вынесенный 14 мая кандидату "
         "в президенты Андрею Санникову и другим демократическим активистам в Беларуси",
         "evaluative event", "Марк Тоунер", "+", "high"),
        ("Мы считаем политическими заключенными пятерых кандидатов — Владимира Некляева, Андрея Санникова, "
         "Виталия Рымашевского, Николая Статкевича и Дмитрия Уса, — а также других активистов, судимых после "
         "арестов, которые стали частью репрессий, связанных с выборами 19 декабря",
         "evaluative", "Марк Тоунер", "+", "high"),
        ("Суровые приговоры, вынесенные 14 мая, а также продолжающиеся судебные процессы, безусловно, "
         "политически мотивированы",
         "causal evaluative", "Марк Тоунер", "+", "high"),
        ("Беларусь должна незамедлительно и без каких-либо условий выпустить всех политических заключенных и "
         "остановить продолжающиеся нарушения прав человека, от которых страдают критики режима, остающиеся "
         "под угрозой преследований и неправосудных арестов",
         "normative evaluative", "Марк Тоунер", "+", "high"),
        ("Результаты идущих в Беларуси судебных слушаний будут приняты во внимание Соединёнными штатами, "
         "которые продолжают рассмотрение своих отношений с Беларусью, а также дальнейших мер»",
         "predictive", "Марк Тоунер", "+", "high"),
    ]),
    "factru-book_618": (None, [
        ("Жители Соединённого Королевства продолжают агрессивно возмущаться из-за убийства полицейским "
         "темнокожего",
         "causal event", None, "+", "high"),
        ("Вслед за Лондоном и Бирмингемом беспорядки вспыхнули ещё в нескольких крупных британских городах: "
         "Ливерпуле, Манчестере и Бристоле",
         "event", None, "+", "high"),
        ("Так, на улицы Ливерпуля вышло до 200 агрессивно настроенных молодых людей в масках",
         "quantitative event", None, "+", "high"),
        ("Они совершают различные противоправные действия, в частности, поджигают машины",
         "event", None, "+", "high"),
        ("Количество участников беспорядков в Бристоле оценивается в 150 человек",
         "quantitative event", None, "+", "high"),
        ("Из Манчестера также поступают сообщения о поджогах машин",
         "event", None, "+", "high"),
        ("Между тем, сообщает «Лента.ру», число арестованных участников беспорядков в Лондоне достигло 225 "
         "человек",
         "quantitative event", "Лента.ру", "+", "high"),
        ("ранее сообщалось о 160-ти",
         "quantitative event", "Лента.ру", "+", "high"),
        ("Ещё около 100 человек арестованы в Бирмингеме",
         "quantitative event", None, "+", "medium"),
        ("Лондонская полиция в своем твиттере сообщает об аресте 334 подозреваемых",
         "quantitative event", None, "+", "high"),
        ("В ночь на 9 августа на улицы Лондона вывели для патрулирования дополнительно 1700 полицейских",
         "quantitative causal event", None, "+", "high"),
        ("Отмечается, что в столицу стянули силы из других регионов страны",
         "event", "Отмечается", "+", "high"),
        ("Напомним, что причиной беспорядков в лондонском районе Тоттенхэм стало убийство полицейским "
         "29-летнего темнокожего британца Марка Дуггана, которое произошло 4 августа",
         "causal event", None, "+", "high"),
        ("Стражи порядка попытались провести досмотр автомобиля, где находился Дугган",
         "event", None, "+", "high"),
        ("подозреваемый в связях с бандитскими группировками открыл огонь и был застрелен на месте",
         "event", None, "+", "high"),
        ("После этого несколько сотен человек пришли к полицейскому участку на главной улице в Тоттенхэме с "
         "требованиями «восстановления справедливости»",
         "event", None, "+", "high"),
        ("Мирная акция быстро переросла в массовые волнения",
         "event", None, "+", "high"),
    ]),
    "factru-book_349": (None, [
        ("Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в "
         "Старом городе, а не в традиционном месте в Западном Иерусалиме",
         "event", None, "+", "high"),
        ("Смысл этого шага ни у кого не вызвал сомнений: Нетаньяху хотел подчеркнуть, что Израиль считает "
         "Иерусалим неделимым",
         "causal event", None, "-", "high"),
        ("Как отметил премьер в речи перед министрами, мир должен знать, что народ Израиля не отступится от "
         "своего наследия, в котором Иерусалиму принадлежит ключевое место",
         "normative evaluative", "премьер", "+", "high"),
        ("«Наша позиция по единству Иерусалима остается прежней, и мы по-прежнему протягиваем руку нашим "
         "арабским соседям», — добавил он",
         "event", ("он", "— добавил ", "Биньямин Нетаньяху"), "+", "high"),
        ("Однако арабы столь же твердо заявляют, что мир в регионе невозможен до тех пор, пока Израиль не "
         "вернет Восточный Иерусалим со Старым городом, захваченным у Иордании во время Шестидневной войны "
         "1967 года",
         "normative predictive", "арабы", "+", "high"),
        ("Ввиду отказа Израиля пойти на это, в субботу Арабская лига вынесла решение просить ООН признать "
         "палестинскую государственность в сентябре с.г.",
         "predictive causal event", None, "+", "high"),
        ("Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем "
         "переговоров, а не путем односторонних акций",
         "normative event", "Израиль и США", "+", "high"),
        ("Палестинцы отказываются от возобновления переговоров, поскольку Израиль отказывается заморозить "
         "расширение поселений и признать Палестинское государство на основе границ 1967 года",
         "causal event", None, "+", "high"),
        ("Глава палестинской делегации на переговорах Саеб Эрекат призвал ООН «ответить на односторонние "
         "действия Израиля признанием Палестинского государства в границах 67-го года со столицей в Восточном "
         "Иерусалиме»",
         "event", None, "+", "high"),
        ("На заседании кабинета Нетаньяху заявил, что Иерусалим процветал все 44 года пребывания под "
         "израильским управлением",
         "quantitative evaluative event", "Нетаньяху", "+", "high"),
        ("Сейчас, продолжал он, правительство ассигновало 115 млн долларов на продвижение развитие и туризма "
         "в городе",
         "quantitative causal event", ("он", "продолжал ", "Нетаньяху"), "+", "high"),
        ("В среду в Израиле отмечают День Иерусалима в память об объединении города во время войны 1967 года",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_193": (None, [
        ("Рабочая группа, включающая ГУ МЧС России по Санкт-Петербургу, была создана после того, как экологи "
         "сообщили о сбросе токсичных отходов в Славянку и массовой гибели рыбы",
         "event", None, "+", "high"),
        ("Эта группа и Южная водозаборная станция ГУП «Водоканал» утверждают, что 5 июня ни токсичных веществ, "
         "ни мёртвой рыбы в устье Невы (которое находится в 4-5 км от коллектора) они не нашли",
         "quantitative event", "Эта группа и Южная водозаборная станция ГУП «Водоканал»", "-", "high"),
        ("«В устье реки Славянки был проведен рейд по поиску масляных пятен на воде",
         "event", "Татьяна Скригонюк", "+", "high"),
        ("Таковых не обнаружилось, как не было визуально зафиксировано и мертвой рыбы",
         "event", "Татьяна Скригонюк", "-", "high"),
        ("Ниже устья реки Славянки находится южная водозаборная станция „Водоканала“, на которой производятся "
         "пробы воды не менее четырех раз в сутки",
         "quantitative event", "Татьяна Скригонюк", "+", "high"),
        ("Ни в одной из проб отклонений не было выявлено»",
         "event", "Татьяна Скригонюк", "-", "high"),
        ("Представители Гринпис, сотрудники Росприроднадзора и Рыбохраны накануне (4 июня) целый день "
         "проводили рейд по Славянке вместе со съёмочной группой",
         "event", None, "+", "high"),
        ("Экологи взяли анализы, которые показали, что загрязнение уже зафиксировано в водах Невы",
         "event", None, "+", "high"),
        ("Речная экосистема понесла очень большой урон",
         "evaluative event", None, "+", "high"),
        ("Погибло примерно нескольких тысяч взрослых рыб, очень много мальков, икры",
         "event", None, "+", "medium"),
        ("погибла вся кормовая база",
         "event", None, "+", "high"),
        ("нечем питаться будет оставшейся рыбе",
         "predictive causal", None, "-", "high"),
        ("Местные власти не называют происшествие ни чрезвычайным, ни экологическим",
         "event", None, "-", "high"),
        ("В ночь с 20 на 21 июля в приток Невы реку Славянку опять были слиты отходы лакокрасочного "
         "производства",
         "event", "жители поселка Петро-Славянка", "+", "high"),
        ("Об этом активистам Гринпис сообщили жители поселка Петро-Славянка",
         "event", None, "+", "high"),
        ("Это уже третий ночной сброс отходов в реку за последние два месяца",
         "event", None, "+", "high"),
        ("Остаётся неизвестным даже Росприроднадзору, какому предприятию принадлежит коллектор, через который "
         "были осуществлены сбросы ядовитых веществ в реку Славянку",
         "event", None, "+", "high"),
        ("Все сбросы осуществлялись через один и тот же коллектор, предположительно идущий из промзоны "
         "«Рыбацкое»",
         "event", None, "+", "low"),
        ("Инициировано административное расследование",
         "event", None, "+", "high"),
        ("Ядовитая смесь находится на экспертизе",
         "event", None, "+", "high"),
    ]),
}
