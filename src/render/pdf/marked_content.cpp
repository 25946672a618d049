#include "render/pdf/marked_content.h"

#include <set>

namespace folio::render::pdf {
namespace {

using Token = QPDFTokenizer::Token;

// Operators that start painting: a text object, a path, an image, a shading.
bool starts_painting(const std::string& op) {
  static const std::set<std::string> operators = {"BT", "m", "re", "Do", "sh", "BI"};
  return operators.count(op) > 0;
}

// The MCID in the operands of a BDC (`/Tag << /MCID 3 >>`), or -1.
long long mcid_of(const std::vector<Token>& operands) {
  bool after_key = false;
  for (const auto& token : operands) {
    if (token.getType() == QPDFTokenizer::tt_name && token.getValue() == "/MCID")
      after_key = true;
    else if (after_key && token.getType() == QPDFTokenizer::tt_integer)
      return std::stoll(token.getValue());
    else if (token.getType() != QPDFTokenizer::tt_space)
      after_key = false;
  }
  return -1;
}

}  // namespace

void MarkedContentFilter::flush_operands() {
  for (const auto& token : operands_) writeToken(token);
  operands_.clear();
}

void MarkedContentFilter::open_artifact() {
  if (artifact_state_ >= 0) return;
  write("\n/Artifact BMC\n");
  artifact_state_ = state_depth_;
}

void MarkedContentFilter::close_artifact() {
  if (artifact_state_ < 0) return;
  write("\nEMC\n");
  artifact_state_ = -1;
}

void MarkedContentFilter::operation(const std::string& op) {
  if (op == "BDC" || op == "BMC") {
    long long mcid = op == "BDC" ? mcid_of(operands_) : -1;
    if (mcid >= 0 && marked_depth_ == 0) {
      close_artifact();
      std::string type = element_type_(mcid);
      operands_.clear();
      // The operands (and the space before them) are replaced: a separator starts the line.
      write(type.empty() ? "\n/Artifact BMC"
                         : "\n/" + type + " <</MCID " + std::to_string(mcid) + ">> BDC");
      ++marked_depth_;
      return;
    }
    if (marked_depth_ == 0) open_artifact();  // an /ActualText span of untagged text
    ++marked_depth_;
    flush_operands();
    write(op);
    return;
  }
  if (op == "EMC") {
    if (marked_depth_ > 0) --marked_depth_;
  } else if (op == "q") {
    ++state_depth_;
  } else if (op == "Q") {
    // The wrapper must close inside the q ... Q it opened in.
    if (artifact_state_ >= 0 && state_depth_ <= artifact_state_) close_artifact();
    --state_depth_;
  } else if (marked_depth_ == 0 && starts_painting(op)) {
    open_artifact();
  }
  flush_operands();
  write(op);
}

void MarkedContentFilter::handleToken(Token const& token) {
  if (token.getType() == QPDFTokenizer::tt_word) {
    operation(token.getValue());
  } else if (token.getType() == QPDFTokenizer::tt_inline_image) {
    flush_operands();
    writeToken(token);
  } else {
    operands_.push_back(token);
  }
}

void MarkedContentFilter::handleEOF() {
  flush_operands();
  close_artifact();
}

}  // namespace folio::render::pdf
