#pragma once
// The one error type of core: a message a person can read (already translated where
// it reaches the UI) naming the file, row, field or rule that failed.
#include <QString>
#include <stdexcept>

namespace metodist {

class Error : public std::runtime_error {
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace metodist
