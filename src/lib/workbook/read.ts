/**
 * Reading a team's file or the trainer's combined file (written by file.ts). Never throws:
 * anything that is not a workbook file of a version this site knows gives one Chinese sentence
 * naming the file. Its own module, with the schemas, so that zod is fetched only when a file is
 * opened.
 */
import { z } from 'zod/mini';
import { parseEnvelope } from '../tool/envelope';
import { FILE_KIND, SET_KIND } from './file';
import { versionedWorkbook, type Workbook } from './schema';

/** Larger files are refused before parsing (a workbook is a few tens of KB). */
export const MAX_FILE_BYTES = 2_000_000;

export type ImportResult = { ok: true; books: Workbook[] } | { ok: false; message: string };

const headSchema = z.object({ kind: z.string(), v: z.number(), s: z.unknown() });

/** Reads a team file or a combined file. `name` is the file's name, quoted in messages. */
export function parseWorkbookFile(text: string, name = '文件'): ImportResult {
  const fail = (why: string): ImportResult => ({ ok: false, message: `“${name}”${why}` });
  if (text.length > MAX_FILE_BYTES) return fail('太大，不是团队工作册文件。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('不是团队工作册文件（无法读取，可能不是 .json 或已损坏）。');
  }
  const head = z.safeParse(headSchema, value);
  if (!head.success || (head.data.kind !== FILE_KIND && head.data.kind !== SET_KIND)) return fail('不是团队工作册文件。');
  if (head.data.kind === FILE_KIND) {
    const parsed = parseEnvelope({ v: head.data.v, s: head.data.s }, versionedWorkbook);
    return parsed.ok ? { ok: true, books: [parsed.value] } : fail(`无法打开：${parsed.message}`);
  }
  if (!Array.isArray(head.data.s)) return fail('不是团队工作册文件。');
  const books: Workbook[] = [];
  for (const item of head.data.s) {
    const parsed = parseEnvelope({ v: head.data.v, s: item }, versionedWorkbook);
    if (!parsed.ok) return fail(`无法打开：${parsed.message}`);
    books.push(parsed.value);
  }
  return { ok: true, books };
}
