"""Hand annotations of claims, dev set part 27: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_256, _425, _370, _286, _188), annotated by hand by reading the texts (not
from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev22_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_256 (`С 27 марта 2011 года Россия будет жить только по летнему времени
  Практика переходов … канет в Лету.`, a title run together with a deck), factru-book_286 and
  factru-book_188 (their whole lead paragraph, `«Билайн» … в ближайшее время объявит …`, `30 июля в
  Москве состоялось заседание … Признано, что …`) have full sentences on the first line; by the dev /
  dev2 / dev7 / dev10 / dev12 / dev17 / dev22 rule the first line is the title and carries no claim, so
  their annotation starts on the second paragraph. factru-book_370's title is a question (`Можно ли
  запатентовать лицо?`). The decks under the titles of factru-book_370 (`Facebook получит патент на
  часть своего названия.`) and factru-book_425 (`Раритетный экземпляр книги Дарвина … найден на полке в
  туалете.`) are body text and are annotated (test1 / test2). factru-book_425's closing `О великом
  британском учёном, которому в этом году исполнилось 200 лет, читайте в статье …` is navigation
  (dev9 / dev18 / dev19): no claim, its relative clause included.
- `Начиная с осени текущего года, согласно распоряжению президента РФ Дмитрия Медведева, практика
  перехода … отменяется, сообщает NEWSru.com`: `согласно распоряжению` gives the legal ground of the
  abolition (an order, like dev14's `В соответствии с договорённостями контрагентов` and dev17's
  `согласно которому концерн должен выплачивать` — the terms of an act, not anybody's assertion), so
  it is not the inner source of the dev nested rule; the claim is the outlet's (`NEWSru.com`). The
  present `отменяется` with `Начиная с осени` is present for future (dev3): predictive.
- Medvedev's two-sentence quotation (`«Я принял решение об отмене … — начиная с осени текущего года.
  И даю соответствующее поручение правительству», — сказал Медведев …`): the first sentence takes the
  speaker named in the frame of the second (test2); `Я принял решение об отмене …` with the future
  start of the abolition is a decision on a plan (dev8 `объявил о планах`): predictive event; `даю
  поручение` (an order with a nominal object, performative) is event, the leading `И` left out.
  `Он подчеркнул, что «необходимость адаптироваться связана и со стрессом, и с заболеваниями»` takes
  `Он` with coref `Медведев`; `связана с` states the link between the clock change and its effects:
  causal event (the noun `необходимость` is the subject, not a normative claim).
- The second quotation (`«Мы, действительно, привыкли …, потому что …, всё это раздражает, … в течение
  лишнего часа. Ну, я уж не говорю о несчастных коровах …», — сказал Медведев`): one claim per quoted
  sentence, however many clauses (test2), both with `Медведев` (the first sentence takes the name in
  the frame that closes the quotation). `Ну, я уж не говорю о …` is a praeteritio (it in fact brings the
  cows up), but unlike dev19's expletive `чем только не` the `не` is a literal negation of the predicate
  `говорю`, so, as with dev20's litotes `не обошлось и без`, the claim is negative. I was unsure here.
  `Установление … летнего времени, подчеркнул президент РФ, будет полезным` takes the description
  `президент РФ` (no name in that sentence): predictive evaluative.
- Numbers. `существовала … в течение последних 30 лет` and `на протяжении 40 лет издание хранилось …`
  assert the duration that is the point of the clause (dev10 `более 20 лет был агентом`): quantitative,
  not a circumstantial time frame; `на один час назад`, `на один час вперёд` (the size of the shift, a
  measured quantity), `на 18,3%`, `в 2-3 раза` (dev14 `в 20 раз`), `абоненты 50 сотовых операторов в 45
  странах`, `как минимум 99 тыс. долларов` (an amount in a relative clause, dev2; `как минимум` bounds the
  number, dev16 `почти`: high) are quantitative. `150-летний юбилей` (attributive, dev), `в 1859 году`,
  `в 2009 году` (dates), `всего за несколько шиллингов`, `несколько раз`, `Несколько дней назад`,
  `многочисленные функции`, `множество функций`, `некоторые статистические цифры` (vague), `лишнего
  часа` (no numeral, inside the subordinate part of a quoted sentence), `первым российским сотовым
  оператором` (ordinal) are not.
- `Осенью, как правило, … стрелки часов переводились на один час назад, а весной, ближе к началу
  апреля, на один час вперёд`: the gapped second part shares the subject `стрелки часов` and the
  predicate (only its adverbials differ), so it is one claim (dev22 `… и до 18% — в Испании`);
  `как правило` is no hedge.
- Putin's remarks (factru-book_188). `Путин высказался в том смысле, что более не допустимо терпеть
  произвол …` is a frame with content, Putin's claim; `не допустимо` is written apart, so `не` negates
  the predicate: negative (the fused `недопустимо` would be positive by the test2 rule), normative (what
  must not be tolerated) and evaluative (`произвол`). `Он привёл некоторые статистические цифры` is the
  author's event (nominal object). The two following sentences (`Например, … цены на лекарства выросли
  … на 18,3%, …` and `Совершенно непопустимым является тот факт, что …`) plainly give Putin's figures
  and judgement, but have no frame of their own, so by the test1 rule (attribution does not carry over;
  dev4, dev8, dev15, dev22) they are the author's. I was unsure here. `непопустимым` (a typo for
  `недопустимым`, a fused `не-`) is positive (test2) and evaluative; `могут колебаться в 2-3 раза`
  states the actual range of the price spread (like dev12's `штрафы могут достигать` and dev20's `могут
  достигать двух метров`), not an epistemic possibility: high. `значительно превышает темпы роста цен
  на другие товары` is a comparison of amounts with no judgement word (dev6 / dev10): event only.
- `Признано целесообразным усилить государственное регулирование, и обязать производителей …` (an
  impersonal finding without a content clause, dev6 `Участие … признано "нецелесообразным"`) is the
  author's claim; its infinitive complements state what should be done: normative, and evaluative for
  `целесообразным` (as dev6 took `нецелесообразным`), event for the finding. The comma before `и
  обязать` joins a second infinitive under the same `целесообразным`, not a clause with its own subject:
  one claim. `Как сообщил А. Кудрин, «предусматривается введение … и проведение до 1 марта 2010 года
  перерегистрации …»` states what the resolution provides for as its planned outcome (dev15): predictive
  event, Кудрин's (`А. Кудрин`, the name as written).
- factru-book_370. `Facebook должен ознакомиться с правилами … и оплатить денежный сбор` (an animate
  subject's obligation) is normative, causal for the purpose phrase `Для официального завершения
  регистрации` (dev11 `Для закрытия сделки`). `Facebook сможет применять товарный знак только к
  «телекоммуникационным услугам …»` states what the registration will permit (dev16 `будет возможна
  лишь в тех случаях`, dev20 `может использоваться свободно`): normative predictive; the guillemets cite
  the wording of the registration (no scare quotes, dev20) and no source is named: the author's.
  `Этот товарный знак … послужит ей оружием в судебных спорах …` is the author's prediction; the
  metaphor `оружием` names the mark's function rather than judging it, and `популярная социальная
  сеть`, `популярном бренде` are descriptors (dev7), so predictive only. `Аарон Гринспен … уже выступал
  против того, чтобы слово «face» ушло к Цукербергу, полагая, что также имеет на него права`: the
  participle is a verb of believing with its own content clause (dev7 `считающий …`, dev15 `уточнив,
  что P`), so the claim is Гринспен's; the participle gives the ground of his opposition (dev12
  `посчитав …`): causal event. `адвокаты Facebook несколько раз предъявляли претензии сайтам …` (a claim
  with a nominal object) is the author's event.
- factru-book_286. `Как сообщается на сайте Roem.ru, …` takes the proper name `Roem.ru` (guidelines:
  the proper name when there is one, like `сообщает NEWSru.com` → `NEWSru.com`), not dev8 / dev18's
  `сайте организации` / `сайте Кремля`, where the bare head noun would name nothing. `не платить за
  трафик … могут абоненты …`: `могут` is what the subscribers are able to do (ability, no hedge) and
  `не` negates the infinitive, not the predicate `могут` (dev8 `призвали … не включать`): positive,
  high. `Пользователь может контролировать …`, `с помощью которых пользователи могут взаимодействовать`,
  `на которой друзья пользователя могут оставлять сообщения` are ability: event, high. `Facebook
  позволяет создать профиль …` and `предоставляет возможность …` describe features: event (not
  permissions). `Данная акция позволила интегрировать …, что в свою очередь стимулировало активность
  пользователей` states causes and effects by the verbs (dev6, dev10 `это позволит`): causal event.
  `Среди наиболее популярных — виртуальное подмигивание, …` is a zero-copula list sentence (dev12
  `Среди овощей и фруктов - …`): event; `наиболее популярных` is a factual ranking (dev7), like
  factru-book_425's `самой известной работы`.
- factru-book_425. `сегодня является большой библиографической редкостью` (graded by `большой`),
  `всего за несколько шиллингов` (`всего` judges the price against the book's value, dev20 `всего 2,5
  км`) and `по счастливой случайности` (the author's judgement in the temporal clause, dev7) are
  evaluative; `Раритетный экземпляр` is a descriptor. `Всё изменилось после того, как …`: the temporal
  `после того, как` is not causal (dev3 / dev13 / dev20), nor is `После этого`. `Однако на днях …` keeps
  the sentence-initial `Однако` (dev13 / dev15 / dev19 / dev21). `аукционного дома Christie’s, который
  надеется выручить за неё как минимум 99 тыс. долларов`: the hope stands in a relative clause of the
  author's assertion as a reported fact about the auction house, so it is no hedge of the claim and adds
  no predictive type (dev: a relative clause adds only its number): quantitative event, high.
"""

