/**
 * Stage 2 of the import pipeline: choosing a text encoding by scoring candidates.
 *
 * Each candidate decodes a sample of the file with `TextDecoder(label, { fatal: true })`; a
 * candidate that throws is out. The survivors are scored by how plausible the decoded text is:
 * common Chinese characters (simplified or traditional), common Hangul syllables, kana and
 * Latin letters next to ASCII letters count for it; U+FFFD, private-use characters, control
 * characters, long runs of accented Latin letters (the look of Chinese bytes read as
 * windows-1252) and a mix of Hangul with many Han characters count against it.
 * The result says how sure it is: a BOM and valid multi-byte UTF-8 are facts, everything else
 * is a guess (“likely” or “weak”), and the page never shows a guess as certain.
 * WHATWG Encoding: https://encoding.spec.whatwg.org/ (the 'euc-kr' decoder is CP949/UHC,
 * 'gb18030' also reads GBK, 'shift_jis' is Windows-31J).
 */
import type { DetectedEncoding } from './types';
import type { EncodingCandidate, EncodingConfidence, EncodingReport } from './encodingNames';

export { ENCODING_NAMES, SELECTABLE_ENCODINGS, describeEncoding, type EncodingBasis, type EncodingCandidate, type EncodingConfidence, type EncodingReport } from './encodingNames';

/** Encodings the scorer tries, in order of preference on a tie. */
export const CANDIDATE_ENCODINGS: readonly DetectedEncoding[] = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252'];

/** The WHATWG label TextDecoder needs for a detected encoding. */
export function decoderLabel(encoding: DetectedEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

// Frequent characters, used only to tell plausible text from mojibake (a hit counts, a miss is neutral).
const COMMON_HAN = new Set(
  Array.from(
    '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知使两高现长部全点加很意动问最外手第新些合员间正期度程报比给区务结产因性利第题'
      + '满推荐服非常般较差意愿您朋友亲可能性请对以下各项价格质量环境态度速度效率专业整体评题选项填写提交答卷序号来源详情所用秒分钟姓名性别男女年龄职业收入月元次数门店酒店客房前台餐饮早餐入住退房预订航班机场银行网点客服电话投诉建议其他一般愿意满意不满意非常满意没有感觉必须无所谓能够忍受喜欢理想最低期望感知实际可靠响应保证移情有形设施员工外观设备承诺及时准确礼貌信任关心理解个别需求营业时间方便安全舒适干净卫生清洁华东南北西京海广州深圳省市县区镇村路街号楼层室微信链接手机'
      + '這為來個們說國會後對著裡過發現長點動問題與經當還學進種將從無見沒麼時間滿薦務質價環態專業評選項寫提號源詳鐘別齡職業級網電話訴議設備員觀諾準確禮貌關懷響應證實際覺須謂夠願喜歡餐預訂機場銀網點營業衛潔舒適',
  ),
);
const COMMON_HANGUL = new Set(
  Array.from(
    '이다는의에을를가고하지서한기로니어요습와과도으은들수있것사대그인게만족서비스품질기대성보증확신뢰공감유형응답직원시설친절빠른정확약속개별관심이해설문항목점수매우보통불만그렇다아니다전혀동의합니까추천가능성친구명없음좋아싫어당연참음무관심기능제품가격환경청결안전편리장소고객센터전화',
  ),
);

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isHangul = (code: number) => code >= 0xac00 && code <= 0xd7a3;
const isKana = (code: number) => code >= 0x3041 && code <= 0x30ff;
const isLatinLetter = (code: number) => (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isPrivateUse = (code: number) => (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xdb80 && code <= 0xdbff);
/** Characters that often appear in surveys and are fine in any script: punctuation, full-width forms, symbols. */
const isNeutral = (code: number) =>
  (code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || code === 0xa0 || (code >= 0xa1 && code <= 0xbf) || code === 0xd7 || code === 0xf7 || code === 0xb7;

/**
 * How plausible a decoded text is, in [-3, 1]: 1 is all common characters of one script,
 * below 0 is mostly mojibake. ASCII is ignored (it reads the same in every candidate).
 * @example plausibility('推荐意愿,满意度') // close to 1
 * @example plausibility('ÍÆ¼öÒâÔ¸') // below 0 (GBK bytes read as windows-1252)
 */
export function plausibility(text: string): { score: number; nonAscii: number } {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  let han = 0;
  let hangul = 0;
  let kana = 0;
  let latinRun = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code < 0x20 && code !== 9 && code !== 10 && code !== 13) bad += 1;
      latinRun = 0;
      continue;
    }
    nonAscii += 1;
    if (code === 0xfffd) bad += 2;
    else if (isPrivateUse(code)) bad += 2;
    else if (code >= 0x80 && code <= 0x9f) bad += 1;
    else if (isHan(code)) {
      han += 1;
      if (COMMON_HAN.has(text[index]!)) good += 1;
      else if (code < 0x4e00 || code > 0x9fff) bad += 0.5;
    } else if (isHangul(code)) {
      hangul += 1;
      if (COMMON_HANGUL.has(text[index]!)) good += 1;
    } else if (isKana(code)) {
      kana += 1;
      good += 1;
    } else if (isLatinLetter(code)) {
      latinRun += 1;
      const before = text.charCodeAt(index - latinRun);
      const after = text.charCodeAt(index + 1);
      // “Café”, “Größe”: one or two accented letters beside ASCII letters. Longer runs are mojibake.
      if (latinRun >= 3) bad += 1;
      else if (isAsciiLetter(before) || isAsciiLetter(after)) good += 1;
      continue;
    } else if (code >= 0xff61 && code <= 0xff9f) bad += 0.5; // half-width katakana: Shift_JIS reading of other bytes
    else if (!isNeutral(code)) bad += 0.25;
    latinRun = 0;
  }
  // Korean with many Han characters, or Chinese sprinkled with Hangul, is two decoders' guesses mixed.
  if (hangul > 0 && han > 0) bad += Math.min(hangul, han);
  if (kana > 0 && hangul > 0) bad += Math.min(kana, hangul);
  if (nonAscii === 0) return { score: 1, nonAscii: 0 };
  return { score: Math.max(-3, (good - 2 * bad) / nonAscii), nonAscii };
}

