// Public contact addresses shown in the footer and on the legal pages.
export const FEEDBACK_EMAIL = "palaute@tukiverkko.example.fi";
export const PRIVACY_EMAIL = "tietosuoja@tukiverkko.example.fi";
export const ACCESSIBILITY_STATEMENT_DATE = new Date("2026-11-22T12:00:00Z");
