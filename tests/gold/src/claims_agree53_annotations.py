"""Hand annotations of claims: an independent second annotation of one document of dev part 53, for agreement.

One later stretch of a long article of the shared news collection
(``../shared/data/news/articles.jsonl`` from the repository root; real news articles (factRuEval-2016
texts, MIT)): factru-book_3615@3, kept as its title line (the byline `Олег Давыдов`) followed by
paragraphs 15–24 (build_claims_gold.keep_paragraphs with `(15, 24)`, 1-based, the title line counting as
paragraph 1), from `Обратите внимание: авторы живописуют …` to `Просто однажды лёд тронулся. И вдруг
понесло…`. It is annotated a second time, independently of the first annotation, to measure
inter-annotator agreement: by hand, by reading the text (not from the pipeline's output, and without
looking at the other annotation of this document), following ../CLAIMS_GUIDELINES.md and the earlier
decisions listed in claims_dev_annotations.py and claims_dev2..dev51_annotations.py (dev48 / dev51
annotate the earlier stretches of the same essay); the format is described in build_claims_gold.py.
`types` are listed in the precedence order of the guidelines, so the first is the primary type. The
text is a magazine essay (a church-calendar column reading «Двенадцать стульев» / «Золотой телёнок» as
agrarian myth), with long quotations from Бахтин and Ольга Фрейденберг and much retelling of the novels
in the historical present.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title line. The byline `Олег Давыдов` is the title line: no claim (dev48 / dev51).
- Questions and interjections. `Неужели читательской массе неинтересно знать …?`, `И куда смотрит ГПУ?`,
  `Или эти данные просто засекречены?`, `Но при чём здесь, простите, стул?`, `С чего бы это?`, `Но что это
  значит …?` and `Или, может быть, кто-то возьмётся утверждать, что …?` are questions: no claims. Two
  orthographic sentences end in `?` inside a closing guillemet although their main clauses assert: `Но и с
  первого своего шага в городе он интересуется женщинами: «А что, отец, — … — невесты у вас в городе
  есть?»` and `Объяснив, что такой въезд связан с праздником плодородия, кузина Пастернака пишет: «Но почему
  плодородие соединено со въездом в город?`: by the dev / dev50 / dev51 rule (a sentence ending in `?` is
  no claim even when its main clause is declarative, dev51 `Его-то и изображают Ильф и Петров …: «Кто же
  …?`) they get no claim; I was unsure, since both main clauses are plain assertions. `Да и чур меня!` is
  an interjection with no predicate (dev11 `Мира всем!`): no claim.
- Exclamations and verbless sentences. `Какой односторонний подход!` (an exclamative judgement with its
  subject implied, dev19 `А чем только они не интересуются!`, dev48 `Интересные профессии.`) is a claim,
  evaluative without event. `Может — жидкий.` (the stool, subject and copula gapped from the preceding
  question) is a claim, low for the epistemic `Может`; event (a descriptive, not a judging word); I was
  unsure whether a conjecture answering a question counts. `Символ единства растительной силы и Солнца,
  необходимый элемент мифа.` continues `астролябия — то, что …` with its subject gapped (dev3 / dev16 /
  dev51 gapped continuations): evaluative; `необходимый` is a need, not an obligation (dev49). `Мантра
  Остапа: «Лёд тронулся!»` and `Ответ дворника: «Кому и кобыла невеста»` are verbless identifications of
  a character's words: the author's claims (dev48 narrated direct speech), the first evaluative (the
  metaphoric `Мантра`), the second event. `А также к статье Ольги Фрейденберг …` continues `это отсылает к
  …` with the predicate gapped: a claim, event, `А` left out. `Это Кудрину-то…` (the money sent, of all
  people, to Кудрин) is an ironic verbless comment continuing the preceding sentence: a claim, evaluative.
  `Только одно: Бендер — демон, …` answers the preceding question: a claim (`Только одно:` kept).
- Discourse formulas. `Обратите внимание: авторы живописуют …` is an attention formula like `Стоит
  отметить` / `Следует иметь в виду` (dev3 / dev19): not normative, the claim typed from its content.
  `Разберёмся.` is a hortative (dev48 `поговорим`, dev51 `Пойдём дальше`): a claim, normative. `Только
  подумать: своими руками рассеял …` is an exclamatory formula of astonishment, not a directive: not
  normative, but it makes the claim evaluative. `Об этом весеннем заклинании лучше говорить 7 апреля` is
  a recommendation (dev9 `Лучше продавать сейчас`): normative evaluative. `Имеется в виду «Золотой осёл»`
  is the author's clarification: event. `Или:` before the second example is left out (dev50); `И ещё:`
  before the second Фрейденберг quotation is an elliptical frame (`и ещё [говорит]`), kept without its
  `И`.
- Quotations. The novel's text quoted after the author's interpretive frame (`…, что о его стуле
  статистика умалчивает: «Одного она не знает. Не знает она, … Стульев очень много»`): the frame is joined
  with the first quoted sentence (dev48 / dev50), the author's claim, and each further quoted sentence is
  a claim of the novel's authors, span `авторы` of the frame (guidelines: one claim per sentence of a
  quotation; dev: a description in the frame is the span). The unframed `«Мужская сила и красота Бендера
  были совершенно неотразимы …»` takes its nearest naming of the novel's authors, `Ильфа и Петрова` (dev3
  / dev24 / dev50). Бахтин: `Михаил Бахтин в книге о Рабле всё объяснит: «Кал связан …` joins the frame
  with the first quoted sentence, Бахтин's (`объяснит` with a quotation as content), and the rest of the
  quotation is his, sentence by sentence; its last sentence has three `;`-clauses with their own subjects
  and is split (guidelines `;` rule; unlike dev50's song lyrics, this is asserting prose). `Ещё у Бахтина
  можно прочесть, что кал связан с золотом, и много чего интересного …` reports Бахтин's assertion with a
  content clause (`можно прочесть, что` = `пишет, что`): speaker `Бахтина`. Фрейденберг: the frame
  `кузина Пастернака пишет:` goes with the question (no claim, above), so the following quoted sentences
  each take `кузина Пастернака`; later `исследовательница говорит: «…` joins its first quoted sentence and
  the rest (and `ещё: «…»`) take `исследовательница`. Quoted `;`, `, а` and `, и` clauses with their own
  subjects are split as in the author's text.
- `как говорится в известном анекдоте про ковбоя (…): «В природе существует круговорот»` names the source
  of the saying (dev `как говорится в опубликованном пресс-релизе` → `пресс-релизе`), unlike dev28's bare
  idiom `Как говорится, …`: speaker `анекдоте`. `Знатоки узнают в Старгороде Одессу` is the connoisseurs'
  identification (dev `Критики сравнивают A с B`, dev3 `сочла последним`): speaker `Знатоки`.
  `Очевидно, Ольга Фрейденберг не верила …` and `мыслила она так, будто …` are the author's statements
  about her beliefs (nominal object / manner clause, no relayed content): author; the parenthetical
  `Очевидно` is medium (dev28 Lavrov's `очевидно`).
- Parentheses. `(это может означать, что он родился в Палестине)` inside the content clause of `А сейчас
  лишь отмечу, что в Star-городе сына турецкоподанного … интересуют прежде всего невесты` is a clause, a
  claim of its own (low, `может`); spans cannot nest, so the main claim's span is the part after the
  parenthesis, which holds the predicate of what is asserted (dev / dev36 / dev47 / dev49); the words
  before it (the discourse formula `отмечу, что`, not a claim of its own) belong to no claim; I was unsure,
  since `отмечу` is the grammatical main predicate. The appositive parentheses `(прямо весенняя почка)` and
  `(искусительный плод осени)` gloss a single noun (the suit, the apple) and are read as appositions
  (dev51 `(глава «Среди океана стульев»)`), not as dev51's `(пародия на …)` predicated of a whole clause:
  they stay inside their claim and make it evaluative; I was unsure here. `(под «цокот …»)`, `(Star-город,
  наподобие Нью-Васюков)`, `(«каким ты был, таким остался»)`, `(«Лёд тронулся»)`, `(будто стремясь от него
  избавиться)`, `(богатства)`, `(её)`, `(ограда, межа, камень, всякая граница)`, `(Гаргантюа)`, `(по сути —
  Бездомные)` have no clause of their own (or only a subordinate one, `(«Твёрдостоящий», что позволило
  …)`, dev29) and stay inside.
- Splits. `Пройдёт немного времени, и Михаил Бахтин … всё объяснит: …` has two clauses with their own
  subjects joined by `и`: split (guidelines), the first a narrative-future time clause (event); I was
  unsure, since `Пройдёт немного времени, и …` works like a temporal adverbial. Also split: `одна сторона
  … дана …, а вторая — только намёком` (the gapped clause inherits evaluative event), `это, может, и так,
  но … Старгород даже не «старый город», а …`, `Остап извлекает энергию … и пускает в оборот, но фокус в
  том, что …`, `Остап успевает одуматься, но лёгкость … ясно показывает: …`, `это уже совсем другая
  история, а Ильфу и Петрову дано было …`, and in the quotations `Материнская утроба … — …, а пройти
  сквозь ворота … — значит …`, `Если …, то … олицетворял половой акт; входя в город, бог оплодотворял …`.
  After a colon, the first clause of the elaboration stays with the head clause and a second clause
  coordinated with it (not with the head) is split off (dev51 `Пойдём дальше: …, создаётся …`): `Так мы
  и видим …: открыть ворота — это значит родить` / `ворота однозначны …`, `В рамках романа это понятно:
  детективный сюжетный принцип перестаёт работать` / `история сама собой завершается: «Графа Монте-Кристо
  из меня не вышло»`. Shared subjects stay one claim: `входит … и даёт …`, `рассеял …, а осенью позволил
  себя зарезать` (the `а` joins predicates of one subject), `вдруг захандрил и даже отправил …`, the
  impersonal `можно тратить, а можно накапливать`. The sentence broken off at `которые …` ends its span at
  `которые` (the `…` left out). Leading `И`, `А`, `Но` are left out; `Но и романы …` keeps `и` (the focus
  particle `also`, not a conjunction); `Ибо`, `Ведь`, `Итак`, `Правда`, `Например`, `Конечно`, `При
  этом`, `Как бы то ни было`, `В общем`, `Просто` are kept.
- Polarity. `Это ли не отражение действий искателя клада …` is a rhetorical affirmation ending in `.`:
  a claim whose `не` is expletive (dev19 `чем только не`): positive. `И не случайно, когда …, первое, что
  он обнаруживает …: «…»` negates an adverbial (dev48 `не зря`): positive. `фокус в том, что сам он не
  знает, …` takes its type and polarity from the content, like dev46 `Это очевидно, что P`: negative.
  `Старгород даже не «старый город», а …` negates a noun: positive. Negative: `Не знает она, …`, `ещё
  точно не знали`, `не верила`, `не родятся`, `не может считаться случайной` (a categorical denial, no
  hedge, dev12), `просто не знает`, `у них не было ни малейшего представления`.
- Certainty and modals. `мог бы рассказать нам много интересного` and `Может быть, он поведал бы нам даже
  о хлорофилле …` are counterfactual possibilities (dev5 / dev6 `могла бы`): low, no event (nothing
  happened, dev47 / dev48); typed evaluative (`много интересного`, the ironic escalation `даже`); I was
  unsure about the type of the second. `это, может, и так`: low. `а скорей вот именно Звёздный город`:
  `скорей` is the corrective `rather`, not `скорее всего`: high. `его может извлечь разве что какой-нибудь
  Бендер` states who alone is able to (ability, dev12 / dev14), not an epistemic possibility: high,
  predictive for the future extraction, evaluative. `можно тратить, а можно накапливать`, `можно прочесть`:
  possibility statements (dev47), event. `Поэтому ворота города должны были представляться в виде …`
  states what the mythological logic required (dev15 `не должна исчезать` by a law): normative, causal
  (`Поэтому`), event; I was unsure (it could be read as an epistemic `must have been`). `Бендер — демон,
  который должен рассеять свой плод, умереть, чтобы возродиться` is normative for the mythic necessity
  that the restrictive relative clause carries (the point of the sentence), causal for the purpose.
  `само собой`, `Конечно`, `конечно`, `вообще-то`, `точно` are no hedges.
- Types. Interpretive claims with a verbal predicate are events (dev51: `это отсылает к …`, `этот миф
  функционирует как …`, `Царь Кащей … олицетворяет …`, `он явлен в образе …`); zero-copula interpretive
  identifications and metaphors are evaluative without event (dev51 `12 стульев — это 12 месяцев`, dev42):
  `стул … это именно кал`, `двигатель этого круговорота … — великий комбинатор …`, `Старгород … Звёздный
  город`, `астролябия — то, что соединяет …`, `Остап просто демон …`, `Многожёнство — один из главных
  сценариев …`, `романы Ильфа и Петрова — такая же параллель`, `Остап Бендер — принцип движения и роста
  …`, `Эти драконы Фафниры всюду`, `В природе это бактерии …`, `Великий комбинатор — это фермент …`,
  `Подпольный миллионер — это царь подземного мира …`, `это уже совсем другая история`. Factual
  identifications are events: `Само имя Остап — это народная форма …`, `секс — неотъемлемый элемент
  весенней аграрной мифологии`, `Это два разных способа …`, and the folklore semantics in Фрейденберг's
  and Бахтин's quotations. Causal: `лишь для того, чтобы подчеркнуть` (purpose), `И тогда астролябия …`
  (the inferential `тогда`, dev48 `раз так`), `проснувшихся под воздействием Солнца` (a cause inside a
  participial phrase, dev4), `Ибо`, `Ведь`, `что позволило …` (an effect by the verb, dev51 `помогла`), `в
  силу конкретного мышления`, `Поэтому`, `Их делает таковыми идеология …`, `устроил так, что …`, `ради
  продолжения жизни`, `чтобы возродиться`, `это понятно: …` (the colon gives the reason). Not causal:
  `инструмент для определения положения звёзд` (function of a noun, dev48), `ясно показывает` (evidence,
  dev46: evaluative event). Evaluative also: `великолепный стол`, `исчерпывающим натурализмом`, `только
  намёком`, `не случайно`, `Это ли не отражение`, `Какой односторонний подход`, `много чего интересного`,
  `совершенно неотразимы`, `злей всех других зообогов`, `самую предательскую параллель`, `тем исконнее`,
  `случайной`, `скупых рыцарей`, `омертвлявший капитал`, `фокус`, `Только подумать`, `Это Кудрину-то`.
  Narrative future and historical present of the novels' events (`овладеет знойной мадам Грицацуевой`,
  `входит`, `успевает одуматься`) and of later history (`Пройдёт немного времени`, `Бахтин … объяснит`)
  are events, not predictive (dev48). Numbers: `30 апреля`, `7 апреля` are dates; `первое, что он
  обнаруживает` an ordinal; `одна сторона … вторая`, `Это два разных способа` anaphoric; `немного
  времени`, `много`, `многое` vague: none quantitative. `отняв миллион у Корейко` asserts the sum taken in
  an adverbial participle (dev51 `Скопив 25 рублей`): quantitative; `свой миллион` later is anaphoric.
"""

