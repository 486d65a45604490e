import type { AddressBlock } from './address-blocks.ts';
import { isLawyerFirm } from './organisations.ts';

/** «Til Nav Alta», «Till Försäkringskassan», «To: Nav …», «Att.: …»: the block names whom the letter is sent to. */
const TO = /^[ \t]*(?:til|till|to|att|attn)\.?[ \t]*:?[ \t]+\S/iu;

/**
 * A first instance's block that the letter addresses: opened by «Til …», or standing under another's letterhead (a law
 * firm's name over it, its own address line unread). It is the recipient, never the writer's head: taken as the head, the
 * writer reads as the first instance and the signer and the address under the signature are never read (QA 18, Q02, Q32).
 */
/** «Nav Klageinstans Nord», «Helfo Klageinstans»: the appeals stage a first instance transfers an appeal to. */
const APPEALS_STAGE = /\bklageinstans/iu;

export function addressedToFirstInstance(block: AddressBlock, lines: readonly string[], headTop: number): boolean {
  // A letter to the appeals stage is the first instance's transfer: the block under it is the appellant's, as read before.
  if (block.nameLines.some((l) => APPEALS_STAGE.test(l))) return false;
  if (TO.test(block.nameLines[0] ?? '')) return true;
  return lines.slice(headTop, block.first).some((line) => isLawyerFirm(line));
}
