"""Hand annotations of claims, dev set part 19: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_354, _3746, _506, _504, _3887), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev16_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_506 (`Сколково растиражируют. Дмитрий Медведев пообещал, что …`) and
  factru-book_504 (three sentences of lead: `9 сентября состоялось освящение … Это уже второй визит
  …`) have full sentences on the first line; by the dev2 / dev7 / dev10 / dev12 rule the first line is
  the title and carries no claim. The lead lines under the titles of factru-book_3746 and
  factru-book_3887 are body text (test1 / test2) and are annotated. The closing cross-references
  `Об удачах и поражениях атлетов … читайте в статье …` (factru-book_354) and `О стремлении Черногории
  в Евросоюз читайте в статье …` (factru-book_3746) are navigation: no claim.
- Fragments. `Таких, как лёгкая и тяжёлая атлетика и борьба.` (factru-book_354) is a detached
  appositive of the preceding sentence's `других видах спорта`, with no predicate gapped from it: no
  claim (unlike dev3 / dev16's gapped continuations). `От обычных школьных предметов до геологии, …
  и даже… китайского языка!` (factru-book_504) continues `чем только они не интересуются` with its
  predicate gapped, so it is a claim (dev3, dev16), event. Putin's one-word `«Отлично.` (factru-book_3887)
  has no predicate (dev11 `Мира всем!`): no claim.
- `А чем только они не интересуются!` is an exclamation, not a question (no `?`), and asserts that
  the children are interested in everything: a claim, evaluative event. Its `не` is the expletive
  negation of the idiom `чем только не …` (the sentence means the opposite of a denial), so the
  polarity is positive; this is the one place where a `не` on the predicate is not read as negation.
- Discourse formulas `Стоит отметить, что …` (dev3), `Следует иметь в виду, что …`, `Следует добавить,
  что …` (like dev8's `Следует отметить`), `Напомним`, `Отметим также`, `Как известно` (dev5) are the
  author's and not normative; the claim is typed from its content.
- `Считается, что это один из самых крупных русскоязычных центров в Германии` (impersonal reporting
  verb, no named source): a source's claim with `Считается` as the span (dev; unlike dev's `по праву
  считается`, which the author endorses). `один из самых крупных` is a factual ranking (dev7 / dev8):
  event, not evaluative.
- `Дюссельдорф — наиболее комфортабельный для жизни город Германии, об этом говорят специально
  проведенные исследования` is one claim (a content clause with its frame in one sentence, like `…,
  сообщает ТАСС`), with the head noun `исследования` as speaker (dev12 `согласно исследованиям`).
- Attribution in a subordinate part. `В Южном Уэльсе … пройдет следующий саммит НАТО, на котором, как
  ожидают черногорские власти, стране будет сделано приглашение …` follows dev7's rule (attribution in
  a subordinate part makes the sentence a source's claim): speaker `черногорские власти`; their
  expectation asserted by its holders is no hedge (dev14 `биржи ожидают`): high. By contrast the
  participial `переселенцы …, считающие, что русский язык нужно обязательно сохранить …`
  (factru-book_504) describes who studies at the centre inside the author's main assertion (`Следует
  иметь в виду, что …`); the main clause is the author's fact, so the claim stays the author's and
  typed `event` only (the normative belief is the participants', not the claim's speaker's, so dev7's
  extension for judgements in participial phrases does not add a type).
- Reported reasons. `По словам Вуяновича, Черногория согласилась …, потому что считает, что ей …
  необходимо разделять внешнюю политику …`: the necessity sits in the reason clause, so by dev's rule
  (types come from the main assertion; a subordinate clause adds causal, dev4) it is `causal event`, not
  normative. The quoted counterfactual `«Если бы мы этого не сделали, …, то несомненно, что наш путь к
  ЕС бы замедлился, и была бы исключена возможность …»` states the consequence that justifies the
  decision: causal (not predictive: no future event), positive (the negation is in the condition),
  high (`несомненно`). A plain future conditional (factru-book_506 `если инноград докажет свою
  эффективность, то в России появится не одна, а несколько Кремниевых долин`) is predictive only;
  `не одна, а несколько` negates a modifier (positive) and `несколько` is vague (not quantitative).
  `Другими словами` (a reformulation, not an inference) is not causal; that sentence has no frame, so
  it is the author's paraphrase.
- Quotation speakers. A quotation closed by `— цитирует РИА «Новости» черногорского президента` takes
  the quoted person as described in the frame (`черногорского президента`, dev16 `цитирует ИТАР-ТАСС
  оппозиционера`). Berlusconi's quotation (factru-book_3887) has no separate opening mark: its opening
  `«` coincides with the guillemet of `«Южный поток» — это большой проект …`, and the quotation runs to
  `…в Европейский союз», — цитирует NEWSru.com итальянского премьера`; since its second sentence is
  in the first person (`я думаю`), all three sentences are read as the quotation (unlike dev8, where the
  unopened quotation was ambiguous) and take `итальянского премьера` (dev: the frame's description is
  the span for every sentence). Putin's two-sentence quotation takes `Владимир Путин` from its frame
  `— обратился Владимир Путин с вопросом …`; its second sentence `Хотел бы узнать по этому вопросу
  твоё мнение` is declarative (a stated wish, no `?`), so it is a claim, typed predictive event like
  dev2's `хотела бы` + infinitive. The closing quotation `— заключил глава российского правительства`
  takes that description.
- Speakers. `Пресс-служба Федерация бобслея России сообщила, что …, передаёт NEWSru.com` takes the inner
  reporter (dev nested rule), span as written (`Пресс-служба Федерация бобслея России`, with the
  source's own case error). `Архиепископ Лонгин считает, что …` takes the proper name `Лонгин` (the
  guidelines drop titles: `Хикмет Гаджиев`). In factru-book_506 the president is named in the sentences
  only by descriptions, which are the spans (`Глава российского государства`, `Президент`, `Российский
  лидер`); `Президент также рассказал присутствующим о том, что …` has a content clause (dev6 `О том,
  что P, сообщалось`), so it is a source's claim. `Российский лидер также напомнил, что …, и
  подчеркнул, что …` is one claim (two reporting predicates sharing one subject, dev11).
  `Наполеон, посетив Дюссельдорф, назвал его маленьким Парижем` is Наполеон's reported judgement (dev
  `назвал … «хорошей»`), `Да и` left out (dev10).
- Author's reports of acts with nominal or infinitive objects: `Компании Германии выразили желание
  стать участниками проекта …` and `о своём намерении подключиться … уже сообщили Болгария, …` are the
  author's predictive event claims (an intention, dev2 / dev8 `объявил о планах`); `Так, власти уже
  рассматривают возможность применения …` is the author's event (dev `рассматривают возможность`).
  `он не может представить его без тесного сотрудничества с Кин-Топ` (an opinion idiom with a nominal
  object, no content clause, no frame of its own) is the author's causal (`Поэтому`) event, negative.
- Normative: `Необходимые качества для занятия бобслеем и скелетоном — сила и скорость спортсмена` (a
  requirement stated by the author, like dev11's `необходимо … молодым художникам`), `Главное —
  отвечать предъявляемым требованиям`, `для кандидата спортивная карьера … не является обязательным
  условием` (negative), Лонгин's `нужно уделять внимание детям`, Вуянович's `Россия должна понять,
  что …`. `везде можно встретить людей, …` is possibility, not permission (dev7 `Можно вычислить`):
  event.
- Splits: `Необходимые качества … — сила и скорость спортсмена, поэтому именно они станут главными
  критериями …` (dev3 `, поэтому`, kept in the second span); `Дюссельдорф — побратим Москвы и здесь
  много сделано для связей …: …` (own subjects; the `:` list elaborates the second);
  `станция метро Московская … отделана камнем …, а недалеко — памятник Пушкину`; `Так что русскоговорящая
  община … постоянно увеличивается и везде можно встретить людей …` (the second inherits `Так что`,
  like dev8's inherited `В результате`: causal). `Для этого есть свои веские причины:` is a clause of its
  own before the numbered list (it asserts something, unlike dev7's content-less frame), and each numbered
  item is its own claim (dev3 list rule) with the number left out. `И если внешняя миграция практически
  прекратилась, то внутренняя … усилилась` and `Если Париж — законодатель супермоды, …, то Дюссельдорф
  — законодатель моды массовой, повседневной` (contrastive `если …, то …`) are one claim each.
  `Мы будем работать …, он никак не нарушает …, но этот … будет способствовать …` is one quoted
  sentence (test2 / dev11): one claim, polarity from its first clause (positive). `труба будет
  проложена …, а затем разделится на две ветки …` shares its subject: one claim.
- Numbers. `не старше 31 года` (an age limit, dev16 ages), `бег на 50 и 30 метров`, `весом 100 кг`
  (measured quantities in attributive phrases, dev10), `около 700 человек` (medium), `Большинство` (a
  share, dev3), `63 млрд кубометров газа в год`, `на две ветки` (the count is new, dev15 `на две
  структуры`) are quantitative; `одной немецкой компании` (identifies the participant, dev12 `одной
  команде`), `несколько авиарейсов`, `множество`, `ряда граждан` (vague) are not. Dates are not.
- Certainty. `юношей и девушек, которые в будущем могут усилить команды` (epistemic `могут` on a future
  outcome in a relative clause) makes its claim low, by dev4 / dev13 (`всё, что может перевернуть …`).
  `Черногория не может влиять на мировые процессы` is inability, not epistemic (dev13 `не могут
  понять`): high, negative. Berlusconi's `я думаю, что …` is medium (test2 `думаю`). `в надежде снизить
  зависимость` gives the project's aim (causal), not a hedge: high.
- Causal: purpose `чтобы как можно скорее вступить в ЕС и НАТО`, `ради того, чтобы активизировать …`,
  `для размещения своего постоянного представительства`, `для этого` (`И сам делает для этого всё
  возможное`), `в надежде снизить`; reasons `в связи с вхождением в состав России Крыма` (dev14),
  `потому что`, `поскольку`; `Поэтому`, `поэтому`, `Так что`, `Таким образом` (dev9 / dev10);
  `следуя своим интересам` (the participle gives Montenegro's motive, dev12); `будет способствовать
  повышению …` (a cause and its effect by the verb, dev6). `Для этого есть свои веские причины` asserts
  that there are reasons: causal evaluative event.
- Evaluative: `вовсе не является демонстрацией антироссийских настроений` (a characterisation of the
  step), `уникальная для России система отношений`, `создаёт все условия`, `самые
  высококвалифицированные и достойные`, `Результаты — налицо`, `делает … всё возможное`, `всё более
  привлекательным`, `веские причины`, `хорошая ж.д. и автобусная связь`, `наиболее комфортабельный`,
  `центр моды`, `не преувеличение`, `законодатель моды`, `самые модные бутики`, `маленьким Парижем`,
  `красивый респектабельный город … с самой изящной набережной`, `Россия — великое государство`,
  `большой проект`, `абсолютно позитивный вклад`, `этого очень важного проекта`. `с большим
  энтузиазмом` (manner of a reaction) and `один из самых крупных` are not.
"""

