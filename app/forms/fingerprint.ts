/**
 * A short fingerprint of the values the server sent back: the forms remount their fields
 * when it changes, so that uncontrolled inputs take those values.
 */
export function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33 + text.charCodeAt(i)) | 0;
  return `${hash}:${text.length}`;
}
