// Demo activities in Oulu, Rovaniemi, Kajaani and Kokkola (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const northActivities: SeedActivity[] = [
  {
    id: "demo-act-076",
    organisationId: ORG.oulu,
    originalLanguage: "fi",
    themes: ["education", "language", "society"],
    targetGroups: ["newcomers"],
    forms: ["event", "guidance"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so", "ru", "uk", "fa"],
    finnishLevel: "NONE",
    mode: "HYBRID",
    places: [V.oulu],
    alsoServes: ["244"],
    onlineUrl: "https://oulu.example.fi/kotoutuminen/infoilta-live",
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Riikka Väisänen", email: "kotoutuminen@oulu.example.fi", phone: "044 300 2201" },
    slots: ["tue 17:00-18:30 /2"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Infoilta: kotoutumiskoulutus ja kieliopinnot Oulussa",
        summary: "Joka toinen viikko järjestettävä infoilta siitä, miten Oulussa pääsee opiskelemaan suomea. Osallistu paikan päällä tai verkossa.",
        description:
          "Illassa kerrotaan, mitä kotoutumiskoulutus on, kuka siihen voi hakeutua ja kuinka kauan odotus kestää. Esittelemme myös muut vaihtoehdot: kansalaisopiston kurssit, verkkokurssit, kielikahvilat ja omaehtoisen opiskelun Kelan tuella. Kaupungin ohjaajat vastaavat kysymyksiin, ja paikalla on tulkit englanniksi, arabiaksi, somaliksi, venäjäksi, ukrainaksi ja persiaksi. Verkossa osallistuvat voivat kysyä chatissa. Illan jälkeen voi varata henkilökohtaisen ohjausajan.",
        howToJoin: "Tule paikalle tai avaa verkkolinkki kaupungin sivuilta klo 17. Ilmoittautumista ei tarvita.",
        integrationSupport:
          "Suomen kielen opiskelu on kotoutumisen tärkein askel. Infoillassa saat selkeän kuvan vaihtoehdoista ja voit aloittaa opinnot nopeammin.",
      },
    },
  },
  {
    id: "demo-act-077",
    organisationId: ORG.oulu,
    originalLanguage: "en",
    themes: ["health", "nature", "society"],
    targetGroups: ["newcomers", "families"],
    forms: ["workshop"],
    languages: ["en"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.ouluKaukovainio],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Aleksi Niskanen", email: "welcome@oulu.example.fi", phone: "044 300 2202" },
    slots: ["sat 12:00-14:00 /2"],
    translations: {
      en: {
        title: "Surviving the Northern Winter: workshop for newcomers",
        summary: "A practical workshop on dressing for the cold, staying healthy in the dark season and enjoying winter in Oulu.",
        description:
          "A public health nurse and a local outdoor instructor share practical tips: how to dress children and adults in layers, why vitamin D matters, how to cope with the darkness and where to find cheap second-hand winter gear. In the second hour we go outside for a short walk and try kick sledding near the community room. Families are welcome, and children can play in the snow while parents ask questions. Bring warm clothes; we have some spare hats and mittens to give away.",
        howToJoin: "Drop in, no registration needed.",
        integrationSupport:
          "Winter is a big adjustment for many newcomers. Knowing how to dress and keep active helps you and your family enjoy everyday life and stay healthy, and you meet other families in the same situation.",
        scheduleNote: "Held every other Saturday from October to March.",
      },
    },
  },
  {
    id: "demo-act-078",
    organisationId: ORG.kaikkiMukaan,
    originalLanguage: "fi",
    themes: ["sports", "social"],
    targetGroups: ["everyone", "youth", "men"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so"],
    finnishLevel: "NONE",
    places: [V.ouluTuira],
    ageMin: 16,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Ville Kemppainen", email: "oulu@kaikkimukaan.example.fi", phone: "040 551 0206" },
    slots: ["sun 16:00-17:30"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Sählyvuoro kaikille Tuirassa",
        summary: "Rento salibandyvuoro yli 16-vuotiaille. Mailat saa lainaksi, ja mukaan pääsee ilman aiempaa kokemusta.",
        description:
          "Vuoro alkaa yhteisellä lämmittelyllä ja lyhyillä harjoituksilla, minkä jälkeen pelataan sekajoukkueissa. Ohjaaja Ville kertoo säännöt selkeästi suomeksi ja tarvittaessa englanniksi. Pelaajia on opiskelijoista eläkeläisiin ja monista eri maista. Ota mukaan sisäpelikengät, urheiluvaatteet ja juomapullo. Suojalasit ja mailat saat seuralta.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Joukkuepeli on helppo tapa tutustua oululaisiin ilman yhteistä kieltä. Pelin lomassa oppii suomen sanoja ja kuulee muista harrastuksista ja seuroista.",
      },
    },
  },
  {
    id: "demo-act-079",
    organisationId: ORG.oulu,
    originalLanguage: "fi",
    themes: ["social", "society", "language"],
    targetGroups: ["everyone", "seniors", "stay-at-home-parents"],
    forms: ["club", "language-cafe"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "ru"],
    finnishLevel: "NONE",
    places: [V.ouluKaukovainio],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "quiet-space"],
    contact: { name: "Tuula Pesonen", email: "kaukovainio@oulu.example.fi", phone: "044 300 2203" },
    slots: ["mon 10:00-13:00"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Lähiökahvila Kaukovainiolla",
        summary: "Asukastuvan avoin kahvila, jossa tavataan naapureita, jutellaan suomeksi ja saadaan apua arjen asioihin.",
        description:
          "Maanantaisin asukastuvalla on kahvila, jossa voi istua alas, lukea päivän lehden tai jutella muiden asukkaiden kanssa. Kello 11 pidetään puolen tunnin kielituokio, jossa harjoitellaan arjen suomea. Asukastuvan ohjaaja Tuula auttaa tarvittaessa lomakkeiden kanssa ja kertoo alueen palveluista. Lapset voivat leikkiä leikkinurkassa. Kahvista voi halutessaan antaa vapaaehtoisen lahjoituksen.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Lähiökahvila on paikka, jossa naapurit oppivat tuntemaan toisiaan. Saat tietoa alueen palveluista ja voit harjoitella suomea rennosti.",
        easySummary: "Kahvila maanantaina kello 10–13. Voit tavata naapureita ja puhua suomea. Ohjaaja auttaa papereiden kanssa.",
      },
    },
  },
  {
    id: "demo-act-080",
    organisationId: ORG.lautapeli,
    originalLanguage: "fi",
    themes: ["social", "culture"],
    targetGroups: ["everyone", "students", "youth"],
    forms: ["club"],
    languages: ["fi", "en"],
    finnishLevel: "NONE",
    places: [V.rovaniemi],
    ageMin: 15,
    contact: { name: "Eero Lehto", email: "lautapelit.rovaniemi@example.fi" },
    slots: ["thu 18:00-21:00"],
    translations: {
      fi: {
        title: "Kansainvälinen lautapeli-ilta Kaamoksessa",
        summary: "Viikoittainen lautapeli-ilta, jossa pelataan suomeksi ja englanniksi. Pelit opetetaan paikan päällä, joten uudet pelaajat ovat tervetulleita.",
        description:
          "Meillä on yli sata peliä helpoista korttipeleistä pidempiin strategiapeleihin. Illan alussa jaetaan pöydät, ja jokaisessa pöydässä on joku, joka osaa opettaa pelin. Sääntöjä selitetään suomeksi ja englanniksi, ja moni käyttää iltaa suomen harjoitteluun. Kahvilasta voi ostaa juotavaa ja pientä syötävää, mutta osto ei ole pakollista. Oman pelin saa tuoda mukaan.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Yli 15-vuotiaat ovat tervetulleita.",
        integrationSupport:
          "Pelit ovat helppo tapa tutustua uusiin ihmisiin, vaikka yhteistä kieltä olisi vähän. Porukassa on opiskelijoita, työssäkäyviä ja paikallisia, joilta saa vinkkejä elämään Rovaniemellä.",
      },
    },
  },
  {
    id: "demo-act-081",
    organisationId: ORG.kotipesa,
    originalLanguage: "fi",
    themes: ["family"],
    targetGroups: ["families", "stay-at-home-parents", "children"],
    forms: ["club", "peer-group"],
    languages: ["fi"],
    supportLanguages: ["en", "ru", "ar"],
    finnishLevel: "NONE",
    places: [V.rovaniemiHallitus],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Maija Ylitalo", email: "rovaniemi@kotipesa.example.fi", phone: "040 188 2023" },
    slots: ["wed 10:00-12:00"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Perhetupa Revontuli: aamut vauva- ja taaperoperheille",
        summary: "Viikoittainen aamupäivä vauvojen ja taaperoiden vanhemmille. Lauluja, leikkiä ja vertaistukea.",
        description:
          "Aamu alkaa lauluhetkellä, jossa opitaan suomalaisia lastenlauluja ja loruja. Sen jälkeen lapset leikkivät ja vanhemmat juttelevat kahvin ääressä. Kerran kuussa vieraana on neuvolan terveydenhoitaja tai perhetyöntekijä. Ohjaaja Maija on lastentarhanopettaja, ja vapaaehtoiset auttavat englanniksi, venäjäksi ja arabiaksi. Vaunuille on paikka eteisessä.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Vauvaperheen arki uudessa maassa voi olla yksinäistä. Perhetuvalla saat ystäviä ja tietoa perhepalveluista, ja lapsi tutustuu suomen kieleen lauluissa ja leikeissä.",
      },
    },
  },
  {
    id: "demo-act-082",
    organisationId: ORG.lautapeli,
    originalLanguage: "en",
    themes: ["nature", "sports", "social"],
    targetGroups: ["newcomers", "students"],
    forms: ["event", "club"],
    languages: ["en", "fi"],
    finnishLevel: "NONE",
    places: [V.rovaniemi],
    isFree: false,
    registration: { email: "lautapelit.rovaniemi@example.fi" },
    contact: { name: "Sara Lindgren", email: "lautapelit.rovaniemi@example.fi" },
    slots: ["sun 10:00-13:00 /2"],
    translations: {
      en: {
        title: "Arctic Outdoors Club: snowshoeing and hiking for newcomers",
        summary: "Every other Sunday we head out to the forests and fells around Rovaniemi. In winter we snowshoe, in summer we hike and pick berries.",
        description:
          "We meet at Kaamos café and travel together by bus or shared cars to a trail near Rovaniemi. Trips are 5–8 km at an easy pace, with a campfire break where we grill sausages or vegetables. The guides are experienced volunteers who explain everyman's rights, safety in the cold and how to read the trail signs. Snowshoes can be rented from us for a small fee. Dress in layers, bring a thermos and a snack, and wear warm, waterproof shoes.",
        howToJoin: "Email us by Friday so we can arrange transport and equipment. The meeting time is confirmed by email.",
        integrationSupport:
          "Outdoor life is central to Lapland. You learn how to move safely in Finnish nature all year round and make friends who can show you more places.",
        costNote: "Participation is free. Snowshoe rental €5; a shared-car ride costs €3–5.",
      },
      fi: {
        title: "Arktinen retkiklubi: lumikenkäilyä ja vaellusta uusille tulijoille",
        summary: "Joka toinen sunnuntai lähdetään Rovaniemen metsiin ja tuntureille. Talvella lumikenkäillään, kesällä retkeillään ja marjastetaan.",
        description:
          "Kokoonnumme Kaamos-kahvilalla ja matkustamme yhdessä bussilla tai kimppakyydeillä lähiladulle tai polulle. Retket ovat 5–8 kilometriä rauhallisella vauhdilla, ja nuotiotauolla paistetaan makkaraa tai kasviksia. Oppaat ovat kokeneita vapaaehtoisia, jotka kertovat jokamiehenoikeuksista, turvallisuudesta pakkasella ja reittimerkinnöistä. Lumikengät voi vuokrata meiltä pientä maksua vastaan. Pukeudu kerroksittain, ota mukaan termospullo ja eväät sekä lämpimät, vedenpitävät kengät.",
        howToJoin: "Ilmoittaudu sähköpostilla perjantaihin mennessä, jotta voimme järjestää kyydit ja välineet. Lähtöaika vahvistetaan sähköpostilla.",
        integrationSupport:
          "Retkeily ja ulkoilu ovat tärkeä osa elämää Lapissa. Opit liikkumaan turvallisesti metsissä ja tuntureilla ympäri vuoden ja saat ystäviä, jotka näyttävät lisää paikkoja.",
        costNote: "Osallistuminen on maksutonta. Lumikenkien vuokra 5 €, kimppakyyti 3–5 €.",
      },
    },
  },
  {
    id: "demo-act-083",
    organisationId: ORG.kotipesa,
    originalLanguage: "fi",
    themes: ["social", "education", "health"],
    targetGroups: ["youth"],
    forms: ["club", "guidance"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so"],
    finnishLevel: "SOME",
    places: [V.kajaani],
    ageMin: 15,
    ageMax: 29,
    acceptsReferrals: true,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Henna Komulainen", email: "kajaani@kotipesa.example.fi", phone: "040 188 2024" },
    slots: ["tue 14:00-19:00", "thu 14:00-19:00"],
    translations: {
      fi: {
        title: "Nuorten olohuone Kajastus",
        summary: "Avoin olohuone 15–29-vuotiaille: hengailua, ruoanlaittoa ja apua opiskeluun, työhön ja asumiseen.",
        description:
          "Kajastuksessa voi pelata, laittaa ruokaa yhdessä, tehdä läksyjä tai vain olla. Nuorisotyöntekijä Henna auttaa esimerkiksi opiskelupaikan hakemisessa, Kela-asioissa, ensimmäisen oman asunnon etsimisessä ja kesätyöhakemuksissa. Kerran kuussa on teemailta, esimerkiksi rahankäytöstä tai mielen hyvinvoinnista. Tilassa on rauhallinen huone, jos haluat puhua kahden kesken. Kaikki on maksutonta.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Opinto-ohjaaja tai sosiaalityöntekijä voi myös ohjata Kajastukseen.",
        integrationSupport:
          "Olohuoneesta saa kavereita ja turvallisen aikuisen, jolta voi kysyä arjen asioista. Nuori saa tukea koulutukseen ja työhön hakeutumiseen ja oppii itsenäisen elämän taitoja.",
      },
    },
  },
  {
    id: "demo-act-084",
    organisationId: ORG.kokkolaWalk,
    originalLanguage: "fi",
    themes: ["sports", "nature", "language"],
    targetGroups: ["women"],
    forms: ["club"],
    languages: ["fi"],
    finnishLevel: "NONE",
    places: [V.kokkolaPitkasilta],
    genderSpace: "WOMEN",
    contact: { name: "Riitta Kangas", email: "kavelyporukka@example.fi" },
    slots: ["mon 18:00-19:00"],
    translations: {
      fi: {
        title: "Naisten kävelyporukka: liikettä ja suomea",
        summary: "Kävelemme joka maanantai tunnin lenkin Kokkolan keskustassa ja rannassa. Samalla jutellaan suomeksi omaan tahtiin.",
        description:
          "Lähdemme Pitkänsillankadulta ja kävelemme vaihtelevia reittejä, esimerkiksi Suntin vartta, Kaupunginlahden rantaa tai Halkokarin suuntaan. Vauhti on rauhallinen, ja pareja vaihdetaan matkan aikana, jotta kaikki pääsevät juttelemaan. Mukana on kokkolalaisia naisia, jotka auttavat löytämään sanoja. Talvella käytämme liukuesteitä, ja muutaman kerran vuodessa käymme yhdessä uimahallissa. Pue säänmukaiset vaatteet ja hyvät kengät.",
        howToJoin: "Tule lähtöpaikalle klo 18, ilmoittautumista ei tarvita. Voit myös lähettää viestin, niin lisäämme sinut WhatsApp-ryhmään.",
        integrationSupport:
          "Kävely tekee hyvää keholle ja mielelle, ja keskustelut vahvistavat suomen kieltä. Porukasta saa ystäviä ja tietoa Kokkolan tapahtumista.",
        easySummary: "Naiset kävelevät yhdessä maanantaina kello 18. Me puhumme suomea. Tule Pitkänsillankadulle.",
      },
    },
  },
  {
    id: "demo-act-085",
    organisationId: ORG.karleby,
    originalLanguage: "fi",
    themes: ["culture", "nature", "social"],
    targetGroups: ["everyone", "families"],
    forms: ["event"],
    languages: ["fi", "sv"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.kokkola],
    isFree: false,
    registration: { phone: "050 626 7070", email: "ystavat@karlebyvanner.example.fi" },
    contact: { name: "Camilla Storbacka", email: "ystavat@karlebyvanner.example.fi", phone: "050 626 7071" },
    slots: ["sat 09:00-15:00 /4"],
    translations: {
      fi: {
        title: "Retkiä Keski-Pohjanmaalla: saaristo, museot ja luontopolut",
        summary: "Kerran kuussa tehtävä päiväretki lähiseudun nähtävyyksiin. Retket ovat kaksikielisiä ja sopivat koko perheelle.",
        description:
          "Retkillä tutustutaan esimerkiksi Kokkolan saaristoon, Kruunupyyn maaseutuun, paikallisiin museoihin ja luontopolkuihin. Matkat tehdään tilausbussilla, ja oppaina ovat yhdistyksen vapaaehtoiset, jotka kertovat alueen historiasta suomeksi ja ruotsiksi. Päivään kuuluu yhteinen eväsruokailu tai lounas. Ota mukaan säänmukaiset vaatteet, vesipullo ja omat eväät, jos ruokailua ei ole mainittu. Retkien aikataulut ja kohteet ilmoitetaan kuukausittain.",
        howToJoin: "Ilmoittaudu puhelimella tai sähköpostilla viimeistään retkeä edeltävänä keskiviikkona. Bussissa on 45 paikkaa.",
        integrationSupport:
          "Retkillä opit tuntemaan uuden kotiseutusi historiaa, luontoa ja kaksikielistä kulttuuria. Yhteinen päivä tuo tuttavuuksia paikallisiin perheisiin.",
        costNote: "Aikuiset 5 €, lapset alle 16 v. maksutta. Maksu kattaa bussimatkan.",
      },
    },
  },
];
