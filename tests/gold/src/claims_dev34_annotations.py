"""Hand annotations of claims, dev set part 34: real news articles (factRuEval-2016 texts, MIT).

Six whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_182, _455, _3872, _480, _261, _426), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev33_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_182 (`Попытка покушения совершена вчера вечером … Как рассказывает сам
  Ямадаев, …`), factru-book_455 (`Компания Microsoft согласилась открыть … Microsoft предлагает покупать
  лицензии …`), factru-book_480 (`Немецкий автомобильный концерн «Фольксваген» … планирует построить …
  Об этом заявил шеф концерна …`) and factru-book_261 (`Правительство Японии выразило решительный
  протест …`) hold their whole lead paragraph on the first line (the corpus put it in the title field);
  by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev28 / dev33 rule the first line
  is the title and carries no claim, so annotation starts on the second paragraph. factru-book_3872
  (`Японский премьер выразил намерение помириться с Россией`) and factru-book_426 (`Блогеры выберут
  лучшего.`) have plain titles; their decks (`Главным препятствием на пути к подписанию мирного договора
  является спор …`, `Стартовал международный конкурс The Best of Blogs.`) are body text (test1 / test2)
  and are annotated, and again where the body restates them (dev4 / dev5 / dev8).
- Speakers. factru-book_182 `Как передала радиостанция «Маяк», по факту покушения … возбуждено уголовное
  дело. Об этом сообщил … Владимир Маркин.`: the content sentence has a reporting frame of its own, so
  its speaker is that frame's source (dev2 `Соседи считают, что P. Об этом заявил Y.`), `Маяк` without
  its guillemets (dev, dev28 `Труд`), and the `Об этом` sentence is the author's event (test2).
  `Генеральная прокуратура ОАЭ, как пишет «Gzt.Ru», … передала дело … в суд` takes `Gzt.Ru`.
  `Первоначально говорилось о заказном убийстве …` (an impersonal verb of saying with only a nominal
  object) is the author's event (dev12 `Сначала сообщалось о двукратном повышении цен …`). `Как известно`
  is the author's formula (dev5 / dev19). factru-book_455: `- сказал представитель Microsoft` →
  `представитель Microsoft` and `Представители Microsoft утверждают` → `Представители Microsoft` (the
  head noun with the name that says whose, guidelines `пресс-служба «Яндекса»`); `Некоторые считают` →
  `Некоторые` (guidelines `эксперты`); Винье's two quoted sentences take `Томас Винье` from the frame
  of the second (test2), the frame's English `(Thomas Vinje)` staying in the span. factru-book_3872:
  Абэ's first quoted sentence takes `Абэ` from the frame of the next (test2 / dev15); `Мэр города Немуро,
  в свою очередь, отметил, что …` takes `Мэр города Немуро` (his name stands only in the previous
  sentence, dev22 `сенатор`); `— цитирует Лента.ру японского чиновника` takes the quoted person
  `японского чиновника` (test2 / dev16 / dev19), not the outlet; `— отметил он` takes `он` with coref
  `Владимир Путин`; `глава государства подчеркнул, что …, но признал, что …` is one claim (two reporting
  predicates sharing one subject, dev11 / dev19), `глава государства`. factru-book_480 `Считается,
  однако, что поддержка будет получена` takes the verb `Считается` (dev19 / dev31), its inner `однако`
  kept (dev22). factru-book_426 `Lenta.ru напоминает, что …` takes `Lenta.ru`.
- A frame ending in `:` followed by a quotation (factru-book_182 `Гейдар Джемаль в интервью «Свободной
  прессе» говорит о том, что касается попытки покушения на Ису: «...да, конечно, это новость, …`): the
  frame names only the topic, no content of its own, so it is joined with the first quoted sentence in
  one claim (dev7 / dev33 Toner); the opening `...` inside the quotation is not final and stays in the
  span. That sentence's content is a zero-copula interpretation (`это новость, которая ложится в канву
  всех предыдущих событий`: the attempt fits the pattern of the earlier ones): evaluative without event
  (dev14); `конечно` is no hedge (dev10). The second quoted sentence `И тут вешай не вешай собак, но
  люди, которые были арестованы …, имеют прямое отношение к Рамзану Кадырову»` leaves out the leading
  `И`; `вешай не вешай собак` is the concessive idiom `X не X` ("blame whom you like"), not an
  imperative and not a negated predicate, so, like `хотя …, но …` (dev), it stays in one claim with the
  main `имеют`: positive, not normative; an accusation of involvement is evaluative (dev6) and event.
- `по факту покушения … возбуждено уголовное дело` names the matter the case concerns (the legal
  formula `по факту`), like a topic link (dev11 `в связи с данными сделками`), not a stated cause (unlike
  dev12's `по обвинению в …`): event only. `сформулировав его суть как покушение на убийство, а не как
  убийство` negates a complement (dev9): positive.
- `Неизвестный мужчина пытался выстрелить …, но был обезоружен и в настоящее время ведётся следствие`:
  the first two predicates share the subject `мужчина` (one claim), the last clause has its own subject
  `следствие`, so it is split, `и` left out.
- factru-book_455. `пригрозила наложить штраф в размере 2 млн. долларов в сутки …, если …` is the
  author's predictive quantitative event (dev17 `Комиссия ЕС угрожала … поднять штраф до 3 миллионов
  ежедневно, если …`), positive (the `не` is in the condition). `Окончательно ещё неясно, полностью ли
  …` and `Непонятно также согласятся ли …` assert that something is unknown (indirect questions, fused
  `не-`): the author's events, positive (dev15 / dev16 `неизвестно`). `Некоторые считают, что коды
  интерфейса это стандартное программное обеспечение, которое зашифровано только для того, чтобы
  противодействовать конкурентам`: zero copula in the content, so no event; the purpose clause in the
  relative clause is causal (dev4) and the content, which denies the codes' value and imputes an
  anticompetitive motive, evaluative (dev6 accusations). `это их уникальные разработки` is evaluative
  without event (`уникальн…`, dev6 / dev15). `другие фирмы просто не смогут разобраться в сложном коде`
  is predictive, negative, high (inability, dev13); `сложном` is a descriptor of the code, not taken as
  a judgement. `миллионы строк кода` is vague (dev10 `миллиарды рублей`): not quantitative; `вывалят`
  (loaded) and `равносильно поиску иголки в стоге сена` make Винье's sentence evaluative, and `Даже
  самый опытный программист растеряется` (a hyperbolic verdict on the difficulty) is predictive
  evaluative. `самую ценную интеллектуальную собственность` is evaluative; `с тем, чтобы` is purpose
  (causal, dev26).
- factru-book_3872. `Главным препятствием … является спор вокруг принадлежности Южных Курил` (deck and
  body): X stands in the way of Y (dev8 `помехой для разрядки`, dev32 `одним из главных барьеров на пути
  …`): causal, and `Главным` ranks the obstacles as the author's assessment (dev32): evaluative, event
  for the verbal copula `является`. `намерен … добиться`, `хочу добиться` (present intentions) are
  predictive event (dev2); `Я решу … и заключу …` is future only: predictive (dev19 / dev22). The
  mayor's quoted `Вы встречались … уже семь раз, и я бы очень хотел, чтобы вы решили эту проблему …` is
  one quoted sentence (test2): the asserted count `семь раз` is quantitative, and the wish that the
  addressee act (`хотел бы, чтобы вы решили`) is normative, like dev32's `Мы хотим, чтобы ООН стала
  посредником`; `бы` of a wish is no hedge. `Россия готова продолжить …` is a present readiness: event
  (dev8 / dev32). `И Япония, и Россия искренне заинтересованы …` keeps its correlative `И` (dev11);
  `искренне` is read as the degree of the interest (manner, dev22 `охотно`): event only. `решение не
  должно ущемлять интересы сторон` is a prescription with an inanimate subject (dev9 / dev12 `Расширение
  санкций не должно коснуться …`): normative, negative (the first content predicate decides, dev12 /
  dev16). `Согласно соглашению 1855 года, Японии принадлежат …` states what the treaty provides (the
  legal ground, dev27 `согласно распоряжению`, dev33 `В соответствии с грузинской конституцией`), not
  anybody's assertion: the author's event; `три острова Курильской гряды — Итуруп, Кунашир и Шикотан`
  is spelled out by the names (dev10 / dev15): not quantitative. The `однако` clause (own subject) is
  split and left out; `по итогам Второй мировой войны` is causal (dev8 / dev10 `по итогам`). `статьей
  107 Устава ООН` is a name with digits.
- factru-book_480. `ещё необходимо получить поддержку наблюдательного совета` is normative. `Начало
  строительства может начаться ещё в этом году` is epistemic: predictive, low. `Первоначально
  планируется сборка …` is a present plan: predictive event (dev15 / dev23 / dev32). `Через пять лет
  завод перейдет …` is future only (predictive); `Через пять лет` is a time point (dev9 `спустя год`).
  `доля автомобильного рынка должна возрасти до 10%` (inanimate subject, an expectation, dev `расценки
  должны снизиться`) is predictive, quantitative, and causal for `С постройкой завода` (the construction
  brings the rise, dev25 `с прибытием астронавта`); `до 10%` bounds the number: high (dev22). `2-3%
  рынка` is quantitative. `В первую очередь будут собираться автомобили «Шкода Октавия» (Skoda Octavia),
  позже — европейский вариант автомобиля «Гол» (Gol)`: the gapped second clause has its own subject, so
  it is split (dev2 / dev7 / dev24), `позже` kept; both predictive.
- factru-book_261. `Четыре острова, которые называются Южными Курилами, …` counts the known set of
  islands that the relative clauses name (dev28 took `четырех островов`, the same islands, as
  identifying): not quantitative; I was unsure here, since it is the body's first mention of the count.
  `через 65 лет после окончания военных действий` is a time point relative to an event (dev9 `спустя
  год`, dev21 `за два дня до`), not dev28's duration `в течение 65 лет остаются без …`: not
  quantitative (I was unsure, since the parenthesis stresses how long the dispute has lasted); `не дает
  двум странам заключить` is causal (a hindrance, dev21 `мешает`), negative; `двум странам` identifies.
  `Наото Кан назвал посещение двух из этих островов … «в высшей степени достойным сожаления»` is Кан's
  reported naming (dev `назвал … «хорошей»`): evaluative without event (dev19 / dev22), and quantitative
  for the partitive count `двух из этих островов` (dev33 `Шестеро из семи кандидатов`). `Эта поездка
  состоялась лишь за неделю до запланированного визита …`: `за неделю до` is a time point (not
  quantitative), and `лишь` judges the timing as pointedly close (dev20 `всего 2,5 км`, dev27 `всего за
  несколько шиллингов`): evaluative event; I was unsure whether `лишь` is more than a neutral focus
  particle here.
- factru-book_426 (a contest announcement). `7 декабря стартовал международный конкурс …` is event;
  the future of its relative clause `будет определён лучший блог …` adds no predictive (dev). `вручат по
  две награды — одну от жюри, а другую от пользователей` is one claim (elaboration after `—`),
  predictive quantitative (the count of awards per category); `назовёт победителей`, `состоится`,
  `определят` are future only: predictive. `Выдвигать блоги … можно на сайте конкурса до 14 февраля` is a
  permission (dev9 `можно`): normative. `популярный блогер` is a descriptor (dev7); `проходит уже в
  шестой раз` is an ordinal: event only.
"""

