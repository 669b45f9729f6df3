package org.narrascope.corpus;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iteration every record reader shares: read ahead one outcome, so {@code hasNext} can answer
 * honestly, and stop for good once the input has ended or cannot be read on. A reader supplies
 * {@link #readNext()} and calls {@link #stop()} when nothing can follow.
 */
abstract class LookAheadRecords implements Iterator<RecordOutcome>, AutoCloseable {
  private RecordOutcome next;
  private boolean stopped;

  /**
   * @param stopped nothing is to be read (the input could not even be opened as records)
   * @param pending an outcome decided before reading starts (e.g. an unreadable header), or null
   */
  LookAheadRecords(boolean stopped, RecordOutcome pending) {
    this.stopped = stopped;
    this.next = pending;
  }

  /** Makes {@code outcome} the next one returned. */
  final void pending(RecordOutcome outcome) {
    next = outcome;
  }

  /**
   * The next outcome, or null when this step produced none (a record that is no document, or the
   * end of the input — then after {@link #stop()}).
   */
  abstract RecordOutcome readNext();

  /** The file the records come from, for messages. */
  abstract String file();

  /** No record follows. */
  final void stop() {
    stopped = true;
  }

  final boolean stopped() {
    return stopped;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !stopped) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public final RecordOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException(file() + ": no more records");
    }
    RecordOutcome outcome = next;
    next = null;
    return outcome;
  }
}
