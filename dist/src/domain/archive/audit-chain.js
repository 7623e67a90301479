import { canonicalJson, sha256Hex } from "./canonical-hash.js";
export const genesisHash = '0'.repeat(64);
/** Each entry's hash covers the previous one: editing, inserting or removing any entry breaks every later link. */
export function chainHash(previousHash, fact) {
    return sha256Hex(`${previousHash}\n${canonicalJson(fact)}`);
}
//# sourceMappingURL=audit-chain.js.map