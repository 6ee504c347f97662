// TCVN3 (TCVN 5712:1993 "ABC", .VnTime fonts): one Latin-1 byte per Vietnamese letter; decode to Unicode and encode back.

// Lower-case letters, in the order of their byte values. .VnTimeH fonts draw these same bytes as capitals,
// so upper-case toned letters have no codes of their own; only Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) do.
const TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

const DECODE = new Map<string, string>(TABLE.map(([code, letter]) => [String.fromCharCode(code), letter]));
const ENCODE = new Map<string, string>(TABLE.map(([code, letter]) => [letter, String.fromCharCode(code)]));

/** Characters that carry a Vietnamese letter in TCVN3 text. */
export const TCVN3_CHARS: ReadonlySet<string> = new Set(DECODE.keys());

// A word: a run of anything but ASCII non-letters and white space (TCVN3 letters include ¶, §, «, the soft hyphen…).
export const WORD = /[^\x00-\x40\x5b-\x60\x7b-\x7f\s]+/gu;

// ư is the soft hyphen (0xAD), which copy and paste often drops: "M­êng" arrives as "Mêng". ơ + ng/c/u is not a
// Vietnamese rhyme while ươ + ng/c/u is, so the lost ư can be put back there. (ơi/ơn/ơm/ơp/ơt are valid both ways: left alone.)
const LOST_U_HORN = /(^|[^uưUƯ])([ơờởỡớợ])(ng|c|u)/giu;

function restoreLostUHorn(word: string): string {
  return word.replace(LOST_U_HORN, (_m, before: string, horn: string, after: string) => `${before}ư${horn}${after}`);
}

function asciiLetters(s: string): string {
  return s.replace(/[^A-Za-z]/gu, "");
}

function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && word.length > 0 && word.charAt(0) !== word.charAt(0).toLocaleLowerCase("vi");
}

// A word starting with a toned letter (¸nh, Ých) may have been a capital: TCVN3 has no code for Á or Í.
function mayHaveLostCapital(word: string): boolean {
  const first = DECODE.get(word.charAt(0));
  return first !== undefined && !"ăâêôơưđĂÂÊÔƠƯĐ".includes(first);
}

/**
 * TCVN3 text (as Latin-1 characters) → NFC Unicode. Capitals that TCVN3 cannot write are guessed back:
 * words whose ASCII letters are all capitals (a .VnTimeH heading) become capitals, and a word starting with a
 * toned letter is capitalised when it opens the text or sits in a run of Capitalised words ("¤ng Ých Khiªm").
 */
export function decodeTcvn3(s: string): string {
  const letters = asciiLetters(s);
  const wholeTextInCapitals = letters.length >= 3 && letters === letters.toUpperCase();
  const matches = Array.from(s.matchAll(WORD));
  const words = matches.map((match) => {
    const word = match[0];
    const decoded = restoreLostUHorn(Array.from(word, (ch) => DECODE.get(ch) ?? ch).join(""));
    const own = asciiLetters(word);
    const inCapitals = own === own.toUpperCase() && (own.length >= 2 || (wholeTextInCapitals && own.length >= 1));
    return inCapitals ? decoded.toLocaleUpperCase("vi") : decoded;
  });
  for (let i = 0; i < words.length; i++) {
    if (!mayHaveLostCapital(matches[i][0]) || isCapitalised(words[i])) continue;
    const opensText = i === 0;
    const inTitleRun = i > 0 && isCapitalised(words[i - 1]) && (i + 1 === words.length || isCapitalised(words[i + 1]));
    if (opensText || inTitleRun) words[i] = words[i].charAt(0).toLocaleUpperCase("vi") + words[i].slice(1);
  }
  let out = "";
  let at = 0;
  matches.forEach((match, i) => {
    out += s.slice(at, match.index) + words[i];
    at = (match.index ?? 0) + match[0].length;
  });
  return (out + s.slice(at)).normalize("NFC");
}

/** Unicode → TCVN3. Capital toned letters have no TCVN3 code and are written with the lower-case code, as .VnTimeH users do. */
export function encodeTcvn3(s: string): string {
  return Array.from(s.normalize("NFC"), (ch) => ENCODE.get(ch) ?? ENCODE.get(ch.toLocaleLowerCase("vi")) ?? ch).join("");
}