DOCS = {
    "factru-book_3615@3": ((15, 24), [
        # paragraph 15
        ("Обратите внимание: авторы живописуют великолепный стол Ивана Ивановича Сидорова лишь для того, "
         "чтобы подчеркнуть, что о его стуле статистика умалчивает: «Одного она не знает",
         "causal evaluative event", None, "+", "high"),
        ("Не знает она, сколько в СССР стульев", "event", "авторы", "-", "high"),
        ("Стульев очень много»", "event", "авторы", "+", "high"),
        ("Какой односторонний подход", "evaluative", None, "+", "high"),
        ("между тем в организме любого человека происходит обмен веществ", "event", None, "+", "high"),
        ("вот одна сторона этого обмена дана с исчерпывающим натурализмом", "evaluative event", None, "+",
         "high"),
        ("вторая — только намёком: «ореховое кладохранилище»", "evaluative event", None, "+", "high"),
        ("Может — жидкий", "event", None, "+", "low"),
        ("Как бы то ни было, стул, который ищут герои романа, это именно кал", "evaluative", None, "+",
         "high"),
        ("не случайно, когда Ипполит Матвеевич Воробьянинов приступает к охоте за стулом, первое, что он "
         "обнаруживает на улице: «Воробьи охотились за навозом» (под «цокот падающих с крыш бриллиантовых "
         "капель»)", "evaluative event", None, "+", "high"),
        ("Это ли не отражение действий искателя клада, имеющего лошадиное имя и птичью фамилию",
         "evaluative", None, "+", "high"),
        # paragraph 16
        ("Пройдёт немного времени", "event", None, "+", "high"),
        ("Михаил Бахтин в книге о Рабле всё объяснит: «Кал связан с производительной силой и плодородием",
         "event", "Михаил Бахтин", "+", "high"),
        ("С другой стороны, кал мыслится как нечто среднее между землёй и телом, нечто роднящее их",
         "event", "Михаил Бахтин", "+", "high"),
        ("Кал также нечто среднее между живым телом и телом мёртвым, разлагающимся, превращающимся в "
         "землю, в удобрение", "event", "Михаил Бахтин", "+", "high"),
        ("тело отдаёт кал земле при жизни", "event", "Михаил Бахтин", "+", "high"),
        ("кал оплодотворяет землю, как и тело умершего человека»", "event", "Михаил Бахтин", "+", "high"),
        ("Ещё у Бахтина можно прочесть, что кал связан с золотом, и много чего интересного о Сидорове "
         "(Гаргантюа)", "evaluative event", "Бахтина", "+", "high"),
        # paragraph 17
        ("Муж агрономши Кузнецовой, которая обнаружила умирающую тёщу Воробьянинова, мог бы рассказать нам "
         "много интересного о навозе, удобряющем землю, и свойствах растений, которые на ней растут",
         "evaluative", None, "+", "low"),
        ("Может быть, он поведал бы нам даже о хлорофилле, при помощи которого осуществляется процесс "
         "фотосинтеза", "evaluative", None, "+", "low"),
        ("Правда, в те времена ещё точно не знали, как именно растения улавливают фотоны и, пользуясь их "
         "энергией, превращают углекислый газ в органику", "event", None, "-", "high"),
        ("уже было точно известно, что идеальный Сидоров, питаясь этой органикой, превращает её в фекалии, "
         "которые", "event", None, "+", "high"),
        ("В общем, как говорится в известном анекдоте про ковбоя («каким ты был, таким остался»): «В природе "
         "существует круговорот»", "event", "анекдоте", "+", "high"),
        ("двигатель этого круговорота в романе — великий комбинатор Остап Бендер, умирающий и воскресающий "
         "бог растительности, функционирующий в эпоху победившего исторического материализма в облике "
         "жулика", "evaluative", None, "+", "high"),
        # paragraph 18
        ("На Пасху он входит в город Старгород в «зелёном в талию костюме» (прямо весенняя почка) и даёт "
         "преследующему его беспризорному яблоко (искусительный плод осени)", "evaluative event", None, "+",
         "high"),
        ("При этом держит в руках астролябию, инструмент для определения положения звёзд", "event", None,
         "+", "high"),
        ("Разберёмся", "normative", None, "+", "high"),
        ("Знатоки узнают в Старгороде Одессу", "event", "Знатоки", "+", "high"),
        ("В профанном плане это, может, и так", "evaluative", None, "+", "low"),
        ("в пространстве пасхального романа Старгород даже не «старый город», а скорей вот именно Звёздный "
         "город (Star-город, наподобие Нью-Васюков), нечто вроде Небесного Иерусалима, в который на Вербное "
         "воскресенье входит Иисус", "evaluative", None, "+", "high"),
        ("тогда астролябия — то, что соединяет солнечно-календарную природу этого божества с его же "
         "растительно-аграрной природой", "causal evaluative", None, "+", "high"),
        ("Символ единства растительной силы и Солнца, необходимый элемент мифа", "evaluative", None, "+",
         "high"),
        ("В современной науке этот миф функционирует как сюжет о хлорофилле захватывающем кванты света в "
         "процессе фотосинтеза", "event", None, "+", "high"),
        ("вообще-то, конечно, Остап просто демон проснувшихся под воздействием Солнца соков земли: весенних "
         "потоков, струящихся в наших жилах, в сосудах растений, в руслах рек", "causal evaluative", None,
         "+", "high"),
        ("Мантра Остапа: «Лёд тронулся!»", "evaluative", None, "+", "high"),
        # paragraph 19
        ("Об этом весеннем заклинании лучше говорить 7 апреля, на Благовещенье", "normative evaluative",
         None, "+", "high"),
        ("это может означать, что он родился в Палестине", "event", None, "+", "low"),
        ("интересуют прежде всего невесты", "event", None, "+", "high"),
        ("Ибо секс — неотъемлемый элемент весенней аграрной мифологии", "causal event", None, "+", "high"),
        ("Само имя Остап — это народная форма греческого имени Евстафий («Твёрдостоящий», что позволило в "
         "русском переводе Рабле обыграть это имя как «Ейвставий»)", "causal event", None, "+", "high"),
        ("«Мужская сила и красота Бендера были совершенно неотразимы для провинциальных Маргарит на "
         "выданье»", "evaluative event", "Ильфа и Петрова", "+", "high"),
        ("Многожёнство — один из главных сценариев, в рамках которых Остап собирается развиваться",
         "evaluative", None, "+", "high"),
        ("уже 30 апреля, ровно в Вальпургиеву ночь, овладеет знойной мадам Грицацуевой", "event", None, "+",
         "high"),
        ("Ответ дворника: «Кому и кобыла невеста»", "event", None, "+", "high"),
        ("это отсылает к истории о Коньке-горбунке и белой кобылице", "event", None, "+", "high"),
        ("также к статье Ольги Фрейденберг «Въезд в Иерусалим на осле»", "event", None, "+", "high"),
        ("Если город, как и земля, представлялся женщиной, а брачащееся божество въезжало в город, то в силу "
         "конкретного мышления самый въезд уже олицетворял половой акт", "causal event",
         "кузина Пастернака", "+", "high"),
        ("входя в город, бог оплодотворял его (её)", "event", "кузина Пастернака", "+", "high"),
        ("Поэтому ворота города должны были представляться в виде женского органа производительности",
         "normative causal event", "кузина Пастернака", "+", "high"),
        ("Так мы и видим в международном фольклоре: открыть ворота — это значит родить", "event",
         "кузина Пастернака", "+", "high"),
        ("ворота однозначны женскому рождающему органу", "event", "кузина Пастернака", "+", "high"),
        ("Материнская утроба при родах — открывающиеся небесные ворота", "event", "кузина Пастернака", "+",
         "high"),
        ("пройти сквозь ворота, через дверь — значит спастись, родиться", "event", "кузина Пастернака", "+",
         "high"),
        ("такая семантика относится уже к земледельческому периоду", "event", "кузина Пастернака", "+",
         "high"),
        ("Ей предшествовала стадия, когда городские ворота (ограда, межа, камень, всякая граница) "
         "осмыслялись как ворота небесные»", "event", "кузина Пастернака", "+", "high"),
        # paragraph 20
        ("Очевидно, Ольга Фрейденберг не верила в реальность богов, действующих в сегодняшней "
         "повседневности", "event", None, "-", "medium"),
        ("мыслила она так, будто они не просто выдумка, но своевольные существа, многое определяющие в "
         "человеческой жизни", "event", None, "+", "high"),
        ("Например, исследовательница говорит: «Воображаемые боги не родятся христианами, евреями или "
         "язычниками", "event", "исследовательница", "-", "high"),
        ("Их делает таковыми идеология христиан, евреев или язычников", "causal event", "исследовательница",
         "+", "high"),
        ("Связь между Иисусом как божеством и между ослом как божеством тем исконнее, чем больше мы "
         "обнаруживаем её существование ещё до христианства", "evaluative", "исследовательница", "+",
         "high"),
        ("эта связь между ними уже не может считаться случайной»", "evaluative", "исследовательница", "-",
         "high"),
        ("ещё: «Вообще, осёл оказался злей всех других зообогов: он устроил так, что роман о нём представляет "
         "собой самую предательскую параллель к нашим священным писаниям»", "causal evaluative event",
         "исследовательница", "+", "high"),
        ("Имеется в виду «Золотой осёл»", "event", None, "+", "high"),
        # paragraph 21
        ("и романы Ильфа и Петрова — такая же параллель", "evaluative", None, "+", "high"),
        ("В них Остап Бендер — принцип движения и роста («Лёд тронулся»), демон, дело которого — пускать в "
         "оборот омертвевшую органику, извлекать из неё энергию", "evaluative", None, "+", "high"),
        ("Ведь энергию, как и деньги, можно тратить, а можно накапливать", "causal event", None, "+", "high"),
        ("Это два разных способа обращения с ней", "event", None, "+", "high"),
        ("Царь Кащей, который чахнет над златом, олицетворяет собой принцип накопления", "event", None, "+",
         "high"),
        ("У Ильфа и Петрова он явлен в образе гражданина Корейко из «Золотого телёнка», где принципы "
         "накопления и извлечения энергии (богатства) даны в динамике взаимодействия", "event", None, "+",
         "high"),
        # paragraph 22
        ("Корейко принадлежит к типу скупых рыцарей, накапливающих и стерегущих богатство",
         "evaluative event", None, "+", "high"),
        ("Эти драконы Фафниры всюду", "evaluative", None, "+", "high"),
        ("В природе это бактерии, омертвляющие солнечный свет и образующие залежи нефти и угля",
         "evaluative", None, "+", "high"),
        ("В нашей сегодняшней жизни это был до недавнего времени гражданин Кудрин, омертвлявший капитал от "
         "нефтедобычи в американских банках", "evaluative event", None, "+", "high"),
        ("оттуда его может извлечь разве что какой-нибудь Бендер, тот, кто не любит деньги, но «из "
         "принципа» возвращает движению жизни выпавшие из круговорота элементы — будь то минеральные или "
         "органические осадки, богатства или идеи", "predictive evaluative", None, "+", "high"),
        ("Великий комбинатор — это фермент, разлагающий омертвевшие ткани ради продолжения жизни",
         "causal evaluative", None, "+", "high"),
        ("Подпольный миллионер — это царь подземного мира, превращающий при помощи среднестатистического "
         "Сидорова золото солнца в дерьмо", "evaluative", None, "+", "high"),
        # paragraph 23
        ("Итак, Остап извлекает энергию из этой косной тьмы и пускает в оборот", "event", None, "+", "high"),
        ("фокус в том, что сам он не знает, как с ней обращаться", "evaluative event", None, "-", "high"),
        ("Только подумать: своими руками рассеял во время аукциона уже фактически приобретённые стулья, а "
         "осенью позволил себя зарезать", "evaluative event", None, "+", "high"),
        ("отняв миллион у Корейко, вдруг захандрил и даже отправил деньги по почте «Народному комиссару "
         "финансов»", "quantitative evaluative event", None, "+", "high"),
        ("Это Кудрину-то", "evaluative", None, "+", "high"),
        ("Тут, впрочем, Остап успевает одуматься", "event", None, "+", "high"),
        ("лёгкость, с которой он теряет свой миллион на границе (будто стремясь от него избавиться), ясно "
         "показывает: деньги после того, как они получены, теряют для него всякий смысл",
         "evaluative event", None, "+", "high"),
        ("В рамках романа это понятно: детективный сюжетный принцип перестаёт работать",
         "causal evaluative event", None, "+", "high"),
        ("история сама собой завершается: «Графа Монте-Кристо из меня не вышло»", "event", None, "+",
         "high"),
        ("Только одно: Бендер — демон, который должен рассеять свой плод, умереть, чтобы возродиться к "
         "следующему сезону", "normative causal evaluative", None, "+", "high"),
        ("Как обращаться с полученной энергией, он просто не знает", "event", None, "-", "high"),
        ("Это знают другие боги", "event", None, "+", "high"),
        # paragraph 24
        ("это уже совсем другая история", "evaluative", None, "+", "high"),
        ("Ильфу и Петрову дано было рассказать только ту, которую они рассказали", "event", None, "+",
         "high"),
        ("Боги, само собой, использовали авторов втёмную", "event", None, "+", "high"),
        ("Конечно, у них не было ни малейшего представления, с чем они играют и что через них фонтанирует",
         "event", None, "-", "high"),
        ("Просто однажды лёд тронулся", "event", None, "+", "high"),
        ("вдруг понесло", "event", None, "+", "high"),
    ]),
}
