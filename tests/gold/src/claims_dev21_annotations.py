"""Hand annotations of claims, dev set part 21: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3562, _288, _189, _3763, _369), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev19_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_288 (`5 апреля 2011 года … прошла церемония инаугурации … Как это не
  удивительно, чеченские парламентарии … проголосовали за неё практически единогласно.`) and
  factru-book_189 (`По крайней мере 73 мигранта из Африки погибли … около 1000 незаконных мигрантов.`)
  hold their whole lead paragraph on the first line (the corpus put it in the title field); by the dev
  / dev2 / dev7 / dev10 / dev12 / dev16 / dev17 rule the first line is the title and carries no claim,
  so annotation starts on the second paragraph. The lead lines under the titles of factru-book_3562
  (`Самый реальный вариант достижения мира — подкуп талибов.`), factru-book_3763 (`В Москве пройдёт
  очередной стартап-турнир Harvest.`) and factru-book_369 (`Финалист премии «Просветитель» расскажет
  детям о физике.`) are body text (test1 / test2) and are annotated.
- Questions. The six questions that open factru-book_369's third paragraph (`Почему океан не замерзает?`
  …) are not claims (guidelines).
- Navigation. factru-book_3763's closing `Подробности о мероприятии, регистрация, карта проезда, …
  опубликованы на сайте harvest.greenfield-project.ru.` points the reader to the site, like dev6's
  `Подробности о жюри, … можно найти на странице мероприятия`: page furniture, no claim.
- A quotation with its frame after it in the next paragraph (factru-book_288: `«Изменений у нас не
  будет. Мы будем работать … профессионализм...»` / `заявил после инагурации Рамзан Кадыров.`): the
  frame paragraph has no content of its own, so it is joined with the last quoted sentence in one
  claim whose span crosses the paragraph break (the mirror of dev7's frame paragraph ending in `:`
  joined with the first quoted sentence); the two earlier quoted sentences are claims of their own with
  the speaker named in that frame (`Рамзан Кадыров`). The `...` inside the joined span is not final,
  so it is kept.
- `;` with an author's comment. factru-book_288 `Пресс-служба Кадырова заявила, что … царит праздничное
  настроение, улицы украшены баннерами и флагами; всё в точности так, как обычно происходило при
  очередном подтверждении полномочий почившего Туркмен-баши`: the clause after `;` has its own subject
  (`всё`) and is plainly not the press service's words but the author's ironic comparison, so it is
  split off as the author's claim (guidelines: `;` with own subjects splits), zero copula, evaluative
  without event (test2 / dev14 zero-copula judgements). The coordinated `улицы украшены …` before `;`
  stays in the press service's content (a frame and its content are one claim).
- Inline dash list. factru-book_3763 `16 и 17 октября состоится … Harvest …, на котором участники за
  два дня проделают … объём работ, который обычно делается месяцами: — создадут прототипы; — продумают
  …; — пропишут …; — создадут и покажут …`: the items after `:` are finite predicates sharing the
  subject `участники` of the relative clause and elaborate it, so the whole sentence is one claim
  (elaboration after `:`, predicates sharing one subject), not dev3's bulleted list of items with
  their own subjects. `за два дня` frames a comparison with `месяцами` (dev13 `за пять лет … за 20
  лет`): a time frame, not quantitative.
- Speakers. `Участники конференции сошлись во мнении, что …` (agreeing in opinion, a verb of believing
  with a content clause, like dev6's `согласился со словами …, который заявил, что P`) is the
  participants' claim. `Представители Запада считают, пишет NEWSru.com, что …` takes the inner
  believer `Представители Запада` (dev nested rule). `Другими словами, Запад признаёт, что …` is read
  as a reported claim with the frame `признаёт` (listed in the guidelines), speaker `Запад`, although
  it is the author's paraphrase (dev19 `Другими словами` is not causal). `эксперты называют наиболее
  дельным` is the experts' reported judgement (dev `назвал … «хорошей»`, dev19 `назвал его маленьким
  Парижем`): evaluative. `Инвестировать строительство должны, по мнению России, страны Запада, …`
  takes `России`. `Москва предлагает реанимировать …` (a proposal with an infinitive complement) is the
  author's event (test1 `предложил заморозить`). factru-book_189 `В свое оправдание мальтийцы горят,
  что …` reads `горят` as the typo it is for `говорят`: the Maltese's claim, negative from the content's
  `не просили`, causal because the content is offered as their justification (dev14 `оправдывал свое
  решение тем, что`, dev18 `мотивировал тем, что`).
- `вернуть Афганистану мир можно только при условии, что талибы будут вовлечены в мирную жизнь` states
  a necessary condition (dev15 `Черная дыра должна быть большой, и если …`, dev14 `переговоры возможны
  исключительно после …`): normative. `боевики сложат оружие, когда им предложат взамен …` is a
  prediction with a condition: predictive only (dev19 future conditional); `внушительные суммы` states
  size, not the speaker's judgement.
- Judgements in a non-restrictive relative clause asserted by the claim's own speaker (dev7 / dev18):
  `страны Запада, которые и сровняли с землёй всю инфраструктуру этой ближневосточной страны` (an
  accusation in Russia's opinion) adds evaluative to the normative claim; `многие другие «фокусы»,
  которые будут интересны и детям, и взрослым` (a promotional judgement, dev18 `ярчайшие
  представители`) adds evaluative. `несложные физические эксперименты` is descriptive.
- Causal: `мешает` (a hindrance, dev8 `помехой для разрядки`), `подрывают веру … и усиливают
  авторитет` and `внушают оптимизм и веру` (cause and effect by the verb, dev6 / dev15 `создает
  ощущение`), `чтобы оказать им помощь` (purpose), `Причина такого безразличия — страх …` (a stated
  cause, zero copula: causal evaluative without event), `по итогам этого и следующего турниров` (dev8 /
  dev10 `по итогам`).
- Present for future (dev3): the upcoming tournament's programme and arrangements (`Образовательная
  часть турнира состоит из докладов …`, `Турнир проводится под эгидой … на территории кампуса АНХ`)
  are predictive. `Регистрация открыта до 15 октября` (the present state of registration) and `Участие
  в Harvest бесплатное` (a rule with no time reference, dev3 `Контроль времени …`) are event.
  `проекты смогут получить финансирование` (a future ability offered by an agreement, dev `смогут
  получить`) is predictive, high.
- Numbers. `ещё 70 мировых держав`, `около восьмисот человек` (medium), `около 10 раз` (medium),
  `только один корабль остановился` (a count asserted against the ten sightings, dev15 `только один`),
  `в течении 4 дней` (the duration of the failure to agree is the news, dev10 `более 20 лет был
  агентом`) with `140 нелегальных мигрантов`, `от 250 тыс. рублей до 2,5 млн`, `50% и 30% скидку` are
  quantitative. `за два дня до итальянцев` (a time point, dev9 `спустя год`), `одним турецким судном`
  (identifying), `пр. Вернадского, 82` (an address), `100 простых и увлекательных опытов` (inside a book
  title, a name) and `за 2009 год` are not.
- Evaluative: `Самый реальный вариант …— подкуп талибов` (zero copula, a judgement, with the loaded
  `подкуп`), `коррумпированность его властей` (an accusation in the participants' content, dev6),
  `наиболее дельным`, `этом знаменательном событии` (the author's ironic epithet), `хорошая команда …
  доказала свою состоятельность и профессионализм`, `нового старого главы`, `внушают оптимизм`, the
  Туркмен-баши comparison, `такого безразличия`, `главный итог`, `вам будет интересно`. `Главный вопрос`
  (the topic of the conference) and `самый интересный проект` (the selection criterion of the prize,
  identifying the winner) are not taken as judgements.
- Certainty: `скорее всего` (factru-book_369) is medium; `около` is medium (dev, dev18); `не могли …
  договориться` is inability, not epistemic: high, negative; `конечно же` is no hedge (dev10).
- Spans: a leading `но` (`только один корабль остановился …`) and `И` (`конечно же, главный итог — …`)
  are left out; sentence-initial `Однако` (`Однако они только дали им топливо, …`, three predicates
  sharing one subject: one claim) is kept (dev13 / dev15 / dev19); `Кстати`, `Другими словами`,
  `Отметим также, что`, `Кроме того` are kept. The final parenthesis without a predicate `(по
  предъявлению студенческого билета)` and `(образовательный проект компаний RIS Ventures …)` stay
  inside their clauses (dev15).
"""

