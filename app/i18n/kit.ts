import type { Localized } from "./locale";
import type { Recommendation, ScorecardErrorKey } from "#app/cards/scorecard-schema";

// Strings of the interview kit. `page`, `scorecard` and `compare` follow the UI language;
// `doc` follows the kit's own language (?lang=), which an interviewer picks apart from it.

export interface KitPageMessages {
  title: string;
  metaTitle: (card: string) => string;
  openIn: (lang: string) => string;
  kitLanguage: string;
  print: string;
  pdf: string;
  backToCard: string;
  fillScorecard: string;
  candidates: string;
  noCandidates: string;
  compare: (n: number) => string;
  candidateColumn: string;
  scorecardsColumn: string;
  updatedColumn: string;
  emptyBank: string;
}

export interface KitDocMessages {
  heading: string;
  forRole: (title: string) => string;
  meta: (profile: string, seniority: string) => string;
  howTo: string[];
  competency: (n: number, total: number) => string;
  basis: (duties: string) => string;
  behavioural: string;
  situational: string;
  technical: string;
  probes: string;
  exercise: (minutes: number) => string;
  scale: string;
  rating: (n: number) => string;
  ratingNames: Record<1 | 2 | 3 | 4, string>;
  notes: string;
  recommendation: string;
  recommendations: Record<Recommendation, string>;
  candidate: string;
  interviewer: string;
  date: string;
  page: (n: number, total: number) => string;
  generated: string;
}

export interface ScorecardMessages {
  title: (card: string) => string;
  intro: string;
  ratingLegend: (competency: string) => string;
  notes: string;
  recommendation: string;
  recommendationHint: string;
  overallNotes: string;
  saveDraft: string;
  submit: string;
  saving: string;
  draftSaved: string;
  submitted: string;
  locked: string;
  errorSummary: string;
  existing: string;
  errors: Record<ScorecardErrorKey, string>;
}

export interface CompareMessages {
  competency: string;
  spread: string;
  disagreement: string;
  agreement: string;
  recommendation: string;
  split: string;
  noSplit: string;
  summary: (n: number) => string;
  none: string;
  notRated: string;
  notesHeading: string;
  average: string;
}

