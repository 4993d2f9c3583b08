#pragma once
// A plain table of text, the common currency of exports (XLSX, CSV, PDF reports).
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist {

struct TextTable {
    QString title;       // sheet name / report heading
    QStringList headers;
    QList<QStringList> rows;
};

} // namespace metodist
