// The languages the pane speaks; Vietnamese first (the one definition lives with the saved preference).
export type { Lang } from "../../preferences/language";
