import type { Depth, EntryKind } from "#app/analysis/taxonomy";
import type { EditErrorKey } from "#app/taxonomy/entry-edit-schema";
import type { Localized } from "./locale";

type Strings = {
  depth: Record<Depth, string>;
  depthHint: Record<Depth, string>;
  kind: Record<EntryKind, string>;
  kindPlural: Record<EntryKind, string>;
  esco: {
    link: string;
    occupation: string;
    none: string;
    acknowledgement: string;
  };
  roles: {
    pageTitle: string;
    title: string;
    intro: string;
    core: string;
    light: string;
  };
  role: {
    pageTitle: (label: string) => string;
    back: string;
    alsoCalled: string;
    does: string;
    doesNot: string;
    timeSplit: string;
    timeSplitCaption: string;
    activity: string;
    share: string;
    seniority: string;
    levels: { junior: string; mid: string; senior: string };
    tools: string;
    families: string;
    coreFamilies: string;
    lightFamilies: string;
    neighbours: string;
    neighboursIntro: string;
    sharedFamilies: string;
    noNeighbours: string;
    browseFamily: string;
  };
  taxonomy: {
    pageTitle: string;
    title: string;
    intro: string;
    searchLabel: string;
    searchHint: string;
    searchButton: string;
    results: (n: number, q: string) => string;
    noResults: (q: string) => string;
    matchedOn: string;
    families: string;
    entryCount: (n: number) => string;
    history: string;
    clear: string;
  };
  family: {
    pageTitle: (label: string) => string;
    back: string;
    definition: string;
    boundaries: string;
    entries: string;
    synonyms: string;
    ownedBy: string;
    absorbedBy: string;
    none: string;
    entryLink: (label: string) => string;
  };
  entry: {
    pageTitle: (label: string) => string;
    family: string;
    kind: string;
    depth: string;
    id: string;
    synonymsFr: string;
    synonymsEn: string;
    noSynonyms: string;
    retiredNotice: string;
    retiredSynonym: string;
    saved: string;
    notFound: string;
  };
  admin: {
    heading: string;
    addEntry: string;
    addEntryIntro: string;
    editEntry: string;
    labelFr: string;
    labelEn: string;
    kind: string;
    depth: string;
    escoUri: string;
    escoUriHint: string;
    synonymsFr: string;
    synonymsEn: string;
    synonymsHint: string;
    save: string;
    create: string;
    addSynonym: string;
    language: string;
    synonym: string;
    add: string;
    retireSynonym: (text: string) => string;
    retireEntry: string;
    retireEntryHint: string;
    retireConfirm: string;
    claimedBy: (entry: string, family: string) => string;
    signInToEdit: string;
  };
  history: {
    pageTitle: string;
    title: string;
    intro: string;
    when: string;
    who: string;
    what: string;
    change: string;
    empty: string;
    older: string;
    newest: string;
    unknownUser: string;
    actions: Record<string, string>;
    fields: Record<string, string>;
    yes: string;
    no: string;
    none: string;
    colon: string;
  };
  langName: { fr: string; en: string };
  errors: Record<EditErrorKey, string>;
  formErrorsSummary: string;
};

