// Prints every code's values as the generated TypeScript module gives them, and proves that an
// unknown code (the first argument) is refused.
import {
  type CODE_TYPE,
  CODE_TYPE as Codes,
  DESCRIBE_FN,
  GUARD_FN,
  INFO_CONST,
} from "./KEBAB_MODULE.js";

declare const process: {
  readonly argv: readonly string[];
  readonly stdout: { write(text: string): boolean };
};

const unknown = Number(process.argv[2]);
if (GUARD_FN(unknown) || DESCRIBE_FN(unknown) !== undefined) {
  throw new Error(`unknown code ${unknown} was accepted`);
}
let out = "";
for (const [name, code] of Object.entries(Codes)) {
  const typed: CODE_TYPE = code;
  const info = DESCRIBE_FN(typed);
  if (info === undefined || info !== INFO_CONST[typed] || info.name !== name) {
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
  ];
  out += fields.join("\u001f") + "\u001e";
}
process.stdout.write(out);
