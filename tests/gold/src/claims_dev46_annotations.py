"""Hand annotations of claims, dev set part 46: real news articles (factRuEval-2016 texts, MIT).

Eleven articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root): factru-book_402, _58, _191, _336, _335, _324, _294, _337, _263, _258 kept whole
(paragraphs None), and factru-book_438 kept to its first 13 paragraphs (the title line counts as the
first; the document ends with the paragraph `Отмечается, что в истории полётов кораблей «Союз» …`).
Annotated by hand by reading the texts (not from the pipeline's output), following
../CLAIMS_GUIDELINES.md and the earlier decisions listed in claims_dev_annotations.py and
claims_dev2..dev45_annotations.py; the format is described in build_claims_gold.py. `types` are listed
in the precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_402, _335 and _294 are single lines (the title field is the whole text, three
  or four full sentences): by the dev / dev2 / … / dev42 rule the first line is the title and carries no
  claim, so, like dev45's factru-book_156, they are kept with an **empty claim list**. The first lines of
  factru-book_191, _336, _324, _337, _263, _258 and _438 are likewise full lead sentences standing as
  titles (no claims); the first line of factru-book_58 is a plain title.
- Sentence-initial `Однако` opening a new sentence (factru-book_438 `Однако директор НАСА …`, `Однако
  мы видим, что …` inside a quotation) is kept in the span, as in most earlier parts (dev13 / dev15 /
  dev16 / dev17 / dev26 … dev33), though dev8 / dev44 left it out; the leading `Но,` of the quoted
  `Но, это продолжалось недолго` and `Но, разделение модулей …` is left out (a coordinating `но`, dev44),
  and with it the opening `«` of the latter (dev10).
- Speakers. factru-book_438: `Пегги Уитсон говорит, что …, Юрий самостоятельно выбрался наружу.` is
  followed by `Мне и Ли Со Ён помогли выбраться из корабля люди, которые нас встретили. Затем они
  ожидали, когда прибудут спасатели.`, direct speech without quotation marks whose first person can only
  be Whitson (she and Ли Со Ён were the ones helped out), so, unlike dev24's `Мы помним` (which the author
  could say), both sentences take `Пегги Уитсон` as speaker (dev3 / dev24 unframed quotation paragraph
  after a naming frame). I was unsure about the second, which reads as narration. Gerstenmaier's
  unframed quotation paragraph `«Мы не видим …»` right after `Далее Герстенмайер сказал, что …` takes
  `Герстенмайер` for each sentence (dev3); the next paragraph is framed `говорит Гернстермайер` (the
  text's own misspelling, kept as the span) and its later sentences take that naming. `По высказываниям
  экипаж, …` inside his quotation does not change the speaker (dev11 / dev36: attribution inside a
  quotation). `В случае необходимости, этот корабль может быть использован …` has no frame of its own,
  so it is the author's (test1 rule), although it follows his report. `Отмечается, что …` takes the verb
  (dev33 / dev35); its following sentences are the author's. `высказался в том духе, что …, и верит, что
  …` is one claim (two reporting predicates sharing one subject, dev11), `Билл Герстенмайер` (dev27
  `высказался в том смысле, что`). factru-book_337 `Ранее заявлялось, что …` takes the impersonal verb
  `заявлялось` (dev `подчёркивалось`). factru-book_336's quoted sentence `— сказал он` takes `он` with
  coref `Калоев`; factru-book_324's `Бхутто заявила по телефону агенству France-Presse: «Я не боюсь …`
  joins the frame with the first quoted sentence (dev / dev7) and the second quoted sentence takes
  `Бхутто` (where the speaker is named).
- Quotation with a frame in the middle of one orthographic sentence (factru-book_438 `«… как я ожидала»,
  говорит Пегги Уитсон: — «Но, разделение модулей корабля происходило более драматично».`): the frame
  closes the preceding quoted sentence (`«…», — сказал X`), and the quotation after `: —` is its own
  claim with the same speaker. Each quoted sentence is one claim however many clauses it has (test2), so
  `Спуск продолжался нормально и удар при посадке был не так силён, как я ожидала` and `Во время полёта
  шаттла, мы получаем …, в случае с «Союзом» это не так` are one claim each, with the polarity of the
  first clause (positive).
- Splits in the author's text. `Возможно, из-за перегрева вышла из строя антенна и связь с кораблём
  прервалась` has two clauses with their own subjects: two claims. `Возможно` and `из-за перегрева` are
  read as scoping over the first only: the loss of contact is stated as fact later (`была потеряна связь
  с кораблём`), so the second is event, high; I was unsure, since the sequence implies the antenna failure
  caused it. `ПАО всё-таки отсоединился, и спускаемый модуль принял …` and `ПАО всё-таки отделился …, и
  спускаемый модуль развернулся …` give two claims each. `В конце концов` is temporal (dev44): not causal.
- Hedges. `Предположительно` (listed) and `Возможно` (listed) are low. `Во время такого спуска могут
  возникнуть перегрузки до 10 G` states the known range of a descent of this kind (dev12 `штрафы могут
  достигать`, dev20 / dev27 `могут достигать`), not an epistemic possibility: high; quantitative event.
  `высказался в том духе, что …` and `верит, что …` (a plain belief, dev15) are no hedges: high.
- Counterfactual. `Если бы этого не произошло, то космонавт бы погиб` states the consequence that the
  separation averted (dev19 / dev41 justifying counterfactuals): causal, no event (nothing happened),
  high (no modal of possibility, dev17 / dev41), positive (the negation is in the condition).
- `Только через полчаса после приземления … было подтверждено, что …` and `Об этом случае стало известно
  только в начале 90-х годов, так как …`: `Только` judges the time as late (dev34 / dev45 `лишь`):
  evaluative; `через полчаса` is a time point (dev18 `через неделю`), not quantitative.
- Types, factru-book_438. `Это был второй подряд спуск …` (ordinal): event. `Возникают вопросы о качестве
  … и о надёжности корабля` is the author's insinuated doubt: evaluative event. `не было результатом
  каких-либо действий экипажа` (result = cause, negated) is causal in Маленченко's claim, positive from
  the content's first predicate `перешёл`. `особых беспокойств … нет` (a dismissal, dev10 `Ничего нового
  тут нет`): evaluative event, negative. `Это очевидно, что нам не нравится повторение …`: `Это очевидно,
  что` only asserts certainty of P (like `Известно, что P`, dev10), so type and polarity come from P
  (`не нравится`: evaluative event, negative); `дважды подряд` refers back to the two descents already
  stated (anaphoric, dev): not quantitative. `это указывает на то, что …` is evidence, not a cause (dev6
  `как показали`): evaluative event. `«Для меня перегрузки не очень приятная вещь, особенно, если они
  доходят до 8 G` is a zero-copula judgement: evaluative only; `не очень` negates the degree of the
  modifier (dev44 `не очень понимали`): positive; `8 G` sits in a condition (dev9): not asserted.
  `Они не имели достаточно информации, чтобы точно оценить …`: `достаточно …, чтобы` is a degree
  complement, not a purpose: not causal. `сверхбольшие перегрузки`, `очень сильную вибрацию`, `сильный
  нагрев` state sizes (dev26): not evaluative. `огромное количество телеметрии` is vague: not quantitative.
  `измеритель перегрузок показывал значение 8,2 G` is quantitative.
- factru-book_263. `займёт почётное место в … музее` is a plain future (predictive), and `почётное`
  honours the shuttle (a judgement): predictive evaluative; I was unsure whether the set phrase should count.
  `Программа «Спейс шаттл» близка к своему завершению: после «Дискавери», в космос по разу отправятся
  также …` is one claim (elaboration after `:`), the parenthesised dates are noun phrases that stay inside
  (dev9); predictive; `по разу` ("once each") asserts the count of the remaining flights, read like dev34
  `семь раз` / dev43 `дважды`: quantitative; no event (the main predicate `близка` is a short adjective
  with zero copula, the verb is future). I was unsure about `по разу`. `Полёт, который первоначально
  должен был продлится 11 дней, занял 13 суток` asserts durations: quantitative event.
- factru-book_191. `распространяется на всех россиян, которые будут приезжать в Турцию на срок до 30
  дней` states the scope of the agreement, not an obligation (dev29 / dev41 scope statements): event; the
  30-day limit in the restrictive relative clause is the agreement's asserted term (dev2 amounts in
  relative clauses, dev42 `в течение шести месяцев` as the content of a rule): quantitative. `двух стран`
  identifies the referents: no number.
- factru-book_258. `выставили на интернет-аукцион, который завершится через 6 дней`: `через 6 дней` is a
  time point in a relative clause (dev9 / dev18): event only. `более 140 тысяч` bounds the number: high.
- factru-book_58. `По инициативе итальянской стороны` names the initiator, not a cause (dev32): event.
- factru-book_324. `Правительство Пакистана объясняло арест необходимостью защиты Бхутто …` is an
  explanation with a nominal object (no content clause): the author's event (dev), causal because it names
  the stated cause (unlike dev41's `объяснял причины`, which names none); the necessity is the
  government's, not the author's, so no normative (dev17 `ссылаясь на некомпетентность`). Бхутто's `Моя
  борьба — за людей Пакистана, за их права и за конец диктатуры` states the aim of her struggle with zero
  copula (dev13 `Цель мероприятия — …`: causal) and calls the regime a dictatorship: causal evaluative,
  no event. `«Я не боюсь их тактики`: event, negative.
- factru-book_336. `заявил, что благодарен всем гражданам России за поддержку, …` is Калоев's claim;
  `благодарен … за …` gives the ground (dev24 `должна быть благодарна Ельцину за то, что`): causal, and
  the gratitude is an attitude (evaluative); the short adjective with zero copula gives no event (dev44).
- factru-book_337. `Ранее заявлялось, что марш … является незаконным` is a copula judgement (dev25 /
  dev31 `незаконно`): evaluative only, positive (fused `не-`, test2); the relative clause `который должен
  был начаться во вторник` adds no type.
"""

