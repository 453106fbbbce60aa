"""Hand annotations of claims, dev set part 31: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_260, _3573, _3543, _461, _344), annotated by hand by reading the texts (not
from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev28_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_260 (`Недоглядел Посла Японии уволили за то, что …`, a title run together with
  a deck), factru-book_3573 (`Ежедневно в мессенджере отправляется два миллиарда сообщений, …`) and
  factru-book_461 (`В интервью газете «Труд» академик … назвал … не стоящей и выеденного яйца.`) have a
  full sentence on the first line; by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 /
  dev28 rule the first line is the title and carries no claim. factru-book_3573's first line is repeated
  in its body and annotated there. The decks under the titles of factru-book_3543 (`Дмитрий Медведев
  доверил пост …`) and factru-book_344 (`В компании уверены, что …`, repeated in the body as `Эксперты
  компании убеждены, что …` and annotated in both places, dev4 / dev5) are body text and are annotated.
  The closing cross-references `О том, почему площадкой … читайте в статье …` (factru-book_3543) and `О
  развитии бизнеса социальных игр читайте в статье …` (factru-book_344) are navigation: no claim.
- Two reported clauses under one `Напомним` (factru-book_260 `Напомним также, что после поездки … Н. Кан
  заявил, что этот визит «вызывает сожаление», а глава японского МИДа Сэйдзи Маэхара отметил, что …`):
  `Напомним` is the author's discourse formula, not a source's frame (dev11), and the two coordinated
  clauses have their own subjects and their own reporting frames with different speakers, so they are
  two claims (dev17 `Insidefacebook считает, что A, а The Wall Street Journal … заявляет, что B`), the
  first keeping `Напомним также, что`, the second leaving out `а`. Both contents judge the visit
  (evaluative) and state an effect through the verb (`вызывает сожаление`, `ранит чувства`: causal, like
  dev26 `вызвало большой резонанс`, dev25 `возмущение … вызывает`); `после поездки` is temporal.
- Impersonal frames. `Подчеркивается, что …`, `Утверждалось, что …`, `При этом также сообщалось, что
  …` (factru-book_3573) take the verb as the speaker span (dev `подчёркивалось`, dev15 `Как
  утверждалось`). `Считается, что …` (factru-book_461) takes `Считается` (dev19). `Предполагается, что
  его место займёт …` (factru-book_260, a future appointment) is the author's predictive claim, medium,
  as dev15 read `Предполагается, что P` (dev16 read a bare supposition about present contents as low;
  here P is an expected future event, like `Ожидается, что`). `как известно` is the author's formula
  (dev5 / dev19). `В объявлении не уточняется, придётся ли …` has an indirect question as its content,
  so it is the author's event (dev2 / dev4), negative.
- Attribution in a subordinate part (dev7 / dev10 / dev11 / dev20): `Фонд купил активы компаний …, что,
  как утверждал создатель мессенджера, было совершено незаконно` takes `создатель мессенджера` (the
  accusation `незаконно` is evaluative, dev6); `Было выпущено приложение Telergam HD, заявленное
  Дуровым как новое официальное` (a participle of saying with a predicative complement, like dev11's
  `считающий … странными`) takes `Дуровым`. I was unsure about both, since the main clause is the
  author's report of a fact. `Исходя из заявления президента, понятно, что у проекта будут … иностранные
  партнёры, в числе которых, по словам главы государства, будут и представители …` (factru-book_3543)
  takes `главы государства` (the `по словам X` of its relative clause; the author's inference `Исходя из
  …, понятно` rests on the same statement); `Исходя из` gives the ground of the inference: causal
  (dev11 `Получается, что`), and future only: predictive without event.
- Unframed quotations. factru-book_461 `Поэтому планы … — это иллюзия: «На самом деле вся эта шумиха …
  не стоит и выеденного яйца»` is one claim (elaboration after `:`); the elaboration is a direct
  quotation of Сагдеев (the article's only quoted speaker, whose words the title line also cites), so, as
  an unattributed quotation takes its nearest naming (dev3 / dev24), the claim is Сагдеев's (span the
  `Сагдеев` of the preceding `— говорит Сагдеев`); polarity from the main `это иллюзия` (positive);
  causal (`Поэтому`) evaluative (`иллюзия`, `шумиха`). I was unsure whether the first clause should
  instead be the author's. `Слова Сагдеева из интервью: «…»` is a label without a predicate, joined with
  its quotation in one claim (dev11 speaker labels), speaker `Сагдеева`. The sentences of paragraph 4
  (`Планы создания базы … — совершенно нереальны`, `Да и гелий-3 понадобится …`) and `Хотя, запасы
  дейтерия …`, `Для создания термоядерного реактора … понадобится ещё около 100 лет` plainly go on with
  Сагдеев's views but have no frame of their own: the author's (test1, dev4, dev15, dev28).
  factru-book_3573's `Ежедневно в мессенджере отправляется два миллиарда сообщений …` between two
  `По словам Дурова` / `по заверению Дурова` sentences has no frame: the author's. `При этом годовой
  рост аудитории составил 8,4%` after `Согласно comScore` likewise.
- Quotation speakers. Medvedev's two quotations in factru-book_3543: the first (`«Были проведены … .
  Мною принято решение, что …», — цитирует «Взгляд» Дмитрия Медведева`) takes the quoted person
  `Дмитрия Медведева` (test2 / dev16) for both sentences; the second, closed by `— заявил Дмитрий
  Медведев`, takes `Дмитрий Медведев` for each of its six sentences (looked up through the context `—
  заявил `, since the deck names him too). `В компании уверены` → `компании` (dev13 `Британии`), `Эксперты
  компании` (head noun with its genitive, dev18), `Согласно comScore` → `comScore`, `Как сообщает РБК` →
  `РБК`, `премьер-министр Японии Н. Кан` → `Н. Кан`, `Академик Сагдеев` → `Сагдеев`.
- Types. `Мною принято решение, что … возглавит …` is a decision on a future appointment (dev27 `Я принял
  решение об отмене …`): predictive event. `Именно на базе взаимодействия науки и бизнеса должен
  появиться и работать инноград` (the author's; inanimate subject, the intended design of the project)
  is read as an expectation, predictive (dev `расценки должны снизиться`), not a prescription (dev9). In
  Medvedev's quotation `Самое главное, чтобы там появились люди` is normative (dev19 `Главное — …`),
  `Для того чтобы люди появились, должна быть внятная система управления` normative causal, `Эта
  система управления зависит от нас` causal event (dev18 / dev26 `зависит`), `Всё это затеяли не ради
  того, чтобы …` causal event and positive (`не` on the purpose adjunct, not the predicate, like `не …,
  а …`), `Это всё важно, но это всё инфраструктура` evaluative without event (zero copula). His last
  sentence `Я думаю, что с учётом …, я считаю, что координацией российский бизнес и мог бы заняться` is a
  recommendation (dev28 `Было бы неплохо, …`): normative causal (`с учётом`, dev3), medium for `думаю`
  (test2); `мог бы` here proposes, it does not weigh a possibility, so it adds no low cue; I was unsure.
  `Планы создания базы на Луне к 2015 году … — совершенно нереальны` judges the plans unrealisable and so
  predicts they will not be carried out (dev28 `тщетны`): predictive evaluative, zero copula, positive
  (fused `не-`). `Поэтому планы … — это иллюзия: …` is kept causal evaluative (the judgement of the hype
  is its point). `гелий-3 понадобится не ранее чем через 80 — 100 лет` and `понадобится ещё около 100
  лет` assert the span of time that is the news of the clause (dev10 `более 20 лет был агентом`):
  quantitative; `не ранее чем` negates the adverbial, not the predicate: positive. `«Словом, построение
  гелиевого реактора — задача даже не XXI, а XXII века»` dates the achievement: predictive, positive (`не
  …, а …`); `Словом` sums up, it is not causal (dev19 `Другими словами`). `В обязанности счастливчика …
  будет входить …` (factru-book_344) states the duties of the future post (dev18 `ответственность …
  лежит на …`): normative predictive, evaluative for the author's ironic `счастливчика`; `Требования,
  предъявляемые к кандидату, включают …` is normative event (dev19 `Необходимые качества …`).
  `Потенциальному кандидату предлагается воспользоваться «редкой возможностью …»` is the author's event
  (dev15 `предлагается наделить`); the guillemets cite the advertisement (dev20), so no evaluative.
  `Поводом для отзыва стал тот факт, что …`, `Такой вывод позволяет сделать появление новой вакансии`,
  `игры заставляют пользователей …`, `конфликт из-за прав на приложение`, `Это выступление президента
  вполне объясняет выбор …` (also evaluative for the author's `вполне`) are causal. `популярность Telegram
  возросла после того, как мессенджер WhatsApp был куплен …` is not (temporal `после того, как`, dev3 /
  dev13 / dev20), though the sequence suggests a cause.
- Numbers. `с 50 до 62 млн человек`, `два миллиарда сообщений, что вдвое больше`, `220 тыс. человек
  против 145 тыс.`, `за 19 млрд долларов` (in the subordinate clause, dev2), `удвоилось и достигло 800
  млн`, `6,4 млрд долларов` (in a relative clause), `от 100 до 200 млн долларов`, `более 1 млрд человек`
  (`более` bounds the number: high, dev20), `8,4%`, `714 млн`, `30%` are quantitative. `Виктор Вексельберг
  — бизнесмен с 30-летним стажем, капитал которого оценивается в 6,4 млрд долларов` is quantitative
  without event (zero-copula main clause with a number, test2 / dev14); `оценивается` is a valuation, no
  hedge (dev11). `30-летним` (attributive), `30-х Королёвских чтениях`, `Первый клиент` (ordinals),
  `гелия-3`, `HTML5` (names with digits), `через год после этого`, `31 октября`, `22 декабря` (time
  points and dates), `на тысячелетия`, `значительной части`, `Всё меньше`, `некоторые пользователи`
  (vague) are not.
- Evaluative: `успехах` (the author's word for Durov's figures, the opposite of the listed `провал`),
  `недовольны политикой Facebook` (the users' judgement of a policy, reported as a fact, like dev24's
  `его работа очень понравилась`; fused `не-`: positive), `уникального Центра` (dev6 / dev15
  `уникальн…`), `легендарной аркады` (a value-laden epithet, dev11 `Культовые`), `счастливчика`,
  `вполне объясняет`, `нереальны`, `иллюзия`, Сагдеев's `внутренне улыбаюсь … сочувствую … в плену
  иллюзий`. `популярнейший одноимённый поисковик`, `популярных игр` (factual rankings, dev7),
  `интернет-гиганта` (descriptor, dev7), `основным проектом`, `большой инновационной стройки` (size) and
  the supporters' `выгодная и перспективная задача` (their judgement in a relative clause, not the
  speaker's, dev7) are not.
- Spans. Sentence-initial `Однако` is kept (dev13 / dev15 / dev19 / dev28), also with its comma in
  `Однако, как известно, …` (the later practice rather than dev8's reading of test1); `Да и` and a leading
  `А` are left out (dev10 / dev20); detached `Хотя,` is kept (test1). factru-book_3573 puts a space before
  each final full stop; the spans end at the last word.
"""

