"""Hand annotations of claims over real news articles, dev set (factRuEval-2016 demo texts, MIT).

Seven articles of ../shared/data/news/articles.jsonl (from the repository root), annotated by hand
by reading the texts (not from the pipeline's output) following ../CLAIMS_GUIDELINES.md; the format is
described in build_claims_gold.py. factru-book_443 keeps its first 8 paragraphs (all of its text); the others are
kept whole.

Decisions taken where the guidelines are silent:

- The title line. As the guidelines say, the first line is the title and carries no claims. In
  factru-book_100, factru-book_179 and factru-book_398 the first line is in fact the lead paragraph
  (the corpus put the whole lead in the title field); by that rule its sentences are not annotated.
- A one-sentence deck on the second line (factru-book_546 `Facebook представил новый сервис.`,
  factru-book_383 `Для россиян это означает, …`) is body text: only the first line is the title, and
  the deck is a full asserting sentence, so it is annotated.
- A sentence ending in `?` is not a claim even when its main clause is declarative
  (factru-book_398 `Остаётся открытым вопрос, согласится ли … ?`).
- A parenthesis of whole sentences inside a clause (factru-book_443 `Скорей всего в октябре (Хотя …
  дело. Эта отсрочка … баков.) состоится полёт …`): spans cannot nest, so each sentence in the
  parenthesis is its own claim and the main clause's span is its part after the parenthesis, which
  holds its predicate (`состоится полёт «Атлантис» STS-124`); its certainty still follows
  `Скорей всего` (medium).
- `хотя …, но …` is one claim: `хотя` makes the first clause subordinate, `но` only echoes it.
- `то есть` joining two clauses with their own subjects and a new predicate (an inference, not an
  elaboration of the first clause) splits them (`Это полёт по обслуживанию телескопа Хаббл` /
  `«Атлантис» не полетит к МКС`). Leading `то есть` and `или`, like `а`/`но`/`и`, are left out of the
  span; introductory words after them (`всё-таки`) are kept.
- `должен` meaning a schedule or an expectation (`должен прилететь астронавт`, `расценки должны
  снизиться`) is predictive, not normative; normative is kept for obligation (`Кан должен доказать`,
  `что мы должны сделать`). `назначен`, `запланирован` (on a future event) are predictive.
- Types come from the clause's main assertion (for a reported claim, its content); a relative or
  adverbial clause adds no type except a number it asserts. Numbers inside attributive or
  circumstantial time phrases (`25-летний`, `за последние 22 месяца`) do not make a claim quantitative;
  `множество`, `в несколько раз` are not numbers; an anaphoric count (`Эти два варианта`) is not
  asserted.
- A scenario stated in the present for the future (`Чамитофф летит на шаттле … и возвращается …`) is
  predictive; `X рассматривают возможность того, что …` is the author's event claim about X.
- `X сомневается, что P` is X's reported claim P with low certainty (like `подозревают`), polarity
  from P.
- A quoted `Нам не кажется, что P` is negative: the quoted sentence's main predicate is negated (and it
  denies P); this is not a hedge like `не исключают`.
- Nominal predicate negation with a zero copula (`Это не электронная почта`) is negative.
- An impersonal reporting verb with no named source (`подчёркивалось, что …`) makes the claim a
  source's, with the verb as the speaker span. `считается` qualified by the author's `по праву` stays
  the author's judgement.
- In nested reporting (`X рассказал, что …, сообщает «Лента.ру»`) the speaker is X, whose assertion the
  content is. A name in guillemets standing alone is taken without them (`Лента.ру`, `Бавария`).
  In a multi-sentence quotation whose frame names the speaker by a description
  (`— пояснил создатель Facebook`), that description is the span for every sentence (no coref: it is
  not a pronoun).
- `X назвал атмосферу «хорошей»`, `X назвал целью захвата «…»` (naming with quoted words) are X's
  reported claims; `Клуб «Бавария» считает решение ошибочным, но принимает его` is one claim (shared
  subject) and the club's.
- `ФАС признала операторов виновными` (a legal finding with no content clause) and `X сообщили это
  решение Y` (an action) are the author's claims; `Критики сравнивают A с B` is the critics' judgement.
- factru-book_443 `а котором на станцию должен отправиться …` is read as the typo it is for `на
  котором` (a relative clause), so it stays in one claim with `Старт … назначен на 12 октября`.
- `около` on a clock time (`около 7 вечера`) is still a medium cue, as the guidelines list it.
"""

