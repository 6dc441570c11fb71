export * from "./attributes";
export * from "./checked-stack";
export * from "./evaluate";
export * from "./policy-aspect";
export * from "./rule";
export * from "./rules";
export * from "./suppressions";
