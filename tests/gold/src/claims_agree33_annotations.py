"""Hand annotations of claims: an independent second annotation of dev part 33's articles, for agreement.

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_154, _347, _618, _349, _193; factRuEval-2016 texts, MIT), annotated a
second time, independently of the first annotation, to measure inter-annotator agreement. They were
annotated by hand by reading the texts (not from the pipeline's output, and without looking at the
other annotation of these articles), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_154 (`Михаил Саакашвили уверенно лидирует …`), factru-book_347 (`Судом
  Партизанского района … был приговорен к 5 годам …`) and factru-book_618 (`Лондонские беспорядки
  перекинулись …`) have a full sentence on the first line, and factru-book_193 holds its whole lead
  paragraph there; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev22 rule the first line is the
  title and carries no claim. factru-book_349's first line is a plain title. factru-book_618's second
  line (`Жители Соединённого Королевства продолжают …`) is a lead under the title: body text.
- factru-book_154's results box (`Предварительные результаты После обработки протоколов с 3070
  избирательных участков (из 3512). 1. Михаил Саакашвили — 52,1 % (922774 голоса) 2. …`). The heading
  `Предварительные результаты` and the verbless `После обработки протоколов … (из 3512).` are no
  claims (heading, fragment), nor is the later heading `Комментарии`. The numbered items are not bare
  name entries (dev3 / dev23 tables) but zero-copula predications, `X — 52,1 %` = X received 52,1 %,
  which assert the very results the article is about; so each item is a claim (dev3: list items that
  are predications, zero-copula ones included), its number left out (dev19), typed quantitative
  without event (dev12 `В списке товаров - 40 категорий`, dev14). The heading and the partial count
  (3070 of 3512 precincts) present every item as a preliminary figure, read like `по предварительным
  данным`: medium. I was unsure both about annotating the box at all and about the medium certainty
  (the cue stands in the heading, not in the item's span).
- Speakers. `Как заявили наблюдатели от Организацию по безопасности …` takes the head noun with the
  phrase that says whose observers they are (dev22 `Оппоненты президента из Народной партии`), with the
  text's case error. `Эта группа и Южная водозаборная станция ГУП «Водоканал» утверждают, что …` takes
  one span over both subjects (dev6 two speakers of one frame). `Согласно сообщению … БелТА, судья
  заявила, что «…»` takes the inner `судья` (dev nested rule); `По сообщению оппозиционных СМИ
  Беларуси` → `оппозиционных СМИ Беларуси` (dev28 `российских СМИ`). `Между тем, сообщает «Лента.ру»,
  …` → `Лента.ру`; its sentence-final parenthesis `(ранее сообщалось о 160-ти)` is a claim of its own
  (dev15) and, standing inside the outlet's reported sentence, keeps the outlet as speaker (dev8: the
  parenthesis inside a source's content keeps that source). `Отмечается, что …` takes the verb (dev
  `подчёркивалось`). `Лондонская полиция в своем твиттере сообщает об аресте 334 подозреваемых` and
  `Из Манчестера также поступают сообщения о поджогах машин` (nominal objects) are the author's events
  (dev12). factru-book_193's paragraph `В ночь с 20 на 21 июля … опять были слиты отходы …` takes the
  source of the following `Об этом активистам Гринпис сообщили жители поселка Петро-Славянка` (test2 /
  dev16), span `жители поселка Петро-Славянка`; the `Об этом` sentence is the author's event.
- Quotation with a bare attribution line. factru-book_193's quotation paragraph (`«В устье реки
  Славянки был проведен рейд … Ни в одной из проб отклонений не было выявлено».`) is followed by the
  line `— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС …`, which has no predicate (a
  signature, dev2), so it is not joined to the last quoted sentence (dev21 joins a frame that has a
  verb of saying); each of the four quoted sentences is a claim with the speaker `Татьяна Скригонюк`.
  The preceding `… утверждают, что … они не нашли:` has content of its own, so it is a claim that ends
  before the `:` (dev19 / dev23), not a frame joined to the quotation.
- factru-book_347. `Марк Тоунер … выступил сегодня со специальным заявлением: «Соединенные Штаты
  осуждают приговор …` : the frame has no content of its own and is joined with the first quoted
  sentence (dev7 / dev11); the other four quoted sentences take `Марк Тоунер`. `В ходе процесса
  Санников выступил с заявлением: он сообщил, что …` is one claim (elaboration after `:`), Санников's.
  `Обвинительные приговоры были вынесены и другим участникам процесса: …, Олег Гнедчик — 3,5 года` is
  one claim: the gapped `Олег Гнедчик — 3,5 года` sits inside the elaboration after `:` (dev24, dev10);
  the terms to be served (`проведут … 3 года`) make it predictive and quantitative. `Санников имел
  реальные шансы победить …, если бы …` (a chance word, dev3 `имеет все шансы`, dev6 `есть шансы`) is
  medium. The accusations of torture and threats in Санников's statement are evaluative besides event
  (dev6 accusation contents); the court's finding quoted from the judge is kept as a legal finding
  (causal for the purpose `для организации`, no evaluative). `Суровые приговоры … политически
  мотивированы` (a motive asserted: causal; a judgement: evaluative) has a participle as predicate with
  zero copula and is typed without event (dev24 copula judgements). `пятерых кандидатов — Владимира
  Некляева, …` spells out the referents it counts (dev10 / dev15): not quantitative.
- factru-book_154. `Давид Мирианашвали принадлежит к меньшинству, считающему, что выбор НАТО будет
  означать …`: the participial belief frame is the point of the sentence (it reports his view, and the
  next sentence goes on `по его словам`), so, following dev7's `Марк Адоманис, считающий …`, it is his
  claim, not the author's (unlike dev19's `переселенцы …, считающие …`, where the belief only described
  who studies at the centre). `Леван Гачечиладзе назвал итоги выборов подтасованными и призвал …` (a
  reported naming and a call sharing one subject) is one claim, his (dev11 `Бутусов назвал … и
  сообщил …`); the split from `Саакашвили объявил о переизбрании` is at `однако` (own subjects). `В
  соответствии с грузинской конституцией, если победитель не набрал более половины голосов, должен быть
  проведен второй тур` states what the constitution requires (dev14 / dev18 `По закону … должны`): the
  author's normative claim; the number in the condition is not asserted (dev9). `Он может состояться
  19 января` is epistemic: predictive, low. `страны Балтии могут служить прецедентом …` states their
  suitability as an example (ability, like dev13 `не могут понять`), not an epistemic possibility:
  high, evaluative event. `Несколько избирателей … отметили особую важность выборов, призванных прояснить
  …` (a nominal object, dev10 `Сделку высоко оценил`) is the author's event; the voters' judgement is
  not the author's (dev17), and the participle `призванных прояснить` states a purpose (dev20 `призвана`):
  causal. `Мы подытожим … и вынесем заключение на основе выводов …` is future only (predictive, dev19 /
  dev22) and causal for `на основе` (the ground, dev25 `основываясь на`).
- factru-book_193. `Погибло примерно нескольких тысяч взрослых рыб, очень много мальков, икры, погибла
  вся кормовая база, т.е. нечем питаться будет оставшейся рыбе` gives three claims: the second `погибла`
  has its own subject, and `т.е.` introduces an inference with a new predicate (dev `то есть` splits,
  the leading `т.е.` left out). `несколько тысяч` is vague (dev4 `сотен`): not quantitative, but
  `примерно` makes the claim medium. `нечем питаться будет` is a negative existential (`нечем` = there
  is nothing to …), read like agree11's `обращаться не к кому` and the guidelines' `нет`, not like a
  lexical fused `не-` adjective (test2): negative; predictive causal (a consequence of the loss of the
  food base). `Местные власти не называют происшествие ни чрезвычайным, ни экологическим` (a negated
  naming) is the author's assertion of what the authorities do not say (dev10 `никто … не полагал`):
  negative event. `предположительно идущий из промзоны` is the listed low cue. `Это уже третий ночной
  сброс … за последние два месяца` is event (an ordinal, a time frame: not quantitative). `Экологи взяли
  анализы, которые показали, что …` is the author's (`показали` gives evidence, not a source's saying).
- factru-book_618. `Количество участников беспорядков в Бристоле оценивается в 150 человек` is an
  estimate of a crowd (not dev11's financial valuation `оценивается в 55 млрд`), read like `около` /
  `примерно`: medium; the author's claim (no named source, and `оценивается` is an estimate, not a
  verb of saying). `до 200` bounds the number: high (dev16 `почти`). `агрессивно возмущаться`,
  `агрессивно настроенных` describe the manner and mood of the crowd (dev22 `охотно вкладывают`, dev24
  `оптимистично настроен`): not evaluative; `противоправные`, `бандитскими группировками` are
  descriptors (dev20). `однако подозреваемый в связях с бандитскими группировками открыл огонь и был
  застрелен на месте` (split off at `однако`, own subject) carries the cue `подозревают` in the
  participle with its complement (`подозреваемый в связях …` = suspected of links), like dev20's
  `рефери, которые были заподозрены в причастности …`: low, by the rule that a cue anywhere in the
  claim counts; I was unsure here. The plain noun `334 подозреваемых` (the arrested people's legal
  status, no content of suspicion) is no cue: high.
- factru-book_349. `Смысл этого шага ни у кого не вызвал сомнений: Нетаньяху хотел подчеркнуть, что …`
  is one claim (elaboration after `:`), the author's, negative (`ни у кого не`), causal (the elaboration
  states the purpose of the step, dev13 `Цель …`). `мир должен знать, что …` is normative; the
  non-restrictive `в котором Иерусалиму принадлежит ключевое место` adds evaluative (dev21 / dev24).
  `арабы … заявляют, что мир в регионе невозможен до тех пор, пока Израиль не вернет …` and `Израиль
  и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем переговоров, а не …`
  state necessary conditions (dev21 `вернуть мир можно только при условии`): normative; `невозможен` is
  a fused `не-` (positive), `а не` negates a complement (positive), and `может быть достигнут только` is
  conditioned possibility, not the epistemic parenthetical `может быть`: high. The participle `заявляя,
  что …` carries its own content, so that claim is the speakers' (dev15 `уточнив, что P`). `Арабская
  лига вынесла решение просить ООН признать … в сентябре с.г.` (a decision on a future action, dev27
  `принял решение об отмене`) is predictive causal (`Ввиду`) event; the span keeps the abbreviation's
  dot of `с.г.` (dev15 `и т.д.`). `Саеб Эрекат призвал ООН «ответить …»` is the author's event (a call
  with an infinitive, quoted words cited). `В среду в Израиле отмечают День Иерусалима …` refers to the
  coming Wednesday (present for future, dev3): predictive; `в память об объединении` names the
  dedication of the holiday (dev24 `в память о жертвах`): not causal. `все 44 года` (the duration is the
  point, dev10) and `115 млн долларов` are quantitative; `на продвижение …` is purpose (causal).
"""

