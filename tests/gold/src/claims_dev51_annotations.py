"""Hand annotations of claims, dev set part 51: real news articles (factRuEval-2016 texts, MIT).

Later stretches of two long articles of the shared news collection
(``../shared/data/news/articles.jsonl`` from the repository root), each kept as its title line followed by
a paragraph range (build_claims_gold.keep_paragraphs with `(first, last)`, 1-based, the title line
counting as paragraph 1): factru-book_3615@2 (paragraphs 7–14: from `Пойдём дальше: в воскресенье, 1 мая,
…` to `Да нет, это Сидоров, …`) and factru-book_3539@2 (paragraphs 13–23: from `Жизнь с самого начала
оставляла …` to `Почти два года Вертинский перевязывал раненых, …`). Their openings are annotated in
dev48 (factru-book_3615 to paragraph 6, factru-book_3539 to paragraph 12). Annotated by hand by reading
the texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev48_annotations.py; the format is described in
build_claims_gold.py. `types` are listed in the precedence order of the guidelines, so the first is the
primary type. Both are magazine essays (a church-calendar column on «Двенадцать стульев», a biographical
sketch of Вертинский), narrated largely in the historical present.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title lines and headings. The title lines (the byline `Олег Давыдов`, the title of the Вертинский essay)
  carry no claim. The intertitles `Философия потока` (factru-book_3615) and `Живой бог русской музыки`
  (factru-book_3539) are headings: no claim (dev48 `Поколение левой руки`).
- factru-book_3539@2 opens with the paragraph `Жизнь с самого начала оставляла …`, which the article
  repeats from its lead (annotated in dev48): it is annotated again here with dev48's decisions (dev4 /
  dev5 repeated leads; the gapped `Слишком много «пустого» пространства.` is a claim). The paragraph `С
  армией Колчака бежала … Шаляпина.` followed by `Живой бог русской музыки` reads as the embedded teaser
  of another article of the magazine with its title line, like dev48's Георгий Иванов teaser: the teaser
  is annotated as body text, its title line is a heading.
- Questions. `Однако что такое в этом контексте «стул»?` and `Почему это так?` are questions: no claims.
  `Его-то и изображают Ильф и Петров, хотя и затрудняются сходу назвать его имя: «Кто же этот розовощёкий
  индивид — обжора, пьянчуга и сластун?` is one orthographic sentence (an author's frame whose quotation
  after `:` opens with a question) ending in `?`: by the dev / dev38 / dev44 rule (a sentence ending in `?`
  is no claim even when its main clause is declarative) it gets no claim, and the quoted questions that
  follow (`Гаргантюа, король дипсодов? … Лукулл?»`) are none either. I was unsure, since `Его-то и
  изображают Ильф и Петров` is a plain assertion. The answer `Да нет, это Сидоров, «…»` is a claim;
  `Да нет,` is the answer particle kept as an introductory word (dev48 `Нет,`), and the clause is not
  negated: positive.
- Colon elaboration with a comma splice. `Пойдём дальше: в воскресенье, 1 мая, происходит явление …,
  создаётся «Союз меча и орала».`: the hortative `Пойдём дальше` (dev48 `поговорим`, `послушаем`:
  normative) is joined with the first clause after `:` that spells out where we go (elaboration after
  `:`), one claim, normative event; the second clause after the colon has a subject of its own and is
  coordinated asyndetically with the first (not with the hortative), so it is split off as its own claim
  (dev48's `;` items with their own subjects). I was unsure whether to keep the whole sentence as one
  claim.
- Parentheses. A parenthesis holding a clause is a claim of its own (dev / dev9 / dev36 / dev47): `(Бездомный
  предпочтёт «Нашу марку»)`, `(глава называется «Изгнание из рая»)`, `(это одна из двенадцати Пятниц …)`,
  `(и Воробьянинов перерезает горло Остапу, …)` (its `и` left out), and factru-book_3539's `(без собственных
  костюмов в театрах тогда статистов не брали)` (negative). `(пародия на влюблённость Фауста в Гретхен)`
  has no verb but predicates a reading of the preceding clause (the restaurant visit is a parody), like
  dev47's verbless predications and dev48's `Интересные профессии.`: a claim; I was unsure, since it could
  be read as a mere apposition. The identifying appositions `(глава «Среди океана стульев»)` and the quoted
  time `(«в первом часу ночи»)` assert nothing of their own: no claims, and they stay inside the span of
  their clause. When a parenthesis stands inside a clause, the spans cannot overlap: in `Как видим, время …
  расчислено по календарю: действие начинается на вербную пятницу (…) и заканчивается «в дождливый день …»,
  когда …` the part before the parenthesis holds the main predicate and is the main claim, and the part
  after it (`заканчивается …`, a second predicate of `действие`) is annotated as a claim of its own rather
  than left out, since it asserts a separate event; I was unsure (dev36 left the words before a
  parenthesis out). In `Скопив 25 рублей и подыскав компаньона … (…), Вертинский подался в Москву` the
  main claim's span is the part after the parenthesis, which holds the predicate (dev36 / dev47), and the
  words before belong to no claim; its types still describe the whole clause, whose adverbial participle
  asserts the sum saved, so it is quantitative event; I was unsure, since the number lies outside the span.
- Splits. Comma splices with their own subjects are split (dev24 / dev29 / dev37): `Концессионеры уже в
  Москве, Воробьянинов … ведёт …, и это заканчивается …, а в результате сокровища уплывают …` (four
  claims besides the parenthesis), `Дальше привязки … исчезают и первая точная дата … — 19 июня` (two),
  `Дальше день начинает укорачиваться, солнце идёт на зиму, а лето — на жару` (three; the gapped `лето — на
  жару` split off, dev2 / dev48), `девушки гадали …, и он переводил их …`, `Это теперь уже в прошлом, но
  архетипика … действует`, `Календарная магия … налицо, в принципе, можно считать, что …`, and in
  factru-book_3539 `С армией Колчака бежала …, на пароходах … спасались …, уходили … многие звёзды и
  звёздочки` (three), `Да, в первой эмиграции оказалось немало …, но даже самые яркие их имена блекнут …`
  and `Мальчик наказан …, но бабочки являются …`. Predicates sharing one subject (also the implicit one of
  indefinite-personal and impersonal sentences) stay one claim: `Этот стул украден 20 июня, обследован —
  21-го`, `проникал …, выступал … и подвизался …`, `играл …, поступил …, соглашался …, показывался … — но
  … был отвергнут`, `бурлило и клокотало, требовало выхода и не находило его` (positive from its first
  predicate, dev12 / dev16), `Его покупали …, носили …, одалживали и одалживались`. A new sentence
  continuing the subject of the previous one (`Но одновременно обыгрывает …`, `Но прекрасно понимал, что …`)
  is a claim of its own, its leading `Но` left out; `А вот` loses its `А` (dev18 `вот британский премьер`),
  `А чтобы …` its `А`, `И в стуле …` its `И`; `Как видим`, `Для сравнения:`, `Вот, например,`, `Да,`
  are kept (dev44 `как мы видим`, dev48 `Например`).
- Verbless sentences. `Игра чёрных и белых.` continues `сводится к борьбе света и тьмы, …` with its
  subject and copula gapped (dev3 / dev16 / dev47 gapped continuations): a claim, a metaphoric reading
  (the chess of Васюки announced in the next sentence): evaluative without event.
- Speakers. Both stretches are the authors' own narration and argument; no claim has a source.
  `прекрасно понимал, что вечно так продолжаться не может` narrates Вертинский's awareness with a factive
  verb the author endorses, not a relayed assertion (`понимал` is no verb of saying or believing in the
  guidelines' sense): the author's event, positive from `понимал`. `обнаруживается табличка, гласящая, что
  …` is the author's (the finding of the plate; the participle is inside). `Почти два года Вертинский
  перевязывал раненых, читал …, пел и даже, по его уверению, оперировал` stays the author's claim: `по его
  уверению` attributes only the last of the shared-subject predicates, so it does not make the whole a
  source's claim, and it is no listed hedge: high; I was unsure here.
- Literary interpretation. Interpretive claims with a verbal predicate (`пародирует мистическую подоснову`,
  `обыгрывает появление Фауста …`, `время … буквально расчислено по календарю`, `Мифология солнцеворота …
  сводится к …`) are typed like dev48's `Бендер соответствует Мефистофелю` and `явно намекают`: event; the
  verbless `пародия на …` is an identification (dev48 `Этот доклад — реакция на доклад …`): event. Evaluative
  where a judging word or metaphor carries the claim: `«нечистая пара»` (the author's demonising label for
  Бендер and Воробьянинов, in line with his Mephistopheles reading; scare quotes, dev6 / dev8), `Дела …
  идут всё хуже и хуже`, `Календарная магия … налицо` (dev19 `Результаты — налицо`: evaluative only),
  `12 стульев — это 12 месяцев` (an interpretive identification), `современный вариант мифа о
  потребительском рае`, `идеальный желудок, божественный потребитель`, and in factru-book_3539
  `маниакальной страстью`, `звёзды и звёздочки`, `блекнут рядом со сверкающей снежной шапкой Монблана`,
  `декадентские, но с бунинской интонацией`, `презрительный и надменный, … большого оригинала`, `Слишком
  много … знаменитых бездарностей`. Not evaluative: `«гиганта мысли»`, `«маленьким уродливым существом»`
  and the other words quoted from the novel or the story (citation, not scare quotes, dev20 / dev48),
  `узловая солнечная дата` (the solstice is the node of the solar year: factual), `эпидемия увлечения
  кокаином` (the ordinary figurative term for a mass habit).
- `в принципе, можно считать, что …`: `В принципе` and `можно сказать, что …`-like formulas are neither
  normative nor hedges (dev36), so high; the claim is typed from its content: quantitative (the count
  twelve is the point of the identification; `12 стульев` is also the novel's title, but here it counts
  the chairs) and evaluative. I was unsure about quantitative.
- Causal. Purpose of an asserted action (`чтобы плыть …`, `чтобы отомстить …`, `А чтобы не умереть с
  голоду, брался …`, `достал … пятак — для оплаты`) is causal (dev / dev6 / dev48); `лишь бы подальше от
  Советов` gives the motive of the flight: causal. `в результате`, `поскольку`, `Вот почему`, `из-за своего
  грассирующего «р»` are causal; `помогла` states an effect by the verb (dev6 / dev15): causal. Not causal:
  `это заканчивается потерей денег` (how the episode ends), `после этого` (temporal), `прежде чем идти`
  (temporal), and the bare infinitive after a verb of motion `ходили к реке слушать воду`, which names
  the activity itself (went to listen) rather than stating a reason; I was unsure about the last.
- Numbers. `Почти два года` is the length of his service, the point of the sentence (dev10 / dev47
  durations): quantitative, `почти` no hedge (dev16). `25 рублей` (see above): quantitative. Not
  quantitative: dates (`1 мая`, `19 июня`, `21—22 июня`, `13 декабря`, `В 1911–1912 годах`), ordinals
  (`27-м году`, `Часть вторая`, `первые рассказы`), `эти две Триоди` (anaphoric), `одна из двенадцати
  Пятниц` (the traditional set named, `один из`), the vague `немало`, `Слишком много`. `ближе к полуночи`
  is a time of day, not a listed approximation cue: high.
- Tense. The historical present and the narrative future inside a retold novel (`Бездомный предпочтёт
  «Нашу марку»`) narrate past or fictional events: event, not predictive (dev47 / dev48).
"""

