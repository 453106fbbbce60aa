"""Hand annotations of claims, dev set part 25: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_271, _317, _396, _462, _326), annotated by hand by reading the texts (not
from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev22_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. In all five articles the first line is the whole lead paragraph (factru-book_271 `30
  марта 2011 года состояние здоровья … Это подтвердил муж актрисы Сергей Сенин.`, factru-book_317 `Большой
  театр превратится в балаган? Архнадзор против …`, factru-book_396 `Вопросы корреспондентов охватывали
  …`, factru-book_462 `Реформа системы корпоративного налогообложения … с 1 апреля 2008 года.`,
  factru-book_326 `Посол Евросоюза … призывают руководство Грузии …`); by the dev / dev2 / dev7 / dev10 /
  dev12 / dev17 / dev21 / dev22 rule the first line is the title and carries no claim, so annotation
  starts on the second paragraph.
- Asyndetic clauses with a gapped subject (factru-book_271 `Она была госпитализирована, на следующий
  день ей была сделана хирургическая операция, выписана 7 марта`): the middle clause has its own subject
  (`операция`), and the last (`выписана 7 марта`, subject and auxiliary gapped) shares the first clause's
  subject but is cut off from it by the middle clause, so a span cannot hold both predicates without the
  other clause; the sentence gives three claims, the last an elliptical clause of its own (like dev3 /
  dev16 gapped continuations). `За полтора месяца до смерти` is a time point (dev9 `спустя год`), not
  quantitative; `серьёзную травму` is the medical classification of the injury (a descriptor of the news
  register, dev20), not the author's judgement: event only.
- `Согласно информации, опубликованной в «КП», … актриса … попросила не писать о ней слов "великая", …
  и попросила: «Напишите просто - Людмила Гурченко.` is one claim (two predicates sharing the subject
  `актриса`; the first quoted sentence goes with its frame, dev7). Its speaker is `КП` (the `согласно X`
  attribution; the proper name without its guillemets, dev), not the actress: what the claim asserts is
  that she made the requests, which is the newspaper's information, and a request asserts nothing that
  the nested rule (dev) could give to her (dev14: requests with an infinitive object are reports of an
  act). The quoted imperative `Напишите` makes it normative (guidelines), the requests an event; `не
  писать` negates the infinitive, so positive (dev8 `призвали … не включать`). The second quoted sentence
  `Не люблю я весь этот пафос` is the actress's own assertion, so it takes `актриса` (the description
  naming her in the neighbouring sentence, dev): evaluative event (a stated dislike with the loaded
  `пафос`), negative. I was unsure about `КП` against `актриса` for the first of the two.
- `выразили глубочайшие соболезнования` (a speech act with a nominal object) is the author's event;
  `глубочайшие` is the formula of condolences, not a judgement of the author.
- factru-book_317. `Инициативу Юрия Лужкова … не одобряют многое эксперты` (an attitude verb with a
  nominal object, no content clause) is the author's event, like dev7's `сомневаются в его подлинности`
  and dev9's `Многие наблюдатели согласны с блогером`; negative. `Дело в том, что …` explains the sharp
  remarks of the preceding sentence (dev16 / dev20 `Ведь …`): causal; its `выводы, которые повергли в
  шок …` states an effect by the verb (dev6), and the content of the conclusions after `-` elaborates
  `выводы` (one claim, guidelines), typed predictive for `будет отремонтирован`, `перестанет быть`.
  The conclusions are only a nominal object of the passive `были оглашены` (no verb of saying with a
  content clause, and no holder named), inside the author's explanatory frame, so the claim is the
  author's (dev6 `О грядущих переговорах … сообщают диписточники`, dev22 `представили … отчеты, в
  которых признали провалы`). `Такая формулировка не могла не возмутить «Архнадзор»` is litotes (it was
  bound to outrage them), but as in dev20's `не обошлось и без` the `не` stands on the predicate, so it
  is negative; `не могла не` is certainty, not an epistemic `могла`: high; causal (an effect by the verb)
  and evaluative (the author's inference that the outrage was inevitable).
  `Наибольшее возмущение у архитекторов вызывает тот факт, что …` is an attitude with a content clause,
  like dev8's `экспертов смущает, что P`: the architects' claim (span `архитекторов`), causal (`вызывает`)
  and evaluative; `а не о реставрации` negates a complement (dev9): positive.
- Михайлов's quotation. `И в государственном, и в городском законе …, написано черным по белому, что
  реконструкция … не допускается …», - заявил … Константин Михайлов`: the correlative `И …, и …` is kept
  (dev11). The law cited inside the quotation does not change the speaker (dev11 / test2: attribution
  inside a quotation), so the speaker is `Константин Михайлов`; `в законе написано, что P` only cites
  P, so, as with dev10's `Мы уже говорили, что P`, polarity comes from P's `не допускается` (negative);
  a prohibition by law is normative (dev16 `запрещается`). `безусловно` is no hedge. His first sentence
  `это слово абсолютно незаконно` is a zero-copula judgement: evaluative without event (dev14), positive
  (fused `не-`, test2).
- Клименко's quotation. `Алексей Клименко, … вовсе называет вмешательство … злом: «Я убежден, что …
  ждет судьба Царицыно.`: the frame has content of its own (a reported naming, dev `назвал … «хорошей»`),
  and the quoted sentence after `:` elaborates it, so the sentence is one claim (elaboration after `:`),
  Клименко's, predictive (`ждет` of a coming fate) and evaluative (`злом`, `символ и бренд`), without
  event (dev19 / dev22 namings); `Я убежден` is firm conviction: high (dev11). The closing `», сообщает
  Лента.ру` frames the last quoted sentence, whose speaker stays `Алексей Клименко` (dev nested rule,
  dev13 `цитирует заявление Мутко РИА «Новости»`); `ничего кроме кошмара … не получается` is negative
  (`ничего не`), causal for `От вмешательства …` (the source of the result) and evaluative (`кошмара`).
  `Будет очередной кич, очередной балаган` is predictive evaluative.
- factru-book_396 (reported speech). `Он ответил, что …`, `Он также добавил, что …` take `Он` with coref
  to the full name (dev16). `Когда он просыпается, то видит, что его сон происходит наяву` goes on with
  Понтес's answer without a frame of its own, so it is the author's (test1 rule, dev4 / dev8 / dev10);
  likewise `Это позволило бы в большей мере использовать возможности …` after Макартур's sentence: a
  consequence stated by the verb (causal, dev4 / dev22 `это позволит`), a hypothetical outcome in the
  conditional without a modal of possibility (dev17 `обеспечила бы`: predictive, high), evaluative for
  `уникальной`. `Вместе с двумя членами новой команды МКС, мы очень довольны …, сказал Макартур` (direct
  speech without quotation marks) is Макартур's, a zero-copula judgement (`довольны`): evaluative
  without event (dev14); `двумя членами новой команды` refers to the two crew members just named
  (anaphoric / identifying, dev / dev10): not quantitative. `Макартур сказал, что он смотрит вперёд,
  когда он вернётся домой …` (a calque of "looks forward to": he anticipates the return) is a present
  anticipation of a future event, like dev2's `Мы ожидаем это большое событие`: predictive event;
  `хотелось бы видеть на борту … больше космонавтов` is a wish, predictive event (dev2 `хотела бы`,
  dev19 `Хотел бы узнать`). `с прибытием астронавта … экипаж сможет ещё больше уделять времени …`: the
  arrival is what will make the extra time possible, so `с прибытием` is read as causal (not a bare time
  point like `после`); `сможет` is ability: predictive, high. `старт которого запланирован на июль` in a
  relative clause adds no type (dev).
- Numbers (factru-book_396). `после 20-и часов работы` asserts the length of the working day, like dev9's
  `после двух месяцев бездействия`: quantitative. `за четыре с половиной года совместных … тренировок и
  шесть месяцев вместе на орбите` asserts how long the two trained and flew together (the durations
  are the ground of the bond, the news of the sentence), not a time frame for counting or comparing
  something (dev / dev13 `за пять лет … за 20 лет`): quantitative. I was unsure here. `12-й`, `13-й`,
  `в первый день`, `первый бразильский космонавт` are ordinals.
- factru-book_462. `Он опроверг предположения, что налоговую реформу решено отложить на будущее`: the
  object noun carries a content clause, so the claim is a denial with content (dev20 `опровергают, что
  …`), Данн's (`Он`, coref `Питер Данн`), positive (`опроверг` has no `не`, dev10 / dev20), unlike a
  denial with a bare nominal object (dev10 `Кремль опроверг новые обвинения`). I was unsure whether it
  should be the author's event instead. `неверно интерпретируют` is the source's judgement (evaluative),
  positive (fused `не-`, test2). `Business NZ … выступила за ускоренное реформирование …, отметив, что
  для выполнения этой задачи достаточно менее двух лет`: the stance alone would be the author's event
  (dev18 `высказались за`), but the participle carries its own content clause, so the claim is Business
  NZ's (dev15 `уточнив, что P`); `менее двух лет` bounds an asserted duration (quantitative, high, dev16
  `почти`), `для выполнения этой задачи` is purpose (causal, dev10 `для этого надо`). `ведущие
  бизнес-ассоциации` is a factual descriptor (dev22): not evaluative. О'Рейли's two quoted sentences
  take `Фил О’Рейли` from the frame of the second; `Мы должны двигаться быстро, основываясь на хороших
  результатах …` is normative, causal (`основываясь на` gives the ground, dev17 `Следуя предложению`)
  and evaluative (`хороших`); `станет мощнейшим сигналом поддержки` is predictive evaluative.
- factru-book_326. Йорш's quotation closed by `— заявил Матиас Йорш, докладчик ПАСЕ, сообщает BBC` takes
  `Матиас Йорш` for both sentences (dev nested rule). `Демократия - не простая вещь и не всегда
  означает мир` is a generic judgement: evaluative without event (dev6 `Не внедрять инновации — значит
  умереть`), negative (zero-copula nominal predicate negated, dev). The second quoted sentence is one
  claim (test2), positive from its first clause, causal for `создает другую ситуацию` (an effect by the
  verb, dev15 `создает ощущение`), evaluative for `абсолютно неприемлемо`. `Агенство France-Presse
  предполагает, что …` is a supposition with a content clause: the agency's claim, medium (dev15).
  `чрезвычайное положение, которое должно действовать до 22 ноября` and `сотрудника, который должен
  сообщить …` hold their `должен` in relative clauses, which add no type (dev17 `согласно которому
  концерн должен выплачивать`): both claims are the author's events. `американские власти выразили
  одобрение решению …` (a speech act with a nominal object) is the author's event (dev10 `Сделку высоко
  оценил`). `Тем временем`, `Также,`, `Ранее,` are kept.
"""

