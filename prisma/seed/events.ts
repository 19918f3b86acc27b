import { Prisma, type PrismaClient } from "../../lib/db/generated/client";
import { addDays, helsinkiDateTime, helsinkiToday } from "../../lib/dates/helsinki";
import { ORG } from "./organisations";

// Demo events and trainings for people who work in the field (issue 13). Dates are relative to
// the seed's clock (`now`, as the notices' are), so the demo always has upcoming events, a few
// past ones for the archive, cancelled and full ones, online ones, and several regions.
// Deterministic and idempotent: fixed ids, rows rewritten on every run.

type Kind = "TRAINING" | "SEMINAR" | "NETWORK_MEETING" | "WEBINAR" | "VOLUNTEER_TRAINING" | "INFO_SESSION" | "OTHER";
type Texts = { title: string; summary: string; description: string };

export type SeedEvent = {
  id: string;
  org: string;
  kind: Kind;
  lang: "fi" | "sv" | "en";
  texts: Texts;
  translations?: Partial<Record<"fi" | "sv" | "en" | "ar" | "uk", Texts>>;
  audiences: string[];
  themes: string[];
  languages: string[];
  /** Days from the seed's clock of each session, with Helsinki times. */
  sessions: { day: number; start: string; end: string }[];
  mode: "ONSITE" | "ONLINE" | "HYBRID";
  place?: { name: string; street: string; postal: string; municipality: string };
  online?: string;
  region?: string;
  nationwide?: boolean;
  price?: string;
  registrationUrl?: string;
  registrationEmail?: string;
  deadlineDays?: number;
  state?: "CANCELLED" | "POSTPONED" | "MOVED_ONLINE";
  stateNote?: string;
  full?: boolean;
  accessibility?: string[];
  contact: { name: string; email?: string; phone?: string };
  status?: "DRAFT" | "SUBMITTED";
};

const once = (day: number, start = "13:00", end = "15:00") => [{ day, start, end }];

