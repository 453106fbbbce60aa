"""Hand annotations of claims, dev set part 17: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_282, _302, _297, _215, _127), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed
in claims_dev_annotations.py and claims_dev2..dev16_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. In all five articles the first line is a title run together with its lead
  (factru-book_282 holds the whole first paragraph, `США должны защищать себя … найдены виновные.`;
  factru-book_215 and factru-book_127 hold two or three full lead sentences; factru-book_302
  `Трудности перевода Депутаты Приморья попросили …` and factru-book_297 `Такой выгодный Facebook
  Российский фонд DST продолжает …` hold a title and a deck). By the dev / dev2 / dev7 / dev10 / dev12
  / dev16 rule the first line is the title and carries no claim, so annotation starts on the second
  paragraph.
- Speakers through a relative or nominal attribution. `Американцы защищают положение, по которому
  должны быть различимы военнопленные и «нелегальные боевики»` (factru-book_282): `по которому`
  ("according to which") in the relative clause attributes the content, like `согласно которому` in
  dev10, so it is the Americans' normative claim; the guillemets around the Americans' term are the
  author's distancing (dev6 / dev8 scare quotes): evaluative. `США обвиняются в том, что …` (an
  impersonal accusation with a content clause, no named accuser) takes the verb `обвиняются` as the
  span (dev `подчёркивалось`), and the accusation's content is evaluative (dev6). `Бумаги Facebook
  считаются весьма привлекательными` (an impersonal verb of believing, no `по праву` of the author,
  dev) takes `считаются`. `Международная амнистия … обвиняет США в двойном подходе` (nominal object)
  is the author's event (dev3 / dev9 / dev14). The `Хотя …, все же, они создали условия …` sentence
  that continues Amnesty's accusation has no frame of its own, so it is the author's (test1).
- `The Wall Street Journal со ссылкой на источники в компании заявляет, что …`: nested attribution
  takes the inner source whose assertion the content is (dev, dev9), `источники в компании`. The
  sentence `Например, Insidefacebook считает, что A, а The Wall Street Journal … заявляет, что B` is
  two claims (two clauses with their own subjects and their own frames).
- `«Майкрософт» возражает против таких требований, под предлогом того, что это раскрывает их фирменные
  секреты` (factru-book_215): the `что` clause gives Microsoft's stated argument (a justification with
  a content clause, like dev14's `Шкрели оправдывал свое решение тем, что …`), so the claim is
  Microsoft's (`Майкрософт`, taken without guillemets, dev); `под предлогом` states the reason
  (causal) and, by calling it a pretext, is the author's loaded wording (evaluative).
- `Экономист ФАО Абдолреза Аббассиан не исключил продолжение тенденции в этом году в случае
  неблагоприятных погодных условий` (factru-book_127): the guidelines list `не исключают` both as a
  source verb and as a low cue. Its object is a nominalised future event with its own time adverbial
  and condition (= `не исключил, что тенденция продолжится …`), so it is read as the economist's
  hedged prediction (speaker `Абдолреза Аббассиан`, predictive, low, positive: the negation is on
  the frame), not as dev7's `сомневаются в его подлинности` (a belief about a property, the author's
  event). `ФАО предупредила мировое сообщество о тяжелых последствиях в случае, если …` (a warning
  with a nominal object) is the author's claim, typed from what it names like dev4's `заявил о
  необходимости` (predictive causal evaluative event). `В соответствии с прогнозом ФАО` is `согласно
  X`: source, span `прогнозом ФАО` (head noun with its genitive, dev12 `отчетности ВТБ`); a forecast
  without a hedge word is high, and the gapped `а в большинстве развивающихся стран – на 20%` (no
  subject of its own, inside the frame's content) stays in the same claim (dev10).
- Modals and schedules. `делегация США … должна прояснить все неприятные вопросы` (at the Monday
  session) and `комитет должен будет опубликовать свое заключение` (19 May) state the schedule of
  the committee's procedure, so they are predictive (dev `должен прилететь`), not normative. In
  `был наложен штраф, согласно которому концерн должен выплачивать 1,5 миллионов долларов ежедневно`
  the obligation stands in the relative clause, which by the dev rule adds only its number
  (quantitative event); `согласно которому` there gives the terms of a penalty, not anybody's
  assertion (dev14 `По условиям сделки`): the author's. `Требования ЕС заключаются в том, чтобы …
  имели …` states the content of a demand (dev5 `требует, чтобы`): normative, and causal for the
  purpose clause `чтобы их программы могли бы …` (whose `могли бы` is ability in a purpose clause,
  no hedge). `Комиссия ЕС угрожала … поднять штраф до 3 миллионов ежедневно, если …` (a threat with
  an infinitive complement) is the author's predictive event, like dev2's `пообещал ограничить`.
  `американцы не намерены обсуждать` is a (negated) present intention: predictive event, negative.
- `Смена часового пояса обеспечила бы краю шестичасовую разницу …, сообщает NEWSru.com`: the
  conditional mood marks an unrealised, hypothetical outcome with no modal of possibility (unlike
  dev5's `могла бы`), so it is no hedge: high (dev9 `были бы`); predictive, causal (a consequence
  stated by the verb, dev6), quantitative (`шестичасовую`, like test1's `двухмесячный`).
- `Следуя предложению Дмитрия Медведева, депутаты … приняли обращение …` (the proposal is the stated
  ground of the act, like dev5's `в знак протеста` and dev8's `по итогам проверки`) is causal.
  `ссылаясь на некомпетентность комитета` (the participle gives the reason the Americans cite, dev12
  `посчитав …`) is causal; the judgement `некомпетентность` is theirs, not the claim's speaker's
  (the author), so it adds no evaluative (dev7). `заставляя участников … гадать` (a consequence given
  by the participle, dev10 `запретив`), `Таким образом`, `В результате`, `из-за`, `за злоупотребление`
  (the ground of a fine, dev8), `так как`, `для допросов` (purpose), `создали условия, в которых пытки
  … стали возможными` and `Тревогу усугубляет тот факт, что …` (cause and effect by the verb, dev6) are
  causal. `проанализировав предложения и цены` only gives the method of the valuation: not causal.
- `Получил известность случай, когда ЦРУ захватило … и … переправило его в Афганистан, а также
  канадец …, который считался членом Аль-Каиды, был переправлен в Сирию`: `случай` is singular and
  the Canadian's transfer is a second, separate case, so the `а также` clause, with its own subject
  and predicate, is read as coordinated with the main clause (elliptical `а также [известен случай,
  когда] …`) and split off; `а` is left out and `также` kept (dev16 `также, что логично, …`).
  `который считался членом Аль-Каиды` (a relative clause) is no hedge cue: high.
- `Таким образом, разница … уменьшилась с десяти до восьми часов, а разница с Владивостоком и
  Хабаровском — с двух часов до одного`: the gapped clause with its own subject is split (dev2) and
  inherits `уменьшилась` and `Таким образом` (dev8): quantitative causal event.
- Quoted sentences of Беспалов (factru-book_302): the first (`«Сегодня утром … мы провели встречу, на
  ней присутствовали наши четыре депутата …`, one claim though it has two clauses, test2) takes the
  speaker named in the frame of the next sentence (`— рассказал Беспалов`); `мнение однозначное` in
  the second is evaluative. `лидер фракции КПРФ Владимир Беспалов опроверг эту информацию` and `глава
  края сослался на результаты опросов` (nominal objects) are the author's events (dev10); `Он заявил,
  что …` takes `Он` with coref `Владимир Беспалов`.
- Numbers. `26 депутатов из 30`, `состоящая из 30 членов` (a count in a participial phrase, like dev2's
  amounts in relative clauses), `5%`, `10%`, `2% … 200 млн долларов`, `0,7% 90 млн долларов`, `19,2 млрд
  долларов`, `более 400 млн пользователей`, `три часовых пояса`, `оптимальное число … — два` (zero
  copula with a number: quantitative evaluative without event, test2), `11%`, `20%`, `1,5 миллионов
  долларов ежедневно`, `500 миллионов долларов` are quantitative. `миллионные штрафы` (vague, dev10
  `миллиарды рублей`), `в течение двух лет` (a time frame in the reason clause, dev4), `бесчисленных
  тюрьмах`, `в некоторых случаях`, `из седьмого в шестой часовой пояс` (ordinals) and `покупки DST
  следующих 5% акций` (refers back to the purchase already reported: anaphoric, dev) are not.
- Evaluative: `все неприятные вопросы`, `пытки принадлежат к повседневности` in `бесчисленных
  тюрьмах`, `весьма привлекательными`, `олицетворяет собой будущее интернета`, `тяжелых последствиях`,
  `Тревогу усугубляет`, `мнение однозначное`, `оптимальное число`. `беднейшие страны мира` (a factual
  ranking, dev7) and `злоупотребление своего монопольного положения` (the legal term for the
  violation) are not taken as judgements. Sentence-initial `Однако`, `Между тем,`, `Напомним,`,
  `Например,` are kept (dev8, dev13, dev15, dev16); a leading `А` is left out.
"""

