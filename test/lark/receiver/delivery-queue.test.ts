import { describe, expect, it } from 'vitest';
import { DeliveryQueue } from '../../../src/lark/receiver/delivery-queue.ts';

/** Work that runs until the test lets it finish, recording when it started. */
function gatedWork(started: string[], name: string) {
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    finish: () => finish(),
    work: async () => {
      started.push(name);
      await gate;
      return name;
    },
  };
}

describe('the queue behind stored deliveries', () => {
  it('runs at most its concurrency at once, and starts the next as one finishes', async () => {
    const queue = new DeliveryQueue(2);
    const started: string[] = [];
    const tasks = ['甲', '乙', '丙'].map((person) => ({ person, ...gatedWork(started, person) }));
    const results = tasks.map((task) => queue.add(task.person, task.work));
    await Promise.resolve();

    expect(started).toEqual(['甲', '乙']);
    expect(queue.waiting).toBe(1);
    tasks[0]!.finish();
    expect(await results[0]).toBe('甲');
    await expect.poll(() => started).toEqual(['甲', '乙', '丙']);
    tasks[1]!.finish();
    tasks[2]!.finish();
    expect(await Promise.all(results)).toEqual(['甲', '乙', '丙']);
    expect(queue.idle).toBe(true);
  });

  it('keeps one person’s deliveries in order, one at a time, while others go ahead', async () => {
    const queue = new DeliveryQueue(4);
    const started: string[] = [];
    const first = gatedWork(started, '王五 1');
    const second = gatedWork(started, '王五 2');
    const other = gatedWork(started, '赵六 1');
    const results = [queue.add('王五', first.work), queue.add('王五', second.work), queue.add('赵六', other.work)];
    await Promise.resolve();

    expect(started).toEqual(['王五 1', '赵六 1']);
    other.finish();
    await results[2];
    expect(started).toEqual(['王五 1', '赵六 1']);
    first.finish();
    await expect.poll(() => started).toEqual(['王五 1', '赵六 1', '王五 2']);
    second.finish();
    expect(await Promise.all(results)).toEqual(['王五 1', '王五 2', '赵六 1']);
  });

  it('lets people take turns, so one person’s long backlog does not hold up the next person', async () => {
    const queue = new DeliveryQueue(1);
    const order: string[] = [];
    const record = (name: string) => async () => {
      order.push(name);
    };
    await Promise.all([queue.add('王五', record('王五 1')), queue.add('王五', record('王五 2')), queue.add('王五', record('王五 3')), queue.add('赵六', record('赵六 1'))]);

    expect(order).toEqual(['王五 1', '赵六 1', '王五 2', '王五 3']);
  });

  it('a failing delivery fails on its own and the person’s next one still runs', async () => {
    const queue = new DeliveryQueue(1);
    const failing = queue.add('王五', async () => {
      throw new Error('数据库忙');
    });
    const next = queue.add('王五', async () => '第二条');

    await expect(failing).rejects.toThrow('数据库忙');
    expect(await next).toBe('第二条');
  });
});
