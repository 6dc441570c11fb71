// Types of the cdktf jest matchers that __tests__/setup.ts registers (toHaveResourceWithProperties …).
import "cdktf/lib/testing/adapters/jest";
