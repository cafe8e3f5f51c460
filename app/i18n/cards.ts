import type { Localized } from "./locale";
import type { CardErrorKey } from "#app/cards/card-schema";

// Strings of the role card pages (/cards…). The offer text is here too: an offer is
// written in the language asked for, which need not be the UI's.

export interface CardsMessages {
  meta: { list: string; new: string; edit: string; history: string; offer: string };
  list: {
    title: string;
    intro: string;
    newBlank: string;
    fromProfile: string;
    profileLabel: string;
    start: string;
    empty: string;
    showArchived: string;
    showActive: string;
    archivedTitle: string;
    columns: { title: string; profile: string; verdict: string; updated: string; owner: string };
    you: string;
    archived: string;
  };
  builder: {
    newTitle: string;
    editTitle: (title: string) => string;
    intro: string;
    sections: { identity: string; duties: string; requirements: string; team: string; conditions: string };
    titleFr: string;
    titleEn: string;
    profile: string;
    profileHint: string;
    chooseProfile: string;
    seniority: string;
    contract: string;
    hours: string;
    hoursHint: string;
    dutiesHint: string;
    dutyColumn: string;
    shareColumn: string;
    shareLabel: (duty: string) => string;
    remove: string;
    removeLabel: (duty: string) => string;
    noDuties: string;
    total: (n: number) => string;
    search: string;
    searchHint: string;
    searchButton: string;
    pick: string;
    pickNone: string;
    requirementHits: string;
    seeGuard: (driftGroups: number) => string;
    addRequirement: Record<"skill" | "tool", string>;
    addRequirementLabel: (kind: "skill" | "tool", label: string) => string;
    add: string;
    addShare: string;
    spread: string;
    skillsRequired: string;
    skillsNice: string;
    toolsRequired: string;
    toolsNice: string;
    languages: string;
    listHint: string;
    team: string;
    reportsTo: string;
    salary: string;
    salaryHint: string;
    salaryMin: string;
    salaryMax: string;
    currency: string;
    period: string;
    location: string;
    remote: string;
    save: string;
    saving: string;
    cancel: string;
    errorSummary: string;
    unsaved: string;
    check: string;
    lightTag: string;
  };
  guard: {
    title: string;
    live: string;
    updating: string;
    verdictIntro: string;
    noDuties: string;
    explain: Record<"focused" | "stretched" | "overloaded" | "out_of_scope", string>;
    drift: (count: number, share: number, role: string) => string;
    driftRequirements: (labels: string, role: string) => string;
    options: string;
    moveToCard: string;
    downgrade: string;
    removeThem: string;
    accept: string;
    acceptHint: string;
    edges: (labels: string) => string;
    coveredBy: (roles: string) => string;
    newTab: string;
    acceptedNote: string;
  };
  verdict: Record<"focused" | "stretched" | "overloaded" | "out_of_scope", string>;
  seniority: Record<"junior" | "mid" | "senior", string>;
  contract: Record<"permanent" | "fixed_term" | "freelance" | "internship" | "apprenticeship", string>;
  remote: Record<"onsite" | "hybrid" | "remote", string>;
  period: Record<"year" | "month", string>;
  view: {
    revision: (n: number) => string;
    owner: string;
    updated: string;
    archivedNotice: string;
    saved: string;
    restored: (n: number) => string;
    duplicated: string;
    edit: string;
    duplicate: string;
    archive: string;
    unarchive: string;
    history: string;
    candidates: string;
    kit: string;
    exportTitle: string;
    exportMd: (lang: string) => string;
    printOffer: (lang: string) => string;
    readOnly: string;
    duties: string;
    requirements: string;
    conditions: string;
    notSet: string;
    perWeek: (h: number) => string;
  };
  history: {
    title: (card: string) => string;
    intro: string;
    current: string;
    view: string;
    restore: string;
    back: string;
    action: Record<string, string>;
    by: string;
    viewing: (n: number) => string;
  };
  errors: Record<CardErrorKey, string>;
  forbidden: string;
  langName: Record<"fr" | "en", string>;
}

