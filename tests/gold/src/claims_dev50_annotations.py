"""Hand annotations of claims, dev set part 50: real news articles (factRuEval-2016 texts, MIT).

Later stretches of two long articles of the shared news collection (``../shared/data/news/articles.jsonl``
from the repository root), annotated by hand by reading the texts (not from the pipeline's output),
following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in claims_dev_annotations.py and
claims_dev2..dev48_annotations.py; the format is described in build_claims_gold.py. Each document is the
article's title line followed by a paragraph range only (``keep_paragraphs(text, (first, last))``, the
title line counting as paragraph 1); the key carries the suffix ``@2``:

- ``factru-book_3555@2``: paragraphs 15–31 of the essay on Мураками (its first 14 paragraphs are dev47's
  factru-book_3555), from the quoted passages of his novels (`«Я вытащил из заднего кармана …`) to the
  end of the article;
- ``factru-book_3677@2``: paragraphs 10–19 of the popular-science essay on internet pornography (its first
  9 paragraphs are dev48's factru-book_3677), from the intertitle `Студент порно не разумеет` to `Перед
  нами механизм выработки любой зависимости …`.

`types` are listed in the precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- Title lines and headings. Both title lines carry no claim (factru-book_3677's is a full sentence, dev48).
  factru-book_3677's `Студент порно не разумеет` and `Борьба с собой` are intertitles (dev22 / dev48
  `Поколение левой руки`): no claims, although the first has a predicate.
- The document starts mid-topic. factru-book_3555@2 opens with quotations from Мураками's novels that
  illustrate the brands of the preceding (cut) paragraph (`Я вытащил … «Ливайсов» …`, `заказал себе
  «Хайнекен»`). They are quoted sentences, so, as dev47 annotated the quoted dialogue of Чандлер's novel and
  dev48 the lines of the Coolidge joke, each sentence is a claim (guidelines: a multi-sentence quotation
  gives one claim per sentence). They have no frame; an unattributed quotation takes its nearest naming
  (dev3 / dev24 / dev31): the writer, `Харуки` of the next paragraph. I was unsure whether fiction quoted
  as an example of style should be annotated at all. The coordinated predicates with the narrator `я`
  (`вытащил …, открыл … и … начал пересчитывать`, `поднялся …, зашёл … и заказал`) share one subject: one
  claim each. `Или:` between the two quotations, like a leading `или` (dev), is left out.
  `десятитысячные банкноты` is an attributive numeral (dev `25-летний`): not quantitative. `Прошло минут
  десять`: the inverted numeral is the grammatical form of `примерно` (dev47 `лет ста пятидесяти`):
  quantitative, medium. `напоминала скорее новенькую колоду карт` (a simile) and `странный шум, как если бы
  …` are the narrator's impressions: evaluative event (dev47 `странные персонажи`); the hundreds of gnomes
  stand in an unreal comparison and are vague (`несколько сотен`): not quantitative. `Совершенно ни о чём не
  думалось`: negative.
- Коваленин's excerpt (paragraphs 8–10 of the document, `«На большом экране MTV … Интересно, что бы сказал на
  это сам Шнур?»`). It is announced by `Вот отрывок из книжки «Суси-нуар» Коваленина, …` (a presentational
  sentence that asserts what follows and, in its participial, that Коваленин accompanied the writer: the
  author's event; I was unsure whether it is furniture rather than a claim) and is enclosed in one pair of
  guillemets, so its narration (`На большом экране MTV группа «Ленинград» поёт …`, `Усмехаюсь в пиво`) is
  Коваленин's, span `Коваленина` (the naming in the announcing sentence). `И качает головой: — No future`
  narrates Мураками's act with his words as the elaboration after `:` (dev48 `Горничная Лизка …: «Вставай
  …»`): a claim of the narrator Коваленин, not of Мураками; `No future` (the punk slogan turned into a
  verdict on `панк как бизнес`) makes it evaluative. The narrator's own spoken lines (`Да не то чтобы…`,
  `Просто много слов неприличных`, `А так всё о жизни простых людей, — говорю я и перевожу припев на
  японский`, `А чтоб заметнее было`, `Так, говорят, денег больше получается`) take the pronoun of their
  frame `говорю я` with coref `Коваленин` (guidelines: a pronoun source; in a multi-sentence quotation the
  span is where the speaker is named; the two unframed answers later in the dialogue are his by the turns of
  the dialogue, like dev48's unframed joke lines). Мураками's lines are questions (`Они что, панки?`, `А
  неприличные слова зачем?`, `Значит, панк как бизнес?`) or the interjection `Ага.`: no claims; so is the
  closing `Интересно, что бы сказал на это сам Шнур?»` (a question). `Да не то чтобы…` (= `[они] не то
  чтобы [панки]`) and `А чтоб заметнее было` (= `[они там], чтоб заметнее было`) are answers with their
  predicate gapped from the question (dev47 `Да так, ничего`, dev3 / dev16 gapped continuations): claims;
  the first negative (`не то чтобы` denies the category; I kept it high, reading it as a softened denial
  rather than an epistemic hedge), the second causal (purpose). `говорят` inside the quotation is hearsay
  (dev7 `как говорят`): the speaker stays the quoted one, medium; `Так … получается` states the result of
  the obscene words: causal. The leading `А` of the answers is left out (dev10 / dev20 sentence-initial
  `А`), although `А так` is close to an idiom.
- Questions. `Может, поэтому Шнура всё меньше слышно?` is a question: no claim. `Коваленин адресовал
  писателю вопрос одной читательницы …: «Спросите у Мураками, почему …?»` (factru-book_3555) and
  `Отказавшись от контрольной группы, Лаженесс задал 20 отобранным студентам вопрос: «Влияет ли интернет-порно
  на ваше отношение к женщинам?»` (factru-book_3677) end in `?` (the closing guillemet after it), so, by
  dev's rule and dev44 / dev47 (`Марлоу загадал: «Доползёт или не доползёт?»`), they get no claim although
  their main clauses narrate an event (and the second a count); I was unsure. `Так что же получается, когда
  …?` is a question. `В брачный сезон все животные проявляют повышенную половую активность… но что если
  брачный сезон так никогда и не кончится?` is read as two clauses divided by `…`: the first is a
  declarative clause with its own subject and is annotated (event), the second is a question (no claim);
  I was unsure, since by dev's rule the sentence as a whole ends in `?`. I split at `…` in the same way in
  `Но ведь они пользовались порносайтами на протяжении десятилетия… это все равно что спрашивать рыбу, …`
  (two clauses with their own subjects: the first causal for `ведь` (dev44 / dev47), the second an
  evaluative comparison without event).
- Frames with a colon (dev7 / dev33 / dev43). `Мураками, смеясь, ответил: «Да не бросал я! Выпиваю, как все
  нормальные люди…»` gives two claims, the frame staying with the first (negative); the second takes
  `Мураками` of the frame (context given, since the next paragraph names him nearer). `Мураками … дал такую
  беспощадную характеристику одному из своих персонажей: «В 1973 году мой партнёр по работе был
  жизнерадостным выпивохой. В 1976-м он превратился …, а к лету 1979-го пальцы его уже сами тянулись …»`:
  the frame joins the first quoted sentence (dev43 `Сам Александр Белов оказался более дипломатичным: «…»`,
  speaker the named person), and the second quoted sentence is split at `, а` (own subjects), all three
  Мураками's, evaluative event (`беспощадную`, `жизнерадостным выпивохой`, `выпивоху`, the metaphor of the
  door to alcoholism); the years are dates, not numbers. `Вот, к примеру, что он пишет о музыке …:
  «Харизматичные звуки — словно …»` is one claim of `он` (coref `Мураками`), like dev43 `Вот как эту
  панихиду прокомментировал …: «…»`; the unframed `Или: «Тогда мне казалось, что …»` that follows takes the
  same `он` (leading `Или:` left out); `мне казалось` is the speaker's own seeming, read like test2 / dev48
  `думаю`: medium. The parenthesis `(для злоупотребляющих этим делом)` has no predicate and stays inside.
- `Коваленин … И справедливо был горд тем, что сумел «привезти Бориса Гребенщикова в Японию, а Харуки
  Мураками — в Россию. В результате сегодня первый читает второго, а второй слушает первого. Такой вот
  экспорт-импорт».` The first sentence is the author's: `был горд` is an attitude, not a verb of saying,
  and the author endorses it with `справедливо` (dev `по праву считается` stays the author's judgement):
  evaluative event; the quoted words end inside it. The two following sentences continue the quotation
  opened in it, so they are Коваленин's (span `Коваленин` of `Коваленин подарил …`, the nearest naming):
  `В результате …, а второй слушает первого` splits at `, а` (own subjects), both causal under the
  sentence-initial `В результате` (dev8 split clauses inherit it); `первый`, `второй` are ordinals. `Такой
  вот экспорт-импорт»` is an ironic zero-copula summary: evaluative without event.
- Parenthesis of a whole clause in the middle of a sentence whose predicate precedes it (`В своём тексте
  Мураками синтезирует самурайские традиции (самурайство воспринимается им как …, но без заряда на
  агрессию), западную поп-культуру и дзен-буддизм`). Spans cannot nest; the dev / dev9 / dev12 rule keeps
  for the main claim the part that holds its predicate, here the part before the parenthesis (`В своём
  тексте … самурайские традиции`), so the tail `западную поп-культуру и дзен-буддизм` belongs to no claim.
  The parenthesis is the author's (`воспринимается им` is no verb of saying, dev48): event.
- Verbless and one-word sentences. `Символично.` (an impersonal predicative, `[это] символично`) and
  `Успокоил!` (a verb with its subject gapped, ironic) assert the author's judgement: claims, evaluative
  (the second also event: it narrates Мураками's answer). `И любовь к джазу.` continues `А 40 тыс. дисков
  остались` with the predicate gapped (dev3 / dev16): a claim, event, `И` left out. `Секс, еда, общение.`
  (factru-book_3677) lists the `действия, необходимые для выживания` of the preceding sentence, a detached
  apposition with nothing gapped (dev19 `Таких, как …`): no claim. `Ага.` is an interjection: no claim.
- Quotations of a song and a motto inside the author's sentence. `Гребенщиков дал в своей песне русское имя
  и «пригласил» к нам: «Иван Бодхидхарма движется …; он пьёт из реки, в которой был лёд. Он держит …; и
  белый тигр молчит, и синий дракон поёт»`: the frame is joined with the first quoted sentence (the
  elaboration after `:` that shows what he did, dev7 / dev33 / dev43), whose `;`-clauses are not split (they
  are cited lyrics, not asserted clauses); `«пригласил»` is the author's scare quotes: evaluative event,
  the author's (an act, not a verb of saying). The second quoted sentence is a claim of its own
  (guidelines: one claim per sentence of a quotation), unframed, so it takes its nearest naming
  `Гребенщиков` (dev3 / dev24), kept whole like the first (its `;` and `и … и` clauses are the song's
  lines); event. I was unsure whether cited song lyrics should give claims at all.
  `Это аналогия нашему … девизу: «Делай что должен, и будь что будет»` names the motto: the imperatives
  are cited, not the author's obligation, so not normative; an analogy is a judging comparison:
  evaluative, zero copula, no event. `Сформулировать это можно просто: «Налетай, пока дают!»` states a
  possibility of formulating (dev47 `можно было … услышать`, possibility, not permission): event, the
  cited imperative not normative. By contrast `Только танцевать нужно непременно хорошо` is the author's
  own `нужно`: normative (its `Только`, a restrictive particle here, is kept, like dev5 / dev40 / dev46 /
  dev48's sentence-initial `Только`).
- factru-book_3677 types. Generic second person (`Вы должны касаться других людей …`, `вы начинаете
  реагировать …`, `у вас исчезает сила воли`) is the author's (dev47 / dev48); `Вы должны` is normative
  (dev48). `важны` (`Здесь важны социальные ритуалы`, `В настоящем сексе важны запахи и феромоны`) is a
  judgement of importance without a verbal predicate: evaluative only (dev47 `самое главное`); the second
  sentence splits at `, а` (own subject `эмоциональная связь`). `Так что в любом исследовании такого рода
  будет отсутствовать контрольная группа` is a consequence (`Так что`) about any study to come:
  predictive causal, no event; `отсутствовать` is lexical, not `не`: positive. `Это создает огромное
  слепое пятно …` states an effect by the verb (dev6 / dev15): causal, evaluative for the metaphor.
  `Представьте себе, если бы все люди мужского пола в 10 лет начинали курить!` is an imperative (guidelines):
  normative; the age stands in an unreal condition and is not asserted (dev9 / dev33): not quantitative.
  `Мы бы считали, что рак легких — абсолютно закономерное …` is the author's `мы` (guidelines) in a
  counterfactual consequence whose condition is the preceding sentence: evaluative, no event, no causal
  connective in the sentence (dev47 `он бы и дальше … священнодействовал`), no modal of possibility: high.
  `заглох из-за того, что …` causal; `ни одного студента` is a negative existential in the subordinate
  clause, not a count. `Они ответили: «Нет, не влияет»` takes `Они` with coref `20 отобранным студентам`,
  negative, causal (`влияет`, an effect by the verb, dev48). `В медицинских заведениях принято считать,
  что …` is a received opinion of a named milieu: speaker `медицинских заведениях` (dev13 `В Британии
  отмечают` → `Британии`), causal event (`результат, а не причина`: `не` on a noun, positive).
  `Согласно исследованию датских ученых 2006 года, …` → `исследованию датских ученых` (dev12 / dev19
  `исследованиям`, with the genitive that says whose study); `самое аддиктивное из всех видов` is a measured
  ranking, not a judgement (dev42 / dev45 factual superlatives): event. `Биологически это объясняется
  просто: …` gives an explanation: causal event. `Тут возникает еще одна проблема: мало кто верит …`:
  `проблема` judges the situation (evaluative event); `мало кто` is vague and not negation: positive.
  `Ведь секс — это нечто здоровое, даже необходимое …!` is causal (`Ведь`) evaluative, zero copula;
  `необходимое для` is a need, not an obligation: not normative. `Но интернет-порнография — это не секс`:
  negative (dev `Это не электронная почта`), event. `вызывают выброс`, `заглушает встроенные механизмы`,
  `накапливается протеин FosB, что приводит к …` state effects: causal. `Если предоставить лабораторным
  мышам …, практически все они опасно растолстеют` is a conditional future (dev19 / dev21 / dev48):
  predictive only. `Вот почему четыре из пяти американцев страдают от ожирения: они пристрастились к еде`
  is one claim (elaboration after `:`): quantitative causal event; `только у 10% испытуемых — неважно, …`
  one claim, quantitative event. `Волки съедают по 10 кг мяса …`: quantitative event. `Затем вы начинаете
  реагировать только на порно — все остальное … кажется тусклым и скучным` is one claim (the part after `—`
  explains the first clause; `кажется` is perception, not a hedge): evaluative event. `Наконец, у вас
  исчезает сила воли — а это уже изменения фронтальной коры …` is split at `— а` (a coordinated clause with
  its own subject `это`, guidelines `…, а российские миротворцы …`), the second an identification: event;
  I was unsure, since the `—` part also explains the first.
"""

