"""Hand annotations of claims, dev set part 42: real news articles (factRuEval-2016 texts, MIT).

Six whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_410, _3811, _367, _622, _228, _295), annotated by hand by reading the
texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev39_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_228 (`По всей Ботсване проходят массовые забастовки …`) and factru-book_295
  (`29 апреля 2011 года Адриано Челентано … написал письмо … 12 июня.`, the whole lead) hold full
  sentences on the first line; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev33
  / dev39 rule the first line is the title and carries no claim. factru-book_295 is thereby left with
  the two sentences of Челентано's quotation. The other four first lines are plain titles; the decks
  under the titles of factru-book_3811, factru-book_367 and factru-book_622 are body text (test1 /
  test2) and are annotated. factru-book_367's closing `О французском национальном самосознании читайте
  в статье …` is navigation (dev9 / dev18 / dev19): no claim.
- A weekly review with headings (factru-book_410). The section headings `Политика`, `Италия`,
  `Белоруссия`, `Иран` have no predicate: no claims. Each section ends in a line without final
  punctuation that repeats the section's news as the title of a linked article (`Космонавты вернулись
  на Землю`, `Всё-таки Проди`, `Лукашенко запрещен въезд в страны ЕС`); they are headings / navigation
  (dev22's intertitle `Демократы готовятся «дать отпор»`, dev39's run-in intertitles), so no claims,
  although two of them have a predicate. `Интересно, как долго скафандр … продержится на орбите?` is a
  question: no claim.
- Nominative (one-member) sentences in running text (factru-book_410 `Будничная, повседневная работа:
  починка генератора кислорода, …`, `Две перестыковки «Союза ТМА-7».`, `Два выхода в открытый космос.`)
  continue the account of the mission and assert that this work took place; they are read as
  zero-copula existential sentences (dev12 `Среди овощей и фруктов - …`, dev7 / dev26 verbless lists
  with numbers), not as predicate-less fragments like `Теперь к сладкому.`: claims. The two with a
  count are quantitative without event (dev12 `В списке товаров - 40 категорий`); the first is a
  judgement (`Будничная, повседневная`) and a list of what was done: evaluative event. `Ну, и конечно,
  первый бразилец в космосе, который показал …` continues `Самое интересное … — это …` with the
  predicate gapped (dev16 / dev19 gapped continuations): a claim, `Ну, и конечно` kept as an
  introductory phrase (dev16 `Ну и наконец`). I was unsure about these four.
- Comma splices are split (dev24 / dev29 / dev37): `Регулярное событие, которое происходит два раза в
  год: весной и осенью, никаких сенсационных открытий … не происходит` (the first a zero-copula
  characterisation whose number stands in a relative clause with a verbal predicate: quantitative
  event, dev37 `На шестом месте — Узбекистан, который держит …`), `Два шаттла потерпели катастрофу,
  погибли четырнадцать астронавтов`, `шаттл — это самый большой космический корабль, …, с помощью
  шаттлов были выведены …, проведено множество … экспериментов` (three claims: the last has its own
  subject and predicate, dev9 `установлен запрет … и закреплено создание …`), and `Россия поставлена в
  неловкое положение, вроде как хотели лучше, а получилось, так, что …` (three claims; the middle one
  carries `вроде как` ("seemingly"), read as an evidential hedge like `похоже` (dev12): low). `В
  Белоруссии нет проблем с демократией и нет проблем с победителем` has two existential predicates with
  their own subjects (`проблем с …`), so two claims (dev6 kept `За рубежом ничего подобного нет, в
  России тем более` whole only because its second part had no subject of its own), both negative; the
  irony makes them evaluative event. I was unsure whether the rhetorical parallelism should be kept as
  one claim. `никаких сенсационных открытий … не происходит` downplays the mission (the author's
  judgement through `сенсационных` under negation): evaluative event, negative.
- `Это выглядит так, что о безпроблемных полётах шаттлов говорить больше не приходится`: `Это выглядит
  так, что P` ("it looks as if P") only frames P as an appearance, like dev12's `похоже`: low, and its
  polarity comes from P (dev10 `Мы уже говорили, что P`), negative; `не приходится` here is the idiom
  "there is no question of", not a compulsion (dev4 `приходится`): evaluative, not normative.
- `Об этом скафандре и сообщали все мирровые новостные агентства не перегонки`: `не перегонки` is read
  as the typo it is for `наперегонки` ("racing each other"), so it is no negation: positive; the emphatic
  `и` is kept (dev9); a report with a nominal object is the author's event (dev6).
- `Обидно, проигрывать, если голосовали около 50 миллионов избирателей, а победитель определяется
  разницей в несколько десятков тысяч`: the `если` clause states the facts of the Italian election
  ("when", a realis condition), not a hypothesis (unlike dev9 / dev33's conditions of a rule), so its
  numbers are asserted: quantitative, and `около` makes the claim medium (dev4: a cue anywhere in the
  claim); the predicative `Обидно` is a judgement, zero copula: no event. I was unsure here.
- `Два дня выбирали итальянцы новый парламент, выбирали так, что …` is one claim (the repeated
  predicate shares the subject `итальянцы`); the two-day length of the vote is asserted (dev10 / dev21
  durations that are the news): quantitative; `так, что …` gives the result (dev18 `настолько, что …`):
  causal. `Выборы в Бундестаг …, хотя и выявили победителя, но этот победитель не был в состоянии …` is
  one claim (dev `хотя …, но …`), negative from the main clause. `Для создания правительства правым и
  левым пришлось объединяться` is normative (past compulsion, dev4) and causal (purpose).
- `Лукашенко и ещё 30-и его служащим запрещён въезд …` (a prohibition in force) is normative (dev16
  `запрещено курение`); `Запрет будет действовать один год` asserts its duration (dev10 `рассчитано на
  год`): predictive quantitative. `Минсельхоз РФ запретил ввозить …` (factru-book_622 deck) reports the
  act of banning with an infinitive complement: the author's event (dev8 `потребовал взять на контроль`,
  dev10 `поручил`).
- `президент Ирана Махмуд Ахмадинежад объявил свою страну ядерной державой` is read like dev37's
  `Правительство Китая объявило эти инструкции «государственной тайной»` (an official proclamation of a
  status): the author's event, evaluative for the author's ironic epithet `возмутитель всеобщего
  спокойствия`; I was unsure whether it should be Ахмадинежад's reported naming (dev `назвал …
  «хорошей»`) instead. `Кондолиза Райс опровергает эти слухи и требует от ООН грозной резолюции …`
  (nominal objects, dev10 `Кремль опроверг …`, dev5 `потребовал извинений`) is the author's event,
  evaluative for the ironic `грозной`. `Всю неделю курсировали слухи о новых иранских чудо ракетах …` is
  the author's event (dev36: `слухи` is the object of the report, not a hedge): high, evaluative for the
  ironic `чудо ракетах`. `В ответ средства информации раскрывают планы Америки о превентивном ударе …`
  is causal (`В ответ`: the announcement prompted the reaction) and predictive for the planned strike
  (dev8 `объявил о планах`). `прикрываясь этими переговорами` (a pretext, dev17 `под предлогом`) is
  causal evaluative; `эти переговоры не приводят ни к чему` is causal (`привести к`, negated) and
  evaluative, negative. `Иран согласен …, но обогащать уран будет и дальше` shares its subject: one
  claim, predictive event (dev8 `готов`: event; the future `будет`).
- `Недавно глава NASA Майкл Гриффин сказал, что … были ошибочным направлением` is Гриффин's copula
  judgement: evaluative without event (dev24 / dev22); `Американцы возвращаются к более простым …` has
  no frame of its own: the author's (test1). `NASA пытается успеть … достроить МКС перед окончательным
  списанием всех шаттлов` states an aim toward a future deadline (dev16 `стремятся достичь`): predictive
  event. `Планировалось, что шаттлы должны были совершать до 20 полётов ежегодно, каждый шаттл должен
  был совершить около 100 полётов` is one claim (the asyndetic second clause stays inside the content
  of `Планировалось, что`), a past plan (`должны были` of a schedule, dev), the author's: predictive
  quantitative event, medium for `около`. `с помощью шаттла` gives the instrument, not a cause (dev22
  `посредством …`). `шаттлы никак не могут вернуться к нормальным полётам` is inability (dev13): high.
- factru-book_3811, speakers. `…, пишет РБК` → `РБК`; `О создании экспертной комиссии … РБК рассказал …
  Сергей Гребенников` (nominal object) is the author's event (dev6 / test2); `По его словам` → `его` with
  coref `Сергей Гребенников`; `по словам близкого к ней источника` → `близкого к ней источника` (head
  noun with the phrase that says whose source, guidelines `источник в правительстве`); `Пресс-секретарь
  … Вадим Ампелонский вчера ограничился заявлением, что P` (a noun of saying with a content clause, dev25
  `опроверг предположения, что …`) → `Вадим Ампелонский`; `– отвечает РАЭК` → `РАЭК`; `по мнению
  ассоциации` → `ассоциации` (no name in that sentence, dev22 `сенатор`). `P, свидетельствуют вопросы на
  специальном сайте "Яблоггер.рф"` has the form of `P, сообщает X` with a verb of evidence (the
  questions attest P, like `по данным X`), so it is the source's claim with the head noun and the phrase
  that says whose questions (dev8 `сайте организации`); I was unsure, since questions assert nothing
  themselves. `В тексте закона блогер описан так: "…"` quotes the law's definition: a source's claim,
  span `тексте закона` (dev8 `тексте открытого письма`), typed as a definition stated as what is the case
  (dev24): quantitative event. `Если этой информации будет недостаточно, Роскомнадзор намерен …` plainly
  goes on with Ампелонский's words but has no frame of its own: the author's (test1); so is `Но
  заключение экспертов будет носить только рекомендательный характер` after Гребенников's sentence.
- factru-book_3811, other. `"Те рабочие варианты …, нас не до конца устраивают", – пояснил Ампелонский,
  уточнив, что "…"` is one claim (dev8: a frame and its participle with its own content); `не до конца`
  negates the degree adverbial, not the predicate (dev39 `не столь массово`): positive. `подтверждает,
  что … может войти … к экспертный совет` (typo kept) is low (epistemic `может`). `Сам закон вступает в
  силу 1 августа и обязывает … хранить метаданные … в течение шести месяцев` (shared subject) is normative
  (`обязывает`), predictive (present for future, dev3) and quantitative: the six-month retention period
  is the content of the obligation, not a circumstantial time frame (dev24 `в течение недели`). `По
  закону Роскомнадзор должен будет вести реестр` is the author's normative predictive claim (dev18 `По
  закону …`, dev12 `должны будут сообщать`). The number in `решать, действительно ли аудитория блогера
  достигает 3 тыс. человек` stands in an indirect question: not asserted. `"Закон не ставит … в
  зависимость от информации …, главное, чтобы она была общедоступной"` is normative (dev19 `Главное — …`)
  and causal (dependence, dev18 / dev26 `зависит`), negative from its first clause. `его можно назвать
  блогом` states what qualifies as a blog, not a permission (dev7 `Можно вычислить`): event. `В
  Роскомнадзоре, однако, готовы трактовать понятие "блогер" уже – оно соотносится …` is one claim
  (elaboration after `–`), a present readiness (dev8): event, the author's; the inner `однако` is kept
  (dev22).
- factru-book_367. `имеет все шансы`, `есть все шансы` are medium cues (dev3 / dev6) on a predictive
  evaluative claim (dev6 `есть шансы …`). `По итогам проведённых опросов, у его дочери есть все шансы …`
  cites the polls as the ground of the estimate, read as attribution like dev26's `По последним опросам`
  (span `проведённых опросов`), not as dev8 / dev10's causal `по итогам` of a decision. `Вот как об этом
  сообщается в заявлении Нацфронта, …: «…»` joins the frame with the one quoted sentence (dev7 / dev33),
  speaker `заявлении Нацфронта` (dev9 `заявлении КНДР`); `единогласно` is no number.
- factru-book_622. `Беспокойство Кишинёва вполне понятно: до сих пор … экспортировалось до 80% …,
  поэтому санкции … серьёзно ударят по экономике Молдавии`: the part after `:` gives the ground of the
  judgement (dev37 `Bonhams возлагает особые надежды: …`, causal) and stays in the first claim; `,
  поэтому` with its own subject starts a new claim (dev3 / dev19), predictive causal evaluative (`ударят
  по`, dev8 `ударит по науке`). `до 80%` bounds the number: high (dev22). `лишь 33 молдавским компаниям`
  stresses the small number against the 100 refused: evaluative, as dev34 took `лишь`. Филат's `запрет …
  является «острой проблемой для Молдавии», которую необходимо решать …`: the necessity stands in the
  relative clause, which adds no normative type (dev17 / dev25), so evaluative event; speaker `Влада
  Филата` (the inner source; `которого цитирует «Интерфакс»` only relays him, dev nested rule).
  `Официальная причина запрета … — наличие пестицидов …` is causal without event (zero copula, dev21
  `Причина такого безразличия — …`). `Запрет … тут же отразился на работе таможни` states an effect by
  the verb (dev6): causal event; `десятки фур` is vague (dev18).
- factru-book_228. `Прогнозируется, что P` (an impersonal verb with no named source, P a future event)
  is read like `Ожидается, что P` (dev5 / dev15): the author's predictive claim, medium; `приведут к` and
  `из-за` make it causal; `заметному ухудшению`, `значительные трудности` state sizes (dev26), not
  judgements. `Правительство уволило часть врачей, обвинив их в …` (the participle gives the ground,
  dev12 `посчитав …`) and `вынудили закрыть госпиталь, поддержав тем самым бастующих` (dev9 `тем
  самым`, dev14 `вынудили`) and `вызвав кризис` (an effect by the verb, dev6) are causal event; the
  concessive `Несмотря на то, что …` is not causal (dev10).
- factru-book_295. Челентано's two quoted sentences take `он` of the closing frame `— заявил он`, with
  coref `Адриано Челентано`, whose name stands only in the title line (dev30: the title can be the
  antecedent). `Уже не нужно быть правым или левым, чтобы понять, что …` is negative (`не нужно` on the
  main predicate), normative (dev39 `… не нужно`), causal (`чтобы`) and evaluative (the verdict on
  Берлускони). `В лучшем случае он и его лживые подпевалы могут подойти для небольшого племени …` states
  suitability (dev33 `могут служить прецедентом`), not an epistemic possibility: evaluative, high.
"""

