// Words of reading and writing files from the command line: what is wrong with a path and how to fix it.

extension CLIWords {
    public func notRegularFile(_ path: String) -> String {
        language.pick(zh: "\(path.inert)：不是普通文件（而是管道、设备或套接字）；请给出工作簿文件的路径",
                      en: "\(path.inert): not a regular file (a pipe, device or socket); give the path of a workbook file")
    }

    public func symbolicLinkLoop(_ path: String) -> String {
        language.pick(zh: "\(path.inert)：符号链接形成循环，无法找到文件；请检查链接指向何处（ls -l）",
                      en: "\(path.inert): a loop of symbolic links, no file at the end; check where the links point (ls -l)")
    }

    public func outputIsWorkbook(_ path: String) -> String {
        language.pick(zh: "\(path.inert)：是工作簿，不会用报告或图表覆盖它；请用 -o 指定另一个文件（如 report.html）",
                      en: "\(path.inert): is a workbook; a report or chart never replaces one. Give -o another file (such as report.html)")
    }

    public func outputIsInput(_ path: String) -> String {
        language.pick(zh: "\(path.inert)：是输入文件，不会覆盖它；请用 -o 指定另一个文件",
                      en: "\(path.inert): is the input file; it is never replaced. Give -o another file")
    }

    public func outputExists(_ path: String) -> String {
        language.pick(zh: "\(path.inert)：已存在，且看来不是本命令同一格式的输出；未做任何改动。请换一个文件名，或加 --force 替换它",
                      en: "\(path.inert): already exists and does not look like this command's output in this format; nothing was changed. Choose another name, or add --force to replace it")
    }

    /// Standard output or standard error could not be written (a full disk, a closed terminal).
    public func cannotWriteOutput(_ reason: String) -> String {
        language.pick(zh: "cem：无法写入标准输出（\(reason)）", en: "cem: cannot write to standard output (\(reason))")
    }
}
