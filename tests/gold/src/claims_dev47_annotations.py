"""Hand annotations of claims, dev set part 47: real news articles (factRuEval-2016 texts, MIT).

Two articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the repository
root: factru-book_3581, _3555), annotated by hand by reading the texts (not from the pipeline's output),
following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in claims_dev_annotations.py and
claims_dev2..dev45_annotations.py; the format is described in build_claims_gold.py. Both are essays of a
cultural column (an anniversary piece on Моне and one on Мураками) and are cut at a paragraph boundary:
factru-book_3581 keeps its first 19 paragraphs (to `Эти панно … оказываются последним мостом …`),
factru-book_3555 its first 14 (to `Герой Мураками увлекается западными продуктами …`); the title line
counts as the first. `types` are listed in the precedence order of the guidelines, so the first is the
primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First and second lines. Both first lines are plain titles (no claim). The decks under them
  (`14 ноября 1840 года родился основоположник импрессионизма`, `12 января родился самый популярный в
  России японский писатель Харуки Мураками`) are body text (test1 / test2 / dev43 / dev44) and are
  annotated: event (dates only; `самый популярный` is a factual ranking, dev7 / dev43). factru-book_3581's
  third paragraph (`Моне сделал для Франции … столько же, сколько … Лев Толстой.`) is repeated later in
  the article, beyond the cut; it is annotated here (dev4 / dev5 repeated leads).
- Dedication. factru-book_3581's `Посвящяется Веронике Пат` (a line of its own, no final punctuation) is
  paratext, like a byline or a letter's signature (dev2): no claim. I was unsure, since it has a
  predicate.
- Generic second person and the author's `нам` / `движемся` (`нужно ехать только после того, как
  освоишь …`, `Орсе важен нам`, `От «Завтрака на траве» движемся …`) are the author's (guidelines `мы
  считаем`). `нужно ехать`, `начинать нужно`, `следует заглянуть` are advice: normative (dev3 / dev4).
- Parentheses holding a clause (dev / dev9 / dev12 / dev22). `(их тут пять)` at the end of `От «Завтрака
  на траве» движемся … к … строгим минам Руанского собора` is a zero-copula clause with a subject of its
  own: a claim of its own, quantitative without event (dev14 / dev37 zero copula with a number); the main
  clause's span ends before it. In factru-book_3555 `Прослушивание джаза и рока, приготовление блюд для
  главного героя Мураками (а он почти во всех вещах один и тот же, альтер эго автора) носит несколько
  ритуальный характер` the parenthesis (its leading `а` left out) is a claim of its own and the main
  clause's span is its part after the parenthesis, which holds its predicate (`носит несколько ритуальный
  характер`); likewise the commentary parenthesis `(разыскать друга Крысу, …, звучит несколько
  зоологически, но для большинства читателей понятно)` inside the counterfactual `Если бы в «Охоте…» не
  досадное поручение …, он бы и дальше эстетски священнодействовал`, whose main span is then `он бы и
  дальше эстетски священнодействовал`. `для большинства читателей` asserts a share (dev3 `большинство`):
  quantitative; I was unsure, since the share is hardly the point of the aside. The counterfactual has no
  modal of possibility (dev17 / dev41 / dev44): high, evaluative only (the ironic `эстетски
  священнодействовал`, the `досадное поручение` of its condition), not event, not causal.
- Verbless sentences. Those that predicate something of a referent of the preceding sentence, with its
  subject (or predicate) gapped, are claims (dev3 / dev16 / dev44 gapped continuations, dev44 `Молчаливо,
  тревожно, …`): `С разницей в двадцать лет.` (continues `похожа на успех «Аквариума»`; the twenty-year
  lag is the point: quantitative, evaluative like the comparison it continues), `Обломов, которого не
  обломать.` (of the hero, evaluative; `не` only in the relative clause: positive), and factru-book_3581's
  separate paragraph `Склеротические бляшки на теле памяти. Узелки катаракты, затрудняющие зрение, но
  позволяющие …` (metaphors predicated of the water lilies of the preceding sentence: two evaluative
  claims). I was unsure about the last two, which could be read as detached appositions of
  `кувшинки, символы …` (dev19 `Таких, как …`: no claim). `Кризис, то-сё.` is a nominative (existential)
  sentence giving the unstated reason why the book did not sell: a claim, event; without a causal
  connective it is not causal (dev31 `после того, как`); I was unsure whether it is a claim at all.
  `Главная коллекция французской живописи последних лет ста пятидесяти, этакая парижская Третьяковка, —
  ведь …` has its subject (`Орсе`) gapped from the preceding sentence: a claim, one with the `— ведь`
  explanation (dev44 `: ведь …`: causal), evaluative (`этакая парижская Третьяковка`, `галантной
  французской экзотикой`), no event (zero copula in the main part); the inverted numeral `лет ста
  пятидесяти` is the grammatical form of `примерно`, so medium (dev `около` on a clock time, dev18
  `Где-то`); I was unsure.
- Detached subordinate sentence. `Что отзывается благодарностью в русских душах.` (a sentence-relative
  `что` detached from the preceding sentence) asserts and is a claim (dev2 / dev11 / dev40 / dev44), its
  `Что` kept; the effect stated by the verb (`отзывается благодарностью`, dev6 / dev31 `вызывает
  сожаление`) makes it causal; evaluative event.
- Retelling of a novel (factru-book_3555, Чандлер's Марлоу). The narrative sentences are the author's.
  `Марлоу загадал: «Доползёт или не доползёт?»` ends in `?` (the closing guillemet after it): no claim
  (dev, dev44). The dialogue lines run into the paragraph are quotations attributed by their frames
  (guidelines `«…», — сказал X`), one claim each with the character as speaker: `— Дополз! — сказал
  детектив вслух` (`детектив`, the noun of its frame, dev `— отметил парламентарий`), `— Что-что?! —
  обалдел начальник` (a quoted question closed by a frame and ending in `.`, dev18 / dev36 / dev37: a
  claim, speaker `начальник`, event), `— Да так, ничего, — отмахнулся Филипп, уже приняв важное решение`
  (`Филипп`; `ничего` stands for the elided `ничего [не случилось]`, negative like dev44's elided `[нет]
  ничего удивительного`). The leading dialogue dash is left out of the spans. `он готов отвлечься на…
  жучка` describes a disposition within the narrated scene, not a future act (unlike dev14 / dev45 `готов
  приобрести`): event, not predictive; the `…` inside is kept.
- Tense. `Люди … будут постепенно вымываться из работ, уступая место картинам природы` is a retrospective
  future (the future of Моне's early period, seen from it; the development is long over): event, not
  predictive; I was unsure, since the guidelines tie predictive to the future tense. The historical
  present (`В 2000-м за Мураками берётся издательство «Амфора»`) is event.
- Certainty. `скорее всего` is medium (guidelines). `С Мураками произошло примерно то же: …`: `примерно`
  is a listed medium cue, here approximating a comparison: medium. The adjective `примерное поведение`
  is no hedge (dev2 `возможную отставку`). `не вызывает в читателе подозрения в скрытой рекламе`: the
  noun `подозрения` is the negated object of the author's assertion, not a hedge of it (dev2 `вероятность
  … стала … велика`): high. `практически безвылазно`, `практически всю свою семью` are like `почти`
  (dev16): high; `то ли вечности, то ли … скоротечности` presents two readings of a symbol, not a hedge of
  the claim: high. `Как ни странно это звучит, но …` is one claim (dev `хотя …, но …`), no hedge.
- Polarity. `Не зря … зовётся «Впечатлением»` negates the adverb (`не зря` = for good reason), not the
  predicate: positive (test2 `неслучайно`); its `:` elaboration gives the reason: causal. `Герой —
  несколько ленивый индивидуалист, но не эгоист: …` takes its first predicate (dev12 / dev16): positive.
  `у Мураками нет горы трупов`, `книжка не пошла`, `не вызывает … подозрения` are negative. `никто
  поначалу не верил, что …` is inside the `:` elaboration of the positive `произошло примерно то же`:
  positive. `можно было теперь услышать … не в студенческом лагере, а из репродуктора` negates an adjunct
  (`не …, а …`): positive, event (possibility, not permission).
- Types: numbers. `Сорок три последних года … прожил в деревне` (the duration of his life there is the
  point, dev10 / dev33 `все 44 года`), `(их тут пять)`, `восемь громадных водных панорам`, `в двух
  огромных овальных залах` (counts in the relative clause of the normative sentence, dev2), `С разницей в
  двадцать лет` and `— стотысячники` (a numeral fused in the noun: each sold a hundred thousand copies)
  are quantitative; I was unsure about `стотысячники`. `миллионы экземпляров` (dev10 / dev35 `миллиарды`,
  `миллионы строк кода`), `пару книжек`, `масса ранних картин`, `бесчисленные работы`, `мало` are vague;
  `за три года перевёл роман` is a circumstantial time frame (dev4); `через три года` is a time point;
  `два тракториста, один из которых …, «другой же …»` is spelled out by the two characters described
  (dev10 / dev15 identifying; «Два тракториста» is also a song of the album); `1888—1959`, `1984`,
  `XIX века`, `Пинбол-1973` are dates or names.
- Types: evaluative. The essays' art-critical characterisations are judgements: `максимальное скопление
  …`, `хочется называть пейзажами`, `сканы внутренних состояний`, `переплавлен во внутреннее его
  отражение`, `странным медяком`, `точно вклеенном из работ Куинджи`, `самое главное`, `самое
  впечатляющее`, `фантастический по красоте`, `точно помешанный`, `шедеврами`, `натуральным абстрактным
  экспрессионистом`, `сложно угадать`, `последним мостом`, `похожа на успех «Аквариума»`, `глобальная
  роль`, `странные персонажи`, `одной оригинальности мало`, `историй успеха`, `удивительный микс`, `под
  японским соевым соусом`, `чувственная поэтическая литература, пронизанная горькой иронией`, `нехотя …
  добросовестно`, `примерное поведение`, `несколько ленивый индивидуалист`, `больше резонировали со
  спокойно-лиричным творчеством`, `ритуальный характер`, `звучит несколько зоологически`. Zero-copula and
  copular judgements without a verbal predicate are evaluative without event (dev14 / dev24 / dev44);
  with a verbal copula (`оказывается`, `оказываются`) evaluative event (dev24 / dev34 / dev44). Not
  evaluative: `Нуар — крутой американский детектив` (the genre's name, hard-boiled: a factual definition,
  event, dev43), `самая большая коллекция` (a factual superlative, dev42 / dev45), `огромных`, `громадных`
  (size, dev26 / dev44), the citations in guillemets of БГ's lyrics (`«снами о чём-то большем»`,
  `«опоздать и опоздать ещё, …»`) and the translator's words (`«было интересно молодёжи …»`), which are
  citation, not scare quotes (dev20).
- Types: causal. `поскольку`, `Именно поэтому`, `так проникся ей, что …` (result, dev18 / dev42 / dev44
  `так …, что`), `чтобы «было интересно …»` (purpose, dev21), `ведь` (reason, dev44), `Не зря …: …`,
  `отзывается благодарностью`, `не вызывает … подозрения` (effect by the verb, dev6 / dev31). Not causal:
  `на деньги некоего литовского спонсора` (the means), `через веру в общие светлые идеалы` (the means).
"""

