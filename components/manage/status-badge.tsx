import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function StatusBadge({ status, revisionStatus, validUntil }: { status: string; revisionStatus?: string | null; validUntil?: Date }) {
  const t = await getTranslations("NoticeStatus");
  const expired = status === "PUBLISHED" && validUntil && validUntil <= new Date();
  const tone = status === "PUBLISHED" && !expired ? "positive" : status === "REJECTED" ? "warning" : "neutral";
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tone}>{t(expired ? "EXPIRED" : (status as never))}</Badge>
      {revisionStatus && <Badge tone={revisionStatus === "REJECTED" ? "warning" : "neutral"}>{t(`revision${revisionStatus}` as never)}</Badge>}
    </span>
  );
}
