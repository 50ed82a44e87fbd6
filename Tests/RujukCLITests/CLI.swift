import Foundation

/// Runs the built `rujuk` binary, as a person or a script would.
struct CLI {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static let binary: String = {
        if let env = ProcessInfo.processInfo.environment["RUJUK_BIN"] { return env }
        var dir = URL(fileURLWithPath: #filePath)
        while dir.path != "/" {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent(".build/debug/rujuk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "rujuk"
    }()

    let store: String

    init() {
        store = NSTemporaryDirectory() + "rujuk-cli-" + UUID().uuidString
    }

    func remove() { try? FileManager.default.removeItem(atPath: store) }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args + ["--store", store]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "RUJUK_STORE")
        environment.removeValue(forKey: "RUJUK_PIN")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func json(_ args: [String]) throws -> Any {
        let r = try run(args + ["--json"])
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    }
}
