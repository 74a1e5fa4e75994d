// Words people type in the workshop room: ending the projector view.

extension InputWords {
    /// `present stop`: the projector view stops following the session.
    public static let presentStop = ["stop", "off", "end", "停止", "结束", "关闭"]
}
