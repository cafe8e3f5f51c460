import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { langFromHeaders } from "#app/i18n/locale.server";
import type { ApiReply, OfferApiCall } from "./json-api.server";

/**
 * An offer API answered straight from Node's request and response, with no web Request or
 * Response built in between: the server puts the analysis API, its hot path, on this.
 */
export function nodeOfferApi(answer: (call: OfferApiCall) => Promise<ApiReply>) {
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    langFromHeaders(req.headers.cookie ?? null, req.headers["accept-language"] ?? null)
      .then((lang) =>
        answer({
          method: req.method,
          contentType: req.headers["content-type"] ?? null,
          declaredLength: Number(req.headers["content-length"]),
          // A body found too large is left unread, not destroyed, so the 413 still reaches the client.
          body: req.iterator({ destroyOnReturn: false }),
          lang,
        }),
      )
      .then((reply) => {
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
      }, next);
  };
}
