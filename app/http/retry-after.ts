import type { HeadersFunction } from "@remix-run/node";

/**
 * For a route whose action may answer 429: a document request (a form posted without
 * JavaScript) only gets the headers the route passes on, so Retry-After is passed on here.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
