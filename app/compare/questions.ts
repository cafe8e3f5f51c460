// Questions a candidate can ask the employer, as data. The rule engine (pick-questions.ts)
// decides which apply from what the comparison found; nothing here is generated text.
// Placeholders: {family} (the label mid-sentence), {ofFamily} (FR "du design graphique",
// EN the label), {families} (a list of labels), {role}, {titleRole}, {bodyRole}.

import type { Localized } from "#app/analysis/taxonomy";
import type { Verdict } from "#app/analysis/types";

export type QuestionTrigger =
  /** The offer demands this family and the role does not own it. */
  | { on: "extra"; family: string }
  /** A neighbouring family the role absorbs at light depth: ask how deep it goes. */
  | { on: "edge"; family: string }
  /** A family the role owns that the offer hardly mentions. */
  | { on: "missing"; family: string }
  | { on: "verdict"; verdict: Verdict }
  | { on: "title_mismatch" }
  | { on: "always" };

export interface QuestionTemplate {
  id: string;
  when: QuestionTrigger;
  text: Localized;
}

/** Family "*" is the fallback for families that have no question of their own. */
export const ANY_FAMILY = "*";

const extra = (family: string, id: string, fr: string, en: string): QuestionTemplate => ({
  id: `extra.${family === ANY_FAMILY ? "any" : family}.${id}`,
  when: { on: "extra", family },
  text: { fr, en },
});
const edge = (family: string, id: string, fr: string, en: string): QuestionTemplate => ({
  id: `edge.${family === ANY_FAMILY ? "any" : family}.${id}`,
  when: { on: "edge", family },
  text: { fr, en },
});
const missing = (family: string, id: string, fr: string, en: string): QuestionTemplate => ({
  id: `missing.${family === ANY_FAMILY ? "any" : family}.${id}`,
  when: { on: "missing", family },
  text: { fr, en },
});