DOCS = {
    "factru-book_3555@2": ((15, 31), [
        ("«Я вытащил из заднего кармана «Ливайсов» конверт, открыл его и одну за другой начал пересчитывать "
         "десятитысячные банкноты",
         "event", "Харуки", "+", "high"),
        ("Своим видом нераспечатанная пачка денег напоминала скорее новенькую колоду карт»",
         "evaluative event", "Харуки", "+", "high"),
        ("«Я поднялся на верхний этаж небоскрёба-отеля, зашёл в просторный бар и заказал себе «Хайнекен»",
         "event", "Харуки", "+", "high"),
        ("Прошло минут десять, прежде чем пиво наконец принесли",
         "quantitative event", "Харуки", "+", "medium"),
        ("Всё это время я просидел в кресле, положив руку на подлокотник, подперев щеку и закрыв глаза",
         "event", "Харуки", "+", "high"),
        ("Совершенно ни о чём не думалось",
         "event", "Харуки", "-", "high"),
        ("С закрытыми глазами ещё отчётливей становился странный шум, как если бы несколько сотен гномиков "
         "старательно подметали мне голову вениками»",
         "evaluative event", "Харуки", "+", "high"),
        # paragraph: Фирменные бренды …
        ("Фирменные бренды тускнеют рядом с образными метафорами",
         "evaluative event", None, "+", "high"),
        ("В традиционной японской поэзии метафора — распространённый приём",
         "event", None, "+", "high"),
        ("используется она там только в области чистой эстетики",
         "event", None, "+", "high"),
        ("Харуки своими метафорами и ассоциациями соединяет старое и новое время",
         "event", None, "+", "high"),
        # paragraph: Например, …
        ("Например, название шлягера американской группы «Бич Бойз» «Дэнс, дэнс, дэнс» призвано у него "
         "подчеркнуть ритуальный танец воина («Но»)",
         "event", None, "+", "high"),
        ("Только танцевать нужно непременно хорошо",
         "normative", None, "+", "high"),
        ("Это аналогия нашему доставшемуся от рыцарей девизу: «Делай что должен, и будь что будет»",
         "evaluative", None, "+", "high"),
        ("В своём тексте Мураками синтезирует самурайские традиции",
         "event", None, "+", "high"),
        ("самурайство воспринимается им как соблюдение чести, но без заряда на агрессию",
         "event", None, "+", "high"),
        # paragraph: Кстати, …
        ("Кстати, основателю дзен — монаху Бодхидхарме — Гребенщиков дал в своей песне русское имя и "
         "«пригласил» к нам: «Иван Бодхидхарма движется с юга на крыльях весны; он пьёт из реки, в которой был "
         "лёд",
         "evaluative event", None, "+", "high"),
        ("Он держит в руках географию всех наших комнат, квартир и страстей; и белый тигр молчит, и синий дракон "
         "поёт»",
         "event", "Гребенщиков", "+", "high"),
        ("Белый тигр и синий дракон — традиционные образы китайской и японской мифологии",
         "event", None, "+", "high"),
        ("Сейчас как раз заканчивается год Белого Тигра",
         "event", None, "+", "high"),
        ("Для прихода сюда сильного японского литератора почва была основательно подготовлена БГ",
         "evaluative event", None, "+", "high"),
        ("в 2003-м Харуки лично побывал в России — съездил на Сахалин",
         "event", None, "+", "high"),
        ("Вот отрывок из книжки «Суси-нуар» Коваленина, сопровождавшего писателя в этом путешествии",
         "event", None, "+", "high"),
        ("Здесь видно, насколько Харуки точен даже в мимолётных характеристиках",
         "evaluative", None, "+", "high"),
        # Коваленин's excerpt
        ("«На большом экране MTV группа «Ленинград» поёт песню про мани",
         "event", "Коваленина", "+", "high"),
        ("Да не то чтобы",
         "event", ("я", "говорю ", "Коваленин"), "-", "high"),
        ("Просто много слов неприличных",
         "event", ("я", "говорю ", "Коваленин"), "+", "high"),
        ("так всё о жизни простых людей, — говорю я и перевожу припев на японский",
         "event", ("я", "говорю ", "Коваленин"), "+", "high"),
        ("чтоб заметнее было",
         "causal event", ("я", "говорю ", "Коваленин"), "+", "high"),
        ("Так, говорят, денег больше получается",
         "causal event", ("я", "говорю ", "Коваленин"), "+", "medium"),
        ("качает головой: — No future",
         "evaluative event", "Коваленина", "+", "high"),
        ("Усмехаюсь в пиво",
         "event", "Коваленина", "+", "high"),
        # paragraph: Шнур …
        ("Шнур разогнал «Ленинград» и выступает теперь с группой «Рубль»",
         "event", None, "+", "high"),
        ("Символично",
         "evaluative", None, "+", "high"),
        ("Мураками сразу подметил: «коммерческий панк» изначально фальшив",
         "evaluative", "Мураками", "+", "high"),
        # paragraph: Мураками, смеясь, ответил …
        ("Мураками, смеясь, ответил: «Да не бросал я!",
         "event", "Мураками", "-", "high"),
        ("Выпиваю, как все нормальные люди…»",
         "event", ("Мураками", "\n\n"), "+", "high"),
        ("Успокоил",
         "evaluative event", None, "+", "high"),
        ("между прочим, Мураками (для злоупотребляющих этим делом) дал такую беспощадную характеристику одному "
         "из своих персонажей: «В 1973 году мой партнёр по работе был жизнерадостным выпивохой",
         "evaluative event", "Мураками", "+", "high"),
        ("В 1976-м он превратился в выпивоху с едва заметными сложностями в общении",
         "evaluative event", ("Мураками", "между прочим, "), "+", "high"),
        ("к лету 1979-го пальцы его уже сами тянулись к ручке двери, ведущей в алкоголизм»",
         "evaluative event", ("Мураками", "между прочим, "), "+", "high"),
        # paragraph: У Мураками был свой джаз-бар …
        ("У Мураками был свой джаз-бар, который он продал ради профессионального занятия литературой",
         "causal event", None, "+", "high"),
        ("40 тыс. дисков остались",
         "quantitative event", None, "+", "high"),
        ("любовь к джазу",
         "event", None, "+", "high"),
        ("Его «Джазовые портреты» — образцовые короткие эссе, полные экспрессии и чарующих ассоциативных "
         "картинок",
         "evaluative", None, "+", "high"),
        ("Вот, к примеру, что он пишет о музыке пианиста Телониуса Монка: «Харизматичные звуки — словно кто-то "
         "под углом рубил на куски глыбы твёрдого льда»",
         "evaluative", ("он", "к примеру, что ", "Мураками"), "+", "high"),
        ("«Тогда мне казалось, что эта одна из острых форм одиночества»",
         "evaluative", ("он", "к примеру, что ", "Мураками"), "+", "medium"),
        # paragraph: Коваленин подарил …
        ("Коваленин подарил Мураками альбом «Навигатор» «Аквариума»",
         "event", None, "+", "high"),
        ("справедливо был горд тем, что сумел «привезти Бориса Гребенщикова в Японию, а Харуки Мураками — в "
         "Россию",
         "evaluative event", None, "+", "high"),
        ("В результате сегодня первый читает второго",
         "causal event", "Коваленин", "+", "high"),
        ("второй слушает первого",
         "causal event", "Коваленин", "+", "high"),
        ("Такой вот экспорт-импорт»",
         "evaluative", "Коваленин", "+", "high"),
    ]),
    "factru-book_3677@2": ((10, 19), [
        ("В реальной жизни секс происходит совсем в другой обстановке",
         "event", None, "+", "high"),
        ("Здесь важны социальные ритуалы, предполагающие общение с себе подобными и определенные умственные "
         "усилия с вашей стороны",
         "evaluative", None, "+", "high"),
        ("Вы должны касаться других людей и быть готовыми к тому, чтобы вас тоже трогали",
         "normative", None, "+", "high"),
        ("В настоящем сексе важны запахи и феромоны",
         "evaluative", None, "+", "high"),
        ("с партнером вырабатывается эмоциональная связь",
         "event", None, "+", "high"),
        ("На этот вопрос психологи пока не могут ответить определенно",
         "event", None, "-", "high"),
        # paragraph: В 2009 году …
        ("В 2009 году эксперимент Саймона Лаженесса заглох из-за того, что ученый не смогли найти ни одного "
         "студента, не знакомого с интернет-порно",
         "causal event", None, "+", "high"),
        ("Так что в любом исследовании такого рода будет отсутствовать контрольная группа — молодые люди, "
         "выросшие на нормальном сексе и ни разу не заглядывавшие на порносайты",
         "predictive causal", None, "+", "high"),
        ("Это создает огромное слепое пятно в любом эксперименте",
         "causal evaluative event", None, "+", "high"),
        ("Представьте себе, если бы все люди мужского пола в 10 лет начинали курить",
         "normative", None, "+", "high"),
        ("Мы бы считали, что рак легких — абсолютно закономерное для мужчин явление",
         "evaluative", None, "+", "high"),
        # paragraph: Отказавшись от контрольной группы …
        ("Они ответили: «Нет, не влияет»",
         "causal event", ("Они", "?» ", "20 отобранным студентам"), "-", "high"),
        ("ведь они пользовались порносайтами на протяжении десятилетия",
         "causal event", None, "+", "high"),
        ("это все равно что спрашивать рыбу, влияет ли на ее жизнь вода",
         "evaluative", None, "+", "high"),
        # paragraph: Кроме того, …
        ("Кроме того, исследователи не спрашивали испытуемых о симптомах, которые Филип Зимбардо описал в "
         "«Исчезновении мужчин»",
         "event", None, "-", "high"),
        ("В своей работе Зимбардо описывает симптомы пристрастия к порно, которые очень легко принять за "
         "симптомы синдрома дефицита внимания и гиперактивности, клинической депрессии или "
         "обсессивно-компульсивного психического расстройства",
         "event", None, "+", "high"),
        ("В медицинских заведениях принято считать, что все это — результат, а не причина зависимости от "
         "интернет-порнографии",
         "causal event", "медицинских заведениях", "+", "high"),
        ("Поэтому порноаддиктам выписывают те же лекарства, что и при СДВГ или депрессии: психостимуляторы, "
         "антидепрессанты, антипсихотики",
         "causal event", None, "+", "high"),
        ("И врачи, и сами аддикты даже не рассматривают возможность того, что симптомы можно победить простой "
         "коррекцией поведения",
         "event", None, "-", "high"),
        # paragraph: Тут возникает еще одна проблема …
        ("Тут возникает еще одна проблема: мало кто верит в сексуальную аддикцию как в психическое расстройство",
         "evaluative event", None, "+", "high"),
        ("Ведь секс — это нечто здоровое, даже необходимое для каждого человека",
         "causal evaluative", None, "+", "high"),
        ("интернет-порнография — это не секс",
         "event", None, "-", "high"),
        ("«Разница между интернет-порно и сексом такая же, как между современными видеоиграми и шашками», — "
         "считает Уилсон",
         "evaluative", "Уилсон", "+", "high"),
        ("Согласно исследованию датских ученых 2006 года, просмотр порнографии — самое аддиктивное из всех видов "
         "интернет-занятий",
         "event", "исследованию датских ученых", "+", "high"),
        ("Биологически это объясняется просто: мозг у нас запрограммирован на выдачу вознаграждений за действия, "
         "необходимые для выживания",
         "causal event", None, "+", "high"),
        ("В современном виде эти явления утрированы до предела: порно вместо секса, сверхкалорийный фастфуд "
         "вместо еды, социальные сети вместо обычного общения",
         "evaluative event", None, "+", "high"),
        # paragraph: Еда с высоким содержанием калорий …
        ("Еда с высоким содержанием калорий или голая девица на обложке немедленно вызывают выброс дофамина",
         "causal event", None, "+", "high"),
        ("Избыток дофамина заглушает встроенные механизмы насыщения",
         "causal event", None, "+", "high"),
        ("Если предоставить лабораторным мышам неограниченный доступ к сладостям, колбасе и крему, практически "
         "все они опасно растолстеют",
         "predictive", None, "+", "high"),
        ("Вот почему четыре из пяти американцев страдают от ожирения: они пристрастились к еде",
         "quantitative causal event", None, "+", "high"),
        ("Для сравнения зависимость от наркотиков или алкоголя вырабатывается только у 10% испытуемых — "
         "неважно, лабораторные мыши они или люди",
         "quantitative event", None, "+", "high"),
        # paragraph after the intertitle `Борьба с собой`
        ("Когда-то неограниченное потребление еды или секса было важным эволюционным преимуществом",
         "evaluative event", None, "+", "high"),
        ("Сформулировать это можно просто: «Налетай, пока дают!»",
         "event", None, "+", "high"),
        ("Волки съедают по 10 кг мяса с каждого убитого оленя",
         "quantitative event", None, "+", "high"),
        ("В брачный сезон все животные проявляют повышенную половую активность",
         "event", None, "+", "high"),
        # paragraph: От постоянных доз дофамина …
        ("От постоянных доз дофамина в нейронах накапливается протеин FosB, что приводит к структурным "
         "изменениями мозга",
         "causal event", None, "+", "high"),
        ("Сначала получить удовольствие от окружающей жизни становится все труднее",
         "event", None, "+", "high"),
        ("Затем вы начинаете реагировать только на порно — все остальное по сравнению с ним кажется тусклым и "
         "скучным",
         "evaluative event", None, "+", "high"),
        ("Наконец, у вас исчезает сила воли",
         "event", None, "+", "high"),
        ("это уже изменения фронтальной коры головного мозга",
         "event", None, "+", "high"),
        ("Перед нами механизм выработки любой зависимости — неважно, от секса, азартных игр, еды или героина",
         "event", None, "+", "high"),
    ]),
}
