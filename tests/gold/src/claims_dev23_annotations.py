"""Hand annotations of claims, dev set part 23: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_389, _3574, _411, _392, _1256), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev22_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_389 (`Судейский комитет ФИФА … назвал имена 23-х арбитров … Полный список
  арбитров …:`), factru-book_411 (`С 3 по 17 апреля в Кушадаси … проходил 7-й личный чемпионат Европы
  … и две шахматистки: …`) and factru-book_392 (`Федеральный министр транспорта Германии … объявил, что
  … . Одновременно министр выразил надежду, что …`) hold their whole lead paragraph on the first line
  (the corpus put it in the title field), and factru-book_1256's first line is a full sentence (`Как
  сообщает Agence France-Presse, Верховный суд Бангладеша снял запрет …`); by the dev / dev2 / dev7 /
  dev10 / dev12 / dev17 / dev21 / dev22 rule the first line is the title and carries no claim, so
  annotation starts on the second paragraph. factru-book_3574's first line is a plain title.
- Lists (factru-book_389). Each line `Австралию представляет один арбитр:`, `Азию представляют два
  арбитра:` … is a full clause that asserts the count of referees of a confederation, so it is a claim
  of its own (like dev19's `Для этого есть свои веские причины:` before its list), with the final `:`
  left out of the span. The bulleted paragraphs that follow (`• Марк Шилд (Австралия)`, `• Тору
  Камикава (Япония) • Шамсул Майдин (Сингапур)` …) are bare name entries with parenthesised data and no
  predicate: a table, not claims (dev3); they are not joined to the preceding line across the
  paragraph break, since dev7 / dev21 join only a frame with no content of its own. The six lines are
  `quantitative event`: the counts are the point of each line (not dev10 / dev15's numeral that merely
  identifies the referents it names inside the same phrase), and `представляют` states the present
  composition of the list already named, not the line-up of a coming match (dev3's `играет в
  супертурнире` was about taking part in the event itself), so not predictive. I was unsure whether
  the present tense should count as present-for-future here.
- factru-book_411. `Третье место поделили 8 гроссмейстеров, которые набрали по 7,5 очков, среди них два
  российских шахматистов: Владимир Белов и Эрнесто Инаркиев`: `среди них два … шахматистов` is a
  zero-copula clause with a subject of its own (`среди них [были] …`), so it is split off (dev2
  `…, и гарантированный призовой фонд матча — 1 миллион долларов`, dev12 `Среди овощей и фруктов - …`);
  its numeral is spelled out by the two names that follow it, so it identifies the referents (dev10 /
  dev15 / dev18): event only. I was unsure about the split (it could be read as a detached appositive,
  dev19 `Таких, как …`) and about the count. Scores after `—` (`— 8,5 очков из 11 (+6 – 0 = 5)`) are
  zero-copula elaborations of their clause and stay in it (guidelines `—`); `по 7,5 очков`, the scores
  and the Elo ratings in parentheses inside a predicated sentence (`От России играли Наталья Погонина
  (2440), …`, like dev22's `(41%)`) are asserted numbers: quantitative. `Второе место`, `Третье место`
  and `места с 19 по 29` are ordinals. `Среди российских шахматисток наибольшее количество очков — 6,5
  набрали …, они разделили места с 19 по 29`: the asyndetic second clause has its own subject (`они`),
  so it is split.
- factru-book_3574, speakers. The lead sentence `Главной темой встречи … станет Нагорный Карабах` has
  no frame of its own and the next sentence's `заявил депутат …` frames only that sentence (test1:
  attribution does not carry over; the test2 rule is for an `Об этом …` sentence), so it is the
  author's predictive claim. `"…", — приводит его «Росбалт»` takes the quoted person (dev15 `— приводит
  сайт … слова Стивена Хокинга`, dev16 / dev19 `цитирует … оппозиционера`), here the pronoun `его` with
  coref `Айдын Мирзазаде`; `По его словам` likewise. `— отметил парламентарий`, `Как отметил депутат`
  take the description (no name in the sentence, dev). Of the final two-sentence quotation closed by
  `— резюмировал депутат`, the first sentence takes that description from the frame of the next
  sentence (dev15 / dev17). `"Но, естественно, …"` leaves out the leading `Но` and with it the opening
  quotation mark (dev10 / dev18); `естественно` is no hedge. Sentence-initial `Однако` is kept (dev13 /
  dev15 / dev19); `однако` joining `… высказались за независимость региона, однако референдум не был
  признан …` (own subjects) splits and is left out (dev13).
- factru-book_3574, types. `отношения находятся на столь высоком уровне, что … министры … не могут
  замыкаться только на одном направлении` (one quoted sentence): `столь …, что` states a consequence
  (causal), `столь высоком уровне` judges (evaluative); the deontic `не могут` sits in the subordinate
  consequence clause and adds no normative type (dev: a subordinate clause adds only causal, evaluative
  and numbers); polarity from the main `находятся`: positive. The earlier `Однако главы МИД не будут
  замыкаться на одном направлении` is predictive, negative. `Азербайджан настаивает на соблюдении
  территориальной целостности` (insisting with a nominal object inside Мирзазаде's content) is a stated
  stance, event (dev18 `высказались за продолжение …`; dev5 nominal-object demands), not normative.
  `Россия имеет преимущественные возможности по воздействию …` is the deputy's comparative assessment:
  evaluative event. `Думаю, что аналогичные встречи придают динамику процессу …` is medium (`думаю`,
  test2), causal (an effect stated by the verb, dev6) and evaluative. `Подавляющее большинство
  участников референдума` is a share (dev3 / dev19 `Большинство`): quantitative. `противостояние …
  из-за Нагорного Карабаха началось …` is causal (`из-за` inside the subject phrase still states the
  cause). `Армения поддержала республику, и в 1991 разгорелся военный конфликт …` is split (own
  subjects) and neither part is causal (no connective).
- factru-book_392. `Тифензее отметил, что исследования … имеют существенную поддержку в США и Японии,
  поэтому необходима достаточно большая финансовая поддержка, чтобы Германия не осталась на последних
  ролях …` is one claim (a frame and its content, however many clauses the content has; dev3's
  `, поэтому` split applies to the author's own clauses), Тифензее's, normative (`необходима`) causal
  (`поэтому`, `чтобы`) evaluative (`существенную поддержку`, `на последних ролях`) event, positive from
  the content's first predicate. The following sentences (`В настоящее время в Германии проводятся
  только научные исследования …`, `Поддержка этих новых технологий необходима, чтобы …`, `Должна быть
  развита сеть …`) continue his topic without a frame of their own, so they are the author's (test1,
  dev4, dev15). `возможна также выработка тепловой энергии` is the predicative `возможна` ("is
  feasible", dev4 `реализовать возможно`): no hedge, event (what the technology allows, dev7 `Можно
  вычислить`); `С помощью таких новых технологий` gives the means, not a cause (dev22 `посредством`).
- factru-book_1256. Rules of the ruling stated in the text are normative (dev16 `запрещается курение`,
  dev20 `может использоваться свободно`): `их публикация разрешена только «исключительно образованными
  людьми»` (the guillemets cite the ruling's words, dev20: citation, not scare quotes), `согласно
  решению, фетвы не могут содержать наказания …` (a prohibition, deontic `не могут`: negative, high;
  speaker `решению`, guidelines `согласно X`), and `Исполнение фетв будет носить добровольный характер`
  (nobody is obliged to carry fatwas out: a statement about obligation, future): normative predictive;
  I was unsure whether the last is only predictive (dev5 `будет запрещено` was typed predictive only).
  `на фетвы наложены некоторые ограничения` reports the court's act: event. `Что под этим понимается
  будет разъяснено позже` is declarative (no `?`, an indirect question as subject): predictive.
- factru-book_1256, speakers in subordinate parts (dev7). `Против запрета выступил ряд религиозных
  лидеров, аргументировавших свою позицию тем, что фетвы являются неотъемлемой частью исламской
  культуры`: the participle gives the leaders' argument with a content clause (dev14 `оправдывал свое
  решение тем, что`, dev17 `«Майкрософт» возражает против …, под предлогом того, что …`), so it is their
  claim, span `религиозных лидеров` (the noun phrase that names them; `ряд` is only a quantifier),
  causal (a justification) evaluative (`неотъемлемой частью`) event. `Правозащитные организации
  выступают за полный запрет фетв, поскольку считают, что они часто нарушают права женщин`: the belief
  frame in the reason clause makes it the organisations' claim (dev7, dev19 `потому что считает, что
  …`), causal (`поскольку`) evaluative (an accusation, dev6) event; advocating a ban is a stance, not
  normative (dev18). `90 % жителей составляют мусульмане-сунниты` (after `однако`, split) is
  quantitative; `четвёртое место в мире` is an ordinal.
"""

