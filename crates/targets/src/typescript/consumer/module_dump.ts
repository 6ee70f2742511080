// Prints every code's values as the generated TypeScript source file gives them.
import { CODE_TYPE, DESCRIBE_FN } from "./index.js";

declare const process: { readonly stdout: { write(text: string): boolean } };

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
  ];
  out += fields.join("\u001f") + "\u001e";
}
process.stdout.write(out);
