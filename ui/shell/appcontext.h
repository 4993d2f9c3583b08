#pragma once
// What every screen of the GUI needs: the open profile and who works with it.
// Owned by the main window; sections keep a reference for their lifetime.
#include "storage/database.h"

#include <QObject>
#include <QString>

namespace metodist::ui {

class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) {}
    Database &db() const { return m_db; }
    QString profilePath() const { return m_db.path(); }

    // Shows a transient message in the main window's status bar.
    void showStatus(const QString &text, int timeoutMs = 5000) { Q_EMIT statusMessage(text, timeoutMs); }
    // Any section that changed data announces it so others can refresh (table name or empty = all).
    void announceDataChanged(const QString &table = {}) { Q_EMIT dataChanged(table); }
    // The sync section's one-line state for the status bar (empty until that page exists).
    QString syncStatus() const { return m_syncStatus; }
    void setSyncStatus(const QString &text)
    {
        if (text != m_syncStatus)
            Q_EMIT syncStatusChanged(m_syncStatus = text);
    }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void dataChanged(const QString &table);
    // Ask the main window to open a person's card.
    void openPersonRequested(const QString &personId);
    void syncStatusChanged(const QString &text);

public:
    void requestOpenPerson(const QString &personId) { Q_EMIT openPersonRequested(personId); }

private:
    Database &m_db;
    QString m_syncStatus;
};

} // namespace metodist::ui
