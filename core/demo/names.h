#pragma once
// Russian personal and place names for the demo region, with the gender forms of
// surnames and patronymics built by the usual rules.
#include "demorandom.h"

#include <QString>

namespace metodist::demo {

struct FullName {
    QString last;
    QString first;
    QString middle;
};

FullName randomName(Random &random, bool female);
// "Берёзовский" and the like: an adjective root for municipalities and organisations.
QString placeRoot(int index);
int placeRootCount();
QString streetName(Random &random);
// Female form of a male surname (Иванов -> Иванова, Хитрый -> Хитрая, Шевченко stays).
QString femaleSurname(const QString &male);

} // namespace metodist::demo
