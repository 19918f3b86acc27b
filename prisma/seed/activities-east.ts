// Demo activities in Kuopio, Joensuu and Mikkeli (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const eastActivities: SeedActivity[] = [
  {
    id: "demo-act-068",
    organisationId: ORG.soniashnyk,
    originalLanguage: "uk",
    themes: ["language", "social"],
    targetGroups: ["newcomers", "everyone"],
    forms: ["language-cafe"],
    languages: ["fi", "uk"],
    supportLanguages: ["uk", "ru"],
    finnishLevel: "NONE",
    places: [V.kuopio],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Oksana Melnyk", email: "kuopio@soniashnyk.example.org", phone: "041 223 9081" },
    slots: ["tue 17:00-18:30"],
    pauses: ["christmas"],
    translations: {
      uk: {
        title: "Мовне кафе в Куопіо: говоримо фінською",
        summary: "Щотижневе мовне кафе для українців, які хочуть практикувати фінську у спокійній атмосфері. Підходить і для початківців.",
        description:
          "Ми сидимо за столиками по чотири-п'ять осіб, і за кожним столиком є фінськомовний волонтер. Говоримо про повсякденні речі: покупки, роботу, дітей, погоду та події в Куопіо. Для початківців є окремий столик, де використовуємо картки з малюнками, а складні слова пояснюємо українською. Кава, чай і печиво безкоштовні. Візьміть із собою блокнот, якщо хочете записувати нові слова.",
        howToJoin: "Просто приходьте, реєстрація не потрібна.",
        integrationSupport:
          "Розмовна практика допомагає сміливіше говорити фінською на роботі, у магазині та в установах. Ви знайомитеся з місцевими жителями та дізнаєтеся про курси й дозвілля в місті.",
        scheduleNote: "Під час різдвяних свят кафе не працює.",
      },
      fi: {
        title: "Kielikahvila Kuopiossa ukrainalaisille: puhutaan suomea",
        summary: "Viikoittainen kielikahvila ukrainalaisille, jotka haluavat harjoitella suomea rauhallisessa ilmapiirissä. Sopii myös aloittelijoille.",
        description:
          "Istumme neljän tai viiden hengen pöydissä, ja jokaisessa pöydässä on suomenkielinen vapaaehtoinen. Puhumme arjen asioista: kaupassa käynnistä, työstä, lapsista, säästä ja Kuopion tapahtumista. Aloittelijoille on oma pöytä, jossa käytetään kuvakortteja, ja vaikeat sanat selitetään ukrainaksi. Kahvi, tee ja keksit ovat ilmaisia. Ota mukaan vihko, jos haluat kirjoittaa uusia sanoja muistiin.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Puhumisen harjoittelu antaa rohkeutta käyttää suomea työssä, kaupassa ja virastoissa. Tutustut paikallisiin ja kuulet kursseista ja harrastuksista kaupungissa.",
        scheduleNote: "Joulun aikaan kahvila on kiinni.",
      },
    },
  },
  {
    id: "demo-act-069",
    organisationId: ORG.kompassi,
    originalLanguage: "fi",
    themes: ["work"],
    targetGroups: ["job-seekers"],
    forms: ["peer-group", "workshop"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "GOOD",
    places: [V.kuopioVuorikatu],
    registration: { url: "https://kompassi.example.fi/kuopio-ryhma" },
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Jaana Räty", email: "kuopio@kompassi.example.fi", phone: "050 700 8092" },
    slots: ["wed 13:00-15:30"],
    translations: {
      fi: {
        title: "Työnhakuryhmä korkeasti koulutetuille Kuopiossa",
        summary: "Vertaisryhmä korkeakoulututkinnon suorittaneille työnhakijoille. Ryhmä toimii suomeksi noin B1-tasolla.",
        description:
          "Ryhmä on tarkoitettu ulkomailla tai Suomessa korkeakoulututkinnon suorittaneille, jotka etsivät koulutustaan vastaavaa työtä. Käsittelemme tutkinnon tunnustamista Opetushallituksessa, piilotyöpaikkoja, LinkedIniä ja suomalaista työhaastattelua. Joka kerta yksi ryhmäläinen saa palautetta omasta hakemuksestaan. Ohjaaja Jaana on urasuunnittelija, ja vierailijoina on kuopiolaisia työnantajia. Ryhmä toimii suomeksi, joten suomen kielen taito noin tasolla B1 on tarpeen.",
        howToJoin: "Ilmoittaudu verkkolomakkeella. Työllisyyspalvelujen asiantuntija voi myös ohjata ryhmään.",
        integrationSupport:
          "Ryhmä auttaa hyödyntämään omaa koulutusta ja osaamista suomalaisilla työmarkkinoilla. Saat verkostoja, vertaistukea ja kokemusta ammattisanaston käytöstä suomeksi.",
      },
    },
  },
  {
    id: "demo-act-070",
    organisationId: ORG.soniashnyk,
    originalLanguage: "fi",
    themes: ["culture", "family", "language"],
    targetGroups: ["children"],
    forms: ["club"],
    languages: ["fi", "uk"],
    finnishLevel: "NONE",
    places: [V.kuopioVuorikatu],
    ageMin: 5,
    ageMax: 10,
    registration: { email: "lapset@soniashnyk.example.org" },
    accessibility: ["step-free"],
    contact: { name: "Iryna Koskela", email: "lapset@soniashnyk.example.org", phone: "041 223 9082" },
    slots: ["sat 11:00-12:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Lasten taidekerho: piirretään, leikitään ja puhutaan suomea",
        summary: "Taidekerho 5–10-vuotiaille lapsille lauantaiaamuisin. Tehdään kuvataidetta ja leikitään suomeksi ja ukrainaksi.",
        description:
          "Kerhossa piirretään, maalataan, muovaillaan ja tehdään pieniä yhteisiä taideteoksia, joita esitellään keväällä kirjaston näyttelyssä. Ohjaajat Iryna ja Emilia puhuvat suomea ja ukrainaa, ja leikeissä opitaan värien, muotojen ja tunteiden sanoja suomeksi. Lapselle mukaan vaatteet, jotka saavat sotkeentua. Tarvikkeet ja välipala kuuluvat kerhoon. Vanhemmat voivat odottaa kahvilla viereisessä huoneessa.",
        howToJoin: "Ilmoita lapsi sähköpostilla, ryhmään mahtuu 14 lasta. Kerro lapsen nimi ja ikä.",
        integrationSupport:
          "Kerhossa lapsi oppii suomea leikin kautta, saa kavereita ja harrastuksen. Taide antaa myös keinon käsitellä muuttoon liittyviä tunteita.",
      },
    },
  },
  {
    id: "demo-act-071",
    organisationId: ORG.rauhanlaakso,
    originalLanguage: "fi",
    themes: ["language", "social"],
    targetGroups: ["everyone", "asylum-seekers", "newcomers"],
    forms: ["language-cafe"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "ru", "uk", "ti"],
    finnishLevel: "NONE",
    places: [V.joensuu],
    acceptsReferrals: true,
    childcare: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Päivi Hirvonen", email: "kansainvalinen@rauhanlaakso.example.fi", phone: "050 311 2245" },
    slots: ["wed 14:00-16:00"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Kansainvälinen kielikahvila seurakuntatalolla",
        summary: "Avoin kielikahvila kaikille, jotka haluavat harjoitella suomea. Toiminta on uskonnollisesti sitoutumatonta.",
        description:
          "Kielikahvilassa juodaan kahvia ja jutellaan suomeksi pienissä ryhmissä vapaaehtoisten kanssa. Joka viikko on pieni teema, esimerkiksi sää, ruoka, juhlapyhät tai asiointi lääkärissä. Mukana on myös vastaanottokeskuksen asukkaita, opiskelijoita ja pitkään Joensuussa asuneita. Diakoni Päivi ja vapaaehtoiset auttavat tarvittaessa englanniksi, arabiaksi, venäjäksi, ukrainaksi ja tigrinjaksi. Kahvilassa ei järjestetä hartauksia, ja kaikki ovat tervetulleita uskonnosta riippumatta. Lapset voivat leikkiä seurakuntatalon kerhohuoneessa, jossa on lastenhoitaja.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Kielikahvilassa pääset puhumaan suomea oikeiden ihmisten kanssa ja saat tuttavia Joensuusta. Vapaaehtoisilta saat vinkkejä kursseista, harrastuksista ja palveluista.",
        easySummary: "Kielikahvila keskiviikkona kello 14. Me puhumme suomea ja juomme kahvia. Kaikki voivat tulla.",
      },
    },
  },
  {
    id: "demo-act-072",
    organisationId: ORG.rauhanlaakso,
    originalLanguage: "fi",
    themes: ["volunteering", "social"],
    targetGroups: ["everyone", "asylum-seekers", "job-seekers"],
    forms: ["volunteer-work"],
    languages: ["fi"],
    supportLanguages: ["en", "ru"],
    finnishLevel: "NONE",
    places: [V.joensuuNiinivaara],
    acceptsReferrals: true,
    accessibility: ["step-free"],
    contact: { name: "Jouni Kettunen", email: "ruoka-apu@rauhanlaakso.example.fi", phone: "050 311 2246" },
    slots: ["fri 09:00-13:00"],
    translations: {
      fi: {
        title: "Vapaaehtoiseksi ruoka-apuun Niinivaaralla",
        summary: "Tule mukaan jakamaan ruoka-apua: lajitellaan lahjoituksia, pakataan kasseja ja kohdataan ihmisiä. Sopii myös työkokeiluun tai opiskeluun liittyvään harjoitteluun.",
        description:
          "Perjantaisin kaupoista ja leipomoista lahjoitettu ruoka lajitellaan ja jaetaan noin sadalle perheelle. Vapaaehtoiset tekevät lajittelua, pakkaamista, jonon ohjausta ja kahvinkeittoa. Työnjohtaja Jouni perehdyttää uudet vapaaehtoiset ja huolehtii hygieniaohjeista. Ota mukaan sisäkengät ja tarvittaessa lämmin takki, sillä varasto on viileä. Pitkäaikaisille vapaaehtoisille voidaan kirjoittaa todistus tai suositus.",
        howToJoin: "Tule paikalle perjantaina klo 9, ilmoittautumista ei tarvita. Ryhmät ja ohjaajat voivat sopia käynnistä Jounin kanssa.",
        integrationSupport:
          "Vapaaehtoistyössä opit työelämän suomea, saat kokemusta ja suosittelijan työnhakuun. Samalla autat muita ja tutustut joensuulaisiin.",
      },
    },
  },
  {
    id: "demo-act-073",
    organisationId: ORG.rodnik,
    originalLanguage: "ru",
    themes: ["culture", "social"],
    targetGroups: ["everyone", "seniors"],
    forms: ["event", "club"],
    languages: ["ru", "fi"],
    finnishLevel: "NONE",
    places: [V.joensuuKoskikatu],
    isFree: false,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Наталья Ковалёва", email: "joensuu@rodnik.example.org", phone: "040 765 1024" },
    slots: ["fri 18:00-20:00 /2"],
    pauses: ["summer"],
    translations: {
      ru: {
        title: "Вечера русской и финской культуры в Йоэнсуу",
        summary: "Раз в две недели — музыка, литература и кино, русские и финские. Встречи проходят на двух языках, приглашаем и финнов.",
        description:
          "На вечерах мы читаем стихи, слушаем музыку, смотрим короткие фильмы и обсуждаем их. Часто программу готовят вместе русскоязычные и финские участники: например, вечер русских романсов и финского танго или встреча с местным писателем. Ведущая Наталья переводит самое важное, так что язык не станет препятствием. После программы пьём чай с выпечкой, которую приносят участники. Если хотите выступить, напишите нам заранее.",
        howToJoin: "Приходите, записываться не нужно.",
        integrationSupport:
          "Культура объединяет: на вечерах русскоязычные и финны знакомятся друг с другом и узнают больше о традициях друг друга. Многие участники практикуют здесь финский язык в непринуждённой обстановке.",
        costNote: "Вход 3 €, для членов объединения бесплатно.",
      },
    },
  },
  {
    id: "demo-act-074",
    organisationId: ORG.soniashnyk,
    originalLanguage: "fi",
    themes: ["education", "family", "society"],
    targetGroups: ["families", "newcomers"],
    forms: ["event", "guidance"],
    languages: ["fi", "uk"],
    supportLanguages: ["uk", "ru"],
    finnishLevel: "NONE",
    places: [V.mikkeliMaaherra],
    childcare: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Taras Bondarenko", email: "mikkeli@soniashnyk.example.org", phone: "041 223 9083" },
    slots: ["tue 18:00-19:30 /2"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Perheiden infoilta: koulu, päiväkoti ja harrastukset Mikkelissä",
        summary: "Joka toinen viikko järjestettävä infoilta ukrainalaisille ja muille uusille perheille. Puhutaan suomeksi ja ukrainaksi, lapsille on hoito.",
        description:
          "Infoilloissa käydään läpi lapsiperheen arkea Mikkelissä: miten päiväkotipaikkaa haetaan, miten koulu ja Wilma toimivat, mitä on valmistava opetus ja mistä löytää edullisia harrastuksia. Vieraina on koulun ja varhaiskasvatuksen henkilökuntaa sekä urheiluseurojen edustajia. Illan vetää Taras, ja kaikki puheenvuorot tulkataan ukrainaksi. Lapset leikkivät hoitajien kanssa viereisessä tilassa. Kysymyksiä voi lähettää etukäteen sähköpostilla.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita. Jos tarvitsette lastenhoitoa, kertokaa siitä viestillä edellisenä päivänä.",
        integrationSupport:
          "Kun vanhemmat tuntevat suomalaisen koulun ja varhaiskasvatuksen, he voivat tukea lastaan paremmin. Illoissa saa myös kontakteja kouluihin, seuroihin ja muihin perheisiin.",
      },
      uk: {
        title: "Інформаційні вечори для сімей: школа, садок і гуртки в Міккелі",
        summary: "Раз на два тижні — інформаційний вечір для українських та інших нових сімей. Говоримо фінською й українською, для дітей організовано догляд.",
        description:
          "На вечорах ми розповідаємо про життя сімей з дітьми в Міккелі: як подати заяву на місце в дитячому садку, як працюють школа та Wilma, що таке підготовче навчання і де знайти недорогі гуртки. Гостями є працівники шкіл і дитячих садків, а також представники спортивних клубів. Вечір веде Тарас, і всі виступи перекладаються українською. Діти граються з нянями в сусідньому приміщенні. Запитання можна надіслати заздалегідь електронною поштою.",
        howToJoin: "Просто приходьте, реєстрація не потрібна. Якщо потрібен догляд за дітьми, повідомте про це напередодні.",
        integrationSupport:
          "Коли батьки розуміють фінську школу й дошкільну освіту, вони можуть краще підтримувати дитину. На вечорах ви також знайомитеся зі школами, клубами та іншими сім'ями.",
      },
    },
  },
  {
    id: "demo-act-075",
    organisationId: ORG.digiluotsi,
    originalLanguage: "fi",
    themes: ["digital"],
    targetGroups: ["everyone", "seniors"],
    forms: ["guidance"],
    languages: ["fi"],
    supportLanguages: ["uk", "ru", "en"],
    finnishLevel: "SOME",
    places: [V.mikkeli],
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Satu Tikkanen", email: "mikkeli@digiluotsi.example.fi", phone: "044 120 3034" },
    slots: ["thu 10:00-13:00"],
    translations: {
      fi: {
        title: "Digiapu-päivystys Mikkelissä",
        summary: "Viikoittainen päivystys, jossa saat apua puhelimen, tietokoneen ja verkkopalvelujen kanssa. Kysy rohkeasti, mikään kysymys ei ole liian pieni.",
        description:
          "Päivystyksessä digiohjaaja Satu ja vapaaehtoiset auttavat esimerkiksi sovellusten asentamisessa, kuvien siirtämisessä, Suomi.fi-valtuuksissa, Kelan asioinnissa ja junalippujen ostamisessa. Apua saa omalla laitteella, ja jokaiselle varataan noin 20 minuuttia. Vapaaehtoiset auttavat tarvittaessa ukrainaksi, venäjäksi ja englanniksi. Ota mukaan laite, laturi ja tarvittavat tunnukset. Emme kysy salasanoja emmekä tunnuslukuja.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Jos jonoa on, odotusaikana voi juoda kahvia.",
        integrationSupport:
          "Digitaidot ovat Suomessa arjen perustaitoja. Kun osaat asioida verkossa, säästät aikaa ja pystyt hoitamaan asiasi itse.",
      },
    },
  },
];
