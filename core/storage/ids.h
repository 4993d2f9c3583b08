#pragma once
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace metodist {

// Row ids are UUIDs made on the client so rows can be created offline.
inline QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// Timestamps in rows are UTC milliseconds since the epoch.
inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace metodist