DOCS = {
    "factru-book_3615@2": ((7, 14), [
        ("Пойдём дальше: в воскресенье, 1 мая, происходит явление «гиганта мысли» избранным представителям "
         "старгородского общества",
         "normative event", None, "+", "high"),
        ("создаётся «Союз меча и орала»",
         "event", None, "+", "high"),
        ("На этот день в 1927 году пришлась «Неделя о Фоме», праздник, в который Церковь вспоминает явление "
         "апостолам воскресшего Иисуса",
         "event", None, "+", "high"),
        ("Возвращение предводителя пародирует мистическую подоснову этого праздника",
         "event", None, "+", "high"),
        ("одновременно обыгрывает появление Фауста и Мефистофеля в погребке Ауэрбаха, где Мефистофель "
         "предлагает не узнавшим его пьяницам вино на любой вкус",
         "event", None, "+", "high"),
        ("Для сравнения: в пасхальном романе Булгакова Воланд предлагает дьявольское зелье на выбор, табак",
         "event", None, "+", "high"),
        ("Бездомный предпочтёт «Нашу марку»",
         "event", None, "+", "high"),
        ("в пасхальном романе Ильфа и Петрова Остап распределяет должности",
         "event", None, "+", "high"),
        ("На следующее воскресенье, 8 мая, приходится Неделя жён-мироносиц",
         "event", None, "+", "high"),
        ("Концессионеры уже в Москве",
         "event", None, "+", "high"),
        ("Воробьянинов в этот день ведёт вегетарианку Лизу в ресторан",
         "event", None, "+", "high"),
        ("пародия на влюблённость Фауста в Гретхен",
         "event", None, "+", "high"),
        ("это заканчивается потерей денег",
         "event", None, "+", "high"),
        ("в результате сокровища уплывают из рук",
         "causal event", None, "+", "high"),
        ("Дальше привязки событий текста к конкретным праздничным датам временно исчезают",
         "event", None, "+", "high"),
        ("первая точная дата после аукциона — 19 июня",
         "event", None, "+", "high"),
        ("В этот день искатели сокровищ восходят на корабль, чтобы плыть с театром Колумба по Волге",
         "causal event", None, "+", "high"),
        ("В 27-м году это, конечно, опять воскресенье, Праздник Всех Святых",
         "event", None, "+", "high"),
        ("Все упомянутые воскресные дни — праздники подвижного круга, так называемой Триоди цветной, которая "
         "начинается с Пасхи и продолжает собой Триодь постную",
         "event", None, "+", "high"),
        ("Вместе эти две Триоди покрывают круг подвижных праздников, которые зависят от даты Пасхи, то есть от "
         "фаз Луны, поскольку Пасхи определяется из соотношения лунного и солнечного календарей",
         "causal event", None, "+", "high"),
        ("вот на корабле уже счёт начинается чисто по Солнцу",
         "event", None, "+", "high"),
        ("в стуле, выпотрошенном на пароходе, обнаруживается табличка, гласящая, что этим стулом мастер Гамбс "
         "начинает новую партию мебели",
         "event", None, "+", "high"),
        ("Этот стул украден 20 июня, обследован — 21-го («в первом часу ночи»)",
         "event", None, "+", "high"),
        ("в тот же день, ближе к полуночи «нечистая пара» изгнана с парохода",
         "evaluative event", None, "+", "high"),
        ("глава называется «Изгнание из рая»",
         "event", None, "+", "high"),
        ("как раз 21—22 июня — узловая солнечная дата, летнее солнцестояние, когда долгота дня наибольшая",
         "event", None, "+", "high"),
        ("Дальше день начинает укорачиваться",
         "event", None, "+", "high"),
        ("солнце идёт на зиму",
         "event", None, "+", "high"),
        ("лето — на жару",
         "event", None, "+", "high"),
        ("Мифология солнцеворота, собственно, и сводится к борьбе света и тьмы, тепла и холода, ночи и дня",
         "event", None, "+", "high"),
        ("Игра чёрных и белых",
         "evaluative", None, "+", "high"),
        ("Вот почему именно 22 июня состоялся сеанс одновременной игры в Васюках, завершившийся поражением "
         "Бендера",
         "causal event", None, "+", "high"),
        ("Дела концессионеров после этого идут всё хуже и хуже",
         "evaluative event", None, "+", "high"),
        ("Как видим, время в этом романе буквально расчислено по календарю: действие начинается на вербную "
         "пятницу",
         "event", None, "+", "high"),
        ("это одна из двенадцати Пятниц народной календарной мифологии",
         "event", None, "+", "high"),
        ("заканчивается «в дождливый день в конце октября», когда уже срезан последний сноп",
         "event", None, "+", "high"),
        ("Воробьянинов перерезает горло Остапу, прежде чем идти забирать сокровища",
         "event", None, "+", "high"),
        ("Календарная магия в её аграрном аспекте налицо",
         "evaluative", None, "+", "high"),
        ("в принципе, можно считать, что 12 стульев — это 12 месяцев",
         "quantitative evaluative", None, "+", "high"),
        ("Мифология Андрея Первозванного, память которого церковь отмечает 13 декабря, связана с водой и "
         "дорогами",
         "event", None, "+", "high"),
        ("В этот день девушки гадали о суженом",
         "event", None, "+", "high"),
        ("он переводил их через мост",
         "event", None, "+", "high"),
        ("Серьёзные люди ночью ходили к реке слушать воду",
         "event", None, "+", "high"),
        ("Это теперь уже в прошлом",
         "event", None, "+", "high"),
        ("архетипика, связывающая Андрея с водой и дорогами, действует",
         "event", None, "+", "high"),
        ("Вот, например, начальник железных дорог России Владимир Якунин одновременно является председателем "
         "попечительского совета Фонда Андрея Первозванного",
         "event", None, "+", "high"),
        ("Часть вторая романа (глава «Среди океана стульев») начинается словами «статистика знает всё» и рисует "
         "«розовощёкого индивида, сидящего с салфеткой на груди и с аппетитом уничтожающего дымящуюся снедь»",
         "event", None, "+", "high"),
        ("Авторы развёртывают виртуальное пространство статистических таблиц, представляющее собой современный "
         "вариант мифа о потребительском рае",
         "evaluative event", None, "+", "high"),
        ("На этом статистическом небе обитает особое существо, идеальный желудок, божественный потребитель",
         "evaluative event", None, "+", "high"),
        ("Да нет, это Сидоров, «средний гражданин, съедающий в среднем за свою жизнь всю изображённую на таблице "
         "снедь»",
         "event", None, "+", "high"),
    ]),
    "factru-book_3539@2": ((13, 23), [
        ("Жизнь с самого начала оставляла для Александра Вертинского слишком много вопросов без ответов",
         "evaluative event", None, "+", "high"),
        ("Слишком много «пустого» пространства",
         "evaluative event", None, "+", "high"),
        ("он научился заполнять его вымыслом",
         "event", None, "+", "high"),
        ("Создал собственный театр с безумным множеством персонажей, каждый из которых — от сироток-калек и "
         "безымянных кокаинеточек до гениальных скрипачей и кинодив — был им самим",
         "evaluative event", None, "+", "high"),
        ("Театр стал маниакальной страстью Вертинского еще с гимназических лет",
         "evaluative event", None, "+", "high"),
        ("Он любыми способами проникал на спектакли, оперы, концерты, выступал в любительских постановках в "
         "контрактовом зале на киевском Подоле и подвизался статистом в Соловцовском театре — разумеется, "
         "бесплатно",
         "event", None, "+", "high"),
        ("чтобы не умереть с голоду, брался за любую работу — пописывал рецензии на выступления гастролеров, "
         "служил корректором в типографии, нанимался помощником бухгалтера в гостиницу, продавал открытки, "
         "грузил арбузы на барках и даже подворовывал у двоюродной сестры безделушки, чтобы сбыть их на "
         "толкучке",
         "causal event", None, "+", "high"),
        ("С армией Колчака бежала из Владивостока семья цыган Димитриевичей",
         "event", None, "+", "high"),
        ("на пароходах генерала Врангеля спасались Александр Вертинский и Надежда Плевицкая",
         "event", None, "+", "high"),
        ("уходили куда угодно, лишь бы подальше от Советов, многие звёзды и звёздочки",
         "causal evaluative event", None, "+", "high"),
        ("Да, в первой эмиграции оказалось немало творческих личностей, работавших в интересующем нас жанре "
         "русской песни",
         "event", None, "+", "high"),
        ("даже самые яркие их имена блекнут рядом со сверкающей снежной шапкой Монблана в лице Фёдора "
         "Ивановича Шаляпина",
         "evaluative event", None, "+", "high"),
        ("В 1911–1912 годах журналы «Киевская неделя» и «Лукоморье» опубликовали первые рассказы Вертинского: "
         "«Красные бабочки» и «Моя невеста» — декадентские, но с бунинской интонацией",
         "evaluative event", None, "+", "high"),
        ("«Красные бабочки» — о мальчике-сироте, случайно погубившем красных бабочек, вышитых на черном платье",
         "event", None, "+", "high"),
        ("Мальчик наказан суровой теткой",
         "event", None, "+", "high"),
        ("бабочки являются ему во сне, чтобы отомстить за погибших сестер",
         "causal event", None, "+", "high"),
        ("«Моя невеста» — о сумасшедшей бездомной, читающей стихи на эстраде опустевшего осеннего парка",
         "event", None, "+", "high"),
        ("Эта «светлая малютка-невеста» при ближайшем рассмотрении оказывается «маленьким уродливым существом» "
         "с «длинным, острым, серо-зеленого цвета лицом», «черно-синими припухшими губами», «без бровей, без "
         "ресниц, с глубоко вдавленными в череп глазами»",
         "event", None, "+", "high"),
        ("Свободное от литературных посиделок и работы время Вертинский коротал с киевской богемной молодежью "
         "в подвальном кабачке, закусывая дешевое вино дешевым сыром",
         "event", None, "+", "high"),
        ("В приобретенном на толкучке подержанном фраке, всегда с живым цветком в петлице, всегда презрительный "
         "и надменный, он сыпал заранее продуманными афоризмами и производил на окружающих впечатление большого "
         "оригинала",
         "evaluative event", None, "+", "high"),
        ("прекрасно понимал, что вечно так продолжаться не может",
         "event", None, "+", "high"),
        ("без собственных костюмов в театрах тогда статистов не брали",
         "event", None, "-", "high"),
        ("Вертинский подался в Москву",
         "quantitative event", None, "+", "high"),
        ("Здесь он играл небольшие роли в любительских студиях, поступил в театр миниатюр Марьи Арцыбушевой, "
         "где служил за котлеты и борщ, соглашался на любые роли в кино, показывался во МХАТе — но из-за "
         "своего грассирующего «р» был отвергнут Станиславским",
         "causal event", None, "+", "high"),
        ("внутри бурлило и клокотало, требовало выхода и не находило его",
         "event", None, "+", "high"),
        ("Слишком много вокруг было никому неизвестных талантов и знаменитых бездарностей",
         "evaluative event", None, "+", "high"),
        ("Столицы захлестнула эпидемия увлечения кокаином",
         "event", None, "+", "high"),
        ("Его покупали сначала в аптеках, затем с рук, носили в пудреницах и портсигарах, щедро одалживали и "
         "одалживались",
         "event", None, "+", "high"),
        ("Однажды выглянув из выходившего на крышу окна мансарды, которую Вертинский снимал, он обнаружил, что "
         "весь скат усеян пустыми коричневыми бутылочками из-под кокаина",
         "event", None, "+", "high"),
        ("Вертинский отправился к психиатру, профессору Баженову, и, подойдя к трамвайной остановке, увидел, как "
         "Пушкин сошел со своего пьедестала, оставив на нем четкий след",
         "event", None, "+", "high"),
        ("Александр Сергеевич сел вместе с Вертинским в трамвай и достал большой старинный медный пятак — для "
         "оплаты",
         "causal event", None, "+", "high"),
        ("Справиться с пристрастием к кокаину Вертинскому помогла война",
         "causal event", None, "+", "high"),
        ("Под именем Брат Пьеро он записался в санитарный поезд, курсировавший от Москвы к фронту и обратно",
         "event", None, "+", "high"),
        ("Почти два года Вертинский перевязывал раненых, читал им письма от родных, пел и даже, по его "
         "уверению, оперировал",
         "quantitative event", None, "+", "high"),
    ]),
}
