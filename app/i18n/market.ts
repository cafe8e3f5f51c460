import { fill } from "#app/compare/wording";
import type { BadRow, BadRowReason } from "#app/market/offer-schema";
import type { Lang, Localized } from "./locale";

export { fill };

// Strings of /market, its runs, figures, drill-down and the market:import CLI.

type VerdictName = "overloaded" | "stretched" | "focused" | "out_of_scope";

export const market: Localized<{
  meta: { list: string };
  title: string;
  intro: string;
  upload: {
    heading: string;
    file: string;
    fileHint: string;
    name: string;
    nameHint: string;
    submit: string;
    errors: { file_missing: string; file_type: string; file_too_big: string; name_too_long: string };
  };
  demo: { heading: string; body: string; submit: string };
  runs: { heading: string; empty: string; name: string; source: string; offers: string; refused: string; status: string; created: string };
  status: Record<"importing" | "analysing" | "done" | "interrupted", string>;
  run: {
    back: string;
    progress: string;
    counts: string;
    rate: string;
    left: string;
    done: string;
    waitingWorker: string;
    refresh: string;
    refusedHeading: string;
    refusedCount: string;
    refusedMore: string;
    line: string;
    field: string;
    reason: string;
    exports: string;
    exportCsv: string;
    exportJsonl: string;
    empty: string;
    importing: string;
    encoding: string;
    encodings: Record<"utf-8" | "utf-16le" | "utf-16be" | "windows-1252", string>;
    interruptedHeading: string;
    interruptedBody: string;
    resumeFile: string;
    resumeSubmit: string;
    deleteSubmit: string;
    resumeErrors: { different_file: string; not_interrupted: string };
  };
  overview: {
    link: string;
    heading: string;
    intro: string;
    counted: string;
    duplicates: string;
    empty: string;
    drillBack: string;
    run: string;
  };
  figures: {
    heading: string;
    analysedOf: string;
    verdicts: string;
    byTitle: string;
    titleFamilies: string;
    titleFamiliesIntro: string;
    byLocation: string;
    otherLocations: string;
    byMonth: string;
    extras: string;
    extrasIntro: string;
    cooccurrence: string;
    cooccurrenceIntro: string;
    table: string;
    offers: string;
    share: string;
    none: Record<"title" | "location" | "month", string>;
    family: string;
    title: string;
    location: string;
    month: string;
    verdict: string;
    extraJob: string;
    noExtras: string;
  };
  verdicts: Record<VerdictName, string>;
  drill: {
    heading: string;
    all: string;
    count: string;
    back: string;
    columns: { line: string; title: string; company: string; location: string; date: string; verdict: string; roles: string };
    previous: string;
    next: string;
    page: string;
    filters: { verdict: string; title: string; location: string; month: string; family: string; family2: string; extra: string };
    open: string;
  };
  offer: {
    back: string;
    line: string;
    company: string;
    location: string;
    date: string;
    source: string;
    detectedTitle: string;
    roles: string;
    families: string;
    evidence: string;
    explanation: string;
    text: string;
    core: string;
    light: string;
  };
  badRow: Record<BadRowReason, string>;
  badRowAt: string;
}> = {
  fr: {
    meta: { list: "Vue marché — RoleScope" },
    title: "Vue marché",
    intro:
      "Importez un lot d'offres (export d'un job board, historique de vos annonces) : chaque offre est analysée, puis vous voyez la part d'offres surchargées, par intitulé, par lieu et par mois, et quels métiers sont demandés ensemble.",
    upload: {
      heading: "Importer des offres",
      file: "Fichier d'offres",
      fileHint:
        "CSV avec une ligne d'en-tête (colonne text obligatoire ; title, company, location, date, url, id facultatives), JSON Lines (un objet par ligne) ou .zip de fichiers .txt, .md, .html, .docx, .pdf. Jusqu'à 100 000 offres.",
      name: "Nom de l'import",
      nameHint: "Facultatif : le nom du fichier sinon.",
      submit: "Importer et analyser",
      errors: {
        file_missing: "Choisissez un fichier à importer.",
        file_type: "Ce type de fichier n'est pas pris en charge : utilisez .csv, .jsonl ou .zip.",
        file_too_big: "Ce fichier est trop volumineux (500 Mo au plus).",
        name_too_long: "Le nom doit faire au plus 200 caractères.",
      },
    },
    demo: {
      heading: "Essayer avec des offres d'exemple",
      body: "Une quarantaine d'offres écrites pour la démonstration, en français et en anglais, de la plus ciblée à la plus surchargée.",
      submit: "Importer les offres d'exemple",
    },
    runs: {
      heading: "Imports de cet espace",
      empty: "Aucun import pour l'instant.",
      name: "Nom",
      source: "Fichier",
      offers: "Offres",
      refused: "Lignes refusées",
      status: "État",
      created: "Créé le",
    },
    status: { importing: "Import en cours", analysing: "Analyse en cours", done: "Terminé", interrupted: "Interrompu" },
    run: {
      back: "Tous les imports",
      progress: "Avancement",
      counts: "{analysed} offres analysées sur {total}",
      rate: "{rate} offres/s",
      left: "environ {time} restantes",
      done: "Analyse terminée.",
      waitingWorker: "En attente d'un worker : lancez npm run worker sur une machine qui accède à la base.",
      refresh: "Actualiser",
      refusedHeading: "Lignes refusées",
      refusedCount: "{count} lignes n'ont pas été importées ; les autres l'ont été.",
      refusedMore: "Seules les {shown} premières sont listées.",
      line: "Ligne",
      field: "Champ",
      reason: "Raison",
      exports: "Exporter les analyses",
      exportCsv: "CSV",
      exportJsonl: "JSON Lines",
      empty: "Aucune offre n'a pu être importée de ce fichier.",
      importing: "Lecture du fichier en cours : {count} offres enregistrées pour l'instant.",
      encoding: "Fichier lu en {encoding}.",
      encodings: { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", "windows-1252": "Windows-1252 (export Excel)" },
      interruptedHeading: "Import interrompu",
      interruptedBody:
        "La lecture du fichier s'est arrêtée après {count} offres (le serveur a été arrêté pendant l'import) et le fichier n'est plus disponible. Importez à nouveau le même fichier : l'import reprend où il s'était arrêté, sans analyser deux fois une offre. Ou supprimez cet import.",
      resumeFile: "Le même fichier",
      resumeSubmit: "Reprendre l'import",
      deleteSubmit: "Supprimer cet import",
      resumeErrors: {
        different_file: "Ce n'est pas le fichier de cet import : sa ligne {line} ne correspond pas aux offres déjà enregistrées. Rien n'a été modifié.",
        not_interrupted: "Cet import n'est plus interrompu.",
      },
    },
    overview: {
      link: "Voir les chiffres de tous les imports",
      heading: "Chiffres de tous les imports",
      intro: "Les offres de tous les imports terminés de cet espace, réunies en un seul tableau.",
      counted: "Chiffres calculés sur {analysed} offres analysées, de {runs} imports terminés.",
      duplicates:
        "Une offre présente dans plusieurs imports (même texte) compte une fois, avec son import le plus récent : {count} copies plus anciennes ne sont pas comptées.",
      empty: "Aucun import terminé pour l'instant : les chiffres apparaîtront ici quand un import aura été analysé.",
      drillBack: "Retour aux chiffres de tous les imports",
      run: "Import",
    },
    figures: {
      heading: "Ce que montrent les offres",
      analysedOf: "Chiffres calculés sur {analysed} offres analysées.",
      verdicts: "Verdicts",
      byTitle: "Par intitulé annoncé",
      titleFamilies: "Métiers demandés sous un même intitulé",
      titleFamiliesIntro: "Part des offres de chaque intitulé qui demandent aussi chaque métier.",
      byLocation: "Par lieu",
      otherLocations: "{count} autres lieux ne sont pas affichés.",
      byMonth: "Par mois de publication",
      extras: "Métiers en plus du poste annoncé",
      extrasIntro: "Les métiers que l'analyse ajoute le plus souvent à celui qu'annonce l'intitulé.",
      cooccurrence: "Métiers demandés ensemble",
      cooccurrenceIntro: "Nombre d'offres qui demandent les deux métiers ; la diagonale compte les offres qui demandent le métier.",
      table: "Voir sous forme de tableau",
      offers: "Offres",
      share: "Part",
      none: { title: "Intitulé non reconnu", location: "Lieu non indiqué", month: "Date non indiquée" },
      family: "Métier",
      title: "Intitulé",
      location: "Lieu",
      month: "Mois",
      verdict: "Verdict",
      extraJob: "Métier en plus",
      noExtras: "aucun",
    },
    verdicts: { overloaded: "Surchargée", stretched: "Étendue", focused: "Cohérente", out_of_scope: "Hors périmètre" },
    drill: {
      heading: "Offres",
      all: "Toutes les offres analysées",
      count: "{count} offres",
      back: "Retour aux chiffres",
      columns: { line: "Ligne", title: "Intitulé", company: "Entreprise", location: "Lieu", date: "Date", verdict: "Verdict", roles: "Métiers couverts" },
      previous: "Page précédente",
      next: "Page suivante",
      page: "Page {page} sur {pages}",
      filters: {
        verdict: "verdict",
        title: "intitulé",
        location: "lieu",
        month: "mois",
        family: "métier demandé",
        family2: "et aussi",
        extra: "métier en plus",
      },
      open: "Voir l'analyse",
    },
    offer: {
      back: "Retour à la liste",
      line: "Ligne {line} du fichier",
      company: "Entreprise",
      location: "Lieu",
      date: "Date",
      source: "Annonce d'origine",
      detectedTitle: "Intitulé lu",
      roles: "Métiers nécessaires",
      families: "Ce que l'offre demande",
      evidence: "Passages",
      explanation: "Pourquoi ce verdict",
      text: "Texte de l'offre",
      core: "cœur de métier",
      light: "usage simple",
    },
    badRow: {
      missing_text: "le texte de l'offre est vide",
      text_too_long: "le texte dépasse 200 Ko",
      field_too_long: "champ trop long",
      bad_date: "date illisible (attendu : AAAA-MM-JJ, JJ/MM/AAAA ou AAAA-MM)",
      bad_url: "adresse web invalide (http:// ou https:// attendu)",
      bad_json: "ligne qui n'est pas du JSON",
      not_an_object: "la ligne n'est pas un objet JSON",
      bad_csv: "ligne CSV mal formée (guillemet non fermé ?)",
      no_text_column: "aucune colonne text dans l'en-tête",
      unsupported_file: "type de fichier non pris en charge",
      unreadable_file: "fichier illisible",
      not_text: "ce n'est pas un fichier texte (un classeur .xlsx renommé ?) : enregistrez-le depuis le tableur au format CSV",
      bad_encoding: "encodage des caractères inconnu : enregistrez le fichier au format « CSV UTF-8 »",
      file_too_big: "fichier de plus de 5 Mo",
      too_many_offers: "au-delà de 100 000 offres : le reste du fichier n'a pas été lu",
    },
    badRowAt: "ligne {line}",
  },
  en: {
    meta: { list: "Market view — RoleScope" },
    title: "Market view",
    intro:
      "Import a batch of offers (a job board export, your own history of postings): every offer is analysed, then you see the share of overloaded offers, by title, by location and by month, and which jobs are asked for together.",
    upload: {
      heading: "Import offers",
      file: "Offers file",
      fileHint:
        "CSV with a header row (a text column is required; title, company, location, date, url, id are optional), JSON Lines (one object per line) or a .zip of .txt, .md, .html, .docx, .pdf files. Up to 100,000 offers.",
      name: "Import name",
      nameHint: "Optional: the file name otherwise.",
      submit: "Import and analyse",
      errors: {
        file_missing: "Choose a file to import.",
        file_type: "This file type is not supported: use .csv, .jsonl or .zip.",
        file_too_big: "This file is too large (500 MB at most).",
        name_too_long: "The name must be at most 200 characters.",
      },
    },
    demo: {
      heading: "Try it with sample offers",
      body: "About forty offers written for the demo, in French and English, from the most focused to the most overloaded.",
      submit: "Import the sample offers",
    },
    runs: {
      heading: "Imports of this workspace",
      empty: "No imports yet.",
      name: "Name",
      source: "File",
      offers: "Offers",
      refused: "Refused rows",
      status: "Status",
      created: "Created",
    },
    status: { importing: "Importing", analysing: "Analysing", done: "Done", interrupted: "Interrupted" },
    run: {
      back: "All imports",
      progress: "Progress",
      counts: "{analysed} of {total} offers analysed",
      rate: "{rate} offers/s",
      left: "about {time} left",
      done: "Analysis finished.",
      waitingWorker: "Waiting for a worker: run npm run worker on a machine that reaches the database.",
      refresh: "Refresh",
      refusedHeading: "Refused rows",
      refusedCount: "{count} rows were not imported; the others were.",
      refusedMore: "Only the first {shown} are listed.",
      line: "Line",
      field: "Field",
      reason: "Reason",
      exports: "Export the analyses",
      exportCsv: "CSV",
      exportJsonl: "JSON Lines",
      empty: "No offer could be imported from this file.",
      importing: "Reading the file: {count} offers stored so far.",
      encoding: "File read as {encoding}.",
      encodings: { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", "windows-1252": "Windows-1252 (Excel export)" },
      interruptedHeading: "Import interrupted",
      interruptedBody:
        "Reading the file stopped after {count} offers (the server was stopped during the import) and the file is no longer available. Upload the same file again: the import continues where it stopped, and no offer is analysed twice. Or delete this import.",
      resumeFile: "The same file",
      resumeSubmit: "Resume the import",
      deleteSubmit: "Delete this import",
      resumeErrors: {
        different_file: "This is not this import's file: its line {line} does not match the offers already stored. Nothing was changed.",
        not_interrupted: "This import is no longer interrupted.",
      },
    },
    overview: {
      link: "See the figures of all imports",
      heading: "Figures of all imports",
      intro: "The offers of every finished import of this workspace, pooled into one picture.",
      counted: "Figures from {analysed} analysed offers, from {runs} finished imports.",
      duplicates:
        "An offer found in several imports (the same text) counts once, as its latest import: {count} older copies are not counted.",
      empty: "No finished import yet: the figures will appear here once an import has been analysed.",
      drillBack: "Back to the figures of all imports",
      run: "Import",
    },
    figures: {
      heading: "What the offers show",
      analysedOf: "Figures from {analysed} analysed offers.",
      verdicts: "Verdicts",
      byTitle: "By announced title",
      titleFamilies: "Jobs demanded under one title",
      titleFamiliesIntro: "Share of each title's offers that also demand each job.",
      byLocation: "By location",
      otherLocations: "{count} more locations are not shown.",
      byMonth: "By month posted",
      extras: "Jobs on top of the announced one",
      extrasIntro: "The jobs the analysis most often adds to the one the title announces.",
      cooccurrence: "Jobs demanded together",
      cooccurrenceIntro: "Offers demanding both jobs; the diagonal counts the offers demanding the job.",
      table: "Show as a table",
      offers: "Offers",
      share: "Share",
      none: { title: "Title not recognised", location: "No location given", month: "No date given" },
      family: "Job",
      title: "Title",
      location: "Location",
      month: "Month",
      verdict: "Verdict",
      extraJob: "Extra job",
      noExtras: "none",
    },
    verdicts: { overloaded: "Overloaded", stretched: "Stretched", focused: "Focused", out_of_scope: "Out of scope" },
    drill: {
      heading: "Offers",
      all: "All analysed offers",
      count: "{count} offers",
      back: "Back to the figures",
      columns: { line: "Line", title: "Title", company: "Company", location: "Location", date: "Date", verdict: "Verdict", roles: "Jobs covered" },
      previous: "Previous page",
      next: "Next page",
      page: "Page {page} of {pages}",
      filters: {
        verdict: "verdict",
        title: "title",
        location: "location",
        month: "month",
        family: "job demanded",
        family2: "and also",
        extra: "extra job",
      },
      open: "Open the analysis",
    },
    offer: {
      back: "Back to the list",
      line: "Line {line} of the file",
      company: "Company",
      location: "Location",
      date: "Date",
      source: "Original posting",
      detectedTitle: "Title read",
      roles: "Jobs needed",
      families: "What the offer demands",
      evidence: "Passages",
      explanation: "Why this verdict",
      text: "Offer text",
      core: "core craft",
      light: "basic use",
    },
    badRow: {
      missing_text: "the offer text is empty",
      text_too_long: "the text is over 200 KB",
      field_too_long: "field too long",
      bad_date: "unreadable date (expected YYYY-MM-DD, DD/MM/YYYY or YYYY-MM)",
      bad_url: "invalid web address (http:// or https:// expected)",
      bad_json: "the line is not JSON",
      not_an_object: "the line is not a JSON object",
      bad_csv: "malformed CSV line (unclosed quote?)",
      no_text_column: "no text column in the header",
      unsupported_file: "unsupported file type",
      unreadable_file: "unreadable file",
      not_text: "this is not a text file (a renamed .xlsx workbook?): save it from the spreadsheet as CSV",
      bad_encoding: "unknown character encoding: save the file as \"CSV UTF-8\"",
      file_too_big: "file over 5 MB",
      too_many_offers: "past 100,000 offers: the rest of the file was not read",
    },
    badRowAt: "line {line}",
  },
};

/** "line 12 (date): unreadable date …" for the CLI and the refused-rows list. */
export function badRowText(bad: BadRow, lang: Lang): string {
  const t = market[lang];
  const where = fill(t.badRowAt, { line: bad.line }) + (bad.name ? ` — ${bad.name}` : "") + (bad.field ? ` (${bad.field})` : "");
  return `${where}: ${t.badRow[bad.reason]}`;
}