DOCS = {
    "factru-book_271": (None, [
        ("За полтора месяца до смерти актриса подскользнулась у своего дома и получила серьёзную травму",
         "event", None, "+", "high"),
        ("Она была госпитализирована",
         "event", None, "+", "high"),
        ("на следующий день ей была сделана хирургическая операция",
         "event", None, "+", "high"),
        ("выписана 7 марта",
         "event", None, "+", "high"),
        ("Согласно информации, опубликованной в «КП», в беседе по телефону сразу после операции актриса, на "
         "случай трагического финала, попросила не писать о ней слов \"великая\", \"прекрасная\", \"любимая "
         "миллионами\", \"заслуженная\", \"необыкновенная\" и попросила: «Напишите просто - Людмила Гурченко",
         "normative event", "КП", "+", "high"),
        ("Не люблю я весь этот пафос»",
         "evaluative event", "актриса", "-", "high"),
        ("Глава государства Дмитрий Медведев и Председатель Правительства РФ Владимир Путин выразили "
         "глубочайшие соболезнования семье актрисы",
         "event", None, "+", "high"),
        ("В субботу в Центральном доме литераторов состоится прощание с актрисой",
         "predictive", None, "+", "high"),
        ("Похороны Людмилы Марковны состоятся 2 апреля на Новодевичьем кладбище",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_317": (None, [
        ("Инициативу Юрия Лужкова, взявшегося курировать реконструкцию Большого театра, не одобряют многое "
         "эксперты",
         "event", None, "-", "high"),
        ("Особенно резкие замечания в адрес столичных властей и мэра Москвы лично зазвучали после завершения "
         "круглого стола «Реконструкция Большого театра: справятся ли столичные власти?»",
         "evaluative event", None, "+", "high"),
        ("Дело в том, что на заседании были оглашены выводы, которые повергли в шок многих специалистов - "
         "Большой театр, который находится в крайне аварийном состоянии, будет отремонтирован в срок, но после "
         "реконструкции перестанет быть памятником архитектуры",
         "predictive causal evaluative event", None, "+", "high"),
        ("Такая формулировка не могла не возмутить «Архнадзор»",
         "causal evaluative event", None, "-", "high"),
        ("Наибольшее возмущение у архитекторов вызывает тот факт, что речь идёт о реконструкции, а не о "
         "реставрации памятника архитектуры",
         "causal evaluative event", "архитекторов", "+", "high"),
        ("«По отношению к Большому театру это слово абсолютно незаконно",
         "evaluative", "Константин Михайлов", "+", "high"),
        ("И в государственном, и в городском законе «Об охране памятников», каким, безусловно, является "
         "Большой театр, написано черным по белому, что реконструкция архитектурных памятников не допускается "
         "в принципе», - заявил координатор движения «Архнадзор» Константин Михайлов",
         "normative event", "Константин Михайлов", "-", "high"),
        ("Алексей Клименко, член президиума Экспертно-консультативного общественного совета при главном "
         "архитекторе Москвы, вовсе называет вмешательство московских властей в реставрацию ГАБТ злом: «Я "
         "убежден, что Большой театр, для нашей страны действительно символ и бренд, ждет судьба Царицыно",
         "predictive evaluative", "Алексей Клименко", "+", "high"),
        ("Будет очередной кич, очередной балаган",
         "predictive evaluative", "Алексей Клименко", "+", "high"),
        ("От вмешательства господина Лужкова ничего кроме кошмара в архитектуре не получается», сообщает "
         "Лента.ру",
         "causal evaluative event", "Алексей Клименко", "-", "high"),
    ]),
    "factru-book_396": (None, [
        ("Вместе с ними, на вопросы корреспондентов отвечали: командир 12-й долговременной экспедиции Уильям "
         "Макартур, бортинженер Валерий Токарев и первый бразильский космонавт Маркос Понтес",
         "event", None, "+", "high"),
        ("Вопросы задавались из Космического центра Джонсона в Хьюстоне, Космического центра Кеннеди во "
         "Флориде и из Центра управления полётом под Москвой",
         "event", None, "+", "high"),
        ("Понтеса спросили о снах, которые он видит на станции",
         "event", None, "+", "high"),
        ("Он ответил, что во сне он просто летает сам собой, без самолёта",
         "event", ("Он", None, "Маркос Понтес"), "+", "high"),
        ("Когда он просыпается, то видит, что его сон происходит наяву, на орбите",
         "event", None, "+", "high"),
        ("Виноградов сказал, что в первый день после 20-и часов работы он спал без снов",
         "quantitative event", "Виноградов", "+", "high"),
        ("Токарев сказал, что на орбите ему редко снятся сны",
         "event", "Токарев", "+", "high"),
        ("Макартур сказал, что он смотрит вперёд, когда он вернётся домой и увидит свою семью",
         "predictive event", "Макартур", "+", "high"),
        ("Он также добавил, что за четыре с половиной года совместных с Валерием Токаревым тренировок и шесть "
         "месяцев вместе на орбите, он приобрёл «космического брата»",
         "quantitative event", ("Он", None, "Уильям Макартур"), "+", "high"),
        ("Вместе с двумя членами новой команды МКС, мы очень довольны теми научными экспериментами, котрые нам "
         "удалось провести, сказал Макартур",
         "evaluative", "Макартур", "+", "high"),
        ("Уильямс добавил, что с прибытием астронавта Европейского космического агентства Томаса Райтера на "
         "следующем шаттле, старт которого запланирован на июль, экипаж сможет ещё больше уделять времени "
         "научным исследованиям",
         "predictive causal", "Уильямс", "+", "high"),
        ("Макартур сказал, что хотелось бы видеть на борту орбитальной лаборатории больше космонавтов",
         "predictive event", "Макартур", "+", "high"),
        ("Это позволило бы в большей мере использовать возможности уникальной орбитальной лаборатории",
         "predictive causal evaluative", None, "+", "high"),
    ]),
    "factru-book_462": (None, [
        ("Министр по государственным сборам Новой Зеландии Питер Данн подчеркнул, что правительство еще "
         "несколько месяцев назад приступило к пересмотру существующего налогового режима для компаний",
         "event", "Питер Данн", "+", "high"),
        ("Он опроверг предположения, что налоговую реформу решено отложить на будущее",
         "event", ("Он", None, "Питер Данн"), "+", "high"),
        ("По словам Данна, некоторые наблюдатели неверно интерпретируют заявления министра финансов",
         "evaluative event", "Данна", "+", "high"),
        ("Между тем организация Business NZ, которая объединяет ведущие бизнес-ассоциации Новой Зеландии, "
         "выступила за ускоренное реформирование системы корпоративного налогообложения, отметив, что для "
         "выполнения этой задачи достаточно менее двух лет",
         "quantitative causal event", "Business NZ", "+", "high"),
        ("«Мы должны двигаться быстро, основываясь на хороших результатах уже проделанной работы",
         "normative causal evaluative", "Фил О’Рейли", "+", "high"),
        ("Снижение ставки корпоративного налога в кратчайшие сроки станет мощнейшим сигналом поддержки "
         "бизнес-сообщества», — заявил глава Business NZ Фил О’Рейли",
         "predictive evaluative", "Фил О’Рейли", "+", "high"),
    ]),
    "factru-book_326": (None, [
        ("«Демократия - не простая вещь и не всегда означает мир",
         "evaluative", "Матиас Йорш", "-", "high"),
        ("Демонстрация, критика власти и свобода власти создает другую ситуацию, но со стороны полиции разгон "
         "митинга, закрытие телеканалов и ограничение свободного распространения информации — абсолютно "
         "неприемлемо для демократического общества», — заявил Матиас Йорш, докладчик ПАСЕ, сообщает BBC",
         "causal evaluative event", "Матиас Йорш", "+", "high"),
        ("Тем временем парламент Грузии утвердил чрезвычайное положение, которое должно действовать до 22 "
         "ноября",
         "event", None, "+", "high"),
        ("Агенство France-Presse предполагает, что чрезвычайное положение будет отменено раньше",
         "predictive", "France-Presse", "+", "medium"),
        ("Также, государственный департамент США выслал в Грузию сотрудника, который должен сообщить "
         "правительству Грузии мнение США",
         "event", None, "+", "high"),
        ("Ранее, в пятницу, американские власти выразили одобрение решению о проведении досрочных "
         "президентских выборов",
         "event", None, "+", "high"),
    ]),
}
