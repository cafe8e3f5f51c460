import { describe, expect, it } from "vitest";
import { decodeText } from "#app/intake/convert-file.server";
import { extractText, fileKind } from "#app/intake/extract-text.server";
import { MAX_UPLOAD_BYTES } from "#app/intake/limits";
import { markdownToText } from "#app/intake/markdown-to-text";
import { fileOf, makeDocx, makePdf, makeZip } from "#tests/support/document-fixtures";

describe("fileKind", () => {
  it.each([
    ["offre.txt", "", "txt"],
    ["offre.MD", "", "md"],
    ["offre.htm", "", "html"],
    ["Offre CM.docx", "application/octet-stream", "docx"],
    ["offre.pdf", "", "pdf"],
    ["sans-extension", "application/pdf", "pdf"],
    ["offre.doc", "application/msword", null],
    ["photo.png", "image/png", null],
    ["sans-extension", "", null],
  ])("%s (%s) → %s", (name, type, kind) => {
    expect(fileKind(name, type)).toBe(kind);
  });
});

describe("extractText", () => {
  it("reads UTF-8 text, with or without a BOM, and tidies line ends", async () => {
    const result = await extractText(fileOf("offre.txt", "\ufeffCommunity manager H/F\r\n\r\n\r\n\r\nMissions :  \r\nmodération"));
    expect(result).toEqual({ ok: true, kind: "txt", text: "Community manager H/F\n\nMissions :\nmodération" });
  });

  it("reads Windows-1252 text from older French tools", async () => {
    const bytes = Buffer.from([0x43, 0x72, 0xe9, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65]);
    expect(await extractText(fileOf("offre.txt", bytes))).toMatchObject({ ok: true, text: "Création œuvre" });
  });

  it("reads UTF-16 text with its byte-order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Rédacteur web", "utf16le")]);
    expect(decodeText(new Uint8Array(bytes))).toBe("Rédacteur web");
  });

  it("refuses a binary file disguised as text", async () => {
    expect(await extractText(fileOf("offre.txt", Buffer.from([0x50, 0x00, 0x01, 0x02])))).toEqual({ ok: false, code: "unreadable" });
  });

  it("strips Markdown markup but keeps the words", async () => {
    const md = "# Community Manager\n\n**Missions** :\n* animer la [communauté](https://x.y)\n* `Canva` et _Photoshop_\n";
    const result = await extractText(fileOf("offre.md", md));
    expect(result).toEqual({ ok: true, kind: "md", text: "Community Manager\n\nMissions :\n- animer la communauté\n- Canva et Photoshop" });
  });

  it("keeps snake_case and lone asterisks in Markdown", () => {
    expect(markdownToText("id_de_poste et 5 * 3")).toBe("id_de_poste et 5 * 3");
  });

  it("turns an HTML file into its visible text, without tags or scripts", async () => {
    const html = "<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Chargé de communication</h1><ul><li>Retoucher des photos</li><li>Développement PHP</li></ul><p>Salaire &amp; avantages</p></body></html>";
    const result = await extractText(fileOf("offre.html", html));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain("Chargé de communication");
    expect(result.text).toContain("Retoucher des photos");
    expect(result.text).toContain("Salaire & avantages");
    expect(result.text).not.toMatch(/<|alert|p\{\}/);
  });

  it("reads the paragraphs of a .docx", async () => {
    const docx = makeDocx(["Community Manager H/F", "Retoucher des photos & vidéos", "Intégration HTML/CSS"]);
    const result = await extractText(fileOf("offre.docx", docx));
    expect(result).toEqual({ ok: true, kind: "docx", text: "Community Manager H/F\n\nRetoucher des photos & vidéos\n\nIntégration HTML/CSS" });
  });

  it("reads every page of a .pdf, line breaks kept", async () => {
    const pdf = await makePdf(["Community Manager H/F\nMaîtrise d'Illustrator, « été »", "Page deux : développement PHP"]);
    const result = await extractText(fileOf("offre.pdf", pdf));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split("\n")[0]).toBe("Community Manager H/F");
    expect(result.text).toContain("Maîtrise d'Illustrator, « été »");
    expect(result.text).toContain("Page deux : développement PHP");
  });

  it("says a PDF without a text layer has no text", async () => {
    const pdf = await makePdf([""]);
    expect(await extractText(fileOf("scan.pdf", pdf))).toEqual({ ok: false, code: "no_text" });
  });

  it.each([
    ["a truncated PDF", "offre.pdf", () => makePdf(["Bonjour"]).then((b) => b.subarray(0, 200))],
    ["a PDF that is not one", "offre.pdf", async () => Buffer.from("just text")],
    ["a .docx that is not a zip", "offre.docx", async () => Buffer.from("just text")],
    ["a zip without a Word document", "offre.docx", async () => makeZip({ "hello.txt": "hi" })],
    ["a corrupt zip", "offre.docx", async () => Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)])],
  ])("reports %s as unreadable", async (_label, name, bytes) => {
    expect(await extractText(fileOf(name, await bytes()))).toEqual({ ok: false, code: "unreadable" });
  });

  it("refuses unsupported types and oversized files", async () => {
    expect(await extractText(fileOf("offre.doc", "x"))).toEqual({ ok: false, code: "unsupported_type" });
    expect(await extractText(fileOf("image.png", "x", "image/png"))).toEqual({ ok: false, code: "unsupported_type" });
    const big = fileOf("offre.txt", Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x61));
    expect(await extractText(big)).toEqual({ ok: false, code: "file_too_big" });
  });

  it("says an empty file has no text", async () => {
    expect(await extractText(fileOf("vide.txt", "  \n\n "))).toEqual({ ok: false, code: "no_text" });
  });
});
