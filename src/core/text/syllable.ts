// Is a word a well-formed Vietnamese syllable? Used to tell legacy-encoded text from real Unicode text.

import { splitTone, Tone } from "./letters";

const INITIALS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "kr", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x"];

// Toneless rhymes (medial + nucleus + final). "k" finals and "kr" above cover ethnic place names such as Đắk Lắk, Krông.
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ap at ac ach ak
   ăm ăn ăng ăp ăt ăc ăk
   âm ân âng âp ât âc âu ây
   e eo em en eng ep et ec
   ê êu êm ên ênh êp êt êch êk
   i ia iu im in inh ip it ich
   iêm iên iêng iêp iêt iêc iêu
   o oi om on ong op ot oc ok oong ooc
   oa oai oay oan oang oanh oat oac oach oam oap oăm oăn oăng oăt oăc
   oe oeo oen oet oem
   ô ôi ôm ôn ông ôp ôt ôc ôk
   ơ ơi ơm ơn ơp ơt
   u ua ui um un ung up ut uc uk
   uân uâng uât uây
   uê uêch uênh uêu
   uy uya uych uyên uyêt uynh uyu uyt uyn
   uôi uôm uôn uông uôt uôc
   uơ
   ư ưa ưi ưu ưm ưn ưng ưt ưc
   ươi ươu ươm ươn ương ươp ươt ươc
   y yêm yên yêt yêu`.split(/\s+/u),
);

// After "q" the "u" is part of the initial sound: quen, quang, quân, quyết.
const AFTER_QU = /^[aăâeêiyơô]/u;
const STOP_FINAL = /(c|ch|p|t|k)$/u;
const BASE_LETTER = /^[a-zăâđêôơư]$/u;
const VOWEL = /[aăâeêioôơuưy]/u;
const SHAPED_VOWEL = /[ăâêôơư]/u;
// Open rhymes whose tone may sit on either of the first two vowels (old style hòa, new style hoà).
const EITHER_STYLE = new Set(["oa", "oe", "uy"]);

/** Where the tone may sit in a rhyme (indexes into the rhyme), by the spelling rules of Vietnamese. */
function tonePlaces(rhyme: string): number[] {
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length && VOWEL.test(rhyme[i]); i++) vowels.push(i);
  if (vowels.length === 0) return [];
  const shaped = vowels.filter((i) => SHAPED_VOWEL.test(rhyme[i]));
  if (shaped.length > 0) return [shaped[shaped.length - 1]]; // mưa, cứu, rượu, thuở, quyết
  if (vowels.length < rhyme.length) return [vowels[vowels.length - 1]]; // closed: hoàn, thuýt
  if (vowels.length === 1) return [0];
  if (vowels.length === 3) return [1]; // oai, oay, uya, uyu, oeo
  return EITHER_STYLE.has(rhyme) ? [0, 1] : [0]; // mía, mùa, tài, sáo, kêu… but hòa/hoà
}

function rhymeFits(initial: string, rhyme: string): boolean {
  if (initial === "q") return rhyme.startsWith("u") && (RHYMES.has(rhyme) || (AFTER_QU.test(rhyme.slice(1)) && RHYMES.has(rhyme.slice(1))));
  return RHYMES.has(rhyme);
}

function toneFits(initial: string, rhyme: string, tonePlace: number): boolean {
  if (tonePlace < 0) return true;
  // In qu- the u belongs to the initial: quá, quả, quý carry the tone on the next vowel.
  if (initial === "q") return tonePlaces(rhyme.slice(1)).map((i) => i + 1).includes(tonePlace);
  return tonePlaces(rhyme).includes(tonePlace);
}

/** True when `word` is one well-formed Vietnamese syllable (any case, one tone on the right vowel; stop finals take only sắc or nặng). */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize("NFC").toLocaleLowerCase("vi");
  if (lower.length === 0 || lower.length > 8) return false;
  let base = "";
  let tone: Tone = 0;
  let tonePlace = -1;
  for (const ch of lower) {
    const split = splitTone(ch);
    if (!BASE_LETTER.test(split.base) || /[fjwz]/u.test(split.base)) return false;
    if (split.tone !== 0) {
      if (tone !== 0) return false;
      tone = split.tone;
      tonePlace = base.length;
    }
    base += split.base;
  }
  const stopTone = tone === 4 || tone === 5;
  for (const initial of [...INITIALS, "q"]) {
    if (!base.startsWith(initial) || tonePlace >= 0 && tonePlace < initial.length) continue;
    const rhyme = base.slice(initial.length);
    if (!rhymeFits(initial, rhyme) || (STOP_FINAL.test(rhyme) && !stopTone)) continue;
    if (toneFits(initial, rhyme, tonePlace < 0 ? -1 : tonePlace - initial.length)) return true;
  }
  return false;
}
