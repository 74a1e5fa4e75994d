// The pre-commit hook `cem git setup --hooks` installs: staged workbooks (as staged, not as in the work
// tree) must pass `cem validate` and `cem fmt --check`, else the commit is refused with their messages.

public enum PreCommitHook {
    /// The line that marks a hook as cem's own, so setting up again may replace it.
    public static let marker = "# cem pre-commit hook"

    /// The script; `cem` is the command as one shell word.
    public static func script(cem: String, language: Language) -> String {
        let refused = TeamWords(language).hookRefused.replacing("'", with: "'\\''")
        return """
        #!/bin/sh
        \(marker), installed by `cem git setup --hooks`: staged workbooks must pass
        # `cem validate` and `cem fmt --check`. Skip it once with `git commit --no-verify`.
        cem=\(cem)
        scratch=$(mktemp -d "${TMPDIR:-/tmp}/cem-hook.XXXXXX") || exit 1
        trap 'rm -rf "$scratch"' EXIT
        git diff --cached --name-only -z --diff-filter=ACMR -- '*.cem.json' > "$scratch/list" || exit 1
        [ -s "$scratch/list" ] || exit 0
        mkdir "$scratch/staged" || exit 1
        git checkout-index -z --prefix="$scratch/staged/" --stdin < "$scratch/list" || exit 1
        cd "$scratch/staged" || exit 1
        # Formatting is checked once every workbook is valid (an invalid file would be reported twice).
        status=0
        xargs -0 "$cem" validate --quiet -- < "$scratch/list" && xargs -0 "$cem" fmt --check -- < "$scratch/list" || status=1
        [ "$status" -eq 0 ] || echo '\(refused)' >&2
        exit "$status"

        """
    }
}
