/// A key press, as the terminal backend reports it.
public enum Key: Sendable, Equatable, Hashable {
    case char(Character)
    case ctrl(Character)
    case enter, altEnter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Text the terminal marked as pasted (bracketed paste): typed into the field being
    /// written, never run as keys.
    case paste(String)
}