DOCS = {
    "factru-book_389": (None, [
        ("Австралию представляет один арбитр",
         "quantitative event", None, "+", "high"),
        ("Азию представляют два арбитра",
         "quantitative event", None, "+", "high"),
        ("Африку представляют два арбитра",
         "quantitative event", None, "+", "high"),
        ("Европу представляют десять арбитров",
         "quantitative event", None, "+", "high"),
        ("Центральную Америку представляют три арбитра",
         "quantitative event", None, "+", "high"),
        ("Южную Америку представляют пять арбитров",
         "quantitative event", None, "+", "high"),
    ]),
    "factru-book_3574": (None, [
        ("Главной темой встречи министров иностранных дел Азербайджана и России в Москве станет Нагорный "
         "Карабах",
         "predictive", None, "+", "high"),
        ("Однако главы МИД не будут замыкаться на одном направлении, заявил депутат Милли Меджлиса Айдын "
         "Мирзазаде",
         "predictive", "Айдын Мирзазаде", "-", "high"),
        ('"Азербайджано-российские отношения находятся на столь высоком уровне, что в ходе предстоящей встречи '
         'министры внешнеполитических ведомств не могут замыкаться только на одном направлении", — приводит '
         "его «Росбалт»",
         "causal evaluative event", ("его", "— приводит ", "Айдын Мирзазаде"), "+", "high"),
        ("Как отметил депутат, в ходе переговоров в Москве стороны обсудят нынешнее состояние и перспективы "
         "двустороннего сотрудничества, ключевые аспекты региональной и международной повестки дня",
         "predictive", "депутат", "+", "high"),
        ('естественно, ключевой темой обсуждений станет вопрос Нагорного Карабаха", — отметил парламентарий',
         "predictive", "парламентарий", "+", "high"),
        ("По его словам, глава МИД Азербайджана Эльмар Мамедъяров поставит вопрос о выводе войск Армении с "
         "территории Карабаха",
         "predictive", ("его", "По ", "Айдын Мирзазаде"), "+", "high"),
        ("Мирзазаде подчеркнул, что в данном вопросе Азербайджан настаивает на соблюдении территориальной "
         "целостности страны",
         "event", "Мирзазаде", "+", "high"),
        ('"В вопросе Нагорного Карабаха именно Россия имеет преимущественные возможности по воздействию на '
         "позицию руководства Армении",
         "evaluative event", ("депутат", "— резюмировал "), "+", "high"),
        ("Думаю, что аналогичные встречи придают динамику процессу разрешения нагорно-карабахского конфликта\", "
         "— резюмировал депутат",
         "causal evaluative event", "депутат", "+", "medium"),
        ("Вооруженное противостояние между Арменией и Азербайджаном из-за Нагорного Карабаха началось в 1991 "
         "году, когда в Нагорно-Карабахской автономной области (НКАО), входившей в Азербайжанскую ССР, был "
         "проведен референдум о статусе НКР",
         "causal event", None, "+", "high"),
        ("Подавляющее большинство участников референдума высказались за независимость региона",
         "quantitative event", None, "+", "high"),
        ("референдум не был признан международным сообществом",
         "event", None, "-", "high"),
        ("Армения поддержала республику",
         "event", None, "+", "high"),
        ("в 1991 разгорелся военный конфликт, завершившийся в мае 1994 года подписанием договоренностей о "
         "переходе в режим прекращения огня и начале мирных переговоров под эгидой Минской группы ОБСЕ и при "
         "сопредседательстве России, Франции и США",
         "event", None, "+", "high"),
    ]),
    "factru-book_411": (None, [
        ("Новым чемпионом Европы стал гроссмейстер из Хорватии Зденко Кожул — 8,5 очков из 11 (+6 – 0 = 5)",
         "quantitative event", None, "+", "high"),
        ("Второе место занял Василий Иванчук — 8 очков (+5 – 0 = 6)",
         "quantitative event", None, "+", "high"),
        ("Третье место поделили 8 гроссмейстеров, которые набрали по 7,5 очков",
         "quantitative event", None, "+", "high"),
        ("среди них два российских шахматистов: Владимир Белов и Эрнесто Инаркиев",
         "event", None, "+", "high"),
        ("В женском турнире принимали участие 96 шахматисток",
         "quantitative event", None, "+", "high"),
        ("От России играли Наталья Погонина (2440), Татьяна Шадрина (2371), Ирина Турова (2362), Анна "
         "Буртасова (2293) и Мария Курсова (2333)",
         "quantitative event", None, "+", "high"),
        ("Чемпионкой Европы стала шахматистка из Турции Екатерина Аталык (Половникова) — 8,5 очков из 11",
         "quantitative event", None, "+", "high"),
        ("Второе место заняла Теа Босбум-Ланчава (Нидерланды) — 8 очков",
         "quantitative event", None, "+", "high"),
        ("Среди российских шахматисток наибольшее количество очков — 6,5 набрали Ирина Турова и Наталья "
         "Погонина",
         "quantitative event", None, "+", "high"),
        ("они разделили места с 19 по 29",
         "event", None, "+", "high"),
    ]),
    "factru-book_392": (None, [
        ("Тифензее отметил, что исследования в этих областях имеют существенную поддержку в США и Японии, "
         "поэтому необходима достаточно большая финансовая поддержка, чтобы Германия не осталась на последних "
         "ролях в этой области",
         "normative causal evaluative event", "Тифензее", "+", "high"),
        ("В настоящее время в Германии проводятся только научные исследования в этой области",
         "event", None, "+", "high"),
        ("Поддержка этих новых технологий необходима, чтобы снизить зависимость от нефтяных ресурсов",
         "normative causal", None, "+", "high"),
        ("Уже сегодня имеются автомобили, которые используют энергию топливных элементов",
         "event", None, "+", "high"),
        ("Имеются также и водородные заправочные станции",
         "event", None, "+", "high"),
        ("Должна быть развита сеть таких заправочных станций, чтобы обеспечить доступность такого топлива для "
         "автомобилей с водородным двигателем",
         "normative causal", None, "+", "high"),
        ("С помощью таких новых технологий возможна также выработка тепловой энергии",
         "event", None, "+", "high"),
    ]),
    "factru-book_1256": (None, [
        ("При этом, однако, на фетвы наложены некоторые ограничения",
         "event", None, "+", "high"),
        ("В частности, их публикация разрешена только «исключительно образованными людьми»",
         "normative", None, "+", "high"),
        ("Что под этим понимается будет разъяснено позже",
         "predictive", None, "+", "high"),
        ("Исполнение фетв будет носить добровольный характер",
         "normative predictive", None, "+", "high"),
        ("При этом, согласно решению, фетвы не могут содержать наказания, сопряжённые с физическим или "
         "моральным насилием",
         "normative", "решению", "-", "high"),
        ("Этот пункт связан с тем, что запрет на фетв был наложен в 2001 году именно из-за случаев избиения "
         "женщин палками в соответствии с предписаниями старых фетв",
         "causal event", None, "+", "high"),
        ("Против запрета выступил ряд религиозных лидеров, аргументировавших свою позицию тем, что фетвы "
         "являются неотъемлемой частью исламской культуры",
         "causal evaluative event", "религиозных лидеров", "+", "high"),
        ("Правозащитные организации выступают за полный запрет фетв, поскольку считают, что они часто нарушают "
         "права женщин",
         "causal evaluative event", "Правозащитные организации", "+", "high"),
        ("Бангладеш является светским государством",
         "event", None, "+", "high"),
        ("90 % жителей составляют мусульмане-сунниты",
         "quantitative event", None, "+", "high"),
        ("По числу последователей ислама страна занимает четвёртое место в мире после Индонезии, Пакистана и "
         "Индии",
         "event", None, "+", "high"),
    ]),
}
