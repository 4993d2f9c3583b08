#pragma once
// The mentoring list, read lazily (QSqlQueryModel fetches as the view scrolls): pairs,
// or the young teachers without a mentor. Young mentees are highlighted.
#include "storage/database.h"

#include <QDate>
#include <QSqlQueryModel>

namespace metodist::ui {

class MentoringModel : public QSqlQueryModel {
    Q_OBJECT
public:
    enum class Mode { AllPairs, ActivePairs, YoungWithoutMentor };
    explicit MentoringModel(Database &db, QObject *parent = nullptr) : QSqlQueryModel(parent), m_db(db) {}

    void load(Mode mode, const QString &municipalityId = {});
    Mode mode() const { return m_mode; }
    int visibleColumns() const;
    QString idAt(int row) const;        // the pair, or the young teacher
    QString statusAt(int row) const;    // pairs only
    bool youngAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Mode m_mode = Mode::ActivePairs;
    QDate m_today = QDate::currentDate();
};

} // namespace metodist::ui
