// Place names as people type them into the search box, besides the official Finnish and Swedish
// names that search already reads from the database (lib/search/text/places.ts uses both).
// This is reviewed language data: native speakers check it, so change it with a reviewer.
//
// Municipalities (codes as in prisma/data/municipalities.csv, 2020 division):
// - The 61 most populous (down to Pietarsaari): Finnish genitive, inessive or adessive, elative or
//   ablative and illative or allative ("helsingin, helsingissä, helsingistä, helsinkiin";
//   "vantaan, vantaalla, vantaalta, vantaalle"), the Swedish genitive where Swedish speakers use the
//   town's Swedish name ("åbos", "vasas", "borgås"), and, for the largest, the names in Russian and
//   Ukrainian Cyrillic, Arabic and Persian script, Chinese and Estonian where they differ.
// - Every other municipality: the Finnish genitive, and the locative pair (inessive + elative, or
//   adessive + ablative) where the usage is certain. Where it is not, only the genitive is given
//   (Aura, Pyhäranta, Karvia, Merikarvia, Lemi, Tervo, Multia, Teuva, Maalahti, Halsua,
//   Siikalatva, Pyhäntä); Åland's Swedish-named municipalities take the Finnish -ssa/-ssä forms.
// - Left out because the forms are everyday Finnish words (they would turn ordinary words into
//   places): Varkaus (varkaus = theft: varkauden, varkaudessa, varkaudesta, varkauteen; only its
//   Cyrillic name is given), Pello (pellon, pellossa = field), Kolari (kolarin, kolarissa = car
//   crash), Koski Tl (kosken, koskella = rapids), Salla and Simo without the genitive (sallan,
//   simon = the first names Salla, Simon). Rautalampi and Toholampi are left out until a reviewer
//   confirms their forms (rautalammin or rautalammen; rautalammilla or rautalammella).
// - Kept although they are also words, because the town is what people mean in a search: Lahti
//   (lahden, lahdessa... also "bay"), Salo (salon, salossa...), Kotka (kotkan... also "eagle").
// - Regions: the Finnish genitive and the four locatives, the Swedish genitive where common, and
//   the English name where it differs. "Pääkaupunkiseutu" and other informal areas are not
//   regions and are not listed.
// All forms are lower case; search folds them like any text (ä → a, Arabic letter variants).
export type PlaceNames = { code: string; forms: string[] };

