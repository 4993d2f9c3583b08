#include "serverlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace metodist::server {

void logEvent(const QString &level, const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), level);
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace metodist::server
