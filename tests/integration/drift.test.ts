import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getTestPrisma, testDatabaseUrl } from "../support/db";

// Proves that the database the SQL migrations produce (tests/support/global-setup.ts applies
// them) matches prisma/schema.prisma, since Prisma's schema engine, which would diff them,
// cannot run here (docs: /work/shared/docs/ENVIRONMENT.md).
//
// Where the facts come from:
// - The generated client's runtime data model (`_runtimeDataModel` on a PrismaClient
//   instance, from `config.runtimeDataModel` in lib/db/generated/internal/class.ts): models,
//   their table names, fields, field kinds, Prisma types and column names. In Prisma 7 it
//   carries nothing else: no optionality, no list flag, no native types, no indexes, and an
//   empty `enums`.
// - So those come from prisma/schema.prisma itself, read by the small parser below. The first
//   test proves that the generated client was generated from the current schema.prisma, and
//   the second that the parser sees the same models and fields as Prisma does.

/** Tables the database may have that are not models, each with the reason. */
const NON_MODEL_TABLES: Record<string, string> = {
  _prisma_migrations: "migration history, written by lib/db/migrate.ts exactly as Prisma Migrate does",
  search_document:
    "the postgres search engine's denormalised documents (term arrays, filter arrays), " +
    "written only by lib/search/sync.ts and read with raw SQL; see docs/decisions/005-search.md and 009",
  search_removed: "ids of removed search documents with the version that removed them, written by a trigger (lib/search/snapshot.ts reads them); docs/decisions/005-search.md",
  search_state: "the search documents' change counter (lib/search/sync.ts, lib/search/snapshot.ts); see docs/decisions/005-search.md",
};

const SCHEMA_FILE = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

// ---------------------------------------------------------------------------------------
// The generated client's runtime data model

type RuntimeField = { name: string; kind: "scalar" | "enum" | "object" | "unsupported"; type: string; dbName?: string | null };
type RuntimeModel = { dbName: string | null; fields: RuntimeField[] };
type RuntimeDataModel = { models: Record<string, RuntimeModel>; enums: Record<string, unknown> };

function generatedClientInternals(): { dataModel: RuntimeDataModel; inlineSchema: string } {
  const client = getTestPrisma() as unknown as {
    _runtimeDataModel?: RuntimeDataModel;
    _engineConfig?: { inlineSchema?: string };
  };
  const dataModel = client._runtimeDataModel;
  const inlineSchema = client._engineConfig?.inlineSchema;
  if (!dataModel?.models || typeof inlineSchema !== "string") {
    throw new Error(
      "The PrismaClient no longer exposes _runtimeDataModel / _engineConfig.inlineSchema (a Prisma upgrade?). " +
        "Read lib/db/generated/internal/class.ts to see where the runtime data model lives now.",
    );
  }
  return { dataModel, inlineSchema };
}

// ---------------------------------------------------------------------------------------
// A small reader for prisma/schema.prisma: models, enums, field modifiers and attributes.

type ParsedField = { name: string; type: string; list: boolean; optional: boolean; attributes: string };
type ParsedModel = { name: string; fields: ParsedField[]; blockAttributes: string[] };
type ParsedEnum = { name: string; dbName: string; values: string[] };

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== "\\") quoted = !quoted;
    if (!quoted && line[i] === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

function parseSchema(text: string): { models: Map<string, ParsedModel>; enums: Map<string, ParsedEnum> } {
  const models = new Map<string, ParsedModel>();
  const enums = new Map<string, ParsedEnum>();
  const lines = text.split(/\r?\n/).map((line) => stripComment(line).trim());
  for (let i = 0; i < lines.length; i++) {
    const block = /^(model|enum|view|type)\s+(\w+)\s*\{$/.exec(lines[i] ?? "");
    if (!block) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "}"; i++) if (lines[i]) body.push(lines[i]!);
    const keyword = block[1]!;
    const name = block[2]!;
    if (keyword === "enum") {
      const values = body.filter((line) => !line.startsWith("@@")).map((line) => {
        const mapped = /@map\("([^"]+)"\)/.exec(line);
        return mapped?.[1] ?? line.split(/\s+/)[0]!;
      });
      const mapped = body.map((line) => /^@@map\("([^"]+)"\)/.exec(line)).find(Boolean);
      enums.set(name, { name, dbName: mapped?.[1] ?? name, values });
    } else if (keyword === "model") {
      const fields: ParsedField[] = [];
      const blockAttributes: string[] = [];
      for (const line of body) {
        if (line.startsWith("@@")) {
          blockAttributes.push(line);
          continue;
        }
        const field = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
        if (!field) throw new Error(`schema.prisma: cannot read the field line "${line}" in model ${name}`);
        const [, fieldName = "", type = "", list, optional, attributes = ""] = field;
        fields.push({ name: fieldName, type, list: !!list, optional: !!optional, attributes });
      }
      models.set(name, { name, fields, blockAttributes });
    } else {
      throw new Error(`schema.prisma: "${keyword} ${name}" blocks are not handled by this test yet`);
    }
  }
  return { models, enums };
}

