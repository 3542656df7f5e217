/**
 * Vietnamese text typed with the pre-Unicode fonts still found in older files, converted to Unicode
 * NFC by tables:
 * - TCVN3 (ABC, the `.VnTime` fonts): one byte per letter, 0xA1–0xFE (TCVN 5712:1993 VN3);
 * - VNI (VNI-Windows, the `VNI-Times` fonts): a base letter followed by a mark letter ("aø" = "à").
 * Either arrives as bytes (read one byte = one code point, ISO-8859-1), or as Unicode text made of those glyph characters
 * (a .VnTime document copied into a UTF-8 file). Which one it is (or neither) is decided by
 * which reading gives more common Vietnamese syllables: a correct text is never converted.
 */

/** TCVN3 from 0xA1 to 0xFF: the Unicode letter each byte stands for (0xB0–0xB4 are combining marks). */
const TCVN3_A1 = "ĂÂÊÔƠƯĐăâêôơưđẶ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";
/** TCVN 5712's capitals with a tone, at 0x80–0x9F and in unused control codes (0x01–0x17). */
const TCVN3_80 = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ";
const TCVN3_CONTROLS: [number, string][] = [
  [0x01, "Ú"],
  [0x02, "Ụ"],
  [0x04, "Ừ"],
  [0x05, "Ử"],
  [0x06, "Ữ"],
  [0x11, "Ứ"],
  [0x12, "Ự"],
  [0x13, "Ỳ"],
  [0x14, "Ỷ"],
  [0x15, "Ỹ"],
  [0x16, "Ý"],
  [0x17, "Ỵ"],
];
/** The control bytes TCVN 5712 uses for letters: a text file in TCVN3 may contain them. */
export const TCVN3_LETTER_CONTROLS = new Set(TCVN3_CONTROLS.map(([b]) => b));
const TCVN3 = new Map<string, string>([
  ...[...TCVN3_A1].map((ch, i): [string, string] => [String.fromCharCode(0xa1 + i), ch]),
  ...[...TCVN3_80].map((ch, i): [string, string] => [String.fromCharCode(0x80 + i), ch]),
  ...TCVN3_CONTROLS.map(([b, ch]): [string, string] => [String.fromCharCode(b), ch]),
]);

export function tcvn3ToUnicode(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize("NFC");
}

/** VNI: the mark letters after a vowel, as combining marks (lower and upper case share a mark). */
const VNI_TONES: Record<string, string> = {
  ù: "\u0301",
  Ù: "\u0301",
  ø: "\u0300",
  Ø: "\u0300",
  û: "\u0309",
  Û: "\u0309",
  õ: "\u0303",
  Õ: "\u0303",
  ï: "\u0323",
  Ï: "\u0323",
};
/** Marks that change the vowel itself (and may carry a tone too): â/ê/ô (circumflex), ă (breve). */
const VNI_CIRCUMFLEX: Record<string, string> = {
  â: "",
  Â: "",
  á: "\u0301",
  Á: "\u0301",
  à: "\u0300",
  À: "\u0300",
  å: "\u0309",
  Å: "\u0309",
  ã: "\u0303",
  Ã: "\u0303",
  ä: "\u0323",
  Ä: "\u0323",
};
const VNI_BREVE: Record<string, string> = {
  ê: "",
  Ê: "",
  é: "\u0301",
  É: "\u0301",
  è: "\u0300",
  È: "\u0300",
  ú: "\u0309",
  Ú: "\u0309",
  ü: "\u0303",
  Ü: "\u0303",
  ë: "\u0323",
  Ë: "\u0323",
};
/** Letters VNI writes as one character. */
const VNI_SINGLE: Record<string, string> = {
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  ñ: "đ",
  Ñ: "Đ",
  í: "í",
  Í: "Í",
  ì: "ì",
  Ì: "Ì",
  æ: "ỉ",
  Æ: "Ỉ",
  ó: "ĩ",
  Ó: "Ĩ",
  ò: "ị",
  Ò: "Ị",
  î: "ỵ",
  Î: "Ỵ",
};

export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1] ?? "";
    const isVowel = /[aeiouyAEIOUY]/.test(ch);
    const single = VNI_SINGLE[ch];
    if (isVowel && /[aeoAEO]/.test(ch) && next in VNI_CIRCUMFLEX) {
      out += `${ch}\u0302${VNI_CIRCUMFLEX[next]}`;
      i++;
    } else if (isVowel && /[aA]/.test(ch) && next in VNI_BREVE) {
      out += `${ch}\u0306${VNI_BREVE[next]}`;
      i++;
    } else if ((isVowel || single === "ơ" || single === "Ơ" || single === "ư" || single === "Ư") && next in VNI_TONES) {
      out += `${single ?? ch}${VNI_TONES[next]}`;
      i++;
    } else out += single ?? ch;
  }
  return out.normalize("NFC");
}

/** Syllables nearly every administrative text uses; a reading that finds more of them is the right one. */
const COMMON = new Set(
  "của và các được có cho với trong theo tại việc người tỉnh ủy ban nhân dân thực hiện nhiệm vụ đồng chí giao sở công thương xây dựng kế hoạch báo cáo năm tháng ngày đề nghị chủ trì phối hợp thời hạn khu cụm nghiệp đầu tư dự án đất quản lý thông kết luận về những này đã để không một là trên".split(
    " ",
  ),
);
function score(text: string): number {
  let n = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (COMMON.has(word)) n++;
  return n;
}

export type TextEncodingName = "unicode" | "tcvn3" | "vni";

/** The text as Unicode NFC, converted from TCVN3 or VNI when that reading is clearly the better one. */
export function fixLegacyVietnamese(text: string): { text: string; encoding: TextEncodingName } {
  const asIs = text.normalize("NFC");
  const readings = [
    { text: asIs, encoding: "unicode" as const },
    { text: tcvn3ToUnicode(text), encoding: "tcvn3" as const },
    { text: vniToUnicode(text), encoding: "vni" as const },
  ].map((r) => ({ ...r, score: score(r.text) }));
  const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
  const base = readings[0]?.score ?? 0;
  return best.encoding !== "unicode" && best.score >= Math.max(3, base * 2) ? best : { text: asIs, encoding: "unicode" };
}

/** How many common syllables the text has: 0 means it is not Vietnamese in any encoding we know. */
export const vietnameseScore = score;
