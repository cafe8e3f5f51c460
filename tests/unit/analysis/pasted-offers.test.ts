// Offers reach the analyzer damaged by copying: flattened from a page that kept no line
// breaks, glued by a job board that stripped its HTML ("communautéCréer"), or pasted
// twice. The verdict must not depend on it.

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/index";
import { flatten } from "#app/cli/flatten";
import { OFFERS_DIR, fixture, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();

const spaced = (text: string) => flatten(text, "spaced");
const glued = (text: string) => flatten(text, "glued");

function offers(folder: string): string[] {
  return readdirSync(`${OFFERS_DIR}${folder}`)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => `${folder}/${f}`);
}

const coreFamilies = (text: string) =>
  analyze(text, compiled)
    .families.filter((f) => f.depth === "core")
    .map((f) => f.id)
    .sort();

describe("flatten (npm run eval -- --flatten)", () => {
  it("runs the lines together, with or without a space, and keeps a leading header", () => {
    const text = "Title: Community Manager\nCompany: Acme\n\nMissions\n- Animer la communauté\n- Créer les visuels\n";
    expect(flatten(text, "spaced")).toBe("Title: Community Manager\nCompany: Acme\nMissions - Animer la communauté - Créer les visuels");
    expect(flatten(text, "glued")).toBe("Title: Community Manager\nCompany: Acme\nMissions- Animer la communauté- Créer les visuels");
  });
});

