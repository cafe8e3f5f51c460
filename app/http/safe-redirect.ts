// Any origin that cannot occur in a real request, so that "same origin" means "a path here".
const HERE = "http://rolescope.invalid";

/**
 * A same-site path to redirect to, or `fallback`. The value is read by the WHATWG URL
 * parser, as browsers read a Location header: tabs and newlines vanish, backslashes
 * turn into slashes and dot segments collapse, so `/\t/evil`, `/\\evil` and `/.//evil`
 * are all seen for the other-site URLs they are. What is returned is the normalised
 * path, which is also safe to put in a header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A path that still begins with two slashes would be read as another host by the browser.
  return path.startsWith("//") ? fallback : path;
}
