"""Hand annotations of claims, dev set part 49: real news articles (factRuEval-2016 texts, MIT).

Later stretches of two long articles of the shared news collection (``../shared/data/news/articles.jsonl``
from the repository root), each kept as its title line followed by a paragraph range
(`build_claims_gold.keep_paragraphs(text, (first, last))`, 1-based, the title line counting as paragraph
1): factru-book_438@2 keeps paragraphs 14–21 (from `Представители Роскосмоса не подтвердили …` to `Говорят,
что приземление корабля «Союз ТМА-11» …`; dev46 annotated its first 13 paragraphs) and
factru-book_3581@2 keeps paragraphs 20–35 (from `Он не нарочно, просто совпало: …` to `Моне купил участок
в Живерни …`; dev47 annotated its first 19). Annotated by hand by reading the texts (not from the
pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev48_annotations.py; the format is described in
build_claims_gold.py. `types` are listed in the precedence order of the guidelines, so the first is the
primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title line. The kept title line of factru-book_438 is the article's first line, a four-sentence lead
  standing as the title (dev46: no claims); factru-book_3581's is the plain title `Моне как зеркало
  Французской революции` (dev47). Neither carries claims; the body is the paragraph range only.
  factru-book_3581's paragraph `Моне сделал для Франции … Лев Толстой.` repeats the article's third
  paragraph (annotated in dev47); it is annotated here again, with dev47's types (evaluative event).
- factru-book_438, speakers. `Они лишь сказали, что …` takes `Они` with coref `Представители Роскосмоса`
  (one claim however many content clauses, `что …, что …, и, что …`); `лишь` judges the answer as
  scant (dev34 / dev45 / dev46 `лишь`, `только`): evaluative. `Представители Роскосмоса не подтвердили
  предположение о …` has a nominal object only: the author's event (dev12 `сообщалось о …`), negative;
  `возможных` modifies a noun (dev2 `возможную отставку`): no hedge. `высокие московские космические
  чиновники заявляют, что …` takes the head noun `чиновники` (dev12 `ритейлеры`). `Александр Воробьёв
  даёт классическое объяснение агентству Рейтер, что это происки врагов: «…»` is a frame with a content
  clause followed by a quotation after `:`; frame, content and the single quoted sentence are one claim
  (dev / dev7 / dev46 `заявила …: «…»`), Воробьёв's; causal for `направлены на подрыв` (purpose) and
  evaluative (`происки врагов`), no event (zero copula and a short participle, dev44). `Перминов
  добавляет: «…»` and `Перминов тогда объяснял: «Мы считаем, что …»` are one claim each (the quoted `Мы
  считаем` is a stated position, no hedge, dev15 `верит`); `Он объясняет: «…»` joins the frame with the
  first quoted sentence, and the three further quoted sentences take `Он` with coref `Анатолий Перминов`
  (dev46). `Было заявлено, что …` has no named source (the preceding `они` are `русские` at large, and the
  next sentence's Перминов explains his own belief, not this announcement), so it takes the verb
  `заявлено` (dev `подчёркивалось`, dev46 `заявлялось`), not dev38's named announcers. `Говорят, что …`
  (indefinite-personal, no source) takes `Говорят` (dev48 `говорят`) and is medium for the hearsay (dev7
  `как говорят`, dev48 `Мол`). `никогда не сообщалось о пожарах …` (a negated impersonal verb with a
  nominal object) is the author's event, negative. `Как выяснилось, …` is the author's (dev8).
- factru-book_438, types. `Это не первый случай, когда русские пытаются оправдываться и доказать свою
  непогрешимость` is a zero-copula judgement, negated (dev `Это не электронная почта`): evaluative,
  negative; `не первый` is an ordinal. `В июне 2007 года, когда вышли из строя три управляющих компьютера
  …, они попытались свалить вину за это на американцев`: the count in the `когда` clause is asserted
  (dev2 / dev46 numbers in subordinate clauses): quantitative; `свалить вину` judges the act:
  evaluative. `Эти попытки … были не только не корректными, но и не способствовали выяснению …` shares
  one subject: one claim, negative (both predicates negated), causal for the negated `способствовали`
  (effect by the verb, dev6 / dev48 `не было бы`). `истинной причиной были ошибки …` and `стала
  причиной`, `причиной … стал … разряд, вызванный …`, `были спровоцированы` (effect by the verb, dev6 /
  dev15) are causal; `Тогда всё списали на ошибки экипажа` ascribes a cause (dev46 `объясняло арест
  необходимостью`): causal, and `всё списали` judges the ascription as convenient, like `свалить вину`:
  evaluative. `Говорят, что приземление …, это только третий баллистический спуск …`: `третий` is an ordinal;
  `только` judges (dev46 `Только через полчаса`): evaluative; the zero-copula content is a factual
  identification, so event is kept as well (dev48 factual identifications), though dev47 gives
  zero-copula judgements no event; I was unsure here. `эти три баллистических спуска` is anaphoric (dev):
  not quantitative. `Миллиардные потоки долларов` is vague (dev10 / dev35 `миллиарды`): not quantitative.
  `Значительно отличаются друг от друга официальные доклады …` is a comparison that judges: evaluative
  event. `Русские отчёты зачастую формальны, в то время как … возникает множество …, зачастую возникают
  ситуации, угрожающие …` is one claim: the third clause continues the subordinate `в то время как`
  clause (coordinated with `возникает множество …`), not the main one; evaluative without event (short
  adjective with zero copula, dev44). `с очень большими перегрузками` states a size (dev26 / dev46): not
  evaluative. `Полной неожиданностью для НАСА стал инцидент` states NASA's surprise as a fact: event.
  Sentence-initial `Однако`, `Одновременно`, `Например`, `Фактически` are kept (dev46).
- factru-book_3581, splits. `Он не нарочно, просто совпало: …` is a comma splice of two clauses with
  their own subjects (`Он` with a gapped verb, the impersonal `совпало`): two claims. In `Он не нарочно`
  the `не` negates the manner adverb of the gapped verb (`[сделал это] не нарочно`), like `не зря`
  (dev47) or `не …, а …` adjuncts: positive; I was unsure, since with the verb gapped the adverb is all
  that is left of the predicate. `… кажется единственно возможным путём …, а абстракция — самым
  естественным звеном …`, `У французов в этом году 150-летний юбилей Моне, у нас — круглые даты …` give
  two claims each (gapped clauses with their own subjects, dev2 / dev37 / dev48), the gapped one
  inheriting the predicate's types and certainty. `Сознание, по Моне, определяет бытие, поэтому мы можем
  изменить мир …` gives two (dev3 / dev19 `, поэтому` with its own subject, `поэтому` kept). `Сад в
  Живерни восстановили совсем недавно; многие годы он стоял в запущении, пока …` gives two (`;`, own
  subjects); the leading `...` is left out, like the final `…` (dev48); `пока … не выделили` negates only
  the subordinate clause: positive. `Пару раз, правда, … он уезжал …, но большую часть последнего
  сорокалетия он жил …` gives two, `но` left out.
- Verbless continuations (dev3 / dev16 / dev47 gapped continuations). `Метафорой общественного состояния,
  наконец.` continues the predicate of the preceding sentence (`стала живопись: главным зеркалом …`):
  a claim, evaluative. `Второе — необыкновенную красоту места, …` continues `первое, что видишь, — …`
  (its accusative shows the gapped `видишь`): a claim, a judgement (`необыкновенную красоту`,
  `превосходящую по красоте`): evaluative without event, while the first, `И там и тут первое, что
  видишь, … — автобусы с японскими туристами`, is a factual identification: event (the correlative `И
  там и тут` is kept: it is not a joining conjunction). `И, вот уж точно, никуда не сбегать.` continues
  the purpose infinitive of the preceding sentence (`чтобы навсегда здесь поселиться`) with `чтобы` and
  the main verb gapped: a claim (the author's pointed allusion to Толстой's flight), `И,` left out;
  causal (the purpose) evaluative (`вот уж точно`, the allusion); positive, since `не` stands on the
  infinitive, not on an asserted predicate (dev8 / dev11 / dev39); I was unsure whether this fragment
  should be a claim at all.
- Parenthesis in the middle of a clause. `Моне слишком долго жил, очень много работал (каталог-резоне,
  составленный Вилденштейном, насчитывает около двух тыс. работ), писал циклами, из-за чего корпус его
  картин воспринимается как монументальный эпос`: the parenthesis is a whole clause with its own subject,
  a claim of its own (quantitative event, medium for `около`); spans cannot nest, so, as in dev / dev12 /
  dev36 / dev37, the main clause's span is its part after the parenthesis (`писал циклами, из-за чего
  …`), which holds a predicate and the consequence the sentence is built for, and the words before the
  parenthesis belong to no claim; the main claim keeps the types of the whole clause (causal for `из-за
  чего`, evaluative for `слишком долго`, `очень много`, `монументальный эпос`, event). I was unsure, since
  here the subject and the first predicates stand before the parenthesis. The parenthesis `(по вкладу в
  историю искусства, …)` has no predicate and stays inside its claim; so does `(и подаривших нам виды
  Венеции и Темзы)`, a participle coordinated with `вошедшие` (dev29 subordinate parentheses).
- Speakers and certainty. `Сознание, по Моне, определяет бытие` attributes the view to Моне (`по Моне` =
  `по мнению Моне`, guidelines `по мнению X`): speaker `Моне`; the following `поэтому мы можем …` is the
  author's inference (attribution does not carry over, test1), `можем` stating an ability, not a
  possibility (dev12): high, causal event. The author's `нами`, `нам`, generic `попадаешь`, `видишь`, `ты
  … начинаешь понимать` are the author's (dev47). The parenthetical `как кажется` (dev44) is medium; so is
  the copular `кажется единственно возможным путём` (`seems`, the author's impression, dev44 `Мне это
  казалось`), and the gapped `абстракция — самым естественным звеном` inherits it. `почти буквально`,
  `едва ли не круглый год` are like `почти` (dev16 / dev47): high.
- factru-book_3581, types. Art-critical characterisations are evaluative (dev47): `похожа на абстрактное
  небесное сияние`, `последняя граница смещения …`, `Крайне важно`, `оголтелому модернизму`, `Особенно
  наглядно`, `стихию Пруста`, `первым … оказывается Лев Толстой`, `главным зеркалом и мерилом`,
  `глубинные сходства`, `метафизическая драма`, `Один из величайших учителей`, `изменило картину мира`,
  `складывается в повести и даже многоглавые романы …`, `выглядит сдержаннее, скромнее` (a comparison with
  a verbal copula: evaluative event, dev47 `оказывается`), `в манере картин хозяина сада`. Causal:
  `логически вытекают одно из другого` (derivation), `влияющая на судьбы людей` (effect by the verb in the
  predicative noun phrase, dev4 / dev48 `влияет на`), `изменило картину мира, помогая …`, `определяет
  бытие`, `поэтому`, `из-за чего`, `чтобы навсегда здесь поселиться` (purpose). Not causal: `После чего`
  (temporal), `на средства советского правительства` (the means, dev47). Numbers: `около двух тыс. работ`
  and `большую часть последнего сорокалетия` (a share of the forty years of his life there, dev3
  `большинство`, dev47 `Сорок три последних года … прожил`) are quantitative; `150-летний` (attributive,
  dev), `сто лет назад` (a time point, dev28), `одного человека` (a single life, identifying, not a
  measured quantity), `Пару раз` (vague, dev47 `пару книжек`), `многие годы` (vague) are not.
"""

