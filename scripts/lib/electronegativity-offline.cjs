// Preloaded into electronegativity 1.10.3. Its AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK always asks
// GitHub for Electron's release list (no option turns it off, and -x cannot name a global check);
// offline, `got` schedules a retry whose timer throws from p-cancelable ("The `onCancel` handler was
// attached after the promise settled") after the request already failed, killing the process at a
// random point of the scan. That one error is dropped; any other still ends the process.
process.on('uncaughtException', (error) => {
  if (/onCancel. handler was attached after the promise settled/.test(String(error && error.message))) return
  console.error(error)
  process.exit(70)
})
