import type { Express, NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import helmet from "helmet";
import { randomBytes } from "node:crypto";
import { isCrossOrigin, ownHost } from "#app/auth/same-origin.server";
import { MAX_MULTIPART_BYTES, MAX_URLENCODED_BYTES } from "#app/intake/limits";
import type { DB } from "#app/db.server";
import { apiMessages } from "#app/i18n/api";
import { common } from "#app/i18n/common";
import { langFromHeaders } from "#app/i18n/locale.server";
import { apiCallLimiter, type RateLimited } from "./rate-limit.server";

// Everything the HTTP server does before Remix sees a request: security headers, and
// refusals that must happen before a body is read (cross-site posts, oversized or
// unexpected bodies, API callers over their rate).

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const DISCARD_AT_MOST = 64 * 1024 * 1024;


const isApi = (req: ExpressRequest) => req.path.startsWith("/api/");

type Refusal = "not_found" | "forbidden" | "too_large" | "bad_type" | "length_required" | "rate_limited";

const STATUS: Record<Refusal, number> = { not_found: 404, forbidden: 403, too_large: 413, bad_type: 415, length_required: 411, rate_limited: 429 };

async function refuse(req: ExpressRequest, res: ExpressResponse, why: Refusal, retryAfter?: number) {
  const lang = await langFromHeaders(req.headers.cookie ?? null, req.headers["accept-language"] ?? null);
  if (retryAfter) res.setHeader("Retry-After", String(retryAfter));
  res.setHeader("Cache-Control", "no-store");
  // Node discards an unread body after the answer so the client sees it; a body too big
  // to be worth even discarding ends the connection instead.
  if (Number(req.headers["content-length"] ?? 0) > DISCARD_AT_MOST || req.headers["transfer-encoding"]) res.setHeader("Connection", "close");
  if (isApi(req)) {
    const code = { not_found: "invalid_request", forbidden: "forbidden", too_large: "payload_too_large", bad_type: "unsupported_media_type", length_required: "payload_too_large", rate_limited: "rate_limited" } as const;
    res.status(STATUS[why]).json({ error: { code: code[why], message: apiMessages[lang][code[why]] } });
    return;
  }
  const t = common[lang].error;
  const message = { not_found: common[lang].notFound.body, forbidden: t.forbidden, rate_limited: t.tooMany, too_large: t.badRequest, bad_type: t.badRequest, length_required: t.badRequest }[why];
  res.status(STATUS[why]).type("text/plain; charset=utf-8").send(message);
}

/**
 * No page has a NUL, another control character or a backslash in its address (ids reach
 * SQL parameters, where PostgreSQL refuses NULs, and the router reads "\\" as "/"): such a
 * path is simply not found.
 */
function guardPath(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return void refuse(req, res, "not_found");
  }
  return /[\u0000-\u001f\u007f\\]/.test(path) ? void refuse(req, res, "not_found") : next();
}

/** Cross-site posts, and form bodies of the wrong type or size, are refused before parsing. */
function guardBodies(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  if (!UNSAFE.has(req.method)) return next();
  const stop = (why: Refusal) => void refuse(req, res, why);
  const forwardedHost = req.headers["x-forwarded-host"];
  const host = ownHost(Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost, req.headers.host);
  if (isCrossOrigin(req.headers.origin, host)) return stop("forbidden");
  // The JSON API reads its own bodies, counting bytes as they come (app/http/read-body.server.ts).
  if (isApi(req)) return next();
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const limit = type === "application/x-www-form-urlencoded" ? MAX_URLENCODED_BYTES : type === "multipart/form-data" ? MAX_MULTIPART_BYTES : null;
  const length = req.headers["content-length"];
  if (length === undefined) {
    // Browsers always say how long a form is; a chunked body of unknown size is not read.
    return req.headers["transfer-encoding"] ? stop("length_required") : next();
  }
  if (Number(length) === 0) return next();
  if (limit === null) return stop("bad_type");
  // Node reads no more than Content-Length, so checking the header bounds the body.
  if (Number(length) > limit) return stop("too_large");
  next();
}

function limitApi(takeApiCall: (ip: string) => Promise<RateLimited | null>) {
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (!isApi(req)) return next();
    takeApiCall(req.ip ?? "unknown").then(
      (limited) => (limited ? refuse(req, res, "rate_limited", limited.retryAfterSeconds) : next()),
      // A database that does not answer is the API handler's to report (503), not a reason to wave it through silently.
      () => next(),
    );
  };
}

function nonce(_req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
}

const headers = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as ExpressResponse).locals.cspNonce}'`],
      // React's style attributes (bar widths, swatches) need inline styles; scripts never run inline without the nonce.
      styleSrc: ["'self'", "'unsafe-inline'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      // Set only behind https below: on plain http it would break every asset.
      upgradeInsecureRequests: null,
    },
  },
  referrerPolicy: { policy: "same-origin" },
  xFrameOptions: { action: "deny" },
  strictTransportSecurity: false,
});

const hsts = helmet.strictTransportSecurity({ maxAge: 60 * 60 * 24 * 365 });

/** HSTS only means something over https (directly, or as told by a trusted proxy). */
function hstsBehindHttps(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  return req.secure ? hsts(req, res, next) : next();
}

/** Installs the middleware on `app`; call it before any route, static files included. */
/** `processOwnsDatabase`: PGlite, which no other process may open while this one runs. */
export function hardenApp(app: Express, db: DB, { processOwnsDatabase }: { processOwnsDatabase: boolean }): void {
  // Client addresses come from X-Forwarded-For only when a proxy in front is trusted (TRUST_PROXY=loopback, 1, …).
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
  app.use(nonce, headers, hstsBehindHttps, guardPath, guardBodies, limitApi(apiCallLimiter(db, processOwnsDatabase)));
}

/** What every loader and action gets besides the database: the client's address and the CSP nonce. */
export function requestContext(req: ExpressRequest, res: ExpressResponse) {
  return { clientIp: req.ip ?? "unknown", cspNonce: String(res.locals.cspNonce ?? "") };
}