DOCS = {
    "factru-book_443": (8, [
        ("Дискуссия вызвана сомнениями в безопасности российского корабля «Союз ТМА-12», который в настоящее время "
         "пристыкован к МКС и должен быть использован в качестве спасательного корабля в случае непредвиденных "
         "обстоятельств на станции", "causal event", None, "+", "high"),
        ("Сомнения в надежности корабля «Союз» возникли после неожиданного спуска по баллистической траектории "
         "корабля «Союз ТМА-11»", "event", None, "+", "high"),
        ("В настоящий момент специалисты продолжают расследование причин перехода корабля на баллистическую "
         "траекторию спуска", "event", None, "+", "high"),
        ("Американцы сомневаются, что это расследование будет закончено к 31 мая, дате старта шаттла «Дискавери»",
         "predictive", "Американцы", "+", "low"),
        ("Американцы хотели бы иметь уверенность в том, что американский астронавт, входящий в состав семнадцатой "
         "экспедиции МКС, имеет надежный спасательный корабль", "event", None, "+", "high"),
        ("На шаттле «Дискавери» STS-124 на станцию должен прилететь астронавт Грегори Чамитофф (Gregory Chamitoff), "
         "который должен заменить Гаррета Рейсмана (Garrett Reisman) в экипаже МКС", "predictive", None, "+", "high"),
        ("Американцы рассматривают возможность того, что Чамитофф не полетит на МКС, а Рейсман вернется на землю "
         "на шаттле", "event", None, "+", "high"),
        ("экипаж шаттла при старте — 6 астронавтов, при приземлении — 7 астронавтов", "quantitative", None, "+", "high"),
        ("всё-таки, Чамитофф летит на шаттле (экипаж шаттла при старте — 7 астронавтов) и возвращается на землю "
         "вместе с Рейсманом (экипаж при приземлении — 8 астронавтов)", "predictive quantitative", None, "+", "high"),
        ("Эти два варианта, которые называются 6 вверх/7 вниз и 7 вверх/8 вниз, обсуждаются в НАСА со среды (14 мая)",
         "event", None, "+", "high"),
        ("Специалисты склоняются ко второму варианту (7 вверх/8 вниз)", "event", None, "+", "high"),
        ("Если потребуется, шаттл способен вернуть на землю 10 астронавтов", "quantitative event", None, "+", "high"),
        ("Американцы рассматривают также возможность задержки старта «Дискавери» STS-124 вплоть до окончания "
         "расследования причин баллистического спуска корабля «Союз ТМА-11»", "event", None, "+", "high"),
        ("В случае, если американцы эвакуируют своего астронавта, на МКС останутся два российских космонавта: "
         "Сергей Волков и Олег Кононенко, которые, в случае непредвиденных обстоятельств, воспользуются кораблем "
         "«Союз ТМА-12», в надежности которого сомневаются американцы", "predictive quantitative", None, "+", "high"),
        ("Следующий, после «Дискавери» STS-124, полет шаттла запланирован на ноябрь — это полёт «Индевор» STS-126",
         "predictive event", None, "+", "high"),
        ("Хотя НАСА официально ещё не объявил о переносе даты старта «Атлантиса» с августа на октябрь, но это уже "
         "почти решенное дело", "evaluative", None, "+", "high"),
        ("Эта отсрочка связана с задержками изготовления внешних топливных баков", "causal", None, "+", "high"),
        ("состоится полёт «Атлантис» STS-124", "predictive", None, "+", "medium"),
        ("Это полёт по обслуживанию телескопа Хаббл", "event", None, "+", "high"),
        ("«Атлантис» не полетит к МКС", "predictive", None, "-", "high"),
        ("Старт следующего российского корабля «Союз ТМА-13» назначен на 12 октября, а котором на станцию должен "
         "отправиться очередной турист — американец Ричард Гэрриотт", "predictive event", None, "+", "high"),
        ("В связи с продолжающимся расследованием, на август-сентябрь перенесена перестыковка корабля «Союз ТМА-12» "
         "со стыковочного узла на модуле «Пирс» к стыковочному узлу на модуле «Заря»", "causal event", None, "+", "high"),
        ("Ранее перестыковка планировалась на 7 мая", "event", None, "+", "high"),
        ("В ответ на сомнения американцев руководитель полета российского сегмента МКС Владимир Соловьев заявляет, "
         "что возвращение космонавтов на землю на корабле «Союз ТМА-12» будет безопасным", "predictive evaluative",
         "Владимир Соловьев", "+", "high"),
        ("Глава Роскосмоса Анатолий Перминов заявил, что результаты расследования будут известны к 30 мая",
         "predictive", "Анатолий Перминов", "+", "high"),
    ]),
    "factru-book_100": (None, [
        ("Начало акции было намечено на 19 часов", "event", None, "+", "high"),
        ("подчёркивалось, что она состоится несмотря на запрет властей", "predictive", "подчёркивалось", "+", "high"),
        ("Освещающие акцию блоггеры сообщили, что автобусы с милицией стали занимать площадь у памятника Юрию "
         "Долгорукому ещё с 15 часов дня, центральная часть площади была огорожена", "event", "блоггеры", "+", "high"),
        ("Ко времени начала акции вокруг огороженной территории собралось множество журналистов и прохожих",
         "event", None, "+", "high"),
        ("по мере прибытия самих участников акции милиция начала планомерно их задерживать и заталкивать в автобусы",
         "event", None, "+", "high"),
        ("Всего, по сообщениям блоггеров и СМИ, было задержано более 30 человек", "quantitative event",
         "блоггеров и СМИ", "+", "high"),
        ("Пользователь ЖЖ zyalt сообщает, что среди задержанных оказался депутат муниципального собрания района "
         "Отрадное, сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин, известный "
         "правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов", "event", "zyalt", "+", "high"),
        ("Организаторами акции выступили движение «За права человека», Союз координационных советов (СКС), институт "
         "«Коллективное действие», «Жилищная солидарность», Движение общежитий Москвы, Движение в защиту Химкинского "
         "леса, движение «Московский совет», «Координационный совет пострадавших соинвесторов»", "event", None, "+", "high"),
    ]),
    "factru-book_179": (None, [
        ("Рабочие, большинство которых не являются членами какого-либо профсоюза, начали свои действия около 7 вечера",
         "event", None, "+", "medium"),
        ("Разговаривая по мобильному телефону с завода, Марк, рабочий из цеха окончательной обработки Vestas, "
         "предпочевший не разглашать свою фамилию, опасаясь репрессий со стороны руководства, назвал атмосферу "
         "«на самом деле хорошей»", "evaluative", "Марк", "+", "high"),
        ("«Всё отлично, мы получаем большую поддержку», сказал он", "evaluative event", ("он", None, "Марк"), "+", "high"),
        ("Называя Vestas «мировым лидером» в производстве ветрогенераторов, Марк назвал целью захвата «требование "
         "правительству национализировать нас», поскольку «Vestas не желает сохранить наш завод работающим»",
         "causal event", "Марк", "+", "high"),
        ("Завод закрыт несмотря на растущие прибыли компании, фокусируясь на продажу в Китай в связи с падением спроса "
         "в Северной Европе", "causal event", None, "+", "high"),
        ("Согласно отчёту Guardian, низкий спрос в Великобритании является следствием затяжного и непредсказуемого "
         "процесса планирования, связанного с конструированием ветряных электростанций в Британии", "causal",
         "Guardian", "+", "high"),
        ("Марк рассказал Викиновостям, что рабочие в Vestas получили письма поддержки от Социалистической рабочей "
         "партии Британии, Конгресса профсоюзов и профсоюза Юнайт", "event", "Марк", "+", "high"),
        ("Согласно Марку, «подбудили» рабочих Vistas захватить завод контакты с организаторами захвата завода Visteon "
         "в Белфасте, где рабочие устроили итальянскую забастовку, длящуюся неделями, в апреле этого года",
         "causal event", "Марку", "+", "high"),
        ("Марк отметил, что рабочие Visteon рассказали рабочим Vestas, что захват «является тем, что мы должны сделать "
         "для того, чтобы защитить себя»", "normative event", "Марк", "+", "high"),
        ("Марк завершил беседу размышлением о поддержке народа, сказав «мы принялись за сохранение этого вида работы — "
         "всё это для нашего будущего»", "event", "Марк", "+", "high"),
    ]),
    "factru-book_546": (None, [
        ("Facebook представил новый сервис", "event", None, "+", "high"),
        ("Презентацию нового почтового сервиса Facebook провёл в Сан-Франциско создатель социальной сети Марк "
         "Цукерберг, сообщает«Лента.ру»", "event", "Лента.ру", "+", "high"),
        ("Новинка особенно интересна тем, что это приложение объединяет в одном почтовом ящике внутреннюю службу "
         "сообщений Facebook, СМС, письма из электронной почты и реплики бесед из чатов", "evaluative event", None,
         "+", "high"),
        ("Кроме того, сервис способен сортировать сообщения в зависимости от того, поступили они от «близких "
         "контактов» или от других пользователей", "event", None, "+", "high"),
        ("Разделённые по такому принципу послания будут попадать в соответствующие папки", "predictive", None, "+",
         "high"),
        ("Как рассказал на презентации Марк Цукерберг, при разработке почтового приложения главным было создание "
         "интеграции различных каналов связи в одном сервисе и организация единой истории сообщений", "event",
         "Марк Цукерберг", "+", "high"),
        ("Одновременно Цукерберг подчеркнул, что в его планы не входит конкуренция с крупными почтовыми сервисами",
         "event", "Цукерберг", "-", "high"),
        ("«Это не электронная почта", "event", "создатель Facebook", "-", "high"),
        ("Нам не кажется, что современная система обмена сообщениями должна создаваться в виде электронной почты",
         "normative", "создатель Facebook", "-", "high"),
        ("Эта система включает e-mail в себя», — пояснил создатель Facebook", "event", "создатель Facebook", "+", "high"),
        ("На первом этапе доступ к «коробке с письмами», как назвали новый универсальный ящик авторы, будет "
         "осуществляться только по приглашениям", "predictive", None, "+", "high"),
        ("затем почтовый сервис Facebook станет доступен всем пользователям социальной сети", "predictive", None, "+",
         "high"),
        ("Интересно, что для своего почтового сервиса Facebook собирается задействовать короткий адрес fb.com, который "
         "недавно был выкуплен им у Американского бюро по сельскому хозяйству", "predictive evaluative", None, "+",
         "high"),
    ]),
    "factru-book_398": (None, [
        ("Юрген Клинсман, Йоахим Лёв (второй тренер) и Андреас Кёпке (тренер вратарей) сообщили это решение Оливеру "
         "Кану", "event", None, "+", "high"),
        ("«Это было самое тяжёлое решение на посту главного тренера сборной», сказал Клинсман", "evaluative",
         "Клинсман", "+", "high"),
        ("Реакцией Кана было «безмерное разочарование»", "event", None, "+", "high"),
        ("О своём будущем в сборной он намерен высказаться через некоторое время", "predictive", None, "+", "high"),
        ("Клуб «Бавария» (Мюнхен) считает решение Клинсмана ошибочным, но принимает это решение", "evaluative event",
         "Бавария", "+", "high"),
        ("Ранее Клинсман заявлял, что решение вопроса с вратарём, он примет в начале мая", "predictive", "Клинсман",
         "+", "high"),
        ("находясь под постоянным давлением со сторона прессы, принял это решение уже теперь", "event", None, "+",
         "high"),
        ("«После игры со сборной США, мы проанализировали ситуацию за последние 22 месяца и приняли такое решение», — "
         "сказал Клинсман", "event", "Клинсман", "+", "high"),
        ("В последних играх сборной, Клинсман придерживался принципа очерёдности вратарей, что привело к привело к "
         "бескомпромиссной борьбе между Леманом и Каном за вратарский пост на предстоящем чемпионате мира",
         "causal event", None, "+", "high"),
        ("Клинсман принял руководство сборной в августе 2004 года", "event", None, "+", "high"),
        ("первым его решением было смена капитана команды", "event", None, "+", "high"),
        ("Вместо Оливера Кана, капитаном стал Михаель Баллак", "event", None, "+", "high"),
        ("Тогда же Клинсман заявил: «Ситуация выглядит так: Оливер Кан — №1, Йенс Леман — №2 и Тимо Хильдебранд — №3",
         "event", "Клинсман", "+", "high"),
        ("Леман претендует на №1 и Кан должен доказать свое право на №1»", "normative event", "Клинсман", "+", "high"),
    ]),
    "factru-book_270": (None, [
        ("13 ноября Василий Шумов, лидер московского «Центра», и Михаил Борзыкин, солист ленинградского «Телевизора», "
         "снова встретятся на одной сцене", "predictive", None, "+", "high"),
        ("Эти легендарные музыканты с начала перестройки и до настоящего времени остаются вне музыкального мейнстрима",
         "event evaluative", None, "+", "high"),
        ("При этом корифеи российского рок-н-ролла продолжают приумножать число поклонников своего творчества",
         "event evaluative", None, "+", "high"),
        ("Критики сравнивают ранние записи «Центра» с Kraftwerk, а композиции «Телевизора» — с творчеством Depeche "
         "Mode и The Smiths", "evaluative", "Критики", "+", "high"),
        ("Сегодня звучание и содержание этих коллективов остаётся свежим и интересным", "evaluative", None, "+", "high"),
        ("Шумов первым в СССР начал электронные эксперименты, записал более 10 магнитоальбомов, продюсировал пластинки "
         "Петра Мамонова и Жанны Агузаровой", "quantitative event", None, "+", "high"),
        ("В начале 90-х он женился на сестре Джоанны Стингрей и переехал в США, где преподаёт технологии мультимедиа в "
         "Университете Лос-Анджелеса", "event", None, "+", "high"),
        ("Последние альбомы Шумов   записывает совместно со своими слушателями — «центробораторами», пересылая треки "
         "через интернет", "event", None, "+", "high"),
        ("Михаил Борзыкин по праву считается родоначальником русской неоромантики", "evaluative", None, "+", "high"),
        ("Группа известна своими мрачными нонконформистскими текстами в модных экспериментальных аранжировках",
         "evaluative event", None, "+", "high"),
        ("Сегодня 25-летний «Телевизор» переживает творческий подъём, часто   выступает на политических митингах и "
         "общественных акциях, записал альбом «Дежавю» — первый за последние четыре года", "event evaluative", None,
         "+", "high"),
    ]),
    "factru-book_383": (None, [
        ("Для россиян это означает, что тарифы на этот вид услуг могут снизиться в несколько раз", "predictive", None,
         "+", "low"),
        ("Министр связи и коммуникаций РФ Игорь Щёголев рассказал о том, что Еврокомиссия готова рассмотреть вопрос о "
         "присоединении России к своей системе роуминга, сообщает «Лента.ру»", "event", "Игорь Щёголев", "+", "high"),
        ("Министр также заверил, что Россия со своей стороны готова к применению европейской модели на своей "
         "территории, сообщает РИА «Новости»", "event", "Министр", "+", "high"),
        ("В случае принятия такого решения тарифы на роуминг для российских операторов снизятся в несколько раз",
         "predictive", None, "+", "high"),
        ("Кроме того, глава Минсвязи отметил, что расценки на услуги роуминга, предоставляемые российскими операторами, "
         "должны снизиться после того, как Федеральная антимонопольная служба наложила на них штрафы за монопольно "
         "высокие цены", "predictive", "глава Минсвязи", "+", "high"),
        ("22 февраля ФАС признала операторов «большой тройки» виновными в нарушении закона о конкуренции", "event",
         None, "+", "high"),
        ("ФАС констатировала, что МТС, «Вымпелком» и «Мегафон» установила монопольно высокие цены на роуминг на "
         "территории России и в СНГ", "event", "ФАС", "+", "high"),
        ("Общая сумма штрафов для этих операторов составляет 38 млн рублей", "quantitative", None, "+", "high"),
        ("В Минсвязи уверены, что после пересмотра политики ценообразования на услуги операторам легче будет "
         "договориться с партнёрами за рубежом, в том числе и в ЕС", "predictive", "Минсвязи", "+", "high"),
    ]),
}

