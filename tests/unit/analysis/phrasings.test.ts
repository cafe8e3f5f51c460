import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/index";
import { seedTaxonomy } from "./support";

const compiled = seedTaxonomy();

/** The families one duty line asks for, under a neutral title. */
function familiesOf(duty: string, lang: "fr" | "en"): string[] {
  const head = lang === "fr" ? "Chargé de communication H/F\n\nVos missions\n- " : "Marketing Officer\n\nResponsibilities\n- ";
  const a = analyze(`${head}${duty}\n`, compiled, { language: lang });
  return [...new Set(a.matches.filter((m) => m.sectionKind !== "title" && m.weight > 0).map((m) => m.familyId))];
}

/** The families an analysis asks for in its weighted passages, title included. */
function askedFamilies(a: ReturnType<typeof analyze>): string[] {
  return a.matches.filter((m) => m.weight > 0).map((m) => m.familyId);
}

/** How each passage of an offer counts, by its text: "required", "nice", "not_a_demand"… */
function modifiersIn(offer: string): (text: string) => string | undefined {
  const a = analyze(offer, compiled);
  return (text) => a.matches.find((m) => m.text.startsWith(text))?.modifier;
}

describe("everyday phrasings of a duty", () => {
  it.each([
    ["community_management", "fr", "Répondre aux questions des abonnés"],
    ["community_management", "fr", "Interagir avec les internautes"],
    ["community_management", "en", "Engage with our online community every day"],
    ["community_management", "fr", "Gérer les avis clients sur Google"],
    ["community_management", "en", "Work with influencers on product launches"],
    ["community_management", "en", "Community manage our social channels with a human touch"],
    ["community_management", "en", "Managing our interactions, tagging and hashtags"],
    ["community_management", "fr", "Gérer les interactions sur nos réseaux"],
    ["pr_events", "fr", "Être le contact des rédactions locales et leur proposer des sujets"],
    ["pr_events", "fr", "Préparer l'accueil des médias : accréditations presse, espace dédié"],
    ["pr_events", "en", "Pitch stories to journalists at national outlets"],
    ["photo_video", "en", "Cutting and editing clips for YouTube"],
    ["photo_video", "fr", "Concevoir des visuels et des contenus animés pour nos réseaux"],
    ["photo_video", "en", "Create animated content for our social channels"],
    ["graphic_design", "fr", "Décliner les campagnes dans différents formats"],
    ["graphic_design", "fr", "Mettre en page les brochures et plaquettes"],
    ["web_development", "en", "Build new web pages for marketing campaigns"],
    ["web_development", "en", "Build and maintain our web sites"],
    ["web_development", "en", "Keep the web site secure and fix its bugs"],
    ["web_development", "en", "Conduct code reviews"],
    ["seo", "en", "Improve our ranking on Google"],
    ["email_crm", "fr", "Segmenter la base de contacts"],
    ["social_media_marketing", "fr", "Publier sur LinkedIn trois fois par semaine"],
    ["digital_strategy", "en", "Own product positioning and messaging for every launch"],
    ["community_management", "fr", "Interagir régulièrement avec notre forum"],
    ["community_management", "en", "Engage actively with our community on Discord"],
    ["digital_strategy", "fr", "Définir le positionnement produit et l'argumentaire produit"],
    ["pr_events", "fr", "Mettre en place des projets événementiels (stands, festivals)"],
    ["social_media_marketing", "fr", "Animation du site internet et de la page FB"],
    ["social_media_marketing", "fr", "Assurer la gestion des plateformes sociales de l'organisation"],
    ["pr_events", "en", "Set up events for our members across the region"],
  ] as const)("reads %s in “%s”", (family, lang, duty) => {
    expect(familiesOf(duty, lang as "fr" | "en")).toContain(family);
  });

  it("counts a task that uses a brand's “Studio” software as the hire's work, not a studio team's", () => {
    expect(familiesOf("Build dashboards in Looker Studio", "en")).toEqual(["analytics"]);
    // A studio the hire works with still does the work itself.
    expect(familiesOf("Brief the design studio on brochure layouts", "en")).not.toContain("graphic_design");
  });

  it("keeps markets apart from marketers: “performance in the markets” is no paid media", () => {
    expect(familiesOf("Drive sell-out performance in the markets", "en")).not.toContain("paid_media");
    expect(familiesOf("Run performance marketing campaigns on Meta", "en")).toContain("paid_media");
  });

  it("reads customer segmentation as strategy beside positioning, as CRM work beside the database", () => {
    const strategy = familiesOf("Define customer segmentation and market positioning", "en");
    expect(strategy).toContain("digital_strategy");
    expect(strategy).not.toContain("email_crm");
    expect(familiesOf("Segmentation client et scoring RFM de la base CRM", "fr")).toContain("email_crm");
  });

  it("reads “stories” by what they are told to: journalists, or followers", () => {
    expect(familiesOf("Pitch stories to journalists and national media", "en")).toEqual(["pr_events"]);
    expect(familiesOf("Publish Instagram stories and posts", "en")).toContain("social_media_marketing");
  });
});

describe("headings in everyday words", () => {
  const kindOf = (heading: string) => {
    const a = analyze(`Chargé de communication H/F\n\n${heading}\n- Rédiger les articles du blog\n`, compiled);
    return a.matches.find((m) => m.familyId === "content_writing" && m.sectionKind !== "title")?.sectionKind;
  };

  it.each([
    "Vous êtes un(e) excellent(e) candidat(e) si :",
    "Candidat idéal",
    "You're a great candidate if:",
    "Who we are looking for",
    "Key competencies",
    "Personal attributes",
    "Profil idéal",
    "All the bits we hope you're good at (or can become good at):",
    "What you'll bring",
    "What you'll need",
    "WHAT QUALIFIES YOU?",
    "Who are we looking for?",
    "Who are we hiring?",
    "Who are we after?",
  ])("reads “%s” as what the post asks for", (heading) => {
    expect(kindOf(heading)).toBe("requirements");
  });

  it.each(["What you'll work on", "What you will be working on", "About This Job", "Key outcomes", "Votre mandat", "WHAT DO WE EXPECT FROM YOU?"])("reads “%s” as the duties", (heading) => {
    expect(kindOf(heading)).toBe("duties");
  });

  it.each(["WHO ARE WE?", "What qualifies us?"])("reads “%s” as the company's own part", (heading) => {
    expect(kindOf(heading)).toBe("company");
  });

  it.each(["Notre mandat", "The Opportunity", "Outcomes"])("leaves “%s” to what it heads: an organisation's mandate or results are no duties", (heading) => {
    expect(kindOf(heading)).not.toBe("duties");
  });

  it("reads “Would be nice” as pluses", () => {
    expect(kindOf("Would be nice:")).toBe("nice");
  });

  it.each(["Candidature", "How to apply", "Étapes de recrutement", "Selection process"])("reads “%s” as how to apply", (heading) => {
    expect(kindOf(heading)).toBe("apply");
  });

  it.each(["Physical demands", "Conditions de travail"])("reads “%s” as the workplace, not duties", (heading) => {
    expect(kindOf(heading)).toBe("benefits");
  });

  it("reads a line of two questions as the heading of the lines below it", () => {
    const a = analyze(
      "Web Designer\n\nWe are a small online school and our pages need love.\n\nWhat do we want to see? What skills do you need?\n\nYou will turn your Photoshop designs into HTML/CSS pages yourself.\n",
      compiled,
    );
    expect(a.matches.find((m) => m.familyId === "web_development")?.sectionKind).toBe("requirements");
  });
});

describe("the title line", () => {
  it("is never a duty of the list, even when the title names no standard job", () => {
    const a = analyze("Marketing Officer\n\nResponsibilities\n- Web design/development for our clients\n", compiled);
    expect(a.title?.text).toBe("Marketing Officer");
    const web = a.matches.filter((m) => m.familyId === "web_design_ux" || m.familyId === "web_development");
    expect(web.map((m) => m.sectionKind)).toEqual(["duties", "duties"]);
  });

  it.each(["Solidity Developer", "Blockchain Developer", "Développeur .NET", "C++ Developer", "Unity Developer"])("reads “%s” as a software engineer, out of scope", (title) => {
    const a = analyze(`${title}\n\nResponsibilities\n- Write high quality, well tested code following the latest design and development patterns\n- Experience as a full stack developer\n`, compiled);
    expect(a.verdict).toBe("out_of_scope");
  });

  it("keeps a community manager of a Web3 project in scope", () => {
    const a = analyze("Community Manager Web3\n\nResponsibilities\n- Animate our Discord and Telegram communities\n- Write posts for X and LinkedIn\n", compiled);
    expect(a.families.map((f) => f.id)).toContain("community_management");
  });

  it("reads a product marketing specialist as the product marketing manager's job", () => {
    const a = analyze("Product Marketing Specialist\n\nYou will write content for the website.\n", compiled);
    expect(a.title?.profile).toBe("digital_marketing_manager");
    expect(a.verdict).not.toBe("out_of_scope");
  });

  it.each([
    ["Communications & Development Coordinator", "communication_officer"],
    ["Marketing & Partnerships Manager", "digital_marketing_manager"],
  ])("reads “%s” as its first job, the ampersand joining two jobs as “and” does", (title, profile) => {
    const a = analyze(`${title}\n\nThe coordinator is responsible for social media management and the donor newsletter.\n`, compiled);
    expect(a.title?.profile).toBe(profile);
    expect(a.verdict).not.toBe("out_of_scope");
  });
});

describe("a paragraph about the organisation", () => {
  it("asks for nothing, even when it sits among the duties", () => {
    const offer = [
      "Communications Manager",
      "",
      "Responsibilities",
      "- Edit the blog and the monthly newsletter",
      "- Schedule posts on our social media channels",
      "",
      "The Learning Guild is a global community teaching data skills to researchers. We aim to scale evidence-based teaching, and our community counts 2,000 instructors and 80 trainers.",
      "",
      "Requirements",
      "- Excellent writing skills",
    ].join("\n");
    const a = analyze(offer, compiled);
    expect(a.otherWork).toEqual([]);
    expect(a.verdict).not.toBe("overloaded");
  });
});

describe("possessives", () => {
  it("read the owner named before a task's object like an article", () => {
    expect(familiesOf("Update the church's website weekly", "en")).toContain("web_development");
    expect(familiesOf("Edit the school's videos", "en")).toContain("photo_video");
  });
});

describe("applying", () => {
  it("putting experience to use is no application instruction", () => {
    const a = analyze("Events Designer\n\nAbout you\n- You have event planning experience and want to apply it\n\nTo apply, send your CV to jobs@example.org\n", compiled);
    const planning = a.matches.find((m) => m.familyId === "pr_events" && m.sectionKind !== "title");
    expect(planning?.modifier).toBe("required");
  });
});

describe("a head noun shared by a list", () => {
  it("is read with every item before it: “email, social and display campaigns”", () => {
    const a = analyze("Marketing Officer\n\nResponsibilities\n- Plan email, social and display campaigns\n", compiled, { language: "en" });
    const email = a.matches.find((m) => m.familyId === "email_crm");
    // The whole list is quoted, so the reader sees why "email" alone counts.
    expect(email?.text).toBe("email, social and display campaigns");
    expect(a.matches.map((m) => m.familyId)).toEqual(expect.arrayContaining(["social_media_marketing", "paid_media"]));
    expect(familiesOf("Write blog and newsletter content", "en")).toContain("content_writing");
    expect(familiesOf("Video and photo editing for the website", "en")).toContain("photo_video");
  });

  it("is not shared across a word that is no item of the list", () => {
    // "email" is followed by a full phrase of its own, not by a one-word item.
    expect(familiesOf("Answer email and social media messages", "en")).not.toContain("email_crm");
    // Another trade's head is never lent to a marketing item.
    const a = analyze("Marketing Officer\n\nResponsibilities\n- Support the sales and marketing teams\n", compiled, { language: "en" });
    expect(a.otherWork).toEqual([]);
  });
});

describe("leading a team", () => {
  it("is the strategy family's own work when the team is the object of the lead", () => {
    expect(familiesOf("Encadrer une équipe de 4 personnes", "fr")).toContain("digital_strategy");
    expect(familiesOf("Lead a team of 6 marketers and oversee external agencies", "en")).toContain("digital_strategy");
    // A team the hire only works beside still does no work of its own for the hire.
    expect(familiesOf("Travailler avec l'équipe stratégie digitale", "fr")).not.toContain("digital_strategy");
  });

  it("makes no second job of a head's own team", () => {
    const a = analyze("Head of Social Media\n\nResponsibilities\n- Manage a team of four social media managers\n- Own the social media strategy and the editorial calendar\n- Manage the budget of paid social\n", compiled);
    expect(a.roleCount).toBe(1);
  });
});

describe("words shared with other trades", () => {
  it("reads “montage” as video editing only beside video words", () => {
    expect(familiesOf("Montage de projets et recherche de financements", "fr")).not.toContain("photo_video");
    expect(familiesOf("Assurer le montage financier des opérations", "fr")).not.toContain("photo_video");
    expect(familiesOf("Tournage et montage de capsules pour Instagram", "fr")).toContain("photo_video");
  });

  it("reads a tool that is an everyday word only as a capitalised name", () => {
    expect(familiesOf("Agility to quickly pivot and react to a new trend", "en")).not.toContain("web_development");
    expect(familiesOf("React to comments within the hour", "en")).not.toContain("web_development");
    expect(familiesOf("Experience with React and TypeScript", "en")).toContain("web_development");
    expect(familiesOf("React, Vue or Angular", "en")).toContain("web_development");
  });

  it("keeps a writing craft named beside a language requirement", () => {
    expect(familiesOf("Native-level English and a knack for clear, punchy copywriting", "en")).toContain("content_writing");
    expect(familiesOf("Fluent English, both in writing and in speech", "en")).not.toContain("content_writing");
    // Writing work asked in two languages is still writing work.
    expect(familiesOf("Produire et publier du contenu en français et en anglais", "fr")).toContain("content_writing");
    expect(familiesOf("Excellentes capacités rédactionnelles en français", "fr")).not.toContain("content_writing");
  });

  it("reads a shoot “en studio” as the hire's work, not a studio's", () => {
    expect(familiesOf("Réaliser les shootings photo produits en studio et en extérieur", "fr")).toContain("photo_video");
  });
});

describe("a hyphenated title word", () => {
  it("names its trade as when written in one word: a back-end developer is no marketing job", () => {
    const offer = (title: string) => `${title}\n\nMissions\n- Développer les API de la plateforme en PHP/Symfony\n- Écrire les tests et relire le code\n`;
    expect(analyze(offer("Développeur Back-end Symfony H/F"), compiled).verdict).toBe("out_of_scope");
    expect(analyze(offer("Développeur Backend Symfony H/F"), compiled).verdict).toBe("out_of_scope");
  });
});

describe("a knack every post uses", () => {
  it("is no writing job by itself: “excellent writing skills” beside social media work", () => {
    const offer = (extra: string) =>
      `Social Media Manager\n\nResponsibilities\n- Plan and publish posts on Instagram and LinkedIn\n- Run the editorial calendar\n${extra}\nRequirements\n- Excellent writing skills and storytelling\n`;
    const families = (text: string) => analyze(text, compiled).families.map((f) => f.id);
    expect(families(offer(""))).not.toContain("content_writing");
    expect(families(offer("- Write the blog articles and the monthly newsletter\n"))).toContain("content_writing");
  });
});

describe("verbs sharing one object", () => {
  it("reads each verb with the object: “produire et publier du contenu”, “design and develop the website”", () => {
    expect(familiesOf("Design and develop the website", "en")).toEqual(expect.arrayContaining(["web_design_ux", "web_development"]));
    const a = analyze("Chargé de communication H/F\n\nVos missions\n- Produire et publier du contenu pour le site\n", compiled);
    expect(a.matches.find((m) => m.familyId === "content_writing" && m.sectionKind !== "title")?.text).toBe("Produire et publier du contenu");
  });

  it("does not take the work before “the team” for the team's own", () => {
    expect(familiesOf("Write blogs regularly and motivate the team to do the same", "en")).toContain("content_writing");
    // A list of teams still names teams: "Brand content et le Studio".
    expect(familiesOf("Collaborer avec les équipes Brand content et le Studio", "fr")).not.toContain("content_writing");
  });
});

describe("words about the post rather than its work", () => {
  it("reads a reporting line as a title, not a demand", () => {
    expect(familiesOf("Vous serez placé(e) sous la responsabilité de la Head of SEO", "fr")).toEqual([]);
    expect(familiesOf("Reporting to the VP of Growth Marketing", "en")).toEqual([]);
  });

  it("reads a taste or a prospect as no task", () => {
    expect(familiesOf("Passionné(e) de photographie et de cinéma", "fr")).toEqual([]);
    expect(familiesOf("Clear career path towards Senior Social Media Manager", "en")).toEqual([]);
    // The task after the comma stays a task.
    expect(familiesOf("Passionné(e) par les réseaux sociaux, vous animerez notre communauté Instagram", "fr")).toContain("community_management");
  });

  it("reads work another provider does as outsourced", () => {
    expect(familiesOf("Le référencement naturel est pris en charge par une consultante SEO externe", "fr")).toEqual([]);
    expect(familiesOf("Working closely with our PR agency, which handles all press relations", "en")).toEqual([]);
  });
});

describe("a verb's negation", () => {
  it("denies what follows it, not the task before it", () => {
    expect(familiesOf("Faire parler les chiffres de fréquentation pour dire ce qui ne marche pas", "fr")).toContain("analytics");
    expect(familiesOf("Watch cost per acquisition daily and switch off whatever doesn't pay back", "en")).toContain("paid_media");
    expect(familiesOf("Vous ne gérerez pas les réseaux sociaux", "fr")).toEqual([]);
    expect(familiesOf("This role does not include video editing", "en")).toEqual([]);
  });

  it("beside “to be”, denies the subject named before it", () => {
    expect(familiesOf("Le SEO n'est pas à votre charge", "fr")).toEqual([]);
    expect(familiesOf("Video production is not part of this role", "en")).toEqual([]);
  });
});

describe("a team named beside a task", () => {
  it("owns the calendar or the expenses managed, and is no team led", () => {
    expect(familiesOf("Assist with managing the team calendar and project timelines", "en")).toEqual([]);
    expect(familiesOf("Manage the marketing team and its agencies", "en")).toContain("digital_strategy");
    expect(familiesOf("Manager l'équipe marketing", "fr")).toContain("digital_strategy");
  });
});

