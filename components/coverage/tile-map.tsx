import { getTranslations } from "next-intl/server";
import { STEPS } from "./scale";

// A tile map of the 19 regions: one square each, placed roughly where the region lies (a
// hand-made grid, so small regions are as legible as Lapland). Rendered on the server as SVG;
// the table beside it (RegionTable) carries the same figures and the links, so the picture is
// hidden from assistive technology and its tiles are links for the mouse only.

const GRID: Record<string, [number, number]> = {
  "19": [3, 0],
  "16": [2, 1], "17": [3, 1], "18": [4, 1],
  "15": [1, 2], "14": [2, 2], "13": [3, 2], "11": [4, 2], "12": [5, 2],
  "04": [1, 3], "06": [2, 3], "07": [3, 3], "10": [4, 3],
  "21": [0, 4], "02": [1, 4], "05": [2, 4], "01": [3, 4], "08": [4, 4], "09": [5, 4],
};

const TILE = 118;
const GAP = 6;

export type Tile = { code: string; name: string; value: string; step: number | undefined; href: string };

/** Splits a long name at a hyphen or space into at most two lines. */
function lines(name: string): string[] {
  if (name.length <= 11) return [name];
  const at = Math.max(name.lastIndexOf("-", 12), name.lastIndexOf(" ", 12));
  if (at <= 0) return [name];
  return [name.slice(0, name[at] === "-" ? at + 1 : at), name.slice(at + 1)];
}

export function TileMap({ tiles }: { tiles: Tile[] }) {
  const cols = 6;
  const rows = 5;
  const width = cols * (TILE + GAP);
  const height = rows * (TILE + GAP);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="coverage-map h-auto w-full max-w-xl" aria-hidden="true" focusable="false" data-testid="tile-map">
      {tiles.map((tile) => {
        const place = GRID[tile.code];
        if (!place) return null;
        // Right to left, the map is not mirrored: east stays east.
        const x = place[0] * (TILE + GAP);
        const y = place[1] * (TILE + GAP);
        const step = tile.step === undefined ? undefined : STEPS[tile.step];
        const text = step?.text ?? "#000000";
        const nameLines = lines(tile.name);
        return (
          <a key={tile.code} href={tile.href} tabIndex={-1}>
            <rect
              x={x}
              y={y}
              width={TILE}
              height={TILE}
              rx={6}
              fill={step?.fill ?? "#ffffff"}
              stroke="#1f2937"
              strokeWidth={step ? 1 : 2}
              strokeDasharray={step ? undefined : "6 4"}
            />
            {nameLines.map((line, k) => (
              <text
                key={k}
                x={x + TILE / 2}
                y={y + 26 + k * 21}
                textAnchor="middle"
                fontSize={19}
                fill={text}
                // Place names are in Latin letters in every UI language: they keep their own (Latin)
                // direction on an Arabic-script page, or the hyphen of "Pohjois-" would move.
                direction={/[\u0590-\u08ff]/.test(line) ? "rtl" : "ltr"}
                // A long line is squeezed to the tile rather than spilling over its neighbour.
                {...(line.length > 10 ? { textLength: Math.min(line.length * 10.5, TILE - 8), lengthAdjust: "spacingAndGlyphs" } : {})}
              >
                {line}
              </text>
            ))}
            <text x={x + TILE / 2} y={y + TILE - 14} textAnchor="middle" fontSize={34} fontWeight={700} fill={text}>
              {tile.value}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

export async function Legend({ labels }: { labels: string[] }) {
  const t = await getTranslations("Coverage");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-semibold">{t("legendTitle")}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-2">
          <span className="inline-block h-4 w-6 rounded-sm border-2 border-dashed border-slate-800 bg-white" aria-hidden="true" />
          {t("legendNone")}
        </li>
        {STEPS.map((step, k) => (
          <li key={step.fill} className="flex items-center gap-2">
            <svg width="24" height="16" aria-hidden="true" focusable="false" className="shrink-0">
              <rect x="0.5" y="0.5" width="23" height="15" rx="2" fill={step.fill} stroke="#1f2937" />
            </svg>
            {labels[k]}
          </li>
        ))}
      </ul>
    </div>
  );
}
