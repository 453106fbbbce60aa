"""Hand annotations of claims: an independent second annotation of dev part 29's articles, for agreement.

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_278, _145, _3805, _61, _180; factRuEval-2016 texts, MIT), annotated a
second time, independently of the first annotation, to measure inter-annotator agreement. They were
annotated by hand by reading the texts (not from the pipeline's output, and without looking at the
other annotation of these articles), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed
in claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_278 holds its whole lead paragraph on the first line (`Валерий Зорькин, …
  высказал сомнения … Хотя Дума уже одобрила …, Зорькин надеется, что …`), and factru-book_145 (`Фернандо
  Алонсо … выиграл Гран-при Монако.`) and factru-book_180 (`С 21 июля в Германии вступил в силу закон,
  …`) have a full sentence there; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 rule
  the first line is the title and carries no claim. factru-book_3805's line under the title (`Два
  кинопроекта … получили поддержку Министерства культуры РФ.`) is a lead, body text (test1 / test2), and
  is annotated also where the body repeats it (dev4 / dev5 / dev8).
- Attribution does not carry over (test1, dev4, dev8, dev15, dev27). factru-book_278 `Не все опытные
  члены суда готовы уехать из Москвы.` and `Судьи … были найдены не на улице, …` plainly go on with
  Зорькин's remarks, and `Судья Зорькин ещё не высказал свою точку зрения однозначно …, так как …`
  plainly gives the content of the press service's statement announced by the preceding sentence
  (`Служба прессы … пытается нейтрализовать высказывание Зорькина`, a nominal object, no content
  clause); none has a frame of its own, so all are the author's. I was unsure about the last one.
  factru-book_3805 `Суммы, выделяемые министерством, будут определены позднее.` stands between two
  quotations of the studio's representative but outside quotation marks and without a frame: the
  author's.
- Speech acts with a nominal or adverbial object only are the author's events (dev10 `Сделку высоко
  оценил`, dev2 / dev6): `Зорькин высказывался о проекте положительно`, `он всегда указывал на
  возможные персональные трудности` (`возможные` is an adjective on a noun: no hedge, dev2), `Служба
  прессы … пытается нейтрализовать высказывание Зорькина` (typed event only: `нейтрализовать` names the
  aim of the press service, not a value word; I was unsure about evaluative here).
- Speakers. `Зорькин сказал, что …` → `Зорькин`; `Согласно официальному заявлению` → `официальному
  заявлению` (head noun with its adjective, dev20 `исковом заявлении`); `сообщает РИА «Новости»` → `РИА
  «Новости»` (the guillemets are part of the agency's name, not a name standing alone in guillemets,
  dev); the studio representative's multi-sentence quotation takes `представитель киностудии` from its
  frame for each sentence (dev), and the later one `представитель студии`; the recommendation
  `эксперты рекомендовали … внести …` inside the quotation is an act with an infinitive complement,
  so it does not change the speaker (dev nested rule applies to content clauses only). `В мае этого
  года сообщалось, что …` takes the verb `сообщалось` (dev6). factru-book_61 `они дружно отвечали, что
  …` takes `они` with coref `шестеро вязальщиков`. factru-book_180 `Основными противниками выступали
  представители ХДС, считавшие, что …` is the CDU representatives' claim: the participle is a verb of
  believing with its own content clause that gives the ground of their opposition (dev27 `выступал
  против того, …, полагая, что …`; dev7), causal; `Как считают социал-демократы` → `социал-демократы`.
  `В Дюссельдорфе давно не считают вязание уделом только женщин` is a negated belief of an unspecified
  group, the author's assertion (dev10 `никто из читателей не полагал`): negative.
- Parentheses. factru-book_278 `здания (из которого в настоящий момент переезжает Исторический
  государственный архив)` is a relative clause in parentheses, a subordinate clause, so it stays in its
  claim (unlike dev / dev9's parenthesis of an independent clause); `(La Rascasse)`, `(район
  Дюссельдорфа)` and `(лирическую комедию "Трек" и сказку "Самый рыжий лис")` have no predicate and stay
  inside their clauses (dev15).
- Splits. `Судьи … были найдены не на улице, они были подобраны в индивидуальном порядке` is a comma
  splice of two clauses with their own subjects and no `:` or `—`: two claims (dev24). `Неудачно
  остановившаяся машина стала помехой …, и это вызвало расследование FIA`: two claims (own subjects).
  `Михаэль был наказан … и, таким образом, стартовал …`, `В Германии праздник перерос … и превратился
  …`, `шестеро вязальщиков … сидели … и … изучали …`, `Йохен Шарф не только принял …, но и принял …`,
  `наркоманы … принимали …, стали … и … прекратили …` share one subject: one claim each. `До вступления
  закона в силу … выписываться не может: соответствующая процедура ещё не достаточно проработана` is
  one claim (what follows `:` explains the first clause).
- Fragments. factru-book_61 `И полезно, и приятно...` has no verb but two predicatives (`полезно`,
  `приятно`, the state category) with the subject `это` understood: a zero-copula judgement of the
  preceding sentence, so a claim, evaluative without event (dev14 zero-copula judgements); the
  correlative first `И` is kept (dev11 / dev25). I was unsure here (dev19 took Putin's one-word
  `«Отлично.` as no claim, but that was an interjection-like reply). `И это действительно так, поскольку
  …` (leading `И` left out) is the author's endorsement: a zero-copula judgement, causal evaluative
  without event.
- Polarity. `не все`, `не каждый` negate the quantifier (dev2 / dev7): positive; `найдены не на улице`
  negates an adverbial (contrast with the next clause): positive; `не только …, но и …` negates
  `только`: positive; `отнюдь не хуже`, `не моложе 23 лет`, `не более двух тысяч` negate a modifier or
  bound a number: positive. `Команда Феррари не подавала аппеляцию`, `призёры не стали принимать …`,
  `ещё не высказал`, `выписываться не может` are negative.
- Types. `переезд повлечёт за собой перерыв … и спровоцирует персональные проблемы` (Зорькин's content,
  future only) is predictive causal without event (dev19 / dev22 / dev28 future-only content). `в
  целях поднятия статуса` in the relative clause on Putin is purpose: causal (dev4 / dev6). `стала
  помехой для` (dev8), `вызвало`, `за неспортивное поведение` (the ground of a penalty, dev8), `таким
  образом`, `поскольку`, `ввиду того, что`, `отдавая дань погибшему …` (the participle gives the motive,
  dev12 / dev19), `за счёт голосов` (the means, dev14 `за счет схемы`) are causal; `После этого`, `После
  первой инспекции` (temporal, dev3) and `Несмотря на` (concessive, dev10) are not; `по разным
  причинам` names no cause, so not causal. The explanation after `:` in `… выписываться не может:
  соответствующая процедура ещё не достаточно проработана` is the stated reason of the first clause, so
  the claim is causal although it has no connective (I was unsure); `не может` there is deontic (the
  substitute may not yet be prescribed): normative, high, and `не достаточно проработана` evaluative. A
  prohibition stated in a reason clause (`поскольку … статья 112 … запрещает оспаривание`) and
  `был вынужден` inside a reason clause add only causal (dev19). `Принято решение распространить праздник
  на весь год …` (a decision on future actions) is predictive event (dev24 `было принято решение о
  завершении работ`); `эту новую традицию решили значительно расширить и модернизировать`, realised in
  the event the paragraph then describes, is event (dev12 `ФАС решила проверить`). `федеральным законом
  предусмотрено предоставление в 2013 году государственной гарантии` states what the law provides for
  as a planned outcome (dev15): predictive quantitative event.
- Numbers. `менее чем в метре` (a measured distance, bounded: high, dev16 `почти`), `большую часть
  гонки` (most: a share, dev3), `10 дебютных проектов и 10 проектов`, `более 1,5 тысячи … фильмов`, `1,53
  млрд рублей`, `шестеро вязальщиков`, `трое мужчин`, `недельное торжество` (the week-long duration is
  the news, dev24 `в течение недели`), `В семи немецких городах`, `не моложе 23 лет`, `пять лет и более`,
  `две терапии`, `не более двух тысяч`, `1449 наркоманов` are quantitative; `двух фильмов` in the first
  body sentence of factru-book_3805 is the count of the studio's coming productions and is read as
  asserted (no anaphoric `этих`), I was unsure. Not quantitative: `Два кинопроекта … - "Трек" … и "Самый
  рыжий лис" …` and `два … кинопроекта … (лирическую комедию "Трек" и сказку …)` (the numeral identifies
  the referents it names, dev10 / dev15), `Оба болида`, `обоих его преследователей`, `оба кинопроекта`
  (anaphoric), `за 30 кругов до финиша`, `за два дня до гонки` (time points, dev21), `статья 112` (a name
  with digits), ordinals (`втором и третьем местах`, `первым подиумом`, `каждое второе воскресенье`),
  `многолетние`, `многих`, `несколько` (vague), and `ежедневно по 10 бутылок водки` (a figure inside the
  CDU's hypothetical comparison, not an asserted quantity).
- Evaluative: `одной из самых худших`, `прекрасную гонку`, `в гордом одиночестве`, `за неспортивное
  поведение` (the stewards' judgement in the content of the official statement, dev6 accusations),
  `найдены не на улице` (figurative praise of the judges' selection), `массовым и любимым`, `необычная
  группа`, `отнюдь не хуже женщин` (a comparison that judges), `самое деятельное участие`, `положительные
  результаты` and `затянулось`, `расточительно`, `сравнимо с выдачей алкоголикам …`, `не достаточно
  проработана`. Not taken as judgements: `допустил ошибку в повороте` (a driving error described as an
  event of the race), `Неудачно остановившаяся`, `Неудача постигла` (plain descriptions of mishaps,
  dev10 `неудачный запуск`), `С огромными отрывами` (size, dev24 `огромных резервов`), `переживает
  экономический кризис` (the economic state), `чинно`, `прилежно` (manner, dev22 `охотно`),
  `гарантированно качественный наркотик` (purity of the substance), `традиционный "душ"` and the
  nickname `«второй столицы»` (quotation marks of a figurative word and of a current nickname, not the
  author's distancing, dev20).
- Spans. Leading `Но`, `Но,`, `А`, `И` are left out (dev8: a comma after the leading conjunction does
  not keep it). A closing quotation mark directly after the last word is kept (`«второй столицы»`), and
  an opening one is kept where it opens the claim (`"В Министерстве культуры …`, `"Осенью оба кинопроекта
  …", - добавил представитель студии`). The final `...` of `И полезно, и приятно...` is left out.
"""

