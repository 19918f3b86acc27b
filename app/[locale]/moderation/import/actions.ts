"use server";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { isModerator } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { confirmImport, discardImport, MAX_IMPORT_BYTES, previewImport } from "@/lib/hsds/import/mutations";
import { readUpload } from "@/lib/hsds/import/upload";
import { redirect } from "@/lib/i18n/navigation";
import { parseImportDecision, parseImportUpload } from "@/lib/validation/open-data-import";

// The import screen's actions: plain forms (they work without JavaScript), each answered by a
// redirect to the page that shows the outcome. Moderators only; lib/hsds/import checks again.

async function moderator() {
  const user = await getSessionUser();
  if (!user || !isModerator(user)) notFound();
  return user;
}

export async function uploadImportAction(formData: FormData): Promise<void> {
  const user = await moderator();
  const locale = await getLocale();
  const fields = parseImportUpload(formData);
  const fail = (error: string) => redirect({ href: { pathname: "/moderation/import", query: { error } }, locale });
  // One JSON or CSV file, or the HSDS tabular form: several CSV files chosen together, or a zip.
  const files = formData.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return fail("noFile");
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_IMPORT_BYTES) return fail("fileTooLarge");
  if (!fields.success) return fail("sourceRequired");
  const upload = readUpload(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))), MAX_IMPORT_BYTES);
  if (upload.kind === "error") return fail(upload.error);
  const { id } = await previewImport({
    actor: user,
    fileName: upload.fileName,
    ...(upload.kind === "tabular" ? { tables: upload.tables } : { content: upload.content }),
    textLanguage: fields.data.textLanguage,
    source: fields.data.source,
  });
  redirect({ href: `/moderation/import/${id}`, locale });
}

export async function confirmImportAction(formData: FormData): Promise<void> {
  const user = await moderator();
  const locale = await getLocale();
  const parsed = parseImportDecision(formData);
  if (!parsed.success) notFound();
  try {
    await confirmImport({ actor: user, importId: parsed.data.importId, importDuplicates: parsed.data.duplicate });
  } catch (error) {
    if (isAppError(error)) redirect({ href: { pathname: `/moderation/import/${parsed.data.importId}`, query: { error: error.messageKey } }, locale });
    throw error;
  }
  redirect({ href: `/moderation/import/${parsed.data.importId}`, locale });
}

export async function discardImportAction(formData: FormData): Promise<void> {
  const user = await moderator();
  const locale = await getLocale();
  const parsed = parseImportDecision(formData);
  if (!parsed.success) notFound();
  await discardImport({ actor: user, importId: parsed.data.importId }).catch((error) => {
    if (!isAppError(error)) throw error;
  });
  redirect({ href: { pathname: "/moderation/import", query: { discarded: "1" } }, locale });
}
