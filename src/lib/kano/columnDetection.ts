/**
 * Which columns of a loaded KANO table hold which question, guessed from the headers (the
 * template's, question wording, 问卷星 matrix columns) and, for answer columns, from the values.
 * Fetched with a table (loaded.ts, columnRoles.ts), not with the page; the mapping itself and its
 * check are in columnMapping.ts.
 */
import { cleanHeader, isMetaColumn, splitMatrixHeader } from '../import/headers';
import { readKanoAnswer } from './answers';
import { featureKey, type FeatureColumns, type HeaderReading, type HeaderRole, type KanoColumnMapping } from './columnMapping';

const DYSFUNCTIONAL_WORDS = /(反向|负向|dysfunctional|negative|不提供|没有提供|没提供|未提供|无法提供|不能提供|不再提供|缺少|缺乏|不具备|没有|不设|不配备)/i;
const FUNCTIONAL_WORDS = /(正向|functional|positive|提供|具备|配备|设有)/i;
const IMPORTANCE_WORDS = /(重要性|重要程度|重要|importance)/i;
const SEGMENT_WORDS = /(旅客类型|客群|客户类型|顾客类型|人群|身份|细分|出行类型|哪一类|哪类|属于|persona|segment)/i;
/** Words that start the question or end it, around the feature name. */
const QUESTION_LEAD = /^(?:如果|假如|若是|若|要是|当|倘若)?(?:酒店|我们|本店|景区|机场|航空公司)?/;
const QUESTION_TAIL = /(?:[,，。;；:：?？!！]|时|的话|您|你|会|感觉|觉得).*$/;
const BRACKETED_DIRECTION = /[(（【[]\s*(正向|反向|负向|重要性|重要程度|functional|dysfunctional|importance)[^)）】\]]*[)）】\]]/gi;
const EDGE_PUNCTUATION = /^[\s\-_|·:：、,，.。()（）【】[\]]+|[\s\-_|·:：、,，.。()（）【】[\]]+$/g;
const RATING_NOTE = /[(（]\s*1\s*[-–~～到至]\s*9[^)）]*[)）]/g;

function tidy(name: string): string {
  return name.replace(RATING_NOTE, '').replace(EDGE_PUNCTUATION, '').trim();
}

/** Reads the feature out of question wording: "如果提供接机服务，您觉得？" → 接机服务. */
function featureFromQuestion(text: string, keyword: RegExp): string {
  const match = keyword.exec(text);
  if (!match) return '';
  const after = text.slice(match.index + match[0].length).replace(QUESTION_TAIL, '');
  if (tidy(after) !== '') return tidy(after);
  return tidy(text.slice(0, match.index).replace(QUESTION_LEAD, ''));
}

/**
 * What a column header says about its column: the template's own headers (接机服务（正向）),
 * question wording (如果不提供接机服务，您觉得？), 问卷星 matrix columns (正向问题—接机服务), or
 * the segment question. Question numbering (3、 Q3.) is ignored.
 *
 * @param header the header as it appears in the file
 * @returns the role and the feature name, or null when the header is not recognised
 * @example readKanoHeader('5、如果不提供延迟退房，您觉得？') // { role: 'dysfunctional', feature: '延迟退房' }
 */
