#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukUI

/// A report file written whole or not at all: into a temporary file beside the target, then
/// renamed over it. Any failure is one sentence with exit 74, and the temporary file is gone.
enum ReportFile {
    /// `write` fills the temporary path (a C library may write it itself).
    static func write(_ path: String, _ write: (String) throws -> Void) throws {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let directory = (absolute as NSString).deletingLastPathComponent
        let temp = directory + "/." + (absolute as NSString).lastPathComponent + ".part-\(getpid())"
        func fail(_ reason: String) -> CommandError {
            unlink(temp)
            return CommandError(code: ExitStatus.ioError, message: Localization.t(.reportNotWritten(path, reason)))
        }
        // The directory must take a new file: checked first, so no library is left to find out.
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        if fd < 0 { throw fail(String(cString: strerror(errno))) }
        close(fd)
        do { try write(temp) } catch let e as CommandError { unlink(temp); throw e } catch { throw fail("\(error)") }
        let check = open(temp, O_RDONLY | O_CLOEXEC)
        if check < 0 || fsync(check) != 0 {
            if check >= 0 { close(check) }
            throw fail(String(cString: strerror(errno)))
        }
        close(check)
        if rename(temp, absolute) != 0 { throw fail(String(cString: strerror(errno))) }
    }

    /// `--output -`: the report on standard output, made in a private temporary file first
    /// when a C library writes it itself.
    static func toStandardOutput(_ write: (String) throws -> Void) throws {
        let temp = NSTemporaryDirectory() + "/rujuk-report-\(getpid())-\(UUID().uuidString)"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 { throw CommandError(code: ExitStatus.ioError, message: Localization.t(.reportNotWritten("-", String(cString: strerror(errno))))) }
        close(fd)
        defer { unlink(temp) }
        do { try write(temp) } catch let e as CommandError { throw e } catch {
            throw CommandError(code: ExitStatus.ioError, message: Localization.t(.reportNotWritten("-", "\(error)")))
        }
        guard let bytes = FileManager.default.contents(atPath: temp) else {
            throw CommandError(code: ExitStatus.ioError, message: Localization.t(.reportNotWritten("-", String(cString: strerror(EIO)))))
        }
        try toStandardOutput(bytes)
    }

    static func toStandardOutput(_ data: Data) throws {
        do { try FileHandle.standardOutput.write(contentsOf: data) } catch {
            throw CommandError(code: ExitStatus.ioError, message: Localization.t(.reportNotWritten("-", "\(error)")))
        }
    }

    static func data(_ path: String, _ data: Data) throws {
        try write(path) { temp in
            guard let handle = FileHandle(forWritingAtPath: temp) else { throw POSIXError(.EIO) }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        }
    }
}
