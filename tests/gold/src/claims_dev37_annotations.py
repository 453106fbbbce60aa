"""Hand annotations of claims, dev set part 37: real news articles (factRuEval-2016 texts, MIT).

Four whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_151, _3877, _356, _74), annotated by hand by reading the texts (not from
the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev33_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_151 (`Второй год подряд увеличивается число арестованных … Об этом сообщает
  Комитет защиты журналистов …`, two sentences) and factru-book_74 (`На заседании Совета … Дмитрий
  Медведев напомнил министрам о проводимом проекте …`) hold full sentences on the first line; by the dev /
  dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev28 / dev33 rule the first line is the title and
  carries no claim, so their annotation starts on the second paragraph. The decks under the plain titles
  of factru-book_3877 (`В Лондоне стартует "неделя русских торгов".`) and factru-book_356 (`Компания
  принимает решение о расширении бизнеса в кризисное время.`) are body text (test1 / test2) and are
  annotated.
- Run-in heading (factru-book_151). `Заключенные журналисты в России Комитет защиты журналистов считает,
  что …` starts with a section heading run into the paragraph (no predicate of its own, like dev33's
  `Предварительные результаты`); the heading is no claim and the claim's span starts at `Комитет`.
- Attribution does not carry over (test1; dev4, dev15, dev22, dev28, dev31). factru-book_151 plainly
  summarises the CPJ report throughout, but the report is named as a source only in the title line, in
  Джоэл Саймон's quotations and in `Комитет защиты журналистов считает, что …`; all the other sentences
  have no frame of their own and are the author's claims. `В докладе отмечается увеличение количества
  арестов …` (an impersonal verb of saying with only a nominal object, no content clause) is the author's
  event, like dev6's `О грядущих переговорах … сообщают диписточники`, dev12's `Сначала сообщалось о
  двукратном повышении цен` and dev33's `Лондонская полиция … сообщает об аресте …`. `Эти заключенные
  считаются отрезанными от внешнего мира` (an impersonal verb of believing, no named source) takes
  `считаются` as the span (dev17 / dev19); the coordinated `и их состояние вызывает беспокойство` has its
  own subject and is split off as the author's claim, causal evaluative event (an effect stated by the
  verb, like dev31's `вызывает сожаление`). `Правительство Китая объявило эти инструкции «государственной
  тайной»` is an official act of classification (like dev's legal finding `ФАС признала операторов
  виновными`), not a reported judgement like `назвал … «хорошей»`: the author's event, and the
  guillemets cite the government's designation (dev20 citation), so no evaluative. By contrast the
  guillemets on the adjective alone in `«антигосударственные» заявления` (a charge the author lists
  among others that are not quoted, and then calls `расплывчатым формулировкам`) distance the author
  from the label: scare quotes, evaluative (dev6 / dev8). I was unsure about this pair.
- Comma splices with `это` (factru-book_151 `… 134 журналиста находятся в тюрьмах, это на 9 больше, чем в
  2005 году`, `Куба содержит 24 журналиста за решёткой, это второе, после Китая, место`): the `это`
  clause has its own subject and no `:` or `—` before it, so it is split (dev24 / dev29 comma splices);
  `это на 9 больше …` is a zero-copula comparison with a number: quantitative without event (dev26
  `Это примерно вдвое ниже цены`); `это второе … место` is a factual zero-copula ranking (an ordinal,
  dev33 `Это уже третий ночной сброс`): event. `В Эритрее журналисты арестовываются без обвинений, они
  содержатся в секретных местах, никакие сведения о них не сообщаются` gives three claims (own subjects,
  the pronoun `они` included, dev23 `они разделили места`), the last negative. `Эта цена стала не только
  рекордом …, она еще и превысила …` (factru-book_3877) is split likewise: the second clause has its own
  subject `она`, unlike dev29's `не только принял …, но и принял …` with one subject; `не только`
  negates the complement, so the first is positive.
- Zero copula (dev12 / dev14 / dev16 / dev26): `Наибольшее количество арестованных журналистов (67) — это
  репортёры …`, `В этом году их — 31`, `19 журналистов, арестованных в Китае — это журналисты, работающие
  в Интернете`, `Эритрея — лидер среди африканских стран, с 23 журналистами в тюрьме`, `В соседней
  Эфиопии 18 заключенных журналистов, большинство которых …` and `Ее оценочная стоимость - 500-700 тыс.
  фунтов` are quantitative without event (the last also causal for `осуждены за измену` in its relative
  clause, dev4 / dev8 ground `за …`); `Наибольшее количество арестованных журналистов в Китае, Кубе, …`
  and `Изображенная на ней женщина - жена Фалька …` (factual, no number) are event;
  `"Потерпевший кораблекрушение" - одна из самых значительных работ художника …` and `"Обнаженная" …
  - другой важный лот …` are judgements (`значительных`, `важный`: dev19 / dev24 `очень важного проекта`,
  `важнейшие вопросы`): evaluative without event; `Другой выставляющийся на торги шедевр - работа …
  с оценочной стоимостью в 600-800 тыс. фунтов` is quantitative evaluative (`шедевр`). `На шестом месте
  — Узбекистан, который держит пять журналистов в заключении` keeps event: its number stands in the
  relative clause with a verbal predicate, while the zero-copula main clause is a factual ranking.
  `Наиболее распространенные обвинения, … — это «антигосударственные» заявления, …` is a factual
  identification: event, causal for the purpose clause `чтобы отправлять журналистов за решетку` inside
  its relative clause (dev6), evaluative for the scare quotes.
- Numbers. `134 журналиста`, `на 9 больше`, `в 24-х странах`, `(67)` and `(в этом году — 49)`
  (parenthesised verbless data kept inside their clauses, dev9 / dev30), `84 журналиста`, `31`, `Три
  четверти` (a share, dev3), `19 журналистов`, `10-и летний срок` (the length of the sentence is the
  news, test1 `двухмесячный`, dev30 `20-летний срок`), `24 журналиста`, `23 журналистами`, `18`, `семью`,
  `пять`, `по три`, `два журналиста` in the CPJ's Russian count (not spelled out in that sentence),
  `уже пять лет` (an asserted duration in a relative clause, dev9 / dev24), the estimates and prices of
  factru-book_3877 (`1,8-2,2 млн фунтов`, `4,8 млн`, `424 работы`, `7,88 млн`, `0,8-1,2 миллиона`, `на 3
  миллиона`, …) and `2,7 млрд долларов` are quantitative. `на протяжении почти полувека` asserts how long
  the picture stayed in one collection, the point of the sentence (dev27 `на протяжении 40 лет издание
  хранилось`; `полвека` is a number word, like dev24's `неделя`; `почти` bounds, high): quantitative.
  `Последние восемь лет наибольшее количество журналистов содержится в тюрьмах Китая` is read likewise
  (the length of China's lead is what the sentence asserts, like the title's `Второй год подряд`), not as
  a circumstantial time frame (dev6 `последние два года`); I was unsure here. `два журналиста: фотограф …
  Билал Хассеин …, и оператор … Сами аль-Хадж` is spelled out by the names that follow (dev10 / dev15 /
  dev33): not quantitative by itself (the claim is quantitative for `уже пять лет`). Not quantitative:
  `Второй`, `седьмыми`, `На шестом месте`, `второе … место` (ordinals), `Статье 283` (a name with digits),
  `1911 года`, `XX века`, `1914 году` (dates), `множество`, `Многие`, `некоторые`, `значительное место`
  (vague), `обеих компаний` (anaphoric), `два дня` (it stands outside every span, before the
  parenthesis of factru-book_3877).
- Parenthesis of whole clauses in the middle of a sentence (factru-book_3877 `Аукционный дом Sotheby's,
  традиционно проводящий "русские торги" два дня (на этот раз 25 ноября будут проданы главные лоты, 26
  ноября - все остальные), а также выносящий …, объявил о проведении …`): spans cannot nest, so the
  parenthesis gives its own claims (the gapped `26 ноября - все остальные` has its own subject and is
  split, dev2 / dev7), both predictive, and the main clause's span is its part after the parenthesis,
  which holds its predicate (dev, dev9, dev12); the `а` of `а также` is left out and `также` kept (dev17
  / dev24). `(точно таком же, как у "Канченджанги")` has no predicate and stays inside its claim.
- Gapped lists outside quotations are split (dev2 / dev7 / dev12): `Christie's возлагает надежды на …,
  Bonhams - на Николая Рериха, а Sotheby's делает ставку …` after `Неделя … стартует в Лондоне` gives four
  claims; `Картина Константина Маковского … оценивается в 250-350 тыс. …, "Магнолии" … - в 180-220
  тысяч, "Купальщицы на пляже" … - в 120-180 тысяч` gives three, each inheriting `оценивается`
  (quantitative event).
- Elaborations after `:` and `—` stay in one claim: `Работы Машкова пользуются … популярностью … - на
  прошлых "русских торгах" его "Натюрморт …" был продан за рекордную сумму …` (the dash gives evidence,
  not a cause, dev6 `как показали …`), `Сумма сделки впечатляет — 2,7 млрд долларов`, `… стоит особняком:
  женщина в лиловом смотрит на зрителя, тогда как …`, and `На картину "Канченджанга" Bonhams возлагает
  особые надежды: на июньской "неделе русских торгов" этот аукционный дом обошел всех конкурентов, …`,
  where the part after `:` gives the ground of the hopes, so the claim is causal (dev25 `Дело в том,
  что …`, dev29 explanation after `:`).
- Present for future (dev3 / dev33): the auction week that starts on Monday (`В Лондоне стартует …`,
  `Неделя … в понедельник стартует …`) is predictive; `Christie's возлагает надежды на …`, `Bonhams
  возлагает особые надежды …` and `Sotheby's делает ставку на …, впервые организуя аукцион …` state the
  houses' present stakes, with no content clause: the author's events (dev7 / dev25 attitudes with a
  nominal object). `Среди наиболее важных лотов … заявлены также рисунки …` states the present listing
  of the sale: event (dev23 `представляют` of a list already named). The future lots, prices and sales
  (`станет`, `станут`, `будет выставлено`, `будут проданы`, `будут направлены`, `представит`) are
  predictive without event (dev19 / dev22). `Sotheby's … объявил о проведении первых в истории торгов …`
  (nominal object, an upcoming auction) is the author's predictive event (dev8 `объявил о планах`);
  `Компания принимает решение о расширении бизнеса …` (a decision on a future course, carried out by the
  purchase not yet completed) is predictive event (dev24 / dev29 `Принято решение …`).
- Speakers. `по словам представителя аукционного дома` → `представителя аукционного дома` and `как
  утверждают специалисты аукционного дома` → `специалисты аукционного дома` (no proper name; head noun
  with its genitive, dev8 / dev12 / dev18); `По мнению руководства HP` → `руководства HP`; `— заявил Дейв
  Донателли, глава …` → `Дейв Донателли`; `Президент отметил` → `Президент` (Медведев is named only in
  the title line, dev19 descriptions); `Дмитрий Медведев подчеркнул` → `Дмитрий Медведев`. Джоэл Саймон's
  second quoted sentence (no frame) takes the name from the frame of the first (guidelines, test2).
  `Было поручено доложить на этот счёт` (an impersonal order with an infinitive complement) is the
  author's event (dev10 `правительству поручено … разработать`). `В качестве примера … были … приведены
  формируемые электронные библиотеки, …` (a passive with a nominal object, no content clause) is the
  author's claim, causal for `ввиду отсутствия` in its relative clause (dev4) and evaluative for the
  non-restrictive `которыми неудобно пользоваться` and `проблем` (dev21).
- Medvedev's statements (factru-book_74). `Президент отметил, что о ходе проведения проекта доходят
  разные сигналы, в том числе, что работа заглохла, а многие ведомства продолжают покупать разрозненные
  программы, на что тратятся большие бюджетные средства` is one claim (a frame and its content, however
  many clauses); the reported signals are the content asserted, not a hedge (no listed cue): high; the
  criticism carried by `заглохла`, `разрозненные` and the spending of `большие бюджетные средства` on them
  makes it evaluative (unlike dev32's neutral `зашли в тупик`); I was unsure here. `такие проблемы СПО
  может решить` states what free software would allow (ability, dev13 / dev24 `Создав базу …, НАСА может
  учиться …`): predictive, high, and evaluative as an assessment of its suitability (dev33 `могут служить
  прецедентом`); I was unsure whether it should be evaluative only, as in dev33.
- Quotations (factru-book_151). Each quoted sentence is one claim however many clauses it has (test2):
  `«Мы находимся на критическом этапе …, потому что …, чтобы …», сказал … Джоэл Саймон (Joel Simon)`
  (the English gloss stays in the span, dev14) is causal evaluative event; `«Китай пытается противостоять
  …, и если это им удастся, то это будет иметь далеко идущие последствия …»` is predictive causal
  (`последствия`, dev33 `будет иметь отрицательные последствия`) evaluative (`далеко идущие`) event,
  positive from its first clause.
- Causal: `за их работу в Интернете` (the ground of arrests in a relative clause, dev8 / dev12), `По
  таким обвинениям заключены` (the ground, dev12 `по обвинению в неуплате налогов`), `из-за своей
  профессиональной деятельности`, `за измену`, `потому что`, `чтобы`, `позволит компании разрабатывать`
  (dev10 / dev22 `это позволит`), `В результате покупки`. Not causal: `после подстрекательства …` (dev3 /
  dev13 temporal `после`, although the arrest was for the incitement), `После смерти по завещанию`
  (temporal; `по завещанию` is the legal manner of the transfer), `Три четверти из них были обвинены по
  расплывчатым формулировкам` (the wording of the charge, not its ground).
- Evaluative: `критическом этапе`, `авторитарные государства`, `далеко идущие последствия`,
  `расплывчатым формулировкам`, `вызывает беспокойство`, `шедевр`, `рекордную сумму`, `рекордом` (dev14
  `рекордной`), `сенсацией` (the non-restrictive `что уже само по себе является сенсацией`, dev21),
  `обошел всех конкурентов` (a comparison that judges), `стоит особняком`, `выделяется` (the author
  singles the picture out), `одна из самых значительных работ`, `другой важный лот`, `ценные
  произведения` (promotional, dev18), `впечатляет`, `лучшие дата-центры`, `лучшую сетевую
  инфраструктуру`, `неудобно пользоваться`. Not evaluative: `известный журналист`, `независимого
  еженедельника` (descriptors, dev7), `Главным лотом`, `Главными лотами`, `Ключевым лотом` (the auction
  houses' designation of their top lots, a factual ranking, dev7), `большой популярностью` (a size, dev21
  `внушительные суммы`; the claim is evaluative for `рекордную` anyway), `расширение пространства борьбы`
  (a literary allusion naming the strategy), `в кризисное время`, `будет легче развивать` (a predicted
  ease of the company's work, not a value judgement), the event names in quotation marks (`"неделя
  русских торгов"`, `"русских торгов"`, dev20 `"народный сход"`).
- Certainty. `Возможно, некоторые из низ уже мертвы` is low (listed cue); `оценивается в …` and `с
  эстимейтом` are valuations, no hedge (dev11 / dev33); `почти` bounds (dev16). Everything else is high.
- Spans. Sentence-initial `Однако`, `Всего`, `Первоначально`, `Далее` are kept; a leading `а` is left out.
  The typos `низ` (for `них`), `которые находится`, `которые опубликовал`, `лечге` and `Sothebys` are kept
  as written.
"""

