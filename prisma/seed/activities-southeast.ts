// Demo activities in Lahti, Kotka and Lappeenranta (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const southeastActivities: SeedActivity[] = [
  {
    id: "demo-act-060",
    organisationId: ORG.puutarha,
    originalLanguage: "fi",
    themes: ["nature", "volunteering"],
    targetGroups: ["everyone", "seniors"],
    forms: ["volunteer-work"],
    languages: ["fi"],
    supportLanguages: ["ru", "uk", "en"],
    finnishLevel: "NONE",
    places: [V.lahtiVesijarvi],
    accessibility: ["step-free"],
    contact: { name: "Pirjo Laitinen", email: "lahti@yhteinenpuutarha.example.fi", phone: "045 130 4457" },
    slots: ["tue 17:00-19:00", "sat 10:00-12:00"],
    translations: {
      fi: {
        title: "Vesijärven palstat: kaupunkiviljelyä ja talkoita",
        summary: "Yhteiset viljelypalstat Lahden keskustan tuntumassa. Tule talkoisiin, opi viljelemään ja vie satoa kotiin.",
        description:
          "Palstalla kasvatetaan perunaa, kaalia, papuja, tilliä ja kukkia yhteisillä lavoilla. Talkoissa tehdään mitä kulloinkin tarvitaan: kylvetään, kitketään, kastellaan, rakennetaan kompostia tai korjataan satoa. Palstavastaava Pirjo neuvoo ja jakaa tehtävät, ja venäjää ja ukrainaa puhuvat vapaaehtoiset auttavat tarvittaessa. Talvella suunnittelemme seuraavaa kautta ja kasvatamme taimia sisällä. Ota mukaan säänmukaiset vaatteet; työkalut ja hanskat löytyvät palstalta.",
        howToJoin: "Tule paikalle talkooaikaan, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Yhteinen tekeminen tutustuttaa naapureihin ja tuo suomen kielen arkisanastoa. Vapaaehtoistyö antaa myös kokemusta ja suosittelijoita työnhakuun.",
        scheduleNote: "Viljelykausi toukokuusta syyskuuhun, talvella tapaamiset kerran kuussa.",
      },
    },
  },
  {
    id: "demo-act-061",
    organisationId: ORG.kaarna,
    originalLanguage: "fi",
    themes: ["language", "social"],
    targetGroups: ["everyone", "newcomers", "students"],
    forms: ["language-cafe"],
    languages: ["fi"],
    supportLanguages: ["uk", "ru", "en", "ar"],
    finnishLevel: "NONE",
    places: [V.lahti],
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Minna Peltonen", email: "lahti@kaarna.example.fi", phone: "03 612 3401" },
    slots: ["thu 16:00-17:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Kansalaisopiston kielikahvila Lahdessa",
        summary: "Viikoittainen kielikahvila kaikille, jotka haluavat puhua suomea. Ohjaajina kansalaisopiston opettajat ja vapaaehtoiset.",
        description:
          "Kielikahvilassa jutellaan pienissä ryhmissä eri aiheista, kuten ruoasta, vuodenajoista, työstä ja Lahden tapahtumista. Jokaisessa ryhmässä on suomea äidinkielenään puhuva vetäjä, joka pitää huolen siitä, että kaikki pääsevät ääneen. Aloittelijoille on oma pöytä, jossa käytetään kuvia ja eleitä. Kahvilan lopuksi kerrotaan opiston tulevista kursseista. Mukaan ei tarvitse tuoda mitään.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Puhumisen harjoittelu tuo rohkeutta käyttää suomea kaupassa, työssä ja viranomaisten kanssa. Kahvila on myös hyvä paikka löytää sopiva kielikurssi.",
        easySummary: "Kielikahvila torstaina kello 16. Me puhumme suomea pienissä ryhmissä. Aloittelijat ovat tervetulleita.",
      },
    },
  },
  {
    id: "demo-act-062",
    organisationId: ORG.digiluotsi,
    originalLanguage: "fi",
    themes: ["digital", "society"],
    targetGroups: ["newcomers", "seniors"],
    forms: ["guidance"],
    languages: ["fi", "uk", "ru"],
    supportLanguages: ["uk", "ru"],
    finnishLevel: "NONE",
    places: [V.lahti],
    acceptsReferrals: true,
    accessibility: ["step-free"],
    contact: { name: "Olena Virtanen", email: "lahti@digiluotsi.example.fi", phone: "044 120 3031" },
    slots: ["mon 10:00-12:00"],
    translations: {
      fi: {
        title: "Digituki ukrainaksi ja venäjäksi: pankkitunnukset, Kela ja OmaKanta",
        summary: "Henkilökohtaista apua sähköiseen asiointiin ukrainaksi, venäjäksi ja suomeksi. Tule kysymään mistä tahansa verkkopalvelusta.",
        description:
          "Digiohjaaja Olena auttaa esimerkiksi pankkitunnusten ja mobiilivarmenteen käyttöönotossa, Kelan hakemusten täyttämisessä, OmaKannan käytössä ja sähköpostin perustamisessa. Apua saa omalla puhelimella, tabletilla tai kannettavalla, ja tarvittaessa voit käyttää opiston konetta. Jokaiselle varataan noin 20 minuuttia; jos jonoa on, voit odottaa kahvin kanssa. Ota mukaan laite, laturi ja pankkitunnukset. Ohjaaja ei koskaan kirjaudu puolestasi eikä kysy tunnuslukujasi.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Sosiaaliohjaaja voi myös ohjata asiakkaan digitukeen.",
        integrationSupport:
          "Kun osaat käyttää sähköisiä palveluja, hoidat Kela-, terveys- ja pankkiasiasi itse etkä ole riippuvainen muiden avusta. Opit samalla, mitä palveluja Suomessa on.",
      },
      uk: {
        title: "Цифрова допомога українською та російською: банківські коди, Kela та OmaKanta",
        summary: "Індивідуальна допомога з електронними послугами українською, російською та фінською. Приходьте з будь-яким питанням щодо онлайн-сервісів.",
        description:
          "Цифрова консультантка Олена допоможе, наприклад, активувати банківські коди та мобільний сертифікат, заповнити заяви до Kela, користуватися OmaKanta та створити електронну пошту. Допомогу можна отримати на власному телефоні, планшеті чи ноутбуці, а за потреби — на комп'ютері навчального центру. На кожного відвідувача передбачено близько 20 хвилин; якщо є черга, можна почекати за кавою. Візьміть із собою пристрій, зарядку та банківські коди. Консультантка ніколи не входить у систему замість вас і не питає ваших кодів.",
        howToJoin: "Просто приходьте, реєстрація не потрібна. Соціальний працівник також може направити вас сюди.",
        integrationSupport:
          "Коли ви вмієте користуватися електронними послугами, ви самі вирішуєте питання з Kela, охороною здоров'я та банком і не залежите від допомоги інших. Водночас ви дізнаєтеся, які послуги існують у Фінляндії.",
      },
    },
  },
  {
    id: "demo-act-063",
    organisationId: ORG.rodnik,
    originalLanguage: "ru",
    themes: ["social", "language", "health"],
    targetGroups: ["seniors"],
    forms: ["club"],
    languages: ["ru", "fi"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.kotka],
    ageMin: 60,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Галина Петрова", email: "kotka@rodnik.example.org", phone: "040 765 1021" },
    slots: ["wed 12:00-14:00"],
    pauses: ["christmas", "summer"],
    translations: {
      ru: {
        title: "Клуб для пожилых в Котке: чай, беседы и финский язык",
        summary: "Еженедельные встречи для русскоязычных людей старше 60 лет. Общаемся, делаем лёгкую гимнастику и понемногу учим финский.",
        description:
          "Каждую среду мы пьём чай, обсуждаем новости и делимся жизненным опытом. Полчаса посвящаем финскому языку: учим фразы, которые пригодятся в аптеке, в поликлинике и в магазине. Раз в месяц приходит гость — медсестра, социальный работник или сотрудник полиции — и рассказывает о том, что важно знать пожилым людям в Финляндии. Встречи ведёт Галина, которая много лет работала учительницей. Помещение доступно для людей с ограниченной подвижностью.",
        howToJoin: "Приходите, записываться не нужно. Вопросы можно задать Галине по телефону 040 765 1021.",
        integrationSupport:
          "Клуб помогает не чувствовать себя одиноким и узнавать о медицинских и социальных услугах. Простые фразы на финском придают уверенности в повседневных делах.",
        scheduleNote: "Перерыв на Рождество и летом.",
      },
      fi: {
        title: "Venäjänkielisten seniorien kerho Kotkassa",
        summary: "Viikoittainen kerho yli 60-vuotiaille venäjänkielisille. Jutellaan, jumpataan kevyesti ja opitaan vähän suomea.",
        description:
          "Joka keskiviikko juodaan teetä, keskustellaan uutisista ja jaetaan kokemuksia. Puoli tuntia käytetään suomen kieleen: opetellaan lauseita, joita tarvitaan apteekissa, terveysasemalla ja kaupassa. Kerran kuussa vieraana on esimerkiksi terveydenhoitaja, sosiaaliohjaaja tai poliisi, joka kertoo ikäihmisille tärkeistä asioista Suomessa. Kerhoa vetää Galina, joka on toiminut pitkään opettajana. Tila on esteetön.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Kysymyksiin vastaa Galina numerossa 040 765 1021.",
        integrationSupport:
          "Kerho vähentää yksinäisyyttä ja tuo tietoa terveys- ja sosiaalipalveluista. Yksinkertaiset suomen fraasit lisäävät varmuutta arjen asioinnissa.",
        scheduleNote: "Tauko joulun aikaan ja kesällä.",
      },
    },
  },
  {
    id: "demo-act-064",
    organisationId: ORG.digiluotsi,
    originalLanguage: "fi",
    themes: ["digital", "work"],
    targetGroups: ["job-seekers"],
    forms: ["course"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "ru"],
    finnishLevel: "SOME",
    places: [V.kotkaKarhula],
    registration: { phone: "044 120 3032", email: "kotka@digiluotsi.example.fi" },
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Mikko Hyvärinen", email: "kotka@digiluotsi.example.fi", phone: "044 120 3032" },
    course: { startDay: 15, endDay: 43 },
    slots: ["tue 09:00-11:30", "thu 09:00-11:30"],
    dates: { validDays: 45 },
    translations: {
      fi: {
        title: "Tietokoneen perusteet työnhakijoille Karhulassa",
        summary: "Neljän viikon kurssi, jolla opit työnhaussa tarvittavat tietokonetaidot: sähköposti, tekstinkäsittely ja Työmarkkinatori.",
        description:
          "Kurssilla harjoitellaan sähköpostin lähettämistä liitteineen, CV:n kirjoittamista tekstinkäsittelyohjelmalla, tiedostojen tallentamista ja työpaikkojen hakemista Työmarkkinatorilta. Lopuksi jokainen lähettää vähintään yhden oikean työhakemuksen. Opettaja Mikko etenee rauhallisesti, ja ryhmässä on enintään kymmenen osallistujaa. Kurssilla käytetään hankkeen kannettavia tietokoneita. Ota mukaan muistitikku, jos sinulla on, ja mahdolliset todistukset.",
        howToJoin: "Ilmoittaudu puhelimella tai sähköpostilla. Työllisyyspalvelut voi ohjata kurssille.",
        integrationSupport:
          "Lähes kaikki työpaikat haetaan Suomessa verkossa. Kurssin jälkeen osaat hakea töitä itsenäisesti ja käyttää työelämän perusohjelmia.",
      },
    },
  },
  {
    id: "demo-act-065",
    organisationId: ORG.rodnik,
    originalLanguage: "ru",
    themes: ["society"],
    targetGroups: ["newcomers", "seniors"],
    forms: ["guidance"],
    languages: ["ru", "fi"],
    finnishLevel: "NONE",
    places: [V.lpr],
    acceptsReferrals: true,
    accessibility: ["step-free"],
    contact: { name: "Ирина Лайне", email: "lappeenranta@rodnik.example.org", phone: "040 765 1022" },
    slots: ["thu 14:00-17:00"],
    pauses: ["christmas"],
    translations: {
      ru: {
        title: "Консультации на русском языке: Kela, налоги, жильё",
        summary: "Бесплатные консультации для русскоязычных жителей Лаппеенранты по бытовым и официальным вопросам. Помогаем разобраться в письмах и заполнить заявления.",
        description:
          "Консультант Ирина помогает понять письма от Kela, налоговой службы и других ведомств, заполнить заявления и подготовиться к встрече со специалистом. Можно также спросить о договоре аренды, жилищном пособии, услугах по трудоустройству и записи к врачу. Ирина работает консультантом в объединении более десяти лет и хорошо знает местные службы. Приносите с собой документы, по которым нужна помощь, и удостоверение личности. Консультации конфиденциальны.",
        howToJoin: "Приходите в часы приёма, записываться не нужно. Если очередь большая, можно договориться о другом времени.",
        integrationSupport:
          "Когда понимаешь, как работает финская система услуг, проще отстаивать свои права и выполнять обязанности. Консультант также подскажет курсы финского языка и клубы по интересам в городе.",
      },
      fi: {
        title: "Neuvontaa venäjäksi: Kela, verotus ja asuminen",
        summary: "Maksutonta neuvontaa venäjänkielisille lappeenrantalaisille arjen ja viranomaisasioiden kanssa. Autamme ymmärtämään kirjeitä ja täyttämään hakemuksia.",
        description:
          "Neuvoja Irina auttaa ymmärtämään Kelan, Verohallinnon ja muiden viranomaisten kirjeitä, täyttämään hakemuksia ja valmistautumaan tapaamisiin. Voit kysyä myös vuokrasopimuksesta, asumistuesta, työllisyyspalveluista ja lääkäriajan varaamisesta. Irina on toiminut yhdistyksen neuvojana yli kymmenen vuotta ja tuntee paikalliset palvelut hyvin. Ota mukaan asiaan liittyvät paperit ja henkilöllisyystodistus. Neuvonta on luottamuksellista.",
        howToJoin: "Tule paikalle vastaanottoaikana, ajanvarausta ei tarvita. Jos jonoa on paljon, voit sopia toisen ajan.",
        integrationSupport:
          "Kun ymmärrät, miten suomalaiset palvelut toimivat, on helpompi huolehtia oikeuksistaan ja velvollisuuksistaan. Neuvoja vinkkaa myös suomen kursseista ja harrastuksista kaupungissa.",
      },
    },
  },
  {
    id: "demo-act-066",
    organisationId: ORG.digiluotsi,
    originalLanguage: "fi",
    themes: ["digital", "society"],
    targetGroups: ["seniors", "everyone"],
    forms: ["workshop"],
    languages: ["fi"],
    supportLanguages: ["ru", "uk"],
    finnishLevel: "SOME",
    places: [V.lprKauppakatu],
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Helena Kurki", email: "lappeenranta@digiluotsi.example.fi", phone: "044 120 3033" },
    slots: ["fri 10:00-11:30 /2"],
    translations: {
      fi: {
        title: "Turvallisesti verkossa: tunnista huijaukset",
        summary: "Työpaja, jossa opitaan tunnistamaan huijausviestit, valepuhelut ja vaaralliset linkit. Sopii kaikille, erityisesti ikääntyneille.",
        description:
          "Työpajassa katsotaan oikeita esimerkkejä huijausviesteistä, joita liikkuu Suomessa: valepakettiviestejä, pankin nimissä lähetettyjä viestejä ja puheluita, joissa esiinnytään poliisina. Harjoittelemme, miten viestin aitouden voi tarkistaa ja mitä tehdä, jos on jo ehtinyt klikata. Ohjaaja Helena kertoo myös, miten huijauksesta ilmoitetaan poliisille ja pankille. Tarvittaessa vapaaehtoinen auttaa venäjäksi ja ukrainaksi. Ota mukaan oma puhelin, jos haluat tarkistaa sen asetuksia.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Uudessa maassa on vaikea tietää, miltä viranomaisten ja pankkien aidot viestit näyttävät. Työpaja auttaa suojaamaan rahasi ja henkilötietosi ja lisää luottamusta sähköiseen asiointiin.",
      },
    },
  },
  {
    id: "demo-act-067",
    organisationId: ORG.rodnik,
    originalLanguage: "fi",
    themes: ["culture", "family", "language"],
    targetGroups: ["children", "families"],
    forms: ["club"],
    languages: ["fi", "ru"],
    finnishLevel: "NONE",
    places: [V.lpr],
    ageMin: 3,
    ageMax: 7,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Ksenia Hämäläinen", email: "lappeenranta@rodnik.example.org", phone: "040 765 1023" },
    slots: ["sat 11:00-12:00"],
    pauses: ["summer"],
    translations: {
      fi: {
        title: "Kaksikielinen satutuokio lapsille",
        summary: "Lauantaiaamun satutuokio 3–7-vuotiaille: luetaan satuja suomeksi ja venäjäksi, lauletaan ja askarrellaan.",
        description:
          "Satutuokiossa sama tarina luetaan ensin suomeksi ja sitten venäjäksi, ja lapset saavat osallistua kertomiseen kuvien ja nukkien avulla. Sadun jälkeen lauletaan ja askarrellaan tarinan aiheesta. Tuokiota vetää lastentarhanopettaja Ksenia, joka puhuu molempia kieliä äidinkielenään. Vanhempi tai muu aikuinen on mukana tuokion ajan. Kirjoja voi lainata kotiin.",
        howToJoin: "Tulkaa paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Kaksikielinen lukeminen tukee sekä suomen kielen oppimista että kotikielen säilymistä. Vanhemmat saavat vinkkejä lukemiseen ja tutustuvat muihin perheisiin.",
      },
    },
  },
];
