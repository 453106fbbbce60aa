"""Hand annotations of claims, dev set part 45: real news articles (factRuEval-2016 texts, MIT).

Eight whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_3833, _510, _194, _176, _156, _444, _333, _348), annotated by hand by reading
the texts (not from the pipeline's output), following ../CLAIMS_GUIDELINES.md and the earlier decisions
listed in claims_dev_annotations.py and claims_dev2..dev42_annotations.py; the format is described in
build_claims_gold.py. Every article is kept whole (paragraphs None). `types` are listed in the
precedence order of the guidelines, so the first is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_194 (`Россия дала Украине кредит …, сообщает Лента.ру. Деньги получило …,
  однако …, неизвестно.`), factru-book_333 (`Леван Гачечиладзе стал единым кандидатом … В настоящий
  момент он является депутатом …`) and factru-book_176 (`Владимир Путин согласился занять пост …`) hold
  full sentences on the first line; by the dev / dev2 / … / dev39 / dev42 rule the first line is the title
  and carries no claim, so annotation starts on the second paragraph. factru-book_156 is a single
  line (its title field is the whole text): its body after the title line is empty, so it is kept with
  an **empty claim list**. The other first lines are plain titles (`30 млн евро за «рулетку»`, `НАТО
  уходит из Афганистана.`, the exclamation of factru-book_444, the first sentence of factru-book_348). The
  deck under factru-book_3833's title (`DST готово приобрести 10% …`) is body text (test1 / test2) and is
  annotated.
- factru-book_444 (a match report). `Отчёт` is a heading; the goal log (`• 0:1 — 01:23 Сёмин (Овечкин,
  Фёдоров) • 1:1 — …`) and `Вратари: Уорд — Набоков.` are bare table entries with no predicate: a
  table, not claims (dev3 / dev23 / dev28 table rule). `Последний раз Россия выигрывала мировое
  первенство 15 лет назад`: `15 лет назад` is a time point (dev12 `месяц назад`, dev28 `13 лет назад`),
  so event only; I was unsure, since the length of the drought is the point of the sentence (dev10 /
  dev21 durations that are the news).
- Attributions without a named person. `По оценкам экспертов` → `экспертов` (dev12 `по оценке
  аналитика`). `По слухам, …` is the only attribution of its sentence, read like dev9 `по некоторым
  данным` / dev28 `По неподтверждённым данным`: speaker `слухам`; a rumour hedges more than unconfirmed
  data, so low (like `якобы`), where dev28 kept medium for `неподтверждённым данным`. I was unsure between
  low and medium. `Высказываются предположения, что …` has no source: the author's claim, low (dev24 `есть
  предположение, что …`). `В российском министерстве финансов утверждают, что …` → `российском
  министерстве финансов` (dev13 `В Британии отмечают` → `Британии`; the adjective kept because it tells
  this ministry from the Ukrainian one in the next clause).
- factru-book_194, second paragraph: `В российском министерстве финансов утверждают, что …, в украинском
  также не смогли подтвердить или опровергнуть …, передает «Интерфакс»` is a comma splice of two clauses
  with their own (indefinite-personal) subjects: two claims (dev24 / dev29 / dev37). The first is the
  ministry's claim (the inner source; `передает «Интерфакс»` only relays it, dev nested rule), negative
  from the content (`не предоставлялся`); the second has no content clause (an action: failing to
  confirm), so it is Интерфакс's relayed report, speaker `Интерфакс` (a name in guillemets standing alone
  taken without them, dev), negative. `двух блоков Хмельницкой АЭС` names the programme's object: an
  identifying numeral, not quantitative (dev10 / dev15).
- factru-book_3833. `DST готово приобрести 10% …` is a stated readiness (dev14 `Dell готов выкупить`):
  predictive quantitative event. `сделал предложение о приобретении 10% …` is an offer made (dev11 `ВР
  сделала предложение о выкупе …`: quantitative event, not predictive); `самой большой в мире социальной
  сети` is a factual superlative, not a judgement (dev42 `самый большой космический корабль`);
  `17-летним` is an attributive age (dev). `сервис целиком может быть оценён в 10—30 млн евро` is a
  valuation (dev11 / dev33 `оценивается в`), not a future event: quantitative event, causal for
  `учитывая …` (dev11 / dev26), low for the epistemic `может` (the `около` is outranked).
- factru-book_510. `договорились начать вывод` is an agreed future action (dev18 / dev22): predictive
  event. `Этот процесс планируется полностью завершить лишь к 2014 году`: impersonal `планируется`, the
  author's present plan (dev15 / dev24): predictive event; `лишь` judges the date as late (dev34 `лишь за
  неделю до`): evaluative. The Taliban's statement is one claim (frame and a content of several clauses):
  normative (`следовало бы`), predictive (`не смогут`), causal (`поскольку`), evaluative (`полностью
  деморализованы`, `поражение`), event (the state asserted); positive from the content's first predicate
  (dev12 / dev16 / dev36); speaker `Руководство радикального движения «Талибан»` (the head with the name,
  guidelines `пресс-служба «Яндекса»`, dev37 `руководства HP`). `обещает не оставлять …` is a promise with
  an infinitive complement: the author's predictive event (dev2 / dev16), positive (`не` on the
  infinitive, dev8 / dev11 / dev39). `Кабул по-прежнему будет …, передаёт «Интерфакс»` is Интерфакс's
  claim, a future state with a copula: predictive only; the frame does not reach back to the promise,
  which has no frame of its own (test1).
- factru-book_176. `Об этом нынешний российский президент заявил, …` (nominal object) is the author's
  event (dev12 / dev15 / dev16 `Об этом … заявил`). `О том, что будет выдвинут именно он, стало известно
  10 декабря, днём позже Медведев предложил …` is a comma splice: two claims; `днём позже` is a time
  point; the offer of the post is an event (dev11 / dev15 offers), not predictive. `Ранее в декабре
  появилась информация о том, что Путин … может возглавить …, но она была опровергнута официальными
  представителями Путина` has two clauses with their own subjects: two claims. The first is the author's
  (the information's appearance, dev36 `появились слухи о том, что …`), typed from what it names:
  predictive event; unlike dev36's plain future it carries epistemic `может`, so low (a cue anywhere in
  the claim, dev4 / dev24). The refutation is the author's event (dev10 `Кремль опроверг`).
- factru-book_333. `В случае избрания Гачечиладзе премьер-министром страны станет …` is a plain future
  conditional: predictive only (dev19 / dev21 / dev24). `Бадри Патаркацишвили также планировал выдвигать
  свою кандидатуру, однако он не исключил, что может снять …` has two clauses with their own subjects
  (`однако он`): two claims, `однако` left out. The first is a past plan (dev42 `Планировалось`):
  predictive event; the second is his reported claim (`не исключил`, a hedging frame, positive), speaker
  `он` with coref `Бадри Патаркацишвили`, predictive, low; `в пользу` names a beneficiary, not a cause.
- factru-book_348. Бурджанадзе's `заявила, что это начало «решающего боя», и протестующие не должны
  отступать` is one claim (frame and its content): normative (`не должны`) and evaluative (a
  characterisation with zero copula, no event, dev42 Гриффин), positive from the content's first
  predicate (dev12 / dev16); the guillemets mark her words, not scare quotes. `Оппозиция обвиняет
  Саакашвили в авторитарном правлении и хочет его отставки` (nominal objects, one subject) is the author's
  event (dev14 / dev17 `обвиняет … в …`): the judgement `авторитарном` is the opposition's charge, not the
  author's, so not evaluative (dev17 `в двойном подходе`). `требовали предоставить им эфирное время`
  (dev8 `потребовал взять на контроль`) is the author's event. `длились неделями` is vague, not
  quantitative (dev18 / dev28 vague amounts).
"""