DOCS = {
    "factru-book_402": (None, []),
    "factru-book_58": (None, [
        ("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали "
         "встретился с заместителем министра иностранных дел Грузии Александром Налбандовым",
         "event", None, "+", "high"),
        ("Предметом обсуждения стали вопросы сотрудничества в международных организациях",
         "event", None, "+", "high"),
    ]),
    "factru-book_191": (None, [
        ("Соглашение об условиях взаимных поездок граждан двух стран (предусматривающее отмену виз) "
         "распространяется на всех россиян, которые будут приезжать в Турцию на срок до 30 дней, прежде всего, "
         "на туристов",
         "quantitative event", None, "+", "high"),
    ]),
    "factru-book_336": (None, [
        ("Калоев, потерявший в авиакатастрофе над Боденским озером в 2002 году свою семью, заявил, что благодарен "
         "всем гражданам России за поддержку, которую они ему оказали",
         "causal evaluative", "Калоев", "+", "high"),
        ("«Находясь в тюрьме, я не чувствовал себя вне своей родины», — сказал он",
         "event", ("он", None, "Калоев"), "-", "high"),
    ]),
    "factru-book_335": (None, []),
    "factru-book_324": (None, [
        ("Правительство Пакистана объясняло арест необходимостью защиты Бхутто на митинге оппозиции в пятницу",
         "causal event", None, "+", "high"),
        ("За последние дни было арестовано 5000 активистов Народной партии, возглавляемой Бхутто",
         "quantitative event", None, "+", "high"),
        ("Бхутто заявила по телефону агенству France-Presse: «Я не боюсь их тактики",
         "event", "Бхутто", "-", "high"),
        ("Моя борьба — за людей Пакистана, за их права и за конец диктатуры»",
         "causal evaluative", "Бхутто", "+", "high"),
    ]),
    "factru-book_294": (None, []),
    "factru-book_337": (None, [
        ("Ранее заявлялось, что марш протеста из Лахора в Исламабад, запланированный сторонниками Бхутто, "
         "который должен был начаться во вторник, является незаконным",
         "evaluative", "заявлялось", "+", "high"),
    ]),
    "factru-book_263": (None, [
        ("Полёт, который первоначально должен был продлится 11 дней, занял 13 суток",
         "quantitative event", None, "+", "high"),
        ("После своего возвращения на Землю навсегда, челнок займёт почётное место в американском музее "
         "аэронавтики",
         "predictive evaluative", None, "+", "high"),
        ("Программа «Спейс шаттл» близка к своему завершению: после «Дискавери», в космос по разу отправятся "
         "также шаттлы «Индевор» (в конце апреля 2011 г.) и «Атлантис» (в конце июня 2011 г.)",
         "predictive quantitative", None, "+", "high"),
    ]),
    "factru-book_258": (None, [
        ("«Славута» (ЗАЗ-1103), была построена на платформе «Таврия» и выпускалась на Украине с 1999 года",
         "event", None, "+", "high"),
        ("За этот промежуток времени Запорожский автомобилестроительный завод собрал более 140 тысяч таких "
         "автомобилей",
         "quantitative event", None, "+", "high"),
        ("Последний из них, коллекционный экземпляр, выставили на интернет-аукцион, который завершится через 6 "
         "дней",
         "event", None, "+", "high"),
    ]),
    "factru-book_438": (13, [
        ("Перед входом в атмосферу, с помощью подрыва пиротехнических болтов, происходит разделение модулей "
         "корабля «Союз»",
         "event", None, "+", "high"),
        ("Предположительно, при подрыве пиротехнических болтов не произошло полного отсоединения "
         "приборно-агрегатного отсека (ПАО), что привело к неверной ориентации спускаемого модуля во время "
         "входа в атмосферу",
         "causal event", None, "-", "low"),
        ("При спуске с неправильной ориентацией начался сильный нагрев верхней части спускаемого модуля, где "
         "находится антенна связи, а также отсек с парашютом",
         "event", None, "+", "high"),
        ("Возможно, из-за перегрева вышла из строя антенна",
         "causal event", None, "+", "low"),
        ("связь с кораблём прервалась",
         "event", None, "+", "high"),
        ("В конце концов, ПАО всё-таки отсоединился",
         "event", None, "+", "high"),
        ("спускаемый модуль принял нормальную ориентацию, с теплозащитным покрытием вперёд",
         "event", None, "+", "high"),
        ("При входе в атмосферу, члены экипажа ощущали очень сильную вибрацию и болтанку, испытывали "
         "сверхбольшие перегрузки",
         "event", None, "+", "high"),
        ("Космонавты сообщали о задымлении кабины корабля",
         "event", None, "+", "high"),
        ("Из-за значительного отклонения от расчётного места приземления, команда спасателей не смогла вовремя "
         "прибыть к месту приземления",
         "causal event", None, "-", "high"),
        ("Космонавтов встретили местные жители, которые были удивлены появлением, неожиданно свалившегося с неба "
         "космического корабля",
         "event", None, "+", "high"),
        ("Пегги Уитсон говорит, что возле корабля не было спасателей, Юрий самостоятельно выбрался наружу",
         "event", "Пегги Уитсон", "-", "high"),
        ("Мне и Ли Со Ён помогли выбраться из корабля люди, которые нас встретили",
         "event", "Пегги Уитсон", "+", "high"),
        ("Затем они ожидали, когда прибудут спасатели",
         "event", "Пегги Уитсон", "+", "high"),
        ("На заключительном этапе спуска была потеряна связь с кораблём",
         "event", None, "+", "high"),
        ("Только через полчаса после приземления, когда Маленченко самостоятельно выбрался из корабля и позвонил "
         "по спутниковому телефону, было подтверждено, что космонавты живы",
         "evaluative event", None, "+", "high"),
        ("Это был второй подряд спуск по баллистической траектории",
         "event", None, "+", "high"),
        ("Во время такого спуска могут возникнуть перегрузки до 10 G",
         "quantitative event", None, "+", "high"),
        ("Из-за неправильной ориентации спускаемого модуля, он был подвергнут более сильному, чем обычно, нагреву",
         "causal event", None, "+", "high"),
        ("После приземления Пегги Уитсон сказала, что во время спуска заметила, что измеритель перегрузок "
         "показывал значение 8,2 G",
         "quantitative event", "Пегги Уитсон", "+", "high"),
        ("«Для меня перегрузки не очень приятная вещь, особенно, если они доходят до 8 G",
         "evaluative", ("Пегги Уитсон", "говорит "), "+", "high"),
        ("это продолжалось недолго",
         "event", ("Пегги Уитсон", "говорит "), "+", "high"),
        ("Спуск продолжался нормально и удар при посадке был не так силён, как я ожидала», говорит Пегги Уитсон",
         "evaluative event", "Пегги Уитсон", "+", "high"),
        ("разделение модулей корабля происходило более драматично»",
         "evaluative event", ("Пегги Уитсон", "говорит "), "+", "high"),
        ("Командир корабля Юрий Маленченко сказал, что корабль автоматически перешёл на баллистический спуск и, "
         "что это не было результатом каких-либо действий экипажа",
         "causal event", "Юрий Маленченко", "+", "high"),
        ("Это был второй подряд спуск корабля «Союз» по баллистической траектории",
         "event", None, "+", "high"),
        ("Возникают вопросы о качестве контроля сборки корабля и о надёжности корабля в целом",
         "evaluative event", None, "+", "high"),
        ("Однако директор НАСА по космическим полётам Билл Герстенмайер (Bill Gerstenmaier) высказался в том "
         "духе, что русские партнёры со всей тщательностью рассмотрят возникшие проблемы, и верит, что русские "
         "найдут и устранят причины этих проблем до старта следующего «Союза», который назначен на 12 октября",
         "predictive", "Билл Герстенмайер", "+", "high"),
        ("Далее Герстенмайер сказал, что особых беспокойств о состоянии корабля «Союз ТМА-12», который находится "
         "на орбите в составе МКС, нет",
         "evaluative event", "Герстенмайер", "-", "high"),
        ("В случае необходимости, этот корабль может быть использован для спуска с орбиты",
         "event", None, "+", "high"),
        ("«Мы не видим здесь непреодолимых проблем",
         "evaluative event", ("Герстенмайер", "Далее "), "-", "high"),
        ("Это очевидно, что нам не нравится повторение похожих ситуаций дважды подряд",
         "evaluative event", ("Герстенмайер", "Далее "), "-", "high"),
        ("Однако мы видим, что русские серьёзно занимаются этой проблемой и создали комиссию, которая займётся "
         "этими вопросами",
         "evaluative event", ("Герстенмайер", "Далее "), "+", "high"),
        ("Они привлекли в эту комиссию независимых специалистов, это указывает на то, что русские понимают "
         "серьёзность проблемы»",
         "evaluative event", ("Герстенмайер", "Далее "), "+", "high"),
        ("«Мы знаем, что были проблемы с разделением модулей», говорит Гернстермайер",
         "event", "Гернстермайер", "+", "high"),
        ("«Во время полёта шаттла, мы получаем огромное количество телеметрии, в случае с «Союзом» это не так",
         "event", "Гернстермайер", "+", "high"),
        ("По высказываниям экипаж, они не наблюдали чего-либо не нормального, они почувствовали только "
         "повышенный уровень вибрации и болтанки",
         "event", "Гернстермайер", "-", "high"),
        ("Они не имели достаточно информации, чтобы точно оценить ситуацию и как произошло разделение модулей",
         "event", "Гернстермайер", "-", "high"),
        ("Точные ответы русские получат только после того как проанализируют данные, записанные компьютером»",
         "predictive", "Гернстермайер", "+", "high"),
        ("Отмечается, что в истории полётов кораблей «Союз» был уже подобный случай в январе 1969 года, когда из "
         "космоса на корабле «Союз-5» возвращался Борис Волынов",
         "event", "Отмечается", "+", "high"),
        ("Во время спуска с орбиты, не произошло разделения спускаемого модуля и ПАО",
         "event", None, "-", "high"),
        ("Корабль вошёл в атмосферу с менее защищённой от перегрева верхней частью корабля вперёд",
         "event", None, "+", "high"),
        ("В какой-то момент ПАО всё-таки отделился от спускаемого модуля",
         "event", None, "+", "high"),
        ("спускаемый модуль развернулся в правильном направлении",
         "event", None, "+", "high"),
        ("Если бы этого не произошло, то космонавт бы погиб",
         "causal", None, "+", "high"),
        ("Об этом случае стало известно только в начале 90-х годов, так как раньше в СССР всё, что касалось "
         "космонавтики, было государственной тайной",
         "causal evaluative event", None, "+", "high"),
    ]),
}
