// Words typed in the workshop room: ending or stepping back in a poll walk.

extension InputWords {
    /// Ends a `poll FIELD` walk (the scores stored so far stay).
    public static let pollStopWords = ["stop", "停止", "结束", "done", "完成"]
    /// Back to the previous factor of a poll walk.
    public static let pollBackWords = ["back", "返回", "上一个"]
}
