#pragma once
// One profile = one SQLite file. Database owns a named QtSql connection to it, set up
// the same way everywhere (WAL, foreign keys, migrations applied). Each thread that
// touches the store opens its own Database on the same path.
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace metodist {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode {
        Migrate,     // create or upgrade the schema (backup first), then open
        ExistingOnly // open only an up-to-date file; never create or migrate
    };

    // Throws metodist::Error with a readable message (e.g. a newer schema).
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::Migrate);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const QString &path() const { return m_path; }

    // The user whose changes are being recorded (updated_by).
    QString userId() const { return m_userId; }
    void setUserId(const QString &id) { m_userId = id; }

    // A new connection to the same file, for a worker thread. Call it from that thread.
    std::unique_ptr<Database> openAnother() const;

    // A statement prepared once per connection and reused (bulk writes through Rows
    // prepare the same few statements thousands of times otherwise).
    QSqlQuery &prepared(const QString &statement) const;

private:
    Database(QString path, QString connection);
    QString m_path;
    QString m_connection;
    QString m_userId = QStringLiteral("local");
    mutable QHash<QString, QSqlQuery> m_prepared;
};

} // namespace metodist
