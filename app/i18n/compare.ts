import type { OfferErrorCode } from "./check";
import type { Localized } from "./locale";

// Strings of /compare, /compare/:id and the comparison's generated sentences.

/** French needs the article with the family: "relève du développement web", "de la vidéo". */
export const frFamilyOf: Record<string, string> = {
  community_management: "du community management",
  social_media_marketing: "du social media marketing",
  content_writing: "de la rédaction de contenus",
  graphic_design: "du design graphique",
  photo_video: "de la photo et de la vidéo",
  web_design_ux: "du web design et de l'UX",
  web_development: "du développement web",
  seo: "du référencement naturel (SEO)",
  paid_media: "de la publicité en ligne",
  email_crm: "de l'emailing et du CRM",
  analytics: "de l'analyse de données",
  pr_events: "des relations presse et de l'événementiel",
  digital_strategy: "de la stratégie digitale",
};

/** Templates with {placeholders}, filled by app/compare/summary.ts. */
export const compareSentences: Localized<{
  outOfScope: string;
  noProfile: string;
  extras: string;
  otherTasks: string;
  inRole: string;
  coverage: string;
  absent: string;
  titleMismatch: string;
  verdict: { focused: string; focusedElsewhere: string; stretched: string; overloaded: string; out_of_scope: string };
  flags: {
    outOfScope: string;
    noProfile: string;
    titleMismatch: string;
    extraRole: string;
    extraWork: string;
    beyondLight: string;
    lowCoverage: string;
  };
}> = {
  fr: {
    outOfScope: "Cette offre ne demande presque aucun travail de marketing digital : elle ne se compare pas aux métiers décrits ici.",
    noProfile: "Ni le titre ni le texte ne correspondent à un métier standard : choisissez le poste visé pour comparer.",
    extras: "Environ {share}\u00a0% de cette offre relève {families}, hors du métier de {role}.",
    otherTasks: "d'autres tâches",
    inRole: "Presque toute cette offre relève du métier de {role}.",
    coverage: "Elle couvre {coverage}\u00a0% des missions centrales du métier de {role}.",
    absent: "Elle ne dit rien {families}, pourtant au cœur du métier de {role}.",
    titleMismatch: "Le titre annonce {titleRole}, mais le corps de l'offre relève surtout du métier de {bodyRole} (environ {share}\u00a0%).",
    verdict: {
      focused: "C'est un poste cohérent : un seul métier.",
      focusedElsewhere: "L'offre décrit bien un seul métier, mais c'est plutôt celui de {bodyRole}.",
      stretched: "Le poste déborde un peu de son métier : faites préciser ce qui est attendu aux marges.",
      overloaded: "Au total, l'offre décrit {count} métiers : c'est un poste surchargé.",
      out_of_scope: "",
    },
    flags: {
      outOfScope: "Hors marketing digital",
      noProfile: "Aucun métier standard reconnu",
      titleMismatch: "Le titre annonce {titleRole}, le texte demande surtout {bodyRole}",
      extraRole: "Demande aussi le métier de {role} ({share}\u00a0%)",
      extraWork: "Demande aussi, en plus petit : {families} ({share}\u00a0%)",
      beyondLight: "{family} demandé à un niveau de spécialiste",
      lowCoverage: "Peu des missions centrales du métier ({coverage}\u00a0%)",
    },
  },
  en: {
    outOfScope: "This offer asks for almost no digital marketing work: it does not compare with the roles described here.",
    noProfile: "Neither the title nor the text matches a standard role: pick the role you are applying for to compare.",
    extras: "About {share}% of this offer is {families}: work outside the {role} role.",
    otherTasks: "other tasks",
    inRole: "Almost all of this offer is {role} work.",
    coverage: "It covers {coverage}% of the core duties of the {role} role.",
    absent: "It says nothing about {families}, although that is the core of the {role} role.",
    titleMismatch: "The title says {titleRole}, but the body mostly asks for {bodyRole} work (about {share}%).",
    verdict: {
      focused: "This is a coherent job: one role.",
      focusedElsewhere: "The offer does describe one job, but it is rather {bodyRole}.",
      stretched: "The job reaches a little beyond its role: ask what is expected at the edges.",
      overloaded: "All in all, the offer describes {count} jobs: it is overloaded.",
      out_of_scope: "",
    },
    flags: {
      outOfScope: "Not digital marketing",
      noProfile: "No standard role recognised",
      titleMismatch: "Title says {titleRole}, body asks mostly for {bodyRole}",
      extraRole: "Also asks for {role} work ({share}%)",
      extraWork: "Also asks, on a smaller scale, for: {families} ({share}%)",
      beyondLight: "{family} asked at specialist level",
      lowCoverage: "Few of the role's core duties ({coverage}%)",
    },
  },
};