export const events: SeedEvent[] = [
  {
    id: "demo-event-01", org: ORG.silta, kind: "VOLUNTEER_TRAINING", lang: "fi",
    texts: { title: "Vapaaehtoisten perehdytys: kielikahvilan ohjaaminen", summary: "Kahden illan perehdytys uusille kielikahviloiden vapaaehtoisille: miten keskustelu pidetään käynnissä ja miten selkokieltä käytetään.", description: "Ensimmäisenä iltana käymme läpi kielikahvilan rakenteen, roolit ja selkokielen perusteet. Toisena iltana harjoittelemme keskustelun ohjaamista pienryhmissä ja vaikeita tilanteita.\n\nPerehdytys on maksuton ja tarkoitettu kaikille, jotka haluavat ohjata kielikahvilaa pääkaupunkiseudulla." },
    translations: { en: { title: "Volunteer induction: leading a language café", summary: "A two-evening induction for new language café volunteers: keeping the conversation going and using plain Finnish.", description: "On the first evening we go through how a language café works, the roles and the basics of plain language. On the second we practise leading conversations in small groups." } },
    audiences: ["volunteers"], themes: ["language", "volunteering"], languages: ["fi"],
    sessions: [{ day: 6, start: "17:30", end: "20:00" }, { day: 13, start: "17:30", end: "20:00" }], mode: "ONSITE",
    place: { name: "Kohtaamispaikka Silta", street: "Hämeentie 31", postal: "00500", municipality: "091" },
    registrationUrl: "https://silta.example.fi/vapaaehtoiseksi", deadlineDays: 4, accessibility: ["step-free"], contact: { name: "Anna Virtanen", email: "vapaaehtoiset@silta.example.fi" },
  },
  {
    id: "demo-event-02", org: ORG.tampere, kind: "WEBINAR", lang: "fi",
    texts: { title: "Webinaari: kotoutumislain muutokset 2026", summary: "Mitä uusi kotoutumislaki muuttaa kuntien, TE-palvelujen ja järjestöjen työssä vuonna 2026? Asiantuntijat kertovat ja vastaavat kysymyksiin.", description: "Webinaarissa käydään läpi kotoutumislain keskeiset muutokset: kotoutumisohjelma, monialainen osaamisen kartoitus ja kotoutumissuunnitelma, kuntien uusi vastuu sekä järjestöjen rooli. Lopuksi kysymyksiä ja keskustelua.\n\nLinkki lähetetään ilmoittautuneille edellisenä päivänä." },
    translations: { sv: { title: "Webbinarium: ändringarna i integrationslagen 2026", summary: "Vad ändrar den nya integrationslagen i kommunernas, arbets- och näringstjänsternas och organisationernas arbete 2026?", description: "Webbinariet går igenom de viktigaste ändringarna: integrationsprogrammet, kartläggningen av kompetens, integrationsplanen och kommunernas nya ansvar." }, en: { title: "Webinar: changes to the Integration Act 2026", summary: "What does the new Integration Act change in the work of municipalities, employment services and NGOs in 2026?", description: "The webinar covers the main changes: the integration programme, the assessment of skills, the integration plan, the municipalities' new responsibilities and the role of NGOs." } },
    audiences: ["authorities", "ngo-staff", "anyone"], themes: ["society", "work"], languages: ["fi"],
    sessions: once(9, "09:00", "11:00"), mode: "ONLINE", online: "https://tampere.example.fi/webinaari", nationwide: true,
    registrationUrl: "https://tampere.example.fi/ilmoittaudu-webinaariin", deadlineDays: 8, contact: { name: "Mikko Laine", email: "kotoutuminen@tampere.example.fi" },
  },
  {
    id: "demo-event-03", org: ORG.oulu, kind: "NETWORK_MEETING", lang: "fi",
    texts: { title: "Pohjois-Pohjanmaan kotoutumiskoordinaattorien verkostotapaaminen", summary: "Alueen kuntien kotoutumiskoordinaattorien ja järjestöjen yhteinen tapaaminen: ajankohtaiset asiat ja kevään yhteistyö.", description: "Tapaamisessa kuulemme alueen kuntien kuulumiset, käymme läpi ELY-keskuksen ajankohtaiset asiat ja sovimme kevään yhteisistä kotoutumisviikon tapahtumista. Kahvitarjoilu." },
    audiences: ["authorities", "ngo-staff"], themes: ["society"], languages: ["fi"],
    sessions: once(15, "12:30", "15:30"), mode: "HYBRID", place: { name: "Oulun kaupungintalo", street: "Torikatu 10", postal: "90100", municipality: "564" }, online: "https://oulu.example.fi/verkosto",
    registrationEmail: "kotoutuminen@oulu.example.fi", contact: { name: "Riikka Ojala", email: "kotoutuminen@oulu.example.fi" },
  },
  {
    id: "demo-event-04", org: ORG.turku, kind: "SEMINAR", lang: "fi",
    texts: { title: "Varsinais-Suomen kotoutumisseminaari: työllisyys ja kieli", summary: "Koko päivän seminaari työllistymisen ja kielitaidon yhteydestä: puheenvuoroja, hyviä käytäntöjä ja työpajoja.", description: "Seminaarissa kuullaan tutkijoita ja käytännön toimijoita siitä, miten kielen oppiminen ja työ voidaan yhdistää. Iltapäivällä työpajat: työpaikkasuomi, mentorointi ja työnantajien kanssa toimiminen." },
    translations: { en: { title: "Southwest Finland integration seminar: employment and language", summary: "A full-day seminar on work and language skills: talks, good practices and workshops.", description: "Researchers and practitioners talk about combining language learning and work. Afternoon workshops on workplace Finnish, mentoring and working with employers." } },
    audiences: ["authorities", "ngo-staff", "organisers"], themes: ["work", "language"], languages: ["fi", "en"],
    sessions: once(23, "09:00", "16:00"), mode: "ONSITE", place: { name: "Turun kaupungintalo", street: "Aurakatu 2", postal: "20100", municipality: "853" },
    registrationUrl: "https://turku.example.fi/seminaari", deadlineDays: 16, accessibility: ["step-free", "accessible-toilet", "induction-loop"], contact: { name: "Sanna Koskinen", email: "kotoutuminen@turku.example.fi" },
  },
  {
    id: "demo-event-05", org: ORG.mosaik, kind: "VOLUNTEER_TRAINING", lang: "sv",
    texts: { title: "Utbildning för frivilliga: att stödja nyanlända familjer", summary: "En kvällsutbildning för frivilliga som vill stödja nyanlända familjer i Österbotten.", description: "Vi går igenom hur man stöder en familj i vardagen, var gränserna för det frivilliga stödet går och vart man kan hänvisa vidare. Utbildningen ges på svenska." },
    translations: { fi: { title: "Vapaaehtoisten koulutus: uusien perheiden tukeminen", summary: "Iltakoulutus vapaaehtoisille, jotka haluavat tukea Pohjanmaalle muuttaneita perheitä.", description: "Käymme läpi, miten perhettä tuetaan arjessa, missä vapaaehtoistuen rajat kulkevat ja mihin voi ohjata eteenpäin. Koulutus on ruotsiksi." } },
    audiences: ["volunteers"], themes: ["family", "volunteering"], languages: ["sv"],
    sessions: once(11, "18:00", "20:30"), mode: "ONSITE", place: { name: "Mosaiks lokal", street: "Hovrättsesplanaden 12", postal: "65100", municipality: "905" },
    registrationEmail: "frivilliga@mosaik.example.fi", contact: { name: "Johanna Westerlund", email: "frivilliga@mosaik.example.fi" },
  },
  {
    id: "demo-event-06", org: ORG.digiluotsi, kind: "WEBINAR", lang: "fi",
    texts: { title: "Webinaari: digituki maahanmuuttajille – mistä apua vahvaan tunnistautumiseen?", summary: "Käytännön vinkkejä ohjaajille ja vapaaehtoisille, kun asiakkaalla ei ole pankkitunnuksia.", description: "Käymme läpi vaihtoehdot vahvaan tunnistautumiseen, valtuutukset Suomi.fi-palvelussa ja tavallisimmat ongelmatilanteet. Webinaari tallennetaan." },
    audiences: ["authorities", "ngo-staff", "volunteers"], themes: ["digital"], languages: ["fi"],
    sessions: once(4, "14:00", "15:30"), mode: "ONLINE", online: "https://digiluotsi.example.fi/webinaari", nationwide: true,
    contact: { name: "Tuomas Heikkinen", email: "info@digiluotsi.example.fi" },
  },
  {
    id: "demo-event-07", org: ORG.espooHub, kind: "INFO_SESSION", lang: "en",
    texts: { title: "Info session: volunteering with international families in Espoo", summary: "Meet the coordinators and hear how you can volunteer with international families: homework help, family cafés and outings.", description: "An hour-long info session for anyone interested in volunteering. We explain the different roles, the training we give and how much time each role takes. Tea and snacks." },
    translations: { fi: { title: "Infotilaisuus: vapaaehtoiseksi kansainvälisille perheille Espoossa", summary: "Tapaa koordinaattorit ja kuule, miten voit toimia vapaaehtoisena kansainvälisten perheiden kanssa.", description: "Tunnin mittainen infotilaisuus kaikille vapaaehtoistyöstä kiinnostuneille." } },
    audiences: ["volunteers", "anyone"], themes: ["volunteering", "family"], languages: ["en", "fi"],
    sessions: once(8, "17:00", "18:00"), mode: "ONSITE", place: { name: "Iso Omena library, meeting room 3", street: "Piispansilta 11", postal: "02230", municipality: "049" },
    contact: { name: "Laura Smith", email: "volunteer@espoohub.example.fi" },
  },
  {
    id: "demo-event-08", org: ORG.kaarna, kind: "TRAINING", lang: "fi",
    texts: { title: "Selkokielen koulutus kotoutumisen parissa työskenteleville", summary: "Opi kirjoittamaan ja puhumaan selkokieltä: ilmoitukset, ohjeet ja asiakastilanteet.", description: "Koulutuksessa harjoitellaan selkokielisten tekstien kirjoittamista ja selkeää puhumista asiakastilanteissa. Osallistujat saavat muokata omia tekstejään kouluttajan tuella. Kolme iltapäivää." },
    audiences: ["authorities", "ngo-staff", "organisers"], themes: ["language"], languages: ["fi"],
    sessions: [{ day: 20, start: "13:00", end: "16:00" }, { day: 27, start: "13:00", end: "16:00" }, { day: 34, start: "13:00", end: "16:00" }], mode: "ONSITE",
    place: { name: "Kaarnan kansalaisopisto", street: "Kauppakatu 20", postal: "40100", municipality: "179" },
    price: "60 € (kolme kertaa)", registrationUrl: "https://kaarna.example.fi/selkokieli", deadlineDays: 14, full: true, contact: { name: "Eeva Mäkinen", email: "toimisto@kaarna.example.fi" },
  },
  {
    id: "demo-event-09", org: ORG.tyoveturi, kind: "SEMINAR", lang: "fi",
    texts: { title: "Työnantajaseminaari: monikielinen työyhteisö Kuopiossa", summary: "Työnantajille ja ohjaajille: rekrytointi, perehdytys ja työpaikkasuomi.", description: "Seminaarissa paikalliset yritykset kertovat kokemuksistaan, ja TyöVeturi-hanke esittelee mallin, jolla työpaikalla voi tukea suomen kielen oppimista." },
    audiences: ["authorities", "organisers", "anyone"], themes: ["work"], languages: ["fi"],
    sessions: once(30, "08:30", "11:30"), mode: "ONSITE", place: { name: "Kuopion Musiikkikeskus", street: "Kuopionlahdenkatu 23", postal: "70100", municipality: "297" },
    registrationUrl: "https://tyoveturi.example.fi/seminaari", state: "CANCELLED", stateNote: "Seminaari perutaan vähäisen ilmoittautumismäärän vuoksi. Uusi ajankohta keväällä.", contact: { name: "Jari Nieminen", email: "tyoveturi@example.fi" },
  },
  {
    id: "demo-event-10", org: ORG.kohtaamo, kind: "VOLUNTEER_TRAINING", lang: "fi",
    texts: { title: "Vertaisohjaajakoulutus naisten ryhmien vetäjille", summary: "Koulutus maahanmuuttajanaisten vertaisryhmien ohjaajille: turvallinen ryhmä, luottamuksellisuus ja jaksaminen.", description: "Kaksipäiväinen koulutus vertaisohjaajille. Aiheina turvallisemman tilan periaatteet, luottamuksellisuus, kriisitilanteet ja ohjaajan oma jaksaminen. Lastenhoito järjestetty." },
    audiences: ["volunteers", "organisers"], themes: ["social", "health"], languages: ["fi", "en"],
    sessions: [{ day: 40, start: "10:00", end: "15:00" }, { day: 41, start: "10:00", end: "15:00" }], mode: "ONSITE",
    place: { name: "Naisten Kohtaamo", street: "Vanhanlinnantie 3", postal: "00900", municipality: "091" },
    registrationEmail: "koulutus@kohtaamo.example.fi", deadlineDays: 30, contact: { name: "Leila Hassan", email: "koulutus@kohtaamo.example.fi", phone: "040 765 4321" },
  },
  {
    id: "demo-event-11", org: ORG.rauhanlaakso, kind: "NETWORK_MEETING", lang: "fi",
    texts: { title: "Kirkon ja järjestöjen kotoutumisverkosto, Lahti", summary: "Päijät-Hämeen seurakuntien ja järjestöjen yhteinen verkostotapaaminen.", description: "Tapaamisessa kootaan yhteen alueen kielikahvilat, kerhot ja vapaaehtoistoiminta ja sovitaan yhteisestä viestinnästä." },
    audiences: ["ngo-staff", "volunteers", "organisers"], themes: ["social", "volunteering"], languages: ["fi"],
    sessions: once(18, "17:00", "19:00"), mode: "ONSITE", place: { name: "Rauhanlaakson seurakuntatalo", street: "Kirkkokatu 5", postal: "15110", municipality: "398" },
    contact: { name: "Pastori Heikki Lehtonen", email: "kansainvalinen@rauhanlaakso.example.fi" },
  },
  {
    id: "demo-event-12", org: ORG.turku, kind: "TRAINING", lang: "fi",
    texts: { title: "Traumatietoinen työote kotoutumistyössä", summary: "Koulutus ohjaajille ja vapaaehtoisille: miten trauma voi näkyä arjessa ja miten tukea turvallisesti.", description: "Psykologi kertoo trauman vaikutuksista oppimiseen ja arkeen ja antaa käytännön keinoja kohtaamiseen. Koulutus ei valmista terapiatyöhön, vaan tukee arjen kohtaamisia." },
    audiences: ["authorities", "ngo-staff", "volunteers"], themes: ["health"], languages: ["fi"],
    sessions: once(52, "09:00", "12:00"), mode: "HYBRID", place: { name: "Turun pääkirjasto, Studio", street: "Linnankatu 2", postal: "20100", municipality: "853" }, online: "https://turku.example.fi/trauma",
    registrationUrl: "https://turku.example.fi/trauma-ilmo", contact: { name: "Sanna Koskinen", email: "kotoutuminen@turku.example.fi" },
  },
  {
    id: "demo-event-13", org: ORG.kustbygden, kind: "TRAINING", lang: "sv",
    texts: { title: "Lätt svenska i vardagen – kurs för handledare", summary: "Hur talar och skriver man lätt svenska med nyanlända? En kurs för handledare och frivilliga.", description: "Kursen ger verktyg för att skriva och tala lätt svenska. Vi övar på riktiga texter som deltagarna tar med sig." },
    audiences: ["ngo-staff", "volunteers", "organisers"], themes: ["language"], languages: ["sv"],
    sessions: [{ day: 26, start: "17:00", end: "19:30" }, { day: 33, start: "17:00", end: "19:30" }], mode: "ONSITE",
    place: { name: "Kustbygdens medborgarinstitut", street: "Storgatan 15", postal: "68600", municipality: "598" },
    price: "30 €", registrationUrl: "https://kustbygden.example.fi/kurser", contact: { name: "Camilla Nyman", email: "kansliet@kustbygden.example.fi" },
  },
  {
    id: "demo-event-14", org: ORG.silta, kind: "WEBINAR", lang: "en",
    texts: { title: "Webinar: running an online language café", summary: "Practical tips for volunteers who run language cafés online: tools, group size and keeping everyone talking.", description: "We share what we have learned from three years of online language cafés: which tools work, how to use breakout rooms, and how to include people with little digital experience." },
    translations: { fi: { title: "Webinaari: kielikahvila verkossa", summary: "Käytännön vinkkejä vapaaehtoisille, jotka pitävät kielikahvilaa verkossa.", description: "Kerromme, mitä olemme oppineet kolmen vuoden verkkokielikahviloista." }, ar: { title: "ندوة عبر الإنترنت: إدارة مقهى لغة عبر الإنترنت", summary: "نصائح عملية للمتطوعين الذين يديرون مقاهي اللغة عبر الإنترنت.", description: "نشارك ما تعلمناه من ثلاث سنوات من مقاهي اللغة عبر الإنترنت." } },
    audiences: ["volunteers", "organisers"], themes: ["language", "digital"], languages: ["en"],
    sessions: once(16, "18:00", "19:30"), mode: "ONLINE", online: "https://silta.example.fi/online", nationwide: true,
    contact: { name: "Anna Virtanen", email: "vapaaehtoiset@silta.example.fi" },
  },
  {
    id: "demo-event-15", org: ORG.oulu, kind: "INFO_SESSION", lang: "fi",
    texts: { title: "Infotilaisuus: kotoutumisen palvelut Oulussa järjestöille", summary: "Oulun kaupungin kotoutumisen palvelut esittäytyvät järjestöille ja vapaaehtoisille.", description: "Kerromme, mitä palveluja kaupunki tarjoaa, miten asiakkaita ohjataan järjestöjen toimintaan ja miten järjestöt voivat hakea avustuksia." },
    audiences: ["ngo-staff", "volunteers"], themes: ["society"], languages: ["fi"],
    sessions: once(-20, "14:00", "15:30"), mode: "ONSITE", place: { name: "Oulun kaupungintalo", street: "Torikatu 10", postal: "90100", municipality: "564" },
    contact: { name: "Riikka Ojala", email: "kotoutuminen@oulu.example.fi" },
  },
  {
    id: "demo-event-16", org: ORG.tampere, kind: "NETWORK_MEETING", lang: "fi",
    texts: { title: "Pirkanmaan kotoutumisverkoston syystapaaminen", summary: "Kuntien, järjestöjen ja oppilaitosten verkostotapaaminen.", description: "Tapaamisessa käytiin läpi kotoutumisohjelman valmistelu ja järjestöjen rooli siinä." },
    audiences: ["authorities", "ngo-staff"], themes: ["society"], languages: ["fi"],
    sessions: once(-45, "09:00", "12:00"), mode: "ONSITE", place: { name: "Tampere-talo", street: "Yliopistonkatu 55", postal: "33100", municipality: "837" },
    contact: { name: "Mikko Laine", email: "kotoutuminen@tampere.example.fi" },
  },
  {
    id: "demo-event-17", org: ORG.soniashnyk, kind: "TRAINING", lang: "fi",
    texts: { title: "Ukrainalaisten tukeminen: tilapäinen suojelu ja kotikunta", summary: "Koulutus ohjaajille ja vapaaehtoisille tilapäistä suojelua saaneiden tilanteesta ja kotikunnan saamisesta.", description: "Käymme läpi tilapäisen suojelun, kotikuntaoikeuden ja palvelujen muutokset sekä yleisimmät kysymykset, joita ukrainalaiset perheet esittävät." },
    translations: { uk: { title: "Підтримка українців: тимчасовий захист і муніципалітет проживання", summary: "Навчання для консультантів і волонтерів про тимчасовий захист і право на муніципалітет проживання.", description: "Розглянемо тимчасовий захист, право на муніципалітет проживання та зміни в послугах." } },
    audiences: ["authorities", "ngo-staff", "volunteers"], themes: ["society"], languages: ["fi", "uk"],
    sessions: once(12, "16:00", "18:00"), mode: "HYBRID", place: { name: "Soniashnykin toimitila", street: "Kalevankatu 40", postal: "00180", municipality: "091" }, online: "https://soniashnyk.example.fi/zoom",
    contact: { name: "Olena Kovalenko", email: "info@soniashnyk.example.fi" },
  },
  {
    id: "demo-event-18", org: ORG.kaikkiMukaan, kind: "VOLUNTEER_TRAINING", lang: "fi",
    texts: { title: "Liikuntaryhmän vapaaehtoisohjaajan peruskurssi", summary: "Peruskurssi vapaaehtoisille, jotka haluavat ohjata matalan kynnyksen liikuntaryhmiä maahanmuuttajille.", description: "Kurssilla opitaan ohjaamaan monikielistä liikuntaryhmää, huomioimaan eri taustat ja pitämään ryhmä turvallisena." },
    audiences: ["volunteers"], themes: ["sports", "volunteering"], languages: ["fi"],
    sessions: once(37, "10:00", "16:00"), mode: "ONSITE", place: { name: "Vantaan liikuntakeskus", street: "Tikkurilantie 20", postal: "01300", municipality: "092" },
    registrationUrl: "https://kaikkimukaan.example.fi/kurssi", contact: { name: "Petri Salonen", email: "kurssit@kaikkimukaan.example.fi" },
  },
  {
    id: "demo-event-19", org: ORG.savonlinnaAdult, kind: "SEMINAR", lang: "fi",
    texts: { title: "Etelä-Savon kotoutumispäivä 2027", summary: "Alueen kotoutumistyön seminaari: aikuiskoulutus, työ ja järjestöjen toiminta.", description: "Päivässä kuullaan alueen kuntien ja oppilaitosten puheenvuoroja ja keskustellaan siitä, miten pienemmät paikkakunnat voivat houkutella ja pitää maahanmuuttajia." },
    audiences: ["authorities", "ngo-staff", "organisers"], themes: ["education", "work"], languages: ["fi"],
    sessions: once(75, "09:00", "15:00"), mode: "ONSITE", place: { name: "Savonlinnan aikuisopisto", street: "Olavinkatu 50", postal: "57130", municipality: "740" },
    registrationUrl: "https://savonlinna.example.fi/kotoutumispaiva", contact: { name: "Kaisa Rautiainen", email: "info@savonlinna.example.fi" },
  },
  {
    id: "demo-event-20", org: ORG.karleby, kind: "NETWORK_MEETING", lang: "sv",
    texts: { title: "Nätverksträff för integrationsaktörer i Mellersta Österbotten", summary: "Kommuner, föreningar och läroanstalter träffas och planerar vårens samarbete.", description: "Vi presenterar aktuella projekt och planerar gemensamma evenemang under integrationsveckan. Träffen är tvåspråkig." },
    translations: { fi: { title: "Keski-Pohjanmaan kotoutumistoimijoiden verkostotapaaminen", summary: "Kunnat, yhdistykset ja oppilaitokset tapaavat ja suunnittelevat kevään yhteistyötä.", description: "Esittelemme ajankohtaiset hankkeet ja suunnittelemme kotoutumisviikon yhteisiä tapahtumia. Tapaaminen on kaksikielinen." } },
    audiences: ["authorities", "ngo-staff"], themes: ["society"], languages: ["sv", "fi"],
    sessions: once(44, "13:00", "16:00"), mode: "ONSITE", place: { name: "Karleby stadshus", street: "Torggatan 2", postal: "67100", municipality: "272" },
    contact: { name: "Maria Holm", email: "info@karleby-vanner.example.fi" },
  },
  {
    id: "demo-event-21", org: ORG.sanasampo, kind: "TRAINING", lang: "fi",
    texts: { title: "S2-opetuksen menetelmäkoulutus vapaaehtoisille opettajille", summary: "Käytännön menetelmiä suomi toisena kielenä -opetukseen kielikerhoissa ja kotiläksykerhoissa.", description: "Koulutus antaa vapaaehtoisille opettajille välineitä aikuisten alkeisopetukseen: kuvat, toiminnalliset menetelmät ja eritasoisten oppijoiden huomioiminen." },
    audiences: ["volunteers", "organisers"], themes: ["language", "education"], languages: ["fi"],
    sessions: [{ day: 58, start: "17:00", end: "20:00" }, { day: 65, start: "17:00", end: "20:00" }], mode: "ONLINE", online: "https://sanasampo.example.fi/koulutus", region: "13",
    price: "40 €", registrationUrl: "https://sanasampo.example.fi/ilmoittaudu", contact: { name: "Heidi Lampinen", email: "koulutus@sanasampo.example.fi" },
  },
  {
    id: "demo-event-22", org: ORG.kompassi, kind: "INFO_SESSION", lang: "fi",
    texts: { title: "Ryhdy mentoriksi: infotilaisuus Rovaniemellä", summary: "Kuule, miten voit mentoroida maahanmuuttanutta työnhakijaa omalla alallasi.", description: "Mentoriksi voi ryhtyä kuka tahansa työelämässä oleva. Tilaisuudessa kerromme mentoroinnin rakenteesta, tuesta mentoreille ja kokemuksista." },
    audiences: ["volunteers", "anyone"], themes: ["work", "volunteering"], languages: ["fi"],
    sessions: once(24, "17:00", "18:30"), mode: "ONSITE", place: { name: "Rovaniemen kaupunginkirjasto", street: "Jorma Eton tie 6", postal: "96100", municipality: "698" },
    contact: { name: "Outi Kemppainen", email: "mentorit@kompassi.example.fi" },
  },
  {
    id: "demo-event-23", org: ORG.alwaha, kind: "INFO_SESSION", lang: "fi",
    texts: { title: "Infotilaisuus ohjaajille: arabiankielisten perheiden vertaistuki", summary: "Esittelemme vertaistukiryhmät ja kerromme, miten perheitä voi ohjata mukaan.", description: "Tilaisuus on tarkoitettu sosiaalityöntekijöille, neuvoloiden ja koulujen henkilöstölle sekä järjestöille. Kerromme ryhmien sisällöistä ja ohjaamisesta." },
    translations: { ar: { title: "جلسة إعلامية للمرشدين: دعم الأقران للعائلات الناطقة بالعربية", summary: "نعرّف بمجموعات دعم الأقران ونشرح كيف يمكن توجيه العائلات إليها.", description: "الجلسة موجهة للأخصائيين الاجتماعيين وموظفي المدارس والمنظمات." } },
    audiences: ["authorities", "ngo-staff"], themes: ["family"], languages: ["fi", "ar"],
    sessions: once(19, "13:00", "14:30"), mode: "ONLINE", online: "https://alwaha.example.fi/info", region: "01",
    contact: { name: "Samira Al-Khatib", email: "info@alwaha.example.fi" },
  },
  {
    id: "demo-event-24", org: ORG.puutarha, kind: "VOLUNTEER_TRAINING", lang: "fi",
    texts: { title: "Yhteisöpuutarhan vapaaehtoisten kevätperehdytys", summary: "Perehdytys uusille vapaaehtoisille ennen kasvukautta: ryhmien ohjaaminen ja yhteinen kieli puutarhassa.", description: "Käymme läpi puutarharyhmien toiminnan, turvallisuuden ja sen, miten suomen kieltä voi harjoitella puutarhatöiden lomassa." },
    audiences: ["volunteers"], themes: ["nature", "volunteering"], languages: ["fi"],
    sessions: once(120, "16:00", "19:00"), mode: "ONSITE", place: { name: "Yhteinen Puutarha", street: "Puutarhakatu 8", postal: "33210", municipality: "837" },
    contact: { name: "Kalle Mattila", email: "puutarha@example.fi" },
  },
  {
    id: "demo-event-25", org: ORG.tampere, kind: "TRAINING", lang: "fi",
    texts: { title: "Monialainen osaamisen kartoitus: koulutus kuntien ohjaajille", summary: "Koulutus uuden kotoutumislain mukaisen osaamisen kartoituksen tekemiseen.", description: "Käymme läpi kartoituksen vaiheet, tulkin käytön ja kirjaamisen. Mukana esimerkkitapauksia ja ryhmätyöskentelyä." },
    audiences: ["authorities"], themes: ["society", "work"], languages: ["fi"],
    sessions: [{ day: 85, start: "09:00", end: "15:30" }, { day: 86, start: "09:00", end: "12:00" }], mode: "HYBRID", place: { name: "Tampere-talo", street: "Yliopistonkatu 55", postal: "33100", municipality: "837" }, online: "https://tampere.example.fi/kartoitus",
    registrationUrl: "https://tampere.example.fi/kartoitus-ilmo", deadlineDays: 70, contact: { name: "Mikko Laine", email: "kotoutuminen@tampere.example.fi" },
  },
  {
    id: "demo-event-26", org: ORG.espooHub, kind: "WEBINAR", lang: "en",
    texts: { title: "Webinar: supporting international spouses into work", summary: "How NGOs and employment services can support international spouses looking for work.", description: "Speakers from employment services and NGOs share what works: networks, mentoring and short courses." },
    audiences: ["authorities", "ngo-staff"], themes: ["work"], languages: ["en"],
    sessions: once(48, "12:00", "13:00"), mode: "ONLINE", online: "https://espoohub.example.fi/webinar", nationwide: true,
    state: "POSTPONED", stateNote: "The webinar is postponed because a speaker fell ill. The new date will be announced here.", contact: { name: "Laura Smith", email: "events@espoohub.example.fi" },
  },
  {
    id: "demo-event-27", org: ORG.silta, kind: "NETWORK_MEETING", lang: "fi",
    texts: { title: "Uudenmaan kielikahviloiden verkostotapaaminen", summary: "Kielikahviloiden järjestäjät tapaavat: materiaalit, vapaaehtoisten rekrytointi ja yhteinen kalenteri.", description: "Verkostotapaamisessa jaetaan materiaaleja, sovitaan yhteisestä kalenterista ja keskustellaan vapaaehtoisten jaksamisesta." },
    audiences: ["organisers", "volunteers"], themes: ["language"], languages: ["fi"],
    sessions: once(100, "17:00", "19:00"), mode: "ONSITE", place: { name: "Kohtaamispaikka Silta", street: "Hämeentie 31", postal: "00500", municipality: "091" },
    contact: { name: "Anna Virtanen", email: "vapaaehtoiset@silta.example.fi" },
  },
  {
    id: "demo-event-28", org: ORG.turku, kind: "INFO_SESSION", lang: "fi",
    texts: { title: "Tulkkauspalvelut asiakastyössä – infotilaisuus", summary: "Miten tilataan tulkki ja miten tulkattu tapaaminen sujuu?", description: "Tilaisuudessa kerrotaan tulkkauspalvelun tilaamisesta, etätulkkauksesta ja tulkin kanssa työskentelystä." },
    audiences: ["authorities", "ngo-staff"], themes: ["society"], languages: ["fi"],
    sessions: once(-7, "10:00", "11:30"), mode: "ONLINE", online: "https://turku.example.fi/tulkkaus", region: "02",
    contact: { name: "Sanna Koskinen", email: "kotoutuminen@turku.example.fi" },
  },
  {
    id: "demo-event-29", org: ORG.kipina, kind: "TRAINING", lang: "fi",
    texts: { title: "Nuorisotyö ja kotoutuminen: koulutus nuorisotyöntekijöille", summary: "Koulutus nuorten parissa työskenteleville: maahanmuuttajanuorten osallisuus ja harrastukset.", description: "Koulutuksessa käsitellään nuorten osallisuutta, rasismin kohtaamista ja sitä, miten harrastuksiin pääsyä voi tukea. Joensuussa ja verkossa." },
    audiences: ["ngo-staff", "authorities"], themes: ["social", "education"], languages: ["fi"],
    sessions: once(62, "09:00", "15:00"), mode: "HYBRID", place: { name: "Nuorisokeskus Kipinä", street: "Siltakatu 12", postal: "80100", municipality: "167" }, online: "https://kipina.example.fi/koulutus",
    contact: { name: "Ville Turunen", email: "kipina@example.fi" },
  },
  {
    id: "demo-event-30", org: ORG.strandbacka, kind: "SEMINAR", lang: "sv",
    texts: { title: "Seminarium: församlingen som mötesplats för nyanlända", summary: "Hur kan församlingar stödja integration? Erfarenheter från Nyland och Österbotten.", description: "Seminariet samlar anställda och frivilliga i församlingar för att dela erfarenheter av språkcaféer, läxhjälp och familjeverksamhet." },
    translations: { en: { title: "Seminar: the parish as a meeting place for newcomers", summary: "How can parishes support integration? Experiences from Uusimaa and Ostrobothnia.", description: "The seminar brings together parish staff and volunteers to share experiences of language cafés, homework help and family activities." } },
    audiences: ["ngo-staff", "volunteers"], themes: ["social", "volunteering"], languages: ["sv"],
    sessions: once(95, "10:00", "15:00"), mode: "ONSITE", place: { name: "Strandbacka församlingshem", street: "Strandvägen 4", postal: "06100", municipality: "638" },
    price: "20 €, lunch ingår", registrationEmail: "seminarium@strandbacka.example.fi", contact: { name: "Anders Lindqvist", email: "seminarium@strandbacka.example.fi" },
  },
  {
    id: "demo-event-31", org: ORG.kotipesa, kind: "WEBINAR", lang: "fi",
    texts: { title: "Webinaari: asumisneuvonta maahanmuuttajille", summary: "Vuokrasopimukset, asumistuki ja häätöjen ennaltaehkäisy: tietoa ohjaajille.", description: "Asumisneuvojat kertovat tavallisimmista ongelmista ja siitä, miten niitä voi ehkäistä. Webinaari on suunnattu sosiaalityöntekijöille ja järjestöjen ohjaajille." },
    audiences: ["authorities", "ngo-staff"], themes: ["society"], languages: ["fi"],
    sessions: once(140, "13:00", "14:30"), mode: "ONLINE", online: "https://kotipesa.example.fi/webinaari", nationwide: true,
    contact: { name: "Marja Hiltunen", email: "neuvonta@kotipesa.example.fi" },
  },
  {
    id: "demo-event-32", org: ORG.tampere, kind: "SEMINAR", lang: "fi",
    texts: { title: "Kotoutumisviikon avausseminaari Tampereella", summary: "Kotoutumisviikon avaus: puheenvuoroja, esityksiä ja järjestötori.", description: "Seminaari avaa kotoutumisviikon. Iltapäivällä järjestötori, jossa alueen järjestöt esittelevät toimintaansa." },
    audiences: ["anyone"], themes: ["society", "culture"], languages: ["fi", "en"],
    sessions: once(165, "10:00", "16:00"), mode: "ONSITE", place: { name: "Tampere-talo", street: "Yliopistonkatu 55", postal: "33100", municipality: "837" },
    contact: { name: "Mikko Laine", email: "kotoutuminen@tampere.example.fi" },
  },
  {
    id: "demo-event-33", org: ORG.xiddigta, kind: "VOLUNTEER_TRAINING", lang: "fi",
    texts: { title: "Läksykerhon vapaaehtoisten koulutus", summary: "Koulutus läksykerhojen vapaaehtoisille: miten tukea lasta ilman että tekee tehtävät puolesta.", description: "Käymme läpi läksytuen periaatteet, yhteistyön vanhempien kanssa ja suomen kielen tukemisen." },
    audiences: ["volunteers"], themes: ["education", "volunteering"], languages: ["fi"],
    sessions: once(-3, "17:00", "19:00"), mode: "ONSITE", place: { name: "Xiddigtan kerhotila", street: "Kielotie 15", postal: "01300", municipality: "092" },
    contact: { name: "Ahmed Farah", email: "info@xiddigta.example.fi" },
  },
  {
    id: "demo-event-34", org: ORG.silta, kind: "TRAINING", lang: "fi",
    texts: { title: "Luonnos: kevään koulutuspäivä", summary: "Suunnitteilla.", description: "Luonnos." },
    audiences: ["volunteers"], themes: [], languages: ["fi"],
    sessions: once(90), mode: "ONSITE", status: "DRAFT", contact: { name: "Anna Virtanen" },
  },
];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export async function seedEvents(prisma: PrismaClient, now: Date): Promise<number> {
  const today = helsinkiToday(now);
  const municipalities = new Map((await prisma.municipality.findMany({ select: { code: true, regionCode: true } })).map((m) => [m.code, m.regionCode]));
  await prisma.event.deleteMany({ where: { id: { startsWith: "demo-event-", notIn: events.map((e) => e.id) } } });
  for (const e of events) {
    const sessions = e.sessions.map((s) => {
      const date = addDays(today, s.day);
      return { startsAt: helsinkiDateTime(date, minutes(s.start)), endsAt: helsinkiDateTime(date, minutes(s.end)) };
    });
    const status = e.status ?? "PUBLISHED";
    const firstDay = Math.min(...e.sessions.map((s) => s.day));
    const row: Omit<Prisma.EventUncheckedCreateInput, "id"> = {
      organisationId: e.org,
      status,
      state: e.state ?? "SCHEDULED",
      stateNote: e.stateNote ?? null,
      originalLanguage: e.lang,
      kind: e.kind,
      audiences: e.audiences,
      themes: e.themes,
      languages: e.languages,
      mode: e.mode,
      placeName: e.place?.name ?? null,
      streetAddress: e.place?.street ?? null,
      postalCode: e.place?.postal ?? null,
      postOffice: null,
      municipalityCode: e.place?.municipality ?? null,
      regionCode: (e.place ? municipalities.get(e.place.municipality) : undefined) ?? e.region ?? null,
      nationwide: e.nationwide ?? false,
      onlineUrl: e.online ?? null,
      isFree: !e.price,
      priceText: e.price ?? null,
      registrationUrl: e.registrationUrl ?? null,
      registrationEmail: e.registrationEmail ?? null,
      registrationDeadline: e.deadlineDays === undefined ? null : new Date(`${addDays(today, e.deadlineDays)}T00:00:00Z`),
      full: e.full ?? false,
      contactName: e.contact.name,
      contactEmail: e.contact.email ?? null,
      contactPhone: e.contact.phone ?? null,
      accessibility: e.accessibility ?? [],
      startsAt: sessions[0]!.startsAt,
      endsAt: sessions.at(-1)!.endsAt,
      // Published some weeks before the first session (the RSS feed orders by this).
      publishedAt: status === "PUBLISHED" ? new Date(now.getTime() + (Math.min(firstDay, 0) - 21 + (Number(e.id.slice(-2)) % 7)) * 86_400_000) : null,
      submittedAt: status === "PUBLISHED" ? new Date(now.getTime() - 30 * 86_400_000) : null,
      revision: Prisma.DbNull,
      revisionStatus: null,
      deletedAt: null,
    };
    const translations = [{ locale: e.lang, ...e.texts }, ...Object.entries(e.translations ?? {}).map(([locale, texts]) => ({ locale, ...texts! }))];
    await prisma.$transaction(async (tx) => {
      await tx.event.upsert({ where: { id: e.id }, create: { id: e.id, ...row }, update: { ...row } });
      await tx.eventTranslation.deleteMany({ where: { eventId: e.id } });
      await tx.eventSession.deleteMany({ where: { eventId: e.id } });
      await tx.eventTranslation.createMany({ data: translations.map((t) => ({ eventId: e.id, ...t })) });
      await tx.eventSession.createMany({ data: sessions.map((s, i) => ({ id: `${e.id}-s${i + 1}`, eventId: e.id, ...s })) });
    });
  }
  return events.length;
}
