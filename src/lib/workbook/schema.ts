/**
 * The team workbook's shape: one workbook per team (team name, members, scenario) holding every
 * worksheet's answers. A worksheet's answers are a record of field values: a text field keeps a
 * string, a table field keeps rows of strings (what was typed, so half-typed numbers survive).
 * The device keeps several workbooks (several teams can share a tablet); the file a team hands
 * in holds one. Schemas use zod/mini like the other tools (see src/lib/tool/envelope.ts); this
 * module is fetched only to read a stored device or a file (useWorkbook.ts, read.ts), so a
 * worksheet opened for the first time does not ship zod.
 */
import { z } from 'zod/mini';
import type { VersionedSchema } from '../tool/envelope';
import { WORKBOOK_VERSION } from './state';

const text = (max: number) => z.string().check(z.maxLength(max));

export const rowSchema = z.record(z.string().check(z.maxLength(40)), text(2000));
export const fieldValueSchema = z.union([text(4000), z.array(rowSchema).check(z.maxLength(60))]);
export const sheetAnswersSchema = z.record(z.string().check(z.maxLength(40)), fieldValueSchema);

export const workbookSchema = z.object({
  id: text(40),
  team: text(80),
  members: text(400),
  scenario: text(1000),
  /** ISO time of the last change: the gallery keeps the newer of two files from the same team. */
  updated: text(40),
  sheets: z.record(z.string().check(z.maxLength(40)), sheetAnswersSchema),
});

export type Row = z.infer<typeof rowSchema>;
export type FieldValue = z.infer<typeof fieldValueSchema>;
export type SheetAnswers = z.infer<typeof sheetAnswersSchema>;
export type Workbook = z.infer<typeof workbookSchema>;

/** What this device keeps: every team's workbook and which one is open. */
export const deviceSchema = z.object({
  current: text(40),
  books: z.array(workbookSchema).check(z.maxLength(40)),
});
export type Device = z.infer<typeof deviceSchema>;

export const versionedDevice: VersionedSchema<Device> = { version: WORKBOOK_VERSION, schema: deviceSchema, migrations: {} };
export const versionedWorkbook: VersionedSchema<Workbook> = { version: WORKBOOK_VERSION, schema: workbookSchema, migrations: {} };