DOCS = {
    "factru-book_3833": (None, [
        ("DST готово приобрести 10% сервиса Chatroulette Андрея Терновского",
         "predictive quantitative event", None, "+", "high"),
        ("По сообщению Spiegel , инвестиционный фонд Digital Sky Technologies, владеющий, в частности, 5% самой "
         "большой в мире социальной сети Facebook, сделал предложение о приобретении 10% сервиса Chatroulette, "
         "разработанного 17-летним московским школьником Андреем Терновским",
         "quantitative event", "Spiegel", "+", "high"),
        ("По оценкам экспертов, учитывая растущую популярность сервиса и то, что ежедневно его посещает около "
         "1,5 млн человек, сервис целиком может быть оценён в 10—30 млн евро",
         "quantitative causal event", "экспертов", "+", "low"),
        ("По слухам, заинтересованность в инвестициях в Chatroulette уже проявили Google, «Яндекс», Skype, "
         "Union Square Ventures и другие",
         "event", "слухам", "+", "low"),
    ]),
    "factru-book_510": (None, [
        ("Во второй день саммита в Лиссабоне страны — члены альянса договорились начать вывод войск из "
         "Афганистана",
         "predictive event", None, "+", "high"),
        ("Этот процесс планируется полностью завершить лишь к 2014 году",
         "predictive evaluative event", None, "+", "high"),
        ("Руководство радикального движения «Талибан» сообщило, что войска НАТО в Афганистане полностью "
         "деморализованы и Вашингтону следовало бы ускориться с их выводом, поскольку американцы не смогут "
         "слишком долго скрывать своё поражение",
         "normative predictive causal evaluative event", "Руководство радикального движения «Талибан»", "+",
         "high"),
        ("При этом западный военный альянс обещает не оставлять нынешнее руководство Афганистана один на один с "
         "талибами",
         "predictive event", None, "+", "high"),
        ("Кабул по-прежнему будет для НАТО стратегическим партнёром в борьбе против международного терроризма, "
         "передаёт «Интерфакс»",
         "predictive", "Интерфакс", "+", "high"),
    ]),
    "factru-book_194": (None, [
        ("В российском министерстве финансов утверждают, что на государственном уровне кредит не предоставлялся",
         "event", "российском министерстве финансов", "-", "high"),
        ("в украинском также не смогли подтвердить или опровергнуть информацию о поступивших средствах, передает "
         "«Интерфакс»",
         "event", "Интерфакс", "-", "high"),
        ("Высказываются предположения, что деньги могли поступить от российских банков, а также о том, что "
         "кредит мог быть выделен в рамках программы по достройке двух блоков Хмельницкой атомной "
         "электростанции (ХАЭС)",
         "event", None, "+", "low"),
    ]),
    "factru-book_176": (None, [
        ("Об этом нынешний российский президент заявил, выступая на VII съезде партии «Единая Россия», где "
         "также было официально объявлено о выдвижении Медведева кандидатом",
         "event", None, "+", "high"),
        ("О том, что будет выдвинут именно он, стало известно 10 декабря",
         "event", None, "+", "high"),
        ("днём позже Медведев предложил Путину премьерский пост в случае своей победы",
         "event", None, "+", "high"),
        ("Ранее в декабре появилась информация о том, что Путин после ухода с поста президента может возглавить "
         "союзное государство России и Белоруссии",
         "predictive event", None, "+", "low"),
        ("она была опровергнута официальными представителями Путина",
         "event", None, "+", "high"),
    ]),
    "factru-book_156": (None, []),
    "factru-book_444": (None, [
        ("Последний раз Россия выигрывала мировое первенство 15 лет назад",
         "event", None, "+", "high"),
        ("Премьер-министр Владимир Путин поздравил сборную и болельщиков с победой",
         "event", None, "+", "high"),
    ]),
    "factru-book_333": (None, [
        ("В случае избрания Гачечиладзе премьер-министром страны станет глава партии «Путь Грузии» Саломе "
         "Зурабишвили",
         "predictive", None, "+", "high"),
        ("Бадри Патаркацишвили также планировал выдвигать свою кандидатуру",
         "predictive event", None, "+", "high"),
        ("он не исключил, что может снять свою кандидатуру в пользу того человека, которого выдвинет "
         "объединенная оппозиция",
         "predictive", ("он", None, "Бадри Патаркацишвили"), "+", "low"),
    ]),
    "factru-book_348": (None, [
        ("Лидер оппозиции Нино Бурджанадзе заявила, что это начало «решающего боя», и протестующие не должны "
         "отступать",
         "normative evaluative", "Нино Бурджанадзе", "+", "high"),
        ("Она возглавила их поход к зданию государственного телецентра",
         "event", None, "+", "high"),
        ("Там демонстранты требовали предоставить им эфирное время",
         "event", None, "+", "high"),
        ("Оппозиция обвиняет Саакашвили в авторитарном правлении и хочет его отставки",
         "event", None, "+", "high"),
        ("В 2009 году в Грузии происходили подобные события",
         "event", None, "+", "high"),
        ("Тогда митинги с требованием отставки Саакашвили длились неделями",
         "event", None, "+", "high"),
    ]),
}
