#ifndef RUJUK_TERMINAL_SIGNALS_H
#define RUJUK_TERMINAL_SIGNALS_H

/// SIGTERM and SIGHUP set a flag (the run loop saves drafts and restores the terminal);
/// SIGWINCH is passed to the terminal library's own handler. Every one of them also writes a
/// byte to a pipe the run loop polls: a signal goes to any thread of the process, and the
/// poll sleeping in the main thread would not be interrupted by one taken elsewhere.
/// Call after the terminal library is started (its SIGWINCH handler is then in place).
void rujuk_install_signal_handlers(void);
/// The signal that asked the process to end (SIGTERM, SIGHUP), or 0.
int rujuk_pending_signal(void);
/// The pipe's read end for the poll, or -1 when it could not be made.
int rujuk_wake_descriptor(void);
/// Empties the pipe once the loop woke.
void rujuk_drain_wake(void);

#endif
