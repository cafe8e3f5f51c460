import type { Localized } from "./locale";

export type ApiErrorCode =
  | "invalid_json"
  | "invalid_request"
  | "empty_text"
  | "payload_too_large"
  | "unsupported_media_type"
  | "method_not_allowed"
  | "forbidden"
  | "rate_limited"
  | "database_unavailable";

// Callers key on the codes; the messages follow their Accept-Language.
export const apiMessages: Localized<Record<ApiErrorCode, string>> = {
  fr: {
    invalid_json: "Le corps de la requête n'est pas du JSON valide.",
    invalid_request: "La requête est incomplète ou mal typée.",
    empty_text: "Le champ « text » est vide.",
    payload_too_large: "La requête dépasse 200 Ko.",
    unsupported_media_type: "Envoyez du JSON avec l'en-tête Content-Type: application/json.",
    method_not_allowed: "Utilisez POST pour analyser une offre.",
    forbidden: "Requête refusée : elle vient d'un autre site.",
    rate_limited: "Trop de requêtes depuis votre adresse ; réessayez après le délai indiqué par Retry-After.",
    database_unavailable: "La base de données ne répond pas ; réessayez dans quelques instants.",
  },
  en: {
    invalid_json: "The request body is not valid JSON.",
    invalid_request: "The request is incomplete or has a field of the wrong type.",
    empty_text: "The “text” field is empty.",
    payload_too_large: "The request is larger than 200 KB.",
    unsupported_media_type: "Send JSON with the header Content-Type: application/json.",
    method_not_allowed: "Use POST to analyze an offer.",
    forbidden: "Request refused: it comes from another site.",
    rate_limited: "Too many requests from your address; try again after the delay given in Retry-After.",
    database_unavailable: "The database is not answering; try again in a few moments.",
  },
};

/** What is wrong with one field of a request: the schemas name the key, the answer speaks the caller's language. */
export type ApiFieldError = "required" | "must_be_string" | "language" | "profile_type" | "must_be_object" | "not_empty" | "invalid";

export const apiFieldMessages: Localized<Record<ApiFieldError, string> & { unknownProfile: (known: string) => string }> = {
  fr: {
    required: "Champ obligatoire.",
    must_be_string: "Doit être une chaîne de caractères.",
    language: "Doit valoir \"fr\" ou \"en\" quand il est donné.",
    profile_type: "Doit être un identifiant de métier (chaîne) quand il est donné.",
    must_be_object: "Doit être un objet JSON.",
    not_empty: "Ne doit pas être vide.",
    invalid: "Valeur invalide.",
    unknownProfile: (known) => `Métier inconnu. Métiers connus : ${known}.`,
  },
  en: {
    required: "Required.",
    must_be_string: "Must be a string.",
    language: "Must be \"fr\" or \"en\" when given.",
    profile_type: "Must be a profile id (string) when given.",
    must_be_object: "Must be a JSON object.",
    not_empty: "Must not be empty.",
    invalid: "Invalid value.",
    unknownProfile: (known) => `Unknown profile. Known profiles: ${known}.`,
  },
};