describe("the lead of a bulleted list", () => {
  const duties = "Community Manager\n\nWhat you'll do\n- Run our Instagram and TikTok accounts\n- Answer community messages\n\n";
  const modifierOf = (a: ReturnType<typeof analyze>, text: string) => a.matches.find((m) => m.text === text)?.modifier;

  it("denies its items when it says the post does not include them, written or flattened", () => {
    const lead = "This role does not include:\n- paid advertising on Google Ads\n- SEO and website development in WordPress\n- video shooting and editing\n";
    for (const text of [duties + lead, (duties + lead).replace(/\n+/g, " ")]) {
      const a = analyze(text, compiled);
      expect(modifierOf(a, "WordPress")).toBe("negated");
      expect(a.verdict).toBe("focused");
    }
  });

  it("makes its items pluses when it wishes for them", () => {
    const text =
      "Community Manager (H/F) Acme est une marque de cosmétiques basée à Lyon, présente dans 12 pays, qui vend en ligne depuis 2012. " +
      "Vos missions : - Animer nos comptes Instagram et TikTok - Rédiger les légendes et planifier les publications - Répondre aux messages " +
      "Profil : 2 ans d'expérience. Idéalement, vous maîtrisez aussi : - le montage vidéo sur Premiere Pro - la création graphique sur Figma - WordPress et le HTML";
    const a = analyze(text, compiled);
    expect(modifierOf(a, "WordPress")).toBe("nice");
    expect(modifierOf(a, "HTML")).toBe("nice");
    expect(a.verdict).toBe("focused");
  });

  it("leaves the work listed after a lead that denies something else", () => {
    const a = analyze("Community Manager (H/F)\n\nVous ne vous ennuierez pas :\n- Animer nos comptes Instagram\n- Tourner et monter les vidéos\n", compiled);
    expect(modifierOf(a, "Tourner et monter les vidéos") ?? modifierOf(a, "monter les vidéos")).toBe("required");
  });
});

describe("a bare qualifier after a requirement", () => {
  it("makes the requirement before it a plus: “… ? C'est formidable.”, “… Un plus.”", () => {
    const modifier = modifiersIn(
      "Stage communication\n\nProfil\n- Une première expérience avec la suite Adobe ? C'est formidable.\n- Maîtrise de WordPress. Un plus.\n- Maîtrise de Photoshop\n",
    );
    expect(modifier("suite Adobe")).toBe("nice");
    expect(modifier("WordPress")).toBe("nice");
    expect(modifier("Maîtrise de Photoshop")).toBe("required");
  });
});

describe("a requirement line carrying “h/f”", () => {
  it("is not the title", () => {
    const a = analyze(
      "Développeur React / Next.js confirmé – agence digitale\n\nVotre profil\n- 2 ans d'expérience en développement web React\n\nExpérience:\n- Développeur informatique h/f ou similaire: 2 ans (Exigé)\n",
      compiled,
    );
    expect(a.title?.text).toMatch(/^Développeur React/);
    expect(a.verdict).not.toBe("out_of_scope");
  });
});

describe("a head shared by a list", () => {
  it("does not cross a French complement: “analyse éditoriale, recommandations et suivi des stratégies”", () => {
    expect(familiesOf("Analyse sémantique et éditoriale, recommandations et suivi des stratégies SEO", "fr")).not.toContain("content_writing");
  });
});

describe("a newsletter", () => {
  it("is work of its own, written or sent, even read from its context", () => {
    const a = analyze("Communications Officer\n\nResponsibilities\n- Produce quarterly digital newsletters\n- Run our social media accounts\n", compiled);
    expect(a.families.map((f) => f.id)).toContain("email_crm");
  });
});

describe("the limits of this round's readings", () => {
  it("a negated verb after a named skill still denies the skill", () => {
    expect(familiesOf("Le montage vidéo ne fera pas partie de vos missions", "fr")).toEqual([]);
    expect(familiesOf("Video editing will not be part of your role", "en")).toEqual([]);
  });

  it("a taste ends where an “and” opens another quality", () => {
    expect(familiesOf("Curieux et maîtrise de Photoshop et Illustrator exigée", "fr")).toContain("graphic_design");
  });

  it("only a clause that is nothing but a qualifier qualifies the one before", () => {
    const modifier = modifiersIn("Webmaster\n\nProfil\n- Maîtrise de WordPress exigée. Figma apprécié.\n");
    expect(modifier("WordPress")).toBe("required");
    expect(modifier("Figma")).toBe("nice");
  });

  it("“team management” is leading a team; a capitalised verb starting a list is no tool", () => {
    expect(familiesOf("Team management and agency management", "en")).toContain("digital_strategy");
    expect(familiesOf("Sketch, illustrate and paint murals", "en")).not.toContain("web_design_ux");
  });

  it("reads print work and short clips under a content creator's title as one graphic & motion designer, stretched", () => {
    // Print is past a content creator's craft, and short clips are light work: a designer
    // who lays out print and animates holds both, where the title alone would need two people.
    const a = analyze("Content Creator\n\nResponsibilities\n- Design and lay out our brochures and catalogues for print\n- Shoot and edit short videos for Instagram\n", compiled);
    expect(a.roles).toEqual(["graphic_motion_designer"]);
    expect(a.verdict).toBe("stretched");
  });

  it("keeps the announced content creator beside a graphic designer when print comes with real video shoots", () => {
    const a = analyze("Content Creator\n\nResponsibilities\n- Design and lay out our brochures and catalogues for print\n- Shoot and edit videos of our events for Instagram\n", compiled);
    expect(a.roles).toEqual(["content_creator", "graphic_designer"]);
  });
});

describe("the parts of a title", () => {
  it("reads the field from the part before a spaced dash or a pipe, where the employer's name comes after", () => {
    const writer = analyze("Journaliste — Privacy Guides\n\nMissions\n- Rédiger trois articles par semaine\n- Relire les articles de l'équipe\n", compiled);
    expect(writer.verdict).not.toBe("out_of_scope");
    expect(writer.roles).toEqual(["content_writer"]);
    const engineer = analyze("Data Engineer | Marketing Technology\n\nResponsibilities\n- Build data pipelines in Python and SQL\n- Maintain our warehouse\n", compiled);
    expect(engineer.verdict).toBe("out_of_scope");
  });
});

describe("a title naming software beyond a marketing site", () => {
  it("is another trade unless the body asks for a marketing craft", () => {
    const mobile = analyze(
      "Développeur mobile H/F\n\nMissions\n- Intégrer les maquettes dans l'application mobile\n- Consommer une API REST\n\nProfil\n- Maîtrise de React Native, HTML, CSS et JavaScript\n",
      compiled,
    );
    expect(mobile.verdict).toBe("out_of_scope");
    const fullStack = analyze(
      "Full Stack Developer\n\nWhat you'll do\n- Build features across our Node.js API and React front end\n- Write tests and review code\n",
      compiled,
    );
    expect(fullStack.verdict).toBe("out_of_scope");
  });

  it("reads a full-stack marketer as a marketer of every channel, not an engineer", () => {
    const a = analyze(
      "Full Stack Marketer\n\nResponsibilities\n- Write copy for our website and newsletters\n- Run our Google Ads campaigns\n- Plan social media posts\n",
      compiled,
    );
    expect(a.verdict).not.toBe("out_of_scope");
    expect(analyze("Full-Stack Developer\n\nResponsibilities\n- Build features in React and Node.js\n- Write copy for release notes\n", compiled).verdict).toBe("out_of_scope");
  });

  it("stays a web developer when the title names the site's own tool", () => {
    const a = analyze(
      "Full Stack WordPress Developer\n\nResponsibilities\n- Build custom WordPress themes and plugins for client websites\n- Integrate designs in HTML, CSS and PHP\n",
      compiled,
    );
    expect(a.roles).toEqual(["web_developer"]);
  });
});

describe("a taste for a list of topics", () => {
  it("runs through the list across its commas, and stops where the hire is addressed again", () => {
    expect(familiesOf("Passionné(e) par la vie privée, la cybersécurité, le journalisme et la gestion des communautés", "fr")).toEqual([]);
    expect(familiesOf("Passionate about design, you will edit our videos", "en")).toContain("photo_video");
  });
});

describe("a drive rather than a duty", () => {
  it("reads “animé·e par” as what moves the hire, while “animer” a community stays community work", () => {
    expect(familiesOf("Vous êtes animé·e par la volonté d'améliorer le service public et l'animation de réseaux", "fr")).toEqual([]);
    expect(familiesOf("Animer la communauté des utilisateurs", "fr")).toEqual(["community_management"]);
  });
});

describe("a long sentence announcing pluses", () => {
  it("makes the list after it a plus", () => {
    const modifier = modifiersIn(
      "Stagiaire communauté\n\nMissions\n- Modérer le forum\n\nLes éléments suivants seront des atouts pour votre candidature, mais n'hésitez pas à postuler même s'ils ne vous concernent pas tous :\n- Expérience de montage vidéo\n",
    );
    expect(modifier("montage vidéo")).toBe("nice");
    expect(modifier("Modérer")).toBe("required");
  });
});

describe("lending a hand to the people who own a craft", () => {
  it("is light work of that craft", () => {
    const a = analyze(
      "Community Officer\n\nResponsibilities\n- Moderate our forum and reply to members\n- Assist staff members and volunteers with research, writing and video production\n",
      compiled,
    );
    const video = (b: typeof a) => b.matches.find((m) => m.familyId === "photo_video");
    expect(video(a)?.depth).toBe("light");
    const own = analyze("Community Officer\n\nResponsibilities\n- Moderate our forum and reply to members\n- Handle video production for our channel\n", compiled);
    expect(video(own)?.depth).toBe("core");
  });
});

describe("a plain heading with an aside", () => {
  it("opens its part: “Missions et objectifs (non exhaustifs)” ends the organisation's paragraph", () => {
    const a = analyze(
      "Animation de communauté\n\nQui sommes-nous\n\nNous construisons des services numériques publics.\n\nMissions et objectifs (non exhaustifs)\n\n* Susciter et modérer les échanges, animation du forum.\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text.includes("modérer"))?.sectionKind).toBe("duties");
    expect(a.verdict).not.toBe("out_of_scope");
  });
});

describe("words that name a craft only in context", () => {
  it("reads storyboards as video work beside a shoot, as UX work beside user journeys", () => {
    expect(familiesOf("Réaliser les storyboards des tournages", "fr")).toContain("photo_video");
    const ux = familiesOf("Concevoir les parcours utilisateurs et les storyboards", "fr");
    expect(ux).toContain("web_design_ux");
    expect(ux).not.toContain("photo_video");
  });

  it("reads acquiring users as a goal every post serves, buying them as paid media", () => {
    expect(familiesOf("Développer l'acquisition de nouveaux utilisateurs", "fr")).not.toContain("paid_media");
    expect(familiesOf("Drive all user acquisition channels, including paid UA", "en")).toContain("paid_media");
    expect(familiesOf("Run user acquisition campaigns on Google App Campaigns", "en")).toContain("paid_media");
  });
  it("reads partners affiliated with the organisation as no affiliate marketing", () => {
    expect(familiesOf("Work with affiliated partners to promote regional events", "en")).not.toContain("paid_media");
    expect(familiesOf("Grow our affiliate partners programme", "en")).toContain("paid_media");
  });

  it("reads a word inside parentheses from the parentheses, not from the duty after them", () => {
    const a = analyze("Chargé de communication H/F\n\nVos missions\n- Gérer les contenus numériques (textes, visuels, vidéos), gérer le site web et sa mise à jour\n", compiled);
    expect(a.matches.find((m) => m.text === "visuels")?.familyId).toBe("graphic_design");
  });
});

describe("what a line names without asking the hire to make it", () => {
  it("reads a plus written after the list: “… are an added plus”, “would be a big advantage”", () => {
    const modifier = modifiersIn(
      "Graphic Designer\n\nRequirements\n- Illustrator and InDesign required\n- Experience with MailChimp, Squarespace and HTML are an added plus\n- Video editing skills would be a big advantage\n",
    );
    expect(modifier("HTML")).toBe("nice");
    expect(modifier("Video editing")).toBe("nice");
    expect(modifier("Illustrator")).toBe("required");
  });

  it("reads loading contents into a site as light web work, integrating mock-ups as the craft", () => {
    const depthOf = (duty: string) => analyze(`Chargé de communication H/F\n\nVos missions\n- ${duty}\n`, compiled).matches.find((m) => m.familyId === "web_development")?.depth;
    expect(depthOf("Intégration de contenus : textes, visuels, vidéos, formulaires")).toBe("light");
    expect(depthOf("Intégration des maquettes en HTML/CSS")).toBe("core");
  });

  it("reads a maker the hire works with as a colleague, and the same maker in the hire's place as a demand", () => {
    expect(familiesOf("Faire le lien avec notre développeur web interne pour les bugs", "fr")).toEqual([]);
    expect(familiesOf("Work closely with our video editor on launch campaigns", "en")).not.toContain("photo_video");
    expect(familiesOf("Vous êtes développeur web et maîtrisez PHP", "fr")).toContain("web_development");
  });

  it("reads a sense of design as a maker's light know-how, not interface design", () => {
    const a = analyze("Chargé(e) de webmarketing\n\nProfil\n- À l'aise avec les pages web et l'UX, sens du design et du storytelling\n", compiled);
    const design = a.matches.find((m) => m.text.includes("design"));
    expect([design?.familyId, design?.depth]).toEqual(["graphic_design", "light"]);
  });

  it("reads a field of study as no work asked, through its list, up to the experience that follows", () => {
    expect(familiesOf("Bac+3 à Bac+5 en communication, design graphique ou multimédia", "fr")).toEqual([]);
    expect(familiesOf("Bachelor's degree in Marketing, Graphic Design, or a related field", "en")).toEqual([]);
    expect(familiesOf("Degree in marketing and experience designing brochures in InDesign", "en")).toContain("graphic_design");
    expect(familiesOf("Diplômé(e) en communication, vous maîtrisez Photoshop et InDesign", "fr")).toContain("graphic_design");
  });
});

describe("posts and tenses the taxonomy had missed", () => {
  it("reads a site moderator as community work, and a moderation product as nobody's work", () => {
    const moderator = analyze("Site Moderator\n\nResponsibilities\n- Review and moderate user-submitted content\n- Handle moderation queues and appeals\n", compiled);
    expect(moderator.title?.profile).toBe("community_manager");
    expect(moderator.families.map((f) => f.id)).toEqual(["community_management"]);
    const engineer = analyze("Our AI moderation technology keeps the platform safe.\n\nData Engineer\n\nResponsibilities\n- Build data pipelines in Python\n", compiled);
    expect(engineer.verdict).toBe("out_of_scope");
  });

  it("reads a bare “modération” as community work only beside the channels, comments or members it moderates", () => {
    expect(familiesOf("Publication et modération sur Facebook, Instagram et TikTok", "fr")).toContain("community_management");
    expect(familiesOf("Traiter les signalements des membres", "fr")).toEqual(["community_management"]);
    expect(familiesOf("Contribuer à notre technologie de modération par IA", "fr")).toEqual([]);
    expect(familiesOf("Our AI moderation technology keeps users safe", "en")).toEqual([]);
  });

  it("reads duties written in the French future as the duties themselves", () => {
    expect(familiesOf("Modérera les discussions", "fr")).toEqual(["community_management"]);
    expect(familiesOf("Retouchera les photos", "fr")).toEqual(["photo_video"]);
    // A camera is still a camera, not a French future.
    expect(familiesOf("Filmer avec une caméra et des caméras embarquées", "fr")).toContain("photo_video");
  });

  it("reads “Positioning:” in a duty list as work, while “Position:” still names the job", () => {
    const offer = "Marketing Product Specialist\n\nResponsibilities\n- Positioning: Developing messages for various audiences\n- Write the website copy\n";
    expect(analyze(offer, compiled).title?.text).toBe("Marketing Product Specialist");
    expect(analyze("Position: Community Manager\n\nResponsibilities\n- Moderate the forum\n", compiled).title?.profile).toBe("community_manager");
  });

  it("opens the requirements at “a person who:”", () => {
    const a = analyze("Chargé de communication\n\nNous sommes à la recherche d'une personne qui :\n* Rédigera des communiqués de presse\n", compiled);
    expect(a.sections.map((s) => s.kind)).toContain("requirements");
  });

  it("reads hosting podcasts and video capsules as light audio and video work, audiovisual production as the craft", () => {
    for (const [duty, lang] of [["Animer des podcasts", "fr"], ["Host our podcast and welcome its guests", "en"], ["Réaliser des capsules vidéo", "fr"], ["Short video capsules for social", "en"]] as const) {
      const a = analyze(`${lang === "fr" ? "Rédacteur web" : "Content Writer"}\n\nMissions\n- ${duty}\n`, compiled, { language: lang });
      expect(a.matches.filter((m) => m.familyId === "photo_video").map((m) => m.depth)).toEqual(["light"]);
    }
    expect(familiesOf("Assurer la production audiovisuelle des événements", "fr")).toContain("photo_video");
    expect(analyze("Chargé de communication\n\nMissions\n- Assurer la production audiovisuelle\n", compiled).matches.find((m) => m.familyId === "photo_video")?.depth).toBe("core");
  });

  it("reads a marketing lead as a marketing manager", () => {
    expect(analyze("Marketing Lead\n\nYou will define our marketing strategy and manage our social media accounts.\n", compiled).title?.profile).toBe("digital_marketing_manager");
  });

  it("reads a journalist as a writer", () => {
    expect(analyze("Journaliste web (H/F)\n\nMissions\n- Rédiger des articles\n", compiled).title?.profile).toBe("content_writer");
    expect(analyze("Journalist\n\nResponsibilities\n- Write news stories\n", compiled).title?.profile).toBe("content_writer");
  });

  it("names the job whose own crafts a light-only offer asks most", () => {
    const a = analyze("Conseiller en relations avec les médias\n\nMissions\n- Entretenir les relations avec les médias\n- Rédiger du contenu pour le site\n", compiled);
    expect(a.families.every((f) => f.depth === "light")).toBe(true);
    expect(a.roles).toEqual(["communication_officer"]);
  });
});

describe("a hand in the strategy", () => {
  it("is part of the job when the offer asks it more than once, and no second job", () => {
    const duties = "Chargé de communication\n\nMissions\n- Rédiger les communiqués de presse\n- Mettre en œuvre la stratégie de communication\n";
    const once = analyze(duties, compiled);
    expect(once.families.map((f) => f.id)).not.toContain("digital_strategy");
    const twice = analyze(`${duties}- Assurer le suivi budgétaire des actions\n`, compiled);
    expect(twice.families.find((f) => f.id === "digital_strategy")?.depth).toBe("light");
    expect(twice.roles).toEqual(["communication_officer"]);
    expect(twice.verdict).toBe("focused");
    const sameWords = analyze(`${duties}- Mettre en œuvre la stratégie digitale sur le site\n`, compiled);
    expect(sameWords.families.find((f) => f.id === "digital_strategy")?.depth).toBe("light");
  });
});

describe("load times", () => {
  it("are a developer's craft to improve, and a figure to watch beside bounce rates", () => {
    const depthOf = (duty: string) => analyze(`Chargé de communication\n\nMissions\n- ${duty}\n`, compiled).matches.find((m) => m.text.includes("chargement"));
    expect(depthOf("Optimiser les temps de chargement du site")?.familyId).toBe("web_development");
    const watched = depthOf("Suivi de la performance des pages (temps de chargement, taux de rebond) via GA4");
    expect([watched?.familyId, watched?.depth]).toEqual(["analytics", "light"]);
  });
});

describe("a title in neither field", () => {
  const base = "Chargé·e de mission\n\nMissions\n- Accueillir les adhérents et tenir les permanences\n- Préparer les réunions du bureau\n";
  const aside = (a: ReturnType<typeof analyze>) => a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "aside");

  it("takes marketing work beside another job when the hire does two crafts' tasks, and says so", () => {
    const two = analyze(`${base}- Publier sur les réseaux sociaux de l'association\n- Envoyer la newsletter mensuelle\n`, compiled);
    expect(two.verdict).toBe("stretched");
    expect(two.marketingAside).toBe(true);
    expect(aside(two)).toMatchObject({ title: "Chargé·e de mission", families: expect.arrayContaining(["social_media_marketing", "email_crm"]) });
    expect(two.explanation.sentences.fr.join(" ")).toContain("ne nomme aucun métier du marketing digital");
    // The body describes another job first: no marketing title is offered in its place.
    expect(two.explanation.parts.some((p) => p.kind === "fix" && p.fix === "retitle")).toBe(false);
    const three = analyze(`${base}- Réaliser des visuels simples sur Canva\n- Publier sur les réseaux sociaux de l'association\n- Envoyer la newsletter mensuelle\n`, compiled);
    expect(three.verdict).toBe("stretched");
    expect(three.families.map((f) => f.id)).toEqual(expect.arrayContaining(["graphic_design", "social_media_marketing", "email_crm"]));
  });

  it("reads an English assistant who updates the social media and proofreads the blog the same way", () => {
    const a = analyze(
      "Virtual Assistant\n\nResponsibilities\n- Manage the director's calendar and travel bookings\n- Prepare the board meeting papers\n- Update our social media accounts\n- Proofread blog articles before they go live\n",
      compiled,
    );
    expect(a.verdict).toBe("stretched");
    expect(a.explanation.sentences.en.join(" ")).toContain("names no digital marketing job");
  });

  it("takes a country manager who owns the marketing strategy and budget as marketing beside another job", () => {
    const a = analyze(
      "Country Manager (France)\n\nResponsibilities\n- Build and execute the go-to-market strategy for France\n- Own marketing budget allocation across channels\n- Negotiate agreements with local distributors\n- Report monthly to the CEO on revenue and churn\n",
      compiled,
    );
    expect(a.verdict).toBe("stretched");
    expect(a.marketingAside).toBe(true);
    expect(a.families.map((f) => f.id)).toContain("digital_strategy");
  });


  it("reads an offer that only asks for marketing work under a vague title or none as one marketing job, not aside", () => {
    const untitled = analyze(
      "Nous sommes une startup SaaS de 20 personnes et nous recherchons la personne qui pilotera notre marketing.\n\nMissions\n- Définir la stratégie marketing et gérer le budget\n- Piloter le SEO et les campagnes Google Ads\n- Animer nos réseaux sociaux\n- Envoyer la newsletter mensuelle\n",
      compiled,
    );
    expect(untitled.marketingAside).toBeUndefined();
    expect(untitled.verdict).not.toBe("out_of_scope");
    const vague = analyze("Lead - London\n\nResponsibilities\n- Run our SEO\n- Manage the Google Ads campaigns\n- Post on our social media\n- Send the weekly newsletter\n", compiled);
    expect(vague.marketingAside).toBeUndefined();
  });

  it("takes the other job's own work as that job, not as another trade on top of the marketing", () => {
    const a = analyze(
      "L'association recherche un(e) coordinateur(rice)\n\nMissions\n- Assurer la comptabilité et valider les achats\n- Préparer les dossiers de subventions\n- Suivre les bénévoles et les salariés\n- Participer à la rédaction d'articles\n- Gérer les relations presse\n\nConditions\n- Poste à mi-temps\n",
      compiled,
    );
    expect(a.marketingAside).toBe(true);
    expect(a.verdict).toBe("stretched");
    expect(a.otherWork).toEqual([]);
  });

  it.each([
    ["one marketing task", `${base}- Publier sur les réseaux sociaux de l'association\n`],
    [
      "a tool to know among the office software",
      "Adjoint(e) à la direction\n\nMissions\n- Gérer l'agenda et préparer les comptes rendus\n- Publier les actualités sur les réseaux sociaux\n\nProfil\n- Maîtrise des outils bureautiques (Suite Google, Microsoft 365, Canva)\n",
    ],
    ["work the hire only steers", `${base}- Coordonner la production des visuels par notre graphiste\n- Publier sur les réseaux sociaux de l'association\n`],
    [
      "skills the profile wishes for",
      "Executive Assistant to the CEO\n\nResponsibilities\n- Manage the CEO's diary and travel\n- Prepare the board papers\n\nRequirements\n- Comfortable with Canva and WordPress\n- Good writing skills and a knack for storytelling\n",
    ],
    ["a manager who only leads a team and tracks a budget", "Responsable d'exploitation\n\nMissions\n- Encadrer et animer l'équipe de 12 personnes\n- Suivre le budget du site\n"],
    [
      "one marketing plan among a site's management",
      "Restaurant Manager\n\nResponsibilities\n- Lead and motivate a team of 15\n- Deliver the local marketing plan with head office\n- Control food costs and stock\n- Open and close the restaurant\n",
    ],
  ])("stays out of the field with %s", (_, text) => {
    expect(analyze(text, compiled).verdict).toBe("out_of_scope");
  });
});

