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

#include <stdint.h>

/// The words of the append queue, shared by every writer through a mapped file: read,
/// set and compared-and-swapped with full ordering, so a slot's body is seen before its state.
uint32_t rujuk_word_load(const uint32_t *word);
void rujuk_word_store(uint32_t *word, uint32_t value);
/// 1 when `word` held `expected` and now holds `desired`, else 0.
int rujuk_word_swap(uint32_t *word, uint32_t expected, uint32_t desired);

/// Sleeps while `*word` still holds `expected`, at most `seconds`: a futex shared between
/// processes (the mapping is a file's), woken by `rujuk_word_wake`.
void rujuk_word_wait(uint32_t *word, uint32_t expected, double seconds);
void rujuk_word_wake(uint32_t *word);

#endif
