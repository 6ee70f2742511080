// An SDK's use of the generated npm package as an ES module: every lookup and body parse, the
// error classes (errors.ts), and the CommonJS consumer's copy of the package (require.cts)
// seen from here; then every code's values printed back for the test to compare with the
// registry. The first argument is a code the registry does not have.
import {
  type BODY_TYPE,
  type CATEGORY_TYPE,
  type CODE_TYPE as Code,
  CODE_TYPE,
  DESCRIBE_FN,
  ERROR_CLASS,
  GUARD_FN,
  INFO_CONST,
  IS_ERROR_FN,
  PARSE_BODY_FN,
} from "NPM_PACKAGE";
import { checkErrors } from "./errors.js";
import required from "./require.cjs";

declare const process: {
  readonly argv: readonly string[];
  readonly stdout: { write(text: string): boolean };
};

function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(what);
  }
}

const unknown = Number(process.argv[2]);
check(!GUARD_FN(unknown) && DESCRIBE_FN(unknown) === undefined, `unknown code ${unknown} was accepted`);
const body: BODY_TYPE | undefined = PARSE_BODY_FN({ code: unknown, message: "m", data: { k: 1 }, trace_id: "t-1" });
check(body !== undefined && body.code === unknown && body.known === undefined, "an unknown code is kept");
check(body.trace_id === "t-1" && JSON.stringify(body.data) === '{"k":1}', "a body keeps its fields");
check(PARSE_BODY_FN({ code: 7, message: "m" })?.trace_id === undefined, "trace_id may be absent");
const nullTrace = PARSE_BODY_FN({ code: unknown, message: "m", trace_id: null });
check(nullTrace !== undefined && nullTrace.trace_id === undefined, "trace_id may be null, as Rust and Python read it");
for (const bad of [null, [], "x", { code: "7", message: "m" }, { code: 1.5, message: "m" }, { code: 70000, message: "m" }, { code: 7 }, { code: 7, message: "m", trace_id: 1 }]) {
  check(PARSE_BODY_FN(bad) === undefined, `${JSON.stringify(bad)} is not a body`);
}

let previous = -1;
for (const [name, code] of Object.entries(CODE_TYPE)) {
  const typed: Code = code;
  const info = DESCRIBE_FN(typed);
  check(info !== undefined && info === INFO_CONST[typed] && info.name === name, `code ${code} describes itself`);
  check(GUARD_FN(code) && code > previous, `code ${code} is known and in order`);
  previous = code;
  const parsed = PARSE_BODY_FN({ code, message: "m", data: {}, trace_id: "t" });
  check(parsed?.known === info, `a body of code ${code} is known`);
  const category: CATEGORY_TYPE = info.category;
  check(category === info.category, `code ${code} has a category`);
}

const esmError = checkErrors(unknown);
check(IS_ERROR_FN(required.error) && required.isError(esmError), "the error guard knows both copies of the class");
check(!(required.error instanceof ERROR_CLASS) && !(esmError instanceof required.ErrorClass), "the ES module and CommonJS classes are two copies");
const out = required.dumpOf(CODE_TYPE, DESCRIBE_FN);
check(out === required.dump, "the ES module and CommonJS builds agree");
process.stdout.write(out);
