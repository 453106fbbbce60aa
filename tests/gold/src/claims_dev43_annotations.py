"""Hand annotations of claims, dev set part 43: real news articles (factRuEval-2016 texts, MIT).

Two whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3687, _448), annotated by hand by reading the texts (not from the
pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev42_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First and second lines. Both first lines are plain titles (no claim). The decks under them
  (factru-book_448 `Супруга «оружейного барона» рассчитывает, что …`, factru-book_3687 `Программа
  направлена на …`) are body text (test1 / test2) and are annotated. factru-book_3687's `Подробнее об
  инициативе СИБУР читайте здесь.` is navigation (test1 / dev6 / dev9): no claim.
- factru-book_448, speakers. The deck's `Супруга «оружейного барона» рассчитывает, что …` is the wife's
  reported expectation (dev26 `Москва рассчитывает`, dev32): predictive, high; its span is the head noun
  with the genitive that says whose wife (dev8 / dev18), since the bare `Супруга` names nobody in that
  sentence. The media label `«оружейного барона»` stands in the author's frame, not in her content, so
  it adds no evaluative to her claim (types come from the reported content); I was unsure here. Later
  bare `супруга убеждена`, `супруга не исключила` take `супруга` (no name in those sentences, dev22
  `сенатор`); `Как пояснила жена российского бизнесмена` takes that description; `— добавила она`,
  `— пояснила она`, `— сказала она`, `По её словам` take the pronoun with coref `Алла Бут` (dev16);
  `Бут рассказала` and `Бут сообщил` take `Бут` (the surname as written; it is Алла in the first,
  Виктор in the second); `по его словам` takes `его` with coref `Виктор Бут`. `Алла Бут посетовала,
  что …` is a verb of complaining with a content clause: her claim (dev6 `посетовав, что …`).
  Quotations with the frame in the middle (`«Это не значит, …, — пояснила Алла Бут. — Но мы …»`,
  `«Мы не виделись …, — сказала она. — По крайней мере …»`) give one claim per quoted sentence, the
  frame staying with the first and the second taking the speaker named there (dev28 / dev39); the
  leading `Но` of the second is left out. Виктор Бут's two quoted sentences take `Виктор Бут` from the
  frame of the second (test2).
- `«Утверждают, что это общепринятое правило, — пояснила она, — но ведь … и я не знаю, в чем он
  нуждается, какие у него проблемы»` is one quoted sentence, so one claim (test2), with the polarity of
  its first clause (positive). The impersonal `Утверждают` inside her quotation does not change the
  speaker (dev11 / dev25: attribution inside a quotation) and is not among the listed hedge cues: high.
  `но ведь …` gives the ground of her complaint (dev16 / dev20 `Ведь …`): causal event. The rule it
  mentions has no modal of obligation (dev3 / dev29): not normative. I was unsure here.
- `«Это не значит, что он хочет поменять адвоката или недоволен ею` denies a reading of Виктор's
  meetings with other lawyers; `значит` of interpretation is evaluative event (dev11 `«Универсам»
  значит, что ты не один`, dev6), negative (`не` on the main predicate `значит`). I was unsure whether
  it should be causal instead (dev5 inferential `Значит`).
- `Алла Бут пока не знает, будут ли …, или это лишь разовое «снисхождение» тюремных властей` has an
  indirect question as its content: the author's event, negative (dev3 `… не знают`, dev5 `пока не
  знает, переведены ли …`); `по три часа` inside the indirect question is not asserted (dev11), and the
  guillemets of `«снисхождение»` cite her word (dev20): no evaluative.
- `супруга убеждена, что будущие встречи должны проходить «систематически, не реже одного раза в неделю
  и не менее одного часа»` is a prescription with an inanimate subject (dev9 / dev12, not a schedule):
  normative, and quantitative for the frequency and minimum length it sets (a duration that is the
  content of the norm, dev42 `в течение шести месяцев`); `не реже`, `не менее` negate modifiers of the
  numbers and bound them: positive, high (dev29 `не моложе 23 лет`); `убеждена` is firm conviction,
  no hedge (dev11 / dev25 `Я убежден`).
- `супруга не исключила того, что «… придётся воспользоваться помощью и других юристов»` is her hedged
  prediction (dev17 `не исключил продолжение тенденции`): low, positive (the negation is on the frame),
  normative (`придётся`, compulsion, dev4) and predictive. `просто вынуждены собирать …` in the quoted
  sentence is normative (dev2 / dev4 `вынужден`), causal for `поэтому`.
- Permissions and bans as acts. `российскому бизнесмену … разрешили свидание с женой` (and the quoted
  `тюремные власти наконец разрешили встречу`) report the act of permitting, like dev42's `Минсельхоз РФ
  запретил ввозить …` and `выдало разрешение на ввоз`: event, not normative; likewise `ей ничего не
  разрешили взять с собой` and `нам никто этого не запрещал` (both negative, `ничего не` / `никто не`).
  `наконец` marks long waiting, not a judgement: no evaluative.
- Numbers. `три часа` (`свидание будет продолжаться три часа, а не как положено — в течение часа`) is the
  asserted length of the visit, the news of the sentence (dev10 / dev24): quantitative; the comparison
  `а не как положено` negates a complement (dev9): positive, and the norm it cites stands in a
  subordinate comparison (no normative, dev). `В первый раз за два месяца с тех пор, как …` is a
  circumstantial time frame (dev `за последние 22 месяца`): not quantitative. `втроём — с дочкой и мамой
  Виктора` is spelled out by the referents it counts (dev10 / dev15 / dev33): not quantitative.
  `16-летняя`, `74-летняя`, `43-летнему` are attributive ages (dev); `обвинения из четырёх пунктов` is an
  asserted count; `ни по одному из пунктов` is no number.
- `В случае осуждения 43-летнему россиянину грозит от 25 лет тюрьмы до пожизненного наказания` states
  the penalty range the law provides, like dev12's `тюремный срок может достигать трех лет` (legal
  range: quantitative event, high), not dev38's `грозит утрата` (a risk of a future loss, medium); I was
  unsure whether the condition `В случае осуждения` should make it predictive.
- `Виктор Бут был арестован … по запросу США` gives the ground of the arrest (dev36 `по Вашему
  поручению`, dev8 / dev17): causal event. `Ему вменяется «преступный сговор …», …` reports the charges
  with nominal objects and no named document: the author's event (unlike dev14's `В иске … вменяется то,
  что …`); the guillemets cite the legal wording (dev20 / dev33), and `с целью` inside the names of the
  charges is the function of a referent, not a purpose of the clause (dev20): event only.
- `По её словам, данное заседание будет носить скорее технический характер — стороны огласят …, подадут
  …, а суд определит примерные сроки …` is one claim (elaboration after `—`), predictive and evaluative
  (a characterisation of the hearing, dev12 `носит частный характер`); `скорее` ("rather") qualifies the
  complement, no certainty cue (dev35); `примерные сроки` is an adjective on the object, no hedge (dev2
  `возможную отставку`). `Как пояснила …, такое относительно длительное свидание ей разрешили, учитывая,
  что …` is causal (dev11 `учитывая`); `относительно длительное` is a size, not a judgement (dev6).
  `Как долго они смогут находиться здесь, во многом будет зависеть от графика …` is predictive causal
  (dev18 `все будет зависеть от …`).
- Виктор Бут's quotation. `Мне предлагали более мягкий приговор, меньший срок и возможность …, если я
  расскажу …` is event (comparatives without a number). `я ответил, что мне нечего им рассказать: я не
  знаю ничего …` only frames what he said (dev10 `Мы уже говорили, что P`), so its polarity is that of
  the content's `нечего` (a negative existential predicate, dev33 `нечем`): negative.
- factru-book_3687 (a press release). `Программа направлена на знакомство …, популяризацию … и
  формирование …` states the programme's purpose with a short-participle predicate: causal without
  event, like dev13 / dev22 `Цель … —` and dev33's short participle `политически мотивированы`; I was
  unsure whether `event` should be added. `в 6 регионах` is an asserted count (quantitative), `20-летия`
  attributive. `предполагается участие артистов …` is a plan (`предполагается` = is provided for, dev6 /
  dev15): predictive event, no hedge. `В течение 2015 года будут организованы творческие встречи …,
  проведены мастер-классы, …, состоятся совместные экологические акции и другие мероприятия` has three
  predicates with their own subjects, so it gives three claims (dev9 `установлен запрет … и закреплено
  создание …`, dev42), all predictive; `для детей, оказавшихся в трудных жизненных ситуациях` names the
  beneficiaries, not a purpose: not causal. `Проект стартует 2 марта …` is present for future (dev3):
  predictive. `Артисты-участники спектакля также посетят с волонтерской миссией одно из социальных
  учреждений` gives the capacity in which they visit (a prepositional phrase of manner, no causal
  connective), not a stated purpose like dev12's `приехали … за грантами`: predictive only; I was unsure.
- `Важным направлением деятельности компании СИБУР является популяризация …` is evaluative (`Важным`)
  event (verbal copula, dev24 / dev34); `Поэтому одним из значимых событий … должны стать гастроли …` is
  an expectation with an inanimate subject (dev `расценки должны снизиться`): predictive, causal for
  `Поэтому`, evaluative for `значимых`. `Это первая постановка …, где на сцене играют не профессиональные
  актеры, а молодые люди …` is a factual zero-copula identification with an ordinal (dev33 / dev37): event,
  positive (`не …, а …` on the subject, dev9).
- Quotations of the press release. Шамалов's four sentences closed by `», сказал … Кирилл Шамалов` and
  Миронов's two closed by `», отметил … Евгений Миронов` take those names (test2). `имеет не только
  культурно-развлекательную и просветительскую составляющую` asserts the programme has more (dev29 `не
  только …, но и`): event, positive. `Для нас особенно ценна ее социальная миссия …` is a zero-copula
  judgement: evaluative without event (dev14). `Мы рады сделать такой подарок …` is evaluative event
  (dev35 `Я рад, что …`). `партнерство с СИБУРом дает возможность укрепить …, показать …, а также принять
  участие …` states an enabling effect by the verb (dev10 / dev22 `это позволит`): causal event, and
  evaluative for `незаслуженно обделены культурной жизнью` (the speaker's judgement in a non-restrictive
  relative clause, dev21) and `социально значимом`. `Мы верим, что … мы сможем принести людям радость …`
  is read like dev3's `Верю` and test2's `думаю` (a belief that hedges the speaker's own forecast):
  medium, predictive evaluative; I was unsure (dev11 took `Я твердо верю` as high, but there `твердо`
  made the conviction explicit).
- Company boilerplate. `уникальной вертикально интегрированной … компанией` is evaluative (dev6 / dev15
  / dev31 `уникальн…`); `крупнейшим газоперерабатывающим бизнесом`, `лидером нефтехимической отрасли`
  and `с самыми известными режиссерами мира` are factual rankings (dev7 / dev10 `Один из самых известных
  … авторов`): event only; I was unsure about the last, since the press release promotes itself (dev18
  took promotional `ярчайшие представители` as evaluative). `Международные проекты …, как правило,
  становятся первыми постановками мастеров режиссуры … и оказываются важнейшими событиями …, лауреатами
  множества премий и желанными гостями фестивалей …` shares its subject: one claim, evaluative event
  (`мастеров`, `важнейшими`, `желанными гостями`); `как правило` is no hedge (dev27); `множества` is vague.
  `26 производственных площадках`, `более 26 000 человек`, `более чем 1 400 крупным потребителям`,
  `примерно в 70 странах` (medium for `примерно`), `более чем в двадцати странах` are quantitative;
  `более` bounds the number: high (dev20). `был создан в 1987 году как …, с 1991 года носит …` shares its
  subject: one claim, event (dates only). The closing `… Сантьяго и т. д.` keeps the abbreviation's dot
  (dev15 `и т.д.`).
- `Художественный руководитель театра – народный артист России, дважды лауреат Государственной премии …
  Евгений Миронов` is a zero-copula identification whose predicate asserts a count (`дважды`, twice, like
  dev34's `семь раз`): quantitative without event (dev14 / dev37 zero copula with a number); I was unsure
  whether `дважды лауреат`, a formula of titles, should count as an asserted number.
"""