DOCS = {
    "factru-book_278": (None, [
        ("Во время недавнего посещения, предназначенного для Конституционного суда комплекса зданий Сената "
         "и Синода, Зорькин сказал, что переезд повлечёт за собой перерыв в работе суда и спровоцирует "
         "персональные проблемы", "predictive causal", "Зорькин", "+", "high"),
        ("Не все опытные члены суда готовы уехать из Москвы", "event", None, "+", "high"),
        ("Судьи для высшего суда страны были найдены не на улице", "evaluative event", None, "+", "high"),
        ("они были подобраны в индивидуальном порядке", "event", None, "+", "high"),
        ("После первой инспекции предложенного для Конституционного суда здания (из которого в настоящий "
         "момент переезжает Исторический государственный архив) в конце 2005 года Зорькин высказывался о "
         "проекте положительно", "event", None, "+", "high"),
        ("тогда при этом присутствовал президент Путин, который поддерживает идею переезда, в целях "
         "поднятия статуса Петербурга как «второй столицы»", "causal event", None, "+", "high"),
        ("Служба прессы Конституционного суда пытается нейтрализовать высказывание Зорькина",
         "event", None, "+", "high"),
        ("Судья Зорькин ещё не высказал свою точку зрения однозначно за переезд или против, так как вопрос "
         "находится в компетенции Думы", "causal event", None, "-", "high"),
        ("он всегда указывал на возможные персональные трудности", "event", None, "+", "high"),
    ]),
    "factru-book_145": (None, [
        ("В конце субботней классификации Михаэль Шумахер допустил ошибку в повороте Раскассэ (La Rascasse), "
         "заблокировав свои колёса и остановившись менее чем в метре от отбойников",
         "quantitative event", None, "+", "high"),
        ("Неудачно остановившаяся машина стала помехой для быстрых кругов многих гонщиков, включая Фернандо "
         "Алонсо", "causal event", None, "+", "high"),
        ("это вызвало расследование FIA", "causal event", None, "+", "high"),
        ('Согласно официальному заявлению, Михаэль был наказан "за неспортивное поведение" лишением всех '
         'своих быстрых кругов и, таким образом, стартовал с пит-лейна с полным запасом топлива',
         "causal evaluative event", "официальному заявлению", "+", "high"),
        ("Команда Феррари не подавала аппеляцию, поскольку применённая статья 112 спортивного регламента "
         "запрещает оспаривание этого решение", "causal event", None, "-", "high"),
        ("Квалификация стала одной из самых худших за всю историю команды, поскольку Фелипе Масса также был "
         "вынужден стартовать с последнего ряда стартового поля, ввиду того, что он разбил свою машину",
         "causal evaluative event", None, "+", "high"),
        ("Оба болида Феррари были выставлены с новыми моторами", "event", None, "+", "high"),
        ("Испанец провёл прекрасную гонку, пролидировав большую часть гонки",
         "quantitative evaluative event", None, "+", "high"),
        ("Неудача постигла обоих его преследователей - Кими Райкконена и Марка Уэббера, чьи моторы "
         "взорвались практически одновременно за 30 кругов до финиша", "event", None, "+", "high"),
        ("После этого, Алонсо финишировал в гордом одиночестве", "evaluative event", None, "+", "high"),
        ("С огромными отрывами на втором и третьем местах финишировали Хуану Пабло Монтойе из команды "
         "МакЛарен-Мерседес и Дэвид Култхард", "event", None, "+", "high"),
        ("Третье место стало первым подиумом команды Red Bull", "event", None, "+", "high"),
        ('На церемонии награждения призёры не стали принимать традиционный "душ" из шампанского, отдавая '
         'дань погибшему Эдуард Мишлен, одному из президентов группы компаний Michelin, в составе которой и '
         'поставщик шин для Формулы-1, погибшему за два дня до гонки', "causal event", None, "-", "high"),
    ]),
    "factru-book_3805": (None, [
        ('Два кинопроекта продюсерского центра "Ленфильм" - лирическая комедия "Трек" Ильи Северова и сказка '
         '"Самый рыжий лис" Александры Стреляной - получили поддержку Министерства культуры РФ',
         "event", None, "+", "high"),
        ('"Ленфильм" осенью приступит к производству двух фильмов, которые после долгого перерыва станут '
         'первыми самостоятельными проектами, сделанными киностудией, сообщает РИА «Новости»',
         "predictive quantitative", "РИА «Новости»", "+", "high"),
        ('Два кинопроекта продюсерского центра "Ленфильм" - "Трек" Ильи Северова и "Самый рыжий лис" '
         'Александры Стреляной - получили поддержку Министерства культуры РФ', "event", None, "+", "high"),
        ('"В Министерстве культуры прошли открытые заседания экспертного совета по игровому кино',
         "event", "представитель киностудии", "+", "high"),
        ("По итогам рассмотрения, эксперты рекомендовали департаменту кинематографии внести в список "
         "получателей государственной субсидии 10 дебютных проектов и 10 проектов фильмов для детей",
         "quantitative causal event", "представитель киностудии", "+", "high"),
        ('В их число вошли два полнометражных художественных кинопроекта продюсерского центра "Ленфильм" '
         '(лирическую комедию "Трек" и сказку "Самый рыжий лис"), - сообщил представитель киностудии',
         "event", "представитель киностудии", "+", "high"),
        ("Суммы, выделяемые министерством, будут определены позднее", "predictive", None, "+", "high"),
        ('"Осенью оба кинопроекта вступят в подготовительный период", - добавил представитель студии',
         "predictive", "представитель студии", "+", "high"),
        ('"Ленфильм" был основан в 1918 году в Санкт-Петербурге', "event", None, "+", "high"),
        ("За всю историю на киностудии снято более 1,5 тысячи игровых полнометражных фильмов",
         "quantitative event", None, "+", "high"),
        ('Последние несколько лет "Ленфильм" переживает экономический кризис', "event", None, "+", "high"),
        ("В начале сентября 2012 года были проведены общественные слушания, на которых было представлено "
         "несколько концепций развития киностудии", "event", None, "+", "high"),
        ('В мае этого года сообщалось, что федеральным законом предусмотрено предоставление в 2013 году '
         'государственной гарантии Российской Федерации ОАО "Киностудия "Ленфильм" в объеме 1,53 млрд '
         'рублей', "predictive quantitative event", "сообщалось", "+", "high"),
    ]),
    "factru-book_61": (None, [
        ("12 июня празднуется Всемирный день вязания", "event", None, "+", "high"),
        ("впервые этот праздник состоялся в 2005 году", "event", None, "+", "high"),
        ("За эти годы от стал массовым и любимым многими любителями ручного вязания",
         "evaluative event", None, "+", "high"),
        ("В Германии праздник перерос временные границы и превратился в недельное торжество любителей спиц",
         "quantitative event", None, "+", "high"),
        ("в Бенрате (район Дюссельдорфа) эту новую традицию решили значительно расширить и модернизировать",
         "event", None, "+", "high"),
        ("В прошедшее воскресенье в самом центре старинного местечка свиделелям предстала необычная группа",
         "evaluative event", None, "+", "high"),
        ("У небольшого кафе-шоколодницы за столиками чинно сидели шестеро вязальщиков и прилежно изучали "
         "методы правильной работы со спицами", "quantitative event", None, "+", "high"),
        ("Среди них было трое мужчин", "quantitative event", None, "+", "high"),
        ("На вопросы проходящих, чтобы это означает, они дружно отвечали, что сегодня праздник вязания, день "
         "открытых дверей и что мужчины в этом вопросе работают отнюдь не хуже женщин",
         "evaluative event", ("они", None, "шестеро вязальщиков"), "+", "high"),
        ("это действительно так, поскольку всей этой учёбой и одновременно рекламой вязания заправлял "
         "Михаэль Вайнрайх, пристрастившийся к вязанию в годы юности и создавший соответствующую школу и "
         "центр в Дюссельдорфе", "causal evaluative", None, "+", "high"),
        ("Женщины с вниманием прислушивались к его советам", "event", None, "+", "high"),
        ("В Дюссельдорфе давно не считают вязание уделом только женщин", "event", None, "-", "high"),
        ("Владелец кафе Йохен Шарф не только принял под своё крыло необычных посетителей, но и принял самое "
         "деятельное участие в процессе, снабжая занятых рукоделием горячим шоколадом",
         "evaluative event", None, "+", "high"),
        ("И полезно, и приятно", "evaluative", None, "+", "high"),
        ("Принято решение распространить праздник на весь год и регулярно встречаться за столиками каждое "
         "второе воскресенье месяца", "predictive event", None, "+", "high"),
    ]),
    "factru-book_180": (None, [
        ("До вступления закона в силу 1 января 2010 года бесплатный заменитель героина врачами выписываться "
         "не может: соответствующая процедура ещё не достаточно проработана",
         "normative causal evaluative", None, "-", "high"),
        ("Закон предваряли многолетние испытания", "event", None, "+", "high"),
        ("В семи немецких городах наркоманы, участвовавшие в эксперименти, принимали гарантированно "
         "качественный наркотик, стали постепенно идти на поправку и практически прекратили незаконно "
         "добывать деньги для очередной дозы", "quantitative event", None, "+", "high"),
        ("Несмотря на положительные результаты эксперимента, принятие закона затянулось",
         "evaluative event", None, "+", "high"),
        ("Основными противниками выступали представители ХДС, считавшие, что давать бесплатно наркотики "
         "расточительно для бюджета страны, к тому же это сравнимо с выдачей алкоголикам ежедневно по 10 "
         "бутылок водки", "causal evaluative event", "представители ХДС", "+", "high"),
        ("Закон принят, в основном, за счёт голосов социал-демократов, зелёных и левых партий",
         "causal event", None, "+", "high"),
        ("Под положения нового закона подпадает не каждый наркозависимый", "event", None, "+", "high"),
        ("Закон распространяется на граждан не моложе 23 лет, страдающих наркозависимостью пять лет и более, "
         "прошедших, как минимум, две терапии, не принесшие положительного результата",
         "quantitative event", None, "+", "high"),
        ("Как считают социал-демократы, таких в Германии насчитывается не более двух тысяч",
         "quantitative event", "социал-демократы", "+", "high"),
        ("В прошлом году в стране по разным причинам умерло 1449 наркоманов",
         "quantitative event", None, "+", "high"),
    ]),
}
