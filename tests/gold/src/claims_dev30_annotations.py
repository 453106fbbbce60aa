"""Hand annotations of claims, dev set part 30: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_498, _131, _3878, _117, _3928), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_131 (`Представитель Министерства сельского хозяйства Германии сообщил в
  субботу об обнаружении …`) and factru-book_117 (`Барак Обама принимает в Белом доме … Как было
  объявлено, президент Франции прибыл …`) hold full sentences on the first line; by the dev / dev2 /
  dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev28 rule the first line is the title and carries no
  claim, so annotation starts on the second paragraph. The decks under the plain titles of
  factru-book_498 (`В Мьянме из-под домашнего ареста выпущена Аун Сан Су Чжи.`), factru-book_3878
  (`83-летний медиамагнат является подозреваемым …`) and factru-book_3928 (`Такая акция вызвана
  "нежеланием футболистов …"`) are body text and are annotated (test1 / test2); factru-book_3928's
  deck is restated in the body (with `по словам фанатов`) and is annotated in both places (dev4 /
  dev5 / dev8). factru-book_3878's closing `О том, на что надеются британские медиа, читайте в статье
  …` is navigation (dev9 / dev18 / dev19 / dev27): no claim.
- Speakers. factru-book_131's `… в интервью журналистам он заявил, что …`: the pronoun's antecedent
  (`Представитель Министерства сельского хозяйства Германии`) stands only in the title line; the title
  carries no claim but can still be the antecedent, so the span is `он` with that coref (dev16 / dev20 /
  dev24). `Чиновник подчеркнул` takes `Чиновник` (no name in the sentence, dev22 `сенатор`); `Южная
  Корея заявила, что …` takes `Южная Корея`; `Наблюдатели полагают, что …` takes `Наблюдатели`
  (guidelines `эксперты`); `По информации следствия` → `следствия`, `По информации СМИ` → `СМИ`, `по
  словам фанатов` → `фанатов`, `Как сообщает New York Times` → `New York Times`. `«…», — цитирует
  Лента.ру заявление крупного объединения поклонников красно-белых «Фратрия»` takes the quoted party,
  not the outlet (dev13 `цитирует заявление Мутко РИА «Новости»` → `Мутко`, dev16 / dev19), as the
  proper name without its guillemets (dev, dev17 / dev28 `Труд`): `Фратрия`. `Президент Саркози выразил
  … надежду на то, что …` is Саркози's reported claim with medium certainty (dev8 `выразил надежду, что
  P`; the `на то, что` variant has the same content clause), span `Саркози` (the name without the title).
- factru-book_3928's deck `Такая акция вызвана "нежеланием футболистов бороться за имя и честь
  клуба"` has no frame: the quotation marks cite words that the body then attributes to the fans, but
  the deck itself names nobody, so it is the author's claim (test1: attribution does not carry over
  from another sentence; dev20: guillemets around someone's words are citation). I was unsure here;
  one could read the quoted phrase as making the deck the fans' claim (dev24's unframed quotation
  paragraph), but that was a whole quoted paragraph in the first person, not a cited noun phrase
  inside the author's sentence. Both it and the body sentence are causal (`вызвана` states the cause)
  and evaluative (the accusation `нежеланием … бороться`, dev6), event.
- Authors' reports of acts: `Российские власти также объявили об ужесточении контроля …` (nominal
  object), `Саркози выпустил заявление с осуждением убийства …`, `«Фратрия» призвала последовать
  примеру …` (a call with an infinitive, test1 / dev8), `свою вину … признали трое бывших сотрудников`
  and `признался … Гленн Малкейр` (admissions with nominal objects, dev22 `признали провалы`), `суд
  признал … виновным …` (a legal finding without a content clause, dev `ФАС признала операторов
  виновными`) are the author's events. `Саркози выразил мнение о необходимости изменить ситуацию …`
  (a nominal object naming a necessity) is the author's normative event (dev4 `заявил о необходимости
  создания`). `Фанаты … отказались поддержать команду во время домашнего матча …` is event, like the
  earlier refusals (dev10 `отказались комментировать`, dev18 `отказался от участия`), although the
  match lies ahead; what they will do instead is the next sentence's predictive claim.
- `Однако тогда с адвокатами медиамагната было достигнуто соглашение, что дальнейшие действия
  последуют после завершения процесса …` states the terms of an agreement, not anybody's assertion
  (dev14 `В соответствии с договорённостями`): the author's; an agreed future course of action is
  predictive event (dev18 `договорились установить`).
- `Предполагается, что компании было известно о превышении … еще в марте 2010 года`: an impersonal
  supposition with no named source about a past fact (not a plan or schedule), read like dev16 / dev24
  (`предполагается, что …` as the listed `предположительно`): the author's event, low (dev15's medium
  was for a future appointment read like `Ожидается`).
- `Коулсон был вынужден покинуть пост` is a past compulsion: normative event (dev4). `Мы не можем
  оставаться в стороне от безволия, …` (the Fratria's statement) is a moral necessity, deontic `не
  можем` (dev23 `фетвы не могут содержать`), not an epistemic hedge: normative evaluative (`безволия`),
  negative, high. Аун Сан Су Чжи's `не стоит терять надежду, а основой демократической свободы является
  свобода слова` is one claim (frame and content), normative (dev3 `не стоит` + infinitive) evaluative
  (a value judgement), negative from the content's first predicate (dev12 / dev16).
- Splits. `… официально закончился 20-летний срок домашнего ареста … и власти Мьянмы выпустили …` and
  `… уже выпускали на свободу условно-досрочно в 1995 и 2002 году, однако тогда власти вернули политика
  под домашний арест` have own subjects in each clause: two claims each, the joining `и` / `однако` left
  out. `Военная хунта, однако, не признала результаты выборов и арестовала лидеров оппозиции` shares its
  subject: one claim, negative from its first predicate (dev12 / dev16); the parenthetical `однако`
  inside the clause is kept (dev22). `Первые 15 минут активные болельщики будут скандировать …, а затем
  уйдут со стадиона` shares its subject: one claim. `Скандал разгорелся с новой силой в 2011 году —
  тогда стало известно, что …` is one claim (elaboration after `—`).
- Parenthesis. factru-book_3878 `… вызвала … Руперта Мердока (№78 в глобальном рейтинге миллиардеров,
  доход семьи — 14,2 млрд долларов) на допрос …`: the parenthesis is a data gloss on the name (like dev3's
  `(Болгария, 30 лет, рейтинг — 2801)` and dev9's `(около 16 млн долларов)`), not a clause asserted on
  its own, so it stays inside the main claim, which it makes quantitative; `№78` is a rank (ordinal).
- Numbers. `20-летний срок домашнего ареста` (the length of the detention is the news, test1
  `двухмесячный`, dev10 asserted durations), `в два с лишним раза выше допустимой нормы` and `из трех
  куриных тушек`, `около 5 тысяч немецких ферм` (medium), `14,2 млрд долларов`, `убийства двух
  французских заложников` (the count of the killed is asserted, dev13 `расстрелял в школе 26 человек`),
  `Первые 15 минут` (how long the fans will support the team is the point of the plan, dev10 / dev21
  durations that are the news), `с 44-мя очками`, `Три последних матча … проиграл` are quantitative.
  `несколько тысяч человек собрались на митинг` states the size of the crowd with the numeral noun
  `тысяч` (like dev14's `сотни тысяч долларов`), so it is quantitative, unlike a bare `несколько` (`на
  протяжении нескольких лет`, vague, dev). `трое бывших сотрудников … — старший корреспондент …, помощник
  редактора … и редактор …` is spelled out by the three names that follow (dev10 / dev15 / dev23:
  identifying), so not quantitative. `65-летнюю`, `83-летний` (attributive ages, dev), `№78`, `шестое
  место`, `29-го тура`, `В первый раз` (ordinals), `в 1995 и 2002 году`, `После 28 туров` (a time point
  in the season, like dev9 `спустя год`), `некоторое количество фанатов`, `целый ряд реформ` (vague) are
  not.
- Zero copula. The official's content `уровень содержания … в два с лишним раза выше допустимой нормы`
  is a comparative with a zero copula: quantitative without event (dev10 / dev14 / dev26 `Смартфоны
  Xiaomi вдвое дешевле iPhone`).
- Causal: `чтобы приветствовать` and `для проведения соответствующей проверки` (purpose, dev6 / dev15),
  `связано с прошедшими … выборами` (dev27 `связана с`), `вызвана нежеланием`, `из-за
  неудовлетворительных результатов`, `закрытого за нарушения` (the ground in a participial phrase, dev8
  `за то, что`, dev9 / dev24 cause in a subordinate part). The temporal `после того, как …` and `После
  ареста` are not (dev3 / dev13); `в этой связи` (`Саркози выразил в этой связи надежду`) is a topic
  link (dev13 / dev22), not causal.
- Evaluative: `Скандал разгорелся с новой силой` (dev8 / dev12 `скандал`), `нежеланием футболистов
  бороться` (an accusation), `безволия`, `неудовлетворительных результатов` (fused `не-`, positive,
  test2), Аун Сан Су Чжи's value statement. Not evaluative: `опасного канцерогена` (a factual property
  of dioxin), `Военная хунта`, `лауреата Нобелевской премии мира`, `активные болельщики`, `насущных
  проблем` (title line anyway), and `проправительственная партия` in the observers' relative clause: it
  states the party's affiliation, a descriptor of the news register (dev20 / dev22), not the loaded
  label that dev15's `Прокремлевский фонд` was taken to be; I was unsure here.
- Spans. Sentence-initial `В частности,`, `В то же время,`, `Ранее,`, `Однако`, `Кроме того,` are kept
  (dev8 / dev13 / dev15 / dev21 / dev26). factru-book_3878's doubled `признал признал` and the repeated
  `сотрудничавший с изданием` are typos of the source and stay in their spans as written.
"""

