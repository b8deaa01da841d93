// JSON.parse, except that an integer a JavaScript number cannot hold exactly
// (beyond 2^53, such as Husqy's Discord snowflakes) becomes a string of its
// digits. Samples read example values from this copy of the spec: a string is
// also how a user passes such an id to our clients, and it stays exact.

/** @param {string} text */
export function parseExactJson(text) {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c !== "-" && !(c >= "0" && c <= "9")) continue;
    let end = i;
    while (end < text.length && /[-+0-9.eE]/.test(/** @type {string} */ (text[end]))) end++;
    const token = text.slice(i, end);
    if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copied, i)}"${token}"`;
      copied = end;
    }
    i = end - 1;
  }
  return JSON.parse(out + text.slice(copied));
}
