// Destructive actions take two posts, so they need no JavaScript: the first answers with
// a question (the page shows it with "yes" and "cancel"), the second carries confirm=yes.

export const CONFIRM_FIELD = "confirm";

export function isConfirmed(form: FormData): boolean {
  return form.get(CONFIRM_FIELD) === "yes";
}
