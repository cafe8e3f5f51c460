import type { AuthErrorKey } from "#app/auth/auth-schema";
import type { Localized } from "./locale";

export const auth: Localized<{
  header: { signedInAs: string; login: string; logout: string; logoutEverywhere: string; signup: string; admin: string };
  email: string;
  password: string;
  passwordHint: string;
  confirm: string;
  login: { title: string; intro: string; submit: string; noAccount: string; signupLink: string; failed: string; pageTitle: string };
  signup: { title: string; intro: string; submit: string; haveAccount: string; loginLink: string; taken: string; pageTitle: string };
  formErrorsSummary: string;
  /** A 429 on login or signup, with the wait rounded up to whole minutes. */
  tooMany: (minutes: number) => string;
  errors: Record<AuthErrorKey, string>;
}> = {
  fr: {
    header: { signedInAs: "Connecté·e :", login: "Se connecter", logout: "Se déconnecter", logoutEverywhere: "Se déconnecter partout", signup: "Créer un compte", admin: "admin" },
    email: "Adresse e-mail",
    password: "Mot de passe",
    passwordHint: "Au moins 10 caractères.",
    confirm: "Confirmez le mot de passe",
    login: {
      pageTitle: "Connexion — RoleScope",
      title: "Se connecter",
      intro: "Connectez-vous pour enregistrer vos fiches de poste et vos guides d'entretien.",
      submit: "Se connecter",
      noAccount: "Pas encore de compte ?",
      signupLink: "Créer un compte",
      failed: "Adresse e-mail ou mot de passe incorrect.",
    },
    signup: {
      pageTitle: "Créer un compte — RoleScope",
      title: "Créer un compte",
      intro: "Un compte permet aux managers et aux personnes qui font passer les entretiens d'enregistrer leurs fiches et leurs guides.",
      submit: "Créer mon compte",
      haveAccount: "Déjà un compte ?",
      loginLink: "Se connecter",
      taken: "Un compte existe déjà avec cette adresse. Connectez-vous plutôt.",
    },
    formErrorsSummary: "Le formulaire contient des erreurs :",
    tooMany: (minutes) => `Trop de tentatives. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    errors: {
      emailRequired: "Indiquez votre adresse e-mail.",
      emailInvalid: "Cette adresse e-mail n'est pas valide.",
      passwordRequired: "Indiquez votre mot de passe.",
      passwordShort: "Le mot de passe doit compter au moins 10 caractères.",
      passwordLong: "Le mot de passe ne peut pas dépasser 200 caractères.",
      passwordMismatch: "Les deux mots de passe ne sont pas identiques.",
    },
  },
  en: {
    header: { signedInAs: "Signed in:", login: "Log in", logout: "Log out", logoutEverywhere: "Log out everywhere", signup: "Sign up", admin: "admin" },
    email: "Email address",
    password: "Password",
    passwordHint: "At least 10 characters.",
    confirm: "Confirm the password",
    login: {
      pageTitle: "Log in — RoleScope",
      title: "Log in",
      intro: "Log in to save your role cards and interview kits.",
      submit: "Log in",
      noAccount: "No account yet?",
      signupLink: "Sign up",
      failed: "Wrong email address or password.",
    },
    signup: {
      pageTitle: "Sign up — RoleScope",
      title: "Create an account",
      intro: "An account lets hiring managers and interviewers save their role cards and interview kits.",
      submit: "Create my account",
      haveAccount: "Already have an account?",
      loginLink: "Log in",
      taken: "An account already exists for this address. Log in instead.",
    },
    formErrorsSummary: "The form has errors:",
    tooMany: (minutes) => `Too many attempts. For your safety, try again in ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    errors: {
      emailRequired: "Enter your email address.",
      emailInvalid: "This email address is not valid.",
      passwordRequired: "Enter your password.",
      passwordShort: "The password must be at least 10 characters long.",
      passwordLong: "The password cannot be longer than 200 characters.",
      passwordMismatch: "The two passwords do not match.",
    },
  },
};
