// Golden offers for each failure kind of issue #10, written for these tests in French
// and English: a hybrid job the market hires as one, generic words that name no craft,
// many light demands that add up to more than one person, jobs of other trades, and a
// marketing job that names a channel in its title.

import { describe, expect, it } from "vitest";
import { analyze, OFFER_THRESHOLDS } from "#app/analysis/index";
import { fixture, focusedFixtures, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
const HYBRIDS = ["ui_ux_developer", "content_designer", "social_media_content_manager", "content_creator", "digital_marketing_specialist", "webmaster", "b2b_marketing_specialist", "graphic_web_designer", "communication_designer"];

describe("a real hybrid job is one job", () => {
  const hybrids = focusedFixtures().filter((f) => HYBRIDS.includes(f.profile));

  it("has an offer of each hybrid profile in both languages", () => {
    expect(hybrids.map((f) => `${f.profile}.${f.lang}`).sort()).toEqual(HYBRIDS.flatMap((p) => [`${p}.en`, `${p}.fr`]).sort());
  });

  it.each(hybrids.map((f) => [f.file, f] as const))("%s: one profile owns two crafts, and the explanation says why", (_file, f) => {
    const a = analyze(f.text, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual([f.profile]);
    expect(a.assignment[0]!.families.filter((x) => x.depth === "core").length).toBeGreaterThanOrEqual(2);
    const hybrid = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "hybrid");
    expect(hybrid?.text?.fr).toMatch(/est un seul métier/);
    expect(hybrid?.text?.en).toMatch(/is one job/);
  });
});

describe("a hybrid the title does not name", () => {
  // The same bodies as the communication designer's offers, under a title that promises only the communication.
  const retitled = (lang: "fr" | "en") =>
    fixture(`focused/communication_designer.${lang}.txt`).replace(/^.*\n/, lang === "fr" ? "Chargé(e) de communication (H/F)\n" : "Communications Officer\n");

  it.each(["fr", "en"] as const)("%s: is one job stretched past the title, with the title's promise and the real job named", (lang) => {
    const a = analyze(retitled(lang), compiled);
    expect(a.title?.profile).toBe("communication_officer");
    expect(a.roles).toEqual(["communication_designer"]);
    expect(a.verdict).toBe("stretched");
    expect(a.explanation.parts).toContainEqual(expect.objectContaining({ kind: "title_mismatch", titleProfile: "communication_officer", extraFamilies: ["graphic_design"] }));
  });

  it("is stretched when the title's job does not even do lightly the work the body adds", () => {
    const text =
      "Graphiste designer\n\nNous recherchons un(e) graphiste designer pour renforcer notre équipe communication.\n\n" +
      "Missions\n- Rédiger, créer et gérer nos outils de communication : articles de blog, infolettres, brochures, fiches produits\n" +
      "- Mettre à jour les contenus de nos plateformes numériques\n\n" +
      "Profil\n- Maîtrise de la suite Adobe (Photoshop, Illustrator, InDesign)\n- Excellentes capacités rédactionnelles\n";
    const a = analyze(text, compiled);
    expect(a.title?.profile).toBe("graphic_designer");
    expect(a.roles).toEqual(["communication_designer"]);
    expect(a.verdict).toBe("stretched");
    expect(a.explanation.parts).toContainEqual(expect.objectContaining({ kind: "title_mismatch", titleProfile: "graphic_designer" }));
  });

  it("stays focused when the title's own job owns all the core work", () => {
    const a = analyze("Chargé(e) de communication (H/F)\n\nVos missions\n- Rédiger les communiqués de presse\n- Organiser les événements\n- Créer des visuels simples sur Canva\n", compiled);
    expect(a.roles).toEqual(["communication_officer"]);
    expect(a.verdict).toBe("focused");
  });
});

describe("a marketing coordinator who is the whole marketing team", () => {
  it("is stretched when the body steers nothing and asks four other trades' work by hand, focused when it steers them", () => {
    const hands = analyze(
      "Marketing Coordinator\n\nResponsibilities\n- Write our blog posts and the monthly newsletter\n- Post on LinkedIn and Instagram every week\n" +
        "- Update the website pages in WordPress\n- Organise our meetups and trade show presence\n",
      compiled,
    );
    expect(hands.title?.profile).toBe("digital_marketing_manager");
    expect(hands.verdict).toBe("stretched");
    const steers = analyze(
      "Marketing Coordinator\n\nResponsibilities\n- Coordinate the marketing plan and budget with our agencies\n- Brief the agency on blog posts and the monthly newsletter\n- Oversee the social media calendar\n",
      compiled,
    );
    expect(steers.verdict).toBe("focused");
  });
});

describe("a content designer who also runs the social channels", () => {
  it("is one job stretched, not two: a content designer writes for the social channels too", () => {
    const a = analyze(
      "Digital Content Designer\n\nAbout you\n- Experience writing clear copy for our website in plain English\n- Maintaining web pages in our content management system\n" +
        "- An understanding of user-centred design and accessibility\n- Experience running campaigns on social media and planning a content calendar for social media\n" +
        "- Editing images and short videos for social media posts\n",
      compiled,
    );
    expect(a.title?.profile).toBe("content_designer");
    expect(a.verdict).toBe("stretched");
  });
});

describe("generic words do not switch a craft on", () => {
  it.each(["generic-words.en.txt", "generic-words.fr.txt"])("%s: develop, API, design, strategy, reporting in an engineering job", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("out_of_scope");
    const ids = a.families.map((f) => f.id);
    expect(ids).not.toContain("web_development");
    expect(ids).not.toContain("web_design_ux");
    expect(a.families.filter((f) => f.depth === "core")).toEqual([]);
  });

  it.each([
    [
      "en",
      "Enrolment Advisor\n\nWhat you'll do\n- Call prospective students and answer their questions about the programme\n- Run enrolment calls and follow up until the agreement is signed\n- Keep every applicant's file up to date\n- Support applicants through their trial week\n\nWho you are\n- Two years in admissions or customer service\n- At ease with our software: Salesforce, Pardot, Slack, Asana",
    ],
    [
      "fr",
      "Conseiller admissions\n\nVos missions\n- Appeler les candidats et répondre à leurs questions sur la formation\n- Mener les entretiens d'inscription jusqu'à la signature du contrat\n- Tenir à jour le dossier de chaque candidat\n- Accompagner les candidats pendant leur semaine d'essai\n\nProfil\n- Deux ans en admissions ou en relation client\n- À l'aise avec nos outils : Salesforce, Pardot, Slack, Asana",
    ],
  ])("%s: a job of no field whose only marketing is a CRM tool among its software stays out of scope", (_lang, text) => {
    expect(analyze(text, compiled).verdict).toBe("out_of_scope");
  });
});