DOCS = {
    "factru-book_498": (None, [
        ("В Мьянме из-под домашнего ареста выпущена Аун Сан Су Чжи",
         "event", None, "+", "high"),
        ("В субботу, 13 ноября, официально закончился 20-летний срок домашнего ареста лидера мьянманской "
         "оппозиции",
         "quantitative event", None, "+", "high"),
        ("власти Мьянмы выпустили 65-летнюю Аун Сан Су Чжи на свободу",
         "event", None, "+", "high"),
        ("Политик была заключена под стражу после того, как в 1990 году возглавляемая ею партия «Новый свет "
         "Мьянмы» победила на выборах в парламент страны",
         "event", None, "+", "high"),
        ("Военная хунта, однако, не признала результаты выборов и арестовала лидеров оппозиции",
         "event", None, "-", "high"),
        ("Как сообщает New York Times, несколько тысяч человек собрались на митинг, чтобы приветствовать Аун "
         "Сан Су Чжи",
         "quantitative causal event", "New York Times", "+", "high"),
        ("Выступая перед народом, она заявила, что не стоит терять надежду, а основой демократической свободы "
         "является свобода слова",
         "normative evaluative", ("она", "народом, ", "Аун Сан Су Чжи"), "-", "high"),
        ("После ареста в 1990 году лауреата Нобелевской премии мира уже выпускали на свободу условно-досрочно в "
         "1995 и 2002 году",
         "event", None, "+", "high"),
        ("тогда власти вернули политика под домашний арест",
         "event", None, "+", "high"),
        ("На этот раз освобождение произошло без каких-либо условий",
         "event", None, "+", "high"),
        ("Наблюдатели полагают, что это связано с прошедшими на этой неделе парламентскими выборами, на которых "
         "победила проправительственная партия",
         "causal event", "Наблюдатели", "+", "high"),
    ]),
    "factru-book_131": (None, [
        ("В субботу 8 января в интервью журналистам он заявил, что уровень содержания этого опасного "
         "канцерогена в образцах жировой ткани из трех куриных тушек в два с лишним раза выше допустимой нормы",
         "quantitative", ("он", "журналистам ", "Представитель Министерства сельского хозяйства Германии"),
         "+", "high"),
        ("Ранее на этой неделе диоксин был обнаружен в куриных яйцах",
         "event", None, "+", "high"),
        ("Чиновник подчеркнул, что заражённое мясо не успело попасть на прилавки магазинов",
         "event", "Чиновник", "-", "high"),
        ("В тот же день Южная Корея заявила, что вся импортируемая из Германии свинина и мясо птицы будут "
         "помещены в карантин для проведения соответствующей проверки",
         "predictive causal", "Южная Корея", "+", "high"),
        ("Российские власти также объявили об ужесточении контроля за мясным импортом из Германии",
         "event", None, "+", "high"),
        ("Диоксин был обнаружен в продукции немецкой компании Harles und Jentzsch, производящей кормовые добавки "
         "для птицы и свиней",
         "event", None, "+", "high"),
        ("Власти Германии уже начали расследование в ее отношении",
         "event", None, "+", "high"),
        ("Предполагается, что компании было известно о превышении допустимого уровня диоксина еще в марте 2010 "
         "года",
         "event", None, "+", "low"),
        ("Работа около 5 тысяч немецких ферм, производящих свинину, птичье мясо и яйца, временно приостановлена",
         "quantitative event", None, "+", "medium"),
    ]),
    "factru-book_3878": (None, [
        ("83-летний медиамагнат является подозреваемым по делу о нарушении закона принадлежащими ему британскими "
         "газетами",
         "event", None, "+", "high"),
        ("Лондонская полиция — Скотланд-Ярд — официально вызвала 83-летнего медиамагната Руперта Мердока (№78 в "
         "глобальном рейтинге миллиардеров, доход семьи — 14,2 млрд долларов) на допрос в качестве "
         "подозреваемого по делу о нарушении закона принадлежащими ему британскими газетами",
         "quantitative event", None, "+", "high"),
        ("В первый раз полиция уведомила об этом Мердока в 2013 году",
         "event", None, "+", "high"),
        ("Однако тогда с адвокатами медиамагната было достигнуто соглашение, что дальнейшие действия последуют "
         "после завершения процесса по делу о прослушке телефонных линий знаменитостей, политиков и членов "
         "королевских семей журналистами еженедельника News of the World",
         "predictive event", None, "+", "high"),
        ("Во вторник, 24 июня, суд признал признал виновным по делу о прослушивании редактора таблоида Энди "
         "Коулсон",
         "event", None, "+", "high"),
        ("В то же время, все обвинения с помощницы Мердока и главы издательства News International были сняты",
         "event", None, "+", "high"),
        ("Ранее, в октябре 2013 года, когда начались слушания по делу, свою вину в прослушивании разговоров "
         "признали трое бывших сотрудников закрытого за нарушения News of the World — старший корреспондент "
         "Невилл Терлбек, помощник редактора отдела новостей Джеймс Уитерап и редактор отдела новостей Грег "
         "Мискив",
         "causal event", None, "+", "high"),
        ("В прослушивании телефонных звонков также признался сотрудничавший с изданием частный детектив Гленн "
         "Малкейр, сотрудничавший с изданием",
         "event", None, "+", "high"),
        ("О прослушивании телефонов сотрудниками News of the World стало известно в 2006 году",
         "event", None, "+", "high"),
        ("В 2007 году Коулсон был вынужден покинуть пост главного редактора газеты",
         "normative event", None, "+", "high"),
        ("Скандал разгорелся с новой силой в 2011 году — тогда стало известно, что это издание не прекратило "
         "подобную практику, а продолжило ее в еще больших масштабах",
         "evaluative event", None, "+", "high"),
        ("По информации следствия, прослушка велась на протяжении нескольких лет в течение 2000-х годов",
         "event", "следствия", "+", "high"),
    ]),
    "factru-book_117": (None, [
        ("В частности, лидеры намерены обменяться мнениями о перспективах военных действий НАТО в Афганистане, "
         "волнениях в Пакистане и угрозах экстремистов в Северной Африке",
         "predictive event", None, "+", "high"),
        ("В воскресенье Николя Саркози выпустил заявление с осуждением убийства двух французских заложников в "
         "Нигере",
         "quantitative event", None, "+", "high"),
        ("В недавнем выступлении по французскому телевидению Саркози выразил мнение о необходимости изменить "
         "ситуацию в глобальной экономике, при которой доллар остается главным инструментом расчетов и мировой "
         "резервной валютой",
         "normative event", None, "+", "high"),
        ("Вашингтонская встреча проходит в канун передачи Франции полномочий главы «Большой двадцатки»",
         "event", None, "+", "high"),
        ("Президент Саркози выразил в этой связи надежду на то, что ему удастся за время председательства в "
         "G-20 провести целый ряд реформ",
         "predictive", "Саркози", "+", "medium"),
    ]),
    "factru-book_3928": (None, [
        ("Такая акция вызвана \"нежеланием футболистов бороться за имя и честь клуба\"",
         "causal evaluative event", None, "+", "high"),
        ("Фанаты московского футбольного клуба «Спартак» отказались поддержать команду во время домашнего матча "
         "чемпионата России с пермским «Амкаром»",
         "event", None, "+", "high"),
        ("Первые 15 минут активные болельщики будут скандировать «Наше имя выше денег», а затем уйдут со "
         "стадиона",
         "predictive quantitative", None, "+", "high"),
        ("Такая акция, по словам фанатов, вызвана нежеланием футболистов бороться за имя и честь клуба",
         "causal evaluative event", "фанатов", "+", "high"),
        ("«Мы не можем оставаться в стороне от безволия, которое мы видим на футбольном поле», — цитирует "
         "Лента.ру заявление крупного объединения поклонников красно-белых «Фратрия»",
         "normative evaluative", "Фратрия", "-", "high"),
        ("Кроме того, «Фратрия» призвала последовать примеру ее членов и обычных поклонников «Спартака»",
         "event", None, "+", "high"),
        ("В конце апреля некоторое количество фанатов встретились с футболистами на клубной базе в Тарасовке",
         "event", None, "+", "high"),
        ("По информации СМИ, болельщики во время разговора высказывали игрокам «Спартака» претензии из-за "
         "неудовлетворительных результатов в нынешнем сезоне",
         "causal evaluative event", "СМИ", "+", "high"),
        ("После 28 туров чемпионата России красно-белые с 44-мя очками занимают шестое место в турнирной таблице",
         "quantitative event", None, "+", "high"),
        ("Три последних матча премьер-лиги «Спартак» проиграл",
         "quantitative event", None, "+", "high"),
        ("Игра 29-го тура между «Спартаком» и «Амкаром» пройдет 11 мая на стадионе «Локомотив»",
         "predictive", None, "+", "high"),
    ]),
}
