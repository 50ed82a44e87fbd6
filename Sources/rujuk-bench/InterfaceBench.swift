import Foundation
import RujukDomain
import RujukStore
import RujukUI

/// Key press to finished Grid on a real store, and the first frame after start.
enum InterfaceBench {
    static func run(root: String) {
        var state: AppState?
        var grid: Grid?
        var opened: Store?
        let firstFrame = Timing.measure {
            let store = try! Store.open(root)
            opened = store
            state = AppState(school: store.school, actor: store.school.staff["budi"]!, now: Date(), width: 120, height: 40)
            grid = render(state!)
        }
        _ = grid
        print(String(format: "first frame after start (open + first Grid, 120×40): %.1f ms", firstFrame * 1000))
        var s = state!
        s.filter = .all
        print(String(format: "key press to finished Grid (120×40, %d cases in the queue): %@", s.queue.count, keys(&s)))
        // A session that read all of closed history (the "all" view, B): each key as before?
        let store = opened!
        try! store.loadHistory()
        var h = AppState(school: store.school, actor: store.school.staff["budi"]!, now: Date(), width: 120, height: 40)
        h.filter = .concerningMe
        print(String(format: "…with all of closed history in memory (%d cases), mine & new: %@", store.school.cases.count, keys(&h)))
        h.filter = .all
        print(String(format: "…with all of closed history in memory, the all view (%d in the queue): %@", h.queue.count, keys(&h)))
    }

    /// p50 and p99 of 2,000 moves down and up the queue, each to its finished Grid.
    static func keys(_ s: inout AppState) -> String {
        var samples: [Double] = []
        for i in 0..<2000 {
            let key: Key = i % 400 < 200 ? .char("j") : .char("k")
            samples.append(Timing.measure {
                _ = reduce(&s, .keyPressed(key))
                _ = render(s)
            })
        }
        samples.sort()
        return String(format: "key p50 %.2f ms, p99 %.2f ms", samples[samples.count / 2] * 1000, samples[samples.count * 99 / 100] * 1000)
    }
}
