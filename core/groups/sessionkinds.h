#pragma once
// How the kinds of sessions stored in the file are shown to people.
#include <QCoreApplication>
#include <QString>

namespace metodist {

class SessionKinds {
    Q_DECLARE_TR_FUNCTIONS(SessionKinds)
public:
    static QString label(const QString &kind)
    {
        if (kind == QLatin1String("lecture"))
            return tr("lecture");
        if (kind == QLatin1String("practice"))
            return tr("practice");
        if (kind == QLatin1String("internship"))
            return tr("internship");
        if (kind == QLatin1String("attestation"))
            return tr("attestation");
        return kind;
    }
};

} // namespace metodist
