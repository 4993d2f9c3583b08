#pragma once
#include <QString>

namespace metodist::ui {

class MainWindow;

// Saves a PNG of every section of the main window (and of a person's card) into dir:
// the pictures for the README, the user guide and review. Returns the files written.
QStringList takeScreenshots(MainWindow &window, const QString &dir);

} // namespace metodist::ui
