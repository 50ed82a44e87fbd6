#ifndef RUJUK_CPRIVILEGE_H
#define RUJUK_CPRIVILEGE_H
#include <sys/types.h>

/// The few process calls glibc hides from Swift (they need _GNU_SOURCE or sys/prctl.h).
/// Each returns 0 on success, -1 with errno set on failure.
int rujuk_setresuid(uid_t ruid, uid_t euid, uid_t suid);
int rujuk_setresgid(gid_t rgid, gid_t egid, gid_t sgid);
/// Nobody else running as this user may read this process's memory or ptrace it.
int rujuk_not_dumpable(void);
/// 1 when dumpable, 0 when not, -1 on error.
int rujuk_is_dumpable(void);
/// Hands descriptor `fd` over the Unix socket `socket` with one byte ('w'); with fd < 0, the
/// byte alone. Returns 0, or -1 with errno set.
int rujuk_send_descriptor(int socket, int fd);
/// Reads the one byte `rujuk_send_descriptor` sent; the descriptor that came with it (close-
/// on-exec), or -1 when none did or on error.
int rujuk_receive_descriptor(int socket);
/// An inotify descriptor (non-blocking, close-on-exec) watching `directory` for appends, new
/// files and renames into it, and for the directory itself going; -1 with errno on failure.
int rujuk_watch_directory(const char *directory);
/// Closes every descriptor from `first` up, in one call where the kernel has close_range.
void rujuk_close_from(int first);

#endif
