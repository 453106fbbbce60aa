"""Hand annotations of claims, dev set part 48: real news articles (factRuEval-2016 texts, MIT).

The first paragraphs of three articles of the shared news collection
(``../shared/data/news/articles.jsonl`` from the repository root): factru-book_3677 (9 paragraphs),
factru-book_3615 (6 paragraphs) and factru-book_3539 (12 paragraphs), annotated by hand by reading the
texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev45_annotations.py; the format is described in
build_claims_gold.py. The paragraph counts include the title line. `types` are listed in the
precedence order of the guidelines, so the first is the primary type. All three are magazine essays
(popular science, a church-calendar column on literature, a biographical sketch), with much narration
in the historical present.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First lines, headings and furniture. factru-book_3677's first line (`Мужчины запрограммированы …`) is
  a full sentence; by the dev / dev2 / … / dev45 rule it is the title and carries no claim (the same
  sentence is annotated where the body repeats it, `Мы запрограммированы …`). Its `Поколение левой руки`
  is an intertitle (no claim). factru-book_3615's first line is the byline `Олег Давыдов` (the title line
  by the rule; furniture anyway) and its second line `Лёд тронулся` is the essay's real title (Bender's
  catchphrase, which the essay goes on to discuss): although it has a predicate and no final punctuation,
  it is a title, not a deck (dev22: a line with a predicate that heads the text is a heading), so no
  claim; I was unsure, since the dev10 / dev14 / dev15 rule annotates predicate lines under the title.
  factru-book_3539's second line (`21 марта 1889 года родился главный русский шансонье …`) is a deck
  without final punctuation but a full asserting sentence that does not repeat the title: annotated
  (dev10 / dev14 / dev15).
- factru-book_3539, paragraphs 6–7. The page embeds a teaser of another article of the magazine (`Считается,
  что свой голос Георгий Иванов обрёл …` and its title line `Георгий Иванов. На грани музыки и сна`).
  The title line is a heading (no claim). The teaser's three sentences are full asserting sentences in
  the document, and only navigation / furniture without assertion is excluded by the guidelines, so they
  are annotated like the rest of the body; I was unsure, since the teaser is no part of the article's
  own text. `Считается, что …` takes `Считается` (dev / dev19). `Мол, …` continues the received opinion
  with the reported-speech particle `мол` and no named source: a source's claim with the particle as
  span (like impersonal `Считается`, dev `подчёркивалось`), medium for the hearsay (dev7 `как говорят`,
  a hearsay cue weaker than `якобы`). `На самом деле это не совсем так, потому что …` is the author's
  negative assessment (zero copula negated), causal evaluative.
- Questions. `«Почему так?» — задается вопросом Уилсон.`, `«А что у вас, каждый петух обслуживает одну и
  ту же курицу?».`, `Но вот почему соседка оказывается именно агрономшей?`, `Что значит «заранее»?` and
  `И разве не того же хочет Киса?` are questions: no claims (the frame `задается вопросом` only says that a
  question is asked, unlike dev18 / dev36's reproaches).
- The Coolidge anecdote (factru-book_3677). Its three quoted lines are unframed dialogue of the joke
  `которую … Джон Кулидж отпустил при посещении птицефабрики`. The question is no claim; the answer
  `«Нет, на каждого петуха у нас несколько куриц!»` is the farm's (the `у нас` of the people showing the
  farm), so it takes `птицефабрики` (dev22 `Центризбиркоме`: the institution named), positive (`Нет` is
  the answer particle; the clause's predicate is not negated); `несколько` is vague (event only). The
  punchline `«Надо бы сказать об этом миссис Кулидж»` is Coolidge's: normative, speaker `Джон Кулидж`
  (unattributed quotation → nearest naming, dev3 / dev24). I was unsure whether the joke's lines should
  be annotated at all.
- Narrated direct speech in the author's narration. `Горничная Лизка отрывает мальчика от …: «Вставай,
  твоя мама умерла!»` and `народ … восклицает: «Осанна!»` assert an act of the character, with the
  words as its elaboration after `:`: the author's claims (dev25 `КП` over the actress: what is asserted
  is that the act took place), the quoted imperative `Вставай` making the first normative (dev25). But
  `пока послушаем, что она говорит: «Прихожу утром …»` has a verb of saying with the quotation as its
  content, so (dev11 `Сечин так прокомментировал …:`) the frame is joined with the first quoted sentence
  into one claim of the speaker, `она` with coref `агрономшу Кузнецову`: normative for the hortative
  `послушаем` (dev36 `давайте поговорим`), event for the content, medium for the quoted `я думаю, что …`
  (test2 `думаю`). The next quoted sentence `Она давеча собиралась` takes the same `она`. The last one,
  `Мука теперь, сами знаете, если не купишь заранее...`, breaks off before its main predicate
  (aposiopesis: only the conditional clause has a verb, and no predicate is recoverable from the text,
  unlike the gapped sentences of dev3 / dev16): a fragment, no claim; I was unsure here.
- `Вертинскому сообщат, что Надя покончила с собой` is an indefinite-personal verb of saying with a content
  clause: by the guidelines a source's claim, with the verb as the span (dev `подчёркивалось`, dev6
  `сообщалось`), although the author narrates an act of (false) telling rather than relaying information;
  I was unsure here. `То же самое было сказано Наде о брате` has no content clause (an anaphoric object):
  the author's event; `которая уверила мальчика в том, что …` is a relative clause inside the author's
  claim; `его вдова выяснит, что …`, `выяснится, что …` are the author's (dev8 `выяснилось`).
- Tense. The historical present (`Иисус въезжает …`, `Трехлетний Саша сидит …`) and the narrative future
  of past events (`Спустя годы Александр … обнаружит …, напишет ей`, `сообщат`, `выяснит`) narrate past
  events: event, not predictive. The argumentative future of an inference (`если посчитать пасхалию …,
  то обнаружится, что …`, `если абстрагироваться …, получится просто человек …`) states what the author
  finds now, not a future happening: event. A real future stays predictive: `сейчас отмечу лишь самые
  значимые` (shared subject `я` with `я показал`, one claim: predictive event), `Это станет ясно чуть
  позже`, `он будет продолжать на них кликать, а дофамин — вырабатываться` (the gapped clause with its own
  subject split off, dev2), the folk belief `Если посечь мальца …, он вырастет достойным человеком`
  (a conditional future, dev19 / dev21; evaluative for `достойным`).
- Normative. Folk prescriptions are normative: `чтобы избавиться от лихорадки,надо разжевать девять …`
  (quantitative for `девять`, causal for the purpose, dev6 / dev10), `надо только не забывать
  приговаривать …` (positive: `не` on the infinitive, dev8), `Заболел — искупайся …` (imperative), and
  `Взрослого, впрочем, тоже не худо побить: «…»`, a litotes whose `не` stands on the predicate (dev20 `не
  обошлось и без`, dev25 `не могла не`): negative. `поговорим о литературе`, `послушаем` are hortatives
  (dev36 `давайте поговорим`): normative. `Так что пришлось усыновить собственных детей` is a past
  compulsion (dev4 / dev14 `пришлось`): normative causal event. In factru-book_3677 the list of
  conditioned requirements (`Вы должны быть одни; подглядывать …; регулярно кликать мышью; у вас должна
  быть возможность …`) gives two claims (the first three items share the subject `Вы`; the fourth has its
  own subject `возможность`), and `Окон … должно быть несколько, они должны …, должен наличествовать
  слайдер …` three (comma splice, own subjects, dev24 / dev29 / dev37); all normative. `для следующей
  дозы`, `для перемотки` name the function of a noun, not the purpose of an asserted action (dev20 `для
  мониторинга`): not causal.
- Causal. Purpose clauses of an asserted action (`бросается к матери, чтобы угостить`, `сомкнуло
  объятия, чтобы …`) are causal (dev / dev6); complement clauses of `заботится о том, чтобы …` and
  `запрограммированы на то, чтобы …` are the object of the verb, not a purpose: not causal. `Во-первых,
  интернет-порно очень разнообразно` answers the preceding `Почему так?` with its first reason (like dev16
  `Ведь …`): causal event; `Ведь это чудесное растение, с вербой связано столько обрядов …` is a comma
  splice of two clauses with their own subjects, split, both under `Ведь`: causal. `вызывала`, `вызывает и
  влияет на`, `накладывает особый отпечаток на` state an effect by the verb (dev6 / dev15): causal.
  `раз так, Бендер соответствует Мефистофелю, а Воробьянинов — Фаусту` is an inference (dev15 `раз …`):
  causal, and the gapped clause (split, dev2) inherits it. `умер от чахотки` and `по настоянию
  родственников` state a cause: causal. `Без эффекта Кулиджа интернет-порнографии просто не было бы` is a
  counterfactual dependence: causal, negative, no event (nothing is stated as having happened).
  `Само понятие происходит от шутки` states an origin (dev24): event only.
- Speakers. `— так начинается доклад американского нейробиолога Гэри Уилсона` is a frame naming the
  source of the quotation: `Гэри Уилсона` (the name as written); the content is a zero-copula
  characterisation (`самый глобальный из … экспериментов`, a metaphoric judgement): evaluative without
  event (dev42). `Зимбардо классифицировал X как серьезное психическое расстройство, которое может привести
  к …` is a naming with a predicative (dev `X назвал атмосферу «хорошей»`): Zimbardo's claim, evaluative,
  causal for the consequence in the non-restrictive relative clause (dev4), low for its epistemic `может`
  (dev4: a cue anywhere in the claim). `Он рассказал не только о разрушительном влиянии …, но и о …`
  (nominal objects only) is the author's event, the judgement `разрушительном` being Wilson's topic, not
  the author's (dev17 / dev45 `обвиняет … в авторитарном правлении`). `По словам канадского психолога
  Саймона Лаженесса` → `Саймона Лаженесса`; the next sentence (`Интернет-порнографии воспринимается как
  …`) has no frame of its own (test1: attribution does not carry over) and `воспринимается` is no verb of
  saying: the author's. Wilson's quotation with its frame in the middle (`«Природа заботится …, — говорит
  Уилсон. — Чем лучше …»`) gives two claims, the frame staying with the first (dev28 / dev39 / dev43).
  `Как заметил один из опрошенных Уилсоном молодых людей, …` takes the head noun phrase `один из опрошенных
  Уилсоном молодых людей`. `не зря говорят: «Верба распутицу ведёт, …»` quotes a proverb with an
  indefinite-personal verb of saying: a source's claim with the verb `говорят` as span (dev
  `подчёркивалось`); unlike dev28's parenthetical `Как говорится, …` the proverb is the content of the
  verb, not the author's own claim in a set phrase; it is split from `верба — символ весны` (comma
  splice, own subjects); `не зря` negates an adverbial of the frame, not the content: positive.
- Numbers. `в возрасте 10 лет` (the age at which boys start, the statistic itself, dev10 / dev21 numbers
  that are the news): quantitative; `на 22 экранах`, `за 10 минут` (the asserted comparison),
  `двух посторонних людей` (a count asserted): quantitative. `Трехлетний`, `десятилетняя`,
  `Трехкомнатная` (attributive numerals, dev), `30-й президент` (ordinal), `Через два года` (a
  circumstantial time phrase, dev), `те пятнадцать лет` (anaphoric, dev) and the vague `несколько`,
  `столько`, `больше всего` are not. `Около Лобного места` is a preposition of place, not the
  approximation cue `около`: high.
- Evaluative. The author's scare quotes (`«пустого» пространства`, `«незаконнорожденным»`) make their
  claims evaluative (dev6 / dev8); the guillemets of citations (`«весеннею порою льда»`, `«простым
  человеческим горем»`, `«вкусить, чем жизнь остра»`) do not. `Слишком много «пустого» пространства.`
  continues the preceding sentence with its predicate `оставляла` gapped (dev3 / dev16): a claim.
  `Интересные профессии.` is a nominal sentence with an implied subject (their professions) asserting a
  judgement, read like the zero-copula sentences (dev3): a claim, evaluative without event; I was unsure,
  since the guidelines exclude fragments with no predicate (`Теперь к сладкому.`), but that one asserts
  nothing. `И все это — будто здесь и сейчас` is a zero-copula impression: evaluative. Zero-copula
  characterisations (`Ипполит Матвеевич — фигура карикатурная`, `Фауст — символ высоких порывов`, `Сама эта
  встреча — совершенный аналог …`, `поп здесь вполне уместен`) are evaluative without event (dev42);
  factual identifications (`верба — символ весны`, `Первое детское воспоминание Вертинского — о смерти
  матери`, `Этот доклад — реакция на доклад …`, `мы — первое поколение …`) are events.
- Splits and polarity. `Мать лежит …, тело ее скрывают цветы; у изголовья стоят …` gives three claims,
  `В руке Саша сжимает шоколадку, он бросается к матери …` two, `Нет, время не остановилось, оно сомкнуло
  объятия …` two (the first negative; the answer particle `Нет,` kept as an introductory word), `Спустя
  годы Александр … обнаружит …, напишет ей, и выяснится, что …` two (the impersonal `выяснится` has its own
  clausal subject), `Это станет ясно чуть позже, а пока послушаем …` two. `Ильф и Петров этого специально
  не оговаривают, но явно намекают …` shares one subject: one claim, negative from its first predicate
  (dev12 / dev16 / dev44). Sentence-initial `И`, `А`, `Но` are left out (dev10 / dev20); `Так что`,
  `поэтому`, `Ведь`, `Оно конечно`, `Во-первых`, `Например` are kept. Final `…` is left out.
"""