describe("an offer pasted without its line breaks", () => {
  const fair = [...offers("focused"), ...offers("fair"), ...offers("hybrid")];

  it.each(fair)("%s: one line with spaces keeps its verdict, title and core families", (file) => {
    const text = fixture(file);
    const written = analyze(text, compiled);
    const flat = analyze(spaced(text), compiled);
    expect(flat.verdict).toBe(written.verdict);
    expect(flat.title?.profile ?? null).toBe(written.title?.profile ?? null);
    expect(coreFamilies(spaced(text))).toEqual(coreFamilies(text));
  });

  it.each(fair)("%s: glued lines never make a fair offer overloaded", (file) => {
    expect(analyze(glued(fixture(file)), compiled).verdict).not.toBe("overloaded");
  });

  it.each(offers("overload"))("%s: several jobs in one stay flagged on one line", (file) => {
    expect(["overloaded", "stretched"]).toContain(analyze(spaced(fixture(file)), compiled).verdict);
  });

  it("reads the parts a flattened offer names inline, and counts nothing from its benefits", () => {
    const text =
      "Chargé(e) de communication (H/F) Au sein d'une mutuelle régionale, vous rejoignez une équipe de quatre personnes. " +
      "Vos missions : - Rédiger les articles du site et de la lettre d'information - Préparer les communiqués de presse - Organiser les réunions publiques " +
      "Profil recherché : Bac+3 en communication, une belle plume. " +
      "Avantages : tickets restaurant, formation Photoshop et montage vidéo offerte, mutuelle.";
    const a = analyze(text, compiled);
    expect(a.title?.text).toBe("Chargé(e) de communication (H/F)");
    expect(a.title?.profile).toBe("communication_officer");
    expect(a.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(["duties", "requirements", "benefits"]));
    const ids = a.families.map((f) => f.id);
    expect(ids).toContain("content_writing");
    expect(ids).not.toContain("graphic_design");
    expect(ids).not.toContain("photo_video");
    expect(a.verdict).toBe("focused");
  });

  it("cuts a heading glued to the next sentence, and a part opened inline ends with its line", () => {
    const text =
      "Social Media Manager\n" +
      "We are a travel brand.Key ResponsibilitiesPlan and publish our Instagram and TikTok content.Report on reach every month.Nice to have: some video editing.\n" +
      "Requirements\nThree years running brand social accounts.";
    const a = analyze(text, compiled);
    const kinds = a.sections.map((s) => s.kind);
    expect(kinds).toContain("duties");
    expect(kinds.indexOf("nice")).toBeLessThan(kinds.lastIndexOf("requirements"));
    const video = a.matches.find((m) => /video editing/i.test(m.text));
    expect(video?.sectionKind).toBe("nice");
    expect(a.verdict).toBe("focused");
  });

  it("keeps a part opened inline past a sentence glued to the next one", () => {
    const text =
      "Content Marketing Manager\n" +
      "About us: We sell garden tools to two million households across Europe. Our values: care, craft and patience. " +
      "What you will do: Plan the editorial calendar and write our blog postsBrief freelance writers and edit their copySend our weekly newsletter and report on its open rates.\n" +
      "Requirements\nFive years of B2C content marketing.";
    const a = analyze(text, compiled);
    const newsletter = a.matches.find((m) => /newsletter/i.test(m.text));
    expect(newsletter?.sectionKind).toBe("duties");
    expect(a.families.map((f) => f.id)).toContain("email_crm");
  });

  it("reads each bullet of a flattened list as its own clause, so a qualifier ends with its bullet", () => {
    const text =
      "Web Designer Brightside - Leeds Purpose We are looking for a Web Designer to build our clients' sites. " +
      "Day to day - Design landing pages and email templates - Keep the brand consistent across sites " +
      "What you need - Adobe CS (Photoshop, Illustrator, InDesign) - HTML/CSS/SASS/ For Bonus points - Experience with Joomla would be an advantage";
    const a = analyze(text, compiled);
    expect(a.matches.find((m) => m.text === "Photoshop")?.modifier).toBe("required");
    expect(a.matches.find((m) => m.text === "Joomla")?.modifier).toBe("nice");
  });

  it("cuts a list whose dashes were glued to the item before", () => {
    const text =
      "Web Designer\nSalary: £24,000. We are a travel company in Bristol with a small digital team of six people who build our booking sites and apps together. " +
      "Day to day- Design landing pages in Figma- Build them in HTML/CSS and JavaScript- Prepare banners in Photoshop- Test the pages on mobile and fix what breaks";
    const a = analyze(text, compiled);
    const line = (word: string) => a.matches.find((m) => m.text === word)?.line;
    expect(line("Figma")).not.toBe(line("Photoshop"));
    expect(line("JavaScript")).not.toBe(line("Photoshop"));
  });

  it("reads the duties that run on after a field's value, not as the field", () => {
    const text =
      "Marketing Executive Contract: Permanent Salary: £28,000 DOE Location: Leeds Reporting to the Head of Marketing, you will run our social media channels, " +
      "write the blog and the newsletters, design brochures in InDesign, manage Google Ads campaigns, shoot and edit videos, update the WordPress website " +
      "and organise our trade shows. Requirements: 2 years of experience.";
    const a = analyze(text, compiled);
    expect(a.matches.find((m) => m.text === "InDesign")?.modifier).toBe("required");
    expect(a.verdict).not.toBe("focused");
  });

  it("reads a dash before \"Ces…\" as prose, so the hand-off after it still reaches the work before it", () => {
    const text =
      "Chargé de communication (H/F) CDI basé à Paris, poste à pourvoir dès septembre selon profil. Vos missions : rédiger les communiqués de presse et les articles du blog, " +
      "gérer les relations presse et organiser les événements clients, le tout sans création graphique ni montage vidéo - Ces sujets sont confiés à notre agence partenaire. " +
      "Profil : Bac+3, 2 ans d'expérience.";
    const a = analyze(text, compiled);
    expect(a.matches.find((m) => m.text === "montage vidéo")?.modifier).toBe("not_a_demand");
  });

  it("keeps an agency's glued list of expertises in the company's part", () => {
    const text =
      "Title: Chargé de contenus (stage)\nCompany: Lumen\n" +
      "Notre agence conseille les marques depuis 2012. Nos expertises :DATA MARKETING - mesure d'audience, tracking, A/B testing, tableaux de bord" +
      "Marketing automation et scoring des leadsACQUISITION - campagnes Google Ads et Meta Ads, SEO technique. " +
      "Descriptif du poste : tu rédiges les articles du blog et les livres blancs, tu prépares la newsletter mensuelle avec l'équipe. " +
      "Profil recherché : une belle plume, Master en communication.";
    const a = analyze(text, compiled);
    expect(a.families.map((f) => f.id)).not.toContain("paid_media");
    expect(a.matches.find((m) => /automation/i.test(m.text))?.sectionKind).toBe("company");
    expect(a.verdict).toBe("focused");
  });

  it("opens a part at a heading that follows a name in capitals, but not at a one-word benefit", () => {
    const text =
      "Growth Marketing Lead Join a team of 40 who build invoicing software for craftspeople. " +
      "Your manager will be Ana Ruiz, Head of Brand Partnerships Your day-to-day: Plan and run our Google Ads and Meta campaigns, " +
      "manage the paid budget and report on acquisition costs every week. Build landing pages with the designers. " +
      "What we offer: remote work, Freedom & Responsibility: Work from anywhere, a learning budget and a yearly retreat.";
    const a = analyze(text, compiled);
    expect(a.sections.find((s) => s.heading === "Your day-to-day")?.kind).toBe("duties");
    expect(a.sections.some((s) => s.heading === "Responsibility")).toBe(false);
    expect(a.matches.find((m) => /google ads/i.test(m.text))?.sectionKind).toBe("duties");
  });
});

