import type { Localized } from "./locale";

export type Verdict = "focused" | "stretched" | "overloaded" | "out_of_scope";

/** What can go wrong with an offer, typed or uploaded, on every form that takes one. */
export type OfferErrorCode =
  | "empty"
  | "unsupported_type"
  | "unreadable"
  | "file_too_big"
  | "file_too_complex"
  | "file_too_slow"
  | "text_too_long"
  | "no_text"
  | "rate_limited"
  | "db_down";

export type CheckErrorCode = OfferErrorCode | "invalid_language";

export interface CheckMessages {
  metaTitle: string;
  savedMetaTitle: string;
  savedTitle: string;
  title: string;
  intro: string;
  form: {
    legend: string;
    textLabel: string;
    textHint: string;
    fileLabel: string;
    fileHint: string;
    languageLabel: string;
    languageAuto: string;
    languageNames: { fr: string; en: string };
    dropLabel: string;
    dropHint: string;
    submit: string;
    submitting: string;
    fileReplacesText: string;
  };
  live: { updating: string; updated: string; note: string };
  errors: Record<CheckErrorCode, string> & { summary: string };
  result: {
    heading: string;
    jobsInOne: (n: number) => string;
    noJob: string;
    verdictLabel: string;
    quote: (text: string) => string;
    verdicts: Record<Verdict, { label: string; summary: string }>;
    offerLanguage: string;
    detectedTitle: string;
    noTitle: string;
  };
  text: {
    heading: string;
    legend: string;
    none: string;
    alsoFamilies: string;
    notCountedKey: string;
    notCounted: Record<"nice" | "negated" | "not_a_demand" | "too_little", string>;
  };
  shares: {
    heading: string;
    caption: string;
    family: string;
    depth: string;
    share: string;
    passages: string;
    depths: { core: string; light: string };
    empty: string;
  };
  roles: {
    heading: string;
    intro: string;
    none: string;
    seeProfile: string;
    owns: string;
    openCard: (role: string) => string;
  };
  titleVsBody: {
    heading: string;
    promises: (profile: string) => string;
    covers: string;
    noProfile: string;
    noTitle: string;
    asks: string;
    beyond: string;
    allWithin: string;
  };
  explanation: { heading: string; fixes: string };
  rewrite: {
    heading: string;
    intro: string;
    phrases: string;
    textLabel: string;
    download: string;
    recheck: string;
    fileName: string;
  };
  week: {
    heading: string;
    answer: (a: { hours: string; jobs: number; announced: string | null; outside: string; outsideHours: number; aside: boolean }) => string;
    fullTime: (hours: string) => string;
    partTime: (hours: string) => string;
    announced: string;
    outside: string;
    caption: string;
    job: string;
    families: string;
    hours: string;
    people: string;
    total: string;
    hoursValue: (hours: string) => string;
  };
  share: {
    heading: string;
    hint: string;
    copy: string;
    copied: string;
    again: string;
    notKept: string;
    savedOn: (date: string) => string;
    versions: (analyzer: string, taxonomy: string) => string;
  };
  notFound: { title: string; body: string; back: string };
}

