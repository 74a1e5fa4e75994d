// Eigenvalues and eigenvectors of a symmetric matrix in O(n³): Householder reduction to tridiagonal form,
// then the implicit QL method with shifts (the EISPACK routines tred2 and tql2, as in the public-domain
// JAMA library). For 1,000 factors this is a few seconds where cyclic Jacobi sweeps took minutes.

public enum SymmetricEigen {
    /// `matrix` is size × size, row-major and symmetric. Returns the eigenvalues (ascending) and the
    /// eigenvectors as the columns of a row-major matrix (vector e is `vectors[i * size + e]`), like
    /// `Jacobi.eigen`. `progress` is called with 1 before the reduction and 2 before the QL iterations.
    public static func decompose(_ matrix: [Double], size n: Int, progress: ((Int) -> Void)? = nil) -> (values: [Double], vectors: [Double]) {
        guard n > 0 else { return ([], []) }
        precondition(matrix.count == n * n)
        var v = matrix, d = [Double](repeating: 0, count: n), e = [Double](repeating: 0, count: n)
        progress?(1)
        v.withUnsafeMutableBufferPointer { v in
            d.withUnsafeMutableBufferPointer { d in
                e.withUnsafeMutableBufferPointer { e in tridiagonalize(v.baseAddress!, d.baseAddress!, e.baseAddress!, n) }
            }
        }
        progress?(2)
        // The reduction keeps the transformation transposed (row k holds column k), which is what the QL
        // step wants: its rotations then combine two contiguous rows.
        var w = v
        w.withUnsafeMutableBufferPointer { w in
            d.withUnsafeMutableBufferPointer { d in
                e.withUnsafeMutableBufferPointer { e in diagonalize(w.baseAddress!, d.baseAddress!, e.baseAddress!, n) }
            }
        }
        // Ascending eigenvalues, vectors in the same order.
        let order = (0..<n).sorted { d[$0] < d[$1] }
        var vectors = [Double](repeating: 0, count: n * n)
        for (column, source) in order.enumerated() {
            for i in 0..<n { vectors[i * n + column] = w[source * n + i] }
        }
        return (order.map { d[$0] }, vectors)
    }

    /// tred2: v (the symmetric matrix on entry) becomes the orthogonal transformation, transposed, d the
    /// diagonal and e the subdiagonal (in e[1...]) of the tridiagonal matrix. Element (i, j) of the routine
    /// is stored at j·n + i, so that its inner loops, which run down a column, read contiguous memory.
    private static func tridiagonalize(_ v: UnsafeMutablePointer<Double>, _ d: UnsafeMutablePointer<Double>,
                                       _ e: UnsafeMutablePointer<Double>, _ n: Int) {
        @inline(__always) func at(_ i: Int, _ j: Int) -> UnsafeMutablePointer<Double> { v + (j * n + i) }
        for j in 0..<n { d[j] = at(n - 1, j).pointee }
        var i = n - 1
        while i > 0 {
            var scale = 0.0, h = 0.0
            for k in 0..<i { scale += abs(d[k]) }
            if scale == 0 {
                e[i] = d[i - 1]
                for j in 0..<i {
                    d[j] = at(i - 1, j).pointee
                    at(i, j).pointee = 0
                    at(j, i).pointee = 0
                }
            } else {
                for k in 0..<i {
                    d[k] /= scale
                    h += d[k] * d[k]
                }
                var f = d[i - 1]
                var g = h.squareRoot()
                if f > 0 { g = -g }
                e[i] = scale * g
                h -= f * g
                d[i - 1] = f - g
                for j in 0..<i { e[j] = 0 }
                for j in 0..<i {
                    f = d[j]
                    at(j, i).pointee = f
                    g = e[j] + at(j, j).pointee * f
                    var k = j + 1
                    while k < i {
                        let vkj = at(k, j).pointee
                        g += vkj * d[k]
                        e[k] += vkj * f
                        k += 1
                    }
                    e[j] = g
                }
                f = 0
                for j in 0..<i {
                    e[j] /= h
                    f += e[j] * d[j]
                }
                let hh = f / (h + h)
                for j in 0..<i { e[j] -= hh * d[j] }
                for j in 0..<i {
                    f = d[j]
                    g = e[j]
                    for k in j..<i { at(k, j).pointee -= f * e[k] + g * d[k] }
                    d[j] = at(i - 1, j).pointee
                    at(i, j).pointee = 0
                }
            }
            d[i] = h
            i -= 1
        }
        // Accumulate the transformations.
        for i in 0..<(n - 1) {
            at(n - 1, i).pointee = at(i, i).pointee
            at(i, i).pointee = 1
            let h = d[i + 1]
            if h != 0 {
                for k in 0...i { d[k] = at(k, i + 1).pointee / h }
                for j in 0...i {
                    var g = 0.0
                    for k in 0...i { g += at(k, i + 1).pointee * at(k, j).pointee }
                    for k in 0...i { at(k, j).pointee -= g * d[k] }
                }
            }
            for k in 0...i { at(k, i + 1).pointee = 0 }
        }
        for j in 0..<n {
            d[j] = at(n - 1, j).pointee
            at(n - 1, j).pointee = 0
        }
        at(n - 1, n - 1).pointee = 1
        e[0] = 0
    }

