#define _GNU_SOURCE
#include "CLockWait.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/// A real-time signal nothing else in Rujuk uses (glibc keeps the first few for itself).
static int wait_signal(void) { return SIGRTMIN + 5; }

static void interrupt_only(int signal) { (void)signal; }

static pthread_once_t installed = PTHREAD_ONCE_INIT;

/// Without SA_RESTART, so that a blocked flock returns EINTR when the signal arrives.
static void install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupt_only;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(wait_signal(), &action, NULL);
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/// Without a timer (none could be made: the process's limit of them reached), asked again
/// every 2 ms until the deadline: slower to pass on, never stuck.
static int poll_for_lock(int fd, double seconds) {
    const double deadline = now_seconds() + seconds;
    const struct timespec pause = { 0, 2 * 1000 * 1000 };
    for (;;) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) return 0;
        if (errno != EWOULDBLOCK && errno != EINTR) return -1;
        if (now_seconds() >= deadline) { errno = ETIMEDOUT; return -1; }
        nanosleep(&pause, NULL);
    }
}

int rujuk_flock_exclusive(int fd, double seconds) {
    pthread_once(&installed, install);

    struct sigevent event;
    memset(&event, 0, sizeof event);
    event.sigev_notify = SIGEV_THREAD_ID;
    event.sigev_signo = wait_signal();
#ifdef sigev_notify_thread_id
    event.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
#else
    event._sigev_un._tid = (pid_t)syscall(SYS_gettid);
#endif
    if (seconds < 0.001) seconds = 0.001;
    timer_t timer;
    if (timer_create(CLOCK_MONOTONIC, &event, &timer) != 0) return poll_for_lock(fd, seconds);

    struct itimerspec due;
    memset(&due, 0, sizeof due);
    due.it_value.tv_sec = (time_t)seconds;
    due.it_value.tv_nsec = (long)((seconds - (double)(time_t)seconds) * 1e9);
    // And again every 50 ms after: a signal that came just before flock began to wait (after
    // another signal's interruption) would otherwise leave it waiting with no timer left.
    due.it_interval.tv_nsec = 50 * 1000 * 1000;
    const double deadline = now_seconds() + seconds;

    // The signal must reach this thread even where the caller's mask blocks it.
    sigset_t only, before;
    sigemptyset(&only);
    sigaddset(&only, wait_signal());
    pthread_sigmask(SIG_UNBLOCK, &only, &before);

    int result = -1, failure = 0;
    if (timer_settime(timer, 0, &due, NULL) != 0) {
        failure = errno;
    } else {
        for (;;) {
            if (flock(fd, LOCK_EX) == 0) { result = 0; break; }
            if (errno != EINTR) { failure = errno; break; }
            // Another signal interrupted the wait before the time was up: wait on.
            if (now_seconds() >= deadline) { failure = ETIMEDOUT; break; }
        }
    }
    // Deleted before the mask is restored: a signal already sent is taken here, harmlessly,
    // and never left pending to interrupt something later.
    timer_delete(timer);
    pthread_sigmask(SIG_SETMASK, &before, NULL);
    if (result != 0) errno = failure;
    return result;
}

// MARK: The append queue's words

#include <linux/futex.h>

uint32_t rujuk_word_load(const uint32_t *word) { return __atomic_load_n(word, __ATOMIC_SEQ_CST); }

void rujuk_word_store(uint32_t *word, uint32_t value) { __atomic_store_n(word, value, __ATOMIC_SEQ_CST); }

int rujuk_word_swap(uint32_t *word, uint32_t expected, uint32_t desired) {
    return __atomic_compare_exchange_n(word, &expected, desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) ? 1 : 0;
}

void rujuk_word_wait(uint32_t *word, uint32_t expected, double seconds) {
    struct timespec span;
    span.tv_sec = (time_t)seconds;
    span.tv_nsec = (long)((seconds - (double)span.tv_sec) * 1e9);
    // Not FUTEX_PRIVATE: the word lies in a file mapped by several processes.
    syscall(SYS_futex, word, FUTEX_WAIT, expected, &span, NULL, 0);
}

void rujuk_word_wake(uint32_t *word) { syscall(SYS_futex, word, FUTEX_WAKE, INT32_MAX, NULL, NULL, 0); }
