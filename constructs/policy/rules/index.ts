import type { Rule } from "../rule";
import { EI1 } from "./EI1-open-ingress";
import { EI2 } from "./EI2-unencrypted-storage";
import { EI3 } from "./EI3-public-bucket";
import { EI4 } from "./EI4-unprotected-data";
import { EI5 } from "./EI5-literal-secret";
import { EI6 } from "./EI6-unpinned-provider";
import { EI7 } from "./EI7-missing-tags";
import { EI8 } from "./EI8-imdsv1";
import { EI9 } from "./EI9-tunnel-catch-all";
import { EI10 } from "./EI10-origin-without-tunnel";
import { EI11 } from "./EI11-public-database";
import { EI12 } from "./EI12-instance-without-firewall";
import { EI13 } from "./EI13-secret-in-env";
import { EI14 } from "./EI14-open-egress";
import { EI15 } from "./EI15-unprotected-worker-data";
import { EI16 } from "./EI16-worker-secret-in-config";

export { EI1, EI2, EI3, EI4, EI5, EI6, EI7, EI8, EI9, EI10, EI11, EI12, EI13, EI14, EI15, EI16 };

/** Every rule, in id order: the pack a stack is checked against unless told otherwise. */
export const ALL_RULES: readonly Rule[] = [EI1, EI2, EI3, EI4, EI5, EI6, EI7, EI8, EI9, EI10, EI11, EI12, EI13, EI14, EI15, EI16];