export const taxonomyText: Localized<Strings> = {
  fr: {
    depth: { core: "cœur de métier", light: "usage léger" },
    depthHint: {
      core: "le métier lui-même, qui demande un·e spécialiste",
      light: "un usage simple que des rôles voisins peuvent absorber",
    },
    kind: { duty: "mission", skill: "compétence", tool: "outil" },
    kindPlural: { duty: "Missions", skill: "Compétences", tool: "Outils" },
    esco: {
      link: "Fiche ESCO",
      occupation: "Métier ESCO correspondant",
      none: "Pas de métier ESCO équivalent.",
      acknowledgement: "Ce service utilise la classification ESCO de la Commission européenne.",
    },
    roles: {
      pageTitle: "Métiers standard — RoleScope",
      title: "Les métiers standard du marketing digital",
      intro:
        "Chaque métier possède ses familles de compétences (cœur de métier) et peut absorber quelques usages simples de familles voisines. Au-delà, le poste en contient plusieurs.",
      core: "Cœur de métier",
      light: "Peut absorber",
    },
    role: {
      pageTitle: (label) => `${label} — métier standard — RoleScope`,
      back: "Tous les métiers",
      alsoCalled: "Intitulés courants :",
      does: "Ce que fait ce métier",
      doesNot: "Ce que ce métier ne fait pas",
      timeSplit: "Semaine type",
      timeSplitCaption: "Répartition typique du temps de travail sur une semaine",
      activity: "Activité",
      share: "Part du temps",
      seniority: "Selon l'expérience",
      levels: { junior: "Junior", mid: "Confirmé·e", senior: "Senior" },
      tools: "Outils habituels",
      families: "Familles de compétences",
      coreFamilies: "Familles possédées (cœur de métier)",
      lightFamilies: "Familles absorbées (usage léger)",
      neighbours: "Métiers voisins",
      neighboursIntro: "Ces métiers partagent au moins une famille de compétences avec celui-ci.",
      sharedFamilies: "En commun :",
      noNeighbours: "Aucun métier ne partage ses familles.",
      browseFamily: "Voir les compétences",
    },
    taxonomy: {
      pageTitle: "Compétences — RoleScope",
      title: "La taxonomie des compétences",
      intro:
        "Treize familles de métiers, chacune avec ses missions, compétences et outils, en français et en anglais. C'est sur ces termes que repose l'analyse des offres.",
      searchLabel: "Rechercher une compétence, une mission ou un outil",
      searchHint: "En français ou en anglais ; les accents et majuscules sont ignorés.",
      searchButton: "Rechercher",
      results: (n, q) => `${n} résultat${n > 1 ? "s" : ""} pour « ${q} »`,
      noResults: (q) => `Aucun résultat pour « ${q} ». Essayez un terme plus court ou l'autre langue.`,
      matchedOn: "trouvé via",
      families: "Les familles",
      entryCount: (n) => `${n} entrée${n > 1 ? "s" : ""}`,
      history: "Historique des modifications",
      clear: "Effacer la recherche",
    },
    family: {
      pageTitle: (label) => `${label} — compétences — RoleScope`,
      back: "Toutes les familles",
      definition: "Définition",
      boundaries: "Limites avec les familles voisines",
      entries: "Entrées",
      synonyms: "Synonymes :",
      ownedBy: "Cœur de métier pour :",
      absorbedBy: "Absorbée à faible dose par :",
      none: "aucun métier",
      entryLink: (label) => `Détail de l'entrée ${label}`,
    },
    entry: {
      pageTitle: (label) => `${label} — RoleScope`,
      family: "Famille",
      kind: "Type",
      depth: "Profondeur",
      id: "Identifiant",
      synonymsFr: "Synonymes en français",
      synonymsEn: "Synonymes en anglais",
      noSynonyms: "Aucun synonyme.",
      retiredNotice: "Cette entrée est retirée : l'analyse ne l'utilise plus.",
      retiredSynonym: "retiré",
      saved: "Modification enregistrée. La prochaine analyse en tiendra compte.",
      notFound: "Cette entrée n'existe pas.",
    },
    admin: {
      heading: "Modifier (administration)",
      addEntry: "Ajouter une entrée",
      addEntryIntro: "Les libellés servent aussi de synonymes : inutile de les répéter.",
      editEntry: "Modifier l'entrée",
      labelFr: "Libellé en français",
      labelEn: "Libellé en anglais",
      kind: "Type",
      depth: "Profondeur",
      escoUri: "URI ESCO (facultatif)",
      escoUriHint: "Par exemple http://data.europa.eu/esco/skill/…",
      synonymsFr: "Synonymes en français",
      synonymsEn: "Synonymes en anglais",
      synonymsHint: "Un par ligne : formes nominales, verbes, variantes trouvées dans les offres.",
      save: "Enregistrer",
      create: "Ajouter l'entrée",
      addSynonym: "Ajouter un synonyme",
      language: "Langue",
      synonym: "Synonyme",
      add: "Ajouter",
      retireSynonym: (text) => `Retirer le synonyme « ${text} »`,
      retireEntry: "Retirer l'entrée",
      retireEntryHint: "L'entrée disparaît des pages et de l'analyse ; elle reste dans l'historique.",
      retireConfirm: "Je confirme le retrait de cette entrée",
      claimedBy: (entry, family) => `Déjà utilisé par « ${entry} » (${family}).`,
      signInToEdit: "Les administrateurs peuvent modifier la taxonomie après s'être connectés.",
    },
    history: {
      pageTitle: "Historique de la taxonomie — RoleScope",
      title: "Historique des modifications",
      intro: "Chaque modification de la taxonomie, de la plus récente à la plus ancienne.",
      when: "Quand",
      who: "Qui",
      what: "Quoi",
      change: "Avant → après",
      empty: "Aucune modification pour l'instant : la taxonomie est celle livrée avec l'application.",
      older: "Modifications plus anciennes",
      newest: "Revenir aux plus récentes",
      unknownUser: "compte supprimé",
      actions: {
        "entry.create": "Entrée ajoutée",
        "entry.update": "Entrée modifiée",
        "entry.retire": "Entrée retirée",
        "synonym.add": "Synonyme ajouté",
        "synonym.retire": "Synonyme retiré",
      },
      fields: {
        kind: "type",
        depth: "profondeur",
        label: "libellé",
        escoUri: "URI ESCO",
        retired: "retiré",
        text: "texte",
        lang: "langue",
        synonyms: "synonymes",
        familyId: "famille",
      },
      yes: "oui",
      no: "non",
      none: "aucun",
      colon: " : ",
    },
    langName: { fr: "français", en: "anglais" },
    errors: {
      required: "Ce champ est obligatoire.",
      tooLong: "Ce texte est trop long.",
      invalidChoice: "Choisissez une des valeurs proposées.",
      escoUri: "Indiquez une URI ESCO (http://data.europa.eu/esco/…) ou laissez vide.",
      synonymEmpty: "Un synonyme doit contenir au moins deux lettres ou chiffres.",
      tooManySynonyms: "100 synonymes au plus par langue.",
      duplicateSynonym: "Cette entrée a déjà ce synonyme.",
      synonymClaimed: "Ce terme appartient déjà à une autre famille.",
      notFound: "Cet élément n'existe pas (ou plus).",
      retired: "Cet élément est déjà retiré.",
      unknownFamily: "Cette famille n'existe pas.",
    },
    formErrorsSummary: "Le formulaire contient des erreurs.",
  },
  en: {
    depth: { core: "core", light: "light" },
    depthHint: {
      core: "the craft itself, which takes a specialist",
      light: "basic use that neighbouring roles can absorb",
    },
    kind: { duty: "duty", skill: "skill", tool: "tool" },
    kindPlural: { duty: "Duties", skill: "Skills", tool: "Tools" },
    esco: {
      link: "ESCO page",
      occupation: "Matching ESCO occupation",
      none: "No equivalent ESCO occupation.",
      acknowledgement: "This service uses the ESCO classification of the European Commission.",
    },
    roles: {
      pageTitle: "Standard roles — RoleScope",
      title: "Standard digital marketing roles",
      intro:
        "Each role owns its skill families (core) and can absorb some basic use of neighbouring families. Beyond that, the job holds several roles.",
      core: "Core",
      light: "Can absorb",
    },
    role: {
      pageTitle: (label) => `${label} — standard role — RoleScope`,
      back: "All roles",
      alsoCalled: "Common titles:",
      does: "What this role does",
      doesNot: "What this role does not do",
      timeSplit: "A typical week",
      timeSplitCaption: "Typical split of working time over a week",
      activity: "Activity",
      share: "Share of time",
      seniority: "By seniority",
      levels: { junior: "Junior", mid: "Mid-level", senior: "Senior" },
      tools: "Usual tools",
      families: "Skill families",
      coreFamilies: "Owned families (core)",
      lightFamilies: "Absorbed families (light)",
      neighbours: "Neighbouring roles",
      neighboursIntro: "These roles share at least one skill family with this one.",
      sharedFamilies: "Shared:",
      noNeighbours: "No other role shares its families.",
      browseFamily: "See the skills",
    },
    taxonomy: {
      pageTitle: "Skills taxonomy — RoleScope",
      title: "The skills taxonomy",
      intro:
        "Thirteen role families, each with its duties, skills and tools, in French and English. The analysis of job offers rests on these terms.",
      searchLabel: "Search for a skill, duty or tool",
      searchHint: "In French or English; accents and capitals are ignored.",
      searchButton: "Search",
      results: (n, q) => `${n} result${n === 1 ? "" : "s"} for “${q}”`,
      noResults: (q) => `No results for “${q}”. Try a shorter term or the other language.`,
      matchedOn: "matched on",
      families: "The families",
      entryCount: (n) => `${n} entr${n === 1 ? "y" : "ies"}`,
      history: "Change history",
      clear: "Clear the search",
    },
    family: {
      pageTitle: (label) => `${label} — skills — RoleScope`,
      back: "All families",
      definition: "Definition",
      boundaries: "Boundaries with neighbouring families",
      entries: "Entries",
      synonyms: "Synonyms:",
      ownedBy: "Core for:",
      absorbedBy: "Absorbed at light depth by:",
      none: "no role",
      entryLink: (label) => `Details of the entry ${label}`,
    },
    entry: {
      pageTitle: (label) => `${label} — RoleScope`,
      family: "Family",
      kind: "Kind",
      depth: "Depth",
      id: "Id",
      synonymsFr: "French synonyms",
      synonymsEn: "English synonyms",
      noSynonyms: "No synonyms.",
      retiredNotice: "This entry is retired: the analysis no longer uses it.",
      retiredSynonym: "retired",
      saved: "Change saved. The next analysis will use it.",
      notFound: "This entry does not exist.",
    },
    admin: {
      heading: "Edit (administrators)",
      addEntry: "Add an entry",
      addEntryIntro: "Labels count as synonyms too: no need to repeat them.",
      editEntry: "Edit the entry",
      labelFr: "French label",
      labelEn: "English label",
      kind: "Kind",
      depth: "Depth",
      escoUri: "ESCO URI (optional)",
      escoUriHint: "For example http://data.europa.eu/esco/skill/…",
      synonymsFr: "French synonyms",
      synonymsEn: "English synonyms",
      synonymsHint: "One per line: nouns, verbs, variants found in job offers.",
      save: "Save",
      create: "Add the entry",
      addSynonym: "Add a synonym",
      language: "Language",
      synonym: "Synonym",
      add: "Add",
      retireSynonym: (text) => `Retire the synonym “${text}”`,
      retireEntry: "Retire the entry",
      retireEntryHint: "The entry disappears from the pages and the analysis; it stays in the history.",
      retireConfirm: "I confirm retiring this entry",
      claimedBy: (entry, family) => `Already used by “${entry}” (${family}).`,
      signInToEdit: "Administrators can edit the taxonomy once signed in.",
    },
    history: {
      pageTitle: "Taxonomy history — RoleScope",
      title: "Change history",
      intro: "Every change to the taxonomy, newest first.",
      when: "When",
      who: "Who",
      what: "What",
      change: "Before → after",
      empty: "No changes yet: the taxonomy is the one shipped with the app.",
      older: "Older changes",
      newest: "Back to the newest",
      unknownUser: "deleted account",
      actions: {
        "entry.create": "Entry added",
        "entry.update": "Entry edited",
        "entry.retire": "Entry retired",
        "synonym.add": "Synonym added",
        "synonym.retire": "Synonym retired",
      },
      fields: {
        kind: "kind",
        depth: "depth",
        label: "label",
        escoUri: "ESCO URI",
        retired: "retired",
        text: "text",
        lang: "language",
        synonyms: "synonyms",
        familyId: "family",
      },
      yes: "yes",
      no: "no",
      none: "none",
      colon: ": ",
    },
    langName: { fr: "French", en: "English" },
    errors: {
      required: "This field is required.",
      tooLong: "This text is too long.",
      invalidChoice: "Choose one of the values offered.",
      escoUri: "Enter an ESCO URI (http://data.europa.eu/esco/…) or leave it empty.",
      synonymEmpty: "A synonym needs at least two letters or digits.",
      tooManySynonyms: "At most 100 synonyms per language.",
      duplicateSynonym: "This entry already has this synonym.",
      synonymClaimed: "This term already belongs to another family.",
      notFound: "This item does not exist (any more).",
      retired: "This item is already retired.",
      unknownFamily: "This family does not exist.",
    },
    formErrorsSummary: "The form has errors.",
  },
};
