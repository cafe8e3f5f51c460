// Work of trades outside digital marketing that offers fold into a marketing post:
// customer support, selling, office and accounting chores, training, IT support,
// shop and stock work. No marketing profile does it, so every hour of it is outside
// the announced job ("chargé·e de support client et communication", "Digital
// Marketing / Trainer"). The phrases name the work itself, never a bare topic word
// ("formation" is also a diploma, "recrutement" also a subscriber drive).

import type { Localized } from "./taxonomy";

export interface OtherTrade {
  id: string;
  label: Localized;
  phrases: Localized<string[]>;
  /** Folded title words that name the trade's post on their own ("Community & Support Manager"). */
  titleWords?: string[];
}

export const OTHER_TRADES: readonly OtherTrade[] = [
  {
    id: "customer_support",
    label: { fr: "support client", en: "customer support" },
    titleWords: ["support", "helpdesk", "sav", "hotline"],
    phrases: {
      fr: [
        "support client", "support clients", "service client", "service clients", "service après-vente", "SAV", "hotline",
        "assistance client", "assistance clients", "assistance aux utilisateurs", "support utilisateurs", "support aux utilisateurs",
        "support technique", "répondre aux demandes des clients", "répondre aux questions des clients", "répondre aux clients",
        "traiter les réclamations", "réclamations clients", "gestion des réclamations", "tickets de support", "conseiller clientèle",
        "chargé de clientèle", "Zendesk", "Freshdesk",
      ],
      en: [
        "customer support", "customer service", "customer care", "support tickets", "support ticket", "help desk",
        "helpdesk", "technical support", "user support", "answer customer questions", "answer customer enquiries",
        "respond to customer inquiries", "respond to customer enquiries", "handle customer complaints", "customer complaints",
        "live chat support",
      ],
    },
  },
  {
    id: "sales",
    label: { fr: "vente", en: "sales" },
    phrases: {
      fr: [
        "prospection commerciale", "prospection téléphonique", "prospecter", "prospecter de nouveaux clients", "démarchage",
        "téléprospection", "prise de rendez-vous", "établir les devis", "établissement des devis", "négociation commerciale",
        "négocier les contrats", "conclure les ventes", "conclure des ventes", "gestion du portefeuille clients",
        "développer le portefeuille clients", "tournées commerciales", "vente en boutique", "atteindre les objectifs de vente",
      ],
      en: [
        "cold calling", "cold calls", "prospect new clients", "prospecting new clients", "prospect new customers",
        "close deals", "closing deals", "negotiate contracts", "sales quotas", "sales quota", "door-to-door sales",
        "manage key accounts", "book sales meetings", "meet sales targets", "in-store sales",
      ],
    },
  },
  {
    id: "office_admin",
    label: { fr: "administration et comptabilité", en: "office administration and bookkeeping" },
    phrases: {
      fr: [
        "accueil téléphonique", "standard téléphonique", "gestion du standard", "tenue du standard", "accueil physique",
        "accueil des visiteurs", "gestion administrative", "tâches administratives", "saisie des commandes", "saisie de données",
        "gestion du courrier", "gestion des agendas", "organisation des déplacements", "facturation", "factures",
        "suivi de la facturation", "comptabilité", "rapprochement bancaire", "notes de frais", "relance des impayés", "impayés",
        "commandes de fournitures", "secrétariat", "paie",
      ],
      en: [
        "answer the phone", "answer the main phone line", "answering phones", "reception desk", "front desk", "greet visitors",
        "office management", "office administration", "administrative tasks", "data entry", "filing", "diary management",
        "book travel", "travel arrangements", "invoices", "invoicing", "bookkeeping", "accounts payable", "accounts receivable",
        "expense reports", "order supplies", "office supplies", "payroll", "HR admin",
      ],
    },
  },
  {
    id: "training",
    label: { fr: "formation et enseignement", en: "training and teaching" },
    phrases: {
      fr: [
        "formateur", "formatrice", "animer des formations", "animer les formations", "dispenser des formations",
        "former les clients", "former les utilisateurs", "former les stagiaires", "sessions de formation", "enseigner",
        "donner des cours",
      ],
      en: [
        "trainer", "trainers", "deliver training", "deliver trainings", "training sessions", "train customers", "train users",
        "training employees", "train employees", "teach", "teaching", "tutor", "instructor", "lecturer",
      ],
    },
  },
  {
    id: "it_support",
    label: { fr: "support informatique", en: "IT support" },
    phrases: {
      fr: [
        "support informatique", "maintenance informatique", "parc informatique", "dépannage informatique", "réseau informatique",
        "administration réseau", "installation des postes", "installation des logiciels", "maintenance du réseau",
        "administration système", "administration systèmes", "infrastructure informatique", "Active Directory", "Windows Server",
      ],
      en: [
        "network troubleshooting", "hardware troubleshooting", "repair computers", "computer maintenance", "network maintenance",
        "desktop support", "system administration", "systems administration", "network administration", "install software",
        "technology infrastructure", "computer workstations", "Active Directory",
        "Windows Server",
      ],
    },
  },
  {
    id: "shop_logistics",
    label: { fr: "logistique et boutique", en: "logistics and shop work" },
    phrases: {
      fr: [
        "préparation des commandes", "préparer les commandes", "gestion des stocks", "gestion de stock", "inventaire", "inventaires",
        "réception des marchandises", "expédition des colis", "emballage des colis", "mise en rayon", "encaissement", "tenue de la caisse",
      ],
      en: [
        "pick and pack", "packing orders", "ship orders", "shipping orders", "stock management", "inventory management",
        "stock control", "stocktaking", "cash register", "shop floor",
      ],
    },
  },
];
