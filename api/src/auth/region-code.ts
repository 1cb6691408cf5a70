/** A region code "01".."21" as in the geography facts. */
export type RegionCode = string;
