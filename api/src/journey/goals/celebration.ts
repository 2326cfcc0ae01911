// What a person reads when they tick a step: plain, warm words that change with
// how far they have come. The first step, halfway and the last step are named;
// the last one invites them to mark the goal as achieved (their choice, not ours).
export interface Celebration {
  message: string;
  isEveryStepDone: boolean;
}

const along = [
  (done: number, total: number) => `Another step done: that's ${done} of ${total}. Nice one.`,
  (done: number, total: number) => `Step ticked off. ${done} of ${total} done, one at a time.`,
  (done: number, total: number) => `Well done. You've now done ${done} of the ${total} steps.`,
];

export function celebrationFor(done: number, total: number): Celebration {
  if (total > 0 && done >= total) {
    const every = total === 1 ? "That's the step done" : `That's all ${total} steps done`;
    return {
      message: `${every}. You did it! If the goal feels reached, mark it as achieved.`,
      isEveryStepDone: true,
    };
  }
  if (done === 1) {
    return { message: "Your first step is done. Every journey starts with one: well done.", isEveryStepDone: false };
  }
  // Halfway is the step that takes them from under half to half or more.
  if (done * 2 >= total && (done - 1) * 2 < total) {
    return {
      message: `Halfway there: ${done} of ${total} steps done. Keep going at your own pace.`,
      isEveryStepDone: false,
    };
  }
  const words = along[done % along.length]!;
  return { message: words(done, total), isEveryStepDone: false };
}