export interface OfferMessages {
  mission: string;
  duties: string;
  share: (n: number) => string;
  profile: string;
  seniority: Record<"junior" | "mid" | "senior", string>;
  mustHave: string;
  skills: string;
  tools: string;
  languages: string;
  niceToHave: string;
  team: string;
  reportsTo: (who: string) => string;
  teamLine: (team: string) => string;
  conditions: string;
  contract: Record<"permanent" | "fixed_term" | "freelance" | "internship" | "apprenticeship", string>;
  hours: (h: number) => string;
  location: (place: string) => string;
  remote: Record<"onsite" | "hybrid" | "remote", string>;
  salary: (min: string, max: string, currency: string, period: "year" | "month") => string;
  closing: string;
  line: (label: string, value: string) => string;
  intro: (profile: string, seniority: string) => string;
  seniorityName: Record<"junior" | "mid" | "senior", string>;
}

export const offerText: Localized<OfferMessages> = {
  fr: {
    mission: "Le poste",
    duties: "Vos missions",
    share: (n) => `environ ${n} % du temps`,
    profile: "Profil recherché",
    seniority: {
      junior: "Poste ouvert à un profil junior (premières expériences, stage ou alternance compris).",
      mid: "Poste pour un profil confirmé (environ 3 à 5 ans d'expérience sur ces missions).",
      senior: "Poste pour un profil senior (plus de 6 ans d'expérience, autonomie complète).",
    },
    mustHave: "Indispensable",
    skills: "Compétences",
    tools: "Outils",
    languages: "Langues",
    niceToHave: "Un plus",
    team: "Équipe",
    reportsTo: (who) => `Rattachement : ${who}.`,
    teamLine: (team) => `Équipe : ${team}.`,
    conditions: "Conditions",
    contract: {
      permanent: "CDI",
      fixed_term: "CDD",
      freelance: "Mission freelance",
      internship: "Stage",
      apprenticeship: "Alternance",
    },
    hours: (h) => `${h} h par semaine`,
    location: (place) => `Lieu : ${place}`,
    remote: { onsite: "Sur site", hybrid: "Télétravail partiel", remote: "Télétravail complet" },
    salary: (min, max, currency, period) => `Rémunération : ${min} – ${max} ${currency} ${period === "year" ? "brut par an" : "brut par mois"}`,
    closing: "Le temps indiqué pour chaque mission est une estimation de la semaine type.",
    line: (label, value) => `${label} : ${value}`,
    intro: (profile, seniority) => `Poste de ${profile} (niveau ${seniority}), centré sur les missions ci-dessous.`,
    seniorityName: { junior: "junior", mid: "confirmé", senior: "senior" },
  },
  en: {
    mission: "The role",
    duties: "What you will do",
    share: (n) => `about ${n}% of the time`,
    profile: "Who we are looking for",
    seniority: {
      junior: "Open to a junior profile (first experiences, internships and apprenticeships included).",
      mid: "For an experienced profile (about 3 to 5 years on this work).",
      senior: "For a senior profile (over 6 years of experience, fully autonomous).",
    },
    mustHave: "Must have",
    skills: "Skills",
    tools: "Tools",
    languages: "Languages",
    niceToHave: "Nice to have",
    team: "Team",
    reportsTo: (who) => `Reports to: ${who}.`,
    teamLine: (team) => `Team: ${team}.`,
    conditions: "Terms",
    contract: {
      permanent: "Permanent contract",
      fixed_term: "Fixed-term contract",
      freelance: "Freelance assignment",
      internship: "Internship",
      apprenticeship: "Apprenticeship",
    },
    hours: (h) => `${h} hours a week`,
    location: (place) => `Location: ${place}`,
    remote: { onsite: "On site", hybrid: "Hybrid (partly remote)", remote: "Fully remote" },
    salary: (min, max, currency, period) => `Salary: ${min} – ${max} ${currency} ${period === "year" ? "gross per year" : "gross per month"}`,
    closing: "The time given for each duty is an estimate of a typical week.",
    line: (label, value) => `${label}: ${value}`,
    intro: (profile, seniority) => `A ${seniority} ${profile} role, focused on the duties below.`,
    seniorityName: { junior: "junior", mid: "mid-level", senior: "senior" },
  },
};

