// An SDK's use of the generated npm package through `require`: the CommonJS build, typed by
// its own declarations. It prints each code's values (`dumpOf`, which the ES module consumer
// uses too) and exports an error of its copy of the class for the cross-copy checks.
import pkg = require("NPM_PACKAGE");

declare const process: { readonly argv: readonly string[] };

/** The one info shape, as the dump reads it. */
interface Info {
  readonly code: number;
  readonly name: string;
  readonly message: string;
  readonly description: string | undefined;
  readonly httpStatus: number;
  readonly category: string;
  readonly categoryLabel: string;
  readonly retryable: boolean;
  readonly deprecated: string | undefined;
  readonly docsPath: string;
  readonly docsUrl: string | undefined;
}

/** Every code's values, one record each, as the test expects them. */
function dumpOf(codes: Readonly<Record<string, number>>, describe: (code: number) => Info | undefined): string {
  let out = "";
  for (const code of Object.values(codes)) {
    const info = describe(code);
    if (info === undefined) {
      throw new Error(`code ${code} does not describe itself`);
    }
    const fields = [
      String(info.code),
      info.name,
      info.message,
      String(info.httpStatus),
      info.category,
      info.categoryLabel,
      String(info.retryable),
      info.docsPath,
      info.deprecated ?? "",
      info.description ?? "",
      info.docsUrl ?? "",
    ];
    out += fields.join("\u001f") + "\u001e";
  }
  return out;
}

for (const info of Object.values(pkg.INFO_CONST)) {
  const known = pkg.ERROR_CLASS.fromBody({ code: info.code, message: "m" });
  if (!(known instanceof pkg.ERROR_CLASS) || known.constructor === pkg.ERROR_CLASS || known.info !== info) {
    throw new Error(`code ${info.code} does not give its category's class through require`);
  }
}
const error = pkg.ERROR_CLASS.fromBody({ code: Number(process.argv[2]), message: "m" }, 503);
if (error === undefined || error.constructor !== pkg.ERROR_CLASS || !error.retryable) {
  throw new Error("an unknown code does not give the base class through require");
}

export = {
  dump: dumpOf(pkg.CODE_TYPE, pkg.DESCRIBE_FN),
  dumpOf,
  error,
  isError: pkg.IS_ERROR_FN,
  ErrorClass: pkg.ERROR_CLASS,
};
