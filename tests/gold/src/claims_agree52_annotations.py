"""Hand annotations of claims: an independent second annotation of three later stretches of long articles, for agreement.

Three documents cut from long articles of the shared news collection (``../shared/data/news/articles.jsonl``
from the repository root; real news articles (factRuEval-2016 texts, MIT)), each kept as its title line
followed by a paragraph range (``build_claims_gold.keep_paragraphs(text, (first, last))``, 1-based, the title
line counting as paragraph 1); the keys carry the suffix ``@3``:

- ``factru-book_3677@3``: paragraphs 20–27 of the popular-science essay on internet pornography (from `Но в
  процессе работы с людьми, …` to the closing question `Признайтесь, а у вас такая проблема есть?`);
- ``factru-book_3555@3``: paragraphs 32–36 of the essay on Мураками (from `Песня «Навигатор» начинается …` to
  the closing quotation from his interview);
- ``factru-book_3581@3``: paragraphs 36–38 of the essay on Моне (from `Здесь же, на небольшом деревенском
  кладбище, …` to `Неужели же точно как Джойс?`).

This is an independent second annotation of these documents, made to measure inter-annotator agreement:
annotated by hand by reading the texts (not from the pipeline's output, and without looking at the other
annotation of these documents), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev51_annotations.py; the format is described in
build_claims_gold.py. `types` are listed in the precedence order of the guidelines, so the first is the
primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title lines. None carries a claim (factru-book_3677's is a full sentence, dev48 / dev50; the other two
  are plain titles, dev47 / dev49).
- Questions. `Признайтесь, а у вас такая проблема есть?`, `Как сделать, чтобы дети … были сыты и
  довольны?`, `Интересно, если бы … Лев Николаевич дожил до 1926 года, …, как бы он стал писать …?` and
  `Неужели же точно как Джойс?` end in `?`: no claims. So does `Донцова помогала невзыскательным читателям
  выжить в прямом смысле: где что можно купить в Москве?`: by the dev / dev44 / dev50 / dev51 rule a
  sentence ending in `?` is no claim even when its main clause is declarative (here the question after `:`
  spells out the help). I was unsure here, since `Донцова помогала …` is a plain assertion that the next
  claim `Это — горизонталь.` comments on.
- Speakers, factru-book_3677. `Уилсон называет это открытие «Воскрешением мужчин» — по аналогии с …` is a
  reported naming (dev `назвал … «хорошей»`, dev48 `Зимбардо классифицировал …`): Уилсон's claim,
  evaluative without event (dev19 / dev22 namings). His quotation with the frame in the middle (`«Вам
  наверняка захочется спросить, …, — усмехается Уилсон. — Ответ прост: эректильная дисфункция».`) gives
  two claims, the frame staying with the first and the second taking `Уилсон` from it (dev28 / dev48);
  `усмехается` is a manner-of-speaking frame. The first is a future only (`захочется`): predictive without
  event; `наверняка` is an inferential "surely / most likely" about the listener, read like dev28's
  parenthetical `очевидно`: medium; the `может решить` inside the indirect question is not asserted and adds
  no hedge. I was unsure between medium and high. `Ответ прост: эректильная дисфункция` names the reason
  asked about: causal evaluative (`прост`), zero copula, no event. `По мнению Уилсона, дело здесь в том, что
  …` takes `Уилсона`; its main predicate is `дело в том` (the `не начинали` is in the content's subordinate
  clause): positive, causal (dev25 `Дело в том, что …`). The closing unframed quotation paragraph (`«К
  счастью, человеческий мозг очень гибок и пластичен. Если молодой человек бросит …»`) takes its nearest
  naming, the `Уилсона` of `По мнению Уилсона` (dev3 / dev24 / dev31), for both sentences. Everything else
  is the author's (test1: attribution does not carry over), including `Проблемы сексуального характера у них
  начались лишь тогда, …` after Уилсон's opinion and the teenagers' paragraph. `Это подтверждает
  исследование итальянского Общества …` has only an anaphoric object (no content clause) and is not an `Об
  этом …` frame (dev23: the test2 rule is for `Об этом …` sentences); it cites evidence for the author's own
  preceding assertion, so both are the author's, the first causal event (`убивает потенцию`, an effect by the
  verb, dev6), the second event. I was unsure whether `Интернет убивает потенцию …` should take the study as
  source. `Для примера Уилсон приводит юношу …` (an act with a nominal object) is the author's event,
  quantitative for the age and the eight years of therapy in its participle (dev16 ages, dev2 / dev10
  durations in subordinate parts); `Для примера` is a discourse formula, not a purpose. `Душеспасительную
  часть своего выступления Уилсон закончил упоминанием группы …` is the author's event, evaluative for the
  ironic `Душеспасительную`, quantitative for `только одна цель` and `90 дней` in its relative clause (dev2).
- Splits, factru-book_3677. `Препараты … действуют только ниже пояса, а ведь проблема в головном мозге`:
  two claims (own subjects), the second leaving out `а` and keeping `ведь` (causal, dev44 / dev48), a
  factual localisation with zero copula: causal event. `Начинается все с …, затем наблюдается …, а потом
  порноаддикт оказывается …`: three claims (own subjects), `затем` / `потом` kept. `Бросить было не так-то
  легко, но он сумел это сделать`: two claims; the first is a copula judgement with `не` before the
  predicative (dev2 `было не лёгкой задачей`): evaluative, negative. `С тех пор молодой человек перестал …,
  у него улучшились память и внимание, с потенцией все стало в порядке и он превратился в настоящий магнит
  …`: four claims (own subjects), the last evaluative for the metaphor. Kept as one claim: `Женщин … было
  много, ведь он был хорош собой …` (`ведь` introduces the explanation of the first clause, like dev47's `—
  ведь …`: causal), `Порноаддиктам перестает помогать даже «Виагра» — если она им вообще когда-нибудь
  помогала` (a conditional clause after `—`), `Ведь никогда раньше … не наблюдалась массовая импотенция …
  (даром что «Плейбой» существует с 1953 года)` (`даром что` is a concessive subordinator, so the
  parenthesis is a subordinate clause and stays inside, dev29), `С 18 лет начал пытаться … — и понял, что
  …` (shared subject), `Подростки же начинают с интернета, причем в тот момент, когда …` (`причем` adds an
  adverbial, no predicate of its own).
- Types, factru-book_3677. `Уроков можно извлечь три` asserts the count (dev6 `Список пяти ключевых тем`)
  and `можно` is possibility, not permission (dev7 `Можно вычислить`): quantitative event. `Во-вторых,
  интернет-порнография и «Плейбой» — разные явления` is an argued zero-copula assessment: evaluative without
  event. `В-третьих, только эректильная дисфункция способа заставить …` (the source's typo for `способна`,
  kept as written) states what can make the addict change: causal event. `Еще следует учитывать, что …` is a
  discourse formula (dev19 `Следует иметь в виду`): not normative, typed from its content (event). `Годам к
  22 это может привести к неприятным последствиям, если …`: epistemic `может` on a consequence to come: low,
  predictive causal evaluative, no event; `Годам к 22` (the inverted numeral of approximation, dev47) is an
  age as a time point: not quantitative. `у юноши на восстановление … может уйти 4-5 месяцев` (one claim with
  its contrastive `Если …, то …`, dev16) asserts the duration (quantitative) with an epistemic `может`: low;
  I was unsure, since dev46 read `могут возникнуть перегрузки до 10 G` as a known range (high). `Интернет-порно
  он серьезно увлекался с 14 лет`: the early age is the point of the sentence (dev48 `в возрасте 10 лет`):
  quantitative; `С 18 лет начал пытаться …` uses the age only as the time of the turn: not quantitative;
  `За два месяца до беседы` is a time point (dev21): not quantitative. `все его проблемы упираются в порно`
  (rooted in) is causal. `К сожалению, …` makes its claim evaluative; the comparison `куда медленнее, чем …`
  has no number. `рано или поздно все должно вернуться …` is an expectation (dev `должен` of expectation),
  predictive, high. `в настоящий магнит для девушек`, `Душеспасительную`, `важное открытие`, `хорош собой
  … в солидном обществе` are evaluative; `классический механизм` (textbook, typical), `рекордные количества`
  (a size, dev26) are not.
- factru-book_3555. `Песня «Навигатор» начинается словами, которые подходят обоим творцам: «…»` is one
  claim: the cited lyrics after `:` are the elaboration and are not split (dev50 cited lyrics), its span
  ending with the closing `»`; the relative clause's `подходят обоим творцам` is the author's point:
  evaluative event; `обоим` identifies. `верхушку делили два автора: Дарья Донцова и Харуки Мураками`: the
  numeral is spelled out by the names (dev10 / dev15): event only. `Особенно в постмодернистскую эпоху
  крушения идеалов как таковых.` continues the preceding sentence with its predicate gapped (dev3 / dev16 /
  dev47): a claim, inheriting `evaluative event` (dev49 gapped clauses inherit). `Это — горизонталь.` is a
  zero-copula interpretive judgement: evaluative without event.
- Мураками's interview (factru-book_3555). `Хочется по этому поводу процитировать напоследок отрывок из его
  интервью: «Японский читатель …` is the author's introducing formula ending in `:` with no content of its
  own, so it is joined with the first quoted sentence in one claim (dev7 / dev48 / dev50 `Вот, к примеру,
  что он пишет …: «…»`), typed from the quotation; the speaker is the quoted writer, `его` with coref
  `Мураками` (guidelines: a pronoun source), and the later quoted sentences take the same span (where the
  speaker is named). `Мне захотелось создать героя, …` is a past wish realised in the novels (dev9 `Мёрдок
  хотел избавиться …, тогда и стал …`): predictive event; I was unsure, since nothing lies in the future of
  the speech time. `Так появилась «Охота на овец» и «Дэнс»` (`Так` = as a result): causal event. `А о том,
  что это ложь, никто не говорит вслух, и люди превращаются в циников и лицемеров` is split (own subjects,
  dev48 / dev50 split quoted clauses at a coordinating conjunction), the first negative (`никто не`), both
  evaluative event. `Вот в чём проблема: это новое общество кажется таким огромным и всесильным, что …` is
  one claim (elaboration after `:`), causal for the result clause `таким …, что` (dev47), evaluative event
  (a verbal copula, dev47); `кажется` describes how society appears to people (dev50 `кажется тусклым`:
  perception, not a hedge): high; I was unsure (dev49 read the author's copular `кажется` as medium). The
  final `...` before the next sentence is left out. `Но всё когда-нибудь меняется»` (leading `Но` left out,
  the closing `»` kept) is a gnomic statement whose point is that this will change: predictive; I was unsure
  whether a generic present should be event instead.
- factru-book_3581. `Здесь же, …, он и похоронен без всякого пафоса …` keeps the emphatic particle `и`
  (dev9); `без всякого пафоса` is the author's judgement: evaluative event; `второй женой` is an ordinal.
  `Под большим белым крестом, рядом с братской могилой военных лётчиков.` continues it with the predicate
  `похоронен` gapped: a claim, event. `Мучению и поучению он, нет, не противопоставляет, но предлагает
  созерцание и наслаждение` shares one subject: one claim, negative from its first predicate (dev12 / dev16 /
  dev44), evaluative event (the art-critical contrast with Толстой's `мучение и поучение`); the inserted
  `нет,` is kept inside. `Покой.` continues it as the gapped object of `предлагает` (dev47 / dev49 verbless
  continuations): a claim, evaluative event, positive (it continues the positive `предлагает`, not the
  negated first predicate).
"""

