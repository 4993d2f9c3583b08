#pragma once
// A small journal scene on a real profile: a region from the register service, one
// programme, one group of `learners` with `sessions` past sessions, and a route per
// learner with a programme item pointing at the group's programme.
#include "storage/database.h"
#include "testprofile.h"

#include <QDate>
#include <QStringList>

namespace metodist::test {

struct JournalScene {
    QString programmeId, groupId;
    QStringList sessionIds, personIds, enrolmentIds, routeItemIds;
};

JournalScene makeJournalScene(Database &db, int learners, int sessions, const QString &kind = QStringLiteral("PK"),
                              const QString &grading = QStringLiteral("pass_fail"), double threshold = 0.8);

} // namespace metodist::test