DOCS = {
    "factru-book_3677": (9, [
        ("«Распространение порнографии в интернете — это самый глобальный из когда-либо бессознательно "
         "проведенных человечеством экспериментов», — так начинается доклад американского нейробиолога Гэри "
         "Уилсона на конференции TED в Глазго в 2012 году",
         "evaluative", "Гэри Уилсона", "+", "high"),
        ("Этот доклад — реакция на доклад американского социального психолога Филипа Зимбардо (того самого, что "
         "провел знаменитый Стэнфордский тюремный эксперимент) «Исчезновение мужчин»",
         "event", None, "+", "high"),
        ("В своем выступлении Зимбардо классифицировал сексуальную аддикцию в целом и пристрастие к "
         "интернет-порнографии в частности как серьезное психическое расстройство, которое может привести к "
         "исчезновению человека как вида",
         "causal evaluative event", "Зимбардо", "+", "low"),
        ("В ответном выступлении Уилсон был настроен более оптимистично",
         "event", None, "+", "high"),
        ("Он рассказал не только о разрушительном влиянии интернет-порно на человеческий мозг, но и о внезапном "
         "исчезновении нежелательных симптомов, и о биологических основах того и другого процесса",
         "event", None, "+", "high"),
        ("По словам канадского психолога Саймона Лаженесса, мальчики начинают искать порнографию в возрасте 10 "
         "лет",
         "quantitative event", "Саймона Лаженесса", "+", "high"),
        ("Интернет-порнографии воспринимается как более захватывающая, чем обычные, традиционные виды порно, "
         "которыми человечество увлекалось в прошлом",
         "evaluative event", None, "+", "high"),
        ("Во-первых, интернет-порно очень разнообразно",
         "causal event", None, "+", "high"),
        ("В проведенном австралийскими учеными исследовании наиболее быстрое возбуждение вызывала не просто "
         "обнаженная натура, а ее постоянное обновление",
         "causal event", None, "+", "high"),
        ("Испытуемых заставляли смотреть порно на 22 экранах",
         "quantitative event", None, "+", "high"),
        ("Когда на экранах было больше всего свежих клипов, эрекция (и субъективное возбуждение) росли быстрее "
         "всего",
         "event", None, "+", "high"),
        ("«Природа заботится о том, чтобы самцы оплодотворяли готовых к совокуплению самок до тех пор, пока "
         "вокруг вообще есть новые самки, — говорит Уилсон",
         "event", "Уилсон", "+", "high"),
        ("Чем лучше вам знаком партнер, тем больше время проходит до семяизвержения»",
         "event", ("Уилсон", "— говорит "), "+", "high"),
        ("Это явление в психологии и биологии известно как эффект Кулиджа: самцы проявляют самую высокую "
         "сексуальную активность по отношению к самой новой из готовых к оплодотворению самок",
         "event", None, "+", "high"),
        ("Само понятие происходит от шутки, которую 30-й президент США Джон Кулидж отпустил при посещении "
         "птицефабрики",
         "event", None, "+", "high"),
        ("«Нет, на каждого петуха у нас несколько куриц!»",
         "event", "птицефабрики", "+", "high"),
        ("«Надо бы сказать об этом миссис Кулидж»",
         "normative", "Джон Кулидж", "+", "high"),
        ("Без эффекта Кулиджа интернет-порнографии просто не было бы",
         "causal", None, "-", "high"),
        ("Мы запрограммированы на то, чтобы рассматривать каждую новую появляющуюся на мониторе особь женского "
         "пола как возможность для продолжения рода",
         "event", None, "+", "high"),
        ("При каждой новой картинке в мозгу происходит выброс нейромедиатора дофамина",
         "event", None, "+", "high"),
        ("Он вызывает чувство удовольствия и влияет на процессы мотивации и обучения",
         "causal event", None, "+", "high"),
        ("До тех пор, пока перед человеком появляются новые картинки, он будет продолжать на них кликать",
         "predictive", None, "+", "high"),
        ("дофамин — вырабатываться",
         "predictive", None, "+", "high"),
        ("С интернет-порно мужчина может за 10 минут увидеть больше привлекательных женщин, чем его предки "
         "наблюдали за всю жизнь",
         "quantitative event", None, "+", "high"),
        ("мозг у нас тот же, что у людей каменного века",
         "event", None, "+", "high"),
        ("При регулярном просмотре порно человеческий мозг начинает перестраивать себя под постоянное облучение "
         "потенциальными половыми партнерами",
         "event", None, "+", "high"),
        ("Вырабатываются стойкие ассоциативные связи между сексом и обстоятельствами пользования вашим "
         "интернет-гаремом",
         "event", None, "+", "high"),
        ("Вы должны быть одни; подглядывать за ничего не подозревающей женщиной или парой; регулярно кликать "
         "мышью",
         "normative", None, "+", "high"),
        ("у вас должна быть возможность ввести поисковой запрос для следующей дозы стимулирующего материала",
         "normative", None, "+", "high"),
        ("Окон с материалом должно быть несколько",
         "normative", None, "+", "high"),
        ("они должны постоянно обновляться",
         "normative", None, "+", "high"),
        ("должен наличествовать слайдер для перемотки скучных фрагментов",
         "normative", None, "+", "high"),
        ("Как заметил один из опрошенных Уилсоном молодых людей, мы — первое поколение, приучившееся "
         "мастурбировать левой рукой",
         "event", "один из опрошенных Уилсоном молодых людей", "+", "high"),
    ]),
    "factru-book_3615": (6, [
        ("Сегодня Вербное воскресенье",
         "event", None, "+", "high"),
        ("Иисус въезжает в Иерусалим на осле",
         "event", None, "+", "high"),
        ("У городских ворот народ бросает одежду ему под ноги, машет пальмовыми ветвями, восклицает: «Осанна!»",
         "event", None, "+", "high"),
        ("Спаситель отправляется в храм, опрокидывает столы менял, исцеляет слепых и хромых",
         "event", None, "+", "high"),
        ("В России пальмы не растут",
         "event", None, "-", "high"),
        ("поэтому вместо пальмовых веток используют вербные",
         "causal event", None, "+", "high"),
        ("До Петра в Москве в этот день практиковали шествие на освяти",
         "event", None, "+", "high"),
        ("Патриарх на лошади, ряженой в осла, пересекал Красную площадь и въезжал через Спасские ворота в Кремль",
         "event", None, "+", "high"),
        ("Сам царь вёл осля под уздцы",
         "event", None, "+", "high"),
        ("Около Лобного места заранее устанавливали вербу, украшенную искусственными цветами, грецкими орехами, "
         "изюмом, финиками, яблоками",
         "event", None, "+", "high"),
        ("Деревце на специальных санях ввозили в Кремль и ставили у дверей Успенского собора",
         "event", None, "+", "high"),
        ("После службы патриарх раздавал яблоки",
         "event", None, "+", "high"),
        ("ветви наряженной вербы тоже раздавались",
         "event", None, "+", "high"),
        ("Ведь это чудесное растение",
         "causal evaluative", None, "+", "high"),
        ("с вербой связано столько обрядов, спасающих скот от болезней",
         "causal event", None, "+", "high"),
        ("для человека верба целительна",
         "event", None, "+", "high"),
        ("Например, чтобы избавиться от лихорадки,надо разжевать девять вербных серёжек",
         "normative quantitative causal", None, "+", "high"),
        ("Если посечь мальца вербным прутиком, он вырастет достойным человеком",
         "predictive evaluative", None, "+", "high"),
        ("надо только не забывать приговаривать: «Не я бью, верба бьёт»",
         "normative", None, "+", "high"),
        ("Взрослого, впрочем, тоже не худо побить: «Будь здоров как верба»",
         "normative", None, "-", "high"),
        ("Заболел — искупайся в вербном настое",
         "normative", None, "+", "high"),
        ("почки вербы помогают при женском бесплодии",
         "event", None, "+", "high"),
        ("Оживающая раньше других дерев, верба — символ весны",
         "event", None, "+", "high"),
        ("не зря говорят: «Верба распутицу ведёт, гонит с реки последний лёд»",
         "event", "говорят", "+", "high"),
        ("10 ноября христиане празднуют память мученицы Параскевы, жившей в III веке и погибшей под мечом "
         "языческого палача",
         "event", None, "+", "high"),
        ("для русских и других языков это день замордованной Вечной Женственности, которая несмотря ни на что "
         "ведёт человека по жизни к прекрасной, хотя и неведомой цели",
         "evaluative", None, "+", "high"),
        ("теперь в связи с «весеннею порою льда», с вешними потоками поговорим о литературе",
         "normative", None, "+", "high"),
        ("Действие романа Ильфа и Петрова «Двенадцать стульев» начинается «в пятницу, 15 апреля 1927 года»",
         "event", None, "+", "high"),
        ("Вернувшись со службы, где ведает смертями и браками, Воробьянинов застаёт двух посторонних людей: "
         "священника церкви Фрола и Лавра отца Фёдора и соседку, агрономшу Кузнецову",
         "quantitative event", None, "+", "high"),
        ("Интересные профессии",
         "evaluative", None, "+", "high"),
        ("Ну, поп здесь вполне уместен, поскольку тёщу Воробьянинова Клавдию Ивановну Петухову хватил сердечный "
         "припадок",
         "causal evaluative", None, "+", "high"),
        ("Это станет ясно чуть позже",
         "predictive", None, "+", "high"),
        ("пока послушаем, что она говорит: «Прихожу утром за мясорубкой, смотрю — дверь открыта, в кухне никого, "
         "в этой комнате тоже, ну, я думаю, что Клавдия Ивановна пошла за мукой для куличей",
         "normative event", ("она", "послушаем, что ", "агрономшу Кузнецову"), "+", "medium"),
        ("Она давеча собиралась",
         "event", ("она", "послушаем, что ", "агрономшу Кузнецову"), "+", "high"),
        ("Ильф и Петров этого специально не оговаривают, но явно намекают на скорую Пасху",
         "event", None, "-", "high"),
        ("если посчитать пасхалию на 1927 год, то обнаружится, что мадам Петухова умерла в пятницу накануне "
         "Вербного воскресенья",
         "event", None, "+", "high"),
        ("это накладывает особый отпечаток на весь роман о поиске её сокровищ",
         "causal evaluative event", None, "+", "high"),
        ("Когда-то давно в статье «Герметический стул» я показал временные привязки «Двенадцати стульев», сейчас "
         "отмечу лишь самые значимые",
         "predictive event", None, "+", "high"),
        ("Во-первых, Остап Бендер встречается с Кисой Воробьяниновым в Старгороде под вечер 24 апреля, то есть "
         "ровно на Пасху",
         "event", None, "+", "high"),
        ("Сама эта встреча — совершенный аналог пасхальной встречи Мефистофеля с Фаустом",
         "evaluative", None, "+", "high"),
        ("раз так, Бендер соответствует Мефистофелю",
         "causal event", None, "+", "high"),
        ("Воробьянинов — Фаусту",
         "causal event", None, "+", "high"),
        ("Оно конечно, Ипполит Матвеевич — фигура карикатурная",
         "evaluative", None, "+", "high"),
        ("Фауст — символ высоких порывов",
         "evaluative", None, "+", "high"),
        ("если абстрагироваться от духовных алканий, получится просто человек, решивший сменить образ жизни, "
         "«вкусить, чем жизнь остра»",
         "event", None, "+", "high"),
    ]),
    "factru-book_3539": (12, [
        ("21 марта 1889 года родился главный русский шансонье XX века, печальный Пьеро, вписавший свою судьбу в "
         "историю отечественной культуры",
         "evaluative event", None, "+", "high"),
        ("Жизнь с самого начала оставляла для Александра Вертинского слишком много вопросов без ответов",
         "evaluative event", None, "+", "high"),
        ("Слишком много «пустого» пространства",
         "evaluative event", None, "+", "high"),
        ("он научился заполнять его вымыслом",
         "event", None, "+", "high"),
        ("Создал собственный театр с безумным множеством персонажей, каждый из которых — от сироток-калек и "
         "безымянных кокаинеточек до гениальных скрипачей и кинодив — был им самим",
         "evaluative event", None, "+", "high"),
        ("Трехкомнатная квартира на последнем этаже дома на углу Тверской и Козицкого переулка в Москве и "
         "сегодня выглядит так, словно ее хозяин вот-вот вернется",
         "event", None, "+", "high"),
        ("В просторном кабинете все те же большие книжные шкафы, все тот же гигантский письменный стол с "
         "наполеоновским вензелем и бюстом Вольтера",
         "event", None, "+", "high"),
        ("Сейчас в кабинете все чаще бывает лишь вдова Вертинского",
         "event", None, "+", "high"),
        ("Вновь и вновь перечитывает его письма, рукописи",
         "event", None, "+", "high"),
        ("Он смотрит на нее с фотографий, развешанных на стенах, расставленных на столе, и словно возвращает в "
         "те пятнадцать лет неизбывного счастья, когда по квартире витает запах табака и лаванды, дом полон "
         "гостей и шумные застолья длятся допоздна",
         "evaluative event", None, "+", "high"),
        ("все это — будто здесь и сейчас",
         "evaluative", None, "+", "high"),
        ("Нет, время не остановилось",
         "event", None, "-", "high"),
        ("оно сомкнуло объятия, чтобы вновь и вновь перечитывать эту странную, загадочную судьбу",
         "causal evaluative event", None, "+", "high"),
        ("Считается, что свой голос Георгий Иванов обрёл в эмиграции и благодаря эмиграции",
         "causal event", "Считается", "+", "high"),
        ("Мол, утрата родины стала для него тем «простым человеческим горем», которого так не хватало по форме "
         "безупречным его стихам, чтобы они наполнились содержанием",
         "causal evaluative event", "Мол", "+", "medium"),
        ("На самом деле это не совсем так, потому что точка сборки Георгия Иванова была смещена ещё в Петербурге",
         "causal evaluative", None, "-", "high"),
        ("Первое детское воспоминание Вертинского — о смерти матери",
         "event", None, "+", "high"),
        ("Трехлетний Саша сидит на горшке и выковыривает глаза у плюшевого медвежонка",
         "event", None, "+", "high"),
        ("Горничная Лизка отрывает мальчика от увлекательного занятия: «Вставай, твоя мама умерла!»",
         "normative event", None, "+", "high"),
        ("Мать лежит в серебристом гробу на столе",
         "event", None, "+", "high"),
        ("тело ее скрывают цветы",
         "event", None, "+", "high"),
        ("у изголовья стоят серебряные подсвечники и маленькая табуретка",
         "event", None, "+", "high"),
        ("В руке Саша сжимает шоколадку",
         "event", None, "+", "high"),
        ("он бросается к матери, чтобы угостить",
         "causal event", None, "+", "high"),
        ("мать не раскрывает рта",
         "event", None, "-", "high"),
        ("Через два года от чахотки умер отец",
         "causal event", None, "+", "high"),
        ("Однажды ранней весной его нашли без чувств на могиле супруги",
         "event", None, "+", "high"),
        ("Оправиться от болезни он уже не смог",
         "event", None, "-", "high"),
        ("Когда кровь хлынула горлом, рядом с ним была только десятилетняя дочь Надя, не знавшая, как помочь",
         "event", None, "+", "high"),
        ("Обессиленный отец упал на подушку и захлебнулся кровью",
         "event", None, "+", "high"),
        ("Старшая сестра матери забрала Надю к себе в Ковно",
         "event", None, "+", "high"),
        ("Саша остался жить в Киеве с другой сестрой матери, которая уверила мальчика в том, что его сестра "
         "умерла",
         "event", None, "+", "high"),
        ("То же самое было сказано Наде о брате",
         "event", None, "+", "high"),
        ("Спустя годы Александр случайно обнаружит упоминание о Н. Н. Вертинской в журнале «Театр и искусство», "
         "напишет ей",
         "event", None, "+", "high"),
        ("выяснится, что это его сестра",
         "event", None, "+", "high"),
        ("Во время Первой мировой Вертинскому сообщат, что Надя покончила с собой",
         "event", "сообщат", "+", "high"),
        ("Только после смерти Вертинского его вдова выяснит, что Надежда Николаевна живет в Ленинграде",
         "event", None, "+", "high"),
        ("Смерть причудливо и неотвратимо вписалась в его жизнь",
         "evaluative event", None, "+", "high"),
        ("Смерть была тем миром, где кончались тщета мальчика Мая и тревоги Безноженьки и наступал долгожданный "
         "покой",
         "evaluative event", None, "+", "high"),
        ("Александр Вертинский появился на свет «незаконнорожденным»",
         "evaluative event", None, "+", "high"),
        ("Родственники отца и матери не одобряли союз Николая Вертинского с Евгенией Скалацкой (Сколацкой) даже "
         "тогда, когда родились Надя и Саша",
         "event", None, "-", "high"),
        ("Евгения Степановна происходила из дворянского рода",
         "event", None, "+", "high"),
        ("Николай Петрович был присяжным поверенным",
         "event", None, "+", "high"),
        ("Первая жена отца по настоянию родственников Николая Вертинского не давала ему развода",
         "causal event", None, "-", "high"),
        ("Так что пришлось усыновить собственных детей",
         "normative causal event", None, "+", "high"),
    ]),
}