describe("leading a team of one's own trade is no marketing management", () => {
  it.each([
    [
      "en",
      "Lead Graphic Designer\n\nResponsibilities\n- Design the campaign visuals, posters and social media graphics\n- Keep the brand consistent across every format\n\nTeam leadership\n- Supervise and mentor junior designers and interns\n- Review their files before print",
    ],
    [
      "fr",
      "Graphiste senior H/F\n\nMissions\n- Concevoir les visuels des campagnes, affiches et déclinaisons pour les réseaux sociaux\n- Garantir la cohérence de la charte graphique\n- Encadrer une équipe de deux graphistes juniors et accompagner leur montée en compétences",
    ],
  ])("%s: a senior designer who mentors designers stays one focused job", (_lang, text) => {
    const a = analyze(text, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual(["graphic_designer"]);
    expect(a.families.map((f) => f.id)).not.toContain("digital_strategy");
  });

  it("still reads the management of a team lead whose title names no trade", () => {
    const text =
      "Team Lead\n\nResponsibilities\n- Manage a team of six content writers and designers\n- Review blog articles and social media posts before publication\n- Plan the editorial calendar";
    expect(analyze(text, compiled).families.map((f) => f.id)).toContain("digital_strategy");
  });

  it("still reads marketing management where the body steers the marketing itself", () => {
    const text =
      "Responsable marketing digital H/F\n\nMissions\n- Définir la stratégie marketing digitale et piloter le budget marketing\n- Manager une équipe de trois personnes\n- Piloter les agences partenaires";
    expect(analyze(text, compiled).families.map((f) => f.id)).toContain("digital_strategy");
  });
});

describe("death by a thousand light demands", () => {
  it.each(["light-demands.fr.txt", "light-demands.en.txt"])("%s: a content post that adds up to more than one person is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    expect(a.workload.weeks).toBeGreaterThan(1);
    expect(a.workload.hours).toBeCloseTo(a.workload.weeks * 35, -1);
    const week = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "workload");
    expect(week?.text?.fr).toMatch(/^Environ \d+,\d semaine de travail sur 35 h/);
    expect(week?.text?.en).toMatch(/^About \d+\.\d weeks of work in a 35-hour week/);
  });
});

describe("jobs of other trades are out of scope", () => {
  it.each(["ingenieur.fr.txt", "sales.en.txt", "generic-words.en.txt"])("%s", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("out_of_scope");
    expect(a.roles).toEqual([]);
    expect(a.families.filter((f) => f.depth === "core")).toEqual([]);
  });
});

describe("a marketing job naming a channel in its title stays in scope", () => {
  it.each(["channel-title.en.txt", "channel-title.fr.txt"])("%s", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("content_creator");
    expect(a.roles[0]).toBe("content_creator");
    // Ads and social are this creator's neighbours: its own job or a stretch, never another trade nor overload.
    expect(["focused", "stretched"]).toContain(a.verdict);
  });
});

describe("a manager steers the crafts it coordinates", () => {
  it.each(["steering.fr.txt", "steering.en.txt"])("%s: coordinating, supervising and briefing are not the craft itself", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).not.toBe("overloaded");
    expect(a.roleCount).toBe(1);
    const steered = a.matches.filter((m) => m.steered && m.weight > 0);
    expect(steered.length).toBeGreaterThan(0);
    for (const m of steered) expect(m.depth).toBe("light");
    // The steered work is still named, with its evidence, and the explanation says why.
    const reason = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "steering");
    expect(reason?.kind === "reason" && reason.reason === "steering" ? reason.families.length : 0).toBeGreaterThan(0);
    expect(reason?.text?.fr).toMatch(/pilote ce travail sans le faire lui-même/);
    expect(reason?.text?.en).toMatch(/steers this work without doing it itself/);
  });
});

