import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { physicalClasses, physicalCss } from "../../scripts/i18n-logical-direction.mjs";

// Right-to-left layouts mirror only through logical direction. The lint step (eslint.config.mjs)
// runs these checks on every string in app/ and components/ and on every stylesheet; this file
// proves the checks catch what they should, and scans the stylesheets once more on its own.

const ROOT = new URL("../../", import.meta.url).pathname;

describe("physical direction utilities in class strings", () => {
  it("finds margins, paddings, insets, borders, corners and text alignment, with the logical fix", () => {
    expect(physicalClasses("flex ml-2 pr-4 left-0 -right-1 border-l-2 rounded-tr-lg text-left float-right")).toEqual([
      { token: "ml-2", suggestion: "ms-2" },
      { token: "pr-4", suggestion: "pe-4" },
      { token: "left-0", suggestion: "start-0" },
      { token: "-right-1", suggestion: "-end-1" },
      { token: "border-l-2", suggestion: "border-s-2" },
      { token: "rounded-tr-lg", suggestion: "rounded-se-lg" },
      { token: "text-left", suggestion: "text-start" },
      { token: "float-right", suggestion: "float-end" },
    ]);
  });

  it("sees through responsive and state variants, arbitrary values and bare border/corner classes", () => {
    expect(physicalClasses("md:pl-6 hover:focus:mr-[3px] border-r rounded-l sm:text-right").map((f) => f.token)).toEqual([
      "md:pl-6",
      "hover:focus:mr-[3px]",
      "border-r",
      "rounded-l",
      "sm:text-right",
    ]);
  });

  it("allows logical utilities, deliberate ltr:/rtl: variants and ordinary words", () => {
    expect(physicalClasses("ms-2 pe-4 start-0 end-0 text-start border-s rounded-ee rtl:rotate-180 rtl:ml-1 ltr:pr-2 left right-to-left")).toEqual([]);
  });
});

describe("physical direction in stylesheets", () => {
  it("finds physical properties and values, ignoring comments and logical ones", () => {
    const css = `.a { margin-left: 1px; padding-right: 2px; border-top-left-radius: 3px; }
/* margin-right: 4px in a comment is fine */
.b { left: 0; text-align: right; float: left; inset-inline-start: 0; margin-inline-end: 1px; --x-left: 1px; }`;
    expect(physicalCss(css).map(({ text, suggestion }) => `${text} → ${suggestion}`)).toEqual([
      "margin-left → margin-inline-start",
      "padding-right → padding-inline-end",
      "border-top-left-radius → border-start-start-radius",
      "left: → inset-inline-start:",
      "text-align: right → text-align: end",
      "float: left → float: start",
    ]);
  });

  it("finds none in the project's own stylesheets", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".css")) files.push(path);
      }
    };
    walk(join(ROOT, "app"));
    walk(join(ROOT, "components"));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => physicalCss(readFileSync(file, "utf8")).map((p) => `${file.slice(ROOT.length)}: ${p.text}`));
    expect(problems).toEqual([]);
  });
});

describe("the lint step", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const ruleIds = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath: join(ROOT, filePath) }))[0]!.messages.map((m) => `${m.ruleId}: ${m.message.split(" ")[0]}`);

  it("fails on physical classes in className, cn() arguments and class constants", async () => {
    const code = [
      'const cn = (...a: string[]) => a.join(" ");',
      'const linkClass = "rounded pl-3";',
      'export const X = () => <p className={cn("text-left", linkClass, `mr-2`)}>x</p>;',
      "",
    ].join("\n");
    expect(await ruleIds(code, "components/probe.tsx")).toEqual([
      "tukiverkko/classes: pl-3",
      "tukiverkko/classes: text-left",
      "tukiverkko/classes: mr-2",
    ]);
  }, 30_000);

  it("fails on physical properties in a stylesheet", async () => {
    expect(await ruleIds(".x {\n  padding-left: 1rem;\n}\n", "app/probe.css")).toEqual(["tukiverkko/css: padding-left"]);
  }, 30_000);
});