describe("bullets glued to the sentence before them", () => {
  it("reads each '●' item as a line of its own, as when the page kept its breaks", () => {
    const items = ["Run our Google Ads campaigns.", "Write SEO articles for the blog.", "Shoot and edit product videos.", "Answer comments on Instagram."];
    const written = analyze(`SEO Expert\n\nJob Responsibilities\n${items.map((i) => `●\t${i}`).join("\n")}\n`, compiled);
    const glued = analyze(`SEO Expert\n\nJob Responsibilities\n${items.map((i) => `●\t${i}`).join("")} ${"Our agency works with many clients across the region. ".repeat(4)}\n`, compiled);
    expect(glued.lines.length).toBeGreaterThanOrEqual(written.lines.length);
    expect(glued.families.map((f) => `${f.id} ${f.depth}`)).toEqual(written.families.map((f) => `${f.id} ${f.depth}`));
  });
});

describe("a page's front matter", () => {
  it("reads a site's own short fields as metadata, and the offer's text fields as the offer", () => {
    const page = "---\ntitle: \"Chargé·e de communication\"\ninternal_link: \"/blog/post-40/\"\nhashtags: \"#seo, #css, #wordpress, #video, #ads, #design\"\ndraft: false\ndescription: \"this is meta description\"\n---\nVos missions\n- Rédiger la newsletter mensuelle\n";
    const a = analyze(page, compiled);
    expect(a.matches.filter((m) => m.weight > 0 && m.sectionKind !== "title" && m.start < page.indexOf("Vos missions"))).toEqual([]);
    const described = analyze("---\ntitle: \"Community Manager\"\ndescription: \"Vous animerez nos communautés Instagram et répondrez aux messages des abonnés.\"\n---\n", compiled);
    expect(described.matches.some((m) => m.weight > 0 && m.familyId === "community_management" && m.sectionKind !== "title")).toBe(true);
  });
});

describe("an offer glued into one paragraph", () => {
  it("reads the list a sentence hands the hire after “… (6 mois) !En tant que …, tu :- …” as the duties", () => {
    const offer =
      "Chargé·e de communicationL'association Vélo en Ville défend depuis quinze ans la place du vélo dans les villes de la métropole et accompagne chaque année plus de 3 000 cyclistes débutants dans leurs trajets quotidiens. " +
      "On recrute un·e chargé·e de communication pour un CDD (6 mois) !En tant que chargé·e de communication de l'association, tu :- Animeras nos réseaux sociaux- Rédigeras les articles du blog- Organiseras notre stand sur les salonsTu as déjà une première expérience en communication digitale.";
    const a = analyze(offer, compiled);
    const social = a.matches.find((m) => m.text === "Animeras nos réseaux sociaux");
    expect(social?.sectionKind).toBe("duties");
    expect(social?.weight).toBe(1);
  });

  it("keeps a heading that ends in the colon opening its glued list: “Bonus points if you:* Have…”", () => {
    const filler = "We build tools that help developers ship websites faster, and our community meets in forty cities. ".repeat(3);
    const offer = `Events Marketing Manager${filler}## What you'll do:*   Organise our developer conferences and meetups*   Run our booth at trade shows## Bonus points if you:*   Have shot and edited event videos in Premiere Pro`;
    const a = analyze(offer, compiled);
    expect(a.matches.find((m) => m.familyId === "photo_video")?.sectionKind).toBe("nice");
  });
});