describe("another trade's work is outside any marketing job", () => {
  it.each(["other-trade.fr.txt", "other-trade.en.txt", "mixed-title.fr.txt", "mixed-title.en.txt"])("%s: support, sales or office work beside real marketing work is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    const other = a.otherWork ?? [];
    expect(other.some((w) => w.depth === "core")).toBe(true);
    for (const w of other) for (const ev of w.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(a.workload.otherTradeHours).toBeGreaterThan(0);
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(a.workload.otherTradeHours!);
    // Its own reason, and the summary counts it as a job beside the marketing roles.
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "other_trade")).toBe(true);
    expect(a.explanation.sentences.en[0]).toMatch(new RegExp(`^This offer combines ${a.roleCount + other.length} jobs: `));
  });

  it("reads a trade the title names but the body only wishes for as a light extra, and a list of its words on one line as one demand", () => {
    const offer = (extra: string) =>
      "Graphic Designer / Trainer\n\nResponsibilities\n- Create brochures, flyers and posters\n- Prepare artwork for print\n" +
      `- Microsoft Office, basic hardware troubleshooting and network troubleshooting\n${extra}\nRequirements\n- Adobe Illustrator and Photoshop\n- Teaching experience preferred\n`;
    const wished = analyze(offer(""), compiled);
    expect(wished.verdict).not.toBe("overloaded");
    expect((wished.otherWork ?? []).map((w) => [w.trade, w.depth]).sort()).toEqual([["it_support", "light"], ["training", "light"]]);
    const asked = analyze(offer("- Deliver training sessions to our sales staff every week"), compiled);
    expect(asked.otherWork?.find((w) => w.trade === "training")?.depth).toBe("core");
    expect(asked.verdict).toBe("overloaded");
  });

  it("reads running the office's computers and servers beside the website as IT support, another trade", () => {
    const offer =
      "Technology and Website Specialist\n\nThis full-time post provides tech support for the museum's technology infrastructure, including computer workstations, servers and data networks.\n\n" +
      "Duties\n- Install, troubleshoot and maintain our PC and Apple systems\n- Maintain and develop the programming of our website in PHP and JavaScript\n\n" +
      "Skills\n- Small office IT: networks, Windows Server, Active Directory, back-up systems\n";
    const a = analyze(offer, compiled);
    expect(a.otherWork?.find((w) => w.trade === "it_support")?.depth).toBe("core");
    expect(a.verdict).not.toBe("focused");
  });

  it("leaves an events officer the events' invoices and expense reports, which are another trade for a communication officer", () => {
    const duties = "- Organise our conferences and trade shows from venue to day-of logistics\n- Negotiate with venues and caterers\n- Process invoices and expense reports for each event\n- Handle invoicing and bookkeeping for suppliers\n";
    const events = analyze(`Events Coordinator\n\nResponsibilities\n${duties}`, compiled);
    expect(events.title?.profile).toBe("pr_events_officer");
    expect(events.otherWork).toEqual([]);
    const officer = analyze(`Communications Officer\n\nResponsibilities\n- Write press releases\n${duties}`, compiled);
    expect(officer.otherWork?.map((w) => w.trade)).toEqual(["office_admin"]);
  });

  it("leaves a marketing job that mentions customers alone", () => {
    const a = analyze("Chargé de communication\n\nMissions\n- Rédiger les communiqués de presse\n- Animer les réseaux sociaux\n- Travailler avec le service client sur la FAQ", compiled);
    expect(a.otherWork).toEqual([]);
    expect(a.verdict).not.toBe("overloaded");
  });
});

describe("a making craft asked at core is a maker's job, even where the main job touches it lightly", () => {
  it.each(["maker-crafts.fr.txt", "maker-crafts.en.txt"])("%s: a communication officer who also designs, films and codes is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("communication_officer");
    expect(a.verdict).toBe("overloaded");
    // The officer who also designs is one hybrid job on the market; filming and coding are two more.
    expect(a.roles).toEqual(["communication_designer", "web_developer", "videographer"]);
    expect(a.workload.mainRole).toBe("communication_designer");
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(17.5);
  });
});

describe("the week is measured against the one job that fits best", () => {
  it.each(["best-fit.fr.txt", "best-fit.en.txt"])("%s: an 'SEO specialist' who keeps and codes the site is a webmaster", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("seo_specialist");
    expect(a.verdict).not.toBe("overloaded");
    expect(a.roles).toEqual(["webmaster"]);
    expect(a.workload.mainRole).toBe("webmaster");
    expect(a.explanation.parts).toContainEqual(expect.objectContaining({ kind: "fix", fix: "retitle", profile: "webmaster", from: "seo_specialist" }));
  });
});

describe("simple making is light work", () => {
  it.each(["simple-making.fr.txt", "simple-making.en.txt"])("%s: simple visuals and short phone videos stay within a social job", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("focused");
    for (const id of ["graphic_design", "photo_video"]) expect(a.families.find((f) => f.id === id)?.depth).toBe("light");
  });
});

describe("a title in another trade's words can still be a marketing job", () => {
  it.each(["other-title.fr.txt", "other-title.en.txt"])("%s: a CRM job titled by its customers is in scope", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual(["email_crm_marketer"]);
  });
});

describe("a post-production title", () => {
  it("names the editing of films and photos, not a factory's production", () => {
    const a = analyze(
      [
        "Coordinateur de post-production (H/F)",
        "",
        "Missions",
        "- Planifier le montage vidéo et la retouche photo de nos tournages avec les monteurs freelances",
        "- Valider les vidéos montées et les photos retouchées avant leur mise en ligne",
        "- Gérer le sous-titrage et l'archivage des rushes",
      ].join("\n"),
      compiled,
    );
    expect(a.verdict).not.toBe("out_of_scope");
    expect(a.families.map((f) => f.id)).toContain("photo_video");
    expect(analyze("Responsable de production (H/F)\n\nMissions\n- Piloter les lignes de production de l'usine et la maintenance des machines\n", compiled).verdict).toBe("out_of_scope");
  });
});

describe("a developer titled in software words who builds CMS sites", () => {
  const offer = (stack: string) =>
    [
      "Développeur Web Full Stack (H/F)",
      "",
      "Missions",
      "- Maintenir et faire évoluer nos sites vitrines et notre boutique en ligne",
      stack,
      "- Corriger les anomalies remontées par l'équipe commerciale",
      "",
      "Profil",
      "- PHP, MySQL, HTML, CSS et JavaScript",
    ].join("\n");

  it("makes marketing sites: a web developer, in scope", () => {
    const a = analyze(offer("- Développement de thèmes WordPress et de modules PrestaShop sur mesure"), compiled);
    expect(a.verdict).not.toBe("out_of_scope");
    expect(a.roles).toEqual(["web_developer"]);
  });

  it("stays an engineer when the stack is an application's", () => {
    expect(analyze(offer("- Développement des microservices Java et des API de notre ERP"), compiled).verdict).toBe("out_of_scope");
  });
});

