import { formatMinutes, formatWeekday } from "../i18n/format";

export type Slot = { weekday: number; startMinute: number; endMinute: number; everyNWeeks: number };

export type SlotText = { day: string; time: string; everyNWeeks: number };

/** Slots in weekday order with localized day names and "17:00–19:00" times. */
export function describeSlots(slots: readonly Slot[], locale: string, width: "long" | "short" = "long"): SlotText[] {
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute)
    .map((slot) => ({
      day: formatWeekday(slot.weekday, locale, width),
      time: `${formatMinutes(slot.startMinute, locale)}–${formatMinutes(slot.endMinute, locale)}`,
      everyNWeeks: slot.everyNWeeks,
    }));
}

export type TimeOfDay = "morning" | "afternoon" | "evening";

/** Morning before 12:00, afternoon 12:00–16:59, evening from 17:00 (by start time). */
export function timeOfDay(startMinute: number): TimeOfDay {
  if (startMinute < 12 * 60) return "morning";
  if (startMinute < 17 * 60) return "afternoon";
  return "evening";
}
