import { z } from 'zod';

/** Languages the analyzer and the phrasebooks know. */
export const LANGUAGES = ['sv', 'da', 'nb', 'en', 'de', 'fi'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Where a record came from; decides precedence (personal > team > builtin) and whether it is editable. */
export const Source = z.enum(['builtin', 'personal', 'team']);
export type Source = z.infer<typeof Source>;

/** Ids are short, URL- and file-safe; they survive export, import and team sync unchanged. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'use 1–128 letters, digits, ".", "_", ":" or "-"');

/** A short single-line text (titles, labels, names). */
export const Label = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');

/** Longer free text (phrases, descriptions, messages). */
export const Text = z.string().max(2000, 'at most 2,000 characters');
