import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "#app/analysis/index";
import { fixture, focusedFixtures, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
const familyIds = (a: Analysis) => a.families.map((f) => f.id);
const family = (a: Analysis, id: string) => a.families.find((f) => f.id === id);

describe("golden offers", () => {
  it.each(["classic-community-manager.fr.txt", "classic-community-manager.en.txt"])(
    "calls the classic 'community manager' offer (%s) overloaded and names the extra jobs",
    (file) => {
      const a = analyze(fixture(file), compiled);
      expect(a.verdict).toBe("overloaded");
      expect(a.title?.profile).toBe("community_manager");
      for (const id of ["community_management", "web_development", "photo_video", "graphic_design"]) expect(familyIds(a)).toContain(id);
      expect(a.roles[0]).toBe("community_manager");
      // Design and video go to one content creator, a hybrid the market hires as one job.
      expect(a.roles).toEqual(expect.arrayContaining(["content_creator", "web_developer"]));
      expect(a.roleCount).toBeGreaterThanOrEqual(3);
      const web = family(a, "web_development")!;
      expect(web.evidence.some((e) => /HTML|PHP/.test(e.text))).toBe(true);
    },
  );

  describe("a focused offer for each standard profile", () => {
    it("covers every profile of the taxonomy in French and English", () => {
      const covered = new Set(focusedFixtures().map((f) => `${f.profile}.${f.lang}`));
      for (const p of compiled.profiles) for (const lang of ["fr", "en"]) expect(covered).toContain(`${p.id}.${lang}`);
    });

    it.each(focusedFixtures().map((f) => [f.file, f] as const))("%s is focused on its profile", (_file, f) => {
      const a = analyze(f.text, compiled);
      expect(a.language).toBe(f.lang);
      expect(a.title?.profile).toBe(f.profile);
      expect(a.verdict).toBe("focused");
      expect(a.roles).toEqual([f.profile]);
      expect(a.roleCount).toBe(1);
    });
  });

  it("reads HTML: tags stripped, entities decoded, list items kept as lines, same verdict as the text", () => {
    const html = analyze(fixture("html.en.html"), compiled);
    const text = analyze(fixture("classic-community-manager.en.txt"), compiled);
    expect(html.format).toBe("html");
    expect(html.text).not.toMatch(/<\/?(li|ul|p|h1)>/);
    expect(html.text).toContain("We’re a small agency in Lyon & Paris.");
    expect(html.text).toMatch(/\n[^\n]*Moderate comments and reply to direct messages\n/);
    expect(html.verdict).toBe(text.verdict);
    expect(familyIds(html).sort()).toEqual(familyIds(text).sort());
    for (const f of html.families) for (const ev of f.evidence) expect(html.text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it("reads a Markdown page whose accents are character references as the same offer written plainly", () => {
    const plain = fixture("classic-community-manager.fr.txt");
    const named: Record<string, string> = { é: "&eacute;", è: "&egrave;", à: "&agrave;", ê: "&ecirc;", ç: "&ccedil;", "’": "&rsquo;", "'": "&#39;" };
    const encoded = plain.replace(/[éèàêç’']/g, (c) => named[c]!);
    expect(encoded).not.toBe(plain);
    const a = analyze(encoded, compiled);
    const b = analyze(plain, compiled);
    expect(a.format).toBe("html");
    expect(a.text).toBe(plain);
    expect(a.verdict).toBe(b.verdict);
    expect(familyIds(a)).toEqual(familyIds(b));
    // A plain offer with one ampersand-word is left exactly as written.
    const lone = "Chargé de communication &amp; événements H/F\nR&D, AT&T";
    expect(analyze(lone, compiled).text).toBe(lone);
  });

  it("reads text pasted from a PDF: hyphenation, private-use bullets, ligatures and odd spacing", () => {
    const pdf = fixture("pdf-pasted.fr.txt");
    const a = analyze(pdf, compiled);
    expect(a.text).toBe(pdf);
    expect(a.title?.profile).toBe("graphic_designer");
    expect(a.verdict).toBe("focused");
    const evidence = a.families.flatMap((f) => f.evidence);
    // A word cut at a line end is matched whole, and its evidence keeps the cut.
    expect(evidence.some((e) => e.text.includes("gra-\nphique"))).toBe(true);
    expect(evidence.some((e) => e.text === "In-\nDesign")).toBe(true);
    expect(evidence.some((e) => e.text.includes("ﬂyers"))).toBe(true);
  });

  it("lowers pluses: the same extras as 'un plus' stay light, required they make the post overloaded", () => {
    const nice = analyze(fixture("nice-to-have.fr.txt"), compiled);
    const required = analyze(fixture("required.fr.txt"), compiled);
    expect(nice.verdict).toBe("focused");
    expect(required.verdict).toBe("overloaded");
    const pluses = nice.matches.filter((m) => ["graphic_design", "photo_video", "web_development"].includes(m.familyId));
    expect(pluses.length).toBeGreaterThanOrEqual(3);
    for (const m of pluses) {
      expect(m.modifier).toBe("nice");
      expect(m.weight).toBeLessThan(0.5);
    }
    for (const id of ["graphic_design", "photo_video", "web_development"]) expect(family(nice, id)?.depth ?? "absent").not.toBe("core");
  });

  it.each(["negation.fr.txt", "negation.en.txt"])("cancels negated demands (%s)", (file) => {
    const a = analyze(fixture(file), compiled);
    expect(a.verdict).toBe("focused");
    expect(familyIds(a)).toEqual(["community_management"]);
    const negated = a.matches.filter((m) => m.modifier === "negated" || m.modifier === "not_a_demand");
    expect(negated.some((m) => ["web_development", "graphic_design", "photo_video"].includes(m.familyId))).toBe(true);
  });

  it.each(["company-blurb.fr.txt", "company-blurb.en.txt"])("does not count what the company blurb says it does (%s)", (file) => {
    const a = analyze(fixture(file), compiled);
    expect(a.verdict).toBe("focused");
    for (const id of ["web_development", "photo_video", "graphic_design"]) expect(familyIds(a)).not.toContain(id);
    expect(a.matches.some((m) => m.modifier === "not_a_demand" && ["web_development", "photo_video"].includes(m.familyId))).toBe(true);
  });

  it.each(["out-of-scope-accountant.fr.txt", "out-of-scope-backend.en.txt", "out-of-scope-sales.fr.txt"])(
    "says so when an offer asks for no digital marketing work (%s)",
    (file) => {
      const a = analyze(fixture(file), compiled);
      expect(a.verdict).toBe("out_of_scope");
      expect(a.roles).toEqual([]);
      expect(a.roleCount).toBe(0);
      expect(a.title?.profile ?? null).toBeNull();
    },
  );

  it("reads the job under a bare title label, so a data scientist serving campaign teams stays out of scope", () => {
    const text = [
      "1. Role Title & Level",
      "Data Scientist",
      "2. Purpose",
      "You will build propensity models and dashboards that support acquisition and activation campaigns,",
      "and deploy the data pipelines with the backend engineers.",
    ].join("\n");
    const a = analyze(text, compiled);
    expect(a.title?.text).toBe("Data Scientist");
    expect(a.verdict).toBe("out_of_scope");
  });

  it("detects French with English tool names, and lets the caller force the language", () => {
    const a = analyze(fixture("focused/web_analyst.fr.txt"), compiled);
    expect(a.language).toBe("fr");
    expect(analyze(fixture("focused/web_analyst.fr.txt"), compiled, { language: "en" }).language).toBe("en");
    expect(analyze("Social media manager", compiled).language).toBe("fr");
    expect(analyze("We are looking for a social media manager to join our team.", compiled).language).toBe("en");
  });

  it("reads a mixed-language offer in its opening's language", () => {
    const french = [
      "Chargé de communication (H/F)",
      "Nous recherchons pour notre association un chargé de communication qui sera en charge de la rédaction des contenus et de la relation avec la presse.",
      "Vous travaillerez avec la direction et vous serez le relais de nos actions auprès des adhérents et des partenaires.",
      "Vous préparerez les lettres d'information, vous tiendrez à jour le site et vous suivrez les demandes des journalistes.",
      "Vous organiserez avec l'équipe les rencontres publiques de l'association et vous en ferez le compte rendu pour nos membres.",
      "Le poste est basé à Lyon, avec des déplacements ponctuels dans la région pour les événements de nos partenaires.",
      "Vous avez une première expérience de la communication dans une association ou une collectivité, et le goût de l'écriture.",
      "Vous êtes à l'aise avec les outils de mise en page et vous savez travailler en équipe avec des bénévoles.",
    ].join("\n");
    const english = "About us: we are a network of the organisations that work for the rights of the people and the planet, and we are proud of it. ".repeat(2);
    expect(analyze(`${french}\n\n${english}`, compiled).language).toBe("fr");
  });

  it("finds the title from the usual markers and maps it to a profile", () => {
    const cases: [string, string | null][] = [
      ["Intitulé du poste : Chargé(e) de communication\nMissions : rédiger les communiqués", "communication_officer"],
      ["Job title: SEO Specialist\nResponsibilities: run audits", "seo_specialist"],
      ["Entreprise : ACME\nPoste : Graphiste PAO\n", "graphic_designer"],
      ["# Social Media Manager\n\nWe are hiring.", "social_media_manager"],
      ["Nous recrutons !\nDéveloppeur web front-end (H/F)\nMissions…", "web_developer"],
      ["Comptable confirmé\nMissions : tenir la comptabilité", null],
      // Job boards' banners and capitals: "OFFRE D'EMPLOI :", "JOB VACANCY:", "CHARGÉ(E)".
      ["OFFRE D'EMPLOI : CHARGÉ(E) DE COMMUNICATION\nLieu : Abidjan", "communication_officer"],
      ["JOB VACANCY: SOCIAL MEDIA MANAGER\nLocation: Accra", "social_media_manager"],
      // A bare label on its own line puts the title on the line below.
      ["1. Job Title & Grade\nGraphic Designer\n2. Summary\nYou will design our brochures.", "graphic_designer"],
      ["Intitulé du poste\nCommunity manager\nMissions\nAnimer nos réseaux.", "community_manager"],
      // "À titre temporaire" is no label, and a department under it is no title.
      ["Chargé(e) de projets H/F\nCDD à titre temporaire\nService Communication et Marketing\n\nMissions\n- Organiser les salons", null],
    ];
    for (const [text, profile] of cases) expect(analyze(text, compiled).title?.profile ?? null).toBe(profile);
  });

  it("knows which parts are duties and which only describe the company, benefits or how to apply", () => {
    const a = analyze(fixture("company-blurb.fr.txt"), compiled);
    const kinds = a.sections.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(["company", "duties", "requirements"]));
    const text = "Missions\n- Rédiger les articles du blog\n\nAvantages\n- Tickets restaurant\n\nComment postuler\nEnvoyez votre CV";
    expect(analyze(text, compiled).sections.map((s) => s.kind)).toEqual(["duties", "benefits", "apply"]);
  });

  it("reads the department and the reporting line as the post's address, not its work", () => {
    const text = [
      "Job Title: Blog Editor",
      "Department: Marketing and Corporate Communications",
      "Reports to: Head of Public Relations",
      "",
      "Responsibilities",
      "- Write and edit the weekly blog articles",
      "- Commission articles from freelance writers",
    ].join("\n");
    const fr = "Intitulé du poste : Rédacteur web\nDépartement : Relations presse et événementiel\nRattachement : Directrice des relations presse\n\nMissions\n- Rédiger les articles du blog";
    for (const offer of [text, fr]) {
      const a = analyze(offer, compiled);
      expect(a.families.map((f) => f.id)).not.toContain("pr_events");
      expect(a.verdict).toBe("focused");
    }
  });

  it("still reads the work a 'Rattachement :' sentence hands the hire", () => {
    const text =
      "Chargé de communication H/F\n\nRattachement : au sein du pôle communication, vous rédigez les communiqués de presse et organisez les événements de l'année.\n\nProfil\n- Bac+3";
    const texts = analyze(text, compiled).matches.filter((m) => m.weight > 0 && m.sectionKind !== "title").map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(["rédigez les communiqués de presse", "organisez les événements"]));
  });

  it("reads 'At Acme, we…' and 'Chez Acme, nous…' as the company speaking of its own business", () => {
    const offers = [
      "Graphic Designer\n\nAt Acme Media, we run online advertising campaigns and paid social ads for small businesses across the state.\n\nResponsibilities\n- Design banners, flyers and brochures in Illustrator and InDesign\n- Prepare print-ready files",
      "Graphiste H/F\n\nChez Acme Média, nous gérons les campagnes de publicité en ligne et les campagnes Google Ads de nos clients.\n\nMissions\n- Concevoir les bannières, flyers et brochures sur Illustrator et InDesign\n- Préparer les fichiers pour l'impression",
    ];
    for (const offer of offers) {
      const a = analyze(offer, compiled);
      expect(a.families.map((f) => f.id)).toEqual(["graphic_design"]);
      expect(a.verdict).toBe("focused");
    }
  });

  it("keeps the work of an 'At Acme, we…' line among the duties", () => {
    const text = "Marketing Coordinator\n\nResponsibilities\n- At Christmas, we run our biggest Google Ads campaign: set it up and track it\n- At Acme, we publish three blog articles a week: write and edit them";
    const families = analyze(text, compiled).matches.filter((m) => m.weight > 0 && m.sectionKind !== "title").map((m) => m.familyId);
    expect(families).toEqual(expect.arrayContaining(["paid_media", "content_writing"]));
  });

  it("decides an ambiguous word by its context", () => {
    const motion = analyze("Motion designer\n- Animation 2D et 3D sur After Effects", compiled);
    const community = analyze("Community manager\n- Animation de la communauté et des membres du forum", compiled);
    expect(motion.matches.find((m) => /^Animation/.test(m.text))?.familyId).toBe("photo_video");
    expect(community.matches.find((m) => /^Animation/.test(m.text))?.familyId).toBe("community_management");
  });
});
