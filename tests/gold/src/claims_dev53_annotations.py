"""Hand annotations of claims, dev set part 53: real news articles (factRuEval-2016 texts, MIT).

A later stretch of a long article of the shared news collection (``../shared/data/news/articles.jsonl``
from the repository root), kept as its title line followed by a paragraph range
(build_claims_gold.keep_paragraphs with `(first, last)`, 1-based, the title line counting as paragraph 1):
factru-book_3615@3 (paragraphs 15–24: from `Обратите внимание: авторы живописуют великолепный стол …` to
`… Просто однажды лёд тронулся. И вдруг понесло…`, the end of the article). Its earlier paragraphs are
annotated in dev48 (to paragraph 6) and dev51 (factru-book_3615@2, paragraphs 7–14). Annotated by hand by
reading the text (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier
decisions listed in claims_dev_annotations.py and claims_dev2..dev51_annotations.py; the format is
described in build_claims_gold.py. `types` are listed in the precedence order of the guidelines, so the
first is the primary type. The text is the last part of Олег Давыдов's church-calendar essay on
«Двенадцать стульев» / «Золотой телёнок» (an argumentative, ironic interpretation of the novels with long
quotations from Бахтин and Ольга Фрейденберг).

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title line. The document's title line is the byline `Олег Давыдов` (dev48 / dev51): no claim.
- Questions. `Неужели читательской массе неинтересно знать …?`, `И куда смотрит ГПУ?`, `Или эти данные
  просто засекречены?`, `Но при чём здесь, простите, стул?`, `С чего бы это?`, `Но что это значит с точки
  зрения общей мифологии?` and `Или, может быть, кто-то возьмётся утверждать, что …?` are questions: no
  claims. Two orthographic sentences have a declarative main clause whose quotation after `:` ends in `?`:
  `Но и с первого своего шага в городе он интересуется женщинами: «А что, отец, — спросил …, — невесты у
  вас в городе есть?»` and `Объяснив, что такой въезд связан с праздником плодородия, кузина Пастернака
  пишет: «Но почему плодородие соединено со въездом в город?`. By the dev / dev38 / dev44 / dev51 rule (a
  sentence ending in `?` is no claim even when its main clause is declarative) they get no claim; I was
  unsure, since both frames assert something (`он интересуется женщинами`, Фрейденберг's `въезд связан с
  праздником плодородия`). `Это ли не отражение действий искателя клада, …` ends in `.`: a rhetorical
  question in form but punctuated as a statement, so a claim (dev9 / dev18 `"Вы что с ума сошли?" - обратился …`: the final mark
  decides); its
  `не` is the expletive negation of the rhetorical `ли не` (the sentence asserts that this *is* a
  reflection), so positive, like dev19's `чем только они не интересуются!`; an interpretive identification:
  evaluative. I was unsure about the polarity.
- Exclamations and fragments. `Какой односторонний подход!` is a verbless exclamative judgement (dev48
  `Интересные профессии.`): a claim, evaluative. `Может — жидкий.` answers the preceding question with its
  subject and copula gapped (`[стул], может, [был] жидкий`; dev3 / dev16 gapped answers): a claim, event,
  low for the epistemic `может`. `Это Кудрину-то…` continues `отправил деньги по почте «Народному комиссару
  финансов»` with its predicate gapped (`[отправил] это Кудрину-то`): a claim, an ironic identification of
  the commissar with today's minister: evaluative; I was unsure whether it is rather a bare exclamatory
  fragment. `Да и чур меня!` is an interjection (dev50 `Ага.`, dev11 `Мира всем!`): no claim. `Только
  одно: Бендер — демон, …` (the answer to the preceding question, its predicate `значит` gapped, with the
  elaboration after `:`) is one claim, the introductory `Только одно:` kept. `Мантра Остапа: «Лёд
  тронулся!»` and `Ответ дворника: «Кому и кобыла невеста».` are verbless predications (`X — «…»`): claims.
  `Мантра` is the author's label for Бендер's catchphrase (the next paragraph calls it a `весеннем
  заклинании`): evaluative. `Ответ дворника:` works as a speaker label with its quotation (dev11 `Максим
  Леонидов: "…"`): the janitor's claim, speaker `дворника`; the proverb is a judgement: evaluative.
- Imperatives and hortatives. `Обратите внимание: …` (imperative) and `Разберёмся.` (hortative, dev48
  `поговорим`, dev51 `Пойдём дальше`) are normative; `Об этом весеннем заклинании лучше говорить 7 апреля`
  is a recommendation: normative. `Только подумать: своими руками рассеял …` is an exclamative formula, not
  a directive: the claim is typed from what follows the colon (evaluative event, the exclamation judging
  Бендер's folly), the formula kept as an introductory phrase.
- Quotations of the novel and of scholars. The first sentence `Обратите внимание: авторы живописуют …
  лишь для того, чтобы подчеркнуть, что о его стуле статистика умалчивает: «Одного она не знает.` is the
  author's claim: its main predicate (`живописуют`) is no verb of saying (the `подчеркнуть` is in a purpose
  clause), and the first quoted sentence is its elaboration after `:` (guidelines), so it stays in this
  claim. The further sentences of that quotation (`Не знает она, …`, `Стульев очень много»`) are direct
  quotation of the novel attributed to its `авторы` (Ильф и Петров), so, by the guidelines' rule for
  multi-sentence quotations, each is a claim with speaker `авторы` (the span where they are named). I was
  unsure: the novel's narration is cited as evidence for the author's reading, not relayed as an assertion,
  and it could be kept the author's. Бахтин's quotation (`Михаил Бахтин в книге о Рабле всё объяснит: «…»`,
  a verb of explaining with the quotation as content) gives one claim per sentence, the frame with the
  first one, speaker `Михаил Бахтин`; its third sentence holds three clauses with their own subjects joined
  by `;` (`Кал также нечто среднее …; тело отдаёт кал земле …; кал оплодотворяет землю …`): three claims
  (guidelines `;` rule, applied inside a quotation as anywhere else). `Ещё у Бахтина
  можно прочесть, что кал связан с золотом, и много чего интересного о Сидорове` reports what Бахтин writes
  (`можно прочесть, что …` ≈ `пишет, что …`): speaker `Бахтина`; `можно` is no permission here (dev36 `можно
  сказать`): not normative; `интересного` evaluative. Фрейденберг's quotation after the question (see
  above) gives one claim per sentence with speaker `кузина Пастернака` (the phrase naming her in the frame;
  no coref, since it is a description, not a pronoun); `;` and `а` / `и` between clauses with their own
  subjects split them (`… олицетворял половой акт; входя в город, бог оплодотворял его (её)`, `Материнская
  утроба … — …, а пройти сквозь ворота … — значит …`). `Так мы и видим в международном фольклоре: открыть
  ворота — это значит родить, и ворота однозначны …` keeps the first clause after `:` with the frame
  (elaboration) and splits off the second, coordinated clause with its own subject (dev51 `Пойдём дальше:
  …, создаётся …`). `Например, исследовательница говорит: «…»` takes `исследовательница` (the phrase in the
  frame); its later sentences and `И ещё: «Вообще, осёл …»` (a frame continuation without a predicate,
  joined with its quotation like a speaker label; `И` left out, `ещё:` kept) take the same speaker.
  `В общем, как говорится в известном анекдоте про ковбоя (…): «В природе существует круговорот»` names
  the place where it is said (dev15 `говорится в статье`), so it is a source's claim, speaker `анекдоте про
  ковбоя` (head noun with its complement, the adjective left out, guidelines `источник в правительстве`),
  not the author's set phrase `как говорится` (dev28); the parenthesised punchline that identifies the joke
  is no claim of its own. `«Мужская сила и красота Бендера были совершенно неотразимы …»` is a quotation with
  no source named in the text: the author's claim, evaluative event (copula predicate with a judging word).
- Speakers of the author's narration. `Знатоки узнают в Старгороде Одессу` (a recognition with a nominal
  object, no verb of saying or believing with a content clause) is the author's event. `Очевидно, Ольга
  Фрейденберг не верила в реальность богов …` is the author's claim about her belief (nominal object), with
  the parenthetical `Очевидно` read as medium (dev28's Lavrov `очевидно`); negative. `Но уже было точно
  известно, что …` (impersonal, no source) is the author's event (dev45 `стало известно`); the sentence
  breaks off in its relative clause (`которые …`) but keeps its main predicate: a claim, span to `которые`.
  `А сейчас лишь отмечу, что …` is the author's first-person frame: the author's claim, typed from its
  content (event), not predictive (unlike dev48's `сейчас отмечу лишь самые значимые`, a promise with a
  nominal object; here the performative introduces the assertion itself).
- Parentheses (dev51). A parenthesis holding a clause or a verbless predication of the preceding clause is a
  claim of its own: `(прямо весенняя почка)` and `(искусительный плод осени)` (symbolic readings of the suit
  and the apple: evaluative, dev51 `(пародия на …)`), `(это может означать, что он родился в Палестине)`
  (low, epistemic `может`), `(«Твёрдостоящий», что позволило в русском переводе Рабле обыграть это имя …)`
  (a gloss with a sentential relative clause stating a consequence by the verb `позволило`: causal event).
  Since spans cannot nest, in `На Пасху он входит … в «зелёном в талию костюме» (…) и даёт … яблоко (…)` the
  part before the first parenthesis (main predicate) is one claim and the second predicate after it
  (`даёт … яблоко`, `и` left out) another (dev51 `заканчивается …`). In `сейчас лишь отмечу, что в
  Star-городе сына турецкоподанного (…) интересуют прежде всего невесты` the frame's predicate lies before
  the parenthesis and the content's predicate and subject after it: both parts are annotated (the part
  before as the main claim, `интересуют прежде всего невесты` as a claim of its own), so that the
  assertion is not lost; I was unsure here. Parentheses without a predicate of their own stay inside their
  claim: `(Гаргантюа)`, `(под «цокот …»)`, `(Star-город, наподобие Нью-Васюков)`, `(её)`, `(ограда, межа,
  камень, всякая граница)`, `(богатства)`, `(будто стремясь от него избавиться)`, and the quoted
  catchphrases `(«каким ты был, таким остался»)`, `(«Лёд тронулся»)` (identifying citations, dev51).
- Splits. Clauses with their own subjects are split: `Пройдёт немного времени, и Михаил Бахтин … всё
  объяснит` (two; `Пройдёт немного времени` is a narrative future of a past event: event; I was unsure,
  since the clause works almost like the adverb `вскоре`), `одна сторона этого обмена дана …, а вторая —
  только намёком: …` (two, the gapped second inheriting `дана`, dev2), `В профанном плане это, может, и так,
  но … Старгород даже не «старый город», а …` (two), `Остап извлекает энергию … и пускает в оборот, но
  фокус в том, что …` (two), `Тут, впрочем, Остап успевает одуматься, но лёгкость, … ясно показывает: …`
  (two), `В рамках романа это понятно: … принцип перестаёт работать, и история сама собой завершается: …`
  (two: the first clause after `:` stays with `это понятно` as its elaboration, the coordinated clause with
  its own subject is split off, dev51), `это уже совсем другая история, а Ильфу и Петрову дано было …`
  (two). `своими руками рассеял …, а осенью позволил себя зарезать` and `отняв миллион …, вдруг захандрил и
  даже отправил …` share their subject: one claim each. `энергию … можно тратить, а можно накапливать`
  shares its object and implicit subject: one claim. The verbless `А также к статье Ольги Фрейденберг …`
  continues `это отсылает к …` with its predicate gapped: a claim (`А` left out, `также` kept, dev17 /
  dev24); so is `Символ единства растительной силы и Солнца, необходимый элемент мифа` (subject `астролябия`
  gapped, dev3 / dev16).
- Spans. Sentence-initial `И`, `А`, `Но` and `Или` are left out (dev10 / dev20; dev `или`); in `Но и романы
  Ильфа и Петрова — такая же параллель` the `и` after `Но` is the additive particle (`тоже`), not a
  conjunction joining clauses, so it is kept. `Обратите внимание:`, `Как бы то ни было`, `Правда,`, `В
  общем`, `Итак`, `Например`, `Очевидно`, `вообще-то, конечно`, `Тут, впрочем`, `Только подумать:`, `Только
  одно:` are kept. Final `…` and `!` are left out; closing guillemets of a quotation are kept.
- Polarity. `Не знает она, …`, `в те времена ещё точно не знали, …`, `Очевидно, … не верила …`,
  `Воображаемые боги не родятся …`, `эта связь … уже не может считаться случайной`, `Как обращаться …, он
  просто не знает`, `у них не было ни малейшего представления …` are negative. `фокус в том, что сам он не
  знает, …` is positive: the main predicate `фокус в том` is not negated (dev36 `дело в том, что …`). `И не
  случайно, когда …, первое, что он обнаруживает …` is positive: `не случайно` negates an adverbial of the
  sentence (dev48 `не зря говорят`). `Старгород даже не «старый город», а … Звёздный город` negates a noun
  in `не X, а Y` (guidelines): positive. `тот, кто не любит деньги` is in a relative clause: positive.
- Certainty. `Может — жидкий`, `это, может, и так`, `это может означать, что …` are low (epistemic `может`).
  The counterfactual `мог бы рассказать нам много интересного …` and `Может быть, он поведал бы нам даже о
  хлорофилле …` are low (dev5 / dev41 `могла бы`, `могли бы`; the second also `может быть`), typed without
  event or predictive (nothing happened, no future event, dev41 `А ведь тоже могли бы …`): evaluative (for
  `интересного`; for the second, the scalar `даже`, which continues the ironic conjecture; I was unsure
  about its type). `оттуда его может извлечь разве что какой-нибудь Бендер` is capability (only a Bender is
  able to), not an epistemic hedge (dev13 `не могут понять`): high; predictive for `может` + a future
  extraction, evaluative for the ironic `разве что какой-нибудь Бендер`. `Очевидно` is medium (see above).
  `скорей` in `а скорей вот именно Звёздный город` means "rather" (a correction), not the probability cue
  `скорее всего`: high. `само собой`, `конечно`, `точно`, `ясно` are no hedges.
- Types. The essay's interpretive identifications with zero copula (`стул, который ищут герои романа, это
  именно кал`, `двигатель этого круговорота в романе — великий комбинатор Остап Бендер, умирающий и
  воскресающий бог растительности, …`, `Старгород … Звёздный город`, `Остап просто демон …`, `Многожёнство
  — один из главных сценариев …`, `романы Ильфа и Петрова — такая же параллель`, `Остап Бендер — принцип
  движения и роста …`, `Эти драконы Фафниры всюду`, `В природе это бактерии, …`, `Великий комбинатор — это
  фермент …`, `Подпольный миллионер — это царь подземного мира …`, `Бендер — демон, который должен …`) are
  evaluative without event (dev48 / dev51 `12 стульев — это 12 месяцев`); with a copula (`это был до
  недавнего времени гражданин Кудрин, омертвлявший капитал …`) evaluative event (dev51). Factual
  identifications are events: `Само имя Остап — это народная форма греческого имени Евстафий`, `Это два
  разных способа обращения с ней`, Бахтин's `Кал также нечто среднее …` and Фрейденберг's `Материнская
  утроба при родах — открывающиеся небесные ворота` (the scholars' analytic statements, dev48 `верба —
  символ весны`). Interpretive claims with a verbal predicate are events (dev51): `этот миф функционирует
  как сюжет о хлорофилле …`, `это отсылает к истории о Коньке-горбунке …`, `Царь Кащей … олицетворяет собой
  принцип накопления`, `он явлен в образе гражданина Корейко …`; evaluative is added for a judging word:
  `дана с исчерпывающим натурализмом`, `великолепный стол`, `скупых рыцарей`, `этой косной тьмы`, `много
  чего интересного`, `злей всех других зообогов`, `самую предательскую параллель`. Not evaluative: the
  novel's own wording (`великий комбинатор`, `знойной мадам Грицацуевой`, `«ореховое кладохранилище»`) and
  `идеальный Сидоров` (the label established for the statistical `средний гражданин`, dev51).
  `В профанном плане это, может, и так`, `В рамках романа это понятно`, `это уже совсем другая история` are
  zero-copula judgements: evaluative.
- Causal. `лишь для того, чтобы подчеркнуть` (purpose), `Ибо секс — неотъемлемый элемент …` (reason),
  `в силу конкретного мышления`, `Поэтому ворота города должны были представляться …`, `Их делает
  таковыми идеология …` (an effect stated by the verb, dev6 / dev15), `Связь … тем исконнее, чем больше мы
  обнаруживаем …` (a correlation of dependence, dev7 `чем успешнее …, тем больше …`), `он устроил так, что …`
  (causing), `Ведь энергию …` (the ground of the preceding claim, dev16), `чтобы возродиться к следующему
  сезону` (purpose), `И тогда астролябия — то, что …` (an inference from the preceding reading, dev48 `раз
  так`), `что позволило …`, and `В рамках романа это понятно: …` (the part after `:` grounds the
  judgement) are causal. Inside a participial phrase of the predicate noun, the cause / purpose of the
  participle's action is counted too (`демон проснувшихся под воздействием Солнца соков земли`, `фермент,
  разлагающий омертвевшие ткани ради продолжения жизни`), as a subordinate cause adds causal (dev4); I was
  unsure, since dev20 did not count the function of a noun (`для мониторинга`). Not causal:
  `инструмент для определения положения звёзд` (function of a noun, dev20), `при помощи которого
  осуществляется процесс фотосинтеза`, `ясно показывает` (evidence, not cause).
- Normative. `Поэтому ворота города должны были представляться в виде женского органа …` states what the
  archaic thinking entailed (dev20 `авторские права … должны были давно истечь`, what the law entails):
  normative (with causal for `Поэтому`), no event. `Бендер — демон, который должен рассеять свой плод …`:
  normative from the relative clause (types list every cue of the claim).
- Numbers. `отняв миллион у Корейко` is an asserted amount (dev2: a number in a subordinate phrase):
  quantitative; `свой миллион` after it is anaphoric (dev): not. `Стульев очень много`, `много интересного`,
  `немного времени`, `Это два разных способа` (anaphoric to the two just named) and dates (`30 апреля`, `7
  апреля`) are not quantitative.
- Tense. The historical present and the narrative future of the retold novels (`овладеет знойной мадам
  Грицацуевой`, `всё объяснит`, `Пройдёт немного времени`) narrate past or fictional events: event, not
  predictive (dev47 / dev48 / dev51). `собирается развиваться` in the relative clause of `Многожёнство — один
  из главных сценариев …` is the character's intention inside the retold novel: not predictive.
"""

