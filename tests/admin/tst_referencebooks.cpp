// Reference books on a real profile file: positions and subjects renamed in every card
// (and queued for sync), merged, never deleted while used; competences whose code the
// diagnostics depend on keep it; nothing in use is deleted, and each refusal names the
// rows that use the entry.
#include "admin/referencebooks.h"
#include "diagnostics/framework.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "testprofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::test;
using Book = ReferenceBooks::Book;

class TestReferenceBooks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SmallRegion m_region;

    qint64 count(const QString &statement, const QVariantList &binds = {})
    {
        return sql::scalar(m_db->db(), statement, binds).toLongLong();
    }
    qint64 usesOf(Book book, const QString &name)
    {
        for (const auto &e : ReferenceBooks(*m_db).entries(book))
            if (e.name == name)
                return e.uses;
        return -1;
    }
    QString errorOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        m_db = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")));
        m_region = makeSmallRegion(*m_db, 2, 2, 5); // 20 people: 10 учитель, 10 воспитатель
    }

    void positionsRenameEverywhere()
    {
        ReferenceBooks books(*m_db);
        QCOMPARE(usesOf(Book::Position, QStringLiteral("учитель")), 10);
        const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'person'"));
        QCOMPARE(books.rename(Book::Position, QStringLiteral("учитель"), {}, QStringLiteral("Учитель")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE position = 'Учитель'")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE position = 'учитель'")), 0);
        // Each card change goes to sync like any other edit.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'person'")), outboxBefore + 10);
        // Renaming onto an existing value merges.
        QCOMPARE(books.rename(Book::Position, QStringLiteral("воспитатель"), {}, QStringLiteral("Учитель")), 10);
        QCOMPARE(usesOf(Book::Position, QStringLiteral("Учитель")), 20);
        QCOMPARE(books.entries(Book::Position).size(), 1);
    }

    void positionInUseIsNotDeleted()
    {
        ReferenceBooks books(*m_db);
        const QString error = errorOf([&] { books.remove(Book::Position, QStringLiteral("учитель")); });
        QVERIFY2(error.contains(QLatin1String("person.position: 10")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE position = 'учитель'")), 10);
        QVERIFY(!errorOf([&] { books.add(Book::Position, {}, QStringLiteral("директор")); }).isEmpty());
    }

    void subjectsRenameAndMerge()
    {
        const QStringList ids = m_region.personIds;
        Rows::update(*m_db, QStringLiteral("person"), ids.at(0), {{QStringLiteral("subjects"), QStringLiteral("математика; физика")}});
        Rows::update(*m_db, QStringLiteral("person"), ids.at(1), {{QStringLiteral("subjects"), QStringLiteral("Математика; информатика")}});
        Rows::update(*m_db, QStringLiteral("person"), ids.at(2), {{QStringLiteral("subjects"), QStringLiteral("физика")}});
        ReferenceBooks books(*m_db);
        QCOMPARE(usesOf(Book::Subject, QStringLiteral("физика")), 2);
        const QString error = errorOf([&] { books.remove(Book::Subject, QStringLiteral("физика")); });
        QVERIFY2(error.contains(QLatin1String("person.subjects: 2")), qPrintable(error));
        // "математика" merges into "Математика"; the person who had both keeps one.
        Rows::update(*m_db, QStringLiteral("person"), ids.at(3), {{QStringLiteral("subjects"), QStringLiteral("Математика; математика")}});
        QCOMPARE(books.rename(Book::Subject, QStringLiteral("математика"), {}, QStringLiteral("Математика")), 2);
        QCOMPARE(Rows::get(*m_db, QStringLiteral("person"), ids.at(0)).value(QStringLiteral("subjects")).toString(),
                 QStringLiteral("Математика; физика"));
        QCOMPARE(Rows::get(*m_db, QStringLiteral("person"), ids.at(3)).value(QStringLiteral("subjects")).toString(),
                 QStringLiteral("Математика"));
        QCOMPARE(usesOf(Book::Subject, QStringLiteral("Математика")), 3);
        QCOMPARE(usesOf(Book::Subject, QStringLiteral("математика")), -1);
        QVERIFY(!errorOf([&] { books.rename(Book::Subject, QStringLiteral("физика"), {}, QStringLiteral("a; b")); }).isEmpty());
    }

    void competencesKeepCodesDiagnosticsUse()
    {
        CompetenceFramework framework(*m_db);
        QVERIFY(framework.seedDefaults() > 0);
        ReferenceBooks books(*m_db);
        const auto competences = books.entries(Book::Competence);
        QVERIFY(competences.size() >= 2);
        const auto used = competences.at(0), unused = competences.at(1);
        QCOMPARE(used.uses, 0);

        // A diagnostic scoring the first competence.
        const QString instrument = Rows::insert(*m_db, QStringLiteral("instrument"),
                                                {{QStringLiteral("name"), QStringLiteral("Тест")}, {QStringLiteral("kind"), QStringLiteral("regional")}});
        const QString diagnostic = Rows::insert(*m_db, QStringLiteral("diagnostic"),
                                                {{QStringLiteral("person_id"), m_region.personIds.first()},
                                                 {QStringLiteral("instrument_id"), instrument},
                                                 {QStringLiteral("taken_on"), QStringLiteral("2026-10-01")},
                                                 {QStringLiteral("source"), QStringLiteral("manual")}});
        // Scores are rows of diagnostic_score (schema 4) or, once it is a view, JSON in
        // diagnostic.scores keyed by the competence's code.
        if (count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'diagnostic_score' AND type = 'view'")) > 0)
            Rows::update(*m_db, QStringLiteral("diagnostic"), diagnostic,
                         {{QStringLiteral("scores"), QStringLiteral("{\"%1\": [3, 10, 2]}").arg(used.code)}});
        else
            Rows::insert(*m_db, QStringLiteral("diagnostic_score"),
                         {{QStringLiteral("diagnostic_id"), diagnostic}, {QStringLiteral("competence_id"), used.key},
                          {QStringLiteral("score"), 3}, {QStringLiteral("max_score"), 10}, {QStringLiteral("level"), 2}});
        Rows::insert(*m_db, QStringLiteral("catalogue_competence"),
                     {{QStringLiteral("item_kind"), QStringLiteral("programme")}, {QStringLiteral("item_id"), QStringLiteral("p1")},
                      {QStringLiteral("competence_id"), used.key}});
        QCOMPARE(usesOf(Book::Competence, used.name), 2);

        // The code stays; the name may change.
        QString error = errorOf([&] { books.rename(Book::Competence, used.key, QStringLiteral("X.1"), used.name); });
        QVERIFY2(error.contains(used.code) && error.contains(QLatin1String("diagnostic_score: 1")), qPrintable(error));
        QCOMPARE(Rows::get(*m_db, QStringLiteral("competence"), used.key).value(QStringLiteral("code")).toString(), used.code);
        QCOMPARE(books.rename(Book::Competence, used.key, used.code, QStringLiteral("Новое название")), 1);
        QCOMPARE(Rows::get(*m_db, QStringLiteral("competence"), used.key).value(QStringLiteral("name")).toString(), QStringLiteral("Новое название"));

        // In use: not deleted, and the message says where.
        error = errorOf([&] { books.remove(Book::Competence, used.key); });
        QVERIFY2(error.contains(QLatin1String("diagnostic_score: 1"))
                     && error.contains(QLatin1String("catalogue_competence.competence_id: 1")), qPrintable(error));
        QCOMPARE(Rows::get(*m_db, QStringLiteral("competence"), used.key).value(QStringLiteral("deleted")).toInt(), 0);

        // Unused: its code may change (not to a taken one), and it may be deleted.
        QVERIFY(!errorOf([&] { books.rename(Book::Competence, unused.key, used.code, unused.name); }).isEmpty());
        QCOMPARE(books.rename(Book::Competence, unused.key, QStringLiteral("Z.99"), unused.name), 1);
        QVERIFY(errorOf([&] { books.remove(Book::Competence, unused.key); }).isEmpty());
        QCOMPARE(Rows::get(*m_db, QStringLiteral("competence"), unused.key).value(QStringLiteral("deleted")).toInt(), 1);
    }

    void areasAndKinds()
    {
        CompetenceFramework(*m_db).seedDefaults();
        ReferenceBooks books(*m_db);
        const auto area = books.entries(Book::CompetenceArea).first();
        QVERIFY(area.uses > 0);
        const QString error = errorOf([&] { books.remove(Book::CompetenceArea, area.key); });
        QVERIFY2(error.contains(QStringLiteral("competence.area_id: %1").arg(area.uses)), qPrintable(error));
        const QString added = books.add(Book::CompetenceArea, QStringLiteral("NEW"), QStringLiteral("Новая область"));
        const QString competence = books.add(Book::Competence, QStringLiteral("NEW.1"), QStringLiteral("Новая компетенция"), added);
        QVERIFY(!competence.isEmpty());
        QVERIFY(!errorOf([&] { books.add(Book::Competence, QStringLiteral("NEW.1"), QStringLiteral("Дубль"), added); }).isEmpty());
        QVERIFY(!errorOf([&] { books.remove(Book::CompetenceArea, added); }).isEmpty());
        books.remove(Book::Competence, competence);
        books.remove(Book::CompetenceArea, added);

        Rows::insert(*m_db, QStringLiteral("event"), {{QStringLiteral("kind"), QStringLiteral("seminar")}, {QStringLiteral("title"), QStringLiteral("С")}});
        const auto kinds = books.entries(Book::EventKind);
        QCOMPARE(kinds.size(), 7);
        QCOMPARE(kinds.first().code, QStringLiteral("seminar"));
        QCOMPARE(kinds.first().uses, 1);
        QVERIFY(!errorOf([&] { books.remove(Book::EventKind, QStringLiteral("mentoring")); }).isEmpty());
        QCOMPARE(books.entries(Book::ProgrammeKind).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReferenceBooks)
#include "tst_referencebooks.moc"
