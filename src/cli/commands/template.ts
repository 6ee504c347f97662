// `khoi template [NAME]`: list the built-in criteria templates, or print one as a block file to fill in.
import { BUILT_IN_TEMPLATES, findTemplate, templateDocument } from "../../templates";
import { CliIo } from "../io";

export async function runTemplateCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length === 0) {
    const lines = BUILT_IN_TEMPLATES.map((t) => `${t.id.padEnd(24)}${t.name}\n${" ".repeat(24)}${t.description}`);
    io.stdout(`Bộ tiêu chí mẫu (built-in templates):\n${lines.join("\n")}\n`);
    return 0;
  }
  const template = findTemplate(args[0]);
  if (!template || args.length > 1) {
    io.stderr(`khoi template: không có bộ tiêu chí mẫu «${args[0]}» (unknown template); xem \`khoi template\`\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(templateDocument(template), null, 2)}\n`);
  return 0;
}
