"""Hand annotations of claims, dev set part 52: real news articles (factRuEval-2016 texts, MIT).

Later stretches of three long articles of the shared news collection
(``../shared/data/news/articles.jsonl`` from the repository root), each kept as its title line followed by
a paragraph range (`build_claims_gold.keep_paragraphs(text, (first, last))`, 1-based, the title line
counting as paragraph 1); the keys carry the suffix ``@3``:

- ``factru-book_3677@3``: paragraphs 20–27 of the popular-science essay on internet pornography (dev48
  annotated paragraphs 1–9, dev50 paragraphs 10–19), from `Но в процессе работы с людьми, …` to the
  closing `Признайтесь, а у вас такая проблема есть?`;
- ``factru-book_3555@3``: paragraphs 32–36 of the essay on Мураками (dev47: 1–14, dev50: 15–31), from the
  intertitle `Японский идеалист` to the closing quotation of his interview;
- ``factru-book_3581@3``: paragraphs 36–38 of the essay on Моне (dev47: 1–19, dev49: 20–35), from `Здесь
  же, на небольшом деревенском кладбище, …` to the closing questions about Толстой.

Annotated by hand by reading the texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md
and the earlier decisions listed in claims_dev_annotations.py and claims_dev2..dev51_annotations.py; the
format is described in build_claims_gold.py. `types` are listed in the precedence order of the
guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title lines and headings. The kept title lines (factru-book_3677's full-sentence title, dev48; the plain
  titles of the other two) carry no claim. factru-book_3555@3's first kept paragraph `Японский идеалист` is
  an intertitle (dev48 / dev50 / dev51): no claim.
- Questions (dev / dev44 / dev47 / dev50 / dev51 rule: a sentence ending in `?` is no claim even when its
  main clause is declarative). factru-book_3555: `Донцова помогала невзыскательным читателям выжить в
  прямом смысле: где что можно купить в Москве?` is one orthographic sentence whose elaboration after `:`
  is a question, exactly like dev44's `паны вглядывались в СССР с опасением: обвалится там что-то или
  нет?`, so it gets no claim; I was unsure, since its main clause is the paragraph's real assertion.
  `Как сделать, чтобы …?` is a question. factru-book_3677's closing `Признайтесь, а у вас такая проблема
  есть?` ends in `?` (its imperative is only a lead-in to the question): no claim. factru-book_3581's
  closing `Интересно, если бы …, как бы он стал писать в конце жизни?` and `Неужели же точно как Джойс?`
  are questions: no claims.
- factru-book_3677, speakers. `Уилсон называет это открытие «Воскрешением мужчин» — …` is a reported
  naming (dev21 `эксперты называют наиболее дельным`, dev25 / dev33 `назвал …`): Уилсон's claim,
  evaluative (the metaphoric label and the analogy), no event. `«Вам наверняка захочется спросить, …, —
  усмехается Уилсон. — Ответ прост: эректильная дисфункция».` is a quotation of two sentences with the
  frame `усмехается` (a manner verb framing a quotation, guidelines `«…», — сказал X`): two claims, both
  Уилсон's; the leading dialogue dash of the second is left out (dev47). The first is predictive (the
  reader's future wish); `наверняка` expresses a strong assurance (`surely`), not one of the listed
  medium or low cues, and is used rhetorically here: high; I was unsure, since it is an inferential
  epistemic adverb. The second answers the embedded `почему …` with the reason (dev48 `Во-первых, …`
  answering `Почему так?`): causal, evaluative for `Ответ прост`, zero copula: no event. `По мнению
  Уилсона, дело здесь в том, что …` takes `Уилсона`; `дело в том, что …` names the cause: causal event,
  positive (the content's main predicate `дело в том` is not negated; `не начинали` is in the subordinate
  clause). The next sentence `Проблемы сексуального характера у них начались лишь тогда, …` has no frame,
  so it is the author's (test1). The closing unframed quotation `«К счастью, … пластичен. Если …, рано
  или поздно все должно вернуться …»` takes the nearest naming, `Уилсона` of `По мнению Уилсона` (dev3 /
  dev24 / dev50 unattributed quotations), one claim per sentence. `все должно вернуться` with an inanimate
  subject is an expectation, not an obligation (dev `расценки должны снизиться`, dev14 / dev18 / dev31):
  predictive, high; the `Если …` condition makes no causal (dev19 / dev21 conditional futures). The
  narrative of the young man (`Для примера Уилсон приводит юношу …` and the following sentences) is the
  author's retelling: `приводит юношу` is an act with a nominal object (the author's event), and the
  unframed sentences after it are the author's (test1).
- factru-book_3677, splits and spans. Sentence-initial `Но` is left out (dev48 / dev50), also with `а
  ведь` (`а` left out, `ведь` kept). `Препараты … действуют только ниже пояса, а ведь проблема в головном
  мозге` → two (own subjects); `Начинается все с …, затем наблюдается …, а потом порноаддикт оказывается
  …` → three; `Бросить было не так-то легко, но он сумел это сделать` → two; `С тех пор молодой человек
  перестал …, у него улучшились …, с потенцией все стало в порядке и он превратился …` → four (each clause
  has its own subject). `С 18 лет начал пытаться … — и понял, что …` shares its subject: one claim. The
  concessive parenthesis `(даром что «Плейбой» существует с 1953 года)` is a subordinate clause and stays
  inside its sentence's span (dev29 / dev49 subordinate parentheses). `способа` in `только эректильная
  дисфункция способа заставить …` is the text's misprint for `способна`; the span keeps the text as is.
- factru-book_3677, types. `важное открытие` judges: evaluative event (dev50 `важны`). `Если человек
  прекращает …, мозг постепенно возвращается …` is a generic present rule: event. `Интернет убивает
  потенцию …` states an effect by the verb (`убивать потенцию` is the conventional phrase, so not read
  as a metaphor): causal event. `Это подтверждает исследование …` is evidence, not a cause (dev46 `это
  указывает на то, что`): event. `Порноаддиктам перестает помогать даже «Виагра» — если она им вообще
  когда-нибудь помогала`: `помогать` states an effect (dev51 `помогла`): causal; the sceptical aside
  makes it evaluative; positive (`перестает` is not negated). `Ведь никогда раньше … не наблюдалась …`:
  causal (`Ведь`), negative. `только эректильная дисфункция способ[на] заставить …`: `заставить` is an
  effect by the verb: causal; the short adjective with zero copula gives no event (dev44 / dev46).
  `Бросить было не так-то легко`: `не так-то` negates the degree (dev44 `не очень понимали`, dev46 `не
  очень приятная вещь`): positive, evaluative event. `ведь он был хорош собой и вращался в солидном
  обществе` and `из-за странностей его поведения` are causal and evaluative (dev47 / dev50 `странные`,
  `странный`). `превратился в настоящий магнит для девушек` (metaphor), `Душеспасительную часть своего
  выступления` (irony), `К сожалению, … куда медленнее` (dev39 `К сожалению`), `Годам к 22 это может
  привести к неприятным последствиям` are evaluative; `классический механизм`, `разные явления`, `Менее
  значимые симптомы`, `рекордные количества дофамина` are descriptive: not evaluative. `Во-вторых,
  интернет-порнография и «Плейбой» — разные явления` is a factual distinction with zero copula: event
  (dev48 factual identifications). `Еще следует учитывать, что …`: normative event. `Годам к 22 это может
  привести к …, если …` is a possible future consequence: predictive causal evaluative, no event, low (the
  epistemic `может` outranks the medium of the inverted `Годам к 22`).
- factru-book_3677, numbers. Quantitative: `Уроков можно извлечь три` (the count of lessons is asserted;
  `можно` is a possibility of drawing them, not a hedge or a permission: high), `последние 8 лет
  встречавшегося с психологами` (a duration asserted in the participle, dev47 / dev51 durations), `из двух
  университетов и дважды уволен` (dev43 `дважды`), `только одна цель: продержаться без мастурбации 90
  дней` (asserted in the relative clause, dev46), `5888 человек`, `может уйти 4-5 месяцев` (the typical
  length of recovery: a stated range, like dev46 `могут возникнуть перегрузки до 10 G`, so high, and
  event, not predictive). Not quantitative: `юношу 20 лет`, `двадцатилетнего`, `пятидесятилетнего`
  (attributive ages, dev), `с 14 лет`, `С 18 лет`, `Годам к 22` (ages as time points of a life, like dates
  and `13 лет назад`, dev28; unlike dev48's `в возрасте 10 лет`, which was the statistic itself; I was
  unsure about `с 14 лет`), `За два месяца до беседы` (a time point, dev18 / dev46), `через пару месяцев`
  (vague), `с 1953 года` (a date), `много`, `рекордные количества` (vague).
- factru-book_3555@3. `Песня «Навигатор» начинается словами, которые подходят обоим творцам: «…»` is one
  claim (the frame with the cited lyrics as its elaboration after `:`, dev50's Гребенщиков lines: cited,
  not split at their `;`), the author's (an act, not a verb of saying); `подходят обоим творцам` judges the
  fit: evaluative event; `обоим` refers back to the two already named (anaphoric): not quantitative.
  `верхушку делили два автора: Дарья Донцова и Харуки Мураками` is spelled out by the two names (dev47
  `два тракториста`): not quantitative; event. `Это — горизонталь.` is a metaphoric characterisation with
  zero copula: evaluative. `Мураками же вернул … и помог читателям выжить духовно — по вертикали`: shared
  subject, one claim; `помог` states an effect (dev51): causal, evaluative (`высокой литературе`, the
  vertical metaphor). `Особенно в постмодернистскую эпоху крушения идеалов как таковых.` continues it with
  the predicate gapped (dev3 / dev16 / dev47 / dev49): a claim, evaluative without event (dev49 `Метафорой
  общественного состояния, наконец.`).
- factru-book_3555@3, the interview. `Хочется по этому поводу процитировать напоследок отрывок из его
  интервью: «Японский читатель …` joins the author's lead-in with the first quoted sentence (dev48 `пока
  послушаем, что она говорит: «…»`, dev50 `Вот, к примеру, что он пишет …: «…»`), Мураками's claim with
  the pronoun `его` as span and coref `Мураками`; `Хочется … процитировать` is the author's wish, not a
  hortative: not normative. The further quoted sentences take the same `его` (the naming, guidelines'
  multi-sentence quotations). `А о том, что это ложь, никто не говорит вслух, и люди превращаются в …`
  splits at `, и` (own subjects), the first negative (`никто не`), `А` left out; the second has no causal
  connective: not causal. `Так появилась «Охота на овец» и «Дэнс»` gives the origin of the novels in the
  wish just stated (`Так` = `thus, as a result`): causal event; I was unsure, since `так` may be read as
  manner only. `Сегодня японцев приучают верить, что …`: the author-of-the-quote's judgement of an
  indoctrination (`приучают`, the ironic `шикарный`): evaluative event; the believed content is not
  asserted, so no predictive or causal. `Вот в чём проблема: это новое общество кажется таким огромным и
  всесильным, что …` is one claim (elaboration after `:`), causal for the result `таким …, что` (dev47
  `так …, что`), evaluative; `кажется` states how society appears to people (dev50 `кажется тусклым`), not
  the speaker's own hedge: high; the final `...` is left out. `Но всё когда-нибудь меняется»` is a gnomic
  present (a general truth), not a future tense: event, not predictive; I was unsure, since in context it
  voices the hope that this society will change.
- factru-book_3581@3. `Здесь же, … он и похоронен без всякого пафоса в фамильном склепе, …`: event,
  evaluative for `без всякого пафоса` (the author's judgement of the modest burial); `второй женой` is an
  ordinal. `Под большим белым крестом, рядом с братской могилой военных лётчиков.` continues it with the
  predicate `похоронен` gapped (dev3 / dev16 / dev47 gapped continuations): a claim, event (a plain place,
  no judgement; `большим` is size). `Мучению и поучению он, нет, не противопоставляет, но предлагает
  созерцание и наслаждение` shares its subject `он` (Моне): one claim, negative from its first predicate
  (dev12 / dev16 / dev48 `не оговаривают, но явно намекают`); the parenthetical `нет` is kept inside;
  evaluative event (the art-critical contrast with Толстой's `мучение и поучение`). `Покой.` continues
  it with `предлагает` gapped: a claim, evaluative without event (dev49's gapped continuations `Метафорой
  общественного состояния, наконец.`, `Второе — необыкновенную красоту места`); I was unsure whether a
  one-word fragment should be a claim, but it adds a third item to what Моне offers.
"""

