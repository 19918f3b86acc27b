import type { PrismaClient } from "../../lib/db/generated/client";

// Demo field news (issue 14): funding calls of ELY centres and TE services, the reform of the
// integration act (kotoutumislaki), network meetings and service changes. Dates are relative to
// the seed's `now`, so the list always looks current. Deterministic and idempotent: the
// demo-news-* rows are replaced on every run.

type Text = { title: string; lead: string; body: string };
type SeedNews = {
  id: string;
  category: "FUNDING" | "TRAINING" | "LAW" | "NETWORK" | "SERVICE" | "OTHER";
  organisationId?: string;
  original: "fi" | "sv" | "en";
  regions: string[];
  publishedDaysAgo: number;
  validDays?: number;
  texts: Partial<Record<"fi" | "sv" | "en" | "ar", Text>>;
};

export const NEWS: SeedNews[] = [
  {
    id: "demo-news-01",
    category: "FUNDING",
    original: "fi",
    regions: ["01"],
    publishedDaysAgo: 1,
    validDays: 30,
    texts: {
      fi: {
        title: "Uudenmaan ELY-keskus: kotoutumista tukevan järjestötoiminnan avustushaku avattu",
        lead: "Haku on tarkoitettu yhdistyksille, jotka järjestävät matalan kynnyksen toimintaa vastikään Suomeen muuttaneille.",
        body: "Avustusta voi hakea esimerkiksi **kielikahviloihin**, vertaisryhmiin ja digitaitojen ohjaukseen.\n\n- Haettava summa: 10 000–60 000 euroa\n- Toiminta-aika: seuraava kalenterivuosi\n- Hakemukset sähköisesti\n\nLisätietoja: [ELY-keskuksen avustukset](https://www.ely-keskus.fi/avustukset).",
      },
      sv: {
        title: "NTM-centralen i Nyland: ansökan om bidrag till föreningsverksamhet som stöder integration har öppnats",
        lead: "Ansökan är avsedd för föreningar som ordnar lågtröskelverksamhet för personer som nyligen flyttat till Finland.",
        body: "Bidrag kan sökas till exempel för **språkkaféer**, kamratgrupper och handledning i digitala färdigheter.\n\n- Belopp: 10 000–60 000 euro\n- Verksamhetstid: nästa kalenderår\n\nMer information: [NTM-centralens understöd](https://www.ely-keskus.fi/sv/avustukset).",
      },
      en: {
        title: "Uusimaa ELY Centre opens its call for grants to integration work of associations",
        lead: "The call is for associations that run low-threshold activities for people who recently moved to Finland.",
        body: "Grants can cover, for example, **language cafés**, peer groups and guidance in digital skills.\n\n- Amount: 10,000–60,000 euros\n- Period: the next calendar year\n\nMore: [ELY Centre grants](https://www.ely-keskus.fi/en/avustukset).",
      },
    },
  },
  {
    id: "demo-news-02",
    category: "LAW",
    original: "fi",
    regions: [],
    publishedDaysAgo: 3,
    texts: {
      fi: {
        title: "Kotoutumislaki: kuntien vastuu kotoutumispalveluista vahvistui",
        lead: "Uudistettu laki kotoutumisen edistämisestä siirsi kotoutumispalvelujen järjestämisvastuun kunnille. Mitä muutos tarkoittaa järjestöille?",
        body: "Kunta laatii **kotoutumisohjelman** ja tekee asiakkaan kanssa kotoutumissuunnitelman. Järjestöjen matalan kynnyksen toiminta on suunnitelmassa usein mukana täydentävänä toimintana.\n\n## Mitä kannattaa tehdä nyt\n\n1. Tarkista, mainitaanko toimintanne kuntanne kotoutumisohjelmassa.\n2. Kerro ilmoituksessa, ottaako toiminta vastaan viranomaisen ohjaamia osallistujia.\n\nLaki Finlexissä: [laki kotoutumisen edistämisestä](https://www.finlex.fi/fi/laki/ajantasa/2023/20230681).",
      },
      en: {
        title: "Integration Act: municipalities now responsible for integration services",
        lead: "The reformed Act on the Promotion of Integration moved the responsibility for integration services to municipalities. What does it mean for associations?",
        body: "The municipality draws up an **integration programme** and makes an integration plan with each client. Low-threshold activities of associations are often part of the plan.\n\n## What to do now\n\n1. Check whether your municipality's programme mentions your activity.\n2. Say in your notice whether you accept participants referred by an authority.\n\nThe act in Finlex: [Act on the Promotion of Integration](https://www.finlex.fi/en/laki/kaannokset/2023/en20230681).",
      },
      ar: {
        title: "قانون الاندماج: البلديات مسؤولة الآن عن خدمات الاندماج",
        lead: "نقل قانون تعزيز الاندماج المعدَّل مسؤولية خدمات الاندماج إلى البلديات. ماذا يعني ذلك للجمعيات؟",
        body: "تضع البلدية **برنامج الاندماج** وتعد خطة اندماج مع كل عميل. وغالبًا ما تكون أنشطة الجمعيات جزءًا من هذه الخطة.",
      },
    },
  },
  {
    id: "demo-news-03",
    category: "NETWORK",
    original: "fi",
    regions: ["06"],
    publishedDaysAgo: 4,
    validDays: 20,
    texts: {
      fi: {
        title: "Pirkanmaan kotoutumisverkoston tapaaminen Tampereella",
        lead: "Järjestöjen, seurakuntien ja kunnan työntekijöiden yhteinen tapaaminen käsittelee miesten ja poikien toiminnan puutetta.",
        body: "Tapaaminen pidetään Tampereen pääkirjasto Metson monitoimitilassa. Ohjelmassa alueen kartoitus, esittelyt ja yhteinen työpaja.\n\nIlmoittaudu: [verkoston sivu](https://example.fi/pirkanmaa-verkosto).",
      },
    },
  },
  {
    id: "demo-news-04",
    category: "SERVICE",
    original: "fi",
    regions: ["01"],
    publishedDaysAgo: 6,
    texts: {
      fi: {
        title: "Työllisyyspalvelut siirtyivät kuntiin: TE-palveluiden asiointi muuttui",
        lead: "TE-palvelut siirtyivät kuntien ja kuntaryhmien työllisyysalueille. Asiakkaan palvelupiste määräytyy kotikunnan mukaan.",
        body: "Työnhakijan kannattaa tarkistaa oma **työllisyysalue** ja sen yhteystiedot. Työ- ja elinkeinopalvelujen verkkoasiointi toimii edelleen Työmarkkinatorilla.\n\nLisätietoa: [Työmarkkinatori](https://tyomarkkinatori.fi).",
      },
      sv: {
        title: "Sysselsättningstjänsterna har flyttat till kommunerna: TE-tjänsterna fungerar på ett nytt sätt",
        lead: "TE-tjänsterna har överförts till kommunernas sysselsättningsområden. Kundens serviceställe bestäms av hemkommunen.",
        body: "Arbetssökande bör kontrollera sitt **sysselsättningsområde** och dess kontaktuppgifter. E-tjänsterna finns fortfarande på Jobbmarknaden.\n\nMer: [Jobbmarknaden](https://tyomarkkinatori.fi/sv).",
      },
    },
  },
  {
    id: "demo-news-05",
    category: "TRAINING",
    original: "fi",
    regions: [],
    publishedDaysAgo: 7,
    validDays: 14,
    texts: {
      fi: {
        title: "Verkkokoulutus: selkokieli kotoutumistyössä",
        lead: "Maksuton kolmen tapaamisen verkkokoulutus järjestöjen ja kuntien työntekijöille ja vapaaehtoisille.",
        body: "Koulutuksessa harjoitellaan selkokielisen ilmoituksen ja esitteen kirjoittamista. Mukaan mahtuu 40 osallistujaa.\n\n*Ilmoittautuminen päättyy viikkoa ennen ensimmäistä tapaamista.*",
      },
      en: {
        title: "Online training: plain Finnish in integration work",
        lead: "A free online course of three sessions for staff and volunteers of associations and municipalities.",
        body: "Participants practise writing a notice and a leaflet in plain Finnish (selkokieli). Room for 40 participants.",
      },
    },
  },
  {
    id: "demo-news-06",
    category: "FUNDING",
    original: "fi",
    regions: ["17"],
    publishedDaysAgo: 9,
    validDays: 45,
    texts: {
      fi: {
        title: "Pohjois-Pohjanmaan ELY-keskus: ESR+-rahoitus kotoutumista tukeviin hankkeisiin",
        lead: "Euroopan sosiaalirahaston hankehaku painottaa maahanmuuttaneiden naisten työllistymistä ja osallisuutta.",
        body: "Hakuun voivat osallistua yhdistykset, oppilaitokset ja kunnat. Hankkeen kesto enintään kolme vuotta.\n\nLue hakuilmoitus: [EU-rahoitus](https://www.eura2021.fi).",
      },
    },
  },
  {
    id: "demo-news-07",
    category: "NETWORK",
    original: "sv",
    regions: ["15"],
    publishedDaysAgo: 10,
    texts: {
      sv: {
        title: "Integrationsnätverket i Österbotten träffas i Vasa",
        lead: "Nätverket för föreningar, församlingar och kommuner i Österbotten samlas för att planera vårens verksamhet.",
        body: "Vi går igenom vilka språkkaféer och kamratgrupper som finns i regionen och var det saknas verksamhet.\n\nAnmälan: [nätverkets sida](https://example.fi/osterbotten-natverk).",
      },
      fi: {
        title: "Pohjanmaan kotoutumisverkosto kokoontuu Vaasassa",
        lead: "Pohjanmaan järjestöjen, seurakuntien ja kuntien verkosto kokoontuu suunnittelemaan kevään toimintaa.",
        body: "Käymme läpi alueen kielikahvilat ja vertaisryhmät sekä sen, missä toimintaa puuttuu.",
      },
    },
  },
  {
    id: "demo-news-08",
    category: "SERVICE",
    original: "fi",
    regions: ["02"],
    publishedDaysAgo: 12,
    texts: {
      fi: {
        title: "Turun kotoutumispalvelujen neuvonta muuttaa uusiin tiloihin",
        lead: "Maahanmuuttajien neuvontapiste palvelee jatkossa kaupungin palvelutorilla. Aukioloajat pysyvät ennallaan.",
        body: "Neuvonnassa palvellaan suomeksi, ruotsiksi ja englanniksi sekä tulkin välityksellä arabiaksi, somaliksi, venäjäksi ja ukrainaksi.",
      },
      en: {
        title: "Turku integration advice moves to new premises",
        lead: "The advice point for immigrants now serves at the city's service centre. Opening hours stay the same.",
        body: "Advice is given in Finnish, Swedish and English, and through an interpreter in Arabic, Somali, Russian and Ukrainian.",
      },
    },
  },
  {
    id: "demo-news-09",
    category: "LAW",
    original: "en",
    regions: [],
    publishedDaysAgo: 14,
    texts: {
      en: {
        title: "Temporary protection for people from Ukraine extended",
        lead: "The EU extended temporary protection for people who fled the war in Ukraine. Residence permits in Finland are renewed by application.",
        body: "People under temporary protection should apply for a new permit through **Enter Finland** before their current one ends.\n\nMigri: [temporary protection](https://migri.fi/en/temporary-protection).",
      },
      fi: {
        title: "Ukrainasta paenneiden tilapäistä suojelua jatkettiin",
        lead: "EU jatkoi Ukrainan sotaa paenneiden tilapäistä suojelua. Oleskeluluvat uusitaan Suomessa hakemuksesta.",
        body: "Tilapäistä suojelua saavien kannattaa hakea uutta lupaa **Enter Finland** -palvelussa ennen nykyisen luvan päättymistä.",
      },
      sv: {
        title: "Tillfälligt skydd för personer från Ukraina förlängs",
        lead: "EU har förlängt det tillfälliga skyddet för personer som flytt kriget i Ukraina. Uppehållstillstånden förnyas på ansökan.",
        body: "Den som har tillfälligt skydd bör ansöka om nytt tillstånd i **Enter Finland** innan det nuvarande upphör.",
      },
    },
  },
  {
    id: "demo-news-10",
    category: "TRAINING",
    original: "fi",
    regions: ["11", "12"],
    publishedDaysAgo: 16,
    validDays: 10,
    texts: {
      fi: {
        title: "Vapaaehtoisten koulutus Kuopiossa ja Joensuussa: ryhmänohjaajan perusteet",
        lead: "Kahden illan koulutus vapaaehtoisille, jotka ohjaavat kielikahvilaa tai vertaisryhmää.",
        body: "Aiheina ryhmän turvallisuus, monikielinen ohjaus ja oman jaksamisen tuki. Koulutus on maksuton.",
      },
    },
  },
  {
    id: "demo-news-11",
    category: "FUNDING",
    original: "fi",
    regions: [],
    publishedDaysAgo: 20,
    validDays: -2,
    texts: {
      fi: {
        title: "STEA:n avustushaku järjestöjen kotoutumistyöhön päättyi",
        lead: "Sosiaali- ja terveysjärjestöjen avustuskeskuksen haku päättyi. Päätökset julkaistaan vuoden lopussa.",
        body: "Seuraava haku avautuu keväällä. Seuraa [STEA:n sivuja](https://www.stea.fi).",
      },
    },
  },
  {
    id: "demo-news-12",
    category: "NETWORK",
    original: "fi",
    regions: ["13"],
    publishedDaysAgo: 22,
    texts: {
      fi: {
        title: "Jyväskylän kotoutumisen kumppanuuspöytä kokoontuu",
        lead: "Kaupunki kutsuu järjestöt ja seurakunnat kumppanuuspöytään sopimaan yhteisestä tiedottamisesta.",
        body: "Kokouksessa esitellään myös Tukiverkon ilmoitukset ja se, miten toiminnan tiedot pidetään ajan tasalla.",
      },
    },
  },
  {
    id: "demo-news-13",
    category: "SERVICE",
    original: "sv",
    regions: ["01"],
    publishedDaysAgo: 25,
    texts: {
      sv: {
        title: "Helsingfors stad: ny svenskspråkig rådgivning för inflyttade",
        lead: "Rådgivningen hjälper personer som flyttat till Finland och vill integreras på svenska.",
        body: "Rådgivningen har öppet två dagar i veckan och ger information om språkkurser, jobb och föreningar.",
      },
      en: {
        title: "City of Helsinki: new Swedish-language advice for newcomers",
        lead: "The advice helps people who moved to Finland and want to integrate in Swedish.",
        body: "Open two days a week, with information on language courses, jobs and associations.",
      },
    },
  },
  {
    id: "demo-news-14",
    category: "OTHER",
    original: "fi",
    regions: [],
    publishedDaysAgo: 28,
    texts: {
      fi: {
        title: "Tukiverkon uusi ominaisuus: sähköposti-ilmoitukset hauista",
        lead: "Voit nyt tilata viestin, kun hakuusi sopii uusia toimintoja. Palvelu tallentaa vain hakuehdot.",
        body: "Tee haku toimintasivulla ja valitse **Ilmoita sähköpostilla uusista osumista**. Vahvista tilaus sähköpostiin tulevalla linkillä.",
      },
      en: {
        title: "New in Tukiverkko: email alerts for searches",
        lead: "You can now get a mail when new activities match your search. Only the search itself is stored.",
        body: "Search on the activities page and choose **Email me when new activities match**. Confirm with the link in the mail.",
      },
    },
  },
  {
    id: "demo-news-15",
    category: "TRAINING",
    original: "en",
    regions: ["01"],
    publishedDaysAgo: 30,
    texts: {
      en: {
        title: "Workshop in Espoo: trauma-informed work with newcomers",
        lead: "A half-day workshop for case workers and NGO staff on meeting clients who have experienced trauma.",
        body: "The workshop is in English with Finnish support. Free of charge; lunch is served.",
      },
    },
  },
  {
    id: "demo-news-16",
    category: "LAW",
    original: "fi",
    regions: [],
    publishedDaysAgo: 35,
    texts: {
      fi: {
        title: "Kansalaisuuslain muutos: asumisaikavaatimus pidentyi",
        lead: "Suomen kansalaisuuden saamiseksi vaadittava asumisaika pidentyi kahdeksaan vuoteen.",
        body: "Muutos koskee uusia hakemuksia. Kielitaitovaatimus säilyy ennallaan.",
      },
      sv: {
        title: "Ändring i medborgarskapslagen: kravet på boendetid förlängdes",
        lead: "Den boendetid som krävs för finskt medborgarskap förlängdes till åtta år.",
        body: "Ändringen gäller nya ansökningar. Språkkravet förblir oförändrat.",
      },
    },
  },
];

const DAY = 86_400_000;

export async function seedNews(prisma: PrismaClient, now: Date): Promise<number> {
  const ids = NEWS.map((n) => n.id);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  await prisma.newsItem.deleteMany({ where: { id: { startsWith: "demo-news-" } } });
  for (const n of NEWS) {
    await prisma.newsItem.create({
      data: {
        id: n.id,
        organisationId: n.organisationId ?? null,
        status: "PUBLISHED",
        category: n.category,
        originalLanguage: n.original,
        regions: n.regions,
        publishedAt: new Date(now.getTime() - n.publishedDaysAgo * DAY),
        validUntil: n.validDays === undefined ? null : new Date(today + n.validDays * DAY),
        translations: { create: Object.entries(n.texts).map(([locale, text]) => ({ locale, ...text! })) },
      },
    });
  }
  return ids.length;
}
