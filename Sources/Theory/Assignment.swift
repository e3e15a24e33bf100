/// Exact minimum-cost perfect matching of an n × n cost matrix.
public enum Assignment {
    /// The columns assigned to rows 0..<n that minimize Σ cost[i][assigned[i]], by the Hungarian method with
    /// shortest augmenting paths and dual potentials (Kuhn 1955, Munkres 1957; the O(n³) form of Jonker & Volgenant).
    /// `cost` is row-major, `cost[i * n + j]`.
    public static func solve(cost: [Double], n: Int) -> [Int] {
        precondition(n >= 0 && cost.count == n * n, "Assignment.solve: needs n × n = \(n * n) costs, got \(cost.count)")
        precondition(cost.allSatisfy(\.isFinite), "Assignment.solve: costs must be finite")
        if n == 0 { return [] }
        // 1-based rows and columns; column 0 is the virtual start of each augmenting path. The scans run over raw
        // buffers: with arrays, bounds and uniqueness checks in the two O(n) loops cost more than their arithmetic.
        var rowOfColumn = [Int](repeating: 0, count: n + 1)
        let rowPotential = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        let columnPotential = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        let slack = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        let previousColumn = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        let visited = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n + 1)
        defer {
            rowPotential.deallocate(); columnPotential.deallocate(); slack.deallocate()
            previousColumn.deallocate(); visited.deallocate()
        }
        rowPotential.initialize(repeating: 0)
        columnPotential.initialize(repeating: 0)
        previousColumn.initialize(repeating: 0)
        cost.withUnsafeBufferPointer { c in
            rowOfColumn.withUnsafeMutableBufferPointer { rowOfColumn in
                for row in 1...n {
                    rowOfColumn[0] = row
                    var column = 0
                    slack.initialize(repeating: .infinity)
                    visited.initialize(repeating: false)
                    repeat {
                        visited[column] = true
                        let i = rowOfColumn[column]
                        var delta = Double.infinity, next = 0
                        let costs = c.baseAddress! + (i - 1) * n - 1  // costs[j] is cost(i, j), 1-based
                        let ui = rowPotential[i]
                        for j in 1...n where !visited[j] {
                            let reduced = costs[j] - ui - columnPotential[j]
                            if reduced < slack[j] { slack[j] = reduced; previousColumn[j] = column }
                            if slack[j] < delta { delta = slack[j]; next = j }
                        }
                        for j in 0...n {
                            if visited[j] {
                                rowPotential[rowOfColumn[j]] += delta
                                columnPotential[j] -= delta
                            } else {
                                slack[j] -= delta
                            }
                        }
                        column = next
                    } while rowOfColumn[column] != 0
                    repeat {  // flip the augmenting path back to its start
                        let previous = previousColumn[column]
                        rowOfColumn[column] = rowOfColumn[previous]
                        column = previous
                    } while column != 0
                }
            }
        }
        var assigned = [Int](repeating: 0, count: n)
        for j in 1...n { assigned[rowOfColumn[j] - 1] = j - 1 }
        return assigned
    }
}
