// Stable slugs for the activity taxonomies. Labels live in messages/<locale>.json under
// "Taxonomy.<kind>.<slug>", so adding a slug means adding a label in every locale
// (tests/unit/messages.test.ts checks that).

export const THEMES = [
  "language", // learning Finnish or Swedish, language cafés
  "work", // job seeking, working life, entrepreneurship
  "education", // studies, homework help, pathways to schools
  "digital", // digital skills, e-services
  "health", // health and wellbeing, mental health
  "sports", // sports and physical activity
  "culture", // culture, arts, crafts, music
  "family", // parenting, families, children
  "society", // Finnish society, rights, services, everyday life
  "social", // meeting people, friendship, peer support
  "volunteering", // volunteering and participation
  "nature", // nature, outdoor life, gardening
] as const;

export const TARGET_GROUPS = [
  "everyone",
  "women",
  "men",
  "youth", // 15–29
  "children",
  "families", // parents with children
  "seniors",
  "job-seekers",
  "students",
  "stay-at-home-parents",
  "asylum-seekers",
  "newcomers", // recently arrived (first years in Finland)
  "disabilities",
] as const;

export const ACTIVITY_FORMS = [
  "language-cafe",
  "course",
  "club", // regular group / club
  "peer-group", // peer support in own language
  "workshop",
  "guidance", // advice and counselling drop-in
  "event", // one-off or occasional events
  "mentoring",
  "volunteer-work",
  "homework-help",
] as const;

export const ACCESSIBILITY_FEATURES = [
  "step-free",
  "accessible-toilet",
  "induction-loop",
  "quiet-space",
  "sign-language",
] as const;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type Theme = (typeof THEMES)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type ActivityForm = (typeof ACTIVITY_FORMS)[number];
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];
export type Weekday = (typeof WEEKDAYS)[number];

export const TAXONOMIES = {
  themes: THEMES,
  targetGroups: TARGET_GROUPS,
  forms: ACTIVITY_FORMS,
  accessibility: ACCESSIBILITY_FEATURES,
} as const;

export type TaxonomyKind = keyof typeof TAXONOMIES;

export function isSlug<K extends TaxonomyKind>(
  kind: K,
  value: string,
): value is (typeof TAXONOMIES)[K][number] {
  return (TAXONOMIES[kind] as readonly string[]).includes(value);
}

/** ISO weekday number (1 = Monday) from a slug, and back. */
export function weekdayNumber(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1;
}
export function weekdaySlug(isoWeekday: number): Weekday | undefined {
  return WEEKDAYS[isoWeekday - 1];
}
