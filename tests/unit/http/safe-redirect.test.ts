import { describe, expect, it } from "vitest";
import { safeRedirect } from "#app/http/safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/cards?tab=1#kit", "/cards?tab=1#kit"],
    ["/check/abc", "/check/abc"],
    // Spaces and accents come back percent-encoded: still the same page, and safe in a header.
    ["/rôles métier", "/r%C3%B4les%20m%C3%A9tier"],
    // A newline inside a path is dropped by the URL parser, as browsers do.
    ["/ca\nrds", "/cards"],
    // Encoded slashes stay encoded: the browser does not decode them into a host.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps the same-site path %j as %j", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example/"],
    ["tab between the slashes (what ?next=/%09/evil decodes to)", "/\t/evil.example"],
    ["newline between the slashes", "/\n/evil.example"],
    ["carriage return between the slashes", "/\r/evil.example"],
    ["backslash", "/\\evil.example"],
    ["backslash after a tab", "/\t\\evil.example"],
    ["dot segment that collapses to two slashes", "/.//evil.example"],
    ["encoded dot segment", "/%2e//evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["javascript: URL", "javascript:alert(1)"],
    ["relative path", "evil.example"],
    ["empty", ""],
  ])("refuses a %s", (_name, input) => {
    expect(safeRedirect(input, "/fallback")).toBe("/fallback");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File([], "x"))).toBe("/");
  });
});