describe("a header of fields above an offer in no parts", () => {
  const cases: [string, string, string][] = [
    [
      "Job title: Social Media Executive\nEmployer: Brightleaf Foods\nLocation: Leeds, hybrid\nSalary: £26,000 - £29,000\nClosing date: 12 March\n\n",
      "Brightleaf makes plant-based snacks. We are looking for a Social Media Executive to plan and publish our posts on Instagram and TikTok and keep the content calendar.\n",
      "content calendar",
    ],
    [
      "Intitulé : Chargé(e) de communication digitale\nEmployeur : Communauté de communes du Val d'Orne\nLieu : Argentan (61)\nDate limite : 15 janvier\n\n",
      "La communauté de communes recrute. Vous rédigerez les articles du site et publierez sur Facebook et Instagram.\n",
      "rédigerez les articles",
    ],
  ];
  it.each(cases)("reads the body after the header as the offer, not as the employer's blurb (%#)", (header, body, demand) => {
    const a = analyze(header + body, compiled);
    const at = (header + body).indexOf(demand);
    expect(a.matches.some((m) => m.weight > 0 && m.start === at)).toBe(true);
    expect(a.sections.find((s) => s.start <= at && at < s.end)?.kind).not.toBe("company");
  });
});

describe("a header of fields above an offer in parts", () => {
  it("keeps the employer's blurb after the header as the company's, when headed duties follow", () => {
    const offer =
      "Social Media Executive\nEmployer: Pixel Studio Ltd\nLocation: Bristol\nSalary: £26,000\n\n" +
      "Independent creative studio, est. 2010. Services: WordPress and React web development, video production and motion design, SEO and Google Ads management.\n\n" +
      "Responsibilities:\n- Plan and publish daily posts on Instagram, TikTok and LinkedIn for our clients\n- Reply to comments and direct messages\n";
    const a = analyze(offer, compiled);
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
    expect(a.verdict).toBe("focused");
  });
});

describe("a front matter's settings", () => {
  it("name no job: the title is the page's own heading", () => {
    const a = analyze("---\nhide:\n  - navigation\n  - toc\n---\n\n## Weekend Volunteer\nAcme Foundation\n\nResponsibilities\n- Reply to our members on Discord\n", compiled);
    expect(a.title?.text).toBe("Weekend Volunteer");
  });
});

describe("the body after a front matter", () => {
  it("starts afresh: a field's words open no part beyond the block", () => {
    const blurb = "Our university is committed to excelling in teaching and mentoring students and fellow professionals.";
    const page = `---\ntitle: Web Designer\npost-date: 1-20-2013\n---\n\n${blurb}\n\nDuties\n- Design and build the university's web pages\n`;
    const a = analyze(page, compiled);
    const at = page.indexOf(blurb);
    expect(a.sections.find((s) => s.start <= at && at < s.end)?.kind).toBe("intro");
    expect(a.otherWork).toEqual([]);
  });
});

describe("a text that opens with a rule", () => {
  it("is no front matter: the part its first lines open goes on past the second rule", () => {
    const text =
      "---\nVos missions :\n- Animer nos réseaux sociaux et répondre aux messages\n---\n- Réaliser des photos et de courtes vidéos dans nos boutiques\n\nCommunity manager (H/F)\n";
    const a = analyze(text, compiled);
    const at = text.indexOf("- Réaliser");
    expect(a.sections.find((s) => s.start <= at && at < s.end)?.kind).toBe("duties");
  });
});

