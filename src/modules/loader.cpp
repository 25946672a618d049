#include "modules/loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "core/errors.h"

namespace folio::modules {
namespace {

// The folder of the running program, from the kernel: not argv[0], not the working directory.
std::string program_folder() {
  char path[PATH_MAX];
  ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
  if (length <= 0) return ".";
  std::string exe(path, static_cast<size_t>(length));
  size_t slash = exe.rfind('/');
  return slash == std::string::npos ? "." : exe.substr(0, slash);
}

std::vector<std::string> module_folders() {
  std::string program = program_folder();
  // FOLIO_MODULE_RELATIVE_DIR: the installed module folder relative to the installed program.
  return {program + "/folio-modules", program + "/" FOLIO_MODULE_RELATIVE_DIR};
}

[[noreturn]] void fail(const char* need, const std::string& why) {
  throw RenderError(std::string("cannot ") + need + ": " + why + "; reinstall folio");
}

}  // namespace

const ModuleTable& load_module(const char* file, const char* entry, const char* need) {
  std::string searched;
  for (const std::string& folder : module_folders()) {
    std::string path = folder + "/" + file;
    if (access(path.c_str(), F_OK) != 0) {
      searched += searched.empty() ? folder : " nor " + folder;
      continue;
    }
    // RTLD_LOCAL: the module's libraries stay out of the program's own symbol lookups.
    void* handle = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle) fail(need, "its module " + path + " does not load (" + dlerror() + ")");
    auto* get_table = reinterpret_cast<const ModuleTable* (*)()>(dlsym(handle, entry));
    if (!get_table) fail(need, "the module " + path + " has no " + entry);
    const ModuleTable* table = get_table();
    if (std::strcmp(table->stamp, FOLIO_MODULE_STAMP) != 0)
      fail(need, "the module " + path + " is from another build of folio (" + table->stamp +
                     ", this program is " + FOLIO_MODULE_STAMP + ")");
    return *table;
  }
  fail(need, std::string("its module ") + file + " is in neither " + searched);
}

}  // namespace folio::modules
