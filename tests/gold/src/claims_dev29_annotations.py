"""Hand annotations of claims, dev set part 29: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_278, _145, _3805, _61, _180), annotated by hand by reading the texts (not
from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_278 (`Валерий Зорькин … высказал сомнения … Хотя Дума уже одобрила …, Зорькин
  надеется, что …`, two sentences), factru-book_145 (`Фернандо Алонсо … выиграл Гран-при Монако.`) and
  factru-book_180 (`С 21 июля в Германии вступил в силу закон, согласно которому …`) hold a full sentence
  or their whole lead on the first line; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 /
  dev22 / dev28 rule the first line is the title and carries no claim, so annotation starts on the
  second paragraph. factru-book_3805's title (`"Ленфильм" возобновляет … .`) is also a full sentence
  and carries no claim; its second line, the deck `Два кинопроекта … получили поддержку Министерства
  культуры РФ.`, is body text (test1 / test2) and is annotated, and again where the body repeats it
  (dev4 / dev5 / dev8). factru-book_61's title is a plain title.
- Attribution does not carry over (test1; dev4, dev8, dev15, dev22, dev27). factru-book_278: after
  `Служба прессы Конституционного суда пытается нейтрализовать высказывание Зорькина` (the author's
  event: the press service's effort is reported with a nominal object, no content clause) the sentences
  `Судья Зорькин ещё не высказал свою точку зрения однозначно …, так как …` and `Но, он всегда указывал
  на возможные персональные трудности` plainly give the press service's line, and `Не все опытные члены
  суда готовы уехать из Москвы` / `Судьи … были найдены не на улице` plainly go on with Зорькин's
  remarks; none of them has a frame of its own, so all are the author's claims. `он всегда указывал на
  возможные персональные трудности` (a speech act with a nominal object, dev2 / dev10) is the author's
  event; the adjective `возможные` is no hedge (dev2). `Зорькин высказывался о проекте положительно`
  (an assessment reported without a content clause, dev10 `Сделку высоко оценил`) is the author's event.
  I was unsure about the press-service sentences, which read like indirect speech without a verb.
- Comma splices. `Судьи для высшего суда страны были найдены не на улице, они были подобраны в
  индивидуальном порядке` has two clauses with their own subjects and no `:` or `—` between them, so
  it is split (dev24). The first is positive: `не на улице` negates the adverbial (the contrast is
  completed by the next clause, like dev9's `не …, а …`), not the predicate; the idiom `найти на улице`
  ("pick up at random") makes it a judgement of the judges' worth: evaluative event.
- A parenthesised relative clause (factru-book_278 `здания (из которого в настоящий момент переезжает
  Исторический государственный архив)`) is a subordinate clause, not an independent one, so it stays
  inside its claim (guidelines: subordinate clauses stay inside one claim); the dev / dev9 / dev12 rule
  splits only parentheses that hold an independent clause.
- Speakers. `Согласно официальному заявлению` → `официальному заявлению` (dev20 `официальным данным`,
  dev26 `официальным сообщениям`); `…, сообщает РИА «Новости»` → `РИА «Новости»` (dev16, the name with
  its inner guillemets as written); the three quoted sentences closed by `- сообщил представитель
  киностудии` take that description for each sentence (dev, dev13), and `- добавил представитель
  студии` takes its own; `В мае этого года сообщалось, что …` → `сообщалось` (dev6 / dev20);
  `отвечали, что …` takes the pronoun `они` with coref `шестеро вязальщиков`; `Как считают
  социал-демократы` → `социал-демократы`. `Основными противниками выступали представители ХДС, считавшие,
  что …` is the CDU representatives' claim: the participle is a verb of believing with its own content
  clause (dev7 `Марк Адоманис, считающий …`, dev27 `полагая, что …`); the number in the comparison
  `по 10 бутылок водки` belongs to a hypothetical standard of comparison inside the belief, not an
  asserted quantity (dev7, numbers of a thesis), so the claim is evaluative event only.
- `В Дюссельдорфе давно не считают вязание уделом только женщин` is a negated belief of an unspecified
  group, so, like dev10's `никто из читателей не полагал, что …`, it is the author's assertion, event,
  negative (`не` on the predicate `считают`). I was unsure whether `Дюссельдорфе` should be a source
  (guidelines `на Западе не исключают` → `Западе`); the denial of a belief reports no content that
  anybody asserts.
- Polarity. `Не все опытные члены суда готовы …` and `Под положения нового закона подпадает не каждый
  наркозависимый` negate the quantifier, not the predicate: positive (dev2 `не всё понятно`, dev18
  `далеко не все`). `Йохен Шарф не только принял …, но и принял …` is the additive correlative `не
  только …, но и`, which asserts both predicates: positive. `не моложе 23 лет`, `не более двух тысяч`
  negate a modifier of the number: positive and, as bounds, high (dev16 `почти`, dev22 `до 19%`).
  `выписываться не может`, `не подавала аппеляцию`, `не стали принимать …` and `ещё не высказал` are
  negative.
- Types: law and rules (factru-book_180). `До вступления закона в силу … бесплатный заменитель героина
  врачами выписываться не может: соответствующая процедура ещё не достаточно проработана` is one claim
  (the part after `:` explains the first clause); `не может` is deontic (it may not be prescribed, dev23
  `фетвы не могут содержать наказания`): normative, high, negative; the explanation after `:` gives the
  reason: causal (dev25 `Дело в том, что …`). The statements of the law's scope (`Под положения нового
  закона подпадает не каждый …`, `Закон распространяется на граждан не моложе 23 лет, …`) describe who
  the law covers, with no modal of obligation or permission, so they are events like a rule without a
  modal (dev3 `Контроль времени — …`, dev21 `Участие в Harvest бесплатное`); I was unsure whether
  they should be normative (dev26 `Право на регистрацию … получили` was normative event for an
  explicit right).
- Types: decisions. `в Бенрате … эту новую традицию решили значительно расширить и модернизировать`
  (a decision already carried out, as the next sentences show) is event (dev12 `ФАС все равно решила
  проверить`); `Принято решение распространить праздник на весь год и регулярно встречаться …` (a
  decision about what will be done from now on) is predictive event (dev24 `было принято решение о
  завершении работ …`). `эксперты рекомендовали департаменту … внести в список … 10 дебютных проектов
  …` (a recommendation with an infinitive complement) is event, not normative (test1 `призвал`, dev8,
  dev14). `федеральным законом предусмотрено предоставление в 2013 году государственной гарантии … в
  объеме 1,53 млрд рублей` states what a law provides for as its planned outcome (dev15): predictive
  quantitative event.
- Types: predictions. Зорькин's `переезд повлечёт за собой перерыв в работе суда и спровоцирует
  персональные проблемы` is future only: predictive causal (`повлечь за собой`, like the guidelines'
  `привести к`; dev19 / dev22 future-only content without event). `"Ленфильм" осенью приступит к
  производству двух фильмов, …`, `Суммы … будут определены позднее`, `Осенью оба кинопроекта вступят в
  подготовительный период` are predictive.
- Causal: `так как`, `поскольку`, `ввиду того, что`, `таким образом`, `за неспортивное поведение` (the
  ground of the penalty, dev8 `за то, что`), `это вызвало расследование` and `стала помехой` (a cause and
  its effect by the verb, dev6 / dev8 `помехой для разрядки`), `По итогам рассмотрения` (dev8 / dev10),
  `в целях поднятия статуса Петербурга` (purpose, in the relative clause, dev6 / dev16), `отдавая дань
  погибшему …` (the participle gives the motive of not spraying champagne, dev5 `в знак протеста`), `за
  счёт голосов` (the means by which the law passed, dev14 `за счет схемы`). Not causal: `После этого`
  (temporal, dev3 / dev13), `Несмотря на …` (concessive, dev10), `по разным причинам` (names no cause),
  and `добывать деньги для очередной дозы` (the function of the money, attributive, dev20 / dev24), `с
  новыми моторами`.
- Numbers. `менее чем в метре от отбойников` (a measured distance, the unit word standing for one, like
  dev24's `в течение недели`; `менее чем` bounds: high), `большую часть гонки` (most, dev3), `10
  дебютных проектов и 10 проектов`, `более 1,5 тысячи … фильмов`, `1,53 млрд рублей`, `недельное
  торжество` (a duration in an attributive word, test1 `двухмесячный`), `шестеро вязальщиков`, `трое
  мужчин`, `В семи немецких городах`, `не моложе 23 лет` (an age limit, dev19 `не старше 31 года`), `пять
  лет и более`, `две терапии`, `не более двух тысяч`, `1449 наркоманов` are quantitative. `двух
  фильмов` in the RIA lead is read as an asserted count (the studio will make two films; dev6 `Список
  пяти ключевых тем`), while `Два кинопроекта … - "Трек" … и "Самый рыжий лис" …` and `два
  полнометражных … кинопроекта … (лирическую комедию "Трек" и сказку …)` spell out the referents they
  count (dev10 / dev15 / dev23): not quantitative. `Оба болида`, `обоих его преследователей`, `оба
  кинопроекта` (dev28 `оба кандидата`), `за 30 кругов до финиша`, `за два дня до гонки` (points in time
  or in the race, dev21 `за два дня до итальянцев`), `статья 112` (a name with digits), `на втором и
  третьем местах`, `Третье место`, `первым подиумом`, `каждое второе воскресенье` (ordinals),
  `многолетние`, `несколько лет`, `несколько концепций` (vague) and the dates are not.
- Evaluative: `допустил ошибку` (guidelines `это ошибка`), `Неудачно остановившаяся`, `одной из самых
  худших за всю историю команды`, `прекрасную гонку`, `в гордом одиночестве`, `не на улице` (idiom),
  `любимым многими` (others' liking reported as fact, dev24 `очень понравилась`), `необычная группа`,
  `необычных посетителей`, `самое деятельное участие`, `мужчины … работают отнюдь не хуже женщин` (a
  comparison that judges), `это действительно так` (the author endorses it), `И полезно, и приятно`,
  `принятие закона затянулось` (judged as dragging on, with `положительные результаты` in the concessive
  phrase, dev7), the CDU's `расточительно` and `сравнимо с …`, the FIA statement's `за неспортивное
  поведение` (the content of a reported penalty judges the conduct, dev6 accusations). Not evaluative:
  `С огромными отрывами` (a size, dev14 `высоким спросом`, dev21 `внушительные суммы`), `Неудача
  постигла обоих его преследователей` (the engine failures described, dev10 `неудачный запуск`),
  `гарантированно качественный наркотик` (pharmaceutical quality), `чинно`, `прилежно`, `дружно`
  (manner, dev22 `охотно`), `экономический кризис`, the figurative guillemets of `"душ" из шампанского`
  (dev20 `«велодело»`) and the label `«второй столицы»`.
- Zero copula. `И полезно, и приятно...` has the predicatives `полезно`, `приятно` as its predicate
  (zero copula, `[это] и полезно, и приятно`), so it is a claim, not a fragment: evaluative without event
  (dev14); the correlative `И …, и …` keeps its first `И` (dev11) and the final `...` is left out.
  `это действительно так, поскольку …` is a zero-copula judgement with a reason clause: causal
  evaluative without event (dev22 `назвал … «убийцей рабочих мест», поскольку …`).
- Spans. Leading `Но`, `Но,` (dev8: the comma does not stop it being left out), `А`, `И` and the `и`
  before `это вызвало расследование FIA` (a clause with its own subject, split) are left out;
  `После этого,` and `Как считают социал-демократы,` are kept. The typos `от стал` (for `он стал`),
  `свиделелям`, `аппеляцию`, `эксперименти`, `шоколодницы`, `чтобы это означает` and the case error
  `погибшему Эдуард Мишлен` are kept as written.
"""

