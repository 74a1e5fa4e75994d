// Naming the IPA points on paper, with no tooltip: factors at one spot (or closer than a label) become
// one numbered marker; every other point gets its whole name beside it, moved away along a leader line
// when the places next to it are taken, or a numbered marker when no place is free. Numbered markers
// are listed under the chart.

/// A factor's point in the IPA, in canvas units, with the figures it stands for.
struct QuadrantPoint {
    var name: String
    var x: Double
    var y: Double
    /// Experience or satisfaction: the x figure.
    var value: Double
    var importance: Double
    var color: String
}

extension ChartContext {
    static let pointRadius = 6.0, markerRadius = 9.0
    /// Points closer than this share a marker: a label would not tell them apart.
    static let nearPoints = 14.0
    /// A name wider than this is not put in the plot; its point is numbered and the name listed.
    static let widestLabel = 230.0

    /// Draws the points, markers, labels and leader lines; returns the numbered groups in number order.
    func placeLabels(_ canvas: inout SVGCanvas, _ points: [QuadrantPoint], obstacles: [Box], area: Box) -> [[QuadrantPoint]] {
        // Groups of points at one spot, in factor order.
        var groups: [[QuadrantPoint]] = []
        for p in points {
            if let i = groups.firstIndex(where: { g in
                let dx = g[0].x - p.x, dy = g[0].y - p.y
                return (dx * dx + dy * dy).squareRoot() < ChartContext.nearPoints
            }) {
                groups[i].append(p)
            } else {
                groups.append([p])
            }
        }
        let r = ChartContext.pointRadius, big = ChartContext.markerRadius
        let pointBoxes = groups.map { g in
            let radius = g.count > 1 ? big : r
            return Box(x0: g[0].x - radius, y0: g[0].y - radius, x1: g[0].x + radius, y1: g[0].y + radius)
        }
        var obstacles = obstacles + pointBoxes

        let size = 12.0, h = size + 2
        var numberedIndexes: Set<Int> = []
        var labels: [(box: Box, text: String, leader: (Double, Double, Double, Double)?)] = []
        for (index, g) in groups.enumerated() {
            guard g.count == 1 else {
                numberedIndexes.insert(index)
                continue
            }
            let p = g[0]
            let w = SVGCanvas.textWidth(p.name, size: size)
            let others = pointBoxes.enumerated().filter { $0.offset != index }.map(\.element)
            guard w <= ChartContext.widestLabel,
                  let place = freePlace(for: p, width: w, height: h, obstacles: obstacles, points: others, area: area) else {
                numberedIndexes.insert(index)
                continue
            }
            obstacles.append(place.box)
            labels.append((place.box, p.name, place.leader))
        }

        // Leader lines first, then points and markers over them, then the labels.
        for label in labels {
            if let (x1, y1, x2, y2) = label.leader {
                canvas.raw("<line class=\"leader\" x1=\"\(SVGCanvas.f(x1))\" y1=\"\(SVGCanvas.f(y1))\" x2=\"\(SVGCanvas.f(x2))\" y2=\"\(SVGCanvas.f(y2))\" stroke=\"\(Palette.muted)\" stroke-width=\"0.8\"/>")
            }
        }
        var numbered: [[QuadrantPoint]] = []
        for (index, g) in groups.enumerated() {
            let p = g[0]
            guard numberedIndexes.contains(index) else {
                canvas.circle(cx: p.x, cy: p.y, r: r, fill: p.color)
                continue
            }
            numbered.append(g)
            let color = g.allSatisfy { $0.color == p.color } ? p.color : Palette.neutral
            canvas.circle(cx: p.x, cy: p.y, r: big, fill: color)
            canvas.text(String(numbered.count), x: p.x, y: p.y + 3.5, size: 10, anchor: .middle, fill: "#ffffff", bold: true)
        }
        for label in labels {
            canvas.text(label.text, x: label.box.x0, y: label.box.y1 - 3, size: size, halo: true)
        }
        return numbered
    }

    /// Twelve directions as (x, y) unit steps, y downward: right, left, up, down first, then the diagonals.
    static let directions: [(Double, Double)] = {
        let a = 0.8660254037844386, b = 0.5
        return [(1, 0), (-1, 0), (0, -1), (0, 1), (a, -b), (-a, -b), (a, b), (-a, b), (b, -a), (-b, -a), (b, a), (-b, a)]
    }()

    /// The nearest free place for a label around a point, trying twelve directions at growing
    /// distances; a label more than a step away gets a leader line from the point to its nearest edge,
    /// which must not pass through another point.
    func freePlace(for p: QuadrantPoint, width w: Double, height h: Double, obstacles: [Box], points: [Box], area: Box)
        -> (box: Box, leader: (Double, Double, Double, Double)?)? {
        let r = ChartContext.pointRadius
        for distance in [4.0, 12, 24, 40, 60, 85, 115] {
            for (c, s) in ChartContext.directions {
                let ax = p.x + (r + distance) * c, ay = p.y + (r + distance) * s
                let x0 = c > 0.3 ? ax : c < -0.3 ? ax - w : ax - w / 2
                let y0 = s > 0.3 ? ay : s < -0.3 ? ay - h : ay - h / 2
                let box = Box(x0: x0, y0: y0, x1: x0 + w, y1: y0 + h)
                guard box.inside(area), !obstacles.contains(where: box.overlaps) else { continue }
                // From the point's edge to the nearest point of the label.
                let nx = min(max(p.x, box.x0), box.x1), ny = min(max(p.y, box.y0), box.y1)
                let dx = nx - p.x, dy = ny - p.y, length = max((dx * dx + dy * dy).squareRoot(), 0.001)
                // A label never sits nearer another point than its own.
                let nearerOther = points.contains { other in
                    let (ox, oy) = ((other.x0 + other.x1) / 2, (other.y0 + other.y1) / 2)
                    let ex = min(max(ox, box.x0), box.x1) - ox, ey = min(max(oy, box.y0), box.y1) - oy
                    return (ex * ex + ey * ey).squareRoot() < length
                }
                guard !nearerOther else { continue }
                guard distance > 4 else { return (box, nil) }
                // A leader line never runs through another point: a reader would follow it to the wrong one.
                let crosses = stride(from: r, through: length, by: 2).contains { t in
                    let x = p.x + dx / length * t, y = p.y + dy / length * t
                    return points.contains { $0.x0 <= x && x <= $0.x1 && $0.y0 <= y && y <= $0.y1 }
                }
                guard !crosses else { continue }
                return (box, (p.x + dx / length * r, p.y + dy / length * r, nx, ny))
            }
        }
        return nil
    }
}
