{#- dist/index.d.ts and dist/index.d.cts, the same text: the declarations of index.js, as
    tsc would write them from src/index.ts (index.ts). -#}
{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The declarations of the {{ v.names.code_type }} registry's codes and error classes.

/** A category of error codes, as the docs page groups them. */
export type {{ v.names.category_type }} =
{%- for c in v.categories %}
  | {{ c.id|json_str }}
{%- endfor %};

/** Every category with its label on the docs page, in the page's order. */
export declare const {{ n.categories_const }}: readonly { readonly id: {{ v.names.category_type }}; readonly label: string }[];

/** Every error code, by name. */
export declare const {{ v.names.code_type }}: Readonly<{
{%- for c in v.codes %}
{% include "typescript/code_doc.js" %}
  readonly {{ c.name }}: {{ c.code }};
{%- endfor %}
}>;

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
export declare const {{ v.names.info_const }}: Readonly<Record<{{ v.names.code_type }}, {{ v.names.info_type }}>>;

/** Whether `value` is an error code this build knows. */
export declare function {{ n.guard_fn }}(value: unknown): value is {{ v.names.code_type }};

/** The metadata of `code`, or `undefined` for a code this build does not know. */
export declare function {{ n.describe_fn }}(code: number): {{ v.names.info_type }} | undefined;

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

/**
 * Reads a decoded JSON body. Returns `undefined` when `json` is not shaped like a body (no
 * integer `code` in 0..=65535, no string `message`, or a `trace_id` that is neither a string
 * nor `null`); an unknown code is kept, never refused.
 */
export declare function {{ n.parse_body_fn }}(json: unknown): {{ v.names.body_type }} | undefined;

/**
 * A failed response's error. A code this build knows gives an instance of its category's
 * subclass, such as {@link {{ n.example_class }}}; an unknown code gives this class itself.
 * `JSON.stringify(error)` gives back the body as sent.
 */
export declare class {{ n.error_class }} extends Error {
  #private;
  readonly name: string;
  /** The error code, known or not. */
  readonly code: number;
  /** The message the server sent. */
  readonly message: string;
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
  /** The error of a parsed body, and the HTTP status of the response that carried it. */
  constructor(body: {{ v.names.body_type }}, httpStatus?: number);
  /**
   * The error of a decoded JSON body (`await response.json()`), as its category's subclass
   * when the code is known; `undefined` when `json` is not a body.
   */
  static fromBody(json: unknown, httpStatus?: number): {{ n.error_class }} | undefined;
  /** The body as sent, so that `JSON.stringify(error)` gives it back. */
  toJSON(): {{ n.json_type }};
}
{% for k in v.categories %}
/**
 * An error of a code of the category `{{ k.id }}`:
{{ k.label|doc_lines(" * ") }}
 */
export declare class {{ n.classes[loop.index0] }} extends {{ n.error_class }} {
  readonly name: string;
}
{% endfor %}
/**
 * Whether `value` is an error of this registry, whichever copy of the package made it (its
 * ES module and its CommonJS build are two copies of the class, which `instanceof` tells
 * apart).
 */
export declare function {{ n.error_guard_fn }}(value: unknown): value is {{ n.error_class }};