export type CompareErrorCode = OfferErrorCode | "unknown_profile";

type Verdict = "focused" | "stretched" | "overloaded" | "out_of_scope";
type RankGroup = "focused" | "stretched" | "overloaded" | "off_role" | "no_role";

export interface CompareMessages {
  metaTitle: string;
  savedMetaTitle: string;
  title: string;
  intro: string;
  form: {
    profileLabel: string;
    profileHint: string;
    profileAuto: string;
    offer: (n: number) => string;
    textLabel: string;
    textHint: string;
    fileLabel: string;
    fileHint: string;
    more: string;
    moreHint: string;
    saveLabel: string;
    saveHint: string;
    submit: string;
    submitting: string;
  };
  errors: Record<CompareErrorCode, string> & { summary: string; inSlot: (n: number) => string };
  result: {
    heading: string;
    notKept: string;
    saved: string;
    permalink: string;
    savedOn: (date: string) => string;
    delete: string;
    deleteHint: string;
    deleted: string;
    newComparison: string;
  };
  verdicts: Record<Verdict, string>;
  source: { chosen: string; title: string; body: string; none: string };
  comparedWith: string;
  seeRole: (role: string) => string;
  summaryHeading: string;
  offerSide: { heading: string; inRoleShare: (pct: number) => string };
  roleSide: { heading: (role: string) => string; owns: string; absorbs: string; none: string };
  inRole: { heading: string; edge: string; none: string };
  extras: {
    heading: string;
    intro: string;
    group: (role: string) => string;
    groupNone: string;
    reason: { outside: string; beyond_light: string };
    share: (pct: number) => string;
    moreLines: (n: number) => string;
    none: string;
  };
  coverage: {
    heading: string;
    score: (pct: number) => string;
    how: string;
    definition: (target: number) => string;
    mentioned: string;
    nothingMentioned: string;
    familyScore: (pct: number) => string;
  };
  missing: { count: (n: number) => string; absent: string; none: string };
  titleBody: {
    heading: string;
    says: (title: string) => string;
    namesRole: (role: string, pct: number) => string;
    namesNoRole: string;
    bodyAsks: (role: string, pct: number) => string;
    agree: string;
    disagree: string;
    noTitle: string;
  };
  questions: { heading: string; intro: string; none: string };
  table: {
    heading: string;
    caption: string;
    rule: string[];
    columns: { rank: string; offer: string; verdict: string; roles: string; inRole: string; coverage: string; flags: string };
    offer: (n: number) => string;
    noRoles: string;
    noFlags: string;
    groups: Record<RankGroup, string>;
    details: (n: number, title: string) => string;
  };
}