DOCS = {
    "factru-book_260": (None, [
        ("Посол Японии в России Масахару Коно будет снят с должности",
         "predictive", None, "+", "high"),
        ("Поводом для отзыва стал тот факт, что дипмиссия не смогла вовремя предоставить правительству Страны "
         "восходящего солнца точных сведений о визите российского президента на Курильские острова",
         "causal event", None, "+", "high"),
        ("Ранее источники в посольстве докладывали, что Дмитрий Медведев воздержится от поездки",
         "predictive", "источники в посольстве", "+", "high"),
        ("Однако, как известно, глава России 31 октября всё же побывал с рабочей поездкой на южных островах "
         "архипелага",
         "event", None, "+", "high"),
        ("Как сообщает РБК, решение об увольнении Коно было принято 22 декабря",
         "event", "РБК", "+", "high"),
        ("Предполагается, что его место займёт посол Японии в Чехии Синдзи Харада, ранее возглавлявший отдел "
         "России в японском МИДе",
         "predictive", None, "+", "medium"),
        ("Напомним также, что после поездки Дмитрия Медведева на Курилы премьер-министр Японии Н. Кан заявил, что "
         "этот визит «вызывает сожаление»",
         "causal evaluative event", "Н. Кан", "+", "high"),
        ("глава японского МИДа Сэйдзи Маэхара отметил, что этот поступок «ранит чувства японского народа»",
         "causal evaluative event", "Сэйдзи Маэхара", "+", "high"),
        ("На следующий день он отозвал из России посла",
         "event", None, "+", "high"),
        ("Однако через некоторое время представитель японского дипломатического ведомства вновь вернулся в Москву",
         "event", None, "+", "high"),
    ]),
    "factru-book_3573": (None, [
        ("Основатель \"ВКонтакте\" Павел Дуров рассказал об успехах Telegram",
         "evaluative event", None, "+", "high"),
        ("Этот мессенджер стал основным проектом Дурова после его ухода с поста руководителя российской "
         "социальной сети",
         "event", None, "+", "high"),
        ("По словам Дурова, с декабря 2014 года число пользователей Telegram увеличилось с 50 до 62 млн человек",
         "quantitative event", "Дурова", "+", "high"),
        ("Ежедневно в мессенджере отправляется два миллиарда сообщений, что вдвое больше, чем в конце прошлого "
         "года",
         "quantitative event", None, "+", "high"),
        ("Ежедневно, по заверению Дурова, Telegram пользуются 220 тыс. человек против 145 тыс. в декабре 2014 "
         "года",
         "quantitative event", "Дурова", "+", "high"),
        ("NEWSru.com отмечает, что мессенджер распространен в Европе, Латинской Америке, Индии, арабских странах "
         "и в Юго-Восточной Азии",
         "event", "NEWSru.com", "+", "high"),
        ("Подчеркивается, что популярность Telegram возросла после того, как мессенджер WhatsApp был куплен "
         "Facebook за 19 млрд долларов",
         "quantitative event", "Подчеркивается", "+", "high"),
        ("Утверждалось, что через год после этого число активных пользователей мессенджера удвоилось и достигло "
         "800 млн человек",
         "quantitative event", "Утверждалось", "+", "high"),
        ("При этом также сообщалось, что некоторые пользователи были недовольны политикой Facebook и начали "
         "искать альтернативные мессенджеры",
         "evaluative event", "сообщалось", "+", "high"),
        ("Первый клиент для Telegram на iOS был представлен в августе 2013 года",
         "event", None, "+", "high"),
        ("В 2014 году между Дуровым и фондом UCP произошел конфликт из-за прав на приложение",
         "causal event", None, "+", "high"),
        ("Фонд купил активы компаний, контролирующих Telegram, что, как утверждал создатель мессенджера, было "
         "совершено незаконно",
         "evaluative event", "создатель мессенджера", "+", "high"),
        ("Было выпущено приложение Telergam HD, заявленное Дуровым как новое официальное",
         "event", "Дуровым", "+", "high"),
        ("Впоследствии конфликт был решен в досудебном порядке",
         "event", None, "+", "high"),
    ]),
    "factru-book_3543": (None, [
        ("Дмитрий Медведев доверил пост руководителя иннограда миллиардеру Виктору Вексельбергу",
         "event", None, "+", "high"),
        ("Всё меньше остаётся нерешённых вопросов, касающихся возведения в России уникального Центра по "
         "разработке и коммерциализации новых технологий",
         "evaluative event", None, "+", "high"),
        ("Власти уже не только выбрали площадку для строительства отечественной Кремниевой долины в подмосковном "
         "Сколково, а также частично одобрили концепцию наукограда, но и определили куратора большой "
         "инновационной стройки",
         "event", None, "+", "high"),
        ("«Были проведены определённые консультации по поводу того, кто конкретно мог бы осуществлять такого рода "
         "работу",
         "event", "Дмитрия Медведева", "+", "high"),
        ("Мною принято решение, что российскую часть этой координирующей структуры, которую мы создадим, "
         "возглавит Виктор Феликсович Вексельберг», — цитирует «Взгляд» Дмитрия Медведева",
         "predictive event", "Дмитрия Медведева", "+", "high"),
        ("Исходя из заявления президента, понятно, что у проекта будут не только российские инвесторы, но и "
         "иностранные партнёры, в числе которых, по словам главы государства, будут и представители иностранных "
         "научных кругов",
         "predictive causal", "главы государства", "+", "high"),
        ("Именно на базе взаимодействия науки и бизнеса должен появиться и работать инноград",
         "predictive", None, "+", "high"),
        ("«Всё это затеяли не ради того, чтобы построить определённое количество коттеджей или же создать там "
         "нормальные производственные условия, лаборатории",
         "causal event", ("Дмитрий Медведев", "— заявил "), "+", "high"),
        ("Это всё важно, но это всё инфраструктура",
         "evaluative", ("Дмитрий Медведев", "— заявил "), "+", "high"),
        ("Самое главное, чтобы там появились люди",
         "normative", ("Дмитрий Медведев", "— заявил "), "+", "high"),
        ("Для того чтобы люди появились, должна быть внятная система управления",
         "normative causal", ("Дмитрий Медведев", "— заявил "), "+", "high"),
        ("Эта система управления зависит от нас",
         "causal event", ("Дмитрий Медведев", "— заявил "), "+", "high"),
        ("Я думаю, что с учётом масштабности этого проекта, а с другой стороны, того, что в реализации этого "
         "проекта должны быть заинтересованы не только государственные структуры, но, прежде всего, российский "
         "бизнес, я считаю, что координацией российский бизнес и мог бы заняться», — заявил Дмитрий Медведев",
         "normative causal", "Дмитрий Медведев", "+", "medium"),
        ("Это выступление президента вполне объясняет выбор руководителя проекта",
         "causal evaluative event", None, "+", "high"),
        ("Виктор Вексельберг — бизнесмен с 30-летним стажем, капитал которого оценивается в 6,4 млрд долларов",
         "quantitative", None, "+", "high"),
        ("Вексельберг является главой правления ОАО «Тюменская нефтяная компания» (ТНК) и президентом ЗАО "
         "«Ренова»",
         "event", None, "+", "high"),
        ("Именно он является владельцем значительной части российского титана и алюминиевого бизнеса",
         "event", None, "+", "high"),
    ]),
    "factru-book_461": (None, [
        ("Академик Сагдеев сказал, что на недавно прошедших 30-х Королёвских чтениях тон задавали сторонники "
         "лунных проектов, которые доказывали, что добыча гелия-3 на Луне выгодная и перспективная задача",
         "event", "Сагдеев", "+", "high"),
        ("Считается, что термоядерные реакторы, работающие на гелии-3, обеспечат человечество энергией на "
         "тысячелетия",
         "predictive", "Считается", "+", "high"),
        ("Планы создания базы на Луне к 2015 году и добыча и транспортировка гелия-3, которые были представлены на "
         "чтениях — совершенно нереальны",
         "predictive evaluative", None, "+", "high"),
        ("гелий-3 понадобится не ранее чем через 80 — 100 лет",
         "predictive quantitative", None, "+", "high"),
        ("Академик Сагдеев сказал, что всё еще не существуют реакторы, работающие на дейтерии и тритии",
         "event", "Сагдеев", "-", "high"),
        ("Хотя, запасы дейтерия в морской воде практически неограничены",
         "event", None, "+", "high"),
        ("Для создания термоядерного реактора, работающего на гелии-3, понадобится ещё около 100 лет",
         "predictive quantitative causal", None, "+", "medium"),
        ("«Словом, построение гелиевого реактора — задача даже не XXI, а XXII века» — говорит Сагдеев",
         "predictive", "Сагдеев", "+", "high"),
        ("Поэтому планы создания базы на Луне и добыча там гелия-3 — это иллюзия: «На самом деле вся эта шумиха, "
         "связанная с предложением добывать гелий-3 на Луне, не стоит и выеденного яйца»",
         "causal evaluative", ("Сагдеев", "» — говорит "), "+", "high"),
        ("Слова Сагдеева из интервью: «Когда о добыче гелия-3 на Луне рассказывает, например, руководитель РКК "
         "„Энергия“ Николай Севастьянов, я внутренне улыбаюсь и даже где-то сочувствую такому увлеченному "
         "человеку, оказавшемуся, как это ни удивительно, в плену иллюзий»",
         "evaluative event", "Сагдеева", "+", "high"),
    ]),
    "factru-book_344": (None, [
        ("В компании уверены, что именно игры заставляют пользователей проводить больше времени в социальных "
         "сетях, чем на сайтах её многочисленных сервисов",
         "causal event", "компании", "+", "high"),
        ("Корпорация Google, которой принадлежит популярнейший одноимённый поисковик, решила осваивать новый "
         "сегмент — социальные игры",
         "event", None, "+", "high"),
        ("Такой вывод позволяет сделать появление новой вакансии, размещённой на сайте интернет-гиганта",
         "causal event", None, "+", "high"),
        ("Потенциальному кандидату предлагается воспользоваться «редкой возможностью развивать совершенно новый "
         "бизнес — игры в Google»",
         "event", None, "+", "high"),
        ("В обязанности счастливчика, которому удастся получить должность, будет входить определение лучших "
         "методов по внедрению, отслеживание этапов разработки и написание планов по запуску продукта",
         "normative predictive evaluative", None, "+", "high"),
        ("Требования, предъявляемые к кандидату, включают техническое образование, опыт предпринимательства и "
         "«сильные способности в области аналитики и количественного анализа с глубоким пониманием игровых "
         "платформ», сообщает NEWSru.com",
         "normative event", "NEWSru.com", "+", "high"),
        ("Работать будущий сотрудник будет в штаб-квартире Google, расположенной в городе Маунтин-Вью, штат "
         "Калифорния",
         "predictive", None, "+", "high"),
        ("В объявлении не уточняется, придётся ему работать с браузерной платформой на базе HTML5 или готовить "
         "продукт для мобильной ОС Android",
         "event", None, "-", "high"),
        ("В мае прошлого года корпорация Google открыла онлайн-магазин игр для пользователей её собственного "
         "браузера Chrome",
         "event", None, "+", "high"),
        ("Весной нынешнего года в Chrome Web Store появилась «настольная» HTML5-версия легендарной аркады Angry "
         "Birds",
         "evaluative event", None, "+", "high"),
        ("Кроме того, в 2010 году Google вложила в Zynga — разработчика популярных игр FarmVille и CityVille — "
         "сумму от 100 до 200 млн долларов",
         "quantitative event", None, "+", "high"),
        ("Эксперты компании убеждены, что именно игры заставляют пользователей проводить в социальной сети "
         "Facebook больше времени, чем на сайтах многочисленных сервисов Google",
         "causal event", "Эксперты компании", "+", "high"),
        ("Согласно comScore, в мае этого года на сайты поисковика зашло более 1 млрд человек",
         "quantitative event", "comScore", "+", "high"),
        ("При этом годовой рост аудитории составил 8,4%",
         "quantitative event", None, "+", "high"),
        ("В то же время на сайте Facebook побывало 714 млн",
         "quantitative event", None, "+", "high"),
        ("Однако рост числа посетителей тут уже 30%",
         "quantitative", None, "+", "high"),
        ("кроме того, пользователи провели в социальной сети больше времени",
         "event", None, "+", "high"),
    ]),
}
