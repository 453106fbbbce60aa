"""Hand annotations of claims, dev set part 20: real news articles (factRuEval-2016 texts, MIT).

Five whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_296, _3774, _3626, _3790, _503), annotated by hand by reading the texts
(not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in
claims_dev_annotations.py and claims_dev2..dev19_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line, decks and furniture. factru-book_296 and factru-book_503 have a full sentence on the
  first line (`Международная федерация футбола ФИФА объявила о выделении …`, `Наконец-то в Москве была
  торжественно открыта первая велодорожка.`); by the dev2 / dev7 / dev10 / dev12 rule the first line is
  the title and carries no claim. The deck under the title of factru-book_3774 (`Власти успокаивают, что
  это просто реставрация, а не защита от толпы.`) is body text and annotated (test1 / test2). The
  second line of factru-book_3626 (`Песня Happy Birthday to You теперь может использоваться свободно`)
  has no final punctuation but is a full asserting sentence that does not repeat the title `Рождение
  общественного достояния`, so it is annotated (dev10 / dev14 / dev15); `может использоваться свободно`
  states what is now permitted (dev13 `Заявку может подать любая компания`): normative, high. Its byline
  line `РИА Новости` is page furniture (dev10 `ТАСС`). Gudkov's `А если это не так, то зачем этот забор
  вообще нужен?` is a question: no claim.
- Speakers. `Власти успокаивают, что …` (reassuring, a verb of saying with a content clause) is the
  authorities' claim. `Высказываются мнения, что …` (impersonal, no named source) takes the verb
  `Высказываются` as span (dev `подчёркивалось`, dev6 `сообщалось`); `Ранее сообщалось, что …` takes
  `сообщалось`. `В нижней палате парламента опровергают, что …` (denying with a content clause) is a
  source's claim, span `нижней палате парламента` (dev13 `В Британии отмечают` → `Британии`), positive
  (`опровергают` has no `не`, dev10 `отрицал`); `Тем не менее в Госдуме опровергают "оградительные"
  функции …` has only a nominal object, so it is the author's event (dev10 `Кремль опроверг …`).
  `Как следует из проектной документации на сайте Госзакупок, …` is `согласно X`: span `проектной
  документации`; the closing `пишет NEWSru.com` is in the next sentence, which it alone frames.
  `Суд Лос-Анджелеса постановил, что …, передает издание Los Angeles Times` takes the inner source
  (dev nested rule, dev5 court ruling). `— передает слова судьи издание` takes the quoted person
  `судьи` (dev16 / dev19 `цитирует … оппозиционера`), `В исковом заявлении утверждается, что …` the
  head noun with its adjective `исковом заявлении` (dev14 `иске`), `По данным издания` → `издания`,
  `По мнению истцов` → `истцов`. `Меркель, Путин и Порошенко согласились с тем, что …, пишет РБК`:
  agreeing with a content clause is a verb of believing (dev6 `Стубб согласился со словами …, который
  заявил, что P`), and the nested rule gives the inner holders, one span from the first name to the
  last (dev6 two speakers of one frame). `Московские власти обещали, что …` and `власти пообещали …,
  что …`: a promise with a content clause (unlike dev2's `пообещал ограничить`, an infinitive
  complement, which is the author's) is a speech act with its content, so the promisers' claim.
- Attribution in a subordinate part (dev7, dev10, dev19): `В ходе акции протеста, в которой только по
  официальным данным приняли участие около 2,5 тыс. человек, активисты обклеивали …` takes the source
  of its relative clause, span `официальным данным` (dev9 `некоторым данным`), although the main clause
  is the author's description; I was unsure here, since the attribution only covers the count.
- Gudkov's multi-sentence quotation (factru-book_3774) closed by `- напомнил депутат-эсер Дмитрий
  Гудков` gives one claim per sentence, each with `Дмитрий Гудков`; each quoted sentence is one claim
  however many clauses it has (test2), with the polarity of its first clause. Certainty: `думаю`
  medium (test2), `видимо` low (dev12 `похоже`, guidelines `по-видимому`), both together low (dev6).
  `это делается не просто так` (there is a reason) is causal (dev19 `Для этого есть свои веские
  причины`) and positive (the quoted sentence's first clause decides); `Ведь …` gives the reason for
  the preceding rhetorical question: causal (dev16); `Видимо, готовятся …` (subject `власть` dropped)
  is a sentence of its own and a claim.
- Shuvalov (factru-book_3774). His first quoted sentence with its frame (`"Управление … объявило тендер
  …, однако она не будет превосходить … и тем более не призвана как-то "отгородить" …", заявил …
  Юрий Шувалов`) is one claim, positive (first main clause), predictive for `не будет превосходить`,
  causal for `призвана` (a stated purpose, denied; as `ограждение призвано защитить` in the opinions'
  claim), evaluative for his scare quotes. `Утверждения … полностью лишены всякого основания` is a pure
  judgement: evaluative without event (dev14 zero-copula judgements). `Я могу официально заявить, что P`
  only frames P (dev10 `Мы уже говорили, что P`): polarity from P (`не будет превосходить`, negative);
  `могу` is ability, no hedge. `отдельные ее элементы - не вся конструкция целиком - могут достигать
  двух метров` gives the dimensions of the structure to be made (present for future, dev3: predictive;
  `могут достигать` is the range of a specification, like dev12's `штрафы могут достигать`: high;
  `не вся конструкция` negates a noun phrase: positive). The pronoun frames `подчеркнул он`, `Он
  пояснил` take coref `Юрий Шувалов`; `- добавил начальник управления` takes that description (dev).
- Scare quotes of the author or speaker (dev6 / dev8 / dev17) make the claim evaluative: `"оградительные"
  функции`, `"заборе"`, `"отгородить"`, `Её «запустили в эксплуатацию»`, `«портить» природу`,
  `«цивилизованных» велодорожек`. `"народный сход"` is the name of the rally (as its organisers called
  it), and `«велодело»` marks a coinage, not a distancing from someone's claim: neither adds evaluative.
  Quotation marks around quoted words of a document or a speaker (`«конкретные шаги …»`, `«не имеют
  морального права»`, `«готовы в любое время»`) are citation, not scare quotes.
- Certainty. `предположительно, двухметровой высоты` is the listed low cue. `рефери, которые были
  заподозрены в причастности …` (factru-book_296) carries the listed cue `подозревают` in its relative
  clause, so by dev4 / dev14 (a cue anywhere in the claim) the claim is low, although the suspicion is
  itself a reported fact (dev17 `который считался членом Аль-Каиды` had no listed cue). `около 2,5 тыс.`
  is medium. `стороны могут обсудить на … видеоконференции` (a possible future discussion) is epistemic:
  low (dev10). `более 5 тысяч` bounds the number: high (dev16 `почти`).
- Polarity. `Открытие велодорожки не обошлось и без маленькой неприятности` is litotes (it means there
  was a small trouble), but unlike dev19's expletive `чем только не` the `не` is a real negation of the
  predicate (the double negative `не … без`), so by the guidelines it is negative. `это просто
  реставрация, а не защита от толпы` and `распространяется только на … аранжировки, а не на саму песню`
  negate a complement (`не …, а …` / `а не`, dev9): positive. `Пушилин также отметил, что ополченцы
  «готовы …» отвести …, однако не будут делать этого в одностороннем порядке` is one claim (shared
  subject), positive from its first predicate (dev12 / dev16), predictive event (`готовы` is a present
  readiness, dev8; `не будут делать` future).
- Types. `ФИФА не намерена мириться …` is a negated present intention: predictive event, negative (dev17
  `не намерены`). `договорные матчи подрывают основы спорта` (X undermines Y: an effect stated by the
  verb, dev6 / dev8 `ударит по науке`) is causal and evaluative. `потратит 29 миллионов долларов в
  течение 10 лет на борьбу с …` is predictive quantitative causal (`на борьбу` is the purpose of the
  spending; `в течение 10 лет` a time frame, dev4 / dev13). `проблема усугубилась после того, как …`
  is evaluative event; the temporal `после того, как` is not causal (dev3 / dev13), here and in
  `решили обратиться в суд после того, как под угрозой крупного штрафа были вынуждены заплатить …`,
  which is causal for `под угрозой крупного штрафа` (the reason of the payment, dev4 subordinate
  cause) and quantitative for the amount in the subordinate clause (dev2). `авторские права на нее
  должны были давно истечь` states what copyright law entails (dev15 `По законам квантовой механики …
  не должна исчезать`): normative. `не имеют права взимать лицензионные гонорары` (a denied right) is
  normative; with `обладают правами` (shared subject, one claim) it is normative event, positive from the
  first predicate. `не имеют морального права прекратить бои …, поскольку …` is normative causal,
  negative. `Представитель правительства Германии рассказал, что стороны говорили о том, что отвод
  тяжелых вооружений, согласно минским договоренностям` is garbled (the innermost clause has lost its
  predicate); like dev4's garbled lead it is one claim, the representative's, typed from the asserted
  `стороны говорили` (event). `стороны согласовали «конкретные шаги по обеспечению работы миссии ОБСЕ
  для мониторинга ситуации на Украине»`: `для мониторинга` names the function of the mission inside the
  quoted object, not the purpose of an action asserted by the clause, so it is event only (unlike
  dev6's `о создании для отражения угрозы`); the `чтобы те могли вести …` clause of the joint statement's
  call and `для того, чтобы соглашение … вступило` are purposes of the calls: causal. Calls with
  infinitive complements (`призвали российского лидера использовать …`, `в котором призвали «обеспечить
  …»`) and `Экологи … потребовали создания …` (nominal object) are the author's events (test1 / dev8 /
  dev11). `оппозиционеры уверены: власти … готовятся к обороне` is the opposition's claim (content after
  `:`), evaluative for the loaded `к обороне`; `мощное ограждение` in the opinions' claim is evaluative
  (dev7 epithet `феноменальную`). `В споре победил мэр города Лужков, узнавший, как обстоит «велодело» в
  Париже`: the participle gives the ground of his stance (dev17 `Следуя предложению`, dev19 `следуя
  своим интересам`): causal event. `велотрасса имеет протяжённость всего 2,5 км и включает одну
  велопарковку` judges the length against the promise (`всего`): quantitative evaluative event; `одну
  велопарковку` is an asserted count, contrasted with the promised five. `Несколько лет`, `нескольких
  бандитских группировок` are vague; `первая велодорожка` an ordinal; `в 1893 году`, `в 1935 году`
  dates; `двухметровой высоты`, `двух метров`, `1,3 млн рублей`, `15 миллионов долларов`, `1,5 тысячи
  долларов`, `5 км`, `5 велопарковок`, `шестерых рефери`, `три кордона охраны` are quantitative.
  `преступную деятельность`, `бандитских группировок`, `самопровозглашенной ДНР` are descriptors of the
  news register (dev7 / dev11), not the author's judgement.
"""

