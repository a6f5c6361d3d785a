// DOM ids that one feature renders and another moves focus to.

/** The Cite section's heading (Export & cite tab); "Cite this" in the details focuses it. */
export const CITE_HEADING_ID = 'cite-heading';