/** The text inside the parentheses that follow `prefix` (e.g. "@relation("), balanced. */
function argumentsOf(text: string, prefix: string): string | undefined {
  const start = text.indexOf(prefix);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start + prefix.length - 1; i < text.length; i++) {
    if (text[i] === "(" || text[i] === "[") depth++;
    if (text[i] === ")" || text[i] === "]") depth--;
    if (depth === 0) return text.slice(start + prefix.length, i);
  }
  throw new Error(`schema.prisma: unbalanced parentheses in "${text}"`);
}

/** Splits on commas that are not inside brackets or parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** `[a, b(sort: Desc)]` → [{ field: "a", desc: false }, { field: "b", desc: true }] */
function fieldList(text: string): { field: string; desc: boolean }[] {
  const inner = /^\s*\[([\s\S]*)\]\s*$/.exec(text);
  if (!inner) throw new Error(`schema.prisma: expected a [field, ...] list, found "${text}"`);
  return splitTopLevel(inner[1] ?? "").map((item) => {
    const parsed = /^(\w+)(?:\((.*)\))?$/.exec(item);
    if (!parsed?.[1]) throw new Error(`schema.prisma: cannot read "${item}" in a field list`);
    return { field: parsed[1], desc: /sort:\s*Desc/.test(parsed[2] ?? "") };
  });
}

/** Named arguments of an attribute; the first positional one (if any) under "_". */
function namedArguments(args: string): Record<string, string> {
  const result: Record<string, string> = {};
  splitTopLevel(args).forEach((part, index) => {
    const named = /^(\w+)\s*:\s*([\s\S]+)$/.exec(part);
    if (named?.[1] && named[2]) result[named[1]] = named[2].trim();
    else if (index === 0) result._ = part;
  });
  return result;
}

// ---------------------------------------------------------------------------------------
// Expected column types

/** pg_type names Prisma Migrate uses for a Prisma type, with and without a @db.* native type. */
const DEFAULT_TYPES: Record<string, { udt: string; precision?: number }> = {
  String: { udt: "text" },
  Int: { udt: "int4" },
  BigInt: { udt: "int8" },
  Boolean: { udt: "bool" },
  DateTime: { udt: "timestamp", precision: 3 },
  Float: { udt: "float8" },
  Decimal: { udt: "numeric" },
  Json: { udt: "jsonb" },
  Bytes: { udt: "bytea" },
};
const NATIVE_TYPES: Record<string, string> = {
  Text: "text",
  Char: "bpchar",
  VarChar: "varchar",
  Uuid: "uuid",
  Citext: "citext",
  Inet: "inet",
  SmallInt: "int2",
  Integer: "int4",
  Oid: "oid",
  BigInt: "int8",
  Boolean: "bool",
  Timestamptz: "timestamptz",
  Timestamp: "timestamp",
  Date: "date",
  Time: "time",
  Timetz: "timetz",
  DoublePrecision: "float8",
  Real: "float4",
  Decimal: "numeric",
  Money: "money",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
  Xml: "xml",
};
/** The families the brief allows for each Prisma type, a second line of defence. */
const TYPE_FAMILIES: Record<string, string[]> = {
  String: ["text", "bpchar", "varchar", "uuid", "citext", "inet", "xml"],
  Int: ["int4", "int2", "oid"],
  BigInt: ["int8"],
  Boolean: ["bool"],
  DateTime: ["timestamptz", "timestamp", "date", "time", "timetz"],
  Float: ["float8", "float4"],
  Decimal: ["numeric", "money"],
  Json: ["jsonb", "json"],
  Bytes: ["bytea"],
};

type ExpectedType = { udt: string; length?: number; precision?: number };