export const compareUi: Localized<CompareMessages> = {
  fr: {
    metaTitle: "Comparer une offre au métier — RoleScope",
    savedMetaTitle: "Comparaison enregistrée — RoleScope",
    title: "Comparer une offre au métier",
    intro:
      "Collez une offre (ou déposez son fichier) et choisissez le poste visé. RoleScope la compare à la définition standard du métier : ce qui en relève, ce qui n'en relève pas, ce qui manque, et les questions à poser à l'employeur.",
    form: {
      profileLabel: "Poste visé",
      profileHint: "Par défaut, le titre de chaque offre décide du métier auquel la comparer.",
      profileAuto: "Laisser le titre de l'offre décider",
      offer: (n) => `Offre ${n}`,
      textLabel: "Texte de l'offre",
      textHint: "Collez l'offre entière : titre, missions et profil recherché.",
      fileLabel: "ou un fichier",
      fileHint: ".txt, .md, .html, .docx ou .pdf ; il remplace le texte collé.",
      more: "Comparer plusieurs offres (jusqu'à 5)",
      moreHint: "Remplissez d'autres emplacements : les offres seront classées pour vous aider à choisir où postuler.",
      saveLabel: "Enregistrer cette comparaison",
      saveHint: "Décoché, rien de ce que vous collez n'est conservé. Coché, la comparaison reçoit un lien privé que vous seul connaissez.",
      submit: "Comparer",
      submitting: "Comparaison…",
    },
    errors: {
      summary: "La comparaison n'a pas pu se faire.",
      inSlot: (n) => `Offre ${n} :`,
      empty: "Collez au moins une offre ou déposez un fichier.",
      unsupported_type: "Ce type de fichier n'est pas lu. Utilisez .txt, .md, .html, .docx ou .pdf.",
      unreadable: "Ce fichier n'a pas pu être lu (fichier abîmé ou protégé ?).",
      file_too_big: "Ce fichier dépasse 5 Mo.",
      text_too_long: "Ce texte dépasse 200 Ko : une offre d'emploi tient dans beaucoup moins.",
      no_text: "Ce fichier ne contient pas de texte lisible (une image scannée ?).",
      file_too_complex: "Une fois décompressé, ce fichier est bien plus gros (ou plus long) qu'une offre : collez-en le texte.",
      file_too_slow: "Ce fichier demande trop de temps ou de mémoire à lire : collez-en le texte.",
      rate_limited: "Trop de comparaisons envoyées depuis votre connexion. Patientez un peu.",
      unknown_profile: "Ce métier n'existe pas : choisissez-en un dans la liste.",
      db_down: "La base de données ne répond pas. Réessayez dans un instant.",
    },
    result: {
      heading: "Résultat",
      notKept: "Rien de ce que vous avez collé n'a été conservé.",
      saved: "Comparaison enregistrée. Gardez ce lien : c'est le seul moyen de la retrouver.",
      permalink: "Lien de cette comparaison",
      savedOn: (date) => `Enregistrée le ${date}`,
      delete: "Supprimer cette comparaison",
      deleteHint: "Les offres et le résultat seront effacés ; le lien ne mènera plus nulle part.",
      deleted: "La comparaison a été supprimée.",
      newComparison: "Nouvelle comparaison",
    },
    verdicts: {
      focused: "Poste cohérent",
      stretched: "Poste étiré",
      overloaded: "Poste surchargé",
      out_of_scope: "Hors marketing digital",
    },
    source: {
      chosen: "le poste que vous avez choisi",
      title: "d'après le titre de l'offre",
      body: "d'après le contenu (le titre ne nomme aucun métier standard)",
      none: "aucun métier reconnu",
    },
    comparedWith: "Comparée au métier",
    seeRole: (role) => `Voir la définition du métier de ${role}`,
    summaryHeading: "En bref",
    offerSide: {
      heading: "Ce que demande l'offre",
      inRoleShare: (pct) => `${pct}\u00a0% de l'offre relève du métier`,
    },
    roleSide: {
      heading: (role) => `Le métier standard : ${role}`,
      owns: "Son cœur de métier",
      absorbs: "Ce qu'il peut prendre en charge à un niveau simple",
      none: "Choisissez un poste pour voir ses missions centrales.",
    },
    inRole: {
      heading: "Dans le métier",
      edge: "tâche voisine, acceptable à un niveau simple",
      none: "Rien dans l'offre ne relève de ce métier.",
    },
    extras: {
      heading: "Hors du métier",
      intro: "Ces demandes relèvent d'autres métiers ; les lignes de l'offre sont citées.",
      group: (role) => `Travail de ${role}`,
      groupNone: "Autres tâches",
      reason: {
        outside: "ne fait pas partie du métier",
        beyond_light: "ce métier n'en assure que les bases ; ici, c'est un travail de spécialiste",
      },
      share: (pct) => `${pct}\u00a0% de l'offre`,
      moreLines: (n) => `et ${n} autre${n > 1 ? "s" : ""} ligne${n > 1 ? "s" : ""}`,
      none: "Rien : l'offre reste dans le métier.",
    },
    coverage: {
      heading: "Missions centrales couvertes",
      score: (pct) => `Couverture : ${pct}\u00a0%`,
      how: "Comment ce chiffre est calculé",
      definition: (target) =>
        `Les missions centrales sont celles des domaines qui font le cœur du métier (voir sa définition). Chaque domaine pèse autant que les autres. Un domaine est couvert à 100\u00a0% dès que l'offre cite ${target} de ses missions ; en dessous, au prorata (une mission sur ${target} = ${Math.round(100 / target)}\u00a0%). La couverture est la moyenne de ces domaines.`,
      mentioned: "Citées dans l'offre",
      nothingMentioned: "Aucune mission de ce domaine n'est citée.",
      familyScore: (pct) => `${pct}\u00a0% couvert`,
    },
    missing: {
      count: (n) => `Ce qui manque : ${n} mission${n > 1 ? "s" : ""} centrale${n > 1 ? "s" : ""} absente${n > 1 ? "s" : ""} de l'offre`,
      absent: "L'offre n'en parle pas du tout.",
      none: "L'offre cite les missions centrales du métier.",
    },
    titleBody: {
      heading: "Le titre et le contenu",
      says: (title) => `Le titre dit « ${title} ».`,
      namesRole: (role, pct) => `Il annonce le métier de ${role}, dont le travail propre fait ${pct}\u00a0% de l'offre.`,
      namesNoRole: "Il ne nomme aucun métier standard.",
      bodyAsks: (role, pct) => `Le contenu demande surtout du travail de ${role} (${pct}\u00a0%).`,
      agree: "Le titre et le contenu concordent.",
      disagree: "Le titre et le contenu ne décrivent pas le même métier.",
      noTitle: "Aucun titre n'a été repéré dans l'offre.",
    },
    questions: {
      heading: "Questions à poser à l'employeur",
      intro: "Choisies d'après ce que la comparaison a trouvé ; à poser en entretien ou avant de postuler.",
      none: "Pas de question particulière : l'offre est claire.",
    },
    table: {
      heading: "Classement des offres",
      caption: "Les offres, de la plus adaptée à la moins adaptée au métier visé",
      rule: [
        "Comment les offres sont classées :",
        "d'abord les postes cohérents, puis les postes étirés, puis les postes surchargés, puis les offres qui relèvent surtout d'un autre métier (moins de la moitié dans le métier, qui ne figure pas parmi les métiers que l'offre demande), puis celles sans métier reconnu ;",
        "à égalité, la plus grande part de l'offre dans le métier, puis la meilleure couverture des missions centrales, puis le moins de signaux d'alerte.",
      ],
      columns: {
        rank: "Rang",
        offer: "Offre",
        verdict: "Verdict",
        roles: "Métiers trouvés",
        inRole: "Part dans le métier",
        coverage: "Couverture",
        flags: "Signaux d'alerte",
      },
      offer: (n) => `Offre ${n}`,
      noRoles: "aucun",
      noFlags: "aucun",
      groups: {
        focused: "cohérent",
        stretched: "étiré",
        overloaded: "surchargé",
        off_role: "surtout un autre métier",
        no_role: "sans métier reconnu",
      },
      details: (n, title) => `Détail de l'offre ${n}${title ? ` — ${title}` : ""}`,
    },
  },
  en: {
    metaTitle: "Compare an offer with the role — RoleScope",
    savedMetaTitle: "Saved comparison — RoleScope",
    title: "Compare an offer with the role",
    intro:
      "Paste an offer (or drop its file) and pick the role you are applying for. RoleScope compares it with the standard role definition: what is in-role, what is not, what is missing, and what to ask the employer.",
    form: {
      profileLabel: "Role you are applying for",
      profileHint: "By default, each offer's title decides which role it is compared with.",
      profileAuto: "Let the offer's title decide",
      offer: (n) => `Offer ${n}`,
      textLabel: "Offer text",
      textHint: "Paste the whole offer: title, duties and requirements.",
      fileLabel: "or a file",
      fileHint: ".txt, .md, .html, .docx or .pdf; it replaces the pasted text.",
      more: "Compare several offers (up to 5)",
      moreHint: "Fill in more slots: the offers will be ranked to help you choose where to apply.",
      saveLabel: "Save this comparison",
      saveHint: "Unticked, nothing you paste is kept. Ticked, the comparison gets a private link only you know.",
      submit: "Compare",
      submitting: "Comparing…",
    },
    errors: {
      summary: "The comparison could not run.",
      inSlot: (n) => `Offer ${n}:`,
      empty: "Paste at least one offer or choose a file.",
      unsupported_type: "This file type is not read. Use .txt, .md, .html, .docx or .pdf.",
      unreadable: "This file could not be read (damaged or protected?).",
      file_too_big: "This file is over 5 MB.",
      text_too_long: "This text is over 200 KB: a job offer fits in far less.",
      no_text: "This file holds no readable text (a scanned image?).",
      file_too_complex: "Once unpacked, this file is far larger (or longer) than an offer: paste its text.",
      file_too_slow: "This file takes too much time or memory to read: paste its text.",
      rate_limited: "Too many comparisons sent from your connection. Wait a little.",
      unknown_profile: "This role does not exist: pick one from the list.",
      db_down: "The database is not answering. Try again in a moment.",
    },
    result: {
      heading: "Result",
      notKept: "Nothing you pasted was kept.",
      saved: "Comparison saved. Keep this link: it is the only way back to it.",
      permalink: "Link to this comparison",
      savedOn: (date) => `Saved on ${date}`,
      delete: "Delete this comparison",
      deleteHint: "The offers and the result will be erased; the link will lead nowhere.",
      deleted: "The comparison was deleted.",
      newComparison: "New comparison",
    },
    verdicts: {
      focused: "Focused job",
      stretched: "Stretched job",
      overloaded: "Overloaded job",
      out_of_scope: "Not digital marketing",
    },
    source: {
      chosen: "the role you picked",
      title: "from the offer's title",
      body: "from the content (the title names no standard role)",
      none: "no role recognised",
    },
    comparedWith: "Compared with the role",
    seeRole: (role) => `See the ${role} role definition`,
    summaryHeading: "In short",
    offerSide: {
      heading: "What the offer asks for",
      inRoleShare: (pct) => `${pct}% of the offer is in-role`,
    },
    roleSide: {
      heading: (role) => `The standard role: ${role}`,
      owns: "Its core",
      absorbs: "What it can take on at a basic level",
      none: "Pick a role to see its core duties.",
    },
    inRole: {
      heading: "In the role",
      edge: "neighbouring task, fine at a basic level",
      none: "Nothing in the offer belongs to this role.",
    },
    extras: {
      heading: "Outside the role",
      intro: "These demands belong to other jobs; the offer's lines are quoted.",
      group: (role) => `${role} work`,
      groupNone: "Other tasks",
      reason: {
        outside: "not part of the role",
        beyond_light: "this role only covers the basics; here it is specialist work",
      },
      share: (pct) => `${pct}% of the offer`,
      moreLines: (n) => `and ${n} more line${n > 1 ? "s" : ""}`,
      none: "None: the offer stays within the role.",
    },
    coverage: {
      heading: "Core duties covered",
      score: (pct) => `Coverage: ${pct}%`,
      how: "How this figure is computed",
      definition: (target) =>
        `Core duties are the duties of the areas at the core of the role (see its definition). Each area weighs the same. An area is 100% covered once the offer names ${target} of its duties; below that, pro rata (one duty in ${target} = ${Math.round(100 / target)}%). Coverage is the average over these areas.`,
      mentioned: "Named in the offer",
      nothingMentioned: "No duty of this area is named.",
      familyScore: (pct) => `${pct}% covered`,
    },
    missing: {
      count: (n) => `What is missing: ${n} core dut${n > 1 ? "ies" : "y"} not in the offer`,
      absent: "The offer does not mention it at all.",
      none: "The offer names the role's core duties.",
    },
    titleBody: {
      heading: "Title and content",
      says: (title) => `The title says “${title}”.`,
      namesRole: (role, pct) => `It names the ${role} role, whose own work is ${pct}% of the offer.`,
      namesNoRole: "It names no standard role.",
      bodyAsks: (role, pct) => `The content mostly asks for ${role} work (${pct}%).`,
      agree: "Title and content agree.",
      disagree: "Title and content do not describe the same job.",
      noTitle: "No title was found in the offer.",
    },
    questions: {
      heading: "Questions to ask the employer",
      intro: "Chosen from what the comparison found; ask them at the interview or before applying.",
      none: "No particular question: the offer is clear.",
    },
    table: {
      heading: "Offers ranked",
      caption: "The offers, from best to least suited to the role you want",
      rule: [
        "How the offers are ranked:",
        "focused jobs first, then stretched, then overloaded, then offers that are mostly another job (under half in-role, and the role is not one of the jobs the offer needs), then offers with no role recognised;",
        "on a tie, the larger share of the offer in-role, then the better coverage of core duties, then fewer red flags.",
      ],
      columns: {
        rank: "Rank",
        offer: "Offer",
        verdict: "Verdict",
        roles: "Roles found",
        inRole: "Share in-role",
        coverage: "Coverage",
        flags: "Red flags",
      },
      offer: (n) => `Offer ${n}`,
      noRoles: "none",
      noFlags: "none",
      groups: {
        focused: "focused",
        stretched: "stretched",
        overloaded: "overloaded",
        off_role: "mostly another job",
        no_role: "no role recognised",
      },
      details: (n, title) => `Details of offer ${n}${title ? ` — ${title}` : ""}`,
    },
  },
};
