import type { Localized } from "./locale";

// Strings of the layout, home page and error pages. Features keep their own files.
export const common: Localized<{
  appName: string;
  tagline: string;
  skip: string;
  nav: { label: string; check: string; cards: string; compare: string; market: string; roles: string; taxonomy: string };
  switchTo: string;
  switchLabel: string;
  home: {
    title: string;
    intro: string[];
    cta: { check: string; cards: string; compare: string; roles: string };
    forWhom: { who: string; what: string; href: string; cta: string }[];
  };
  notFound: { title: string; body: string; back: string };
  error: { title: string; body: string; dbDown: string; badRequest: string; forbidden: string; tooMany: string; back: string };
  footer: string;
}> = {
  fr: {
    appName: "RoleScope",
    tagline: "Des postes réalistes pour le marketing digital",
    skip: "Aller au contenu",
    nav: {
      label: "Navigation principale",
      check: "Vérifier une offre",
      cards: "Fiches de poste",
      compare: "Comparer",
      market: "Marché",
      roles: "Métiers",
      taxonomy: "Compétences",
    },
    switchTo: "English",
    switchLabel: "Switch to English",
    home: {
      title: "Un poste, un métier.",
      intro: [
        "Trop d'offres de « community manager » demandent en réalité trois ou quatre métiers : animation de communauté, graphisme, vidéo, développement web.",
        "RoleScope repère ces postes surchargés, montre les passages en cause et vous aide à écrire des fiches de poste réalistes et des entretiens structurés.",
      ],
      cta: { check: "Vérifier une offre", cards: "Créer une fiche de poste", compare: "Comparer une offre", roles: "Voir les métiers" },
      forWhom: [
        { who: "RH et recrutement", what: "Collez une offre : combien de métiers contient-elle, et comment la corriger ?", href: "/check", cta: "Vérifier une offre" },
        { who: "Managers", what: "Construisez une fiche de poste réaliste, puis un guide d'entretien.", href: "/cards", cta: "Créer une fiche" },
        { who: "Candidats", what: "Comparez une offre au métier standard : ce qui est dans le rôle, ce qui ne l'est pas, quoi demander.", href: "/compare", cta: "Comparer" },
      ],
    },
    notFound: {
      title: "Page introuvable",
      body: "Cette adresse ne mène nulle part. Le lien est peut-être ancien ou mal copié.",
      back: "Retour à l'accueil",
    },
    error: {
      title: "Une erreur est survenue",
      body: "Nous n'avons pas pu afficher cette page. Réessayez dans un instant ; rien de ce que vous avez saisi n'a été enregistré à moitié.",
      dbDown: "La base de données ne répond pas pour le moment. Réessayez dans quelques instants.",
      badRequest: "Cette requête n'a pas pu être lue : formulaire incomplet, trop volumineux ou d'un format inattendu. Rechargez la page et réessayez.",
      forbidden: "Cette action n'est pas permise ici (elle vient peut-être d'un autre site).",
      tooMany: "Trop de requêtes en peu de temps depuis votre connexion. Patientez un peu avant de réessayer.",
      back: "Retour à l'accueil",
    },
    footer: "Libellés ESCO : © Union européenne, classification ESCO (décision 2011/833/UE).",
  },
  en: {
    appName: "RoleScope",
    tagline: "Realistic roles for digital marketing",
    skip: "Skip to content",
    nav: {
      label: "Main navigation",
      check: "Check an offer",
      cards: "Role cards",
      compare: "Compare",
      market: "Market",
      roles: "Roles",
      taxonomy: "Taxonomy",
    },
    switchTo: "Français",
    switchLabel: "Passer en français",
    home: {
      title: "One job, one role.",
      intro: [
        "Too many “community manager” offers really ask for three or four jobs: community management, graphic design, video, web development.",
        "RoleScope spots these overloaded postings, shows the passages behind the verdict, and helps you write realistic role cards and structured interviews.",
      ],
      cta: { check: "Check an offer", cards: "Build a role card", compare: "Compare an offer", roles: "Browse roles" },
      forWhom: [
        { who: "HR and recruiters", what: "Paste an offer: how many jobs does it hold, and how do you fix it?", href: "/check", cta: "Check an offer" },
        { who: "Hiring managers", what: "Build a realistic role card, then an interview kit.", href: "/cards", cta: "Build a card" },
        { who: "Candidates", what: "Compare an offer with the standard role: what is in-role, what is extra, what to ask.", href: "/compare", cta: "Compare" },
      ],
    },
    notFound: {
      title: "Page not found",
      body: "This address leads nowhere. The link may be old or mistyped.",
      back: "Back to home",
    },
    error: {
      title: "Something went wrong",
      body: "We could not show this page. Try again in a moment; nothing you typed was half-saved.",
      dbDown: "The database is not answering right now. Try again in a few moments.",
      badRequest: "This request could not be read: the form was incomplete, too large or in an unexpected format. Reload the page and try again.",
      forbidden: "This action is not allowed here (it may come from another site).",
      tooMany: "Too many requests from your connection in a short time. Wait a little before trying again.",
      back: "Back to home",
    },
    footer: "ESCO labels: © European Union, ESCO classification (Decision 2011/833/EU).",
  },
};
