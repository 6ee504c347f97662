// What a built-in criteria template is: a block file without units and scores, plus how to present it.
import type { AwardTier, CriterionNode, Rules } from "../core/types";

export interface BlockTemplate {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  /** The template's rules and criteria tree; units, targets and scores are the block's own. */
  rules: Partial<Rules> & { scale: number; awards: AwardTier[] };
  criteria: CriterionNode[];
}

/** Every template says this in its file: blocks adopt their own table each year (domain.md §1). */
export const EDITABLE_DEFAULT_NOTE =
  "Bộ tiêu chí mẫu, có thể chỉnh sửa theo quy chế và thang điểm Khối đã thông qua; không phải văn bản pháp lý. " +
  "(An editable default following common practice, not a legal text.)";

export interface TemplateInstanceOptions {
  blockName: string;
  year: number;
  organizer?: string;
  units: { id: string; name: string; titles?: string[] }[];
}

/** A khoi-block/1 document from a template and the block's own name, year and member units. */
export function instantiateTemplate(template: BlockTemplate, options: TemplateInstanceOptions): Record<string, unknown> {
  return {
    format: "khoi-block/1",
    block: {
      name: options.blockName,
      year: options.year,
      ...(options.organizer ? { organizer: options.organizer } : {}),
      note: EDITABLE_DEFAULT_NOTE,
      template: template.id,
    },
    rules: JSON.parse(JSON.stringify(template.rules)),
    units: options.units.map((unit) => ({ id: unit.id, name: unit.name, titles: unit.titles ?? [], disqualified: null })),
    criteria: JSON.parse(JSON.stringify(template.criteria)),
    targets: {},
    scores: { self: {}, appraised: {}, final: {} },
  };
}

/** The template as a block file without units and scores, as `khoi template NAME` prints it. */
export function templateDocument(template: BlockTemplate): Record<string, unknown> {
  return {
    format: "khoi-block/1",
    block: { name: template.name, year: new Date().getFullYear(), note: EDITABLE_DEFAULT_NOTE, template: template.id },
    rules: template.rules,
    units: [],
    criteria: template.criteria,
    targets: {},
    scores: { self: {}, appraised: {}, final: {} },
  };
}
