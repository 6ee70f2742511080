{#- The vendorable source. dist/index.js and dist/index.cjs (index.js) are its JavaScript and
    dist/index.d.ts (index.d.ts) its declarations: a change here is made there too. -#}
{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The {{ v.names.code_type }} registry's codes and error classes. No runtime dependencies.

/** A category of error codes, as the docs page groups them. */
export type {{ v.names.category_type }} =
{%- for c in v.categories %}
  | {{ c.id|json_str }}
{%- endfor %};

/** Every category with its label on the docs page, in the page's order. */
export const {{ n.categories_const }}: readonly { readonly id: {{ v.names.category_type }}; readonly label: string }[] = Object.freeze([
{{- tables.categories|safe }}
]);

/** Every error code, by name. */
export const {{ v.names.code_type }} = Object.freeze({
{{- tables.codes|safe }}
} as const);

/**
 * Every error code this build knows: the `code` of a failed response's body. A union of the
 * literal numbers, read off the object above so that each code is written once.
 */
export type {{ v.names.code_type }} = (typeof {{ v.names.code_type }})[keyof typeof {{ v.names.code_type }}];

/** The name of every error code this build knows. */
export type {{ v.names.name_type }} = keyof typeof {{ v.names.code_type }};

/** What the registry says of one error code. */
export interface {{ v.names.info_type }} {
  /** The number sent in the response body. */
  readonly code: {{ v.names.code_type }};
  /** The SCREAMING_SNAKE_CASE name. */
  readonly name: {{ v.names.name_type }};
  /** The English message sent with the code. */
  readonly message: string;
  /** Longer Markdown on the code, if the registry has any. */
  readonly description: string | undefined;
  /** The HTTP status the platform answers with. */
  readonly httpStatus: number;
  /** The category's stable id. */
  readonly category: {{ v.names.category_type }};
  /** The category's label on the docs page. */
  readonly categoryLabel: string;
  /** Whether retrying the same request can succeed. */
  readonly retryable: boolean;
  /** Why the code is deprecated and what to use instead, if it is. */
  readonly deprecated: string | undefined;
  /** The path of the code's entry on the docs page. */
  readonly docsPath: string;
  /** The absolute URL of the code's entry on the docs page, if the registry names the site. */
  readonly docsUrl: string | undefined;
}

/** Every error code's metadata, by code. */
export const {{ v.names.info_const }}: Readonly<Record<{{ v.names.code_type }}, {{ v.names.info_type }}>> = Object.freeze({
{{- tables.info|safe }}
});

/** Whether `value` is an error code this build knows. */
export function {{ n.guard_fn }}(value: unknown): value is {{ v.names.code_type }} {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call({{ v.names.info_const }}, value);
}

/** The metadata of `code`, or `undefined` for a code this build does not know. */
export function {{ n.describe_fn }}(code: number): {{ v.names.info_type }} | undefined {
  return {{ n.guard_fn }}(code) ? {{ v.names.info_const }}[code] : undefined;
}

/** A failed response's body exactly as sent: `data` and `trace_id` only when it had them. */
export interface {{ n.json_type }} {
  readonly code: number;
  readonly message: string;
  readonly data?: unknown;
  readonly trace_id?: string | null;
}

/**
 * The body of a failed response, `{code, message, data, trace_id}`. `code` is kept as sent,
 * so a code newer than this build is not lost; `known` is what this build knows of it.
 * `JSON.stringify` of a parsed body gives back the body as sent ({@link {{ n.json_type }}}).
 */
export interface {{ v.names.body_type }} {
  /** The error code, known or not. */
  readonly code: number;
  /** The message the server sent. */
  readonly message: string;
  /** Context that depends on the error, as sent (`undefined` if absent). */
  readonly data: unknown;
  /** The request's trace id, to quote when reporting the error (`undefined` if absent or `null`). */
  readonly trace_id: string | undefined;
  /** The code's metadata, or `undefined` for a code this build does not know. */
  readonly known: {{ v.names.info_type }} | undefined;
}

/** The body each parsed body was read from. */
const SENT = new WeakMap<{{ v.names.body_type }}, {{ n.json_type }}>();

/**
 * Reads a decoded JSON body. Returns `undefined` when `json` is not shaped like a body (no
 * integer `code` in 0..=65535, no string `message`, or a `trace_id` that is neither a string
 * nor `null`); an unknown code is kept, never refused.
 */
export function {{ n.parse_body_fn }}(json: unknown): {{ v.names.body_type }} | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return undefined;
  }
  const body = json as Readonly<Record<string, unknown>>;
  const code = body["code"];
  const message = body["message"];
  const data = body["data"];
  const traceId = body["trace_id"];
  if (typeof code !== "number" || !Number.isInteger(code) || code < 0 || code > 65535 || typeof message !== "string") {
    return undefined;
  }
  if (traceId !== undefined && traceId !== null && typeof traceId !== "string") {
    return undefined;
  }
  const sent: { code: number; message: string; data?: unknown; trace_id?: string | null } = { code, message };
  if (data !== undefined) {
    sent.data = data;
  }
  if (traceId !== undefined) {
    sent.trace_id = traceId as string | null;
  }
  const parsed: {{ v.names.body_type }} = Object.defineProperty(
    { code, message, data, trace_id: typeof traceId === "string" ? traceId : undefined, known: {{ n.describe_fn }}(code) },
    "toJSON",
    { value: () => sent },
  );
  SENT.set(parsed, Object.freeze(sent));
  return Object.freeze(parsed);
}

