// Markdown offers read as plain text once their markup is gone; only the marks that
// would otherwise show up as noise in the highlighted offer are removed.
export function markdownToText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, "")
        .replace(/^(\s*)[*+]\s+/, "$1- ")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/^\s*```.*$/, ""),
    )
    .join("\n")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1");
}
