#define _GNU_SOURCE
#include <unistd.h>
#include <sys/prctl.h>
#include "CPrivilege.h"

int rujuk_setresuid(uid_t ruid, uid_t euid, uid_t suid) { return setresuid(ruid, euid, suid); }
int rujuk_setresgid(gid_t rgid, gid_t egid, gid_t sgid) { return setresgid(rgid, egid, sgid); }
int rujuk_not_dumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }
int rujuk_is_dumpable(void) { return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0); }

void rujuk_close_from(int first) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
#endif
    // Older kernels: one close per possible descriptor below the limit.
    long limit = sysconf(_SC_OPEN_MAX);
    if (limit < 0 || limit > 65536) limit = 65536;
    for (int fd = first; fd < limit; fd++) close(fd);
}
