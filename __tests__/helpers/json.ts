/** A synthesized stack or other parsed JSON, read field by field in assertions. */
export type Json = Record<string, any>;
