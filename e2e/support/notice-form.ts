import type { Page } from "@playwright/test";

/** Fills the first weekly time (Tuesday 17–19) and the first place (Helsinki) of the Finnish notice form. */
export async function fillTimeAndPlace(page: Page) {
  const slot = page.getByRole("group", { name: "Aika 1" });
  await slot.getByLabel("Viikonpäivä").selectOption("tue");
  await slot.getByLabel("Alkaa").fill("17:00");
  await slot.getByLabel("Päättyy").fill("19:00");
  const place = page.getByRole("group", { name: "Paikka 1" });
  await place.getByLabel("Katuosoite").fill("Helsinginkatu 1");
  await place.getByLabel("Postinumero").fill("00530");
  await place.getByLabel("Kunta").selectOption("091");
}
