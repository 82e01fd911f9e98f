// Answers to sync step 1, paced. A client asks once when it connects (and, with y-websocket's
// resyncInterval, every few seconds at most); a client that asks again and again with an empty
// state vector would be sent the whole document each time, as fast as it reads (2 GB in 10 s in
// an attack test). So each connection is answered at most once every STEP_ONE_EVERY_MS, and
// each person's answers in a room are paid from one budget (answer-budget.ts), which reconnecting
// does not refill. An ask that must wait is answered when it may be, from the latest state vector
// asked with, so nothing is lost: live updates reach the connection meanwhile, and the answer
// brings whatever they did not.
import { AnswerBudgets } from './answer-budget.ts';
import type { CollabConnection } from './connection.ts';

/** At most one answer per connection this often. */
export const STEP_ONE_EVERY_MS = 2000;

/** One connection's asks. `answer` sends an answer and returns 0, or returns how long to wait. */
export class StepOnePace {
  private lastAnsweredAt = -Infinity;
  private waiting: Uint8Array | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly answer: (stateVector: Uint8Array) => number,
    private readonly everyMs = STEP_ONE_EVERY_MS,
  ) {}

  ask(stateVector: Uint8Array): void {
    const sinceLast = performance.now() - this.lastAnsweredAt;
    if (this.timer === undefined && sinceLast >= this.everyMs) {
      this.tryAnswer(stateVector);
      return;
    }
    this.waiting = stateVector;
    this.timer ??= setTimeout(() => this.answerWaiting(), this.everyMs - sinceLast);
  }

  /** An answer was sent some other way (early-answers.ts): the interval counts from now. */
  answered(): void {
    this.lastAnsweredAt = performance.now();
  }

  /** The connection left: a waiting ask is not answered. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = null;
  }

  private answerWaiting(): void {
    this.timer = undefined;
    const stateVector = this.waiting;
    this.waiting = null;
    if (stateVector) this.tryAnswer(stateVector);
  }

  private tryAnswer(stateVector: Uint8Array): void {
    const wait = this.answer(stateVector);
    if (wait === 0) {
      this.lastAnsweredAt = performance.now();
      return;
    }
    this.waiting = stateVector;
    this.timer = setTimeout(() => this.answerWaiting(), wait);
  }
}

/** A room's answers to step 1: paced per connection, paid per person. */
export class StepOneAnswers {
  private readonly paces = new Map<CollabConnection, StepOnePace>();
  private readonly budgets = new AnswerBudgets();

  constructor(private readonly answerFor: (stateVector: Uint8Array) => Uint8Array) {}

  ask(connection: CollabConnection, stateVector: Uint8Array): void {
    this.paceOf(connection).ask(stateVector);
  }

  /** The connection was answered while the document loaded (early-answers.ts): that answer
   * counts against its pace and its person's budget like the others. */
  answeredEarly(connection: CollabConnection, bytes: number): void {
    this.paceOf(connection).answered();
    this.budgets.charge(whoIs(connection), bytes);
  }

  leave(connection: CollabConnection): void {
    this.paces.get(connection)?.stop();
    this.paces.delete(connection);
  }

  destroy(): void {
    for (const pace of this.paces.values()) pace.stop();
    this.paces.clear();
  }

  private paceOf(connection: CollabConnection): StepOnePace {
    let pace = this.paces.get(connection);
    if (!pace) {
      const who = whoIs(connection);
      pace = new StepOnePace((vector) => {
        const answer = this.answerFor(vector);
        const wait = this.budgets.spend(who, answer.byteLength);
        if (wait === 0) connection.send(answer);
        return wait;
      });
      this.paces.set(connection, pace);
    }
    return pace;
  }
}

const whoIs = (connection: CollabConnection): string =>
  connection.principal.userId ?? `connection:${connection.id}`;
