#if canImport(Glibc)
import Glibc
#endif
import CLockWait
import Foundation

/// Where a writer that finds the store lock taken leaves its event for the holder to write
/// with its own (a group commit): one `write()` and one `fdatasync` for all of them, under
/// the lock, so the journal still grows a whole batch at a time and only its end can be torn.
/// The file is mapped by every writer; a slot goes free → filling → pending → taken → done
/// (or skipped: left for its writer, who then appends it alone and reports any refusal).
///
/// Nothing here is trusted further than the journal is: the holder decodes and validates
/// every event it takes exactly as it does its own, and a slot it cannot read is skipped.
final class AppendQueue {
    enum State: UInt32 {
        case free = 0, filling, pending, taken, done, skipped
    }

    static let slots = 16
    static let slotSize = 8 << 10
    /// Bytes before a slot's body: state, owner, then where the holder wrote its line.
    static let header = 128
    static let capacity = slotSize - header
    static let fileSize = slots * slotSize

    private let base: UnsafeMutableRawPointer

    private init(base: UnsafeMutableRawPointer) { self.base = base }

    deinit { munmap(base, Self.fileSize) }

    /// The queue of the store whose file is `path`, created if missing; nil when it cannot be
    /// opened or mapped (then every append takes the lock itself, as before).
    static func open(_ path: String) -> AppendQueue? {
        var fd = Glibc.open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0, errno == ENOENT {
            fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o660)
            if fd >= 0 { fchmod(fd, 0o660) }
        }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        // Grown, never shrunk: a writer mapping it now may have slots in use.
        if Int(st.st_size) < fileSize, ftruncate(fd, off_t(fileSize)) != 0 { return nil }
        guard let mapped = mmap(nil, fileSize, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), mapped != MAP_FAILED else {
            return nil
        }
        return AppendQueue(base: mapped)
    }

    // MARK: A slot's fields

    private func word(_ slot: Int, _ byte: Int) -> UnsafeMutablePointer<UInt32> {
        (base + slot * Self.slotSize + byte).assumingMemoryBound(to: UInt32.self)
    }
    private func state(_ slot: Int) -> State? { State(rawValue: rujuk_word_load(word(slot, 0))) }
    private func owner(_ slot: Int) -> Int32 { Int32(bitPattern: rujuk_word_load(word(slot, 4))) }
    private func move(_ slot: Int, from: State, to: State) -> Bool {
        rujuk_word_swap(word(slot, 0), from.rawValue, to.rawValue) == 1
    }
    private func set(_ slot: Int, _ state: State) { rujuk_word_store(word(slot, 0), state.rawValue) }
    private func field(_ slot: Int, _ byte: Int) -> UnsafeMutableRawPointer { base + slot * Self.slotSize + byte }

    // MARK: The writer who waits

    /// A free slot, now `owner`'s (this process's); one left by a process that died is free
    /// again. Nil when every slot is in use: the append then takes the lock itself.
    func claim(for owner: pid_t = getpid()) -> Int? {
        for slot in 0..<Self.slots where move(slot, from: .free, to: .filling) {
            rujuk_word_store(word(slot, 4), UInt32(bitPattern: owner))
            return slot
        }
        for slot in 0..<Self.slots {
            // A taken slot is its holder's until the holder finishes it, or dies holding the
            // lock, which its writer then settles.
            guard let state = state(slot), state != .free, state != .taken else { continue }
            let pid = self.owner(slot)
            guard pid > 0, kill(pid, 0) != 0, errno == ESRCH, move(slot, from: state, to: .filling) else { continue }
            rujuk_word_store(word(slot, 4), UInt32(bitPattern: owner))
            return slot
        }
        return nil
    }

    /// Puts the event's JSON in the slot, and only then marks it pending.
    func offer(_ slot: Int, body: [UInt8]) {
        precondition(body.count <= Self.capacity)
        body.withUnsafeBytes { field(slot, Self.header).copyMemory(from: $0.baseAddress!, byteCount: body.count) }
        field(slot, 8).storeBytes(of: UInt32(body.count), as: UInt32.self)
        field(slot, 12).storeBytes(of: UInt32(0), as: UInt32.self)
        set(slot, .pending)
    }

    func current(_ slot: Int) -> State? { state(slot) }

    /// Takes a slot still pending back (to append it alone, or to give up); false when the
    /// holder took it first.
    func withdraw(_ slot: Int) -> Bool { move(slot, from: .pending, to: .filling) }

    func release(_ slot: Int) { set(slot, .free) }

    /// Sleeps while the slot is still `state`, at most `seconds`.
    func wait(_ slot: Int, while state: State, seconds: Double) {
        rujuk_word_wait(word(slot, 0), state.rawValue, seconds)
    }

    // MARK: The holder of the lock

    /// An event waiting to be written by the lock's holder.
    struct Offer {
        var slot: Int
        var body: [UInt8]
    }

    /// Takes the pending slots, at most `limit`; a body of an impossible length is skipped.
    func take(limit: Int) -> [Offer] {
        var taken: [Offer] = []
        for slot in 0..<Self.slots where taken.count < limit && move(slot, from: .pending, to: .taken) {
            field(slot, 12).storeBytes(of: UInt32(0), as: UInt32.self)
            let count = Int(field(slot, 8).load(as: UInt32.self))
            guard count > 0, count <= Self.capacity else { finish(slot, .skipped); continue }
            taken.append(Offer(slot: slot, body: Array(UnsafeRawBufferPointer(start: field(slot, Self.header), count: count))))
        }
        return taken
    }

    /// Where the holder is about to write the slot's event, recorded before the write: should
    /// the holder die, its writer tells from the journal whether the line is there.
    func mark(_ slot: Int, _ written: Written) {
        field(slot, 16).storeBytes(of: Int64(written.seq), as: Int64.self)
        field(slot, 24).storeBytes(of: Int64(written.segment), as: Int64.self)
        field(slot, 32).storeBytes(of: Int64(written.offset), as: Int64.self)
        let hash = Array(written.lineHash.utf8.prefix(64))
        hash.withUnsafeBytes { field(slot, 40).copyMemory(from: $0.baseAddress!, byteCount: hash.count) }
        field(slot, 12).storeBytes(of: UInt32(written.length), as: UInt32.self)
    }

    /// Done (written and synced) or skipped, and its writer woken.
    func finish(_ slot: Int, _ state: State) {
        set(slot, state)
        rujuk_word_wake(word(slot, 0))
    }

    /// Wakes every writer still waiting with a pending slot, so that one of them takes the
    /// lock now that it is free (each also tries it every few milliseconds).
    func wakePending() {
        for slot in 0..<Self.slots where state(slot) == .pending { rujuk_word_wake(word(slot, 0)) }
    }

    /// Where a slot's line was (to be) written.
    struct Written: Equatable {
        var seq: Int
        var segment: Int
        var offset: Int
        var length: Int
        var lineHash: String
    }

    /// What the holder recorded before writing, or nil when it recorded nothing.
    func written(_ slot: Int) -> Written? {
        let length = Int(field(slot, 12).load(as: UInt32.self))
        guard length > 0 else { return nil }
        let hash = String(decoding: UnsafeRawBufferPointer(start: field(slot, 40), count: 64), as: UTF8.self)
        return Written(seq: Int(field(slot, 16).load(as: Int64.self)), segment: Int(field(slot, 24).load(as: Int64.self)),
                       offset: Int(field(slot, 32).load(as: Int64.self)), length: length, lineHash: hash)
    }
}
