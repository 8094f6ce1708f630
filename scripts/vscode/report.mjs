// Prints the harness's results files like mocha's spec reporter, failures in full.
export function printResults(sessions) {
  let passed = 0;
  let failed = 0;
  let pending = 0;
  const failures = [];
  for (const r of sessions) {
    console.log(`\n[${r.session}] VS Code ${r.host.vscodeVersion} (${r.host.appName}, ${r.host.uiKind}, trusted: ${r.host.isTrusted})`);
    if (r.fatal) {
      failed++;
      failures.push({ session: r.session, fullTitle: '(suite could not run)', error: { message: r.fatal } });
      console.log(`  ✗ suite could not run:\n${r.fatal}`);
    }
    if (r.tests.length === 0 && !r.fatal) {
      failed++;
      failures.push({ session: r.session, fullTitle: '(no tests ran)', error: { message: 'the session ran no test' } });
      console.log('  ✗ no tests ran');
    }
    for (const t of r.tests) {
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${t.fullTitle}${t.durationMs ? ` (${t.durationMs} ms)` : ''}${t.state === 'pending' ? ' [PENDING]' : ''}`);
      if (t.state === 'passed') passed++;
      else if (t.state === 'failed') { failed++; failures.push({ session: r.session, ...t }); }
      else pending++;
    }
  }
  if (failures.length) {
    console.log('\nFailures:');
    failures.forEach((f, i) => {
      console.log(`\n  ${i + 1}) [${f.session}] ${f.fullTitle}\n     ${f.error?.message?.split('\n').join('\n     ')}`);
      if (f.error?.expected !== undefined || f.error?.actual !== undefined) {
        console.log(`     expected: ${f.error.expected}\n     actual:   ${f.error.actual}`);
      }
      if (f.error?.stack) console.log(`     ${f.error.stack.split('\n').slice(1, 6).join('\n     ')}`);
    });
  }
  // Pending (skipped) tests are failures here: nothing is skipped silently.
  if (pending) { console.log(`\n${pending} test(s) pending: counted as failed`); failed += pending; }
  return { passed, failed };
}
