#pragma once
// The fixed lists of the register: codes stored in the file, labels shown to people.
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace metodist {

using CodeLabel = QPair<QString, QString>;

class RegistryTypes {
    Q_DECLARE_TR_FUNCTIONS(RegistryTypes)
public:
    static QList<CodeLabel> organisationKinds();
    static QList<CodeLabel> categories();
    static QList<CodeLabel> roles();
    static QList<CodeLabel> municipalityKinds();
    // Label for a code of one of the lists above; the code itself when unknown.
    static QString label(const QList<CodeLabel> &list, const QString &code);
};

} // namespace metodist
