/**
 * The review gate as the Link stage applies it, written once for the pipeline's simulations and every
 * evaluation figure (routedAt, score, gatedScore, simulateBatch): a letter the classifier holds itself
 * (no text, a comments-or-appeal heading; DocumentClassification.hold) goes to review whatever its
 * confidence, any other passes when its confidence reaches the decision's threshold.
 */
export function heldByClassifier(prediction: { hold?: string | null }): boolean {
  return Boolean(prediction.hold);
}

export function passesReviewGate(prediction: { hold?: string | null }, confidence: number, threshold: number): boolean {
  return !heldByClassifier(prediction) && confidence >= threshold;
}
