import type { CandidateStage } from "#app/workspaces/workspace-schema";
import type { Localized } from "./locale";

export type CandidateErrorKey = "required" | "tooLong" | "email" | "stage" | "member";

const fr = {
  stages: { new: "Nouveau", interview: "En entretien", offer: "Offre faite", hired: "Recruté", rejected: "Non retenu" } as Record<CandidateStage, string>,
  list: {
    metaTitle: (card: string) => `Candidats — ${card}`,
    title: (card: string) => `Candidats — ${card}`,
    back: "Retour à la fiche",
    kit: "Guide d'entretien",
    addTitle: "Ajouter un candidat",
    name: "Nom",
    email: "Adresse e-mail (facultative)",
    stage: "Étape",
    add: "Ajouter le candidat",
    added: "Candidat ajouté.",
    erased: "Candidat effacé avec toutes ses grilles.",
    none: "Aucun candidat pour l'instant.",
    columns: { name: "Candidat", stage: "Étape", scorecards: "Grilles soumises", updated: "Mis à jour" },
    teamTitle: "Intervieweurs affectés",
    teamIntro: "Un intervieweur ne voit que les fiches auxquelles il est affecté, et leurs candidats.",
    noneAssigned: "Personne n'est affecté à cette fiche.",
    member: "Membre de l'espace",
    assign: "Affecter",
    unassign: "Retirer l'affectation",
  },
  candidate: {
    back: "Tous les candidats",
    details: "Informations",
    save: "Enregistrer",
    updated: "Candidat mis à jour.",
    yourScorecard: "Votre grille",
    start: "Remplir ma grille",
    continueDraft: "Reprendre mon brouillon",
    submittedOn: (date: string) => `Soumise le ${date}.`,
    panelTitle: "Grilles du jury",
    hidden: (n: number) =>
      `${n} grille${n > 1 ? "s" : ""} soumise${n > 1 ? "s" : ""}. Les notes des autres restent masquées tant que vous n'avez pas soumis votre grille (notation indépendante).`,
    dataTitle: "Données personnelles",
    dataIntro: "Le candidat peut demander ses données ou leur effacement. Chaque consultation, export et effacement est journalisé.",
    export: "Exporter ses données (JSON)",
    erase: "Effacer le candidat et ses grilles",
  },
  errors: {
    required: "Ce champ est obligatoire.",
    tooLong: "Texte trop long.",
    email: "Adresse e-mail non valide.",
    stage: "Choisissez une étape.",
    member: "Choisissez un membre de l'espace.",
  } as Record<CandidateErrorKey, string>,
};

const en: typeof fr = {
  stages: { new: "New", interview: "Interviewing", offer: "Offer made", hired: "Hired", rejected: "Not selected" },
  list: {
    metaTitle: (card) => `Candidates — ${card}`,
    title: (card) => `Candidates — ${card}`,
    back: "Back to the card",
    kit: "Interview kit",
    addTitle: "Add a candidate",
    name: "Name",
    email: "Email address (optional)",
    stage: "Stage",
    add: "Add the candidate",
    added: "Candidate added.",
    erased: "Candidate erased with all their scorecards.",
    none: "No candidates yet.",
    columns: { name: "Candidate", stage: "Stage", scorecards: "Submitted scorecards", updated: "Updated" },
    teamTitle: "Assigned interviewers",
    teamIntro: "An interviewer sees only the cards they are assigned to, and their candidates.",
    noneAssigned: "Nobody is assigned to this card.",
    member: "Workspace member",
    assign: "Assign",
    unassign: "Unassign",
  },
  candidate: {
    back: "All candidates",
    details: "Details",
    save: "Save",
    updated: "Candidate updated.",
    yourScorecard: "Your scorecard",
    start: "Fill in my scorecard",
    continueDraft: "Continue my draft",
    submittedOn: (date) => `Submitted on ${date}.`,
    panelTitle: "The panel's scorecards",
    hidden: (n) =>
      `${n} scorecard${n === 1 ? "" : "s"} submitted. The others' ratings stay hidden until you submit your own scorecard (independent scoring).`,
    dataTitle: "Personal data",
    dataIntro: "The candidate may ask for their data or for its erasure. Every view, export and erasure is logged.",
    export: "Export their data (JSON)",
    erase: "Erase the candidate and their scorecards",
  },
  errors: {
    required: "This field is required.",
    tooLong: "Too long.",
    email: "Invalid email address.",
    stage: "Choose a stage.",
    member: "Choose a member of the workspace.",
  },
};

export const candidates: Localized<typeof fr> = { fr, en };
