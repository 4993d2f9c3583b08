#pragma once
// The sections of the main window, in the order of the cycle. To add a screen to a
// section, give its page class here (sections.cpp); nothing else in the shell changes.
#include "sectionpage.h"

#include <QIcon>
#include <QList>
#include <functional>

namespace metodist::ui {

struct SectionInfo {
    QString code;   // registry, diagnostics, catalogue, routes, groups, journal, monitoring, support, sync, admin
    QString title;  // translated
    QString hint;   // one line shown under the title
    std::function<SectionPage *(AppContext &, QWidget *)> create;
};

QList<SectionInfo> sectionInfos();

} // namespace metodist::ui
