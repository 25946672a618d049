#include "layout/paragraph.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/passage_language.h"
#include "text/text_runs.h"

namespace folio::layout {
namespace {

constexpr int kMinLinesAtBreak = 2;
// A long paragraph is shaped a window at a time (a page holds about 3 KB of text), so that
// its cost grows with its length rather than with its length times its pages. After a page,
// the next window is twice what that page took: enough to fill the next one almost always,
// without shaping five pages of text to place one.
constexpr size_t kWindowBytes = 16 * 1024;
constexpr size_t kMinWindowBytes = 4 * 1024;

// Where a window that should end near `at` ends: after the next space if one is near, else
// at a character boundary. Lines before the window's last two are then those of the whole
// paragraph: a line's break depends only on the text up to the next break opportunity.
size_t window_end(const std::string& text, size_t at) {
  if (at >= text.size()) return text.size();
  size_t space = text.find(' ', at);
  if (space != std::string::npos && space - at < 1024) return space + 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

struct Note {
  size_t at_byte;
  text::ShapedTextPtr run;
};

std::vector<Note> shape_notes(const text::RichText& rich, const ParagraphStyle& style,
                              double width) {
  std::vector<Note> notes;
  for (const auto& span : rich.spans) {
    if (span.kind != text::TextSpan::footnote_mark) continue;
    auto note = text::parse_inline_markdown(
        fmt::format("{}. {}", rich.text.substr(span.start, span.end - span.start), span.target));
    notes.push_back(
        {span.start, text::shape_rich_text(note, style.note, {width}, style.link_color)});
  }
  return notes;
}

// The run in a frame of its own, with its links as clickable areas and the marker (bullet)
// hanging in the indent. A list item's marker is its Lbl and its text its LBody.
scene::Frame run_frame(const text::ShapedTextPtr& run, const text::ShapedTextPtr& marker,
                       double indent, const std::string& item_key = "",
                       const std::string& document_language = "") {
  scene::Frame body{run->size(), {}};
  body.text({0, 0}, run);
  for (const auto& span : run->spans()) {
    if (span.kind != text::TextSpan::link) continue;
    for (const auto& box : run->range_boxes(span.start, span.end))
      body.add(
          scene::Link{{box.x, box.y, box.width, box.height},
                      span.target,
                      text::shown_text(run->text().substr(span.start, span.end - span.start))});
  }
  scene::Frame frame{{indent + run->size().width, run->size().height}, {}};
  bool list_item = !item_key.empty();
  if (marker)
    frame.tagged_text({indent - marker->size().width - 6, 0}, marker, list_item ? "Lbl" : "");
  scene::Structure body_element;
  if (list_item) {
    body_element = scene::Structure("LBody", item_key);
    body_element.language = text::passage_language(run->text(), document_language);
  }
  frame.group({indent, 0}, std::move(body), "", "", body_element);
  return frame;
}

// A paragraph piece's element, in the passage's own language when its script names one.
scene::Structure tagged(const ParagraphStyle& style, const std::string& text) {
  scene::Structure element(style.structure);
  element.language = text::passage_language(text, style.document_language);
  return element;
}

// The bullet or number stands before the first piece only.
text::ShapedTextPtr marker_for(bool first, const ParagraphStyle& style) {
  return first ? style.marker : nullptr;
}

}  // namespace

double paragraph_head_height(const std::string& markdown, const ParagraphStyle& style,
                             double width) {
  auto rich = text::parse_inline_markdown(markdown, 1);
  auto shape = [&](const text::RichText& part) {
    return text::shape_rich_text(part, style.text, {width - style.indent}, style.link_color);
  };
  // The first lines only: a window of the text holds them as the whole would, when it has
  // lines to spare (its last two may differ from the whole's).
  size_t end = window_end(rich.text, kWindowBytes / 4);
  auto run = shape(end < rich.text.size() ? rich.slice(0, end) : rich);
  if (end < rich.text.size() && static_cast<int>(run->lines().size()) < 2 * kMinLinesAtBreak + 2)
    run = shape(rich);
  auto lines = run->lines();
  if (lines.empty()) return 0;
  if (static_cast<int>(lines.size()) < 2 * kMinLinesAtBreak) return run->size().height;
  return lines[kMinLinesAtBreak - 1].bottom;
}

void flow_paragraph(Flow& flow, const std::string& markdown, const ParagraphStyle& style,
                    FootnoteCounter& footnotes, const ParagraphBox* box) {
  double width = flow.width() - style.indent - (box ? box->left + box->right : 0);
  bool first = true;
  // The room the box takes around this piece's text.
  auto box_room = [&] { return box ? box->top + box->bottom + (first ? box->first_top : 0) : 0; };
  auto place = [&](const text::ShapedTextPtr& run) {
    auto frame = run_frame(run, marker_for(first, style), style.indent, style.item_key,
                           style.document_language);
    if (box)
      flow.place(box->wrap(std::move(frame), first), "callout", "", "Div");
    else if (!style.item_key.empty())
      flow.place(scene::wrapped(std::move(frame), scene::Structure("LI", style.item_key)), "", "",
                 scene::Structure("L", style.list_key));
    else
      flow.place(std::move(frame), "", "", tagged(style, run->text()));
    first = false;
  };
  auto rich = text::parse_inline_markdown(markdown, footnotes.next);
  auto notes = shape_notes(rich, style, flow.width());
  footnotes.next += static_cast<int>(notes.size());
  size_t offset = 0;  // where the current part starts in `rich.text`
  size_t window = kWindowBytes;
  flow.ensure_room(0);
  while (true) {
    size_t end = window_end(rich.text, offset + window);
    bool cut = end < rich.text.size();  // more text follows this window
    auto part = rich.slice(offset, end);
    auto run = text::shape_rich_text(part, style.text, {width}, style.link_color);
    auto lines = run->lines();
    // Lines of a cut window are those of the whole paragraph except its last two.
    int trusted = static_cast<int>(lines.size()) - (cut ? 2 : 0);
    // How many lines fit together with the notes their marks bring onto this page.
    auto notes_height_until = [&](size_t end_byte) {
      double height = 0;
      for (const auto& note : notes)
        if (note.at_byte >= offset && note.at_byte < offset + end_byte)
          height += note.run->size().height + 2;
      return height > 0 && flow.footnote_reserve() == 0 ? height + 10 : height;
    };
    int fit = 0;
    while (fit < std::max(trusted, 0)) {
      size_t end_byte =
          fit + 1 < static_cast<int>(lines.size()) ? lines[fit + 1].start_byte : part.text.size();
      if (lines[fit].bottom + notes_height_until(end_byte) + box_room() > flow.room()) break;
      ++fit;
    }
    if (cut && fit >= trusted) {  // the page holds more than this window: a larger one
      window *= 2;
      continue;
    }
    if (fit == static_cast<int>(lines.size())) {
      for (const auto& note : notes)
        if (note.at_byte >= offset) flow.add_footnote(note.run);
      place(run);
      return;
    }
    // At least two lines go to the next page; beyond a cut window there are more anyway.
    if (!cut) fit = std::min(fit, static_cast<int>(lines.size()) - kMinLinesAtBreak);
    if (fit < kMinLinesAtBreak) {
      if (!flow.at_top()) {
        flow.new_page();
        continue;
      }
      // A page cannot hold even two lines (a footnote taller than the page, or margins that
      // leave almost no room): give way, a line a page, and a last line goes whole.
      fit = std::max(1, fit);
      if (!cut && fit >= static_cast<int>(lines.size())) {
        for (const auto& note : notes)
          if (note.at_byte >= offset) flow.add_footnote(note.run);
        place(run);
        return;
      }
    }
    size_t split = static_cast<size_t>(lines[fit].start_byte);
    for (const auto& note : notes)
      if (note.at_byte >= offset && note.at_byte < offset + split) flow.add_footnote(note.run);
    auto head = text::shape_rich_text(part.slice(0, split), style.text, {width}, style.link_color);
    place(head);
    offset += split;
    window = std::max(kMinWindowBytes, 2 * split);
    flow.new_page();
  }
}

scene::Frame paragraph_frame(const std::string& markdown, const ParagraphStyle& style, double width,
                             FootnoteCounter& footnotes, std::vector<text::ShapedTextPtr>& notes) {
  auto rich = text::parse_inline_markdown(markdown, footnotes.next);
  for (auto& note : shape_notes(rich, style, width)) notes.push_back(note.run);
  footnotes.next +=
      static_cast<int>(std::count_if(rich.spans.begin(), rich.spans.end(), [](const auto& span) {
        return span.kind == text::TextSpan::footnote_mark;
      }));
  auto run = text::shape_rich_text(rich, style.text, {width - style.indent}, style.link_color);
  return run_frame(run, style.marker, style.indent, style.item_key, style.document_language);
}

}  // namespace folio::layout