DOCS = {
    "factru-book_448": (None, [
        ("Супруга «оружейного барона» рассчитывает, что теперь эти встречи станут регулярными",
         "predictive", "Супруга «оружейного барона»", "+", "high"),
        ("В первый раз за два месяца с тех пор, как Виктор Бут был экстрадитрован из Таиланда в США, российскому "
         "бизнесмену, находящемуся в федеральной тюрьме Нью-Йорка, разрешили свидание с женой, сообщает NEWSru.com",
         "event", "NEWSru.com", "+", "high"),
        ("«Вчера адвокат проинформировала меня, что тюремные власти наконец разрешили встречу, которая пройдет в "
         "понедельник днем, 24 января», — рассказала Алла Бут",
         "event", "Алла Бут", "+", "high"),
        ("«При этом свидание будет продолжаться три часа, а не как положено — в течение часа», — добавила она",
         "predictive quantitative", ("она", "добавила ", "Алла Бут"), "+", "high"),
        ("Как пояснила жена российского бизнесмена, такое относительно длительное свидание ей разрешили, "
         "учитывая, что на встречу с Виктором прибудут также его 16-летняя дочь Лиза и 74-летняя мать Раиса, "
         "приехавшие в США в начале января 2011 года",
         "causal event", "жена российского бизнесмена", "+", "high"),
        ("Алла Бут пока не знает, будут ли и последующие свидания с мужем продолжаться по три часа, или это лишь "
         "разовое «снисхождение» тюремных властей",
         "event", None, "-", "high"),
        ("Тем не менее супруга убеждена, что будущие встречи должны проходить «систематически, не реже одного "
         "раза в неделю и не менее одного часа»",
         "normative quantitative", "супруга", "+", "high"),
        ("Алла Бут посетовала, что на свидание ей ничего не разрешили взять с собой",
         "event", "Алла Бут", "-", "high"),
        ("«Утверждают, что это общепринятое правило, — пояснила она, — но ведь со времени экстрадиции мы не "
         "имели даже возможности поговорить с Виктором по телефону, и я не знаю, в чем он нуждается, какие у него "
         "проблемы»",
         "causal event", ("она", "пояснила ", "Алла Бут"), "+", "high"),
        ("Бут рассказала, что супруга до сих пор «содержат в спецблоке для особо опасных преступников, поэтому "
         "никаких возможностей связаться с ним по телефону не было»",
         "causal event", "Бут", "+", "high"),
        ("Интересы Виктора Бута на сегодняшний день представляет прежний федеральный адвокат — Сабрина Шрофф",
         "event", None, "+", "high"),
        ("Однако всё последнее время Виктор встречался с другими правозащитниками, предлагающими ему свои услуги",
         "event", None, "+", "high"),
        ("«Это не значит, что он хочет поменять адвоката или недоволен ею, — пояснила Алла Бут",
         "evaluative event", "Алла Бут", "-", "high"),
        ("мы пока не знаем ни здешней системы, ни всех юридических тонкостей, механизмов, законодательства, "
         "поэтому просто вынуждены собирать как можно больше информации от профессионалов»",
         "normative causal event", "Алла Бут", "-", "high"),
        ("В то же время супруга не исключила того, что «в определенной ситуации, связанной с финансовыми "
         "условиями и другими факторами, придётся воспользоваться помощью и других юристов»",
         "normative predictive", "супруга", "+", "low"),
        ("В пятницу, 21 января, на досудебных слушаниях по делу российского бизнесмена, обвиняемого в незаконной "
         "торговле оружием, Алла впервые с момента экстрадиции Виктора из Таиланда сможет увидеть супруга",
         "predictive", None, "+", "high"),
        ("«Мы не виделись с 15 ноября и планируем все вместе, втроём — с дочкой и мамой Виктора, — прийти в суд, "
         "— сказала она",
         "predictive event", ("она", "— сказала ", "Алла Бут"), "-", "high"),
        ("По крайней мере пока нам никто этого не запрещал»",
         "event", ("она", "— сказала ", "Алла Бут"), "-", "high"),
        ("По её словам, данное заседание будет носить скорее технический характер — стороны огласят свои "
         "намерения, подадут ходатайства, а суд определит примерные сроки подготовки к процессу",
         "predictive evaluative", ("её", "По ", "Алла Бут"), "+", "high"),
        ("В настоящее время супруга, дочь и мама Виктора Бута проживают в арендуемой в Нью-Йорке квартире",
         "event", None, "+", "high"),
        ("Как долго они смогут находиться здесь, во многом будет зависеть от графика проведения судебного процесса",
         "predictive causal", None, "+", "high"),
        ("Виктор Бут был арестован в Бангкоке в марте 2008 года по запросу США",
         "causal event", None, "+", "high"),
        ("В ноябре 2010 года власти Таиланда экстрадировали Бута в США",
         "event", None, "+", "high"),
        ("Сейчас он содержится в следственном изоляторе федерального суда Южного округа Нью-Йорка",
         "event", None, "+", "high"),
        ("Буту 17 ноября 2010 года были предъявлены обвинения из четырёх пунктов",
         "quantitative event", None, "+", "high"),
        ("Ему вменяется «преступный сговор с целью убийства граждан США», «преступный сговор с целью убийства "
         "должностных лиц, находящихся на государственной службе», «преступный сговор с целью приобретения и "
         "продажи зенитных ракет» и «преступной сговор с целью поставок оружия террористическим группировкам»",
         "event", None, "+", "high"),
        ("Бут не признал себя виновным ни по одному из пунктов предъявленных ему обвинений",
         "event", None, "-", "high"),
        ("В случае осуждения 43-летнему россиянину грозит от 25 лет тюрьмы до пожизненного наказания",
         "quantitative event", None, "+", "high"),
        ("В начале января Бут сообщил, что отверг предложенную ему американскими властями сделку со следствием",
         "event", "Бут", "+", "high"),
        ("«Мне предлагали более мягкий приговор, меньший срок и возможность перевезти семью в США, если я "
         "расскажу всё, что знаю о своих связях в России и других странах",
         "event", "Виктор Бут", "+", "high"),
        ("я ответил, что мне нечего им рассказать: я не знаю ничего о том, что их интересовало», — сказал Виктор "
         "Бут",
         "event", "Виктор Бут", "-", "high"),
        ("Вместе с тем, по его словам, сейчас никакого давления со стороны американских властей он не ощущает",
         "event", ("его", "Вместе с тем, по ", "Виктор Бут"), "-", "high"),
    ]),
    "factru-book_3687": (None, [
        ("Программа направлена на знакомство с современными культурными тенденциями, популяризацию здорового "
         "образа жизни и формирование социально ответственного поведения в обществе",
         "causal", None, "+", "high"),
        ("В рамках совместной инициативы в год 20-летия со дня образования СИБУРа в 6 регионах деятельности "
         "компании будут показаны спектакли Государственного Театра Наций «Шведская спичка», «Fарс-мажорный "
         "концерт» и «Бросить легко»",
         "predictive quantitative", None, "+", "high"),
        ("Также в рамках программы предполагается участие артистов Театра Наций в различных благотворительных и "
         "социальных инициативах компании",
         "predictive event", None, "+", "high"),
        ("В течение 2015 года будут организованы творческие встречи артистов-участников спектаклей со зрителями",
         "predictive", None, "+", "high"),
        ("проведены мастер-классы, в том числе для детей, оказавшихся в трудных жизненных ситуациях",
         "predictive", None, "+", "high"),
        ("состоятся совместные экологические акции и другие мероприятия",
         "predictive", None, "+", "high"),
        ("Проект стартует 2 марта гастролями спектакля Театра Наций «Шведская спичка» в Дзержинске Нижегородской "
         "области на сцене Дзержинского театра драмы",
         "predictive", None, "+", "high"),
        ("Артисты-участники спектакля также посетят с волонтерской миссией одно из социальных учреждений города",
         "predictive", None, "+", "high"),
        ("Важным направлением деятельности компании СИБУР является популяризация здорового образа жизни",
         "evaluative event", None, "+", "high"),
        ("Поэтому одним из значимых событий совместной программы сотрудничества компании и Театра Наций в "
         "российских регионах должны стать гастроли социального спектакля «Бросить легко»",
         "predictive causal evaluative", None, "+", "high"),
        ("Это первая постановка Театра Наций, целиком основанная на документальном материале, где на сцене играют "
         "не профессиональные актеры, а молодые люди, прошедшие реабилитацию от наркотической зависимости",
         "event", None, "+", "high"),
        ("«Совместная программа с Театром Наций имеет не только культурно-развлекательную и просветительскую "
         "составляющую",
         "event", "Кирилл Шамалов", "+", "high"),
        ("Для нас особенно ценна ее социальная миссия, а также акцент на популяризацию здорового образа жизни",
         "evaluative", "Кирилл Шамалов", "+", "high"),
        ("Этим аспектам мы уделяем большое внимание в своей ежедневной работе",
         "event", "Кирилл Шамалов", "+", "high"),
        ("Мы рады сделать такой подарок в год 20-летия со дня образования СИБУРа всем жителям регионов нашей "
         "деятельности, работникам предприятий компании и их семьям», сказал заместитель председателя правления "
         "СИБУРа Кирилл Шамалов",
         "evaluative event", "Кирилл Шамалов", "+", "high"),
        ("«Для Театра Наций партнерство с СИБУРом дает возможность укрепить наши традиционные связи с российскими "
         "регионами, показать наши спектакли зрителям больших и малых городов, многие из которых удалены от "
         "центра и незаслуженно обделены культурной жизнью, а также принять участие в социально значимом проекте",
         "causal evaluative event", "Евгений Миронов", "+", "high"),
        ("Мы верим, что вместе с партнерами из СИБУРа мы сможем принести людям радость и подарить им интересные "
         "впечатления от встречи с театром», отметил художественный руководитель Театра Наций Евгений Миронов",
         "predictive evaluative", "Евгений Миронов", "+", "medium"),
        ("СИБУР является уникальной вертикально интегрированной газоперерабатывающей и нефтехимической компанией",
         "evaluative event", None, "+", "high"),
        ("СИБУР владеет и управляет крупнейшим газоперерабатывающим бизнесом в России по объемам переработки "
         "попутного нефтяного газа и является лидером нефтехимической отрасли страны",
         "event", None, "+", "high"),
        ("СИБУР работает на 26 производственных площадках, расположенных в различных регионах России",
         "quantitative event", None, "+", "high"),
        ("Количество сотрудников Группы составляет более 26 000 человек",
         "quantitative event", None, "+", "high"),
        ("Компания реализует продукцию более чем 1 400 крупным потребителям в топливно-энергетическом комплексе, "
         "автомобилестроении, строительстве, производстве товаров повседневного спроса, химической и других "
         "отраслях примерно в 70 странах мира",
         "quantitative event", None, "+", "medium"),
        ("Государственный Театр Наций был создан в 1987 году как Театр Дружбы Народов, с 1991 года носит свое "
         "нынешнее название",
         "event", None, "+", "high"),
        ("Театр сотрудничает с самыми известными режиссерами мира",
         "event", None, "+", "high"),
        ("Международные проекты Театра Наций, как правило, становятся первыми постановками мастеров режиссуры "
         "мирового театра на российской сцене и оказываются важнейшими событиями театральной жизни страны, "
         "лауреатами множества премий и желанными гостями фестивалей во всем мире",
         "evaluative event", None, "+", "high"),
        ("Спектакли Театра Наций «Рассказы Шукшина» в постановке Алвиса Херманиса, «Фрекен Жюли» Томаса "
         "Остермайера, «Калигула» Эймунтаса Някрошюса, «Гамлет I Коллаж» Робера Лепажа были показаны более чем в "
         "двадцати странах мира, на сценах Парижа, Амстердама, Гамбурга, Праги, Сантьяго и т. д.",
         "quantitative event", None, "+", "high"),
        ("Художественный руководитель театра – народный артист России, дважды лауреат Государственной премии "
         "Российской Федерации Евгений Миронов",
         "quantitative", None, "+", "high"),
    ]),
}