DOCS = {
    "factru-book_3562": (None, [
        ("Самый реальный вариант достижения мира — подкуп талибов",
         "evaluative", None, "+", "high"),
        ("Сегодня в столице Великобритании начала работу международная конференция по Афганистану",
         "event", None, "+", "high"),
        ("Главный вопрос — как поскорее добиться мира и порядка на Ближнем Востоке — обсуждается в том числе и "
         "генсеком ООН Паном Ги Муном, главой Афганистана Хамидом Карзаем, премьер-министром Великобритании "
         "Гордоном Брауном, главой МИД РФ Сергеем Лавровым, руководителем Госдепартамента США Хилари Клинтон, "
         "а также главами внешнеполитических ведомств ещё 70 мировых держав",
         "quantitative event", None, "+", "high"),
        ("Участники конференции сошлись во мнении, что восстановлению порядка в Афганистане мешает "
         "коррумпированность его властей, а также процветающий наркобизнес",
         "causal evaluative event", "Участники конференции", "+", "high"),
        ("Эти обстоятельства подрывают веру местного населения и всего мирового сообщества в законность и "
         "благонадёжность правительства Хамида Карзая и усиливают авторитет боевиков",
         "causal event", None, "+", "high"),
        ("Представители Запада считают, пишет NEWSru.com, что вернуть Афганистану мир можно только при "
         "условии, что талибы будут вовлечены в мирную жизнь",
         "normative", "Представители Запада", "+", "high"),
        ("Другими словами, Запад признаёт, что боевики сложат оружие, когда им предложат взамен внушительные "
         "суммы и пообещают отменить преследование",
         "predictive", "Запад", "+", "high"),
        ("Отметим также, что у России есть свой вариант восстановления порядка в Афганистане",
         "event", None, "+", "high"),
        ("Это предложение, кстати, эксперты называют наиболее дельным",
         "evaluative", "эксперты", "+", "high"),
        ("Москва предлагает реанимировать промышленность и хозяйство в Афганистане, которые когда-то строили "
         "советские специалисты",
         "event", None, "+", "high"),
        ("Инвестировать строительство должны, по мнению России, страны Запада, которые и сровняли с землёй "
         "всю инфраструктуру этой ближневосточной страны",
         "normative evaluative", "России", "+", "high"),
    ]),
    "factru-book_288": (None, [
        ("Полпред президента РФ в Северо-Кавказском федеральном округе Александр Хлопонин, представители "
         "Госдумы России, председатель Совета муфтиев России шейх Равиль Гайнутдин, другие известные "
         "религиозные деятели и политики общим количеством около восьмисот человек приняли участие в этом "
         "знаменательном событии",
         "quantitative evaluative event", None, "+", "medium"),
        ("«Изменений у нас не будет",
         "predictive", ("Рамзан Кадыров", "заявил после инагурации "), "-", "high"),
        ("Мы будем работать, как и раньше",
         "predictive", ("Рамзан Кадыров", "заявил после инагурации "), "+", "high"),
        ("Сложилась хорошая команда, которая состоялась как команда единомышленников нашего первого "
         "президента Ахмат-Хаджи Кадырова, которая своим трудом и знаниями доказала свою состоятельность и "
         "профессионализм...»\n\nзаявил после инагурации Рамзан Кадыров",
         "evaluative event", ("Рамзан Кадыров", "заявил после инагурации "), "+", "high"),
        ("Эти слова нового старого главы республики внушают оптимизм и веру в то, что Чечня продолжить путь "
         "мирного строительства и добрососедства, если и далее будет своевременно получать необходимых "
         "средства, которые зарабатывают другие российские регионы",
         "causal evaluative event", None, "+", "high"),
        ("Пресс-служба Кадырова заявила, что в столице и по всей Чечне сегодня царит праздничное настроение, "
         "улицы украшены баннерами и флагами",
         "event", "Пресс-служба Кадырова", "+", "high"),
        ("всё в точности так, как обычно происходило при очередном подтверждении полномочий почившего "
         "Туркмен-баши",
         "evaluative", None, "+", "high"),
    ]),
    "factru-book_189": (None, [
        ("Лодку с африканцами замечали с торговых судов около 10 раз",
         "quantitative event", None, "+", "medium"),
        ("только один корабль остановился, чтобы оказать им помощь",
         "quantitative causal event", None, "+", "high"),
        ("Причина такого безразличия — страх надолго застрять в море с незаконными мигрантами на борту",
         "causal evaluative", None, "+", "high"),
        ("В апреле власти Мальты и Италии не могли в течении 4 дней договориться, кто из них должен принять "
         "140 нелегальных мигрантов, спасенных одним турецким судном",
         "quantitative event", None, "-", "high"),
        ("Кстати за два дня до итальянцев, мальтийские пограничники уже задерживали лодку",
         "event", None, "+", "high"),
        ("Однако они только дали им топливо, помогли завести двигатель и указали дорогу",
         "event", None, "+", "high"),
        ("В свое оправдание мальтийцы горят, что африканские мигранты не просили их спасти",
         "causal event", "мальтийцы", "-", "high"),
    ]),
    "factru-book_3763": (None, [
        ("В Москве пройдёт очередной стартап-турнир Harvest",
         "predictive", None, "+", "high"),
        ("16 и 17 октября состоится очередной стартап-турнир Harvest (drive by GreenfieldProject), на котором "
         "участники за два дня проделают над своими проектами объём работ, который обычно делается месяцами: "
         "— создадут прототипы; — продумают концепцию и бизнес-модель; — пропишут стратегию маркетинга и "
         "продаж; — создадут и покажут презентацию своего проекта для инвесторов",
         "predictive", None, "+", "high"),
        ("Консультировать участников будут независимые эксперты, которые на протяжении всех выходных "
         "проработают со стартапами бок о бок",
         "predictive", None, "+", "high"),
        ("конечно же, главный итог — авторы стартапов получат возможность сформировать команды своих проектов "
         "и за короткий срок проверить своих будущих коллег в деле",
         "predictive evaluative", None, "+", "high"),
        ("Образовательная часть турнира состоит из докладов Дмитрия Репина (Skolkovo Business School) о design "
         "thinking, Олега Манчулянцева (pre-seed-фонд «Начинай») о том, как проектировать бизнес-модели, и "
         "Глеба Каплуна, который расскажет, как сделать яркую презентацию для инвесторов",
         "predictive", None, "+", "high"),
        ("В рамках соглашения с Агентством по развитию инновационного предпринимательства проекты смогут "
         "получить финансирование в размере от 250 тыс. рублей до 2,5 млн по упрощённой процедуре",
         "predictive quantitative", None, "+", "high"),
        ("В этом им помогут организаторы и партнёр турнира, pre-seed-фонд «Начинай»",
         "predictive", None, "+", "high"),
        ("Участие в Harvest бесплатное",
         "event", None, "+", "high"),
        ("Регистрация открыта до 15 октября",
         "event", None, "+", "high"),
        ("Турнир проводится под эгидой Бизнес-инкубатора Академии народного хозяйства на территории кампуса "
         "АНХ, пр. Вернадского, 82",
         "predictive", None, "+", "high"),
        ("Продолжается сотрудничество с Центром предпринимательства при Школе бизнеса Университета Кембриджа",
         "event", None, "+", "high"),
        ("самый интересный проект по итогам этого и следующего турниров получит возможность поехать туда на "
         "одну из образовательных программ",
         "predictive causal", None, "+", "high"),
        ("Главным же призом этого мероприятия станет грант лучшему проекту на обучение по программе Star in "
         "Garage (образовательный проект компаний RIS Ventures при поддержке венчурного фонда ABRT, корпорации "
         "Microsoft и Центра предпринимательства США — Россия)",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_369": (None, [
        ("Финалист премии «Просветитель» расскажет детям о физике",
         "predictive", None, "+", "high"),
        ("Если эти вопросы кажутся вам увлекательными, а ответы на них — неочевидными, скорее всего, вам будет "
         "интересно послушать лекцию финалиста премии «Просветитель» за 2009 год писателя Александра "
         "Дмитриева, автора книги «Как понять сложные законы физики: 100 простых и увлекательных опытов для "
         "детей и их родителей»",
         "predictive evaluative", None, "+", "medium"),
        ("На лекции, которая состоится 20 марта, в субботу, в 16:00 в книжном магазине «Библио-Глобус» на "
         "Лубянке, Александр покажет несложные физические эксперименты: измерение времени с помощью верёвки, "
         "законы отражения и преломления, закон Гука, образование кристаллов и многие другие «фокусы», "
         "которые будут интересны и детям, и взрослым",
         "predictive evaluative", None, "+", "high"),
        ("Кроме того, 20 и 21 марта при покупке книг лауреатов и финалистов премии «Просветитель» все студенты "
         "получат 50% и 30% скидку соответственно (по предъявлению студенческого билета)",
         "predictive quantitative", None, "+", "high"),
    ]),
}