DOCS = {
    "factru-book_256": (None, [
        ("В России в ночь на 27 марта в последний раз будут переведены стрелки часов на летнее время",
         "predictive", None, "+", "high"),
        ("эта практика уйдёт в историю",
         "predictive", None, "+", "high"),
        ("Начиная с осени текущего года, согласно распоряжению президента РФ Дмитрия Медведева, практика "
         "перехода на зимнее и летнее время отменяется, сообщает NEWSru.com",
         "predictive", "NEWSru.com", "+", "high"),
        ("Отказ от перевода стрелок является инициативой действующего главы государства, впервые озвученной в "
         "2009 году во время обращения президента РФ к Федеральному собранию",
         "event", None, "+", "high"),
        ("«Я принял решение об отмене перехода на зимнее время — начиная с осени текущего года",
         "predictive event", ("Медведев", "правительству», — сказал "), "+", "high"),
        ("даю соответствующее поручение правительству», — сказал Медведев 8 февраля на встрече с молодыми "
         "учёными и лауреатами премии президента РФ в области науки и инноваций за 2010 год",
         "event", "Медведев", "+", "high"),
        ("Он подчеркнул, что «необходимость адаптироваться связана и со стрессом, и с заболеваниями»",
         "causal event", ("Он", None, "Медведев"), "+", "high"),
        ("«Мы, действительно, привыкли каждую весну и осень переводить стрелки часов и все по привычке на это "
         "ругаться, потому что реально нарушается биоритм человеческий, всё это раздражает, все либо "
         "просыпают, либо просыпаются рано и не знают, куда себя деть в течение лишнего часа",
         "causal evaluative event", ("Медведев", "время», — сказал "), "+", "high"),
        ("Ну, я уж не говорю о несчастных коровах и других животных, которые не понимают перевода часов и не "
         "понимают, почему доярки приходят к ним в другое время», — сказал Медведев",
         "evaluative event", "Медведев", "-", "high"),
        ("Установление повсеместно в стране летнего времени, подчеркнул президент РФ, будет полезным",
         "predictive evaluative", "президент РФ", "+", "high"),
        ("Практика перевода стрелок существовала в нашей стране в течение последних 30 лет",
         "quantitative event", None, "+", "high"),
        ("Осенью, как правило, в начале октября стрелки часов переводились на один час назад, а весной, ближе "
         "к началу апреля, на один час вперёд",
         "quantitative event", None, "+", "high"),
    ]),
    "factru-book_425": (None, [
        ("Раритетный экземпляр книги Дарвина «Происхождение видов» найден на полке в туалете",
         "event", None, "+", "high"),
        ("В этом году отмечается 150-летний юбилей самой известной работы Чарльза Дарвина «Происхождение "
         "видов»",
         "event", None, "+", "high"),
        ("Первое издание книги было выпущено в 1859 году и сегодня является большой библиографической "
         "редкостью",
         "evaluative event", None, "+", "high"),
        ("Однако на днях один из раритетных экземпляров был случайно обнаружен в одном из английских домов на "
         "полке в туалете",
         "event", None, "+", "high"),
        ("Хозяева книги приобрели её много лет назад на книжном развале всего за несколько шиллингов",
         "evaluative event", None, "+", "high"),
        ("После этого на протяжении 40 лет издание хранилось в частном доме в Оксфордшире, а затем и вовсе "
         "было отправлено на полку в туалет",
         "quantitative event", None, "+", "high"),
        ("Всё изменилось после того, как по счастливой случайности один из хозяев побывал на выставке, "
         "посвящённой Чарльзу Дарвину, и по корешку узнал книгу, хранящуюся в его доме",
         "evaluative event", None, "+", "high"),
        ("В настоящий момент книга выставлена на торги аукционного дома Christie’s, который надеется выручить "
         "за неё как минимум 99 тыс. долларов",
         "quantitative event", None, "+", "high"),
    ]),
    "factru-book_370": (None, [
        ("Facebook получит патент на часть своего названия",
         "predictive", None, "+", "high"),
        ("Несколько дней назад Бюро США по патентам и товарным знакам (USPTO) выдало социальной сети Facebook "
         "разрешение на получение патента на английское слово «face» («лицо»), сообщает NEWSru.com",
         "event", "NEWSru.com", "+", "high"),
        ("Для официального завершения регистрации товарного знака Facebook должен ознакомиться с правилами его "
         "применения и оплатить денежный сбор",
         "normative causal", None, "+", "high"),
        ("Facebook сможет применять товарный знак только к «телекоммуникационным услугам, а именно онлайн-чатам "
         "и электронным доскам объявлений для обмена сообщениями между пользователями компьютеров»",
         "normative predictive", None, "+", "high"),
        ("Этот товарный знак, на который популярная социальная сеть впервые подала заявку ещё в декабре 2005 "
         "года, послужит ей оружием в судебных спорах между компаниями и сервисами, которые пытаются "
         "заработать на популярном бренде",
         "predictive", None, "+", "high"),
        ("Конкурент Марка Цукерберга, создателя Facebook, Аарон Гринспен, управляющий компанией FaceCash, уже "
         "выступал против того, чтобы слово «face» ушло к Цукербергу, полагая, что также имеет на него права",
         "causal event", "Аарон Гринспен", "+", "high"),
        ("Ранее адвокаты Facebook несколько раз предъявляли претензии сайтам, в которых содержится слово "
         "«book» (Teachbook, Placebook)",
         "event", None, "+", "high"),
    ]),
    "factru-book_286": (None, [
        ("Facebook позволяет создать профиль с фотографиями, приглашать друзей, обмениваться сообщениями, "
         "оповещать других пользователей о статусе",
         "event", None, "+", "high"),
        ("Facebook также предоставляет возможность создавать группы по интересам",
         "event", None, "+", "high"),
        ("В 2007 году Facebook объявил о инициативе, позволяющей сторонним программистам создавать программы "
         "для определенных услуг и зарабатывать на этом",
         "event", None, "+", "high"),
        ("Данная акция позволила интегрировать многочисленные функции (игры, инструменты обмена музыкой и "
         "фотографиями), что в свою очередь стимулировало активность пользователей",
         "causal event", None, "+", "high"),
        ("Facebook предлагает множество функций, с помощью которых пользователи могут взаимодействовать",
         "event", None, "+", "high"),
        ("Среди наиболее популярных — виртуальное подмигивание, фотоальбомы и «стена», на которой друзья "
         "пользователя могут оставлять сообщения",
         "event", None, "+", "high"),
        ("Пользователь может контролировать уровень доступа к информации, опубликованной на профиле, и "
         "определять, кто имеет доступ к той или иной части",
         "event", None, "+", "high"),
        ("Как сообщается на сайте Roem.ru, сейчас не платить за трафик на Facebook могут абоненты 50 сотовых "
         "операторов в 45 странах",
         "quantitative event", "Roem.ru", "+", "high"),
        ("«Билайн» станет первым российским сотовым оператором, присоединившимся к этому проекту",
         "predictive", None, "+", "high"),
    ]),
    "factru-book_188": (None, [
        ("Министр финансов РФ Алексей Кудрин сообщил, что правительство одобрило проект постановления о "
         "государственном регулировании цен на лекарства, предусматривающего введение обязательной "
         "госрегистрации предельных отпускных цен производителей",
         "event", "Алексей Кудрин", "+", "high"),
        ("Выступивший на заседании правительства премьер-министр РФ Владимир Путин высказался в том смысле, что "
         "более не допустимо терпеть произвол как производителей лекарств, так и посредников",
         "normative evaluative", "Владимир Путин", "-", "high"),
        ("Он привёл некоторые статистические цифры",
         "event", None, "+", "high"),
        ("Например, за первое полугодие 2009 года цены на лекарства выросли в среднем по Российской федерации на "
         "18,3%, что значительно превышает темпы роста цен на другие товары и услуги",
         "quantitative event", None, "+", "high"),
        ("Совершенно непопустимым является тот факт, что цены в разных регионах России могут колебаться в 2-3 "
         "раза",
         "quantitative evaluative event", None, "+", "high"),
        ("Признано целесообразным усилить государственное регулирование, и обязать производителей доказывать "
         "обоснованность пересмотра цен на жизненно важные медикаменты",
         "normative evaluative event", None, "+", "high"),
        ("Как сообщил А. Кудрин, «предусматривается введение обязательной госрегистрации предельных отпускных "
         "цен производителей, и проведение до 1 марта 2010 года перерегистрации цен на ранее выпущенные "
         "лекарства»",
         "predictive event", "А. Кудрин", "+", "high"),
    ]),
}