# Later dev batches, annotated by other annotators following the same guidelines and the decisions above.
from claims_dev2_annotations import DOCS as _DEV2  # noqa: E402
from claims_dev3_annotations import DOCS as _DEV3  # noqa: E402

DOCS.update(_DEV2)
DOCS.update(_DEV3)
from claims_dev4_annotations import DOCS as _DEV4  # noqa: E402
from claims_dev5_annotations import DOCS as _DEV5  # noqa: E402

DOCS.update(_DEV4)
DOCS.update(_DEV5)
from claims_dev6_annotations import DOCS as _DEV6  # noqa: E402
from claims_dev7_annotations import DOCS as _DEV7  # noqa: E402
from claims_dev8_annotations import DOCS as _DEV8  # noqa: E402

DOCS.update(_DEV6)
DOCS.update(_DEV7)
DOCS.update(_DEV8)
from claims_dev9_annotations import DOCS as _DEV9  # noqa: E402
from claims_dev10_annotations import DOCS as _DEV10  # noqa: E402

DOCS.update(_DEV9)
DOCS.update(_DEV10)
from claims_dev11_annotations import DOCS as _DEV11  # noqa: E402
from claims_dev12_annotations import DOCS as _DEV12  # noqa: E402

DOCS.update(_DEV11)
DOCS.update(_DEV12)
from claims_dev13_annotations import DOCS as _DEV13  # noqa: E402
from claims_dev14_annotations import DOCS as _DEV14  # noqa: E402

