// The judged relevance suite for search (issue 9, "How it is measured").
//
// Each entry is a query as a case worker or a newcomer really types it, with the notices that
// must be among the first five results. The queries were written from the seed notices
// (prisma/seed/activities-*.ts) alone, before any tuning and without looking at how
// lib/search matches text: they are data for judging the engine, not a description of it.
// `expect` lists 1-3 notices that are truly right answers; where more notices would do
// equally well, the query names the best of them, and none left out would be a better answer.
// tests/unit/relevance-judgements.test.ts checks that every id is a public, valid notice.

export type RelevanceCategory =
  | "exact"
  | "extra-words"
  | "place"
  | "inflection"
  | "compound"
  | "no-diacritics"
  | "typo"
  | "cross-language"
  | "thesaurus"
  | "language-name"
  | "script"
  | "mixed";

export type Judgement = {
  q: string; // what the person types into the search box
  params?: Record<string, string>; // filters chosen as well, rarely (e.g. { municipality: "091" })
  locale: string; // the UI locale the person uses
  lang: string; // language the query is written in
  category: RelevanceCategory; // the main difficulty
  expect: string[]; // ids of the notices that must be in the first five (1-3 ids)
  note?: string; // why, when not obvious
};

export const CATEGORIES: readonly RelevanceCategory[] = [
  "exact",
  "extra-words",
  "place",
  "inflection",
  "compound",
  "no-diacritics",
  "typo",
  "cross-language",
  "thesaurus",
  "language-name",
  "script",
  "mixed",
];