export const QUESTION_TEMPLATES: QuestionTemplate[] = [
  // Work the role does not own: who does it today, with what means, for how much of the week.
  extra("community_management", "who", "Qui anime et modère la communauté aujourd'hui (commentaires, messages, avis) ? Quelle part de la semaine ce poste doit-il y consacrer ?", "Who runs and moderates the community today (comments, messages, reviews)? How much of the week should this job spend on it?"),
  extra("social_media_marketing", "who", "Qui produit et programme les publications aujourd'hui ? Existe-t-il un calendrier éditorial et des objectifs de portée ?", "Who produces and schedules the posts today? Is there an editorial calendar with reach targets?"),
  extra("content_writing", "volume", "Combien de contenus écrits (articles, newsletters, pages) attendez-vous par mois, et qui les relit ?", "How many written pieces (articles, newsletters, pages) do you expect each month, and who proofreads them?"),
  extra("graphic_design", "who", "Qui réalise le graphisme aujourd'hui ? Y a-t-il un graphiste, une agence, ou une charte avec des modèles prêts à l'emploi ?", "Who does the design today? Is there a designer, an agency, or brand guidelines with ready-made templates?"),
  extra("graphic_design", "tools", "Quels logiciels de création sont fournis (suite Adobe, Figma, Canva Pro), avec quelles licences ?", "Which design tools are provided (Adobe suite, Figma, Canva Pro), with which licences?"),
  extra("photo_video", "who", "Qui tourne et monte les photos et vidéos aujourd'hui ? Le matériel (appareil, lumière, logiciel de montage) est-il fourni ?", "Who shoots and edits the photos and videos today? Is the equipment (camera, lighting, editing software) provided?"),
  extra("photo_video", "volume", "Combien de vidéos par mois, et de quel niveau : stories rapides au smartphone ou films tournés et montés ?", "How many videos a month, and at what level: quick phone stories or shot and edited films?"),
  extra("web_design_ux", "who", "Qui conçoit les maquettes et le parcours du site aujourd'hui ? Y a-t-il un designer UX/UI ou une agence ?", "Who designs the site's mock-ups and user journeys today? Is there a UX/UI designer or an agency?"),
  extra("web_development", "who", "Y a-t-il un développeur ou une agence pour le site ? Qui intervient quand il tombe en panne ou doit évoluer ?", "Is there a developer or an agency for the website? Who steps in when it breaks or needs new features?"),
  extra("web_development", "stack", "Sur quelle technologie tourne le site (WordPress, sur mesure…), et qui l'héberge et le maintient à jour ?", "What is the website built on (WordPress, custom code…), and who hosts it and keeps it up to date?"),
  extra("seo", "who", "Qui est responsable du référencement naturel aujourd'hui, avec quels outils et quels objectifs ?", "Who is responsible for organic search today, with which tools and which targets?"),
  extra("paid_media", "budget", "Quel budget publicitaire mensuel est prévu, qui le valide, et qui pilote les campagnes aujourd'hui ?", "What monthly advertising budget is planned, who signs it off, and who runs the campaigns today?"),
  extra("email_crm", "who", "Quel outil d'emailing ou de CRM utilisez-vous, et qui gère les fichiers et les envois aujourd'hui ?", "Which email or CRM tool do you use, and who manages the lists and the sends today?"),
  extra("analytics", "who", "Quels indicateurs suivez-vous, avec quels outils, et qui a mis en place le suivi (balises, tableaux de bord) ?", "Which metrics do you track, with which tools, and who set up the tracking (tags, dashboards)?"),
  extra("pr_events", "volume", "Combien d'événements ou d'actions presse par an, avec quel budget et quelle équipe ?", "How many events or press actions a year, with what budget and which team?"),
  extra("digital_strategy", "who", "Qui fixe la stratégie et le budget : ce poste, ou un responsable au-dessus ? Y a-t-il une équipe ou des agences à piloter ?", "Who sets the strategy and the budget: this job, or a manager above it? Is there a team or agencies to manage?"),
  extra(ANY_FAMILY, "who", "Qui s'occupe {ofFamily} aujourd'hui, et quelle part du temps ce poste devrait-il y consacrer ?", "Who handles {family} today, and how much of this job's time should go to it?"),

  // Neighbouring work the role can absorb: is it really light?
  edge("graphic_design", "depth", "Pour les visuels, s'agit-il d'adapter des modèles existants (Canva, charte) ou de créer de zéro ?", "For visuals, is it adapting existing templates (Canva, brand kit) or designing from scratch?"),
  edge("photo_video", "depth", "Pour la vidéo, parle-t-on de contenus rapides au smartphone ou de tournages et montages professionnels ?", "For video, do you mean quick phone content or professional shoots and edits?"),
  edge("web_development", "depth", "Sur le site, s'agit-il de mettre à jour des pages existantes ou de développer de nouvelles fonctions ?", "On the website, is it updating existing pages or building new features?"),
  edge("content_writing", "depth", "Quels textes longs (articles, newsletters) attendez-vous en plus des publications, et à quel rythme ?", "Which long-form texts (articles, newsletters) do you expect besides the posts, and how often?"),
  edge("paid_media", "depth", "Les publicités se limitent-elles à booster des publications, ou faut-il construire et optimiser des campagnes ?", "Are ads limited to boosting posts, or do you expect full campaigns to build and optimise?"),
  edge(ANY_FAMILY, "depth", "Côté {family}, attendez-vous un usage simple ou un vrai travail de spécialiste ?", "For {family}, do you expect basic use or real specialist work?"),

  // The role's own work, absent from the offer.
  missing("community_management", "who", "L'offre parle peu d'animation et de modération : qui répond aux commentaires et aux messages, et est-ce une partie de ce poste ?", "The offer says little about engagement and moderation: who answers comments and messages, and is that part of this job?"),
  missing("social_media_marketing", "who", "L'offre parle peu de la production des publications : qui crée et planifie le contenu des réseaux sociaux ?", "The offer says little about producing posts: who creates and schedules the social media content?"),
  missing(ANY_FAMILY, "scope", "L'offre parle peu {ofFamily}, pourtant au cœur du métier de {role} : cette partie fait-elle partie du poste ?", "The offer says little about {family}, which is at the core of the {role} role: is it part of this job?"),

  { id: "verdict.overloaded.split", when: { on: "verdict", verdict: "overloaded" }, text: { fr: "Comment les heures se répartissent-elles entre ces métiers : {families} ? Lesquels passent en premier les trois premiers mois ?", en: "How are the hours split between these jobs: {families}? Which come first in the first three months?" } },
  { id: "verdict.overloaded.support", when: { on: "verdict", verdict: "overloaded" }, text: { fr: "Ce poste sera-t-il seul sur tous ces sujets, ou épaulé par une équipe, des indépendants ou une agence ?", en: "Will this job be alone on all of these, or supported by a team, freelancers or an agency?" } },
  { id: "verdict.stretched.split", when: { on: "verdict", verdict: "stretched" }, text: { fr: "Quelle part de la semaine prennent ces tâches à la marge ({families}), à côté du cœur du poste ?", en: "How much of the week do the tasks at the edges ({families}) take, next to the core of the job?" } },
  { id: "title.mismatch", when: { on: "title_mismatch" }, text: { fr: "Le titre annonce {titleRole}, mais l'essentiel des missions relève du métier de {bodyRole} : quel est le vrai cœur du poste ?", en: "The title says {titleRole}, but most of the duties are {bodyRole} work: what is the real core of the job?" } },
  { id: "always.goals", when: { on: "always" }, text: { fr: "Sur quels résultats ce poste sera-t-il évalué au bout de six mois ?", en: "Which results will this job be judged on after six months?" } },
];
