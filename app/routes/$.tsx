// Unmatched URLs land here so that the root loader (and with it the UI language) runs
// before the localized 404 page renders; a bare no-match would skip every loader.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