DOCS = {
    "factru-book_354": (None, [
        ("В сборную России по бобслею и скелетону объявлен открытый набор",
         "event", None, "+", "high"),
        ("Пресс-служба Федерация бобслея России сообщила, что федерация собирается провести тестирование среди "
         "юношей и девушек, желающих попасть в сборную страны по бобслею и скелетону, передаёт NEWSru.com",
         "predictive event", "Пресс-служба Федерация бобслея России", "+", "high"),
        ("На просмотр приглашаются все желающие не старше 31 года, готовые выполнить тестовые упражнения",
         "quantitative event", None, "+", "high"),
        ("Среди них бег на 50 и 30 метров, тройной прыжок с места, бег с тренажёром весом 100 кг, приседания со "
         "штангой на плечах и взятие этого же снаряда на грудь в полуприсед",
         "quantitative event", None, "+", "high"),
        ("Просмотры будут проводиться 21 апреля в Москве и 13 мая в Орле",
         "predictive", None, "+", "high"),
        ("Необходимые качества для занятия бобслеем и скелетоном — сила и скорость спортсмена",
         "normative", None, "+", "high"),
        ("поэтому именно они станут главными критериями отбора кандидатов в сборную",
         "predictive causal", None, "+", "high"),
        ("Часто в сборные по бобслею и скелетону приходят спортсмены, уже добившиеся успехов в других видах "
         "спорта",
         "event", None, "+", "high"),
        ("Однако для кандидата спортивная карьера за плечами не является обязательным условием",
         "normative", None, "-", "high"),
        ("Главное — отвечать предъявляемым требованиям",
         "normative", None, "+", "high"),
        ("Стоит отметить, что Федерация бобслея России подготовку к каждому новому сезону начинает с подобных "
         "просмотров, подыскивая юношей и девушек, которые в будущем могут усилить команды",
         "event", None, "+", "low"),
    ]),
    "factru-book_3746": (None, [
        ("Президент Филип Вуянович при этом подчеркнул, что этот шаг вовсе не является демонстрацией "
         "антироссийских настроений",
         "evaluative event", "Филип Вуянович", "-", "high"),
        ("Черногория присоединилась к санкциям Евросоюза против России, введенным в связи с украинским кризисом, "
         "чтобы как можно скорее вступить в ЕС и НАТО, заявил президент страны Филип Вуянович",
         "causal event", "Филип Вуянович", "+", "high"),
        ("В среду он принял в Цетинье президента Австрии Хайнца Фишера, после чего ответил на вопросы "
         "журналистов, один из которых касался проблемы введения Черногорией ограничительных мер в отношении "
         "России",
         "event", None, "+", "high"),
        ("ЕС в связи с вхождением в состав России Крыма и Севастополя весной запретил въезд для ряда граждан РФ "
         "и Украины и заморозил их счета",
         "causal event", None, "+", "high"),
        ("По словам Вуяновича, Черногория согласилась с решением Совета ЕС в отношении России, потому что "
         "считает, что ей, как стране-кандидату, необходимо разделять внешнюю политику Евросоюза и НАТО",
         "causal event", "Вуяновича", "+", "high"),
        ("«Если бы мы этого не сделали, если бы мы были безразличны к этим решениям, то несомненно, что наш "
         "путь к ЕС бы замедлился, и была бы исключена возможность приглашения в НАТО в Уэльсе», — цитирует "
         "РИА «Новости» черногорского президента",
         "causal", "черногорского президента", "+", "high"),
        ("В Южном Уэльсе в начале сентября пройдет следующий саммит НАТО, на котором, как ожидают "
         "черногорские власти, стране будет сделано приглашение о вступлении в альянс",
         "predictive", "черногорские власти", "+", "high"),
        ("«Россия — великое государство",
         "evaluative", ("Вуянович", "— заявил "), "+", "high"),
        ("Черногория не может влиять на мировые процессы",
         "event", ("Вуянович", "— заявил "), "-", "high"),
        ("Россия должна понять, что Черногория, следуя своим интересам, хочет быть частью ЕС и частью НАТО, "
         "никоим образом не выражая антироссийское настроение», — заявил Вуянович",
         "normative causal", ("Вуянович", "— заявил "), "+", "high"),
    ]),
    "factru-book_506": (None, [
        ("Глава российского государства во время Питерского экономического форума заявил, что после «обкатки» "
         "новой системы взаимоотношений бизнеса и власти на базе инновационного центра в подмосковном Сколково "
         "этот механизм будет тиражироваться",
         "predictive", "Глава российского государства", "+", "high"),
        ("Другими словами, если инноград докажет свою эффективность, то в России появится не одна, а несколько "
         "Кремниевых долин",
         "predictive", None, "+", "high"),
        ("«Здесь заработает уникальная для России система отношений», — уточнил Дмитрий Медведев, которого "
         "цитирует «Росбалт»",
         "predictive evaluative", "Дмитрий Медведев", "+", "high"),
        ("Президент также рассказал присутствующим о том, что на базе Сколково будут впервые опробованы "
         "совершенно новые принципы функционирования по ключевым для бизнеса позициям",
         "predictive", "Президент", "+", "high"),
        ("Российский лидер также напомнил, что уже внёс в Госдуму законопроект по особому правовому режиму "
         "подмосковного инновационного центра и подчеркнул, что руководство страны намерено пересмотреть ряд "
         "нормативных актов ради того, чтобы активизировать инновационное развитие",
         "predictive causal event", "Российский лидер", "+", "high"),
        ("Так, власти уже рассматривают возможность применения в России техрегламентов Евросоюза",
         "event", None, "+", "high"),
    ]),
    "factru-book_504": (None, [
        ("Следует иметь в виду, что в центре Кин-Топ занимаются взрослые и дети, переселенцы из бывшего "
         "Советского Союза, считающие, что русский язык нужно обязательно сохранить как язык общения и как "
         "возможность приобщения к великой и давней культуре русского народа",
         "event", None, "+", "high"),
        ("Считается, что это один из самых крупных русскоязычных центров в Германии",
         "event", "Считается", "+", "high"),
        ("В нём постоянно занимается около 700 человек",
         "quantitative event", None, "+", "medium"),
        ("Большинство — дети и школьники",
         "quantitative", None, "+", "high"),
        ("Руководитель центра Э. Чернова создаёт все условия для расширения деятельности детей и подростков",
         "evaluative event", None, "+", "high"),
        ("чем только они не интересуются",
         "evaluative event", None, "+", "high"),
        ("От обычных школьных предметов до геологии, танцев, самообороны, балета, кукольного театра, походов и "
         "даже… китайского языка",
         "event", None, "+", "high"),
        ("Преподаватели — со всех концов Советского Союза, самые высококвалифицированные и достойные",
         "evaluative event", None, "+", "high"),
        ("Результаты — налицо",
         "evaluative", None, "+", "high"),
        ("Как правило, детвора из Кин-Топа без проблем поступает в гимназии и высшие учебные заведения Германии",
         "event", None, "+", "high"),
        ("Есть результаты и в других направлениях деятельности",
         "event", None, "+", "high"),
        ("К примеру, танцевальная пара стала чемпионами Германии в своей возрастной группе",
         "event", None, "+", "high"),
        ("Архиепископ Лонгин считает, что в первую очередь нужно уделять внимание детям, поскольку это будущее "
         "страны и церкви",
         "normative causal", "Лонгин", "+", "high"),
        ("сам делает для этого всё возможное",
         "causal evaluative event", None, "+", "high"),
        ("Поэтому когда речь заходит о будущем русской церкви в Дюссельдорфе, он не может представить его без "
         "тесного сотрудничества с Кин-Топ",
         "causal event", None, "-", "high"),
        ("Следует добавить, что в последние годы Дюссельдорф становится всё более привлекательным для "
         "переселенцев из бывшего СССР и стран СНГ",
         "evaluative event", None, "+", "high"),
        ("если внешняя миграция практически прекратилась, то внутренняя миграция русскоговорящего населения в "
         "Дюссельдорф усилилась",
         "event", None, "+", "high"),
        ("Для этого есть свои веские причины",
         "causal evaluative event", None, "+", "high"),
        ("Дюссельдорф — побратим Москвы",
         "event", None, "+", "high"),
        ("здесь много сделано для связей с Москвой и Россией: ежедневно несколько авиарейсов из международного "
         "аэропорта, расположенного прямо в городе, хорошая ж.д. и автобусная связь",
         "evaluative event", None, "+", "high"),
        ("Кстати, станция метро Московская в Дюссельдорфе отделана камнем, привезенныи из России",
         "event", None, "+", "high"),
        ("недалеко — памятник Пушкину",
         "event", None, "+", "high"),
        ("Дюссельдорф — наиболее комфортабельный для жизни город Германии, об этом говорят специально "
         "проведенные исследования",
         "evaluative", "исследования", "+", "high"),
        ("Дюссельдорф — центр моды не только Германии, но и всей Западной Европы",
         "evaluative", None, "+", "high"),
        ("это не преувеличение",
         "evaluative", None, "-", "high"),
        ("Если Париж — законодатель супермоды, доступной только для миллионеров, то Дюссельдорф — законодатель "
         "моды массовой, повседневной",
         "evaluative", None, "+", "high"),
        ("Здесь находятся самые модные бутики в Европе",
         "evaluative event", None, "+", "high"),
        ("Наполеон, посетив Дюссельдорф, назвал его маленьким Парижем",
         "evaluative", "Наполеон", "+", "high"),
        ("Это красивый респектабельный город на Рейне с самой изящной набережной",
         "evaluative", None, "+", "high"),
        ("Здесь множество русскоязычных медицинских и торговых заведений",
         "event", None, "+", "high"),
        ("Наконец, именно этот город выбрала русская Патриархия для размещения своего постоянного "
         "представительства в Германии, главой которого является архиепископ Лонгин Клинский",
         "causal event", None, "+", "high"),
        ("Так что русскоговорящая община Дюссельдорфа постоянно увеличивается",
         "causal event", None, "+", "high"),
        ("везде можно встретить людей, разговаривающих на русском языке",
         "causal event", None, "+", "high"),
        ("Есть целые районы, населённые преимущественно русскоязычными",
         "event", None, "+", "high"),
    ]),
    "factru-book_3887": (None, [
        ("Россия и Италия поддерживают начинания немецких партнёров",
         "event", None, "+", "high"),
        ("Компании Германии выразили желание стать участниками проекта газопровода «Южный поток»",
         "predictive event", None, "+", "high"),
        ("«Немецкие энергетические компании выразили желание присоединиться к этому проекту",
         "predictive event", ("Владимир Путин", "— обратился "), "+", "high"),
        ("Хотел бы узнать по этому вопросу твоё мнение», — обратился Владимир Путин с вопросом к своему "
         "итальянскому коллеге",
         "predictive event", ("Владимир Путин", "— обратился "), "+", "high"),
        ("Сильвио Берлускони отнёсся к этой новости с большим энтузиазмом",
         "event", None, "+", "high"),
        ("«Южный поток» — это большой проект, к которому Италия сразу же присоединилась",
         "evaluative event", ("итальянского премьера", "цитирует NEWSru.com "), "+", "high"),
        ("Что касается участия других сторон, в частности речь идёт об участии одной немецкой компании, я думаю, "
         "что это абсолютно позитивный вклад",
         "evaluative", ("итальянского премьера", "цитирует NEWSru.com "), "+", "medium"),
        ("Таким образом будет проявляться интерес со стороны Европейского союза в отношении этого очень важного "
         "проекта, который создан для того, чтобы поставлять газ в Европейский союз», — цитирует NEWSru.com "
         "итальянского премьера",
         "predictive causal evaluative", ("итальянского премьера", "цитирует NEWSru.com "), "+", "high"),
        ("Мы будем работать над этим проектом, он никак не нарушает планов других компаний, реализующих "
         "подобные проекты в этом регионе, в других регионах мира, но этот, безусловно, будет способствовать "
         "повышению энергетических возможностей и энергетической стабильности в Европе», — заключил глава "
         "российского правительства",
         "predictive causal event", "глава российского правительства", "+", "high"),
        ("Напомним, газопровод «Южный поток» строится в надежде снизить зависимость России от Украины при "
         "транзите газа в страны Европы",
         "causal event", None, "+", "high"),
        ("Его мощность будет достигать 63 млрд кубометров газа в год",
         "predictive quantitative", None, "+", "high"),
        ("Как известно, труба будет проложена по дну Чёрного моря до Болгарии, а затем разделится на две ветки — "
         "через Грецию на юг Италии и через Сербию и Венгрию в Австрию",
         "predictive quantitative", None, "+", "high"),
        ("Отметим также, что о своём намерении подключиться к «Южному потоку» уже сообщили Болгария, Сербия, "
         "Венгрия, Греция, Словения, Хорватия и Австрия",
         "predictive event", None, "+", "high"),
    ]),
}