export const check: Localized<CheckMessages> = {
  fr: {
    metaTitle: "Vérifier une offre — RoleScope",
    savedMetaTitle: "Analyse d'une offre — RoleScope",
    savedTitle: "Analyse de l'offre",
    title: "Vérifier une offre d'emploi",
    intro:
      "Collez une offre ou déposez un fichier : RoleScope indique combien de métiers elle contient réellement, montre les passages en cause et propose comment la corriger.",
    form: {
      legend: "L'offre à vérifier",
      textLabel: "Texte de l'offre",
      textHint: "Collez l'annonce complète, intitulé compris.",
      fileLabel: "Ou déposez un fichier",
      fileHint: ".txt, .md, .html, .docx ou .pdf — 5 Mo au plus.",
      languageLabel: "Langue de l'offre",
      languageAuto: "Détection automatique",
      languageNames: { fr: "français", en: "anglais" },
      dropLabel: "Ne pas conserver cette offre",
      dropHint: "Le résultat s'affiche, mais rien n'est enregistré et aucun lien de partage n'est créé.",
      submit: "Analyser l'offre",
      submitting: "Analyse…",
      fileReplacesText: "Le texte ci-dessus a été extrait du fichier déposé.",
    },
    live: {
      updating: "Mise à jour du résultat…",
      updated: "Résultat mis à jour.",
      note: "Aperçu en direct : rien n'est enregistré tant que vous ne cliquez pas sur « Analyser l'offre ».",
    },
    errors: {
      summary: "L'offre n'a pas pu être analysée :",
      empty: "Collez le texte d'une offre ou choisissez un fichier.",
      unsupported_type: "Ce type de fichier n'est pas pris en charge. Utilisez un fichier .txt, .md, .html, .docx ou .pdf.",
      unreadable: "Ce fichier n'a pas pu être lu : il est peut-être endommagé, protégé par un mot de passe ou d'un autre format que son extension.",
      file_too_big: "Ce fichier dépasse 5 Mo. Déposez un fichier plus léger ou collez le texte de l'offre.",
      text_too_long: "Ce texte dépasse 200 Ko, bien plus qu'une offre d'emploi. Gardez seulement l'annonce.",
      no_text: "Ce fichier ne contient aucun texte lisible (un PDF scanné, peut-être). Collez le texte de l'offre.",
      file_too_complex: "Ce fichier est bien plus gros une fois décompressé (ou compte bien plus de pages) qu'une offre d'emploi. Collez plutôt le texte de l'offre.",
      file_too_slow: "La lecture de ce fichier demande trop de temps ou de mémoire. Collez plutôt le texte de l'offre.",
      rate_limited: "Trop d'offres envoyées depuis votre connexion en peu de temps. Patientez un peu avant de réessayer.",
      invalid_language: "Choisissez le français, l'anglais ou la détection automatique.",
      db_down: "La base de données ne répond pas pour le moment : l'offre n'a pas pu être analysée. Réessayez dans quelques instants.",
    },
    result: {
      heading: "Résultat",
      jobsInOne: (n) => (n <= 1 ? "1 métier" : `${n} métiers en un`),
      noJob: "Aucun métier du marketing digital",
      verdictLabel: "Verdict :",
      quote: (text) => `« ${text} »`,
      verdicts: {
        focused: { label: "Poste cohérent", summary: "Un seul métier standard couvre tout ce que demande l'offre." },
        stretched: {
          label: "Poste étendu",
          summary: "Un métier avec des tâches en bordure, ou deux métiers voisins : faisable, à condition de le dire et de prioriser.",
        },
        overloaded: {
          label: "Poste surchargé",
          summary: "L'offre exige le cœur de plusieurs métiers qu'aucun profil réaliste ne réunit : c'est le travail d'une équipe ou d'une agence.",
        },
        out_of_scope: {
          label: "Hors périmètre",
          summary: "L'offre ne demande aucun travail de marketing digital : RoleScope n'a rien à en dire.",
        },
      },
      offerLanguage: "Langue de l'offre",
      detectedTitle: "Intitulé repéré",
      noTitle: "aucun intitulé repéré",
    },
    text: {
      heading: "L'offre, passages repérés",
      legend: "Légende des couleurs",
      none: "Aucun passage ne relève du marketing digital.",
      alsoFamilies: "aussi",
      notCountedKey: "Souligné en pointillés et plus pâle : repéré mais non compté (survolez ou sélectionnez-le pour savoir pourquoi).",
      notCounted: {
        nice: "non compté : présenté comme un plus",
        negated: "non compté : formulé à la négative",
        not_a_demand: "non compté : ne décrit pas une mission du poste",
        too_little: "non compté : trop peu de passages pour cette famille",
      },
    },
    shares: {
      heading: "Part de l'offre par famille de métier",
      caption: "Part des passages repérés par famille, et niveau exigé",
      family: "Famille",
      depth: "Niveau exigé",
      share: "Part",
      passages: "Passages",
      depths: { core: "cœur de métier", light: "usage simple" },
      empty: "Aucune famille repérée.",
    },
    roles: {
      heading: "Les métiers qui couvrent cette offre",
      intro: "Le plus petit ensemble de métiers standard qui couvre ce que l'offre exige.",
      none: "Aucun métier standard du marketing digital ne correspond à cette offre.",
      seeProfile: "Voir le métier",
      owns: "Prend en charge :",
      openCard: (role) => `Créer la fiche « ${role} »`,
    },
    titleVsBody: {
      heading: "Ce que promet l'intitulé, ce que demande le texte",
      promises: (profile) => `L'intitulé annonce : ${profile}.`,
      covers: "Dans ce que demande le texte, ce métier couvre",
      noProfile: "L'intitulé ne correspond à aucun métier standard.",
      noTitle: "Aucun intitulé n'a été repéré en tête d'offre.",
      asks: "Le texte demande",
      beyond: "Hors du métier annoncé",
      allWithin: "Tout ce que demande le texte relève du métier annoncé.",
    },
    rewrite: {
      heading: "L'offre réécrite pour un seul métier",
      intro: "Les demandes des autres métiers sont passées en « un plus » ; supprimez celles dont le poste peut se passer.",
      phrases: "Les expressions exactes déplacées\u00a0:",
      textLabel: "Offre réécrite",
      download: "Télécharger (.txt)",
      recheck: "Vérifier cette version",
      fileName: "offre-reecrite.txt",
    },
    week: {
      heading: "Où va la semaine",
      answer: ({ hours, jobs, announced, outside, outsideHours, aside }) =>
        aside
          ? `Environ ${hours} h de travail de marketing par semaine, à côté du métier que l'intitulé annonce, qui n'est pas compté ici.`
          : jobs <= 1
          ? `Environ ${hours} h de travail par semaine, toutes dans un seul métier${announced ? ` : ${announced}` : ""}.`
          : `Environ ${hours} h de travail par semaine réparties sur ${jobs} métiers${
              announced && outsideHours > 0 ? `, dont ${outside} h hors du métier annoncé (${announced})` : ""
            }.`,
      fullTime: (hours) => `${hours} h : une personne à plein temps`,
      partTime: (hours) => `${hours} h : le temps partiel annoncé`,
      announced: "métier annoncé",
      outside: "hors du métier annoncé",
      caption: "Heures estimées par semaine, par métier",
      job: "Métier",
      families: "Familles prises en charge",
      hours: "Heures par semaine",
      people: "Temps plein",
      total: "Total",
      hoursValue: (hours) => `${hours} h`,
    },
    explanation: { heading: "Pourquoi ce verdict", fixes: "Comment corriger l'offre" },
    share: {
      heading: "Partager cette analyse",
      hint: "Toute personne disposant de ce lien peut voir l'offre et son analyse.",
      copy: "Copier le lien",
      copied: "Lien copié.",
      again: "Vérifier une autre offre",
      notKept: "Cette offre n'a pas été conservée : rien n'est enregistré, il n'y a donc pas de lien de partage.",
      savedOn: (date) => `Analyse enregistrée le ${date}.`,
      versions: (analyzer, taxonomy) => `Analyseur ${analyzer}, taxonomie ${taxonomy}.`,
    },
    notFound: {
      title: "Analyse introuvable",
      body: "Ce lien ne correspond à aucune analyse enregistrée. Il est peut-être incomplet, ou l'offre n'a pas été conservée.",
      back: "Vérifier une offre",
    },
  },
  en: {
    metaTitle: "Check an offer — RoleScope",
    savedMetaTitle: "Job offer analysis — RoleScope",
    savedTitle: "Offer analysis",
    title: "Check a job offer",
    intro:
      "Paste an offer or upload a file: RoleScope tells you how many jobs it really holds, shows the passages behind the verdict and suggests how to fix it.",
    form: {
      legend: "The offer to check",
      textLabel: "Offer text",
      textHint: "Paste the whole posting, title included.",
      fileLabel: "Or upload a file",
      fileHint: ".txt, .md, .html, .docx or .pdf — 5 MB at most.",
      languageLabel: "Offer language",
      languageAuto: "Detect automatically",
      languageNames: { fr: "French", en: "English" },
      dropLabel: "Don't keep this offer",
      dropHint: "The result is shown, but nothing is stored and no share link is created.",
      submit: "Check the offer",
      submitting: "Checking…",
      fileReplacesText: "The text above was extracted from the uploaded file.",
    },
    live: {
      updating: "Updating the result…",
      updated: "Result updated.",
      note: "Live preview: nothing is stored until you press “Check the offer”.",
    },
    errors: {
      summary: "The offer could not be checked:",
      empty: "Paste the text of an offer or choose a file.",
      unsupported_type: "This file type is not supported. Use a .txt, .md, .html, .docx or .pdf file.",
      unreadable: "This file could not be read: it may be damaged, password-protected or not what its extension says.",
      file_too_big: "This file is larger than 5 MB. Upload a smaller file or paste the offer text.",
      text_too_long: "This text is over 200 KB, far more than a job offer. Keep only the posting.",
      no_text: "This file holds no readable text (a scanned PDF, perhaps). Paste the offer text instead.",
      file_too_complex: "Once unpacked, this file is far larger (or has far more pages) than a job offer. Paste the offer text instead.",
      file_too_slow: "Reading this file takes too much time or memory. Paste the offer text instead.",
      rate_limited: "Too many offers sent from your connection in a short time. Wait a little before trying again.",
      invalid_language: "Choose French, English or automatic detection.",
      db_down: "The database is not answering right now, so the offer could not be checked. Try again in a few moments.",
    },
    result: {
      heading: "Result",
      jobsInOne: (n) => (n <= 1 ? "1 job" : `${n} jobs in one`),
      noJob: "No digital marketing job",
      verdictLabel: "Verdict:",
      quote: (text) => `“${text}”`,
      verdicts: {
        focused: { label: "Focused", summary: "One standard role covers everything the offer asks for." },
        stretched: {
          label: "Stretched",
          summary: "One role with tasks at its edges, or two neighbouring roles: workable if it is said openly and prioritised.",
        },
        overloaded: {
          label: "Overloaded",
          summary: "The offer demands the core of several jobs that no realistic profile combines: this is work for a team or an agency.",
        },
        out_of_scope: {
          label: "Out of scope",
          summary: "The offer asks for no digital marketing work: RoleScope has nothing to say about it.",
        },
      },
      offerLanguage: "Offer language",
      detectedTitle: "Title found",
      noTitle: "no title found",
    },
    text: {
      heading: "The offer, with the passages found",
      legend: "Colour key",
      none: "No passage belongs to digital marketing.",
      alsoFamilies: "also",
      notCountedKey: "Dotted and paler: found but not counted (hover or select it to see why).",
      notCounted: {
        nice: "not counted: given as a plus",
        negated: "not counted: a negation",
        not_a_demand: "not counted: not a duty of the job",
        too_little: "not counted: too few passages for this family",
      },
    },
    shares: {
      heading: "Share of the offer by role family",
      caption: "Share of the matched passages by family, and the depth asked for",
      family: "Family",
      depth: "Depth asked",
      share: "Share",
      passages: "Passages",
      depths: { core: "core craft", light: "basic use" },
      empty: "No family found.",
    },
    roles: {
      heading: "The roles that cover this offer",
      intro: "The smallest set of standard roles that covers what the offer demands.",
      none: "No standard digital marketing role matches this offer.",
      seeProfile: "See the role",
      owns: "Takes on:",
      openCard: (role) => `Build the “${role}” card`,
    },
    titleVsBody: {
      heading: "What the title promises, what the text asks",
      promises: (profile) => `The title announces: ${profile}.`,
      covers: "Of what the text asks, that role covers",
      noProfile: "The title matches no standard role.",
      noTitle: "No title was found at the top of the offer.",
      asks: "The text asks for",
      beyond: "Beyond the announced role",
      allWithin: "Everything the text asks for belongs to the announced role.",
    },
    rewrite: {
      heading: "The offer rewritten as one job",
      intro: "The other jobs' demands are moved to “nice to have”; delete the ones the job can do without.",
      phrases: "The exact phrases moved:",
      textLabel: "Rewritten offer",
      download: "Download (.txt)",
      recheck: "Check this version",
      fileName: "rewritten-offer.txt",
    },
    week: {
      heading: "Where the week goes",
      answer: ({ hours, jobs, announced, outside, outsideHours, aside }) =>
        aside
          ? `About ${hours} hours of marketing work a week, beside the job the title names, which is not counted here.`
          : jobs <= 1
          ? `About ${hours} hours of work a week, all within one job${announced ? `: ${announced}` : ""}.`
          : `About ${hours} hours of work a week across ${jobs} jobs${
              announced && outsideHours > 0 ? `, ${outside} of them outside the announced job (${announced})` : ""
            }.`,
      fullTime: (hours) => `${hours} h: one full-time person`,
      partTime: (hours) => `${hours} h: the part-time post offered`,
      announced: "announced job",
      outside: "outside the announced job",
      caption: "Estimated hours a week, by job",
      job: "Job",
      families: "Families it takes",
      hours: "Hours a week",
      people: "Full-time",
      total: "Total",
      hoursValue: (hours) => `${hours} h`,
    },
    explanation: { heading: "Why this verdict", fixes: "How to fix the offer" },
    share: {
      heading: "Share this analysis",
      hint: "Anyone with this link can see the offer and its analysis.",
      copy: "Copy the link",
      copied: "Link copied.",
      again: "Check another offer",
      notKept: "This offer was not kept: nothing is stored, so there is no share link.",
      savedOn: (date) => `Analysis saved on ${date}.`,
      versions: (analyzer, taxonomy) => `Analyzer ${analyzer}, taxonomy ${taxonomy}.`,
    },
    notFound: {
      title: "Analysis not found",
      body: "This link matches no saved analysis. It may be incomplete, or the offer was not kept.",
      back: "Check an offer",
    },
  },
};