export function readKanoHeader(header: string): HeaderReading | null {
  if (isMetaColumn(header)) return null;
  const clean = cleanHeader(header);
  const { question, item } = splitMatrixHeader(header);

  // 问卷星 matrix: the direction is in the question, the feature is the row item.
  if (item !== null) {
    if (IMPORTANCE_WORDS.test(question)) return { role: 'importance', feature: tidy(item) };
    if (DYSFUNCTIONAL_WORDS.test(question)) return { role: 'dysfunctional', feature: tidy(item) };
    if (FUNCTIONAL_WORDS.test(question)) return { role: 'functional', feature: tidy(item) };
  }

  // Template headers: 接机服务（正向） · 接机服务-反向 · 正向_接机服务 · 接机服务（重要性1-9）.
  const bracketed = [...clean.matchAll(BRACKETED_DIRECTION)].map((match) => match[1]!.toLowerCase());
  const separated = /^(.*?)[\s\-_|·:：]+(正向|反向|负向|重要性|functional|dysfunctional|importance)$/i.exec(clean) ??
    /^(正向|反向|负向|重要性|functional|dysfunctional|importance)[\s\-_|·:：]+(.*)$/i.exec(clean);
  let direction: string | undefined = bracketed[0];
  let name = clean.replace(BRACKETED_DIRECTION, '');
  if (direction === undefined && separated) {
    const directionFirst = /^(正向|反向|负向|重要性|functional|dysfunctional|importance)$/i.test(separated[1]!);
    direction = (directionFirst ? separated[1]! : separated[2]!).toLowerCase();
    name = directionFirst ? separated[2]! : separated[1]!;
  }
  if (direction !== undefined) {
    const role: HeaderRole = /重要|importance/.test(direction) ? 'importance' : /反向|负向|dysfunctional/.test(direction) ? 'dysfunctional' : 'functional';
    if (tidy(name) !== '') return { role, feature: tidy(name) };
  }

  if (SEGMENT_WORDS.test(clean) && !FUNCTIONAL_WORDS.test(clean.replace(/属于|哪类|哪一类/g, ''))) return { role: 'segment', feature: '' };
  if (IMPORTANCE_WORDS.test(clean)) {
    const feature = tidy(clean.replace(/(?:对您|对你)?(?:有)?多(?:么)?重要.*$/, '').replace(IMPORTANCE_WORDS, ''));
    return feature === '' ? null : { role: 'importance', feature };
  }
  const dysfunctionalFeature = featureFromQuestion(clean, DYSFUNCTIONAL_WORDS);
  if (DYSFUNCTIONAL_WORDS.test(clean) && dysfunctionalFeature !== '') return { role: 'dysfunctional', feature: dysfunctionalFeature };
  const functionalFeature = featureFromQuestion(clean, FUNCTIONAL_WORDS);
  if (FUNCTIONAL_WORDS.test(clean) && functionalFeature !== '') return { role: 'functional', feature: functionalFeature };
  return null;
}

/**
 * Proposes a mapping from the headers alone. Columns are paired by feature name; functional and
 * dysfunctional columns whose names do not match are paired in order of appearance when there are
 * as many of each. The user can correct every choice afterwards.
 *
 * @param headers the table's header row
 * @returns one entry per feature in order of first appearance, and the segment column if found
 */
export function detectKanoColumns(headers: readonly string[]): KanoColumnMapping {
  const byKey = new Map<string, FeatureColumns>();
  const unmatchedFunctional: { index: number; name: string }[] = [];
  const unmatchedDysfunctional: { index: number; name: string }[] = [];
  let segment: number | null = null;
  const readings = headers.map((header) => readKanoHeader(header));

  readings.forEach((reading, index) => {
    if (reading === null) return;
    if (reading.role === 'segment') {
      segment ??= index;
      return;
    }
    const key = featureKey(reading.feature);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { name: reading.feature, functional: null, dysfunctional: null, importance: null };
      byKey.set(key, entry);
    }
    if (entry[reading.role] === null) entry[reading.role] = index;
  });

  // Entries with only one side: try pairing leftovers in order of appearance.
  const complete: FeatureColumns[] = [];
  const leftovers = new Map<number, FeatureColumns>();
  for (const entry of byKey.values()) {
    if (entry.functional !== null && entry.dysfunctional === null) unmatchedFunctional.push({ index: entry.functional, name: entry.name });
    if (entry.dysfunctional !== null && entry.functional === null) unmatchedDysfunctional.push({ index: entry.dysfunctional, name: entry.name });
    complete.push(entry);
  }
  if (unmatchedFunctional.length > 0 && unmatchedFunctional.length === unmatchedDysfunctional.length) {
    unmatchedFunctional.forEach((functional, position) => {
      const dysfunctional = unmatchedDysfunctional[position]!;
      const target = complete.find((entry) => entry.functional === functional.index)!;
      target.dysfunctional = dysfunctional.index;
      leftovers.set(dysfunctional.index, target);
    });
  }
  const features = complete.filter((entry) => !(entry.functional === null && entry.dysfunctional !== null && leftovers.has(entry.dysfunctional)));
  // Importance-only entries (no Kano pair under that name) are dropped: they cannot be analysed alone.
  return { features: features.filter((entry) => entry.functional !== null || entry.dysfunctional !== null), segment };
}

/**
 * Columns whose non-empty cells all read as Kano answers (at least one such cell): offered first
 * in the column pickers.
 *
 * @param rows sample rows (e.g. the preview)
 * @param width number of columns
 */
export function kanoAnswerColumns(rows: readonly (readonly string[])[], width: number): number[] {
  const columns: number[] = [];
  for (let column = 0; column < width; column += 1) {
    let answers = 0;
    let other = 0;
    for (const row of rows) {
      const reading = readKanoAnswer(row[column] ?? '');
      if (reading.kind === 'value') answers += 1;
      else if (reading.kind === 'invalid') other += 1;
    }
    if (answers > 0 && other === 0) columns.push(column);
  }
  return columns;
}
