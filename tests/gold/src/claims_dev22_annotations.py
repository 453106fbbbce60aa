"""Hand annotations of claims, dev set part 22: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3828, _252, _346, _457, _3794), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev19_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_252 (`В среду началась новая сессия Конгресса США. Вновь избранные … .
  Республиканское большинство …`), factru-book_346 (`Сенатор Джон Керри прибыл … . … Ожидается, что
  Керри задаст …`) and factru-book_457 (`Правительство Кипра отмечает … . По итогам 2005 года доходы
  …`) have whole lead paragraphs on the first line; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 /
  dev19 rule the first line is the title and carries no claim, so their annotation starts on the second
  paragraph. The lead lines under the titles of factru-book_3828 (`Цахиагийн Элбэгдорж набрал чуть
  более 50% …`) and factru-book_3794 (`Цена журнала составила £469 млн`, no final punctuation, but a
  full asserting sentence that does not repeat the title, dev10 / dev14 / dev15; and the second deck
  `Новыми владельцами … станут …`) are body text and are annotated.
- Intertitle. factru-book_252's `Демократы готовятся «дать отпор»` stands on its own line in the middle
  of the body, without final punctuation, and heads the section that follows (it repeats that
  paragraph's `призвал … «дать отпор»`): a heading, so no claim, although it has a predicate. The
  dev10 / dev14 / dev15 rule (a line without final punctuation is annotated when it is a full sentence
  not repeating the title) was made for decks under the title, not for section headings; I was unsure
  here.
- Speakers. `В Центризбиркоме сообщают, что …` takes `Центризбиркоме` (guidelines `на Западе не
  исключают` → `Западе`, dev13 `Британии`). `Оппоненты президента из Народной партии при этом заявляют,
  что …` takes the whole head noun phrase with the prepositional phrase that says who they are
  (`Оппоненты президента из Народной партии`, like the guidelines' `источник в правительстве`).
  `Бонер объявил, что …` takes the name as written (a misspelling of `Бенер`). `Президент Обама …
  написал …, что …` takes `Обама`; `по словам президента` → `президента`; `сенатор подчеркнул` →
  `сенатор` (no name in that sentence). `…, отмечает РБК` closes only the sentence it ends (test1:
  attribution does not carry over), so the earlier sentences of that paragraph stay the author's, apart
  from the one with its own frame (`В Центризбиркоме сообщают`).
- Attribution in a subordinate part (dev7): `По пути Керри сделал остановку в Кабуле, где … отметил,
  что …, и что …` is Керри's claim (one claim: the main clause, the relative clause and the frame's
  two content clauses); its types join the main clause's event with the content's `предстоит решить`
  (predictive only, not normative, as dev5's `предстоит урегулировать`) and the judgements
  `«критический момент»`, `«ряд очень серьезных проблем»` (evaluative). `обеим странам` identifies the
  referents already named: not quantitative.
- Reported namings and goals. `Бенер уже назвал реформу … «убийцей рабочих мест», поскольку она будет
  очень дорогой …` is Бенер's reported judgement (dev19 `назвал его маленьким Парижем`: evaluative
  without event), causal for `поскольку`; the future in the reason clause adds no predictive (dev: a
  subordinate clause adds only causal, evaluative and numbers). `Бонер объявил, что цель нового
  Конгресса – вернуть управление …` (a stated purpose, zero copula) is causal only, as dev13's `Цель
  мероприятия — создать …`.
- Hedges. `Республиканцам, однако, вряд ли удастся поставить крест …` asserts a low likelihood with a
  probability adverb: medium, like dev13's `крайне маловероятно` (the probability word is a medium cue
  whatever its degree); polarity positive, since `вряд ли` is not `не`/`ни`/`нет` on the predicate (as
  `мало-` is no `не`). Its inner `однако` is a parenthetical word inside the clause and is kept. The
  following `однако они могут преуспеть в том, что …` has its own subject and is split (dev13 `однако`
  joining two clauses), the leading `однако` left out; `могут преуспеть` is epistemic: low.
  `посредством сокращения финансирования` gives the method of the obstruction (dev17 `проанализировав
  …`: method), not a cause. `ожидаются` (`Ожесточенные дебаты … ожидаются`) and `Закрытие сделки
  ожидается в конце года` are predictive, medium (guidelines). `порядка 21%` is medium, like `около`,
  `примерно`; `чуть более 50%`, `чуть больше 9%` and `до 19%` bound the number (dev16 `почти`) and stay
  high. `предварительные итоги` is the object of the publication, not a hedge of the claim: high.
- Plans and intentions. `обещают ликвидировать …` (dev2 `пообещал`), `Законодатели также выразили
  намерение сформировать комиссию …` (dev19 `выразили желание`), `Кипрское правительство намерено
  ужесточить …`, `Вашингтон хочет видеть Исламабад своим «реальным союзником»` (dev9 `хочет
  сохранить`), `республиканцы намерены встать на пути прогресса` and `Компания согласилась выкупить …`
  (an agreed future action, dev18 `договорились установить`) are predictive event. The zero-copula
  `В планах республиканцев также попытки сократить …` and `Также на повестке дня создание рабочих мест
  …` state planned or agenda items (dev15: what a plan provides for, stated as the planned outcome):
  predictive event; the latter continues Пелоси's statement without a frame of its own, so it is the
  author's (test1). Future-only clauses (`станут`, `будет выкуплена`, `увеличит`, `будет одним из
  главных приоритетов`, `посвятит все усилия`) are predictive without event (dev19). `Pearson Plc
  объявила о заключении соглашения … о продаже …` (nominal object) is the author's event (dev13
  `объявила о завершении сделки`); the future of its relative clause `которые будут выплачены
  наличными` adds no predictive (dev16). `В этой связи Барак Обама призвал однопартийцев-демократов
  «дать отпор» …` (a call with an infinitive) is the author's event; `В этой связи` is a topic link, not
  causal (dev13).
- Causal: `что позволит ему избежать второго тура` (a consequence by the verb in a subordinate clause,
  dev4 / dev10 `это позволит`), `а потому` in the opponents' content, `в результате промежуточных
  выборов` in a relative clause (dev4), `поскольку`, `нанесут вред американскому народу` (a cause and
  its effect by the verb, dev6), `в попытке покрыть дефицит` (purpose, dev19 `в надежде снизить`),
  `для независимого расследования` (purpose), `обусловлена … развитием оффшорного сектора`, `по итогам
  сделки` (dev8 / dev10 `по итогам`).
- Numbers: `50,2%`, `(41%)` (a parenthesised noun phrase, kept inside its clause, dev9), `чуть больше
  9%`, `половина жителей страны` (a share, dev3), `на каждые 10 трудоустроенных граждан приходится один
  безработный` (a ratio), `дефицит размером более триллиона долларов` (the size of an existing deficit
  in an attributive phrase, dev10; not the aim of the purpose phrase, unlike dev7's `вырастить в Москве
  10 детей`), `Около трети`, the percentages and sums of factru-book_457 and factru-book_3794, `пороговое
  значение в 10 тысяч кипрских фунтов` (a measured amount in an attributive phrase, dev10), `50-процентной
  доли` (dev12 `двукратном`), `который до этого владел 4,7% акций` (an amount in a relative clause, dev2)
  are quantitative. `второй срок`, `второго тура`, `Второе место`, `Первая в истории страны`, `112
  созыва` (ordinals), `небольшая часть`, `Оставшаяся часть` (vague / anaphoric, dev5), `обеим странам`,
  `все акции класса В` (a class name) are not.
- Evaluative: `распределяются нечестно` (the opponents' judgement; fused `не-`, so positive, test2),
  `сложной ситуации`, `убийцей рабочих мест`, `безответственными`, `встать на пути прогресса`, `первой
  жертвой`, `Ожесточенные дебаты` (like `крайне жёстким`), `камнем преткновения`, `«критический
  момент»`, `очень серьезных проблем`, `признали провалы` (guidelines `провал`; the relative clause
  states what the reports contain, not an identification, so it adds its judgement, dev7).
  `так называемого оборонного налога` only introduces the official name of a tax (the Special
  Contribution for Defence), without the distancing irony of dev8's `так называемых "иностранных
  агентов"` or dev10's `так называемого дворца Путина`: not evaluative. `охотно вкладывают` (manner),
  `основным вопросом`, `устойчивым развитием` (the economic term), `старейшего делового еженедельника`,
  `ведущих европейских изданий` (factual descriptors / rankings, dev7 / dev12) are not evaluative.
- `В целом Аньелли контролируют до 19% рынка … в Италии и до 18% — в Испании`: the gapped second part
  has no subject of its own (it shares `Аньелли` and `контролируют`), so it is one claim.
  `Парламент … проголосовал за резолюцию, осуждающую …` and `Начальники … представили парламенту краткие
  отчеты, в которых признали провалы …` (admission with a nominal object, no content clause) are the
  author's events.
"""

