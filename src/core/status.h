// Status and Result: how every library function below the CLI reports failure.
//
// The library never prints or exits (see ARCHITECTURE.md); it returns a Status
// with a code and a one-line message that already names the file and line where
// that is known ("stories.jsonl:12: invalid JSON: ..."). The CLI maps codes to
// exit statuses: kUsage -> 2, everything else -> 1.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dyad {

class Status {
 public:
  enum class Code { kOk, kUsage, kInvalidInput, kIo, kNotFound, kInternal };

  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status Usage(std::string m) { return {Code::kUsage, std::move(m)}; }
  static Status Invalid(std::string m) { return {Code::kInvalidInput, std::move(m)}; }
  static Status Io(std::string m) { return {Code::kIo, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none. (An optional plus a
// Status rather than a std::variant: GCC 12 warns falsely on variant
// destructors at -O2, and warnings are errors here.)
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dyad
