{#- dist/index.js (an ES module) and dist/index.cjs (CommonJS, `cjs`): the JavaScript of
    src/index.ts (index.ts), statement for statement, with the types left out. -#}
{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The {{ v.names.code_type }} registry's codes and error classes, as {% if cjs %}CommonJS{% else %}an ES module{% endif %}: the JavaScript
// of src/index.ts. No runtime dependencies.
{%- if cjs %}
"use strict";
{%- endif %}

/** Every category with its label on the docs page, in the page's order. */
{{ export }}const {{ n.categories_const }} = Object.freeze([
{{- tables.categories|safe }}
]);

/** Every error code, by name. */
{{ export }}const {{ v.names.code_type }} = Object.freeze({
{{- tables.codes|safe }}
});

/** Every error code's metadata, by code. */
{{ export }}const {{ v.names.info_const }} = Object.freeze({
{{- tables.info|safe }}
});

/** Whether `value` is an error code this build knows. */
{{ export }}function {{ n.guard_fn }}(value) {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call({{ v.names.info_const }}, value);
}

/** The metadata of `code`, or `undefined` for a code this build does not know. */
{{ export }}function {{ n.describe_fn }}(code) {
  return {{ n.guard_fn }}(code) ? {{ v.names.info_const }}[code] : undefined;
}

/** The body each parsed body was read from. */
const SENT = new WeakMap();

/**
 * Reads a decoded JSON body. Returns `undefined` when `json` is not shaped like a body (no
 * integer `code` in 0..=65535, no string `message`, or a `trace_id` that is neither a string
 * nor `null`); an unknown code is kept, never refused.
 */
{{ export }}function {{ n.parse_body_fn }}(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return undefined;
  }
  const body = json;
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
  const sent = { code, message };
  if (data !== undefined) {
    sent.data = data;
  }
  if (traceId !== undefined) {
    sent.trace_id = traceId;
  }
  const parsed = Object.defineProperty(
    { code, message, data, trace_id: typeof traceId === "string" ? traceId : undefined, known: {{ n.describe_fn }}(code) },
    "toJSON",
    { value: () => sent },
  );
  SENT.set(parsed, Object.freeze(sent));
  return Object.freeze(parsed);
}

/** What a body gives back to `JSON.stringify`: as sent when parsed, else its fields. */
function sentBody(body) {
  const sent = SENT.get(body);
  if (sent !== undefined) {
    return sent;
  }
  const json = { code: body.code, message: body.message };
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
 * subclass; an unknown code gives this class itself. `JSON.stringify(error)` gives back the
 * body as sent.
 */
{{ export }}class {{ n.error_class }} extends Error {
  name = {{ n.error_class|json_str }};
  code;
  message;
  data;
  traceId;
  httpStatus;
  info;
  retryable;
  docsUrl;
  #sent;

  /** The error of a parsed body, and the HTTP status of the response that carried it. */
  constructor(body, httpStatus) {
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
  static fromBody(json, httpStatus) {
    const body = {{ n.parse_body_fn }}(json);
    if (body === undefined) {
      return undefined;
    }
    const Class = body.known === undefined ? {{ n.error_class }} : CLASSES[body.known.category];
    return new Class(body, httpStatus);
  }

  /** The body as sent, so that `JSON.stringify(error)` gives it back. */
  toJSON() {
    return this.#sent;
  }
}
Object.defineProperty({{ n.error_class }}.prototype, BRAND, { value: true });
{% for k in v.categories %}
/**
 * An error of a code of the category `{{ k.id }}`:
{{ k.label|doc_lines(" * ") }}
 */
{{ export }}class {{ n.classes[loop.index0] }} extends {{ n.error_class }} {
  name = {{ n.classes[loop.index0]|json_str }};
}
{% endfor %}
/** Each category's error class. */
const CLASSES = Object.freeze({
{{- tables.classes|safe }}
});

/**
 * Whether `value` is an error of this registry, whichever copy of the package made it (its
 * ES module and its CommonJS build are two copies of the class, which `instanceof` tells
 * apart).
 */
{{ export }}function {{ n.error_guard_fn }}(value) {
  return typeof value === "object" && value !== null && value[BRAND] === true;
}
{%- if cjs %}

exports.{{ n.categories_const }} = {{ n.categories_const }};
exports.{{ v.names.code_type }} = {{ v.names.code_type }};
exports.{{ v.names.info_const }} = {{ v.names.info_const }};
exports.{{ n.guard_fn }} = {{ n.guard_fn }};
exports.{{ n.describe_fn }} = {{ n.describe_fn }};
exports.{{ n.parse_body_fn }} = {{ n.parse_body_fn }};
exports.{{ n.error_class }} = {{ n.error_class }};
{%- for class in n.classes %}
exports.{{ class }} = {{ class }};
{%- endfor %}
exports.{{ n.error_guard_fn }} = {{ n.error_guard_fn }};
{%- endif %}

