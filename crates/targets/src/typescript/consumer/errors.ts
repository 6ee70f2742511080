// The error classes used as an SDK uses them, checked against the registry's table: each
// known code's error is its category's subclass, an unknown code's is the base class whose
// retryable follows the HTTP status, bodies round-trip to JSON exactly as sent, and the
// tables are frozen. Returns an error of the unknown code, for the cross-copy checks.
import {
  type CATEGORY_TYPE,
  CATEGORIES_CONST,
  CODE_TYPE,
  ERROR_CLASS,
  INFO_CONST,
  IS_ERROR_FN,
  PARSE_BODY_FN,
} from "NPM_PACKAGE";
// RATE_BEGIN
import { RATE_CLASS } from "NPM_PACKAGE";
// RATE_END

function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(what);
  }
}

/** The class name the registry's category must get: the prefix, the id in UpperCamelCase, `Error`. */
function className(category: CATEGORY_TYPE): string {
  const camel = category
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
  return `ERROR_PREFIX${camel}Error`;
}

/** Assigning to a frozen value throws in a module (strict mode) and changes nothing. */
function refuses(assign: () => void): boolean {
  try {
    assign();
  } catch (e) {
    return e instanceof TypeError;
  }
  return false;
}

export function checkErrors(unknown: number): ERROR_CLASS {
  check(Object.isFrozen(CATEGORIES_CONST) && CATEGORIES_CONST.every((c) => Object.isFrozen(c)), "the category list is frozen");
  for (const info of Object.values(INFO_CONST)) {
    const label = CATEGORIES_CONST.find((c) => c.id === info.category)?.label;
    check(label === info.categoryLabel, `code ${info.code}'s category is listed with its label`);
    const error = ERROR_CLASS.fromBody({ code: info.code, message: "m" });
    check(error instanceof ERROR_CLASS && error.constructor !== ERROR_CLASS, `code ${info.code} gives a subclass`);
    check(error?.name === className(info.category) && error.constructor.name === error.name, `code ${info.code} gives ${className(info.category)}`);
    check(error.info === info && error.retryable === info.retryable && error.docsUrl === info.docsUrl, `code ${info.code}'s error reads the table`);
    check(error.httpStatus === info.httpStatus && error.traceId === undefined && error.data === undefined, `code ${info.code}'s error defaults`);
    check(String(error) === `${error.name}: m` && error instanceof Error, `code ${info.code}'s error is an Error`);
  }

  const wire = { code: unknown, message: "gone \"away\"", data: { k: [1, "x", null] }, trace_id: "t-9" };
  const unavailable = ERROR_CLASS.fromBody(JSON.parse(JSON.stringify(wire)), 503);
  check(unavailable !== undefined && unavailable.constructor === ERROR_CLASS && unavailable.name === "ERROR_CLASS", "an unknown code gives the base class");
  check(unavailable?.retryable === true && unavailable.httpStatus === 503 && unavailable.info === undefined && unavailable.docsUrl === undefined, "an unknown code's 503 is retryable");
  check(unavailable.code === unknown && unavailable.message === wire.message && unavailable.traceId === "t-9", "an unknown code keeps its body");
  check(JSON.stringify(unavailable) === JSON.stringify(wire), "JSON.stringify(error) gives back the body as sent");
  check(JSON.stringify(PARSE_BODY_FN(wire)) === JSON.stringify(wire), "JSON.stringify(body) gives back the body as sent");
  check(ERROR_CLASS.fromBody({ code: unknown, message: "m" }, 400)?.retryable === false, "an unknown code's 400 is not retryable");
  check(ERROR_CLASS.fromBody({ code: unknown, message: "m" })?.retryable === false, "an unknown code with no status is not retryable");
  for (const status of [408, 429]) {
    check(ERROR_CLASS.fromBody({ code: unknown, message: "m" }, status)?.retryable === true, `an unknown code's ${status} is retryable`);
  }
  const nullTrace = { code: unknown, message: "m", trace_id: null };
  const traced = ERROR_CLASS.fromBody(nullTrace);
  check(traced !== undefined && traced.traceId === undefined && JSON.stringify(traced) === JSON.stringify(nullTrace), "trace_id may be null");
  for (const bad of [null, "x", [], { code: 1 }, { code: unknown, message: "m", trace_id: 7 }]) {
    check(ERROR_CLASS.fromBody(bad) === undefined, `${JSON.stringify(bad)} is not a body`);
  }
  check(IS_ERROR_FN(unavailable) && !IS_ERROR_FN(new Error("m")) && !IS_ERROR_FN({ code: unknown, message: "m" }) && !IS_ERROR_FN(null), "the error guard");

  const first = Object.values(INFO_CONST)[0];
  check(first !== undefined, "a registry has codes");
  if (first !== undefined) {
    const retryable = first.retryable;
    check(refuses(() => ((first as { retryable: boolean }).retryable = !retryable)) && first.retryable === retryable, "an info is frozen");
    check(refuses(() => ((INFO_CONST as Record<number, unknown>)[unknown] = first)) && !(unknown in INFO_CONST), "the table is frozen");
    check(refuses(() => ((CODE_TYPE as Record<string, number>)["NEW"] = unknown)) && !("NEW" in CODE_TYPE), "the codes are frozen");
  }
  check(refuses(() => (CATEGORIES_CONST as { id: string; label: string }[]).push({ id: "x", label: "x" })), "the category list is frozen");
  // RATE_BEGIN

  try {
    throw ERROR_CLASS.fromBody({ code: 1104, message: "slow down", trace_id: "t-1" }, 429);
  } catch (e) {
    check(e instanceof RATE_CLASS, "1104 is caught as RATE_CLASS");
    if (e instanceof RATE_CLASS) {
      check(e.code === 1104 && e.retryable === INFO_CONST[1104].retryable && e.traceId === "t-1" && e.docsUrl === INFO_CONST[1104].docsUrl, "1104's error");
    }
  }
  // RATE_END
  return unavailable;
}
