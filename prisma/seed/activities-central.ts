// Demo activities in Tampere, Jyväskylä and Seinäjoki (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const centralActivities: SeedActivity[] = [
  {
    id: "demo-act-048",
    organisationId: ORG.tampere,
    originalLanguage: "fi",
    themes: ["society", "work", "education"],
    targetGroups: ["newcomers", "asylum-seekers"],
    forms: ["guidance"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "fa", "ru", "uk", "en", "ckb"],
    finnishLevel: "NONE",
    places: [V.treHervanta],
    alsoServes: ["211", "536"],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Sanna Kivelä", email: "neuvonta@tampere.example.fi", phone: "040 200 1101" },
    slots: ["mon 12:00-15:00", "thu 12:00-15:00"],
    translations: {
      fi: {
        title: "Kotoutumisen neuvontapiste Hervannassa",
        summary: "Maksuton neuvonta Tampereelle muuttaneille: kysy asumisesta, Kelasta, kielikursseista, työnhausta tai lasten koulusta.",
        description:
          "Neuvontapisteessä kaupungin ohjaajat auttavat kaikissa muuttoon ja arkeen liittyvissä kysymyksissä. Voit tulla kysymään esimerkiksi kotoutumiskoulutukseen hakeutumisesta, Kelan päätöksestä, vuokrasopimuksesta tai siitä, miten lapsi pääsee kouluun. Ohjaajat puhuvat suomea, englantia, arabiaa ja venäjää, ja muille kielille tilataan tarvittaessa puhelintulkki. Ota mukaan asiaan liittyvät paperit ja henkilöllisyystodistus. Jonotus on vuoronumerolla.",
        howToJoin: "Tule paikalle aukioloaikana, ajanvarausta ei tarvita. Tulkin voit pyytää jonotuksen yhteydessä.",
        integrationSupport:
          "Neuvonta auttaa löytämään oikeat palvelut heti alussa ja välttämään turhaa odottelua. Ohjaajat voivat tehdä kanssasi suunnitelman kieliopinnoista ja työnhausta.",
        scheduleNote: "Aukioloajat voivat muuttua juhlapyhinä; katso kaupungin verkkosivut.",
      },
      en: {
        title: "Integration advice point in Hervanta",
        summary: "Free advice for people who have moved to Tampere: ask about housing, Kela, language courses, job seeking or your children's school.",
        description:
          "City counsellors help with any question related to moving and everyday life. You can ask, for example, how to apply for integration training, what a Kela decision means, how your rental agreement works or how your child can start school. The counsellors speak Finnish, English, Arabic and Russian, and a telephone interpreter can be booked for other languages. Bring any papers related to your question and an ID. Queueing is by ticket number.",
        howToJoin: "Come during opening hours, no appointment needed. You can ask for an interpreter when you take a queue number.",
        integrationSupport:
          "The advice point helps you find the right services from the start and avoid unnecessary waiting. Counsellors can make a plan with you for language studies and job seeking.",
        scheduleNote: "Opening hours may change on public holidays; see the city website.",
      },
    },
  },
  {
    id: "demo-act-049",
    organisationId: ORG.tampere,
    originalLanguage: "en",
    themes: ["social", "society"],
    targetGroups: ["newcomers", "everyone"],
    forms: ["event"],
    languages: ["en"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.treKeskusta],
    registration: { url: "https://tampere.example.fi/welcome-evenings" },
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Emma Laine", email: "welcome@tampere.example.fi", phone: "040 200 1102" },
    slots: ["thu 17:30-19:30 /4"],
    translations: {
      en: {
        title: "Tampere Welcome Evening for new international residents",
        summary: "A monthly get-together where new residents meet city staff, local associations and each other. Find hobbies, services and friends in one evening.",
        description:
          "Each Welcome Evening starts with a short, friendly introduction to living in Tampere: public transport, libraries, sports services and where to get help. After that, local associations, sports clubs and volunteer groups have stands where you can ask questions and sign up. There is a quiz about Tampere and a snack table with local treats. Families with children are welcome, and there is a small play corner. The evenings are in English, with Finnish-speaking staff present.",
        howToJoin: "Please register on the city website so we know how much food to prepare.",
        integrationSupport:
          "Newcomers often don't know what Tampere has to offer. In one evening you meet dozens of local groups, which makes it much easier to find hobbies, volunteering and people to connect with.",
        scheduleNote: "Once a month on a Thursday.",
      },
      fi: {
        title: "Tervetuloilta Tampereelle muuttaneille kansainvälisille asukkaille",
        summary: "Kuukausittainen tapaaminen, jossa uudet asukkaat tapaavat kaupungin työntekijöitä, paikallisia yhdistyksiä ja toisiaan.",
        description:
          "Ilta alkaa lyhyellä esittelyllä Tampereella asumisesta: joukkoliikenne, kirjastot, liikuntapalvelut ja mistä saa apua. Sen jälkeen paikallisilla yhdistyksillä, urheiluseuroilla ja vapaaehtoisryhmillä on esittelypöydät, joilla voi kysyä lisää ja ilmoittautua mukaan. Illassa on myös Tampere-visa ja tarjoilua. Lapsiperheet ovat tervetulleita, ja paikalla on pieni leikkinurkka. Ilta on englanniksi, ja paikalla on myös suomenkielistä henkilökuntaa.",
        howToJoin: "Ilmoittaudu kaupungin verkkosivuilla, jotta osaamme varata tarjoilut.",
        integrationSupport:
          "Uusi asukas ei usein tiedä, mitä kaikkea Tampere tarjoaa. Yhdessä illassa tapaat kymmeniä paikallisia ryhmiä, mikä helpottaa harrastusten, vapaaehtoistyön ja uusien tuttavuuksien löytämistä.",
        scheduleNote: "Kerran kuussa torstaina.",
      },
    },
  },
  {
    id: "demo-act-050",
    organisationId: ORG.alwaha,
    originalLanguage: "ar",
    themes: ["social", "health", "work"],
    targetGroups: ["men"],
    forms: ["peer-group"],
    languages: ["ar"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.treTesoma],
    genderSpace: "MEN",
    acceptsReferrals: true,
    contactBeforeReferral: true,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Yousef Mansour", email: "rijal@alwaha.example.org", phone: "045 611 2347" },
    slots: ["sun 17:00-19:00"],
    pauses: ["summer"],
    translations: {
      ar: {
        title: "مجلس الرجال في تيسوما: حوار ودعم",
        summary: "مجموعة حوار أسبوعية للرجال الناطقين بالعربية، نتحدث فيها عن العمل والصحة النفسية والحياة في فنلندا. الحديث سرّي ومحترم.",
        description:
          "يجتمع الرجال كل يوم أحد على الشاي والقهوة للحديث عن مواضيع تهمّهم: البحث عن عمل، والضغوط اليومية، والعلاقة مع الأبناء، والتعامل مع المؤسسات. يدير اللقاء يوسف، وهو مرشد اجتماعي يعمل في تامبيري منذ سنوات طويلة. يزورنا أحياناً ضيوف من خدمات التوظيف أو من مركز الصحة النفسية. لا نطلب من أحد أن يتحدث إن لم يرغب. لا تحتاج إلى إحضار أي شيء.",
        howToJoin: "تعال مباشرة، لا حاجة للتسجيل. يُرجى من الأخصائيين الاجتماعيين الاتصال بيوسف قبل توجيه أي شخص إلى المجموعة.",
        integrationSupport:
          "كثير من الرجال يحملون همومهم وحدهم بعد الهجرة. في المجموعة تجد دعماً من رجال مرّوا بتجارب مشابهة، ومعلومات عن العمل والخدمات الصحية في فنلندا.",
        scheduleNote: "توقف في الصيف.",
      },
      fi: {
        title: "Miesten keskusteluryhmä Tesomalla",
        summary: "Viikoittainen keskusteluryhmä arabiaa puhuville miehille: puhutaan työstä, mielen hyvinvoinnista ja elämästä Suomessa. Keskustelut ovat luottamuksellisia.",
        description:
          "Miehet kokoontuvat sunnuntaisin teen ja kahvin äärelle puhumaan heille tärkeistä asioista: työnhausta, arjen stressistä, suhteesta lapsiin ja asioinnista viranomaisten kanssa. Ryhmää vetää Yousef, joka on työskennellyt Tampereella sosiaaliohjaajana pitkään. Välillä vieraana on asiantuntija työllisyyspalveluista tai mielenterveyspalveluista. Kenenkään ei tarvitse puhua, jos ei halua. Mukaan ei tarvitse tuoda mitään.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Ammattilaisia pyydetään soittamaan Yousefille ennen asiakkaan ohjaamista.",
        integrationSupport:
          "Moni mies kantaa huolensa yksin muuton jälkeen. Ryhmässä saa tukea miehiltä, joilla on samankaltaisia kokemuksia, sekä tietoa työstä ja terveyspalveluista Suomessa.",
        scheduleNote: "Kesällä tauko.",
      },
    },
  },
  {
    id: "demo-act-051",
    organisationId: ORG.kaikkiMukaan,
    originalLanguage: "fi",
    themes: ["sports", "health"],
    targetGroups: ["disabilities", "seniors", "everyone"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["en", "ru"],
    finnishLevel: "NONE",
    places: [V.treKaleva],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Marko Heikkinen", email: "tampere@kaikkimukaan.example.fi", phone: "040 551 0204" },
    slots: ["tue 14:00-15:30"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Soveltava liikuntavuoro: boccia, pingis ja tuolijumppa",
        summary: "Liikuntavuoro, jossa jokainen liikkuu omien voimiensa mukaan. Sopii ikääntyneille ja ihmisille, joilla on vamma tai pitkäaikaissairaus.",
        description:
          "Vuorolla pelataan bocciaa ja pöytätennistä sekä tehdään tuolijumppaa. Ohjaaja Marko on soveltavan liikunnan ammattilainen ja muokkaa liikkeet jokaiselle sopiviksi, myös pyörätuolia käyttäville. Sali, pukuhuoneet ja wc ovat esteettömiä, ja salissa on induktiosilmukka. Avustaja tai omainen voi tulla mukaan maksutta. Ota mukaan mukavat vaatteet ja juomapullo.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Fysioterapeutti tai sosiaaliohjaaja voi myös ohjata vuorolle.",
        integrationSupport:
          "Liikunta ylläpitää toimintakykyä ja tuo sosiaalisia kontakteja. Vuorolla tutustut tamperelaisiin, ja ohjeista oppii helppoa arkisuomea.",
      },
    },
  },
  {
    id: "demo-act-052",
    organisationId: ORG.viittova,
    originalLanguage: "fi",
    themes: ["social", "society"],
    targetGroups: ["disabilities", "newcomers"],
    forms: ["peer-group"],
    languages: ["fse"],
    supportLanguages: ["fi", "en"],
    finnishLevel: "NONE",
    mode: "HYBRID",
    places: [V.treKeskusta],
    alsoServes: ["091"],
    onlineUrl: "https://viittovasilta.example.org/vertaisilta",
    accessibility: ["sign-language", "induction-loop", "step-free"],
    contact: { name: "Aleksi Turunen", email: "tampere@viittovasilta.example.org" },
    slots: ["fri 17:00-19:00 /2"],
    translations: {
      fi: {
        title: "Viittomakielinen vertaisilta (Tampere ja etänä)",
        summary: "Kuurojen ja huonokuuloisten maahan muuttaneiden vertaisilta viittomakielellä. Voit osallistua paikan päällä Tampereella tai videoyhteydellä.",
        description:
          "Vertaisillassa vaihdetaan kuulumisia, jaetaan vinkkejä arkeen ja harjoitellaan suomalaista viittomakieltä luontevasti. Joka toisella kerralla on teema, esimerkiksi tulkkipalvelu, opiskelu tai työnhaku kuurona. Iltaa vetää kuuro ohjaaja Aleksi yhdessä vapaaehtoisen kanssa, joka osaa kansainvälistä viittomista. Etäosallistujat näkyvät salin isolla näytöllä, ja kamera on suunnattu viittojiin. Ota etänä mukaan laite, jossa on kamera.",
        howToJoin: "Tule paikalle tai avaa videolinkki verkkosivuiltamme klo 17. Ilmoittautumista ei tarvita.",
        integrationSupport:
          "Vertaisilta vähentää eristäytymistä ja tuo yhteyden suomalaiseen kuurojen yhteisöön. Saat tietoa palveluista ja oikeuksista sekä harjoitusta suomalaisessa viittomakielessä.",
      },
    },
  },
  {
    id: "demo-act-053",
    organisationId: ORG.spouses,
    originalLanguage: "en",
    themes: ["social", "nature", "work"],
    targetGroups: ["newcomers", "stay-at-home-parents"],
    forms: ["peer-group", "event"],
    languages: ["en"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.treKeskusta],
    contact: { name: "Anna Kowalska", email: "spouses.tampere@example.org" },
    slots: ["wed 10:00-12:00"],
    translations: {
      en: {
        title: "Spouses' Coffee & Walk in Tampere",
        summary: "A weekly meetup for the partners of international employees: coffee, a walk by the lakes and honest talk about building a life in Tampere.",
        description:
          "We meet at the café corner of the meeting place at Hämeenkatu, have coffee and then walk together along the Näsijärvi or Pyhäjärvi shore for about an hour. Conversations range from finding work and learning Finnish to surviving the dark season and finding a family doctor. Several members have found jobs or started studies through tips from the group, and we regularly invite guests, for example a career coach. The group is run by volunteers who are spouses themselves. Strollers and toddlers are welcome on the walk.",
        howToJoin: "Just turn up; no registration. If you want to be added to our message group, email us.",
        integrationSupport:
          "Trailing spouses often lose their career and network when they move. The group gives peer support, tips on job searching and studying, and friends who understand the situation.",
      },
    },
  },
  {
    id: "demo-act-054",
    organisationId: ORG.kompassi,
    originalLanguage: "fi",
    themes: ["work"],
    targetGroups: ["job-seekers", "students"],
    forms: ["mentoring"],
    languages: ["fi", "en"],
    finnishLevel: "SOME",
    mode: "HYBRID",
    places: [V.jkl],
    alsoServes: ["297", "743"],
    onlineUrl: "https://kompassi.example.fi/tapaamiset",
    registration: { url: "https://kompassi.example.fi/hae-mentoroitavaksi" },
    acceptsReferrals: true,
    contactBeforeReferral: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Tiina Hyvönen", email: "mentorointi@kompassi.example.fi", phone: "050 700 8090" },
    course: { startDay: 30, endDay: 210 },
    slots: ["mon 17:30-19:00 /2"],
    translations: {
      fi: {
        title: "Työelämämentorointi: oma mentori omalta alaltasi",
        summary: "Puolen vuoden mentorointiohjelma, jossa saat tuekseen kokeneen ammattilaisen omalta alaltasi. Ryhmätapaamiset Jyväskylässä ja verkossa.",
        description:
          "Ohjelmassa sinulle etsitään vapaaehtoinen mentori, joka työskentelee samalla tai lähellä olevalla alalla, esimerkiksi IT:ssä, terveydenhuollossa, rakennusalalla tai opetuksessa. Tapaatte kahdestaan noin kahden viikon välein, ja lisäksi koko ryhmä kokoontuu joka toinen maanantai. Ryhmätapaamisissa käsitellään esimerkiksi tutkinnon tunnustamista, verkostoitumista ja palkkaneuvotteluja. Ohjelmaan hyväksytään 15 mentoroitavaa kerrallaan. Hakemuksessa kerrotaan koulutuksesta, työkokemuksesta ja tavoitteista.",
        howToJoin: "Hae mentoroitavaksi verkkolomakkeella. Työllisyyspalvelujen asiantuntijat voivat suositella ohjelmaa, mutta soitathan meille ensin.",
        integrationSupport:
          "Mentori auttaa ymmärtämään oman alasi käytännöt Suomessa ja avaa ovia verkostoihin, joihin on muuten vaikea päästä. Moni mentoroitava on työllistynyt tai päässyt täydennyskoulutukseen ohjelman aikana.",
        scheduleNote: "Ohjelma kestää noin kuusi kuukautta. Seuraava ryhmä alkaa noin kuukauden kuluttua.",
      },
      en: {
        title: "Career mentoring: a mentor from your own field",
        summary: "A six-month mentoring programme that pairs you with an experienced professional from your field. Group meetings in Jyväskylä and online.",
        description:
          "We find you a volunteer mentor who works in the same or a related field, for example IT, health care, construction or education. You meet one-to-one about every two weeks, and the whole group meets every other Monday. Group meetings cover topics such as recognition of qualifications, networking and salary negotiations. We accept 15 mentees at a time. In your application, tell us about your education, work experience and goals.",
        howToJoin: "Apply with the online form. Employment services advisers can recommend the programme, but please call us first.",
        integrationSupport:
          "A mentor helps you understand how your field works in Finland and opens doors to networks that are otherwise hard to reach. Many mentees have found work or further training during the programme.",
        scheduleNote: "The programme lasts about six months. The next group starts in about a month.",
      },
    },
  },
  {
    id: "demo-act-055",
    organisationId: ORG.kaikkiMukaan,
    originalLanguage: "fi",
    themes: ["sports", "nature"],
    targetGroups: ["newcomers", "families"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "uk"],
    finnishLevel: "NONE",
    places: [V.jklHuhtasuo],
    registration: { phone: "040 551 0205" },
    contact: { name: "Laura Mäkinen", email: "jyvaskyla@kaikkimukaan.example.fi", phone: "040 551 0205" },
    course: { startDay: 7, endDay: 63 },
    slots: ["sat 11:00-13:00"],
    dates: { validDays: 60 },
    translations: {
      fi: {
        title: "Talvi tutuksi: hiihto- ja luistelukoulu koko perheelle",
        summary: "Kahdeksan lauantain kurssi, jolla opetellaan hiihtämään ja luistelemaan. Välineet lainataan maksutta, ja mukaan voi tulla koko perhe.",
        description:
          "Kokoonnumme Huhtasuon asukastuvalla, jossa sovitetaan välineet ja puetaan. Sen jälkeen harjoittelemme läheisellä kentällä ja ladulla: ensin tasapainoa, sitten liukumista ja jarruttamista. Ohjaajina ovat seuran vapaaehtoiset, ja ryhmät jaetaan taidon mukaan. Käymme läpi myös, miten talvella pukeudutaan kerroksittain ja mistä saa edullisia käytettyjä varusteita. Pukeudu lämpimästi: pipo, lapaset ja villasukat ovat tärkeitä.",
        howToJoin: "Ilmoittaudu soittamalla tai tekstaamalla Lauralle. Kerro osallistujien määrä ja kenkäkoot.",
        integrationSupport:
          "Talviliikunta auttaa jaksamaan pimeää vuodenaikaa ja on tärkeä osa suomalaista elämää. Kurssin jälkeen perhe voi käyttää kaupungin latuja ja kenttiä itsenäisesti.",
      },
    },
  },
  {
    id: "demo-act-056",
    organisationId: ORG.kaikkiMukaan,
    originalLanguage: "en",
    themes: ["sports", "health", "social"],
    targetGroups: ["everyone"],
    forms: ["club"],
    languages: ["en", "fi"],
    finnishLevel: "NONE",
    places: [V.jkl],
    contact: { name: "Samuel Mensah", email: "running@kaikkimukaan.example.fi" },
    slots: ["thu 18:00-19:00"],
    translations: {
      en: {
        title: "Beginners' running group in Jyväskylä",
        summary: "A friendly running group for complete beginners, with instructions in English and Finnish. We alternate walking and jogging, so anyone can join.",
        description:
          "We meet in front of the Kompassi meeting place on Kauppakatu and run easy routes around Harju and the lakeside. The first weeks are mostly brisk walking with short jogs, and we slowly build up to running 5 km together. Coach Samuel is a certified running instructor who moved to Finland from Ghana, and he explains everything in English and simple Finnish. Wear comfortable shoes and clothes for the weather; in winter, reflectors are a must. After the run, some of us stay for tea.",
        howToJoin: "Just show up at 18:00, no registration needed.",
        integrationSupport:
          "Running together is an easy way to meet local people and stay healthy through the seasons. You pick up Finnish words and learn about local sports clubs and events.",
      },
    },
  },
  {
    id: "demo-act-057",
    organisationId: ORG.kompassi,
    originalLanguage: "fi",
    themes: ["work", "education"],
    targetGroups: ["job-seekers", "everyone"],
    forms: ["workshop", "event"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "ru"],
    finnishLevel: "GOOD",
    mode: "HYBRID",
    places: [V.jkl],
    onlineUrl: "https://kompassi.example.fi/yrittajyysillat/live",
    registration: { url: "https://kompassi.example.fi/yrittajyysillat" },
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Timo Kallio", email: "yrittajyys@kompassi.example.fi", phone: "050 700 8091" },
    slots: ["wed 17:00-19:30 /2"],
    translations: {
      fi: {
        title: "Yrittäjyysillat: oma yritys Suomessa",
        summary: "Joka toinen viikko järjestettävä työpaja niille, jotka suunnittelevat omaa yritystä. Aiheina liiketoimintasuunnitelma, verot ja starttiraha.",
        description:
          "Illoissa käydään vaihe vaiheelta läpi, miten Suomessa perustetaan yritys: yritysmuodot, Y-tunnus, verottajan ja Kaupparekisterin ilmoitukset, arvonlisävero ja yrittäjän eläkevakuutus. Yksi ilta on varattu starttirahalle ja muille tuille. Vetäjänä on kokenut yritysneuvoja, ja vierailijoina on maahan muuttaneita yrittäjiä, jotka kertovat omasta polustaan. Illat pidetään suomeksi, joten suomen kielen taito noin B1-tasolla on tarpeen; tarvittaessa apua saa englanniksi, arabiaksi ja venäjäksi. Ota mukaan liikeideasi ja kannettava tietokone, jos sinulla on sellainen.",
        howToJoin: "Ilmoittaudu verkkosivulla ja valitse, tuletko paikan päälle vai osallistutko verkossa. Voit osallistua yksittäisiin iltoihin tai koko sarjaan.",
        integrationSupport:
          "Yrittäjyys on monelle maahan muuttaneelle reitti työllistyä omalla osaamisellaan. Illoissa opit suomalaisen yritystoiminnan säännöt ja saat kontakteja yritysneuvontaan ja muihin yrittäjiin.",
      },
    },
  },
  {
    id: "demo-act-058",
    organisationId: ORG.kotipesa,
    originalLanguage: "fi",
    themes: ["family", "social"],
    targetGroups: ["families", "children", "stay-at-home-parents"],
    forms: ["club", "peer-group"],
    languages: ["fi"],
    supportLanguages: ["ar", "ru", "uk"],
    finnishLevel: "NONE",
    places: [V.seinajoki],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Kaisa Hautamäki", email: "seinajoki@kotipesa.example.fi", phone: "040 188 2021" },
    slots: ["tue 09:30-11:30", "thu 09:30-11:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Perhekahvila Kotipesä: leikkiä ja vertaistukea",
        summary: "Avoin perhekahvila vanhemmille ja alle kouluikäisille lapsille. Lapset leikkivät, aikuiset saavat seuraa ja tietoa perhepalveluista.",
        description:
          "Perhekahvilassa on leikkitila, askartelupöytä ja kahvinurkkaus aikuisille. Kerran kuussa vieraana on neuvolan terveydenhoitaja, perheneuvoja tai varhaiskasvatuksen ohjaaja. Ohjaaja Kaisa on sosionomi, ja vapaaehtoiset auttavat arabiaksi, venäjäksi ja ukrainaksi. Ota lapselle mukaan sisätossut ja tarvittaessa vaipat. Kahvi ja mehu ovat ilmaisia.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Perhekahvilassa vanhemmat saavat tukea arkeen ja tietoa varhaiskasvatuksesta ja neuvolasta. Lapset leikkivät suomenkielisten lasten kanssa ja oppivat kieltä luontevasti.",
        easySummary: "Kahvila lapsille ja vanhemmille. Lapset leikkivät. Aikuiset juovat kahvia ja puhuvat. Tule tiistaina tai torstaina.",
      },
      uk: {
        title: "Сімейне кафе «Котіпеса»: ігри та підтримка",
        summary: "Відкрите сімейне кафе для батьків і дітей дошкільного віку. Діти граються, а дорослі знаходять компанію та інформацію про сімейні послуги.",
        description:
          "У кафе є ігрова кімната, стіл для творчості та куточок з кавою для дорослих. Раз на місяць до нас приходить медсестра з дитячої консультації (neuvola), сімейний консультант або вихователь дитячого садка. Керівниця Кайса — соціальна працівниця, а волонтери допомагають арабською, російською та українською мовами. Візьміть для дитини змінне взуття та, за потреби, підгузки. Кава та сік безкоштовні.",
        howToJoin: "Просто приходьте, реєстрація не потрібна.",
        integrationSupport:
          "Батьки отримують підтримку в повсякденному житті та інформацію про дитячі садки й консультацію. Діти граються з фінськомовними дітьми й природно вивчають мову.",
      },
    },
  },
  {
    id: "demo-act-059",
    organisationId: ORG.kotipesa,
    originalLanguage: "fi",
    themes: ["culture", "health", "social"],
    targetGroups: ["youth"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["en", "ar"],
    finnishLevel: "SOME",
    places: [V.seinajokiKauppakatu],
    ageMin: 13,
    ageMax: 18,
    registration: { email: "nuoret@kotipesa.example.fi" },
    accessibility: ["step-free"],
    contact: { name: "Joonas Mäki", email: "nuoret@kotipesa.example.fi", phone: "040 188 2022" },
    slots: ["wed 16:00-18:00"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Nuorten kokkikerho: ruokaa eri puolilta maailmaa",
        summary: "Kokkikerho 13–18-vuotiaille: kokataan vuorotellen suomalaisia ja osallistujien kotimaiden ruokia ja syödään yhdessä.",
        description:
          "Joka kerta yksi nuorista saa halutessaan opettaa muille oman lempiruokansa, ja toisella kerralla tehdään suomalainen klassikko, kuten karjalanpiirakoita tai lohikeittoa. Ohjaaja Joonas on kokki ja nuorisotyöntekijä. Kerhossa opitaan myös ruokaturvallisuutta, edullista ruokaostosten suunnittelua ja terveellistä syömistä. Raaka-aineet kustantaa säätiö. Ota mukaan hiuslenkki tai pipo, esiliinat löytyvät meiltä.",
        howToJoin: "Ilmoittaudu sähköpostilla, ryhmään mahtuu 10 nuorta. Kerro samalla mahdolliset ruoka-allergiat.",
        integrationSupport:
          "Ruoanlaitto yhdessä on luonteva tapa ystävystyä ja puhua suomea. Nuoret oppivat arjen taitoja, joita tarvitaan omaan kotiin muuttaessa.",
      },
    },
  },
];
