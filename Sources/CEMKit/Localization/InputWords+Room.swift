// Words typed in the workshop room: ending or stepping back in a poll walk, ending the projector view.

extension InputWords {
    /// Ends a `poll FIELD` walk (the scores stored so far stay).
    public static let pollStopWords = ["stop", "停止", "结束", "done", "完成"]
    /// Back to the previous factor of a poll walk.
    public static let pollBackWords = ["back", "返回", "上一个"]

    /// `present stop`: the projector view stops following the session.
    public static let presentStop = ["stop", "off", "end", "停止", "结束", "关闭"]
}
