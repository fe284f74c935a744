/// How many colours a terminal can show, and how a theme's colours come down to them.
public enum ColorDepth: Sendable, Equatable {
    /// No colour: `NO_COLOR`, `vt100`, or a terminal without colour support.
    case none
    case ansi8
    case ansi16
    case palette256

    /// The depth for a terminal that reports `colors` colours, unless `NO_COLOR` is set (to
    /// anything non-empty, as no-color.org says).
    public init(colors: Int, environment: [String: String]) {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            self = .none
        } else if colors >= 256 {
            self = .palette256
        } else if colors >= 16 {
            self = .ansi16
        } else if colors >= 8 {
            self = .ansi8
        } else {
            self = .none
        }
    }

    /// The terminal's colour number for `color`, or nil where this depth shows no colour.
    public func index(of color: Color) -> Int? {
        switch self {
        case .none:
            return nil
        case .palette256:
            switch color {
            case .ansi(let index), .indexed(let index): return index
            case .rgb(let red, let green, let blue): return Self.nearestIndex(red: red, green: green, blue: blue)
            }
        case .ansi16, .ansi8:
            let ansi: Int
            switch color {
            case .ansi(let index): ansi = index
            case .indexed(let index): ansi = Self.nearestANSI(to: Self.rgb(ofIndex: index))
            case .rgb(let red, let green, let blue): ansi = Self.nearestANSI(to: (red, green, blue))
            }
            return self == .ansi8 ? ansi % 8 : ansi
        }
    }

    /// The xterm palette's 16 system colours as xterm draws them.
    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return ansiRGB[index]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return (level, level, level)
        }
    }

    /// The closest of the 6×6×6 cube and the grey ramp; the 16 system colours are left out
    /// because terminals redefine them.
    static func nearestIndex(red: Int, green: Int, blue: Int) -> Int {
        func level(_ value: Int) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }!
        }
        let cube = 16 + 36 * level(red) + 6 * level(green) + level(blue)
        let grey = 232 + max(0, min(23, ((red + green + blue) / 3 - 8 + 5) / 10))
        let target = (red, green, blue)
        return distance(rgb(ofIndex: cube), target) <= distance(rgb(ofIndex: grey), target) ? cube : grey
    }

    static func nearestANSI(to target: (Int, Int, Int)) -> Int {
        ansiRGB.indices.min { distance(ansiRGB[$0], target) < distance(ansiRGB[$1], target) }!
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let red = a.0 - b.0
        let green = a.1 - b.1
        let blue = a.2 - b.2
        return red * red + green * green + blue * blue
    }
}
