import { readFileSync } from "node:fs";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// Validators for the official HSDS 3.1 schemas (tests/fixtures/hsds, Open Referral, CC BY-SA
// 4.0; see ATTRIBUTION.md there): Ajv's 2020-12 build with ajv-formats, not strict, because
// the schemas carry non-standard keywords and a non-standard `format: "csv"`.

const dir = new URL("../fixtures/hsds/", import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as object;

function createAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat("csv", true);
  ajv.addSchema(read("metadata.json"), "metadata.json");
  ajv.addSchema(read("taxonomy.json"), "taxonomy.json");
  ajv.addSchema(read("taxonomy_term.json"), "taxonomy_term.json");
  return ajv;
}

let ajv: ReturnType<typeof createAjv> | undefined;
const compiled = new Map<string, ValidateFunction>();

export type HsdsSchemaName =
  | "compiled/service.json"
  | "compiled/service_list.json"
  | "compiled/organization.json"
  | "compiled/organization_list.json"
  | "compiled/service_at_location.json"
  | "compiled/service_at_location_list.json"
  | "taxonomy.json"
  | "taxonomy_term.json";

export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
  ajv ??= createAjv();
  let found = compiled.get(name);
  if (!found) {
    found = name === "taxonomy.json" || name === "taxonomy_term.json" ? ajv.getSchema(name)! : ajv.compile(read(name));
    compiled.set(name, found);
  }
  return found;
}

/** Ajv's errors for a document, or [] when it is valid. */
export function hsdsErrors(name: HsdsSchemaName, document: unknown): string[] {
  const validate = hsdsValidator(name);
  if (validate(document)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}

/** The specification's Page envelope (openapi.json components.schemas.Page), every field required. */
export const PAGE_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"] as const;
