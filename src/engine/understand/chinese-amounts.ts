/** Chinese scale words and what they multiply by: 600万 is six million, 2亿 two hundred million. */
const SCALES: Record<string, number> = {
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

/** A number and a scale word, the longest scale first: "600万", "2.5亿", "1万亿". */
const CHINESE_AMOUNT = new RegExp(
  `(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(${Object.keys(SCALES)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
  "g",
);

/** The English scales the documents write amounts in, largest first. */
const ENGLISH_SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** A value as the documents write it: "6 million", "200 million", "10,000". */
function inEnglish(value: number): string {
  for (const [scale, word] of ENGLISH_SCALES) {
    if (value >= scale) return `${Number((value / scale).toPrecision(6))} ${word}`;
  }
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * Chinese amounts written as the documents write amounts ("600万美元" → " 6 million 美元"): the
 * documents say "$6 million", and 600 read as a number matches no amount of theirs.
 */
export function englishAmounts(text: string): string {
  return text.replace(CHINESE_AMOUNT, (whole, number: string, scale: string) => {
    const factor = SCALES[scale];
    return factor ? ` ${inEnglish(Number(number.replaceAll(",", "")) * factor)} ` : whole;
  });
}
