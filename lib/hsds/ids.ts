import { createHash } from "node:crypto";

// HSDS requires every id to be a UUID; ours are cuids and readable demo ids. Each HSDS id is a
// name-based UUID (RFC 9562 version 5) of "<kind>:<our id>" in this product's namespace, so
// the same record always has the same HSDS id, in every response and every export, without a
// stored mapping (docs/decisions/016-open-data-hsds.md).

/** The product's UUID namespace (a random version-4 UUID chosen once; never change it). */
export const HSDS_NAMESPACE = "5b0f7c1e-8d44-4a51-9f3e-2c6a0d7b91e4";

export type HsdsKind =
  | "service"
  | "organization"
  | "location"
  | "service_at_location"
  | "address"
  | "schedule"
  | "language"
  | "phone"
  | "contact"
  | "service_area"
  | "cost_option"
  | "attribute"
  | "taxonomy"
  | "taxonomy_term"
  | "organization_identifier"
  | "url";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value.toLowerCase());
}

function namespaceBytes(): Buffer {
  return Buffer.from(HSDS_NAMESPACE.replaceAll("-", ""), "hex");
}

/** UUID v5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: Buffer = namespaceBytes()): string {
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS id of one of our records (or of a part of one: "<activity id>#slot-2"). */
export function hsdsId(kind: HsdsKind, ourId: string): string {
  return uuidV5(`${kind}:${ourId}`);
}