/** Municipalities (3-digit code) → the forms people type besides the official Finnish and Swedish names. */
export const MUNICIPALITY_FORMS: readonly PlaceNames[] = [
  // The most populous, by population (2020).
  { code: "091", forms: ["helsingin", "helsingissä", "helsingistä", "helsinkiin", "хельсинки", "гельсінкі", "هلسنكي", "هلسینکی", "هێلسینکی", "赫尔辛基", "helsingi"] }, // Helsinki
  { code: "049", forms: ["espoon", "espoossa", "espoosta", "espooseen", "esbos", "эспоо", "еспоо", "إسبو", "اسپو", "埃斯波"] }, // Espoo
  { code: "837", forms: ["tampereen", "tampereella", "tampereelta", "tampereelle", "тампере", "تامبيري", "تامپره", "坦佩雷"] }, // Tampere
  { code: "092", forms: ["vantaan", "vantaalla", "vantaalta", "vantaalle", "vandas", "вантаа", "فانتا", "وانتا", "万塔"] }, // Vantaa
  { code: "564", forms: ["oulun", "oulussa", "oulusta", "ouluun", "uleåborgs", "оулу", "أولو", "奥卢"] }, // Oulu
  { code: "853", forms: ["turun", "turussa", "turusta", "turkuun", "åbos", "турку", "توركو", "图尔库", "turu"] }, // Turku
  { code: "179", forms: ["jyväskylän", "jyväskylässä", "jyväskylästä", "jyväskylään", "ювяскюля", "于韦斯屈莱"] }, // Jyväskylä
  { code: "297", forms: ["kuopion", "kuopiossa", "kuopiosta", "kuopioon", "куопио", "куопіо", "كوبيو", "库奥皮奥"] }, // Kuopio
  { code: "398", forms: ["lahden", "lahdessa", "lahdesta", "lahteen", "лахти", "лахті", "لاهتي", "拉赫蒂"] }, // Lahti
  { code: "609", forms: ["porin", "porissa", "porista", "poriin", "björneborgs", "пори", "порі", "波里"] }, // Pori
  { code: "286", forms: ["kouvolan", "kouvolassa", "kouvolasta", "kouvolaan", "коувола"] }, // Kouvola
  { code: "167", forms: ["joensuun", "joensuussa", "joensuusta", "joensuuhun", "йоэнсуу", "йоенсуу", "约恩苏"] }, // Joensuu
  { code: "405", forms: ["lappeenrannan", "lappeenrannassa", "lappeenrannasta", "lappeenrantaan", "лаппеенранта", "لابينرانتا", "拉彭兰塔"] }, // Lappeenranta
  { code: "109", forms: ["hämeenlinnan", "hämeenlinnassa", "hämeenlinnasta", "hämeenlinnaan", "хямеэнлинна", "гямеенлінна", "هامينلينا", "海门林纳"] }, // Hämeenlinna
  { code: "905", forms: ["vaasan", "vaasassa", "vaasasta", "vaasaan", "vasas", "вааса", "فاسا", "瓦萨"] }, // Vaasa
  { code: "743", forms: ["seinäjoen", "seinäjoella", "seinäjoelta", "seinäjoelle", "сейняйоки", "сейняйокі", "塞伊奈约基"] }, // Seinäjoki
  { code: "698", forms: ["rovaniemen", "rovaniemellä", "rovaniemeltä", "rovaniemelle", "рованиеми", "рованіемі", "روفانيمي", "罗瓦涅米"] }, // Rovaniemi
  { code: "491", forms: ["mikkelin", "mikkelissä", "mikkelistä", "mikkeliin", "миккели", "міккелі", "ميكيلي", "米凯利"] }, // Mikkeli
  { code: "285", forms: ["kotkan", "kotkassa", "kotkasta", "kotkaan", "котка", "كوتكا", "科特卡"] }, // Kotka
  { code: "734", forms: ["salon", "salossa", "salosta", "saloon"] }, // Salo
  { code: "638", forms: ["porvoon", "porvoossa", "porvoosta", "porvooseen", "borgås", "порвоо", "بورفو", "波尔沃"] }, // Porvoo
  { code: "272", forms: ["kokkolan", "kokkolassa", "kokkolasta", "kokkolaan", "karlebys", "коккола", "科科拉"] }, // Kokkola
  { code: "106", forms: ["hyvinkään", "hyvinkäällä", "hyvinkäältä", "hyvinkäälle", "хювинкяя", "гювінкяя"] }, // Hyvinkää
  { code: "444", forms: ["lohjan", "lohjalla", "lohjalta", "lohjalle", "лохья"] }, // Lohja
  { code: "186", forms: ["järvenpään", "järvenpäässä", "järvenpäästä", "järvenpäähän", "ярвенпяа"] }, // Järvenpää
  { code: "543", forms: ["nurmijärven", "nurmijärvellä", "nurmijärveltä", "nurmijärvelle"] }, // Nurmijärvi
  { code: "257", forms: ["kirkkonummen", "kirkkonummella", "kirkkonummelta", "kirkkonummelle", "kyrkslätts"] }, // Kirkkonummi
  { code: "684", forms: ["rauman", "raumalla", "raumalta", "raumalle"] }, // Rauma
  { code: "858", forms: ["tuusulan", "tuusulassa", "tuusulasta", "tuusulaan"] }, // Tuusula
  { code: "245", forms: ["keravan", "keravalla", "keravalta", "keravalle", "керава"] }, // Kerava
  { code: "205", forms: ["kajaanin", "kajaanissa", "kajaanista", "kajaaniin", "каяани", "каяані", "卡亚尼"] }, // Kajaani
  { code: "202", forms: ["kaarinan", "kaarinassa", "kaarinasta", "kaarinaan"] }, // Kaarina
  { code: "536", forms: ["nokian", "nokialla", "nokialta", "nokialle"] }, // Nokia
  { code: "980", forms: ["ylöjärven", "ylöjärvellä", "ylöjärveltä", "ylöjärvelle"] }, // Ylöjärvi
  { code: "740", forms: ["savonlinnan", "savonlinnassa", "savonlinnasta", "savonlinnaan", "савонлинна", "савонлінна", "萨翁林纳"] }, // Savonlinna
  { code: "211", forms: ["kangasalan", "kangasalla", "kangasalta", "kangasalle"] }, // Kangasala
  { code: "927", forms: ["vihdin", "vihdissä", "vihdistä", "vihtiin"] }, // Vihti
  { code: "694", forms: ["riihimäen", "riihimäellä", "riihimäeltä", "riihimäelle"] }, // Riihimäki
  { code: "710", forms: ["raaseporin", "raaseporissa", "raaseporista", "raaseporiin", "raseborgs"] }, // Raasepori
  { code: "153", forms: ["imatran", "imatralla", "imatralta", "imatralle", "иматра", "іматра"] }, // Imatra
  { code: "680", forms: ["raision", "raisiossa", "raisiosta", "raisioon"] }, // Raisio
  { code: "678", forms: ["raahen", "raahessa", "raahesta", "raaheen"] }, // Raahe
  { code: "790", forms: ["sastamalan", "sastamalassa", "sastamalasta", "sastamalaan"] }, // Sastamala
  { code: "418", forms: ["lempäälän", "lempäälässä", "lempäälästä", "lempäälään"] }, // Lempäälä
  { code: "098", forms: ["hollolan", "hollolassa", "hollolasta", "hollolaan"] }, // Hollola
  { code: "753", forms: ["sipoon", "sipoossa", "sipoosta", "sipooseen", "sibbos"] }, // Sipoo
  { code: "851", forms: ["tornion", "torniossa", "torniosta", "tornioon", "торнио", "торніо", "托尔尼奥"] }, // Tornio
  { code: "749", forms: ["siilinjärven", "siilinjärvellä", "siilinjärveltä", "siilinjärvelle"] }, // Siilinjärvi
  { code: "140", forms: ["iisalmen", "iisalmessa", "iisalmesta", "iisalmeen"] }, // Iisalmi
  { code: "505", forms: ["mäntsälän", "mäntsälässä", "mäntsälästä", "mäntsälään"] }, // Mäntsälä
  { code: "908", forms: ["valkeakosken", "valkeakoskella", "valkeakoskelta", "valkeakoskelle"] }, // Valkeakoski
  { code: "301", forms: ["kurikan", "kurikassa", "kurikasta", "kurikkaan"] }, // Kurikka
  { code: "240", forms: ["kemin", "kemissä", "kemistä", "kemiin", "кеми", "кемі", "凯米"] }, // Kemi
  { code: "915", forms: ["варкаус"] }, // Varkaus
  { code: "423", forms: ["liedon", "liedossa", "liedosta", "lietoon"] }, // Lieto
  { code: "182", forms: ["jämsän", "jämsässä", "jämsästä", "jämsään"] }, // Jämsä
  { code: "075", forms: ["haminan", "haminassa", "haminasta", "haminaan"] }, // Hamina
  { code: "604", forms: ["pirkkalan", "pirkkalassa", "pirkkalasta", "pirkkalaan"] }, // Pirkkala
  { code: "499", forms: ["mustasaaren", "mustasaaressa", "mustasaaresta", "mustasaareen", "korsholms"] }, // Mustasaari
  { code: "529", forms: ["naantalin", "naantalissa", "naantalista", "naantaliin"] }, // Naantali
  { code: "598", forms: ["pietarsaaren", "pietarsaaressa", "pietarsaaresta", "pietarsaareen", "jakobstads", "якобстад"] }, // Pietarsaari
  // The others, by region.
  // Uusimaa
  { code: "434", forms: ["loviisan", "loviisassa", "loviisasta"] }, // Loviisa
  { code: "235", forms: ["kauniaisten", "kauniaisissa", "kauniaisista"] }, // Kauniainen
  { code: "078", forms: ["hangon", "hangossa", "hangosta"] }, // Hanko
  { code: "224", forms: ["karkkilan", "karkkilassa", "karkkilasta"] }, // Karkkila
  { code: "755", forms: ["siuntion", "siuntiossa", "siuntiosta"] }, // Siuntio
  { code: "149", forms: ["inkoon", "inkoossa", "inkoosta"] }, // Inkoo
  { code: "611", forms: ["pornaisten", "pornaisissa", "pornaisista"] }, // Pornainen
  { code: "018", forms: ["askolan", "askolassa", "askolasta"] }, // Askola
  { code: "504", forms: ["myrskylän", "myrskylässä", "myrskylästä"] }, // Myrskylä
  { code: "616", forms: ["pukkilan", "pukkilassa", "pukkilasta"] }, // Pukkila
  { code: "407", forms: ["lapinjärven", "lapinjärvellä", "lapinjärveltä"] }, // Lapinjärvi
  // Varsinais-Suomi
  { code: "430", forms: ["loimaan", "loimaalla", "loimaalta"] }, // Loimaa
  { code: "895", forms: ["uudenkaupungin", "uudessakaupungissa", "uudestakaupungista"] }, // Uusikaupunki
  { code: "445", forms: ["paraisten", "paraisilla", "paraisilta"] }, // Parainen
  { code: "577", forms: ["paimion", "paimiossa", "paimiosta"] }, // Paimio
  { code: "481", forms: ["maskun", "maskussa", "maskusta"] }, // Masku
  { code: "761", forms: ["someron", "somerolla", "somerolta"] }, // Somero
  { code: "400", forms: ["laitilan", "laitilassa", "laitilasta"] }, // Laitila
  { code: "636", forms: ["pöytyän", "pöytyällä", "pöytyältä"] }, // Pöytyä
  { code: "503", forms: ["mynämäen", "mynämäellä", "mynämäeltä"] }, // Mynämäki
  { code: "322", forms: ["kemiönsaaren", "kemiönsaarella", "kemiönsaarelta"] }, // Kemiönsaari
  { code: "704", forms: ["ruskon", "ruskolla", "ruskolta"] }, // Rusko
  { code: "538", forms: ["nousiaisten", "nousiaisissa", "nousiaisista"] }, // Nousiainen
  { code: "019", forms: ["auran"] }, // Aura
  { code: "738", forms: ["sauvon", "sauvossa", "sauvosta"] }, // Sauvo
  { code: "918", forms: ["vehmaan", "vehmaalla", "vehmaalta"] }, // Vehmaa
  { code: "480", forms: ["marttilan", "marttilassa", "marttilasta"] }, // Marttila
  { code: "631", forms: ["pyhärannan"] }, // Pyhäranta
  { code: "833", forms: ["taivassalon", "taivassalossa", "taivassalosta"] }, // Taivassalo
  { code: "561", forms: ["oripään", "oripäässä", "oripäästä"] }, // Oripää
  { code: "304", forms: ["kustavin", "kustavissa", "kustavista"] }, // Kustavi
  // Satakunta
  { code: "214", forms: ["kankaanpään", "kankaanpäässä", "kankaanpäästä"] }, // Kankaanpää
  { code: "886", forms: ["ulvilan", "ulvilassa", "ulvilasta"] }, // Ulvila
  { code: "050", forms: ["euran", "eurassa", "eurasta"] }, // Eura
  { code: "102", forms: ["huittisten", "huittisissa", "huittisista"] }, // Huittinen
  { code: "051", forms: ["eurajoen", "eurajoella", "eurajoelta"] }, // Eurajoki
  { code: "271", forms: ["kokemäen", "kokemäellä", "kokemäeltä"] }, // Kokemäki
  { code: "079", forms: ["harjavallan", "harjavallassa", "harjavallasta"] }, // Harjavalta
  { code: "783", forms: ["säkylän", "säkylässä", "säkylästä"] }, // Säkylä
  { code: "531", forms: ["nakkilan", "nakkilassa", "nakkilasta"] }, // Nakkila
  { code: "181", forms: ["jämijärven", "jämijärvellä", "jämijärveltä"] }, // Jämijärvi
  { code: "230", forms: ["karvian"] }, // Karvia
  { code: "484", forms: ["merikarvian"] }, // Merikarvia
  { code: "608", forms: ["pomarkun", "pomarkussa", "pomarkusta"] }, // Pomarkku
  { code: "747", forms: ["siikaisten", "siikaisissa", "siikaisista"] }, // Siikainen
  // Kanta-Häme
  { code: "061", forms: ["forssan", "forssassa", "forssasta"] }, // Forssa
  { code: "165", forms: ["janakkalan", "janakkalassa", "janakkalasta"] }, // Janakkala
  { code: "082", forms: ["hattulan", "hattulassa", "hattulasta"] }, // Hattula
  { code: "433", forms: ["lopen", "lopella", "lopelta"] }, // Loppi
  { code: "086", forms: ["hausjärven", "hausjärvellä", "hausjärveltä"] }, // Hausjärvi
  { code: "834", forms: ["tammelan", "tammelassa", "tammelasta"] }, // Tammela
  { code: "169", forms: ["jokioisten", "jokioisissa", "jokioisista"] }, // Jokioinen
  { code: "103", forms: ["humppilan", "humppilassa", "humppilasta"] }, // Humppila
  { code: "981", forms: ["ypäjän", "ypäjällä", "ypäjältä"] }, // Ypäjä
  // Pirkanmaa
  { code: "020", forms: ["akaan", "akaassa", "akaasta"] }, // Akaa
  { code: "562", forms: ["oriveden", "orivedellä", "orivedeltä"] }, // Orivesi
  { code: "508", forms: ["mänttä-vilppulan", "mänttä-vilppulassa", "mänttä-vilppulasta"] }, // Mänttä-Vilppula
  { code: "108", forms: ["hämeenkyrön", "hämeenkyrössä", "hämeenkyröstä"] }, // Hämeenkyrö
  { code: "143", forms: ["ikaalisten", "ikaalisissa", "ikaalisista"] }, // Ikaalinen
  { code: "936", forms: ["virtain", "virroilla", "virroilta"] }, // Virrat
  { code: "581", forms: ["parkanon", "parkanossa", "parkanosta"] }, // Parkano
  { code: "635", forms: ["pälkäneen", "pälkäneellä", "pälkäneeltä"] }, // Pälkäne
  { code: "887", forms: ["urjalan", "urjalassa", "urjalasta"] }, // Urjala
  { code: "922", forms: ["vesilahden", "vesilahdella", "vesilahdelta"] }, // Vesilahti
  { code: "702", forms: ["ruoveden", "ruovedellä", "ruovedeltä"] }, // Ruovesi
  { code: "619", forms: ["punkalaitumen", "punkalaitumella", "punkalaitumelta"] }, // Punkalaidun
  { code: "250", forms: ["kihniön", "kihniössä", "kihniöstä"] }, // Kihniö
  { code: "291", forms: ["kuhmoisten", "kuhmoisissa", "kuhmoisista"] }, // Kuhmoinen
  { code: "177", forms: ["juupajoen", "juupajoella", "juupajoelta"] }, // Juupajoki
  // Päijät-Häme
  { code: "111", forms: ["heinolan", "heinolassa", "heinolasta"] }, // Heinola
  { code: "560", forms: ["orimattilan", "orimattilassa", "orimattilasta"] }, // Orimattila
  { code: "016", forms: ["asikkalan", "asikkalassa", "asikkalasta"] }, // Asikkala
  { code: "142", forms: ["iitin", "iitissä", "iitistä"] }, // Iitti
  { code: "316", forms: ["kärkölän", "kärkölässä", "kärkölästä"] }, // Kärkölä
  { code: "781", forms: ["sysmän", "sysmässä", "sysmästä"] }, // Sysmä
  { code: "576", forms: ["padasjoen", "padasjoella", "padasjoelta"] }, // Padasjoki
  { code: "081", forms: ["hartolan", "hartolassa", "hartolasta"] }, // Hartola
  // Kymenlaakso
  { code: "624", forms: ["pyhtään", "pyhtäällä", "pyhtäältä"] }, // Pyhtää
  { code: "935", forms: ["virolahden", "virolahdella", "virolahdelta"] }, // Virolahti
  { code: "489", forms: ["miehikkälän", "miehikkälässä", "miehikkälästä"] }, // Miehikkälä
  // Etelä-Karjala
  { code: "700", forms: ["ruokolahden", "ruokolahdella", "ruokolahdelta"] }, // Ruokolahti
  { code: "831", forms: ["taipalsaaren", "taipalsaarella", "taipalsaarelta"] }, // Taipalsaari
  { code: "441", forms: ["luumäen", "luumäellä", "luumäeltä"] }, // Luumäki
  { code: "580", forms: ["parikkalan", "parikkalassa", "parikkalasta"] }, // Parikkala
  { code: "739", forms: ["savitaipaleen", "savitaipaleella", "savitaipaleelta"] }, // Savitaipale
  { code: "689", forms: ["rautjärven", "rautjärvellä", "rautjärveltä"] }, // Rautjärvi
  { code: "416", forms: ["lemin"] }, // Lemi
  // Etelä-Savo
  { code: "593", forms: ["pieksämäen", "pieksämäellä", "pieksämäeltä"] }, // Pieksämäki
  { code: "178", forms: ["juvan", "juvalla", "juvalta"] }, // Juva
  { code: "507", forms: ["mäntyharjun", "mäntyharjulla", "mäntyharjulta"] }, // Mäntyharju
  { code: "213", forms: ["kangasniemen", "kangasniemellä", "kangasniemeltä"] }, // Kangasniemi
  { code: "681", forms: ["rantasalmen", "rantasalmella", "rantasalmelta"] }, // Rantasalmi
  { code: "623", forms: ["puumalan", "puumalassa", "puumalasta"] }, // Puumala
  { code: "768", forms: ["sulkavan", "sulkavalla", "sulkavalta"] }, // Sulkava
  { code: "097", forms: ["hirvensalmen", "hirvensalmella", "hirvensalmelta"] }, // Hirvensalmi
  { code: "588", forms: ["pertunmaan", "pertunmaalla", "pertunmaalta"] }, // Pertunmaa
  { code: "046", forms: ["enonkosken", "enonkoskella", "enonkoskelta"] }, // Enonkoski
  // Pohjois-Savo
  { code: "420", forms: ["leppävirran", "leppävirralla", "leppävirralta"] }, // Leppävirta
  { code: "402", forms: ["lapinlahden", "lapinlahdella", "lapinlahdelta"] }, // Lapinlahti
  { code: "263", forms: ["kiuruveden", "kiuruvedellä", "kiuruvedeltä"] }, // Kiuruvesi
  { code: "778", forms: ["suonenjoen", "suonenjoella", "suonenjoelta"] }, // Suonenjoki
  { code: "595", forms: ["pielaveden", "pielavedellä", "pielavedeltä"] }, // Pielavesi
  { code: "762", forms: ["sonkajärven", "sonkajärvellä", "sonkajärveltä"] }, // Sonkajärvi
  { code: "925", forms: ["vieremän", "vieremällä", "vieremältä"] }, // Vieremä
  { code: "171", forms: ["joroisten", "joroisissa", "joroisista"] }, // Joroinen
  { code: "204", forms: ["kaavin", "kaavilla", "kaavilta"] }, // Kaavi
  { code: "857", forms: ["tuusniemen", "tuusniemellä", "tuusniemeltä"] }, // Tuusniemi
  { code: "239", forms: ["keiteleen", "keiteleellä", "keiteleeltä"] }, // Keitele
  { code: "921", forms: ["vesannon", "vesannolla", "vesannolta"] }, // Vesanto
  { code: "687", forms: ["rautavaaran", "rautavaaralla", "rautavaaralta"] }, // Rautavaara
  { code: "844", forms: ["tervon"] }, // Tervo
  // Pohjois-Karjala
  { code: "276", forms: ["kontiolahden", "kontiolahdella", "kontiolahdelta"] }, // Kontiolahti
  { code: "422", forms: ["lieksan", "lieksassa", "lieksasta"] }, // Lieksa
  { code: "426", forms: ["liperin", "liperissä", "liperistä"] }, // Liperi
  { code: "260", forms: ["kiteen", "kiteellä", "kiteeltä"] }, // Kitee
  { code: "541", forms: ["nurmeksen", "nurmeksessa", "nurmeksesta"] }, // Nurmes
  { code: "309", forms: ["outokummun", "outokummussa", "outokummusta"] }, // Outokumpu
  { code: "848", forms: ["tohmajärven", "tohmajärvellä", "tohmajärveltä"] }, // Tohmajärvi
  { code: "146", forms: ["ilomantsin", "ilomantsissa", "ilomantsista"] }, // Ilomantsi
  { code: "176", forms: ["juuan", "juuassa", "juuasta"] }, // Juuka
  { code: "607", forms: ["polvijärven", "polvijärvellä", "polvijärveltä"] }, // Polvijärvi
  { code: "707", forms: ["rääkkylän", "rääkkylässä", "rääkkylästä"] }, // Rääkkylä
  { code: "090", forms: ["heinäveden", "heinävedellä", "heinävedeltä"] }, // Heinävesi
  // Keski-Suomi
  { code: "410", forms: ["laukaan", "laukaassa", "laukaasta"] }, // Laukaa
  { code: "992", forms: ["äänekosken", "äänekoskella", "äänekoskelta"] }, // Äänekoski
  { code: "500", forms: ["muuramen", "muuramessa", "muuramesta"] }, // Muurame
  { code: "249", forms: ["keuruun", "keuruulla", "keuruulta"] }, // Keuruu
  { code: "729", forms: ["saarijärven", "saarijärvellä", "saarijärveltä"] }, // Saarijärvi
  { code: "931", forms: ["viitasaaren", "viitasaarella", "viitasaarelta"] }, // Viitasaari
  { code: "172", forms: ["joutsan", "joutsassa", "joutsasta"] }, // Joutsa
  { code: "601", forms: ["pihtiputaan", "pihtiputaalla", "pihtiputaalta"] }, // Pihtipudas
  { code: "226", forms: ["karstulan", "karstulassa", "karstulasta"] }, // Karstula
  { code: "592", forms: ["petäjäveden", "petäjävedellä", "petäjävedeltä"] }, // Petäjävesi
  { code: "892", forms: ["uuraisten", "uuraisissa", "uuraisista"] }, // Uurainen
  { code: "077", forms: ["hankasalmen", "hankasalmella", "hankasalmelta"] }, // Hankasalmi
  { code: "275", forms: ["konneveden", "konnevedellä", "konnevedeltä"] }, // Konnevesi
  { code: "850", forms: ["toivakan", "toivakassa", "toivakasta"] }, // Toivakka
  { code: "495", forms: ["multian"] }, // Multia
  { code: "256", forms: ["kinnulan", "kinnulassa", "kinnulasta"] }, // Kinnula
  { code: "216", forms: ["kannonkosken", "kannonkoskella", "kannonkoskelta"] }, // Kannonkoski
  { code: "312", forms: ["kyyjärven", "kyyjärvellä", "kyyjärveltä"] }, // Kyyjärvi
  { code: "265", forms: ["kivijärven", "kivijärvellä", "kivijärveltä"] }, // Kivijärvi
  { code: "435", forms: ["luhangan", "luhangassa", "luhangasta"] }, // Luhanka
  // Etelä-Pohjanmaa
  { code: "233", forms: ["kauhavan", "kauhavalla", "kauhavalta"] }, // Kauhava
  { code: "408", forms: ["lapuan", "lapualla", "lapualta"] }, // Lapua
  { code: "232", forms: ["kauhajoen", "kauhajoella", "kauhajoelta"] }, // Kauhajoki
  { code: "145", forms: ["ilmajoen", "ilmajoella", "ilmajoelta"] }, // Ilmajoki
  { code: "010", forms: ["alavuden", "alavudella", "alavudelta"] }, // Alavus
  { code: "005", forms: ["alajärven", "alajärvellä", "alajärveltä"] }, // Alajärvi
  { code: "989", forms: ["ähtärin", "ähtärissä", "ähtäristä"] }, // Ähtäri
  { code: "846", forms: ["teuvan"] }, // Teuva
  { code: "152", forms: ["isonkyrön", "isossakyrössä", "isostakyröstä"] }, // Isokyrö
  { code: "300", forms: ["kuortaneen", "kuortaneella", "kuortaneelta"] }, // Kuortane
  { code: "403", forms: ["lappajärven", "lappajärvellä", "lappajärveltä"] }, // Lappajärvi
  { code: "934", forms: ["vimpelin", "vimpelissä", "vimpelistä"] }, // Vimpeli
  { code: "052", forms: ["evijärven", "evijärvellä", "evijärveltä"] }, // Evijärvi
  { code: "759", forms: ["soinin", "soinissa", "soinista"] }, // Soini
  { code: "151", forms: ["isojoen", "isojoella", "isojoelta"] }, // Isojoki
  { code: "218", forms: ["karijoen", "karijoella", "karijoelta"] }, // Karijoki
  // Pohjanmaa
  { code: "893", forms: ["uudenkaarlepyyn", "uudessakaarlepyyssä", "uudestakaarlepyystä"] }, // Uusikaarlepyy
  { code: "545", forms: ["närpiön", "närpiössä", "närpiöstä"] }, // Närpiö
  { code: "399", forms: ["laihian", "laihialla", "laihialta"] }, // Laihia
  { code: "287", forms: ["kristiinankaupungin", "kristiinankaupungissa", "kristiinankaupungista"] }, // Kristiinankaupunki
  { code: "946", forms: ["vöyrin", "vöyrissä", "vöyristä"] }, // Vöyri
  { code: "599", forms: ["pedersören", "pedersöressä", "pedersörestä"] }, // Pedersören kunta
  { code: "288", forms: ["kruunupyyn", "kruunupyyssä", "kruunupyystä"] }, // Kruunupyy
  { code: "440", forms: ["luodon", "luodossa", "luodosta"] }, // Luoto
  { code: "475", forms: ["maalahden"] }, // Maalahti
  { code: "280", forms: ["korsnäsin", "korsnäsissä", "korsnäsistä"] }, // Korsnäs
  { code: "231", forms: ["kaskisten", "kaskisissa", "kaskisista"] }, // Kaskinen
  // Keski-Pohjanmaa
  { code: "217", forms: ["kannuksen", "kannuksessa", "kannuksesta"] }, // Kannus
  { code: "236", forms: ["kaustisen", "kaustisella", "kaustiselta"] }, // Kaustinen
  { code: "924", forms: ["vetelin", "vetelissä", "vetelistä"] }, // Veteli
  { code: "584", forms: ["perhon", "perhossa", "perhosta"] }, // Perho
  { code: "074", forms: ["halsuan"] }, // Halsua
  { code: "421", forms: ["lestijärven", "lestijärvellä", "lestijärveltä"] }, // Lestijärvi
  // Pohjois-Pohjanmaa
  { code: "244", forms: ["kempeleen", "kempeleessä", "kempeleestä"] }, // Kempele
  { code: "977", forms: ["ylivieskan", "ylivieskassa", "ylivieskasta"] }, // Ylivieska
  { code: "305", forms: ["kuusamon", "kuusamossa", "kuusamosta"] }, // Kuusamo
  { code: "208", forms: ["kalajoen", "kalajoella", "kalajoelta"] }, // Kalajoki
  { code: "535", forms: ["nivalan", "nivalassa", "nivalasta"] }, // Nivala
  { code: "425", forms: ["limingan", "limingassa", "limingasta"] }, // Liminka
  { code: "139", forms: ["iin", "iissä", "iistä"] }, // Ii
  { code: "494", forms: ["muhoksen", "muhoksella", "muhokselta"] }, // Muhos
  { code: "615", forms: ["pudasjärven", "pudasjärvellä", "pudasjärveltä"] }, // Pudasjärvi
  { code: "563", forms: ["oulaisten", "oulaisissa", "oulaisista"] }, // Oulainen
  { code: "069", forms: ["haapajärven", "haapajärvellä", "haapajärveltä"] }, // Haapajärvi
  { code: "071", forms: ["haapaveden", "haapavedellä", "haapavedeltä"] }, // Haapavesi
  { code: "859", forms: ["tyrnävän", "tyrnävällä", "tyrnävältä"] }, // Tyrnävä
  { code: "791", forms: ["siikalatvan"] }, // Siikalatva
  { code: "748", forms: ["siikajoen", "siikajoella", "siikajoelta"] }, // Siikajoki
  { code: "626", forms: ["pyhäjärven", "pyhäjärvellä", "pyhäjärveltä"] }, // Pyhäjärvi
  { code: "746", forms: ["sievin", "sievissä", "sievistä"] }, // Sievi
  { code: "832", forms: ["taivalkosken", "taivalkoskella", "taivalkoskelta"] }, // Taivalkoski
  { code: "625", forms: ["pyhäjoen", "pyhäjoella", "pyhäjoelta"] }, // Pyhäjoki
  { code: "785", forms: ["vaalan", "vaalassa", "vaalasta"] }, // Vaala
  { code: "691", forms: ["reisjärven", "reisjärvellä", "reisjärveltä"] }, // Reisjärvi
  { code: "889", forms: ["utajärven", "utajärvellä", "utajärveltä"] }, // Utajärvi
  { code: "317", forms: ["kärsämäen", "kärsämäellä", "kärsämäeltä"] }, // Kärsämäki
  { code: "009", forms: ["alavieskan", "alavieskassa", "alavieskasta"] }, // Alavieska
  { code: "436", forms: ["lumijoen", "lumijoella", "lumijoelta"] }, // Lumijoki
  { code: "630", forms: ["pyhännän"] }, // Pyhäntä
  { code: "483", forms: ["merijärven", "merijärvellä", "merijärveltä"] }, // Merijärvi
  { code: "072", forms: ["hailuodon", "hailuodossa", "hailuodosta"] }, // Hailuoto
  // Kainuu
  { code: "765", forms: ["sotkamon", "sotkamossa", "sotkamosta"] }, // Sotkamo
  { code: "290", forms: ["kuhmon", "kuhmossa", "kuhmosta"] }, // Kuhmo
  { code: "777", forms: ["suomussalmen", "suomussalmella", "suomussalmelta"] }, // Suomussalmi
  { code: "578", forms: ["paltamon", "paltamossa", "paltamosta"] }, // Paltamo
  { code: "105", forms: ["hyrynsalmen", "hyrynsalmella", "hyrynsalmelta"] }, // Hyrynsalmi
  { code: "620", forms: ["puolangan", "puolangassa", "puolangasta"] }, // Puolanka
  { code: "697", forms: ["ristijärven", "ristijärvellä", "ristijärveltä"] }, // Ristijärvi
  // Lappi
  { code: "241", forms: ["keminmaan", "keminmaalla", "keminmaalta"] }, // Keminmaa
  { code: "758", forms: ["sodankylän", "sodankylässä", "sodankylästä"] }, // Sodankylä
  { code: "320", forms: ["kemijärven", "kemijärvellä", "kemijärveltä"] }, // Kemijärvi
  { code: "148", forms: ["inarin", "inarissa", "inarista"] }, // Inari
  { code: "261", forms: ["kittilän", "kittilässä", "kittilästä"] }, // Kittilä
  { code: "976", forms: ["ylitornion", "ylitorniossa", "ylitorniosta"] }, // Ylitornio
  { code: "683", forms: ["ranuan", "ranualla", "ranualta"] }, // Ranua
  { code: "732", forms: ["sallassa", "sallasta"] }, // Salla
  { code: "614", forms: ["posion", "posiolla", "posiolta"] }, // Posio
  { code: "751", forms: ["simossa", "simosta"] }, // Simo
  { code: "845", forms: ["tervolan", "tervolassa", "tervolasta"] }, // Tervola
  { code: "498", forms: ["muonion", "muoniossa", "muoniosta"] }, // Muonio
  { code: "047", forms: ["enontekiön", "enontekiöllä", "enontekiöltä"] }, // Enontekiö
  { code: "890", forms: ["utsjoen", "utsjoella", "utsjoelta"] }, // Utsjoki
  { code: "742", forms: ["savukosken", "savukoskella", "savukoskelta"] }, // Savukoski
  { code: "583", forms: ["pelkosenniemen", "pelkosenniemellä", "pelkosenniemeltä"] }, // Pelkosenniemi
  // Ahvenanmaa
  { code: "478", forms: ["maarianhaminan", "maarianhaminassa", "maarianhaminasta"] }, // Maarianhamina
  { code: "170", forms: ["jomalan", "jomalassa", "jomalasta"] }, // Jomala
  { code: "060", forms: ["finströmin", "finströmissä", "finströmistä"] }, // Finström
  { code: "417", forms: ["lemlandin", "lemlandissa", "lemlandista"] }, // Lemland
  { code: "736", forms: ["saltvikin", "saltvikissa", "saltvikista"] }, // Saltvik
  { code: "076", forms: ["hammarlandin", "hammarlandissa", "hammarlandista"] }, // Hammarland
  { code: "771", forms: ["sundin", "sundissa", "sundista"] }, // Sund
  { code: "043", forms: ["eckerön", "eckerössä", "eckeröstä"] }, // Eckerö
  { code: "062", forms: ["föglön", "föglössä", "föglöstä"] }, // Föglö
  { code: "065", forms: ["getan", "getassa", "getasta"] }, // Geta
  { code: "941", forms: ["vårdön", "vårdössä", "vårdöstä"] }, // Vårdö
  { code: "035", forms: ["brändön", "brändössä", "brändöstä"] }, // Brändö
  { code: "438", forms: ["lumparlandin", "lumparlandissa", "lumparlandista"] }, // Lumparland
  { code: "295", forms: ["kumlingen", "kumlingessa", "kumlingesta"] }, // Kumlinge
  { code: "318", forms: ["kökarin", "kökarissa", "kökarista"] }, // Kökar
  { code: "766", forms: ["sottungan", "sottungassa", "sottungasta"] }, // Sottunga
];

