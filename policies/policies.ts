// Every policy of the pack, in one list: index.ts serves it, and the in-process tests run it
// without starting a pack.
import { clusterPolicies } from "./cluster";
import { genesysPolicies } from "./genesys";
import { guestIdentityPolicies } from "./guest-identity";
import { networkPolicies } from "./network";
import { placementPolicies } from "./placement";
import { platformPolicies } from "./platform";
import { rolloutPolicies } from "./rollout";
import { vmPolicies } from "./vm";

export const allPolicies = [
  ...vmPolicies,
  ...clusterPolicies,
  ...networkPolicies,
  ...placementPolicies,
  ...genesysPolicies,
  ...guestIdentityPolicies,
  ...platformPolicies,
  ...rolloutPolicies,
];
