#pragma once
// A section whose screens are still to come shows what the profile holds for it:
// each table with its row count, so the user sees the data is there.
#include "sectionpage.h"

#include <QStringList>

class QTableWidget;
class QLabel;

namespace metodist::ui {

class SectionOverviewPage : public SectionPage {
    Q_OBJECT
public:
    SectionOverviewPage(AppContext &context, const QString &title, const QString &hint,
                        const QList<QPair<QString, QString>> &tables, QWidget *parent = nullptr);
    void activate() override;

private:
    QList<QPair<QString, QString>> m_tables; // table name, label
    QTableWidget *m_counts;
};

} // namespace metodist::ui