DOCS.update(_DEV13)
DOCS.update(_DEV14)
from claims_dev15_annotations import DOCS as _DEV15  # noqa: E402
from claims_dev16_annotations import DOCS as _DEV16  # noqa: E402

DOCS.update(_DEV15)
DOCS.update(_DEV16)
from claims_dev17_annotations import DOCS as _DEV17  # noqa: E402
from claims_dev18_annotations import DOCS as _DEV18  # noqa: E402
from claims_dev19_annotations import DOCS as _DEV19  # noqa: E402

DOCS.update(_DEV17)
DOCS.update(_DEV18)
DOCS.update(_DEV19)
from claims_dev20_annotations import DOCS as _DEV20  # noqa: E402
from claims_dev21_annotations import DOCS as _DEV21  # noqa: E402
from claims_dev22_annotations import DOCS as _DEV22  # noqa: E402

DOCS.update(_DEV20)
DOCS.update(_DEV21)
DOCS.update(_DEV22)
from claims_dev23_annotations import DOCS as _DEV23  # noqa: E402
from claims_dev24_annotations import DOCS as _DEV24  # noqa: E402
from claims_dev25_annotations import DOCS as _DEV25  # noqa: E402
from claims_dev26_annotations import DOCS as _DEV26  # noqa: E402
from claims_dev27_annotations import DOCS as _DEV27  # noqa: E402
from claims_dev28_annotations import DOCS as _DEV28  # noqa: E402

