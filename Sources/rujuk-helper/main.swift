// The privileged part of Rujuk on a school server. Installed setuid (and setgid) to the
// system account `rujuk`, it is started by `rujuk` for each session with a socket on
// standard input and output. It trusts nothing of its caller but the real uid the kernel
// gives it: its environment is cleared, its store comes from a root-owned file at a fixed
// path, and it leaves the caller's session and process group, so that the caller can
// neither signal nor trace it.
#if canImport(Glibc)
import Glibc
#endif
import CPrivilege
import Foundation
import RujukBoundary
import RujukDomain
import RujukStore

let caller = getuid()
let callerGroup = getgid()
let owner = geteuid()
let ownerGroup = getegid()
let privileged = owner != caller || ownerGroup != callerGroup

// Unprivileged (a developer's build, a test), the helper has no more rights than its caller,
// so it may take its configuration from the environment; installed, never.
let configPath = privileged ? ServerConfig.path : (ProcessInfo.processInfo.environment["RUJUK_HELPER_CONFIG"] ?? ServerConfig.path)
clearenv()
setenv("PATH", "/usr/bin:/bin", 1)
umask(0o077)

func fail(_ error: StoreError) -> Never {
    // Tell the caller in its own protocol, then stop.
    if let bytes = try? ResponseCoding.encode(Response.refused(WireError(error))) {
        try? Frame.write(bytes, to: 1)
    }
    exit(1)
}

if privileged {
    // Real, effective and saved ids all become rujuk's: the caller's uid no longer matches
    // any of them, so it cannot kill, stop or ptrace this process.
    guard rujuk_setresgid(ownerGroup, ownerGroup, ownerGroup) == 0, rujuk_setresuid(owner, owner, owner) == 0 else {
        fail(StoreError(.permission, .helperUnavailable("setresuid")))
    }
}
_ = rujuk_not_dumpable()
// Out of the caller's process group and terminal: Ctrl-Z or Ctrl-C there reach only the caller.
setsid()
for sig in [SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGXFSZ, SIGUSR1, SIGUSR2] { signal(sig, SIG_IGN) }
// Limits the caller set are raised as far as they go; past the hard file-size limit a write
// fails with EFBIG (reported, and cut back), never with SIGXFSZ.
for resource in [RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_AS, RLIMIT_DATA, RLIMIT_STACK] {
    var limit = rlimit()
    if getrlimit(__rlimit_resource_t(resource.rawValue), &limit) == 0 {
        limit.rlim_cur = limit.rlim_max
        setrlimit(__rlimit_resource_t(resource.rawValue), &limit)
    }
}
var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
// Nothing but the socket stays open (one close_range, not a thousand closes).
rujuk_close_from(3)

let config: ServerConfig
do {
    guard let loaded = try ServerConfig.load(path: configPath, owner: privileged ? 0 : caller) else {
        fail(StoreError(.missing, .helperUnavailable(configPath)))
    }
    config = loaded
} catch let e as StoreError {
    fail(e)
} catch {
    fail(StoreError(.io, .helperUnavailable(configPath)))
}

// The store must be rujuk's own directory, closed to everyone else, and not a link.
var st = stat()
guard lstat(config.store, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == owner, st.st_mode & 0o077 == 0 else {
    fail(StoreError(.permission, .storeUnsafe(config.store)))
}
guard let entry = getpwuid(caller), let name = entry.pointee.pw_name else {
    fail(StoreError(.permission, .helperUnavailable("uid \(caller)")))
}
let login = String(cString: name)
let broker = Broker(storePath: config.store, unixLogin: login, sharedAccount: config.staffroom.contains(login))
// The store is opened before the first request is read: `rujuk` starts this helper first
// thing, so the opening runs while the caller is still reading its command line.
broker.prepare()
broker.serve(input: 0, output: 1)
