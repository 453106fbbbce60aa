"""Hand annotations of claims, dev set part 44: real news articles (factRuEval-2016 texts, MIT).

Four whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3591, _361, _310, _146), annotated by hand by reading the texts (not from
the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev42_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First and second lines. factru-book_361 (`Помощник госсекретаря США Фил Гордон сказал, что …`) and
  factru-book_146 (`Совершенно новую технологию … начали использовать контрабандисты.`) hold a full
  sentence on the first line; by the dev / dev2 / dev7 / dev10 / dev12 / dev42 rule it is the title and
  carries no claim. factru-book_3591 and factru-book_310 have plain titles. Their decks are body text
  (test1 / test2): factru-book_310 `Он уже обратился за помощью …` (the author's event; `Он` is
  Видениус, but an action is no reported assertion, so no coref is needed) and factru-book_3591's `Мы так
  долго живем, что некоторые вещи стали повторяться`, which has no final punctuation but is a full
  asserting sentence that does not repeat the title (dev10 / dev11 / dev14); `так …, что …` gives the
  result (dev18 / dev42 `так, что …`): causal event. The essay's closing `C’est la vie?` is a question: no
  claim.
- factru-book_3591 is a first-person essay: `я`, `мы`, `Мне` outside quotes are the author (guidelines);
  `Как известно`, `Известно, что …`, `выясняется, что …`, `как мы видим` are the author's (test1 /
  dev8 `выяснилось`), and `Как известно` is no hedge (dev39). `Однако История подтверждала, что …`
  personifies history in the author's own argument (no source is named): the author's claim.
- Questions. `И хотя реально … нет ни верха, ни низа, паны вглядывались в СССР с опасением: обвалится
  там что-то или нет?` ends in `?`, so by dev's rule (a sentence ending in `?` is no claim even when its
  main clause is declarative) it gets no claim, although its main clause narrates an event; I was unsure.
- Splits. `Как известно, она возникала из клуба «Перестройка» и ее назвали «…»`: the second clause is
  indefinite-personal with a subject of its own (dev15 `… состоялась в 2001 году, затем ее возобновили`),
  so two claims; so are `там стоял дым от курева и, кажется, наливали зубровку`. `я знал и понимал, что
  все непросто, но когда …, я снова артикулировал …` repeats its subject `я` in the second clause, so the
  clauses have their own subjects: two claims. `Паны … не повелись и сделали … поправку` shares one
  subject: one claim, negative from its first predicate (dev12 / dev16). The part after `—` in `Она как
  будто гипнотизировала, отчего … они не сводили с нее задумчивые взгляды — один раз в комнату даже вошел
  … Мазовецкий, но внимание приковывалось только к ней` illustrates the first clause (evidence, like dev37
  `Работы Машкова пользуются … популярностью … - на прошлых "русских торгах" …`), so the whole sentence
  is one claim; `мир виделся так: СССР изображался вверху …, а Польша — …` and `В этих тенденциях нет
  ничего удивительного: так ошметки … пытаются …` are one claim each (elaboration after `:`), as is
  `Гостей … это расстраивало: ведь мы же не хотели …` (the part after `:` gives the reason; dev16 / dev20
  `Ведь …`: causal). `Видениус меж тем сдаваться не собирается: он уже собрал 30 тыс. подписей …` is one
  claim (elaboration after `:`), negative from `не собирается`.
- Fragments. `Или же попыткой увильнуть от обсуждения …` (the gapped `Мне это казалось …`), `Молчаливо,
  тревожно, пустыми магазинами и качающимися на ветру лампочками без колпаков` (the gapped `встретила
  нас`) and `Или же с другими милиционерами МВД Украины, которые … защищают сепаратистов, …` (the gapped
  `как это приключилось`, with an asserting relative clause) continue the preceding sentence with its
  predicate gapped: claims (dev3 / dev16 / dev19 / dev42 gapped continuations). The compound conjunction
  `Или же` is left out like a leading `или` (dev); a gapped continuation inherits the hedge of its gapped
  predicate (dev8 inherits the gapped `станет` and `В результате`), so `попыткой увильнуть …` is medium
  like `Мне это казалось …`. `Прежде всего, что советские чиновники … были не по-советски открыты …` (the
  gapped `поражало`), `Тем более что в 1989 году положение в Польше сильно изменилось` and `Отчасти
  оттого, что ни у кого не было ясных представлений …` are detached subordinate sentences that assert
  (dev2 / dev11 / dev40): claims, the subordinators kept; the last two are causal (dev4 `тем более, что`;
  `оттого, что`), and the last is negative from its only predicate `не было` (dev40 `Хотя, соотношение
  … не является критичным` took the polarity of the detached clause's predicate).
- Spans. The leading `А` of `А произошло это …`, `А ведь она и тогда …`, `А ведь тоже могли бы …`, `А
  через год …`, the leading `Но` / `Но,` of `Но поскольку …`, `Но помнится, …`, `Но вот с её реализацией
  …`, `Но, во всяком случае, …`, the `И,` of `И, кстати, …`, the sentence-initial `Однако` (test1 / dev8)
  and the joining `и` / `а` / `но` are left out; the particles `ведь`, `вот` and the introductory
  `кстати`, `помнится`, `Впрочем`, `Тем не менее`, `С другой стороны`, `Со своей стороны`, `Фактически`,
  `Естественно` are kept (dev10 / dev22 / dev40). The emphatic `и` of `Поэтому ее и назвали`, `и я знал`
  stays inside. The missing space of `родившись,Империя` is kept as written.
- Certainty. The parenthetical `кажется` (`кажется, наливали зубровку`) and the author's `Мне это
  казалось …` present an uncertain or subjective impression: medium, like `Мне кажется` (dev39); `помнится`
  only says the author is recalling (like `вспомнил`), and `как будто гипнотизировала`, `встретила нас
  так, будто бы мы вошли в город после войны` are similes (figurative comparison), not evidential hedges
  like dev42's `вроде как`: high. `возможно, предупредив более глобальный ГКЧП` (a listed cue in the
  participial phrase, dev4) and `формально они якобы должны были …` (in the concessive clause, dev14) make
  their claims low. `А ведь тоже могли бы поднять …` (the modal of possibility of a counterfactual, dev5 /
  dev41 `могла бы`, `могло не произойти`) is low and typed evaluative only (no event happened, no future
  event: not predictive; `тупо`, the scare-quoted `«януковичам»`). `Жаль, если бы я знал, …, я, конечно,
  фиксировал бы …` is a counterfactual without a modal of possibility (dev17 / dev41): high; `Жаль` makes
  it evaluative (dev6 `Жаль, что …`), and it is no causal (no connective, dev33 `Санников имел реальные
  шансы …, если бы …`) nor event. `около двух километров` is medium (guidelines), `более шести тонн`,
  `по крайней мере в Таллине` are no hedges.
- Polarity. `Мы и сами-то не очень понимали, кто мы такие` negates the degree adverb (dev39 `не столь
  массово`, dev42 `не до конца устраивают`): positive; I was unsure, since `не очень понимали` is close to
  a plain denial. `Поэтому ничего удивительного, что …` has the negated existential `нет` elided
  (`[нет] ничего удивительного`), so it is negative like the explicit `В этих тенденциях нет ничего
  удивительного` (dev10 `Ничего нового тут нет`), although its content clause reports a positive event; I
  was unsure. `были не по-советски открыты` (negated modifier), `неслучайно` (fused prefix, test2), `не
  закончился` / `не рискнет` / `не сводили` (in subordinate clauses) leave their claims positive.
- Types: copulas. Judgements with a copula or zero copula and no verbal predicate of their own are
  evaluative without event (dev14 / dev24): `были не по-советски открыты, разговорчивы и раскованы`,
  `Мне это казалось несколько навязчивым …`, `в Прибалтике и Польше … была та же самая Украина` (an
  analogy), `таков нынешний портрет КПРФ`, `"планка для ЕС высоко", но, дверь для Сербии не закрыта`.
  `Фактически, она уже была партией или, вернее, протопартией, когда многопартийность была запрещена`
  classifies what the organisation was in fact at that time (a state of affairs, like dev42's `шаттл —
  это самый большой космический корабль`), with the author's correction `вернее`: evaluative event; I was
  unsure between this and evaluative only.
- Types: causal. `Поэтому`, `отчего` (a consequence in a subordinate clause, dev4), `поскольку`, `тем
  более что`, `оттого, что`, `тем самым` (dev9), `ведь` giving the reason of the preceding clause (dev16),
  `по какой-то странной запрограммированности` (`по` + the reason, dev3 `по причине`), `Чему … помогала …
  карта` (an effect stated by the verb, dev6), `вылившаяся … в …` and `нанес … удар` (dev6), `в связи с
  преобразованиями …` (a stated reason, dev14), `интуитивно связывали их успех с дезинтеграцией` (a
  perceived dependence, dev26 / dev42 `в зависимость`), `лишит MySQL возможности развиваться, от чего
  серьёзно пострадают клиенты` and `потому что`. `В конце концов` (`В конце концов эстонская полиция
  наткнулась …`, `в конце концов, пристроили …`) is read as temporal "eventually", not as dev8's `в итоге`
  of an outcome: not causal; I was unsure here. `А ведь она и тогда прекрасно понимала …` uses `ведь` as
  an emphatic particle (it gives no reason for the preceding sentence): not causal.
- Types: normative. `приходилось по-туристически отмечаться … и нестись себе дальше` (a past compulsion,
  dev4 `приходится`) and `был обязан потом отчитываться` are normative. `можно вспомнить кое-что из его
  небольшой истории` announces what follows (dev36 `Сейчас складываются следующие условия.`): a claim,
  not a permission (dev7 `Можно вычислить`); the quoted content of the author's past thought after `:`
  (`вот давайте навалимся, а впереди забрезжит общая свобода`) and of the Poles' amendment (`мы навалимся
  здесь, а вы наваливайтесь …`) only spells out the `мысль` / `поправку` (dev12 game rule after `:`), so
  those claims stay evaluative event; the necessity inside the concessive clause `несмотря даже на то, что
  формально они якобы должны были …` adds no type (dev19 `необходимо` in a reason clause).
- Types: evaluative. Scare quotes of the author make the claim evaluative (dev6 / dev8 / dev20):
  `«работников таллинской администрации»`, `«антисоветская»`, `«подрывную»`, `«товарищей»`, `«демократами»`,
  `«януковичам»`, `"бизнеса"`. The coinages `"продуктопровод"`, `"водкопровод"` (dev20 `«велодело»`), the
  citation of the treaty's words `«в связи с преобразованиями …»` and the author's own earlier phrase
  `«общую свободу»` are not scare quotes. Further judgements: `прекрасно понимала, где … собака зарыта`,
  `каких-то экспертов`, `самое странное`, `оголтело`, `по-туристически`, `поражало`, `странной
  запрограммированности`, `увильнуть`, `попряталась`, `встретила нас так, будто бы …`, `невнятным`,
  `нехитрую мысль`, `не повелись`, `разочаровывающую`, `гипнотизировала`, `огромный и нависающий глыбой`,
  `немалый смысл`, `тупо`, `ничего удивительного`, `необратимый удар`, `по сути`, `подпоркой армий`,
  `сбившихся из старых кадров`, `недругом`, `преступлений`, `почему-то методично`, `ошметки`. Not
  evaluative: `старейшая` (a factual ranking, dev5 / dev7), `сильно изменилось`, `огромная карта` (size, dev26),
  `серьёзно пострадают` (size of the harm), `редкого`.
- Types: others. `Сербия должна решить вопрос с Косово, потому что …` is normative causal; `ЕС сам решит
  …` predictive; `ЕС не может принять новых членов` (inability in the reason clause) is no hedge, and
  `новых членов`, `русским и китайским` are no numbers. `Таковых оказалось одиннадцать` is quantitative
  event; `около двух километров` in the participial phrase is a measured quantity (dev10 `площадью …`):
  quantitative, medium; `за 1 млрд долларов`, `более шести тонн`, `30 тыс. подписей` are quantitative;
  the dates `13–14 января 1990 года`, `в конце 80-х`, `через год` are not. `не собирается` (a negated
  present intention, dev2 `собирается`) is predictive event. `пытается демаркировать границу` is a present
  attempt with no future deadline (unlike dev42's `NASA пытается успеть … достроить … перед …`): event.
- Speakers. factru-book_361: `- сказал Гордон` and `Гордон сказал, что …` take `Гордон`; `Помощник
  Хиллари Клинтон по европейским и евразийским делам, который … посетил Белград заявил, что …` names its
  speaker only by a description, which is the span (dev19 / dev22 / dev27 / dev28 descriptions; the whole head
  phrase with what says whose assistant and for what, like dev22 `Оппоненты президента из Народной
  партии`); its content `"планка для ЕС высоко", но, дверь для Сербии не закрыта` has two clauses and
  takes the polarity of the first (test2 / dev32): positive. factru-book_310: `Майкл Видениус заявил, что
  …` → `Майкл Видениус`. `Поскольку европейское антимонопольное ведомство уже заявило, что не выявило …
  противоречий, Видениус обращается к ФАС …` carries a reporting frame with its content in its reason
  clause; by the dev7 / dev10 / dev19 / dev20 / dev22 / dev31 rule (attribution in a subordinate part
  makes the sentence a source's claim) it takes the head phrase `европейское антимонопольное ведомство`
  (no name in the text), polarity from the main predicate `обращается` (dev7): positive; I was unsure,
  since the main clause is the author's report of Видениус's appeal. `Еврокомиссия … выступала против
  этой сделки, заявив, что …` takes `Еврокомиссия` (dev28 `отреагировал …, заявив, что …`). `В конце
  декабря, однако, она закончила своё расследование … и заявила, что не видит в нём никаких
  противоречий` is one claim (two predicates sharing one subject, the second with its content, dev39
  Шендерович), speaker `она` with coref `Еврокомиссия`, polarity from the content `не видит` (dev12
  `подтвердил, что у агентства сменился собственник, но не сообщил …` took the content's predicate):
  negative; I was unsure, since the first predicate `закончила` is positive.
"""

