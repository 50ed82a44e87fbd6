import Foundation

/// The concerns a flag or a triage offers, as stored (in English; the interface shows each in
/// the reader's language). A case may carry any other concern typed on the command line.
public enum Concern {
    public static let other = "other learning difficulty"

    public static let common: [String] = [
        other, "not completing work", "late homework", "reading difficulty", "math anxiety",
        "suspected learning disability", "frequent absence", "conflict with classmates", "isolated from peers",
        "bullying", "withdrawn, possible family problem", "health", "career question",
    ]
}
