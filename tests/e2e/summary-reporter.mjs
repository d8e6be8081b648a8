// Ends the e2e run with one plain line, 'e2e: N passed, N failed, N skipped', that CI reads.
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }

  onTestEnd(test, result) {
    // Count each test once, by its final outcome (retries are 0, but stay correct anyway).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio() {
    return true;
  }
}