    /// tql2 on the tridiagonal (d, e), accumulating into w, the transformation transposed (row k of w is
    /// column k of the transformation). At most 60 iterations per eigenvalue, so it always ends.
    private static func diagonalize(_ w: UnsafeMutablePointer<Double>, _ d: UnsafeMutablePointer<Double>,
                                    _ e: UnsafeMutablePointer<Double>, _ n: Int) {
        for i in 1..<max(n, 1) { e[i - 1] = e[i] }
        e[n - 1] = 0
        var f = 0.0, tst1 = 0.0
        let eps = 0x1p-52
        for l in 0..<n {
            tst1 = max(tst1, abs(d[l]) + abs(e[l]))
            var m = l
            while m < n - 1, abs(e[m]) > eps * tst1 { m += 1 }
            if m > l {
                var iterations = 0
                repeat {
                    iterations += 1
                    var g = d[l]
                    var p = (d[l + 1] - g) / (2 * e[l])
                    var r = hypot(p, 1)
                    if p < 0 { r = -r }
                    d[l] = e[l] / (p + r)
                    d[l + 1] = e[l] * (p + r)
                    let dl1 = d[l + 1]
                    var h = g - d[l]
                    var i = l + 2
                    while i < n {
                        d[i] -= h
                        i += 1
                    }
                    f += h
                    p = d[m]
                    var c = 1.0, c2 = c, c3 = c, s = 0.0, s2 = 0.0
                    let el1 = e[l + 1]
                    i = m - 1
                    while i >= l {
                        c3 = c2
                        c2 = c
                        s2 = s
                        g = c * e[i]
                        h = c * p
                        r = hypot(p, e[i])
                        e[i + 1] = s * r
                        s = e[i] / r
                        c = p / r
                        p = c * d[i] - s * g
                        d[i + 1] = h + s * (c * g + s * d[i])
                        let a = w + i * n, b = w + (i + 1) * n
                        for k in 0..<n {
                            let bk = b[k], ak = a[k]
                            b[k] = s * ak + c * bk
                            a[k] = c * ak - s * bk
                        }
                        i -= 1
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1
                    e[l] = s * p
                    d[l] = c * p
                } while abs(e[l]) > eps * tst1 && iterations < 60
            }
            d[l] += f
            e[l] = 0
        }
    }
}

/// The hypotenuse without overflow, as the QL iteration needs it.
@inline(__always)
private func hypot(_ a: Double, _ b: Double) -> Double {
    let x = abs(a), y = abs(b)
    let big = max(x, y), small = min(x, y)
    if big == 0 { return 0 }
    let q = small / big
    return big * (1 + q * q).squareRoot()
}
