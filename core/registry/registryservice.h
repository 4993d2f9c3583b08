#pragma once
// Reads and writes the register (municipalities, organisations, staff and their roles).
// Every write is one transaction; the outbox follows through the sync triggers.
#include "person.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace metodist {

struct Municipality {
    QString id;
    QString name;
    QString code;
    QString kind = QStringLiteral("district");
};

struct Organisation {
    QString id;
    QString municipalityId;
    QString name;
    QString shortName;
    QString kind = QStringLiteral("school");
    QString inn;
    QString address;
    QString headName;
    QString phone;
    QString email;
};

class RegistryService {
    Q_DECLARE_TR_FUNCTIONS(RegistryService)
public:
    explicit RegistryService(Database &db) : m_db(db) {}

    // Problems that keep a person from being saved, each naming the field; empty when fine.
    QStringList validate(const Person &person) const;
    // Inserts or updates (by person.id); fills id and municipalityId. Throws Error listing problems.
    void savePerson(Person &person);
    Person loadPerson(const QString &id) const;
    void setPersonDeleted(const QString &id, bool deleted);
    // Soft delete (or its undo) of several people in one transaction.
    void setPeopleDeleted(const QStringList &ids, bool deleted);

    QString saveMunicipality(Municipality &m);
    QString saveOrganisation(Organisation &o);
    Organisation loadOrganisation(const QString &id) const;

    QList<Municipality> municipalities() const;
    // Organisations of one municipality, or all when municipalityId is empty.
    QList<Organisation> organisations(const QString &municipalityId = {}) const;
    QStringList positions() const;

    // Another, not deleted person with this СНИЛС, or empty.
    QString personWithSnils(const QString &snils, const QString &exceptId = {}) const;

private:
    Database &m_db;
};

} // namespace metodist
