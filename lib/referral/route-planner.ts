// A text link to a journey planner with the activity's address as the destination: no embedded
// maps, no third-party scripts. HSL's Reittiopas in its own area, the national Digitransit planner
// (Fintraffic's opas.matka.fi) elsewhere; both take "label::lat,lon" as the destination and "-" as
// "from where I am". Without coordinates, a Google Maps directions search for the address text.

// Municipalities in HSL's journey planner area: Helsinki, Espoo, Vantaa, Kauniainen, Kerava,
// Kirkkonummi, Sipoo, Siuntio, Tuusula.
const HSL_MUNICIPALITIES = new Set(["091", "049", "092", "235", "245", "257", "753", "755", "858"]);

export type PlannerPlace = {
  streetAddress: string;
  postalCode: string;
  postOffice: string | null;
  municipalityCode: string;
  municipalityName: string;
  latitude: number | null;
  longitude: number | null;
};

export type RoutePlanner = { service: "hsl" | "matka" | "google"; url: string };

export function addressLine(place: PlannerPlace): string {
  return `${place.streetAddress}, ${place.postalCode} ${place.postOffice ?? place.municipalityName}`;
}

export function routePlanner(place: PlannerPlace): RoutePlanner {
  const address = addressLine(place);
  if (place.latitude !== null && place.longitude !== null) {
    const destination = encodeURIComponent(`${address}::${place.latitude},${place.longitude}`);
    return HSL_MUNICIPALITIES.has(place.municipalityCode)
      ? { service: "hsl", url: `https://reittiopas.hsl.fi/reitti/-/${destination}` }
      : { service: "matka", url: `https://opas.matka.fi/reitti/-/${destination}` };
  }
  const query = new URLSearchParams({ api: "1", destination: `${address}, Finland`, travelmode: "transit" });
  return { service: "google", url: `https://www.google.com/maps/dir/?${query.toString()}` };
}