/** What a body gives back to `JSON.stringify`: as sent when parsed, else its fields. */
function sentBody(body: {{ v.names.body_type }}): {{ n.json_type }} {
  const sent = SENT.get(body);
  if (sent !== undefined) {
    return sent;
  }
  const json: { code: number; message: string; data?: unknown; trace_id?: string } = { code: body.code, message: body.message };
  if (body.data !== undefined) {
    json.data = body.data;
  }
  if (body.trace_id !== undefined) {
    json.trace_id = body.trace_id;
  }
  return Object.freeze(json);
}

/** The key every copy of the base class (ES module, CommonJS, vendored) marks errors with. */
const BRAND = Symbol.for({{ n.brand|json_str }});

/**
 * A failed response's error. A code this build knows gives an instance of its category's
 * subclass, such as {@link {{ n.example_class }}}; an unknown code gives this class itself.
 * `JSON.stringify(error)` gives back the body as sent.
 */
export class {{ n.error_class }} extends Error {
  override readonly name: string = {{ n.error_class|json_str }};
  /** The error code, known or not. */
  readonly code: number;
  /** The message the server sent. */
  override readonly message: string;
  /** Context that depends on the error, as sent (`undefined` if absent). */
  readonly data: unknown;
  /** The request's trace id, to quote when reporting the error. */
  readonly traceId: string | undefined;
  /** The response's HTTP status when given, else the known code's. */
  readonly httpStatus: number | undefined;
  /** The code's metadata, or `undefined` for a code this build does not know. */
  readonly info: {{ v.names.info_type }} | undefined;
  /**
   * Whether retrying the same request can succeed: the known code's answer, else whether the
   * response's HTTP status is 408, 429 or 503.
   */
  readonly retryable: boolean;
  /** The absolute URL of the code's entry on the docs page, if known. */
  readonly docsUrl: string | undefined;
  readonly #sent: {{ n.json_type }};

  /** The error of a parsed body, and the HTTP status of the response that carried it. */
  constructor(body: {{ v.names.body_type }}, httpStatus?: number) {
    super(body.message);
    this.code = body.code;
    this.message = body.message;
    this.data = body.data;
    this.traceId = body.trace_id;
    this.info = body.known;
    this.httpStatus = httpStatus ?? body.known?.httpStatus;
    this.retryable = body.known?.retryable ?? (httpStatus === 408 || httpStatus === 429 || httpStatus === 503);
    this.docsUrl = body.known?.docsUrl;
    this.#sent = sentBody(body);
  }

  /**
   * The error of a decoded JSON body (`await response.json()`), as its category's subclass
   * when the code is known; `undefined` when `json` is not a body.
   */
  static fromBody(json: unknown, httpStatus?: number): {{ n.error_class }} | undefined {
    const body = {{ n.parse_body_fn }}(json);
    if (body === undefined) {
      return undefined;
    }
    const Class = body.known === undefined ? {{ n.error_class }} : CLASSES[body.known.category];
    return new Class(body, httpStatus);
  }

  /** The body as sent, so that `JSON.stringify(error)` gives it back. */
  toJSON(): {{ n.json_type }} {
    return this.#sent;
  }
}
Object.defineProperty({{ n.error_class }}.prototype, BRAND, { value: true });
{% for k in v.categories %}
/**
 * An error of a code of the category `{{ k.id }}`:
{{ k.label|doc_lines(" * ") }}
 */
export class {{ n.classes[loop.index0] }} extends {{ n.error_class }} {
  override readonly name: string = {{ n.classes[loop.index0]|json_str }};
}
{% endfor %}
/** Each category's error class. */
const CLASSES: Readonly<Record<{{ v.names.category_type }}, typeof {{ n.error_class }}>> = Object.freeze({
{{- tables.classes|safe }}
});

/**
 * Whether `value` is an error of this registry, whichever copy of the package made it (its
 * ES module and its CommonJS build are two copies of the class, which `instanceof` tells
 * apart).
 */
export function {{ n.error_guard_fn }}(value: unknown): value is {{ n.error_class }} {
  return typeof value === "object" && value !== null && (value as { readonly [BRAND]?: unknown })[BRAND] === true;
}