DOCS = {
    "factru-book_3677@3": (
        (20, 27),
        [
            ("в процессе работы с людьми, в прошлом зависимыми от интернет-порнографии, психологи сделали важное открытие",
             "evaluative event", None, "+", "high"),
            ("Если человек прекращает потребление порно, мозг постепенно возвращается в нормальное состояние",
             "event", None, "+", "high"),
            ("Уже есть контрольная группа: люди, которые добровольно перестали смотреть порно в интернете",
             "event", None, "+", "high"),
            ("Уилсон называет это открытие «Воскрешением мужчин» — по аналогии с «Исчезновением» Зимбардо",
             "evaluative", "Уилсон", "+", "high"),
            ("«Вам наверняка захочется спросить, почему нормальный мужчина может решить отказаться от просмотра"
             " порнографии, — усмехается Уилсон",
             "predictive", "Уилсон", "+", "medium"),
            ("Ответ прост: эректильная дисфункция»", "causal evaluative", "Уилсон", "+", "high"),
            ("Интернет убивает потенцию у молодых людей", "causal event", None, "+", "high"),
            ("Это подтверждает исследование итальянского Общества андрологии и сексуальной медицины, проведенное в"
             " 2011 году",
             "event", None, "+", "high"),
            ("Порноаддиктам перестает помогать даже «Виагра» — если она им вообще когда-нибудь помогала",
             "event", None, "+", "high"),
            ("Препараты для лечения импотенции действуют только ниже пояса", "event", None, "+", "high"),
            ("ведь проблема в головном мозге", "causal event", None, "+", "high"),
            ("Мозг посылает все более слабые сигналы к половому органу", "event", None, "+", "high"),
            ("Начинается все с ослабления реакции на порно", "event", None, "+", "high"),
            ("затем наблюдается общее снижение потенции", "event", None, "+", "high"),
            ("потом порноаддикт оказывается вообще неспособен добиться эрекции", "event", None, "+", "high"),
            ("Уроков можно извлечь три", "quantitative event", None, "+", "high"),
            ("Во-первых, выше показан классический механизм любой аддикции", "event", None, "+", "high"),
            ("Во-вторых, интернет-порнография и «Плейбой» — разные явления", "evaluative", None, "+", "high"),
            ("Ведь никогда раньше в истории человечества не наблюдалась массовая импотенция среди молодых мужчин"
             " (даром что «Плейбой» существует с 1953 года)",
             "causal event", None, "-", "high"),
            ("В-третьих, только эректильная дисфункция способа заставить порноаддикта задуматься и встать на пусть"
             " исправления",
             "causal event", None, "+", "high"),
            ("Менее значимые симптомы просто игнорируются", "event", None, "+", "high"),
            ("Для примера Уилсон приводит юношу 20 лет, последние 8 лет встречавшегося с психологами и"
             " психотерапевтами",
             "quantitative event", None, "+", "high"),
            ("У него нашли депрессию, тревожное расстройство личности, нарушения памяти и другие расстройства психики",
             "event", None, "+", "high"),
            ("Ему выписывали психостимуляторы, транквилизаторы и антидепрессанты", "event", None, "+", "high"),
            ("Он был исключен из двух университетов и дважды уволен с работы", "quantitative event", None, "+", "high"),
            ("С социальной тревожностью боролся курением марихуаны", "event", None, "+", "high"),
            ("Женщин в его жизни было много, ведь он был хорош собой и вращался в солидном обществе",
             "causal evaluative event", None, "+", "high"),
            ("они быстро исчезали из-за странностей его поведения", "causal event", None, "+", "high"),
            ("Интернет-порно он серьезно увлекался с 14 лет", "quantitative event", None, "+", "high"),
            ("С 18 лет начал пытаться что-то изменить в своем жизни — и понял, что все его проблемы упираются в порно",
             "causal event", None, "+", "high"),
            ("За два месяца до беседы с Уилсоном наш герой полностью перестал смотреть интернет-порнографию",
             "event", None, "+", "high"),
            ("Бросить было не так-то легко", "evaluative", None, "-", "high"),
            ("он сумел это сделать", "event", None, "+", "high"),
            ("С тех пор молодой человек перестал пользоваться всеми лекарствами", "event", None, "+", "high"),
            ("у него улучшились память и внимание", "event", None, "+", "high"),
            ("с потенцией все стало в порядке", "event", None, "+", "high"),
            ("он превратился в настоящий магнит для девушек", "evaluative event", None, "+", "high"),
            ("Душеспасительную часть своего выступления Уилсон закончил упоминанием группы «Фапстронавты» на сайте"
             " reddit.com, у участников которой в жизни есть только одна цель: продержаться без мастурбации 90 дней",
             "quantitative evaluative event", None, "+", "high"),
            ("На момент выступления в группе было 5888 человек", "quantitative event", None, "+", "high"),
            ("К сожалению, люди двадцатилетнего возраста получают потенцию обратно куда медленнее, чем более"
             " взрослые мужчины",
             "evaluative event", None, "+", "high"),
            ("Если у пятидесятилетнего человека все в порядке уже через пару месяцев, то у юноши на восстановление"
             " душевного и физического здоровья может уйти 4-5 месяцев",
             "quantitative event", None, "+", "low"),
            ("По мнению Уилсона, дело здесь в том, что взрослые люди не начинали свою половую жизнь с интернет-порно",
             "causal event", "Уилсона", "+", "high"),
            ("Проблемы сексуального характера у них начались лишь тогда, когда им провели высокоскоростной интернет",
             "event", None, "+", "high"),
            ("Подростки же начинают с интернета, причем в тот момент, когда их мозг способен вырабатывать"
             " рекордные количества дофамина",
             "event", None, "+", "high"),
            ("Еще следует учитывать, что в подростковом возрасте в мозге происходит закрепление часто используемых"
             " нейронных цепей и упразднение неиспользуемых",
             "event", None, "+", "high"),
            ("Годам к 22 это может привести к неприятным последствиям, если вы ненароком смотрели много"
             " экстремальной порнографии или порнографии, не вполне соответствующей вашей текущей сексуальной"
             " ориентации",
             "predictive causal evaluative", None, "+", "low"),
            ("«К счастью, человеческий мозг очень гибок и пластичен", "evaluative",
             ("Уилсона", "По мнению "), "+", "high"),
            ("Если молодой человек бросит смотреть порно, рано или поздно все должно вернуться в исходное"
             " биологическое состояние»",
             "predictive", ("Уилсона", "По мнению "), "+", "high"),
        ],
    ),
    "factru-book_3555@3": (
        (32, 36),
        [
            ("Песня «Навигатор» начинается словами, которые подходят обоим творцам: «С арбалетом в метро, с"
             " самурайским мечом меж зубами; в виртуальной броне, а чаще, как правило, без — неизвестный для вас,"
             " я тихонько парю между вами светлой татью в ночи, среди чёрных и белых небес»",
             "evaluative event", None, "+", "high"),
            ("В двухтысячных в России в рейтингах книжных продаж верхушку делили два автора: Дарья Донцова и Харуки"
             " Мураками",
             "event", None, "+", "high"),
            ("Это — горизонталь", "evaluative", None, "+", "high"),
            ("Мураками же вернул высокой литературе статус популярной и помог читателям выжить духовно — по"
             " вертикали",
             "evaluative event", None, "+", "high"),
            ("Особенно в постмодернистскую эпоху крушения идеалов как таковых", "evaluative event", None, "+", "high"),
            ("Хочется по этому поводу процитировать напоследок отрывок из его интервью: «Японский читатель всё так"
             " же тоскует по миру, в котором оставалось бы место для идеализма",
             "event", ("его", None, "Мураками"), "+", "high"),
            ("Мне захотелось создать героя, который бесконечно одинок в этом огромном и сложном обществе денег и"
             " информации",
             "predictive event", ("его", "отрывок из ", "Мураками"), "+", "high"),
            ("Так появилась «Охота на овец» и «Дэнс»", "causal event", ("его", "отрывок из ", "Мураками"), "+", "high"),
            ("Сегодня японцев приучают верить, что шикарный БМВ и новенький компьютер сделают их счастливыми и"
             " избавят от ощущения вселенской изолированности",
             "evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
            ("о том, что это ложь, никто не говорит вслух", "evaluative event",
             ("его", "отрывок из ", "Мураками"), "-", "high"),
            ("люди превращаются в циников и лицемеров", "evaluative event",
             ("его", "отрывок из ", "Мураками"), "+", "high"),
            ("Вот в чём проблема: это новое общество кажется таким огромным и всесильным, что уже и не разобрать, как"
             " от него защищаться, с чего начинать атаку",
             "causal evaluative event", ("его", "отрывок из ", "Мураками"), "+", "high"),
            ("всё когда-нибудь меняется»", "predictive", ("его", "отрывок из ", "Мураками"), "+", "high"),
        ],
    ),
    "factru-book_3581@3": (
        (36, 38),
        [
            ("Здесь же, на небольшом деревенском кладбище, он и похоронен без всякого пафоса в фамильном склепе,"
             " рядом со своей второй женой и детьми",
             "evaluative event", None, "+", "high"),
            ("Под большим белым крестом, рядом с братской могилой военных лётчиков", "event", None, "+", "high"),
            ("Мучению и поучению он, нет, не противопоставляет, но предлагает созерцание и наслаждение",
             "evaluative event", None, "-", "high"),
            ("Покой", "evaluative event", None, "+", "high"),
        ],
    ),
}
