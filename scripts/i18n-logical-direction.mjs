// Right-to-left layouts (ar, fa, ckb) mirror by themselves only when every direction in the UI
// is logical: ms-/pe-/start-/text-start in classes, margin-inline-start/inset-inline-end/
// text-align: start in CSS. This module finds physical ones, for the ESLint plugin in
// eslint.config.mjs (string literals anywhere in app/ and components/, so cn()/clsx() arguments
// and class constants count too, and .css files) and for tests/unit/i18n-logical-direction.test.ts.
// A class under an explicit `ltr:` or `rtl:` variant is deliberate and allowed.

const SUGGEST = {
  ml: "ms", mr: "me", pl: "ps", pr: "pe", left: "start", right: "end",
  "scroll-ml": "scroll-ms", "scroll-mr": "scroll-me", "scroll-pl": "scroll-ps", "scroll-pr": "scroll-pe",
  "border-l": "border-s", "border-r": "border-e", "rounded-l": "rounded-s", "rounded-r": "rounded-e",
  "rounded-tl": "rounded-ss", "rounded-tr": "rounded-se", "rounded-bl": "rounded-es", "rounded-br": "rounded-ee",
  "text-left": "text-start", "text-right": "text-end", "float-left": "float-start", "float-right": "float-end",
  "clear-left": "clear-start", "clear-right": "clear-end",
};

// The utility after any variants ("md:hover:-ml-2" → "-ml-2"), minus a leading "!" or "-".
const UTILITY = /^(?:-?)((?:scroll-)?[mp][lr]|left|right|border-[lr]|rounded-[lr]|rounded-[tb][lr])(?:-(.+))?$|^(text|float|clear)-(left|right)$/;
const NEEDS_VALUE = new Set(["ml", "mr", "pl", "pr", "left", "right", "scroll-ml", "scroll-mr", "scroll-pl", "scroll-pr"]);

/** Physical direction utilities in a class string, each with the logical one to use instead. */
export function physicalClasses(value) {
  const found = [];
  for (const token of value.split(/\s+/)) {
    if (!token) continue;
    const variants = token.split(":");
    const utility = variants.pop().replace(/^!/, "");
    if (variants.some((v) => v === "ltr" || v === "rtl")) continue;
    const m = UTILITY.exec(utility);
    if (!m) continue;
    if (m[3]) {
      found.push({ token, suggestion: token.replace(`${m[3]}-${m[4]}`, SUGGEST[`${m[3]}-${m[4]}`]) });
      continue;
    }
    const [, name, rest] = m;
    if (NEEDS_VALUE.has(name) && rest === undefined) continue; // "left" alone is a word, not a class
    // Spacing and inset values: 4, 0.5, 1/2, px, full, auto, [3px], (--gap). "right-to-left" is prose.
    if (NEEDS_VALUE.has(name) && !/^(\d+(\.\d+)?|\d+\/\d+|px|full|auto|\[.+\]|\(.+\))$/.test(rest)) continue;
    found.push({ token, suggestion: token.replace(name, SUGGEST[name]) });
  }
  return found;
}

// Physical properties and values in CSS, with the logical replacement.
const CSS_RULES = [
  [/\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(?=[\s:-])/g, (m, p, side) => `${p}-inline-${side === "left" ? "start" : "end"}`],
  [/\bborder-(top|bottom)-(left|right)-radius\b/g, (m, tb, lr) => `border-${tb === "top" ? "start" : "end"}-${lr === "left" ? "start" : "end"}-radius`],
  [/(?<![\w-])(left|right)\s*:/g, (m, side) => `inset-inline-${side === "left" ? "start" : "end"}:`],
  [/\b(text-align|float|clear)\s*:\s*(left|right)\b/g, (m, p, side) => `${p}: ${side === "left" ? "start" : "end"}`],
];

/** Physical direction in a stylesheet: [{ index, text, suggestion }], comments ignored. */
export function physicalCss(css) {
  // Blank out comments, keeping offsets, so a comment that mentions margin-left is no problem.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const found = [];
  for (const [pattern, fix] of CSS_RULES) {
    for (const match of text.matchAll(pattern)) {
      found.push({ index: match.index, text: match[0], suggestion: fix(...match) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const MESSAGE = "{{token}} breaks right-to-left layouts: use {{suggestion}} (logical direction, mirrors in ar/fa/ckb).";

const classRule = {
  meta: { type: "problem", messages: { physical: MESSAGE }, schema: [] },
  create(context) {
    const check = (node, value) => {
      for (const { token, suggestion } of physicalClasses(value)) context.report({ node, messageId: "physical", data: { token, suggestion } });
    };
    return {
      Literal(node) {
        if (typeof node.value === "string" && node.parent?.type !== "ImportDeclaration") check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};

function position(text, index) {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before.at(-1).length };
}

const cssRule = {
  meta: { type: "problem", messages: { physical: MESSAGE }, schema: [] },
  create(context) {
    return {
      "Program:exit"() {
        const text = context.sourceCode.text;
        for (const { index, text: token, suggestion } of physicalCss(text)) {
          const start = position(text, index);
          const end = position(text, index + token.length);
          context.report({ loc: { start, end }, messageId: "physical", data: { token, suggestion } });
        }
      },
    };
  },
};

/** A parser that lets ESLint read a stylesheet as an empty program, so cssRule sees its text. */
export const cssParser = {
  meta: { name: "tukiverkko-plain-text" },
  parseForESLint(text) {
    const lines = text.split("\n");
    const ast = {
      type: "Program",
      body: [],
      sourceType: "module",
      comments: [],
      tokens: [],
      range: [0, text.length],
      loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: lines.at(-1).length } },
    };
    return { ast, visitorKeys: { Program: [] } };
  },
};

export const logicalDirectionPlugin = {
  meta: { name: "tukiverkko-logical-direction" },
  rules: { classes: classRule, css: cssRule },
};