function expectedType(field: ParsedField): ExpectedType {
  const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(field.attributes);
  if (!native) return DEFAULT_TYPES[field.type] ?? { udt: "?" };
  const udt = NATIVE_TYPES[native[1] ?? ""];
  if (!udt) throw new Error(`drift test: add @db.${native[1]} to NATIVE_TYPES`);
  const arg = native[2] ? Number(native[2].split(",")[0]) : undefined;
  if (udt === "bpchar" || udt === "varchar") return { udt, length: arg };
  if (["timestamp", "timestamptz", "time", "timetz"].includes(udt)) return { udt, precision: arg };
  return { udt };
}

// ---------------------------------------------------------------------------------------
// What the database has

type DbColumn = {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  datetime_precision: number | null;
};
type DbIndex = { table: string; name: string; unique: boolean; primary: boolean; method: string; columns: (string | null)[]; descending: (boolean | null)[] };
type DbForeignKey = { name: string; table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string; on_update: string };

const catalog = {} as {
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
};

let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: testDatabaseUrl() });
  await db.connect();
  catalog.tables = (
    await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
  ).rows.map((row) => row.table_name);
  catalog.columns = (
    await db.query<DbColumn>(
      `SELECT table_name, column_name, is_nullable, data_type, udt_name, character_maximum_length, datetime_precision
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    )
  ).rows;
  catalog.enums = new Map(
    (
      await db.query<{ name: string; labels: string[] }>(
        `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
      )
    ).rows.map((row) => [row.name, row.labels]),
  );
  catalog.indexes = (
    await db.query<DbIndex>(
      `SELECT tbl.relname AS table, idx.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              am.amname AS method,
              ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                      LEFT JOIN pg_attribute a ON a.attrelid = tbl.oid AND a.attnum = k.attnum
                     ORDER BY k.ord) AS columns,
              ARRAY(SELECT pg_index_column_has_property(idx.oid, k.ord, 'desc')
                      FROM generate_series(1, ix.indnkeyatts::int) AS k(ord) ORDER BY k.ord) AS descending
         FROM pg_index ix
         JOIN pg_class idx ON idx.oid = ix.indexrelid
         JOIN pg_class tbl ON tbl.oid = ix.indrelid
         JOIN pg_namespace ns ON ns.oid = tbl.relnamespace
         JOIN pg_am am ON am.oid = idx.relam
        WHERE ns.nspname = 'public'`,
    )
  ).rows;
  catalog.foreignKeys = (
    await db.query<DbForeignKey>(
      `SELECT c.conname AS name, tbl.relname AS table, ref.relname AS ref_table,
              c.confdeltype AS on_delete, c.confupdtype AS on_update,
              ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
         FROM pg_constraint c
         JOIN pg_class tbl ON tbl.oid = c.conrelid
         JOIN pg_class ref ON ref.oid = c.confrelid
         JOIN pg_namespace ns ON ns.oid = tbl.relnamespace
        WHERE c.contype = 'f' AND ns.nspname = 'public'`,
    )
  ).rows;
});

afterAll(async () => {
  await db?.end();
});

// ---------------------------------------------------------------------------------------

const schemaText = readFileSync(SCHEMA_FILE, "utf8");
const schema = parseSchema(schemaText);

function runtime() {
  return generatedClientInternals().dataModel;
}

function tableOf(modelName: string): string {
  const model = runtime().models[modelName];
  if (!model) throw new Error(`model ${modelName} is not in the generated client`);
  return model.dbName ?? modelName;
}

function columnOf(modelName: string, fieldName: string): string {
  const field = runtime().models[modelName]?.fields.find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`field ${modelName}.${fieldName} is not in the generated client`);
  return field.dbName ?? field.name;
}

/** Scalar and enum fields (those with a column) of a parsed model. */
function columnFields(model: ParsedModel): ParsedField[] {
  return model.fields.filter((field) => DEFAULT_TYPES[field.type] || schema.enums.has(field.type));
}

const tokens = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");