DOCS.update(_DEV23)
DOCS.update(_DEV24)
DOCS.update(_DEV25)
DOCS.update(_DEV26)
DOCS.update(_DEV27)
DOCS.update(_DEV28)
from claims_dev29_annotations import DOCS as _DEV29  # noqa: E402
from claims_dev30_annotations import DOCS as _DEV30  # noqa: E402
from claims_dev31_annotations import DOCS as _DEV31  # noqa: E402
from claims_dev32_annotations import DOCS as _DEV32  # noqa: E402
from claims_dev33_annotations import DOCS as _DEV33  # noqa: E402

DOCS.update(_DEV29)
DOCS.update(_DEV30)
DOCS.update(_DEV31)
DOCS.update(_DEV32)
DOCS.update(_DEV33)
from claims_dev34_annotations import DOCS as _DEV34  # noqa: E402
from claims_dev35_annotations import DOCS as _DEV35  # noqa: E402
from claims_dev36_annotations import DOCS as _DEV36  # noqa: E402
from claims_dev37_annotations import DOCS as _DEV37  # noqa: E402
from claims_dev38_annotations import DOCS as _DEV38  # noqa: E402
from claims_dev39_annotations import DOCS as _DEV39  # noqa: E402

DOCS.update(_DEV34)
DOCS.update(_DEV35)
DOCS.update(_DEV36)
DOCS.update(_DEV37)
DOCS.update(_DEV38)
DOCS.update(_DEV39)
from claims_dev40_annotations import DOCS as _DEV40  # noqa: E402
from claims_dev41_annotations import DOCS as _DEV41  # noqa: E402
from claims_dev42_annotations import DOCS as _DEV42  # noqa: E402

