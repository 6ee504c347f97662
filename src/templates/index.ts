// The built-in criteria templates, in the order the set-up page offers them.
import { agencyTemplate } from "./agency";
import { districtClusterTemplate } from "./district-cluster";
import { enterpriseTemplate } from "./enterprise";
import type { BlockTemplate } from "./template";

export { instantiateTemplate, templateDocument, EDITABLE_DEFAULT_NOTE } from "./template";
export type { BlockTemplate, TemplateInstanceOptions } from "./template";

export const BUILT_IN_TEMPLATES: readonly BlockTemplate[] = [enterpriseTemplate, agencyTemplate, districtClusterTemplate];

export function findTemplate(id: string): BlockTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