DOCS = {
    "factru-book_296": (None, [
        ("Президент ФИФА Зепп Блаттер заявил в Цюрихе в понедельник 9 мая, что договорные матчи подрывают "
         "основы спорта — честную игру, уважение и дисциплину",
         "causal evaluative event", "Зепп Блаттер", "+", "high"),
        ("По его словам, ФИФА не намерена мириться с любыми проявлениями нарушения этих ценностей",
         "predictive event", ("его", None, "Зепп Блаттер"), "-", "high"),
        ("Интерпол будет вести из Сингапура работу по противодействию договорным матчам",
         "predictive", None, "+", "high"),
        ("Международная организация потратит 29 миллионов долларов в течение 10 лет на борьбу с незаконными "
         "тотализаторами и подкупом судей, официальных лиц и игроков",
         "predictive quantitative causal", None, "+", "high"),
        ("ФИФА сообщила, что проблема усугубилась после того, как в незаконной деятельности стали участвовать "
         "азиатские игорные синдикаты",
         "evaluative event", "ФИФА", "+", "high"),
        ("В феврале ФИФА отстранила шестерых рефери, которые были заподозрены в причастности к организации "
         "договорного матча в Турции",
         "quantitative event", None, "+", "low"),
        ("В прошлом году Интерпол в результате совместной работы с правоохранительными органами Китая, "
         "Малайзии, Сингапура и Таиланда пресек преступную деятельность нескольких бандитских группировок, "
         "причастных к незаконному игорному бизнесу",
         "causal event", None, "+", "high"),
        ("более 5 тысяч человек были арестованы",
         "quantitative event", None, "+", "high"),
    ]),
    "factru-book_3774": (None, [
        ("Власти успокаивают, что это просто реставрация, а не защита от толпы",
         "event", "Власти", "+", "high"),
        ("СМИ сообщают о том, что вокруг здания Госдумы началось строительство нового забора - "
         "предположительно, двухметровой высоты",
         "quantitative event", "СМИ", "+", "low"),
        ("Высказываются мнения, что мощное ограждение призвано защитить депутатов от иногда протестующих "
         "поблизости оппозиционеров",
         "causal evaluative event", "Высказываются", "+", "high"),
        ('В нижней палате парламента опровергают, что "принимаются какие-то заградительные меры" - это '
         "просто реставрационные работы",
         "event", "нижней палате парламента", "+", "high"),
        ("Как следует из проектной документации на сайте Госзакупок, новое ограждение планируется "
         "двухметровой высоты и будет состоять из стали бронзового и серебряного цветов",
         "predictive quantitative event", "проектной документации", "+", "high"),
        ("Новый забор обойдется властям в 1,3 млн рублей, пишет NEWSru.com",
         "predictive quantitative", "NEWSru.com", "+", "high"),
        ("Оппозиционеры уверены: власти ожидают новых акций протеста и готовятся к обороне",
         "evaluative event", "Оппозиционеры", "+", "high"),
        ('"У нас власть боится народа, и думаю, что это делается не просто так',
         "causal evaluative event", "Дмитрий Гудков", "+", "medium"),
        ("Я думаю, что власти понимают, что ненависть к представителям власти усиливается, несмотря на "
         "временный уличный спад, и, видимо, власть готовится к самым худшим временам",
         "evaluative event", "Дмитрий Гудков", "+", "low"),
        ("Видимо, готовятся к очередному закручиванию гаек и к новым неприятным законам",
         "evaluative event", "Дмитрий Гудков", "+", "low"),
        ("Ведь в том же Европарламенте ходят экскурсии",
         "causal event", "Дмитрий Гудков", "+", "high"),
        ("Так уже было в Астрахани, когда голодал Шеин",
         "event", "Дмитрий Гудков", "+", "high"),
        ('Тогда перед заксобранием стояли три кордона охраны", - напомнил депутат-эсер Дмитрий Гудков',
         "quantitative event", "Дмитрий Гудков", "+", "high"),
        ("18 июля рядом с перекрытой полицией Манежной площадью прошел \"народный сход\" протестующих против "
         "обвинительного приговора Алексею Навальному и Петру Офицерову",
         "event", None, "+", "high"),
        ("В ходе акции протеста, в которой только по официальным данным приняли участие около 2,5 тыс. "
         "человек, активисты обклеивали окна и стены Госдумы оппозиционными листовками и лозунгами",
         "quantitative event", "официальным данным", "+", "medium"),
        ('Тем не менее в Госдуме опровергают "оградительные" функции будущего забора',
         "evaluative event", None, "+", "high"),
        ('"Управление по эксплуатации зданий Федерального Собрания РФ, действительно, объявило тендер на '
         "изготовление и установку новой стальной конструкции вокруг здания Госдумы, однако она не будет "
         "превосходить по своим размерам существующую и тем более не призвана как-то \"отгородить\" нижнюю "
         'палату парламента от граждан", заявил замглавы аппарата нижней палаты - начальник управления по '
         "связям с общественностью и взаимодействию со СМИ Юрий Шувалов",
         "predictive causal evaluative event", "Юрий Шувалов", "+", "high"),
        ('Утверждения о том, что "принимаются какие-то заградительные меры", полностью лишены всякого '
         "основания, подчеркнул он",
         "evaluative", ("он", "подчеркнул ", "Юрий Шувалов"), "+", "high"),
        ('"Я могу официально заявить, что та конструкция, которая будет изготовлена, никоим образом не будет '
         'по своим размерам превосходить ту, которая существует на данный момент", - добавил начальник '
         "управления",
         "predictive", "начальник управления", "-", "high"),
        ("Он пояснил, что отдельные ее элементы - не вся конструкция целиком - могут достигать двух метров",
         "predictive quantitative", ("Он", None, "Юрий Шувалов"), "+", "high"),
        ('"Речь ни в коем случае не идет о "заборе", которым Дума пытается огораживаться, как некоторые '
         'журналисты хотели бы увидеть", - утверждает Шувалов',
         "evaluative event", "Шувалов", "-", "high"),
    ]),
    "factru-book_3626": (None, [
        ("Песня Happy Birthday to You теперь может использоваться свободно",
         "normative", None, "+", "high"),
        ("Суд Лос-Анджелеса постановил, что компании Warner/Chappell Music не принадлежат авторские права на "
         "песню Happy Birthday to You (\"С днем рождения тебя\"), передает издание Los Angeles Times",
         "event", "Суд Лос-Анджелеса", "-", "high"),
        ("По данным издания, компания претендовала на авторство с тех пор, как заплатила 15 миллионов "
         "долларов за покупку Birch Tree Group, преемницу Clayton F. Summy Co., которой принадлежали права на "
         "песню",
         "quantitative event", "издания", "+", "high"),
        ("Решение вынес судья Джордж Х. Кинг (George H. King)",
         "event", None, "+", "high"),
        ("Он постановил, что авторское право распространяется только на определенные музыкальные аранжировки, "
         "а не на саму песню, \"потому что Summy Co. никогда не принадлежали права на слова песни Happy "
         "Birthday\"",
         "causal event", ("Он", None, "Джордж Х. Кинг"), "+", "high"),
        ('"Ответчикам, правопреемникам Summy Co., не принадлежат действительные права на текст песни Happy '
         'Birthday", — передает слова судьи издание',
         "event", "судьи", "-", "high"),
        ("Ранее сообщалось, что производители документального фильма о песне Happy Birthday — компания Good "
         "Morning To You Productions Corp. — решили обратиться в суд после того, как под угрозой крупного "
         "штрафа были вынуждены заплатить 1,5 тысячи долларов за использование песни",
         "quantitative causal event", "сообщалось", "+", "high"),
        ("В исковом заявлении утверждается, что песня была написана еще в 1893 году и авторские права на нее "
         "должны были давно истечь",
         "normative event", "исковом заявлении", "+", "high"),
        ("По мнению истцов, в действительности Warner/Chappell обладают правами лишь на фортепианную "
         "аранжировку песни, которая была создана в 1935 году, и не имеют права взимать лицензионные гонорары "
         "за использование ее текста или мелодии",
         "normative event", "истцов", "+", "high"),
    ]),
    "factru-book_3790": (None, [
        ("В состоявшемся в ночь на 17 февраля разговоре стороны согласовали «конкретные шаги по обеспечению "
         "работы миссии ОБСЕ для мониторинга ситуации на Украине»",
         "event", None, "+", "high"),
        ("В разговоре с Путиным Меркель и Порошенко призвали российского лидера использовать свое влияние на "
         "ополченцев для того, чтобы соглашение о прекращении огня вступило на всей территории ДНР и ЛНР",
         "causal event", None, "+", "high"),
        ("Меркель, Путин и Порошенко согласились с тем, что в первую очередь необходимо обеспечить доступ "
         "наблюдателей ОБСЕ в зону конфликта, пишет РБК",
         "normative", "Меркель, Путин и Порошенко", "+", "high"),
        ("Ранее Меркель, Порошенко и Франсуа Олланд выступили с совместным заявлением, в котором призвали "
         "«обеспечить свободный доступ наблюдателям ОБСЕ, чтобы те могли вести объективное наблюдение на "
         "местах»",
         "causal event", None, "+", "high"),
        ("Представитель правительства Германии рассказал, что стороны говорили о том, что отвод тяжелых "
         "вооружений, согласно минским договоренностям",
         "event", "Представитель правительства Германии", "+", "high"),
        ("Как заявил представитель властей ДНР Денис Пушилин, сейчас ополченцы «не имеют морального права» "
         "прекратить бои за Дебальцево, поскольку «это внутренняя территория» ДНР",
         "normative causal", "Денис Пушилин", "-", "high"),
        ("Пушилин также отметил, что ополченцы «готовы в любое время» отвести тяжелые вооружения, однако не "
         "будут делать этого в одностороннем порядке",
         "predictive event", "Пушилин", "+", "high"),
        ("Как заявил спикер Народного совета самопровозглашенной ДНР Андрей Пургин, вопрос об отводе "
         "вооружений стороны могут обсудить на запланированной на 17 февраля видеоконференции контактной "
         "группы по урегулированию на Украине",
         "predictive", "Андрей Пургин", "+", "low"),
        ("После вступления перемирия в силу в полночь 15 февраля представители ОБСЕ так и не смогли проехать "
         "в Дебальцево, в котором обстрелы не прекращаются несмотря на соглашение о прекращении огня",
         "event", None, "-", "high"),
        ("Из-за того, что стороны обвиняют друг друга в несоблюдении пункта минских договоренностей о "
         "прекращении огня, и ДНР, и Киев отказываются начать отвод тяжелых вооружений от линии фронта",
         "causal event", None, "+", "high"),
    ]),
    "factru-book_503": (None, [
        ("Её «запустили в эксплуатацию» 6 сентября в Центральном округе столицы в Лужниках",
         "evaluative event", None, "+", "high"),
        ("Несколько лет велись споры о том, нужны ли Москве специальные велосипедные дорожки или нет",
         "event", None, "+", "high"),
        ("В споре победил мэр города Лужков, узнавший, как обстоит «велодело» в Париже",
         "causal event", None, "+", "high"),
        ("До принятия соответствующего решения возникла проблема с велосипедистами на склонах Воробьёвых гор, "
         "которые нелегально построили скоростные трассы, трамплины и начали понемногу «портить» природу, "
         "выламывая деревья и разрушая почвенный покров",
         "evaluative event", None, "+", "high"),
        ("Экологи всполошились и потребовали создания «цивилизованных» велодорожек",
         "evaluative event", None, "+", "high"),
        ("Открытие велодорожки не обошлось и без маленькой неприятности",
         "evaluative event", None, "-", "high"),
        ("Московские власти обещали, что первая велодорожка в парковой зоне будет иметь протяжённость 5 км и "
         "на ней будет построено 5 велопарковок",
         "predictive quantitative", "Московские власти", "+", "high"),
        ("На деле оказалось, что велотрасса имеет протяжённость всего 2,5 км и включает одну велопарковку",
         "quantitative evaluative event", None, "+", "high"),
        ("власти пообещали простым горожанам, любителям велосипедной езды, что это только начало и дальше всё "
         "пойдёт по плану",
         "predictive", "власти", "+", "high"),
    ]),
}
