// Tiny argument reader for the `khoi` subcommands: positional words, `--flag` and `--key value` / `-o value`.
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
  problems: string[];
}

/** `valued` lists the options that take a value, e.g. ["-o", "--formulas"]. */
export function parseArgs(args: string[], valued: string[], known: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map(), problems: [] };
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (!word.startsWith("-") || word === "-") {
      parsed.positional.push(word);
    } else if (valued.includes(word)) {
      const value = args[i + 1];
      if (value === undefined) parsed.problems.push(`${word} cần một giá trị (needs a value)`);
      else parsed.options.set(word, value);
      i++;
    } else if (known.includes(word)) {
      parsed.flags.add(word);
    } else {
      parsed.problems.push(`không hiểu tuỳ chọn «${word}» (unknown option)`);
    }
  }
  return parsed;
}
