// An endpoint's parameters: a zod shape per default region, validated all at once into Laravel's error map.
import { z } from 'zod';
import { fieldDoc, isPlainObject, type FieldDoc } from './rules';
import {
  attributeName,
  message,
  ruleOfIssue,
  type MessageKey,
  type RuleText,
  type RuleValues,
} from './rules-messages';

/** `{"number":["The number field is required."],"button.0":["The button.0 must be a string."]}` */
export type ValidationErrors = Record<string, string[]>;
/** The rule behind each message of `ValidationErrors`, by field: what a UI words in its own language. */
export type ValidationRules = Record<string, RuleText>;
export type Validation<T> =
  { ok: true; data: T } | { ok: false; errors: ValidationErrors; rules: ValidationRules };

/** A rule spanning several fields (required_without, a file size that depends on media_type). */
export type CrossRule = (
  input: Record<string, unknown>,
  fail: (field: string, key: MessageKey, replace?: RuleValues) => void,
) => void;

export interface ParamsSchema<Shape extends z.ZodRawShape> {
  /** The zod object for a default region (memoized: built once per region). */
  object(region?: string): z.ZodObject<Shape>;
  /** Field docs in declaration order, for OpenAPI and the docs page. */
  docs(): Array<[name: string, doc: FieldDoc]>;
  validate(input: unknown, region?: string): Validation<z.output<z.ZodObject<Shape>>>;
}

export type ParamsOf<S> = S extends ParamsSchema<infer Shape> ? z.output<z.ZodObject<Shape>> : never;

export function defineParams<Shape extends z.ZodRawShape>(
  shape: (region: string) => Shape,
  cross: CrossRule[] = [],
): ParamsSchema<Shape> {
  const cache = new Map<string, z.ZodObject<Shape>>();
  const object = (region = 'ID') => {
    const key = region.toUpperCase();
    let built = cache.get(key);
    if (!built) cache.set(key, (built = z.object(shape(key))));
    return built;
  };
  return {
    object,
    docs: () =>
      Object.entries(object().shape).flatMap(([name, schema]) => {
        const doc = fieldDoc(schema as z.ZodType);
        return doc ? [[name, doc] as [string, FieldDoc]] : [];
      }),
    validate(input, region) {
      // A body that is not an object (a JSON array or string) carries no fields, as in Laravel.
      const fields = isPlainObject(input) ? input : {};
      const result = object(region).safeParse(fields);
      const errors: ValidationErrors = {};
      const rules: ValidationRules = {};
      const add = (path: readonly PropertyKey[], text: string, rule: RuleText | undefined) => {
        const key = path.map(String).join('.');
        // One message per field, the first failing rule (Laravel with `bail`).
        if (errors[key]) return;
        const attribute = attributeName(path);
        errors[key] = [text.replaceAll(':attribute', attribute)];
        if (rule) rules[key] = { rule: rule.rule, params: { attribute, ...rule.params } };
      };
      if (!result.success)
        for (const issue of result.error.issues) add(issue.path, issue.message, ruleOfIssue(issue));
      for (const rule of cross)
        rule(fields, (field, key, replace = {}) =>
          add(field.split('.'), message(key, replace), { rule: key, params: replace }),
        );
      if (result.success && Object.keys(errors).length === 0) return { ok: true, data: result.data };
      return { ok: false, errors, rules };
    },
  };
}
