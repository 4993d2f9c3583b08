#pragma once
// Where profiles live and which was used last (QSettings; never credentials).
#include <QString>
#include <QStringList>

namespace metodist {

class Profiles {
public:
    // The folder for profile files (the user's application data folder).
    static QString directory();
    // The demo region's profile file in that folder.
    static QString demoPath();
    static QString lastUsed();
    static void setLastUsed(const QString &path);
    static QStringList recent();
};

} // namespace metodist
