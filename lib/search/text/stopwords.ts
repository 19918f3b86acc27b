import { foldText } from "./fold";

// Function words of the languages people search in. In a directory written mostly in Finnish,
// an Arabic or Somali "and", "in" or "every" is rare, so it would weigh as much as the words
// that matter; these weigh little, never make a result on their own, and are not reported as
// words that found nothing. Kept short on purpose: only words that carry no subject.

const LISTS: Record<string, string> = {
  fi: "ja on ei se ne että joka jotka kun tai sekä myös mutta kuin niin jos vain siis eli minä sinä hän me te he mitä mikä missä miten mihin mistä koska joten tämä tuo nämä ovat oli olla kaikki joku jokin kanssa ilman",
  sv: "och att det som en ett är på i av för med till den de om men inte jag du han hon vi ni har var kan ska från eller så också alla",
  en: "the a an and or of in on at to for with from by is are was be it this that these those as not but if all any every some my your our their i you we they he she please want looking",
  et: "ja on ei see et kes mis kui või ka aga kõik ning oma ma sa ta me te nad",
  ru: "и в во на с со к ко по о об от до для из у за не но а или что как это все всё я ты он она мы вы они мне нам есть",
  uk: "і й та в у на з із зі до для по о про від за не але а або що як це все я ти він вона ми ви вони є",
  ar: "و في من على الى إلى عن مع هذا هذه ذلك التي الذي كل او أو ثم لا ما هل انا أنا نحن هو هي انت أنت",
  fa: "و در به از که با برای این آن را تا یا هم هر من تو او ما شما آنها است هست نیست",
  ckb: "و لە بۆ بە کە لەگەڵ ئەم ئەو هەر یان من تۆ ئێمە ئەوان",
  so: "iyo ee ka ku la oo u waa waxa aan ay ah in iska kale dhan",
  vi: "và của cho ở với là có không các những một này đó tôi bạn chúng",
  zh: "的 了 在 和 与 或 是 我 你 他 她 我们 你们 他们 这 那 有 也 都",
};

const STOPWORDS = new Set(Object.values(LISTS).flatMap((list) => list.split(/\s+/).map((w) => foldText(w))));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
