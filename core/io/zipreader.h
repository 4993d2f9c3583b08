#pragma once
// Reads entries of a zip archive (XLSX, DOCX, ...) with zlib. Not QuaZip: QuaZip exports
// its own patched minizip symbols (zipOpen3, ...), which hijack libxlsxwriter's calls to
// the system minizip when both are in one process, and crash the XLSX export.
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace metodist::io {

class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(ZipReader)
public:
    // Reads the archive's directory; throws metodist::Error when it is not a zip file.
    explicit ZipReader(const QString &path);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The uncompressed bytes of an entry; throws when missing or damaged.
    QByteArray read(const QString &name) const;

private:
    struct Entry {
        quint16 method = 0;
        quint32 compressedSize = 0, size = 0, localOffset = 0, crc = 0;
    };
    QString m_path;
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
};

} // namespace metodist::io
