#pragma once
#include <functional>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>

namespace folio::render::pdf {

// Rewrites one page's content stream token by token (qpdf's tokenizer, never text search):
// each marked-content sequence Cairo opened for a structure tag (`/Span <</MCID n>> BDC`) is
// renamed to its element's type, or made an /Artifact when no element owns it; painting
// outside every marked-content sequence is wrapped in /Artifact. `element_type(mcid)` gives
// the owning element's type, "" for none.
class MarkedContentFilter : public QPDFObjectHandle::TokenFilter {
 public:
  explicit MarkedContentFilter(std::function<std::string(long long)> element_type)
      : element_type_(std::move(element_type)) {}
  void handleToken(QPDFTokenizer::Token const& token) override;
  void handleEOF() override;

 private:
  void operation(const std::string& op);
  void open_artifact();
  void close_artifact();
  void flush_operands();

  std::function<std::string(long long)> element_type_;
  std::vector<QPDFTokenizer::Token> operands_;
  int marked_depth_ = 0;     // open marked-content sequences
  int state_depth_ = 0;      // open q
  int artifact_state_ = -1;  // state depth where the artifact wrapper opened; -1 when none
};

}  // namespace folio::render::pdf
