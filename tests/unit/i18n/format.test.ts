import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent } from "#app/i18n/format";

// 23:30 UTC on 1 March is already 2 March in Auckland and still 1 March in Los Angeles.
const LATE_EVENING = "2026-03-01T23:30:00Z";
const zone = process.env.TZ;

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("formatDate", () => {
  it.each(["Pacific/Auckland", "America/Los_Angeles", "UTC"])("prints the same day and time whatever the machine's zone (%s)", (tz) => {
    process.env.TZ = tz;
    expect(formatDate(LATE_EVENING, "fr")).toBe("1 mars 2026");
    expect(formatDate(new Date(LATE_EVENING), "en", { dateStyle: "long" })).toBe("1 March 2026");
    expect(formatDate(LATE_EVENING, "fr", { timeStyle: "short" })).toBe("1 mars 2026, 23:30 UTC");
    expect(formatDate(Date.parse(LATE_EVENING), "en", { dateStyle: "long", timeStyle: "short" })).toBe("1 March 2026 at 23:30 UTC");
  });
});

describe("numbers", () => {
  it("groups and rounds the reader's way", () => {
    expect(formatNumber(12500.4, "fr")).toBe("12\u202f500");
    expect(formatNumber(12500.4, "en")).toBe("12,500");
  });

  it("prints shares as whole percentages", () => {
    expect(formatPercent(0.425, "fr")).toBe("43\u00a0%");
    expect(formatPercent(0.425, "en")).toBe("43%");
  });
});
