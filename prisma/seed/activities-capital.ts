// Demo activities in Espoo, Vantaa, Kerava and Porvoo (published).
import { ORG } from "./organisations";
import type { SeedActivity } from "./types";
import { V } from "./venues";

export const capitalRegionActivities: SeedActivity[] = [
  {
    id: "demo-act-013",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["language", "social"],
    targetGroups: ["newcomers", "everyone"],
    forms: ["language-cafe"],
    languages: ["fi", "en"],
    finnishLevel: "SOME",
    mode: "HYBRID",
    places: [V.espOtaniemi],
    alsoServes: ["091"],
    onlineUrl: "https://espoohub.example.org/finnish-club/join",
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Priya Raman", email: "finnishclub@espoohub.example.org" },
    slots: ["thu 18:00-19:30"],
    pauses: ["christmas"],
    translations: {
      en: {
        title: "Finnish Conversation Club (on site and online)",
        summary: "Practise spoken Finnish with other internationals and friendly locals, either in Otaniemi or via video call. Best for people who know some basics.",
        description:
          "Every Thursday we pick a practical topic, such as talking to your child's teacher, small talk in the office coffee room or calling a health centre. A Finnish-speaking host starts with useful phrases, and then we split into small groups of three or four. Online participants join their own breakout rooms, so nobody gets lost in a large call. You should know some basic Finnish, for example after an A1 course. Bring your questions about the language; there are no tests or homework.",
        howToJoin: "Drop in at Otaniemi or open the video link on our website at 18:00. No registration needed.",
        integrationSupport:
          "Many internationals study Finnish but rarely get to speak it. Regular conversation builds the confidence you need at work and in everyday life, and you make friends who are learning too.",
        scheduleNote: "No club during the Christmas holidays.",
      },
    },
  },
  {
    id: "demo-act-014",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["family", "social"],
    targetGroups: ["families", "children", "stay-at-home-parents"],
    forms: ["club", "peer-group"],
    languages: ["en", "fi"],
    finnishLevel: "NONE",
    places: [V.espTapiola],
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Laura Bennett", email: "families@espoohub.example.org", phone: "050 987 6545" },
    slots: ["tue 10:00-12:00"],
    pauses: ["summer"],
    translations: {
      en: {
        title: "International Family Morning in Tapiola",
        summary: "A weekly playgroup for parents and carers with children under school age. Meet other international families and local parents.",
        description:
          "Children play with toys, music and simple crafts while the adults have coffee and chat. Once a month a guest visits, for example a public health nurse from the child health clinic (neuvola) or a daycare teacher, to answer questions about Finnish early childhood education. The group is run by two volunteer parents, one Finnish and one from Kenya. Bring indoor shoes or socks for the children and a snack if your child needs one. Prams can be left in the hallway.",
        howToJoin: "Just come, no registration needed. Parents, grandparents and nannies are all welcome.",
        integrationSupport:
          "Parents at home with small children can easily end up isolated. Here you meet other families, learn how daycare and neuvola work, and children hear Finnish in play.",
      },
      fi: {
        title: "Kansainvälinen perheaamu Tapiolassa",
        summary: "Viikoittainen perhekerho vanhemmille ja alle kouluikäisille lapsille. Tapaa muita kansainvälisiä ja paikallisia perheitä.",
        description:
          "Lapset leikkivät, laulavat ja askartelevat, ja aikuiset juovat kahvia ja juttelevat. Kerran kuussa vieraana on esimerkiksi neuvolan terveydenhoitaja tai varhaiskasvatuksen opettaja, joka vastaa kysymyksiin suomalaisesta päivähoidosta. Ryhmää vetää kaksi vapaaehtoista vanhempaa, joista toinen on suomalainen ja toinen kotoisin Keniasta. Ota lapsille sisätossut tai sukat ja tarvittaessa oma välipala. Vaunut voi jättää eteiseen.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Myös isovanhemmat ja lastenhoitajat ovat tervetulleita.",
        integrationSupport:
          "Kotona pienten lasten kanssa oleva vanhempi jää helposti yksin. Perheaamussa tapaat muita perheitä ja opit, miten päiväkoti ja neuvola toimivat, ja lapset kuulevat suomea leikin lomassa.",
      },
    },
  },
  {
    id: "demo-act-015",
    organisationId: ORG.espooHub,
    originalLanguage: "en",
    themes: ["volunteering", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["volunteer-work"],
    languages: ["en"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.espLeppavaara],
    alsoServes: ["091"],
    registration: { url: "https://espoohub.example.org/volunteer", email: "volunteer@espoohub.example.org" },
    accessibility: ["step-free"],
    contact: { name: "Jonas Weber", email: "volunteer@espoohub.example.org" },
    slots: ["wed 18:00-19:30 /2"],
    translations: {
      en: {
        title: "Volunteer with us: event crew and newcomer buddies",
        summary: "Join our volunteer team to help run events or become a buddy for someone who has just moved to Finland. No previous experience needed.",
        description:
          "Volunteers meet every other Wednesday in Leppävaara to plan upcoming events, share tasks and get to know each other. You can help at the Career Café, the family mornings or our summer picnic, or become a buddy who meets a newcomer a few times a month. New volunteers get a short orientation on safe and respectful volunteering. Time commitment is flexible, from one event to a weekly role. You get a volunteer certificate you can add to your CV.",
        howToJoin: "Fill in the short form on our website or email us, and we will invite you to the next volunteer evening.",
        integrationSupport:
          "Volunteering is a great way to build a network, practise Finnish and gain Finnish references for your CV. Many of our volunteers were newcomers themselves and now help others settle in.",
      },
    },
  },
  {
    id: "demo-act-016",
    organisationId: ORG.tyoveturi,
    originalLanguage: "fi",
    themes: ["work"],
    targetGroups: ["job-seekers", "newcomers"],
    forms: ["workshop", "guidance"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so", "ru", "uk"],
    finnishLevel: "SOME",
    places: [V.espMatinkyla],
    alsoServes: ["092", "245"],
    registration: { email: "tyoveturi@example.fi", phone: "050 440 1234" },
    acceptsReferrals: true,
    contactBeforeReferral: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Petri Laaksonen", email: "tyoveturi@example.fi", phone: "050 440 1234" },
    slots: ["tue 09:00-12:00", "thu 09:00-12:00"],
    translations: {
      fi: {
        title: "Työnhakupaja: CV ja työhakemus kuntoon",
        summary: "Pienryhmäpaja, jossa teet itsellesi suomalaisen CV:n ja harjoittelet työhaastattelua. Ohjaajat auttavat myös Työmarkkinatorin käytössä.",
        description:
          "Pajassa tehdään ensin CV ja työhakemus suomalaisen mallin mukaan, ja sen jälkeen harjoitellaan työhaastattelua pareittain. Käymme läpi, mistä työpaikkoja löytää, miten Työmarkkinatori toimii ja miten ulkomailla hankittu osaaminen kannattaa kuvata. Ohjaajat Petri ja Amina ovat työvalmentajia, ja tarvittaessa apua saa englanniksi, arabiaksi, somaliksi, venäjäksi ja ukrainaksi. Ota mukaan todistuksesi ja mahdollinen vanha CV. Pajaan mahtuu kahdeksan osallistujaa kerrallaan.",
        howToJoin: "Ilmoittaudu sähköpostilla tai soita Petrille. Työllisyyspalvelujen asiantuntija voi ohjata sinut pajaan; soita meille ennen ohjausta.",
        integrationSupport:
          "Hyvä CV ja haastatteluharjoitus parantavat mahdollisuuksia saada työtä Suomessa. Opit samalla suomalaisen työelämän pelisäännöt ja työnhaun sanastoa.",
        scheduleNote: "Paja kestää neljä kertaa, kaksi viikkoa. Uusi ryhmä alkaa kuukausittain.",
      },
      en: {
        title: "Job-search workshop: your CV and application",
        summary: "A small-group workshop where you write a Finnish-style CV and practise job interviews. Instructors also help you use the Job Market Finland service.",
        description:
          "First we write a CV and a cover letter following the Finnish model, and then we practise job interviews in pairs. We look at where to find vacancies, how Job Market Finland works and how to describe skills gained abroad. The instructors Petri and Amina are job coaches, and help is available in English, Arabic, Somali, Russian and Ukrainian. Bring your certificates and an old CV if you have one. There is room for eight participants at a time.",
        howToJoin: "Register by email or call Petri. An employment services adviser can refer you; please call us before making a referral.",
        integrationSupport:
          "A good CV and interview practice improve your chances of finding work in Finland. You also learn the unwritten rules of Finnish working life and job-search vocabulary.",
        scheduleNote: "Four sessions over two weeks. A new group starts every month.",
      },
    },
  },
  {
    id: "demo-act-017",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["family", "social"],
    targetGroups: ["men", "families"],
    forms: ["peer-group"],
    languages: ["fi", "ar"],
    supportLanguages: ["ckb", "so"],
    finnishLevel: "NONE",
    places: [V.espEspoonlahti],
    genderSpace: "MEN",
    acceptsReferrals: true,
    accessibility: ["step-free"],
    contact: { name: "Karim Haddad", email: "isat@silta.example.fi", phone: "040 123 4571" },
    slots: ["wed 18:00-20:00 /2"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Isien ryhmä: isänä Suomessa",
        summary: "Vertaisryhmä maahan muuttaneille isille, jossa jutellaan kasvatuksesta, perheen arjesta ja isän roolista Suomessa. Ryhmä kokoontuu joka toinen keskiviikko.",
        description:
          "Ryhmässä isät jakavat kokemuksia lasten kasvattamisesta uudessa maassa. Puhumme esimerkiksi siitä, miten neuvola, päiväkoti ja koulu toimivat, mitä suomalainen laki sanoo kurituksesta ja miten perheen arjen voi jakaa. Ryhmää vetävät perhetyöntekijä Karim, joka puhuu arabiaa, ja suomalainen isä Mikko. Keskustelut ovat luottamuksellisia. Iltaan kuuluu iltapala.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Perhetyöntekijä tai sosiaaliohjaaja voi myös ohjata ryhmään.",
        integrationSupport:
          "Isät saavat tietoa suomalaisista perhepalveluista ja tukea vanhemmuuteen uudessa kulttuurissa. Ryhmästä löytyy myös ystäviä ja verkostoja muihin isiin Espoossa.",
      },
      ar: {
        title: "مجموعة الآباء: أن تكون أباً في فنلندا",
        summary: "مجموعة دعم للآباء المهاجرين نتحدث فيها عن التربية والحياة العائلية ودور الأب في فنلندا. تجتمع المجموعة مرة كل أسبوعين يوم الأربعاء.",
        description:
          "يتبادل الآباء في المجموعة تجاربهم في تربية الأطفال في بلد جديد. نتحدث مثلاً عن طريقة عمل عيادة رعاية الطفل (neuvola) والروضة والمدرسة، وعمّا يقوله القانون الفنلندي عن العقاب الجسدي، وكيف يمكن تقاسم مهام البيت. يدير المجموعة كريم، وهو أخصائي عمل أسري يتحدث العربية، وميكو، وهو أب فنلندي. الحديث في المجموعة سرّي. نقدّم وجبة خفيفة في المساء.",
        howToJoin: "تعال مباشرة، لا حاجة للتسجيل. يمكن أيضاً للأخصائي الاجتماعي أن يوجّهك إلى المجموعة.",
        integrationSupport:
          "يحصل الآباء على معلومات عن خدمات الأسرة في فنلندا ودعم في التربية داخل ثقافة جديدة، ويكوّنون صداقات وشبكة علاقات مع آباء آخرين في إسبو.",
      },
    },
  },
  {
    id: "demo-act-018",
    organisationId: ORG.tyoveturi,
    originalLanguage: "fi",
    themes: ["work", "society"],
    targetGroups: ["job-seekers", "newcomers"],
    forms: ["event"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so"],
    finnishLevel: "SOME",
    places: [V.vanTikkurila],
    alsoServes: ["049", "245"],
    registration: { url: "https://tyoveturi.example.fi/yritysvierailut" },
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet", "induction-loop"],
    contact: { name: "Amina Yusuf", email: "amina.yusuf@tyoveturi.example.fi", phone: "050 440 1235" },
    slots: ["fri 09:30-12:00 /2"],
    translations: {
      fi: {
        title: "Yritysvierailut ja työelämäinfo Tikkurilassa",
        summary: "Joka toinen perjantai tutustumme yhteen alaan: logistiikkaan, siivoukseen, rakentamiseen tai hoitoalaan. Työnantajat kertovat, millaisia työntekijöitä he etsivät.",
        description:
          "Aamu alkaa Tikkurilan Kohtaamossa, jossa työnantajan edustaja kertoo alan töistä, palkoista ja vaadittavista koulutuksista. Osa kerroista on yritysvierailuja, jolloin lähdemme yhdessä junalla tai bussilla työpaikalle. Lopuksi ohjaaja kertoo, miten alalle voi hakeutua esimerkiksi työkokeilun, oppisopimuksen tai työvoimakoulutuksen kautta. Ota mukaan HSL-kortti, jos vierailu on muualla. Vierailukohteet löytyvät ilmoittautumissivulta.",
        howToJoin: "Ilmoittaudu verkkosivulla viimeistään edellisenä päivänä. Työllisyyspalvelut voi ohjata asiakkaita suoraan.",
        integrationSupport:
          "Näet suomalaisia työpaikkoja omin silmin ja pääset juttelemaan työnantajien kanssa. Saat tietoa koulutuspoluista ja työnhaun tuesta, ja moni on saanut vierailun kautta työkokeilupaikan.",
        scheduleNote: "Joka toinen perjantai. Kevään ja syksyn ohjelma julkaistaan verkkosivulla.",
      },
    },
  },
  {
    id: "demo-act-019",
    organisationId: ORG.kipina,
    originalLanguage: "fi",
    themes: ["social", "culture", "work"],
    targetGroups: ["youth"],
    forms: ["club", "guidance"],
    languages: ["fi"],
    supportLanguages: ["en", "ar", "so"],
    finnishLevel: "SOME",
    places: [V.vanMyyrmaki],
    ageMin: 13,
    ageMax: 20,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Noora Aaltonen", email: "myyrmaki@kipina.example.fi", phone: "044 505 6061" },
    slots: ["fri 17:00-21:00"],
    translations: {
      fi: {
        title: "Nuorten perjantaiklubi: pelit, musiikki ja kesätyöapu",
        summary: "Perjantai-illan klubi 13–20-vuotiaille: pelataan, tehdään musiikkia ja saadaan apua kesätyön tai opiskelupaikan hakuun.",
        description:
          "Klubilla on pelikonsoleita, lautapelejä, bändikamari ja rauhallinen nurkkaus juttelulle. Nuorisotyöntekijät Noora ja Samir ovat paikalla koko illan, ja heiltä voi kysyä mistä vain: koulusta, kavereista, rahasta tai kotiasioista. Keväällä klubilla on kesätyöpajoja, joissa tehdään CV ja harjoitellaan hakemista. Klubi on päihteetön. Mitään ei tarvitse tuoda, mutta oma soitin on tervetullut.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Ensimmäisellä kerralla täytetään lyhyt yhteystietolomake.",
        integrationSupport:
          "Klubilla nuori saa kavereita, turvallisen aikuisen ja tietoa opiskelusta ja työstä. Suomea puhutaan luontevasti pelien ja harrastusten lomassa.",
      },
    },
  },
  {
    id: "demo-act-020",
    organisationId: ORG.xiddigta,
    originalLanguage: "so",
    themes: ["family", "health", "social"],
    targetGroups: ["women", "families", "stay-at-home-parents"],
    forms: ["peer-group"],
    languages: ["so"],
    supportLanguages: ["fi"],
    finnishLevel: "NONE",
    places: [V.vanHakunila],
    childcare: true,
    genderSpace: "WOMEN",
    acceptsReferrals: true,
    accessibility: ["step-free", "quiet-space"],
    contact: { name: "Hodan Ali", email: "hooyooyinka@xiddigta.example.org", phone: "044 781 3302" },
    slots: ["tue 10:00-12:00"],
    pauses: ["summer"],
    translations: {
      so: {
        title: "Kulanka hooyooyinka – Hakunila",
        summary: "Koox taageero oo hooyooyinka Soomaaliyeed ah, halkaas oo aan kaga wada hadalno caafimaadka, barbaarinta carruurta iyo nolosha Finland. Carruurta waa la hayaa.",
        description:
          "Talaado kasta hooyooyinku waxay isugu yimaadaan Hakunila si ay shaah u wada cabbaan oo u wada sheekeystaan. Bil kasta waxaa na soo booqda khabiir, tusaale ahaan kalkaaliso caafimaad oo ka timid neuvola ama shaqaale bulsho, kuwaas oo ka jawaaba su'aalaha hooyooyinka. Kooxda waxaa hogaamisa Hodan, oo ah shaqaale qoys oo ku hadasha af-Soomaali iyo af-Finnish. Carruurta yaryar waxaa haya daryeelayaal qolka ku xiga. Wax kale looma baahna inaad keento.",
        howToJoin: "Kaalay goobta, looma baahna is-diiwaangelin. Haddii aad rabto inaad wax weydiiso, wac Hodan 044 781 3302.",
        integrationSupport:
          "Hooyooyinku waxay helaan macluumaad ku saabsan adeegyada caafimaadka iyo qoyska ee Finland, sida neuvola iyo Kela. Kooxdu waxay yareysaa kalinimada, waxaadna heleysaa saaxiibo cusub.",
        scheduleNote: "Xagaaga waa fasax.",
      },
      fi: {
        title: "Somaliäitien vertaisryhmä Hakunilassa",
        summary: "Somalinkielinen vertaisryhmä äideille: jutellaan terveydestä, lasten kasvatuksesta ja arjesta Suomessa. Lastenhoito on järjestetty.",
        description:
          "Äidit kokoontuvat joka tiistai teen ja keskustelun merkeissä. Kerran kuussa vieraana on asiantuntija, esimerkiksi neuvolan terveydenhoitaja tai sosiaaliohjaaja, joka vastaa äitien kysymyksiin. Ryhmää vetää perhetyöntekijä Hodan, joka puhuu somalia ja suomea. Pienet lapset ovat hoidossa viereisessä huoneessa. Mukaan ei tarvitse tuoda mitään.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Kysymyksiin vastaa Hodan numerossa 044 781 3302.",
        integrationSupport:
          "Äidit saavat omalla kielellään tietoa suomalaisista terveys- ja perhepalveluista, kuten neuvolasta ja Kelasta. Ryhmä vähentää yksinäisyyttä ja tuo uusia ystäviä.",
        scheduleNote: "Kesällä tauko.",
      },
    },
  },
  {
    id: "demo-act-021",
    organisationId: ORG.silta,
    originalLanguage: "fi",
    themes: ["culture", "social"],
    targetGroups: ["everyone", "women", "seniors"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["ar", "ru", "fa"],
    finnishLevel: "NONE",
    places: [V.vanKorso],
    isFree: false,
    childcare: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Leila Rahimi", email: "kasityo@silta.example.fi", phone: "040 123 4572" },
    slots: ["wed 12:00-14:30"],
    pauses: ["christmas"],
    translations: {
      fi: {
        title: "Käsityöpiiri Korsossa: ompelua, neulontaa ja juttelua",
        summary: "Avoin käsityöpiiri, jossa ommellaan, neulotaan ja korjataan vaatteita yhdessä. Ompelukoneita saa lainaksi.",
        description:
          "Piirissä voi tehdä omaa käsityötä tai opetella uutta: ompelukoneen käyttöä, neulomista tai vaatteiden korjaamista. Ohjaaja Leila on koulutettu käsityönopettaja, ja hän puhuu suomea, persiaa ja daria. Vapaaehtoiset auttavat arabiaksi ja venäjäksi. Alle kouluikäiset lapset voivat leikkiä viereisessä leikkihuoneessa, jossa on hoitaja. Ota mukaan oma työ tai tule kokeilemaan; kankaita ja lankoja on tarjolla.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita. Ensimmäinen kerta on aina ilmainen.",
        integrationSupport:
          "Käsitöiden lomassa suomea on helppo puhua, ja piiristä löytyy ystäviä eri kulttuureista. Moni osallistuja on saanut piiristä tietoa myös lähialueen muista palveluista ja harrastuksista.",
        costNote: "Materiaalimaksu 3 € kerralta, jos käytät piirin kankaita tai lankoja. Omalla materiaalilla maksuton.",
      },
    },
  },
  {
    id: "demo-act-022",
    organisationId: ORG.kipina,
    originalLanguage: "fi",
    themes: ["sports", "family"],
    targetGroups: ["children"],
    forms: ["club"],
    languages: ["fi"],
    supportLanguages: ["ar", "so", "en"],
    finnishLevel: "NONE",
    places: [V.vanKivisto],
    ageMin: 7,
    ageMax: 12,
    registration: { email: "liikuntakerho@kipina.example.fi" },
    acceptsReferrals: true,
    accessibility: ["step-free", "accessible-toilet"],
    contact: { name: "Tuomas Rantanen", email: "liikuntakerho@kipina.example.fi", phone: "044 505 6062" },
    slots: ["sat 10:00-11:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Lasten liikuntakerho Kivistössä 7–12-vuotiaille",
        summary: "Monipuolinen liikuntakerho lauantaiaamuisin: pallopelejä, temppuilua ja leikkejä. Kerho on maksuton, ja varusteita saa lainaksi.",
        description:
          "Kerhossa lapset kokeilevat eri lajeja, kuten jalkapalloa, salibandya, koripalloa ja temppuratoja. Ohjaajina ovat liikunnanohjaajaopiskelijat Tuomas ja Fatima. Ohjeet annetaan selkeällä suomella, ja tarvittaessa autamme arabiaksi, somaliksi tai englanniksi. Lapselle mukaan sisäliikuntavaatteet ja juomapullo; kenkiä ei tarvita. Vanhemmat voivat odottaa aulassa tai hakea lapsen kerhon päätyttyä.",
        howToJoin: "Ilmoita lapsi kerhoon sähköpostilla ja kerro lapsen nimi, ikä ja huoltajan puhelinnumero. Ryhmään mahtuu 20 lasta.",
        integrationSupport:
          "Liikuntakerho antaa lapselle mahdollisuuden löytää mieluisan harrastuksen, saada kavereita ja oppia suomea leikin kautta. Vanhemmat saavat tietoa alueen muista harrastusmahdollisuuksista.",
        scheduleNote: "Ei kerhoa koulujen joulu- ja kesälomilla.",
      },
    },
  },
  {
    id: "demo-act-023",
    organisationId: ORG.kipina,
    originalLanguage: "fi",
    themes: ["volunteering", "social"],
    targetGroups: ["youth"],
    forms: ["volunteer-work"],
    languages: ["fi"],
    supportLanguages: ["en"],
    finnishLevel: "SOME",
    places: [V.kerava],
    alsoServes: ["092"],
    ageMin: 15,
    ageMax: 25,
    accessibility: ["step-free"],
    contact: { name: "Eveliina Koskinen", email: "vapaaehtoiset@kipina.example.fi", phone: "044 505 6063" },
    slots: ["thu 17:00-19:00 /2"],
    translations: {
      fi: {
        title: "Nuorten vapaaehtoisryhmä Keravalla",
        summary: "15–25-vuotiaiden ryhmä, joka järjestää tapahtumia ja toimii apuohjaajina lasten kerhoissa ja leireillä. Saat todistuksen vapaaehtoistyöstä.",
        description:
          "Ryhmä kokoontuu joka toinen torstai suunnittelemaan tapahtumia, kuten perhepäiviä, lasten liikuntapäiviä ja alueen kevätjuhlaa. Halutessasi pääset apuohjaajaksi lasten kerhoihin tai kesäleirille. Ryhmää ohjaa nuorisotyöntekijä Eveliina, ja uusille vapaaehtoisille järjestetään lyhyt perehdytys. Saat vapaaehtoistyöstä todistuksen, jonka voit liittää työhakemukseen. Ryhmässä tarjotaan aina iltapala.",
        howToJoin: "Tule paikalle ryhmän iltaan tai laita viesti Eveliinalle. Alaikäisiltä pyydämme huoltajan luvan.",
        integrationSupport:
          "Vapaaehtoistyö antaa ensimmäistä työkokemusta, suomalaisia suosittelijoita ja uusia ystäviä. Opit järjestämään tapahtumia ja toimimaan ryhmässä suomeksi.",
      },
    },
  },
  {
    id: "demo-act-024",
    organisationId: ORG.kustbygden,
    originalLanguage: "fi",
    themes: ["language", "social"],
    targetGroups: ["everyone", "newcomers"],
    forms: ["language-cafe"],
    languages: ["fi", "sv"],
    supportLanguages: ["en", "ru", "uk"],
    finnishLevel: "NONE",
    places: [V.porvooFi],
    accessibility: ["step-free", "induction-loop"],
    contact: { name: "Johanna Blomqvist", email: "sprakcafe@kustbygden.example.fi", phone: "019 520 1101" },
    slots: ["mon 17:00-18:30"],
    pauses: ["christmas", "summer"],
    translations: {
      fi: {
        title: "Kaksikielinen kielikahvila Porvoossa: suomea ja ruotsia",
        summary: "Kielikahvila, jossa voit harjoitella suomea tai ruotsia – tai molempia. Porvoossa tarvitaan usein kumpaakin kieltä.",
        description:
          "Kahvilassa on suomen ja ruotsin pöydät, ja voit vaihtaa pöytää kesken illan. Pöydissä on vapaaehtoisia, jotka puhuvat kieltä äidinkielenään ja auttavat tarvittaessa englanniksi, venäjäksi tai ukrainaksi. Aiheet liittyvät arkeen ja Porvoon tapahtumiin. Illan lopuksi kerrotaan kansalaisopiston tulevista kursseista. Kahvi ja tee ovat ilmaisia.",
        howToJoin: "Tule paikalle, ilmoittautumista ei tarvita.",
        integrationSupport:
          "Kaksikielisessä kaupungissa molempien kielten perusteista on hyötyä työnhaussa ja arjessa. Kahvilassa tapaat porvoolaisia ja saat tietoa kieliopinnoista.",
      },
      sv: {
        title: "Tvåspråkigt språkcafé i Borgå: finska och svenska",
        summary: "Ett språkcafé där du kan öva finska eller svenska – eller båda. I Borgå behövs ofta båda språken.",
        description:
          "På caféet finns bord för finska och svenska, och du kan byta bord under kvällen. Vid borden sitter frivilliga som har språket som modersmål och kan hjälpa till på engelska, ryska eller ukrainska. Vi pratar om vardagen och om vad som händer i Borgå. I slutet av kvällen berättar vi om medborgarinstitutets kommande kurser. Kaffe och te är gratis.",
        howToJoin: "Kom på plats, ingen anmälan behövs.",
        integrationSupport:
          "I en tvåspråkig stad har du nytta av grunderna i båda språken när du söker jobb och i vardagen. På caféet träffar du borgåbor och får information om språkstudier.",
      },
    },
  },
];
