import { kit as kitMessages } from "#app/i18n/kit";
import type { Kit } from "./kit";

// The standard PDF fonts (Helvetica) need no font file but only know Windows-1252: Latin-1
// plus these few characters. French accents, « », œ, € and typographic quotes are all in it.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "\u202f": " ",
  "\u2009": " ",
  "\u2007": " ",
  "\u2011": "-",
  "\u2010": "-",
  "\u2212": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2265": ">=",
  "\u2264": "<=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u2610": "[ ]",
  "\u00b7": "·",
  "\u2713": "v",
};

/** The text as the standard fonts can show it: other characters lose their accent, or become "?". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === "\n") {
      out += ch;
    } else if (REPLACEMENTS[ch] !== undefined) {
      out += REPLACEMENTS[ch];
    } else {
      const bare = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += bare && [...bare].every((c) => c.charCodeAt(0) <= 0xff) ? bare : "?";
    }
  }
  return out;
}

const MARGIN = 50;
const INK = "#1d2330";
const SOFT = "#4a5263";

/** The kit as an A4 PDF, in the kit's language, with page numbers. */
export async function renderKitPdf(kit: Kit): Promise<Buffer> {
  // pdfkit takes a second and tens of MiB to load: only a PDF download pays for it.
  const { default: PDFDocument } = await import("pdfkit");
  const t = kitMessages[kit.lang].doc;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: kit.lang,
    info: { Title: toWinAnsi(`${t.heading} — ${kit.title}`), Creator: "RoleScope" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const text = (s: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(toWinAnsi(s), { width, ...options });
  const heading = (s: string, size: number) => {
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).fillColor(INK);
    text(s);
    doc.moveDown(0.2).font("Helvetica").fontSize(10).fillColor(INK);
  };
  const list = (items: string[], numbered: boolean) => {
    items.forEach((item, i) => {
      text(`${numbered ? `${i + 1}.` : "•"} ${item}`, { indent: 0, paragraphGap: 3 });
    });
  };
  const ensureRoom = (points: number) => {
    if (doc.y + points > doc.page.height - MARGIN) doc.addPage();
  };

  doc.font("Helvetica").fontSize(9).fillColor(SOFT);
  text(t.heading.toUpperCase());
  doc.font("Helvetica-Bold").fontSize(18).fillColor(INK);
  text(t.forRole(kit.title));
  if (kit.profileLabel) {
    doc.font("Helvetica").fontSize(10).fillColor(SOFT);
    text(t.meta(kit.profileLabel, kit.seniority));
  }
  doc.moveDown(0.5).font("Helvetica").fontSize(10).fillColor(INK);
  list(t.howTo, false);
  doc.moveDown(0.5);
  text(`${t.candidate} : ____________________    ${t.interviewer} : ____________________    ${t.date} : __________`.replaceAll(" : ", kit.lang === "fr" ? " : " : ": "));

  kit.competencies.forEach((c, i) => {
    doc.addPage();
    doc.font("Helvetica").fontSize(9).fillColor(SOFT);
    text(t.competency(i + 1, kit.competencies.length).toUpperCase());
    doc.font("Helvetica-Bold").fontSize(15).fillColor(INK);
    text(c.label);
    doc.font("Helvetica").fontSize(10).fillColor(INK);
    text(c.description);
    if (c.basis.length) {
      doc.fillColor(SOFT);
      text(t.basis(c.basis.join(", ")));
      doc.fillColor(INK);
    }
    heading(t.behavioural, 11);
    list(c.behavioural, true);
    heading(t.situational, 11);
    list(c.situational, true);
    if (c.technical.length) {
      heading(t.technical, 11);
      list(c.technical, true);
    }
    heading(t.probes, 11);
    list(c.probes, false);
    if (c.exercise) {
      heading(t.exercise(c.exercise.durationMinutes), 11);
      doc.font("Helvetica-Bold");
      text(c.exercise.title);
      doc.font("Helvetica");
      text(c.exercise.brief);
    }
    ensureRoom(140);
    heading(t.scale, 11);
    for (const s of c.scale) {
      doc.font("Helvetica-Bold");
      text(`[ ]  ${s.rating} — ${t.ratingNames[s.rating]}`, { continued: false });
      doc.font("Helvetica");
      text(s.anchor, { indent: 18, paragraphGap: 4 });
    }
    ensureRoom(80);
    heading(t.notes, 11);
    const top = doc.y + 4;
    doc.strokeColor("#d9dde5").lineWidth(0.5);
    for (let y = top; y < Math.min(top + 90, doc.page.height - MARGIN); y += 18) {
      doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).stroke();
    }
  });

  doc.addPage();
  heading(t.recommendation, 14);
  list((["strong_no", "no", "yes", "strong_yes"] as const).map((r) => `[ ]  ${t.recommendations[r]}`), false);
  doc.moveDown(1).fillColor(SOFT).fontSize(9);
  text(t.generated);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font("Helvetica").fontSize(8).fillColor(SOFT);
    // Writing inside the bottom margin would otherwise make PDFKit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(toWinAnsi(`${kit.title} · ${t.page(i + 1, range.count)}`), MARGIN, doc.page.height - 30, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
