#pragma once
// Structured logs: one JSON object per line on stderr (journald keeps them as is).
#include <QJsonObject>
#include <QString>

namespace metodist::server {

void logEvent(const QString &level, const QString &event, QJsonObject fields = {});

} // namespace metodist::server
