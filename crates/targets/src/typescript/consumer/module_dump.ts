// Prints every code's values as the generated TypeScript source file gives them, after the
// error classes' checks (errors.ts) on the source itself. The first argument is a code the
// registry does not have.
import { CODE_TYPE, DESCRIBE_FN } from "./index.js";
import { checkErrors } from "./errors.js";

declare const process: {
  readonly argv: readonly string[];
  readonly stdout: { write(text: string): boolean };
};

checkErrors(Number(process.argv[2]));
let out = "";
for (const code of Object.values(CODE_TYPE)) {
  const info = DESCRIBE_FN(code);
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
process.stdout.write(out);