DOCS = {
    "factru-book_3581": (19, [
        ("14 ноября 1840 года родился основоположник импрессионизма",
         "event", None, "+", "high"),
        ("Моне сделал для Франции, её самоописания и самоощущения, хоронящегося внутри мощных исторических "
         "потоков и порывов, столько же, сколько сделал для формирования российской литературы и общественной "
         "мысли Лев Толстой",
         "evaluative event", None, "+", "high"),
        ("В Живерни, основное место паломничества любителей импрессионизма, нормандскую деревушку недалеко от "
         "столицы, нужно ехать только после того, как освоишь главные места Клода Моне в Париже",
         "normative", None, "+", "high"),
        ("начинать нужно с музея Орсе",
         "normative", None, "+", "high"),
        ("Главная коллекция французской живописи последних лет ста пятидесяти, этакая парижская Третьяковка, — "
         "ведь то, что туристам кажется галантной французской экзотикой, на самом-то деле является собранием "
         "национального искусства, «родных просторов» и «родной речи»",
         "causal evaluative", None, "+", "medium"),
        ("Орсе важен нам, поскольку в здании бывшего вокзала, использованного Орсоном Уэллсом для съёмок "
         "«Процесса» по Кафке, находится масса ранних картин Моне",
         "causal evaluative", None, "+", "high"),
        ("От «Завтрака на траве» движемся, сквозь года, к полям цветущих маков, дымам вокзалов и строгим минам "
         "Руанского собора",
         "event", None, "+", "high"),
        ("их тут пять",
         "quantitative", None, "+", "high"),
        ("Ранний Моне — это максимальное скопление портретов и натурщиков, человеческих фигур и лиц, обведённых "
         "жирным чёрным контуром",
         "evaluative", None, "+", "high"),
        ("Люди, по ходу движения его творческой эволюции, будут постепенно вымываться из работ, уступая место "
         "картинам природы",
         "event", None, "+", "high"),
        ("Впрочем, чем дальше в лес, тем меньше эти изображения рек, холмов, водоёмов, храмов, садов, парков, "
         "цветников, стогов и запруд хочется называть пейзажами",
         "evaluative", None, "+", "high"),
        ("Всё это, скорее всего, сканы внутренних состояний конкретного человека, мгновенные поляроидные снимки, "
         "передающие переливы эмоций, волнами возникающих и вполне музыкально расплёскиваемых на холстах и "
         "пастелях",
         "evaluative", None, "+", "medium"),
        ("Не зря одна из главных картин Моне, изображающая Гаврский порт и давшая название всему направлению, "
         "зовётся «Впечатлением»: внешний мир здесь переплавлен во внутреннее его отражение и больше говорит о "
         "том, кто видит, чем о том, что показывается",
         "causal evaluative event", None, "+", "high"),
        ("Картина эта, со странным медяком алой луны посредине, точно вклеенном из работ Куинджи, висит в особом "
         "затемнённом зале музея Мормоттан, куда редко забредают туристы, готовые стоять часами на выставки, "
         "проходящие в центре Парижа",
         "evaluative event", None, "+", "high"),
        ("Между тем именно здесь находится самая большая коллекция холстов и рисунков художника, переданная в "
         "музей сыном Моне",
         "event", None, "+", "high"),
        ("В Мормоттан свезли работы, некогда висевшие в главном ателье дома Моне в Живерни, то есть самое "
         "главное, то, что художник оставлял для семьи и самого себя",
         "evaluative event", None, "+", "high"),
        ("Именно поэтому в Мормоттане, помимо «Впечатления», оказалось самое впечатляющее собрание позднего "
         "периода",
         "causal evaluative event", None, "+", "high"),
        ("Сорок три последних года Моне практически безвылазно прожил в деревне, где боролся со старостью и "
         "утратой зрения, где пережил практически всю свою семью и где разбил фантастический по красоте сад, "
         "который и рисовал, точно помешанный, с утра до ночи",
         "quantitative evaluative event", None, "+", "high"),
        ("Особенно стали известными бесчисленные работы, изображающие японский пруд, заросший кувшинками, с "
         "горбатым мостиком посредине, плакучие ивы по берегам и сами кувшинки, символы то ли вечности, то ли, "
         "напротив, скоротечности жизни",
         "event", None, "+", "high"),
        ("Склеротические бляшки на теле памяти",
         "evaluative", None, "+", "high"),
        ("Узелки катаракты, затрудняющие зрение, но позволяющие углубиться внутрь себя до точки невозврата",
         "evaluative", None, "+", "high"),
        ("Всё минувшее лето в музее Мормоттан работала выставка «Моне и абстракционизм», на которой работы из "
         "Живерни соседствовали с шедеврами Поллока, Ротко и де Сталя",
         "evaluative event", None, "+", "high"),
        ("Поздний Моне оказывается натуральным абстрактным экспрессионистом, открывающим дверь в субъективность "
         "восприятия, свойственную ХХ веку",
         "evaluative event", None, "+", "high"),
        ("На последних его холстах, напоминающих разбрызганную «живопись действия», уже сложно угадать прототипы "
         "изображённого — всё ту же стоячую заводь, чешуйки плывущих цветов, бездонное небо, отражённое в "
         "цветущей воде",
         "evaluative", None, "+", "high"),
        ("Если Мормоттана покажется мало, следует заглянуть в музей Оранжереи, где в двух огромных овальных залах "
         "висит восемь громадных водных панорам пруда в Живерни, переданных Моне французскому правительству "
         "незадолго до смерти",
         "normative quantitative", None, "+", "high"),
        ("Эти панно, досконально передающие оттенки водной поверхности, с тщательно выписанными поверх воды "
         "растениями, оказываются последним мостом от попыток точно передать природу к предельной оторванности "
         "от натуры",
         "evaluative event", None, "+", "high"),
    ]),
    "factru-book_3555": (14, [
        ("12 января родился самый популярный в России японский писатель Харуки Мураками",
         "event", None, "+", "high"),
        ("Как ни странно это звучит, но популярность Мураками в России похожа на успех «Аквариума»",
         "evaluative", None, "+", "high"),
        ("С разницей в двадцать лет",
         "quantitative evaluative", None, "+", "high"),
        ("У писателя та же глобальная роль: он сближает Запад и Восток через веру в общие светлые идеалы",
         "evaluative event", None, "+", "high"),
        ("Что отзывается благодарностью в русских душах",
         "causal evaluative event", None, "+", "high"),
        ("Я услышал альбом «Треугольник» в 1984 году в крымском колхозе, куда был отправлен после первого "
         "месяца учёбы в Киевском политехе",
         "event", None, "+", "high"),
        ("Этот альбом населяли Корнелий Шнапс, который «бродил по свету, сжимая крюк в кармане брюк», два "
         "тракториста, один из которых «Жан-Поль Сартра лелеет в кармане», «другой же играет порой на баяне "
         "Сантану и Weather Report», а также иные странные персонажи",
         "evaluative event", None, "+", "high"),
        ("одной оригинальности мало для массовой популярности",
         "evaluative", None, "+", "high"),
        ("тем не менее камерная рок-группа БГ через три года собирала дворцы спорта и стадионы",
         "event", None, "+", "high"),
        ("«Старик Козлодоев» и «Мочалкин блюз» из «Треугольника» в фильм «Асса» попали уже хитами",
         "event", None, "+", "high"),
        ("«Город золотой» и «Полковник Васин» можно было теперь услышать в колхозах не в студенческом лагере, а "
         "из репродуктора",
         "event", None, "+", "high"),
        ("Подспудно в текстах БГ всё больше сквозил Восток",
         "event", None, "+", "high"),
        ("российская аудитория стала грезить наяву «снами о чём-то большем»",
         "event", None, "+", "high"),
        ("С Мураками произошло примерно то же: никто поначалу не верил, что «Охота на овец» — потенциальный "
         "бестселлер",
         "event", None, "+", "medium"),
        ("История его раскрутки — одна из первых сетевых историй успеха",
         "evaluative", None, "+", "high"),
        ("В середине девяностых в Японии российский переводчик Дмитрий Коваленин попросил знакомого бармена "
         "порекомендовать ему что-нибудь из местной литературы, чтобы «было интересно молодёжи во всём в мире, "
         "а не только японской»",
         "causal event", None, "+", "high"),
        ("Тот дал пару книжек Мураками, включая «Охоту на овец»",
         "event", None, "+", "high"),
        ("Коваленин так проникся ей, что в свободное от основной работы время за три года перевёл роман",
         "causal event", None, "+", "high"),
        ("В 1997-м текст выложили на одном из первых сетевых ресурсов переводной литературы «Лавка языков»",
         "event", None, "+", "high"),
        ("В 1998-м на деньги некоего литовского спонсора, которому понравилась вещь, роман опубликовала «Азбука»",
         "event", None, "+", "high"),
        ("книжка не пошла",
         "event", None, "-", "high"),
        ("Кризис, то-сё",
         "event", None, "+", "high"),
        ("В 2000-м за Мураками берётся издательство «Амфора»",
         "event", None, "+", "high"),
        ("«Охота…» ими позиционировалась как детектив",
         "event", None, "+", "high"),
        ("Через три года в России уже бушевал Мураками-бум",
         "event", None, "+", "high"),
        ("«Дэнс, дэнс, дэнс», «Пинбол-1973», «Слушая песню ветра» — стотысячники",
         "quantitative", None, "+", "high"),
        ("На сегодняшний день общий тираж книг Мураками — миллионы экземпляров",
         "event", None, "+", "high"),
        ("Народ почуял в японце своего",
         "event", None, "+", "high"),
        ("Мураками сделал удивительный микс: русской литературы XIX века и американской XX, чьи сильные влияния "
         "испытывал",
         "evaluative event", None, "+", "high"),
        ("всё это — под японским соевым соусом",
         "evaluative", None, "+", "high"),
        ("Свой стиль писатель обозначил как суси (суши)-нуар",
         "event", None, "+", "high"),
        ("Нуар — крутой американский детектив",
         "event", None, "+", "high"),
        ("В исполнении одного из его основателей Раймонда Чандлера (1888—1959) это чувственная поэтическая "
         "литература, пронизанная горькой иронией",
         "evaluative", None, "+", "high"),
        ("Главный герой американца — частный детектив Филипп Марлоу — всякий раз нехотя берётся за новое дело, "
         "но выполняет свои обязанности добросовестно",
         "evaluative event", None, "+", "high"),
        ("Однако, разговаривая с враждебно настроенным комиссаром, он готов отвлечься на… жучка, который "
         "пересекает стол начальника полиции",
         "event", None, "+", "high"),
        ("Дополз! — сказал детектив вслух",
         "event", "детектив", "+", "high"),
        ("Что-что?! — обалдел начальник",
         "event", "начальник", "+", "high"),
        ("Да так, ничего, — отмахнулся Филипп, уже приняв важное решение",
         "event", "Филипп", "-", "high"),
        ("Это примерное поведение и героя «Охоты на овец»",
         "evaluative", None, "+", "high"),
        ("Он, выражаясь по-гребенщиковски, готов «опоздать и опоздать ещё, но выйти к победе в срок»",
         "evaluative", None, "+", "high"),
        ("Обломов, которого не обломать",
         "evaluative", None, "+", "high"),
        ("Герой — несколько ленивый индивидуалист, но не эгоист: он всегда готов бескорыстно помочь",
         "evaluative", None, "+", "high"),
        ("В отличие от Чандлера, у Мураками нет горы трупов",
         "event", None, "-", "high"),
        ("двухтысячные в России больше резонировали со спокойно-лиричным творчеством Харуки",
         "evaluative event", None, "+", "high"),
        ("он почти во всех вещах один и тот же, альтер эго автора",
         "evaluative", None, "+", "high"),
        ("носит несколько ритуальный характер",
         "evaluative", None, "+", "high"),
        ("разыскать друга Крысу, в которого вселился Дух Овцы, звучит несколько зоологически, но для большинства "
         "читателей понятно",
         "quantitative evaluative", None, "+", "high"),
        ("он бы и дальше эстетски священнодействовал",
         "evaluative", None, "+", "high"),
        ("Герой Мураками увлекается западными продуктами: пищевыми и культурными",
         "event", None, "+", "high"),
        ("Причём обилие брендов не вызывает в читателе подозрения в скрытой рекламе",
         "causal event", None, "-", "high"),
    ]),
}
