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
