#pragma once
#include <QStringList>

namespace metodist::ui {

class MainWindow;

// The support screens beyond the section's own picture: young teachers without a
// mentor, the methodical active, the surveys' charts, a person's portfolio tab and its
// PDF. Called by takeScreenshots; returns the files written.
QStringList takeSupportScreenshots(MainWindow &window, const QString &dir);

} // namespace metodist::ui
