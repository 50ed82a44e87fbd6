#define _GNU_SOURCE 1
#include "CTerminalSignals.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t signal_received = 0;
static int wake_pipe[2] = {-1, -1};
static struct sigaction library_winch;

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) { char b = 1; (void)!write(wake_pipe[1], &b, 1); }
    errno = saved;
}

static void on_signal(int sig) {
    signal_received = sig;
    wake();
}

static void on_winch(int sig, siginfo_t *info, void *context) {
    if (library_winch.sa_flags & SA_SIGINFO) {
        if (library_winch.sa_sigaction) library_winch.sa_sigaction(sig, info, context);
    } else if (library_winch.sa_handler != SIG_DFL && library_winch.sa_handler != SIG_IGN) {
        library_winch.sa_handler(sig);
    }
    wake();
}

void rujuk_install_signal_handlers(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) wake_pipe[0] = wake_pipe[1] = -1;
    struct sigaction current;
    // Once only: installed twice, the library's handler would be forgotten for this one.
    if (sigaction(SIGWINCH, NULL, &current) == 0 && !((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == on_winch)) {
        struct sigaction winch;
        memset(&winch, 0, sizeof winch);
        winch.sa_sigaction = on_winch;
        winch.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&winch.sa_mask);
        sigaction(SIGWINCH, &winch, &library_winch);
    }
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    // A parent may have started us with these blocked; a dropped connection must still arrive.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

int rujuk_pending_signal(void) { return signal_received; }

int rujuk_wake_descriptor(void) { return wake_pipe[0]; }

void rujuk_drain_wake(void) {
    char buffer[64];
    if (wake_pipe[0] >= 0) while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}
