#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "core/limits.h"
#include "model/document.h"
#include "scene/scene.h"
#include "text/shaped_text.h"

namespace folio::layout {

// A document would take more than limits::kPages pages; `pointer` names the block being
// placed when the flow ran out, for the caller to report as an input error.
class TooManyPages : public std::runtime_error {
 public:
  explicit TooManyPages(std::string pointer)
      : std::runtime_error("too many pages"), pointer_(std::move(pointer)) {}
  const std::string& pointer() const { return pointer_; }

 private:
  std::string pointer_;
};

// Fills pages top to bottom. Knows nothing of block kinds beyond "a frame of some height".
class Flow {
 public:
  Flow(const model::Page& page, Color note_rule) : page_(page), note_rule_(note_rule) {}

  // Room left above the footnotes already placed on this page.
  double room() const { return page_.body.bottom() - footnote_reserve() - y_; }
  double footnote_reserve() const { return notes_height_ > 0 ? notes_height_ + kNoteSeparator : 0; }
  double y() const { return y_; }
  bool at_top() const { return y_ <= page_.body.y + 0.01; }
  double width() const { return page_.body.width; }
  // The height of a whole page's body: nothing taller can be placed unbroken.
  double page_height() const { return page_.body.height; }
  int page_index() const { return static_cast<int>(pages_.size()) - 1; }

  void new_page() {
    if (pages_.size() >= limits::kPages) throw TooManyPages(source_);
    flush_footnotes();
    pages_.push_back(scene::Frame{page_.size, {}});
    y_ = page_.body.y;
  }
  // A new page unless `height` still fits on this one (or this page is still empty).
  void ensure_room(double height) {
    if (pages_.empty() || (height > room() && !at_top())) new_page();
  }
  void gap(double height) {
    if (!at_top()) y_ += height;
  }
  // The document pointer of the block being placed. Its groups carry it, so that checks over
  // the finished pages (a glyph no font has) can name the block a text came from.
  void set_source(std::string pointer) { source_ = std::move(pointer); }

  void place(scene::Frame frame, const std::string& role = "", const std::string& alt = "",
             const scene::Structure& structure = {}) {
    double height = frame.size.height;
    pages_.back().group({page_.body.x, y_}, std::move(frame), role, alt, structure);
    tag_last_group();
    y_ += height;
  }
  void place_text(const text::ShapedTextPtr& run, const scene::Structure& structure,
                  double indent = 0) {
    scene::Frame frame{{run->size().width, run->size().height}, {}};
    frame.text({0, 0}, run);
    pages_.back().group({page_.body.x + indent, y_}, std::move(frame), "", "", structure);
    tag_last_group();
    y_ += run->size().height;
  }
  void anchor(const std::string& name) {
    pages_.back().add(scene::Anchor{{page_.body.x, y_}, name});
  }

  // Footnotes referenced on this page are set at its foot, above the bottom margin.
  void add_footnote(text::ShapedTextPtr note) {
    notes_height_ += note->size().height + kNoteGap;
    notes_.push_back({std::move(note), source_});
  }
  // Sets the last page's footnotes; call once the flow is done.
  void finish() { flush_footnotes(); }

  std::vector<scene::Frame>& pages() { return pages_; }
  const model::Page& page() const { return page_; }

 private:
  static constexpr double kNoteSeparator = 10, kNoteGap = 2;
  int notes_set_ = 0;  // footnotes set so far, in the whole flow

  void flush_footnotes() {
    if (notes_.empty() || pages_.empty()) return;
    double y = page_.body.bottom() - notes_height_;
    auto& page = pages_.back();
    page.stroke(scene::Path::segment({page_.body.x, y - kNoteSeparator / 2},
                                     {page_.body.x + 60, y - kNoteSeparator / 2}),
                {note_rule_, 0.6});
    scene::Frame notes{{page_.body.width, notes_height_}, {}};
    double at = 0;
    for (const auto& [note, source] : notes_) {
      scene::Frame one{note->size(), {}};
      one.text({0, 0}, note);
      // Each a Note with an ID of its own in a tagged PDF.
      scene::Structure element("Note");
      element.id = "note-" + std::to_string(++notes_set_);
      notes.group({0, at}, std::move(one), "", "", element);
      std::get<scene::Group>(notes.items.back()).source = source;
      at += note->size().height + kNoteGap;
    }
    page.group({page_.body.x, y}, std::move(notes), "footnotes");
    notes_.clear();
    notes_height_ = 0;
  }

  void tag_last_group() { std::get<scene::Group>(pages_.back().items.back()).source = source_; }

  struct Note {
    text::ShapedTextPtr text;
    std::string source;
  };

  model::Page page_;
  std::string source_;
  std::vector<scene::Frame> pages_;
  double y_ = 0;
  Color note_rule_;
  std::vector<Note> notes_;
  double notes_height_ = 0;
};

}  // namespace folio::layout
