/**
 * A tile type's config schema as a list of form fields. Reads the plain JSON Schema zod
 * gives (`z.toJSONSchema`, input side: defaults, bounds, enums, required) rather than
 * zod's internals, so a new field in a schema gets its input without touching the editor.
 */
import { z } from 'zod';
import { tileConfigs, type TileType } from '../../../contract/tiles/index.ts';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  format?: string;
}

interface Common {
  /** The property's name in its object. */
  name: string;
  required: boolean;
  /** The schema's default, shown when the config leaves the field out. */
  fallback: unknown;
  nullable: boolean;
}

export type FieldSpec = Common &
  (
    | { kind: 'text'; maxLength?: number; url: boolean }
    | { kind: 'long-text'; maxLength?: number }
    | { kind: 'checkbox' }
    | { kind: 'number'; min?: number; max?: number; integer: boolean }
    | { kind: 'select'; options: string[] }
    | { kind: 'choices'; options: string[] }
    | { kind: 'list'; item: FieldSpec[]; maxItems?: number }
    /** Anything else (an object, a list of plain strings): only a picker edits it. */
    | { kind: 'other' }
  );

/** Past this many characters a string gets a text area. */
const LONG_TEXT = 1000;

function fieldOf(name: string, schema: JsonSchema, required: boolean): FieldSpec {
  const options = schema.anyOf ?? [];
  const nullable = options.some((o) => o.type === 'null');
  const inner = nullable ? (options.find((o) => o.type !== 'null') ?? {}) : schema;
  const common: Common = { name, required, fallback: schema.default ?? inner.default, nullable };
  if (inner.enum) return { ...common, kind: 'select', options: inner.enum.map(String) };
  switch (inner.type) {
    case 'string':
      return (inner.maxLength ?? 0) > LONG_TEXT
        ? { ...common, kind: 'long-text', maxLength: inner.maxLength }
        : { ...common, kind: 'text', maxLength: inner.maxLength, url: inner.format === 'uri' };
    case 'boolean':
      return { ...common, kind: 'checkbox' };
    case 'integer':
    case 'number':
      return { ...common, kind: 'number', min: inner.minimum, max: inner.maximum, integer: inner.type === 'integer' };
    case 'array': {
      const items = inner.items ?? {};
      if (items.enum) return { ...common, kind: 'choices', options: items.enum.map(String) };
      if (items.type === 'object') return { ...common, kind: 'list', item: fieldsOfObject(items), maxItems: inner.maxItems };
      return { ...common, kind: 'other' };
    }
    default:
      return { ...common, kind: 'other' };
  }
}

function fieldsOfObject(schema: JsonSchema): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name)));
}

const cache = new Map<TileType, FieldSpec[]>();

/** The fields of `type`'s config, in the schema's order. */
export function configFields(type: TileType): FieldSpec[] {
  let fields = cache.get(type);
  if (!fields) {
    fields = fieldsOfObject(z.toJSONSchema(tileConfigs[type], { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    cache.set(type, fields);
  }
  return fields;
}
