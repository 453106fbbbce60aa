"""Hand annotations of claims, dev set part 35: real news articles (factRuEval-2016 texts, MIT).

Four whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3979, _3688, _99, _737), annotated by hand by reading the texts (not from
the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev33_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First and second lines. factru-book_99 has no title: its first line is the whole lead paragraph (`На
  заре первого дня Нового года нефть начали качать … Россия планирует отправлять … более 300 тысяч
  баррелей в день.`); by the dev / dev2 / dev7 / dev10 / dev12 / dev17 / dev21 / dev22 / dev28 / dev33
  rule the first line is the title and carries no claim, so its annotation starts on the second
  paragraph. The other three first lines are plain titles. factru-book_737's second line `Robot Sex
  Roxxxy заменит любовницу?` is a question (guidelines): no claim. The lead under factru-book_3979's
  title and the line under factru-book_3688's title are body text (test1 / test2) and are annotated.
- The «Ведомости» block (factru-book_3979). `Вечером в пятницу, … «Ведомости» неожиданно распространили
  следующую информацию:` is a frame paragraph with no content of its own, so it is joined with the first
  sentence of the quoted block in one claim whose span crosses the paragraph break (dev7 / dev11). The
  parenthesis `(он владеет им вместе с бизнесменом Алишером Усмановым)` is a whole clause with its own
  subject at the end of that sentence, so it is a claim of its own and the main span stops before `(`
  (dev8 / dev15); it keeps the speaker of the block. Every sentence of the «…» block takes `Ведомости`
  (the name in the frame, without its guillemets, dev / dev17 / dev32), including `По словам одного из
  них, эта сделка произошла …` and `один из собеседников «Ведомостей» слышал, что …`: attribution inside
  a quotation does not change the speaker (test2, dev11, dev25). I was unsure here, since the dev nested
  rule (the inner source whose assertion the content is) would give `одного из них` and `один из
  собеседников «Ведомостей»`; the quotation rule is the more specific one. `Об этом «Ведомостям»
  рассказали …` inside the block is the newspaper's own statement about its informants: an event, not a
  test2 `Об этом` sentence that re-attributes the preceding one (that sentence has its own frame,
  `распространили следующую информацию`, dev2). `Сумму сделки выяснить не удалось, но один из
  собеседников … слышал, что …` is split at `но` (impersonal `не удалось` with its own predicate, dev12);
  `слышал` (hearsay, dev7 `как говорят`) and the epistemic `могла пройти` make the second low. The
  block's closing ` »` is not adjacent to the span and is left out; `млрд.` and `2013 г.` keep the
  abbreviation's dot that also ends the sentence (dev11 / dev15 / dev33). The author's later `По словам
  источника «Ведомостей» …` takes `источника «Ведомостей»` (head noun with its genitive, dev6 `источник
  издания`).
- Durov's post (factru-book_3979). `Сам Павел Дуров первоначально не ответил на вопрос, однако позже
  опубликовал на своей странице в соцсети следующий текст:` is followed by his text in paragraphs without
  quotation marks. Its two predicates share one subject (one claim), and the second is a frame with no
  content of its own, so, like dev11's `Сделка нашла одобрение Президента …:` and `Сечин так
  прокомментировал соглашение …:`, the sentence is joined across the paragraph break with the first
  sentence of the post (the aphorism `То, чем Вы владеете, рано или поздно начинает владеть Вами`); the
  claim is Durov's and, as a reported claim, takes its polarity from the content's main predicate
  (`начинает владеть`: positive), not from the frame's `не ответил`. The aphorism is a generic judgement
  (dev6 `Не внедрять инновации — значит умереть`): evaluative, with event for the frame's acts. The
  later sentences of the post take `Павел Дуров` (dev11: the frame introduces all paragraphs of his
  words). In them: `До достижения идеала мне оставалось избавиться …` is quantitative (`12%-доли`, the
  size of the stake, dev22 `50-процентной доли`) and evaluative (`идеала`, his value judgement);
  `мне оставалось` ("there remained for me") states no obligation: not normative. `Я рад, что …` is
  evaluative event. `Это изменение едва ли отразится …` reads `едва ли` like dev22's `вряд ли`: medium,
  positive; the elaboration after `—` stays in the claim and gives its reason (`не из-за …, а потому,
  что …`: causal; the `не` negates the adjunct, positive). `Я никуда не ухожу и собираюсь продолжать …`
  shares its subject: one claim, negative from its first predicate (dev12 / dev16), predictive event.
  `ВКонтакте — лучшее, что было создано …` is a zero-copula judgement: evaluative without event (dev14).
  `И моя ответственность состоит в том, чтобы беречь и защищать эту сеть` states his duty (dev18 / dev31
  `ответственность … лежит на …`, `В обязанности … будет входить`): normative event, `И` left out.
- Other factru-book_3979 decisions. `Представитель United Capital Partners ответил …: «Долю Дурова … выкупали
  не мы»` is one claim (frame with the quotation after `:`, dev), positive: `не` negates the subject
  `мы` (a noun phrase), not the predicate `выкупали`, although the sentence works as a denial (dev2 `не
  всё понятно`, dev9 `не …, а …`). I was unsure here. `Новый владелец ещё не представлен …, но это
  произойдёт в ближайшее время` is split (own subjects). `Ресурс изначально позиционировал себя в
  качестве …, позднее стал называть себя «современным, быстрым и эстетичным способом общения в сети»` is
  one claim (shared subject) and the resource's reported self-characterisation (dev8 `Фонд определяет
  свою задачу как …`, dev `назвал … «хорошей»`), speaker `Ресурс`, evaluative for the self-praise.
  `По данным на февраль 2013 года …` names no source (dev10 `По данным за 2013 год`): the author's,
  zero copula with a number, quantitative without event, high (`более` bounds). `По некоторым данным,
  Павел Дуров счёл эту сделку недружественным поглощением` takes the inner believer `Павел Дуров` (dev
  nested rule, dev28 `По сведениям Associated Press, пилот объяснил …` → `пилот`), evaluative without
  event (dev19 / dev22 / dev33 namings with a predicative complement), medium for `По некоторым данным`
  (dev6; a cue anywhere in the claim counts, dev4); `недружественным` is a fused `не-`: positive.
  `Ранее сообщалось, что …` takes `сообщалось` (dev20). `ВКонтакте — крупнейшая в Рунете социальная
  сеть, первый по популярности сайт …, второй — в России, …, 20-й — в мире` is one claim (the gapped
  parts share the subject, dev22 `… и до 18% — в Испании`), a factual ranking (dev7): event, and the
  ordinals are no numbers. `ООО «В Контакте», было зарегистрировано … и его учредителями стали …` and
  `В октябре 2013 года у проекта открылся веб сайт и была представлена официальная версия …` are split
  at `и` (own subjects). `Аккаунт в Telegram привязывается к номеру телефона, для регистрации … требуется
  получение sms …` is a comma splice of two clauses with their own subjects: split (dev24 / dev29); the
  second states a requirement of the service (dev19 `Необходимые качества …`, dev26 `Условие необходимое
  …`): normative event, and its `для регистрации` belongs to the requirement (dev26), not causal.
  `таким образом, оценив всю компанию в $1,5 млрд` is causal (dev13 `выйдя таким образом`). `GPL2`,
  `iOS` are names; `Mail.ru Group (39,9 %) и сам Дуров (12 %) и фонд UCP 48 %` and the founders'
  shares are quantitative.
- factru-book_3688, speakers. `Как сообщал РБК` → `РБК`; `Пресс-секретарь Путина Дмитрий Песков ранее
  сообщал, что …` → `Дмитрий Песков`; `Интернет-компании рассказали, что …` → `Интернет-компании`; `По
  словам пресс-секретаря "Яндекса" Аси Мелкумовой` → `Аси Мелкумовой` (the name as written); `Матвей
  Алексеев говорит, что …`; `- объяснила Мелкумова`; Тимченко's three-sentence quotation closed by `-
  согласна бывший редактор Lenta.ru Галина Тимченко` takes `Галина Тимченко` for each sentence, and the
  later quotation closed by `- считает Тимченко` takes `Тимченко` (looked up through the context `-
  считает `). `как рассказали в пресс-службе` → `пресс-службе` (the company is named by the clause's
  own `В Mail.ru`); `по словам бывшего сотрудника компании` → `бывшего сотрудника компании`; `отметил
  представитель компании` → `представитель компании` (no name, dev22 `сенатор`); `по словам главного
  редактора … Максима Токарева` → `Максима Токарева`; `Дмитрий Чистов сообщил, что …`; `По словам
  менеджера одной из перечисленных интернет-компаний` → that head noun with its genitive (dev12 / dev18;
  the bare `менеджера` names nothing); `- сокрушается другой собеседник РБК` → `другой собеседник РБК`
  (dev6 `собеседников издания`).
- factru-book_3688, one claim per sentence with a frame. `За качеством "склеивания" сюжетов следит один
  редактор, но он выполняет скорее техническую функцию, отметил Чистов: "Собственный контент мы не
  производим, агрегируя другие СМИ"` is one claim: the frame in the middle covers the two clauses before
  it, and the quotation after `:` elaborates it (dev24 Клименко; guidelines: a frame and its content are
  one claim however many clauses); `один редактор` asserts a count (dev15 `только один`): quantitative;
  `скорее` ("rather") qualifies the complement, it is no certainty cue. `По словам менеджера …,
  непрофильный бизнес … им не нужен, нанимать редакцию … они не собираются` is one claim (one frame),
  normative for `не нужен` (dev4 `ему нужна`), predictive for `не собираются` (dev20 `не намерена`),
  quantitative for `десятки тысяч сообщений в день` (a numeral noun `тысяч`, dev14 / dev30), negative.
  Алексеев's `депутаты согласились приехать, встреча неоднократно откладывалась, но, вероятно, … все же
  состоится` is one claim, medium for `вероятно`, predictive event. `Но топ новостей … - это, по словам
  бывшего сотрудника компании, "ручной продукт …` leaves out the leading `Но`; it is a factual
  zero-copula characterisation (manual curation): event; the text's quotation marks are unbalanced and
  the span ends at the closing mark of `"Яндекс.Новости"`.
- factru-book_3688, types. `Во вторник президент Владимир Путин должен обсудить …` is a schedule (dev
  `должен прилететь`): predictive. `Путин может провести встречу …` is epistemic: predictive, low.
  `Среди участников форума заявлены …` states the present listing (a result state of `заявить`), not a
  line-up in the present for the future (dev3): event. `Бизнесмены надеются обсудить …` (a hope with an
  infinitive, no content clause) is the author's predictive event, high: the hope is the reported fact,
  not a hedge of the author's (dev7 `сомневаются в его подлинности`). Песков's `не считать … СМИ было
  бы несправедливо, и сейчас … ведется дискуссия …` is evaluative event, positive (`не` negates the
  infinitive subject, dev6; `несправедливо` is a fused `не-`), high (a hypothetical judgement without a
  modal, dev17 / dev28). Мелкумова's purpose `цель - продемонстрировать, что …` is causal only (dev13 /
  dev22 `Цель … —`). Тимченко: `очень серьезная математическая модель` and `довольно сложную систему`
  are her assessments (dev32 `достаточно сложная`): evaluative; `чтобы ранжировать` is purpose: causal;
  `Нести ответственность за то, что ранжирует робот, они не могут` is a deontic denial (they cannot be
  held liable, dev23 / dev30 deontic `не могут`), normative, causal for the ground `за то, что` (dev8 /
  dev32), negative, high. `Остается понять, каким будет "дано" …: достаточно ли будет … или придется …`
  ends in `.`, and its content is an indirect question: the author's event (dev2 / dev15 `Пока
  неизвестно, сколько …`); `"дано"` marks a borrowed term (dev20 `«велодело»`), no evaluative.
  `Лицензия СМИ по закону может быть отозвана, если …` states what the law permits (dev9 `может быть
  прекращено судом`, dev20 `может использоваться свободно`): the author's normative claim (dev18 `По
  закону …`), high; the numbers stand in the condition and are not asserted (dev9 / dev33), while the
  ground of the warnings `за нецензурные высказывания …` makes it causal (dev4 / dev8). `не сможем
  сохранить её надолго` is inability in the future: predictive, negative, high. `Регистрация в качестве
  СМИ … - это катастрофа …` and `Это чудовищные риски` are zero-copula judgements: evaluative without
  event. `средство массовой информации блокировать, закрыть … можно в один счет` states what is
  possible, not a permission (dev7 `Можно вычислить`): evaluative (`в один счет`, "in no time") event.
  `"Яндекс" попал под удар - это самое плохое, что могло случиться с отраслью` is one claim (elaboration
  after `-`), evaluative event; `могло случиться` belongs to the superlative idiom `самое плохое, что
  могло случиться` and weighs no possibility of what the claim asserts, so it is no hedge: high. I was
  unsure here (dev4 lets a low cue anywhere in the claim count).
- factru-book_99. `Сделка способствует укреплений растущих связей …` (typo kept as written) is causal
  event (dev19 `будет способствовать`). `… открыли нефтепровод в конце сентября 2010-го, и до конца года
  эксплуатация проходила …` is split (own subjects). `Новые поставки нефти почти вдвое увеличат объем
  …` is future only: predictive quantitative without event (dev19 / dev22; `вдвое` a ratio, dev26;
  `почти` bounds, high). `По договору между двумя странами о нефтепроводе от 2009 года, Поднебесная
  будет получать нефть 20 лет в обмен на 25 миллиардов долларов кредитов` states the terms of an
  agreement, not anybody's assertion (dev14 `В соответствии с договорённостями`, dev27): the author's,
  predictive quantitative (`20 лет` is the asserted length of the supply, the news of the clause, dev10);
  `двумя странами` identifies the referents.
- factru-book_737. `Автор идеи Дуглас Хайнс уверяет, что …` → `Дуглас Хайнс`; `Отмечается даже, что …` →
  `Отмечается` (dev33); the guillemets of `«различных личностей»`, glossed by `то есть профилей
  поведения`, mark a figurative term (dev20 `«велодело»`): no evaluative; `несколько` is vague.
  `Устройство способно также реагировать …` has no frame of its own: the author's (test1), event.
  `Настраивать профили следует в зависимости от своего настроения` is normative (`следует`) and, for the
  stated dependence, causal (dev18 / dev26 `зависит от`); likewise `Стоимость устройства — 7—9 тыс.
  долларов в зависимости от функционала` is quantitative causal without event (zero copula, dev14).
  `Что немаловажно, чудо-робот будет сопровождаться полноценной техподдержкой и к нему всегда можно будет
  скачать апдейты …` is split (the impersonal `можно будет` clause has its own predicate, dev12 / dev26);
  the first is predictive evaluative (`Что немаловажно`, `чудо-робот`, `полноценной`), the second states
  what will be possible (dev11 / dev13): predictive. `Правда, за возможность их скачивания придётся
  вносить ежемесячные денежные взносы` is compulsion (dev4 `приходится`) in the future: normative
  predictive; `ежемесячные` is no number. `В ближайшее время в продаже появятся …` is predictive.
"""

