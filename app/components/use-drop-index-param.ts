import { useLocation } from "@remix-run/react";
import { useEffect } from "react";

/**
 * A form posted to an index route answers at `…?index`: a URL nobody should bookmark or
 * share. Once the answer is on screen, the address bar drops the parameter (the page and
 * its data stay as they are; only the visible URL changes).
 */
export function useDropIndexParam() {
  const location = useLocation();
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("index")) return;
    url.searchParams.delete("index");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [location]);
}