describe("a TOML front matter", () => {
  const body =
    "We are looking for someone who loves telling our story online and will make it their daily work over the coming years. " +
    "You will write the articles of our blog every week, plan and publish the posts of our Instagram and LinkedIn accounts, " +
    "answer the questions and comments of our community with care, and prepare the monthly newsletter that goes to our members. " +
    "You will report to the director of the association and work closely with the volunteers who run our events across the region. " +
    "We offer a friendly team, flexible hours, training and the chance to shape how a growing association speaks to the public. " +
    "Experience with a content calendar and a good command of written French and English are expected for this role. " +
    "The association was founded fifteen years ago by a group of neighbours and now counts more than two thousand members in the city. " +
    "Its volunteers organise repair cafés, shared gardens and evening classes, and they need a voice that carries what they do to more people.";
  const page = `+++\ntitle = "Chargé·e de communication"\nlocation = "Lyon"\na_job_type = ["Full Time"]\nb_benefits = ["General Benefits"]\n+++\n${body}\n`;

  it("reads its fields as the page's metadata and its title as the offer's", () => {
    const a = analyze(page, compiled);
    expect(a.title?.text).toBe("Chargé·e de communication");
    const at = page.indexOf(body);
    expect(a.sections.filter((s) => s.end > at).map((s) => s.kind)).toEqual(["intro"]);
  });

  it("leaves a body in no parts read as its duties, as without the front matter", () => {
    const withMatter = analyze(page, compiled).families.map((f) => f.id);
    const bare = analyze(`Chargé·e de communication\n${body}\n`, compiled).families.map((f) => f.id);
    expect(withMatter.sort()).toEqual(bare.sort());
    expect(withMatter).toEqual(expect.arrayContaining(["content_writing", "social_media_marketing", "email_crm"]));
  });
});

describe("front matter run into the offer", () => {
  it("reads a metadata field glued to a sentence as one field, not a part that swallows the duties", () => {
    const page = "---\ntitle: \"Marketing Associate\"\ndescription: A well-organised professional who reports to the Chief Operations Officer.\ndate: 2022-05-05 08:00:00\n---\nEvent Management\n- Organises company events and trade shows\n- Manages the company's social media accounts\n";
    const a = analyze(glued(page), compiled);
    expect(a.sections.map((s) => s.kind)).not.toContain("meta");
    expect(a.matches.filter((m) => m.weight > 0).map((m) => m.familyId)).toEqual(expect.arrayContaining(["pr_events", "social_media_marketing"]));
  });
});

describe("an offer pasted twice", () => {
  const all = [...offers("focused"), ...offers("fair"), ...offers("hybrid"), ...offers("overload")];

  it.each(all)("%s: the second copy asks for nothing more", (file) => {
    const text = fixture(file);
    const once = analyze(text, compiled);
    const twice = analyze(`${text}\n\n${text}`, compiled);
    expect(twice.verdict).toBe(once.verdict);
    const depths = (a: typeof once) => a.families.map((f) => `${f.id} ${f.depth}`).sort();
    expect(depths(twice)).toEqual(depths(once));
  });

  it("still counts a short line said twice, such as a tool list", () => {
    const a = analyze("Graphiste\nMissions\n- Créer les affiches\n- Outils : Photoshop\nProfil\n- Outils : Photoshop", compiled);
    expect(a.matches.filter((m) => /photoshop/i.test(m.text))).toHaveLength(2);
  });
});