DOCS = {
    "factru-book_3979": (None, [
        ("Павел Дуров продал свою долю в социальной сети «ВКонтакте» партнёру Алишера Усманова руководителю "
         "Мегафона Ивану Таврину",
         "event", None, "+", "high"),
        ("Вечером в пятницу, 24 января 2014 года, «Ведомости» неожиданно распространили следующую информацию:"
         "\n\n« Основатель социальной сети «В Контакте» Павел Дуров продал свою долю в компании Ивану Таврину — "
         "гендиректору «Мегафона» и совладельцу холдинга ЮТВ",
         "event", "Ведомости", "+", "high"),
        ("он владеет им вместе с бизнесменом Алишером Усмановым",
         "event", ("Ведомости", "2014 года, «"), "+", "high"),
        ("Об этом «Ведомостям» рассказали партнер «В Контакте», источник в структурах Усманова и человек, "
         "близкий к акционерам социальной сети",
         "event", ("Ведомости", "2014 года, «"), "+", "high"),
        ("По словам одного из них, эта сделка произошла еще в декабре 2013 г.",
         "event", ("Ведомости", "2014 года, «"), "+", "high"),
        ("Сумму сделки выяснить не удалось",
         "event", ("Ведомости", "2014 года, «"), "-", "high"),
        ("один из собеседников «Ведомостей» слышал, что она могла пройти, исходя из оценки «В Контакте» в "
         "$3-4 млрд.",
         "quantitative event", ("Ведомости", "2014 года, «"), "+", "low"),
        ("По словам источника «Ведомостей» сделка произошла ещё в декабре 2013 года",
         "event", "источника «Ведомостей»", "+", "high"),
        ("Новый владелец ещё не представлен Советом Директоров компании",
         "event", None, "-", "high"),
        ("это произойдёт в ближайшее время",
         "predictive", None, "+", "high"),
        ("Пресс-секретарь компании Георгий Лобушкин сообщил, что не комментирует вопросы акционеров",
         "event", "Георгий Лобушкин", "-", "high"),
        ("Гендиректор компании Алишера Усманова USM Advisors Иван Стрешинский также отказался от комментариев, "
         "переадресовав к Дурову и Таврину",
         "event", None, "+", "high"),
        ("Представитель United Capital Partners ответил на вопрос «Ведомостей» следующим образом: «Долю Дурова "
         "во „В Контакте“ выкупали не мы»",
         "event", "Представитель United Capital Partners", "+", "high"),
        ("Сам Павел Дуров первоначально не ответил на вопрос, однако позже опубликовал на своей странице в "
         "соцсети следующий текст:\n\nТо, чем Вы владеете, рано или поздно начинает владеть Вами",
         "evaluative event", "Павел Дуров", "+", "high"),
        ("За последние несколько лет я активно избавлялся от собственности, отдавая и продавая все, что у меня "
         "было — от мебели и вещей до недвижимости и компаний",
         "event", ("Павел Дуров", "Сам "), "+", "high"),
        ("До достижения идеала мне оставалось избавиться от самой крупной части своего имущества — 12%-доли "
         "ВКонтакте",
         "quantitative evaluative event", ("Павел Дуров", "Сам "), "+", "high"),
        ("Я рад, что не так давно я достиг и этой цели, продав свою долю ВКонтакте моему другу Ивану Таврину",
         "evaluative event", ("Павел Дуров", "Сам "), "+", "high"),
        ("Это изменение едва ли отразится на управлении ВКонтакте — совет директоров прислушивается к моему "
         "мнению не из-за наличия или отсутствия у меня доли, а потому, что я создал эту сеть и понимаю ее "
         "глубинные механизмы",
         "predictive causal event", ("Павел Дуров", "Сам "), "+", "medium"),
        ("Я никуда не ухожу и собираюсь продолжать следить за качеством ВКонтакте",
         "predictive event", ("Павел Дуров", "Сам "), "-", "high"),
        ("В конце концов, ВКонтакте — лучшее, что было создано в России в коммуникационной сфере",
         "evaluative", ("Павел Дуров", "Сам "), "+", "high"),
        ("моя ответственность состоит в том, чтобы беречь и защищать эту сеть",
         "normative event", ("Павел Дуров", "Сам "), "+", "high"),
        ("Ранее сообщалось, что доли во «ВКонтакте» распределены следующим образом: Mail.ru Group (Алишер "
         "Усманов — 39,9 %), сам Павел Дуров (12 %) и фонд United Capital Partners (UCP — Илья Щербович) (48 %)",
         "quantitative event", "сообщалось", "+", "high"),
        ("ВКонтакте — крупнейшая в Рунете социальная сеть, первый по популярности сайт на территории "
         "Белоруссии, второй — в России, третий — на Украине, четвёртый — в Казахстане, 20-й — в мире",
         "event", None, "+", "high"),
        ("Ресурс изначально позиционировал себя в качестве социальной сети студентов и выпускников российских "
         "вузов, позднее стал называть себя «современным, быстрым и эстетичным способом общения в сети»",
         "evaluative event", "Ресурс", "+", "high"),
        ("По данным на февраль 2013 года ежедневная аудитория «ВКонтакте» — более 43 миллионов человек",
         "quantitative", None, "+", "high"),
        ("ООО «В Контакте», было зарегистрировано 19 января 2007 года",
         "event", None, "+", "high"),
        ("его учредителями стали Вячеслав Мирилашвили (60 %) и его отец предприниматель Михаил Мирилашвили "
         "(10 %), Павел Дуров (20 %) и Лев Леваев (10 %)",
         "quantitative event", None, "+", "high"),
        ("Осенью 2010 года в ходе подготовки к IPO выделенной из Digital Sky Technologies Mail.Ru Group стало "
         "известно, что компании принадлежит 24,99 % социальной сети",
         "quantitative event", None, "+", "high"),
        ("Кроме того, Mail.Ru Group получила опцион на покупку ещё 7,5 % за 112,5 млн долларов США, таким "
         "образом, оценив всю компанию в $1,5 млрд долларов США",
         "quantitative causal event", None, "+", "high"),
        ("14 июля 2011 года Mail.Ru Group увеличила долю во «В Контакте» до 39,99 %",
         "quantitative event", None, "+", "high"),
        ("17 апреля 2013 года инвестиционный фонд United Capital Partners (UCP), которым управляет Илья "
         "Щербович, выкупил у Вячеслава Мирилашвили и Льва Левиева 48 % акций соцсети",
         "quantitative event", None, "+", "high"),
        ("По некоторым данным, Павел Дуров счёл эту сделку недружественным поглощением",
         "evaluative", "Павел Дуров", "+", "medium"),
        ("В настоящее время социальной сетью «ВКонтакте» владеют Mail.ru Group (39,9 %) и сам Дуров (12 %) и "
         "фонд UCP 48 %",
         "quantitative event", None, "+", "high"),
        ("14 августа 2013 года Павел Дуров представил первый клиент своего нового проекта Telegram для "
         "устройств на платформе iOS компании Apple",
         "event", None, "+", "high"),
        ("Telegram — бесплатный мессенджер для смартфонов, позволяющий обмениваться текстовыми сообщениями и "
         "файлами",
         "event", None, "+", "high"),
        ("Сервис ориентирован на зарубежные рынки и имеет англоязычный интерфейс",
         "event", None, "+", "high"),
        ("Аккаунт в Telegram привязывается к номеру телефона",
         "event", None, "+", "high"),
        ("для регистрации или первой авторизации в любом из клиентов требуется получение sms или телефонного "
         "вызова на указанный номер",
         "normative event", None, "+", "high"),
        ("В октябре 2013 года у проекта открылся веб сайт",
         "event", None, "+", "high"),
        ("была представлена официальная версия Telegram под Android с открытым исходным кодом по лицензии GPL2",
         "event", None, "+", "high"),
    ]),
    "factru-book_3688": (None, [
        ("Во вторник президент Владимир Путин должен обсудить регулирование Рунета с крупнейшими "
         "интернет-компаниями",
         "predictive", None, "+", "high"),
        ("Как сообщал РБК, в рамках форума \"Интернет-предпринимательство в России\", который пройдет в Москве "
         "10 июня, Путин может провести встречу с первыми лицами российских интернет-компаний",
         "predictive", "РБК", "+", "low"),
        ("Среди участников форума заявлены гендиректор \"Яндекса\" Аркадий Волож и гендиректор Mail.Ru Group "
         "Дмитрий Гришин",
         "event", None, "+", "high"),
        ("Бизнесмены надеются обсудить вопросы, связанные с регулированием Рунета, в том числе являются ли "
         "интернет-поисковики и новостные агрегаторы средствами массовой информации",
         "predictive event", None, "+", "high"),
        ("Пресс-секретарь Путина Дмитрий Песков ранее сообщал, что не считать, например, \"Яндекс.Новости\" СМИ "
         "было бы несправедливо, и сейчас на экспертном уровне ведется дискуссия, как закрепить это в "
         "законодательстве",
         "evaluative event", "Дмитрий Песков", "+", "high"),
        ("Среди крупных интернет-площадок, не являющихся СМИ, новостные подборки помимо \"Яндекса\" и Mail.ru "
         "публикуют Google, Rambler, а также новый поисковик \"Спутник\", подконтрольный государственному "
         "\"Ростелекому\"",
         "event", None, "+", "high"),
        ("Интернет-компании рассказали, что пригласили в свои офисы депутатов Андрея Лугового и Вадима "
         "Деньгина, которые собираются вносить в Госдуму соответствующий законопроект",
         "event", "Интернет-компании", "+", "high"),
        ("По словам пресс-секретаря \"Яндекса\" Аси Мелкумовой, цель - продемонстрировать, что новостной сервис "
         "работает автоматически, без участия редакторов",
         "causal", "Аси Мелкумовой", "+", "high"),
        ("Директор по внешним коммуникациям холдинга Rambler & Co Матвей Алексеев говорит, что депутаты "
         "согласились приехать, встреча неоднократно откладывалась, но, вероятно, в понедельник, 9 июня, все "
         "же состоится",
         "predictive event", "Матвей Алексеев", "+", "medium"),
        ("\"У \"Яндекс.Новости\" (news.yandex.ru) нет своей редакции и модераторов, сервис не пишет собственные "
         "материалы, у него нет редакционной политики и своей точки зрения, все новости поставляют партнеры\", "
         "- объяснила Мелкумова",
         "event", "Мелкумова", "-", "high"),
        ("\"Я знаю, что в \"Яндекс.Новости\" применялась очень серьезная математическая модель",
         "evaluative event", "Галина Тимченко", "+", "high"),
        ("Они используют довольно сложную систему мер и весов, чтобы ранжировать новости",
         "causal evaluative event", "Галина Тимченко", "+", "high"),
        ("Нести ответственность за то, что ранжирует робот, они не могут\", - согласна бывший редактор "
         "Lenta.ru Галина Тимченко",
         "normative causal", "Галина Тимченко", "-", "high"),
        ("В Mail.ru, как рассказали в пресс-службе, автоматически работает поиск по новостям",
         "event", "пресс-службе", "+", "high"),
        ("топ новостей на главной странице и внутренней (news.mail.ru) - это, по словам бывшего сотрудника "
         "компании, \"ручной продукт в отличие от полностью автоматического \"Яндекс.Новости\"",
         "event", "бывшего сотрудника компании", "+", "high"),
        ("У Google нет подборки новостей на главной странице, а в новостном разделе (news.google.ru) они "
         "агрегируются автоматически, отметил представитель компании",
         "event", "представитель компании", "-", "high"),
        ("Также автоматически, по словам главного редактора \"Рамблер-Новости\" (news.rambler.ru) Максима "
         "Токарева, происходит отбор и у Rambler",
         "event", "Максима Токарева", "+", "high"),
        ("Пресс-секретарь \"Спутника\", работающего с 22 мая, Дмитрий Чистов сообщил, что лента новостей у "
         "поисковика (news.sputnik.ru) формируется автоматически — как у \"Яндекс.Новости\", \"актуальные "
         "новости формируются в сюжеты\"",
         "event", "Дмитрий Чистов", "+", "high"),
        ("За качеством \"склеивания\" сюжетов следит один редактор, но он выполняет скорее техническую функцию, "
         "отметил Чистов: \"Собственный контент мы не производим, агрегируя другие СМИ\"",
         "quantitative event", "Чистов", "+", "high"),
        ("По словам менеджера одной из перечисленных интернет-компаний, непрофильный бизнес в виде СМИ им не "
         "нужен, нанимать редакцию, способную фильтровать десятки тысяч сообщений в день, они не собираются",
         "normative predictive quantitative event", "менеджера одной из перечисленных интернет-компаний", "-",
         "high"),
        ("Остается понять, каким будет \"дано\" в этой задаче: достаточно ли будет отказаться от подборки "
         "новостей на главной странице или придется удалять весь раздел \"новости\"",
         "event", None, "+", "high"),
        ("Лицензия СМИ по закону может быть отозвана, если в течение 12 месяцев издание получит два "
         "предупреждения от Роскомнадзора, например, за нецензурные высказывания или призывы к национальной "
         "розни",
         "normative causal", None, "+", "high"),
        ("\"Если даже мы получим такую лицензию, то не сможем сохранить ее надолго\", - сокрушается другой "
         "собеседник РБК",
         "predictive", "другой собеседник РБК", "-", "high"),
        ("Регистрация в качестве СМИ, по словам Тимченко, - это катастрофа для \"Яндекс.Новости\"",
         "evaluative", "Тимченко", "+", "high"),
        ("\"В отличие от сервисов, средство массовой информации блокировать, закрыть или каким-то образом "
         "вынести ему предупреждение, как это было с Lenta.ru, можно в один счет",
         "evaluative event", ("Тимченко", "- считает "), "+", "high"),
        ("Это чудовищные риски",
         "evaluative", ("Тимченко", "- считает "), "+", "high"),
        ("\"Яндекс\" попал под удар - это самое плохое, что могло случиться с отраслью\", - считает Тимченко",
         "evaluative event", ("Тимченко", "- считает "), "+", "high"),
    ]),
    "factru-book_99": (None, [
        ("Сделка способствует укреплений растущих связей между странами",
         "causal event", None, "+", "high"),
        ("Председатель КНР Ху Цзиньтао и российский президент Дмитрий Медведев символически открыли "
         "нефтепровод в конце сентября 2010-го",
         "event", None, "+", "high"),
        ("до конца года эксплуатация проходила в испытательном режиме",
         "event", None, "+", "high"),
        ("Новые поставки нефти почти вдвое увеличат объем «черного золота», поставляемого Россией в Китай",
         "predictive quantitative", None, "+", "high"),
        ("До сих пор доставка сырой нефти осуществлялись по железной дороге в тихоокеанский порт Козьмино",
         "event", None, "+", "high"),
        ("По договору между двумя странами о нефтепроводе от 2009 года, Поднебесная будет получать нефть 20 "
         "лет в обмен на 25 миллиардов долларов кредитов",
         "predictive quantitative", None, "+", "high"),
    ]),
    "factru-book_737": (None, [
        ("Специалисты компании True Companion создали робота, способного удовлетворять сексуальные потребности "
         "мужчин",
         "event", None, "+", "high"),
        ("Автор идеи Дуглас Хайнс уверяет, что его устройство обладает правильной анатомической структурой и "
         "имеет возможность эмоциональной настройки",
         "event", "Дуглас Хайнс", "+", "high"),
        ("Отмечается даже, что оно имеет несколько «различных личностей», то есть профилей поведения",
         "event", "Отмечается", "+", "high"),
        ("Устройство способно также реагировать на прикосновения своего любовника",
         "event", None, "+", "high"),
        ("Настраивать профили следует в зависимости от своего настроения",
         "normative causal", None, "+", "high"),
        ("Что немаловажно, чудо-робот будет сопровождаться полноценной техподдержкой",
         "predictive evaluative", None, "+", "high"),
        ("к нему всегда можно будет скачать апдейты и плагины, расширяющие его функциональность",
         "predictive", None, "+", "high"),
        ("Правда, за возможность их скачивания придётся вносить ежемесячные денежные взносы",
         "normative predictive", None, "+", "high"),
        ("Стоимость устройства — 7—9 тыс. долларов в зависимости от функционала",
         "quantitative causal", None, "+", "high"),
        ("В ближайшее время в продаже появятся также варианты Roxxxy для геев и женщин",
         "predictive", None, "+", "high"),
    ]),
}
