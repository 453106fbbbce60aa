"""Hand annotations of claims, dev set part 54: real news articles (factRuEval-2016 texts, MIT).

Two later stretches of one long article of the shared news collection
(``../shared/data/news/articles.jsonl`` from the repository root), each kept as its title line followed by
a paragraph range (build_claims_gold.keep_paragraphs with `(first, last)`, 1-based, the title line
counting as paragraph 1): factru-book_3539@3 (paragraphs 24–37: from `В 1915 году Вертинский вернулся в
театр миниатюр …` to `Уже с начала 1920-х Вертинский просил разрешения вернуться …`) and
factru-book_3539@4 (paragraphs 38–50: from `В конце 1935 года он приехал в Китай …` to the end of the
article, `При вскрытии сосуды рассыпались, как хрупкое стекло`). The earlier stretches of the article are
annotated in dev48 (to paragraph 12) and dev51 (@2, paragraphs 13–23). Annotated by hand by reading the
texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev51_annotations.py; the format is described in
build_claims_gold.py. `types` are listed in the precedence order of the guidelines, so the first is the
primary type. The article is a magazine biographical sketch of Вертинский.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title line. The title line of both documents carries no claim (dev48 / dev51).
- Song lyrics set off as paragraphs. Twice the narration ends in a colon and the next paragraph is a verse
  quotation with the singer's burr spelt out (`Я люблю Вас, моя сегоглазочка, …`; the «Юнкера» stanza
  `Я не знаю, зачем и кому это нужно, …`). The framing sentence (`этот странный юноша взмахивал руками и
  тихо начинал:`, `Вертинский написал знаменитых «Юнкеров»:`) is the author's claim, its span ending
  before the colon: unlike dev50's Гребенщиков lyrics the quotation is a separate block paragraph, and
  the frame verbs (`начинал`, `написал`) are no verbs of saying. The lyrics are quoted sentences, so as in
  dev50 (and dev47 / dev48's quoted fiction and jokes) each sentence is a claim, unframed, taking the
  nearest proper name of the singer-author, `Вертинский` (guidelines: the proper name when there is one,
  rather than the description `этот странный юноша`). As in dev50, the clauses of a lyric sentence are not
  split (`Вы — …, Вы — …`; `Я не знаю, …, Только … Опустили их …`): cited verse, not asserted clauses. `Вы —
  вечегняя жуткая сказочка, Вы — цветок из кагтины Гойя` is a zero-copula metaphoric characterisation:
  evaluative without event (dev42). The «Юнкера» sentence is negative from its first predicate (`Я не
  знаю`, dev12 / dev16) and evaluative (`так беспощадно, так зло и ненужно`); `не знаю` is the content,
  not a hedge. I was unsure whether verse should give claims at all.
- Verbless sentences. `Румыния, Польша, Германия, …, США…` enumerates the `стран` of the preceding
  sentence: a detached list with nothing gapped, no claim (dev50 `Секс, еда, общение.`). `Выступления в
  ресторанах и кабаках — между горячим и десертом; в мюзик-холлах и фешенебельных отелях — для королей …`
  is a nominative (existential) sentence that adds new facts (where and for whom he sang): a claim, event,
  kept whole (the `;` parts have no subjects or predicates of their own). I was unsure about treating the
  two verbless sentences differently. `о концертах — ни строчки в прессе` is a gapped clause (`[не было]
  ни строчки`) with a subject of its own in a comma splice: split off, negative (`ни`, guidelines `Не было
  ни …`).
- Legends and anecdotes. `Существует легенда, что P` has a content clause but no verb of saying and no
  named teller: like dev24 `есть предположение, что …` and dev45 `Высказываются предположения` /
  `появилась информация о том, что …`, the author's claim; low, since a legend is unverified hearsay like a
  rumour (dev45 `По слухам`: low) and the author goes on to say it has no documentary confirmation; I was
  unsure between low and medium (dev48 / dev49 hearsay `говорят`, `мол`: medium). `Легенда приписывает
  также Сталину известную фразу «…»` ascribes with a nominal object and no content clause (dev28
  `многие также приписывают ему авторство …`): the author's event, high. `Рассказывали, что P` is an
  indefinite-personal verb of saying with a content clause: the source's claim with the verb as span
  (dev48 `сообщат`, dev49 `Говорят`), medium for the hearsay (dev7 / dev49). `В одном из них
  рассказывалось, как Вертинский … выходит …: «Не узнаю тебя, Россия!»` is an impersonal verb of telling
  whose content is the anecdote: the anecdote's claim, span `одном из них` (the head noun phrase naming
  the source, like dev13 `В Британии отмечают` → `Британии`); high. The anecdotes' continuation without a
  frame (`Обернувшись, обнаруживает, что чемоданов нет`, `Гости долго томятся, …`) is the author's retelling
  (test1: attribution does not carry over), event (historical present, dev48). `В другом повествовалось о
  приеме, …` has a nominal object: the author's event (dev28).
- Direct speech. Speech frames with a verb of saying or reacting in words take the speaker:
  `Артист возмутился: «Но вы же не можете запретить мне их жалеть!»` (`возмутился` introduces his words;
  negative from the content), `«Узнаю тебя, Россия!» — восклицает артист` (`артист`; evaluative for the
  punchline's verdict on the country, event), `Смирнов-Сокольский отвечает: «Государя!»` (a gapped answer,
  `[ждём] Государя`, a claim like dev50's gapped answers), and `«Я существую на правах публичного дома, —
  горько шутил Вертинский, — все ходят, но …»`, one orthographic sentence with the frame inside: one claim
  (guidelines: frame and content are one claim however many clauses the content has; dev48's split was
  for a frame between two quoted sentences), evaluative event, span from the opening to the closing
  guillemet. Not the speaker's: `И в ответ услышал: «Дышать запретим, если потребуется»` (a verb of
  perception with an unnamed speaker: the author's event, the quoted threat making it predictive, as
  dev48's quoted `Вставай` made Лизка's act normative; `И` left out) and `Джордж Эрмин …, прочитав
  Конституцию СССР, перекрестился и изрек: «…»` (a series of narrated acts of a novel's character sharing
  one subject, the quotation the object of the last: the author's claim, like dev48 `народ … восклицает:
  «Осанна!»`; evaluative for `подозрительно похожий` and the quoted exclamation); I was unsure about the
  split of the speech frames between the two readings. `Кто-то из присутствующих, оглядев …, спрашивает:
  «Кого ждем?»` ends in a question: no claim (dev / dev48 `задается вопросом`, dev51).
- Reported claims. `Вертинский же всегда и всем говорил о том, что возвращается, чтобы …` is Вертинский's
  (a content clause after `о том, что`): causal (purpose), event (`возвращается` narrates a return under
  way, not a plan). `по выражению Шаляпина, «сказителем земли русской»` sits in the relative clause of
  `Его основной аудиторией … была русская эмиграция, для которой …` and attributes only the quoted phrase:
  the claim stays the author's (dev51 `по его уверению`), event (a relative clause adds no type, dev).
- Nicknames in guillemets (`«соловья белоэмиграции»`, `«Шанхайская Тэффи»`, `«отец всех народов»`,
  `«пролетарским графом»`, `«Черной кошки»`, «кухню смерти» — his own words) are established names or
  citations, not the author's scare quotes: they add no evaluative type (dev20 / dev48 citations). But
  `Положение «советского артиста» Вертинского было довольно странным` uses the quotes ironically (he was
  not quite a Soviet artist): scare quotes, and the clause is a judgement anyway.
- Copula judgements (dev2 / dev24: evaluative without event): `Популярность Вертинского была столь
  велика, что …` (causal for the consequence `столь …, что`), `возвращение … было идеологически выгодно
  советскому режиму`, `Необходимость содержать семью была не самой последней причиной переезда` (causal
  for `причиной`; `не` on the modifier: positive), `Его самой удачной коммерческой операцией была закупка
  пяти бутылей водки …` (quantitative for the count, evaluative for the ironic `самой удачной`; I was
  unsure about dropping event, since the purchase itself is a fact), `Положение … было довольно странным`,
  `бесконечно петь для одной и той же аудитории невозможно` (lexical `невозможно`: positive). With a
  verbal link (`стал сенсацией`, `стала настоящим белогвардейским гимном`, `Ему удалось невозможное`) the
  claim keeps event. `Опасения Вертинского, как выяснилось позже, были не напрасны — квартира …
  подверглась налету …` is a litotes with `не` on the copula predicate (dev48 `не худо`): negative,
  evaluative, and event for the elaboration after `—`; `как выяснилось` is the author's (dev8).
- Polarity. `Наталия Ильина не преминула … съязвить` is a litotes with `не` on the predicate (dev20 / dev25 /
  dev48): negative. `Съехать было просто некуда` is an existential negation (`некуда` = there was nowhere;
  like `нет`): negative. `Лекарства под рукой не оказалось`, `допрос в ЧК не имеет документальных
  подтверждений`, `Он не хотел умереть дома, не желал …`: negative. `не более тридцати` bounds a number,
  `не от хорошей жизни` negates an adverbial, `не имевшие успеха` a participle, `практически не топили` a
  relative clause: positive.
- Counterfactuals. `Возможно, он играл бы маскирующихся иродов и дальше, если бы Исидор Анненский не
  предложил ему роль …` and `Как выяснилось позже — оно бы уже не помогло` state a dependence, not an
  event (dev48 `Без эффекта Кулиджа … не было бы`): causal without event; the first evaluative
  (`маскирующихся иродов`) and low (`Возможно`), positive (the `не` is in the `если` clause), the second
  negative (`не помогло`; `помогло` states an effect by the verb, dev51 `помогла`).
- Normative. `нередко приходилось спасаться через черный ход`, `Вертинскому пришлось приписать себе`
  (in the parenthesis) and `Приходилось соглашаться на все, …` are compulsions (dev4 / dev14 / dev48
  `пришлось`): normative event. `Так и должен выглядеть настоящий враг советского режима — …` is the
  author's ironic statement of the Soviet norm: normative evaluative, no event. `Только такие и могут
  строить заговоры …` states an ability, not an epistemic possibility (dev21): evaluative, high.
- Causal. `Так певец без выдающихся вокальных данных, … стал всероссийским кумиром` draws the result of the
  preceding account (`Так` = thus, dev51 `Вот почему`): causal evaluative event; I was unsure, since `Так`
  may be read as a mere summing-up. `по обвинению в просоветской пропаганде` (dev12: the ground): causal.
  `Под впечатлением гибели московских юнкеров` states the cause of the writing: causal. `для дачи
  объяснений` is the purpose of the summons (dev12 / dev48): causal. `заставил протрезветь`, `бросает
  тень на его репутацию`, `приучила его работать в любых условиях`, `превратили … в глубокого старика`
  state an effect by the verb (dev6 / dev15 / dev48): causal. `не от хорошей жизни` (the idiom names the
  reason): causal. Not causal: the bare dash `он приехал в Китай — в Шанхае и Харбине была довольно
  обширная русская община` (an elaboration with no marker), `тем более в 1943 году, когда …`, `Продав их
  …` (a means), the implied reasons of `Шла война, зверствовала инфляция, …`.
- Splits. Comma splices with their own subjects are split (dev24 / dev29 / dev37 / dev51): `Начались
  гастроли и бенефисы, … приходилось спасаться …`, `в Шанхае артист дал … (…), однако … невозможно, и
  Вертинский намеревался …` (three besides the parenthesis), `С ним были … мать, на руках он держал …`,
  `Шла война, зверствовала инфляция, иностранные конторы … закрывались, русские эмигранты спасались …`
  (four), `Стоял жуткий мороз, семью Вертинского поселили …`, `из ста с лишним песен … не более тридцати
  (…), единственная прижизненная пластинка вышла …, о концертах — ни строчки в прессе` (three besides the
  parenthesis), `Из эмиграции Вертинский вернулся …, вскоре родилась вторая дочь`, `За концерт артист
  получал около 800 рублей, при этом его выступления … собирали …` (`при этом` kept as an introductory
  word). Not split: `где практически не топили, а по стенам ползали клопы` (both in the relative clause of
  `гостинице`), elaborations after `:` or `—` (`Ему удалось невозможное: вписать …; превратить …`, `Песня
  стала … гимном — с нею шли в бой …`, `факт остается фактом: … Вертинский подался на юг`, `явное
  благоволение властей: его с семьей поселили …`), shared subjects (`просил … — но неизменно получал
  отказ`, `опасался … и … обменял`). A new sentence continuing the subject (`Написал два десятка стихов,
  …`, `И в ответ услышал …`) is a claim of its own. Parentheses holding a clause are claims (dev51):
  `(даже Шаляпину здесь сумели организовать только два выступления)`, `(исключение делал лишь для любимой
  Франции, …)`, `(авторство текстов … Вертинскому пришлось приписать себе)`; the identifying `(Георгий
  Еремин)` is no claim and stays inside its clause.
- Numbers. Quantitative: `на 23 года` (the length of the exile, the point of the clause, dev51 durations),
  `двадцать аншлаговых концертов`, `только два выступления` (also evaluative for `даже … только`, dev34
  `лишь`), `Он ждал пять лет`, `пяти бутылей водки`, `в течение трех лет` (the stay in the hotel, asserted
  for the first time), `не более тридцати`, `единственная прижизненная пластинка` (the count one is the
  point; I was unsure, since no numeral is written), `по 20–25 концертов в месяц`, `около 800 рублей`
  (medium), `десятки тысяч рублей` (an order of magnitude of money, like the guidelines' `свыше миллиарда
  долларов`; I was unsure, since dev18 / dev28 leave vague amounts out), `около трех тысяч концертов`
  (medium), `два десятка стихов`, `14 лет на Родине` (the subject of the causal clause, the length of his
  Soviet life). Not quantitative: dates, `Все двадцать с лишним лет` (a circumstantial time frame restating
  the exile), attributive numerals (`двадцатилетняя`, `трехмесячную`, `двухэтажного`), ordinals (`208-м
  номере`, `вторая дочь`, `Первым советским городом`), `огромными тиражами`, `подавляющее большинство`,
  `несколько`, `нередко`, `по нескольку раз`.
- Evaluative (the author's judging words and metaphors): `странный юноша` (dev47 / dev50), `стал
  сенсацией`, `удалось невозможное`, `всероссийским кумиром`, `опьяняющие надежды`, `настоящим
  белогвардейским гимном`, `как будто агент НКВД не может быть великим артистом`, `зверствовала инфляция`,
  `Выступать становилось все труднее` (dev51 `идут всё хуже и хуже`), `рискованные финансовые авантюры`,
  `жуткий мороз`, `Родина встречала блудного сына`, `двуликого Януса`, `помпезном фильме`, `этот обломок
  царской России, воскрешал шик`, `явное благоволение`, `рассыпались, как хрупкое стекло` (a simile, dev50).
  Not evaluative: descriptions of the stage mask, of the role (`изысканного, сладкоречивого патриция`, the
  character played), `Октябрьский переворот` (the period's term), `одиссея`, `Закружилась круговерть`
  (ordinary narrative figures), `высочайшем одобрении`, words in relative clauses (`впечатлительные
  курсистки`, `в таком жутком состоянии`).
- Spans. Sentence-initial `И`, `А`, `Но` and clause-joining `однако` are left out; `Тем не менее`, `Правда`,
  `С одной стороны`, `С другой стороны`, `Естественно`, `Возможно`, `Как выяснилось позже` are kept. Final
  `…` is left out, except where it stands inside the closing guillemet of a quotation that ends the claim
  (`… на родную страну…»`). The last sentence of the article has no final punctuation.
"""