export const cards: Localized<CardsMessages> = {
  fr: {
    meta: {
      list: "Fiches de poste — RoleScope",
      new: "Nouvelle fiche de poste — RoleScope",
      edit: "Modifier la fiche — RoleScope",
      history: "Historique de la fiche — RoleScope",
      offer: "Offre d'emploi — RoleScope",
    },
    list: {
      title: "Fiches de poste",
      intro: "Une fiche décrit un poste réaliste : un métier de base, des missions choisies et la part de la semaine de chacune. Le contrôle de périmètre vous prévient dès qu'elle glisse vers un deuxième métier.",
      newBlank: "Fiche vierge",
      fromProfile: "Partir d'un métier standard",
      profileLabel: "Métier",
      start: "Créer la fiche",
      empty: "Aucune fiche pour l'instant.",
      showArchived: "Voir les fiches archivées",
      showActive: "Voir les fiches actives",
      archivedTitle: "Fiches archivées",
      columns: { title: "Intitulé", profile: "Métier de base", verdict: "Périmètre", updated: "Modifiée le", owner: "Auteur" },
      you: "vous",
      archived: "archivée",
    },
    builder: {
      newTitle: "Nouvelle fiche de poste",
      editTitle: (title) => `Modifier « ${title} »`,
      intro: "Choisissez les missions et la part de la semaine de chacune (le total doit faire 100 %). Le contrôle de périmètre vérifie que la fiche reste un seul métier.",
      sections: {
        identity: "Le poste",
        duties: "Missions et temps",
        requirements: "Compétences, outils et langues",
        team: "Équipe",
        conditions: "Conditions",
      },
      titleFr: "Intitulé en français",
      titleEn: "Intitulé en anglais",
      profile: "Métier de base",
      profileHint: "Le métier standard dont la fiche part ; le contrôle de périmètre s'y réfère.",
      chooseProfile: "Choisir un métier…",
      seniority: "Niveau",
      contract: "Contrat",
      hours: "Heures par semaine",
      hoursHint: "Entre 1 et 60.",
      dutiesHint: "Part de la semaine en pourcentage, nombres entiers.",
      dutyColumn: "Mission",
      shareColumn: "Part (%)",
      shareLabel: (duty) => `Part de la semaine pour « ${duty} », en pourcentage`,
      remove: "Retirer",
      removeLabel: (duty) => `Retirer « ${duty} »`,
      noDuties: "Aucune mission pour l'instant : ajoutez-en ci-dessous.",
      total: (n) => `Total : ${n} %`,
      search: "Chercher une mission, une compétence ou un outil",
      searchHint: "Un mot suffit : « modération », « vidéo », « PHP », « Illustrator »…",
      searchButton: "Chercher",
      pick: "Mission à ajouter",
      pickNone: "Aucune mission ne correspond à cette recherche.",
      requirementHits: "Compétences et outils trouvés",
      seeGuard: (n) => (n ? "Voir ce qui déborde" : "Voir le contrôle de périmètre"),
      addRequirement: { skill: "Ajouter aux compétences requises", tool: "Ajouter aux outils requis" },
      addRequirementLabel: (kind, label) => `Ajouter « ${label} » aux ${kind === "skill" ? "compétences" : "outils"} requis`,
      add: "Ajouter la mission",
      addShare: "Part de la nouvelle mission (%)",
      spread: "Répartir également",
      skillsRequired: "Compétences indispensables",
      skillsNice: "Compétences appréciées",
      toolsRequired: "Outils indispensables",
      toolsNice: "Outils appréciés",
      languages: "Langues",
      listHint: "Une par ligne.",
      team: "Équipe",
      reportsTo: "Rattachement hiérarchique",
      salary: "Fourchette de salaire (facultatif)",
      salaryHint: "Montants bruts, nombres entiers.",
      salaryMin: "Minimum",
      salaryMax: "Maximum",
      currency: "Devise",
      period: "Période",
      location: "Lieu",
      remote: "Télétravail",
      save: "Enregistrer la fiche",
      saving: "Enregistrement…",
      cancel: "Annuler",
      errorSummary: "La fiche n'est pas enregistrée : corrigez les champs signalés.",
      unsaved: "Rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer la fiche ».",
      check: "Vérifier le périmètre",
      lightTag: "usage léger",
    },
    guard: {
      title: "Contrôle de périmètre",
      live: "Mis à jour à chaque modification des missions.",
      updating: "Mise à jour…",
      verdictIntro: "Verdict :",
      noDuties: "Ajoutez des missions pour lancer le contrôle.",
      explain: {
        focused: "Les missions relèvent d'un seul métier : la fiche est réaliste.",
        stretched: "Le poste déborde : des missions en bordure du métier, ou deux métiers voisins. Faisable si c'est voulu et si le temps le permet.",
        overloaded: "Ces missions demandent plusieurs métiers qu'une seule personne n'exerce pas à fond en même temps.",
        out_of_scope: "Aucune de ces missions ne relève du marketing digital.",
      },
      drift: (count, share, role) =>
        count === 1
          ? `Cette mission (${share} % du temps) relève du métier ${role} :`
          : `Ces ${count} missions (${share} % du temps) relèvent du métier ${role} :`,
      driftRequirements: (labels, role) => `Compétences et outils requis du métier ${role} : ${labels}. Passez-les en « un plus » ou retirez-les.`,
      options: "Vous pouvez les déplacer vers une deuxième fiche, les réduire à un usage léger, ou accepter un poste étendu.",
      moveToCard: "Déplacer vers une deuxième fiche",
      downgrade: "Réduire à un usage léger",
      removeThem: "Retirer ces missions",
      accept: "J'accepte un poste étendu",
      acceptHint: "Le verdict reste affiché sur la fiche et dans l'offre exportée.",
      edges: (labels) => `Missions en bordure, absorbables par le métier de base : ${labels}.`,
      coveredBy: (roles) => `Métiers nécessaires : ${roles}.`,
      newTab: "(s'ouvre dans un nouvel onglet)",
      acceptedNote: "Poste étendu accepté par l'auteur de la fiche.",
    },
    // The overload check's own words (app/i18n/check.ts): one vocabulary across the app.
    verdict: { focused: "Poste cohérent", stretched: "Poste étendu", overloaded: "Poste surchargé", out_of_scope: "Hors périmètre" },
    seniority: { junior: "Junior", mid: "Confirmé", senior: "Senior" },
    contract: {
      permanent: "CDI",
      fixed_term: "CDD",
      freelance: "Freelance",
      internship: "Stage",
      apprenticeship: "Alternance",
    },
    remote: { onsite: "Sur site", hybrid: "Partiel", remote: "Complet" },
    period: { year: "par an", month: "par mois" },
    view: {
      revision: (n) => `Version ${n}`,
      owner: "Auteur",
      updated: "Modifiée le",
      archivedNotice: "Cette fiche est archivée : elle n'apparaît plus dans la liste, mais reste consultable.",
      saved: "Fiche enregistrée.",
      restored: (n) => `Version ${n} restaurée : une nouvelle version a été créée.`,
      duplicated: "Copie créée : c'est maintenant votre fiche.",
      edit: "Modifier",
      duplicate: "Dupliquer",
      archive: "Archiver",
      unarchive: "Désarchiver",
      history: "Historique",
      candidates: "Candidats",
      kit: "Guide d'entretien",
      exportTitle: "Exporter en offre d'emploi",
      exportMd: (lang) => `Markdown (${lang})`,
      printOffer: (lang) => `Page imprimable (${lang})`,
      readOnly: "Vous pouvez lire cette fiche et évaluer ses candidats ; seuls les propriétaires et recruteurs de l'espace la modifient.",
      duties: "Missions",
      requirements: "Compétences et outils",
      conditions: "Conditions",
      notSet: "—",
      perWeek: (h) => `${h} h/semaine`,
    },
    history: {
      title: (card) => `Historique de « ${card} »`,
      intro: "Chaque enregistrement garde la version précédente. Restaurer une version en crée une nouvelle : rien n'est effacé.",
      current: "version actuelle",
      view: "Voir",
      restore: "Restaurer cette version",
      back: "Retour à la fiche",
      action: { created: "Création", edited: "Modification", restored: "Restauration", duplicated: "Copie" },
      by: "par",
      viewing: (n) => `Contenu de la version ${n}`,
    },
    errors: {
      required: "Ce champ est obligatoire.",
      invalid: "Valeur non valide.",
      tooLong: "Texte trop long.",
      number: "Saisissez un nombre.",
      integer: "Saisissez un nombre entier.",
      hoursRange: "Entre 1 et 60 heures.",
      shareRange: "Entre 1 et 100 %.",
      sharesTotal: "Les parts de temps doivent totaliser 100 %.",
      dutiesRequired: "Ajoutez au moins une mission.",
      tooManyDuties: "20 missions au plus.",
      duplicateDuty: "Cette mission figure déjà dans la liste.",
      unknownDuty: "Cette mission n'existe pas (ou plus) dans le référentiel.",
      unknownProfile: "Choisissez un métier de la liste.",
      salaryRange: "Montant non valide.",
      salaryBoth: "Indiquez le minimum et le maximum, ou aucun des deux.",
      salaryOrder: "Le maximum doit être supérieur ou égal au minimum.",
      tooManyItems: "30 éléments au plus.",
    },
    forbidden: "Seul l'auteur de la fiche ou un administrateur peut la modifier.",
    langName: { fr: "français", en: "anglais" },
  },
  en: {
    meta: {
      list: "Role cards — RoleScope",
      new: "New role card — RoleScope",
      edit: "Edit role card — RoleScope",
      history: "Role card history — RoleScope",
      offer: "Job offer — RoleScope",
    },
    list: {
      title: "Role cards",
      intro: "A role card describes a realistic job: one base role, chosen duties and the share of the week each takes. The scope check warns you as soon as it drifts into a second job.",
      newBlank: "Blank card",
      fromProfile: "Start from a standard role",
      profileLabel: "Role",
      start: "Create the card",
      empty: "No role cards yet.",
      showArchived: "Show archived cards",
      showActive: "Show active cards",
      archivedTitle: "Archived role cards",
      columns: { title: "Title", profile: "Base role", verdict: "Scope", updated: "Updated", owner: "Author" },
      you: "you",
      archived: "archived",
    },
    builder: {
      newTitle: "New role card",
      editTitle: (title) => `Edit “${title}”`,
      intro: "Pick the duties and the share of the week each takes (they must add up to 100%). The scope check makes sure the card stays one job.",
      sections: {
        identity: "The role",
        duties: "Duties and time",
        requirements: "Skills, tools and languages",
        team: "Team",
        conditions: "Terms",
      },
      titleFr: "Title in French",
      titleEn: "Title in English",
      profile: "Base role",
      profileHint: "The standard role the card starts from; the scope check measures against it.",
      chooseProfile: "Choose a role…",
      seniority: "Seniority",
      contract: "Contract",
      hours: "Hours a week",
      hoursHint: "Between 1 and 60.",
      dutiesHint: "Share of the week in percent, whole numbers.",
      dutyColumn: "Duty",
      shareColumn: "Share (%)",
      shareLabel: (duty) => `Share of the week for “${duty}”, in percent`,
      remove: "Remove",
      removeLabel: (duty) => `Remove “${duty}”`,
      noDuties: "No duties yet: add some below.",
      total: (n) => `Total: ${n}%`,
      search: "Search duties, skills and tools",
      searchHint: "One word is enough: “moderation”, “video”, “PHP”, “Illustrator”…",
      searchButton: "Search",
      pick: "Duty to add",
      pickNone: "No duty matches this search.",
      requirementHits: "Skills and tools found",
      seeGuard: (n) => (n ? "See what spills over" : "See the scope check"),
      addRequirement: { skill: "Add to required skills", tool: "Add to required tools" },
      addRequirementLabel: (kind, label) => `Add “${label}” to the required ${kind === "skill" ? "skills" : "tools"}`,
      add: "Add duty",
      addShare: "Share of the new duty (%)",
      spread: "Spread evenly",
      skillsRequired: "Required skills",
      skillsNice: "Nice-to-have skills",
      toolsRequired: "Required tools",
      toolsNice: "Nice-to-have tools",
      languages: "Languages",
      listHint: "One per line.",
      team: "Team",
      reportsTo: "Reports to",
      salary: "Salary range (optional)",
      salaryHint: "Gross amounts, whole numbers.",
      salaryMin: "Minimum",
      salaryMax: "Maximum",
      currency: "Currency",
      period: "Period",
      location: "Location",
      remote: "Remote work",
      save: "Save the card",
      saving: "Saving…",
      cancel: "Cancel",
      errorSummary: "The card is not saved: fix the fields marked below.",
      unsaved: "Nothing is saved until you click “Save the card”.",
      check: "Check the scope",
      lightTag: "light use",
    },
    guard: {
      title: "Scope check",
      live: "Updated whenever the duties change.",
      updating: "Updating…",
      verdictIntro: "Verdict:",
      noDuties: "Add duties to run the check.",
      explain: {
        focused: "The duties belong to one job: the card is realistic.",
        stretched: "The role spills over: duties at the edge of the job, or two neighbouring jobs. Workable if intended and if the time allows.",
        overloaded: "These duties need several jobs that one person cannot do in depth at the same time.",
        out_of_scope: "None of these duties is digital marketing work.",
      },
      drift: (count, share, role) =>
        count === 1
          ? `This duty (${share}% of the time) belongs to a ${role}:`
          : `These ${count} duties (${share}% of the time) belong to a ${role}:`,
      driftRequirements: (labels, role) => `Required skills and tools of a ${role}: ${labels}. Make them a plus or remove them.`,
      options: "You can move them to a second card, downgrade them to light use, or accept a stretched role.",
      moveToCard: "Move to a second card",
      downgrade: "Downgrade to light use",
      removeThem: "Remove these duties",
      accept: "I accept a stretched role",
      acceptHint: "The verdict stays visible on the card and in the exported offer.",
      edges: (labels) => `Duties at the edges, absorbed by the base role: ${labels}.`,
      coveredBy: (roles) => `Jobs needed: ${roles}.`,
      newTab: "(opens in a new tab)",
      acceptedNote: "Stretched role accepted by the card's author.",
    },
    verdict: { focused: "Focused", stretched: "Stretched", overloaded: "Overloaded", out_of_scope: "Out of scope" },
    seniority: { junior: "Junior", mid: "Mid-level", senior: "Senior" },
    contract: {
      permanent: "Permanent",
      fixed_term: "Fixed-term",
      freelance: "Freelance",
      internship: "Internship",
      apprenticeship: "Apprenticeship",
    },
    remote: { onsite: "On site", hybrid: "Hybrid", remote: "Fully remote" },
    period: { year: "per year", month: "per month" },
    view: {
      revision: (n) => `Revision ${n}`,
      owner: "Author",
      updated: "Updated",
      archivedNotice: "This card is archived: it no longer appears in the list, but can still be viewed.",
      saved: "Card saved.",
      restored: (n) => `Revision ${n} restored: a new revision was created.`,
      duplicated: "Copy created: this card is now yours.",
      edit: "Edit",
      duplicate: "Duplicate",
      archive: "Archive",
      unarchive: "Unarchive",
      history: "History",
      candidates: "Candidates",
      kit: "Interview kit",
      exportTitle: "Export as a job offer",
      exportMd: (lang) => `Markdown (${lang})`,
      printOffer: (lang) => `Printable page (${lang})`,
      readOnly: "You can read this card and score its candidates; only the workspace's owners and recruiters edit it.",
      duties: "Duties",
      requirements: "Skills and tools",
      conditions: "Terms",
      notSet: "—",
      perWeek: (h) => `${h} h/week`,
    },
    history: {
      title: (card) => `History of “${card}”`,
      intro: "Every save keeps the previous revision. Restoring a revision creates a new one: nothing is erased.",
      current: "current revision",
      view: "View",
      restore: "Restore this revision",
      back: "Back to the card",
      action: { created: "Created", edited: "Edited", restored: "Restored", duplicated: "Copied" },
      by: "by",
      viewing: (n) => `Content of revision ${n}`,
    },
    errors: {
      required: "This field is required.",
      invalid: "Invalid value.",
      tooLong: "Too long.",
      number: "Enter a number.",
      integer: "Enter a whole number.",
      hoursRange: "Between 1 and 60 hours.",
      shareRange: "Between 1 and 100%.",
      sharesTotal: "Time shares must add up to 100%.",
      dutiesRequired: "Add at least one duty.",
      tooManyDuties: "20 duties at most.",
      duplicateDuty: "This duty is already in the list.",
      unknownDuty: "This duty does not exist (any more) in the taxonomy.",
      unknownProfile: "Choose a role from the list.",
      salaryRange: "Invalid amount.",
      salaryBoth: "Give both the minimum and the maximum, or neither.",
      salaryOrder: "The maximum must be at least the minimum.",
      tooManyItems: "30 items at most.",
    },
    forbidden: "Only the card's author or an administrator can edit it.",
    langName: { fr: "French", en: "English" },
  },
};
