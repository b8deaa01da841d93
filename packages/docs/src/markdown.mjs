// The few Markdown pieces the page header is made of; Redoc renders GFM tables.

/** Inline code that survives backticks inside. @param {string | number} text */
export const code = (text) => {
  const value = String(text);
  return value.includes("`") ? `\`\` ${value} \`\`` : `\`${value}\``;
};

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** @param {string[]} headers @param {string[][]} rows */
export function table(headers, rows) {
  return [headers, headers.map(() => "---"), ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`).join("\n");
}

/** "a", "a and b", "a, b and c" @param {string[]} items */
export function list(items) {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
