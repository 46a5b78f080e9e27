// How well predictions agree with judgements: the definitions of ../shared/tools/judgement-metrics.py, plus AUC.

function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const rank = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) rank[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return rank;
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let [sab, saa, sbb] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa && sbb ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Spearman's ρ with ties given their mean rank. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  return pearson(ranks(a), ranks(b));
}

export interface FlagAgreement {
  judgedTrue: number;
  precision: number;
  recall: number;
  f1: number;
}

export function flagAgreement(predicted: readonly boolean[], actual: readonly boolean[]): FlagAgreement {
  let [tp, fp, fn] = [0, 0, 0];
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  return {
    judgedTrue: tp + fn,
    precision: tp + fp ? tp / (tp + fp) : Number.NaN,
    recall: tp + fn ? tp / (tp + fn) : Number.NaN,
    f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const r = ranks(scores);
  const pos = positive.filter(Boolean).length;
  const neg = positive.length - pos;
  if (!pos || !neg) return Number.NaN;
  const rankSum = r.reduce((s, x, i) => s + (positive[i] ? x : 0), 0);
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
