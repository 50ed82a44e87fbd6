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
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "RUJUK_STORE")
        environment.removeValue(forKey: "RUJUK_PIN")
        for (k, v) in env { environment[k] = v }
        let r = Spawn.run(Self.binary, args + ["--store", store], environment: environment, stdin: Data((stdin ?? "").utf8))
        return Result(status: r.status, out: r.out, err: r.err)
    }

    func json(_ args: [String]) throws -> Any {
        let r = try run(args + ["--json"])
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    }
}