DOCS = {
    "factru-book_182": (None, [
        ("Неизвестный мужчина пытался выстрелить в спину Исе Ямадаеву, но был обезоружен",
         "event", None, "+", "high"),
        ("в настоящее время ведётся следствие",
         "event", None, "+", "high"),
        ("Как передала радиостанция «Маяк», по факту покушения на Ису Ямадаева возбуждено уголовное дело",
         "event", "Маяк", "+", "high"),
        ("Об этом сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин",
         "event", None, "+", "high"),
        ("Председатель Исламского комитета России Гейдар Джемаль в интервью «Свободной прессе» говорит о том, "
         "что касается попытки покушения на Ису: «...да, конечно, это новость, которая ложится в канву всех "
         "предыдущих событий",
         "evaluative", "Гейдар Джемаль", "+", "high"),
        ("тут вешай не вешай собак, но люди, которые были арестованы по делу Сулима в Эмиратах, и дают "
         "показания, имеют прямое отношение к Рамзану Кадырову»",
         "evaluative event", "Гейдар Джемаль", "+", "high"),
        ("Как известно, Иса Ямадаев является братом Сулимы Ямадаева, Героя Российской Федерации, на которого в "
         "ОАЭ была совершена попытка покушения 28 марта",
         "event", None, "+", "high"),
        ("Первоначально говорилось о заказном убийстве и похоронах Сулима Ямадаева",
         "event", None, "+", "high"),
        ("Генеральная прокуратура ОАЭ, как пишет «Gzt.Ru», 23 июля передала дело Сулима Ямадаева в суд, "
         "сформулировав его суть как покушение на убийство, а не как убийство",
         "event", "Gzt.Ru", "+", "high"),
        ("Иса Ямадаев является третьим из братьев Ямадаевых, на которых уже совершены покушения",
         "event", None, "+", "high"),
    ]),
    "factru-book_455": (None, [
        ("\"Мы предлагаем нашу самую ценную интеллектуальную собственность с тем, чтобы положить конец "
         "проблемам с совместимостью и продолжать обстоятельные дискуссии о сути этого вопроса\", - сказал "
         "представитель Microsoft",
         "causal evaluative event", "представитель Microsoft", "+", "high"),
        ("В декабре комиссия Европейского союза пригрозила наложить штраф в размере 2 млн. долларов в сутки на "
         "Microsoft, если не будут раскрыты коды интерфейса к операционной системе Windows",
         "predictive quantitative event", None, "+", "high"),
        ("Окончательно ещё неясно, полностью ли удовлетворит комиссию ЕС предложение, которое сделала компания "
         "Microsoft",
         "event", None, "+", "high"),
        ("Непонятно также согласятся ли конкуренты платить за лицензии Microsoft",
         "event", None, "+", "high"),
        ("Некоторые считают, что коды интерфейса это стандартное программное обеспечение, которое зашифровано "
         "только для того, чтобы противодействовать конкурентам",
         "causal evaluative", "Некоторые", "+", "high"),
        ("Представители Microsoft утверждают, что это их уникальные разработки",
         "evaluative", "Представители Microsoft", "+", "high"),
        ("Некоторые считают, что другие фирмы просто не смогут разобраться в сложном коде",
         "predictive", "Некоторые", "-", "high"),
        ("«Они просто вывалят миллионы строк кода, и искать там то, что нужно для совместимости, равносильно "
         "поиску иголки в стоге сена",
         "predictive evaluative", "Томас Винье", "+", "high"),
        ("Даже самый опытный программист растеряется», - говорит адвокат истцов Томас Винье (Thomas Vinje)",
         "predictive evaluative", "Томас Винье", "+", "high"),
    ]),
    "factru-book_3872": (None, [
        ("Главным препятствием на пути к подписанию мирного договора является спор вокруг принадлежности Южных "
         "Курил",
         "causal evaluative event", None, "+", "high"),
        ("Премьер-министр Японии Синдзо Абэ заявил, что намерен «во что бы то ни стало» добиться разрешения "
         "территориального спора с Россией",
         "predictive event", "Синдзо Абэ", "+", "high"),
        ("«Я решу проблему северных территорий и заключу мирный договор",
         "predictive", ("Абэ", "— отметил "), "+", "high"),
        ("Как политик, как премьер-министр я хочу добиться этого во что бы то ни стало», — отметил Абэ на "
         "встрече с мэром города Немуро северного японского острова Хоккайдо Сюнскэ Хасэгавой",
         "predictive event", ("Абэ", "— отметил "), "+", "high"),
        ("Мэр города Немуро, в свою очередь, отметил, что Абэ уже предоставлялся подобный шанс",
         "event", "Мэр города Немуро", "+", "high"),
        ("«Вы встречались с российским президентом уже семь раз, и я бы очень хотел, чтобы вы решили эту "
         "проблему будучи премьер-министром», — цитирует Лента.ру японского чиновника",
         "normative quantitative event", "японского чиновника", "+", "high"),
        ("В конце мая 2014 года президент Владимир Путин заявил, что Россия готова продолжить с Японией "
         "переговорный процесс по спорным островам",
         "event", "Владимир Путин", "+", "high"),
        ("«И Япония, и Россия искренне заинтересованы в том, чтобы эта проблема была решена», — отметил он",
         "event", ("он", "— отметил ", "Владимир Путин"), "+", "high"),
        ("При этом глава государства подчеркнул, что решение не должно ущемлять интересы сторон, но признал, "
         "что пока непонятно, как достичь в этом вопросе компромисса",
         "normative event", "глава государства", "-", "high"),
        ("Мирный договор между Россией и Японией не заключен еще со времен Второй мировой войны",
         "event", None, "-", "high"),
        ("Главным препятствием на пути к его подписанию является спор вокруг принадлежности Южных Курил",
         "causal evaluative event", None, "+", "high"),
        ("Согласно соглашению 1855 года, Японии принадлежат архипелаг Хабомаи и три острова Курильской гряды — "
         "Итуруп, Кунашир и Шикотан",
         "event", None, "+", "high"),
        ("по итогам Второй мировой войны они отошли к России",
         "causal event", None, "+", "high"),
        ("Статус этих островов определяется Крымским соглашением по вопросам Дальнего Востока от 11 февраля 1945 "
         "года, Потсдамской декларацией от 26 июля 1945-го, Сан-Францисским мирным договором от 8 сентября 1951 "
         "года и статьей 107 Устава ООН",
         "event", None, "+", "high"),
    ]),
    "factru-book_480": (None, [
        ("Пишетсридер сказал, что до начала строительства завода ещё необходимо получить поддержку "
         "наблюдательного совета концерна",
         "normative", "Пишетсридер", "+", "high"),
        ("Считается, однако, что поддержка будет получена",
         "predictive", "Считается", "+", "high"),
        ("Начало строительства может начаться ещё в этом году",
         "predictive", None, "+", "low"),
        ("Первоначально планируется сборка автомобилей из поставляемых комплектующих",
         "predictive event", None, "+", "high"),
        ("Через пять лет завод перейдет на собственное полное производство автомобилей",
         "predictive", None, "+", "high"),
        ("В настоящее время «Фольксваген» имеет 2-3% рынка автомобилей в России",
         "quantitative event", None, "+", "high"),
        ("С постройкой завода, доля автомобильного рынка должна возрасти до 10%",
         "predictive quantitative causal", None, "+", "high"),
        ("В первую очередь будут собираться автомобили «Шкода Октавия» (Skoda Octavia)",
         "predictive", None, "+", "high"),
        ("позже — европейский вариант автомобиля «Гол» (Gol)",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_261": (None, [
        ("Четыре острова, которые называются Южными Курилами, и которые японцы называют Северными территориями, "
         "отошли к Советскому Союзу после Второй мировой войны",
         "event", None, "+", "high"),
        ("Территориальный спор вокруг этих островов до сих пор, через 65 лет после окончания военных действий, "
         "не дает двум странам заключить мирное соглашение",
         "causal event", None, "-", "high"),
        ("Премьер-министр Японии Наото Кан назвал посещение двух из этих островов министром обороны России "
         "Анатолием Сердюковым «в высшей степени достойным сожаления»",
         "quantitative evaluative", "Наото Кан", "+", "high"),
        ("Эта поездка состоялась лишь за неделю до запланированного визита в Москву министра иностранных дел "
         "Японии Сейджи Маехары",
         "evaluative event", None, "+", "high"),
    ]),
    "factru-book_426": (None, [
        ("Стартовал международный конкурс The Best of Blogs",
         "event", None, "+", "high"),
        ("7 декабря стартовал международный конкурс The Best of Blogs, в ходе которого будет определён лучший "
         "блог, лучший подкаст и лучший видеоблог в Сети",
         "event", None, "+", "high"),
        ("В каждой категории вручат по две награды — одну от жюри, а другую от пользователей",
         "predictive quantitative", None, "+", "high"),
        ("В последнем случае победителей определят при помощи онлайнового голосования, которое пройдёт с 15 "
         "марта по 14 апреля 2010 года",
         "predictive", None, "+", "high"),
        ("Выдвигать блоги на соискание одной из премий можно на сайте конкурса до 14 февраля 2010 года",
         "normative", None, "+", "high"),
        ("Жюри, в котором Россию представляет популярный блогер Рустем Адагамов, назовёт победителей 15 апреля "
         "в Берлине",
         "predictive", None, "+", "high"),
        ("Церемония награждения состоится в июне 2010 года в Бонне",
         "predictive", None, "+", "high"),
        ("Lenta.ru напоминает, что конкурс The BOBs проводится медиакомпанией Deutsche Welle и проходит уже в "
         "шестой раз",
         "event", "Lenta.ru", "+", "high"),
    ]),
}
