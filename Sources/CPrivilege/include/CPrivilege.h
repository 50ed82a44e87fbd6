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
/// Closes every descriptor from `first` up, in one call where the kernel has close_range.
void rujuk_close_from(int first);

#endif