export const kit: Localized<{
  page: KitPageMessages;
  doc: KitDocMessages;
  scorecard: ScorecardMessages;
  compare: CompareMessages;
}> = {
  fr: {
    page: {
      title: "Guide d'entretien",
      metaTitle: (card) => `Guide d'entretien — ${card} — RoleScope`,
      openIn: (lang) => `Guide en ${lang}`,
      kitLanguage: "Langue du guide",
      print: "Imprimer",
      pdf: "Télécharger le PDF",
      backToCard: "Retour à la fiche",
      fillScorecard: "Remplir une grille d'évaluation",
      candidates: "Candidats évalués",
      noCandidates: "Aucune grille remplie pour l'instant.",
      compare: (n) => `Comparer les ${n} grille${n > 1 ? "s" : ""}`,
      candidateColumn: "Candidat",
      scorecardsColumn: "Grilles",
      updatedColumn: "Dernière grille",
      emptyBank: "La banque de questions est vide : lancez le seed (npm run db:seed).",
    },
    doc: {
      heading: "Guide d'entretien structuré",
      forRole: (title) => `Poste : ${title}`,
      meta: (profile, seniority) => `Métier de base : ${profile} · Niveau : ${seniority}`,
      howTo: [
        "Posez les mêmes questions, dans le même ordre, à chaque candidat.",
        "Demandez des exemples vécus : la situation, ce que la personne a fait, le résultat. Utilisez les relances pour aller au concret.",
        "Notez chaque compétence juste après l'entretien, seul·e, avec l'échelle ancrée, avant d'en parler avec les autres membres du jury.",
      ],
      competency: (n, total) => `Compétence ${n} sur ${total}`,
      basis: (duties) => `Issue des missions : ${duties}`,
      behavioural: "Questions comportementales",
      situational: "Mises en situation",
      technical: "Questions techniques",
      probes: "Relances",
      exercise: (minutes) => `Exercice pratique (${minutes} min)`,
      scale: "Échelle de notation",
      rating: (n) => `Note ${n}`,
      ratingNames: { 1: "Insuffisant", 2: "En deçà des attentes", 3: "Conforme aux attentes", 4: "Au-delà des attentes" },
      notes: "Notes",
      recommendation: "Recommandation",
      recommendations: { strong_no: "Non, clairement", no: "Non", yes: "Oui", strong_yes: "Oui, sans réserve" },
      candidate: "Candidat",
      interviewer: "Intervieweur",
      date: "Date",
      page: (n, total) => `Page ${n} / ${total}`,
      generated: "Généré par RoleScope à partir de la fiche de poste.",
    },
    scorecard: {
      title: (card) => `Grille d'évaluation — ${card}`,
      intro: "Votre grille pour ce candidat. Notez chaque compétence de 1 à 4 avec l'échelle ancrée ; la recommandation n'a pas d'option neutre. Les notes des autres vous restent masquées jusqu'à ce que vous soumettiez la vôtre.",
      ratingLegend: (competency) => `Note pour « ${competency} »`,
      notes: "Notes (faits observés)",
      recommendation: "Recommandation globale",
      recommendationHint: "Pas d'option neutre : décidez de quel côté vous êtes.",
      overallNotes: "Commentaire général",
      saveDraft: "Enregistrer le brouillon",
      submit: "Soumettre la grille (définitif)",
      saving: "Enregistrement…",
      draftSaved: "Brouillon enregistré : il reste modifiable et personne d'autre ne le voit.",
      submitted: "Grille soumise : voici les grilles soumises du jury.",
      locked: "Votre grille est soumise : elle ne peut plus être modifiée.",
      errorSummary: "La grille n'est pas enregistrée : complétez les champs signalés.",
      existing: "Vous reprenez votre brouillon.",
      errors: {
        required: "Ce champ est obligatoire.",
        invalid: "Valeur non valide.",
        tooLong: "Texte trop long.",
        rating: "Choisissez une note de 1 à 4.",
        recommendation: "Choisissez une recommandation.",
        unknownCompetency: "Cette compétence ne fait pas partie du guide.",
      },
    },
    compare: {
      competency: "Compétence",
      spread: "Écart",
      disagreement: "Désaccord",
      agreement: "Accord",
      recommendation: "Recommandation",
      split: "Les intervieweurs ne vont pas dans le même sens.",
      noSplit: "Les recommandations vont dans le même sens.",
      summary: (n) => (n === 0 ? "Aucun désaccord marqué." : `${n} point${n > 1 ? "s" : ""} de désaccord à discuter.`),
      none: "Aucune grille pour ce candidat.",
      notRated: "non noté",
      notesHeading: "Notes des intervieweurs",
      average: "Moyenne",
    },
  },
  en: {
    page: {
      title: "Interview kit",
      metaTitle: (card) => `Interview kit — ${card} — RoleScope`,
      openIn: (lang) => `Kit in ${lang}`,
      kitLanguage: "Kit language",
      print: "Print",
      pdf: "Download PDF",
      backToCard: "Back to the card",
      fillScorecard: "Fill in a scorecard",
      candidates: "Candidates assessed",
      noCandidates: "No scorecards yet.",
      compare: (n) => `Compare the ${n} scorecard${n > 1 ? "s" : ""}`,
      candidateColumn: "Candidate",
      scorecardsColumn: "Scorecards",
      updatedColumn: "Last scorecard",
      emptyBank: "The question bank is empty: run the seed (npm run db:seed).",
    },
    doc: {
      heading: "Structured interview kit",
      forRole: (title) => `Role: ${title}`,
      meta: (profile, seniority) => `Base role: ${profile} · Seniority: ${seniority}`,
      howTo: [
        "Ask every candidate the same questions, in the same order.",
        "Ask for lived examples: the situation, what the person did, the result. Use the probes to get to specifics.",
        "Rate each competency right after the interview, on your own, with the anchored scale, before talking it over with the panel.",
      ],
      competency: (n, total) => `Competency ${n} of ${total}`,
      basis: (duties) => `Drawn from the duties: ${duties}`,
      behavioural: "Behavioural questions",
      situational: "Situational questions",
      technical: "Technical questions",
      probes: "Probes",
      exercise: (minutes) => `Practical exercise (${minutes} min)`,
      scale: "Rating scale",
      rating: (n) => `Rating ${n}`,
      ratingNames: { 1: "Insufficient", 2: "Below expectations", 3: "Meets expectations", 4: "Exceeds expectations" },
      notes: "Notes",
      recommendation: "Recommendation",
      recommendations: { strong_no: "Strong no", no: "No", yes: "Yes", strong_yes: "Strong yes" },
      candidate: "Candidate",
      interviewer: "Interviewer",
      date: "Date",
      page: (n, total) => `Page ${n} / ${total}`,
      generated: "Generated by RoleScope from the role card.",
    },
    scorecard: {
      title: (card) => `Scorecard — ${card}`,
      intro: "Your scorecard for this candidate. Rate each competency from 1 to 4 with the anchored scale; the recommendation has no neutral option. The others' ratings stay hidden from you until you submit yours.",
      ratingLegend: (competency) => `Rating for “${competency}”`,
      notes: "Notes (observed facts)",
      recommendation: "Overall recommendation",
      recommendationHint: "No neutral option: decide which side you are on.",
      overallNotes: "Overall comment",
      saveDraft: "Save as draft",
      submit: "Submit the scorecard (final)",
      saving: "Saving…",
      draftSaved: "Draft saved: you can still change it and nobody else sees it.",
      submitted: "Scorecard submitted: here are the panel's submitted scorecards.",
      locked: "Your scorecard is submitted: it can no longer be changed.",
      errorSummary: "The scorecard is not saved: complete the fields marked below.",
      existing: "You are continuing your draft.",
      errors: {
        required: "This field is required.",
        invalid: "Invalid value.",
        tooLong: "Too long.",
        rating: "Choose a rating from 1 to 4.",
        recommendation: "Choose a recommendation.",
        unknownCompetency: "This competency is not part of the kit.",
      },
    },
    compare: {
      competency: "Competency",
      spread: "Spread",
      disagreement: "Disagreement",
      agreement: "Agreement",
      recommendation: "Recommendation",
      split: "The interviewers do not lean the same way.",
      noSplit: "The recommendations lean the same way.",
      summary: (n) => (n === 0 ? "No marked disagreement." : `${n} point${n > 1 ? "s" : ""} of disagreement to discuss.`),
      none: "No scorecards for this candidate.",
      notRated: "not rated",
      notesHeading: "Interviewers' notes",
      average: "Average",
    },
  },
};