DOCS = {
    "factru-book_278": (None, [
        ("Во время недавнего посещения, предназначенного для Конституционного суда комплекса зданий Сената и "
         "Синода, Зорькин сказал, что переезд повлечёт за собой перерыв в работе суда и спровоцирует "
         "персональные проблемы",
         "predictive causal", "Зорькин", "+", "high"),
        ("Не все опытные члены суда готовы уехать из Москвы",
         "event", None, "+", "high"),
        ("Судьи для высшего суда страны были найдены не на улице",
         "evaluative event", None, "+", "high"),
        ("они были подобраны в индивидуальном порядке",
         "event", None, "+", "high"),
        ("После первой инспекции предложенного для Конституционного суда здания (из которого в настоящий момент "
         "переезжает Исторический государственный архив) в конце 2005 года Зорькин высказывался о проекте "
         "положительно",
         "event", None, "+", "high"),
        ("тогда при этом присутствовал президент Путин, который поддерживает идею переезда, в целях поднятия "
         "статуса Петербурга как «второй столицы»",
         "causal event", None, "+", "high"),
        ("Служба прессы Конституционного суда пытается нейтрализовать высказывание Зорькина",
         "event", None, "+", "high"),
        ("Судья Зорькин ещё не высказал свою точку зрения однозначно за переезд или против, так как вопрос "
         "находится в компетенции Думы",
         "causal event", None, "-", "high"),
        ("он всегда указывал на возможные персональные трудности",
         "event", None, "+", "high"),
    ]),
    "factru-book_145": (None, [
        ("В конце субботней классификации Михаэль Шумахер допустил ошибку в повороте Раскассэ (La Rascasse), "
         "заблокировав свои колёса и остановившись менее чем в метре от отбойников",
         "quantitative evaluative event", None, "+", "high"),
        ("Неудачно остановившаяся машина стала помехой для быстрых кругов многих гонщиков, включая Фернандо "
         "Алонсо",
         "causal evaluative event", None, "+", "high"),
        ("это вызвало расследование FIA",
         "causal event", None, "+", "high"),
        ('Согласно официальному заявлению, Михаэль был наказан "за неспортивное поведение" лишением всех своих '
         "быстрых кругов и, таким образом, стартовал с пит-лейна с полным запасом топлива",
         "causal evaluative event", "официальному заявлению", "+", "high"),
        ("Команда Феррари не подавала аппеляцию, поскольку применённая статья 112 спортивного регламента "
         "запрещает оспаривание этого решение",
         "causal event", None, "-", "high"),
        ("Квалификация стала одной из самых худших за всю историю команды, поскольку Фелипе Масса также был "
         "вынужден стартовать с последнего ряда стартового поля, ввиду того, что он разбил свою машину",
         "causal evaluative event", None, "+", "high"),
        ("Оба болида Феррари были выставлены с новыми моторами",
         "event", None, "+", "high"),
        ("Испанец провёл прекрасную гонку, пролидировав большую часть гонки",
         "quantitative evaluative event", None, "+", "high"),
        ("Неудача постигла обоих его преследователей - Кими Райкконена и Марка Уэббера, чьи моторы взорвались "
         "практически одновременно за 30 кругов до финиша",
         "event", None, "+", "high"),
        ("После этого, Алонсо финишировал в гордом одиночестве",
         "evaluative event", None, "+", "high"),
        ("С огромными отрывами на втором и третьем местах финишировали Хуану Пабло Монтойе из команды "
         "МакЛарен-Мерседес и Дэвид Култхард",
         "event", None, "+", "high"),
        ("Третье место стало первым подиумом команды Red Bull",
         "event", None, "+", "high"),
        ('На церемонии награждения призёры не стали принимать традиционный "душ" из шампанского, отдавая дань '
         "погибшему Эдуард Мишлен, одному из президентов группы компаний Michelin, в составе которой и "
         "поставщик шин для Формулы-1, погибшему за два дня до гонки",
         "causal event", None, "-", "high"),
    ]),
    "factru-book_3805": (None, [
        ('Два кинопроекта продюсерского центра "Ленфильм" - лирическая комедия "Трек" Ильи Северова и сказка '
         '"Самый рыжий лис" Александры Стреляной - получили поддержку Министерства культуры РФ',
         "event", None, "+", "high"),
        ('"Ленфильм" осенью приступит к производству двух фильмов, которые после долгого перерыва станут '
         "первыми самостоятельными проектами, сделанными киностудией, сообщает РИА «Новости»",
         "predictive quantitative", "РИА «Новости»", "+", "high"),
        ('Два кинопроекта продюсерского центра "Ленфильм" - "Трек" Ильи Северова и "Самый рыжий лис" '
         "Александры Стреляной - получили поддержку Министерства культуры РФ",
         "event", None, "+", "high"),
        ('"В Министерстве культуры прошли открытые заседания экспертного совета по игровому кино',
         "event", "представитель киностудии", "+", "high"),
        ("По итогам рассмотрения, эксперты рекомендовали департаменту кинематографии внести в список "
         "получателей государственной субсидии 10 дебютных проектов и 10 проектов фильмов для детей",
         "quantitative causal event", "представитель киностудии", "+", "high"),
        ('В их число вошли два полнометражных художественных кинопроекта продюсерского центра "Ленфильм" '
         '(лирическую комедию "Трек" и сказку "Самый рыжий лис"), - сообщил представитель киностудии',
         "event", "представитель киностудии", "+", "high"),
        ("Суммы, выделяемые министерством, будут определены позднее",
         "predictive", None, "+", "high"),
        ('"Осенью оба кинопроекта вступят в подготовительный период", - добавил представитель студии',
         "predictive", "представитель студии", "+", "high"),
        ('"Ленфильм" был основан в 1918 году в Санкт-Петербурге',
         "event", None, "+", "high"),
        ("За всю историю на киностудии снято более 1,5 тысячи игровых полнометражных фильмов",
         "quantitative event", None, "+", "high"),
        ('Последние несколько лет "Ленфильм" переживает экономический кризис',
         "event", None, "+", "high"),
        ("В начале сентября 2012 года были проведены общественные слушания, на которых было представлено "
         "несколько концепций развития киностудии",
         "event", None, "+", "high"),
        ("В мае этого года сообщалось, что федеральным законом предусмотрено предоставление в 2013 году "
         'государственной гарантии Российской Федерации ОАО "Киностудия "Ленфильм" в объеме 1,53 млрд рублей',
         "predictive quantitative event", "сообщалось", "+", "high"),
    ]),
    "factru-book_61": (None, [
        ("12 июня празднуется Всемирный день вязания",
         "event", None, "+", "high"),
        ("впервые этот праздник состоялся в 2005 году",
         "event", None, "+", "high"),
        ("За эти годы от стал массовым и любимым многими любителями ручного вязания",
         "evaluative event", None, "+", "high"),
        ("В Германии праздник перерос временные границы и превратился в недельное торжество любителей спиц",
         "quantitative event", None, "+", "high"),
        ("в Бенрате (район Дюссельдорфа) эту новую традицию решили значительно расширить и модернизировать",
         "event", None, "+", "high"),
        ("В прошедшее воскресенье в самом центре старинного местечка свиделелям предстала необычная группа",
         "evaluative event", None, "+", "high"),
        ("У небольшого кафе-шоколодницы за столиками чинно сидели шестеро вязальщиков и прилежно изучали "
         "методы правильной работы со спицами",
         "quantitative event", None, "+", "high"),
        ("Среди них было трое мужчин",
         "quantitative event", None, "+", "high"),
        ("На вопросы проходящих, чтобы это означает, они дружно отвечали, что сегодня праздник вязания, день "
         "открытых дверей и что мужчины в этом вопросе работают отнюдь не хуже женщин",
         "evaluative event", ("они", None, "шестеро вязальщиков"), "+", "high"),
        ("это действительно так, поскольку всей этой учёбой и одновременно рекламой вязания заправлял Михаэль "
         "Вайнрайх, пристрастившийся к вязанию в годы юности и создавший соответствующую школу и центр в "
         "Дюссельдорфе",
         "causal evaluative", None, "+", "high"),
        ("Женщины с вниманием прислушивались к его советам",
         "event", None, "+", "high"),
        ("В Дюссельдорфе давно не считают вязание уделом только женщин",
         "event", None, "-", "high"),
        ("Владелец кафе Йохен Шарф не только принял под своё крыло необычных посетителей, но и принял самое "
         "деятельное участие в процессе, снабжая занятых рукоделием горячим шоколадом",
         "evaluative event", None, "+", "high"),
        ("И полезно, и приятно",
         "evaluative", None, "+", "high"),
        ("Принято решение распространить праздник на весь год и регулярно встречаться за столиками каждое "
         "второе воскресенье месяца",
         "predictive event", None, "+", "high"),
    ]),
    "factru-book_180": (None, [
        ("До вступления закона в силу 1 января 2010 года бесплатный заменитель героина врачами выписываться не "
         "может: соответствующая процедура ещё не достаточно проработана",
         "normative causal", None, "-", "high"),
        ("Закон предваряли многолетние испытания",
         "event", None, "+", "high"),
        ("В семи немецких городах наркоманы, участвовавшие в эксперименти, принимали гарантированно "
         "качественный наркотик, стали постепенно идти на поправку и практически прекратили незаконно "
         "добывать деньги для очередной дозы",
         "quantitative event", None, "+", "high"),
        ("Несмотря на положительные результаты эксперимента, принятие закона затянулось",
         "evaluative event", None, "+", "high"),
        ("Основными противниками выступали представители ХДС, считавшие, что давать бесплатно наркотики "
         "расточительно для бюджета страны, к тому же это сравнимо с выдачей алкоголикам ежедневно по 10 "
         "бутылок водки",
         "evaluative event", "представители ХДС", "+", "high"),
        ("Закон принят, в основном, за счёт голосов социал-демократов, зелёных и левых партий",
         "causal event", None, "+", "high"),
        ("Под положения нового закона подпадает не каждый наркозависимый",
         "event", None, "+", "high"),
        ("Закон распространяется на граждан не моложе 23 лет, страдающих наркозависимостью пять лет и более, "
         "прошедших, как минимум, две терапии, не принесшие положительного результата",
         "quantitative event", None, "+", "high"),
        ("Как считают социал-демократы, таких в Германии насчитывается не более двух тысяч",
         "quantitative event", "социал-демократы", "+", "high"),
        ("В прошлом году в стране по разным причинам умерло 1449 наркоманов",
         "quantitative event", None, "+", "high"),
    ]),
}
