import type { AppLoadContext } from "@remix-run/node";

// Set per request by the HTTP server (app/http/harden.server.ts); absent when a test
// calls a loader or action directly.
declare module "@remix-run/node" {
  interface AppLoadContext {
    clientIp?: string;
    cspNonce?: string;
  }
}

/** The address rate limits and quotas count against. */
export function clientIpFrom(context: AppLoadContext): string {
  return context.clientIp ?? "unknown";
}
