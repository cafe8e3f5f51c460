import type { Localized } from "./locale";
import { formatDate } from "./format";

// Strings of the compliance panel (/check), the rules pages and the card export.
export const compliance: Localized<{
  heading: string;
  disclaimer: string;
  notChecked: string;
  none: string;
  counts: (n: { illegal: number; risky: number; recommended: number }) => string;
  severities: { illegal: string; risky: string; recommended: string };
  statuses: { in_force: string; adopted: string; draft: string };
  statusNames: { in_force: string; adopted: string; draft: string };
  missing: string;
  fix: string;
  source: string;
  highlights: string;
  highlightsLegend: string;
  offerExport: { postedOn: (date: Date) => string; openToAll: string };
  jobPosting: { link: string; organization: string; country: string };
  rules: {
    title: string;
    intro: string;
    history: string;
    edit: string;
    edited: string;
    verification: { verified: string; secondary: string; unverified: string };
    terms: string;
    except: string;
    lists: string;
    rulesLink: string;
    back: string;
    editTitle: (id: string) => string;
    save: string;
    saved: string;
    fields: Record<"severity" | "status" | "since" | "reasonFr" | "reasonEn" | "fixFr" | "fixEn" | "termsFr" | "termsEn" | "exceptFr" | "exceptEn" | "retired" | "note", string>;
    termsHint: string;
    retiredHint: string;
    errors: Record<"required" | "invalid" | "tooLong" | "badTerm", string>;
    formErrors: string;
    historyIntro: string;
    when: string;
    who: string;
    what: string;
    change: string;
    empty: string;
    yes: string;
    no: string;
    none: string;
  };
}> = {
  fr: {
    heading: "Conformité de l'offre",
    disclaimer:
      "Information, pas un avis juridique : ces repères signalent des formulations à relire au regard du Code du travail et de la directive européenne sur la transparence salariale. Seul un ou une juriste peut trancher.",
    notChecked: "Non vérifié automatiquement : les allégations fausses ou trompeuses (art. L5331-3), qu'aucun outil ne détecte de façon fiable.",
    none: "Rien à signaler parmi les règles vérifiées.",
    counts: ({ illegal, risky, recommended }) => `${illegal} interdit, ${risky} à risque, ${recommended} recommandé`,
    severities: { illegal: "Interdit", risky: "À risque", recommended: "Recommandé" },
    statuses: { in_force: "en vigueur depuis le", adopted: "adopté le", draft: "projet du" },
    statusNames: { in_force: "En vigueur", adopted: "Adopté, pas encore applicable", draft: "Projet" },
    missing: "Élément manquant",
    fix: "Correction proposée :",
    source: "Texte officiel",
    highlights: "Voir les lignes concernées dans l'offre",
    highlightsLegend: "Passages soulignés par la vérification de conformité",
    offerExport: {
      postedOn: (date) => `Publiée le ${formatDate(date, "fr", { dateStyle: "long" })}`,
      openToAll: "Ce poste est ouvert à toutes et à tous.",
    },
    jobPosting: { link: "Exporter en JSON-LD (schema.org JobPosting)", organization: "Nom de l'employeur", country: "Pays (code ISO, ex. FR)" },
    rules: {
      title: "Règles de conformité",
      intro: "Les règles que RoleScope vérifie dans une offre, avec leur article, leur statut et leurs listes de mots. Les administrateurs peuvent les modifier ; chaque modification est journalisée.",
      history: "Historique des modifications",
      edit: "Modifier",
      edited: "modifiée par un administrateur",
      verification: { verified: "vérifiée sur le texte officiel", secondary: "vérifiée sur une source secondaire", unverified: "non vérifiée" },
      terms: "Mots recherchés",
      except: "Exceptions",
      lists: "Listes de mots partagées",
      rulesLink: "Les règles vérifiées",
      back: "Règles de conformité",
      editTitle: (id) => `Modifier ${id}`,
      save: "Enregistrer",
      saved: "Modification enregistrée : la prochaine vérification l'utilise.",
      fields: {
        severity: "Gravité",
        status: "Statut du texte",
        since: "Date du statut",
        reasonFr: "Motif (français)",
        reasonEn: "Motif (anglais)",
        fixFr: "Correction (français)",
        fixEn: "Correction (anglais)",
        termsFr: "Mots recherchés (français)",
        termsEn: "Mots recherchés (anglais)",
        exceptFr: "Exceptions (français)",
        exceptEn: "Exceptions (anglais)",
        retired: "Désactiver la règle",
        note: "Note",
      },
      termsHint: "Un par ligne. Accents et majuscules indifférents ; « (e) », « (s) » : terminaison facultative ; {age}, {n}, {day}, {month}, {year} : nombres et dates ; « masculin|féminin » pour les intitulés.",
      retiredHint: "Une règle désactivée n'est plus vérifiée ; elle reste dans l'historique.",
      errors: {
        required: "Ce champ est obligatoire.",
        invalid: "Valeur non valable.",
        tooLong: "Trop long.",
        badTerm: "Un mot de la liste ne peut pas être lu (accolade inconnue ou vide).",
      },
      formErrors: "La modification n'a pas été enregistrée :",
      historyIntro: "Chaque modification des règles, la plus récente d'abord.",
      when: "Quand",
      who: "Qui",
      what: "Règle",
      change: "Modification",
      empty: "Aucune modification pour l'instant.",
      yes: "oui",
      no: "non",
      none: "—",
    },
  },
  en: {
    heading: "Offer compliance",
    disclaimer:
      "Information, not legal advice: these notes point at wording to review against French labour law and the EU pay-transparency directive. Only a lawyer can decide.",
    notChecked: "Not checked automatically: false or misleading statements (art. L5331-3), which no tool detects reliably.",
    none: "Nothing to report among the rules checked.",
    counts: ({ illegal, risky, recommended }) => `${illegal} banned, ${risky} risky, ${recommended} recommended`,
    severities: { illegal: "Banned", risky: "Risky", recommended: "Recommended" },
    statuses: { in_force: "in force since", adopted: "adopted on", draft: "draft of" },
    statusNames: { in_force: "In force", adopted: "Adopted, not yet applicable", draft: "Draft" },
    missing: "Missing element",
    fix: "Suggested fix:",
    source: "Official text",
    highlights: "Show the lines concerned in the offer",
    highlightsLegend: "Passages the compliance check points at",
    offerExport: {
      postedOn: (date) => `Posted on ${formatDate(date, "en", { dateStyle: "long" })}`,
      openToAll: "This job is open to all genders.",
    },
    jobPosting: { link: "Export as JSON-LD (schema.org JobPosting)", organization: "Employer name", country: "Country (ISO code, e.g. FR)" },
    rules: {
      title: "Compliance rules",
      intro: "The rules RoleScope checks in an offer, with their article, status and word lists. Administrators can edit them; every edit is logged.",
      history: "Edit history",
      edit: "Edit",
      edited: "edited by an administrator",
      verification: { verified: "checked against the official text", secondary: "checked against a secondary source", unverified: "not verified" },
      terms: "Words looked for",
      except: "Exceptions",
      lists: "Shared word lists",
      rulesLink: "The rules checked",
      back: "Compliance rules",
      editTitle: (id) => `Edit ${id}`,
      save: "Save",
      saved: "Saved: the next check uses it.",
      fields: {
        severity: "Severity",
        status: "Status of the text",
        since: "Date of the status",
        reasonFr: "Reason (French)",
        reasonEn: "Reason (English)",
        fixFr: "Fix (French)",
        fixEn: "Fix (English)",
        termsFr: "Words looked for (French)",
        termsEn: "Words looked for (English)",
        exceptFr: "Exceptions (French)",
        exceptEn: "Exceptions (English)",
        retired: "Turn the rule off",
        note: "Note",
      },
      termsHint: "One per line. Accents and case do not matter; \"(e)\", \"(s)\": optional ending; {age}, {n}, {day}, {month}, {year}: numbers and dates; \"masculine|feminine\" for titles.",
      retiredHint: "A rule turned off is no longer checked; it stays in the history.",
      errors: {
        required: "This field is required.",
        invalid: "Not a valid value.",
        tooLong: "Too long.",
        badTerm: "A word of the list cannot be read (unknown placeholder or empty).",
      },
      formErrors: "The change was not saved:",
      historyIntro: "Every change to the rules, newest first.",
      when: "When",
      who: "Who",
      what: "Rule",
      change: "Change",
      empty: "No change yet.",
      yes: "yes",
      no: "no",
      none: "—",
    },
  },
};