DOCS = {
    "factru-book_410": (None, [
        ("В воскресенье, рано утром 9 апреля, в Казахстане приземлился «Союз ТМА-7»",
         "event", None, "+", "high"),
        ("На Землю вернулись три космонавта: Валерий Токарев (Россия), Уильям Макартур (США) и Маркос Понтес "
         "(Бразилия)",
         "event", None, "+", "high"),
        ("Регулярное событие, которое происходит два раза в год: весной и осенью",
         "quantitative event", None, "+", "high"),
        ("никаких сенсационных открытий и исследований там, на станции, не происходит",
         "evaluative event", None, "-", "high"),
        ("Будничная, повседневная работа: починка генератора кислорода, поиск куда-то запропастившихся сухих "
         "кислородных патронов, встреча, перегрузка и отправка грузовиков «Прогресс»",
         "evaluative event", None, "+", "high"),
        ("Две перестыковки «Союза ТМА-7»",
         "quantitative", None, "+", "high"),
        ("Два выхода в открытый космос",
         "quantitative", None, "+", "high"),
        ("Самое интересное, во всём полугодовом дежурстве в космосе, это выброс использованного скафандра во "
         "время второй прогулки",
         "evaluative", None, "+", "high"),
        ("Об этом скафандре и сообщали все мирровые новостные агентства не перегонки",
         "event", None, "+", "high"),
        ("Ну, и конечно, первый бразилец в космосе, который показал всему миру футболку сборной Бразилии в "
         "космическом интерьере",
         "evaluative event", None, "+", "high"),
        ("Все дружно отметили 45-летие полёта Гагарина и 25-летие первого полёта «Колумбии»",
         "event", None, "+", "high"),
        ("С Гагариным всё уже давно ясно",
         "evaluative", None, "+", "high"),
        ("Его полёт уже далёкая история",
         "evaluative", None, "+", "high"),
        ("Он выполнил свою роль и ушел в историю",
         "evaluative event", None, "+", "high"),
        ("Полёт Гагарина был и пропагандой, и риском, который оправдался, и прорывом человечества в космос",
         "evaluative", None, "+", "high"),
        ("С шаттлами не всё так ясно",
         "evaluative", None, "+", "high"),
        ("После гибели «Колумбии» 1 февраля 2003 года, шаттлы никак не могут вернуться к нормальным полётам",
         "evaluative event", None, "-", "high"),
        ("Это выглядит так, что о безпроблемных полётах шаттлов говорить больше не приходится",
         "evaluative", None, "-", "low"),
        ("NASA пытается успеть, хотя бы в минимальной степени, достроить МКС перед окончательным списанием всех "
         "шаттлов",
         "predictive event", None, "+", "high"),
        ("Шаттлы не оправдали всех надежд, которые на них возлагались",
         "evaluative event", None, "-", "high"),
        ("Планировалось, что шаттлы должны были совершать до 20 полётов ежегодно, каждый шаттл должен был "
         "совершить около 100 полётов",
         "predictive quantitative event", None, "+", "medium"),
        ("Сегодня самое большое количество полётов совершил «Дискавери» — 31 полёт",
         "quantitative event", None, "+", "high"),
        ("В общей сложности пять шаттлов совершили 114 полётов",
         "quantitative event", None, "+", "high"),
        ("Два шаттла потерпели катастрофу",
         "quantitative event", None, "+", "high"),
        ("погибли четырнадцать астронавтов",
         "quantitative event", None, "+", "high"),
        ("С другой стороны, шаттл — это самый большой космический корабль, который может выводить на орбиту до "
         "20 тонн полезных грузов",
         "quantitative event", None, "+", "high"),
        ("с помощью шаттлов были выведены на орбиту множество спутников",
         "event", None, "+", "high"),
        ("проведено множество научных и технологических экспериментов",
         "event", None, "+", "high"),
        ("Впервые с помощью шаттла американцы ремонтируют спутники на орбите и возвращают неисправные спутники "
         "с орбиты на Землю",
         "event", None, "+", "high"),
        ("С помощью шаттла составлена трёхмерная карта поверхности Земли",
         "event", None, "+", "high"),
        ("С помощью шаттла был выведен на орбиту и поддерживался в рабочем состоянии Космический телескоп Хаббл",
         "event", None, "+", "high"),
        ("Недавно глава NASA Майкл Гриффин сказал, что проект «Спейс Шаттл» и МКС были ошибочным направлением",
         "evaluative", "Майкл Гриффин", "+", "high"),
        ("Американцы возвращаются к более простым космическим системам",
         "event", None, "+", "high"),
        ("Два дня выбирали итальянцы новый парламент, выбирали так, что Премьер-министр Берлускони до сих пор "
         "не может успокоиться",
         "quantitative causal evaluative event", None, "+", "high"),
        ("Обидно, проигрывать, если голосовали около 50 миллионов избирателей, а победитель определяется "
         "разницей в несколько десятков тысяч",
         "quantitative evaluative", None, "+", "medium"),
        ("что поделать, демократия есть демократия",
         "evaluative", None, "+", "high"),
        ("Выявляется тенденция выборов с мизерным преимуществом одной из сторон",
         "evaluative event", None, "+", "high"),
        ("Все ещё помнят президентские выборы в США 2000 года, когда Буш победил Гора с очень шатким "
         "преимуществом",
         "evaluative event", None, "+", "high"),
        ("Выборы в Бундестаг Германии прошлого года, хотя и выявили победителя, но этот победитель не был в "
         "состоянии единолично сформировать правительство",
         "event", None, "-", "high"),
        ("Для создания правительства правым и левым пришлось объединяться",
         "normative causal event", None, "+", "high"),
        ("В Белоруссии нет проблем с демократией",
         "evaluative event", None, "-", "high"),
        ("нет проблем с победителем",
         "evaluative event", None, "-", "high"),
        ("Неприятности только от европейской демократии",
         "causal evaluative", None, "+", "high"),
        ("Европа огорчила вновь переизбранного президента Белоруссии, отказав ему в гостеприимстве",
         "causal evaluative event", None, "+", "high"),
        ("Лукашенко и ещё 30-и его служащим запрещён въезд на территорию стран Европейского союза",
         "normative quantitative event", None, "+", "high"),
        ("Запрет будет действовать один год",
         "predictive quantitative", None, "+", "high"),
        ("Последнему диктатору Европы закрыт путь на Запад",
         "evaluative event", None, "+", "high"),
        ("Всю неделю курсировали слухи о новых иранских чудо ракетах и торпедах, которые могут уничтожать любые "
         "корабли и подводные лодки, оставаясь при этом невидимыми для любых радаров и сонаров",
         "evaluative event", None, "+", "high"),
        ("К концу недели, возмутитель всеобщего спокойствия, президент Ирана Махмуд Ахмадинежад объявил свою "
         "страну ядерной державой",
         "evaluative event", None, "+", "high"),
        ("В ответ средства информации раскрывают планы Америки о превентивном ударе по ядерным объектам Ирана",
         "predictive causal event", None, "+", "high"),
        ("Кондолиза Райс опровергает эти слухи и требует от ООН грозной резолюции против Ирана, вплоть до "
         "военного вмешательства",
         "evaluative event", None, "+", "high"),
        ("С начала года Иран ведёт переговоры с Россией о возможном обогащении урана в России, для мирных нужд "
         "Ирана",
         "event", None, "+", "high"),
        ("эти переговоры не приводят ни к чему",
         "causal evaluative event", None, "-", "high"),
        ("Одновременно, прикрываясь этими переговорами, Иран продолжал работы по обогащению урана",
         "causal evaluative event", None, "+", "high"),
        ("Россия поставлена в неловкое положение",
         "evaluative event", None, "+", "high"),
        ("вроде как хотели лучше",
         "evaluative event", None, "+", "low"),
        ("получилось, так, что на время переговоров, прикрывали Иран от санкций со стороны Америки",
         "causal evaluative event", None, "+", "high"),
        ("иранцы использовали это время для обогащения урана",
         "causal event", None, "+", "high"),
        ("Теперь вновь в игре аль-Барадеи",
         "event", None, "+", "high"),
        ("Иран согласен и на переговоры, и на контроль со стороны МАГАТЕ, но обогащать уран будет и дальше",
         "predictive event", None, "+", "high"),
    ]),
    "factru-book_3811": (None, [
        ("Ни состав комиссии, ни порядок ее работы пока не утверждены, хотя закон вступает в силу уже 1 августа",
         "event", None, "-", "high"),
        ("Разрешать спорные вопросы в рамках закона о блогерах Роскомнадзор планирует при помощи специальной "
         "экспертной комиссии, в которую войдут представители интернет-отрасли, пишет РБК",
         "predictive event", "РБК", "+", "high"),
        ("О создании экспертной комиссии при Роскомнадзоре РБК рассказал заместитель директора Российской "
         "ассоциации электронных коммуникаций (РАЭК) Сергей Гребенников",
         "event", None, "+", "high"),
        ("По его словам, в комиссию войдут специалисты его ассоциации и представители крупных интернет-компаний: "
         "Mail.Ru Group, \"ВКонтакте\", Ramber & Co и др.",
         "predictive", ("его", None, "Сергей Гребенников"), "+", "high"),
        ("Директор по внешним коммуникациям Ramber & Co Матвей Алексеев подтверждает, что вместе с директором по "
         "маркетингу Олегом Барминым может войти от компании к экспертный совет",
         "predictive", "Матвей Алексеев", "+", "low"),
        ("Сеть \"ВКонтакте\", по словам близкого к ней источника, в комиссии будет представлять первый "
         "замгендиректора Борис Добродеев",
         "predictive", "близкого к ней источника", "+", "high"),
        ("Mail.Ru Group собирается участвовать в работе комиссии, говорит представитель компании Ксения Чабаненко",
         "predictive event", "Ксения Чабаненко", "+", "high"),
        ("Роскомнадзор должен озвучить свои планы во вторник, 22 июля, на Дне блогера в России – специальном "
         "мероприятии, где ведомство объяснит, как оно будет следить за исполнением закона о блогерах",
         "predictive", None, "+", "high"),
        ("Пресс-секретарь Роскомнадзора Вадим Ампелонский вчера ограничился заявлением, что в экспертную "
         "комиссию войдут \"интернет-гуру и отраслевые эксперты\"",
         "predictive", "Вадим Ампелонский", "+", "high"),
        ("Пока не разработаны ни план формирования комиссии, ни порядок ее работы",
         "event", None, "-", "high"),
        ("\"Те рабочие варианты, которые мы видим сейчас, нас не до конца устраивают\", – пояснил Ампелонский, "
         "уточнив, что \"до 1 августа еще достаточно времени\"",
         "evaluative event", "Ампелонский", "+", "high"),
        ("Закон № 97-ФЗ \"О внесении изменений в ФЗ \"Об информации...\" был принят Госдумой и одобрен Советом "
         "Федерации в апреле",
         "event", None, "+", "high"),
        ("в мае его подписал президент Путин",
         "event", None, "+", "high"),
        ("Сам закон вступает в силу 1 августа и обязывает организаторов распространения информации хранить "
         "метаданные о действиях пользователей в течение шести месяцев",
         "normative predictive quantitative event", None, "+", "high"),
        ("Кроме того, блогеры, чья ежедневная аудитория превышает 3 тыс. человек, фактически приравниваются к "
         "СМИ",
         "quantitative event", None, "+", "high"),
        ("Комиссия будет, к примеру, решать, действительно ли аудитория блогера достигает 3 тыс. человек, "
         "разместил ли такой блогер у себя недостоверную информацию или экстремистские материалы, рассказывает "
         "Гребенников",
         "predictive", "Гребенников", "+", "high"),
        ("заключение экспертов будет носить только рекомендательный характер",
         "predictive", None, "+", "high"),
        ("Создавая такую комиссию, Роскомнадзор снимает с себя часть ответственности за принятие каких-либо "
         "решений в спорных ситуациях и одновременно показывает, что идет навстречу отрасли, указывает Алексеев",
         "causal evaluative event", "Алексеев", "+", "high"),
        ("Закон \"очень сложен\", \"в нем есть моменты, которые невозможно учесть ни при какой теоретизации\", "
         "признает Ампелонский",
         "evaluative event", "Ампелонский", "+", "high"),
        ("У многих пользователей до сих пор нет понимания, кто все-таки будет считаться блогером, "
         "свидетельствуют вопросы на специальном сайте \"Яблоггер.рф\"",
         "event", "вопросы на специальном сайте \"Яблоггер.рф\"", "-", "high"),
        ("Так, один из посетителей спрашивает, попадают ли под определение \"блогер\" интернет-магазины",
         "event", None, "+", "high"),
        ("\"Закон не ставит факт отнесения лица к блогеру в зависимость от информации, которая содержится на "
         "сайте, главное, чтобы она была общедоступной\", – отвечает РАЭК",
         "normative causal event", "РАЭК", "-", "high"),
        ("Поэтому, по мнению ассоциации, любая площадка с аудиторией от 3 тыс. человек является блогером",
         "quantitative causal event", "ассоциации", "+", "high"),
        ("В тексте закона блогер описан так: \"Владелец сайта и (или) страницы сайта в сети Интернет, на которых "
         "размещается общедоступная информация и доступ к которым в течение суток составляет более 3 тыс. "
         "пользователей сети Интернет\"",
         "quantitative event", "тексте закона", "+", "high"),
        ("В Роскомнадзоре, однако, готовы трактовать понятие \"блогер\" уже – оно соотносится исключительно с "
         "физическими лицами",
         "event", None, "+", "high"),
        ("\"Если вы создаете сайт, где будут публиковаться изречения от конкретного физического лица, его можно "
         "назвать блогом\", – говорит Ампелонский",
         "event", "Ампелонский", "+", "high"),
        ("По закону Роскомнадзор должен будет вести реестр блогеров",
         "normative predictive", None, "+", "high"),
        ("По словам Ампелонского, ведомство, чтобы определить аудиторию площадок, планирует ориентироваться на "
         "открытые данные уже существующих счетчиков типа \"Яндекс.Метрика\" или Openstat",
         "predictive causal event", "Ампелонского", "+", "high"),
        ("Если этой информации будет недостаточно, Роскомнадзор намерен запрашивать данные напрямую у "
         "организаторов распространения информации",
         "predictive event", None, "+", "high"),
    ]),
    "factru-book_367": (None, [
        ("Дочь основателя Национального фронта имеет все шансы на победу в выборах",
         "predictive evaluative", None, "+", "medium"),
        ("Кандидатом на выборы главы государства в 2012 году стала лидер французского крайне правого "
         "Национального фронта (FN) Марин Ле Пен, сообщает РИА «Новости»",
         "event", "РИА «Новости»", "+", "high"),
        ("Её выдвинуло политбюро партии",
         "event", None, "+", "high"),
        ("Вот как об этом сообщается в заявлении Нацфронта, распространённом в понедельник, 16 мая: "
         "«Политическое бюро Национального фронта на собрании в понедельник, 16 мая 2011 года, единогласно "
         "поддержало кандидатуру своего председателя Марин Ле Пен на выборах президента Республики»",
         "event", "заявлении Нацфронта", "+", "high"),
        ("Напомним, что отцом Марин Ле Пен является основатель Национального фронта Жан-Мари Ле Пен",
         "event", None, "+", "high"),
        ("По итогам проведённых опросов, у его дочери есть все шансы выйти во второй тур президентских выборов "
         "во Франции, которые состоятся 22 апреля (первый тур) и 6 мая (второй тур) 2012 года",
         "predictive evaluative", "проведённых опросов", "+", "medium"),
    ]),
    "factru-book_622": (None, [
        ("Минсельхоз РФ запретил ввозить овощи и фрукты из Молдавии",
         "event", None, "+", "high"),
        ("Около 100 молдавских поставщиков овощей и фруктов остались без лицензии на экспорт своей продукции на "
         "территорию России",
         "quantitative event", None, "+", "medium"),
        ("Министерство сельского хозяйства и пищевой промышленности выдало разрешение на ввоз продуктов лишь 33 "
         "молдавским компаниям",
         "quantitative evaluative event", None, "+", "high"),
        ("Официальная причина запрета для всех остальных поставщиков — наличие пестицидов в поставляемой "
         "продукции",
         "causal", None, "+", "high"),
        ("По словам премьер-министра Молдавии Влада Филата, которого цитирует «Интерфакс», запрет на ввоз "
         "является «острой проблемой для Молдавии», которую необходимо решать в экстренном порядке",
         "evaluative event", "Влада Филата", "+", "high"),
        ("Беспокойство Кишинёва вполне понятно: до сих пор в нашу страну экспортировалось до 80% молдавского "
         "производства фруктов и овощей",
         "quantitative causal evaluative event", None, "+", "high"),
        ("поэтому санкции российского Минсельхоза серьёзно ударят по экономике Молдавии",
         "predictive causal evaluative", None, "+", "high"),
        ("Запрет на экспорт тут же отразился на работе таможни, где застряли десятки фур, гружённых теперь уже "
         "запрещённой продукцией",
         "causal event", None, "+", "high"),
    ]),
    "factru-book_228": (None, [
        ("Несмотря на то, что забастовки начались ещё 18 апреля, до сих пор не достигнуто никаких договорённостей "
         "между забастовщиками и правительством",
         "event", None, "-", "high"),
        ("К забастовке присоединились и медицинские работники",
         "event", None, "+", "high"),
        ("Правительство уволило часть врачей, обвинив их в невыполнении предписания о возвращении к работе",
         "causal event", None, "+", "high"),
        ("В четверг, 19 мая, сотрудники Госпиталя принцессы Марины в Габороне вынудили закрыть госпиталь, "
         "поддержав тем самым бастующих",
         "causal event", None, "+", "high"),
        ("Забастовки уже затронули практически все бюджетные организации, в том числе и государственные органы "
         "управления, вызвав кризис и в частных фирмах, зависящих от выдачи тех или иных разрешений этими "
         "органами",
         "causal event", None, "+", "high"),
        ("Прогнозируется, что забастовки приведут к заметному ухудшению экономики Ботсваны, которая уже "
         "испытывает значительные трудности, связанные со снижением из-за глобальной рецессии в мире спроса на "
         "экспортируемые страной алмазы",
         "predictive causal", None, "+", "medium"),
    ]),
    "factru-book_295": (None, [
        ("«Уже не нужно быть правым или левым, чтобы понять, что такой человек, как Берлускони, не может "
         "управлять не только Италией, но и любой другой страной",
         "normative causal evaluative", ("он", "— заявил ", "Адриано Челентано"), "-", "high"),
        ("В лучшем случае он и его лживые подпевалы могут подойти для небольшого племени, где все, собравшись "
         "вокруг вождя, по очереди питаются собственной ложью», — заявил он",
         "evaluative", ("он", "— заявил ", "Адриано Челентано"), "+", "high"),
    ]),
}
