// Items judged as they come, the next one taken while earlier judgements are under way: `check`
// plans a site while the policy pack judges the one before (two processes, two cores).

/**
 * Hands each item of `items` to `judge` as it comes, without waiting for that judgement before
 * taking the next item; at most `limit` judgements are under way at once (when one more would
 * exceed it, the oldest is waited for first). Resolves once every judgement has. Rejects with the
 * first failure in item order, once it is waited for, and then takes no further item; judgements
 * still under way are left to end, their failures already caught.
 *
 * After handing an item over, the event loop is let turn once before the next item is taken. The
 * judgement's first writes (HTTP/2 to the pack) leave from the loop's check phase, and taking the
 * next item (planning a site) is one long chain of promise callbacks that reaches no phase of the
 * loop until it ends: without that turn the pack idled while a site was planned, and then the
 * planner idled while the pack judged it.
 */
export async function judgeOverlapped<T>(
  items: AsyncIterable<T>,
  judge: (item: T) => Promise<void>,
  limit: number,
): Promise<void> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  // Judgements under way, oldest first, each settled to its failure if any.
  const underWay: Promise<{ error: unknown } | undefined>[] = [];
  const waitFor = async (judgement: Promise<{ error: unknown } | undefined>) => {
    const failed = await judgement;
    if (failed) throw failed.error;
  };
  for await (const item of items) {
    if (underWay.length >= limit) await waitFor(underWay.shift()!);
    underWay.push(
      judge(item).then(
        () => undefined,
        (error: unknown) => ({ error }),
      ),
    );
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  for (const judgement of underWay) await waitFor(judgement);
}