DOCS = {
    "factru-book_154": (None, [
        ("Михаил Саакашвили — 52,1 % (922774 голоса)", "quantitative", None, "+", "medium"),
        ("Леван Гацелицадзе — 24,98 % (442478 голосов)", "quantitative", None, "+", "medium"),
        ("Аркади Патаркацишвили — 6,69 % (118481 голос)", "quantitative", None, "+", "medium"),
        ("Шалва Нателашвили — 6,3 % (111639 голосов)", "quantitative", None, "+", "medium"),
        ("Давид Гамкрелидзе — 3,91 % (69330 голосов)", "quantitative", None, "+", "medium"),
        ("Гиорги Маисашвили — 0,74 % (13009 голосов)", "quantitative", None, "+", "medium"),
        ("Ирина Саишвили-Чантурия — 0,19 % (3401 голос)", "quantitative", None, "+", "medium"),
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
        ("Он может состояться 19 января", "predictive", None, "+", "low"),
        ("Несколько избирателей с беседе с корреспондентом «Голоса Америки» отметили особую важность выборов, "
         "призванных прояснить настроения народа после волны демонстраций протеста в ноябре",
         "causal event", None, "+", "high"),
        ("Власти тогда применили силу для разгона манифестантов", "causal event", None, "+", "high"),
        ("президент Саакашвили объявил чрезвычайное положение", "event", None, "+", "high"),
        ("Это решение вызвало критику и нанесло ущерб демократическому имиджу Грузии",
         "causal evaluative event", None, "+", "high"),
        ("В интервью «Голосу Америки» наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил: «Мы "
         "подытожим информацию и вынесем заключение на основе выводов участников долгосрочного и "
         "краткосрочного мониторинга»",
         "predictive causal", "Хуан Суареш", "+", "high"),
        ("Глава представительства США в регионе помощник заместителя госсекретаря Мэтью Брайза призвал "
         "грузинскую общественность согласится с заключением западных наблюдателей",
         "event", None, "+", "high"),
        ("Одновременно с избранием президента в стране проходил необязательный к исполнению референдум о "
         "членстве страны в НАТО", "event", None, "+", "high"),
        ("Шестеро из семи кандидатов поддержали вступление Грузии в Атлантический альянс",
         "quantitative event", None, "+", "high"),
        ("Столь же единодушно высказывается и население страны", "event", None, "+", "high"),
        ("Однако работник экспедиторской фирмы Давид Мирианашвали принадлежит к меньшинству, считающему, что "
         "выбор НАТО будет означать для Грузии потерю российского рынка",
         "predictive causal event", "Давид Мирианашвали", "+", "high"),
        ("это, по его словам, будет иметь отрицательные последствия для страны",
         "predictive causal evaluative", ("его", "по ", "Давид Мирианашвали"), "+", "high"),
        ("Тбилисский врач Акакий Нишнианидзе считает, что Грузия стала пешкой в геополитической игре, которую "
         "субботний референдум не решит",
         "evaluative event", "Акакий Нишнианидзе", "+", "high"),
        ("Он говорит, что вопрос политической ориентации Грузии будет решаться в Америке и России",
         "predictive", ("Он", "", "Акакий Нишнианидзе"), "+", "high"),
        ("Архитектор Ираклий Лолашвили голосовал за вступление в НАТО", "event", None, "+", "high"),
        ("По его мнению страны Балтии могут служить прецедентом мирного сосуществования между Москвой и "
         "бывшими советскими республиками в составе НАТО",
         "evaluative event", ("его", "По ", "Ираклий Лолашвили"), "+", "high"),
        ("«Грузия и Россия должны развивать отношения на новой основе равенства",
         "normative", ("Лолашвили", "— прогнозирует "), "+", "high"),
        ("Русские до сих пор считают нас частью России",
         "event", ("Лолашвили", "— прогнозирует "), "+", "high"),
        ("это со временем уйдет», — прогнозирует Лолашвили",
         "predictive", "Лолашвили", "+", "high"),
    ]),
    "factru-book_347": (None, [
        ("Согласно сообщению государственного информационного агентства БелТА, судья заявила, что «с ноября по "
         "декабрь 2010 года Андрей Санников по предварительному сговору с группой лиц предпринял действия для "
         "организации массовых беспорядков, а также руководил ими»",
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
         "evaluative event", ("его", "По ", "Санников"), "+", "high"),
        ("Андрей Санников — бывший заместитель министра иностранных дел Беларуси", "event", None, "+", "high"),
        ("В 1996 году он ушел в отставку в знак протеста против действий президента Александра Лукашенко",
         "causal event", None, "+", "high"),
        ("По мнению независимых наблюдателей, Санников имел реальные шансы победить на президентских выборах в "
         "декабре 2010 года, если бы власти Беларуси обеспечили честный подсчет голосов",
         "evaluative event", "независимых наблюдателей", "+", "medium"),
        ("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил "
         "сегодня со специальным заявлением: «Соединенные Штаты осуждают приговор, вынесенный 14 мая кандидату "
         "в президенты Андрею Санникову и другим демократическим активистам в Беларуси",
         "evaluative event", "Марк Тоунер", "+", "high"),
        ("Мы считаем политическими заключенными пятерых кандидатов — Владимира Некляева, Андрея Санникова, "
         "Виталия Рымашевского, Николая Статкевича и Дмитрия Уса, — а также других активистов, судимых после "
         "арестов, которые стали частью репрессий, связанных с выборами 19 декабря",
         "evaluative event", "Марк Тоунер", "+", "high"),
        ("Суровые приговоры, вынесенные 14 мая, а также продолжающиеся судебные процессы, безусловно, "
         "политически мотивированы",
         "causal evaluative", "Марк Тоунер", "+", "high"),
        ("Беларусь должна незамедлительно и без каких-либо условий выпустить всех политических заключенных и "
         "остановить продолжающиеся нарушения прав человека, от которых страдают критики режима, остающиеся под "
         "угрозой преследований и неправосудных арестов",
         "normative evaluative", "Марк Тоунер", "+", "high"),
        ("Результаты идущих в Беларуси судебных слушаний будут приняты во внимание Соединёнными штатами, которые "
         "продолжают рассмотрение своих отношений с Беларусью, а также дальнейших мер»",
         "predictive", "Марк Тоунер", "+", "high"),
    ]),
    "factru-book_618": (None, [
        ("Жители Соединённого Королевства продолжают агрессивно возмущаться из-за убийства полицейским "
         "темнокожего", "causal event", None, "+", "high"),
        ("Вслед за Лондоном и Бирмингемом беспорядки вспыхнули ещё в нескольких крупных британских городах: "
         "Ливерпуле, Манчестере и Бристоле", "event", None, "+", "high"),
        ("Так, на улицы Ливерпуля вышло до 200 агрессивно настроенных молодых людей в масках",
         "quantitative event", None, "+", "high"),
        ("Они совершают различные противоправные действия, в частности, поджигают машины",
         "event", None, "+", "high"),
        ("Количество участников беспорядков в Бристоле оценивается в 150 человек",
         "quantitative event", None, "+", "medium"),
        ("Из Манчестера также поступают сообщения о поджогах машин", "event", None, "+", "high"),
        ("Между тем, сообщает «Лента.ру», число арестованных участников беспорядков в Лондоне достигло 225 "
         "человек", "quantitative event", "Лента.ру", "+", "high"),
        ("ранее сообщалось о 160-ти", "quantitative event", "Лента.ру", "+", "high"),
        ("Ещё около 100 человек арестованы в Бирмингеме", "quantitative event", None, "+", "medium"),
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
         "event", None, "+", "low"),
        ("После этого несколько сотен человек пришли к полицейскому участку на главной улице в Тоттенхэме с "
         "требованиями «восстановления справедливости»", "event", None, "+", "high"),
        ("Мирная акция быстро переросла в массовые волнения", "event", None, "+", "high"),
    ]),
    "factru-book_349": (None, [
        ("Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в "
         "Старом городе, а не в традиционном месте в Западном Иерусалиме", "event", None, "+", "high"),
        ("Смысл этого шага ни у кого не вызвал сомнений: Нетаньяху хотел подчеркнуть, что Израиль считает "
         "Иерусалим неделимым", "causal event", None, "-", "high"),
        ("Как отметил премьер в речи перед министрами, мир должен знать, что народ Израиля не отступится от "
         "своего наследия, в котором Иерусалиму принадлежит ключевое место",
         "normative evaluative", "премьер", "+", "high"),
        ("«Наша позиция по единству Иерусалима остается прежней, и мы по-прежнему протягиваем руку нашим "
         "арабским соседям», — добавил он",
         "event", ("он", "— добавил ", "Биньямин Нетаньяху"), "+", "high"),
        ("Однако арабы столь же твердо заявляют, что мир в регионе невозможен до тех пор, пока Израиль не вернет "
         "Восточный Иерусалим со Старым городом, захваченным у Иордании во время Шестидневной войны 1967 года",
         "normative", "арабы", "+", "high"),
        ("Ввиду отказа Израиля пойти на это, в субботу Арабская лига вынесла решение просить ООН признать "
         "палестинскую государственность в сентябре с.г.",
         "predictive causal event", None, "+", "high"),
        ("Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем переговоров, "
         "а не путем односторонних акций",
         "normative event", "Израиль и США", "+", "high"),
        ("Палестинцы отказываются от возобновления переговоров, поскольку Израиль отказывается заморозить "
         "расширение поселений и признать Палестинское государство на основе границ 1967 года",
         "causal event", None, "+", "high"),
        ("Глава палестинской делегации на переговорах Саеб Эрекат призвал ООН «ответить на односторонние действия "
         "Израиля признанием Палестинского государства в границах 67-го года со столицей в Восточном "
         "Иерусалиме»", "event", None, "+", "high"),
        ("На заседании кабинета Нетаньяху заявил, что Иерусалим процветал все 44 года пребывания под "
         "израильским управлением", "quantitative evaluative event", "Нетаньяху", "+", "high"),
        ("Сейчас, продолжал он, правительство ассигновало 115 млн долларов на продвижение развитие и туризма в "
         "городе", "quantitative causal event", ("он", "продолжал ", "Нетаньяху"), "+", "high"),
        ("В среду в Израиле отмечают День Иерусалима в память об объединении города во время войны 1967 года",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_193": (None, [
        ("Рабочая группа, включающая ГУ МЧС России по Санкт-Петербургу, была создана после того, как экологи "
         "сообщили о сбросе токсичных отходов в Славянку и массовой гибели рыбы", "event", None, "+", "high"),
        ("Эта группа и Южная водозаборная станция ГУП «Водоканал» утверждают, что 5 июня ни токсичных веществ, "
         "ни мёртвой рыбы в устье Невы (которое находится в 4-5 км от коллектора) они не нашли",
         "quantitative event", "Эта группа и Южная водозаборная станция ГУП «Водоканал»", "-", "high"),
        ("«В устье реки Славянки был проведен рейд по поиску масляных пятен на воде",
         "event", "Татьяна Скригонюк", "+", "high"),
        ("Таковых не обнаружилось, как не было визуально зафиксировано и мертвой рыбы",
         "event", "Татьяна Скригонюк", "-", "high"),
        ("Ниже устья реки Славянки находится южная водозаборная станция „Водоканала“, на которой производятся "
         "пробы воды не менее четырех раз в сутки", "quantitative event", "Татьяна Скригонюк", "+", "high"),
        ("Ни в одной из проб отклонений не было выявлено»", "event", "Татьяна Скригонюк", "-", "high"),
        ("Представители Гринпис, сотрудники Росприроднадзора и Рыбохраны накануне (4 июня) целый день проводили "
         "рейд по Славянке вместе со съёмочной группой", "event", None, "+", "high"),
        ("Экологи взяли анализы, которые показали, что загрязнение уже зафиксировано в водах Невы",
         "event", None, "+", "high"),
        ("Речная экосистема понесла очень большой урон", "evaluative event", None, "+", "high"),
        ("Погибло примерно нескольких тысяч взрослых рыб, очень много мальков, икры", "event", None, "+", "medium"),
        ("погибла вся кормовая база", "event", None, "+", "high"),
        ("нечем питаться будет оставшейся рыбе", "predictive causal", None, "-", "high"),
        ("Местные власти не называют происшествие ни чрезвычайным, ни экологическим", "event", None, "-", "high"),
        ("В ночь с 20 на 21 июля в приток Невы реку Славянку опять были слиты отходы лакокрасочного производства",
         "event", "жители поселка Петро-Славянка", "+", "high"),
        ("Об этом активистам Гринпис сообщили жители поселка Петро-Славянка", "event", None, "+", "high"),
        ("Это уже третий ночной сброс отходов в реку за последние два месяца", "event", None, "+", "high"),
        ("Остаётся неизвестным даже Росприроднадзору, какому предприятию принадлежит коллектор, через который "
         "были осуществлены сбросы ядовитых веществ в реку Славянку", "event", None, "+", "high"),
        ("Все сбросы осуществлялись через один и тот же коллектор, предположительно идущий из промзоны "
         "«Рыбацкое»", "event", None, "+", "low"),
        ("Инициировано административное расследование", "event", None, "+", "high"),
        ("Ядовитая смесь находится на экспертизе", "event", None, "+", "high"),
    ]),
}