describe("an offer pasted without its title", () => {
  it("reads the job the body announces", () => {
    const fr = analyze(
      "Notre association de quartier recherche un(e) community manager pour faire vivre sa page.\n\nMissions\n- Animer la communauté Facebook et Instagram\n- Répondre aux messages et modérer les commentaires\n- Publier trois posts par semaine\n",
      compiled,
    );
    expect(fr.title?.text).toBe("community manager");
    expect(fr.title?.profile).toBe("community_manager");
    expect(fr.verdict).toBe("focused");
    const en = analyze("As our first Graphic Designer, you will shape how the brand looks.\n\nYou will\n- Design posters, flyers and brochures\n- Prepare files for print\n", compiled);
    expect(en.title?.profile).toBe("graphic_designer");
  });

  it("keeps a title line that names another trade, whatever the body announces", () => {
    const a = analyze("Chief Technology Officer\n\nWe are hiring a web developer team lead to report to you.\n\nYou will\n- Own the architecture of our platform\n", compiled);
    expect(a.title?.text).toBe("Chief Technology Officer");
    expect(a.verdict).toBe("out_of_scope");
  });
});

describe("the line a flattened offer's title opens", () => {
  it("is the title only up to the title's end; the rest of the line is the offer's opening", () => {
    const a = analyze("Community Moderator Company Overview At Acme, we give designers better tools. About the role - Welcome new members every day", compiled);
    expect(a.title?.text).toBe("Community Moderator");
    const after = a.matches.filter((m) => m.start >= (a.title?.end ?? 0));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.sectionKind !== "title")).toBe(true);
  });
});

describe("a flattened page that opens on what the company does", () => {
  it("takes no title from the company's sentence: “Careers Acme provides communications, networking and robotics solutions”", () => {
    const a = analyze(
      "Careers Acme provides communications, networking and robotics solutions to the sub-sea industry. We are looking to expand our team. Embedded Software Engineer: develop the firmware of our modems in C and C++.",
      compiled,
    );
    expect(a.title?.profile ?? null).not.toBe("communication_officer");
  });
});

describe("a flattened title run into its metadata", () => {
  const flat = "Content Specialist Location: Houston — Full time Acme builds tools for editors. Responsibilities: Write blog posts and case studies every week. Edit the newsletter copy. Requirements: Excellent writing and editing skills.";

  it("does not turn the whole offer into a benefits part", () => {
    const a = analyze(flat, compiled);
    expect(a.sections.map((s) => s.kind)).toEqual(["intro", "duties", "requirements"]);
    expect(a.matches.some((m) => m.familyId === "content_writing" && m.weight > 0)).toBe(true);
  });

  it("reads the title from the words before the key", () => {
    const a = analyze(flat, compiled);
    expect(a.title?.text).toBe("Content Specialist");
    expect(a.verdict).toBe("focused");
    // A key of heading words only is no title: "Lieu de travail : Paris".
    expect(analyze("Lieu de travail : Paris — Acme recrute. Missions : rédiger des articles de blog.", compiled).title?.text).not.toBe("Lieu de travail");
  });
});

describe("a flattened offer whose title names no standard job", () => {
  it("takes its first words up to a new sentence as the title, when they name a field", () => {
    const fr = analyze("Stage en communication Nous cherchons une personne en stage pour nous aider. Missions : rédiger les communiqués de presse, organiser les événements et animer nos réseaux sociaux.", compiled);
    expect(fr.title?.text).toBe("Stage en communication");
    expect(fr.title?.profile).toBe("communication_officer");
    const en = analyze("Social Media Marketing (Alternative Media, Sydney) Is that you? You will plan and publish posts on Instagram and TikTok and grow our audience.", compiled);
    expect(en.title?.text).toBe("Social Media Marketing");
    const other = analyze("Data Engineer Acme is hiring. You will build data pipelines in Python and publish dashboards for the marketing team.", compiled);
    expect(other.verdict).toBe("out_of_scope");
    // An opening sentence is no title, whatever field its words name.
    const sentence = analyze("Acme is a digital agency that builds websites for brands, and we are looking for an accountant to keep our books and pay the suppliers.", compiled);
    expect(sentence.title?.text).toBe("");
  });
});