DOCS = {
    "factru-book_3539@3": ((24, 37), [
        ("В 1915 году Вертинский вернулся в театр миниатюр Арцыбушевой с собственным номером — «Ариетки Пьеро»",
         "event", None, "+", "high"),
        ("На фоне черного занавеса в лунном луче прожектора на сцене появлялся высокий молодой человек",
         "event", None, "+", "high"),
        ("На его густо покрытом белилами лице резко выделялись ярко-красный рот, обведенные тушью большие глаза и "
         "печально вздернутые нарисованные брови",
         "event", None, "+", "high"),
        ("После вступления рояля этот странный юноша взмахивал руками и тихо начинал",
         "evaluative event", None, "+", "high"),
        # the lyrics
        ("Я люблю Вас, моя сегоглазочка, Золотая ошибка моя",
         "event", ("Вертинский", "В 1915 году "), "+", "high"),
        ("Вы — вечегняя жуткая сказочка, Вы — цветок из кагтины Гойя",
         "evaluative", ("Вертинский", "В 1915 году "), "+", "high"),
        ("После бесконечных ямщиков и соловьев, аллей и ночей, дышащих сладострастьем, с одной стороны, а с другой "
         "с другой — на фоне бравад футуристов, претенциозных поэз Игоря Северянина и одесской шансоньетки Изы "
         "Кремер с ее занзибарами-кларами, — печальный Пьеро Вертинского стал сенсацией",
         "evaluative event", None, "+", "high"),
        ("Ему удалось невозможное: вписать богемную экзотику — всех этих маленьких креольчиков, смуглых принцев с "
         "Антильских островов, китайчат Ли, лиловых негров — в живописный ландшафт одинокой и беззащитной души; "
         "превратить ироничную игру культурными символами в откровение глубокой печали",
         "evaluative event", None, "+", "high"),
        ("Так певец без выдающихся вокальных данных, композитор, не знавший нотной грамоты, актер с дефектом "
         "дикции стал всероссийским кумиром",
         "causal evaluative event", None, "+", "high"),
        ("Издательство «Прогрессивные новости» Б. Андржеевского огромными тиражами выпускало «Песенки "
         "Вертинского», которые впечатлительные курсистки развозили по всей стране",
         "event", None, "+", "high"),
        ("Начались гастроли и бенефисы",
         "event", None, "+", "high"),
        ("от восторженной и возмущенной публики нередко приходилось спасаться через черный ход",
         "normative event", None, "+", "high"),
        ("Посыпались приглашения в кино",
         "event", None, "+", "high"),
        ("Популярность Вертинского была столь велика, что в феврале 1917 года Александра Керенского называли "
         "«печальным Пьеро российской революции»",
         "causal evaluative", None, "+", "high"),
        ("Как и подавляющее большинство представителей русской интеллигенции, Вертинский связывал с Февральской "
         "революцией опьяняющие надежды на обновление и очищение",
         "evaluative event", None, "+", "high"),
        ("Октябрьский переворот заставил протрезветь",
         "causal event", None, "+", "high"),
        ("Под впечатлением гибели московских юнкеров, убитых большевиками, Вертинский написал знаменитых "
         "«Юнкеров»",
         "causal event", None, "+", "high"),
        # the lyrics
        ("Я не знаю, зачем и кому это нужно, Кто послал их на смерть недрожавшей рукой, Только так беспощадно, "
         "так зло и ненужно Опустили их в вечный покой",
         "evaluative event", ("Вертинский", "юнкеров, убитых большевиками, "), "-", "high"),
        ("Песня стала настоящим белогвардейским гимном — с нею шли в бой и умирали русские офицеры и юнкера",
         "evaluative event", None, "+", "high"),
        ("Существует легенда, что Вертинского вызывали в ЧК для дачи объяснений по поводу контрреволюционной "
         "песни",
         "causal event", None, "+", "low"),
        ("Артист возмутился: «Но вы же не можете запретить мне их жалеть!»",
         "event", "Артист", "-", "high"),
        ("в ответ услышал: «Дышать запретим, если потребуется»",
         "predictive event", None, "+", "high"),
        ("Как и многие эпизоды из жизни Вертинского, допрос в ЧК не имеет документальных подтверждений",
         "event", None, "-", "high"),
        ("Тем не менее факт остается фактом: вслед за отступающей белой армией, как и многие российские "
         "артисты, Вертинский подался на юг, где все еще верили в счастливую развязку и мучились тяжелым "
         "предчувствием, что ее никогда не будет",
         "event", None, "+", "high"),
        ("В 1920 году на пароходе «Великий князь Александр Михайлович», увозящем барона Врангеля, Вертинский "
         "покинул Россию, отправившись в добровольное изгнание на 23 года",
         "quantitative event", None, "+", "high"),
        ("Его одиссея началась с Константинополя, где он пел разноязыким эмигрантам цыганские романсы и "
         "раздобыл греческий паспорт на имя Александра Вертидиса",
         "event", None, "+", "high"),
        ("Закружилась круговерть авантюр, лиц, городов, стран",
         "event", None, "+", "high"),
        ("Выступления в ресторанах и кабаках — между горячим и десертом; в мюзик-холлах и фешенебельных отелях — "
         "для королей Густава Шведского, Альфонса Испанского, принца Уэльского, для Вандербильтов и Ротшильдов",
         "event", None, "+", "high"),
        ("В Бессарабии его арестовали по обвинению в просоветской пропаганде песней «В степи молдаванской» — в "
         "особенности строками «О, как сладко, как больно сквозь слезы / Хоть взглянуть на родную страну…»",
         "causal event", None, "+", "high"),
        ("Естественно, в деятельности Вертинского усмотрели происки НКВД",
         "event", None, "+", "high"),
        ("С тех пор слава чекистского агента бросает тень на его репутацию по сей день — как будто агент НКВД не "
         "может быть великим артистом",
         "causal evaluative event", None, "+", "high"),
        ("Все двадцать с лишним лет, где бы Вертинский ни выступал, он пел только на русском",
         "event", None, "+", "high"),
        ("исключение делал лишь для любимой Франции, где исполнял несколько своих песенок по-французски",
         "event", None, "+", "high"),
        ("Его основной аудиторией, конечно же, была русская эмиграция, для которой печальный Пьеро являлся не "
         "просто символом утраченной России, но, по выражению Шаляпина, «сказителем земли русской»",
         "event", None, "+", "high"),
        ("Уже с начала 1920-х Вертинский просил разрешения вернуться — через советское консульство, через "
         "Анатолия Луначарского, возглавившего советскую делегацию в Берлине, — но неизменно получал отказ",
         "event", None, "+", "high"),
    ]),
    "factru-book_3539@4": ((38, 50), [
        ("В конце 1935 года он приехал в Китай — в Шанхае и Харбине была довольно обширная русская община",
         "event", None, "+", "high"),
        ("В Шанхае артист дал двадцать аншлаговых концертов",
         "quantitative event", None, "+", "high"),
        ("даже Шаляпину здесь сумели организовать только два выступления",
         "quantitative evaluative event", None, "+", "high"),
        ("бесконечно петь для одной и той же аудитории невозможно",
         "evaluative", None, "+", "high"),
        ("Вертинский намеревался через какое-то время вернуться в Европу",
         "predictive event", None, "+", "high"),
        ("в 1937 году его вдруг пригласили в СССР — без всяких просьб со стороны артиста",
         "event", None, "+", "high"),
        ("Вертинский остался в Китае, ожидая, когда организуют возвращение",
         "event", None, "+", "high"),
        ("Он ждал пять лет",
         "quantitative event", None, "+", "high"),
        ("Рассказывали, что генералиссимус любил слушать ариетки Брата Пьеро в часы отдыха — особенно песню «В "
         "синем и далеком океане»",
         "event", "Рассказывали", "+", "medium"),
        ("Легенда приписывает также Сталину известную фразу «Дадим артисту Вертинскому спокойно дожить на "
         "Родине», произнесенную после того, как «отец всех народов» лично вычеркнул артиста из ждановского "
         "постановления, громившего Дмитрия Шостаковича и Сергея Прокофьева",
         "event", None, "+", "high"),
        ("Нравился Сталину Вертинский или нет, несомненно одно — возвращение «соловья белоэмиграции», мировой "
         "знаменитости было идеологически выгодно советскому режиму, тем более в 1943 году, когда открылся "
         "союзный фронт и в стране бродили оттепельные настроения",
         "evaluative", None, "+", "high"),
        ("Вертинский же всегда и всем говорил о том, что возвращается, чтобы «рассказать о страданиях эмиграции» "
         "и «помирить Родину с ней»",
         "causal event", "Вертинский", "+", "high"),
        ("«Шанхайская Тэффи» Наталия Ильина не преминула по этому поводу съязвить в автобиографическом романе "
         "«Возвращение»",
         "event", None, "-", "high"),
        ("Ее Джордж Эрмин (Георгий Еремин), подозрительно похожий на Вертинского, прочитав Конституцию СССР, "
         "перекрестился и изрек: «Я подумал, что же это — Китеж, воскресающий без нас!»",
         "evaluative event", None, "+", "high"),
        ("Ранним утром 4 ноября 1943 года на пароходе «Дайрен-Мару» Вертинский покинул Шанхай",
         "event", None, "+", "high"),
        ("С ним были его двадцатилетняя жена Лидия и ее мать",
         "event", None, "+", "high"),
        ("на руках он держал трехмесячную дочь Марианну",
         "event", None, "+", "high"),
        ("Необходимость содержать семью была не самой последней причиной переезда в СССР",
         "causal evaluative", None, "+", "high"),
        ("Шла война",
         "event", None, "+", "high"),
        ("зверствовала инфляция",
         "evaluative event", None, "+", "high"),
        ("иностранные конторы в Китае закрывались",
         "event", None, "+", "high"),
        ("русские эмигранты спасались от японской оккупации",
         "event", None, "+", "high"),
        ("Выступать становилось все труднее",
         "evaluative event", None, "+", "high"),
        ("Вертинский пускался в рискованные финансовые авантюры, не имевшие успеха",
         "evaluative event", None, "+", "high"),
        ("Его самой удачной коммерческой операцией была закупка пяти бутылей водки накануне рождения ребенка",
         "quantitative evaluative", None, "+", "high"),
        ("Продав их после повышения цен, Вертинский оплатил счета за услуги роддома",
         "event", None, "+", "high"),
        ("Первым советским городом на их пути стала Чита",
         "event", None, "+", "high"),
        ("Стоял жуткий мороз",
         "evaluative event", None, "+", "high"),
        ("семью Вертинского поселили в гостинице, где практически не топили, а по стенам ползали клопы",
         "event", None, "+", "high"),
        ("в местной филармонии артиста уже поджидала телеграмма из Москвы с распоряжением дать в Чите несколько "
         "концертов",
         "event", None, "+", "high"),
        ("Родина встречала блудного сына",
         "evaluative event", None, "+", "high"),
        ("О его возвращении ходили анекдоты",
         "event", None, "+", "high"),
        ("В одном из них рассказывалось, как Вертинский, приехав в СССР, выходит из вагона с двумя чемоданами, "
         "ставит их, целует землю и смотрит вокруг: «Не узнаю тебя, Россия!»",
         "event", "одном из них", "+", "high"),
        ("Обернувшись, обнаруживает, что чемоданов нет",
         "event", None, "+", "high"),
        ("«Узнаю тебя, Россия!» — восклицает артист",
         "evaluative event", "артист", "+", "high"),
        ("В другом повествовалось о приеме, устроенном в честь Вертинского «пролетарским графом» Алексеем "
         "Николаевичем Толстым",
         "event", None, "+", "high"),
        ("Гости долго томятся, ожидая, когда их пригласят к столу",
         "event", None, "+", "high"),
        ("Остроумец-куплетист Смирнов-Сокольский отвечает: «Государя!»",
         "event", "Смирнов-Сокольский", "+", "high"),
        ("Первой советской киноролью Вертинского стал кардинал Бирнч в фильме Михаила Калатозова «Заговор "
         "обреченных»",
         "event", None, "+", "high"),
        ("Актер сыграл изысканного, сладкоречивого патриция со следами былого донжуанства",
         "event", None, "+", "high"),
        ("Так и должен выглядеть настоящий враг советского режима — образованный, воспитанный, обвораживающий "
         "своим лоском",
         "normative evaluative", None, "+", "high"),
        ("Только такие и могут строить заговоры и вынашивать планы государственного переворота",
         "evaluative", None, "+", "high"),
        ("Сталинская премия за роль кардинала свидетельствовала о высочайшем одобрении этой трактовки",
         "event", None, "+", "high"),
        ("Такого же двуликого Януса Вертинский исполнил в помпезном фильме Сергея Юткевича «Великий воин "
         "Скандербег»",
         "evaluative event", None, "+", "high"),
        ("Возможно, он играл бы маскирующихся иродов и дальше, если бы Исидор Анненский не предложил ему роль "
         "князя в экранизации чеховской «Анны на шее»",
         "causal evaluative", None, "+", "low"),
        ("Одним своим появлением на экране Вертинский, этот обломок царской России, воскрешал шик дворянских "
         "собраний и балов при дворе",
         "evaluative event", None, "+", "high"),
        ("Положение «советского артиста» Вертинского было довольно странным",
         "evaluative", None, "+", "high"),
        ("С одной стороны, явное благоволение властей: его с семьей поселили в «Метрополе», затем выделили "
         "квартиру, наградили высшей государственной премией",
         "evaluative event", None, "+", "high"),
        ("Правда, семья в течение трех лет обитала в «Метрополе» не от хорошей жизни",
         "quantitative causal event", None, "+", "high"),
        ("Съехать было просто некуда, потому что выделенная квартира находилась на первом этаже двухэтажного дома "
         "на Хорошевском шоссе",
         "causal event", None, "-", "high"),
        ("Артист опасался поселяться в ней и с помощью сложных маневров обменял ее на квартиру на улице Горького, "
         "которая была в таком жутком состоянии, что нуждалась в капитальном ремонте",
         "event", None, "+", "high"),
        ("Опасения Вертинского, как выяснилось позже, были не напрасны — квартира на Хорошевском шоссе подверглась "
         "налету знаменитой «Черной кошки»",
         "evaluative event", None, "-", "high"),
        ("С другой стороны, из ста с лишним песен к исполнению было разрешено не более тридцати",
         "quantitative event", None, "+", "high"),
        ("авторство текстов Георгия Иванова и Николая Гумилева Вертинскому пришлось приписать себе",
         "normative event", None, "+", "high"),
        ("единственная прижизненная пластинка вышла в 1944 году",
         "quantitative event", None, "+", "high"),
        ("о концертах — ни строчки в прессе",
         "event", None, "-", "high"),
        ("«Я существую на правах публичного дома, — горько шутил Вертинский, — все ходят, но в обществе говорить "
         "об этом не принято»",
         "evaluative event", "Вертинский", "+", "high"),
        ("Из эмиграции Вертинский вернулся практически с пустыми карманами",
         "event", None, "+", "high"),
        ("вскоре родилась вторая дочь, Настя",
         "event", None, "+", "high"),
        ("Гастрольбюро обеспечило артисту по 20–25 концертов в месяц по всей стране от Средней Азии до Дальнего "
         "Востока — в нетопленных, неприспособленных для выступлений залах с расстроенными роялями и пьяной "
         "публикой",
         "quantitative event", None, "+", "high"),
        ("концертная жизнь в европейских кабаках приучила его работать в любых условиях",
         "causal event", None, "+", "high"),
        ("Платили Вертинскому по самому низкому тарифу, поскольку у него не было никаких званий",
         "causal event", None, "+", "high"),
        ("За концерт артист получал около 800 рублей",
         "quantitative event", None, "+", "medium"),
        ("при этом его выступления всегда проходили при аншлагах и собирали десятки тысяч рублей",
         "quantitative event", None, "+", "high"),
        ("Приходилось соглашаться на все, давать левые концерты, выкручиваться, объясняться",
         "normative event", None, "+", "high"),
        ("Вместе с аккомпаниатором Михаилом Брохесом он вдоль и поперек исколесил всю страну по нескольку раз, "
         "дав около трех тысяч концертов",
         "quantitative event", None, "+", "medium"),
        ("Написал два десятка стихов, работал над мемуарами, которые не успел закончить",
         "quantitative event", None, "+", "high"),
        ("14 лет на Родине превратили бодрого, моложавого мужчину в глубокого старика",
         "quantitative causal event", None, "+", "high"),
        ("Он не хотел умереть дома, не желал, чтобы родные видели «кухню смерти»",
         "event", None, "-", "high"),
        ("21 мая 1957 года Вертинский готовился к концерту в Ленинграде, был сдержан и немногословен",
         "event", None, "+", "high"),
        ("Он находился в своем 208-м номере «Астории», когда начался сердечный приступ",
         "event", None, "+", "high"),
        ("Лекарства под рукой не оказалось",
         "event", None, "-", "high"),
        ("Как выяснилось позже — оно бы уже не помогло",
         "causal", None, "-", "high"),
        ("При вскрытии сосуды рассыпались, как хрупкое стекло",
         "evaluative event", None, "+", "high"),
    ]),
}
