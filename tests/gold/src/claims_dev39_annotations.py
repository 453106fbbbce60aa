"""Hand annotations of claims, dev set part 39: real news articles (factRuEval-2016 texts, MIT).

Two whole articles of the shared news collection (``../shared/data/news/articles.jsonl`` from the
repository root: factru-book_147, _98), annotated by hand by reading the texts (not from the pipeline's
output), following ../CLAIMS_GUIDELINES.md and the earlier decisions listed in claims_dev_annotations.py
and claims_dev2..dev33_annotations.py; the format is described in build_claims_gold.py. Every article is
kept whole (paragraphs None). `types` are listed in the precedence order of the guidelines, so the first
is the primary type.

Decisions taken where the guidelines (and the earlier decisions) are silent:

- First line. factru-book_147 holds its whole lead paragraph on the first line (`Сегодня в Москве на
  40-й день после смерти Егора Свиридова прошли … акции памяти. К Кронштадтскому бульвару … пришли
  возложить цветы десятки людей …`, two sentences); by the dev / dev2 / dev7 / dev10 / dev12 / dev17 /
  dev21 / dev22 / dev33 rule the first line is the title and carries no claim, so its annotation starts
  on the second paragraph. factru-book_98's first line is a plain title.
- Intertitles run into the text (factru-book_147). The article (a «Голос Америки» report) has three
  section headings that the corpus ran into the first sentence of their sections: `И тишина...` (before
  `Все прошло мирно …`), `"Эх, яблочко"...` (before `Кроме сторонников ДПНИ, …`, a pun on «Яблоко») and
  `Начнем, помолясь` (glued to `Между тем, …` without any punctuation, which shows it is a heading).
  Like dev22's intertitle `Демократы готовятся «дать отпор»` and dev33's run-in table heading
  `Предварительные результаты`, they are headings, so no claims. I was unsure about `И тишина...`, which
  could be read as a verbless existential sentence (`[было] тишина`); it heads its section exactly as
  the other two do, so it is treated the same way.
- Speakers. `Правда, были задержания, но, как пояснили в милиции, профилактические` is one claim (the
  `но` clause is elliptical and shares the subject `задержания`) and takes the source of its subordinate
  attribution, span `милиции` (guidelines `на Западе` → `Западе`; dev7 / dev22 / dev32: attribution in a
  subordinate part makes the sentence a source's claim; I was unsure, since it covers only
  `профилактические`). `Сам Александр Белов оказался более дипломатичным: «…»` and `Вот как эту
  панихиду прокомментировал … Виктор Шендерович, …: «…»` join the frame before `:` with the one quoted
  sentence that follows (dev7 / dev33 frame with a colon), speaker the named person; the first frame is
  an author's judgement rather than a verb of saying, but what follows the colon elaborates it with
  Белов's own words, so the claim is read as his (I was unsure here; it could also be split into the
  author's evaluative claim and Белов's quotation). Quotations with the frame in the middle (`«…, –
  уточнил Белов. – …»`, `«…, – сказал Александр Брод. – … . …»`) give one claim per quoted sentence,
  the frame staying with the first and the later sentences taking the name from it (dev28 Lavrov);
  `«Мне кажется, – продолжил Брод, – что …»` and `«…, – утверждает Виктор Шендерович, – …»` are one
  sentence each, so one claim each (test2 / dev32: a quoted sentence is one claim however many clauses
  it has, with the polarity of its first clause). Чаплин's three quoted sentences take the description
  of the frame `– сказал протоиерей` (dev: a description in the frame is the span, no coref).
  `На панихиде он призвал к тому, чтобы «Россия жила …»` has a `чтобы` content clause, so it is
  Чаплин's normative claim (dev5 `Польша требует, чтобы …`), span `он` with coref `Всеволод Чаплин`,
  unlike an author's `призвал` + infinitive (test1). `Напомним, что прежде … Александр Белов говорил,
  что …` takes `Александр Белов` (`Напомним` is the author's formula). `Брод напомнил о том, что …` and
  `Брод также напомнил о том, что …` have content clauses, so they are Брод's (dev6 `О том, что P`).
  `Он привел пример с судебным процессом …, где, по словам Брода, «…»` takes `Брода` from the
  attribution in its relative clause (dev7 / dev22). `Виктор Шендерович вспомнил о … движении, когда
  …, и сказал, что …` is one claim (two predicates sharing one subject, the second with its content)
  with his name as speaker (dev22 Керри).
- Certainty. `Мне кажется` (a subjective hedge of the speaker's own view) is a medium cue, like `думаю`
  (test2 / dev32). `Оно может погубить Россию` (epistemic `может` on a future event) is low. `как
  известно`, `конечно`, `безусловно` are no hedges; `до 6 тысяч` bounds the number: high (dev22 / dev33).
- Polarity. `Одним словом, очередной «Русский марш» не состоялся`, `Сегодня … не было почти никакой
  символики`, Белов's `с ним … либералы не готовы вести диалог`, `«Это была не политическая акция, но
  …»` (a negated nominal predicate, first clause of the quoted sentence, dev / dev2), `«Смешивать это …
  не нужно, но …»` and `«Эта панихида не имеет никакого отношения …»` are negative. `Все прошло мирно
  и не столь массово` (negated manner adverb), `не лучшие времена` (negated modifier), `было решено не
  устраивать …` (the negation is on the infinitive complement, not on `решено`), `не только …, но и
  …`, `не по законам джунглей …, а по …` (dev9 `не …, а …`) and `не так давно` are positive.
- Types. `хотели прийти представители партии «Яблоко», чтобы принять участие …` is a past intention
  (dev9 `Мёрдок хотел избавиться`: predictive event) with a purpose clause (dev6: causal). `В итоге,
  там появились только несколько яблочников` is causal like dev8's `в итоге вузы вынуждены …`.
  `Одним словом` only sums up (it draws no inference like dev7's `Итак`): not causal. `стало быть` in
  Шендерович's quotation is an inference (dev5 `Значит`): causal; `потому что` causal; `для своей
  раскрутки` (the purpose of the use the content asserts, dev33 `для разгона`) causal; `было решено не
  устраивать никаких маршей, чтобы не омрачать …` causal event (the purpose of the decision); `может
  погубить Россию, лишить нас будущего` states an effect by the verb (dev6): predictive causal. Not
  causal: the purpose inside the editor's note `(о том, чтобы возложить цветы …)` (the function of a
  referent inside a noun phrase, dev20 / dev33) and `для того, чтобы поработить русских`, which is part
  of the interpretation Брод reports as published, not his own statement of a purpose.
  Normative: `не нужно`, `следовало бы больше выступать`, the call `чтобы «Россия жила …»`. `можно было
  купить` (availability) is an event, not a permission (dev7 `Можно вычислить`). `готовы` + infinitive
  is event (dev8). `Мы знаем, как опасно …` and `Но мы точно так же знаем, как опасна …` assert a
  judgement through an exclamative content clause: evaluative without event; `Мне было удивительно, для
  чего …` (a reaction to an indirect question that asserts no fact) is evaluative without event.
- Evaluative: `показательно`, `не лучшие времена`, `в сложном положении`, `переломным моментом`, `более
  дипломатичным`, `несколько неожиданно`, `общественное значение`, `объединяющий фактор`, `удивляет`,
  `раскрутки`, `удивительно`, `странно`, `перехлест`, `неэффективности`, `опасно` / `опасна`, `К
  сожалению`, `увязла в политике`, `институт политического влияния`, `набрать очередные очки на
  националистической истерике`, `девальвирует`, and `воинствующих ксенофобов` in Брод's reported words (a
  value-laden label, like dev6's `террористы` in a quoted demand). Not evaluative: `Инициатива «Яблока»
  оказалась неожиданной не только для …, но и для …` (the author reports the two men's reactions; it
  judges nothing itself), `известного борца с ксенофобией` (descriptor, dev7 `известный правозащитник`),
  `ультраправые`, `погромы`, `матерные выкрики` (news descriptors, dev20 / dev33), `антисемитскую
  литературу типа «Протоколов сионских мудрецов»` and `обвинения антисемитского характера` (a classifying
  term for the kind of texts, not a judgement of the speaker's own), `Все прошло мирно и не столь
  массово` (a comparison of size, no judgement, dev6 `существенно больше`: event only).
- Numbers. `до 6 тысяч националистов` is quantitative. `двум государствам еврозоны — Греции и Ирландии`
  and `Два других государства Балтии — Латвия и Литва` are spelled out by the names that follow (dev10 /
  dev15 / dev33): not quantitative; `Единственный крупный плакат`, `первым жителем республики`
  (ordinal), `несколько яблочников`, `множество милиционеров`, `многими политиками`, `миллионов отдельных
  людей` (vague) are not. `40 дней` inside the quoted inscription `«40 дней без Егора»` is the wording
  of a slogan the claim reports, not a quantity the author asserts: `На нем надпись – «…»` (a
  zero-copula clause) is event only.
- Spans. Sentence-initial `Правда,`, `Одним словом,`, `Впрочем,`, `Как известно,`, `В итоге,`,
  `Напомним, что`, `Между тем,` are kept; a leading `Но` is left out. factru-book_98's `Эстония ввела евро
  тогда, когда …: как известно, двум государствам … потребовалась …, в сложном положении остаются также
  …` is one claim: the part after `:` elaborates `не лучшие времена` (dev33 `Обвинительные приговоры были
  вынесены …: …`), including its asyndetic second clause.
"""

