import { describe, expect, it } from "vitest";
import { action } from "#app/routes/check.rewrite[.]txt";

const post = (fields: Record<string, string>, lang = "fr") =>
  action({ request: new Request("http://localhost/check/rewrite.txt", { method: "POST", body: new URLSearchParams(fields), headers: { "Accept-Language": lang } }), context: {} as never, params: {} });

describe("downloading the rewritten offer", () => {
  it("sends back the posted text as a named file, with the offer's own line ends", async () => {
    const response = await post({ text: "Community manager\r\n\r\nUn plus : PHP" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="offre-reecrite.txt"');
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Community manager\n\nUn plus : PHP");
  });

  it("refuses an empty or oversized text with a message in the reader's language", async () => {
    const empty = await post({ text: "  " }, "en");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/offer/i);
    const huge = await post({ text: "é".repeat(150_000) });
    expect(huge.status).toBe(413);
  });
});