describe("the migrated database matches prisma/schema.prisma", () => {
  test("the generated client was generated from the current prisma/schema.prisma", () => {
    // `prisma generate` inlines the (formatted) schema: compare token by token.
    const { inlineSchema } = generatedClientInternals();
    expect(
      tokens(inlineSchema) === tokens(schemaText),
      "lib/db/generated is stale: run `npm run prisma:generate` (and write a migration for any model change)",
    ).toBe(true);
  });

  test("this test's schema reader sees the models and fields the generated client has", () => {
    const dataModel = runtime();
    expect([...schema.models.keys()].sort()).toEqual(Object.keys(dataModel.models).sort());
    for (const [name, model] of schema.models) {
      const parsed = model.fields.map((field) => `${field.name}:${field.type}`);
      const generatedFields = dataModel.models[name]?.fields ?? [];
      const generated = generatedFields.map((field) => `${field.name}:${field.type}`);
      expect(parsed, `fields of ${name}`).toEqual(generated);
      const kinds = generatedFields.map((field) => field.kind);
      expect(columnFields(model).length, `column fields of ${name}`).toBe(kinds.filter((kind) => kind !== "object").length);
    }
  });

  test("every model has its table, and the database has no other tables", () => {
    const expected = Object.keys(runtime().models).map(tableOf);
    const missing = expected.filter((table) => !catalog.tables.includes(table));
    const extra = catalog.tables.filter((table) => !expected.includes(table) && !(table in NON_MODEL_TABLES));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test("every field has its column with the same type, nullability and list-ness; no other columns", () => {
    const problems: string[] = [];
    for (const model of schema.models.values()) {
      const table = tableOf(model.name);
      const dbColumns = catalog.columns.filter((column) => column.table_name === table);
      const expectedColumns = new Set<string>();
      for (const field of columnFields(model)) {
        const name = columnOf(model.name, field.name);
        expectedColumns.add(name);
        const where = `${table}.${name} (${model.name}.${field.name} ${field.type}${field.list ? "[]" : ""}${field.optional ? "?" : ""})`;
        const column = dbColumns.find((candidate) => candidate.column_name === name);
        if (!column) {
          problems.push(`${where}: no such column (a field without a migration?)`);
          continue;
        }
        // Prisma Migrate creates list columns without NOT NULL; other columns are NOT NULL unless optional.
        const nullable = field.list || field.optional;
        if ((column.is_nullable === "YES") !== nullable) {
          problems.push(`${where}: column is ${column.is_nullable === "YES" ? "NULL" : "NOT NULL"}, schema says ${nullable ? "optional" : "required"}`);
        }
        const isArray = column.data_type === "ARRAY";
        if (isArray !== field.list) problems.push(`${where}: column is ${isArray ? "" : "not "}an array`);
        const udt = isArray ? column.udt_name.replace(/^_/, "") : column.udt_name;
        const enumType = schema.enums.get(field.type);
        if (enumType) {
          if (!isArray && column.data_type !== "USER-DEFINED") problems.push(`${where}: type ${column.data_type}, expected the enum`);
          if (udt !== enumType.dbName) problems.push(`${where}: type ${udt}, expected enum "${enumType.dbName}"`);
          continue;
        }
        if (!TYPE_FAMILIES[field.type]?.includes(udt)) {
          problems.push(`${where}: type ${udt} does not fit ${field.type}`);
          continue;
        }
        const expected = expectedType(field);
        if (udt !== expected.udt) problems.push(`${where}: type ${udt}, expected ${expected.udt}`);
        if (expected.length !== undefined && column.character_maximum_length !== expected.length) {
          problems.push(`${where}: length ${column.character_maximum_length}, expected ${expected.length}`);
        }
        if (!isArray && expected.precision !== undefined && column.datetime_precision !== expected.precision) {
          problems.push(`${where}: precision ${column.datetime_precision}, expected ${expected.precision}`);
        }
      }
      for (const column of dbColumns) {
        if (!expectedColumns.has(column.column_name)) problems.push(`${table}.${column.column_name}: column not in the schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every enum exists with the same values in the same order, and the database has no others", () => {
    const expected = Object.fromEntries([...schema.enums.values()].map((enumType) => [enumType.dbName, enumType.values]));
    expect(Object.fromEntries(catalog.enums)).toEqual(expected);
  });

  test("every @id, @unique, @@id, @@unique and @@index has an index with the same columns", () => {
    type ExpectedIndex = { source: string; table: string; columns: string[]; descending: boolean[]; unique: boolean; primary: boolean; method: string };
    const expected: ExpectedIndex[] = [];
    for (const model of schema.models.values()) {
      const table = tableOf(model.name);
      for (const field of model.fields) {
        const column = () => columnOf(model.name, field.name);
        if (/@id\b/.test(field.attributes)) {
          expected.push({ source: `${model.name}.${field.name} @id`, table, columns: [column()], descending: [false], unique: true, primary: true, method: "btree" });
        }
        if (/@unique\b/.test(field.attributes)) {
          expected.push({ source: `${model.name}.${field.name} @unique`, table, columns: [column()], descending: [false], unique: true, primary: false, method: "btree" });
        }
      }
      for (const attribute of model.blockAttributes) {
        const kind = /^@@(id|unique|index)\(/.exec(attribute)?.[1];
        if (!kind) continue;
        const args = namedArguments(argumentsOf(attribute, `@@${kind}(`)!);
        const fields = fieldList(args.fields ?? args._ ?? "");
        expected.push({
          source: `${model.name} ${attribute}`,
          table,
          columns: fields.map((item) => columnOf(model.name, item.field)),
          descending: fields.map((item) => item.desc),
          unique: kind !== "index",
          primary: kind === "id",
          method: (args.type ?? "BTree").toLowerCase(),
        });
      }
    }
    expect(expected.length).toBeGreaterThan(Object.keys(runtime().models).length);

    const problems: string[] = [];
    for (const index of expected) {
      const candidates = catalog.indexes.filter(
        (candidate) => candidate.table === index.table && candidate.columns.join(",") === index.columns.join(","),
      );
      const found = candidates.find(
        (candidate) =>
          candidate.unique === index.unique &&
          candidate.primary === index.primary &&
          candidate.method === index.method &&
          candidate.descending.map((desc) => desc === true).join(",") === index.descending.join(","),
      );
      if (!found) {
        const seen = candidates.map((c) => `${c.name} (${c.method}${c.unique ? ", unique" : ""}${c.primary ? ", primary" : ""}, desc ${c.descending.join("/")})`);
        problems.push(
          `${index.source}: no ${index.primary ? "primary key" : index.unique ? "unique index" : `${index.method} index`} on ` +
            `${index.table}(${index.columns.map((column, i) => column + (index.descending[i] ? " DESC" : "")).join(", ")})` +
            (seen.length ? `; found ${seen.join(", ")}` : ""),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  test("every relation has its foreign key with the same columns and referential actions; no others", () => {
    // pg_constraint.confdeltype / confupdtype codes, by Prisma's names for the actions.
    const ACTIONS: Record<string, string> = { Cascade: "c", Restrict: "r", NoAction: "a", SetNull: "n", SetDefault: "d" };
    const actionName = (code: string) => Object.keys(ACTIONS).find((name) => ACTIONS[name] === code) ?? code;
    const expected: { source: string; key: string; onDelete: string; onUpdate: string }[] = [];
    for (const model of schema.models.values()) {
      for (const field of model.fields) {
        const relation = argumentsOf(field.attributes, "@relation(");
        if (relation === undefined) continue;
        const args = namedArguments(relation);
        if (!args.fields) continue; // the other side of the relation
        const fields = fieldList(args.fields).map((item) => item.field);
        const references = fieldList(args.references ?? "").map((item) => item.field);
        const optional = fields.some((name) => model.fields.find((candidate) => candidate.name === name)?.optional);
        expected.push({
          source: `${model.name}.${field.name}`,
          key: `${tableOf(model.name)}(${fields.map((name) => columnOf(model.name, name))}) -> ${tableOf(field.type)}(${references.map((name) => columnOf(field.type, name))})`,
          // Prisma's defaults: Restrict (required) or SetNull (optional) on delete, Cascade on update.
          onDelete: ACTIONS[args.onDelete ?? (optional ? "SetNull" : "Restrict")] ?? `unknown ${args.onDelete}`,
          onUpdate: ACTIONS[args.onUpdate ?? "Cascade"] ?? `unknown ${args.onUpdate}`,
        });
      }
    }
    // Foreign keys of the non-model tables (documented in NON_MODEL_TABLES) are theirs to keep.
    const actual = catalog.foreignKeys.filter((fk) => !(fk.table in NON_MODEL_TABLES)).map((fk) => ({
      key: `${fk.table}(${fk.columns}) -> ${fk.ref_table}(${fk.ref_columns})`,
      onDelete: fk.on_delete,
      onUpdate: fk.on_update,
    }));
    const describeKey = (fk: { key: string; onDelete: string; onUpdate: string }) =>
      `${fk.key} onDelete: ${actionName(fk.onDelete)}, onUpdate: ${actionName(fk.onUpdate)}`;
    const expectedKeys = expected.map(describeKey).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.map(describeKey).sort()).toEqual(expectedKeys);
  });
});
