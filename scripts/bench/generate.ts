// Generates N realistic activities for benchmarks: municipalities weighted by population,
// text in several languages, taxonomies and filters in plausible proportions. Deterministic
// for a given seed.
import { readFileSync } from "node:fs";
import type { PrismaClient } from "../../lib/db/client";
import { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, TARGET_GROUPS, THEMES } from "../../lib/reference/taxonomies";
import { rebuildSearchDocuments } from "../../lib/search/sync";

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = {
  fi: {
    kinds: ["Kielikahvila", "Digiopastus", "Naisten liikuntaryhmä", "Työnhakupaja", "Läksykerho", "Vertaisryhmä", "Käsityöpiiri", "Jalkapallokerho", "Perhekahvila", "Suomen kielen kerho", "Ruokakurssi", "Luontoretki", "Mentorointiohjelma", "Vapaaehtoisten ilta"],
    places: ["kirjastossa", "asukastalossa", "seurakuntatalolla", "nuorisotalolla", "kansalaisopistolla", "verkossa"],
    summaries: ["Harjoittele suomen kieltä rennossa porukassa.", "Opi käyttämään verkkopankkia, Kelan asiointia ja OmaKantaa.", "Tutustu uusiin ihmisiin ja löydä harrastus.", "Saat apua työnhakuun ja CV:n tekemiseen.", "Lapset saavat apua läksyihin, vanhemmat voivat jutella."],
    body: ["Ryhmää ohjaa koulutettu vapaaehtoinen.", "Kahvi ja tee tarjotaan.", "Voit tulla mukaan milloin tahansa.", "Toiminta on maksutonta ja kaikille avointa.", "Tule paikalle, ilmoittautumista ei tarvita.", "Ota mukaan oma kannettava, jos sinulla on.", "Äidinkieltä saa käyttää apuna."],
  },
  sv: {
    kinds: ["Språkcafé", "Digihjälp", "Motionsgrupp för kvinnor", "Jobbsökarverkstad", "Läxhjälp", "Kamratgrupp", "Handarbetscirkel", "Fotbollsklubb", "Familjecafé"],
    places: ["på biblioteket", "i invånarhuset", "i församlingshemmet", "på nätet"],
    summaries: ["Öva svenska och finska i en avslappnad grupp.", "Lär dig använda nätbanken och e-tjänster.", "Träffa nya människor och hitta en hobby."],
    body: ["Gruppen leds av en utbildad frivillig.", "Kaffe och te bjuds.", "Du kan komma med när som helst.", "Verksamheten är avgiftsfri."],
  },
  en: {
    kinds: ["Language café", "Digital skills drop-in", "Women's exercise group", "Job-seeking workshop", "Homework club", "Peer support group", "Football club", "Family café", "Cooking course"],
    places: ["at the library", "at the community centre", "online"],
    summaries: ["Practise Finnish in a relaxed group.", "Get help with online banking and e-services.", "Meet new people and find a hobby.", "Get help with your CV and job applications."],
    body: ["A trained volunteer leads the group.", "Coffee and tea are served.", "You can join at any time.", "Participation is free of charge."],
  },
  ru: {
    kinds: ["Языковое кафе", "Группа поддержки", "Кружок для детей", "Мастерская по поиску работы"],
    places: ["в библиотеке", "онлайн"],
    summaries: ["Практикуйте финский язык в дружеской обстановке.", "Помощь в поиске работы и составлении резюме."],
    body: ["Группу ведёт опытный волонтёр.", "Участие бесплатное.", "Приходите без записи."],
  },
  ar: {
    kinds: ["مقهى اللغة", "مجموعة دعم الأقران", "ورشة البحث عن عمل", "نادي الواجبات المدرسية"],
    places: ["في المكتبة", "عبر الإنترنت"],
    summaries: ["تدرّب على اللغة الفنلندية في جو مريح.", "احصل على مساعدة في البحث عن عمل."],
    body: ["يقود المجموعة متطوع مدرَّب.", "المشاركة مجانية.", "تعال دون تسجيل مسبق."],
  },
  so: {
    kinds: ["Kafeega luqadda", "Kooxda taageerada", "Caawinta casharrada guriga"],
    places: ["maktabadda", "online"],
    summaries: ["Ku celceli luqadda finnishka koox raaxo leh.", "Hel caawimaad shaqo raadinta."],
    body: ["Kooxda waxaa hogaamiya tabarruce tababaran.", "Ka qaybgalku waa bilaash."],
  },
} as const;

type Lang = keyof typeof TEXT;
const ORIGINALS: [Lang, number][] = [["fi", 0.62], ["sv", 0.1], ["en", 0.14], ["ru", 0.05], ["ar", 0.05], ["so", 0.04]];
const LANGS: [string, number][] = [["fi", 0.8], ["en", 0.3], ["sv", 0.12], ["ar", 0.12], ["so", 0.08], ["ru", 0.1], ["uk", 0.06], ["fa", 0.05], ["ckb", 0.03], ["et", 0.04], ["zh", 0.02], ["vi", 0.02]];