DOCS = {
    "factru-book_3591": (None, [
        ("Мы так долго живем, что некоторые вещи стали повторяться",
         "causal event", None, "+", "high"),
        ("Недавно я вспомнил, как была организована первая в СССР альтернативная КПСС политическая организация",
         "event", None, "+", "high"),
        ("Как известно, она возникала из клуба «Перестройка»",
         "event", None, "+", "high"),
        ("ее назвали «Социал-демократическая ассоциация СССР»",
         "event", None, "+", "high"),
        ("Фактически, она уже была партией или, вернее, протопартией, когда многопартийность была запрещена",
         "evaluative event", None, "+", "high"),
        ("Поэтому ее и назвали конспиративно — «ассоциация»",
         "causal event", None, "+", "high"),
        ("произошло это 13–14 января 1990 года в Таллине",
         "event", None, "+", "high"),
        ("самое странное, что местная эстонская бюрократия, еще советская, демонстрировала всяческую лояльность",
         "evaluative event", None, "+", "high"),
        ("ведь она и тогда прекрасно понимала, где антикоммунистическая собака зарыта, — и все же обеспечила "
         "мероприятие комфортным залом и охотно вступала в контакт через каких-то экспертов, советников и "
         "«работников таллинской администрации»",
         "evaluative event", None, "+", "high"),
        ("Жаль, если бы я знал, что это прелюдия к далеко идущему и необратимому историческому процессу, который "
         "не закончился до сих пор, я, конечно, фиксировал бы происходящее более подробно",
         "evaluative", None, "+", "high"),
        ("поскольку все оголтело спешили, и я в том числе, то приходилось по-туристически отмечаться на месте "
         "событий и нестись себе дальше, отчего на рефлексию не оставалось времени",
         "normative causal evaluative event", None, "+", "high"),
        ("помнится, уже тогда многое поражало в этой пока еще советской Эстонии",
         "evaluative event", None, "+", "high"),
        ("Прежде всего, что советские чиновники, с которыми мы встречались, были не по-советски открыты, "
         "разговорчивы и раскованы",
         "evaluative", None, "+", "high"),
        ("С другой стороны, все вопросы по какой-то странной запрограммированности, которая пересиливала все, "
         "они сводили к тому, что «им здесь виднее», как организовывать свою жизнь",
         "causal evaluative event", None, "+", "high"),
        ("Мне это казалось несколько навязчивым, если не сказать невежливым",
         "evaluative", None, "+", "medium"),
        ("попыткой увильнуть от обсуждения проблем демократизации нашей общей страны, начатой М.С. Горбачевым",
         "evaluative", None, "+", "medium"),
        ("Впрочем, чуть ранее та же самая история случилась и в Польше, куда мы отправились с визитом как "
         "официальная делегация клуба «Перестройка»",
         "event", None, "+", "high"),
        ("Принимающей стороной был Клуб католической интеллигенции (Klub Inteligencji Katolickiej), старейшая "
         "«антисоветская» организация, многие члены которой в годы военного положения интернировались",
         "evaluative event", None, "+", "high"),
        ("Сейчас, вернувшись назад, они взялись за «подрывную» работу с новой силой",
         "evaluative event", None, "+", "high"),
        ("Тем более что в 1989 году положение в Польше сильно изменилось",
         "causal event", None, "+", "high"),
        ("Госбезопасность куда-то попряталась",
         "evaluative event", None, "+", "high"),
        ("диссиденты спокойно перевозили литературу с квартиры на квартиру",
         "event", None, "+", "high"),
        ("кстати, уже было достигнуто соглашение о созыве круглого стола между правительством и оппозицией",
         "event", None, "+", "high"),
        ("Тем не менее, Варшава в целом встретила нас так, будто бы мы вошли в город после войны",
         "evaluative event", None, "+", "high"),
        ("Молчаливо, тревожно, пустыми магазинами и качающимися на ветру лампочками без колпаков",
         "evaluative event", None, "+", "high"),
        ("По улицам гулял зябкий ветер",
         "event", None, "+", "high"),
        ("редкий прохожий так и старался побыстрее упрятаться дома",
         "event", None, "+", "high"),
        ("В самом же Клубе ярко горел свет",
         "event", None, "+", "high"),
        ("там стоял дым от курева",
         "event", None, "+", "high"),
        ("кажется, наливали зубровку",
         "event", None, "+", "medium"),
        ("экспромтом организованный политический диалог между «демократами» России и «демократами» Польши и в "
         "этом случае оказался невнятным",
         "evaluative event", None, "+", "high"),
        ("Отчасти оттого, что ни у кого не было ясных представлений о том, чего кто хочет с противоположной "
         "стороны",
         "causal event", None, "-", "high"),
        ("Мы и сами-то не очень понимали, кто мы такие, — даже с кем ехали в одном и том же вагоне",
         "event", None, "+", "high"),
        ("Известно, например, что кое-кто из «товарищей» накануне прошел инструктаж в КГБ и был обязан потом "
         "отчитываться о поездке",
         "normative evaluative event", None, "+", "high"),
        ("Естественно, и я знал и понимал, что все непросто",
         "evaluative event", None, "+", "high"),
        ("когда очередь что-нибудь сказать дошла до меня, я снова артикулировал нехитрую мысль, с которой жил "
         "весь перестроечный постдиссидентский период: вот давайте навалимся, а впереди забрезжит общая свобода",
         "evaluative event", None, "+", "high"),
        ("Паны, впрочем, на «общую свободу» не повелись и сделали принципиальную и разочаровывающую нас "
         "поправку: мы навалимся здесь, а вы наваливайтесь как-нибудь там",
         "evaluative event", None, "-", "high"),
        ("Чему в немалой степени помогала висящая во всю стену огромная карта восточного полушария",
         "causal event", None, "+", "high"),
        ("Она как будто гипнотизировала, отчего, что бы ни толковали паны, они не сводили с нее задумчивые "
         "взгляды — один раз в комнату даже вошел будущий премьер Польши Мазовецкий, но внимание приковывалось "
         "только к ней",
         "causal evaluative event", None, "+", "high"),
        ("В картографической интерпретации мир виделся так: СССР изображался вверху — огромный и нависающий "
         "глыбой, а Польша — маленьким и гордым кусочком внизу",
         "evaluative event", None, "+", "high"),
        ("Гостей, то есть нас, это расстраивало: ведь мы же не хотели ни на кого обваливаться",
         "causal event", None, "+", "high"),
        ("Сегодня, после Грузии и Украины, однако, выясняется, что подобные опасения и подобное описание имели "
         "немалый смысл",
         "evaluative event", None, "+", "high"),
        ("Если проводить аналогии, то в Прибалтике и Польше в конце 80-х была та же самая Украина, на которую у "
         "занятой собой России-СССР попросту не хватило сил",
         "evaluative", None, "+", "high"),
        ("ведь тоже могли бы поднять русские диаспоры по границам, которые бы потребовали автономии и военной "
         "защиты, или тупо осуществить братскую помощь тогдашним «януковичам»",
         "evaluative", None, "+", "low"),
        ("Со своей стороны, демократы, ратующие за реформы на местах, интуитивно связывали их успех с "
         "дезинтеграцией советского мира, пронизанного горизонтальными и вертикальными связями компартий и "
         "аффилированных с ними спецслужб",
         "causal event", None, "+", "high"),
        ("Поэтому ничего удивительного, что сначала Прибалтика, а потом и сама России (12 июня 1990 года) приняли "
         "свои декларацию независимости, вынув тем самым главные «скрепы» советского мира",
         "causal evaluative event", None, "-", "high"),
        ("через год «в связи с преобразованиями в СССР и других странах Центральной и Восточной Европы» "
         "государства-участники ОВД упразднили и ее военные структуры, тем самым деморализовав силовиков и, "
         "возможно, предупредив более глобальный ГКЧП",
         "causal event", None, "+", "low"),
        ("Стратегия «управляемой дезинтеграции», вылившаяся на окраинах в ничем не ограниченный рост "
         "националистических настроений, так неприятно удививших нас вначале, нанес хозяйству «советского мира» "
         "необратимый удар",
         "causal evaluative event", None, "+", "high"),
        ("История подтверждала, что альтернативы этому процессу, по сути, не было",
         "evaluative event", None, "-", "high"),
        ("Ведь даже пустившись в самостоятельное плавание после запрета КПСС, национальные компартии не "
         "превращались в социал-демократические партии западного типа, а как были, так и оставались подпоркой "
         "армий и их военных бюджетов, спецслужб и самых что ни на есть разнокалиберных притеснителей прав "
         "человека, несмотря даже на то, что формально они якобы должны были автоматически вставать в оппозицию "
         "к «капиталистическим правительствам»",
         "causal evaluative event", None, "-", "low"),
        ("во всяком случае, таков нынешний портрет КПРФ",
         "evaluative", None, "+", "high"),
        ("Точно такие же сложные процессы, как мы видим, прошли и в национальных спецслужбах, сбившихся из "
         "старых кадров",
         "evaluative event", None, "+", "high"),
        ("Сегодня они неслучайно проявляют подчас большую солидарность с внешним недругом, нежели с национальным "
         "правительством, как это приключилось, например, с украинским Беркутом, которого после преступлений на "
         "Майдане, в конце концов, пристроили на работу в полицию России",
         "evaluative event", None, "+", "high"),
        ("с другими милиционерами МВД Украины, которые почему-то методично защищают сепаратистов, как это было в "
         "Одессе или в Луганске",
         "evaluative event", None, "+", "high"),
        ("В этих тенденциях нет ничего удивительного: так ошметки авторитарной советской Империи снова и снова "
         "пытаются соединиться по прежним линиям и тем самым вернуть себе утраченный шанс, хотя бы и с помощью "
         "раскрутки звонких, как марширующая поступь, «духовных скреп»",
         "causal evaluative event", None, "-", "high"),
        ("Еще не родившись,Империя пытается демаркировать границу, за которую не рискнет ступить демократия "
         "западного типа",
         "evaluative event", None, "+", "high"),
    ]),
    "factru-book_361": (None, [
        ("\"Сербия должна решить вопрос с Косово, потому что ЕС не может принять новых членов, если у неё есть "
         "нерешенные вопросы по границе или конфликты с соседней страной\", - сказал Гордон в интервью, "
         "опубликованном в четверг на сайте РТС",
         "normative causal", "Гордон", "+", "high"),
        ("На вопрос, как он считает, должно ли признание независимости Косово быть условием для Сербии вступить "
         "в Союз, Гордон сказал, что \"ЕС сам решит, является ли формальное дипломатическое признание Косово "
         "условия для присоединения\"",
         "predictive", "Гордон", "+", "high"),
        ("Помощник Хиллари Клинтон по европейским и евразийским делам, который в среду посетил Белград заявил, "
         "что \"планка для ЕС высоко\", но, дверь для Сербии не закрыта",
         "evaluative", "Помощник Хиллари Клинтон по европейским и евразийским делам", "+", "high"),
    ]),
    "factru-book_310": (None, [
        ("Он уже обратился за помощью к русским и китайским антимонопольным службам",
         "event", None, "+", "high"),
        ("Основатель MySQL Майкл Видениус заявил, что выступает против сделки по слиянию компаний Oracle и Sun "
         "Microsystems",
         "event", "Майкл Видениус", "+", "high"),
        ("Поскольку европейское антимонопольное ведомство уже заявило, что не выявило в этом объединении "
         "противоречий, Видениус обращается к ФАС и Министерству торговли КНР с просьбой заблокировать интеграцию",
         "causal event", "европейское антимонопольное ведомство", "+", "high"),
        ("Sun, напомним, приобрела MySQL за 1 млрд долларов в 2008 году",
         "quantitative event", None, "+", "high"),
        ("Еврокомиссия изначально также выступала против этой сделки, заявив, что она лишит MySQL возможности "
         "развиваться, от чего серьёзно пострадают клиенты этой системы",
         "predictive causal event", "Еврокомиссия", "+", "high"),
        ("В конце декабря, однако, она закончила своё расследование объединения и заявила, что не видит в нём "
         "никаких противоречий",
         "event", ("она", None, "Еврокомиссия"), "-", "high"),
        ("Видениус меж тем сдаваться не собирается: он уже собрал 30 тыс. подписей против сделки",
         "predictive quantitative event", None, "-", "high"),
    ]),
    "factru-book_146": (None, [
        ("Произошло это осенью 2004 года",
         "event", None, "+", "high"),
        ("только сейчас эстонские власти предъявили обвинения своим и российским гражданам, участвовавшим в этом "
         "процессе",
         "event", None, "+", "high"),
        ("Таковых оказалось одиннадцать",
         "quantitative event", None, "+", "high"),
        ("Пока эстонская прокуратура будет разбираться во всех тонкостях этого редкого \"бизнеса\", можно "
         "вспомнить кое-что из его небольшой истории",
         "evaluative event", None, "+", "high"),
        ("В августе 2004 года \"продуктопровод\", проложенный нелегально через пограничную реку Нарву и имеющий "
         "общую протяжённость около двух километров, был испытан и начал функционировать",
         "quantitative event", None, "+", "medium"),
        ("Преступники пользовались им до ноября того же года и успели перекачать более шести тонн водки",
         "quantitative event", None, "+", "high"),
        ("вот с её реализацией дело застопорилось, по крайней мере в Таллине, хотя в Тарту дело пошло",
         "event", None, "+", "high"),
        ("В конце концов эстонская полиция наткнулась на грузовик с водкой и в ходе разбирательств вышла на "
         "\"водкопровод\"",
         "event", None, "+", "high"),
    ]),
}
