// A second process for tests/integration/search-interleaving.test.ts: writes, rewrites, hides
// and deletes notices (each in its own transaction with its search document, as the app does)
// while the test process searches. Usage: node --import tsx tests/support/search-writer.ts URL ORG N
import { createPrismaClient } from "../../lib/db/client";
import { syncSearchDocument } from "../../lib/search/sync";
import { createActivity } from "./factories";

const [url, organisationId, count] = process.argv.slice(2);
const prisma = createPrismaClient(url!);
const ids: string[] = [];
let state = 7;
/** mulberry32: deterministic, and every operation comes up. */
function random(n: number): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
}
const done = { created: 0, changed: 0, hidden: 0, deleted: 0 };

for (let step = 0; step < Number(count); step++) {
  const op = ids.length < 5 ? 0 : random(4);
  if (op === 0) {
    const a = await createActivity(prisma, { organisationId: organisationId!, translations: [{ locale: "fi", title: `Vuorotteluryhmä ${step}` }] });
    await syncSearchDocument(prisma, a.id);
    ids.push(a.id);
    done.created++;
  } else if (op === 1) {
    const id = ids[random(ids.length)]!;
    await prisma.$transaction(async (tx) => {
      await tx.activityTranslation.updateMany({ where: { activityId: id }, data: { title: `Vuorotteluryhmä muutettu ${step}`, summary: `Muutos ${step}` } });
      await syncSearchDocument(tx, id);
    });
    done.changed++;
  } else if (op === 2) {
    const id = ids[random(ids.length)]!;
    await prisma.$transaction(async (tx) => {
      await tx.activity.update({ where: { id }, data: { status: random(2) ? "ARCHIVED" : "PUBLISHED" } });
      await syncSearchDocument(tx, id);
    });
    done.hidden++;
  } else {
    const [id] = ids.splice(random(ids.length), 1);
    await prisma.activity.delete({ where: { id } }); // the document goes by cascade
    done.deleted++;
  }
}
await prisma.$disconnect();
console.log(JSON.stringify(done));