export async function generateActivities(prisma: PrismaClient, options: { count: number; seed?: number; log?: (line: string) => void }) {
  const rnd = random(options.seed ?? 42);
  const log = options.log ?? (() => {});
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const weighted = <T>(pairs: [T, number][]): T => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = rnd() * total;
    for (const [v, w] of pairs) if ((x -= w) <= 0) return v;
    return pairs[0]![0];
  };
  const csv = readFileSync(new URL("../../prisma/data/municipalities.csv", import.meta.url), "utf8").trim().split("\n").slice(1);
  const municipalities: [string, number][] = csv.map((line) => {
    const cells = line.split(",");
    return [cells[0]!, Number(cells.at(-1))];
  });

  const orgIds: string[] = [];
  const orgs = Array.from({ length: Math.max(20, Math.floor(options.count / 40)) }, (_, i) => {
    const id = `bench-org-${i}`;
    orgIds.push(id);
    return { id, name: `${pick(["Monikulttuuriyhdistys", "Kotoutumishanke", "Seurakunta", "Kansalaisopisto", "Urheiluseura"])} ${i}`, kind: "ASSOCIATION" as const };
  });
  for (let i = 0; i < orgs.length; i += 2000) await prisma.organisation.createMany({ data: orgs.slice(i, i + 2000), skipDuplicates: true });

  const now = Date.now();
  const day = 86_400_000;
  const batch = 2000;
  for (let start = 0; start < options.count; start += batch) {
    const activities = [];
    const translations = [];
    const slots = [];
    for (let n = start; n < Math.min(options.count, start + batch); n++) {
      const id = `bench-act-${n}`;
      const original = weighted(ORIGINALS);
      const mode = weighted([["ONSITE", 0.75], ["ONLINE", 0.15], ["HYBRID", 0.1]] as [("ONSITE" | "ONLINE" | "HYBRID"), number][]);
      const nationwide = mode === "ONLINE" && rnd() < 0.6;
      const status: "PUBLISHED" | "DRAFT" | "SUBMITTED" | "ARCHIVED" = rnd() < 0.9 ? "PUBLISHED" : pick(["DRAFT", "SUBMITTED", "ARCHIVED"] as const);
      activities.push({
        id,
        organisationId: pick(orgIds),
        status,
        originalLanguage: original,
        themes: some(THEMES, 3),
        targetGroups: some(TARGET_GROUPS, 2),
        forms: some(ACTIVITY_FORMS, 1),
        languages: [...new Set([original, ...(rnd() < 0.4 ? [weighted(LANGS)] : [])])],
        supportLanguages: rnd() < 0.5 ? some(LANGS.map(([l]) => l), 3) : [],
        finnishLevel: weighted([["NONE", 0.7], ["SOME", 0.22], ["GOOD", 0.08]] as [("NONE" | "SOME" | "GOOD"), number][]),
        mode,
        nationwide,
        municipalities: nationwide ? [] : [weighted(municipalities)],
        isFree: rnd() < 0.85,
        acceptsReferrals: rnd() < 0.45,
        childcare: rnd() < 0.15,
        accessibility: rnd() < 0.3 ? some(ACCESSIBILITY_FEATURES, 2) : [],
        genderSpace: weighted([["ALL", 0.85], ["WOMEN", 0.11], ["MEN", 0.04]] as [("ALL" | "WOMEN" | "MEN"), number][]),
        ageMin: rnd() < 0.2 ? pick([6, 13, 16, 18, 63]) : null,
        ageMax: rnd() < 0.15 ? pick([12, 17, 29]) : null,
        validUntil: new Date(now + (rnd() < 0.05 ? -1 : 1) * (1 + rnd() * 180) * day),
        lastConfirmedAt: new Date(now - rnd() * 120 * day),
        publishedAt: new Date(now - rnd() * 365 * day),
      });
      const locales: Lang[] = [original, ...(rnd() < 0.3 ? [pick(["fi", "en", "sv"] as const)] : [])];
      for (const locale of [...new Set(locales)]) {
        const text = TEXT[locale];
        translations.push({
          activityId: id,
          locale,
          title: `${pick(text.kinds)} ${pick(text.places)}`,
          summary: pick(text.summaries),
          description: some(text.body, 4).join(" "),
          howToJoin: pick(text.body),
          integrationSupport: pick(text.summaries),
        });
      }
      for (let s = 0; s < 1 + Math.floor(rnd() * 2); s++) {
        const startMinute = pick([9, 10, 13, 15, 17, 18]) * 60 + pick([0, 30]);
        slots.push({ id: `${id}-s${s}`, activityId: id, weekday: 1 + Math.floor(rnd() * 7), startMinute, endMinute: startMinute + 90 });
      }
    }
    await prisma.activity.createMany({ data: activities });
    await prisma.activityTranslation.createMany({ data: translations });
    await prisma.scheduleSlot.createMany({ data: slots });
    log(`generated ${Math.min(options.count, start + batch)} / ${options.count}`);
  }
  const started = Date.now();
  const docs = await rebuildSearchDocuments(prisma, { batchSize: 1000 });
  log(`search documents: ${docs} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
}
