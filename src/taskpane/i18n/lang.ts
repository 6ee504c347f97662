// The languages the pane speaks; Vietnamese first.
export type Lang = "vi" | "en";
