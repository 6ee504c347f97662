// JSON paths that findings point at, written the way a reader of the block file would: units[3].name, targets["ga-dd"]["I.2"].

/** The path of a child of `parent`: an index, an identifier after a dot, or any other key in quotes. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
