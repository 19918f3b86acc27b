// All demo activities, in a fixed order. Published ones are split by area (and online);
// the ones that must never be public (draft, submitted, rejected, archived, expired,
// deleted) are in activities-hidden.ts.
import { capitalRegionActivities } from "./activities-capital";
import { centralActivities } from "./activities-central";
import { eastActivities } from "./activities-east";
import { helsinkiActivities } from "./activities-helsinki";
import { hiddenActivities } from "./activities-hidden";
import { moreActivities } from "./activities-more";
import { northActivities } from "./activities-north";
import { onlineActivities } from "./activities-online";
import { southeastActivities } from "./activities-southeast";
import { southwestActivities } from "./activities-southwest";
import { swedishActivities } from "./activities-swedish";
import type { SeedActivity } from "./types";

export const publishedActivities: SeedActivity[] = [
  ...helsinkiActivities,
  ...capitalRegionActivities,
  ...swedishActivities,
  ...southwestActivities,
  ...centralActivities,
  ...southeastActivities,
  ...eastActivities,
  ...northActivities,
  ...onlineActivities,
  ...moreActivities,
];

export { hiddenActivities };

export const activities: SeedActivity[] = [...publishedActivities, ...hiddenActivities];