/** The encoding a byte-order mark announces, and the BOM's length. */
export function sniffBom(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: NUL in every other byte of an ASCII-heavy text. */
export function sniffUtf16Pattern(bytes: Uint8Array): DetectedEncoding | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZero += 1;
    if (bytes[index + 1] === 0) oddZero += 1;
  }
  const pairs = length / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Index of the first byte ≥ 0x80, or -1. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index]! >= 0x80) return index;
  return -1;
}

const SAMPLE_BYTES = 64 * 1024;
/**
 * Bytes each other candidate reads once the sample is valid UTF-8: enough for the list's one-line
 * preview (80 characters), a sixty-fourth of the sample, so a UTF-8 file is not decoded six times.
 */
const PREVIEW_BYTES = 1024;
/** Scores above this with a clear lead are “likely”; below, the page asks the user to check. */
const LIKELY_SCORE = 0.45;
const LIKELY_LEAD = 0.2;

/**
 * Scores every candidate on a sample that starts at the first non-ASCII byte.
 * @param bytes the file's bytes (or a slice holding its first non-ASCII text)
 * @param atEnd true when `bytes` ends at the end of the file (a cut character then counts against a candidate)
 * @returns the report: chosen encoding, basis, confidence and every candidate with its score and sample
 * @example scoreEncodings(iconv.encode('만족도,추천', 'cp949'), true).encoding // 'euc-kr'
 */