describe("what a designer's offer asks beside the design", () => {
  const designer = (lines: string) => analyze(`Digital Designer\n\nResponsibilities\n${lines}`, compiled, { language: "en" });

  it("reads designing display ads as design work, not media buying", () => {
    expect(familiesOf("Design display ads in Photoshop", "en")).toEqual(["graphic_design"]);
    expect(familiesOf("Concevoir des bannières pour nos campagnes", "fr")).toContain("graphic_design");
    expect(familiesOf("Run and optimise display ads on Google", "en")).toContain("paid_media");
  });

  it("leaves the work the hire only assists with to whoever owns it", () => {
    const depth = (duty: string) => designer(`- ${duty}\n`).matches.find((m) => m.familyId === "paid_media")?.depth;
    expect(depth("Assist with launching and monitoring ad campaigns")).toBe("light");
    expect(depth("Launch and monitor ad campaigns on Google Ads")).toBe("core");
  });

  it("reads the goal a design serves as no strategy work", () => {
    expect(familiesOf("Create visual designs to achieve marketing goals", "en")).not.toContain("digital_strategy");
    expect(familiesOf("Créer des visuels pour atteindre les objectifs marketing", "fr")).not.toContain("digital_strategy");
    expect(familiesOf("Define the marketing goals and the annual plan", "en")).toContain("digital_strategy");
  });

  it("reads a colleague's post as a colleague, not as work", () => {
    expect(familiesOf("Lay out brochures in InDesign, working directly with our content marketing manager", "en")).toEqual(["graphic_design"]);
    expect(familiesOf("Mettre en page les brochures, en lien avec la responsable marketing digital", "fr")).toEqual(["graphic_design"]);
  });

  it("counts a web designer building its own pages in HTML and CSS as one job, and JavaScript apps as another", () => {
    const pages = designer("- Design our website and landing pages in Figma\n- Create graphics and the visual identity in Illustrator\n- Build the landing pages in HTML and CSS\n");
    expect(pages.roles).toEqual(["graphic_web_designer"]);
    expect(pages.verdict).toBe("focused");
    const fromTitle = analyze("Graphiste webdesigner (H/F)\n\nMissions\n- Concevoir les maquettes du site sur Figma\n- Créer l'identité graphique sur Illustrator\n- Intégrer les pages en HTML et CSS\n\nProfil\n- Maîtrise de HTML5 et CSS3\n", compiled);
    expect(fromTitle.verdict).toBe("focused");
    expect(fromTitle.explanation.parts.some((p) => p.kind === "title_mismatch")).toBe(false);
    const apps = designer("- Design our website and landing pages in Figma\n- Create graphics and the visual identity in Illustrator\n- Build the landing pages in HTML and CSS\n- Develop the app's front end in React and TypeScript\n");
    expect(apps.roles.length).toBe(2);
    expect(apps.verdict).not.toBe("focused");
  });
});

describe("a heading that lists pluses in so many words", () => {
  it.each([
    ["en", "Requirements\n- Two years of experience in graphic design\n\nThe following are desired but not essential:\n- Experience in animation and video production\n"],
    ["fr", "Profil\n- Deux ans d'expérience en graphisme\n\nCompétences appréciées\n- Expérience en montage vidéo et motion design\n"],
  ] as const)("reads what follows it as nice to have (%s)", (_lang, body) => {
    const a = analyze(`Graphic Designer\n\n${body}`, compiled);
    const video = a.matches.filter((m) => m.familyId === "photo_video");
    expect(video.length).toBeGreaterThan(0);
    expect(video.every((m) => m.modifier === "nice")).toBe(true);
  });
});

describe("a first line that names no job", () => {
  it.each([
    ["fr", "Oxybulle recrute\nOxybulle recrute un·e chargé·e de communication pour développer ses activités.\n\nMissions\n- Rédiger la newsletter\n", "chargé·e de communication", "communication_officer"],
    ["en", "Acme Foundation is hiring\nWe are looking for a social media manager to grow our audience.\n\nResponsibilities\n- Plan and publish posts on Instagram\n", "social media manager", "social_media_manager"],
  ] as const)("gives way to the job the body announces (%s)", (_lang, offer, text, profile) => {
    const a = analyze(offer, compiled);
    expect(a.title?.text).toBe(text);
    expect(a.title?.profile).toBe(profile);
  });

  it("stays the title when it names a post, whatever the body announces", () => {
    const a = analyze("Chargé·e de mission\nNous recrutons un·e chargé·e de mission pour épauler notre community manager.\n\nMissions\n- Tenir la comptabilité\n", compiled);
    expect(a.title?.text).toBe("Chargé·e de mission");
    expect(a.verdict).toBe("out_of_scope");
  });
});

describe("a title several jobs share", () => {
  it("names the job whose crafts the body asks: a content creator who writes is a writer", () => {
    const writer = analyze("Content Creator\n\nResponsibilities\n- Write blog posts and case studies every week\n- Copywriting for the website\n", compiled);
    expect(writer.title?.profile).toBe("content_writer");
    expect(writer.families.map((f) => f.id)).toEqual(["content_writing"]);
    expect(writer.verdict).toBe("focused");
    const maker = analyze("Content Creator\n\nResponsibilities\n- Shoot and edit reels for Instagram\n- Design social visuals in Photoshop\n", compiled);
    expect(maker.title?.profile).toBe("content_creator");
  });

  it("lets light mentions decide when the body asks no core work of either", () => {
    const text =
      "Technical Content Creator\n\nWe're looking for strong writers with a developer background to join our small team. " +
      "You like explaining databases to people who are not experts.\n\nWhat you bring\n- Curiosity\n- Patience\n";
    const a = analyze(text, compiled);
    expect(a.title?.profile).toBe("content_writer");
    expect(a.families.map((f) => f.id)).not.toContain("photo_video");
  });

  it("keeps the first job listed when the body asks neither", () => {
    expect(analyze("Content Creator\n\nAbout us\nWe are a friendly team in Lyon.\n", compiled).title?.profile).toBe("content_creator");
  });
});

describe("words that only look like a craft", () => {
  it("reads “on the fly” and a “big-name client” as no design or writing work", () => {
    expect(familiesOf("Solve complex problems on the fly", "en")).toEqual([]);
    expect(familiesOf("Design flyers and posters for our events", "en")).toContain("graphic_design");
    expect(familiesOf("Work for big-name clients in retail", "en")).toEqual([]);
    expect(familiesOf("Brand naming for new product lines", "en")).toContain("content_writing");
  });

  it("reads a link to read as no work", () => {
    expect(familiesOf("Check out this blog post from our Analytics Lead to learn how we work", "en")).not.toContain("content_writing");
    expect(familiesOf("Write a blog post every week", "en")).toContain("content_writing");
  });
});

describe("a newsletter", () => {
  it("is writing among other written formats, and emailing when it is sent", () => {
    expect(familiesOf("Produire les supports (blog, newsletter, communiqués)", "fr")).not.toContain("email_crm");
    expect(familiesOf("Put product news into blogs, newsletters and press releases", "en")).not.toContain("email_crm");
    expect(familiesOf("Envoyer la newsletter mensuelle via Mailchimp", "fr")).toContain("email_crm");
  });
});

describe("a title that leads a function", () => {
  it("states the strategy of that function, even when the body only lists the work", () => {
    const body = "\n\nMissions\n- Rédiger les communiqués de presse\n- Organiser les événements de l'association\n";
    const head = analyze(`Responsable communication${body}`, compiled);
    expect(head.families.find((f) => f.id === "digital_strategy")?.evidence[0]?.text).toBe("Responsable communication");
    expect(head.roles).toEqual(["communication_officer"]);
    expect(head.verdict).toBe("focused");
    // A light hand, not a title's share of the week.
    expect(head.workload.hours).toBeLessThan(45);
    expect(analyze(`Chargé de communication${body}`, compiled).families.map((f) => f.id)).not.toContain("digital_strategy");
    expect(analyze(`Chef de projet événementiel${body}`, compiled).families.map((f) => f.id)).not.toContain("digital_strategy");
  });
});

describe("work the offer says the post is not about", () => {
  it("is no demand", () => {
    expect(familiesOf("This role is not about paid ads: you will grow the community", "en")).not.toContain("paid_media");
    expect(familiesOf("This role is about paid ads on Meta", "en")).toContain("paid_media");
  });
});

describe("a programme's words", () => {
  it("are no programmatic advertising", () => {
    expect(familiesOf("Dans le cadre de son cycle programmatique 2024-2028, valoriser les projets", "fr")).not.toContain("paid_media");
    expect(familiesOf("Define our programmatic priorities with partners", "en")).not.toContain("paid_media");
    expect(familiesOf("Piloter l'achat programmatique et les campagnes display", "fr")).toContain("paid_media");
    expect(familiesOf("Run programmatic advertising on DV360", "en")).toContain("paid_media");
  });
});

describe("titles stated in an institution's words", () => {
  it("reads the job from a “Titre du poste” line", () => {
    const a = analyze("AVIS DE RECRUTEMENT de la fondation ACRA (26 février 2026)\n\nTitre du Poste : un(e) Chargé(e) de Communication basé(e) à Ziguinchor\n\nLieu du travail : Sénégal\n", compiled);
    expect(a.title?.profile).toBe("communication_officer");
  });

  it("reads public relations named in so many words as a press and events job", () => {
    const offer = (title: string) => analyze(`${title}\n\nRôles et responsabilités\n- Nouer et entretenir des relations avec le public et la presse\n- Superviser les relations publiques de la Commission\n`, compiled);
    const pr = offer("Chargé de l'Information et des Relations publiques");
    expect(pr.title?.profile).toBe("pr_events_officer");
    expect(pr.verdict).not.toBe("out_of_scope");
    expect(offer("Chargé des politiques publiques").verdict).toBe("out_of_scope");
  });
});

describe("a tech lead", () => {
  it("leads engineers, whatever the web stack it names", () => {
    const body = "\n\nMissions\n- Concevoir l'architecture de la plateforme en PHP et Symfony\n- Mener les revues de code de l'équipe\n";
    expect(analyze(`Tech Lead - PHP/Symfony${body}`, compiled).verdict).toBe("out_of_scope");
    expect(analyze(`Développeur web PHP/Symfony${body}`, compiled).verdict).not.toBe("out_of_scope");
  });
});

describe("the limits of this round's rules", () => {
  it("keeps a tool named after “with” and the support that is the work itself", () => {
    expect(familiesOf("Track conversions with Google Tag Manager", "en")).toContain("analytics");
    expect(familiesOf("Provide community support in our Discord and moderate discussions", "en")).toContain("community_management");
    const depth = analyze("Community Manager\n\nResponsibilities\n- Provide community support in our Discord and moderate discussions\n", compiled).matches.find((m) => m.text.startsWith("moderate"))?.depth;
    expect(depth).toBe("core");
  });

  it("ends a goal at the “and” that adds work", () => {
    expect(familiesOf("Write blog posts to meet SEO best practices and keyword research", "en")).toContain("seo");
  });

  it("lets “About Acme:” open the company part, and a field like “Monthly Salary:” label only its line", () => {
    const about = analyze("Graphic Designer\n\nAbout Acme:\nVideo production and web development for 200 clients since 2010.\n\nResponsibilities\n- Design posters in Illustrator\n", compiled);
    expect(about.matches.filter((m) => m.familyId === "photo_video" && m.weight > 0)).toEqual([]);
    const salary = analyze("Digital Marketing Executive\nMonthly Salary : Best in the industry\nDigital Marketing Executive duties and responsibilities\n- Manage all digital marketing channels\n- Oversee the company's social media accounts\n", compiled);
    expect(askedFamilies(salary)).toContain("social_media_marketing");
  });

  it("states a leader's strategy only for a marketing function", () => {
    const a = analyze("Head of Engineering\n\nResponsibilities\n- Lead the platform team\n", compiled);
    expect(a.matches.some((m) => m.familyId === "digital_strategy")).toBe(false);
  });
});

