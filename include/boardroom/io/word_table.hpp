// Tables as officers paste them out of Word: tab-separated cells, a row whose
// first cell is empty continuing the row above (a page break or a wrapped
// cell), separator rows of dashes ("--\t---\t--"), and HTML fragments
// (<p>, <ul>/<li>, <br>, entities) inside cells.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct WordTableRow {
    std::size_t line{0};                 ///< 1-based line of the row's first cell
    std::vector<std::string> cells;      ///< one per column, continuation text joined with '\n'
    std::vector<std::size_t> continued;  ///< lines of the continuation rows merged into this one
};

struct WordTableOptions {
    /// Number of columns; 0 takes the widest row. Narrower rows are padded with
    /// empty cells; a row wider than this (beyond trailing empty cells) is an InputError.
    std::size_t columns{0};
    /// Merge a row whose first cell is empty into the row above, cell by cell.
    bool merge_continuations{true};
    /// Turn HTML fragments in cells into plain text.
    bool strip_html{true};
    /// Line number of the first line of `text` in its file, for error messages.
    std::size_t first_line{1};
};

/// Splits `text` into rows. Blank lines and separator rows are skipped.
/// A continuation row before any real row is an InputError naming `source`
/// and the line. Cells are trimmed.
std::vector<WordTableRow> parse_word_table(std::string_view text, const std::string& source,
                                           const WordTableOptions& options = {});

/// Plain text of an HTML fragment as found in pasted cells: paragraphs and
/// list items become lines ("- " before list items), <br> a line break, the
/// common entities (&amp; &lt; &gt; &quot; &#39; &nbsp; &ndash; &rsquo; and
/// numeric ones) are decoded, any other tag is dropped. Text without tags is
/// returned trimmed and otherwise unchanged.
std::string html_fragment_to_text(std::string_view html);

} // namespace boardroom::io
