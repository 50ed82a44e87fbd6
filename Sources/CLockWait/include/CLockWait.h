#ifndef RUJUK_LOCK_WAIT_H
#define RUJUK_LOCK_WAIT_H

/// Takes an exclusive flock on `fd`, waiting at most `seconds`, in the calling thread.
/// Returns 0 once the lock is held; -1 with errno ETIMEDOUT when the time passed first, or
/// with the errno of what failed.
///
/// The wait is the kernel's (the lock passes here the moment it is released), and it is cut
/// short by a timer aimed at this thread alone, whose signal does nothing but interrupt the
/// wait. Each append that finds the lock taken waits this way: a thread of its own per wait
/// cost a thread's start and end, and a second wake-up, on every contended append.
int rujuk_flock_exclusive(int fd, double seconds);

#endif
