// Demo activities written originally in Swedish (Ostrobothnia, Porvoo, Raseborg, Kokkola,
// Helsinki). All published.
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const swedishActivities: SeedActivity[] = [
  {
    id: "demo-act-025",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["language", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["language-cafe"],
    languages: ["sv"],
    supportLanguages: ["fi", "en", "ar"],
    finnishLevel: "NONE",
    places: [V.vaasa],
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Linnea Sjöberg", email: "linnea.sjoberg@mosaik.example.fi", phone: "050 339 4412" },
    slots: ["tue 17:30-19:00"],
    pauses: ["christmas"],
    translations: {
      sv: {
        title: "Språkcafé på svenska i Vasa",
        summary: "Öva svenska i en avslappnad miljö tillsammans med vasabor. Nybörjare och mer erfarna talare är lika välkomna.",
        description:
          "Vi träffas varje tisdag kväll i Mosaikhuset och pratar i små grupper om vardagliga ämnen som mat, arbete, väder och fritid. Vid varje bord sitter en frivillig som talar svenska som modersmål och hjälper dig att hitta orden. Ibland spelar vi enkla ordspel eller läser en kort nyhet tillsammans. Kaffe, te och något gott att äta ingår. Du behöver inte ta med något.",
        howToJoin: "Kom på plats, ingen anmälan behövs.",
        integrationSupport:
          "I Österbotten öppnar svenskan dörrar både till arbetslivet och till föreningslivet. På språkcaféet får du öva i lugn takt och lära känna människor som bor här.",
        scheduleNote: "Uppehåll under jullovet.",
      },
      fi: {
        title: "Ruotsin kielikahvila Vaasassa",
        summary: "Harjoittele ruotsia rennossa ympäristössä yhdessä vaasalaisten kanssa. Aloittelijat ja kokeneemmat puhujat ovat yhtä tervetulleita.",
        description:
          "Kokoonnumme joka tiistai-ilta Mosaik-talolla ja juttelemme pienissä ryhmissä arjen aiheista, kuten ruoasta, työstä, säästä ja vapaa-ajasta. Jokaisessa pöydässä on vapaaehtoinen, joka puhuu ruotsia äidinkielenään ja auttaa löytämään sanat. Välillä pelaamme yksinkertaisia sanapelejä tai luemme yhdessä lyhyen uutisen. Kahvi, tee ja pientä purtavaa kuuluvat iltaan. Mukaan ei tarvitse tuoda mitään.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Pohjanmaalla ruotsin kieli avaa ovia sekä työelämään että yhdistystoimintaan. Kielikahvilassa harjoittelet omaan tahtiisi ja tutustut täällä asuviin ihmisiin.",
        scheduleNote: "Tauko joululoman aikana.",
      },
    },
  },
  {
    id: "demo-act-026",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["work"],
    targetGroups: ["job-seekers", "newcomers"],
    forms: ["workshop", "guidance"],
    languages: ["sv", "fi"],
    supportLanguages: ["en", "ar", "so", "fa"],
    finnishLevel: "NONE",
    places: [V.vaasa],
    alsoServes: ["499"],
    registration: { email: "jobbklubben@mosaik.example.fi", phone: "050 339 4413" },
    acceptsReferrals: true,
    childcare: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Oskar Nyholm", email: "jobbklubben@mosaik.example.fi", phone: "050 339 4413" },
    slots: ["thu 09:00-11:30"],
    translations: {
      sv: {
        title: "Jobbklubben: hitta ditt arbete i Österbotten",
        summary: "En grupp för arbetssökande där vi skriver cv, övar på intervjuer och lär oss hur arbetsmarknaden i Österbotten fungerar.",
        description:
          "Jobbklubben träffas varje torsdag förmiddag. Vi går igenom var lediga jobb annonseras, hur man skriver ett cv och en ansökan på svenska eller finska och hur en anställningsintervju brukar gå till. Varje månad besöker en arbetsgivare från regionen gruppen, till exempel från vården, båtindustrin eller lantbruket. Handledaren Oskar har lång erfarenhet av arbetsförmedling, och frivilliga hjälper till på engelska, arabiska, somaliska och persiska. Ta med dina betyg och intyg om du har dem. Barnpassning för barn under skolåldern ordnas i samma hus.",
        howToJoin: "Anmäl dig per e-post eller telefon och berätta om du behöver barnpassning. Kommunens sysselsättningstjänster kan också hänvisa dig till gruppen.",
        integrationSupport:
          "Du lär dig hur man söker jobb i Finland och får kontakter till arbetsgivare i regionen. Gruppen ger också stöd och motivation under en tid som kan kännas tung.",
      },
      en: {
        title: "Job Club: find your job in Ostrobothnia",
        summary: "A group for job seekers where we write CVs, practise interviews and learn how the job market in Ostrobothnia works.",
        description:
          "The Job Club meets every Thursday morning. We look at where vacancies are advertised, how to write a CV and an application in Swedish or Finnish, and what a job interview is usually like. Every month an employer from the region visits the group, for example from health care, the boat industry or agriculture. The coach Oskar has long experience in employment services, and volunteers help in English, Arabic, Somali and Persian. Bring your certificates and diplomas if you have them. Childcare for children under school age is arranged in the same building.",
        howToJoin: "Register by email or phone and tell us if you need childcare. The municipal employment services can also refer you to the group.",
        integrationSupport:
          "You learn how to look for work in Finland and make contacts with employers in the region. The group also gives support and motivation at a time that can feel hard.",
      },
    },
  },
  {
    id: "demo-act-027",
    organisationId: ORG.strandbacka,
    originalLanguage: "sv",
    themes: ["family", "social"],
    targetGroups: ["families", "children", "stay-at-home-parents"],
    forms: ["club"],
    languages: ["sv", "fi"],
    finnishLevel: "NONE",
    places: [V.vaasaStrandbacka],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Ann-Sofie Holm", email: "diakoni@strandbacka.example.fi", phone: "040 866 1201" },
    slots: ["wed 10:00-12:00"],
    pauses: ["summer"],
    translations: {
      sv: {
        title: "Familjecafé i Strandbacka församlingshem",
        summary: "En öppen förmiddag för föräldrar och barn under skolåldern. Vi leker, sjunger och dricker kaffe tillsammans.",
        description:
          "Familjecaféet börjar med fri lek och kaffe, och klockan elva samlas vi till en kort sångstund med rim och ramsor på svenska och finska. Diakoniarbetaren Ann-Sofie och två frivilliga mammor håller i verksamheten. Ibland kommer en hälsovårdare från rådgivningen eller en barnträdgårdslärare på besök. Verksamheten är öppen för alla, oavsett tro och språk. Ta gärna med inneskor till barnen.",
        howToJoin: "Kom på plats, ingen anmälan behövs.",
        integrationSupport:
          "Föräldrar som är hemma med barn får sällskap, stöd och information om rådgivning och dagvård. Barnen hör svenska och finska och får lekkamrater inför daghemmet.",
        scheduleNote: "Sommaruppehåll från mitten av juni till mitten av augusti.",
      },
    },
  },
  {
    id: "demo-act-028",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["education"],
    targetGroups: ["children", "students"],
    forms: ["homework-help"],
    languages: ["sv"],
    supportLanguages: ["ar", "fa", "en"],
    finnishLevel: "NONE",
    places: [V.korsholm],
    ageMin: 7,
    ageMax: 16,
    accessibility: ["quiet-space", "step-free"],
    contact: { name: "Emil Backman", email: "laxhjalp@mosaik.example.fi", phone: "050 339 4414" },
    slots: ["mon 15:00-17:00"],
    pauses: ["christmas", "summer"],
    translations: {
      sv: {
        title: "Läxhjälp i Smedsby bibliotek",
        summary: "Gratis läxhjälp för skolelever i årskurs 1–9 varje måndag eftermiddag. Frivilliga lärarstuderande hjälper till.",
        description:
          "I bibliotekets mötesrum får eleverna hjälp med läxor i matematik, svenska, finska, engelska och andra ämnen. Hjälparna är lärarstuderande och pensionerade lärare, och några av dem talar också arabiska och persiska. Rummet är lugnt och passar bra för den som behöver ro att koncentrera sig. Ta med dina skolböcker och läxor. Föräldrar är välkomna att stanna och fråga om skolan.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Barn under åk 3 kommer tillsammans med en vuxen.",
        integrationSupport:
          "Stöd med läxorna hjälper barnen att klara skolan och bygger upp deras självförtroende. Föräldrarna lär sig hur den finländska skolan fungerar och hur man håller kontakt med lärarna via Wilma.",
        scheduleNote: "Ingen läxhjälp under skolornas jul- och sommarlov.",
      },
    },
  },
  {
    id: "demo-act-029",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["culture", "social"],
    targetGroups: ["women", "stay-at-home-parents"],
    forms: ["club"],
    languages: ["sv", "fi"],
    supportLanguages: ["vi", "bs", "ar"],
    finnishLevel: "NONE",
    places: [V.narpes],
    childcare: true,
    genderSpace: "WOMEN",
    accessibility: ["step-free"],
    contact: { name: "Mai Nguyen", email: "narpes@mosaik.example.fi", phone: "050 339 4415" },
    slots: ["thu 13:00-15:30"],
    pauses: ["christmas"],
    translations: {
      sv: {
        title: "Syträffar för kvinnor i Närpes",
        summary: "Kvinnor träffas för att sy, sticka och prata. Barnpassning ordnas i rummet bredvid.",
        description:
          "Vi syr kläder, lagar plagg, stickar och lär av varandra. Handledaren Mai talar svenska, finska och vietnamesiska, och deltagare hjälper varandra på bosniska och arabiska. Symaskiner, tyger och garn finns på plats, men du får gärna ta med ett eget arbete. Små barn leker med en barnskötare i rummet bredvid. Träffen avslutas med kaffe och ett samtal om något aktuellt i Närpes.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Meddela gärna Mai i förväg om du behöver barnpassning.",
        integrationSupport:
          "Kvinnor som är hemma eller arbetar i växthusen får här en egen mötesplats och kan öva svenska i lugn takt. Gruppen ger vänner och information om service och fritidsaktiviteter i Närpes.",
      },
    },
  },
  {
    id: "demo-act-030",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["sports", "society"],
    targetGroups: ["women", "newcomers"],
    forms: ["course"],
    languages: ["sv"],
    supportLanguages: ["so", "ar", "ps", "fi"],
    finnishLevel: "NONE",
    places: [V.jakobstad],
    genderSpace: "WOMEN",
    registration: { phone: "050 339 4416" },
    acceptsReferrals: true,
    contact: { name: "Hanna Forsman", email: "jakobstad@mosaik.example.fi", phone: "050 339 4416" },
    course: { startDay: 10, endDay: 66 },
    slots: ["sat 10:00-12:00"],
    dates: { validDays: 70 },
    translations: {
      sv: {
        title: "Cykelskola för vuxna kvinnor i Jakobstad",
        summary: "Lär dig cykla från början, i lugn takt och med kvinnliga instruktörer. Cyklar och hjälmar finns att låna.",
        description:
          "Kursen passar dig som aldrig har cyklat eller som vill bli säkrare i trafiken. Vi börjar på en stängd skolgård med balansövningar och går vidare till att cykla på cykelbanor i centrum. Instruktörerna är frivilliga kvinnor, och en av dem talar somaliska. Vi går också igenom trafikregler, cykelbelysning och hur man låser cykeln. Ta på dig bekväma kläder och skor; cykel och hjälm får du låna.",
        howToJoin: "Anmäl dig genom att ringa eller skicka sms till Hanna. Gruppen tar högst tio deltagare.",
        integrationSupport:
          "Att kunna cykla gör det lättare att ta sig till jobb, skola och butiker i Jakobstad utan bil. Du lär dig trafikregler och får nya bekanta i gruppen.",
        scheduleNote: "Kursen pågår åtta lördagar.",
      },
      fi: {
        title: "Pyöräilykoulu aikuisille naisille Pietarsaaressa",
        summary: "Opettele pyöräilemään alusta asti rauhassa naisohjaajien kanssa. Pyörät ja kypärät saa lainaan.",
        description:
          "Kurssi sopii sinulle, joka et ole koskaan pyöräillyt tai haluat varmuutta liikenteeseen. Aloitamme suljetulla koulun pihalla tasapainoharjoituksilla ja etenemme pyöräteille keskustassa. Ohjaajat ovat vapaaehtoisia naisia, ja yksi heistä puhuu somalia. Käymme läpi myös liikennesäännöt, pyörän valot ja lukitsemisen. Pue mukavat vaatteet ja kengät; pyörän ja kypärän saat lainaksi.",
        howToJoin: "Ilmoittaudu soittamalla tai tekstaamalla Hannalle. Ryhmään otetaan enintään kymmenen osallistujaa.",
        integrationSupport:
          "Pyöräilytaito helpottaa liikkumista töihin, kouluun ja kauppaan ilman autoa. Opit liikennesäännöt ja tutustut uusiin ihmisiin.",
        scheduleNote: "Kurssi kestää kahdeksan lauantaita.",
      },
    },
  },
  {
    id: "demo-act-031",
    organisationId: ORG.mosaik,
    originalLanguage: "sv",
    themes: ["nature", "health", "social"],
    targetGroups: ["everyone", "families"],
    forms: ["event"],
    languages: ["sv", "fi"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.jakobstadKopman],
    alsoServes: ["599", "440"],
    contact: { name: "Hanna Forsman", email: "jakobstad@mosaik.example.fi", phone: "050 339 4416" },
    slots: ["sun 11:00-13:30 /2"],
    translations: {
      sv: {
        title: "Naturutflykter: promenader, bär och svamp kring Jakobstad",
        summary: "Varannan söndag gör vi en utflykt i naturen nära Jakobstad. Vi lär oss om allemansrätten, bär och svamp och hur man klär sig för vädret.",
        description:
          "Vi samlas vid Familjerummet och åker tillsammans med buss eller samåkning till en naturstig i närheten. Guiden är en frivillig naturvän som berättar om växter, djur och vad man får och inte får göra i skogen. På hösten plockar vi bär och svamp och lär oss vilka som är ätbara. Ta med matsäck, vattenflaska och kläder efter väder; gummistövlar är bra. Barn är välkomna med sina föräldrar.",
        howToJoin: "Kom till samlingsplatsen, ingen anmälan behövs. Vid dåligt väder meddelar vi ändringar på vår webbplats.",
        integrationSupport:
          "Naturen är en stor del av livet i Finland. Du lär dig allemansrätten och säkra sätt att röra dig i skogen, och promenaderna ger både motion och nya vänner.",
      },
    },
  },
  {
    id: "demo-act-032",
    organisationId: ORG.kustbygden,
    originalLanguage: "sv",
    themes: ["language", "education"],
    targetGroups: ["newcomers", "job-seekers"],
    forms: ["course"],
    languages: ["sv"],
    supportLanguages: ["en", "fi"],
    finnishLevel: "NONE",
    places: [V.porvooSv],
    isFree: false,
    registration: { url: "https://kustbygden.example.fi/kurser/svenska-nyborjare" },
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Johanna Blomqvist", email: "kansli@kustbygden.example.fi", phone: "019 520 1100" },
    course: { startDay: 18, endDay: 120 },
    slots: ["tue 18:00-19:30", "thu 18:00-19:30"],
    dates: { validDays: 120 },
    translations: {
      sv: {
        title: "Svenska för nybörjare – kvällskurs i Borgå",
        summary: "En kvällskurs i svenska för dig som börjar från noll. Vi lär oss vardagssvenska genom samtal, sång och korta texter.",
        description:
          "Kursen går igenom grunderna: att presentera sig, siffror, tider, att handla och att prata om familj och arbete. Läraren Johanna har undervisat svenska som andraspråk i många år och använder mycket bilder och parövningar. Gruppen har högst 14 deltagare. Kursboken ingår i avgiften, ta med en anteckningsbok. Kursen passar också dig som redan kan lite finska och vill lära dig Borgås andra språk.",
        howToJoin: "Anmäl dig på vår webbplats. Om du behöver hjälp med anmälan, ring kansliet vardagar kl. 9–15.",
        integrationSupport:
          "I Borgå talar en stor del av invånarna svenska, och många arbetsgivare uppskattar att du kan båda språken. Kursen ger dig grunden för att klara vardagen och fortsätta studera.",
        costNote: "Kursavgift 45 € per termin. Arbetslösa arbetssökande kan ansöka om befrielse från avgiften.",
      },
      en: {
        title: "Swedish for beginners – evening course in Porvoo",
        summary: "An evening course in Swedish for complete beginners. We learn everyday Swedish through conversation, songs and short texts.",
        description:
          "The course covers the basics: introducing yourself, numbers, times, shopping and talking about family and work. The teacher, Johanna, has taught Swedish as a second language for many years and uses lots of pictures and pair exercises. There are at most 14 participants. The coursebook is included in the fee; bring a notebook. The course also suits you if you already know some Finnish and want to learn Porvoo's other language.",
        howToJoin: "Register on our website. If you need help registering, call the office on weekdays 9–15.",
        integrationSupport:
          "Many people in Porvoo speak Swedish, and employers value knowing both languages. The course gives you a foundation for daily life and further studies.",
        costNote: "Course fee €45 per term. Unemployed job seekers can apply for a fee waiver.",
      },
    },
  },
  {
    id: "demo-act-033",
    organisationId: ORG.kustbygden,
    originalLanguage: "sv",
    themes: ["culture", "social"],
    targetGroups: ["everyone", "seniors"],
    forms: ["club"],
    languages: ["sv", "fi"],
    finnishLevel: "NONE",
    places: [V.porvooSv],
    accessibility: ["step-free", "induction-loop", "accessible-toilet"],
    contact: { name: "Mikael Lindqvist", email: "kor@kustbygden.example.fi" },
    slots: ["wed 18:30-20:00"],
    pauses: ["summer"],
    translations: {
      sv: {
        title: "Kör för alla – sjung på svenska och finska",
        summary: "En öppen kör där ingen behöver kunna läsa noter. Vi sjunger finländska folkvisor, barnvisor och sånger från deltagarnas hemländer.",
        description:
          "Körledaren Mikael lär ut sångerna genom att sjunga före, och texterna delas ut på papper med tydlig stor stil. Vi sjunger på svenska och finska men också på deltagarnas egna språk – hittills på ukrainska, swahili och persiska. Kören uppträder ibland på Borgå stads evenemang och på äldreboenden. Du behöver ingen erfarenhet, bara lust att sjunga. Salen har hörslinga och är tillgänglig.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Du kan börja när som helst under terminen.",
        integrationSupport:
          "Sång är ett roligt sätt att lära sig uttal och nya ord. I kören träffar du borgåbor i alla åldrar och får vara med om lokala evenemang.",
      },
    },
  },
  {
    id: "demo-act-034",
    organisationId: ORG.kustbygden,
    originalLanguage: "sv",
    themes: ["society", "social"],
    targetGroups: ["newcomers", "asylum-seekers"],
    forms: ["guidance", "language-cafe"],
    languages: ["sv", "fi"],
    supportLanguages: ["en", "uk", "ar"],
    finnishLevel: "NONE",
    places: [V.raasepori],
    acceptsReferrals: true,
    accessibility: ["step-free"],
    contact: { name: "Petra Grönroos", email: "glantan@kustbygden.example.fi", phone: "019 520 1102" },
    slots: ["fri 10:00-12:00"],
    translations: {
      sv: {
        title: "Mötesplats Gläntan i Ekenäs: kaffe, råd och samtal",
        summary: "En öppen förmiddag för nya invånare i Raseborg. Du kan få hjälp med blanketter och myndighetsärenden eller bara komma för att prata.",
        description:
          "Vid Gläntan finns alltid en handledare som kan hjälpa med FPA:s blanketter, brev från myndigheter, bostadsfrågor och att boka tid i hälsovården. Samtidigt pågår ett litet språkcafé där vi pratar svenska och finska. Frivilliga hjälper till på engelska, ukrainska och arabiska. Ta med de papper du behöver hjälp med. Kaffe och smörgås bjuds.",
        howToJoin: "Kom på plats, ingen anmälan behövs. Mottagningscentralens handledare kan också följa med dig första gången.",
        integrationSupport:
          "Du får hjälp med praktiska ärenden och lär dig hur servicen i Finland fungerar. Mötesplatsen är också ett ställe där du kan lära känna människor i Raseborg.",
      },
      fi: {
        title: "Kohtaamispaikka Gläntan Tammisaaressa: kahvia, neuvoja ja juttelua",
        summary: "Avoin aamupäivä Raaseporin uusille asukkaille. Saat apua lomakkeisiin ja viranomaisasiointiin tai voit tulla vain juttelemaan.",
        description:
          "Gläntanissa on aina paikalla ohjaaja, joka auttaa Kelan lomakkeissa, viranomaisten kirjeissä, asumisasioissa ja terveydenhuollon ajanvarauksessa. Samaan aikaan pidetään pientä kielikahvilaa, jossa puhutaan ruotsia ja suomea. Vapaaehtoiset auttavat englanniksi, ukrainaksi ja arabiaksi. Ota mukaan paperit, joihin tarvitset apua. Tarjolla on kahvia ja voileipiä.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Vastaanottokeskuksen ohjaaja voi tulla mukaan ensimmäisellä kerralla.",
        integrationSupport:
          "Saat apua käytännön asioihin ja opit, miten palvelut Suomessa toimivat. Kohtaamispaikassa voit myös tutustua raaseporilaisiin.",
      },
    },
  },
  {
    id: "demo-act-035",
    organisationId: ORG.karleby,
    originalLanguage: "sv",
    themes: ["volunteering", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["mentoring", "volunteer-work"],
    languages: ["sv", "fi"],
    supportLanguages: ["en"],
    finnishLevel: "NONE",
    places: [V.kokkola],
    registration: { email: "ystavat@karlebyvanner.example.fi" },
    acceptsReferrals: true,
    contactBeforeReferral: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Camilla Storbacka", email: "ystavat@karlebyvanner.example.fi", phone: "050 626 7071" },
    slots: ["mon 18:00-19:30 /2"],
    translations: {
      sv: {
        title: "Vänverksamhet i Karleby: bli vän eller få en vän",
        summary: "Vi parar ihop nyinflyttade och karlebybor som vill träffas regelbundet. Varannan måndag har vi en gemensam träff för alla vänpar.",
        description:
          "En vän kan visa staden, hjälpa till att öva svenska eller finska och följa med på aktiviteter som simhallen eller biblioteket. Vänparen träffas på egen hand några gånger i månaden och varannan måndag på gemensamma kvällar med program, till exempel spelkväll, matlagning eller föredrag. Frivilliga vänner får en kort utbildning och stöd av samordnaren Camilla. Verksamheten är öppen både för dig som vill bli vän och för dig som önskar en vän. Allt är gratis.",
        howToJoin: "Skicka e-post till Camilla, så ordnar vi ett kort samtal för att hitta ett passande vänpar.",
        integrationSupport:
          "En personlig vän gör det lättare att komma in i det lokala samhället, att öva språk i vardagen och att hitta fritidsaktiviteter. Frivilliga får i sin tur nya perspektiv och erfarenhet av mentorskap.",
        scheduleNote: "Gemensamma träffar varannan måndag, vänparen träffas dessutom enligt överenskommelse.",
      },
    },
  },
  {
    id: "demo-act-036",
    organisationId: ORG.silta,
    originalLanguage: "sv",
    themes: ["language", "family"],
    targetGroups: ["families", "stay-at-home-parents"],
    forms: ["language-cafe"],
    languages: ["sv"],
    supportLanguages: ["fi", "en"],
    finnishLevel: "NONE",
    places: [V.hkiVallila],
    childcare: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Sofia Ekström", email: "sprakcafe@silta.example.fi", phone: "040 123 4573" },
    slots: ["fri 10:00-11:30"],
    pauses: ["christmas", "summer"],
    translations: {
      sv: {
        title: "Svenskt språkcafé för föräldrar i Vallgård",
        summary: "Ett språkcafé för föräldrar vars barn går eller ska börja i svenskspråkigt daghem eller skola. Barnpassning ordnas.",
        description:
          "Allt fler familjer i Helsingfors väljer svenskspråkig dagvård. Här får föräldrarna öva den svenska som behövs i vardagen med barnen: lappar från daghemmet, föräldrasamtal och barnvisor. Samtalen leds av Sofia, som arbetar som barnträdgårdslärare, och en frivillig förälder. Barnen leker med en barnskötare i rummet bredvid. Du behöver inte kunna svenska sedan tidigare.",
        howToJoin: "Kom på plats, ingen anmälan behövs.",
        integrationSupport:
          "När föräldrarna förstår svenska kan de delta i barnets daghem och skola på ett nytt sätt. Du får också kontakt med andra familjer i svenskspråkig dagvård.",
      },
    },
  },
];