DOCS = {
    "factru-book_3615@3": ((15, 24), [
        # paragraph 15
        ("Обратите внимание: авторы живописуют великолепный стол Ивана Ивановича Сидорова лишь для того, чтобы "
         "подчеркнуть, что о его стуле статистика умалчивает: «Одного она не знает",
         "normative causal evaluative event", None, "+", "high"),
        ("Не знает она, сколько в СССР стульев",
         "event", "авторы", "-", "high"),
        ("Стульев очень много»",
         "event", "авторы", "+", "high"),
        ("Какой односторонний подход",
         "evaluative", None, "+", "high"),
        ("между тем в организме любого человека происходит обмен веществ",
         "event", None, "+", "high"),
        ("вот одна сторона этого обмена дана с исчерпывающим натурализмом",
         "evaluative event", None, "+", "high"),
        ("вторая — только намёком: «ореховое кладохранилище»",
         "event", None, "+", "high"),
        ("Может — жидкий",
         "event", None, "+", "low"),
        ("Как бы то ни было, стул, который ищут герои романа, это именно кал",
         "evaluative", None, "+", "high"),
        ("не случайно, когда Ипполит Матвеевич Воробьянинов приступает к охоте за стулом, первое, что он "
         "обнаруживает на улице: «Воробьи охотились за навозом» (под «цокот падающих с крыш бриллиантовых капель»)",
         "evaluative event", None, "+", "high"),
        ("Это ли не отражение действий искателя клада, имеющего лошадиное имя и птичью фамилию",
         "evaluative", None, "+", "high"),
        # paragraph 16
        ("Пройдёт немного времени",
         "event", None, "+", "high"),
        ("Михаил Бахтин в книге о Рабле всё объяснит: «Кал связан с производительной силой и плодородием",
         "event", "Михаил Бахтин", "+", "high"),
        ("С другой стороны, кал мыслится как нечто среднее между землёй и телом, нечто роднящее их",
         "event", "Михаил Бахтин", "+", "high"),
        ("Кал также нечто среднее между живым телом и телом мёртвым, разлагающимся, превращающимся в землю, в "
         "удобрение",
         "event", "Михаил Бахтин", "+", "high"),
        ("тело отдаёт кал земле при жизни",
         "event", "Михаил Бахтин", "+", "high"),
        ("кал оплодотворяет землю, как и тело умершего человека»",
         "event", "Михаил Бахтин", "+", "high"),
        ("Ещё у Бахтина можно прочесть, что кал связан с золотом, и много чего интересного о Сидорове (Гаргантюа)",
         "evaluative event", "Бахтина", "+", "high"),
        # paragraph 17
        ("Муж агрономши Кузнецовой, которая обнаружила умирающую тёщу Воробьянинова, мог бы рассказать нам много "
         "интересного о навозе, удобряющем землю, и свойствах растений, которые на ней растут",
         "evaluative", None, "+", "low"),
        ("Может быть, он поведал бы нам даже о хлорофилле, при помощи которого осуществляется процесс фотосинтеза",
         "evaluative", None, "+", "low"),
        ("Правда, в те времена ещё точно не знали, как именно растения улавливают фотоны и, пользуясь их "
         "энергией, превращают углекислый газ в органику",
         "event", None, "-", "high"),
        ("уже было точно известно, что идеальный Сидоров, питаясь этой органикой, превращает её в фекалии, "
         "которые",
         "event", None, "+", "high"),
        ("В общем, как говорится в известном анекдоте про ковбоя («каким ты был, таким остался»): «В природе "
         "существует круговорот»",
         "event", "анекдоте про ковбоя", "+", "high"),
        ("двигатель этого круговорота в романе — великий комбинатор Остап Бендер, умирающий и воскресающий бог "
         "растительности, функционирующий в эпоху победившего исторического материализма в облике жулика",
         "evaluative", None, "+", "high"),
        # paragraph 18
        ("На Пасху он входит в город Старгород в «зелёном в талию костюме»",
         "event", None, "+", "high"),
        ("прямо весенняя почка",
         "evaluative", None, "+", "high"),
        ("даёт преследующему его беспризорному яблоко",
         "event", None, "+", "high"),
        ("искусительный плод осени",
         "evaluative", None, "+", "high"),
        ("При этом держит в руках астролябию, инструмент для определения положения звёзд",
         "event", None, "+", "high"),
        ("Разберёмся",
         "normative", None, "+", "high"),
        ("Знатоки узнают в Старгороде Одессу",
         "event", None, "+", "high"),
        ("В профанном плане это, может, и так",
         "evaluative", None, "+", "low"),
        ("в пространстве пасхального романа Старгород даже не «старый город», а скорей вот именно Звёздный город "
         "(Star-город, наподобие Нью-Васюков), нечто вроде Небесного Иерусалима, в который на Вербное воскресенье "
         "входит Иисус",
         "evaluative", None, "+", "high"),
        ("тогда астролябия — то, что соединяет солнечно-календарную природу этого божества с его же "
         "растительно-аграрной природой",
         "causal evaluative", None, "+", "high"),
        ("Символ единства растительной силы и Солнца, необходимый элемент мифа",
         "evaluative", None, "+", "high"),
        ("В современной науке этот миф функционирует как сюжет о хлорофилле захватывающем кванты света в процессе "
         "фотосинтеза",
         "event", None, "+", "high"),
        ("вообще-то, конечно, Остап просто демон проснувшихся под воздействием Солнца соков земли: весенних "
         "потоков, струящихся в наших жилах, в сосудах растений, в руслах рек",
         "causal evaluative", None, "+", "high"),
        ("Мантра Остапа: «Лёд тронулся!»",
         "evaluative", None, "+", "high"),
        # paragraph 19
        ("Об этом весеннем заклинании лучше говорить 7 апреля, на Благовещенье",
         "normative", None, "+", "high"),
        ("сейчас лишь отмечу, что в Star-городе сына турецкоподанного",
         "event", None, "+", "high"),
        ("это может означать, что он родился в Палестине",
         "event", None, "+", "low"),
        ("интересуют прежде всего невесты",
         "event", None, "+", "high"),
        ("Ибо секс — неотъемлемый элемент весенней аграрной мифологии",
         "causal evaluative", None, "+", "high"),
        ("Само имя Остап — это народная форма греческого имени Евстафий",
         "event", None, "+", "high"),
        ("«Твёрдостоящий», что позволило в русском переводе Рабле обыграть это имя как «Ейвставий»",
         "causal event", None, "+", "high"),
        ("«Мужская сила и красота Бендера были совершенно неотразимы для провинциальных Маргарит на выданье»",
         "evaluative event", None, "+", "high"),
        ("Многожёнство — один из главных сценариев, в рамках которых Остап собирается развиваться",
         "evaluative", None, "+", "high"),
        ("уже 30 апреля, ровно в Вальпургиеву ночь, овладеет знойной мадам Грицацуевой",
         "event", None, "+", "high"),
        ("Ответ дворника: «Кому и кобыла невеста»",
         "evaluative", "дворника", "+", "high"),
        ("это отсылает к истории о Коньке-горбунке и белой кобылице",
         "event", None, "+", "high"),
        ("также к статье Ольги Фрейденберг «Въезд в Иерусалим на осле»",
         "event", None, "+", "high"),
        ("Если город, как и земля, представлялся женщиной, а брачащееся божество въезжало в город, то в силу "
         "конкретного мышления самый въезд уже олицетворял половой акт",
         "causal event", "кузина Пастернака", "+", "high"),
        ("входя в город, бог оплодотворял его (её)",
         "event", "кузина Пастернака", "+", "high"),
        ("Поэтому ворота города должны были представляться в виде женского органа производительности",
         "normative causal", "кузина Пастернака", "+", "high"),
        ("Так мы и видим в международном фольклоре: открыть ворота — это значит родить",
         "event", "кузина Пастернака", "+", "high"),
        ("ворота однозначны женскому рождающему органу",
         "event", "кузина Пастернака", "+", "high"),
        ("Материнская утроба при родах — открывающиеся небесные ворота",
         "event", "кузина Пастернака", "+", "high"),
        ("пройти сквозь ворота, через дверь — значит спастись, родиться",
         "event", "кузина Пастернака", "+", "high"),
        ("такая семантика относится уже к земледельческому периоду",
         "event", "кузина Пастернака", "+", "high"),
        ("Ей предшествовала стадия, когда городские ворота (ограда, межа, камень, всякая граница) осмыслялись как "
         "ворота небесные»",
         "event", "кузина Пастернака", "+", "high"),
        # paragraph 20
        ("Очевидно, Ольга Фрейденберг не верила в реальность богов, действующих в сегодняшней повседневности",
         "event", None, "-", "medium"),
        ("мыслила она так, будто они не просто выдумка, но своевольные существа, многое определяющие в "
         "человеческой жизни",
         "event", None, "+", "high"),
        ("Например, исследовательница говорит: «Воображаемые боги не родятся христианами, евреями или язычниками",
         "event", "исследовательница", "-", "high"),
        ("Их делает таковыми идеология христиан, евреев или язычников",
         "causal event", "исследовательница", "+", "high"),
        ("Связь между Иисусом как божеством и между ослом как божеством тем исконнее, чем больше мы обнаруживаем "
         "её существование ещё до христианства",
         "causal evaluative", "исследовательница", "+", "high"),
        ("эта связь между ними уже не может считаться случайной»",
         "evaluative", "исследовательница", "-", "high"),
        ("ещё: «Вообще, осёл оказался злей всех других зообогов: он устроил так, что роман о нём представляет "
         "собой самую предательскую параллель к нашим священным писаниям»",
         "causal evaluative event", "исследовательница", "+", "high"),
        ("Имеется в виду «Золотой осёл»",
         "event", None, "+", "high"),
        # paragraph 21
        ("и романы Ильфа и Петрова — такая же параллель",
         "evaluative", None, "+", "high"),
        ("В них Остап Бендер — принцип движения и роста («Лёд тронулся»), демон, дело которого — пускать в "
         "оборот омертвевшую органику, извлекать из неё энергию",
         "evaluative", None, "+", "high"),
        ("Ведь энергию, как и деньги, можно тратить, а можно накапливать",
         "causal event", None, "+", "high"),
        ("Это два разных способа обращения с ней",
         "event", None, "+", "high"),
        ("Царь Кащей, который чахнет над златом, олицетворяет собой принцип накопления",
         "event", None, "+", "high"),
        ("У Ильфа и Петрова он явлен в образе гражданина Корейко из «Золотого телёнка», где принципы накопления и "
         "извлечения энергии (богатства) даны в динамике взаимодействия",
         "event", None, "+", "high"),
        # paragraph 22
        ("Корейко принадлежит к типу скупых рыцарей, накапливающих и стерегущих богатство",
         "evaluative event", None, "+", "high"),
        ("Эти драконы Фафниры всюду",
         "evaluative", None, "+", "high"),
        ("В природе это бактерии, омертвляющие солнечный свет и образующие залежи нефти и угля",
         "evaluative", None, "+", "high"),
        ("В нашей сегодняшней жизни это был до недавнего времени гражданин Кудрин, омертвлявший капитал от "
         "нефтедобычи в американских банках",
         "evaluative event", None, "+", "high"),
        ("оттуда его может извлечь разве что какой-нибудь Бендер, тот, кто не любит деньги, но «из принципа» "
         "возвращает движению жизни выпавшие из круговорота элементы — будь то минеральные или органические "
         "осадки, богатства или идеи",
         "predictive evaluative", None, "+", "high"),
        ("Великий комбинатор — это фермент, разлагающий омертвевшие ткани ради продолжения жизни",
         "causal evaluative", None, "+", "high"),
        ("Подпольный миллионер — это царь подземного мира, превращающий при помощи среднестатистического "
         "Сидорова золото солнца в дерьмо",
         "evaluative", None, "+", "high"),
        # paragraph 23
        ("Итак, Остап извлекает энергию из этой косной тьмы и пускает в оборот",
         "evaluative event", None, "+", "high"),
        ("фокус в том, что сам он не знает, как с ней обращаться",
         "event", None, "+", "high"),
        ("Только подумать: своими руками рассеял во время аукциона уже фактически приобретённые стулья, а осенью "
         "позволил себя зарезать",
         "evaluative event", None, "+", "high"),
        ("отняв миллион у Корейко, вдруг захандрил и даже отправил деньги по почте «Народному комиссару финансов»",
         "quantitative event", None, "+", "high"),
        ("Это Кудрину-то",
         "evaluative", None, "+", "high"),
        ("Тут, впрочем, Остап успевает одуматься",
         "event", None, "+", "high"),
        ("лёгкость, с которой он теряет свой миллион на границе (будто стремясь от него избавиться), ясно "
         "показывает: деньги после того, как они получены, теряют для него всякий смысл",
         "event", None, "+", "high"),
        ("В рамках романа это понятно: детективный сюжетный принцип перестаёт работать",
         "causal evaluative", None, "+", "high"),
        ("история сама собой завершается: «Графа Монте-Кристо из меня не вышло»",
         "event", None, "+", "high"),
        ("Только одно: Бендер — демон, который должен рассеять свой плод, умереть, чтобы возродиться к следующему "
         "сезону",
         "normative causal evaluative", None, "+", "high"),
        ("Как обращаться с полученной энергией, он просто не знает",
         "event", None, "-", "high"),
        ("Это знают другие боги",
         "event", None, "+", "high"),
        # paragraph 24
        ("это уже совсем другая история",
         "evaluative", None, "+", "high"),
        ("Ильфу и Петрову дано было рассказать только ту, которую они рассказали",
         "event", None, "+", "high"),
        ("Боги, само собой, использовали авторов втёмную",
         "event", None, "+", "high"),
        ("Конечно, у них не было ни малейшего представления, с чем они играют и что через них фонтанирует",
         "event", None, "-", "high"),
        ("Просто однажды лёд тронулся",
         "event", None, "+", "high"),
        ("вдруг понесло",
         "event", None, "+", "high"),
    ]),
}