DOCS = {
    "factru-book_282": (None, [
        ("Вопросы связанные с тайными тюрьмами ЦРУ американцы не намерены обсуждать ссылаясь на "
         "некомпетентность комитета",
         "predictive causal event", None, "-", "high"),
        ("Американцы защищают положение, по которому должны быть различимы военнопленные и «нелегальные "
         "боевики»",
         "normative evaluative", "Американцы", "+", "high"),
        ("В то время как военнопленные находятся под защитой Женевской конвенции, боевики Аль-Каиды не "
         "подпадают под эту конвенцию, считают американцы",
         "event", "американцы", "-", "high"),
        ("В понедельник делегация США, состоящая из 30 членов, должна прояснить все неприятные вопросы",
         "predictive quantitative evaluative", None, "+", "high"),
        ("19 мая комитет должен будет опубликовать свое заключение",
         "predictive", None, "+", "high"),
        ("Международная амнистия (Amnesty International) обвиняет США в двойном подходе",
         "event", None, "+", "high"),
        ("Хотя, американцы отрицают применение пыток или попустительство пыткам, все же, они создали условия, "
         "в которых пытки и истязания стали возможными",
         "causal event", None, "+", "high"),
        ("В лагере Гуантанамо, на Кубе, и в бесчисленных тюрьмах в Ираке и Афганистане пытки принадлежат к "
         "повседневности",
         "evaluative event", None, "+", "high"),
        ("США обвиняются в том, что в некоторых случаях, для допросов, подозреваемые в терроризме перевозились "
         "в страны, где пытки привычны",
         "causal evaluative event", "обвиняются", "+", "high"),
        ("Таким образом, обходились законы, запрещающие пытки в собственной стране",
         "causal event", None, "+", "high"),
        ("Получил известность случай, когда ЦРУ захватило в Македонии гражданина Германии ливанского "
         "происхождения Халеда эль-Масри (Khaled el-Masri) и для допросов переправило его в Афганистан",
         "causal event", None, "+", "high"),
        ("также канадец сирийского происхождения, который считался членом Аль-Каиды, был переправлен в Сирию",
         "event", None, "+", "high"),
    ]),
    "factru-book_302": (None, [
        ("Следуя предложению Дмитрия Медведева, депутаты Законодательного собрания Приморского края приняли "
         "обращение к премьеру РФ о переходе из седьмого в шестой часовой пояс",
         "causal event", None, "+", "high"),
        ("Смена часового пояса обеспечила бы краю шестичасовую разницу во времени со столицей, сообщает "
         "NEWSru.com",
         "predictive quantitative causal", "NEWSru.com", "+", "high"),
        ("Такой переход, считает вице-губернатор Приморья Александр Шемелев, повысит оперативность "
         "взаимодействия государственных органов и организаций, а также краевых органов власти с Москвой",
         "predictive causal", "Александр Шемелев", "+", "high"),
        ("Предложение поддержали 26 депутатов из 30",
         "quantitative event", None, "+", "high"),
        ("Накануне губернатор Приморья Сергей Дарькин заявил на пресс-конференции, что смену пояса "
         "поддерживают и жители края",
         "event", "Сергей Дарькин", "+", "high"),
        ("При этом глава края сослался на результаты опросов",
         "event", None, "+", "high"),
        ("Между тем, лидер фракции КПРФ Владимир Беспалов опроверг эту информацию",
         "event", None, "+", "high"),
        ("Он заявил, что избиратели на встречах с коммунистами высказывались против смены часового пояса",
         "event", ("Он", None, "Владимир Беспалов"), "+", "high"),
        ("«Сегодня утром у входа в здание Законодательного собрания мы провели встречу, на ней присутствовали "
         "наши четыре депутата и их помощники",
         "quantitative event", ("Беспалов", "— рассказал "), "+", "high"),
        ("Мы пообщались с населением — мнение однозначное, мы получили наказы от избирателей голосовать "
         "против обращения к председателю правительства РФ о сокращении разницы с Москвой», — рассказал "
         "Беспалов",
         "evaluative event", "Беспалов", "+", "high"),
        ("Напомним, 28 марта 2010 года Камчатский край и Чукотский автономный округ перешли на магаданское "
         "время",
         "event", None, "+", "high"),
        ("Таким образом, разница во времени с Москвой для этих регионов уменьшилась с десяти до восьми часов",
         "quantitative causal event", None, "+", "high"),
        ("разница с Владивостоком и Хабаровском — с двух часов до одного",
         "quantitative causal event", None, "+", "high"),
        ("В результате в Дальневосточном федеральном округе осталось три часовых пояса",
         "quantitative causal event", None, "+", "high"),
        ("По мнению полпреда президента РФ в округе Виктора Ишаева, оптимальное число часовых поясов для "
         "региона — два",
         "quantitative evaluative", "Виктора Ишаева", "+", "high"),
    ]),
    "factru-book_297": (None, [
        ("Как сообщает газета «Ведомости», Digital Sky Technologies, принадлежащая Юрию Мильнеру, Григорию "
         "Фингеру и Алишеру Усманову, купила ещё 5% акций Facebook",
         "quantitative event", "Ведомости", "+", "high"),
        ("Таким образом, доля DST в Facebook достигла 10%",
         "quantitative causal event", None, "+", "high"),
        ("Сумму сделки источники «Ведомостей» не раскрывают",
         "event", None, "-", "high"),
        ("DST впервые приобрела акции Facebook в мае 2009 года",
         "event", None, "+", "high"),
        ("Тогда 2% привилегированных акций обошлись в 200 млн долларов",
         "quantitative event", None, "+", "high"),
        ("Позже DST приобрела ещё 1,5% обыкновенных акций у сотрудников за 97,5 млн долларов",
         "quantitative event", None, "+", "high"),
        ("К осени 2009 года доля DST достигла 5%",
         "quantitative event", None, "+", "high"),
        ("От комментариев по поводу покупки DST следующих 5% акций представители DST и Facebook отказались",
         "event", None, "+", "high"),
        ("Бумаги Facebook считаются весьма привлекательными",
         "evaluative", "считаются", "+", "high"),
        ("По данным интернет-издания Techcrunch, в марте этого года фонд Elevation Partners также прикупил "
         "акции социальной сети, потратив на приобретение 0,7% 90 млн долларов",
         "quantitative event", "Techcrunch", "+", "high"),
        ("торговая SharesPost, проанализировав предложения и цены последних сделок, оценила капитализацию "
         "Facebook в 19,2 млрд долларов",
         "quantitative event", None, "+", "high"),
        ("Однако Facebook не раскрывает финансовые показатели, заставляя участников и экспертов рынка гадать о "
         "заработанных суммах",
         "causal event", None, "-", "high"),
        ("Например, интернет-ресурс Insidefacebook считает, что в 2009 году выручка составила 700 млн долларов",
         "quantitative event", "Insidefacebook", "+", "high"),
        ("The Wall Street Journal со ссылкой на источники в компании заявляет, что в 2010 году Facebook "
         "ожидает выручку 1,2—2 млрд долларов",
         "predictive quantitative", "источники в компании", "+", "high"),
        ("Главным владельцем Facebook является её основатель Марк Цукерберг",
         "event", None, "+", "high"),
        ("Аудитория социальный сети насчитывает более 400 млн пользователей",
         "quantitative event", None, "+", "high"),
        ("Инвесторы считают, что Facebook олицетворяет собой будущее интернета",
         "evaluative", "Инвесторы", "+", "high"),
    ]),
    "factru-book_215": (None, [
        ("В середине июля ЕС наложил на «Майкрософт» миллионные штрафы, так как в течение двух лет "
         "«Майкрософт» так и не раскрыл требуемые коды операционной системы Windows",
         "causal event", None, "+", "high"),
        ("Начиная с 15 декабря 2005 года был наложен штраф, согласно которому концерн должен выплачивать 1,5 "
         "миллионов долларов ежедневно",
         "quantitative event", None, "+", "high"),
        ("Комиссия ЕС угрожала, с начала августа поднять штраф до 3 миллионов ежедневно, если «Майкрософт» и "
         "дальше будет игнорировать требование антимонопольного законодательства",
         "predictive quantitative event", None, "+", "high"),
        ("Требования ЕС заключаются в том, чтобы производители программного обеспечения имели достаточно "
         "информации о Windows, чтобы их программы могли бы без проблем работать под Windows",
         "normative causal event", None, "+", "high"),
        ("«Майкрософт» возражает против таких требований, под предлогом того, что это раскрывает их фирменные "
         "секреты",
         "causal evaluative event", "Майкрософт", "+", "high"),
        ("Ещё в 2004 году ЕС наложил на «Майкрософт» штраф в размере 500 миллионов долларов, за "
         "злоупотребление своего монопольного положения",
         "quantitative causal event", None, "+", "high"),
    ]),
    "factru-book_127": (None, [
        ("Экономист ФАО Абдолреза Аббассиан не исключил продолжение тенденции в этом году в случае "
         "неблагоприятных погодных условий",
         "predictive", "Абдолреза Аббассиан", "+", "low"),
        ("В ноябре базирующаяся в Риме ФАО, предупредила мировое сообщество о тяжелых последствиях в случае, "
         "если производство зерновых в мире не будет увеличено",
         "predictive causal evaluative event", None, "+", "high"),
        ("В соответствии с прогнозом ФАО, в текущем году цены на импорт продовольствия в глобальном маштабе "
         "вырастут на 11% , а в большинстве развивающихся стран – на 20%",
         "predictive quantitative", "прогнозом ФАО", "+", "high"),
        ("Тревогу усугубляет тот факт, что именно эти государства испытывают сейчас наибольший дефицит "
         "продуктов питания",
         "causal evaluative event", None, "+", "high"),
        ("В 2007-2008 годах, беднейшие страны мира, такие как Гаити, были охвачены беспорядками из-за "
         "повышения цен на продукты питания",
         "causal event", None, "+", "high"),
        ("Индекс цен ФАО на продовольствие включает рис, пшеницу, кукурузу, сахар, мясо и ряд других продуктов",
         "event", None, "+", "high"),
    ]),
}
