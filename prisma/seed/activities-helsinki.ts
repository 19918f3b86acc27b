// Demo activities in Helsinki (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const helsinkiActivities: SeedActivity[] = [
  {
    id: "demo-act-001",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["language", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["language-cafe"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so", "ru"],
    finnishLevel: "NONE",
    places: [V.hkiKallio],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Hanna Mäkelä", email: "hanna.makela@silta.example.fi", phone: "040 123 4567" },
    slots: ["tue 17:00-19:00", "thu 13:00-15:00"],
    pauses: ["christmas"],
    dates: { validDays: 150, confirmedDaysAgo: 6, publishedDaysAgo: 120 },
    translations: {
      fi: {
        title: "Kielikahvila Kallio: suomea kahvin äärellä",
        summary: "Rento kielikahvila, jossa harjoittelet suomen puhumista pienissä ryhmissä. Kaikki tasot ovat tervetulleita, myös aivan aloittelijat.",
        description:
          "Kielikahvilassa istutaan pöytäryhmissä, ja jokaisessa pöydässä on suomea äidinkielenään puhuva vapaaehtoinen. Puhumme arjen aiheista: kaupassa asioinnista, säästä, harrastuksista ja lasten koulusta. Aloittelijoiden pöydässä käytetään kuvakortteja, ja tarvittaessa autamme englanniksi, arabiaksi, somaliksi tai venäjäksi. Kahvi, tee ja pulla ovat ilmaisia. Mitään ei tarvitse tuoda mukaan, mutta oma vihko kannattaa ottaa, jos haluat kirjoittaa uusia sanoja muistiin.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Voit tulla myös kesken illan.",
        integrationSupport:
          "Puhut suomea oikeissa keskusteluissa ja saat rohkeutta käyttää kieltä arjessa. Tutustut samalla naapurustosi ihmisiin ja kuulet vinkkejä paikallisista palveluista ja harrastuksista.",
        scheduleNote: "Joulutauon aikana kielikahvila on kiinni.",
        easySummary: "Tule puhumaan suomea. Me juomme kahvia ja puhumme yhdessä. Voit tulla, vaikka osaat vähän suomea. Kahvi on ilmainen.",
      },
      sv: {
        title: "Språkcafé i Berghäll: finska över en kopp kaffe",
        summary: "Ett avslappnat språkcafé där du övar på att tala finska i små grupper. Alla nivåer är välkomna, också nybörjare.",
        description:
          "På språkcaféet sitter vi i bordsgrupper och vid varje bord finns en frivillig som har finska som modersmål. Vi pratar om vardagliga saker: att handla, vädret, fritidsintressen och barnens skola. Vid nybörjarbordet använder vi bildkort, och vid behov hjälper vi till på engelska, arabiska, somaliska eller ryska. Kaffe, te och bulle är gratis. Du behöver inte ta med dig något, men ett eget häfte är bra om du vill skriva upp nya ord.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Du kan också komma mitt under kvällen.",
        integrationSupport:
          "Du talar finska i riktiga samtal och får mod att använda språket i vardagen. Samtidigt lär du känna människor i ditt närområde och får tips om lokala tjänster och fritidsaktiviteter.",
        scheduleNote: "Språkcaféet är stängt under jullovet.",
      },
      en: {
        title: "Kallio Language Café: Finnish over coffee",
        summary: "A relaxed language café where you practise speaking Finnish in small groups. All levels are welcome, including complete beginners.",
        description:
          "We sit in small table groups, and each table has a volunteer who speaks Finnish as their first language. We talk about everyday things: shopping, the weather, hobbies and the children's school. The beginners' table uses picture cards, and if needed we can help in English, Arabic, Somali or Russian. Coffee, tea and a sweet bun are free. You don't need to bring anything, but a notebook is handy if you want to write down new words.",
        howToJoin: "Just drop in, no registration needed. You can also arrive in the middle of the session.",
        integrationSupport:
          "You speak Finnish in real conversations and gain the confidence to use it in daily life. You also get to know people in your neighbourhood and hear tips about local services and hobbies.",
        scheduleNote: "Closed during the Christmas break.",
      },
    },
  },
  {
    id: "demo-act-002",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["digital", "society"],
    targetGroups: ["newcomers", "seniors", "asylum-seekers"],
    forms: ["guidance", "workshop"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ru", "fa"],
    finnishLevel: "SOME",
    places: [V.hkiItakeskus],
    acceptsReferrals: true,
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Jussi Korhonen", email: "digituki@silta.example.fi", phone: "040 123 4568" },
    slots: ["wed 10:00-12:00"],
    translations: {
      fi: {
        title: "Digipaja: Suomi.fi, Kela ja OmaKanta tutuiksi",
        summary: "Avoin digituki, jossa opettelet hoitamaan asioita verkossa omalla puhelimella tai koneella. Ohjaajat auttavat kädestä pitäen.",
        description:
          "Digipajassa harjoitellaan asioita, joita Suomessa hoidetaan yhä useammin verkossa: Kelan hakemuksia, OmaKannan reseptejä, Suomi.fi-viestejä ja ajanvarausta terveysasemalle. Ohjaajina toimii kaksi digitukihenkilöä, joista toinen puhuu arabiaa ja persiaa. Jokainen saa henkilökohtaista apua omaan kysymykseensä. Ota mukaan oma puhelin tai kannettava ja pankkitunnukset, jos sinulla on ne. Emme koskaan kysy salasanojasi tai tunnuslukujasi.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Jos tarvitset tulkin, soita edellisenä päivänä numeroon 040 123 4568.",
        integrationSupport:
          "Kun osaat käyttää sähköisiä palveluja, pystyt hoitamaan Kela-, terveys- ja viranomaisasiasi itse. Samalla opit, miten suomalainen palvelujärjestelmä toimii ja mistä apua saa.",
        easySummary: "Opettele käyttämään puhelinta ja tietokonetta. Me autamme Kelan, OmaKannan ja Suomi.fi-palvelun kanssa. Ota oma puhelin mukaan.",
      },
      ar: {
        title: "ورشة المهارات الرقمية: Suomi.fi وKela وOmaKanta",
        summary: "دعم رقمي مفتوح تتعلّم فيه إنجاز معاملاتك عبر الإنترنت بهاتفك أو حاسوبك. يساعدك المرشدون خطوة بخطوة.",
        description:
          "نتدرّب في الورشة على أمور تُنجَز في فنلندا عبر الإنترنت بشكل متزايد: طلبات Kela، والوصفات الطبية في OmaKanta، ورسائل Suomi.fi، وحجز المواعيد في المركز الصحي. يقود الورشة مرشدان للدعم الرقمي، أحدهما يتحدث العربية والفارسية. يحصل كل مشارك على مساعدة شخصية في سؤاله. أحضر هاتفك أو حاسوبك المحمول ومعرّفاتك المصرفية إن وُجدت. لن نطلب منك أبداً كلمات المرور أو الرموز السرية.",
        howToJoin: "تعال مباشرة، لا حاجة للتسجيل. إذا احتجت إلى مترجم فاتصل في اليوم السابق على الرقم 040 123 4568.",
        integrationSupport:
          "عندما تتقن استخدام الخدمات الإلكترونية تستطيع إنجاز معاملاتك مع Kela والخدمات الصحية والجهات الرسمية بنفسك، وتتعرّف على طريقة عمل نظام الخدمات في فنلندا وأين تجد المساعدة.",
      },
    },
  },
  {
    id: "demo-act-003",
    organisationId: ORG.kohtaamo,
    originalLanguage: "fi",
    themes: ["sports", "health"],
    targetGroups: ["women", "stay-at-home-parents"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["so", "ar", "en"],
    finnishLevel: "NONE",
    places: [V.hkiMyllypuro],
    childcare: true,
    genderSpace: "WOMEN",
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Sari Lindholm", email: "liikunta@naistenkohtaamo.example.org", phone: "050 412 7788" },
    slots: ["fri 10:00-11:30"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Naisten liikuntavuoro: jumppaa ja sulkapalloa",
        summary: "Vain naisille tarkoitettu liikuntavuoro, jossa jumpataan ja pelataan sulkapalloa rennossa porukassa. Lapsille on järjestetty hoito viereisessä tilassa.",
        description:
          "Vuoro alkaa lämmittelyllä ja lyhyellä jumpalla, jonka jälkeen pelataan sulkapalloa tai tehdään kuntopiiriä. Ohjaaja Sari on liikunnanohjaaja, ja mukana on somalia ja arabiaa puhuvia vapaaehtoisia. Salissa on vain naisia, ja ikkunat on peitetty, joten voit liikkua ilman huivia, jos haluat. Ota mukaan sisäkengät tai liiku sukkasillaan, juomapullo ja mukavat vaatteet. Mailat saat lainaksi.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Lastenhoitoon voit tuoda alle kouluikäiset lapset.",
        integrationSupport:
          "Liikunta tukee jaksamista ja terveyttä, ja ryhmässä tutustut muihin naisiin eri puolilta Helsinkiä. Ohjeet annetaan selkeällä suomella, joten opit samalla kehon ja liikkeiden sanastoa.",
        scheduleNote: "Kesätauko kesäkuun puolivälistä elokuun puoliväliin.",
        easySummary: "Liikuntaa vain naisille. Me jumppaamme ja pelaamme sulkapalloa. Lapsille on hoitaja. Tule perjantaina kello 10.",
      },
      so: {
        title: "Jimicsi haweenka: jimicsi iyo badminton",
        summary: "Waqti jimicsi oo haweenka oo keliya loogu talagalay, halkaas oo aan ku sameyno jimicsi iyo badminton. Carruurta waxaa lagu hayaa qol ku dhow.",
        description:
          "Waxaan ku bilaabaynaa kulayn iyo jimicsi gaaban, kadibna waxaan ciyaarnaa badminton ama waxaan sameynaa wareeg jimicsi. Sari waa tababare jimicsi oo xirfad leh, waxaana la joogo mutadawiciin ku hadla af-Soomaali iyo Carabi. Qolka waxaa jooga haween oo keliya, daaqadahana waa la daboolay, sidaa darteed waxaad jimicsi ku sameyn kartaa adigoon masar xiran haddii aad rabto. Keen kabo gudaha ah ama sharabaado, dhalo biyo iyo dhar raaxo leh. Raakitada waa lagu amaahinayaa.",
        howToJoin: "Kaalay, looma baahna is-diiwaangelin. Carruurta aan weli iskuulka gelin waad keeni kartaa.",
        integrationSupport:
          "Jimicsigu wuxuu taageeraa caafimaadka iyo firfircoonida, kooxdana waxaad ku barataa haween kale oo Helsinki ka yimid. Tilmaamaha waxaa lagu bixiyaa af-Finnish fudud, sidaa darteed waxaad baranaysaa erayo cusub.",
        scheduleNote: "Fasaxa xagaaga: bartamaha June ilaa bartamaha August.",
      },
    },
  },
  {
    id: "demo-act-004",
    organisationId: ORG.alwaha,
    originalLanguage: "ar",
    themes: ["education", "family"],
    targetGroups: ["children", "families"],
    forms: ["homework-help", "club"],
    languages: ["ar", "fi"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.hkiKontula],
    ageMin: 7,
    ageMax: 15,
    accessibility: ["step-free"],
    contact: { name: "Rania Saleh", email: "rania.saleh@alwaha.example.org", phone: "045 611 2345" },
    slots: ["sat 11:00-13:00"],
    pauses: ["christmas", "summer"],
    translations: {
      ar: {
        title: "نادي الواجبات المدرسية واللغة العربية في كونتولا",
        summary: "مساعدة في الواجبات المدرسية للأطفال من 7 إلى 15 عاماً، مع نشاطات لتعلّم القراءة والكتابة بالعربية. يعمل النادي كل سبت.",
        description:
          "في الساعة الأولى يساعد متطوعون ومعلمة فنلندية الأطفالَ في واجبات الرياضيات واللغة الفنلندية والمواد الأخرى. في الساعة الثانية نقرأ القصص ونتعلّم الكتابة بالعربية من خلال الألعاب والأغاني. يمكن للأهل البقاء وشرب القهوة والتحدث مع معلمة المدرسة عن النظام المدرسي في فنلندا. يُرجى إحضار كتب المدرسة ودفتر الواجبات. نقدّم وجبة خفيفة مجاناً.",
        howToJoin: "تعالوا مباشرة، لا حاجة للتسجيل. يجب أن يرافق أحدُ الوالدين الأطفالَ دون العاشرة.",
        integrationSupport:
          "ينجح الأطفال في المدرسة الفنلندية بشكل أفضل عندما يحصلون على دعم في الواجبات، ويحافظون في الوقت نفسه على لغتهم الأم. ويتعرّف الأهل على المدرسة الفنلندية وطرق التواصل مع المعلمين عبر Wilma.",
        scheduleNote: "لا يعمل النادي خلال عطلة عيد الميلاد والعطلة الصيفية.",
      },
      fi: {
        title: "Läksy- ja arabiankerho Kontulassa",
        summary: "Läksyapua 7–15-vuotiaille lapsille sekä arabian kielen lukemista ja kirjoittamista. Kerho kokoontuu joka lauantai.",
        description:
          "Ensimmäisen tunnin aikana vapaaehtoiset ja suomalainen opettaja auttavat lapsia matematiikan, suomen kielen ja muiden aineiden läksyissä. Toisella tunnilla luetaan tarinoita ja harjoitellaan arabian kirjoittamista leikkien ja laulujen avulla. Vanhemmat voivat jäädä kahville ja kysyä opettajalta suomalaisesta koulusta. Ota mukaan koulukirjat ja läksyvihko. Tarjoamme pienen välipalan.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita. Alle 10-vuotiaiden mukana tulee olla aikuinen.",
        integrationSupport:
          "Läksyapu auttaa lapsia pärjäämään suomalaisessa koulussa, ja samalla oma äidinkieli vahvistuu. Vanhemmat oppivat tuntemaan suomalaista koulua ja Wilman käyttöä.",
        scheduleNote: "Ei kerhoa joulu- ja kesälomalla.",
      },
    },
  },
  {
    id: "demo-act-005",
    organisationId: ORG.xiddigta,
    originalLanguage: "so",
    themes: ["sports", "social"],
    targetGroups: ["men", "youth"],
    forms: ["club"],
    languages: ["so", "fi"],
    finnishLevel: "NONE",
    places: [V.hkiMyllypuro],
    genderSpace: "MEN",
    ageMin: 16,
    contact: { name: "Abdirahman Warsame", email: "kubadda@xiddigta.example.org", phone: "044 781 3301" },
    slots: ["sun 18:00-20:00"],
    translations: {
      so: {
        title: "Kubadda cagta ragga – Myllypuro",
        summary: "Ciyaar kubadda cagta ah oo toddobaad walba loogu talagalay ragga iyo wiilasha da'doodu ka weyn tahay 16 sano. Dhammaan heerarka waa la soo dhaweynayaa.",
        description:
          "Axad kasta waxaan ku ciyaarnaa kubadda cagta hoolka isboortiga ee Myllypuro. Tababaraha Abdirahman wuxuu qabanqaabiyaa kooxaha, waxaanna ciyaarnaa ciyaaro gaagaaban si qof walba u helo waqti. Ciyaarta kadib waxaan wada fadhiisannaa oo ka wada hadalnaa shaqada, waxbarashada iyo nolosha Finland. Keen kabo gudaha ah, dhar isboorti iyo dhalo biyo. Kubadaha iyo funaanadaha waan haynaa.",
        howToJoin: "Kaalay goobta, looma baahna is-diiwaangelin. Haddii aad su'aal qabtid, wac 044 781 3301.",
        integrationSupport:
          "Ciyaartu waxay isku keentaa rag iyo dhallinyaro kala duwan, waxaadna heleysaa saaxiibo iyo xiriiro cusub. Ka dib ciyaarta waxaan wadaagnaa macluumaad ku saabsan shaqo raadinta iyo TE-palvelut, waxaadna ku tababaran kartaa af-Finnishka.",
      },
      fi: {
        title: "Miesten jalkapallovuoro Myllypurossa",
        summary: "Viikoittainen futsal-vuoro yli 16-vuotiaille miehille ja pojille. Kaikki tasot ovat tervetulleita.",
        description:
          "Pelaamme joka sunnuntai Myllypuron liikuntasalissa. Valmentaja Abdirahman jakaa joukkueet, ja pelit ovat lyhyitä, jotta kaikki pääsevät pelaamaan. Pelien jälkeen jäämme juttelemaan työstä, opiskelusta ja arjesta Suomessa. Ota mukaan sisäpelikengät, urheiluvaatteet ja juomapullo. Pallot ja pelipaidat löytyvät meiltä.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Kysymyksiin vastataan numerossa 044 781 3301.",
        integrationSupport:
          "Vuorolla tapaat eri-ikäisiä miehiä ja saat uusia ystäviä ja verkostoja. Pelin jälkeen jaetaan tietoa työnhausta ja työllisyyspalveluista, ja suomea voi harjoitella rennosti.",
      },
    },
  },
  {
    id: "demo-act-006",
    organisationId: ORG.viittova,
    originalLanguage: "fi",
    themes: ["language", "society"],
    targetGroups: ["disabilities", "newcomers"],
    forms: ["course", "peer-group"],
    languages: ["fse", "fi"],
    supportLanguages: ["en", "ar"],
    finnishLevel: "NONE",
    places: [V.hkiPasila],
    registration: { email: "kurssit@viittovasilta.example.org" },
    acceptsReferrals: true,
    contactBeforeReferral: true,
    accessibility: ["sign-language", "induction-loop", "step-free", "accessible-toilet"],
    contact: { name: "Mira Lahtinen", email: "kurssit@viittovasilta.example.org" },
    course: { startDay: 14, endDay: 98 },
    slots: ["tue 17:00-19:00", "thu 17:00-19:00"],
    dates: { validDays: 110 },
    translations: {
      fi: {
        title: "Suomalaisen viittomakielen alkeet Suomeen muuttaneille",
        summary: "Kurssi kuuroille ja huonokuuloisille maahan muuttaneille, jotka haluavat oppia suomalaista viittomakieltä. Opettajana on kuuro viittomakielen opettaja.",
        description:
          "Kurssilla opitaan suomalaisen viittomakielen perusviittomat, sormiaakkoset ja arjen tilanteissa tarvittavia lauseita. Opettaja on itse kuuro ja on muuttanut Suomeen aikuisena, joten hän tuntee uuden kielen oppimisen haasteet. Jokaisen kerran lopuksi käydään läpi jokin yhteiskunnan aihe, esimerkiksi tulkkipalvelun tilaaminen Kelalta tai asiointi terveysasemalla. Ryhmässä on enintään 10 opiskelijaa. Tiloissa on induktiosilmukka ja hyvä valaistus.",
        howToJoin: "Ilmoittaudu sähköpostilla osoitteeseen kurssit@viittovasilta.example.org. Voit lähettää myös videoviestin viittomakielellä.",
        integrationSupport:
          "Viittomakieli avaa pääsyn tulkkauspalveluihin, kuurojen yhteisöön ja opiskeluun Suomessa. Kurssilla saat myös tietoa oikeuksistasi ja palveluista, jotka kuuluvat kuuroille ja huonokuuloisille.",
        scheduleNote: "Kurssi kestää noin 12 viikkoa, kaksi kertaa viikossa.",
      },
      en: {
        title: "Finnish Sign Language for deaf newcomers: beginners",
        summary: "A course for deaf and hard-of-hearing immigrants who want to learn Finnish Sign Language. The teacher is a deaf sign-language teacher.",
        description:
          "You will learn the basic signs of Finnish Sign Language, the finger alphabet and phrases for everyday situations. The teacher is deaf and moved to Finland as an adult, so she knows how it feels to learn a new language. Each session ends with a topic about Finnish society, such as ordering an interpreter through Kela or visiting a health centre. There are at most 10 students in the group. The room has an induction loop and good lighting.",
        howToJoin: "Register by email at kurssit@viittovasilta.example.org. You can also send a video message in sign language.",
        integrationSupport:
          "Sign language opens the door to interpreting services, the Deaf community and studies in Finland. You will also learn about your rights and the services available to deaf and hard-of-hearing people.",
        scheduleNote: "The course lasts about 12 weeks, twice a week.",
      },
    },
  },
  {
    id: "demo-act-007",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["work", "social"],
    targetGroups: ["job-seekers", "newcomers"],
    forms: ["event", "mentoring"],
    languages: ["en", "fi"],
    finnishLevel: "NONE",
    places: [V.hkiKeskusta],
    registration: { url: "https://espoohub.example.org/career-cafe" },
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Daniel Okafor", email: "careers@espoohub.example.org" },
    slots: ["wed 17:30-19:30 /2"],
    translations: {
      en: {
        title: "Career Café: meet Finnish recruiters and mentors",
        summary: "An informal evening every other week where job seekers meet recruiters, HR people and volunteer mentors. Bring your CV and your questions.",
        description:
          "Each Career Café starts with a short talk by a guest from a Finnish company or the employment services, for example on how Finnish job interviews work or how to use your network. After that you rotate between tables for ten-minute conversations with recruiters and mentors. Many of our mentors moved to Finland themselves and now work in IT, health care, logistics or education. Bring a printed or digital CV; we can also look at your LinkedIn profile. Light snacks are provided.",
        howToJoin: "Register on our website so we can plan the tables. Walk-ins are welcome if there is room.",
        integrationSupport:
          "You learn how recruitment works in Finland and build a professional network, which is often the fastest route to a job here. Many participants have found a mentor or a trainee position through the café.",
        scheduleNote: "Every other Wednesday; dates are listed on the registration page.",
      },
      fi: {
        title: "Urakahvila: tapaa rekrytoijia ja mentoreita",
        summary: "Joka toinen viikko järjestettävä ilta, jossa työnhakijat tapaavat rekrytoijia, HR-ihmisiä ja vapaaehtoisia mentoreita. Ota mukaan CV ja kysymyksesi.",
        description:
          "Ilta alkaa lyhyellä alustuksella, jonka pitää vieras suomalaisesta yrityksestä tai työllisyyspalveluista, esimerkiksi siitä, miten suomalainen työhaastattelu etenee. Sen jälkeen kierretään pöydissä kymmenen minuutin keskusteluissa rekrytoijien ja mentorien kanssa. Moni mentoreistamme on itse muuttanut Suomeen ja työskentelee nyt IT-alalla, hoitoalalla, logistiikassa tai opetuksessa. Ota mukaan CV paperilla tai puhelimessa, voimme katsoa myös LinkedIn-profiiliasi. Tarjolla on pientä purtavaa.",
        howToJoin: "Ilmoittaudu verkkosivuillamme, jotta voimme suunnitella pöydät. Ilman ilmoittautumista pääsee mukaan, jos tilaa on.",
        integrationSupport:
          "Opit, miten rekrytointi Suomessa toimii, ja rakennat ammatillista verkostoa, joka on usein nopein reitti töihin. Moni osallistuja on löytänyt kahvilasta mentorin tai harjoittelupaikan.",
        scheduleNote: "Joka toinen keskiviikko, päivämäärät ilmoittautumissivulla.",
      },
    },
  },
  {
    id: "demo-act-008",
    organisationId: ORG.sanasampo,
    originalLanguage: "fi",
    themes: ["language", "education"],
    targetGroups: ["newcomers", "job-seekers", "students"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.hkiKeskusta],
    isFree: false,
    registration: { url: "https://sanasampo.example.fi/kurssit/a1-ilta", phone: "09 412 5500" },
    accessibility: ["step-free"],
    contact: { name: "Elina Räsänen", email: "asiakaspalvelu@sanasampo.example.fi", phone: "09 412 5500" },
    course: { startDay: 21, endDay: 77 },
    slots: ["mon 18:00-19:30", "wed 18:00-19:30"],
    dates: { validDays: 75 },
    translations: {
      fi: {
        title: "Suomen kielen iltakurssi A1 työssäkäyville",
        summary: "Kahdeksan viikon alkeiskurssi iltaisin niille, jotka eivät pääse päiväsaikaan kotoutumiskoulutukseen. Pieni ryhmä ja paljon puhumista.",
        description:
          "Kurssi on tarkoitettu aloittelijoille, jotka käyvät töissä tai opiskelevat päivisin. Opettelemme esittäytymään, kertomaan työstä ja perheestä, asioimaan kaupassa ja ymmärtämään yksinkertaisia viestejä. Opettaja on suomen kielen opettaja, ja tunneilla puhutaan paljon pareittain. Ryhmässä on enintään 12 opiskelijaa. Kurssimateriaali sisältyy hintaan, ota mukaan vihko ja kynä.",
        howToJoin: "Ilmoittaudu verkossa tai soita asiakaspalveluun arkisin klo 9–15. Paikkoja täytetään ilmoittautumisjärjestyksessä.",
        integrationSupport:
          "Suomen kielen perustaidot helpottavat arkea, työpaikan arkikeskusteluja ja asiointia. Kurssi sopii myös ennen kotoutumiskoulutuksen alkua.",
        costNote: "120 € / 8 viikkoa. Työttömille työnhakijoille ja opiskelijoille 60 €.",
      },
    },
  },
  {
    id: "demo-act-009",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["social", "health", "language"],
    targetGroups: ["seniors"],
    forms: ["club", "peer-group"],
    languages: ["fi", "ru"],
    supportLanguages: ["et", "ru"],
    finnishLevel: "SOME",
    places: [V.hkiMalmi],
    ageMin: 63,
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Tatjana Heikkinen", email: "seniorit@silta.example.fi", phone: "040 123 4569" },
    slots: ["thu 12:00-14:00"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Seniorien kohtaamispaikka Malmilla",
        summary: "Viikoittainen kerho yli 63-vuotiaille: jutellaan, muistellaan ja harjoitellaan suomea kiireettömästi. Mukana on myös venäjää ja viroa puhuvia ohjaajia.",
        description:
          "Kerhossa juodaan kahvia, jutellaan päivän uutisista ja tehdään välillä yhdessä tuolijumppaa. Kerran kuussa vieraana on esimerkiksi terveydenhoitaja, apteekkari tai poliisi, joka kertoo seniorien arjesta Suomessa. Ohjaajat Tatjana ja Kaija puhuvat suomea, venäjää ja viroa. Tila on esteetön, ja siellä on induktiosilmukka. Mitään ei tarvitse tuoda mukaan.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Omainen tai sosiaaliohjaaja voi myös soittaa ja kysyä lisää.",
        integrationSupport:
          "Kerho vähentää yksinäisyyttä ja tuo uusia tuttavia lähiöstä. Vierailijoiden kautta saat tietoa senioripalveluista, terveydenhuollosta ja turvallisuudesta omalla kielelläsi ja selkeällä suomella.",
        easySummary: "Kerho yli 63-vuotiaille. Me juomme kahvia ja puhumme. Voit puhua suomea, venäjää tai viroa. Tule torstaina kello 12.",
      },
    },
  },
  {
    id: "demo-act-010",
    organisationId: ORG.kohtaamo,
    originalLanguage: "fi",
    themes: ["language", "family"],
    targetGroups: ["women", "stay-at-home-parents", "newcomers"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["so", "ar", "ckb", "prs"],
    finnishLevel: "NONE",
    places: [V.hkiVuosaari],
    childcare: true,
    genderSpace: "WOMEN",
    acceptsReferrals: true,
    registration: { phone: "050 412 7789" },
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Outi Salminen", email: "suomi@naistenkohtaamo.example.org", phone: "050 412 7789" },
    slots: ["mon 09:30-11:30", "wed 09:30-11:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Naisten suomen kielen ryhmä Vuosaaressa, lastenhoito paikalla",
        summary: "Suomen kielen ryhmä kotona lasten kanssa oleville naisille. Lapset ovat hoidossa samassa talossa opiskelun ajan.",
        description:
          "Ryhmä on tarkoitettu naisille, jotka eivät vielä ole päässeet kotoutumiskoulutukseen tai ovat kotona pienten lasten kanssa. Opettelemme arjen suomea: neuvolassa asiointia, päiväkodin viestejä, kaupassa käyntiä ja numeroita. Opettajana on suomen kielen opettaja, ja apuna on somalia, arabiaa, kurdia ja daria puhuvia vapaaehtoisia. Lapset ovat koulutettujen lastenhoitajien kanssa viereisessä huoneessa. Kaikki materiaali saadaan ryhmästä.",
        howToJoin: "Soita tai lähetä tekstiviesti Outille numeroon 050 412 7789. Kerro nimesi ja lasten ikä, jotta voimme varata hoitopaikan.",
        integrationSupport:
          "Kielitaito auttaa asioimaan neuvolassa, päiväkodissa ja koulussa itse, ilman tulkkia. Ryhmästä saat myös tietoa siitä, miten voit myöhemmin hakeutua kotoutumiskoulutukseen tai ammattiopintoihin.",
        easySummary: "Suomen kurssi naisille. Lapsille on hoitaja. Me opimme arjen sanoja. Soita Outille ja kerro lasten ikä.",
      },
    },
  },
  {
    id: "demo-act-011",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["education"],
    targetGroups: ["youth", "students"],
    forms: ["homework-help"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "fa", "ckb", "en"],
    finnishLevel: "SOME",
    places: [V.hkiKannelmaki],
    ageMin: 13,
    ageMax: 19,
    accessibility: ["quiet-space"],
    contact: { name: "Ville Nieminen", email: "laksyt@silta.example.fi", phone: "040 123 4570" },
    slots: ["mon 15:00-17:30", "thu 15:00-17:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Nuorten läksyparkki Kannelmäessä",
        summary: "Läksyapua 13–19-vuotiaille yläkoululaisille ja lukio- ja ammattikoululaisille. Apuna on opiskelijavapaaehtoisia eri aloilta.",
        description:
          "Läksyparkissa voit tehdä kotitehtäviä rauhassa ja kysyä apua vapaaehtoisilta, jotka opiskelevat yliopistossa tai ammattikorkeakoulussa. Apua saa erityisesti matematiikkaan, fysiikkaan, suomen kieleen ja englantiin. Voit myös harjoitella kokeisiin tai kirjoittaa hakemuksen kesätöihin. Tilassa on erillinen hiljainen huone keskittymistä varten. Ota mukaan omat kirjat ja tehtävät; välipala on tarjolla.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Voit tulla koulupäivän jälkeen milloin vain aukioloaikana.",
        integrationSupport:
          "Koulumenestys avaa tien jatko-opintoihin. Läksyparkissa tutustut opiskelijoihin, jotka voivat kertoa eri aloista ja opiskelusta Suomessa.",
      },
    },
  },
  {
    id: "demo-act-012",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["society"],
    targetGroups: ["newcomers"],
    forms: ["guidance", "event"],
    languages: ["en"],
    supportLanguages: ["fi", "ru", "es"],
    finnishLevel: "NONE",
    places: [V.hkiPasila],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Maria Gonzalez", email: "info@espoohub.example.org", phone: "050 987 6544" },
    slots: ["sat 10:00-12:00 /2"],
    translations: {
      en: {
        title: "Newcomer Info Morning: Kela, tax card and health care",
        summary: "A practical info morning in English for people who have recently moved to Finland. Ask anything about registering, Kela, taxes and health care.",
        description:
          "Each session covers the first steps after moving: registering at the Digital and Population Data Services Agency, getting a personal identity code, applying for a tax card and understanding what Kela covers. A volunteer with a background in public services explains how to find your health centre and book appointments. The second hour is open questions in small groups. Bring your own documents if you want personal help, but never share your passwords. Coffee and tea are served.",
        howToJoin: "Drop in, no registration needed. Sessions are every other Saturday.",
        integrationSupport:
          "Knowing how the Finnish service system works saves time and stress in your first months. You also meet other newcomers and local volunteers who can point you to language courses and hobbies.",
      },
      fi: {
        title: "Uusien tulijoiden infoaamu: Kela, verokortti ja terveydenhuolto",
        summary: "Käytännöllinen englanninkielinen infoaamu äskettäin Suomeen muuttaneille. Kysy mitä vain rekisteröitymisestä, Kelasta, veroista ja terveydenhuollosta.",
        description:
          "Jokaisella kerralla käydään läpi muuton jälkeiset ensiaskeleet: rekisteröityminen Digi- ja väestötietovirastoon, henkilötunnus, verokortti ja Kelan etuudet. Julkisissa palveluissa työskennellyt vapaaehtoinen kertoo, miten löydät oman terveysasemasi ja varaat ajan. Toisella tunnilla kysymyksiä käydään läpi pienryhmissä. Ota omat asiakirjasi mukaan, jos haluat henkilökohtaista apua, mutta älä koskaan kerro salasanojasi. Tarjolla on kahvia ja teetä.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Infoaamu on joka toinen lauantai.",
        integrationSupport:
          "Kun tiedät, miten suomalainen palvelujärjestelmä toimii, ensimmäiset kuukaudet sujuvat helpommin. Tapaat muita uusia tulijoita ja vapaaehtoisia, jotka vinkkaavat kielikursseista ja harrastuksista.",
      },
    },
  },
];
