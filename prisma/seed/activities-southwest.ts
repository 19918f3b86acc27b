// Demo activities in Turku, Pori and Hämeenlinna (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const southwestActivities: SeedActivity[] = [
  {
    id: "demo-act-037",
    organisationId: ORG.turku,
    originalLanguage: "fi",
    themes: ["society"],
    targetGroups: ["newcomers", "asylum-seekers"],
    forms: ["guidance", "event"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ckb", "fa", "uk", "ru"],
    finnishLevel: "NONE",
    places: [V.turKeskusta],
    alsoServes: ["680", "202"],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Katja Heinonen", email: "kotoutuminen@turku.example.fi", phone: "02 330 1001" },
    slots: ["thu 13:00-15:00"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Arjen infot Turussa: asuminen, Kela ja terveyspalvelut",
        summary: "Viikoittainen infotilaisuus uusille turkulaisille. Joka viikko on eri aihe, ja paikalla on tulkkeja usealle kielelle.",
        description:
          "Infoissa käsitellään vuorotellen asumista ja vuokrasopimusta, Kelan etuuksia, terveyspalveluja ja hyvinvointialuetta, kotoutumiskoulutusta sekä lasten koulua ja varhaiskasvatusta. Asiantuntija kertoo aiheesta selkeällä suomella, ja tulkit kääntävät arabiaksi, somaliksi, kurdiksi, persiaksi, ukrainaksi ja venäjäksi. Puheenvuoron jälkeen on aikaa kysymyksille pienryhmissä. Mitään ei tarvitse tuoda mukaan. Tulevien viikkojen aiheet löytyvät ilmoitustaululta ja kaupungin verkkosivuilta.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Ohjaaja voi myös ohjata asiakkaan infoon.",
        integrationSupport:
          "Infoissa opit, miten suomalainen palvelujärjestelmä toimii ja mistä saat apua. Kun tunnet oikeutesi ja velvollisuutesi, arjen asioiden hoitaminen on helpompaa.",
        scheduleNote: "Aiheet vaihtuvat viikoittain. Joulun aikaan ei infoja.",
        easySummary: "Info uusille turkulaisille joka torstai. Aiheita ovat esimerkiksi asunto, Kela ja terveys. Tulkki on paikalla.",
      },
      sv: {
        title: "Vardagsinfo i Åbo: boende, FPA och hälsovård",
        summary: "Ett infotillfälle varje vecka för nya åbobor. Varje vecka har ett nytt tema, och det finns tolkar för flera språk.",
        description:
          "På infotillfällena behandlas i tur och ordning boende och hyresavtal, FPA:s förmåner, hälsovården och välfärdsområdet, integrationsutbildning samt barnens skola och småbarnspedagogik. En sakkunnig berättar om ämnet på tydlig finska, och tolkar översätter till arabiska, somaliska, kurdiska, persiska, ukrainska och ryska. Efter presentationen finns tid för frågor i små grupper. Du behöver inte ta med något. Kommande teman finns på anslagstavlan och på stadens webbplats.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Din handledare kan också hänvisa dig till infotillfället.",
        integrationSupport:
          "Du lär dig hur servicesystemet i Finland fungerar och var du kan få hjälp. När du känner till dina rättigheter och skyldigheter blir vardagen lättare.",
        scheduleNote: "Temana byts varje vecka. Inga infotillfällen under julen.",
      },
      en: {
        title: "Everyday info in Turku: housing, Kela and health services",
        summary: "A weekly info session for new Turku residents. Each week has a different topic, and interpreters are present for several languages.",
        description:
          "Topics rotate between housing and rental agreements, Kela benefits, health services and the wellbeing services county, integration training, and children's school and early childhood education. An expert explains the topic in clear Finnish, and interpreters translate into Arabic, Somali, Kurdish, Persian, Ukrainian and Russian. After the talk there is time for questions in small groups. You don't need to bring anything. Upcoming topics are on the notice board and the city website.",
        howToJoin: "Just come, no registration needed. Your counsellor can also refer you to the session.",
        integrationSupport:
          "You learn how the Finnish service system works and where to get help. Knowing your rights and responsibilities makes everyday life easier.",
        scheduleNote: "Topics change weekly. No sessions over Christmas.",
      },
    },
  },
  {
    id: "demo-act-038",
    organisationId: ORG.kohtaamo,
    originalLanguage: "fi",
    themes: ["sports", "health"],
    targetGroups: ["women"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ckb"],
    finnishLevel: "NONE",
    places: [V.turVarissuo],
    childcare: true,
    genderSpace: "WOMEN",
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Nasrin Karimi", email: "turku@naistenkohtaamo.example.org", phone: "050 412 7790" },
    slots: ["mon 18:00-19:30"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Naisten kuntosali- ja venyttelyvuoro Varissuolla",
        summary: "Ohjattu kuntosalivuoro naisille, jotka haluavat aloittaa liikunnan turvallisesti. Lapsille on hoitaja.",
        description:
          "Ohjaaja Nasrin näyttää, miten kuntosalilaitteita käytetään oikein ja turvallisesti, ja jokainen saa oman helpon ohjelman. Tunnin lopuksi venytellään ja rentoudutaan yhdessä. Vuorolla on vain naisia, ja ovet pidetään suljettuina. Ota mukaan sisäkengät, juomapullo ja pyyhe. Lapset leikkivät hoitajan kanssa asukastuvan leikkihuoneessa.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Säännöllinen liikunta parantaa terveyttä ja mielialaa. Vuorolla opit käyttämään kuntosalia itsenäisesti ja tutustut muihin Varissuon naisiin.",
        easySummary: "Kuntosali naisille maanantaina. Ohjaaja auttaa. Lapsille on hoitaja. Ota mukaan sisäkengät ja vettä.",
      },
    },
  },
  {
    id: "demo-act-039",
    organisationId: ORG.xiddigta,
    originalLanguage: "so",
    themes: ["education", "family"],
    targetGroups: ["children", "youth"],
    forms: ["homework-help"],
    languages: ["so", "fi"],
    finnishLevel: "NONE",
    places: [V.turVarissuo],
    ageMin: 8,
    ageMax: 17,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Fadumo Hirsi", email: "casharro@xiddigta.example.org", phone: "044 781 3303" },
    slots: ["wed 16:00-18:00"],
    pauses: ["christmas", "summer"],
    translations: {
      so: {
        title: "Caawinta casharrada guriga – Varissuo",
        summary: "Caawin casharrada guriga ah oo loogu talagalay carruurta iyo dhallinyarada 8 ilaa 17 jir ah. Macallimiin iyo ardayda jaamacadda ayaa caawiya.",
        description:
          "Arbaca kasta carruurtu waxay la yimaadaan casharradooda: xisaab, af-Finnish, Ingiriis iyo maaddooyinka kale. Mutadawiciinta waa ardayda jaamacadda iyo macallimiin ku hadla af-Soomaali iyo af-Finnish. Waxaa jira qol deggan oo loogu talagalay kuwa u baahan inay diiradda saaraan. Waalidku way joogi karaan oo waxay weydiin karaan su'aalo ku saabsan iskuulka Finland iyo Wilma. Keen buugaagta iskuulka iyo casharrada.",
        howToJoin: "Kaalay goobta, looma baahna is-diiwaangelin.",
        integrationSupport:
          "Caawinta casharradu waxay ka caawisaa carruurta inay ku guuleystaan iskuulka Finland, waxayna xoojisaa kalsoonidooda. Waalidiintuna waxay bartaan sida iskuulka Finland u shaqeeyo.",
        scheduleNote: "Caawinta ma jirto fasaxa kirismaska iyo xagaaga.",
      },
      fi: {
        title: "Läksykerho somalinkielisille perheille Varissuolla",
        summary: "Läksyapua 8–17-vuotiaille lapsille ja nuorille. Apuna on opettajia ja yliopisto-opiskelijoita.",
        description:
          "Joka keskiviikko lapset tuovat mukanaan läksynsä: matematiikan, suomen, englannin ja muut aineet. Vapaaehtoiset ovat yliopisto-opiskelijoita ja opettajia, jotka puhuvat somalia ja suomea. Erillinen hiljainen huone on niille, jotka tarvitsevat rauhaa keskittymiseen. Vanhemmat voivat jäädä paikalle ja kysyä suomalaisesta koulusta ja Wilmasta. Ota mukaan koulukirjat ja läksyt.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Läksyapu auttaa lapsia menestymään suomalaisessa koulussa ja vahvistaa itseluottamusta. Vanhemmat oppivat, miten suomalainen koulu toimii.",
        scheduleNote: "Ei kerhoa joulu- ja kesälomalla.",
      },
    },
  },
  {
    id: "demo-act-040",
    organisationId: ORG.puutarha,
    originalLanguage: "fi",
    themes: ["nature", "volunteering", "social"],
    targetGroups: ["everyone", "families"],
    forms: ["volunteer-work", "club"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "ps"],
    finnishLevel: "NONE",
    places: [V.turRunosmaki],
    accessibility: ["step-free"],
    contact: { name: "Heikki Aalto", email: "turku@yhteinenpuutarha.example.fi", phone: "045 130 4456" },
    slots: ["wed 17:00-19:00", "sat 10:00-13:00"],
    translations: {
      fi: {
        title: "Yhteisöpuutarha Runosmäessä: viljellään yhdessä",
        summary: "Yhteinen kaupunkipuutarha, jossa kasvatetaan vihanneksia, yrttejä ja kukkia eri taustaisten naapureiden kanssa. Kokemusta ei tarvita.",
        description:
          "Puutarhalla kylvetään, kitketään, kastellaan ja korjataan satoa yhdessä. Puutarhuri Heikki neuvoo suomalaisessa ilmastossa viljelyssä, ja osallistujat tuovat mukaan omia siemeniään ja viljelytaitojaan eri puolilta maailmaa. Lauantaisin on yhteinen ruokailu, jossa kokataan puutarhan satoa. Lapset voivat hoitaa omaa pientä lavaansa. Ota mukaan säänmukaiset vaatteet; hanskat ja työkalut löytyvät puutarhalta.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Oman viljelylaatikon voi varata kauden alussa.",
        integrationSupport:
          "Puutarhatyö tuo yhteen naapurit, joilla ei muuten olisi yhteistä kieltä, ja suomen sanasto tarttuu käytännön työssä. Samalla opit vapaaehtoistoiminnasta ja suomalaisesta luontosuhteesta.",
        scheduleNote: "Puutarhakausi on toukokuusta syyskuuhun; talvella tapaamme kerran kuussa sisätiloissa.",
      },
    },
  },
  {
    id: "demo-act-041",
    organisationId: ORG.turku,
    originalLanguage: "en",
    themes: ["work", "society"],
    targetGroups: ["job-seekers", "students"],
    forms: ["event", "guidance"],
    languages: ["en"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.turLinnankatu],
    registration: { url: "https://turku.example.fi/working-life-info" },
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Olli Saarinen", email: "workinglife@turku.example.fi", phone: "02 330 1002" },
    slots: ["tue 16:00-17:30 /2"],
    translations: {
      en: {
        title: "Working in Finland: info evenings for international students and job seekers",
        summary: "Practical evenings in English about finding work in Turku: employment contracts, taxes, trade unions and job-search channels.",
        description:
          "Every other Tuesday, experts from the city's employment services, a trade union and local employers explain one part of Finnish working life. Topics include employment contracts and collective agreements, tax cards and pay slips, unemployment security and how to look for hidden job opportunities. Each evening ends with a short workshop where you can get feedback on your CV or LinkedIn profile. The sessions are especially useful for international students who want to stay in Turku after graduating. Bring your laptop if you want CV feedback.",
        howToJoin: "Register on the city website. The link to the topic list is on the registration page.",
        integrationSupport:
          "You learn your rights and obligations as an employee and how Finnish employers recruit. Meeting local experts and employers builds your network in the Turku region.",
      },
    },
  },
  {
    id: "demo-act-042",
    organisationId: ORG.kohtaamo,
    originalLanguage: "fi",
    themes: ["social", "health"],
    targetGroups: ["women", "newcomers"],
    forms: ["peer-group"],
    languages: ["fi"],
    supportLanguages: ["ar", "ps", "prs", "fa"],
    finnishLevel: "NONE",
    places: [V.pori],
    childcare: true,
    genderSpace: "WOMEN",
    acceptsReferrals: true,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Marjo Lehtonen", email: "pori@naistenkohtaamo.example.org", phone: "050 412 7791" },
    slots: ["tue 12:00-14:00"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Naisten keskusteluryhmä Porissa",
        summary: "Turvallinen ryhmä naisille, jossa puhutaan hyvinvoinnista, arjesta ja naisten oikeuksista Suomessa. Lastenhoito on järjestetty.",
        description:
          "Ryhmässä keskustellaan naisia askarruttavista asioista: jaksamisesta, terveydestä, perheestä, rahasta ja työstä. Välillä vieraana on esimerkiksi terveydenhoitaja, oikeusneuvoja tai työllisyyspalvelujen asiantuntija. Ohjaajina toimivat sosionomi Marjo ja afganistanilaistaustainen vertaisohjaaja, joka puhuu paštua, daria ja persiaa. Keskustelut ovat luottamuksellisia. Lapset ovat hoidossa viereisessä tilassa.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Sosiaali- tai terveydenhuollon työntekijä voi myös ohjata ryhmään.",
        integrationSupport:
          "Ryhmässä saat tietoa omista oikeuksistasi ja palveluista, jotka tukevat naisten ja perheiden hyvinvointia. Saat vertaistukea ja ystäviä, ja suomen kieli vahvistuu keskusteluissa.",
      },
    },
  },
  {
    id: "demo-act-043",
    organisationId: ORG.kipina,
    originalLanguage: "fi",
    themes: ["education", "social"],
    targetGroups: ["youth", "students"],
    forms: ["homework-help", "club"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so"],
    finnishLevel: "SOME",
    places: [V.poriItapuisto],
    alsoServes: ["886"],
    ageMin: 13,
    ageMax: 25,
    accessibility: ["step-free", "quiet-space", "accessible-toilet"],
    contact: { name: "Jani Mattila", email: "pori@kipina.example.fi", phone: "044 505 6064" },
    slots: ["mon 14:30-18:00", "wed 14:30-18:00"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Nuorten talo Pooki: läksyt, opiskelu ja hengailu",
        summary: "Iltapäivän avoin paikka 13–25-vuotiaille: tee läksyt, hae apua opiskeluun tai tule vain hengailemaan.",
        description:
          "Pookissa on läksynurkka, jossa nuorisotyöntekijät ja vapaaehtoiset auttavat koulutehtävissä ja kokeisiin valmistautumisessa. Apua saa myös yhteishakuun, opintotukiasioihin ja ammattikoulun valintaan. Toisessa huoneessa on biljardi, pelit ja sohvat. Ohjaaja Jani tuntee hyvin porilaiset oppilaitokset ja harrastusmahdollisuudet. Välipala on tarjolla, muuta ei tarvitse tuoda.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Nuori saa tukea koulunkäyntiin ja jatko-opintojen suunnitteluun sekä tutustuu muihin porilaisiin nuoriin. Arkinen suomen puhuminen kavereiden kanssa vahvistaa kielitaitoa.",
      },
    },
  },
  {
    id: "demo-act-044",
    organisationId: ORG.kipina,
    originalLanguage: "fi",
    themes: ["sports"],
    targetGroups: ["youth"],
    forms: ["event"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.poriItapuisto],
    ageMin: 13,
    ageMax: 20,
    registration: { phone: "044 505 6064" },
    contact: { name: "Jani Mattila", email: "pori@kipina.example.fi", phone: "044 505 6064" },
    slots: ["sat 12:00-14:00 /2"],
    translations: {
      fi: {
        title: "Lajikokeilut nuorille: kiipeily, uinti ja sähly",
        summary: "Joka toinen lauantai kokeillaan uutta lajia yhdessä porilaisten urheiluseurojen kanssa. Kokeilu on maksuton, ja välineet saa lainaksi.",
        description:
          "Lajikokeiluissa tutustutaan esimerkiksi seinäkiipeilyyn, uintiin, salibandyyn, nyrkkeilyyn ja frisbeegolfiin. Seurojen valmentajat ohjaavat, ja Kipinän nuorisotyöntekijä on aina mukana. Lähdemme yhdessä Pookista, joten kokeilupaikkaa ei tarvitse löytää itse. Ota mukaan liikuntavaatteet ja juomapullo; uintikerroilla myös uimapuku ja pyyhe. Kokeilun jälkeen kerromme, miten lajia voi jatkaa seurassa ja mistä saa tukea harrastusmaksuihin.",
        howToJoin: "Ilmoittaudu tekstiviestillä Janille viimeistään torstaina. Ryhmään mahtuu 12 nuorta.",
        integrationSupport:
          "Lajikokeilut auttavat löytämään oman harrastuksen ja pääsemään mukaan seuratoimintaan, joka on Suomessa tärkeä tapa saada kavereita. Nuori oppii, miten urheiluseurat toimivat.",
      },
    },
  },
  {
    id: "demo-act-045",
    organisationId: ORG.kaarna,
    originalLanguage: "fi",
    themes: ["language", "education"],
    targetGroups: ["newcomers", "stay-at-home-parents"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "SOME",
    places: [V.hml],
    childcare: true,
    registration: { url: "https://kaarna.example.fi/kurssit/suomi-a2", phone: "03 612 3400" },
    acceptsReferrals: true,
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Anu Virtanen", email: "kurssit@kaarna.example.fi", phone: "03 612 3400" },
    course: { startDay: 12, endDay: 110 },
    slots: ["mon 09:00-11:30", "wed 09:00-11:30"],
    dates: { validDays: 110 },
    translations: {
      fi: {
        title: "Suomi A1–A2: maksuton kurssi kotoutujille, lastenhoito paikalla",
        summary: "Kansalaisopiston suomen kielen kurssi niille, jotka osaavat jo vähän suomea. Kurssi on kotoutujille maksuton, ja pienille lapsille on hoito.",
        description:
          "Kurssilla vahvistetaan arjen kielitaitoa: kuullun ymmärtämistä, puhumista ja lyhyiden viestien kirjoittamista. Aiheina ovat muun muassa asuminen, terveys, työ ja harrastukset, ja kurssilla vieraillaan kirjastossa ja torilla. Opettaja Anu on suomi toisena kielenä -opettaja. Alle kouluikäiset lapset ovat hoidossa samassa rakennuksessa. Kurssikirja lainataan opistolta.",
        howToJoin: "Ilmoittaudu verkossa tai soita opiston toimistoon. Työllisyyspalvelut voi ohjata kurssille osana kotoutumissuunnitelmaa.",
        integrationSupport:
          "Kurssi sopii odotusajaksi ennen kotoutumiskoulutusta tai sen jatkoksi. Kielitaidon karttuessa asiointi, työnhaku ja lasten koulun seuraaminen helpottuvat.",
      },
    },
  },
  {
    id: "demo-act-046",
    organisationId: ORG.alwaha,
    originalLanguage: "ar",
    themes: ["family", "health", "social"],
    targetGroups: ["women", "families"],
    forms: ["peer-group"],
    languages: ["ar"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.hmlViipurintie],
    childcare: true,
    genderSpace: "WOMEN",
    acceptsReferrals: true,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Huda Al-Khatib", email: "hameenlinna@alwaha.example.org", phone: "045 611 2346" },
    slots: ["thu 10:00-12:00"],
    pauses: ["summer"],
    translations: {
      ar: {
        title: "لقاء الأمهات في هامينلينا",
        summary: "مجموعة دعم للأمهات الناطقات بالعربية، نتحدث فيها عن صحة العائلة وتربية الأطفال والحياة اليومية في فنلندا. تتوفر رعاية للأطفال.",
        description:
          "تلتقي الأمهات كل خميس لشرب الشاي والحديث في جو آمن وودي. مرة في الشهر تزورنا مختصة، مثل ممرضة من عيادة رعاية الطفل (neuvola) أو معلمة روضة، لتجيب عن أسئلة الأمهات. تدير اللقاء هدى، وهي مرشدة أسرية تتحدث العربية والفنلندية. يلعب الأطفال الصغار مع مربية في الغرفة المجاورة. لا تحتاجين إلى إحضار أي شيء.",
        howToJoin: "تعالي مباشرة، لا حاجة للتسجيل. للاستفسار اتصلي بهدى على الرقم 045 611 2346.",
        integrationSupport:
          "تحصل الأمهات بلغتهن على معلومات عن خدمات الصحة والأسرة في فنلندا، وتتعرّفن على نساء أخريات في المدينة، مما يخفف الشعور بالوحدة.",
        scheduleNote: "توقف خلال الصيف.",
      },
      fi: {
        title: "Arabiankielisten äitien tapaaminen Hämeenlinnassa",
        summary: "Vertaisryhmä arabiaa puhuville äideille: puhutaan perheen terveydestä, lasten kasvatuksesta ja arjesta Suomessa. Lastenhoito on järjestetty.",
        description:
          "Äidit kokoontuvat joka torstai teen ja keskustelun merkeissä turvallisessa ja lämpimässä ilmapiirissä. Kerran kuussa vieraana on asiantuntija, kuten neuvolan terveydenhoitaja tai päiväkodin opettaja, joka vastaa äitien kysymyksiin. Tapaamista vetää perheohjaaja Huda, joka puhuu arabiaa ja suomea. Pienet lapset leikkivät hoitajan kanssa viereisessä huoneessa. Mukaan ei tarvitse tuoda mitään.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Kysymyksiin vastaa Huda numerossa 045 611 2346.",
        integrationSupport:
          "Äidit saavat omalla kielellään tietoa suomalaisista terveys- ja perhepalveluista ja tutustuvat muihin naisiin kaupungissa, mikä vähentää yksinäisyyttä.",
        scheduleNote: "Kesällä tauko.",
      },
    },
  },
  {
    id: "demo-act-047",
    organisationId: ORG.kaarna,
    originalLanguage: "fi",
    themes: ["digital"],
    targetGroups: ["seniors", "newcomers"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["ar", "ru", "uk"],
    finnishLevel: "SOME",
    places: [V.hml],
    isFree: false,
    registration: { phone: "03 612 3400" },
    accessibility: ["step-free", "induction-loop", "accessible-toilet"],
    contact: { name: "Risto Heikkilä", email: "kurssit@kaarna.example.fi", phone: "03 612 3400" },
    course: { startDay: 9, endDay: 51 },
    slots: ["tue 13:00-15:00"],
    dates: { validDays: 50 },
    translations: {
      fi: {
        title: "Älypuhelin haltuun: digitaitojen alkeiskurssi",
        summary: "Rauhallinen kurssi, jolla opit käyttämään älypuhelinta arjen asioihin: viestit, kuvat, pankki ja ajanvaraus.",
        description:
          "Kurssilla edetään pienin askelin omalla puhelimella. Opettelemme soittamaan videopuheluita, lähettämään kuvia, käyttämään pankkisovellusta turvallisesti ja varaamaan ajan terveysasemalle. Käymme läpi myös, miten tunnistaa huijausviestit. Opettaja Risto on kärsivällinen ja selittää selkeällä suomella, ja apuopettaja puhuu arabiaa, venäjää ja ukrainaa. Ota mukaan oma puhelin ja laturi.",
        howToJoin: "Ilmoittaudu soittamalla opiston toimistoon arkisin klo 9–15. Ryhmään mahtuu 10 osallistujaa.",
        integrationSupport:
          "Kun puhelimen käyttö sujuu, voit pitää yhteyttä läheisiin ja hoitaa pankki-, Kela- ja terveysasioita itsenäisesti. Samalla opit digisanastoa suomeksi.",
        costNote: "15 € koko kurssi (6 kertaa). Maksusta voi pyytää vapautusta.",
        easySummary: "Kurssi, jossa opit käyttämään puhelinta. Opit viestit, kuvat ja pankin. Kurssi maksaa 15 euroa. Soita ja ilmoittaudu.",
      },
    },
  },
];