DOCS = {
    "factru-book_3828": (None, [
        ("Цахиагийн Элбэгдорж набрал чуть более 50% голосов избирателей",
         "quantitative event", None, "+", "high"),
        ("ЦИК Монголии опубликовал предварительные итоги президентских выборов",
         "event", None, "+", "high"),
        ("Главой государства вновь стал кандидат от демократических сил, бывший журналист, обучавшийся во "
         "Львовском высшем военно-политическом училище Цахиагийн Элбэгдорж",
         "event", None, "+", "high"),
        ("В Центризбиркоме сообщают, что действующий глава государства набрал 50,2% голосов, что позволит ему "
         "избежать второго тура",
         "quantitative causal event", "Центризбиркоме", "+", "high"),
        ("Второе место (41%) занял представитель Монгольской народной партии, бывший чемпион по борьбе "
         "Бадманьямбу Балерден",
         "quantitative event", None, "+", "high"),
        ("Первая в истории страны женщина, претендовавшая на президентское кресло - министр здравоохранения "
         "Натсаг Удвал - получила чуть больше 9%, отмечает РБК",
         "quantitative event", "РБК", "+", "high"),
        ("Отметим, что основным вопросом на выборах была экономика",
         "event", None, "+", "high"),
        ("При Элбэгордже в страну приходят иностранные инвестиции – зарубежные компании охотно вкладывают деньги "
         "в горнодобывающую отрасль",
         "event", None, "+", "high"),
        ("Оппоненты президента из Народной партии при этом заявляют, что полученные средства распределяются "
         "нечестно, а потому половина жителей страны живут за чертой бедности",
         "quantitative causal evaluative event", "Оппоненты президента из Народной партии", "+", "high"),
    ]),
    "factru-book_252": (None, [
        ("Место спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бенер",
         "event", None, "+", "high"),
        ("Он стал преемником первой женщины-спикера Нэнси Пелоси и получил молоток (символ власти спикера) из "
         "рук своей предшественницы",
         "event", None, "+", "high"),
        ("Бонер объявил, что цель нового Конгресса – вернуть управление страной в руки граждан",
         "causal", "Бонер", "+", "high"),
        ("Республиканцы, которые в результате промежуточных выборов также увеличили свое присутствие в Сенате, "
         "обещают ликвидировать реформу здравоохранения, начатую президентом Обамой",
         "predictive causal event", None, "+", "high"),
        ("Бенер уже назвал реформу здравоохранения «убийцей рабочих мест», поскольку она будет очень дорогой "
         "для госбюджета",
         "causal evaluative", "Бенер", "+", "high"),
        ("Джон Бенер заявил, что страна находится в сложной ситуации, когда на каждые 10 трудоустроенных "
         "граждан приходится один безработный, а цены на медицинские услуги для семей и малого бизнеса "
         "постоянно растут",
         "quantitative evaluative event", "Джон Бенер", "+", "high"),
        ("Республиканцам, однако, вряд ли удастся поставить крест на усилиях президента",
         "predictive", None, "+", "medium"),
        ("они могут преуспеть в том, что будут ставить препятствия на пути реформы здравоохранения посредством "
         "сокращения финансирования",
         "predictive", None, "+", "low"),
        ("Демократы, потерявшие места в Конгрессе после ноябрьских выборов, заявляют, что такие действия будут "
         "безответственными и нанесут вред американскому народу",
         "predictive causal evaluative", "Демократы", "+", "high"),
        ("Президент Обама в свою очередь написал на своей страничке в социальной сети Twitter, что "
         "республиканцы намерены встать на пути прогресса",
         "predictive evaluative event", "Обама", "+", "high"),
        ("Их первой жертвой, по словам президента, становится реформа здравоохранения",
         "evaluative event", "президента", "+", "high"),
        ("В этой связи Барак Обама призвал однопартийцев-демократов «дать отпор» республиканцам",
         "event", None, "+", "high"),
        ("Ожесточенные дебаты между республиканцами и демократами ожидаются также по поводу инициатив "
         "американского правительства по стимулированию экономики",
         "predictive evaluative", None, "+", "medium"),
        ("Еще одним камнем преткновения будет вопрос об увеличении долгового потолка для федеральных заемов в "
         "попытке покрыть дефицит размером более триллиона долларов",
         "predictive quantitative causal evaluative", None, "+", "high"),
        ("В планах республиканцев также попытки сократить федеральные расходы и сократить госаппарат",
         "predictive event", None, "+", "high"),
        ("Бывший спикер палаты представителей, Нэнси Пелоси, которая сейчас является главой демократического "
         "меньшинства, отметила, что борьба с дефицитом будет одним из главных приоритетов демократов Палаты "
         "представителей 112 созыва",
         "predictive", "Нэнси Пелоси", "+", "high"),
        ("Также на повестке дня создание рабочих мест и укрепление экономических позиция среднего класса",
         "predictive event", None, "+", "high"),
        ("В Сенате, где демократам удалось сохранить за собой большинство, спикер Гарри Рид заявил, что "
         "посвятит все усилия воплощению в жизнь планов Барака Обамы по созданию новых рабочих мест и "
         "укреплению экономики",
         "predictive", "Гарри Рид", "+", "high"),
    ]),
    "factru-book_346": (None, [
        ("По пути Керри сделал остановку в Кабуле, где в беседе с корреспондентами в афганской столице "
         "отметил, что отношения Америки с Пакистаном переживают «критический момент», и что обеим странам "
         "предстоит решить «ряд очень серьезных проблем»",
         "predictive evaluative event", "Керри", "+", "high"),
        ("При этом сенатор подчеркнул, что Вашингтон хочет видеть Исламабад своим «реальным союзником» в "
         "борьбе с мировым террором",
         "predictive event", "сенатор", "+", "high"),
        ("Накануне парламент Пакистана проголосовал за резолюцию, осуждающую американский рейд на территории "
         "их страны",
         "event", None, "+", "high"),
        ("Законодатели также выразили намерение сформировать комиссию для независимого расследования этого "
         "инцидента",
         "predictive causal event", None, "+", "high"),
        ("Начальники генштаба и разведывательных служб Пакистана представили парламенту краткие отчеты, в "
         "которых признали провалы в своей работе и готовность нести за них ответственность",
         "evaluative event", None, "+", "high"),
    ]),
    "factru-book_457": (None, [
        ("Около трети бюджетных доходов обеспечены поступлениями от корпоративного налога",
         "quantitative event", None, "+", "medium"),
        ("В прошедшем году они увеличились на 16 процентов до 237,6 миллиона кипрских фунтов",
         "quantitative event", None, "+", "high"),
        ("Поступления от так называемого оборонного налога на корпоративные дивиденды и процентные выплаты по "
         "депозитам выросли на 24 процента до 111,2 миллиона фунтов",
         "quantitative event", None, "+", "high"),
        ("Такая динамика обусловлена, главным образом, устойчивым развитием оффшорного сектора",
         "causal event", None, "+", "high"),
        ("Вместе с тем на 10 процентов сократились выплаты налога на доходы налогоплательщиков, имеющих "
         "собственный бизнес (self-employed)",
         "quantitative event", None, "+", "high"),
        ("В прошлом году выяснилось, что лишь небольшая часть таких налогоплательщиков декларируют доходы, "
         "превышающие пороговое значение в 10 тысяч кипрских фунтов",
         "quantitative event", None, "+", "high"),
        ("Кипрское правительство намерено ужесточить борьбу с подобными нарушениями",
         "predictive event", None, "+", "high"),
    ]),
    "factru-book_3794": (None, [
        ("Цена журнала составила £469 млн",
         "quantitative event", None, "+", "high"),
        ("Новыми владельцами старейшего делового еженедельника станут семья Аньелли и семья Ротшильд",
         "predictive", None, "+", "high"),
        ("Pearson Plc объявила о заключении соглашения с инвестиционным фондом Exor SpA о продаже своей "
         "50-процентной доли в The Economist Group за £469 млн, которые будут выплачены наличными",
         "quantitative event", None, "+", "high"),
        ("Exor SpA принадлежит итальянской семье Аньелли, которая владеет автомобильным концерном Fiat Chrysler, "
         "а также целым рядом изданий в Италии и Испании",
         "event", None, "+", "high"),
        ("Компания согласилась выкупить 27,8% обыкновенных акций в The Economist Group, а также все акции "
         "класса В на общую сумму £287 млн",
         "predictive quantitative event", None, "+", "high"),
        ("Оставшаяся часть обыкновенных акций будет выкуплена самой The Economist Group",
         "predictive", None, "+", "high"),
        ("Закрытие сделки ожидается в конце года",
         "predictive", None, "+", "medium"),
        ("Представителям семьи Ротшильд сэру Ивлину де Ротшильду и его жене леди Линн Форрестер де Ротшильд "
         "уже принадлежит порядка 21% акций The Economist",
         "quantitative event", None, "+", "medium"),
        ("Семья Аньелли по итогам сделки увеличит свою долю через инвестфонд Exor, который до этого владел 4,7% "
         "акций журнала",
         "predictive quantitative causal", None, "+", "high"),
        ("Отметим, что семье принадлежит ряд ведущих европейских изданий, среди которых La Stampa, Corriere "
         "della Sera, La Gazzetta dello Sport, El Mundo",
         "event", None, "+", "high"),
        ("В целом Аньелли контролируют до 19% рынка ежедневной прессы в Италии и до 18% — в Испании",
         "quantitative event", None, "+", "high"),
    ]),
}
