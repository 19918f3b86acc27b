import pino from "pino";
import { env } from "../env";

// Structured JSON logs. Never log personal data or notice text: ids and codes only.
export const logger = pino({ level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL, base: { app: "tukiverkko" } });
