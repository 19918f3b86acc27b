// Venues used by the demo activities. Venue names are fictional; streets and postal codes are
// real-looking and match the municipality (Helsinki 00xxx, Espoo 02xxx, Tampere 33xxx, ...).
// Coordinates are approximate (district level).

import type { SeedPlace } from "./types";

function v(
  municipalityCode: string,
  postOffice: string,
  name: string,
  streetAddress: string,
  postalCode: string,
  latitude: number,
  longitude: number,
): SeedPlace {
  return { name, streetAddress, postalCode, postOffice, municipalityCode, latitude, longitude };
}

export const V = {
  // Helsinki 091
  hkiKeskusta: v("091", "Helsinki", "Kansalaistalo Aukio", "Kalevankatu 30", "00100", 60.1652, 24.9335),
  hkiKallio: v("091", "Helsinki", "Asukastila Kulmakivi", "Helsinginkatu 24", "00530", 60.1849, 24.9492),
  hkiVallila: v("091", "Helsingfors", "Föreningshuset Kajen", "Hämeentie 68", "00550", 60.1951, 24.9571),
  hkiPasila: v("091", "Helsinki", "Pasilan toimintakeskus", "Ratapihantie 11", "00520", 60.1992, 24.9338),
  hkiItakeskus: v("091", "Helsinki", "Monitoimitila Itäpiste", "Turunlinnantie 8", "00930", 60.2104, 25.0812),
  hkiKontula: v("091", "Helsinki", "Asukastalo Kaari", "Ostostie 4", "00940", 60.2359, 25.0829),
  hkiVuosaari: v("091", "Helsinki", "Vuosaaren kohtaamispaikka", "Vuotie 45", "00980", 60.2093, 25.1432),
  hkiMalmi: v("091", "Helsinki", "Malmin toimintakeskus", "Kirkonkyläntie 2", "00700", 60.2511, 25.0102),
  hkiKannelmaki: v("091", "Helsinki", "Nuorisotila Klaneetti", "Klaneettitie 5", "00420", 60.2398, 24.8772),
  hkiMyllypuro: v("091", "Helsinki", "Myllypuron liikuntasali", "Myllypurontie 1", "00920", 60.2238, 25.0761),
  hkiHerttoniemi: v("091", "Helsinki", "Perhetila Tammi", "Hiihtäjäntie 3", "00810", 60.1948, 25.0307),

  // Espoo 049
  espLeppavaara: v("049", "Espoo", "Asukastila Ankkuri", "Leppävaarankatu 9", "02600", 60.2191, 24.8129),
  espTapiola: v("049", "Espoo", "Kulttuuritila Kaiku", "Kauppamiehentie 6", "02100", 60.1762, 24.8051),
  espMatinkyla: v("049", "Espoo", "Matinkylän asukaspuisto", "Matinkatu 14", "02230", 60.1601, 24.7383),
  espKeskus: v("049", "Espoo", "Palvelupiste Kirkkojärvi", "Kirkkojärventie 6", "02770", 60.2052, 24.6561),
  espEspoonlahti: v("049", "Espoo", "Perhekeskus Laine", "Ulappakatu 1", "02320", 60.1482, 24.6603),
  espOtaniemi: v("049", "Espoo", "Yhteisötila Otsoni", "Otakaari 7", "02150", 60.1861, 24.8281),

  // Vantaa 092, Kerava 245
  vanTikkurila: v("092", "Vantaa", "Tikkurilan Kohtaamo", "Asematie 7", "01300", 60.2928, 25.0441),
  vanMyyrmaki: v("092", "Vantaa", "Monitoimitila Myyrä", "Paalutori 3", "01600", 60.2612, 24.8543),
  vanKorso: v("092", "Vantaa", "Korson asukastila", "Urpiaisentie 14", "01450", 60.3502, 25.0779),
  vanHakunila: v("092", "Vantaa", "Kansainvälinen kohtaamispaikka Hakuna", "Hakunilantie 48", "01200", 60.2771, 25.1068),
  vanKivisto: v("092", "Vantaa", "Kivistön monitoimitalo, liikuntasali", "Kivistöntori 2", "01700", 60.3183, 24.8468),
  kerava: v("245", "Kerava", "Monitoimitalo Kerhola", "Kauppakaari 11", "04200", 60.4032, 25.1041),

  // Porvoo 638, Raasepori 710
  porvooSv: v("638", "Borgå", "Föreningshuset Ankaret", "Runebergsgatan 22", "06100", 60.3941, 25.6632),
  porvooFi: v("638", "Porvoo", "Kohtaamispaikka Majakka", "Mannerheiminkatu 20", "06100", 60.3928, 25.6619),
  raasepori: v("710", "Ekenäs", "Medborgarhuset Gläntan", "Raseborgsvägen 10", "10600", 59.9751, 23.4362),

  // Turku 853, Pori 609
  turKeskusta: v("853", "Turku", "Kohtaamispaikka Aura", "Aurakatu 14", "20100", 60.4519, 22.2668),
  turLinnankatu: v("853", "Turku", "Järjestötalo Linna", "Linnankatu 30", "20100", 60.4489, 22.2501),
  turVarissuo: v("853", "Turku", "Varissuon asukastupa", "Lustokatu 7", "20610", 60.4461, 22.3452),
  turRunosmaki: v("853", "Turku", "Runosmäen palstat", "Runosmäentie 4", "20360", 60.4812, 22.2419),
  pori: v("609", "Pori", "Järjestötila Karhu", "Yrjönkatu 6", "28100", 61.4849, 21.7971),
  poriItapuisto: v("609", "Pori", "Nuorten talo Pooki", "Itäpuisto 11", "28100", 61.4868, 21.8012),

  // Tampere 837, Hämeenlinna 109
  treKeskusta: v("837", "Tampere", "Kohtaamispaikka Pyynikki", "Hämeenkatu 25", "33200", 61.4979, 23.7598),
  treHervanta: v("837", "Tampere", "Hervannan monitoimitalo", "Insinöörinkatu 38", "33720", 61.4503, 23.8502),
  treTesoma: v("837", "Tampere", "Tesoman asukastupa", "Tesomankatu 4", "33310", 61.4999, 23.6252),
  treKaleva: v("837", "Tampere", "Kalevan liikuntasali", "Kalevan puistotie 10", "33500", 61.4961, 23.7949),
  hml: v("109", "Hämeenlinna", "Kansalaisopisto Kaarna, Raatihuone", "Raatihuoneenkatu 14", "13100", 60.9958, 24.4641),
  hmlViipurintie: v("109", "Hämeenlinna", "Perhetalo Verso", "Viipurintie 2", "13200", 60.9901, 24.4803),

  // Lahti 398, Kotka 285, Lappeenranta 405, Mikkeli 491
  lahti: v("398", "Lahti", "Kansalaisopisto Kaarna, Lahden toimipiste", "Aleksanterinkatu 11", "15110", 60.9831, 25.6609),
  lahtiVesijarvi: v("398", "Lahti", "Vesijärven palstat", "Vesijärvenkatu 24", "15140", 60.9872, 25.6551),
  kotka: v("285", "Kotka", "Järjestötalo Ankkuri", "Keskuskatu 23", "48100", 60.4662, 26.9452),
  kotkaKarhula: v("285", "Kotka", "Karhulan kohtaamo", "Karhulantie 36", "48600", 60.5213, 26.9371),
  lpr: v("405", "Lappeenranta", "Kohtaamispaikka Saimaa", "Valtakatu 35", "53100", 61.0583, 28.1884),
  lprKauppakatu: v("405", "Lappeenranta", "Digituki Piste", "Kauppakatu 40", "53100", 61.0591, 28.1861),
  mikkeli: v("491", "Mikkeli", "Järjestötalo Porras", "Porrassalmenkatu 17", "50100", 61.6884, 27.2721),
  mikkeliMaaherra: v("491", "Mikkeli", "Perhetila Pesä", "Maaherrankatu 22", "50100", 61.6879, 27.2692),

  // Kuopio 297, Joensuu 167
  kuopio: v("297", "Kuopio", "Kohtaamispaikka Tori", "Kauppakatu 45", "70100", 62.8922, 27.6774),
  kuopioVuorikatu: v("297", "Kuopio", "Järjestötila Kallavesi", "Vuorikatu 20", "70100", 62.8946, 27.6812),
  joensuu: v("167", "Joensuu", "Rauhanlaakson seurakuntatalo", "Kauppakatu 32", "80100", 62.6009, 29.7632),
  joensuuKoskikatu: v("167", "Joensuu", "Kulttuuritila Rodnik", "Koskikatu 6", "80100", 62.5993, 29.7724),
  joensuuNiinivaara: v("167", "Joensuu", "Niinivaaran asukastupa", "Niinivaarantie 40", "80200", 62.6048, 29.7901),

  // Jyväskylä 179, Seinäjoki 743
  jkl: v("179", "Jyväskylä", "Kohtaamispaikka Kompassi", "Kauppakatu 19", "40100", 62.2427, 25.7476),
  jklKuokkala: v("179", "Jyväskylä", "Kuokkalan liikuntasali", "Syöttäjänkatu 2", "40520", 62.2212, 25.7413),
  jklHuhtasuo: v("179", "Jyväskylä", "Huhtasuon asukastupa", "Huhtasuontie 3", "40340", 62.2638, 25.7969),
  seinajoki: v("743", "Seinäjoki", "Perhetalo Kotipesä", "Koulukatu 21", "60100", 62.7905, 22.8398),
  seinajokiKauppakatu: v("743", "Seinäjoki", "Järjestötila Lakeus", "Kauppakatu 8", "60100", 62.7889, 22.8422),

  // Vaasa 905, Mustasaari 499, Närpiö 545, Pietarsaari 598, Kokkola 272
  vaasa: v("905", "Vasa", "Mosaikhuset", "Kyrkoesplanaden 24", "65100", 63.0958, 21.6149),
  vaasaFi: v("905", "Vaasa", "Kohtaamispaikka Mosaik", "Raastuvankatu 30", "65100", 63.0969, 21.6162),
  vaasaStrandbacka: v("905", "Vasa", "Strandbacka församlingshem", "Palosaarentie 58", "65200", 63.1079, 21.6003),
  korsholm: v("499", "Korsholm", "Smedsby bibliotek, mötesrum", "Skolvägen 4", "65610", 63.1048, 21.6797),
  narpes: v("545", "Närpes", "Föreningshuset Kompis", "Kyrkvägen 3", "64200", 62.4729, 21.3368),
  jakobstad: v("598", "Jakobstad", "Mosaik Jakobstad", "Storgatan 15", "68600", 63.6742, 22.7031),
  jakobstadKopman: v("598", "Jakobstad", "Familjerummet", "Köpmansgatan 12", "68600", 63.6729, 22.7012),
  kokkola: v("272", "Kokkola", "Järjestötalo Majakka", "Isokatu 3", "67100", 63.8387, 23.1303),
  kokkolaPitkasilta: v("272", "Kokkola", "Kohtaamispaikka Pitkäsilta", "Pitkänsillankatu 28", "67100", 63.8411, 23.1268),

  // Oulu 564, Rovaniemi 698, Kajaani 205
  oulu: v("564", "Oulu", "Kotoutumispiste Oulu", "Kirkkokatu 19", "90100", 65.0118, 25.4702),
  ouluTuira: v("564", "Oulu", "Tuiran liikuntasali", "Valtatie 41", "90500", 65.0262, 25.4688),
  ouluKaukovainio: v("564", "Oulu", "Kaukovainion asukastupa", "Kaukovainiontie 2", "90570", 64.9931, 25.4968),
  rovaniemi: v("698", "Rovaniemi", "Kahvila-kohtaamo Kaamos", "Koskikatu 25", "96200", 66.5012, 25.7291),
  rovaniemiHallitus: v("698", "Rovaniemi", "Perhetupa Revontuli", "Hallituskatu 11", "96100", 66.4987, 25.7214),
  kajaani: v("205", "Kajaani", "Nuorten tila Kajastus", "Pohjolankatu 13", "87100", 64.2261, 27.7283),

  // Used by activities-more.ts (notices added for the relevance suite, issue 9)
  hkiSornainen: v("091", "Helsinki", "Järjestötalo Sörkka", "Sörnäisten rantatie 22", "00540", 60.1867, 24.9653),
  imatra: v("153", "Imatra", "Kulttuuritalo Virta", "Koskenparras 2", "55100", 61.1931, 28.7768),
  salo: v("734", "Salo", "Kohtaamispaikka Halikonlahti", "Vilhonkatu 4", "24100", 60.3847, 23.1257),
  hyvinkaa: v("106", "Hyvinkää", "Asukastalo Hyvä", "Hämeenkatu 9", "05800", 60.631, 24.8594),
  lahtiUimahalli: v("398", "Lahti", "Lahden uimahalli", "Vesiojankatu 7", "15140", 60.9823, 25.6491),
  kouvola: v("286", "Kouvola", "Perhekeskus Kuusankoski", "Kauppamiehenkatu 4", "45100", 60.8679, 26.7042),
  riihimaki: v("694", "Riihimäki", "Riihimäen kaupunginkirjasto", "Kauppakatu 10", "11100", 60.7387, 24.7717),
  jarvenpaa: v("186", "Järvenpää", "Opetustila Sibelius", "Sibeliuksenkatu 11", "04400", 60.4737, 25.0899),
  lohja: v("444", "Lohja", "Työpiste Lohja", "Laurinkatu 50", "08100", 60.2486, 24.0653),
  savonlinna: v("740", "Savonlinna", "Opintokeskus Olavi", "Olavinkatu 44", "57130", 61.8687, 28.8799),
  savonlinnaKirkkokatu: v("740", "Savonlinna", "Seurakuntakeskus", "Kirkkokatu 14", "57100", 61.8689, 28.886),
  rauma: v("684", "Rauma", "Nuorisotila Pakkahuone", "Savilankatu 7", "26100", 61.1286, 21.5111),
  loviisa: v("434", "Loviisa", "Perhetalo Fyren", "Mannerheiminkatu 8", "07900", 60.4568, 26.2249),
  kristinestad: v("287", "Kristinestad", "Medborgarhuset Kristina", "Strandgatan 24", "64100", 62.273, 21.3767),
  kirkkonummi: v("257", "Kyrkslätt", "Servicehuset Vinkeln", "Sockenvägen 6", "02400", 60.1236, 24.4381),
  kemi: v("240", "Kemi", "Kemin liikuntahalli", "Sauvosaarenkatu 5", "94100", 65.7355, 24.5637),
  nokia: v("536", "Nokia", "Nokian urheilukenttä", "Souranderintie 2", "37100", 61.4782, 23.509),
} as const satisfies Record<string, SeedPlace>;