DOCS = {
    "factru-book_3677@3": ((20, 27), [
        # paragraph: Но в процессе работы с людьми …
        ("в процессе работы с людьми, в прошлом зависимыми от интернет-порнографии, психологи сделали важное "
         "открытие",
         "evaluative event", None, "+", "high"),
        ("Если человек прекращает потребление порно, мозг постепенно возвращается в нормальное состояние",
         "event", None, "+", "high"),
        ("Уже есть контрольная группа: люди, которые добровольно перестали смотреть порно в интернете",
         "event", None, "+", "high"),
        ("Уилсон называет это открытие «Воскрешением мужчин» — по аналогии с «Исчезновением» Зимбардо",
         "evaluative", "Уилсон", "+", "high"),
        # paragraph: «Вам наверняка захочется спросить …
        ("«Вам наверняка захочется спросить, почему нормальный мужчина может решить отказаться от просмотра "
         "порнографии, — усмехается Уилсон",
         "predictive", "Уилсон", "+", "high"),
        ("Ответ прост: эректильная дисфункция»",
         "causal evaluative", ("Уилсон", "усмехается "), "+", "high"),
        ("Интернет убивает потенцию у молодых людей",
         "causal event", None, "+", "high"),
        ("Это подтверждает исследование итальянского Общества андрологии и сексуальной медицины, проведенное в "
         "2011 году",
         "event", None, "+", "high"),
        ("Порноаддиктам перестает помогать даже «Виагра» — если она им вообще когда-нибудь помогала",
         "causal evaluative event", None, "+", "high"),
        ("Препараты для лечения импотенции действуют только ниже пояса",
         "event", None, "+", "high"),
        ("ведь проблема в головном мозге",
         "causal event", None, "+", "high"),
        ("Мозг посылает все более слабые сигналы к половому органу",
         "event", None, "+", "high"),
        ("Начинается все с ослабления реакции на порно",
         "event", None, "+", "high"),
        ("затем наблюдается общее снижение потенции",
         "event", None, "+", "high"),
        ("потом порноаддикт оказывается вообще неспособен добиться эрекции",
         "event", None, "+", "high"),
        # paragraph: Уроков можно извлечь три …
        ("Уроков можно извлечь три",
         "quantitative event", None, "+", "high"),
        ("Во-первых, выше показан классический механизм любой аддикции",
         "event", None, "+", "high"),
        ("Во-вторых, интернет-порнография и «Плейбой» — разные явления",
         "event", None, "+", "high"),
        ("Ведь никогда раньше в истории человечества не наблюдалась массовая импотенция среди молодых мужчин "
         "(даром что «Плейбой» существует с 1953 года)",
         "causal event", None, "-", "high"),
        ("В-третьих, только эректильная дисфункция способа заставить порноаддикта задуматься и встать на пусть "
         "исправления",
         "causal", None, "+", "high"),
        ("Менее значимые симптомы просто игнорируются",
         "event", None, "+", "high"),
        # paragraph: Для примера Уилсон приводит юношу …
        ("Для примера Уилсон приводит юношу 20 лет, последние 8 лет встречавшегося с психологами и "
         "психотерапевтами",
         "quantitative event", None, "+", "high"),
        ("У него нашли депрессию, тревожное расстройство личности, нарушения памяти и другие расстройства психики",
         "event", None, "+", "high"),
        ("Ему выписывали психостимуляторы, транквилизаторы и антидепрессанты",
         "event", None, "+", "high"),
        ("Он был исключен из двух университетов и дважды уволен с работы",
         "quantitative event", None, "+", "high"),
        ("С социальной тревожностью боролся курением марихуаны",
         "event", None, "+", "high"),
        ("Женщин в его жизни было много, ведь он был хорош собой и вращался в солидном обществе",
         "causal evaluative event", None, "+", "high"),
        ("они быстро исчезали из-за странностей его поведения",
         "causal evaluative event", None, "+", "high"),
        ("Интернет-порно он серьезно увлекался с 14 лет",
         "event", None, "+", "high"),
        ("С 18 лет начал пытаться что-то изменить в своем жизни — и понял, что все его проблемы упираются в порно",
         "causal event", None, "+", "high"),
        # paragraph: За два месяца до беседы …
        ("За два месяца до беседы с Уилсоном наш герой полностью перестал смотреть интернет-порнографию",
         "event", None, "+", "high"),
        ("Бросить было не так-то легко",
         "evaluative event", None, "+", "high"),
        ("он сумел это сделать",
         "event", None, "+", "high"),
        ("С тех пор молодой человек перестал пользоваться всеми лекарствами",
         "event", None, "+", "high"),
        ("у него улучшились память и внимание",
         "event", None, "+", "high"),
        ("с потенцией все стало в порядке",
         "event", None, "+", "high"),
        ("он превратился в настоящий магнит для девушек",
         "evaluative event", None, "+", "high"),
        ("Душеспасительную часть своего выступления Уилсон закончил упоминанием группы «Фапстронавты» на сайте "
         "reddit.com, у участников которой в жизни есть только одна цель: продержаться без мастурбации 90 дней",
         "quantitative evaluative event", None, "+", "high"),
        ("На момент выступления в группе было 5888 человек",
         "quantitative event", None, "+", "high"),
        # paragraph: К сожалению, …
        ("К сожалению, люди двадцатилетнего возраста получают потенцию обратно куда медленнее, чем более взрослые "
         "мужчины",
         "evaluative event", None, "+", "high"),
        ("Если у пятидесятилетнего человека все в порядке уже через пару месяцев, то у юноши на восстановление "
         "душевного и физического здоровья может уйти 4-5 месяцев",
         "quantitative event", None, "+", "high"),
        ("По мнению Уилсона, дело здесь в том, что взрослые люди не начинали свою половую жизнь с интернет-порно",
         "causal event", "Уилсона", "+", "high"),
        ("Проблемы сексуального характера у них начались лишь тогда, когда им провели высокоскоростной интернет",
         "event", None, "+", "high"),
        # paragraph: Подростки же начинают с интернета …
        ("Подростки же начинают с интернета, причем в тот момент, когда их мозг способен вырабатывать рекордные "
         "количества дофамина",
         "event", None, "+", "high"),
        ("Еще следует учитывать, что в подростковом возрасте в мозге происходит закрепление часто используемых "
         "нейронных цепей и упразднение неиспользуемых",
         "normative event", None, "+", "high"),
        ("Годам к 22 это может привести к неприятным последствиям, если вы ненароком смотрели много экстремальной "
         "порнографии или порнографии, не вполне соответствующей вашей текущей сексуальной ориентации",
         "predictive causal evaluative", None, "+", "low"),
        ("«К счастью, человеческий мозг очень гибок и пластичен",
         "evaluative", ("Уилсона", "По мнению "), "+", "high"),
        ("Если молодой человек бросит смотреть порно, рано или поздно все должно вернуться в исходное "
         "биологическое состояние»",
         "predictive", ("Уилсона", "По мнению "), "+", "high"),
    ]),
    "factru-book_3555@3": ((32, 36), [
        ("Песня «Навигатор» начинается словами, которые подходят обоим творцам: «С арбалетом в метро, с "
         "самурайским мечом меж зубами; в виртуальной броне, а чаще, как правило, без — неизвестный для вас, я "
         "тихонько парю между вами светлой татью в ночи, среди чёрных и белых небес»",
         "evaluative event", None, "+", "high"),
        ("В двухтысячных в России в рейтингах книжных продаж верхушку делили два автора: Дарья Донцова и Харуки "
         "Мураками",
         "event", None, "+", "high"),
        ("Это — горизонталь",
         "evaluative", None, "+", "high"),
        ("Мураками же вернул высокой литературе статус популярной и помог читателям выжить духовно — по вертикали",
         "causal evaluative event", None, "+", "high"),
        ("Особенно в постмодернистскую эпоху крушения идеалов как таковых",
         "evaluative", None, "+", "high"),
        ("Хочется по этому поводу процитировать напоследок отрывок из его интервью: «Японский читатель всё так же "
         "тоскует по миру, в котором оставалось бы место для идеализма",
         "event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("Мне захотелось создать героя, который бесконечно одинок в этом огромном и сложном обществе денег и "
         "информации",
         "evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("Так появилась «Охота на овец» и «Дэнс»",
         "causal event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("Сегодня японцев приучают верить, что шикарный БМВ и новенький компьютер сделают их счастливыми и "
         "избавят от ощущения вселенской изолированности",
         "evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("о том, что это ложь, никто не говорит вслух",
         "evaluative event", ("его", "отрывок из ", "Мураками"), "-", "high"),
        ("люди превращаются в циников и лицемеров",
         "evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("Вот в чём проблема: это новое общество кажется таким огромным и всесильным, что уже и не разобрать, как "
         "от него защищаться, с чего начинать атаку",
         "causal evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ("всё когда-нибудь меняется»",
         "event", ("его", "отрывок из ", "Мураками"), "+", "high"),
    ]),
    "factru-book_3581@3": ((36, 38), [
        ("Здесь же, на небольшом деревенском кладбище, он и похоронен без всякого пафоса в фамильном склепе, рядом "
         "со своей второй женой и детьми",
         "evaluative event", None, "+", "high"),
        ("Под большим белым крестом, рядом с братской могилой военных лётчиков",
         "event", None, "+", "high"),
        ("Мучению и поучению он, нет, не противопоставляет, но предлагает созерцание и наслаждение",
         "evaluative event", None, "-", "high"),
        ("Покой",
         "evaluative", None, "+", "high"),
    ]),
}