/** Regions (2-digit code) → the same for regions. */
export const REGION_FORMS: readonly PlaceNames[] = [
  { code: "01", forms: ["uudenmaan", "uudellamaalla", "uudeltamaalta", "uudellemaalle", "nylands"] }, // Uusimaa
  { code: "02", forms: ["varsinais-suomen", "varsinais-suomessa", "varsinais-suomesta", "varsinais-suomeen", "egentliga finlands", "southwest finland"] }, // Varsinais-Suomi
  { code: "04", forms: ["satakunnan", "satakunnassa", "satakunnasta", "satakuntaan"] }, // Satakunta
  { code: "05", forms: ["kanta-hämeen", "kanta-hämeessä", "kanta-hämeestä", "kanta-hämeeseen", "tavastia proper"] }, // Kanta-Häme
  { code: "06", forms: ["pirkanmaan", "pirkanmaalla", "pirkanmaalta", "pirkanmaalle", "birkalands"] }, // Pirkanmaa
  { code: "07", forms: ["päijät-hämeen", "päijät-hämeessä", "päijät-hämeestä", "päijät-hämeeseen"] }, // Päijät-Häme
  { code: "08", forms: ["kymenlaakson", "kymenlaaksossa", "kymenlaaksosta", "kymenlaaksoon"] }, // Kymenlaakso
  { code: "09", forms: ["etelä-karjalan", "etelä-karjalassa", "etelä-karjalasta", "etelä-karjalaan", "south karelia"] }, // Etelä-Karjala
  { code: "10", forms: ["etelä-savon", "etelä-savossa", "etelä-savosta", "etelä-savoon", "south savo"] }, // Etelä-Savo
  { code: "11", forms: ["pohjois-savon", "pohjois-savossa", "pohjois-savosta", "pohjois-savoon", "north savo"] }, // Pohjois-Savo
  { code: "12", forms: ["pohjois-karjalan", "pohjois-karjalassa", "pohjois-karjalasta", "pohjois-karjalaan", "north karelia"] }, // Pohjois-Karjala
  { code: "13", forms: ["keski-suomen", "keski-suomessa", "keski-suomesta", "keski-suomeen", "central finland"] }, // Keski-Suomi
  { code: "14", forms: ["etelä-pohjanmaan", "etelä-pohjanmaalla", "etelä-pohjanmaalta", "etelä-pohjanmaalle", "south ostrobothnia"] }, // Etelä-Pohjanmaa
  { code: "15", forms: ["pohjanmaan", "pohjanmaalla", "pohjanmaalta", "pohjanmaalle", "österbottens", "ostrobothnia"] }, // Pohjanmaa
  { code: "16", forms: ["keski-pohjanmaan", "keski-pohjanmaalla", "keski-pohjanmaalta", "keski-pohjanmaalle", "central ostrobothnia"] }, // Keski-Pohjanmaa
  { code: "17", forms: ["pohjois-pohjanmaan", "pohjois-pohjanmaalla", "pohjois-pohjanmaalta", "pohjois-pohjanmaalle", "north ostrobothnia"] }, // Pohjois-Pohjanmaa
  { code: "18", forms: ["kainuun", "kainuussa", "kainuusta", "kainuuseen"] }, // Kainuu
  { code: "19", forms: ["lapin", "lapissa", "lapista", "lappiin", "lapplands", "lapland", "лапландия", "лапландія", "拉普兰"] }, // Lappi
  { code: "21", forms: ["ahvenanmaan", "ahvenanmaalla", "ahvenanmaalta", "ahvenanmaalle", "ålands", "åland islands"] }, // Ahvenanmaa
];