DOCS = {
    "factru-book_147": (None, [
        ("Все прошло мирно и не столь массово",
         "event", None, "+", "high"),
        ("Правда, были задержания, но, как пояснили в милиции, профилактические",
         "event", "милиции", "+", "high"),
        ("Одним словом, очередной «Русский марш» не состоялся",
         "event", None, "-", "high"),
        ("Впрочем, показательно, что на Манежной площади в этот день дежурило множество милиционеров",
         "evaluative event", None, "+", "high"),
        ("Как известно, 11 декабря на площадь вырвались до 6 тысяч националистов и футбольных фанатов, "
         "устроивших погромы",
         "quantitative event", None, "+", "high"),
        ("Сегодня на Кронштадтском бульваре не было почти никакой символики",
         "event", None, "-", "high"),
        ("Единственный крупный плакат, который держали собравшиеся, был с фотографией Свиридова",
         "event", None, "+", "high"),
        ("На нем надпись – «40 дней без Егора»",
         "event", None, "+", "high"),
        ("«Смерть Егора стала переломным моментом, когда люди, не боясь, говорят: “Нам надоело терпеть, что нас "
         "убивают на нашей собственной земле”», – сказал в беседе с корреспондентом «Голоса Америки» лидер "
         "Движения против нелегальной иммиграции Александр Белов",
         "evaluative event", "Александр Белов", "+", "high"),
        ("Кроме сторонников ДПНИ, к Кронштадтскому бульвару хотели прийти представители партии «Яблоко», чтобы "
         "принять участие в поминовении Егора Свиридова",
         "predictive causal event", None, "+", "high"),
        ("В итоге, там появились только несколько яблочников, включая главу партии Сергея Митрохина",
         "causal event", None, "+", "high"),
        ("Пробыл он здесь недолго и вскоре скрылся под матерные выкрики товарищей и сторонников Егора Свиридова",
         "event", None, "+", "high"),
        ("Сам Александр Белов оказался более дипломатичным: «Для нас было несколько неожиданно, что заявку (о "
         "том, чтобы возложить цветы к месту гибели Свиридова – В.Л.) подал по личной инициативе советник "
         "руководителя партии «Яблоко» Артур Гороховский»",
         "evaluative event", "Александр Белов", "+", "high"),
        ("«Это была не политическая акция, но, конечно, она имеет общественное значение, – уточнил Белов",
         "evaluative event", "Белов", "-", "high"),
        ("По договоренности с ГУВД было решено не устраивать никаких маршей, чтобы не омрачать этот день "
         "столкновениями, а объявить его днем памяти»",
         "causal event", ("Белов", "– уточнил "), "+", "high"),
        ("«Смешивать это с какими-то беспорядками, с давлением на власть – сегодня, в этот день, не нужно, но "
         "как объединяющий фактор, безусловно, это работает», – заключил Белов",
         "normative evaluative", "Белов", "-", "high"),
        ("Инициатива «Яблока» оказалась неожиданной не только для Александра Белова, но и для его идейного "
         "оппонента Александра Брода, известного борца с ксенофобией, члена Общественной палаты и "
         "российско-американской рабочей группы по гражданскому обществу",
         "event", None, "+", "high"),
        ("«Меня вообще несколько удивляет, что фигура Свиридова стала использоваться многими политиками и "
         "общественными деятелями для своей раскрутки, – сказал Александр Брод",
         "causal evaluative event", "Александр Брод", "+", "high"),
        ("Мне было удивительно, для чего представителям партии «Яблоко» было возлагать цветы к могиле Свиридова "
         "и пытаться выступить",
         "evaluative", ("Александр Брод", "– сказал "), "+", "high"),
        ("Очень странно, что некоторые представители демократического лагеря даже пытались вести переговоры с "
         "ДПНИ»",
         "evaluative event", ("Александр Брод", "– сказал "), "+", "high"),
        ("Напомним, что прежде в интервью «Голосу Америки» Александр Белов говорил, что с ним и его сторонниками "
         "либералы не готовы вести диалог",
         "event", "Александр Белов", "-", "high"),
        ("«Мне кажется, – продолжил Брод, – что уже много сказали о Свиридове, о неэффективности работы "
         "правоохранительных органов, отдали ему необходимые почести, но делать из этого человека, при всем моем "
         "сострадании к нему, такую героическую, мученическую, культовую фигуру – это уже перехлест»",
         "evaluative event", "Брод", "+", "medium"),
        ("Между тем, сегодняшнюю панихиду по Егору Свиридову возглавил протоирей Всеволод Чаплин, глава "
         "синодального Отдела по взаимоотношениям Церкви и общества",
         "event", None, "+", "high"),
        ("На панихиде он призвал к тому, чтобы «Россия жила не по законам джунглей и гор, а по божьему и "
         "человеческим законам»",
         "normative", ("он", None, "Всеволод Чаплин"), "+", "high"),
        ("«Мы знаем, как опасно разделение людей по национальному признаку",
         "evaluative", ("протоиерей", "– сказал "), "+", "high"),
        ("Оно может погубить Россию, лишить нас будущего",
         "predictive causal", ("протоиерей", "– сказал "), "+", "low"),
        ("мы точно так же знаем, как опасна несправедливость, когда преступление остается без наказания, когда "
         "люди, не знающие ни стыда, ни совести, пытаются сломать нашу волю, лишить наш народ его "
         "самостоятельности, духовности, свободы», – сказал протоиерей",
         "evaluative", "протоиерей", "+", "high"),
        ("Вот как эту панихиду прокомментировал писатель и журналист Виктор Шендерович, который 26 декабря провел "
         "антифашистский митинг против тех, кто вышел на Манежную площадь: «К сожалению, Русская Православная "
         "Церковь – как институт, а не как вера частных людей – уже давно и глубоко увязла в политике, и ее "
         "участие в таком контексте, заодно с ДПНИ, – это для меня лишнее подтверждение того, что это не "
         "институт веры, а институт политического влияния»",
         "evaluative event", "Виктор Шендерович", "+", "high"),
        ("«Эта панихида не имеет никакого отношения к погибшему Егору Свиридову, – утверждает Виктор Шендерович, "
         "– мне ничего не известно о его религиозных взглядах, мне ничего неизвестно о том, что он был "
         "православным или был убит как православный – стало быть, мы имеем дело с попыткой набрать очередные "
         "очки на националистической истерике»",
         "causal evaluative event", "Виктор Шендерович", "-", "high"),
        ("«К сожалению, Русская Православная Церковь и национализм уже давно связались в нашем сознании в нечто "
         "единое», – подытожил Шендерович",
         "evaluative event", "Шендерович", "+", "high"),
        ("Александр Брод, в свою очередь, сказал, что духовным лидерам РПЦ следовало бы больше выступать «с "
         "критикой проявления расизма, ксенофобии и любых форм нетерпимости»",
         "normative", "Александр Брод", "+", "high"),
        ("Брод напомнил о том, что не так давно в церковных лавках можно было купить антисемитскую литературу "
         "типа «Протоколов сионских мудрецов»",
         "event", "Брод", "+", "high"),
        ("Брод также напомнил о том, что «зачастую в выступлениях воинствующих ксенофобов затрагиваются интересы "
         "православия»",
         "evaluative event", "Брод", "+", "high"),
        ("Он привел пример с судебным процессом против газеты «Русская правда», где, по словам Брода, "
         "«публиковались обвинения антисемитского характера и была такая трактовка, что христианство – это "
         "религия, насажденная иудеями, для того, чтобы поработить русских»",
         "event", "Брода", "+", "high"),
        ("Виктор Шендерович вспомнил о черносотенном движении, когда ксенофобские лозунги звучали под "
         "сопровождение православных молитв, и сказал, что такой союз «опасен для православия как веры, потому "
         "что эта девальвирует веру миллионов отдельных людей»",
         "causal evaluative event", "Виктор Шендерович", "+", "high"),
        ("Акции памяти Егора Свиридова прошли сегодня и в других городах России",
         "event", None, "+", "high"),
    ]),
    "factru-book_98": (None, [
        ("1 января 2011 года эстонцы перестали пользоваться кронами и перешли на общеевропейскую валюту",
         "event", None, "+", "high"),
        ("Сразу после наступления Нового года премьер-министр Эстонии Андрус Ансип стал первым жителем "
         "республики, который снял евро со своего банковского счета, воспользовавшись банкоматом в Таллине",
         "event", None, "+", "high"),
        ("Эстония ввела евро тогда, когда эта денежная единица переживает не лучшие времена: как известно, двум "
         "государствам еврозоны — Греции и Ирландии — потребовалась крупномасштабная международная финансовая "
         "помощь, в сложном положении остаются также Португалия, Испания и Италия",
         "evaluative event", None, "+", "high"),
        ("Два других государства Балтии — Латвия и Литва — планируют перейти на евро в 2014 году",
         "predictive event", None, "+", "high"),
    ]),
}
