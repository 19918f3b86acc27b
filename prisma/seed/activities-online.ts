// Demo online activities (published). Nationwide ones serve no particular municipality.
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";

export const onlineActivities: SeedActivity[] = [
  {
    id: "demo-act-086",
    organisationId: ORG.digiluotsi,
    originalLanguage: "fi",
    themes: ["digital", "health", "society"],
    targetGroups: ["newcomers", "everyone"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ru", "uk", "fa"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://digiluotsi.example.fi/verkkokurssi/liity",
    registration: { url: "https://digiluotsi.example.fi/verkkokurssi" },
    acceptsReferrals: true,
    contact: { name: "Olena Virtanen", email: "verkkokurssi@digiluotsi.example.fi", phone: "044 120 3030" },
    course: { startDay: 10, endDay: 38 },
    slots: ["tue 10:00-11:30"],
    dates: { validDays: 40 },
    translations: {
      fi: {
        title: "Verkkokurssi: OmaKanta ja Kelan asiointi tutuiksi",
        summary: "Neljän kerran verkkokurssi, jolla opit käyttämään OmaKantaa ja Kelan verkkopalvelua. Osallistu kotoa omalla koneella tai puhelimella.",
        description:
          "Kurssilla katsotaan yhdessä, miten OmaKannassa näet reseptit, laboratoriotulokset ja rokotukset ja miten Kelan verkkopalvelussa haetaan etuuksia ja lähetetään liitteitä. Opettaja jakaa näyttönsä ja etenee hitaasti, ja osallistujat voivat kysyä puheella tai chatissa. Jokaisella kerralla on tulkki arabiaksi, somaliksi, venäjäksi, ukrainaksi ja persiaksi erillisissä huoneissa. Tarvitset laitteen, jossa on kaiutin ja mikrofoni, sekä pankkitunnukset tai mobiilivarmenteen harjoituksiin. Saat kurssin jälkeen tiivistelmän selkosuomeksi.",
        howToJoin: "Ilmoittaudu verkkosivulla, niin saat liittymislinkin ja ohjeet sähköpostiin. Myös ohjaajat voivat ilmoittaa asiakkaansa.",
        integrationSupport:
          "Terveys- ja Kela-asiat ovat Suomessa pitkälti verkossa. Kun osaat käyttää palveluja itse, saat tiedon nopeammin ja pystyt huolehtimaan itsestäsi ja perheestäsi.",
        scheduleNote: "Neljä kertaa tiistaisin.",
      },
      ar: {
        title: "دورة عبر الإنترنت: التعرّف على OmaKanta وخدمات Kela الإلكترونية",
        summary: "دورة من أربع جلسات عبر الإنترنت تتعلّم فيها استخدام OmaKanta وخدمة Kela الإلكترونية. شارك من بيتك بحاسوبك أو هاتفك.",
        description:
          "نتعرّف معاً في الدورة على كيفية رؤية الوصفات الطبية ونتائج التحاليل والتطعيمات في OmaKanta، وكيفية تقديم طلبات الإعانات وإرسال المرفقات في خدمة Kela الإلكترونية. تعرض المعلمة شاشتها وتتقدّم ببطء، ويمكن للمشاركين طرح الأسئلة بالصوت أو في الدردشة. في كل جلسة يتوفر مترجم إلى العربية والصومالية والروسية والأوكرانية والفارسية في غرف منفصلة. تحتاج إلى جهاز فيه سماعة وميكروفون، وإلى معرّفات مصرفية أو شهادة هاتف محمول للتمارين. ستحصل بعد الدورة على ملخّص بلغة فنلندية مبسّطة.",
        howToJoin: "سجّل على الموقع الإلكتروني ليصلك رابط المشاركة والتعليمات بالبريد الإلكتروني. يمكن للمرشدين أيضاً تسجيل المراجعين.",
        integrationSupport:
          "معظم أمور الصحة وKela في فنلندا تتم عبر الإنترنت. عندما تتقن استخدام هذه الخدمات بنفسك تحصل على المعلومات أسرع وتستطيع الاعتناء بنفسك وبعائلتك.",
        scheduleNote: "أربع جلسات أيام الثلاثاء.",
      },
    },
  },
  {
    id: "demo-act-087",
    organisationId: ORG.sanasampo,
    originalLanguage: "fi",
    themes: ["language"],
    targetGroups: ["job-seekers", "students"],
    forms: ["course"],
    languages: ["fi"],
    finnishLevel: "SOME",
    mode: "ONLINE",
    nationwide: true,
    isFree: false,
    onlineUrl: "https://sanasampo.example.fi/verkkotunnit",
    registration: { url: "https://sanasampo.example.fi/kurssit/puhumisen-tehokurssi" },
    contact: { name: "Elina Räsänen", email: "asiakaspalvelu@sanasampo.example.fi", phone: "09 412 5500" },
    course: { startDay: 24, endDay: 80 },
    slots: ["mon 19:00-20:30", "thu 19:00-20:30"],
    dates: { validDays: 80 },
    translations: {
      fi: {
        title: "Puhumisen tehokurssi verkossa, suomi A2–B1",
        summary: "Kahdeksan viikon verkkokurssi niille, jotka ymmärtävät jo suomea mutta haluavat puhua sujuvammin. Paljon keskustelua pienryhmissä.",
        description:
          "Kurssilla harjoitellaan tilanteita, joissa moni jännittää: työhaastattelua, puhelua lääkäriin, palaveria töissä ja small talkia kahvihuoneessa. Jokaisella tunnilla on lyhyt teoriaosuus ja pitkä keskusteluosuus 3–4 hengen ryhmissä. Opettaja antaa jokaiselle henkilökohtaista palautetta ääntämisestä. Kurssi sopii myös YKI-testiin valmistautuville. Tarvitset tietokoneen tai tabletin, jossa on kamera ja mikrofoni.",
        howToJoin: "Ilmoittaudu verkkosivulla. Ennen kurssia teemme lyhyen tasotestin puhelimessa.",
        integrationSupport:
          "Sujuva puhuminen on monelle viimeinen este työllistymiselle Suomessa. Kurssi antaa varmuutta käyttää suomea työelämässä ja viranomaisten kanssa.",
        costNote: "180 € / 8 viikkoa. Maksun voi jakaa kahteen erään.",
      },
    },
  },
  {
    id: "demo-act-088",
    organisationId: ORG.tampere,
    originalLanguage: "fi",
    themes: ["education", "language", "society"],
    targetGroups: ["newcomers"],
    forms: ["event", "guidance"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ru", "uk", "fa", "en"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    alsoServes: ["837", "211", "536"],
    onlineUrl: "https://tampere.example.fi/kotoutuminen/verkkoinfo",
    acceptsReferrals: true,
    contact: { name: "Sanna Kivelä", email: "neuvonta@tampere.example.fi", phone: "040 200 1101" },
    slots: ["wed 13:00-14:00 /2"],
    translations: {
      fi: {
        title: "Verkkoinfo: näin haet kotoutumiskoulutukseen Tampereen seudulla",
        summary: "Tunnin mittainen verkkoinfo kotoutumiskoulutuksesta Tampereella, Kangasalla ja Nokialla. Infot tulkataan kuudelle kielelle.",
        description:
          "Infossa käydään läpi, kuka voi saada kotoutumissuunnitelman, miten alkukartoitus tehdään ja millaisia kotoutumiskoulutuksia on tarjolla. Kerromme myös, miten opiskelu vaikuttaa Kelan etuuksiin ja miten pienten lasten vanhemmat voivat opiskella. Tulkit ovat mukana arabiaksi, somaliksi, venäjäksi, ukrainaksi, persiaksi ja englanniksi omissa kanavissaan. Voit osallistua puhelimella ilman kameraa. Tallennetta ei tehdä, jotta kysymyksiä voi esittää vapaasti.",
        howToJoin: "Avaa linkki kaupungin verkkosivuilta infon alkaessa. Ilmoittautumista ei tarvita.",
        integrationSupport:
          "Kotoutumiskoulutus on tärkein väylä suomen kielen ja yhteiskuntatiedon oppimiseen. Infon jälkeen tiedät, mitä sinun kannattaa tehdä seuraavaksi.",
        scheduleNote: "Joka toinen keskiviikko.",
      },
    },
  },
  {
    id: "demo-act-089",
    organisationId: ORG.kompassi,
    originalLanguage: "fi",
    themes: ["work"],
    targetGroups: ["job-seekers"],
    forms: ["mentoring", "workshop"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "GOOD",
    mode: "ONLINE",
    alsoServes: ["179", "297", "743"],
    onlineUrl: "https://kompassi.example.fi/haastatteluharjoitus",
    registration: { url: "https://kompassi.example.fi/varaa-harjoitus" },
    acceptsReferrals: true,
    contact: { name: "Tiina Hyvönen", email: "mentorointi@kompassi.example.fi", phone: "050 700 8090" },
    slots: ["thu 16:00-17:30"],
    translations: {
      fi: {
        title: "Etämentorointi: harjoittele työhaastattelua verkossa",
        summary: "Varaa 30 minuutin harjoitushaastattelu vapaaehtoisen rekrytoijan kanssa videoyhteydellä. Saat palautteen heti.",
        description:
          "Vapaaehtoiset mentorit ovat rekrytoijia ja esihenkilöitä eri aloilta. Ennen harjoitusta kerrot, millaiseen työhön olet hakemassa, ja mentori valmistelee kysymykset sen mukaan. Haastattelun jälkeen käydään läpi, mikä meni hyvin ja mitä kannattaa harjoitella. Harjoitus tehdään suomeksi, joten tarvitset vähintään keskitason suomen kielen taidon; palautteen voi tarvittaessa saada myös englanniksi. Tarvitset laitteen, jossa on kamera ja mikrofoni, sekä rauhallisen paikan.",
        howToJoin: "Varaa aika verkkosivulta. Saat liittymislinkin sähköpostiin.",
        integrationSupport:
          "Haastattelu on monelle jännittävin vaihe työnhaussa. Harjoitus antaa varmuutta kertoa osaamisestaan suomeksi ja opettaa, mitä suomalaiset työnantajat haluavat kuulla.",
      },
    },
  },
  {
    id: "demo-act-090",
    organisationId: ORG.alwaha,
    originalLanguage: "ar",
    themes: ["education", "family"],
    targetGroups: ["families"],
    forms: ["event", "guidance"],
    languages: ["ar"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://alwaha.example.org/online",
    contact: { name: "Rania Saleh", email: "rania.saleh@alwaha.example.org", phone: "045 611 2345" },
    slots: ["sun 19:00-20:30 /2"],
    translations: {
      ar: {
        title: "أمسيات أولياء الأمور عبر الإنترنت: كيف تعمل المدرسة الفنلندية؟",
        summary: "لقاءات عبر الإنترنت مرة كل أسبوعين لأولياء الأمور الناطقين بالعربية في كل أنحاء فنلندا. نشرح النظام المدرسي ونجيب عن أسئلتكم.",
        description:
          "في كل أمسية نتناول موضوعاً واحداً: الروضة والتعليم ما قبل المدرسي، والمرحلة الأساسية، وبرنامج Wilma، والتقييم والشهادات، والانتقال إلى الثانوية أو التعليم المهني. تقدّم الأمسيات معلمة عربية تعمل في مدرسة فنلندية منذ أكثر من عشر سنوات، ويشارك أحياناً مرشد دراسي أو أخصائي نفسي مدرسي. يمكن طرح الأسئلة بالصوت أو كتابةً، ويمكن المشاركة بالهاتف دون تشغيل الكاميرا. لا نسجّل اللقاءات حفاظاً على الخصوصية.",
        howToJoin: "افتح الرابط على موقعنا في الموعد المحدد، لا حاجة للتسجيل.",
        integrationSupport:
          "عندما يفهم الأهل المدرسة الفنلندية يستطيعون دعم أبنائهم ومتابعة دراستهم والتواصل مع المعلمين بثقة، مما يساعد الأطفال على النجاح.",
        scheduleNote: "مرة كل أسبوعين يوم الأحد.",
      },
      fi: {
        title: "Vanhempainillat verkossa arabiaksi: miten suomalainen koulu toimii?",
        summary: "Joka toinen viikko järjestettävät verkkotapaamiset arabiaa puhuville vanhemmille koko Suomessa. Kerromme koulujärjestelmästä ja vastaamme kysymyksiin.",
        description:
          "Jokaisessa illassa on yksi aihe: varhaiskasvatus ja esiopetus, perusopetus, Wilma, arviointi ja todistukset sekä siirtyminen lukioon tai ammatilliseen koulutukseen. Illat vetää arabiankielinen opettaja, joka on työskennellyt suomalaisessa koulussa yli kymmenen vuotta, ja välillä mukana on opinto-ohjaaja tai koulupsykologi. Kysymyksiä voi esittää puheella tai kirjoittamalla, ja mukaan voi tulla puhelimella ilman kameraa. Tapaamisia ei tallenneta yksityisyyden vuoksi.",
        howToJoin: "Avaa linkki verkkosivuillamme tapaamisen alkaessa, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Kun vanhemmat ymmärtävät suomalaisen koulun, he voivat tukea lapsiaan, seurata opintoja ja olla yhteydessä opettajiin varmemmin, mikä auttaa lapsia menestymään.",
        scheduleNote: "Joka toinen sunnuntai.",
      },
    },
  },
  {
    id: "demo-act-091",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["language"],
    targetGroups: ["newcomers", "everyone"],
    forms: ["language-cafe"],
    languages: ["fi", "en"],
    finnishLevel: "SOME",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://espoohub.example.org/lunch-finnish",
    contact: { name: "Priya Raman", email: "finnishclub@espoohub.example.org" },
    slots: ["wed 12:00-12:45"],
    translations: {
      en: {
        title: "Lunchtime Finnish: online speaking practice",
        summary: "A 45-minute video call every Wednesday lunchtime to practise Finnish in small breakout rooms. Join from work or home, camera optional.",
        description:
          "Each session has one everyday theme, announced in advance, with a short list of useful words. A volunteer host opens the call in Finnish, then we move into breakout rooms of three or four people for about 30 minutes. Hosts are native Finnish speakers and advanced learners who remember what it is like to start. You need to know some basics, for example after an A1 course. Eat your lunch while you listen if you like; nobody minds.",
        howToJoin: "Open the link on our website at 12:00. No registration needed.",
        integrationSupport:
          "Short, regular practice keeps your Finnish alive even if you work in English. You also meet learners from all over Finland and share study tips.",
      },
    },
  },
  {
    id: "demo-act-092",
    organisationId: ORG.xiddigta,
    originalLanguage: "so",
    themes: ["education"],
    targetGroups: ["children", "youth", "students"],
    forms: ["homework-help"],
    languages: ["so", "fi"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://xiddigta.example.org/online-casharro",
    registration: { phone: "044 781 3303" },
    ageMin: 10,
    ageMax: 18,
    contact: { name: "Fadumo Hirsi", email: "casharro@xiddigta.example.org", phone: "044 781 3303" },
    slots: ["mon 18:00-19:30", "wed 18:00-19:30"],
    pauses: ["christmas", "summer"],
    translations: {
      so: {
        title: "Caawinta casharrada online – Finland oo dhan",
        summary: "Caawin casharrada guriga ah oo online ah oo loogu talagalay ardayda 10 ilaa 18 jir ah, meel kasta oo Finland ah. Macallimiin ku hadla af-Soomaali iyo af-Finnish.",
        description:
          "Isniinta iyo Arbacada, ardaydu waxay ku biiri karaan wicitaan fiidiyow ah oo ay ka helaan caawin xisaab, af-Finnish, Ingiriis iyo cilmiga. Arday kasta waxaa la geliyaa qol gaar ah oo uu la joogo macallin ama arday jaamacadeed. Waxaad u baahan tahay kumbiyuutar, tablet ama telefoon leh makarafoon, iyo buugaagtaada iskuulka. Waalidku waxay la hadli karaan macallimiinta dhammaadka fiidka.",
        howToJoin: "Wac ama fariin u dir Fadumo 044 781 3303 si aad isu diiwaangeliso. Kadib waxaad heleysaa linkiga.",
        integrationSupport:
          "Caawinta casharradu waxay ka caawisaa ardayda inay ku guuleystaan iskuulka oo ay u gudbaan waxbarasho sare. Waxay sidoo kale xoojisaa af-Finnishka iyo af-Soomaaliga labadaba.",
        scheduleNote: "Caawinta ma jirto fasaxa kirismaska iyo xagaaga.",
      },
      fi: {
        title: "Läksyapu verkossa somaliksi ja suomeksi – koko Suomi",
        summary: "Etäläksyapua 10–18-vuotiaille koululaisille kaikkialla Suomessa. Opettajat puhuvat somalia ja suomea.",
        description:
          "Maanantaisin ja keskiviikkoisin oppilaat voivat liittyä videopuheluun ja saada apua matematiikkaan, suomeen, englantiin ja luonnontieteisiin. Jokainen oppilas ohjataan omaan huoneeseen opettajan tai yliopisto-opiskelijan kanssa. Tarvitset tietokoneen, tabletin tai puhelimen, jossa on mikrofoni, sekä koulukirjat. Vanhemmat voivat jutella opettajien kanssa illan lopuksi.",
        howToJoin: "Ilmoittaudu soittamalla tai lähettämällä viesti Fadumolle numeroon 044 781 3303. Saat linkin ilmoittautumisen jälkeen.",
        integrationSupport:
          "Läksyapu auttaa oppilaita menestymään koulussa ja jatkamaan opintoihin. Samalla vahvistuvat sekä suomen että somalin kieli.",
        scheduleNote: "Ei läksyapua joulu- ja kesälomalla.",
      },
    },
  },
  {
    id: "demo-act-093",
    organisationId: ORG.soniashnyk,
    originalLanguage: "uk",
    themes: ["society", "work"],
    targetGroups: ["newcomers", "job-seekers"],
    forms: ["guidance"],
    languages: ["uk"],
    supportLanguages: ["fi", "ru"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    alsoServes: ["297", "491"],
    onlineUrl: "https://soniashnyk.example.org/konsultatsii",
    registration: { url: "https://soniashnyk.example.org/zapys" },
    acceptsReferrals: true,
    contact: { name: "Oksana Melnyk", email: "kuopio@soniashnyk.example.org", phone: "041 223 9081" },
    slots: ["thu 18:00-19:30"],
    translations: {
      uk: {
        title: "Онлайн-консультації: робота, Kela та служби зайнятості",
        summary: "Індивідуальні онлайн-консультації українською для жителів Куопіо та Міккелі. Допомагаємо з питаннями роботи, пособій і документів.",
        description:
          "Консультантка Оксана допоможе розібратися з листами від Kela та служб зайнятості, скласти резюме фінською, знайти курси мови й підготуватися до зустрічі з фахівцем. Також можна запитати про тимчасовий захист, дозвіл на проживання та реєстрацію в муніципалітеті. Кожна консультація триває близько 20 хвилин через відеозв'язок або телефоном. Підготуйте заздалегідь документи, з якими потрібна допомога. Консультації конфіденційні.",
        howToJoin: "Запишіться на сайті, і ми надішлемо вам посилання та час консультації.",
        integrationSupport:
          "Коли ви розумієте, як працюють фінські служби, легше знайти роботу, отримати потрібні пособія й планувати майбутнє у Фінляндії.",
      },
      fi: {
        title: "Verkkoneuvonta ukrainaksi: työ, Kela ja työllisyyspalvelut",
        summary: "Henkilökohtaista verkkoneuvontaa ukrainaksi Kuopion ja Mikkelin asukkaille. Autamme työhön, etuuksiin ja asiakirjoihin liittyvissä kysymyksissä.",
        description:
          "Neuvoja Oksana auttaa ymmärtämään Kelan ja työllisyyspalvelujen kirjeitä, tekemään suomenkielisen CV:n, löytämään kielikursseja ja valmistautumaan tapaamisiin. Voit kysyä myös tilapäisestä suojelusta, oleskeluluvasta ja kotikuntamerkinnästä. Yksi neuvonta kestää noin 20 minuuttia videoyhteydellä tai puhelimessa. Pidä asiakirjat valmiina. Neuvonta on luottamuksellista.",
        howToJoin: "Varaa aika verkkosivulta, niin lähetämme linkin ja ajan.",
        integrationSupport:
          "Kun ymmärrät, miten suomalaiset palvelut toimivat, on helpompi löytää työtä, saada tarvittavat etuudet ja suunnitella tulevaisuutta Suomessa.",
      },
    },
  },
  {
    id: "demo-act-094",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["language", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["language-cafe"],
    languages: ["sv"],
    supportLanguages: ["en", "fi"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://mosaik.example.fi/sprakcafe-online",
    contact: { name: "Linnea Sjöberg", email: "linnea.sjoberg@mosaik.example.fi" },
    slots: ["mon 19:00-20:00"],
    pauses: ["christmas"],
    translations: {
      sv: {
        title: "Språkcafé på nätet: svenska för nybörjare",
        summary: "Ett språkcafé via videosamtal för dig som vill öva svenska var du än bor i Finland. Nybörjare är särskilt välkomna.",
        description:
          "Vi börjar med några enkla fraser på kvällens tema och delar sedan in oss i små grupper med en frivillig värd. Värdarna talar långsamt och tydligt och kan förklara på engelska eller finska vid behov. Teman är vardagliga: att presentera sig, att handla, väder och fritid. Du kan delta med eller utan kamera. Det enda du behöver är en dator, surfplatta eller telefon med mikrofon.",
        howToJoin: "Öppna länken på vår webbplats kl. 19. Ingen anmälan behövs.",
        integrationSupport:
          "Svenska behövs i många arbeten och studier i Finland, särskilt i tvåspråkiga regioner. Regelbunden övning gör det lättare att börja tala.",
        scheduleNote: "Uppehåll under jullovet.",
      },
    },
  },
  {
    id: "demo-act-095",
    organisationId: ORG.rodnik,
    originalLanguage: "ru",
    themes: ["family", "health"],
    targetGroups: ["families"],
    forms: ["peer-group"],
    languages: ["ru"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    mode: "ONLINE",
    nationwide: true,
    onlineUrl: "https://rodnik.example.org/roditeli",
    registration: { email: "roditeli@rodnik.example.org" },
    acceptsReferrals: true,
    contactBeforeReferral: true,
    contact: { name: "Елена Корхонен", email: "roditeli@rodnik.example.org", phone: "040 765 1025" },
    slots: ["tue 19:00-20:30 /2"],
    translations: {
      ru: {
        title: "Онлайн-группа поддержки для родителей подростков",
        summary: "Группа взаимной поддержки на русском языке для родителей детей 12–18 лет, живущих в Финляндии. Встречи по видеосвязи раз в две недели.",
        description:
          "Подростковый возраст непрост сам по себе, а переезд в новую страну добавляет вопросов: дети быстрее осваивают язык, меняются правила в школе, по-другому устроено общение с учителями и службами. В группе родители делятся опытом и вместе ищут решения. Встречи ведёт семейный психолог Елена, которая живёт в Финляндии больше пятнадцати лет. В группе до десяти участников, всё сказанное остаётся в группе. Камеру можно не включать.",
        howToJoin: "Напишите Елене на электронную почту, и она перезвонит вам для короткого знакомства. Специалистов просим связаться с нами до направления клиента.",
        integrationSupport:
          "Родители узнают, как устроены финская школа, молодёжные и семейные службы, и получают поддержку, чтобы помочь подростку найти своё место в новом обществе.",
        scheduleNote: "Раз в две недели по вторникам.",
      },
    },
  },
];
