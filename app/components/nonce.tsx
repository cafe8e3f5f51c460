import { createContext, useContext, type ReactNode } from "react";

// The CSP nonce of this response (app/http/harden.server.ts), for the inline scripts Remix
// renders. The browser hides nonces from the page, so the client renders an empty one.
const NonceContext = createContext("");

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export const useNonce = () => useContext(NonceContext);