DOCS.update(_DEV40)
DOCS.update(_DEV41)
DOCS.update(_DEV42)
from claims_dev43_annotations import DOCS as _DEV43  # noqa: E402
from claims_dev44_annotations import DOCS as _DEV44  # noqa: E402
from claims_dev45_annotations import DOCS as _DEV45  # noqa: E402

DOCS.update(_DEV43)
DOCS.update(_DEV44)
DOCS.update(_DEV45)

from claims_dev46_annotations import DOCS as _DEV46  # noqa: E402

DOCS.update(_DEV46)
from claims_dev47_annotations import DOCS as _DEV47  # noqa: E402
from claims_dev48_annotations import DOCS as _DEV48  # noqa: E402

DOCS.update(_DEV47)
DOCS.update(_DEV48)

from claims_dev49_annotations import DOCS as _DEV49  # noqa: E402
from claims_dev50_annotations import DOCS as _DEV50  # noqa: E402
from claims_dev51_annotations import DOCS as _DEV51  # noqa: E402

DOCS.update(_DEV49)
DOCS.update(_DEV50)
DOCS.update(_DEV51)

from claims_dev52_annotations import DOCS as _DEV52  # noqa: E402
from claims_dev53_annotations import DOCS as _DEV53  # noqa: E402
from claims_dev54_annotations import DOCS as _DEV54  # noqa: E402

DOCS.update(_DEV52)
DOCS.update(_DEV53)
DOCS.update(_DEV54)
