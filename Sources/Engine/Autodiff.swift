/// Maps the gradient of an op's output to the gradient of one of its inputs, written in Tensor ops.
public typealias Pullback = (Tensor) -> Tensor

/// A recorded op: its inputs and, for each, the pullback that carries the output's gradient to it.
final class Node {
    private(set) var inputs: [Tensor]
    private(set) var pullbacks: [Pullback]

    init(inputs: [Tensor], pullbacks: [Pullback]) {
        self.inputs = inputs
        self.pullbacks = pullbacks
    }

    /// Releases a long chain of recorded ops iteratively: the default recursive release would overflow
    /// the stack on graphs thousands of ops deep. (Pullbacks capture the inputs too, so both are dropped.)
    deinit {
        var pending = detachInputs()
        while var tensor = pending.popLast() {
            guard isKnownUniquelyReferenced(&tensor), let node = tensor.node else { continue }
            pending.append(contentsOf: node.detachInputs())
        }
    }

    /// Empties this node, handing its inputs to the caller.
    private func detachInputs() -> [Tensor] {
        defer {
            inputs = []
            pullbacks = []
        }
        return inputs
    }
}

/// Whether ops are being recorded, scoped to the current task (no global mutable state).
public enum GradientMode {
    @TaskLocal static var recording = true

    /// True unless inside `withoutGradients`.
    public static var isRecording: Bool { recording }
}

/// Runs `body` with no graph recorded: for evaluation, optimizer steps and weight clipping.
public func withoutGradients<Result>(_ body: () throws -> Result) rethrows -> Result {
    try GradientMode.$recording.withValue(false, operation: body)
}

/// Runs `body` with recording on again, e.g. to build a differentiable graph of gradients.
public func withGradients<Result>(_ body: () throws -> Result) rethrows -> Result {
    try GradientMode.$recording.withValue(true, operation: body)
}

/// The gradients of the scalar `output` with respect to each of `inputs` (zeros where it does not depend on one).
///
/// With `createGraph`, the gradient computation is itself recorded, so the returned gradients can be
/// differentiated again (the WGAN-GP penalty needs ∂/∂w ‖∇ₓD(x)‖).
///
/// Only the ops on a path from `output` back to one of `inputs` run their pullbacks: the gradient of a WGAN-GP
/// critic with respect to its input computes no weight gradients.
public func gradients(of output: Tensor, wrt inputs: [Tensor], createGraph: Bool = false) -> [Tensor] {
    let accumulated = propagate(from: output, createGraph: createGraph, towards: Set(inputs.map(ObjectIdentifier.init)))
    return inputs.map { accumulated[ObjectIdentifier($0)] ?? .zeros($0.shape) }
}

extension Tensor {
    /// Accumulates d(self)/d(leaf) into the `grad` of every leaf that requires gradients; self must be a scalar.
    public func backward(createGraph: Bool = false) {
        let accumulated = propagate(from: self, createGraph: createGraph)
        for tensor in reachableTensors(from: self) where tensor.node == nil && tensor.requiresGrad {
            guard let gradient = accumulated[ObjectIdentifier(tensor)] else { continue }
            let leafGradient = createGraph ? gradient : gradient.detached()
            tensor.grad = tensor.grad.map { previous in withoutGradients { previous + leafGradient } } ?? leafGradient
        }
    }
}

/// Reverse-mode sweep: the gradient of `output` with respect to every tensor it was computed from, or, given
/// `targets`, only along the paths that lead to one of them.
private func propagate(from output: Tensor, createGraph: Bool, towards targets: Set<ObjectIdentifier>? = nil) -> [ObjectIdentifier: Tensor] {
    precondition(output.count == 1, "gradients: output must have one element, has shape \(output.shape)")
    var accumulated: [ObjectIdentifier: Tensor] = [ObjectIdentifier(output): .ones(output.shape)]
    let order = reachableTensors(from: output)
    // The tensors some target depends on through recorded ops (inputs come first in `order`).
    var leadsToTarget: Set<ObjectIdentifier>?
    if let targets {
        var found = Set<ObjectIdentifier>()
        for tensor in order {
            let id = ObjectIdentifier(tensor)
            if targets.contains(id) || (tensor.node?.inputs.contains { found.contains(ObjectIdentifier($0)) } ?? false) {
                found.insert(id)
            }
        }
        leadsToTarget = found
    }
    let sweep = {
        for tensor in order.reversed() {
            let id = ObjectIdentifier(tensor)
            guard let node = tensor.node, let upstream = accumulated[id] else { continue }
            for (input, pullback) in zip(node.inputs, node.pullbacks)
            where input.requiresGrad && leadsToTarget.map({ $0.contains(ObjectIdentifier(input)) }) ?? true {
                let contribution = pullback(upstream)
                let key = ObjectIdentifier(input)
                accumulated[key] = accumulated[key].map { $0 + contribution } ?? contribution
            }
            // An op's output gradient is done once its pullbacks have run: released now, as PyTorch's engine does,
            // so the sweep's memory stays small and recently freed (cache-warm) buffers are reused. Leaves have no
            // node and keep theirs; a requested gradient is kept for the caller.
            if !(targets?.contains(id) ?? false) { accumulated[id] = nil }
        }
    }
    if createGraph { withGradients(sweep) } else { withoutGradients(sweep) }
    return accumulated
}

/// Every tensor that `output` depends on through recorded ops, in topological order (inputs first).
private func reachableTensors(from output: Tensor) -> [Tensor] {
    var order: [Tensor] = []
    var visited: Set<ObjectIdentifier> = [ObjectIdentifier(output)]
    var stack: [(tensor: Tensor, nextInput: Int)] = [(output, 0)]
    while let (tensor, nextInput) = stack.last {
        let inputs = tensor.node?.inputs ?? []
        if nextInput < inputs.count {
            stack[stack.count - 1].nextInput += 1
            let input = inputs[nextInput]
            if input.requiresGrad && visited.insert(ObjectIdentifier(input)).inserted {
                stack.append((input, 0))
            }
        } else {
            order.append(tensor)
            stack.removeLast()
        }
    }
    return order
}