describe("a community manager who answers the community's support questions", () => {
  const offer = (title: string) =>
    [
      title,
      "",
      "What you will do",
      "- Run our Discord server and our social media channels, and moderate the conversations",
      "- Plan and publish content for each of our channels",
      "- Handle customer support for our players and report bugs to the developers",
      "- Answer customer questions on Discord",
      "- Organise community events and tournaments",
    ].join("\n");

  it("is stretched by the support work, not made two jobs", () => {
    const a = analyze(offer("Community Manager"), compiled);
    expect(a.verdict).toBe("stretched");
    expect(a.otherWork).toEqual([expect.objectContaining({ trade: "customer_support", depth: "light", near: true })]);
    expect(a.explanation.sentences.en.join(" ")).toMatch(/neighbouring trade's work \(customer support\)/);
    expect(a.explanation.sentences.fr.join(" ")).toMatch(/métier voisin \(support client\), qui étire le poste/);
  });

  it("is two jobs when the title names the support job too, even in one word", () => {
    expect(analyze(offer("Community Manager & Customer Support Agent"), compiled).verdict).toBe("overloaded");
    expect(analyze(offer("Community & Support Manager"), compiled).verdict).toBe("overloaded");
  });

  it("is two jobs when support takes most of the week", () => {
    const a = analyze(
      [
        "Community Manager",
        "",
        "Responsibilities",
        "- Answer customer support tickets in Zendesk every day",
        "- Handle refund requests and order issues: answer customer questions by phone and email",
        "- Respond to customer complaints and process returns",
        "- Provide technical support to our users",
        "- Post one update a week on our Facebook page",
      ].join("\n"),
      compiled,
    );
    expect(a.verdict).toBe("overloaded");
  });

  it("stays focused when the community's questions are a light part of the job", () => {
    const a = analyze(
      "Community Manager\n\nResponsibilities\n- Run our Instagram and TikTok accounts and moderate the comments\n- Answer customer questions in the comments and messages\n- Plan the editorial calendar\n",
      compiled,
    );
    expect(a.verdict).toBe("focused");
  });
});

describe("three making crafts describe an agency", () => {
  it.each(["agency.fr.txt", "agency.en.txt"])("%s: design, video and web development asked as plain duties, without tools, are overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    for (const id of ["graphic_design", "photo_video", "web_development"]) expect(a.families.find((f) => f.id === id)?.depth).toBe("core");
    // The French offer asks for print material, which no content creator makes: the officer
    // who designs it (one hybrid job), a videographer and a developer.
    expect(a.roles).toEqual(file.endsWith(".fr.txt") ? ["communication_designer", "videographer", "web_developer"] : ["communication_officer", "content_creator", "web_developer"]);
    expect(a.agency).toEqual(expect.arrayContaining(["graphic_design", "photo_video", "web_development"]));
    const reason = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "agency");
    expect(reason?.text?.fr).toMatch(/décrire une agence, pas un poste/);
    expect(reason?.text?.en).toMatch(/describes an agency, not one job/);
  });

  it("does not blame an agency where a hybrid maker holds two of the crafts and the week decides", () => {
    const text = [
      "Junior Web & Graphic Designer",
      "",
      "You will support our website development and design: update the web site with new content, create new landing pages, troubleshoot the site and build new features.",
      "",
      "Responsibilities",
      "- WordPress website development and design: themes, plugins and custom page templates",
      "- Build landing pages and fix website bugs every week",
      "- Develop the front-end in HTML, CSS and JavaScript",
      "- Design brochures, flyers and sales collateral",
      "- Design the banners and visuals of each campaign",
      "",
      "Requirements",
      "- Adobe Illustrator, Photoshop and InDesign",
      "- HTML/CSS, JavaScript and PHP",
    ].join("\n");
    const a = analyze(text, compiled);
    expect(a.verdict).toBe("overloaded");
    expect(a.agency).toBeUndefined();
    const reasons = a.explanation.parts.flatMap((p) => (p.kind === "reason" ? [p.reason] : []));
    expect(reasons).toContain("workload");
    expect(reasons).not.toContain("agency");
  });

  it("keeps two making crafts of one hybrid job apart from that rule", () => {
    const a = analyze(fixture("focused/graphic_web_designer.fr.txt"), compiled);
    expect(a.verdict).toBe("focused");
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "agency")).toBe(false);
  });
});

describe("a social job that also codes, films and designs is several jobs", () => {
  it.each(["cm-codes-shoots-designs.fr.txt", "cm-codes-shoots-designs.en.txt"])("%s", (file) => {
    const a = analyze(fixture(`overload/${file}`), compiled);
    expect(a.title?.profile).toBe("community_manager");
    expect(a.verdict).toBe("overloaded");
    expect(a.roles[0]).toBe("community_manager");
    expect(a.roles).toContain("content_creator");
    expect(a.families.find((f) => f.id === "web_development")?.depth).toBe("core");
    // More than a second person's week lies outside the community manager's job.
    expect(a.workload.outsideMainHours).toBeGreaterThan(35);
  });
});

describe("a maker asked for print production and professional video is two makers", () => {
  it.each(["print-multimedia.fr.txt", "print-multimedia.en.txt"])("%s: a content creator's visuals are digital", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    expect(a.roles).toContain("graphic_designer");
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(OFFER_THRESHOLDS.overloadHours);
  });

  it("keeps the content creator one job when its visuals stay digital", () => {
    const text = fixture("kinds/print-multimedia.en.txt")
      .replace(/- Design and lay out[^\n]*\n- Produce the quarterly[^\n]*\n/, "- Design the visuals of our social media campaigns and their adaptations\n")
      .replace("- Expert use of InDesign, Illustrator and Photoshop\n", "- Good use of Illustrator and Photoshop\n");
    const a = analyze(text, compiled);
    expect(a.roles).toEqual(["content_creator"]);
  });
});