describe("a flattened offer's emphasis and its title's two forms", () => {
  it("cuts the offer at a bold heading hidden by its emphasis marks, after a sentence that only wishes for a skill", () => {
    const flat =
      "Spécialiste en marketing technique Le Service numérique change la façon dont l'État conçoit ses services numériques et nous cherchons une personne pour faire connaître nos produits auprès des ministères partenaires. Ce poste est désigné anglais essentiel et le bilinguisme est un atout. **Dans ce rôle, vous serez appelé(e) à :** - Rédiger du contenu pour nos pages produits - Recueillir et rédiger des témoignages de clients - Produire du matériel promotionnel pour les campagnes";
    const a = analyze(flat, compiled);
    const writing = a.matches.filter((m) => m.familyId === "content_writing");
    expect(writing.length).toBeGreaterThan(0);
    expect(writing.every((m) => m.modifier === "required")).toBe(true);
  });

  it("reads a flattened title written in both genders across a slash", () => {
    const flat =
      "Communicateur narratif/Communicatrice narrative et conseiller/conseillère en relations avec les médias Le Service numérique canadien modifie la façon dont le gouvernement fournit ses services. Vous rédigerez des communiqués et entretiendrez les relations avec les médias.";
    const a = analyze(flat, compiled);
    expect(a.title?.text).toMatch(/^Communicateur narratif\/Communicatrice narrative/);
    expect(a.title?.profile).toBe("communication_officer");
  });
});

describe("an offer published in both languages", () => {
  const fr = [
    "Chargé·e de communication digitale (CDI) – Lyon",
    "",
    "Missions",
    "- Animer nos comptes Instagram et LinkedIn (3 publications par semaine)",
    "- Rédiger la newsletter mensuelle sur Brevo",
    "- Créer des visuels simples sur Canva",
    "- Suivre les statistiques et présenter un bilan chaque mois",
    "",
    "Profil",
    "- 2 ans d'expérience en communication",
    "- Excellente orthographe",
  ].join("\n");
  const en = [
    "Digital Communication Officer (permanent) – Lyon",
    "",
    "Responsibilities",
    "- Run our Instagram and LinkedIn accounts (3 posts a week)",
    "- Write the monthly newsletter in Brevo",
    "- Create simple visuals in Canva",
    "- Track the statistics and report on them every month",
    "",
    "Profile",
    "- 2 years of experience in communication",
    "- Excellent spelling",
  ].join("\n");
  const weighted = (a: ReturnType<typeof analyze>, from: number) => a.matches.filter((m) => m.weight > 0 && m.start >= from);

  it("reads the translation after 'English version' as a copy that asks for nothing more", () => {
    const once = analyze(fr, compiled);
    const both = analyze(`${fr}\n\nEnglish version\n\n${en}`, compiled);
    expect(both.verdict).toBe(once.verdict);
    expect(both.workload.hours).toBe(once.workload.hours);
    expect(weighted(both, fr.length)).toEqual([]);
  });

  it("reads the French copy below an English offer the same way", () => {
    const both = analyze(`${en}\n\n*** Version française ***\n\n${fr}`, compiled);
    expect(both.workload.hours).toBe(analyze(en, compiled).workload.hours);
    expect(weighted(both, en.length)).toEqual([]);
  });

  it("finds the copy in a page whose lines ran together", () => {
    const page = spaced(`${fr}\nEnvoyez votre CV à jobs@acme.fr Version anglaise : ${en}`);
    expect(weighted(analyze(page, compiled), page.indexOf("Version anglaise"))).toEqual([]);
  });

  it("still reads a part in the other language that says something else", () => {
    const more = "- Build our landing pages in PHP and Laravel\n- Shoot and edit the product videos in Premiere Pro\n- Design the print catalogue in InDesign\n- Run the Google Ads campaigns\n- Moderate the Discord server\n";
    const a = analyze(`${fr}\n- Anglais courant\n\n${more}`, compiled);
    expect(weighted(a, fr.length).length).toBeGreaterThan(2);
    const summary = analyze(`Chargé·e de communication digitale – Lyon\n\nRésumé : nous recrutons pour nos réseaux sociaux.\n\nEnglish version\n\n${en}\n${more}`, compiled);
    expect(weighted(summary, summary.text.indexOf("English version")).length).toBeGreaterThan(4);
  });
});
