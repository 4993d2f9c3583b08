#pragma once
// A tiny "--name value" / "--flag" reader shared by the commands.
#include <QStringList>

class CliArgs {
public:
    explicit CliArgs(const QStringList &args) : m_args(args) {}
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const int i = m_args.indexOf(QStringLiteral("--") + name);
        return (i >= 0 && i + 1 < m_args.size()) ? m_args.at(i + 1) : fallback;
    }
    bool flag(const QString &name) const { return m_args.contains(QStringLiteral("--") + name); }
    // Arguments that are neither options nor their values.
    QStringList positional() const
    {
        QStringList result;
        for (int i = 0; i < m_args.size(); ++i) {
            if (m_args.at(i).startsWith(QLatin1String("--"))) {
                if (i + 1 < m_args.size() && !m_args.at(i + 1).startsWith(QLatin1String("--")) && !isFlagOnly(m_args.at(i)))
                    ++i;
                continue;
            }
            result << m_args.at(i);
        }
        return result;
    }
    void setFlagsWithoutValue(const QStringList &flags) { m_flagsOnly = flags; }

private:
    bool isFlagOnly(const QString &arg) const { return m_flagsOnly.contains(arg.mid(2)); }
    QStringList m_args;
    QStringList m_flagsOnly;
};