DOCS = {
    "factru-book_151": (None, [
        ("На 1 декабря 2006 года во всём мире — 134 журналиста находятся в тюрьмах",
         "quantitative event", None, "+", "high"),
        ("это на 9 больше, чем в 2005 году",
         "quantitative", None, "+", "high"),
        ("Журналисты арестованы в 24-х странах",
         "quantitative event", None, "+", "high"),
        ("Наибольшее количество арестованных журналистов в Китае, Кубе, Эритрее и в Эфиопии",
         "event", None, "+", "high"),
        ("Наибольшее количество арестованных журналистов (67) — это репортёры, редакторы и фотографы",
         "quantitative", None, "+", "high"),
        ("Однако в последнее время растёт количество журналистов, которые подвергаются арестам за их работу в "
         "Интернете (в этом году — 49)",
         "quantitative causal event", None, "+", "high"),
        ("С 1997 года, когда был арестован первый журналист-интернетчик, количество их растёт наибольшими "
         "темпами",
         "event", None, "+", "high"),
        ("Список заключенных интернет-журналистов включает репортёров из Китая, независимых авторов из Кубы, "
         "которые пишут для зарубежных Интернет страниц и американского видео-блоггера Джошуа Вольфа (Joshua "
         "Wolf), который отказался передать материалы большому жюри",
         "event", None, "+", "high"),
        ("«Мы находимся на критическом этапе борьбы за свободу прессы, потому что авторитарные государства "
         "прилагают большие усилия, чтобы управлять информацией в Интернете», сказал руководитель КЗЖ Джоэл "
         "Саймон (Joel Simon)",
         "causal evaluative event", "Джоэл Саймон", "+", "high"),
        ("«Китай пытается противостоять тому, что Интернет неуправляем и не подвержен цензуре, и если это им "
         "удастся, то это будет иметь далеко идущие последствия не только для Интернета, но и для свободы "
         "печати во всем мире»",
         "predictive causal evaluative event", "Джоэл Саймон", "+", "high"),
        ("Наиболее распространенные обвинения, которые используются, чтобы отправлять журналистов за решетку во "
         "всем мире — это «антигосударственные» заявления, подрывная деятельность, разглашение государственных "
         "тайн, и действия против интересов государства",
         "causal evaluative event", None, "+", "high"),
        ("По таким обвинениям заключены в тюрьмы 84 журналиста в Китае, в Кубе и в Эфиопии",
         "quantitative causal event", None, "+", "high"),
        ("В докладе отмечается увеличение количества арестов журналистов вообще без всяких обвинений",
         "event", None, "+", "high"),
        ("В Эритрее журналисты арестовываются без обвинений",
         "event", None, "+", "high"),
        ("они содержатся в секретных местах",
         "event", None, "+", "high"),
        ("никакие сведения о них не сообщаются",
         "event", None, "-", "high"),
        ("В США содержатся в заключении без обвинений два журналиста: фотограф Ассошиэйтед Пресс Билал Хассеин "
         "(Bilal Hussein), и оператор Аль-Джазиры Сами аль-Хадж (Sami al-Haj), которые находится в тюрьме уже "
         "пять лет и в настоящий момент содержится в Гуантанамо (Куба)",
         "quantitative event", None, "+", "high"),
        ("Последние восемь лет наибольшее количество журналистов содержится в тюрьмах Китая",
         "quantitative event", None, "+", "high"),
        ("В этом году их — 31",
         "quantitative", None, "+", "high"),
        ("Три четверти из них были обвинены по расплывчатым формулировкам «антигосударственной деятельности»",
         "quantitative evaluative event", None, "+", "high"),
        ("19 журналистов, арестованных в Китае — это журналисты, работающие в Интернете",
         "quantitative", None, "+", "high"),
        ("Продолжает отбывать 10-и летний срок заключения известный журналист Ши Тао (Shi Tao), которые "
         "опубликовал в Интернете инструкции отдела пропаганды по поводу очередной годовщины событий на площади "
         "Тяньаньмынь",
         "quantitative event", None, "+", "high"),
        ("Правительство Китая объявило эти инструкции «государственной тайной»",
         "event", None, "+", "high"),
        ("Куба содержит 24 журналиста за решёткой",
         "quantitative event", None, "+", "high"),
        ("это второе, после Китая, место",
         "event", None, "+", "high"),
        ("Эритрея — лидер среди африканских стран, с 23 журналистами в тюрьме",
         "quantitative", None, "+", "high"),
        ("Эти заключенные считаются отрезанными от внешнего мира",
         "event", "считаются", "+", "high"),
        ("их состояние вызывает беспокойство",
         "causal evaluative event", None, "+", "high"),
        ("Возможно, некоторые из низ уже мертвы",
         "event", None, "+", "low"),
        ("Правительство Эритреи отказывается сообщать что-либо о местонахождении этих журналистов, их здоровье, "
         "и живы ли они всё еще",
         "event", None, "+", "high"),
        ("В соседней Эфиопии 18 заключенных журналистов, большинство которых были осуждены за измену",
         "quantitative causal", None, "+", "high"),
        ("Далее следует Бирма с семью заключёнными журналистами",
         "quantitative event", None, "+", "high"),
        ("На шестом месте — Узбекистан, который держит пять журналистов в заключении",
         "quantitative event", None, "+", "high"),
        ("Соединенные Штаты, Азербайджан, и Бурунди являются седьмыми в списке наций — по три заключённых "
         "журналистов",
         "quantitative event", None, "+", "high"),
        ("Комитет защиты журналистов считает, что в России два журналиста находятся в заключении из-за своей "
         "профессиональной деятельности",
         "quantitative causal event", "Комитет защиты журналистов", "+", "high"),
        ("Борис Стомахин, редактор ежемесячной газеты «Радикальная политика», был арестован 22 марта 2006 года "
         "после подстрекательства к этнической ненависти и обнародования призывов к экстремистской деятельности",
         "event", None, "+", "high"),
        ("Владимир Королёв, фотограф независимого еженедельника «Пермский обозреватель», был арестован 11 "
         "сентября 2006 года и обвинён в раскрытии неуказанных государственных тайн по Статье 283 уголовного "
         "кодекса России",
         "event", None, "+", "high"),
    ]),
    "factru-book_3877": (None, [
        ('В Лондоне стартует "неделя русских торгов"',
         "predictive", None, "+", "high"),
        ('Неделя "русских торгов" в понедельник стартует в Лондоне',
         "predictive", None, "+", "high"),
        ("Christie's возлагает надежды на Аристарха Лентулова",
         "event", None, "+", "high"),
        ("Bonhams - на Николая Рериха",
         "event", None, "+", "high"),
        ("Sotheby's делает ставку на расширение пространства борьбы, впервые организуя аукцион современного "
         "русского искусства",
         "event", None, "+", "high"),
        ('Главным лотом "русских торгов" аукционного дома Christie\'s станет картина Аристарха Лентулова "Церковь '
         'в Алупке", которая оценивается в 1,8-2,2 млн фунтов',
         "predictive quantitative", None, "+", "high"),
        ('Другой выставляющийся на торги шедевр - работа Ильи Машкова 1911 года "Купальщицы" с оценочной '
         "стоимостью в 600-800 тыс. фунтов",
         "quantitative evaluative", None, "+", "high"),
        ('Работы Машкова пользуются сейчас большой популярностью среди коллекционеров - на прошлых "русских '
         'торгах" его "Натюрморт с фруктами" был продан за рекордную сумму в 4,8 млн фунтов',
         "quantitative evaluative event", None, "+", "high"),
        ("Всего на торги будет выставлено 424 работы, значительное место среди которых занимают пейзажи начала "
         "XX века",
         "predictive quantitative", None, "+", "high"),
        ('Среди них выделяется картина Аполлинария Васнецова "Деревня в Уральских горах" с эстимейтом 600-800 '
         "тыс. фунтов стерлингов",
         "quantitative evaluative event", None, "+", "high"),
        ("Эта работа выставлялась в 1914 году на Балтийской выставке в шведском Мальме, где была приобретена "
         "дедом нынешнего владельца",
         "event", None, "+", "high"),
        ("После этого она находилась в одной и той же частной коллекции на протяжении почти полувека",
         "quantitative event", None, "+", "high"),
        ('Среди наиболее важных лотов "русских торгов" заявлены также рисунки Зинаиды Серебряковой, Александра '
         "Бенуа и Сергея Чехонина",
         "event", None, "+", "high"),
        ('Картина Константина Маковского "Портрет детей художника Константина и Ольги" оценивается в 250-350 '
         "тыс. фунтов стерлингов",
         "quantitative event", None, "+", "high"),
        ('"Магнолии" Натальи Гончаровой - в 180-220 тысяч',
         "quantitative event", None, "+", "high"),
        ('"Купальщицы на пляже" Константина Коровина - в 120-180 тысяч',
         "quantitative event", None, "+", "high"),
        ('Главными лотами "русских торгов" аукциона Bonhams в Лондоне, по словам представителя аукционного дома, '
         'станут "Женщина в лиловом" Фалька и "Канченджанга" Николая Рериха',
         "predictive", "представителя аукционного дома", "+", "high"),
        ("Картина Фалька оценивается в 1-1,5 млн фунтов",
         "quantitative event", None, "+", "high"),
        ("Изображенная на ней женщина - жена Фалька Елизавета Потехина",
         "event", None, "+", "high"),
        ("Художник написал множество ее портретов",
         "event", None, "+", "high"),
        ("этот, как утверждают специалисты аукционного дома, стоит особняком: женщина в лиловом смотрит на "
         "зрителя, тогда как на других портретах ее взгляд направлен в сторону",
         "evaluative event", "специалисты аукционного дома", "+", "high"),
        ('На картину "Канченджанга" Bonhams возлагает особые надежды: на июньской "неделе русских торгов" этот '
         'аукционный дом обошел всех конкурентов, продав "Труды Богоматери" Рериха за 7,88 млн фунтов при '
         'эстимейте в 0,8-1,2 миллиона (точно таком же, как у "Канченджанги")',
         "quantitative causal evaluative event", None, "+", "high"),
        ("Эта цена стала не только рекордом для картины русского художника, проданной на аукционе",
         "evaluative event", None, "+", "high"),
        ("она еще и превысила предыдущий рекорд сразу на 3 миллиона фунтов, что уже само по себе является "
         "сенсацией",
         "quantitative evaluative event", None, "+", "high"),
        ("на этот раз 25 ноября будут проданы главные лоты",
         "predictive", None, "+", "high"),
        ("26 ноября - все остальные",
         "predictive", None, "+", "high"),
        ("также выносящий на отдельный аукцион произведения декоративно-прикладного искусства, объявил о "
         "проведении первых в истории торгов современным русским искусством и искусством стран Восточной Европы",
         "predictive event", None, "+", "high"),
        ("Работы Генриха Семирадского, Николая Фешина и Петра Верещагина станут главными лотами основных "
         "\"русских торгов\" аукционного дома Sotheby's в Лондоне",
         "predictive", None, "+", "high"),
        ('Ключевым лотом аукциона станет картина Семирадского "Потерпевший кораблекрушение (Римский нищий)" с '
         "эстимейтом в 1-1,3 млн фунтов",
         "predictive quantitative", None, "+", "high"),
        ("Многие монументальные произведения Семирадского уничтожены, в том числе его фрески в разрушенном храме "
         "Христа Спасителя",
         "event", None, "+", "high"),
        ('"Потерпевший кораблекрушение" - одна из самых значительных работ художника, хранящихся в частных '
         "коллекциях",
         "evaluative", None, "+", "high"),
        ('"Обнаженная" Николая Фешина - другой важный лот вечерних торгов Sothebys',
         "evaluative", None, "+", "high"),
        ("Ее оценочная стоимость - 500-700 тыс. фунтов",
         "quantitative", None, "+", "high"),
        ("Первоначально картина находилась в коллекции голливудского актера Джорджа Монтгомери",
         "event", None, "+", "high"),
        ("После смерти по завещанию она перешла в собственность Художественного музея Палм-Спрингс (Калифорния)",
         "event", None, "+", "high"),
        ("Средства, вырученные от продажи картины, будут направлены в фонд Джорджа Монтгомери",
         "predictive", None, "+", "high"),
        ('На следующий день после вечерних "русских торгов" Sotheby\'s представит вниманию покупателей ценные '
         "произведения декоративно-прикладного искусства, а также коллекцию икон",
         "predictive evaluative", None, "+", "high"),
    ]),
    "factru-book_356": (None, [
        ("Компания принимает решение о расширении бизнеса в кризисное время",
         "predictive event", None, "+", "high"),
        ("Компания Hewlett-Packard официально объявила о покупке производителя сетевого оборудования 3Com",
         "event", None, "+", "high"),
        ("Сумма сделки впечатляет — 2,7 млрд долларов",
         "quantitative evaluative event", None, "+", "high"),
        ("Соответствующие договорённости одобрены советами директоров обеих компаний",
         "event", None, "+", "high"),
        ("По мнению руководства HP, покупка 3Com позволит компании разрабатывать лучшие дата-центры, серверы, "
         "системы хранения и передачи данных, а также предлагать своим клиентам лучшую сетевую инфраструктуру",
         "predictive causal evaluative", "руководства HP", "+", "high"),
        ("«В результате покупки нам будет лечге развивать стратегию производства конвергентных решений нашим "
         "корпоративным клиентам», — заявил Дейв Донателли, глава отдела корпоративных серверов и сетей HP",
         "predictive causal", "Дейв Донателли", "+", "high"),
    ]),
    "factru-book_74": (None, [
        ("Президент отметил, что о ходе проведения проекта доходят разные сигналы, в том числе, что работа "
         "заглохла, а многие ведомства продолжают покупать разрозненные программы, на что тратятся большие "
         "бюджетные средства",
         "evaluative event", "Президент", "+", "high"),
        ("Было поручено доложить на этот счёт",
         "event", None, "+", "high"),
        ("В качестве примера проблем в сфере информатизации были, в частности, приведены формируемые "
         "электронные библиотеки, которыми неудобно пользоваться ввиду отсутствия единой технологической основы",
         "causal evaluative event", None, "+", "high"),
        ("Дмитрий Медведев подчеркнул, что такие проблемы СПО может решить",
         "predictive evaluative", "Дмитрий Медведев", "+", "high"),
    ]),
}
