#pragma once
// The groups section's extra pictures for the screenshot mode: the workshop load
// chart, an instructor's week and a learner's week, on the busiest weeks of the data.
#include <QStringList>
#include <QWidget>

#include <functional>

namespace metodist {
class Database;
}

namespace metodist::ui {

class GroupsPage;

// `window` is what is grabbed (the main window around the page); `settle` lets queued work finish.
QStringList saveGroupsScreenshots(QWidget &window, GroupsPage &page, const Database &database, const QString &dir, const std::function<void(int)> &settle);

} // namespace metodist::ui
