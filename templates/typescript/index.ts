{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The {{ v.names.code_type }} registry's codes. No runtime dependencies.

/** A category of error codes, as the docs page groups them. */
export type {{ v.names.category_type }} =
{%- for c in v.categories %}
  | {{ c.id|json_str }}
{%- endfor %};

/** Every error code, by name. */
export const {{ v.names.code_type }} = Object.freeze({
{%- for c in v.codes %}
  /**
{{ c.message|doc_lines("   * ") }}
{%- if let Some(d) = c.deprecated %}
   *
   * @deprecated
{{ d|doc_lines("   * ") }}
{%- endif %}
   */
  {{ c.name }}: {{ c.code }},
{%- endfor %}
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
  /** The HTTP status the platform answers with. */
  readonly httpStatus: number;
  /** The category's stable id. */
  readonly category: {{ v.names.category_type }};
  /** The category's label on the docs page. */
  readonly categoryLabel: string;
  /** The English message sent with the code. */
  readonly message: string;
  /** Whether retrying the same request can succeed. */
  readonly retryable: boolean;
  /** The path of the code's entry on the docs page. */
  readonly docsPath: string;
  /** Why the code is deprecated and what to use instead, if it is. */
  readonly deprecated?: string;
}

/** Every error code's metadata, by code. */
export const {{ v.names.info_const }}: Readonly<Record<{{ v.names.code_type }}, {{ v.names.info_type }}>> = Object.freeze({
{%- for c in v.codes %}
  {{ c.code }}: Object.freeze({
    code: {{ c.code }},
    name: {{ c.name|json_str }},
    httpStatus: {{ c.http }},
    category: {{ v.category_of(c).id|json_str }},
    categoryLabel: {{ v.category_of(c).label|json_str }},
    message: {{ c.message|json_str }},
    retryable: {{ c.retryable }},
    docsPath: {{ c.docs_path|json_str }},
{%- if let Some(d) = c.deprecated %}
    deprecated: {{ d|json_str }},
{%- endif %}
  }),
{%- endfor %}
});

/** Whether `value` is an error code this build knows. */
export function {{ n.guard_fn }}(value: unknown): value is {{ v.names.code_type }} {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call({{ v.names.info_const }}, value);
}

/** The metadata of `code`, or `undefined` for a code this build does not know. */
export function {{ n.describe_fn }}(code: number): {{ v.names.info_type }} | undefined {
  return {{ n.guard_fn }}(code) ? {{ v.names.info_const }}[code] : undefined;
}

/**
 * The body of a failed response, `{code, message, data, trace_id}`. `code` is kept as sent,
 * so a code newer than this build is not lost; `known` is what this build knows of it.
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
 * integer `code` in 0..=65535, no string `message`, or a `trace_id` that is not a string); an
 * unknown code is kept, never refused.
 */
export function {{ n.parse_body_fn }}(json: unknown): {{ v.names.body_type }} | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return undefined;
  }
  const body = json as Readonly<Record<string, unknown>>;
  const code = body["code"];
  const message = body["message"];
  const traceId = body["trace_id"];
  if (typeof code !== "number" || !Number.isInteger(code) || code < 0 || code > 65535) {
    return undefined;
  }
  if (typeof message !== "string" || (traceId !== undefined && traceId !== null && typeof traceId !== "string")) {
    return undefined;
  }
  return Object.freeze({
    code,
    message,
    data: body["data"],
    trace_id: typeof traceId === "string" ? traceId : undefined,
    known: {{ n.describe_fn }}(code),
  });
}