describe("what the hire looks after, named as the organisation's", () => {
  const offer = (heading: string) =>
    `Communications Officer\n\nWe are a small charity based in Leeds.\n\n${heading}\n* Our mass media and social media presence\n* Our supporter newsletter\n`;

  it("counts 'our social media presence' listed under the duties as the hire's work", () => {
    const a = analyze(offer("You would be responsible for:"), compiled);
    const social = a.matches.find((m) => m.familyId === "social_media_marketing");
    expect(social?.modifier).toBe("required");
    expect(a.sections.find((s) => s.heading?.startsWith("You would be responsible"))?.kind).toBe("duties");
  });

  it("keeps a sentence about what the organisation does as its own, even under the duties", () => {
    const a = analyze("Communications Officer\n\nMissions\n- Our agency builds websites for charities.\n- Rédiger les communiqués de presse\n", compiled);
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
  });

  it("still reads 'our' in the company blurb as the organisation's", () => {
    const a = analyze("Communications Officer\n\nAbout us\nOur social media presence reaches 2 million people.\n\nMissions\n- Rédiger les communiqués de presse\n", compiled);
    expect(a.matches.find((m) => m.familyId === "social_media_marketing")?.modifier).not.toBe("required");
  });
});

describe("heads of communication", () => {
  it.each([
    ["Spécialiste en marketing numérique", "digital_marketing_specialist"],
    ["Chargée de communication numérique", "social_media_manager"],
    ["Responsable du marketing numérique", "digital_marketing_manager"],
  ])("reads Québec's 'numérique' as digital in %s", (title, profile) => {
    expect(analyze(`${title}\n\nMissions\n- Animer les médias sociaux\n`, compiled).title?.profile).toBe(profile);
  });

  it.each([
    ["Director of Communications", "en"],
    ["Communications Director", "en"],
    ["Conseillère en communication", "fr"],
    ["Directrice de la communication", "fr"],
  ])("names the communication officer's job in %s", (title) => {
    expect(analyze(`${title}\n\nMissions\n- Write press releases\n`, compiled).title?.profile).toBe("communication_officer");
  });
});

describe("words that name no work of their own", () => {
  it("reads the makers the hire works with as colleagues, the post's own noun included", () => {
    const a = analyze("Développeur WordPress\n\nMissions\n- Créer un nouveau thème WordPress en collaboration avec les designers\n- Développer les extensions en PHP\n", compiled);
    expect(a.matches.filter((m) => m.text === "designers" && m.weight > 0)).toEqual([]);
    expect(a.verdict).toBe("focused");
  });

  it("does not read what a thing is designed to do as design work", () => {
    const a = analyze("Content Writer\n\nResponsibilities\n- Write blog articles and case studies\n\nYour application will be assessed using a rubric designed to measure these traits.\n", compiled);
    expect(a.matches.filter((m) => m.text === "designed" && m.weight > 0)).toEqual([]);
    const asked = analyze("Web Designer\n\nResponsibilities\n- Design landing pages for our product launches\n", compiled);
    expect(asked.families.map((f) => f.id)).toContain("web_design_ux");
  });

  it("does not read a visa sponsorship as event sponsorship, but keeps an event's sponsors", () => {
    const visa = analyze("Social Media Manager\n\nResponsibilities\n- Run our Instagram and TikTok accounts\n- Remote work or visa sponsorship possible for non-EU nationals\n", compiled);
    expect(visa.matches.filter((m) => m.familyId === "pr_events" && m.weight > 0)).toEqual([]);
    const events = analyze("Event Manager\n\nResponsibilities\n- Manage event sponsorship and our partners at the festival\n", compiled);
    expect(events.matches.some((m) => m.entryId === "pr_events.sponsorship")).toBe(true);
  });

  it("keeps a finance assistant who canvasses sponsors out of the field", () => {
    const a = analyze(
      "Assistant.e en Ressources financières\n\nMissions\n- Prospecter et démarcher des subsides, sponsors, dons, legs, partenariats\n- Excellentes capacités de relations publiques et de communication écrite\n",
      compiled,
    );
    expect(a.verdict).toBe("out_of_scope");
  });

  it("names a photo editor a photographer's job", () => {
    expect(analyze("Associate Photo Editor\n\nResponsibilities\n- Select and retouch photos for each issue\n", compiled).title?.profile).toBe("videographer");
  });
});

describe("Markdown headings", () => {
  const offer =
    "# Marketing Manager\n\n## Salary\n\nThis role has a salary of £30-45k.\n\n## Expectations\n\n### To be clearly communicating our value proposition, services and case studies\n\nWrite the case studies with our consultants.\n\n### To be managing and refining our social media activity\n\nOwn and improve our social media activity.\n";

  it("opens a part of its own at an unknown heading of the same level, and reads 'Expectations' as the duties", () => {
    const a = analyze(offer, compiled);
    expect(a.sections.find((s) => s.heading === "## Expectations")?.kind).toBe("duties");
    expect(a.matches.find((m) => m.familyId === "social_media_marketing")?.modifier).toBe("required");
  });

  it("names a long heading by its opening words, not a phrase buried in it", () => {
    const a = analyze(offer, compiled);
    expect(a.sections.find((s) => s.heading?.startsWith("### To be clearly"))?.kind).toBe("duties");
  });

  it("keeps an unknown heading under the company or benefits part above it: what follows asks for no work", () => {
    const a = analyze("# Community Manager\n\n## About us\n\nA Lyon agency.\n\n## Our work\n\n- Web development, video and Google Ads for our clients\n", compiled);
    expect(a.sections.find((s) => s.heading === "## Our work")?.kind).toBe("company");
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
  });
});

describe("a hire announced in a field's words", () => {
  it("takes the announced job as the title when the first line only says the organisation is hiring", () => {
    const a = analyze(
      "Oxybulle recrute\n\nOxybulle recrute un·e chargé·e de projet et communication pour développer ses activités dans la province de Namur.\n\nMissions\n- Animer nos réseaux sociaux\n- Rédiger la newsletter trimestrielle\n",
      compiled,
    );
    expect(a.title?.text).toBe("chargé·e de projet et communication");
    expect(a.title?.profile).toBe("communication_officer");
  });

  it("keeps the first line when the announced job is in no marketing words", () => {
    const a = analyze("Acme recrute\n\nAcme recrute un·e comptable pour son siège de Lyon.\n\nMissions\n- Tenir la comptabilité\n", compiled);
    expect(a.title?.text).toBe("Acme recrute");
    expect(a.verdict).toBe("out_of_scope");
  });
});

describe("a line that addresses the hire before its list", () => {
  it("opens the duties at 'En tant que …, tu :' and 'Concretely, you:'", () => {
    const fr = analyze(
      "Chargé·e de développement\n\nEn tant que chargé·e de développement, tu :\n- Prospecteras de nouveaux partenaires\n- Assureras le suivi administratif des conventions\n- Animeras nos réseaux sociaux\n- Rédigeras les articles du blog\n",
      compiled,
    );
    expect(fr.sections.map((s) => s.kind)).toContain("duties");
    expect(fr.verdict).toBe("stretched");
    const en = analyze("Partnerships Associate\n\nConcretely, you:\n- Run our LinkedIn page\n- Write the monthly newsletter\n", compiled);
    expect(en.sections.map((s) => s.kind)).toContain("duties");
  });
});

