import path from "node:path";
import { fileURLToPath } from "node:url";

// The yardstick for bench:lighthouse: a minimal App Router page built with the project's own
// Next.js and React (resolved from the project's node_modules), outside the app's layout.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** @type {import('next').NextConfig} */
const config = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: projectRoot },
};

export default config;
