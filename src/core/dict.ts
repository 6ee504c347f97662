// A record keyed by the officer's ids and codes. A plain {} would let an id such as "__proto__", "constructor" or
// "toString" read or write Object.prototype; an object without a prototype has no such names.

/** An empty record with no prototype: every key, whatever its name, is the officer's own. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