DOCS = {
    "factru-book_438@2": ((14, 21), [
        ("Представители Роскосмоса не подтвердили предположение о возможных проблемах, возникших во время "
         "разделения модулей корабля",
         "event", None, "-", "high"),
        ("Они лишь сказали, что по неизвестной причине корабль перешёл на баллистическую траекторию спуска, что "
         "такая траектория является штатным режимом приземления и, что при спуске по такой траектории экипаж не "
         "подвергается опасности",
         "evaluative event", ("Они", None, "Представители Роскосмоса"), "+", "high"),
        ("Одновременно высокие московские космические чиновники заявляют, что утверждения о ненадёжности их "
         "космических аппаратных средств — часть преднамеренной кампании, имеющей целью отпугнуть, платящих "
         "наличные деньги, клиентов за их космические услуги",
         "causal evaluative", "чиновники", "+", "high"),
        ("Однако своего объяснения произошедшего они не дают",
         "event", None, "-", "high"),
        ("Представитель Роскосмоса Александр Воробьёв даёт классическое объяснение агентству Рейтер, что это "
         "происки врагов: «Подобные публикации направлены на подрыв российско-американских соглашений о закупки "
         "американцами кораблей „Прогресс“ и „Союз“»",
         "causal evaluative", "Александр Воробьёв", "+", "high"),
        ("Глава Роскосмоса Анатолий Перминов добавляет: «Люди, которые заинтересованы в дестабилизации наших "
         "отношений с американскими партнёрами, подливают масло в огонь»",
         "evaluative event", "Анатолий Перминов", "+", "high"),
        ("Это не первый случай, когда русские пытаются оправдываться и доказать свою непогрешимость",
         "evaluative", None, "-", "high"),
        ("В июне 2007 года, когда вышли из строя три управляющих компьютера на русском сегменте МКС, они "
         "попытались свалить вину за это на американцев",
         "quantitative evaluative event", None, "+", "high"),
        ("Было заявлено, что солнечная батарея, присоединённая на американском сегменте станции, стала причиной "
         "выхода из строя компьютеров",
         "causal event", "заявлено", "+", "high"),
        ("Анатолий Перминов тогда объяснял: «Мы считаем, что причиной выхода из строя компьютеров стал мощный "
         "статический разряд, вызванный установкой новой американской солнечной батареи»",
         "causal event", "Анатолий Перминов", "+", "high"),
        ("Эти попытки свалить вину на американцев, были не только не корректными, но и не способствовали "
         "выяснению истинных причин произошедшего",
         "causal evaluative event", None, "-", "high"),
        ("Как выяснилось, истинной причиной были ошибки в проектировании кабельных соединений",
         "causal event", None, "+", "high"),
        ("об этом не было упоминаний в российских средствах массовой информации",
         "event", None, "-", "high"),
        ("Русские не дают простых объяснений слухам и предположениям, а начинают поиски врагов",
         "evaluative event", None, "-", "high"),
        ("Например, 27 декабря прошлого года возник слух о возможной отставке Анатолия Перминова",
         "event", None, "+", "high"),
        ("Он объясняет: «Этот слух распространяется средствами информации, которые были спровоцированы "
         "определёнными коммерческими структурами, заинтересованными в некоторых предприятиях космической "
         "отрасли",
         "causal event", ("Он", None, "Анатолий Перминов"), "+", "high"),
        ("Мы находимся под постоянным давлением",
         "event", ("Он", "отставке Анатолия Перминова. ", "Анатолий Перминов"), "+", "high"),
        ("Идёт борьба за деньги и власть",
         "event", ("Он", "отставке Анатолия Перминова. ", "Анатолий Перминов"), "+", "high"),
        ("Миллиардные потоки долларов, не рублей, обходят эти структуры»",
         "event", ("Он", "отставке Анатолия Перминова. ", "Анатолий Перминов"), "+", "high"),
        ("Высказывания представителей Роскосмоса напоминают советский стиль",
         "evaluative event", None, "+", "high"),
        ("Плохие новости не сообщаются своему населению, а тем более потенциальным заказчикам",
         "event", None, "-", "high"),
        ("С начала 90-х годов, готовясь к совместному проекту «Шаттл — Мир» и, предвидя возможное участие в "
         "проекте МКС, русские стали делиться информацией с НАСА",
         "event", None, "+", "high"),
        ("Однако часто это информация оказывалась неполной",
         "evaluative event", None, "+", "high"),
        ("Например, никогда не сообщалось о пожарах на борту корабля «Союз»",
         "event", None, "-", "high"),
        ("Фактически было несколько таких инцидентов",
         "event", None, "+", "high"),
        ("Полной неожиданностью для НАСА стал инцидент, возникший в феврале 1997 года и, который угрожал жизни "
         "американского астронавта на борту станции «Мир»",
         "event", None, "+", "high"),
        ("Значительно отличаются друг от друга официальные доклады НАСА и Роскосмоса о полётах кораблей, "
         "начиная с «Союз ТМ-2» и до корабля «Союз ТМ-15»",
         "evaluative event", None, "+", "high"),
        ("Русские отчёты зачастую формальны, в то время как во время полёта возникает множество различных "
         "ситуаций, в которые вовлечены и экипаж и наземные службы, зачастую возникают ситуации, угрожающие "
         "жизни космонавтов",
         "evaluative", None, "+", "high"),
        ("Говорят, что приземление корабля «Союз ТМА-11», это только третий баллистический спуск за всю историю "
         "полётов к МКС",
         "evaluative event", "Говорят", "+", "medium"),
        ("Однако, эти три баллистических спуска произошли с новой модификацией корабля «Союз» — ТМА",
         "event", None, "+", "high"),
        ("Эти корабли летают с 2002 года",
         "event", None, "+", "high"),
        ("Перед этим был также спуск корабля ТМ с очень большими перегрузками",
         "event", None, "+", "high"),
        ("На этом корабле возвращался на Землю первый турист Денис Тито",
         "event", None, "+", "high"),
        ("Тогда всё списали на ошибки экипажа",
         "causal evaluative event", None, "+", "high"),
    ]),
    "factru-book_3581@2": ((20, 35), [
        ("Он не нарочно",
         "event", None, "+", "high"),
        ("просто совпало: водная поверхность и сама по себе похожа на абстрактное небесное сияние с цветовыми "
         "переливами",
         "evaluative event", None, "+", "high"),
        ("Здесь, как кажется, и проходит последняя граница смещения художественного внимания от того, что "
         "снаружи, к тому, что внутри",
         "evaluative event", None, "+", "medium"),
        ("После чего проникновение «под кожу» психологических процессов, совершённое искусством ХХ века, кажется "
         "единственно возможным путём развития эстетической мысли",
         "evaluative event", None, "+", "medium"),
        ("абстракция — самым естественным звеном художественной эволюции",
         "evaluative", None, "+", "medium"),
        ("Крайне важно, что все эти периоды — от традиционного сюжетного, бытового письма к оголтелому модернизму "
         "— находятся внутри жизни одного человека и логически вытекают одно из другого",
         "causal evaluative event", None, "+", "high"),
        ("Особенно наглядно это видно в экспозиции Мормоттана — если на первом этаже выставлены серии вполне "
         "реалистического свойства, этакого Золя или же Толстого, то, спускаясь в бункер, где висят композиции "
         "последних подслеповатых десятилетий, попадаешь в стихию Пруста, а то и Джойса",
         "evaluative event", None, "+", "high"),
        ("каталог-резоне, составленный Вилденштейном, насчитывает около двух тыс. работ",
         "quantitative event", None, "+", "medium"),
        ("писал циклами, из-за чего корпус его картин воспринимается как монументальный эпос",
         "causal evaluative event", None, "+", "high"),
        ("если можно (по вкладу в историю искусства, страны и цивилизации) с чем-то сравнивать эту многостраничную "
         "громаду субъективной эпопеи, мутирующей от полного жизнеподобия к тотальной невнятице бессознательного, "
         "то первым, кто приходит в голову, оказывается Лев Толстой",
         "evaluative event", None, "+", "high"),
        ("Моне сделал для Франции, её самоописания и самоощущения, хоронящегося внутри мощных исторических "
         "потоков и порывов, столько же, сколько сделал для формирования российской литературы и общественной "
         "мысли Лев Толстой",
         "evaluative event", None, "+", "high"),
        ("Тем, что для России была литература, а для Германии — музыка и философия, для Франции стала живопись: "
         "главным зеркалом и мерилом национального духа",
         "evaluative event", None, "+", "high"),
        ("Метафорой общественного состояния, наконец",
         "evaluative", None, "+", "high"),
        ("Находя и сравнивая равновеликие фигуры разных культур, ты наконец начинаешь понимать глубинные сходства "
         "и различия, впрочем подчас лежащие на поверхности",
         "evaluative event", None, "+", "high"),
        ("У французов в этом году 150-летний юбилей Моне",
         "event", None, "+", "high"),
        ("у нас — круглые даты, связанные с днём рождения Антона Чехова в Таганроге и предсмертным уходом из "
         "Ясной Поляны Льва Толстого",
         "event", None, "+", "high"),
        ("Бегство Льва Николаевича, случившееся сто лет назад, воспринимается нами как до сих пор продолжающаяся "
         "метафизическая драма, влияющая на судьбы людей",
         "causal evaluative event", None, "+", "high"),
        ("Один из величайших учителей в истории человечества, формально Клод Моне никого не учил",
         "evaluative event", None, "-", "high"),
        ("творчество его, напрочь лишённое дидактики, между тем почти буквально изменило картину мира, помогая "
         "нам видеть окружающую действительность как нечто вторичное по отношению к тому, что мы мыслим",
         "causal evaluative event", None, "+", "high"),
        ("Сознание, по Моне, определяет бытие",
         "causal event", "Моне", "+", "high"),
        ("поэтому мы можем изменить мир, изменив себя и своё отношение к миру",
         "causal event", None, "+", "high"),
        ("цикличность, изображал ли он изгиб Сены или изменение освещения фасада Руанского собора, стога или же "
         "венецианские палаццо, английский парламент или бесконечные облака плывущих в бесконечность кувшинок, "
         "складывается в повести и даже многоглавые романы с тонкими, психологически выверенными сюжетами, "
         "развивающимися наподобие музыкальных лейтмотивов",
         "evaluative event", None, "+", "high"),
        ("Сад в Живерни восстановили совсем недавно",
         "event", None, "+", "high"),
        ("многие годы он стоял в запущении, пока американские филантропы не выделили денег на его воскрешение",
         "event", None, "+", "high"),
        ("Сожжённая фашистами Ясная Поляна реставрирована на средства советского правительства",
         "event", None, "+", "high"),
        ("И там и тут первое, что видишь, приезжая в поместье, — автобусы с японскими туристами",
         "event", None, "+", "high"),
        ("Второе — необыкновенную красоту места, внутри которого Моне выстроил собственную утопию, превосходящую "
         "по красоте всё то, что вокруг",
         "evaluative", None, "+", "high"),
        ("Ясная Поляна выглядит сдержаннее, скромнее",
         "evaluative event", None, "+", "high"),
        ("Моне самолично проектировал газоны и форму пруда, выписывал со всего света садоводческие журналы и "
         "семена растений, цветущих едва ли не круглый год, из-за чего красота цветника, каскадами "
         "распускающегося возле узеньких дорожек, меняется каждый день — в манере картин хозяина сада, "
         "фиксировавшего изменения мира (света, цвета и его освещения) в режиме личного дневника",
         "causal evaluative event", None, "+", "high"),
        ("Моне купил участок в Живерни, чтобы навсегда здесь поселиться",
         "causal event", None, "+", "high"),
        ("вот уж точно, никуда не сбегать",
         "causal evaluative", None, "+", "high"),
        ("Пару раз, правда, пока в доме и в парке шли строительные работы, он уезжал из деревни в путешествия, "
         "вошедшие в историю под названием «последних» (и подаривших нам виды Венеции и Темзы)",
         "event", None, "+", "high"),
        ("большую часть последнего сорокалетия он жил в этой красоте, любовался ею, рукотворной, наслаждался и "
         "описывал",
         "quantitative event", None, "+", "high"),
    ]),
}
