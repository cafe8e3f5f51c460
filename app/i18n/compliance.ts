import type { Localized } from "./locale";

// Strings of the compliance panel (/check), the rules pages and the card export.
export const compliance: Localized<{
  heading: string;
  disclaimer: string;
  notChecked: string;
  none: string;
  counts: (n: { illegal: number; risky: number; recommended: number }) => string;
  severities: { illegal: string; risky: string; recommended: string };
  statuses: { in_force: string; adopted: string; draft: string };
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
    missing: "Élément manquant",
    fix: "Correction proposée :",
    source: "Texte officiel",
    highlights: "Voir les passages dans l'offre",
    highlightsLegend: "Passages soulignés par la vérification de conformité",
    offerExport: {
      postedOn: (date) => `Publiée le ${new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(date)}`,
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
    missing: "Missing element",
    fix: "Suggested fix:",
    source: "Official text",
    highlights: "Show the passages in the offer",
    highlightsLegend: "Passages the compliance check points at",
    offerExport: {
      postedOn: (date) => `Posted on ${new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date)}`,
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
    },
  },
};