describe("Markdown parts after the duties", () => {
  it("reads 'Hiring Criteria' as the requirements, and an unknown heading after the duties as asking more", () => {
    const a = analyze("Print Designer\n\n##Your responsibilities will include:\n* Create brochures\n\n##Hiring Criteria\n* Proficient in InDesign\n\n##The extra mile\n* Shoot and edit short videos\n", compiled);
    expect(a.sections.find((s) => s.heading === "##Hiring Criteria")?.kind).toBe("requirements");
    expect(a.sections.find((s) => s.heading === "##The extra mile")?.kind).toBe("requirements");
  });

  it("does not take a part's heading for the title", () => {
    const a = analyze(
      "Rejoignez l'équipe du programme : offre d'emploi « Chargé de mission coordination et accompagnement du programme national d'innovation publique (F/H) »\n\n### Vos missions\n\n- Coordonner le suivi des projets\n",
      compiled,
    );
    expect(a.title?.text).not.toBe("Vos missions");
  });

  it("reads a newsroom the hire works with as colleagues", () => {
    const a = analyze("Video Producer\n\nThe chance to work with our fearless nonprofit newsroom on short-form videos.\n\nResponsibilities\n- Edit vertical videos in Premiere Pro\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "pr_events" && m.weight > 0)).toEqual([]);
  });
});

describe("a line that joins the team and lists the duties", () => {
  it("opens the duties at 'Rattaché à l'équipe marketing, vous aurez pour missions :'", () => {
    const a = analyze("Spécialiste en marketing numérique\n\nRattaché à l'équipe marketing et ventes, vous aurez pour missions :\n- Gérer les communautés en ligne\n- Élaborer le calendrier de publication\n", compiled);
    expect(a.sections.find((s) => s.heading?.startsWith("Rattaché"))?.kind).toBe("duties");
    expect(a.matches.find((m) => m.familyId === "community_management")?.modifier).toBe("required");
  });

  it("reads missions handed by a receiving verb as the duties, and perks as the benefits", () => {
    const duties = analyze("Chargé·e de mission\n\nMissions\nTu auras deux missions complémentaires, la première sur les projets et la seconde sur la communication :\n- Animer les réseaux sociaux du programme\n- Rédiger des articles de blog\n", compiled);
    expect(duties.matches.filter((m) => m.weight > 0).map((m) => m.familyId)).toEqual(expect.arrayContaining(["social_media_marketing", "content_writing"]));
    const en = analyze("Community Manager\n\nYou will have the following responsibilities:\n- Moderate the forum\n", compiled);
    expect(en.matches.find((m) => m.familyId === "community_management")?.modifier).toBe("required");
    const perks = analyze("Chargé·e de communication\n\nMissions\n- Rédiger les communiqués de presse\n\nVous bénéficierez de :\n- une salle de sport et des cours de yoga\n", compiled);
    expect(perks.sections.at(-1)?.kind).toBe("benefits");
  });

  it("still reads 'Notre équipe' and 'About the team' as the company's part", () => {
    expect(analyze("Community Manager\n\nNotre équipe\nDix personnes passionnées.\n", compiled).sections.map((s) => s.kind)).toContain("company");
    expect(analyze("Community Manager\n\nAbout the team\nTen people in Lyon.\n", compiled).sections.map((s) => s.kind)).toContain("company");
  });
});

describe("lines around the duties", () => {
  it("reads 'Vous êtes en charge de la communication :' as the duties, 'Vous êtes :' as the profile", () => {
    const duties = analyze("Chargé·e de projet\n\n**Vous êtes en charge de la communication interne et externe** :\n- Animer nos réseaux sociaux\n", compiled);
    expect(duties.sections.at(-1)?.kind).toBe("duties");
    const profile = analyze("Chargé·e de projet\n\nVous êtes :\n- À l'aise avec les réseaux sociaux\n", compiled);
    expect(profile.sections.at(-1)?.kind).toBe("requirements");
  });

  it("reads 'Idéalement, tu :' as the profile, not the duties", () => {
    const a = analyze("Chargé·e de communication\n\nIdéalement, tu :\n- as déjà géré des campagnes Google Ads\n- connais HTML et CSS\n", compiled);
    expect(a.sections.find((s) => s.heading?.startsWith("Idéalement"))?.kind).toBe("requirements");
  });

  it("keeps 'Our company builds websites' under the duties as the company speaking", () => {
    const a = analyze("Communications Officer\n\nMissions\n- Our company builds websites for charities.\n- Write the press releases\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "web_development" && m.weight > 0)).toEqual([]);
  });

  it("does not read a sports club's visa sponsorship as event sponsorship", () => {
    const a = analyze("Social Media Manager\n\nWe are a sports club in London.\n\nResponsibilities\n- Run our Instagram account\n- Visa sponsorship is available for this role\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "pr_events" && m.weight > 0)).toEqual([]);
  });
});

describe("a title that names several crafts at once", () => {
  const families = (text: string) => analyze(text, compiled).families.map((f) => f.id);

  it("keeps of a communication officer's crafts the ones the body asks", () => {
    const writing = families("Chargé de communication H/F\n\nVos missions\n- Rédiger les articles du site et la newsletter\n- Publier sur nos réseaux sociaux\n");
    expect(writing).toContain("content_writing");
    expect(writing).not.toContain("pr_events");
    const english = families("Communications Officer\n\nResponsibilities\n- Write blog articles and the monthly newsletter\n- Post on our social media\n");
    expect(english).not.toContain("pr_events");
  });

  it("still reads press and events when the body asks them", () => {
    expect(families("Chargé de communication H/F\n\nVos missions\n- Rédiger les articles du site\n- Gérer les relations presse\n")).toEqual(
      expect.arrayContaining(["content_writing", "pr_events"]),
    );
  });

  it("lets the job's first craft stand for the title when the body names none of them", () => {
    const social = families("Chargé de communication H/F\n\nVos missions\n- Publier sur nos réseaux sociaux\n");
    expect(social).toContain("content_writing");
    expect(social).not.toContain("pr_events");
    // Two fields before one job's name make one post, whether joined by "&" or by "and".
    for (const title of ["Marketing & Communications Coordinator", "Marketing and Communications Coordinator"]) {
      const english = families(`${title}\n\nResponsibilities\n- Schedule posts on our social media channels\n- Track engagement every month\n`);
      expect(english).toContain("content_writing");
      expect(english).not.toContain("pr_events");
    }
  });

  it("takes no mention that asks nothing for the body asking a craft: press handed to an agency leaves the writing", () => {
    const outsourced = families("Chargé de communication H/F\n\nVos missions\n- Publier sur nos réseaux sociaux\n- Les relations presse sont confiées à notre agence\n");
    expect(outsourced).toContain("content_writing");
    expect(outsourced).not.toContain("pr_events");
  });
});

describe("a flattened offer whose title follows a date or a contract", () => {
  it.each([
    "Mars 2025 : Poste en communication pour les Jardins Partagés Les Jardins Partagés cherchent une personne pour leurs réseaux sociaux. Missions : rédiger la lettre mensuelle, publier sur Instagram et Facebook.",
    "CDD – Chargé de communication Notre festival cherche une personne pour ses réseaux sociaux. Missions : rédiger la lettre mensuelle, publier sur Instagram et Facebook.",
  ])("reads the title after the prefix: %s", (text) => {
    const a = analyze(text, compiled);
    expect(a.title?.profile).toBe("communication_officer");
    expect(a.verdict).not.toBe("out_of_scope");
  });
});

describe("short headings set by their case or a question mark", () => {
  it("reads 'Our Core Beliefs' as the company speaking and 'Ready to Apply?' as how to apply", () => {
    const a = analyze(
      "Content Writer\n\nResponsibilities\n- Write two blog articles a week\n\nOur Core Beliefs\nWe believe everyone here should be able to add JavaScript tracking code to a page.\n\nReady to Apply?\nSend us samples of your writing for developers.\n",
      compiled,
    );
    expect(a.sections.map((s) => s.kind)).toEqual(["intro", "duties", "company", "apply"]);
    expect(a.families.map((f) => f.id)).toEqual(["content_writing"]);
    expect(a.verdict).toBe("focused");
  });

  it("keeps a place line with a comma and a sentence of the same part as they are", () => {
    const a = analyze("Community Manager\n\nRemote, New York\n\nMissions\n- Animer la communauté Discord\n\nComment postuler\nEnvoyez votre CV\n", compiled);
    expect(a.sections.map((s) => s.kind)).toEqual(["intro", "duties", "apply"]);
  });
});

describe("the hire's work told in the company's part", () => {
  it("reads 'your main mission will be…' under the company as work asked, and the rest as the company speaking", () => {
    const a = analyze(
      "Growth Associate\n\nAbout Acme\nAcme publishes mobile games played by millions and runs its own ad campaigns on every network. Your main mission will be to write the newsletter sent to our players every week.\n",
      compiled,
    );
    const newsletter = a.matches.find((m) => m.familyId === "content_writing");
    expect(newsletter?.weight).toBeGreaterThan(0);
    expect(a.matches.filter((m) => m.familyId === "paid_media" && m.weight > 0)).toEqual([]);
  });
});

describe("makers named by a craft verb's stem", () => {
  it("reads an audience of developers as people, not as web development asked of the hire", () => {
    const a = analyze("Content Writer\n\nRequirements\n- You can write blog posts for a highly technical audience of developers/coders\n", compiled);
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
  });

  it("reads 'influence strategy' as a say in the strategy, not an influencer strategy", () => {
    const a = analyze("Product Marketing Manager\n\nResponsibilities\n- Influence strategy directly and set our positioning\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "community_management")).toEqual([]);
    const b = analyze("Social Media Manager\n\nResponsibilities\n- Build our influencer strategy\n", compiled);
    expect(b.families.map((f) => f.id)).toContain("community_management");
  });
});

describe("a media buyer writes its own ads", () => {
  const buyer = (duties: string) => analyze(`PPC Manager\n\nResponsibilities\n- Run our Google Ads and Facebook Ads campaigns\n- Manage a $50k monthly ad spend\n${duties}`, compiled);

  it("owns the ad copy, headlines and landing page copy it writes", () => {
    const a = buyer("- Write ad copy and headlines for every campaign\n- Write landing page copy and A/B test it\n");
    expect(a.families.map((f) => f.id)).toContain("content_writing");
    expect(a.roles).toEqual(["traffic_manager"]);
    expect(a.verdict).not.toBe("overloaded");
  });

  it("still needs a writer for blog articles and whitepapers", () => {
    const a = buyer("- Write ad copy and headlines for every campaign\n- Write two blog articles a week and our whitepapers\n");
    expect(a.roles).toContain("content_writer");
  });
});

describe("a title in the community's own words", () => {
  it("names the community manager: 'Stage – Communauté et partenariats'", () => {
    expect(analyze("Stage – Communauté et partenariats\n\nMissions\n- Animer le forum de nos membres\n", compiled).title?.profile).toBe("community_manager");
  });
});

describe("a video maker's titles", () => {
  it.each(["Vidéomaker (H/F)\n\nMissions\n- Tourner et monter deux vidéos par mois\n", "Video Maker\n\nResponsibilities\n- Shoot and edit two videos a month\n"])("names the videographer: %s", (text) => {
    expect(analyze(text, compiled).title?.profile).toBe("videographer");
  });
});

describe("words around a craft that say it is someone else's or no craft at all", () => {
  it("reads the members of the team the hire joins as colleagues", () => {
    const a = analyze(
      "Chef de projet emailing\n\nMissions\n- Intégrer les emails en travaillant avec l'équipe composée de deux UX designers, de deux traffic managers et de développeurs\n",
      compiled,
    );
    expect(a.matches.filter((m) => (m.familyId === "web_design_ux" || m.familyId === "paid_media") && m.weight > 0)).toEqual([]);
  });

  it("reads 'sensible à l'UX' as an awareness the hire brings, not UX design asked", () => {
    const aware = analyze("Intégrateur web H/F\n\nProfil\n- Vous maîtrisez HTML, CSS et JavaScript\n- Vous êtes sensible à l'UX et à l'accessibilité\n", compiled);
    expect(aware.families.map((f) => f.id)).not.toContain("web_design_ux");
    const designing = analyze("Intégrateur web H/F\n\nProfil\n- Vous maîtrisez HTML, CSS et JavaScript\n- Vous concevez les parcours UX et les wireframes\n", compiled);
    expect(designing.families.map((f) => f.id)).toContain("web_design_ux");
  });

  it("reads 'n'ont pas de secret pour vous' as mastery, not as a denial", () => {
    const a = analyze("Intégrateur web\n\nProfil\n- Le responsive design et les méthodes CSS n'ont pas de secret pour vous\n", compiled);
    expect(a.matches.find((m) => m.familyId === "web_design_ux")?.modifier).toBe("required");
  });

  it("reads 'développer des compétences' or 'develop partnerships' as no web development", () => {
    const developing = (text: string) =>
      analyze(`Chargé de communication\n\nMissions\n- ${text}\n`, compiled).matches.filter((m) => /^d[ée]vel/i.test(m.text) && m.familyId === "web_development");
    expect(developing("Développer des compétences en gestion de projets web")).toEqual([]);
    expect(developing("Develop partnerships with web agencies and code schools")).toEqual([]);
    expect(developing("Développer le site web sous WordPress")).not.toEqual([]);
  });
});

describe("limits a review found in the rules of round 12", () => {
  const verdictOf = (text: string) => analyze(text, compiled).verdict;

  it("never reads an item of a list as a heading, nor lets a question reopen the duties", () => {
    expect(
      verdictOf("Social Media Manager\n\nResponsibilities\n- Manage the LinkedIn Company Page\n- Shoot and edit product videos in Premiere Pro and After Effects\n- Design all print and digital assets in Illustrator and InDesign\n- Build and maintain our WordPress website in PHP and JavaScript\n"),
    ).toBe("overloaded");
    expect(
      verdictOf(
        "Community Manager H/F\n\nMissions\n- Animer et modérer nos communautés sur Instagram et Facebook\n- Répondre aux commentaires et messages des abonnés\n\nAvantages\n- Tickets restaurant, mutuelle\n\nCe poste vous intéresse ?\nLors de l'entretien, vous réaliserez un cas pratique : tourner et monter une vidéo produit, créer un visuel sur Photoshop et intégrer une page en HTML/CSS.\n",
      ),
    ).toBe("focused");
  });

  it("reads what the company's studio does for the hire as the company speaking", () => {
    expect(
      verdictOf(
        "Community Manager\n\nAbout us\nWe are an organic cosmetics brand founded in 2015. You will be supported by our in-house studio, which shoots and edits all our videos in Premiere Pro, designs every visual in Photoshop and Illustrator and develops our Shopify website in JavaScript.\n\nResponsibilities\n- Moderate and engage our community on Instagram and Discord\n- Reply to comments and DMs\n",
      ),
    ).toBe("focused");
  });

  it("reads an agency's list of services, introduced by a sentence, as the company's", () => {
    expect(
      verdictOf(
        "Community Manager H/F\n\nAgence Pixel, agence de communication lyonnaise de 25 personnes, accompagne ses clients sur :\n- la création de sites internet et le développement web (WordPress, PHP)\n- la production vidéo et le motion design\n- l'identité visuelle et le design graphique\n\nMissions\n- Animer et modérer les communautés de nos clients sur Instagram et Facebook\n- Répondre aux messages et commentaires\n",
      ),
    ).not.toBe("overloaded");
  });

  it("keeps community support, care and development titles out of community management", () => {
    expect(verdictOf("Community Support Agent\n\nWe are a fast-growing online game studio.\n\nResponsibilities\n- Respond to customer inquiries by chat and email\n- Handle support tickets in Zendesk and escalate bugs to QA\n")).toBe("out_of_scope");
  });

  it("keeps a designer who also runs ad campaigns two jobs, with or without the ad copy", () => {
    const base = "UX/UI Designer\n\nResponsibilities\n- Design wireframes and prototypes in Figma\n- Run Google Ads and Meta Ads campaigns\n";
    expect(verdictOf(base)).toBe("overloaded");
    const withCopy = analyze(`${base}- Write landing page copy\n`, compiled);
    expect(withCopy.roles).toEqual(["ui_ux_designer", "traffic_manager"]);
    expect(withCopy.verdict).not.toBe("focused");
  });

  it("keeps a graphic and web designer who codes its pages and does the on-page SEO stretched, not overloaded", () => {
    expect(
      verdictOf(
        "Graphic & Web Designer\n\nResponsibilities\n- Design visuals for our campaigns in Photoshop and Illustrator\n- Design web page mockups in Figma\n- Code the pages in HTML and CSS\n- Handle on-page SEO: keyword research, meta tags, Google Search Console\n",
      ),
    ).toBe("stretched");
  });

  it("reads neither a title with its place, nor profile words in the company's part, nor a hook question as a heading", () => {
    expect(verdictOf("Social Media Assistant (Remote)\n\nWe're a small skincare brand looking for an assistant to plan and publish our Instagram and TikTok posts, reply to comments and DMs, and report on engagement every month.\n")).toBe("focused");
    expect(
      verdictOf(
        "Community Manager\n\nResponsibilities\n- Moderate and engage our clients' communities on Instagram and Facebook\n- Reply to comments and DMs\n\nAbout Us\nNova is a 30-person creative agency in Manchester.\nAreas Of Expertise\nWebsite design and development in WordPress and PHP\nVideo production and editing in Premiere Pro\nBrand identity and print design in InDesign\n",
      ),
    ).toBe("focused");
  });

  it("reads the work the company takes on for its clients as the company's, not the hire's", () => {
    expect(
      verdictOf(
        "Community Manager H/F\n\nQui sommes-nous ?\nPixel est une agence de communication lyonnaise. Nous prenons en charge vos missions de communication de A à Z : création de sites internet sous WordPress et PHP, tournage et montage vidéo sous Premiere Pro, mise en page print sous InDesign.\n\nMissions\n- Animer et modérer les communautés de nos clients sur Instagram et Facebook\n- Répondre aux messages et commentaires\n",
      ),
    ).toBe("focused");
  });

  it("leaves a social media intern's own round of posts, replies, Canva visuals, reels and reports focused", () => {
    expect(
      verdictOf(
        "Social Media Intern\n\nResponsibilities\n- Create and schedule posts on Instagram, TikTok and LinkedIn\n- Engage with our followers and reply to comments\n- Design simple visuals in Canva\n- Edit short videos for Reels\n- Track performance and prepare weekly reports\n",
      ),
    ).toBe("focused");
  });

  it("keeps both jobs a title names, and the craft a hybrid's title names in its own words", () => {
    const both = analyze("Community Manager / Graphiste H/F\n\nMissions\n- Animer et modérer nos communautés sur Instagram\n- Répondre aux commentaires et messages\n", compiled);
    expect(both.families.map((f) => f.id)).toContain("graphic_design");
    const designer = analyze("Chargé(e) de communication graphiste H/F\n\nMissions\n- Rédiger les articles du site\n- Organiser les événements\n", compiled);
    expect(designer.families.map((f) => f.id)).toContain("graphic_design");
  });

  it("does not count an apprentice community manager's own craft among the work that stretches it", () => {
    expect(
      verdictOf(
        "Alternance – Community Manager H/F\n\nMissions\n- Animer et modérer nos communautés sur Instagram et Facebook\n- Répondre aux commentaires et messages des abonnés\n- Publier les posts selon le calendrier éditorial\n- Réaliser des visuels simples sur Canva\n- Suivre les statistiques et préparer le reporting mensuel\n",
      ),
    ).toBe("focused");
  });

  it("under a title naming no field, takes the trade that fills the week as the job and keeps the others on top", () => {
    const a = analyze(
      "Assistant(e) polyvalent(e) H/F\n\nMissions\n- Accueil téléphonique et gestion du courrier\n- Facturation et suivi des impayés\n- Gestion du SAV et des réclamations clients\n- Préparation des commandes et gestion des stocks\n- Publier sur les réseaux sociaux\n- Envoyer la newsletter\n",
      compiled,
    );
    expect(a.marketingAside).toBe(true);
    expect(a.otherWork?.map((w) => w.trade)).toEqual(expect.arrayContaining(["customer_support", "shop_logistics"]));
    expect(a.otherWork?.map((w) => w.trade)).not.toContain("office_admin");
  });

  it("reads 'Designer les écrans' and 'imaginer et designer' as a verb, not as people", () => {
    const a = analyze("Community Manager H/F\n\nMissions\n- Animer et modérer nos communautés\n- Designer les écrans de notre application mobile sur Figma\n", compiled);
    expect(a.matches.some((m) => m.text.startsWith("Designer") && m.familyId === "web_design_ux")).toBe(true);
    const b = analyze("Community Manager H/F\n\nMissions\n- Animer et modérer nos communautés\n- Imaginer et designer les écrans de notre application sur Figma\n", compiled);
    expect(b.matches.some((m) => m.text.startsWith("designer") && m.familyId === "web_design_ux")).toBe(true);
  });

  it.each([
    "Septembre 2025 : Poste en communication pour les Jardins Partagés Les Jardins Partagés cherchent une personne pour leurs réseaux sociaux. Missions : rédiger la lettre mensuelle, publier sur Instagram et Facebook.",
    "Stage de 6 mois – Chargé de communication Notre festival cherche une personne pour ses réseaux sociaux. Missions : rédiger la lettre mensuelle, publier sur Instagram et Facebook.",
  ])("reads a flattened title after a month or a contract of several words: %s", (text) => {
    expect(analyze(text, compiled).title?.profile).toBe("communication_officer");
  });
});

describe("the thing a word acts on decides its sense (round 13)", () => {
  it("reads 'animer des bannières et des visuels pour les réseaux sociaux' as motion, not running the accounts", () => {
    const a = analyze("Graphiste H/F\n\nMissions\n- Animer des bannières publicitaires et des visuels pour les réseaux sociaux\n", compiled);
    expect(a.matches.find((m) => m.text === "Animer")?.familyId).toBe("photo_video");
  });

  it("still reads 'animer les réseaux sociaux et créer des visuels' as running the accounts", () => {
    const a = analyze("Chargé de communication H/F\n\nMissions\n- Animer les réseaux sociaux et créer des visuels\n", compiled);
    expect(a.matches.find((m) => m.text.startsWith("Animer"))?.familyId).toBe("social_media_marketing");
  });

  it("reads 'animer les bénévoles et les adhérents' as community work", () => {
    expect(familiesOf("Animer les bénévoles et les adhérents de l'association", "fr")).toEqual(["community_management"]);
  });

  it.each([["Design ads and banners for our product launches"], ["Shoot the ads we run on Meta and TikTok"]])(
    "reads ads a verb that only makes visuals or films makes as making, not campaign management: %s",
    (duty) => {
      const fams = familiesOf(duty, "en");
      expect(fams.some((f) => f === "graphic_design" || f === "photo_video")).toBe(true);
      expect(fams).not.toContain("paid_media");
    },
  );

  it.each([
    ["fr", "Réaliser des contenus pour le site et le blog", "content_writing.writing_generic"],
    ["en", "Edit content for the website and the blog", "content_writing.writing_generic"],
    ["en", "Create ads on Meta and Google", "paid_media.campaign_management"],
  ] as const)("leaves verbs that make content of any kind to the context (%s): %s", (lang, duty, entryId) => {
    const a = analyze(`Community Manager\n\nMissions\n- ${duty}\n`, compiled, { language: lang });
    expect(a.matches.filter((m) => m.sectionKind !== "title").map((m) => m.entryId)).toContain(entryId);
  });

  it("reads 'animations en magasin' as no motion design", () => {
    const a = analyze("Assistant(e) marketing H/F\n\nMissions\n- Réaliser des animations en magasin\n", compiled);
    expect(a.matches.some((m) => m.familyId === "photo_video")).toBe(false);
  });

  it("lets the whole object decide when its first words tie: organic and paid strategies of the social accounts", () => {
    const a = analyze("Community Manager\n\nMissions\n- Concevoir les stratégies organiques et payantes de nos comptes réseaux sociaux (Facebook, Instagram, LinkedIn)\n", compiled);
    expect(a.matches.find((m) => m.text === "Concevoir les stratégies")?.entryId).toBe("social_media_marketing.social_media_strategy");
  });

  it.each([
    ["Sens de l'organisation et expérience en montage vidéo sur Premiere Pro", "photo_video.premiere_pro"],
    ["Sense of humour and experience with Google Ads", "paid_media.google_ads"],
    ["Sense of ownership and proficiency in HTML, CSS and PHP", "web_development.php"],
  ])("ends a sense of something at the skill that follows it: %s", (line, entryId) => {
    const a = analyze(`Community Manager\n\nProfil\n- ${line}\n`, compiled);
    expect(a.matches.find((m) => m.entryId === entryId)?.weight).toBe(1);
  });

  it.each(["Un œil pour la typographie, la composition et la couleur", "A keen eye for typography and layout"])("reads an eye for a craft as a taste, not the craft: %s", (line) => {
    const a = analyze(`Designer UX/UI\n\nProfil\n- ${line}\n`, compiled);
    expect(a.matches.filter((m) => m.familyId === "graphic_design" && m.weight > 0)).toEqual([]);
  });

  it("ends an eye for something at the skill that follows it", () => {
    const a = analyze("Community Manager\n\nProfil\n- Un œil pour le détail et maîtrise de Premiere Pro\n", compiled);
    expect(a.matches.find((m) => m.entryId === "photo_video.premiere_pro")?.weight).toBe(1);
  });

  it("keeps ads that are run as campaign management", () => {
    expect(familiesOf("Run ads on Meta and TikTok and optimise the spend", "en")).toContain("paid_media");
  });

  it("reads 'work with our media buyer' as a colleague", () => {
    const a = analyze("Content Creator\n\nResponsibilities\n- Edit the videos and work with our media buyer on tests\n", compiled);
    expect(a.matches.find((m) => m.entryId === "paid_media.media_buying")?.weight).toBe(0);
  });

  it("reads 'le montage des emailings' as putting the emails together, not video editing", () => {
    const a = analyze("Chargé de communication H/F\n\nMissions\n- Réaliser le montage des emailings et des newsletters\n", compiled);
    expect(a.matches.some((m) => m.familyId === "photo_video")).toBe(false);
    expect(analyze("Chargé de communication H/F\n\nMissions\n- Réaliser le montage des vidéos\n", compiled).matches.some((m) => m.entryId === "photo_video.video_editing")).toBe(true);
  });

  it("reads 'tournage et montage' as shooting as well as editing", () => {
    const a = analyze("Vidéaste H/F\n\nMissions\n- Réaliser les vidéos des spectacles : tournage et montage\n", compiled);
    expect(a.matches.some((m) => m.entryId === "photo_video.video_shooting")).toBe(true);
  });

  it.each([
    ["en", "Assist in growing online communities around our campaigns"],
    ["fr", "Faire grandir la communauté de nos lecteurs"],
  ] as const)("reads growing a community in other words (%s): %s", (lang, duty) => {
    expect(familiesOf(duty, lang)).toContain("community_management");
  });
});

describe("a graphic designer who animates is one job (round 13)", () => {
  it.each([
    "Graphiste motion designer (H/F)\n\nMissions\n- Créer les identités visuelles et les supports print de nos clients\n- Animer des bannières publicitaires et des visuels pour les réseaux sociaux sur After Effects\n- Préparer les fichiers pour l'impression\n",
  ])("covers print and motion with one graphic & motion designer: %s", (offer) => {
    const a = analyze(offer, compiled);
    expect(a.roles).toEqual(["graphic_motion_designer"]);
    expect(a.verdict).not.toBe("overloaded");
  });

  it("covers a graphic designer's posters and animated banners with one job in English too", () => {
    const a = analyze("Graphic Designer\n\nResponsibilities\n- Design brochures, posters and catalogues for print in InDesign\n- Animate logos, banners and social visuals in After Effects\n", compiled);
    expect(a.roles.length).toBe(1);
    expect(a.verdict).not.toBe("overloaded");
  });

  it("keeps a graphic designer who must also shoot and edit the videos as two jobs", () => {
    const a = analyze(
      "Graphiste motion designer (H/F)\n\nMissions\n- Créer les identités visuelles et les supports print de nos clients\n- Tourner et monter les vidéos de nos événements avec notre caméra\n- Réaliser les reportages photo des salons\n",
      compiled,
    );
    expect(a.roles.length).toBe(2);
  });
});

describe("graphics produced in other words (round 13)", () => {
  it.each(["Production of graphics and content for our newsletters", "Produce graphics for our events and campaigns"])("reads graphic work in: %s", (duty) => {
    const a = analyze(`Marketing Officer\n\nResponsibilities\n- ${duty}\n`, compiled);
    expect(a.matches.some((m) => m.entryId === "graphic_design.visual_creation" && /graphics/.test(m.text))).toBe(true);
  });
});

describe("a web designer's basic SEO is part of the job (round 13)", () => {
  it.each([
    "Webdesigner WordPress (H/F) - CDI\nAgence web de 8 personnes. Vous concevez les maquettes des sites de nos clients sur Figma puis les intégrez sous WordPress (Elementor, HTML/CSS). Profil : 2 ans d'expérience, maîtrise de Figma et WordPress, notions de SEO.\n",
    "Web Designer\n\nResponsibilities\n- Design website mock-ups in Figma\n- Build the pages in WordPress\n\nRequirements\n- Basic SEO knowledge\n",
  ])("keeps one job: %s", (offer) => {
    const a = analyze(offer, compiled);
    expect(a.roles.length).toBe(1);
    expect(a.verdict).toBe("focused");
  });
});

describe("a one-line list of big projects (round 13)", () => {
  it("reads 'Vous prendrez en charge :' as the duties it announces", () => {
    const a = analyze("Chargé de communication H/F\nVous prendrez en charge : la rédaction des communiqués et les relations presse.\n", compiled);
    expect(a.matches.find((m) => m.entryId === "pr_events.press_relations")?.sectionKind).toBe("duties");
  });

  it("reads 'développement sous Drupal' as CMS development, not a light tool", () => {
    const a = analyze("Chargé de communication H/F\n\nMissions :\n- la refonte complète du site internet (développement sous Drupal, intégration)\n", compiled);
    expect(a.matches.find((m) => m.entryId === "web_development.cms_development")?.depth).toBe("core");
  });

  it("calls a communication post that redesigns the site, the brand and the films overloaded", () => {
    const a = analyze(
      "Chargé de communication digitale – CDD 12 mois\nVous prendrez en charge : la refonte complète du site internet (développement sous Drupal, intégration), la création de la nouvelle charte graphique et du logo, la production de films institutionnels (tournage et montage), les relations presse et l'animation des réseaux sociaux.\n",
      compiled,
    );
    expect(a.verdict).toBe("overloaded");
    expect(a.roles).toContain("web_developer");
  });
});

describe("a line that hands the hire their work opens the duties (round 13)", () => {
  it("reads 'Au sein de l'équipe marketing, tu participeras à :' as the duties, not the company", () => {
    const a = analyze(
      "Stage - Assistant(e) marketing digital (6 mois)\n\nStartup lyonnaise de la foodtech.\n\nAu sein de l'équipe marketing, tu participeras à :\n- La rédaction des articles du blog et leur optimisation SEO\n- La gestion de nos comptes Instagram et LinkedIn\n- L'envoi des newsletters via Brevo\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text === "articles du blog")?.sectionKind).toBe("duties");
    expect(a.families.map((f) => f.id)).toContain("content_writing");
  });

  it("keeps the people listed after 'and work closely with:' out of the work", () => {
    const a = analyze(
      "Paid Media Specialist\n\nAbout the Team\nYou'll report directly to our CMO and work closely with:\n- the SEO team\n- the content writers\n\nResponsibilities\n- Run our Google Ads campaigns\n",
      compiled,
    );
    expect(a.families.map((f) => f.id)).not.toContain("seo");
  });
});

describe("a wish to learn", () => {
  it("is a plus, not a skill required, when something to learn follows it", () => {
    const english = modifiersIn(
      "Graphic Designer\n\nRequirements\n- Adobe Illustrator and Photoshop\n- Willingness to learn Premiere Pro and After Effects\n- Interest in learning or experience with custom Email Templates",
    );
    expect(english("Premiere Pro")).toBe("nice");
    expect(english("Email Templates")).toBe("nice");
    expect(english("Photoshop")).toBe("required");
    expect(modifiersIn("Graphiste H/F\n\nProfil\n- Maîtrise d'Illustrator et Photoshop\n- Envie d'apprendre le montage vidéo sur Premiere Pro")("montage vidéo")).toBe("nice");
  });
});

describe("what a piece of making is for (round 16)", () => {
  it("names where the work goes, not a second craft: 'design static ads for our paid social campaigns'", () => {
    const english = analyze(
      "Ad Designer\n\nWhat you'll do\n- Design banners and static ads for our paid social and display campaigns\n- Animate them into short cuts in After Effects\n- You will not run the ads: our acquisition agency handles targeting, bidding and budgets\n\nRequirements\n- Photoshop, Illustrator, After Effects\n",
      compiled,
    );
    expect(english.families.find((f) => f.id === "paid_media")?.depth).not.toBe("core");
    expect(english.verdict).not.toBe("overloaded");
    const french = analyze(
      "Graphiste H/F\n\nVos missions\n- Créer les bannières et visuels pour nos campagnes Google Ads et Meta Ads\n- Décliner la charte graphique sur tous les supports\n- La gestion des campagnes publicitaires est assurée par notre agence\n\nProfil\n- Maîtrise d'Illustrator et de Photoshop\n",
      compiled,
    );
    expect(french.families.find((f) => f.id === "paid_media")?.depth).not.toBe("core");
    expect(french.verdict).not.toBe("overloaded");
  });

  it("reads artwork as made work whose purpose is the strategy: 'Design artwork for our digital marketing strategies'", () => {
    const a = analyze("Graphic Designer\n\nResponsibilities\n- Design artwork for both offline and digital marketing strategies\n- Prepare print-ready files\n", compiled);
    expect(a.matches.some((m) => m.familyId === "graphic_design" && m.text === "Design artwork")).toBe(true);
    expect(a.families.map((f) => f.id)).not.toContain("digital_strategy");
  });

  it("keeps work asked after the purpose phrase ends", () => {
    const a = analyze("Graphiste H/F\n\nVos missions\n- Créer les visuels pour nos campagnes, puis lancer les campagnes Google Ads et suivre leur budget\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "paid_media" && m.weight > 0).some((m) => m.depth === "core")).toBe(true);
  });

  it("keeps a craft the employer says it lacks: that is why the hire takes it on", () => {
    const a = analyze(
      "Community manager H/F\n\nVos missions\n- Animer nos réseaux sociaux et répondre aux abonnés\n- Tourner et monter les vidéos de nos lancements sur Premiere Pro\n- Comme nous n'avons pas de développeur, vous prendrez en charge le développement du site en PHP et JavaScript\n- Concevoir les affiches et flyers sur Illustrator\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text === "JavaScript")?.modifier).toBe("required");
    expect(a.families.find((f) => f.id === "web_development")?.depth).toBe("core");
    expect(a.verdict).toBe("overloaded");
  });
});

describe("a sentence in the present that hands the hire their work (round 16)", () => {
  it("opens the duties even when it names the company: 'Vous prenez en charge la communication de l'entreprise :'", () => {
    const a = analyze(
      "Chargé(e) de communication H/F\n\nVos missions\nVous prenez en charge la communication digitale de l'entreprise :\n- Animer et modérer nos réseaux sociaux\n- Réaliser le tournage et le montage des vidéos\n- Concevoir les supports print sur Illustrator et InDesign\n- Développer et maintenir le site en PHP/Symfony\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text.startsWith("montage"))?.sectionKind).toBe("duties");
    expect(a.verdict).toBe("overloaded");
  });

  it("opens the requirements when it says what the hire has: 'Vous maîtrisez :'", () => {
    const a = analyze("Graphiste H/F\n\nProfil\nVous maîtrisez les outils de l'entreprise :\n- Illustrator et Photoshop\n- InDesign\n", compiled);
    expect(a.matches.find((m) => m.text === "InDesign")?.sectionKind).toBe("requirements");
  });
});

describe("people and purposes around a duty (round 16)", () => {
  it("reads 'une communauté de passionnés' as people, not a taste that voids the duties after it", () => {
    const a = analyze("Community manager H/F\n\nVos missions\n- Animer notre communauté de passionnés : répondre aux commentaires, organiser des jeux-concours\n", compiled);
    expect(a.matches.find((m) => m.text === "répondre aux commentaires")?.modifier).toBe("required");
  });

  it("reads what visuals are for as no part of what they are", () => {
    expect(familiesOf("Réaliser des infographies et des visuels pour nos réseaux et notre site", "fr")).not.toContain("web_design_ux");
  });

  it("reads a deck as material to write, not design work, unless designing it is asked", () => {
    expect(familiesOf("Enable our sales team with battlecards, one-pagers and pitch decks", "en")).not.toContain("graphic_design");
    expect(familiesOf("Pitch deck design for our fundraising", "en")).toContain("graphic_design");
  });
});

describe("a line that hands the hire the list after it (rounds 16 and 17)", () => {
  it.each([
    ["Alternance marketing digital\n\nRejoins une jeune marque de vêtements.\n\nAu sein d'une équipe de 4 personnes, tu seras le bras droit de notre fondatrice sur toute la partie digitale :\n- rédiger 2 articles de blog par mois\n- lancer nos campagnes Meta Ads\n", "articles de blog"],
    ["Assistant(e) marketing digital (H/F)\n\nOn fabrique des savons à la main et on les vend en ligne.\n\nConcrètement, tu vas :\n🎬 Tourner et monter nos vidéos\n📧 Envoyer nos emailings chaque semaine\n", "emailings"],
  ])("opens the duties like a heading would (%#)", (offer, passage) => {
    expect(analyze(offer, compiled).matches.find((m) => m.text === passage)?.sectionKind).toBe("duties");
  });
});

describe("titles of other trades (round 16)", () => {
  it("reads a developer advocate as an engineer, even with talks and community", () => {
    const a = analyze(
      "Developer Advocate\n\nWhat you'll do\n- Build sample apps and SDK examples in Python and TypeScript\n- Give talks at conferences and meetups\n- Answer developers' questions on GitHub and Discord\n\nRequirements\n- 4+ years as a software engineer\n",
      compiled,
    );
    expect(a.verdict).toBe("out_of_scope");
  });

  it("takes a first Markdown heading as the title even when one of its words names a part", () => {
    const a = analyze("## Developer Experience Engineer\n#### Paris, France\n\n### What you'll do\n- Build SDKs and sample apps\n", compiled);
    expect(a.title?.text).toBe("Developer Experience Engineer");
  });
});

describe("an assistant of a manager's field (round 16)", () => {
  it("helps with its crafts: the title adds no strategy the body does not ask", () => {
    for (const title of ["Assistant(e) marketing (H/F)", "Marketing Assistant", "Alternance – Assistant(e) marketing digital"]) {
      const a = analyze(`${title}\n\nMissions\n- Publier les actualités sur LinkedIn\n- Préparer les salons professionnels\n- Envoyer la newsletter mensuelle\n`, compiled);
      expect(a.families.map((f) => f.id)).not.toContain("digital_strategy");
    }
    const coordinator = analyze("Marketing Coordinator\n\nResponsibilities\n- Post on Instagram and LinkedIn\n- Write the monthly newsletter\n", compiled);
    expect(coordinator.families.map((f) => f.id)).not.toContain("digital_strategy");
    // With nothing else asked, the title still says what the post is.
    expect(analyze("Marketing Coordinator\n\nJoin our friendly team in Leeds.\n", compiled).verdict).not.toBe("out_of_scope");
    const manager = analyze("Responsable marketing (H/F)\n\nMissions\n- Publier les actualités sur LinkedIn\n- Préparer les salons professionnels\n", compiled);
    expect(manager.families.map((f) => f.id)).toContain("digital_strategy");
  });
});

describe("a company's relative clause (round 16)", () => {
  it("hands nothing to the company: 'Our agency, which works with luxury brands, is looking for…'", () => {
    const a = analyze(
      "Community Manager\nOur agency, which works with luxury brands, is looking for a community manager to engage their communities, design visuals in Photoshop and Illustrator, shoot and edit videos in Premiere Pro and build landing pages in HTML, CSS and JavaScript.",
      compiled,
    );
    expect(a.verdict).toBe("overloaded");
  });
});

describe("guards found by the round-16 review", () => {
  it("does not hand the hire's own list to a provider: 'Le ou la consultant(e) qui nous rejoindra aura pour missions :'", () => {
    const a = analyze(
      "Consultant(e) marketing digital H/F\n\nLe ou la consultant(e) qui nous rejoindra aura pour missions :\n- piloter les campagnes Google Ads et Meta Ads\n- développer les sites clients en PHP et JavaScript\n- concevoir les chartes graphiques sur Illustrator\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text === "JavaScript")?.modifier).toBe("required");
    expect(a.families.find((f) => f.id === "web_development")?.depth).toBe("core");
  });

  it("does not read the perks' learning budget as work: 'you will get a yearly learning budget to spend on:'", () => {
    const a = analyze(
      "Community Manager\n\nWhat you'll do:\n- Grow and moderate our Discord and Instagram communities\n- Reply to comments and DMs\n\nPerks:\nOn top of a competitive salary and 25 days off, you will get a yearly learning budget to spend on whatever skills you want to grow:\n- Video editing in Premiere Pro\n- Web development (HTML, CSS, JavaScript)\n",
      compiled,
    );
    expect(a.verdict).not.toBe("overloaded");
  });

  it("still reads 'nous n'avons pas d'attentes en PHP' as a denial: only a lack of staff is no denial", () => {
    const a = analyze(
      "Community Manager H/F\n\nVos missions :\n- Animer nos comptes Instagram et LinkedIn\n- Répondre aux messages de la communauté\n\nSoyons clairs : nous n'avons pas d'attentes en développement web, en intégration HTML/CSS ou en PHP.\n",
      compiled,
    );
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
  });

  it("still reads 'des passionnés de retouche photo' as a taste", () => {
    expect(familiesOf("Nous recherchons des passionnés de retouche photo et de montage vidéo", "fr")).not.toContain("photo_video");
  });

  it("keeps a marketer called an advocate in scope, and a seed-stage head a head", () => {
    expect(analyze("Social Media Advocate (m/f/d)\n\nTasks\n- Post daily on Instagram and TikTok\n- Reply to comments\n- Report on engagement\n", compiled).verdict).not.toBe("out_of_scope");
    const head = analyze("Head of Growth Marketing – Seed Stage Startup\n\nWhat you'll do:\n- Run our Google Ads campaigns\n- Build lifecycle emails in HubSpot\n", compiled);
    expect(head.families.find((f) => f.id === "digital_strategy")?.depth).toBe("core");
  });
});

describe("an offer in no parts at all (round 16)", () => {
  it("is its duties from end to end when it is a whole offer that lost its layout", () => {
    const a = analyze(
      "Community Manager H/F – Nantes. Petite boutique de décoration en ligne fondée en 2015, nous vendons des objets faits main dans toute la France et nous cherchons la personne qui portera notre image au quotidien. Vous animerez nos réseaux sociaux (Instagram, Facebook, Pinterest) et répondrez chaque jour aux messages et commentaires de nos clientes. Vous tournerez et monterez nos vidéos de présentation des produits sur Premiere Pro, avec un vrai travail d'étalonnage et de sound design. Vous développerez notre site en PHP et JavaScript, de l'intégration des nouvelles pages à la maintenance du thème. Vous concevrez nos affiches, catalogues et cartes de fidélité sur Illustrator et InDesign, dans le respect de notre charte graphique. Vous suivrez enfin les statistiques de fréquentation et proposerez chaque mois des pistes d'amélioration. Nous attendons un Bac+3 en communication, deux ans d'expérience, sens du détail et autonomie. Nous offrons un CDI à temps plein, 28 k€ brut annuel, tickets restaurant, deux jours de télétravail par semaine, locaux lumineux au centre-ville, équipe de cinq personnes bienveillantes et passionnées.",
      compiled,
    );
    expect(a.matches.find((m) => m.text === "PHP")?.weight).toBe(1);
    expect(a.verdict).toBe("overloaded");
  });

  it("keeps a short paragraph a preamble: a receptionist who promotes events on Instagram stays out of scope", () => {
    const a = analyze(
      "Front Desk Receptionist - Welcome guests at our boutique hotel, handle check-ins and reservations, answer phone and email enquiries, and help promote our events on Instagram and Facebook (posts, stories, posters made in Canva). Weekend availability required.",
      compiled,
    );
    expect(a.verdict).toBe("out_of_scope");
  });

  it("keeps the opening before a list of duties a preamble", () => {
    const a = analyze("Community Manager H/F\n\nNous cherchons quelqu'un pour animer nos réseaux sociaux.\n\nVos missions\n- Répondre aux commentaires\n", compiled);
    expect(a.matches.find((m) => m.text.startsWith("animer"))?.weight).toBeLessThan(1);
  });
});

describe("lines that address the hire but hand them no work (round 16 review)", () => {
  it("opens the perks at 'Vous bénéficiez de :'", () => {
    const a = analyze(
      "Chargé(e) de communication H/F\n\nVous prenez en charge la communication de l'entreprise :\n- rédaction de la newsletter et des articles du blog\n- relations presse\n\nVous bénéficiez de :\n- une formation certifiante en développement web (HTML, CSS, JavaScript, PHP)\n- une licence Adobe complète (Photoshop, Illustrator, InDesign)\n",
      compiled,
    );
    expect(a.families.map((f) => f.id)).not.toContain("web_development");
    expect(a.verdict).toBe("focused");
  });

  it("lists colleagues, not work, at 'Vous évoluez aux côtés de :'", () => {
    const a = analyze(
      "Community Manager H/F\n\nVos missions :\n- Animer nos comptes Instagram et LinkedIn\n- Créer des visuels simples sur Canva\n\nL'équipe\nVous évoluez aux côtés de :\n- Marc, développeur web (PHP, Symfony, JavaScript)\n- Léa, vidéaste (tournage, montage vidéo, motion design)\n",
      compiled,
    );
    expect(a.verdict).not.toBe("overloaded");
  });

  it("still denies the work after the staff the employer lacks: 'On n'a pas de graphiste, pas de montage vidéo à faire'", () => {
    expect(familiesOf("On n'a pas de graphiste, pas de montage vidéo ni de retouche photo à faire", "fr")).not.toContain("photo_video");
  });
});

describe("the third review's guards (round 16)", () => {
  it("hands the hire the list after 'À nos côtés, vous :' and 'You'll get to:'", () => {
    const french = analyze(
      "Community Manager H/F\n\nQui sommes-nous ?\nUne marque de cosmétiques lyonnaise.\n\nÀ nos côtés, vous :\n- animerez nos réseaux sociaux\n- concevrez les visuels sur Photoshop et Illustrator\n- tournerez et monterez les vidéos sur Premiere Pro\n- développerez le site en PHP et JavaScript\n",
      compiled,
    );
    expect(french.verdict).toBe("overloaded");
    const english = analyze(
      "Social Media & Creative Lead\n\nAbout us\nWe are a skincare brand.\n\nYou'll get to:\n- Run our Instagram and TikTok communities\n- Design every visual in Photoshop and Illustrator\n- Shoot and edit videos in Premiere Pro\n- Build our Shopify theme in JavaScript and HTML/CSS\n",
      compiled,
    );
    expect(english.verdict).toBe("overloaded");
  });

  it("keeps a long receptionist paragraph that posts a photo now and then out of scope", () => {
    expect(analyze("Front Desk Receptionist - Boutique Hotel - Edinburgh Our 40-room boutique hotel in the heart of the Old Town is looking for a warm and organised receptionist to join the front office team. You will welcome guests, handle check-in and check-out, take reservations by phone and email, and answer questions about the city, restaurants and tours. You will manage the booking system and the channel manager, process payments, prepare invoices and keep the lobby tidy and welcoming. You will work closely with housekeeping and the restaurant team to make every stay smooth, handle guest requests and complaints calmly, and reply to online reviews on TripAdvisor and Google. From time to time you will help post photos of the hotel on our social media and create simple posters in Canva for events in the bar. previous experience in hotel reception or customer service, excellent spoken and written English, a second language is a plus, good computer skills, a friendly and professional manner, and flexibility to work shifts including weekends. We offer £12.50 an hour, meals on duty, staff rates across the group, tips shared fairly and a real chance to progress. Apply with your CV.", compiled).verdict).toBe("out_of_scope");
  });
});

describe("teaching and money (round 16, second probe)", () => {
  it("reads a syllabus as subjects taught, and a teacher of marketing as a teacher", () => {
    expect(familiesOf("Enseigner les modules suivants : stratégie social media et community management, référencement naturel (SEO) et payant (SEA), e-mailing et marketing automation, web analytics", "fr")).toEqual([]);
    const a = analyze(
      "Formateur / Enseignant en marketing digital (H/F)\n\nMissions\n- Assurer 18 heures de cours par semaine\n- Enseigner le SEO, le SEA, l'e-mailing et le community management\n- Corriger les évaluations\n\nProfil\n- Maîtrise pratique de Google Ads, Google Analytics 4, Mailchimp et Canva\n",
      compiled,
    );
    expect(a.verdict).toBe("out_of_scope");
  });

  it("reads 'PHP 35,000/month' as pesos, and PHP among skills as the language", () => {
    expect(familiesOf("Paid PHP 35,000–45,000 per month, twice a month", "en")).not.toContain("web_development");
    expect(familiesOf("Build our site in PHP and MySQL", "en")).toContain("web_development");
  });

  it("reads an ad budget and a presence at congresses as the work they are", () => {
    expect(familiesOf("Gérer en autonomie le budget de publicité sur Meta", "fr")).toContain("paid_media");
    expect(familiesOf("Coordonner notre présence aux congrès professionnels et tenir le kiosque", "fr")).toContain("pr_events");
  });
});

describe("the fourth review's guards (round 16)", () => {
  it("keeps work told 'au cours de la saison' and after 'Teach new members the ropes'", () => {
    expect(familiesOf("Vous aurez en charge, au cours de la saison, la refonte du site en HTML, CSS et PHP", "fr")).toContain("web_development");
    expect(familiesOf("Teach new members the ropes, and code new pages in PHP and JavaScript", "en")).toContain("web_development");
    expect(familiesOf("Sur notre site WordPress, développer les modules suivants : boutique en ligne, espace membre, en PHP et JavaScript", "fr")).toContain("web_development");
  });

  it("reads a teacher word as the trade only at the head of the title", () => {
    const two = analyze("Community Manager / Formatrice\n\nMissions\n- Animer nos comptes Instagram et Facebook\n- Répondre aux messages de la communauté\n- Animer 15 h de formation Excel par semaine\n", compiled);
    expect(two.verdict).not.toBe("out_of_scope");
    const audience = analyze("Responsable acquisition enseignants\n\nMissions\n- Piloter les campagnes Google Ads et Meta Ads\n- Suivre le ROAS\n", compiled);
    expect(audience.verdict).not.toBe("out_of_scope");
  });
});

describe("whose made thing it is, who acts, who is addressed (round 17)", () => {
  it("reads 'les visuels des campagnes display et social ads' as visuals, not a traffic manager's work", () => {
    const a = analyze(
      "Graphiste H/F\n\nVos missions\n- Créer les visuels des campagnes display et social ads à partir des briefs\n- Décliner la charte sur tous les formats\n\nProfil\n- Maîtrise d'Illustrator et de Photoshop\n",
      compiled,
    );
    const paid = a.matches.filter((m) => m.familyId === "paid_media" && m.weight > 0);
    expect(paid.map((m) => m.text)).toEqual(["campagnes display", "social ads"]);
    expect(paid.every((m) => m.depth === "light")).toBe(true);
    expect(a.verdict).not.toBe("overloaded");
  });

  it("keeps the campaigns when the hire runs them", () => {
    const run = analyze("Graphiste H/F\n\nVos missions\n- Créer les visuels et lancer les campagnes display\n", compiled);
    expect(run.matches.find((m) => m.text === "campagnes display")?.depth).toBe("core");
  });

  it("does not count a passive phrase as the hire's work: 'constitués par une équipe'", () => {
    const a = analyze("Chargé de déploiement H/F\n\nVos missions\n- Nos produits sont constitués par une équipe autonome\n- Négocier avec les partenaires\n", compiled);
    expect(askedFamilies(a)).not.toContain("digital_strategy");
    const active = analyze("Responsable marketing H/F\n\nVos missions\n- Constituer l'équipe marketing\n", compiled);
    expect(askedFamilies(active)).toContain("digital_strategy");
  });

  it("reads 'nous' before an infinitive as the addressee: '- Nous proposer un calendrier de publication'", () => {
    const a = analyze("Expert LinkedIn\n\nVous serez amené à :\n- Nous proposer un calendrier de publication\n", compiled);
    expect(a.matches.find((m) => m.text === "calendrier de publication")?.modifier).toBe("required");
    const company = analyze("Expert LinkedIn\n\nVous serez amené à :\n- Nous publions un calendrier de publication chaque mois\n", compiled);
    expect(company.matches.find((m) => m.text === "calendrier de publication")?.modifier).not.toBe("required");
  });

  it("takes the job the body announces in a network's name when the only heading names no field", () => {
    const a = analyze(
      "L'ASSOCIATION NATIONALE DES JARDINS PARTAGÉS RECHERCHE UN EXPERT LINKEDIN POUR UNE MISSION D'ACCOMPAGNEMENT AU DÉVELOPPEMENT DE SA PRÉSENCE SUR CE RÉSEAU SOCIAL\n\n# CE QUE NOUS VOUS PROPOSONS\n\nVous serez amené à :\n- Étudier les contenus les plus commentés\n- Proposer un calendrier de publication\n\nVous avez des bases solides en community management.\n",
      compiled,
    );
    expect(a.title?.text).toBe("EXPERT LINKEDIN");
    expect(a.verdict).not.toBe("out_of_scope");
  });

  it("reads Figma beside visuals as the graphic designer's tool, beside screens as the UI designer's", () => {
    const visuals = analyze("Créateur de contenus H/F\n\nVos missions\n- Créer les visuels statiques et carrousels publicitaires (Figma, Photoshop)\n", compiled);
    expect(visuals.matches.find((m) => m.text === "Figma")?.familyId).toBe("graphic_design");
    const screens = analyze("UI Designer\n\nResponsibilities\n- Design app screens and prototypes in Figma\n", compiled);
    expect(screens.matches.find((m) => m.text === "Figma")?.familyId).toBe("web_design_ux");
    const alone = analyze("UI Designer\n\nRequirements\n- Figma\n", compiled);
    expect(alone.matches.find((m) => m.text === "Figma")?.familyId).toBe("web_design_ux");
  });

  it("reads 'animer et stimuler les partenariats' as business, not community work", () => {
    expect(familiesOf("Animer et stimuler les partenariats noués", "fr")).not.toContain("community_management");
    expect(familiesOf("Animer et modérer nos groupes Facebook", "fr")).toEqual(expect.arrayContaining(["community_management"]));
  });
});

describe("the fresh sets' lessons (round 17)", () => {
  it("reads a small made thing as the craft, light: 'tourner et monter nos petites vidéos'", () => {
    const a = analyze("Assistant marketing H/F\n\nVos missions :\n- Tourner et monter nos petites vidéos pour Instagram\n", compiled);
    const video = a.matches.filter((m) => m.familyId === "photo_video");
    expect(video.length).toBeGreaterThan(0);
    expect(video.every((m) => m.depth === "light")).toBe(true);
  });

  it("keeps an industrial designer out of scope", () => {
    const a = analyze(
      "Designer produit industriel (H/F)\n\nVos missions\n- Dessiner les nouveaux fours : esquisses, choix des matériaux et finitions\n- Concevoir l'expérience utilisateur de l'appareil : ergonomie des poignées et des commandes\n- Modéliser en 3D sur SolidWorks et réaliser les rendus sur KeyShot\n",
      compiled,
    );
    expect(a.verdict).toBe("out_of_scope");
  });

  it("reads the colleague the hire supports as a person: 'support our Product Marketing Manager'", () => {
    const a = analyze("Digital Designer\n\nResponsibilities\n- You'll support our Product Marketing Manager with the production of visual materials\n- Design landing page imagery in Photoshop\n", compiled);
    expect(a.families.map((f) => f.id)).not.toContain("digital_strategy");
  });

  it("reads carrying out or knowing a strategy as light: 'implement online marketing strategies'", () => {
    const a = analyze("Social Media Coordinator\n\nResponsibilities\n- Implement online marketing strategies through our social media accounts\n\nRequirements\n- Familiarity with online marketing strategies\n", compiled);
    const strategy = a.matches.filter((m) => m.familyId === "digital_strategy" && m.weight > 0);
    expect(strategy.length).toBe(2);
    expect(strategy.every((m) => m.depth === "light")).toBe(true);
    const own = analyze("Head of Marketing\n\nResponsibilities\n- Define the online marketing strategy\n", compiled);
    expect(own.matches.find((m) => m.familyId === "digital_strategy" && m.sectionKind !== "title")?.depth).toBe("core");
  });

  it("does not read 'years of experience in design' as user-experience design", () => {
    const a = analyze("Content Marketing Manager\n\nRequirements\n- 7+ years of experience in marketing, content production and design\n", compiled);
    expect(a.matches.find((m) => m.text === "design")?.familyId).not.toBe("web_design_ux");
  });
});

describe("measuring across what performed (round 17)", () => {
  it.each([
    ["Monitor and analyze social media and website performance", "en"],
    ["Prepare activity reports and metrics for measuring program ROI", "en"],
    ["Évaluer chaque trimestre les résultats de nos actions de communication", "fr"],
  ] as const)("reads '%s' as analytics", (duty, lang) => {
    expect(familiesOf(duty, lang)).toContain("analytics");
  });

  it("keeps what the phrases read inside the passage, and reads no results word on its own", () => {
    expect(familiesOf("Monitor and analyze social media and website performance", "en")).toContain("social_media_marketing");
    expect(familiesOf("Improve the performance of the website", "en")).not.toContain("analytics");
  });

  it("reads a channel's metrics named in a measuring clause as what is read, not the channel's work", () => {
    const a = analyze(
      "Créateur de contenus vidéo H/F\n\nVos missions\n- Tourner et monter les vidéos publicitaires\n- Analyser chaque semaine la performance de chaque créa (taux de clic, CPA) avec les media buyers\n",
      compiled,
    );
    expect(a.matches.find((m) => m.text === "CPA")?.depth).toBe("light");
  });

  it("reads plural people named by their field as who they are: 'des spécialistes du développement web'", () => {
    const a = analyze(
      "Chargé de communication H/F\n\nL'équipe compte 20 membres, des spécialistes de l'orientation, du développement web, du design de parcours utilisateurs.\n\nVos missions\n- Rédiger la newsletter mensuelle\n",
      compiled,
    );
    expect(askedFamilies(a)).not.toContain("web_development");
  });
});

describe("what 'develop' and 'bases' say (round 17)", () => {
  it("reads developing an audience, concepts or graphics as no web development", () => {
    expect(familiesOf("Nous aider à développer l'audience du site", "fr")).not.toContain("web_development");
    expect(familiesOf("Developing concepts, graphics and layouts for product illustrations, logos and websites", "en")).not.toContain("web_development");
    expect(familiesOf("Design and develop micro sites and landing pages", "en")).toContain("web_development");
  });

  it("reads basics of HTML/CSS as light", () => {
    const a = analyze("Chargé de marketing CRM H/F\n\nProfil\n- Bases en HTML/CSS pour l'emailing\n", compiled);
    expect(a.matches.find((m) => m.familyId === "web_development")?.depth).toBe("light");
  });
});

describe("a list of colleagues (round 17)", () => {
  it("reads every post of the list the hire supports as a person", () => {
    const a = analyze(
      "Digital Designer\n\nResponsibilities\n- You'll support our Product Marketing Manager, Content Strategist and Community & Events Manager with the production of visual materials\n- Design landing page imagery in Photoshop\n",
      compiled,
    );
    expect(askedFamilies(a)).not.toContain("community_management");
  });
});

describe("a network named as where the work goes (round 17)", () => {
  it("reads no social media work in 'run paid campaigns on Meta, Google and TikTok' or visuals 'sur les réseaux sociaux'", () => {
    expect(familiesOf("Run and optimise paid campaigns on Meta, Google and TikTok with a monthly budget", "en")).not.toContain("social_media_marketing");
    expect(familiesOf("Concevoir les bannières et key visuals, déclinés ensuite sur le site et sur les réseaux sociaux", "fr")).not.toContain("social_media_marketing");
  });

  it("keeps the network when the work before it is social media or community work", () => {
    expect(familiesOf("Créer des visuels puis animer les comptes sur Instagram et TikTok", "fr")).toContain("social_media_marketing");
    expect(familiesOf("Répondre aux commentaires sur Instagram", "fr")).toEqual(expect.arrayContaining(["community_management"]));
  });
});

describe("the fifth review's guards (round 17)", () => {
  it("reads 'Nous rejoindre, c'est…' and 'Nous suivre sur…' as the company speaking", () => {
    const a = analyze(
      "Community Manager (H/F)\n\nMissions :\n- Animer nos comptes Instagram et répondre aux abonnés\n- Nous rejoindre, c'est travailler aux côtés de notre monteur vidéo, de nos experts SEO et de notre traffic manager qui pilote les campagnes Google Ads\n",
      compiled,
    );
    expect(a.verdict).toBe("focused");
  });

  it("keeps 'Avec nous, tu vas :' among the benefits", () => {
    const a = analyze(
      "Community Manager (H/F) – CDI\nMissions :\n- Animer nos comptes Instagram et TikTok\n- Répondre aux messages de la communauté\nAvantages :\n- Tickets restaurant\nAvec nous, tu vas :\n- Être formé(e) au SEO et à Google Ads par notre traffic manager\n- T'initier au montage vidéo avec notre équipe studio\n",
      compiled,
    );
    expect(a.verdict).toBe("focused");
  });

  it("reads a size word only of the made thing: 'notre petite équipe' leaves the video work core", () => {
    const a = analyze("Chargé(e) de communication digitale H/F\n\nMissions :\n- Au sein de notre petite équipe, vous prendrez en charge le tournage et le montage de nos vidéos YouTube\n", compiled);
    expect(a.matches.filter((m) => m.familyId === "photo_video").some((m) => m.depth === "core")).toBe(true);
  });

  it("reads a UX designer's Figma for visuals as light graphic work, and a community manager's bare Figma as a graphic tool", () => {
    const ux = analyze("UX/UI Designer (H/F)\n\nProfil :\n- Maîtrise de Figma (visuels, posts, bannières)\n", compiled);
    expect(ux.matches.find((m) => m.text === "Figma")).toMatchObject({ familyId: "graphic_design", depth: "light" });
    const screens = analyze("Graphic Designer\n\nWhat you'll do\n- Design the screens of our customer app in Figma\n", compiled);
    expect(screens.matches.find((m) => m.text === "Figma")?.familyId).toBe("web_design_ux");
    const cm = analyze("Community Manager (H/F)\n\nOutils :\n- Canva, Figma, Meta Business Suite, CapCut\n", compiled);
    expect(cm.matches.find((m) => m.text === "Figma")?.familyId).toBe("graphic_design");
  });

  it("keeps marketing of industrial design, a digital experience designer and a head of digital marketing in scope", () => {
    expect(analyze("Content Marketing Specialist (Industrial Design)\n\nResponsibilities\n- Write blog articles and the monthly newsletter\n- Track content performance in GA4\n", compiled).verdict).not.toBe("out_of_scope");
    expect(analyze("Digital Experience Designer\n\nResponsibilities\n- Design the onboarding experience end to end\n- Design the experience of our self-service kiosks\n", compiled).verdict).not.toBe("out_of_scope");
    expect(analyze("Head of Digital Marketing (m/f/d)\n\nResponsibilities:\n- Lead the deployment of our digital strategy across 12 markets\n- Define, execute the brand strategy\n- Manage and grow the team\n", compiled).verdict).not.toBe("out_of_scope");
  });

  it("keeps the work joined after what a made thing belongs to, and nouns in -é before 'de'", () => {
    const a = analyze("Chargé(e) de communication H/F\n\nMissions :\n- Réalisation des vidéos des événements et relations presse avec les médias locaux\n- Rédaction des communiqués de presse\n", compiled);
    const press = a.matches.filter((m) => m.familyId === "pr_events" && m.weight > 0);
    expect(press.some((m) => m.text.startsWith("relations presse") && m.depth === "core")).toBe(true);
    expect(press.some((m) => m.text.includes("communiqués de presse"))).toBe(true);
  });

  it("keeps a strategy the hire sets and carries out: 'définir puis déployer', 'define, then implement'", () => {
    for (const duty of ["Définir puis déployer la stratégie de communication digitale", "Define, then implement the digital marketing strategy"]) {
      const a = analyze(`Responsable marketing digital H/F\n\nMissions :\n- ${duty}\n`, compiled);
      expect(a.matches.find((m) => m.familyId === "digital_strategy" && m.sectionKind === "duties")?.depth).toBe("core");
    }
  });

  it("keeps the newsletters of 'Concevoir les newsletters et développer le chiffre d'affaires'", () => {
    expect(familiesOf("Concevoir les newsletters et développer le chiffre d'affaires du canal email", "fr")).toContain("email_crm");
  });

  it("reads a part-time post stated in FTE against its own week", () => {
    const a = analyze("Marketing Coordinator\nLeeds · 4 days a week (0.8 FTE)\n\nWhat you'll do\n- Write blog posts\n", compiled);
    expect(a.workload.partTimeHours).toBe(28);
  });
});

describe("the sixth review's guards (round 17)", () => {
  it("reads '2,5 ETP' as a team's size, not a part-time week", () => {
    const a = analyze("Community Manager (H/F) – CDI – Toulouse\n\nNotre équipe marketing compte 2,5 ETP.\n\nMissions :\n- Animer nos réseaux sociaux\n", compiled);
    expect(a.workload.partTimeHours).toBeUndefined();
  });

  it("keeps a job title that names a trade, and leaves analysts of other fields out of scope", () => {
    const sales = analyze("Account Executive – CDI – Paris\n\nAs a B2B marketing agency, we help brands grow.\n\nMissions :\n- Prospect new clients\n- Negotiate contracts\n", compiled);
    expect(sales.title?.text).toBe("Account Executive – CDI – Paris");
    expect(sales.verdict).toBe("out_of_scope");
    const ops = analyze("Operations Analyst – Paris (hybrid)\n\nResponsibilities\n- Monitor and analyze warehouse and delivery performance\n- Build weekly reports for the operations team\n", compiled);
    expect(ops.verdict).toBe("out_of_scope");
  });

  it("reads no measuring in 'a track record of work that drives results', and keeps metrics the hire optimises", () => {
    expect(familiesOf("Proven track record of creative work that drives results", "en")).not.toContain("analytics");
    const a = analyze("Traffic Manager (H/F)\n\nMissions :\n- Optimiser le CPA et le ROAS et analyser les performances\n", compiled);
    expect(a.matches.find((m) => m.text === "CPA")?.depth).toBe("core");
  });

  it("ends the experts' fields at the hire's next verb or at where they work", () => {
    expect(familiesOf("Travailler avec nos experts en SEO et piloter les campagnes Google Ads", "fr")).toContain("paid_media");
    expect(familiesOf("Toucher les professionnels de santé sur LinkedIn et gérer notre chaîne YouTube", "fr")).toContain("social_media_marketing");
    expect(familiesOf("Collaborer avec nos experts en SEO, SEA et UX pour améliorer le site", "fr")).not.toContain("paid_media");
  });

  it("keeps the networks the hire publishes on", () => {
    expect(familiesOf("Shoot, edit and post videos on TikTok and Instagram", "en")).toContain("social_media_marketing");
  });

  it("reads the hire's own post, a tool and the sentence's subject as no colleague", () => {
    const own = analyze("Assistant(e) communication – Alternance\n\nMissions :\n- Tu épauleras notre chargée de communication et seras la responsable des réseaux sociaux\n", compiled);
    expect(askedFamilies(own)).toContain("social_media_marketing");
    const tool = analyze("Paid Media Executive\n\nResponsibilities\n- Support campaign builds and QA in our Meta Ads Manager\n", compiled);
    expect(tool.matches.find((m) => m.text.includes("Meta Ads"))?.weight).toBeGreaterThan(0);
  });

  it("reads building campaign landing pages as web development, and an audience of the site as none", () => {
    expect(familiesOf("Design and develop campaign landing pages in HTML/CSS", "en")).toContain("web_development");
    expect(familiesOf("Animer et développer l'audience de nos communautés en ligne", "fr")).toContain("community_management");
  });
});

describe("plural people's fields listed with their articles (round 17)", () => {
  it("reads 'spécialistes de l'apprentissage, de l'orientation, du développement web' as one list of people", () => {
    const a = analyze(
      "Expert LinkedIn\n\nLa mission compte 20 membres, combinant spécialistes de l'apprentissage, de l'orientation des jeunes, du développement web, du design de parcours utilisateurs.\n\nVous serez amené à :\n- Proposer un calendrier de publication\n",
      compiled,
    );
    expect(askedFamilies(a)).not.toContain("web_development");
    expect(a.verdict).not.toBe("overloaded");
  });
});

describe("what a maker makes for the networks", () => {
  const designer = (duty: string) => analyze(`Graphic Designer\n\nResponsibilities\n- ${duty}\n- Prepare print-ready files in InDesign\n`, compiled);

  it("reads posts a designer makes, and networks its graphics are for, as formats and places, not social media work", () => {
    expect(askedFamilies(designer("Create brochures, flyers, banners and social media posts"))).not.toContain("social_media_marketing");
    expect(askedFamilies(designer("Create tailored graphic content for our social media platforms"))).not.toContain("social_media_marketing");
  });

  it("still reads posts the hire writes or publishes", () => {
    expect(askedFamilies(designer("Design banners and write the social media posts"))).toContain("social_media_marketing");
    expect(askedFamilies(designer("Design banners and social media posts, then publish them on Instagram"))).toContain("social_media_marketing");
  });

  it("reads the kind of content named right before it, whatever networks follow", () => {
    const editor = analyze("Video Editor\n\nResponsibilities\n- Craft engaging video content tailored to platforms such as YouTube, TikTok and Instagram\n- Edit in Premiere Pro\n", compiled);
    expect(askedFamilies(editor)).not.toContain("social_media_marketing");
    expect(familiesOf("Produce social content for Instagram and TikTok", "en")).toContain("social_media_marketing");
  });
});

describe("tools named as examples of a kind", () => {
  const depthOf = (offer: string, family: string) => analyze(offer, compiled).families.find((f) => f.id === family)?.depth;

  it("asks for the kind, not for each example's craft", () => {
    expect(depthOf("Social Media Manager\n\nRequirements\n- Comfortable working in editing tools (ex: Photoshop, Illustrator, InDesign)\n", "graphic_design")).not.toBe("core");
    expect(depthOf("Chargé de communication\n\nProfil\n- Aisance avec des logiciels comme Photoshop et Illustrator\n", "graphic_design")).not.toBe("core");
  });

  it("keeps the tools of a clause that makes something, or that asks for the craft already", () => {
    expect(depthOf("Community Manager\n\nResponsibilities\n- Shoot and edit two videos a day using tools like Premiere Pro and After Effects\n", "photo_video")).toBe("core");
    expect(depthOf("Community Manager\n\nResponsibilities\n- Manage our paid acquisition on platforms such as Google Ads and Meta Ads, with a 40k monthly budget\n", "paid_media")).toBe("core");
  });

  it("still reads tools asked by name as the craft", () => {
    expect(depthOf("Community Manager\n\nRequirements\n- Advanced Photoshop, Illustrator and InDesign\n", "graphic_design")).toBe("core");
  });
});

describe("a strategy named after what it communicates", () => {
  it("reads “an external communications strategy” as setting the strategy, not only as external communication", () => {
    const offer = "Communications Manager\n\nResponsibilities\n* Develop and oversee the implementation of an overall external communications strategy\n";
    const a = analyze(offer, compiled);
    expect(a.matches.some((m) => m.familyId === "digital_strategy" && m.depth === "core" && m.text.endsWith("communications strategy"))).toBe(true);
  });

  it("leaves a channel's own plan to the channel: “the content marketing plan”", () => {
    expect(familiesOf("Build and run the content marketing plan across blog, newsletter and LinkedIn", "en")).not.toContain("digital_strategy");
  });
});

describe("writing named by its bare noun", () => {
  it.each([
    ["fr", "Cela comprendra des tâches de recherche, de rédaction et d'édition de nos contenus en ligne."],
    ["en", "The role covers research, writing and editing of our blog posts and newsletters."],
  ] as const)("reads writing among the tasks on published content as the writing craft (%s)", (lang, duty) => {
    const head = lang === "fr" ? "Prestataire de communication\n\n" : "Communications Contractor\n\n";
    const a = analyze(`${head}${duty}\n`, compiled, { language: lang });
    expect(a.families.map((f) => f.id)).toContain("content_writing");
  });

  it.each([
    ["Chargé de communication H/F\n\nVos missions\n- Prise de brief client, rédaction du brief créa, suivi de la ligne éditoriale\n", "rédaction"],
    ["Marketing Officer\n\nResponsibilities\n- Writing reports on our content performance\n", "Writing"],
  ])("keeps a brief or a report written for colleagues out of it, whatever content the line names (%#)", (offer, word) => {
    const a = analyze(offer, compiled);
    expect(a.matches.some((m) => m.text === word)).toBe(false);
  });
});

describe("events that are measured, not organised", () => {
  it.each([
    ["en", "Set up custom events in Google Analytics"],
    ["fr", "Configurer les événements de conversion dans GA4"],
  ] as const)("reads tracked events as analytics (%s)", (lang, duty) => {
    const families = familiesOf(duty, lang);
    expect(families).toContain("analytics");
    expect(families).not.toContain("pr_events");
  });

  it("still reads a customer event as one to organise", () => {
    expect(familiesOf("Organise our annual customer event", "en")).toContain("pr_events");
  });
});

describe("work briefed to an agency", () => {
  it.each([
    ["en", "Communications Officer\n\nResponsibilities\n* Write articles for the web\n* Write briefs for and liaise with external agencies for one-off tasks such as leaflets, promo videos, infographics\n"],
    ["fr", "Chargé de communication\n\nMissions\n- Rédiger les articles du site\n- Briefer les agences externes pour les vidéos promotionnelles et les infographies\n"],
  ])("is the agency's, not the hire's craft (%s)", (_lang, offer) => {
    const a = analyze(offer, compiled);
    const ids = a.families.map((f) => f.id);
    expect(ids).not.toContain("photo_video");
    expect(ids).not.toContain("graphic_design");
    expect(a.verdict).not.toBe("overloaded");
  });
});

describe("what a briefing hands out, and what it leaves the hire", () => {
  it.each([
    ["fr", "Concevoir les supports print (flyers, affiches) sur InDesign et briefer l'imprimeur et les prestataires externes", "graphic_design"],
    ["en", "Brief and manage freelance photographers, and edit the photos for our website", "photo_video"],
    ["en", "Film and edit short-form videos on Premiere Pro, briefing external creators when we need extra content", "photo_video"],
  ] as const)("keeps the hire's own making before or beside the briefing (%s: %s)", (lang, duty, family) => {
    expect(familiesOf(duty, lang)).toContain(family);
  });

  it("reads “brief” as an adjective as no briefing", () => {
    expect(familiesOf("Write brief, punchy captions and copy for partner brand collaborations", "en")).toContain("content_writing");
  });
});

describe("custom events", () => {
  it.each([
    ["en", "Organise custom events for our clients, from venue sourcing to guest logistics", "pr_events"],
    ["fr", "Concevoir et organiser des événements personnalisés pour nos clients", "pr_events"],
    ["en", "Integrate rich custom event payloads into user workflows with the data team", "analytics"],
  ] as const)("are read from their context (%s: %s)", (lang, duty, family) => {
    expect(familiesOf(duty, lang)).toContain(family);
  });
});

describe("writing that is no published content", () => {
  it.each([
    ["fr", "Rédaction des tests unitaires pour les composants du blog et des pages de contenu"],
    ["fr", "Rédaction des recommandations SEO pour les équipes produit"],
    ["en", "Writing SQL queries to measure content engagement"],
  ] as const)("keeps tests, recommendations and queries out of the writing craft (%s: %s)", (lang, duty) => {
    const a = analyze(`Développeur\n\nMissions\n- ${duty}\n`, compiled, { language: lang });
    expect(a.matches.some((m) => m.ambiguousId === "redaction")).toBe(false);
  });
});

describe("an agency's own skills", () => {
  it.each(["Our core competencies:", "What we're good at:", "Nos compétences :"])("under “%s” are the company's, not the hire's", (heading) => {
    const offer = `Social Media Coordinator\n\nResponsibilities\n- Plan and publish our posts on Instagram\n\n${heading}\n- Website design and development in WordPress and Shopify\n- Video production and motion graphics\n- SEO and Google Ads management\n`;
    const a = analyze(offer, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.families.map((f) => f.id)).toEqual(["social_media_marketing"]);
  });
});

describe("making for the social networks' short formats", () => {
  const depthIn = (offer: string, family: string) => analyze(offer, compiled).families.find((f) => f.id === family)?.depth;

  it("reads a community manager's Reels and TikToks, framing and editing included, as light video", () => {
    const offer = "Community Manager (H/F)\n\nProfil recherché\n- Maîtrise de la création de Réels/TikTok : prise de vue, cadrage, lumière, montage, transitions\n- Maîtrise de CapCut\n";
    expect(depthIn(offer, "photo_video")).toBe("light");
    expect(analyze(offer, compiled).verdict).not.toBe("overloaded");
  });

  it.each([
    "Film, direct and edit documentaries and brand films telling our members' stories",
    "Shoot, edit and color-grade event highlight reels and brand films",
  ])("reads films that tell stories or make reels as the craft: %s", (duty) => {
    expect(analyze(`Community Manager\n\nResponsibilities\n- Grow and engage our member community on Instagram\n- ${duty}\n`, compiled).families.find((f) => f.id === "photo_video")?.depth).toBe("core");
  });

  it("still reads Reels cut on a trained editor's tool as the craft", () => {
    const offer = "Community Manager (H/F)\n\nProfil recherché\n- Tournage et montage de Reels sur Premiere Pro et After Effects\n";
    expect(depthIn(offer, "photo_video")).toBe("core");
  });
});

describe("a trained maker's tool offered as a choice", () => {
  it.each([
    "Maîtrise des outils de création graphique (Canva et/ou Adobe Creative Suite)",
    "Maîtrise de Photoshop ou Canva",
  ])("asks no more than the light tool beside it: %s", (duty) => {
    const a = analyze(`Chargé de communication H/F\n\nProfil\n- ${duty}\n`, compiled);
    expect(a.matches.filter((m) => m.familyId === "graphic_design").every((m) => m.depth === "light")).toBe(true);
  });

  it("keeps the design work the choice is for: a logo and a visual identity “sur Illustrator ou Canva”", () => {
    const a = analyze("Chargé de communication H/F\n\nMissions\n- Concevoir notre logo, notre identité visuelle et notre charte graphique sur Illustrator ou Canva\n", compiled);
    expect(a.matches.some((m) => m.familyId === "graphic_design" && m.depth === "core")).toBe(true);
  });

  it("keeps both when both are asked", () => {
    const a = analyze("Chargé de communication H/F\n\nProfil\n- Maîtrise de Canva, Photoshop et Illustrator\n", compiled);
    expect(a.matches.some((m) => m.familyId === "graphic_design" && m.depth === "core")).toBe(true);
  });
});

describe("a sensibility that goes on to name the work", () => {
  it("still asks the work it names: “Sensibilité graphique pour la création de visuels sur Photoshop et Illustrator”", () => {
    const a = analyze("Community Manager (H/F)\n\nProfil\n- Sensibilité graphique pour la création de visuels sur Photoshop et Illustrator\n", compiled);
    expect(a.matches.some((m) => m.familyId === "graphic_design" && m.weight > 0 && m.depth === "core")).toBe(true);
  });
});

describe("rules the hire must know", () => {
  it("are a frame, not the crafts that apply them: accessibility named among the rules of public communication", () => {
    const a = analyze(
      "Chargé de communication digitale\n\nProfil\n- Connaissance de la réglementation en matière de communication publique (neutralité, droit à l'image, accessibilité numérique)\n",
      compiled,
    );
    expect(a.matches.filter((m) => m.familyId === "web_design_ux" && m.weight > 0)).toEqual([]);
    expect(familiesOf("Réaliser les audits d'accessibilité numérique de nos sites", "fr")).toContain("web_design_ux");
  });
});

describe("words a making craft shares with everyday speech", () => {
  it("reads “repérage” as a shoot's scouting only beside a shoot", () => {
    expect(familiesOf("Effectuer les repérages des lieux de tournage avec le réalisateur", "fr")).toContain("photo_video");
    expect(familiesOf("Concevoir des supports qui facilitent le repérage et la compréhension des informations", "fr")).not.toContain("photo_video");
  });

  it("reads Framer as a prototyping tool among wireframes, as a site builder among websites", () => {
    expect(familiesOf("Réaliser des wireframes et prototypes (Figma, Sketch, Framer)", "fr")).not.toContain("web_development");
    expect(familiesOf("Build and update our landing pages in Framer", "en")).toContain("web_development");
  });

  it("reads Framer Motion as the React animation library it is", () => {
    expect(familiesOf("Animate the interface components with Framer Motion", "en")).not.toContain("web_design_ux");
  });

  it("reads the scouting of an event's venues as no shoot", () => {
    expect(familiesOf("Repérage des lieux pour nos soirées clients et nos salons", "fr")).not.toContain("photo_video");
  });
});

describe("makers the hire briefs", () => {
  it("are colleagues, not design work asked of the hire", () => {
    expect(familiesOf("Provide clear briefs for graphic designers", "en")).not.toContain("graphic_design");
    expect(familiesOf("Design the brochures and brief the printers", "en")).toContain("graphic_design");
  });

  it("leave the hire the maker's job when the brief is theirs to receive", () => {
    expect(familiesOf("Working from the product teams' briefs, you will also be our graphic designer", "en")).toContain("graphic_design");
  });
});

describe("a development that names what it develops", () => {
  it.each([
    ["en", "Content development, including the public website, the newsletters and our LinkedIn posts"],
    ["en", "Business development with the partners who host our website"],
    ["fr", "Développement commercial auprès des clients de notre site internet"],
  ] as const)("is no site building (%s: %s)", (lang, duty) => {
    expect(familiesOf(duty, lang)).not.toContain("web_development");
  });

  it("still builds the site it names", () => {
    expect(familiesOf("Développement du site internet et de l'intranet", "fr")).toContain("web_development");
  });
});

describe("video games", () => {
  it("are no video to make: “des sites à contenu, des jeux vidéo”", () => {
    expect(familiesOf("Intégrer des sites à contenu, des jeux vidéo et des applications mobiles", "fr")).not.toContain("photo_video");
    expect(familiesOf("Create video content for our social networks", "en")).toContain("photo_video");
  });
});

describe("a contact instruction", () => {
  it("asks no work of the channel it names: “DM us on Instagram or write to us at …”", () => {
    expect(familiesOf("Tu es graphiste ? DM @studio sur Instagram ou écris-nous à info@studio.ch.", "fr")).not.toContain("social_media_marketing");
    expect(familiesOf("Interested? DM us on Instagram or email us at jobs@studio.com", "en")).not.toContain("social_media_marketing");
    expect(familiesOf("Publier nos actualités sur Instagram", "fr")).toContain("social_media_marketing");
  });
});