export const JUDGEMENTS: Judgement[] = [
  // ── exact: words as the notice has them ─────────────────────────────────────────────
  { q: "kielikahvila kallio", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-001"] },
  { q: "digipaja", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-002"] },
  { q: "naisten liikuntavuoro", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-003"] },
  { q: "miesten jalkapallovuoro", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-005"] },
  { q: "viittomakielen alkeet", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-006"] },
  { q: "career café", locale: "en", lang: "en", category: "exact", expect: ["demo-act-007"] },
  { q: "suomen kielen iltakurssi", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-008"] },
  { q: "seniorien kohtaamispaikka", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-009"] },
  { q: "läksyparkki", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-011"] },
  { q: "newcomer info morning", locale: "en", lang: "en", category: "exact", expect: ["demo-act-012"] },
  { q: "finnish conversation club", locale: "en", lang: "en", category: "exact", expect: ["demo-act-013"] },
  { q: "international family morning", locale: "en", lang: "en", category: "exact", expect: ["demo-act-014"] },
  { q: "event crew volunteer", locale: "en", lang: "en", category: "exact", expect: ["demo-act-015"] },
  { q: "työnhakupaja", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-016"] },
  { q: "isien ryhmä", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-017"] },
  { q: "yritysvierailut", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-018"] },
  { q: "perjantaiklubi", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-019"] },
  { q: "käsityöpiiri", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-021"] },
  { q: "nuorten vapaaehtoisryhmä", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-023"] },
  { q: "jobbklubben", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-026"] },
  { q: "familjecafé", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-027"] },
  { q: "syträffar", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-029"] },
  { q: "cykelskola", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-030"] },
  { q: "kör för alla", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-033"] },
  { q: "mötesplats gläntan", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-034"] },
  { q: "vänverksamhet", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-035"] },
  { q: "yhteisöpuutarha", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-040"] },
  { q: "nuorten talo pooki", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-043"] },
  { q: "lajikokeilut", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-044"] },
  { q: "älypuhelin haltuun", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-047"] },
  { q: "kotoutumisen neuvontapiste", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-048"] },
  { q: "welcome evening", locale: "en", lang: "en", category: "exact", expect: ["demo-act-049"] },
  { q: "yrittäjyysillat", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-057"] },
  { q: "kokkikerho", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-059"] },
  { q: "tunnista huijaukset", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-066"] },
  { q: "satutuokio", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-067"] },
  { q: "lautapeli-ilta", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-080"] },
  { q: "perhetupa revontuli", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-081"] },
  { q: "arctic outdoors club", locale: "en", lang: "en", category: "exact", expect: ["demo-act-082"] },
  { q: "etämentorointi", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-089"] },
  { q: "lunchtime finnish", locale: "en", lang: "en", category: "exact", expect: ["demo-act-091"] },
  { q: "språkcafé på nätet", locale: "sv", lang: "sv", category: "exact", expect: ["demo-act-094"] },
  { q: "surviving the northern winter", locale: "en", lang: "en", category: "exact", expect: ["demo-act-077"] },
  { q: "sählyvuoro", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-078"] },
  { q: "tietokoneen perusteet", locale: "fi", lang: "fi", category: "exact", expect: ["demo-act-064"] },
  { q: "Онлайн-группа поддержки для родителей", locale: "ru", lang: "ru", category: "exact", expect: ["demo-act-095"] },
  { q: "Kubadda cagta ragga", locale: "so", lang: "so", category: "exact", expect: ["demo-act-005"] },
  { q: "مجلس الرجال", locale: "ar", lang: "ar", category: "exact", expect: ["demo-act-050"] },

  // ── extra words: the query says more than any notice ────────────────────────────────
  { q: "digipaja itäkeskus apua heti", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-002"] },
  { q: "jalkapallo miehille myllypuro tänään", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-005"] },
  { q: "language cafe espoo every day", locale: "en", lang: "en", category: "extra-words", expect: ["demo-act-013"] },
  { q: "läxhjälp korsholm för mitt barn", locale: "sv", lang: "sv", category: "extra-words", expect: ["demo-act-028"] },
  { q: "naisten kuntosali turku aloittelija", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-038"] },
  { q: "venäjänkielinen neuvonta lappeenranta kela kiireellinen", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-065"] },
  { q: "työhaastattelu harjoitus verkossa asiakkaalle", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-089"] },
  { q: "english info evening turku students jobs contract", locale: "en", lang: "en", category: "extra-words", expect: ["demo-act-041"] },
  { q: "family morning tapiola toddlers english speaking mum", locale: "en", lang: "en", category: "extra-words", expect: ["demo-act-014"] },
  { q: "sign language course deaf refugee helsinki", locale: "en", lang: "en", category: "extra-words", expect: ["demo-act-006"] },
  { q: "språkcafé vasa nybörjare kväll gärna", locale: "sv", lang: "sv", category: "extra-words", expect: ["demo-act-025"] },
  { q: "hiihtokoulu jyväskylä koko perhe ilmaiset välineet", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-055"] },
  { q: "isien vertaisryhmä espoo asiakas ohjaus", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-017"] },
  { q: "kokkola naisten kävely maanantai sopisiko asiakkaalle", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-084"] },
  { q: "seniorikerho malmi muistisairaus", locale: "fi", lang: "fi", category: "extra-words", expect: ["demo-act-009"] },
  { q: "ukrainian language cafe kuopio beginners welcome thanks", locale: "en", lang: "en", category: "extra-words", expect: ["demo-act-068"] },

  // ── place: municipality or district in the text, in any form ────────────────────────
  { q: "lahden kielikahvila", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-061"] },
  { q: "kielikahvila porvoo", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-024"] },
  { q: "borgå språkcafé", locale: "sv", lang: "sv", category: "place", expect: ["demo-act-024"] },
  { q: "helsingfors språkcafé", locale: "sv", lang: "sv", category: "place", expect: ["demo-act-036", "demo-act-001"] },
  { q: "naisten ryhmä pori", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-042"] },
  { q: "digituki mikkeli", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-075"] },
  { q: "perhekerho seinäjoki", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-058"] },
  { q: "kotoutumiskoulutus oulu", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-076"] },
  { q: "läksyapu turku", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-039"] },
  { q: "varissuo", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-038", "demo-act-039"] },
  { q: "joensuu kielikahvila", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-071"], note: "the summary never names Joensuu; the place does" },
  { q: "rovaniemi vauvaperheet", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-081"] },
  { q: "vasa jobb", locale: "sv", lang: "sv", category: "place", expect: ["demo-act-026"] },
  { q: "åbo info", locale: "sv", lang: "sv", category: "place", expect: ["demo-act-037"] },
  { q: "tammisaari neuvonta", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-034"] },
  { q: "pietarsaari pyöräily naiset", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-030"] },
  { q: "hämeenlinna suomen kurssi", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-045"] },
  { q: "kotka seniorit", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-063"] },
  { q: "mikkeli perheiden infoilta", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-074"] },
  { q: "kajaani nuoret", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-083"] },
  { q: "espoo isät", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-017"] },
  { q: "kerava vapaaehtoinen", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-023"] },
  { q: "tikkurila työelämä", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-018"] },
  { q: "korso käsityöt", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-021"] },
  { q: "kannelmäki läksyt", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-011"] },
  { q: "vuosaari naiset suomen kieli", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-010"] },
  { q: "hervanta neuvonta", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-048"] },
  { q: "tesoma", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-050"] },
  { q: "kaukovainio", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-079", "demo-act-077"] },
  { q: "niinivaara ruoka-apu", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-072"] },
  { q: "karhula tietokonekurssi", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-064"] },
  { q: "runosmäki", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-040"] },
  { q: "smedsby", locale: "sv", lang: "sv", category: "place", expect: ["demo-act-028"] },
  { q: "turun infot asuminen", locale: "fi", lang: "fi", category: "place", expect: ["demo-act-037"] },
  { q: "kielikahvila", params: { municipality: "398" }, locale: "fi", lang: "fi", category: "place", expect: ["demo-act-061"], note: "the municipality filter chosen instead of typed" },
  { q: "котка пенсионеры", locale: "ru", lang: "ru", category: "place", expect: ["demo-act-063"] },
  { q: "лаппеенранта консультации", locale: "ru", lang: "ru", category: "place", expect: ["demo-act-065"] },
  { q: "йоэнсуу культура", locale: "ru", lang: "ru", category: "place", expect: ["demo-act-073"] },
  { q: "куопіо мовне кафе", locale: "uk", lang: "uk", category: "place", expect: ["demo-act-068"] },
  { q: "міккелі сім'ї", locale: "uk", lang: "uk", category: "place", expect: ["demo-act-074"] },
  { q: "هامينلينا أمهات", locale: "ar", lang: "ar", category: "place", expect: ["demo-act-046"] },
  { q: "تامبيري رجال", locale: "ar", lang: "ar", category: "place", expect: ["demo-act-050"] },

  // ── inflection: another form of the notice's word ───────────────────────────────────
  { q: "liikuntaa naisille helsingissä", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-003"] },
  { q: "kotoutumiskoulutukseen hakeminen", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-088", "demo-act-076"] },
  { q: "läksyapua somaliksi", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-092", "demo-act-039"] },
  { q: "isille", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-017"] },
  { q: "isät", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-017"] },
  { q: "ukrainalaisille kielikahvila", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-068"] },
  { q: "venäjänkielisille senioreille", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-063"] },
  { q: "työnhakijoille tietokonekurssi", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-064"] },
  { q: "kotoutujien suomen kurssi", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-045"] },
  { q: "keskusteluryhmät naisille", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-042"] },
  { q: "keskusteluryhmään miehille", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-050"] },
  { q: "lapsille satuja", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-067"] },
  { q: "vapaaehtoistyötä nuorille", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-023"] },
  { q: "pyöräilemään oppiminen aikuisena", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-030"] },
  { q: "hiihtämään", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-055"] },
  { q: "viljely", locale: "fi", lang: "fi", category: "inflection", expect: ["demo-act-060", "demo-act-040"] },
  { q: "språkcaféer i vasa", locale: "sv", lang: "sv", category: "inflection", expect: ["demo-act-025"] },
  { q: "cykla kvinnor", locale: "sv", lang: "sv", category: "inflection", expect: ["demo-act-030"] },
  { q: "läxhjälpen", locale: "sv", lang: "sv", category: "inflection", expect: ["demo-act-028"] },
  { q: "föräldrar barn vasa", locale: "sv", lang: "sv", category: "inflection", expect: ["demo-act-027"] },
  { q: "practising job interviews espoo", locale: "en", lang: "en", category: "inflection", expect: ["demo-act-016"] },
  { q: "mentors from my field", locale: "en", lang: "en", category: "inflection", expect: ["demo-act-054"] },
  { q: "пожилые люди клуб", locale: "ru", lang: "ru", category: "inflection", expect: ["demo-act-063"] },
  { q: "консультация по налогам", locale: "ru", lang: "ru", category: "inflection", expect: ["demo-act-065"] },
  { q: "родителям подростков", locale: "ru", lang: "ru", category: "inflection", expect: ["demo-act-095"] },
  { q: "сімейні кафе", locale: "uk", lang: "uk", category: "inflection", expect: ["demo-act-058"] },
  { q: "цифрову допомогу", locale: "uk", lang: "uk", category: "inflection", expect: ["demo-act-062"] },
  { q: "مجموعة أمهات", locale: "ar", lang: "ar", category: "inflection", expect: ["demo-act-046"] },

  // ── compound: a part of a compound, or a coordinated compound ───────────────────────
  { q: "venyttely", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-038"], note: "\"kuntosali- ja venyttelyvuoro\"" },
  { q: "kuntosali naisille", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-038"] },
  { q: "läksykerho kontula", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-004"], note: "\"Läksy- ja arabiankerho Kontulassa\"" },
  { q: "lautapeli", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-080"] },
  { q: "retkiporukka rovaniemi", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-082"], note: "the organisation is a \"lautapeli- ja retkiporukka\"" },
  { q: "luistelukoulu", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-055"], note: "\"hiihto- ja luistelukoulu\"" },
  { q: "taidekerho lapsille kuopio", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-070"] },
  { q: "puutarha", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-040", "demo-act-060"], note: "060 is run by Yhteinen Puutarha ry" },
  { q: "mentori", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-054", "demo-act-007"] },
  { q: "perheaamu", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-014"] },
  { q: "sulkapallo", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-003"] },
  { q: "työelämä", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-018", "demo-act-054"] },
  { q: "digituki", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-062", "demo-act-002"] },
  { q: "ruoka-apu", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-072"] },
  { q: "vauva", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-081"], note: "\"vauva- ja taaperoperheille\"" },
  { q: "somaliäidit", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-020"] },
  { q: "soveltava liikunta", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-051"] },
  { q: "viljelypalstat lahti", locale: "fi", lang: "fi", category: "compound", expect: ["demo-act-060"] },
  { q: "svenskakurs borgå", locale: "sv", lang: "sv", category: "compound", expect: ["demo-act-032"] },
  { q: "cykel kvinnor jakobstad", locale: "sv", lang: "sv", category: "compound", expect: ["demo-act-030"] },
  { q: "vänpar", locale: "sv", lang: "sv", category: "compound", expect: ["demo-act-035"] },

  // ── no diacritics: ä, ö, å typed as a, o ────────────────────────────────────────────
  { q: "naisten kavelyporukka", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-084"] },
  { q: "kasityopiiri", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-021"] },
  { q: "tyonhakupaja", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-016"] },
  { q: "perhekahvila seinajoki", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-058"] },
  { q: "hameenlinna aidit", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-046"] },
  { q: "jyvaskyla juoksu", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-056"], note: "also across languages: the notice says \"running group\"" },
  { q: "sprakcafe vasa", locale: "sv", lang: "sv", category: "no-diacritics", expect: ["demo-act-025"] },
  { q: "laxhjalp", locale: "sv", lang: "sv", category: "no-diacritics", expect: ["demo-act-028"] },
  { q: "sytraffar narpes", locale: "sv", lang: "sv", category: "no-diacritics", expect: ["demo-act-029"] },
  { q: "motesplats ekenas", locale: "sv", lang: "sv", category: "no-diacritics", expect: ["demo-act-034"] },
  { q: "yrittajyys", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-057"] },
  { q: "alypuhelin kurssi", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-047"] },
  { q: "pyorailykoulu", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-030"] },
  { q: "tyoelamainfo", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-018"] },
  { q: "rovaniemi lumikenkaily", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-082"] },
  { q: "lasten liikuntakerho kivisto", locale: "fi", lang: "fi", category: "no-diacritics", expect: ["demo-act-022"] },

  // ── typo: one or two letters wrong ──────────────────────────────────────────────────
  { q: "somailksi läksyapu", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-092"] },
  { q: "liikunatkerho", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-022"] },
  { q: "luncthime finnish", locale: "en", lang: "en", category: "typo", expect: ["demo-act-091"] },
  { q: "kielikahvial lahti", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-061"] },
  { q: "digipja", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-002"] },
  { q: "viittomakeli", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-006", "demo-act-052"] },
  { q: "läksyprakki", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-011"] },
  { q: "perhekahvial seinäjoki", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-058"] },
  { q: "työnhakupja", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-016"] },
  { q: "mentorionti jyväskylä", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-054"] },
  { q: "språkkafe vasa", locale: "sv", lang: "sv", category: "typo", expect: ["demo-act-025"] },
  { q: "cykleskola", locale: "sv", lang: "sv", category: "typo", expect: ["demo-act-030"] },
  { q: "recuiters career", locale: "en", lang: "en", category: "typo", expect: ["demo-act-007"] },
  { q: "snowshoing rovaniemi", locale: "en", lang: "en", category: "typo", expect: ["demo-act-082"] },
  { q: "beginers running group", locale: "en", lang: "en", category: "typo", expect: ["demo-act-056"] },
  { q: "консультацыи kela", locale: "ru", lang: "ru", category: "typo", expect: ["demo-act-065"] },
  { q: "hiihokoulu", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-055"] },
  { q: "sählyvouro", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-078"] },
  { q: "kuntosaali naiset turku", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-038"] },
  { q: "yhteisöpuutraha", locale: "fi", lang: "fi", category: "typo", expect: ["demo-act-040"] },
];