describe("many light demands on an apprentice add up to more than one person", () => {
  it.each(["apprentice-content-manager.fr.txt", "apprentice-content-manager.en.txt"])("%s", (file) => {
    const a = analyze(fixture(`overload/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    // No single demand is a job of its own: most are light, and it is their sum that overloads.
    const light = a.families.filter((f) => f.depth === "light");
    expect(light.length).toBeGreaterThanOrEqual(5);
    expect(light.length).toBeGreaterThan(a.families.length / 2);
    expect(a.workload.weeks).toBeGreaterThan(1);
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(10);
  });

  it("counts no second job in the social media work an apprentice community manager does beside the community", () => {
    const offer =
      "ALTERNANT Community manager (H/F)\n\nMissions\n- Animer et développer les réseaux sociaux (Facebook, Instagram, LinkedIn) de nos deux marques\n" +
      "- Élaborer un calendrier éditorial et planifier les publications\n- Rédiger les posts, légendes et supports de communication digitale\n" +
      "- Interagir avec la communauté : réponses aux commentaires et messages\n- Créer du contenu photo et vidéo simple sur CapCut et Canva\n" +
      "- Participer à l'organisation d'événements\n- Participer à la définition de la stratégie de communication digitale\n";
    const a = analyze(offer, compiled);
    expect(a.roles).toEqual(expect.arrayContaining(["community_manager"]));
    expect(a.verdict).toBe("stretched");
  });

  it("still counts the ads, emailing and tracking an apprentice social media manager must set up as a second job", () => {
    const offer =
      "Alternance – Social Media Manager (H/F)\n\nDans le cadre de votre alternance (rythme 3 semaines entreprise / 1 semaine école), vous rejoignez notre équipe marketing.\n\nVos missions :\n- Gérer nos réseaux sociaux (Instagram, LinkedIn, TikTok) : calendrier éditorial, rédaction et publication des posts\n" +
      "- Répondre aux commentaires et messages privés\n- Créer, paramétrer et optimiser nos campagnes Google Ads et Meta Ads (budget mensuel de 15 000 €)\n" +
      "- Piloter les enchères, les audiences et les A/B tests de nos campagnes SEA\n- Concevoir et envoyer les campagnes d'emailing et les scénarios d'automation sur Brevo\n" +
      "- Segmenter la base clients et gérer le CRM HubSpot\n- Mettre en place le tracking GA4 et Google Tag Manager et produire les tableaux de bord Looker Studio\n" +
      "- Rédiger les articles du blog optimisés SEO\n\nProfil :\n- Étudiant(e) en Bac+3/5 marketing digital\n";
    expect(analyze(offer, compiled).verdict).toBe("overloaded");
  });

  it("lets a seasoned post absorb the same light extras that overload an apprentice", () => {
    const apprentice = fixture("overload/apprentice-content-manager.fr.txt");
    const seasoned = apprentice.replace("Alternance – Chargé(e) de contenus digitaux (H/F) – 24 mois", "Chargé(e) de contenus digitaux (H/F)");
    const [a, b] = [analyze(apprentice, compiled), analyze(seasoned, compiled)];
    expect(b.workload.mainRole).toBe(a.workload.mainRole);
    expect(b.workload.outsideMainHours).toBeLessThan(a.workload.outsideMainHours);
  });
});

describe("real hybrid jobs stay one job, even with a touch of a third craft", () => {
  const cases: [string, string][] = [
    ["social-content", "social_media_content_manager"],
    ["ui-ux-developer", "ui_ux_developer"],
    ["web-designer-wordpress", "ui_ux_developer"],
    ["graphic-motion-ads", "content_creator"],
  ];
  it.each(cases.flatMap(([name, profile]) => ["fr", "en"].map((lang) => [`${name}.${lang}.txt`, profile] as const)))("%s: measured as a %s", (file, profile) => {
    const a = analyze(fixture(`hybrid/${file}`), compiled);
    expect(["focused", "stretched"]).toContain(a.verdict);
    expect(a.workload.mainRole).toBe(profile);
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "agency")).toBe(false);
  });
});

describe("a marketer's web chores and a channel list", () => {
  it.each([
    "Chargé(e) de contenus web\n\nMissions\n- Rédiger les articles du blog et les fiches produits\n- Mettre à jour les pages du site dans le back-office WordPress\n- Créer les landing pages des campagnes avec Leadpages\n",
    "Content Executive\n\nResponsibilities\n- Write blog articles and product pages\n- Keep the website up to date in the CMS\n- Build campaign landing pages in Unbounce\n",
  ])("CMS updates and landing-page builders keep a content post in scope without demanding a developer: %#", (text) => {
    const a = analyze(text, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.families.map((f) => f.id)).toEqual(["content_writing"]);
  });

  it.each([
    "Chargé(e) de marketing digital\n\nMissions\n- Piloter les campagnes d’acquisition (SEA, emailing, réseaux sociaux)\n- Suivre les KPI et préparer le reporting mensuel\n",
    "Digital Marketing Executive\n\nResponsibilities\n- Run our paid campaigns, email marketing and social media\n- Report on KPIs and track results every month\n",
  ])("social media named among the channels the hire runs is a light social demand: %#", (text) => {
    const a = analyze(text, compiled);
    expect(a.families.find((f) => f.id === "social_media_marketing")?.depth).toBe("light");
    expect(a.families.map((f) => f.id)).toContain("analytics");
  });
});

describe("a founder's title is not a marketing job by itself", () => {
  it.each([
    "Co-fondateur / Head of Growth (H/F)\n\nRejoignez notre programme d'entrepreneurs : nous vous aidons à trouver vos associés, à valider votre idée et à lever des fonds pour lancer votre start-up.",
    "Co-Founder / Head of Growth\n\nJoin our founder programme: we help you find co-founders, validate your idea and raise your first round to launch your company.",
  ])("with no marketing work in the body it is out of scope: %#", (text) => {
    expect(analyze(text, compiled).verdict).toBe("out_of_scope");
  });

  it("with marketing crafts in the body it is in scope", () => {
    const a = analyze("Co-Founder & Head of Growth\n\nResponsibilities\n- Run our Google Ads and Meta Ads campaigns\n- Own the SEO strategy and write the blog\n- Send the weekly newsletter in Klaviyo\n", compiled);
    expect(a.verdict).not.toBe("out_of_scope");
    expect(a.families.map((f) => f.id)).toEqual(expect.arrayContaining(["paid_media", "seo", "email_crm"]));
  });
});

describe("a family is demanded when the hire makes its work, not when the offer names its frame or its makers", () => {
  it.each(["marketing-manager-brand.fr.txt", "marketing-manager-brand.en.txt"])(
    "%s: brand guidelines, an eye for design and the designers and developers one works with demand no maker",
    (file) => {
      const a = analyze(fixture(`fair/${file}`), compiled);
      const ids = a.families.map((f) => f.id);
      expect(ids).not.toContain("graphic_design");
      expect(ids).not.toContain("web_development");
      expect(a.roles).toEqual(["digital_marketing_manager"]);
      expect(a.verdict).toBe("focused");
    },
  );

  it("still reads the craft when the hire is asked to make it", () => {
    const made = analyze("Responsable marketing\n\nMissions\n- Concevoir la charte graphique et le logo sur Illustrator\n- Développer le site en PHP", compiled);
    expect(made.families.map((f) => f.id)).toEqual(expect.arrayContaining(["graphic_design", "web_development"]));
    const partners = analyze("Responsable marketing\n\nMissions\n- Veiller au respect de la charte graphique\n- Travailler avec les graphistes et les développeurs PHP", compiled);
    expect(partners.families.map((f) => f.id)).not.toContain("graphic_design");
    expect(partners.families.map((f) => f.id)).not.toContain("web_development");
  });
});

describe("several jobs in one, as job boards word them", () => {
  it.each([
    "charge-communication-php.fr.txt",
    "charge-communication-php.en.txt",
    "digital-marketing-assistant.fr.txt",
    "digital-marketing-assistant.en.txt",
    "marketing-communication-officer.fr.txt",
    "marketing-communication-officer.en.txt",
  ])("%s: design, video, code or search work beside the post's own job is overloaded", (file) => {
    const a = analyze(fixture(`overload/${file}`), compiled);
    expect(a.title?.profile).not.toBeNull();
    expect(a.verdict).toBe("overloaded");
    expect(a.roleCount).toBeGreaterThanOrEqual(3);
    expect(a.workload.weeks).toBeGreaterThan(1);
    expect(a.explanation.parts.some((p) => p.kind === "fix" && p.fix === "split")).toBe(true);
  });

  it.each(["communication-officer-light.fr.txt", "communication-officer-light.en.txt"])(
    "%s: simple Canva visuals, CMS updates and the makers one works with leave a communication officer fair",
    (file) => {
      const a = analyze(fixture(`fair/${file}`), compiled);
      expect(a.roles[0]).toBe("communication_officer");
      expect(a.verdict).not.toBe("overloaded");
      const ids = a.families.map((f) => f.id);
      expect(ids).not.toContain("web_development");
      expect(a.families.find((f) => f.id === "graphic_design")?.depth ?? "light").toBe("light");
    },
  );
});

describe("a junior or part-time post asked for many bodies of work, each light", () => {
  const duties =
    "\n\nMissions\n- Rédiger les actualités du site\n- Publier sur nos réseaux sociaux\n- Répondre aux commentaires et messages des abonnés\n- Préparer la newsletter mensuelle\n- Réaliser des visuels simples sur Canva\n- Suivre les statistiques de fréquentation\n";
  const spread = (a: ReturnType<typeof analyze>) => a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "spread");

  it("is stretched, and the explanation names the bodies of work and what makes the post small", () => {
    const assistant = analyze(`Assistant(e) communication${duties}`, compiled);
    expect(assistant.verdict).toBe("stretched");
    expect(assistant.spreadThin).toMatchObject({ by: "junior" });
    expect(assistant.spreadThin?.families.length).toBeGreaterThanOrEqual(4);
    expect(spread(assistant)?.text?.fr).toMatch(/^Un poste junior .* demande \d+ domaines de travail/);
    const halfTime = analyze(`Chargé(e) de communication${duties}\nPoste à mi-temps (17 h 30 par semaine).\n`, compiled);
    expect(halfTime.verdict).toBe("stretched");
    expect(spread(halfTime)?.text?.en).toMatch(/^A part-time post asked for \d+ bodies of work/);
  });

  it("is overloaded when, spread that thin, it also takes a second job's real work", () => {
    const fr = analyze(
      "Digital Content Manager (alternance)\n\nVos missions :\n- Rédiger les articles du blog et les fiches produits\n- Tourner et monter des vidéos pour nos réseaux\n- Réaliser des infographies\n- Animer notre communauté Instagram et Facebook\n- Lancer et suivre nos campagnes Meta Ads\n- Envoyer les emailings mensuels\n",
      compiled,
    );
    const en = analyze(
      "Digital Content Manager - Apprenticeship\n\nYour tasks:\n- Write articles for our blog\n- Shoot and edit videos for social media\n- Make infographics\n- Engage our community on Instagram\n- Run our paid social campaigns\n- Send the weekly emailing\n",
      compiled,
    );
    for (const a of [fr, en]) {
      expect(a.verdict).toBe("overloaded");
      expect(a.roles.length).toBe(2);
      expect(a.spreadThin).toMatchObject({ by: "junior", pastOnePerson: true });
    }
    expect(spread(fr)?.text?.fr).toMatch(/dont le vrai travail d'un second métier : c'est plus qu'une seule personne\.$/);
    expect(spread(en)?.text?.en).toMatch(/one of them a second job's real work: more than one person\.$/);
  });

  it.each([
    "Content Marketing Apprentice (12-month apprenticeship)\n\nOrganic skincare brand, marketing team of five.\n\nYour missions:\n- Write blog articles and product pages optimised for SEO\n- Create Instagram and TikTok posts and manage the editorial calendar\n- Film and edit short videos for social media with your phone\n- Create visuals in Canva\n- Prepare the newsletters in Klaviyo\n- Track the performance of our posts\n",
    "Alternance - Assistant(e) marketing H/F\n\nRéseau de 15 magasins de jardinage.\n\nTes missions :\n- Concevoir et réaliser des animations en magasin (ateliers rempotage, journées conseils)\n- Gérer nos comptes Facebook et Instagram : rédaction et publication des posts\n- Créer les affiches et flyers des opérations sur Canva\n- Préparer l'envoi de la newsletter clients\n- Mettre à jour les fiches produits sur le site e-commerce\n- Suivre les résultats des opérations commerciales\n",
  ])("stays stretched when the second role only takes light work: %s", (offer) => {
    const a = analyze(offer, compiled);
    expect(a.verdict).toBe("stretched");
    expect(a.spreadThin?.pastOnePerson).toBeUndefined();
  });

  it("stays stretched when the light work spreads it thin but no second job's work comes with it", () => {
    const a = analyze(
      "Community manager (H/F) - Alternance\n\nMissions : Animer nos communautés sur les réseaux sociaux, créer les visuels de nos publications, réaliser des vidéos courtes, rédiger des articles de blog, mettre en place des campagnes sponsorisées sur Meta, envoyer nos emailings, suivre les statistiques.\n",
      compiled,
    );
    expect(a.verdict).toBe("stretched");
    expect(a.spreadThin?.pastOnePerson).toBeUndefined();
  });

  it("leaves a full-time post with the same duties one focused job", () => {
    const a = analyze(`Chargé(e) de communication${duties}`, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.spreadThin).toBeUndefined();
  });

  it("counts neither the work a junior post only steers nor what its title alone states", () => {
    const a = analyze(
      "Assistant(e) communication\n\nMissions\n- Publier sur nos réseaux sociaux\n- Préparer la newsletter mensuelle\n- Coordonner la réalisation des visuels avec notre graphiste\n- Superviser l'agence qui gère nos campagnes Google Ads\n",
      compiled,
    );
    expect(a.families.length).toBeGreaterThanOrEqual(3);
    expect(a.spreadThin).toBeUndefined();
  });
});

describe("a task verb reaches its object across the channels named between them", () => {
  it.each([
    ["Social Media Officer\n\nMissions\n- Manage our Instagram and Facebook community\n", "Manage our Instagram and Facebook community"],
    ["Chargé de communication\n\nMissions\n- Animer nos Instagram, Facebook et LinkedIn communautés\n", "Animer nos Instagram, Facebook et LinkedIn communautés"],
  ])("%s", (text, passage) => {
    const a = analyze(text, compiled);
    const m = a.matches.find((x) => x.familyId === "community_management" && x.sectionKind !== "title");
    // The evidence covers every word read, the channels included.
    expect(m?.text).toBe(passage);
    expect(a.families.map((f) => f.id)).toContain("community_management");
  });

  it("does not cross a clause or words other than channels", () => {
    const a = analyze("Social Media Officer\n\nMissions\n- Manage our Instagram budget and the brand's community of resellers\n- Manage Instagram. Community events are run by the retail team\n", compiled);
    expect(a.matches.filter((x) => x.familyId === "community_management" && /Instagram/.test(x.text))).toEqual([]);
  });
});

describe("a title in a craft's words that names no standard job", () => {
  it("reads the craft's usual job, not an offer out of scope", () => {
    const offer = (title: string) => `${title}\n\nMissions\n- Rédiger les articles du site et la lettre d'information\n- Publier sur Facebook et LinkedIn\n`;
    for (const [title, profile] of [
      ["Stage communication", "communication_officer"],
      ["Poste à temps partiel en communications", "communication_officer"],
      ["Alternance graphisme", "graphic_designer"],
    ] as const) {
      const a = analyze(offer(title), compiled);
      expect(a.title?.profile).toBe(profile);
      expect(a.verdict).not.toBe("out_of_scope");
    }
  });

  it("leaves a manager of the craft, a generic marketing title and another trade's title alone", () => {
    const offer = (title: string) => `${title}\n\nMissions\n- Piloter les projets éditoriaux des clients\n`;
    expect(analyze(offer("Content Project Manager (F/H)"), compiled).title?.profile).not.toBe("content_writer");
    expect(analyze(offer("Stage marketing"), compiled).title?.profile ?? null).toBeNull();
    expect(analyze(offer("Data Analyst Marketing"), compiled).title?.profile).not.toBe("digital_marketing_specialist");
  });
});

describe("a part-time post has less room for a second job", () => {
  const fullTime = (text: string) =>
    text.replace("Poste à temps partiel, 20 heures par semaine, CDD", "Poste à temps plein, CDD").replace("This is a part-time role, 20 hours per week,", "This is a full-time role,");

  it.each(["part-time.fr.txt", "part-time.en.txt"])("%s: ad campaigns beside the communication are overloaded at 20 hours, stretched full time", (file) => {
    const text = fixture(`kinds/${file}`);
    const part = analyze(text, compiled);
    expect(part.verdict).toBe("overloaded");
    expect(part.workload.partTimeHours).toBe(20);
    expect(part.text.slice(part.workload.partTime!.start, part.workload.partTime!.end)).toMatch(/^20 (heures par semaine|hours per week)$/);
    const reason = part.explanation.parts.find((p) => p.kind === "reason" && p.reason === "workload");
    expect(reason?.text?.fr).toMatch(/temps partiel .*20 h par semaine/);
    expect(reason?.text?.en).toMatch(/part-time .*20 hours a week/);

    const full = analyze(fullTime(text), compiled);
    expect(full.verdict).toBe("stretched");
    expect(full.workload.partTimeHours).toBeUndefined();
    expect(full.workload.outsideMainHours).toBe(part.workload.outsideMainHours);
  });

  it("does not weigh a few hours a week, whose duties are written to its hours", () => {
    const text = fixture("kinds/part-time.en.txt").replace("This is a part-time role, 20 hours per week,", "This is a volunteer role, about 5–10 hours per week,");
    const few = analyze(text, compiled);
    expect(few.workload.partTimeHours).toBeUndefined();
    expect(few.verdict).toBe("stretched");
  });

  it("leaves a part-time post with no second job as it was", () => {
    const offer = "Community manager (H/F) – mi-temps\n\nMissions\n- Animer la communauté Instagram\n- Répondre aux commentaires\n- Préparer le calendrier éditorial\n";
    const a = analyze(offer, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.workload.partTimeHours).toBe(17.5);
  });
});

describe("a digital project manager runs the web projects it knows enough to touch (round 13)", () => {
  const offer =
    "Chef de projet digital / webmarketing (H/F)\n\nPME du secteur du tourisme.\n\nMissions :\n- Gérer les projets web de l'entreprise (site vitrine, site de réservation)\n- Mettre à jour les contenus du site et créer les nouvelles pages\n- Suivre le référencement naturel et les campagnes Google Ads\n- Concevoir les newsletters\n- Analyser les statistiques de fréquentation\n\nCompétences :\n- Maîtrise du HTML5/CSS3 et des CMS (WordPress)\n- Maîtrise de Photoshop et d'Illustrator\n- Connaissances en SEO/SEA et Google Analytics\n- Sens de l'ergonomie\n";

  it("is one job stretched at most, however many tools it knows", () => {
    const a = analyze(offer, compiled);
    expect(a.title?.profile).toBe("digital_project_manager");
    expect(a.roles[0]).toBe("digital_project_manager");
    expect(a.verdict).not.toBe("overloaded");
    // A feel for ergonomics is no UX design asked.
    expect(a.matches.find((m) => m.text === "ergonomie")?.weight).toBe(0);
  });

  it.each([
    "Chef de projet web H/F\n\nAgence digitale de 40 personnes.\n\nMissions\n- Piloter les projets clients du lancement à la mise en ligne, en méthode agile\n- Gérer les plannings, les budgets et les ressources\n- Coordonner les designers, les développeurs et la recette\n",
    "Digital Project Manager\n\nWe're a digital agency building websites and apps.\n\nResponsibilities\n- Plan and run client projects using Agile methods\n- Manage timelines, budgets and resources in Jira\n- Coordinate designers, developers and QA\n",
  ])("leaves an agency's delivery project manager, who asks for no marketing craft, out of scope: %s", (text) => {
    expect(analyze(text, compiled).verdict).toBe("out_of_scope");
  });

  it("still needs a developer when it must build the site's modules in PHP", () => {
    const a = analyze(offer.replace("- Concevoir les newsletters\n", "- Développer les modules PHP du site de réservation\n"), compiled);
    expect(a.roles).toContain("web_developer");
  });
});

describe("jobs are neighbours through work one could do lightly, not through a craft asked with its tools (round 13)", () => {
  it("calls a communication post that also codes the site in PHP two jobs, full time too", () => {
    const a = analyze(
      "Chargé·e de communication (H/F) – association de quartier\n\nL'association Les Jardins du Canal cherche sa ou son chargé·e de communication. Poste à temps plein, CDD d'un an.\n\nVos missions\n- Animer nos pages Facebook et Instagram et répondre aux messages des adhérents\n- Rédiger la lettre d'information mensuelle et les articles du site\n- Refaire la page d'accueil du site : maquette puis intégration en HTML et CSS\n- Corriger les bugs du site\n\nProfil\n- Aisance rédactionnelle\n- Maîtrise de HTML, CSS et PHP\n",
      compiled,
    );
    expect(a.roles).toEqual(["communication_officer", "web_developer"]);
    expect(a.verdict).toBe("overloaded");
  });

  it("calls a communication and events post that also designs the print in InDesign and shoots and edits the videos overloaded", () => {
    const a = analyze(
      "Responsable communication et événementiel (H/F)\n\nAssociation sportive régionale. Vous serez en charge de : l'organisation de nos 12 événements annuels (logistique, prestataires, bénévoles), les relations presse, la création de tous nos supports print et digitaux sur Illustrator et InDesign, la réalisation des vidéos de nos compétitions (tournage, montage sur Premiere Pro), l'animation de nos réseaux sociaux et la gestion du site WordPress.\n",
      compiled,
    );
    expect(a.roles).toEqual(["communication_designer", "videographer"]);
    expect(a.verdict).toBe("overloaded");
  });

  it.each([
    "Responsable communication H/F\n\nPME industrielle de 150 salariés. Rattaché(e) à la direction générale.\n\nMissions :\n- Définir et piloter la stratégie de communication interne et externe\n- Gérer le budget communication et les relations avec les agences\n- Concevoir les supports print (plaquettes, catalogues, kakémonos) sur InDesign et Illustrator\n- Piloter le site internet et les réseaux sociaux\n- Organiser les salons professionnels\n- Rédiger les communiqués de presse\n\nProfil : 5 ans d'expérience, maîtrise de la suite Adobe (InDesign, Illustrator, Photoshop).\n",
    "Community Manager\n\nMusic festival, team of twelve.\n\nResponsibilities\n- Run our Instagram, TikTok and Facebook communities and answer fans' messages\n- Design social posts, event posters and artist announcements in Photoshop and Illustrator\n- Plan the editorial calendar\n\nRequirements\n- 2 years of community management\n- Strong Photoshop and Illustrator skills\n",
  ])("keeps a post that lays out its own print or posts in Adobe tools one job stretched: %s", (offer) => {
    expect(analyze(offer, compiled).verdict).toBe("stretched");
  });

  it("keeps a communication post whose site work is updates and a page or two stretched at most", () => {
    const a = analyze(
      "Chargé·e de communication (H/F)\n\nVos missions\n- Animer nos pages Facebook et Instagram\n- Rédiger la lettre d'information mensuelle et les articles du site\n- Mettre à jour le site sous WordPress\n",
      compiled,
    );
    expect(a.verdict).not.toBe("overloaded");
  });
});