export function scoreEncodings(bytes: Uint8Array, atEnd = true): EncodingReport {
  const start = firstNonAscii(bytes);
  if (start === -1) return { encoding: 'utf-8', basis: 'ascii', confidence: 'sure', candidates: [], replacements: 0 };
  const from = lineStart(bytes, start);
  const end = Math.min(bytes.length, from + SAMPLE_BYTES);
  const sample = bytes.subarray(from, end);
  const cut = !atEnd || end < bytes.length;
  // Valid multi-byte UTF-8 is a fact: legacy Chinese/Korean/Latin bytes almost never form it by chance.
  if (decodeStrict('utf-8', sample, cut) !== null) return validUtf8Report(bytes, from);
  const ranked = sortCandidates(CANDIDATE_ENCODINGS.map((encoding) => scoreCandidate(encoding, sample, cut)));
  const best = ranked[0]!;
  const second = ranked[1];
  if (best.score === null) {
    return { encoding: 'gb18030', basis: 'scored', confidence: 'weak', candidates: ranked, replacements: 0 };
  }
  const lead = second?.score === null || second === undefined ? 1 : best.score - second.score!;
  const confidence: EncodingConfidence = best.score >= LIKELY_SCORE && lead >= LIKELY_LEAD ? 'likely' : 'weak';
  return { encoding: best.encoding, basis: 'scored', confidence, candidates: ranked, replacements: 0 };
}

/**
 * The report for bytes already known to be valid UTF-8 (DecodeStage decodes a whole small file
 * strictly once and, when that succeeds, asks only for this). The decision needs no scoring; the
 * list still shows how every candidate reads the first non-ASCII line, from its first
 * PREVIEW_BYTES (each candidate's score, on those bytes, only orders the list).
 * @param bytes valid UTF-8 holding non-ASCII text
 * @param from where the first non-ASCII line starts (found here when omitted)
 */
export function validUtf8Report(bytes: Uint8Array, from = lineStart(bytes, Math.max(0, firstNonAscii(bytes)))): EncodingReport {
  const end = Math.min(bytes.length, from + PREVIEW_BYTES);
  const head = bytes.subarray(from, end);
  const candidates = CANDIDATE_ENCODINGS.map((encoding) => scoreCandidate(encoding, head, end < bytes.length));
  return { encoding: 'utf-8', basis: 'valid-utf8', confidence: 'sure', candidates: sortCandidates(candidates), replacements: 0 };
}

/** Back from the first non-ASCII byte to the start of its line (at most 200 bytes), so the preview shows whole cells. */
function lineStart(bytes: Uint8Array, start: number): number {
  let from = start;
  while (from > 0 && bytes[from - 1] !== 0x0a && start - from < 200) from -= 1;
  return from;
}

/**
 * The text, or null when the bytes are not valid in that encoding.
 * @param cut true when the bytes stop short of the text's end (a character cut there is not an error)
 */
export function decodeStrict(encoding: DetectedEncoding, bytes: Uint8Array, cut: boolean): string | null {
  try {
    return new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(bytes, { stream: cut });
  } catch {
    return null;
  }
}

function scoreCandidate(encoding: DetectedEncoding, sample: Uint8Array, cut: boolean): EncodingCandidate {
  const text = decodeStrict(encoding, sample, cut);
  if (text === null) return { encoding, score: null, sample: previewLine(new TextDecoder(decoderLabel(encoding)).decode(sample.subarray(0, 400), { stream: true })) };
  return { encoding, score: plausibility(text).score, sample: previewLine(text) };
}

function sortCandidates(candidates: EncodingCandidate[]): EncodingCandidate[] {
  const order = (candidate: EncodingCandidate) => CANDIDATE_ENCODINGS.indexOf(candidate.encoding);
  return candidates.slice().sort((a, b) => {
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) || order(a) - order(b);
    return b.score - a.score || order(a) - order(b);
  });
}

/** The first line holding non-ASCII text, shortened, for the encoding preview. */
function previewLine(text: string): string {
  const at = firstNonAsciiChar(text);
  let line = text;
  if (at !== -1) {
    const before = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at));
    const after = text.slice(at).search(/[\r\n]/);
    line = text.slice(before + 1, after === -1 ? text.length : at + after);
  }
  const trimmed = line.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
}

function firstNonAsciiChar(text: string): number {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return index;
  return -1;
}
