#pragma once
// Text files from Russian offices come as UTF-8 (with or without BOM) or Windows-1251.
// Qt 6.4's QStringDecoder knows no cp1251, so the single-byte table lives here.
#include <QByteArray>
#include <QString>

namespace metodist::io {

enum class TextEncoding { Utf8, Utf8Bom, Windows1251 };

QString decodeWindows1251(QByteArrayView bytes);
// Characters outside cp1251 become '?'.
QByteArray encodeWindows1251(QStringView text);

// How a file was read (CsvReader: BOM -> UTF-8; valid UTF-8 -> UTF-8; anything else -> Windows-1251).
QString encodingName(TextEncoding encoding);

} // namespace metodist::io
